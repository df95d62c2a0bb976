//! The two envelopes evidence is made of, their protobuf encoding, the digests their signers
//! sign, and signing them.
//!
//! Decoding follows protobuf-go (spec section 3, P4 and P5): an absent field is zero or empty; a
//! known field is read only with its own wire type (0 for integers, 2 for bytes and messages),
//! otherwise it is an unknown field and skipped; a scalar seen twice keeps its last value; an
//! embedded message seen twice is merged; `uint32` keeps the varint's low 32 bits.
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

    /// Decodes `bytes` as protobuf-go does. Every field that is not one of fields 1–4 with its own
    /// wire type lands in `other_fields` (fees and expiry included: nothing here reads them).
    pub fn decode(bytes: &[u8]) -> Result<Self, ProtobufError> {
        use originator_fields::*;
        let mut envelope = Self::default();
        let mut other_fields = Vec::new();
        let mut reader = Reader::new(bytes);
        while let Some(field) = reader.next_field()? {
            match (field.number, field.varint(), field.bytes()) {
                (NODE_ID, Some(value), _) => envelope.originator_node_id = value as u32,
                (SEQUENCE_ID, Some(value), _) => envelope.originator_sequence_id = value,
                // int64 is the two's complement of the varint's 64 bits.
                (NS, Some(value), _) => envelope.originator_ns = value as i64,
                (PAYER_ENVELOPE, _, Some(value)) => {
                    envelope.payer_envelope_bytes = Bytes::copy_from_slice(value)
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
    /// bytes when field 2 is present without a signature. Occurrences of field 2 are merged: the
    /// last field 1 across all of them wins.
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

    /// Decodes `bytes` as protobuf-go does, the payer signature message included. The embedded
    /// message is parsed where it occurs (protobuf-go is eager), so an error inside it is found
    /// before any error in later fields.
    pub fn decode(bytes: &[u8]) -> Result<Self, ProtobufError> {
        use payer_fields::*;
        let mut envelope = Self::default();
        let mut reader = Reader::new(bytes);
        while let Some(field) = reader.next_field()? {
            match (field.number, field.varint(), field.bytes()) {
                (CLIENT_ENVELOPE, _, Some(value)) => {
                    envelope.unsigned_client_envelope = Bytes::copy_from_slice(value)
                }
                (PAYER_SIGNATURE, _, Some(message)) => {
                    let merged = envelope.payer_signature.take().unwrap_or_default();
                    envelope.payer_signature = Some(merge_payer_signature(merged, message)?);
                }
                (TARGET_ORIGINATOR, Some(value), _) => envelope.target_originator = value as u32,
                (RETENTION_DAYS, Some(value), _) => envelope.message_retention_days = value as u32,
                _ => {}
            }
        }
        Ok(envelope)
    }
}

/// Merges one occurrence of the payer signature message into `signature`, the field 1 read so
/// far: the occurrence's own field 1, if it has one, replaces it.
fn merge_payer_signature(mut signature: Bytes, message: &[u8]) -> Result<Bytes, ProtobufError> {
    let mut reader = Reader::new(message);
    while let Some(field) = reader.next_field()? {
        if let (payer_fields::SIGNATURE_BYTES, Some(value)) = (field.number, field.bytes()) {
            signature = Bytes::copy_from_slice(value);
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
    fn known_fields_with_another_wire_type_are_unknown() {
        // Field 1 length-delimited, field 4 a varint: both skipped, kept with the unknowns.
        let envelope = UnsignedOriginatorEnvelope::decode(&hex!("0a00 2001 0807")).unwrap();
        assert_eq!(envelope.originator_node_id, 7);
        assert_eq!(envelope.payer_envelope_bytes, Bytes::new());
        assert_eq!(envelope.other_fields[..], hex!("0a00 2001"));
        // uint32 keeps the low 32 bits of a larger varint.
        assert_eq!(
            UnsignedOriginatorEnvelope::decode(&hex!("08e400 0880808080 10"))
                .map(|e| e.originator_node_id),
            Ok(0)
        );
        assert_eq!(
            UnsignedOriginatorEnvelope::decode(&hex!("08e4808080 10"))
                .map(|e| e.originator_node_id),
            Ok(100)
        );
        assert_eq!(
            UnsignedOriginatorEnvelope::decode(&hex!("08ffffffff0f")).map(|e| e.originator_node_id),
            Ok(u32::MAX)
        );
        // Unknown fields of every wire type are skipped (and kept for re-encoding), groups too.
        let unknown = hex!("2805 310102030405060708 3d01020304 4202abcd 4b 0801 53 54 4c 7b7c");
        let envelope = UnsignedOriginatorEnvelope::decode(&unknown).unwrap();
        assert_eq!(envelope.originator_node_id, 0);
        assert_eq!(envelope.other_fields[..], unknown);
        // A group numbered like a known field is unknown too.
        let envelope = UnsignedOriginatorEnvelope::decode(&hex!("0b 0801 0c 0864")).unwrap();
        assert_eq!(envelope.originator_node_id, 100);
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
        // Occurrences are merged: a later one without field 1 keeps the earlier field 1 ...
        let merged = PayerEnvelope::decode(&hex!("1203 0a01aa 1202 1001")).unwrap();
        assert_eq!(merged.payer_signature, Some(Bytes::from_static(&[0xaa])));
        // ... and a later field 1 replaces it.
        let merged = PayerEnvelope::decode(&hex!("1203 0a01aa 1203 0a01bb")).unwrap();
        assert_eq!(merged.payer_signature, Some(Bytes::from_static(&[0xbb])));
        // Field 1 as a varint inside the message is unknown: present, but empty.
        let unknown = PayerEnvelope::decode(&hex!("1202 0801")).unwrap();
        assert_eq!(unknown.payer_signature, Some(Bytes::new()));
        // Field 2 as a varint is not the message at all.
        assert_eq!(
            PayerEnvelope::decode(&hex!("1001"))
                .unwrap()
                .payer_signature,
            None
        );
        // An error inside any occurrence fails the whole parse, before later fields.
        assert_eq!(
            PayerEnvelope::decode(&hex!("1203 0a01aa 1201 0b 1e")),
            Err(ProtobufError::Truncated)
        );
        // A group cannot span two occurrences.
        assert_eq!(
            PayerEnvelope::decode(&hex!("1201 0b 1201 0c")),
            Err(ProtobufError::Truncated)
        );
        // target_originator as bytes is unknown; retention above 2^32 keeps its low bits.
        let envelope = PayerEnvelope::decode(&hex!("1a0101 2081808080 10")).unwrap();
        assert_eq!(envelope.target_originator, 0);
        assert_eq!(envelope.message_retention_days, 1);
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
