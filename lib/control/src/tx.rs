//! Sending one contract call and waiting for its receipt, with a revert decoded by name through
//! the contract's generated error enum.

use std::{fmt, time::Duration};

use alloy::{
    contract::{Error as ContractError, SolCallBuilder},
    primitives::{Bytes, TxHash},
    providers::{PendingTransactionError, Provider},
    rpc::types::TransactionReceipt,
    sol_types::{SolCall, SolEvent, SolInterface},
};

/// How long to wait for a sent transaction's receipt before giving up on it.
pub const RECEIPT_TIMEOUT: Duration = Duration::from_secs(120);

/// A revert decoded by a contract's error enum `E` (e.g. `PayersErrors`), or its raw data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Revert<E> {
    /// One of the contract's custom errors, with its fields.
    Known(E),
    /// Revert data that matches none of the contract's errors.
    Unknown(Bytes),
}

impl<E: SolInterface> Revert<E> {
    /// Decodes revert data with the contract's errors.
    pub fn decode(data: Bytes) -> Self {
        match E::abi_decode(&data) {
            Ok(error) => Self::Known(error),
            Err(_) => Self::Unknown(data),
        }
    }
}

impl<E: ContractErrors> Revert<E> {
    /// The Solidity error's name, e.g. `InsufficientSignatures`.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Known(error) => error.error_name(),
            Self::Unknown(_) => "unknown error",
        }
    }
}

/// A generated error enum that can name its variants (the bindings offer this only as an
/// inherent function, so each enum is listed below).
pub trait ContractErrors: SolInterface + fmt::Debug {
    /// The Solidity name of this error.
    fn error_name(&self) -> &'static str;
}

macro_rules! contract_errors {
    ($($errors:ty),* $(,)?) => {$(
        impl ContractErrors for $errors {
            fn error_name(&self) -> &'static str {
                <$errors>::name_by_selector(self.selector()).unwrap_or("unnamed error")
            }
        }
    )*};
}

contract_errors!(
    xmtp_bindings::group_messages::GroupMessages::GroupMessagesErrors,
    xmtp_bindings::identity_updates::IdentityUpdates::IdentityUpdatesErrors,
    xmtp_bindings::mock_usdc::MockUSDC::MockUSDCErrors,
    xmtp_bindings::mock_xmtp::MockXMTP::MockXMTPErrors,
    xmtp_bindings::node_earnings_tracker::NodeEarningsTracker::NodeEarningsTrackerErrors,
    xmtp_bindings::node_selection_manager::NodeSelectionManager::NodeSelectionManagerErrors,
    xmtp_bindings::nodes::Nodes::NodesErrors,
    xmtp_bindings::payers::Payers::PayersErrors,
    xmtp_bindings::reward_distributor::RewardDistributor::RewardDistributorErrors,
    xmtp_bindings::xmtp_treasury::XMTPTreasury::XMTPTreasuryErrors,
);

impl<E: ContractErrors> fmt::Display for Revert<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Known(error) => write!(f, "{}: {error:?}", error.error_name()),
            Self::Unknown(data) => write!(f, "unrecognised revert data {data}"),
        }
    }
}

/// Why a transaction did not land; `R` is how a refusal is named, by default the called
/// contract's decoded error ([`Revert`]).
#[derive(Debug, thiserror::Error)]
pub enum TxError<R: fmt::Display> {
    /// The contract refused the call (seen when estimating gas, before anything is sent).
    #[error("{contract}.{function} rejected: {reason}")]
    Rejected {
        /// The contract called.
        contract: &'static str,
        /// The function called.
        function: &'static str,
        /// The decoded custom error (boxed: errors travel by value and some are large).
        reason: Box<R>,
    },
    /// The transaction could not be built or sent.
    #[error("{contract}.{function} could not be sent")]
    Send {
        /// The contract called.
        contract: &'static str,
        /// The function called.
        function: &'static str,
        /// The underlying failure.
        #[source]
        source: Box<ContractError>,
    },
    /// The transaction was sent but its receipt never arrived.
    #[error("{contract}.{function}: no receipt for the sent transaction")]
    Receipt {
        /// The contract called.
        contract: &'static str,
        /// The function called.
        function: &'static str,
        /// The underlying failure.
        #[source]
        source: Box<PendingTransactionError>,
    },
    /// The transaction was mined but reverted (e.g. state changed after gas estimation).
    #[error("{contract}.{function}: transaction {tx_hash} reverted on chain")]
    Reverted {
        /// The contract called.
        contract: &'static str,
        /// The function called.
        function: &'static str,
        /// The mined transaction.
        tx_hash: TxHash,
    },
}

impl<R: fmt::Display> TxError<R> {
    /// The decoded custom error if the contract refused the call.
    pub fn rejection(&self) -> Option<&R> {
        match self {
            Self::Rejected { reason, .. } => Some(reason),
            _ => None,
        }
    }
}

/// Sends `call`, waits for its receipt, and decodes a revert with the contract's errors `E` into
/// the caller's name for a refusal `R`.
pub async fn send<P, C, E, R>(
    call: SolCallBuilder<P, C>,
    contract: &'static str,
    function: &'static str,
) -> Result<TransactionReceipt, TxError<R>>
where
    P: Provider,
    C: SolCall,
    E: SolInterface,
    R: From<Revert<E>> + fmt::Display,
{
    let pending = call
        .send()
        .await
        .map_err(|source| match revert_data(&source) {
            Some(data) => TxError::Rejected {
                contract,
                function,
                reason: Box::new(Revert::<E>::decode(data).into()),
            },
            None => TxError::Send {
                contract,
                function,
                source: Box::new(source),
            },
        })?;
    let receipt = pending
        .with_timeout(Some(RECEIPT_TIMEOUT))
        .get_receipt()
        .await
        .map_err(|source| TxError::Receipt {
            contract,
            function,
            source: Box::new(source),
        })?;
    if !receipt.status() {
        return Err(TxError::Reverted {
            contract,
            function,
            tx_hash: receipt.transaction_hash,
        });
    }
    Ok(receipt)
}

/// The first event of type `E` in `receipt`'s logs.
pub fn find_event<E: SolEvent>(receipt: &TransactionReceipt) -> Option<E> {
    receipt
        .inner
        .logs()
        .iter()
        .find_map(|log| log.log_decode::<E>().ok())
        .map(|log| log.inner.data)
}

/// Every event of type `E` in `receipt`'s logs, in log order.
pub fn find_events<E: SolEvent>(receipt: &TransactionReceipt) -> Vec<E> {
    receipt
        .inner
        .logs()
        .iter()
        .filter_map(|log| log.log_decode::<E>().ok())
        .map(|log| log.inner.data)
        .collect()
}

/// The revert data behind `error`, if it is a revert that carries any: a bare `revert()` names
/// nothing worth decoding.
fn revert_data(error: &ContractError) -> Option<Bytes> {
    error.as_revert_data().filter(|data| !data.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::U256;
    use xmtp_bindings::payers::Payers::{self, PayersErrors};

    #[test]
    fn decodes_a_known_error_with_its_fields_and_name() {
        let data = PayersErrors::InsufficientSignatures(Payers::InsufficientSignatures {
            valid: U256::from(2),
            required: U256::from(4),
        })
        .abi_encode();
        let revert = Revert::<PayersErrors>::decode(data.into());
        assert_eq!(revert.name(), "InsufficientSignatures");
        assert!(matches!(
            revert,
            Revert::Known(PayersErrors::InsufficientSignatures(ref e)) if e.required == U256::from(4)
        ));
    }

    #[test]
    fn keeps_unknown_data() {
        let revert = Revert::<PayersErrors>::decode(Bytes::from_static(&[1, 2, 3, 4]));
        assert_eq!(revert.name(), "unknown error");
        assert!(revert.to_string().contains("0x01020304"));
    }
}
