//! The fixed keys the vectors are signed with, and builders over them.

use alloy::{
    primitives::{keccak256, Address, Bytes},
    signers::local::PrivateKeySigner,
};

use super::VectorsError;
use crate::evidence::{
    envelope::{PayerEnvelope, SignedOriginatorEnvelope, UnsignedOriginatorEnvelope},
    protobuf::Writer,
    signature::malleate,
    verify::SignerRecord,
};

/// The last sequence id usage reports had covered when each retired key was rotated out: the
/// ordinary equivocation cases (sequence id 7) stay provable with a retired key, sequence id 8
/// and the invalid-payload cases (9) do not.
pub(super) const COVERED_AT_RETIREMENT: u64 = 7;

/// A node key and what the chain records about it once a fixture registered it.
pub(super) struct NodeKey {
    /// `keccak256(name)` is the private key.
    pub(super) name: &'static str,
    pub(super) node_id: u32,
    /// The owner the key answers to is Foundry's `makeAddr(owner_name)`.
    pub(super) owner_name: &'static str,
    /// Rotated out by the node's next key in [`Keys::nodes`].
    pub(super) retired: bool,
    pub(super) key: PrivateKeySigner,
}

impl NodeKey {
    /// The owner's address: `makeAddr(owner_name)` is the address of the key `keccak256(name)`.
    pub(super) fn owner(&self) -> Result<Address, VectorsError> {
        Ok(fixed_key(self.owner_name)?.address())
    }

    /// The last sequence id this key's evidence covers (0 for a current key, which covers all).
    pub(super) fn last_covered_sequence_id(&self) -> u64 {
        if self.retired {
            COVERED_AT_RETIREMENT
        } else {
            0
        }
    }
}

/// A private key from its name, as every fixed key is made.
pub(super) fn fixed_key(name: &str) -> Result<PrivateKeySigner, VectorsError> {
    Ok(PrivateKeySigner::from_bytes(&keccak256(name))?)
}

/// The fixed keys.
pub(super) struct Keys {
    /// Node keys in registration order (a node's later key rotates out the earlier one).
    pub(super) nodes: Vec<NodeKey>,
    pub(super) payer: PrivateKeySigner,
}

impl Keys {
    pub(super) fn new() -> Result<Self, VectorsError> {
        let node = |name, node_id, owner_name, retired| -> Result<NodeKey, VectorsError> {
            Ok(NodeKey {
                name,
                node_id,
                owner_name,
                retired,
                key: fixed_key(name)?,
            })
        };
        Ok(Self {
            nodes: vec![
                node("node-100-old-key", 100, "100", true)?,
                node("node-100-key", 100, "100", false)?,
                node("node-200-key", 200, "200", false)?,
                // Node 300's NFT moved to a new owner together with a new key.
                node(
                    "node-300-previous-owner-key",
                    300,
                    "300-previous-owner",
                    true,
                )?,
                node("node-300-key", 300, "300", false)?,
            ],
            payer: fixed_key("payer-key")?,
        })
    }

    fn named(&self, name: &str) -> &PrivateKeySigner {
        self.nodes
            .iter()
            .find(|node| node.name == name)
            .map(|node| &node.key)
            .unwrap_or(&self.payer)
    }

    pub(super) fn node100(&self) -> &PrivateKeySigner {
        self.named("node-100-key")
    }

    pub(super) fn node100_old(&self) -> &PrivateKeySigner {
        self.named("node-100-old-key")
    }

    pub(super) fn node200(&self) -> &PrivateKeySigner {
        self.named("node-200-key")
    }

    pub(super) fn node300(&self) -> &PrivateKeySigner {
        self.named("node-300-key")
    }

    pub(super) fn node300_previous(&self) -> &PrivateKeySigner {
        self.named("node-300-previous-owner-key")
    }

    /// `Nodes.signerRecord(signer)` once a fixture registered [`Keys::nodes`].
    pub(super) fn signer_record(&self, signer: Address) -> SignerRecord {
        self.nodes
            .iter()
            .find(|node| node.key.address() == signer)
            .map(|node| SignerRecord {
                node_id: node.node_id,
                owner: node.owner().unwrap_or_default(),
                last_covered_sequence_id: if node.retired {
                    node.last_covered_sequence_id()
                } else {
                    u64::MAX
                },
            })
            .unwrap_or_default()
    }
}

/// A client envelope with recognisable, deterministic contents.
pub(super) fn client_envelope(tag: &str, len: usize) -> Bytes {
    let seed = keccak256(tag);
    (0..len)
        .map(|i| seed[i % 32] ^ (i as u8))
        .collect::<Vec<u8>>()
        .into()
}

/// A payer envelope signed by `payer`.
pub(super) fn payer_envelope(
    payer: &PrivateKeySigner,
    tag: &str,
    target: u32,
    retention: u32,
) -> Result<PayerEnvelope, VectorsError> {
    Ok(PayerEnvelope::signed(
        payer,
        client_envelope(tag, 24),
        target,
        retention,
    )?)
}

pub(super) fn envelope(
    node_id: u32,
    sequence_id: u64,
    ns: i64,
    payer: &PayerEnvelope,
) -> UnsignedOriginatorEnvelope {
    UnsignedOriginatorEnvelope {
        originator_node_id: node_id,
        originator_sequence_id: sequence_id,
        originator_ns: ns,
        payer_envelope_bytes: payer.encode(),
        other_fields: Bytes::new(),
    }
}

/// Fields 5 and 6 (fees), which an honest node may change when it re-signs.
pub(super) fn fees(base: u64, congestion: u64) -> Bytes {
    let mut writer = Writer::new();
    writer.varint(5, base).varint(6, congestion);
    writer.finish()
}

pub(super) fn sign(
    envelope: &UnsignedOriginatorEnvelope,
    key: &PrivateKeySigner,
) -> Result<SignedOriginatorEnvelope, VectorsError> {
    Ok(SignedOriginatorEnvelope::sign(envelope, key)?)
}

pub(super) fn sign_bytes(
    bytes: Bytes,
    key: &PrivateKeySigner,
) -> Result<SignedOriginatorEnvelope, VectorsError> {
    Ok(SignedOriginatorEnvelope::sign_bytes(bytes, key)?)
}

/// The same envelope with its signature replaced.
pub(super) fn with_signature(
    envelope: &SignedOriginatorEnvelope,
    signature: Vec<u8>,
) -> SignedOriginatorEnvelope {
    SignedOriginatorEnvelope {
        unsigned: envelope.unsigned.clone(),
        signature: signature.into(),
    }
}

/// The signature with its last byte (`v`) replaced.
pub(super) fn set_v(signature: &[u8], v: u8) -> Vec<u8> {
    let mut out = signature.to_vec();
    if let Some(last) = out.last_mut() {
        *last = v;
    }
    out
}

/// The signature with `v` moved to 27/28.
pub(super) fn legacy_v(envelope: &SignedOriginatorEnvelope) -> SignedOriginatorEnvelope {
    let v = envelope.signature.last().copied().unwrap_or_default();
    with_signature(envelope, set_v(&envelope.signature, v + 27))
}

/// The malleated twin: `n - s`, the other parity.
pub(super) fn high_s_signature(signature: &[u8]) -> Vec<u8> {
    <[u8; 65]>::try_from(signature)
        .map(|s| malleate(&s).to_vec())
        .unwrap_or_default()
}

pub(super) fn high_s(envelope: &SignedOriginatorEnvelope) -> SignedOriginatorEnvelope {
    with_signature(envelope, high_s_signature(&envelope.signature))
}
