//! Publishing to the broadcasters through the generated bindings.
//!
//! Each call waits for its receipt so that callers observe sequence ids in the order they
//! published; a revert is decoded into a [`Rejection`] by the contract's own error enum.

use alloy::{
    contract::{Error as ContractError, SolCallBuilder},
    primitives::{Address, Bytes, FixedBytes, TxHash, B256},
    providers::{PendingTransactionError, Provider},
    rpc::types::TransactionReceipt,
    sol_types::{SolCall, SolInterface},
};
use xmtp_bindings::{
    group_messages::GroupMessages::{self, GroupMessagesErrors},
    identity_updates::IdentityUpdates::{self, IdentityUpdatesErrors},
};

use super::rejection::Rejection;

/// Why a publish did not land.
#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    /// The contract refused the call (seen when estimating gas, before anything is sent).
    #[error("{contract}.{function} rejected: {reason}")]
    Rejected {
        /// The contract called.
        contract: &'static str,
        /// The function called.
        function: &'static str,
        /// The decoded custom error (boxed: it is large and errors travel by value).
        reason: Box<Rejection>,
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

impl PublishError {
    /// The decoded custom error if the contract refused the call.
    pub fn rejection(&self) -> Option<&Rejection> {
        match self {
            Self::Rejected { reason, .. } => Some(reason),
            _ => None,
        }
    }
}

const IDENTITY_UPDATES: &str = "IdentityUpdates";
const GROUP_MESSAGES: &str = "GroupMessages";

/// Publishes one identity update for `inbox_id`.
pub async fn add_identity_update<P: Provider>(
    provider: &P,
    contract: Address,
    inbox_id: B256,
    update: Bytes,
) -> Result<TransactionReceipt, PublishError> {
    let instance = IdentityUpdates::new(contract, provider);
    submit::<_, _, IdentityUpdatesErrors>(
        instance.addIdentityUpdate(inbox_id, update),
        IDENTITY_UPDATES,
        "addIdentityUpdate",
    )
    .await
}

/// Publishes a batch of identity updates in one transaction; `inbox_ids[i]` owns `updates[i]`.
pub async fn add_identity_updates<P: Provider>(
    provider: &P,
    contract: Address,
    inbox_ids: Vec<B256>,
    updates: Vec<Bytes>,
) -> Result<TransactionReceipt, PublishError> {
    let instance = IdentityUpdates::new(contract, provider);
    submit::<_, _, IdentityUpdatesErrors>(
        instance.addIdentityUpdates(inbox_ids, updates),
        IDENTITY_UPDATES,
        "addIdentityUpdates",
    )
    .await
}

/// Publishes one message to group `group_id`.
pub async fn add_message<P: Provider>(
    provider: &P,
    contract: Address,
    group_id: FixedBytes<16>,
    message: Bytes,
) -> Result<TransactionReceipt, PublishError> {
    let instance = GroupMessages::new(contract, provider);
    submit::<_, _, GroupMessagesErrors>(
        instance.addMessage(group_id, message),
        GROUP_MESSAGES,
        "addMessage",
    )
    .await
}

/// Publishes a batch of messages in one transaction; `group_ids[i]` receives `messages[i]`.
pub async fn add_messages<P: Provider>(
    provider: &P,
    contract: Address,
    group_ids: Vec<FixedBytes<16>>,
    messages: Vec<Bytes>,
) -> Result<TransactionReceipt, PublishError> {
    let instance = GroupMessages::new(contract, provider);
    submit::<_, _, GroupMessagesErrors>(
        instance.addMessages(group_ids, messages),
        GROUP_MESSAGES,
        "addMessages",
    )
    .await
}

/// Sends `call`, waits for its receipt, and decodes a revert with the contract's errors `E`.
async fn submit<P, C, E>(
    call: SolCallBuilder<P, C>,
    contract: &'static str,
    function: &'static str,
) -> Result<TransactionReceipt, PublishError>
where
    P: Provider,
    C: SolCall,
    E: SolInterface + Into<Rejection>,
{
    let pending = call
        .send()
        .await
        .map_err(|source| match rejection::<E>(&source) {
            Some(reason) => PublishError::Rejected {
                contract,
                function,
                reason: Box::new(reason),
            },
            None => PublishError::Send {
                contract,
                function,
                source: Box::new(source),
            },
        })?;
    let receipt = pending
        .get_receipt()
        .await
        .map_err(|source| PublishError::Receipt {
            contract,
            function,
            source: Box::new(source),
        })?;
    if !receipt.status() {
        return Err(PublishError::Reverted {
            contract,
            function,
            tx_hash: receipt.transaction_hash,
        });
    }
    Ok(receipt)
}

/// The contract's custom error behind `error`, if it is a revert.
fn rejection<E>(error: &ContractError) -> Option<Rejection>
where
    E: SolInterface + Into<Rejection>,
{
    let data = error.as_revert_data()?;
    // A bare `revert()` carries no data and is not a contract-specific refusal worth naming.
    if data.is_empty() {
        return None;
    }
    Some(match E::abi_decode(&data) {
        Ok(decoded) => decoded.into(),
        Err(_) => Rejection::Undecoded { data },
    })
}
