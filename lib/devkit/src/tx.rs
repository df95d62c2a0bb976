//! The test and demo clients' way to send: one contract call from an unlocked (or wallet) provider, its receipt
//! awaited, a refusal decoded by the one decoder ([`xmtp_control::revert`]) and read as the called contract's
//! errors. No nonce, fee or replacement handling: that is the keeper's sender ([`xmtp_control::keeper::sender`]),
//! the only way the keeper sends. Receipt events are read with [`find_event`] and [`find_events`].

use std::{fmt, time::Duration};

use alloy::{
    contract::{Error as ContractError, SolCallBuilder},
    primitives::TxHash,
    providers::{PendingTransactionError, Provider},
    rpc::types::TransactionReceipt,
    sol_types::{SolCall, SolInterface},
};
use xmtp_control::revert::{call_revert_data, decode_revert};

pub use xmtp_control::{
    events::{find_event, find_events},
    revert::{ContractErrors, Revert},
};

/// How long to wait for a sent transaction's receipt before giving up on it.
pub const RECEIPT_TIMEOUT: Duration = Duration::from_secs(120);

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
        .map_err(|source| match call_revert_data(&source) {
            Some(data) => TxError::Rejected {
                contract,
                function,
                reason: Box::new(Revert::<E>::from(decode_revert(&data)).into()),
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
