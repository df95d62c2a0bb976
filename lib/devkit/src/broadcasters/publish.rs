//! Publishing to the broadcasters through the generated bindings.
//!
//! Each call waits for its receipt so that callers observe sequence ids in the order they
//! published; a revert is decoded into a [`Rejection`] by the contract's own error enum.

use alloy::{
    contract::SolCallBuilder,
    primitives::{Address, Bytes, FixedBytes, B256},
    providers::Provider,
    rpc::types::TransactionReceipt,
    sol_types::{SolCall, SolInterface},
};
use xmtp_bindings::{
    group_messages::GroupMessages::{self, GroupMessagesErrors},
    identity_updates::IdentityUpdates::{self, IdentityUpdatesErrors},
};

use super::rejection::Rejection;
use crate::tx::{self, Revert, TxError};

/// Why a publish did not land; a refusal is named by the broadcasters' [`Rejection`].
pub type PublishError = TxError<Rejection>;

use crate::deployments::{GROUP_MESSAGES, IDENTITY_UPDATES};

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

/// Sends `call` and names a refusal by the contract's errors `E` as a [`Rejection`].
async fn submit<P, C, E>(
    call: SolCallBuilder<P, C>,
    contract: &'static str,
    function: &'static str,
) -> Result<TransactionReceipt, PublishError>
where
    P: Provider,
    C: SolCall,
    E: SolInterface,
    Rejection: From<Revert<E>>,
{
    tx::send::<P, C, E, Rejection>(call, contract, function).await
}
