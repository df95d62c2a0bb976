//! An equivocation as the tests make one: two envelopes a node's key signed for one sequence
//! id, differing only in their timestamp, and the evidence JSON the keeper's relay and intake read.

use alloy::{primitives::Bytes, signers::local::PrivateKeySigner};
use serde_json::{json, Value};

use crate::evidence::envelope::{
    PayerEnvelope, SignedOriginatorEnvelope, UnsignedOriginatorEnvelope,
};

/// The timestamps (ns) of the two envelopes.
pub const TIMESTAMPS: [i64; 2] = [1_000, 2_000];

/// Two envelopes `key` signed as node `node_id` for `sequence_id`, at [`TIMESTAMPS`], each carrying a fresh payer's
/// envelope and, when `padding` is not 0, `padding` bytes of an unknown field (field 100: there only to cost gas).
pub fn envelopes(
    node_id: u32,
    key: &PrivateKeySigner,
    sequence_id: u64,
    padding: usize,
) -> Result<[SignedOriginatorEnvelope; 2], alloy::signers::Error> {
    let payer_envelope = PayerEnvelope::signed(
        &PrivateKeySigner::random(),
        Bytes::from_static(b"a group message"),
        node_id,
        30,
    )?
    .encode();
    let other_fields = unknown_field(padding);
    let sign = |ns: i64| {
        let envelope = UnsignedOriginatorEnvelope {
            originator_node_id: node_id,
            originator_sequence_id: sequence_id,
            originator_ns: ns,
            payer_envelope_bytes: payer_envelope.clone(),
            other_fields: other_fields.clone(),
        };
        SignedOriginatorEnvelope::sign(&envelope, key)
    };
    Ok([sign(TIMESTAMPS[0])?, sign(TIMESTAMPS[1])?])
}

/// [`envelopes`] as the documented evidence JSON (`{"kind": "equivocation", "node_id", "envelopes"}`).
pub fn json(
    node_id: u32,
    key: &PrivateKeySigner,
    sequence_id: u64,
    padding: usize,
) -> Result<Value, alloy::signers::Error> {
    let envelopes = envelopes(node_id, key, sequence_id, padding)?.map(|signed| {
        json!({"unsigned_originator_envelope": signed.unsigned, "signature": signed.signature})
    });
    Ok(json!({"kind": "equivocation", "node_id": node_id, "envelopes": envelopes}))
}

/// Field 100, length-delimited, of `padding` bytes (none when 0): protobuf's tag, a varint length, the bytes.
fn unknown_field(padding: usize) -> Bytes {
    if padding == 0 {
        return Bytes::new();
    }
    let mut field = vec![0xa2, 0x06];
    let mut length = padding;
    while length >= 0x80 {
        field.push((length & 0x7f) as u8 | 0x80);
        length >>= 7;
    }
    field.push(length as u8);
    field.resize(field.len() + padding, 0x55);
    field.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_field_has_a_varint_length() {
        assert!(unknown_field(0).is_empty());
        assert_eq!(unknown_field(3).as_ref(), [0xa2, 0x06, 3, 0x55, 0x55, 0x55]);
        let long = unknown_field(300);
        assert_eq!(&long[..4], [0xa2, 0x06, 0xac, 0x02]);
        assert_eq!(long.len(), 4 + 300);
    }

    #[test]
    fn the_two_envelopes_differ_only_in_their_timestamp() {
        let key = PrivateKeySigner::random();
        let [a, b] = envelopes(7, &key, 42, 0).unwrap();
        assert_ne!(a.unsigned, b.unsigned);
        let evidence = json(7, &key, 42, 16).unwrap();
        assert_eq!(evidence["kind"], "equivocation");
        assert_eq!(evidence["envelopes"].as_array().unwrap().len(), 2);
    }
}
