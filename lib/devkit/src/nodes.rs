//! The node registry: registering nodes with their signing keys.

use alloy::{
    primitives::{Address, Bytes, TxHash},
    providers::Provider,
    signers::local::PrivateKeySigner,
};
use xmtp_bindings::nodes::Nodes::{self, NodesErrors};

use crate::tx::{self, Revert, TxError};

/// Why a call to `Nodes` did not land, with `Nodes`' error decoded by name.
pub type NodesError = TxError<Revert<NodesErrors>>;

/// Why a node could not be added.
#[derive(Debug, thiserror::Error)]
pub enum AddNodeError {
    /// `Nodes` refused or the transaction failed.
    #[error(transparent)]
    Nodes(#[from] NodesError),
    /// The transaction emitted no `NodeAdded`.
    #[error("transaction {0} emitted no NodeAdded event")]
    NoNodeAddedEvent(TxHash),
}

/// The 65-byte uncompressed public key `0x04 ‖ X ‖ Y` of `key`, as `Nodes.addNode` takes it.
pub fn signing_public_key(key: &PrivateKeySigner) -> Bytes {
    Bytes::copy_from_slice(
        key.credential()
            .verifying_key()
            .to_encoded_point(false)
            .as_bytes(),
    )
}

/// Adds a node owned by `owner` that signs with `signing_key`; the caller needs the node
/// manager role. Returns the new node's id.
pub async fn add_node<P: Provider>(
    provider: &P,
    nodes: Address,
    owner: Address,
    signing_key: &PrivateKeySigner,
    http_address: &str,
) -> Result<u32, AddNodeError> {
    let instance = Nodes::new(nodes, provider);
    let receipt = tx::send::<_, _, NodesErrors, Revert<NodesErrors>>(
        instance.addNode(
            owner,
            signing_public_key(signing_key),
            http_address.to_owned(),
        ),
        "Nodes",
        "addNode",
    )
    .await?;
    tx::find_event::<Nodes::NodeAdded>(&receipt)
        .map(|event| event.nodeId)
        .ok_or(AddNodeError::NoNodeAddedEvent(receipt.transaction_hash))
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::keccak256;

    #[test]
    fn public_key_is_uncompressed_and_hashes_to_the_address() {
        let key = PrivateKeySigner::random();
        let public = signing_public_key(&key);
        assert_eq!(public.len(), 65);
        assert_eq!(public[0], 0x04);
        assert_eq!(
            Address::from_slice(&keccak256(&public[1..])[12..]),
            key.address()
        );
    }
}
