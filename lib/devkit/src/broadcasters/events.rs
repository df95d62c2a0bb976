//! Reading publishes back from the broadcasters' events.

use std::fmt;

use alloy::{
    contract::Error as ContractError,
    primitives::{Address, Bytes, TxHash},
    providers::Provider,
    rpc::types::Log,
};
use xmtp_bindings::{group_messages::GroupMessages, identity_updates::IdentityUpdates};

/// Which broadcaster a publish went to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// `IdentityUpdates`: updates keyed by a 32-byte inbox id.
    IdentityUpdate,
    /// `GroupMessages`: messages keyed by a 16-byte group id.
    GroupMessage,
}

impl Kind {
    /// The contract's name, as in the deployment record.
    pub const fn contract(self) -> &'static str {
        match self {
            Self::IdentityUpdate => crate::deployments::IDENTITY_UPDATES,
            Self::GroupMessage => crate::deployments::GROUP_MESSAGES,
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::IdentityUpdate => "identity update",
            Self::GroupMessage => "group message",
        })
    }
}

/// One publish as recorded by its event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    /// The broadcaster.
    pub kind: Kind,
    /// The inbox id (32 bytes) or group id (16 bytes); displays as `0x…` hex.
    pub id: Bytes,
    /// The contract-assigned sequence id, starting at 1.
    pub sequence_id: u64,
    /// The payload as published.
    pub payload: Bytes,
    /// The block that included the publish.
    pub block_number: u64,
    /// The transaction that published it.
    pub tx_hash: TxHash,
}

/// Why publishes could not be read back.
#[derive(Debug, thiserror::Error)]
pub enum EventsError {
    /// The logs or the state could not be queried or decoded.
    #[error("cannot read {contract} at {address}")]
    Query {
        /// The contract.
        contract: &'static str,
        /// Its address.
        address: Address,
        /// The underlying failure.
        #[source]
        source: Box<ContractError>,
    },
    /// A log lacks its block or transaction, which only pending logs do.
    #[error("{contract} event for sequence id {sequence_id} has no block or transaction")]
    Pending {
        /// The contract.
        contract: &'static str,
        /// The event's sequence id.
        sequence_id: u64,
    },
}

/// Every `IdentityUpdateCreated` of the contract at `address` from block `from_block` on,
/// sorted by sequence id.
pub async fn identity_updates<P: Provider>(
    provider: &P,
    address: Address,
    from_block: u64,
) -> Result<Vec<Published>, EventsError> {
    let kind = Kind::IdentityUpdate;
    let instance = IdentityUpdates::new(address, provider);
    let logs = instance
        .IdentityUpdateCreated_filter()
        .from_block(from_block)
        .query()
        .await
        .map_err(|source| EventsError::Query {
            contract: kind.contract(),
            address,
            source: Box::new(source),
        })?;
    let published = logs.into_iter().map(|(event, log)| {
        published(
            kind,
            Bytes::copy_from_slice(event.inboxId.as_slice()),
            event.sequenceId,
            event.update,
            &log,
        )
    });
    sorted(published)
}

/// Every `MessageSent` of the contract at `address` from block `from_block` on, sorted by
/// sequence id.
pub async fn group_messages<P: Provider>(
    provider: &P,
    address: Address,
    from_block: u64,
) -> Result<Vec<Published>, EventsError> {
    let kind = Kind::GroupMessage;
    let instance = GroupMessages::new(address, provider);
    let logs = instance
        .MessageSent_filter()
        .from_block(from_block)
        .query()
        .await
        .map_err(|source| EventsError::Query {
            contract: kind.contract(),
            address,
            source: Box::new(source),
        })?;
    let published = logs.into_iter().map(|(event, log)| {
        published(
            kind,
            Bytes::copy_from_slice(event.groupId.as_slice()),
            event.sequenceId,
            event.message,
            &log,
        )
    });
    sorted(published)
}

/// The last sequence id the broadcaster of `kind` at `address` assigned (0 before any publish).
pub async fn last_sequence_id<P: Provider>(
    provider: &P,
    kind: Kind,
    address: Address,
) -> Result<u64, EventsError> {
    let result = match kind {
        Kind::IdentityUpdate => {
            IdentityUpdates::new(address, provider)
                .lastSequenceId()
                .call()
                .await
        }
        Kind::GroupMessage => {
            GroupMessages::new(address, provider)
                .lastSequenceId()
                .call()
                .await
        }
    };
    result.map_err(|source| EventsError::Query {
        contract: kind.contract(),
        address,
        source: Box::new(source),
    })
}

fn published(
    kind: Kind,
    id: Bytes,
    sequence_id: u64,
    payload: Bytes,
    log: &Log,
) -> Result<Published, EventsError> {
    let pending = || EventsError::Pending {
        contract: kind.contract(),
        sequence_id,
    };
    Ok(Published {
        kind,
        id,
        sequence_id,
        payload,
        block_number: log.block_number.ok_or_else(pending)?,
        tx_hash: log.transaction_hash.ok_or_else(pending)?,
    })
}

fn sorted(
    published: impl Iterator<Item = Result<Published, EventsError>>,
) -> Result<Vec<Published>, EventsError> {
    let mut all = published.collect::<Result<Vec<_>, _>>()?;
    // Stable, so repeated ids keep chain order and `check_contiguous` can report them.
    all.sort_by_key(|p| p.sequence_id);
    Ok(all)
}
