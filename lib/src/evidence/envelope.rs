//! The two envelopes evidence is made of, their protobuf encoding, the digests their signers
//! sign, and signing them.
//!
//! Decoding follows protobuf: an absent field is zero or empty, a repeated field keeps its last
//! occurrence (an embedded message too: it is replaced, not merged), unknown fields are skipped.
//! Encoding writes the known fields in field order and leaves zero values out (proto3).

use alloy::{
    primitives::{keccak256, Bytes, B256},
    signers::local::PrivateKeySigner,
};

use super::{
    protobuf::{ProtobufError, Reader, Writer},
    signature::sign_digest,
};

/// What an originator's signature is over: `keccak256("originator|" ‖ unsignedBytes)`.
pub const ORIGINATOR_PREFIX: &[u8] = b"originator|";
/// Before the target originator in the payer's digest.
pub const TARGET_PREFIX: &[u8] = b"target|";
/// Before the client envelope in the payer's digest.
pub const PAYER_PREFIX: &[u8] = b"payer|";

/// The `message_retention_days` that means "keep forever" (`uint32` max).
pub const RETENTION_FOREVER: u32 = u32::MAX;
/// The shortest retention a payer may ask for, in days.
pub const MIN_RETENTION_DAYS: u32 = 2;
/// The longest finite retention a payer may ask for, in days.
pub const MAX_RETENTION_DAYS: u32 = 365;

/// Field numbers of `UnsignedOriginatorEnvelope`.
pub mod originator_fields {
    /// `uint32 originator_node_id`.
    pub const NODE_ID: u64 = 1;
    /// `uint64 originator_sequence_id`.
    pub const SEQUENCE_ID: u64 = 2;
    /// `int64 originator_ns`.
    pub const NS: u64 = 3;
    /// `bytes payer_envelope_bytes`.
    pub const PAYER_ENVELOPE: u64 = 4;
}

/// Field numbers of `PayerEnvelope`.
pub mod payer_fields {
    /// `bytes unsigned_client_envelope`.
    pub const CLIENT_ENVELOPE: u64 = 1;
    /// The payer signature message, whose field 1 holds the 65 signature bytes.
    pub const PAYER_SIGNATURE: u64 = 2;
    /// `uint32 target_originator`.
    pub const TARGET_ORIGINATOR: u64 = 3;
    /// `uint32 message_retention_days`.
    pub const RETENTION_DAYS: u64 = 4;
    /// Field 1 of the payer signature message: the signature bytes.
    pub const SIGNATURE_BYTES: u64 = 1;
}

/// An `UnsignedOriginatorEnvelope`: what a node signs for each envelope it originates.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UnsignedOriginatorEnvelope {
    /// Field 1: the originating node.
    pub originator_node_id: u32,
    /// Field 2: the node's sequence id for this envelope.
    pub originator_sequence_id: u64,
    /// Field 3: the node's timestamp, in nanoseconds.
    pub originator_ns: i64,
    /// Field 4: the encoded [`PayerEnvelope`].
    pub payer_envelope_bytes: Bytes,
    /// Every other field (fees, expiry, …), already encoded, in input order. Encoding appends them
    /// after the known fields; decoding collects them here. Equivocation ignores them.
    pub other_fields: Bytes,
}

impl UnsignedOriginatorEnvelope {
    /// The protobuf encoding.
    pub fn encode(&self) -> Bytes {
        use originator_fields::*;
        let mut writer = Writer::new();
        writer
            .varint_nonzero(NODE_ID, self.originator_node_id.into())
            .varint_nonzero(SEQUENCE_ID, self.originator_sequence_id)
            .varint_nonzero(NS, self.originator_ns as u64)
            .bytes_nonempty(PAYER_ENVELOPE, &self.payer_envelope_bytes)
            .raw(&self.other_fields);
        writer.finish()
    }

    /// Decodes `bytes` as the contract does.
    pub fn decode(bytes: &[u8]) -> Result<Self, ProtobufError> {
        use originator_fields::*;
        let mut envelope = Self::default();
        let mut other_fields = Vec::new();
        let mut reader = Reader::new(bytes);
        while let Some(field) = reader.next_field()? {
            match field.number {
                NODE_ID => envelope.originator_node_id = field.uint32()?,
                SEQUENCE_ID => envelope.originator_sequence_id = field.varint()?,
                // int64 is the two's complement of the varint's 64 bits.
                NS => envelope.originator_ns = field.varint()? as i64,
                PAYER_ENVELOPE => {
                    envelope.payer_envelope_bytes = Bytes::copy_from_slice(field.bytes()?)
                }
                _ => other_fields.extend_from_slice(field.raw),
            }
        }
        envelope.other_fields = other_fields.into();
        Ok(envelope)
    }

    /// The digest the originator signs for these bytes.
    pub fn digest(unsigned: &[u8]) -> B256 {
        originator_digest(unsigned)
    }
}

/// `keccak256("originator|" ‖ unsigned)`: what a node signs for an unsigned originator envelope.
pub fn originator_digest(unsigned: &[u8]) -> B256 {
    keccak256([ORIGINATOR_PREFIX, unsigned].concat())
}

/// `keccak256("target|" ‖ uint32be(target_originator) ‖ "payer|" ‖ unsigned_client_envelope)`:
/// what a payer signs.
pub fn payer_digest(target_originator: u32, unsigned_client_envelope: &[u8]) -> B256 {
    keccak256(
        [
            TARGET_PREFIX,
            &target_originator.to_be_bytes(),
            PAYER_PREFIX,
            unsigned_client_envelope,
        ]
        .concat(),
    )
}

/// A `PayerEnvelope`: a client's envelope, signed by the payer, addressed to one originator.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PayerEnvelope {
    /// Field 1: the client's envelope.
    pub unsigned_client_envelope: Bytes,
    /// Field 2's field 1: the payer's signature. `None` when field 2 is absent; `Some` of empty
    /// bytes when field 2 is present without a signature.
    pub payer_signature: Option<Bytes>,
    /// Field 3: the node the payer addressed.
    pub target_originator: u32,
    /// Field 4: how long to keep the message, in days ([`RETENTION_FOREVER`] for ever).
    pub message_retention_days: u32,
}

impl PayerEnvelope {
    /// An envelope for `target_originator`, signed by `payer`.
    pub fn signed(
        payer: &PrivateKeySigner,
        unsigned_client_envelope: Bytes,
        target_originator: u32,
        message_retention_days: u32,
    ) -> Result<Self, alloy::signers::Error> {
        let digest = payer_digest(target_originator, &unsigned_client_envelope);
        Ok(Self {
            payer_signature: Some(sign_digest(payer, &digest)?),
            unsigned_client_envelope,
            target_originator,
            message_retention_days,
        })
    }

    /// The digest the payer signs for this envelope.
    pub fn digest(&self) -> B256 {
        payer_digest(self.target_originator, &self.unsigned_client_envelope)
    }

    /// The protobuf encoding.
    pub fn encode(&self) -> Bytes {
        use payer_fields::*;
        let mut writer = Writer::new();
        writer.bytes_nonempty(CLIENT_ENVELOPE, &self.unsigned_client_envelope);
        if let Some(signature) = &self.payer_signature {
            let mut inner = Writer::new();
            inner.bytes_nonempty(SIGNATURE_BYTES, signature);
            writer.bytes(PAYER_SIGNATURE, inner.as_slice());
        }
        writer
            .varint_nonzero(TARGET_ORIGINATOR, self.target_originator.into())
            .varint_nonzero(RETENTION_DAYS, self.message_retention_days.into());
        writer.finish()
    }

    /// Decodes `bytes` as the contract does, the payer signature message included.
    pub fn decode(bytes: &[u8]) -> Result<Self, ProtobufError> {
        use payer_fields::*;
        let mut envelope = Self::default();
        let mut reader = Reader::new(bytes);
        while let Some(field) = reader.next_field()? {
            match field.number {
                CLIENT_ENVELOPE => {
                    envelope.unsigned_client_envelope = Bytes::copy_from_slice(field.bytes()?)
                }
                PAYER_SIGNATURE => {
                    envelope.payer_signature = Some(decode_payer_signature(field.bytes()?)?)
                }
                TARGET_ORIGINATOR => envelope.target_originator = field.uint32()?,
                RETENTION_DAYS => envelope.message_retention_days = field.uint32()?,
                _ => {}
            }
        }
        Ok(envelope)
    }
}

/// Field 1 of the payer signature message (empty when absent).
fn decode_payer_signature(message: &[u8]) -> Result<Bytes, ProtobufError> {
    let mut signature = Bytes::new();
    let mut reader = Reader::new(message);
    while let Some(field) = reader.next_field()? {
        if field.number == payer_fields::SIGNATURE_BYTES {
            signature = Bytes::copy_from_slice(field.bytes()?);
        }
    }
    Ok(signature)
}

/// An originator envelope with the node's signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedOriginatorEnvelope {
    /// The encoded [`UnsignedOriginatorEnvelope`], exactly the bytes that were signed.
    pub unsigned: Bytes,
    /// The node's signature, `r ‖ s ‖ v` with `v` 0 or 1.
    pub signature: Bytes,
}

impl SignedOriginatorEnvelope {
    /// Encodes `envelope` and signs it with the node's `key`.
    pub fn sign(
        envelope: &UnsignedOriginatorEnvelope,
        key: &PrivateKeySigner,
    ) -> Result<Self, alloy::signers::Error> {
        Self::sign_bytes(envelope.encode(), key)
    }

    /// Signs already encoded (possibly hand-made) envelope bytes with the node's `key`.
    pub fn sign_bytes(
        unsigned: Bytes,
        key: &PrivateKeySigner,
    ) -> Result<Self, alloy::signers::Error> {
        let signature = sign_digest(key, &originator_digest(&unsigned))?;
        Ok(Self {
            unsigned,
            signature,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::signature::recover_signer;
    use alloy::primitives::hex;

    fn key(seed: &str) -> PrivateKeySigner {
        PrivateKeySigner::from_bytes(&keccak256(seed)).unwrap()
    }

    #[test]
    fn originator_envelope_encodes_known_fields_in_order() {
        let envelope = UnsignedOriginatorEnvelope {
            originator_node_id: 1,
            originator_sequence_id: 300,
            originator_ns: -1,
            payer_envelope_bytes: Bytes::from_static(b"pe"),
            other_fields: Bytes::from_static(&[0x28, 0x05]),
        };
        assert_eq!(
            envelope.encode()[..],
            hex!("0801 10ac02 18ffffffffffffffffff01 22027065 2805")
        );
        assert_eq!(
            UnsignedOriginatorEnvelope::decode(&envelope.encode()),
            Ok(envelope)
        );
        assert_eq!(UnsignedOriginatorEnvelope::default().encode(), Bytes::new());
    }

    #[test]
    fn last_occurrence_wins_and_zero_may_be_explicit() {
        let bytes = hex!("0801 1007 0802 1000 1809 220161 1800");
        let envelope = UnsignedOriginatorEnvelope::decode(&bytes).unwrap();
        assert_eq!(envelope.originator_node_id, 2);
        assert_eq!(envelope.originator_sequence_id, 0);
        assert_eq!(envelope.originator_ns, 0);
        // `22 01 61` is field 4 = "a"; the `00` after it is field 0 → refused.
        assert_eq!(
            UnsignedOriginatorEnvelope::decode(&hex!("2201 61 00")),
            Err(ProtobufError::InvalidFieldNumber)
        );
    }

    #[test]
    fn originator_envelope_refuses_wrong_types() {
        assert_eq!(
            UnsignedOriginatorEnvelope::decode(&hex!("0a00")),
            Err(ProtobufError::WrongWireType(1))
        );
        assert_eq!(
            UnsignedOriginatorEnvelope::decode(&hex!("2001")),
            Err(ProtobufError::WrongWireType(4))
        );
        assert_eq!(
            UnsignedOriginatorEnvelope::decode(&hex!("0880808080 10")),
            Err(ProtobufError::ValueOutOfRange(1))
        );
        assert_eq!(
            UnsignedOriginatorEnvelope::decode(&hex!("08ffffffff0f")).map(|e| e.originator_node_id),
            Ok(u32::MAX)
        );
        // Unknown fields of every wire type are skipped (and kept for re-encoding).
        let unknown = hex!("2805 310102030405060708 3d01020304 4202abcd");
        let envelope = UnsignedOriginatorEnvelope::decode(&unknown).unwrap();
        assert_eq!(envelope.originator_node_id, 0);
        assert_eq!(
            envelope.other_fields[..],
            hex!("2805 310102030405060708 3d01020304 4202abcd")
        );
    }

    #[test]
    fn payer_envelope_round_trips_and_signs() {
        let payer = key("payer");
        let envelope = PayerEnvelope::signed(&payer, Bytes::from_static(b"client"), 7, 30).unwrap();
        let decoded = PayerEnvelope::decode(&envelope.encode()).unwrap();
        assert_eq!(decoded, envelope);
        let signature = decoded.payer_signature.unwrap();
        assert_eq!(
            recover_signer(&payer_digest(7, b"client"), &signature),
            Ok(payer.address())
        );
        assert_eq!(
            payer_digest(7, b"client"),
            keccak256(hex!("7461726765747c 00000007 70617965727c 636c69656e74"))
        );
    }

    #[test]
    fn payer_signature_presence() {
        let absent = PayerEnvelope::decode(&hex!("1801")).unwrap();
        assert_eq!(absent.payer_signature, None);
        let empty = PayerEnvelope::decode(&hex!("1200 1801")).unwrap();
        assert_eq!(empty.payer_signature, Some(Bytes::new()));
        // The embedded message is replaced, not merged, by a later occurrence.
        let replaced = PayerEnvelope::decode(&hex!("1203 0a01aa 1202 1001")).unwrap();
        assert_eq!(replaced.payer_signature, Some(Bytes::new()));
        assert_eq!(
            PayerEnvelope::decode(&hex!("1202 0801")),
            Err(ProtobufError::WrongWireType(1))
        );
        assert_eq!(
            PayerEnvelope::decode(&hex!("1a00")),
            Err(ProtobufError::WrongWireType(3))
        );
        assert_eq!(
            PayerEnvelope::decode(&hex!("2080808080 10")),
            Err(ProtobufError::ValueOutOfRange(4))
        );
    }

    #[test]
    fn signed_originator_envelope_recovers_to_the_node() {
        let node = key("node");
        let envelope = UnsignedOriginatorEnvelope {
            originator_node_id: 1,
            originator_sequence_id: 1,
            ..Default::default()
        };
        let signed = SignedOriginatorEnvelope::sign(&envelope, &node).unwrap();
        assert_eq!(
            originator_digest(&signed.unsigned),
            keccak256([&b"originator|"[..], &hex!("08011001")].concat())
        );
        assert_eq!(
            recover_signer(&originator_digest(&signed.unsigned), &signed.signature),
            Ok(node.address())
        );
    }
}
