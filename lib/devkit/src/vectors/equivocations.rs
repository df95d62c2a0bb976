//! `reportEquivocation` cases: accepted equivocations (over every byte variation protobuf-go
//! accepts and every signature form a node's key makes), and each refusal.

use alloy::primitives::{hex, Bytes};

use super::{
    keys::{
        envelope, fees, high_s, legacy_v, payer_envelope, set_v, sign, sign_bytes, with_signature,
        Keys,
    },
    EquivocationCase, VectorsError, NS, SEQUENCE_ID,
};
use crate::evidence::{
    envelope::{PayerEnvelope, SignedOriginatorEnvelope, UnsignedOriginatorEnvelope},
    protobuf::{Writer, MAX_OPEN_GROUPS},
};

/// The size of each envelope of the `gas-300-bytes` case.
const GAS_CASE_BYTES: usize = 300;

/// Node 100's envelope at [`SEQUENCE_ID`] with `payer`, written field by field so that cases can
/// add to it: fields 1–4, then whatever `extra` writes.
fn written(payer: &PayerEnvelope, ns: i64, extra: impl Fn(&mut Writer)) -> Bytes {
    let mut writer = Writer::new();
    writer
        .varint(1, 100)
        .varint(2, SEQUENCE_ID)
        .varint(3, ns as u64)
        .bytes(4, &payer.encode());
    extra(&mut writer);
    writer.finish()
}

pub(super) fn cases(k: &Keys) -> Result<Vec<EquivocationCase>, VectorsError> {
    let payer = payer_envelope(&k.payer, "message-1", 100, 30)?;
    let other_payer = payer_envelope(&k.payer, "message-2", 100, 30)?;
    let base = envelope(100, SEQUENCE_ID, NS, &payer);
    let later = UnsignedOriginatorEnvelope {
        originator_ns: NS + 1,
        ..base.clone()
    };
    let other_payload = UnsignedOriginatorEnvelope {
        payer_envelope_bytes: other_payer.encode(),
        ..base.clone()
    };
    let a = sign(&base, k.node100())?;
    let a_later = sign(&later, k.node100())?;
    let case = |name, a: &SignedOriginatorEnvelope, b: &SignedOriginatorEnvelope, expected| {
        EquivocationCase {
            name,
            node_id: 100,
            a: a.clone(),
            b: b.clone(),
            expected,
        }
    };
    // B: `later`'s fields as written bytes, plus `extra`.
    let later_with =
        |extra: &dyn Fn(&mut Writer)| -> Result<SignedOriginatorEnvelope, VectorsError> {
            sign_bytes(written(&payer, NS + 1, extra), k.node100())
        };

    let mut cases = vec![
        case("different-ns", &a, &a_later, ""),
        case(
            "different-payer-envelope",
            &a,
            &sign(&other_payload, k.node100())?,
            "",
        ),
        case(
            "v-27-28-on-both-sides",
            &legacy_v(&a),
            &legacy_v(&a_later),
            "",
        ),
        case("v-27-28-on-one-side", &a, &legacy_v(&a_later), ""),
        // A node's signature whether its s is high or low.
        case("node-signature-high-s", &a, &high_s(&a_later), ""),
        case(
            "node-signature-high-s-v-27-28",
            &high_s(&a),
            &legacy_v(&high_s(&a_later)),
            "",
        ),
        case(
            "node-signature-v-4-5",
            &with_signature(&a, set_v(&a.signature, a.signature[64] + 4)),
            &a_later,
            "",
        ),
    ];

    // Retired keys: evidence counts up to what usage reports covered at retirement.
    let at = |sequence_id: u64, ns: i64| UnsignedOriginatorEnvelope {
        originator_sequence_id: sequence_id,
        originator_ns: ns,
        ..base.clone()
    };
    cases.push(case(
        "retired-key-on-one-side-covered",
        &sign(&base, k.node100_old())?,
        &a_later,
        "",
    ));
    cases.push(case(
        "retired-key-on-both-sides-covered",
        &sign(&base, k.node100_old())?,
        &sign(&later, k.node100_old())?,
        "",
    ));
    cases.push(case(
        "retired-key-after-retirement",
        &sign(&at(SEQUENCE_ID + 1, NS), k.node100_old())?,
        &sign(&at(SEQUENCE_ID + 1, NS + 1), k.node100_old())?,
        "SignedAfterRetirement",
    ));
    cases.push(case(
        "retired-key-after-retirement-on-side-b",
        &sign(&at(SEQUENCE_ID + 1, NS), k.node100())?,
        &sign(&at(SEQUENCE_ID + 1, NS + 1), k.node100_old())?,
        "SignedAfterRetirement",
    ));

    // Node 300's NFT moved to a new owner with a new key.
    let node300_payer = payer_envelope(&k.payer, "message-4", 300, 30)?;
    let node300 = envelope(300, SEQUENCE_ID, NS, &node300_payer);
    let node300_later = UnsignedOriginatorEnvelope {
        originator_ns: NS + 1,
        ..node300.clone()
    };
    let node300_case = |name, a, b, expected| EquivocationCase {
        name,
        node_id: 300,
        a,
        b,
        expected,
    };
    cases.push(node300_case(
        "previous-owner-key-and-new-owner-key",
        sign(&node300, k.node300_previous())?,
        sign(&node300_later, k.node300())?,
        "SignersOfDifferentOwners",
    ));
    cases.push(node300_case(
        "previous-owner-key-on-both-sides-slashes-the-previous-owner",
        sign(&node300, k.node300_previous())?,
        sign(&node300_later, k.node300_previous())?,
        "",
    ));
    cases.push(node300_case(
        "new-owner-key-on-both-sides",
        sign(&node300, k.node300())?,
        sign(&node300_later, k.node300())?,
        "",
    ));

    // Negative timestamps are 10-byte two's complement varints.
    let negative = UnsignedOriginatorEnvelope {
        originator_ns: -5,
        ..base.clone()
    };
    let positive = UnsignedOriginatorEnvelope {
        originator_ns: 5,
        ..base.clone()
    };
    cases.push(case(
        "negative-ns",
        &sign(&negative, k.node100())?,
        &sign(&positive, k.node100())?,
        "",
    ));

    // Sequence id 0 is omitted from the encoding, and still a sequence id.
    cases.push(case(
        "sequence-id-zero-omitted",
        &sign(&at(0, NS), k.node100())?,
        &sign(&at(0, NS + 1), k.node100())?,
        "",
    ));

    // Byte variations protobuf-go accepts: a node that signs them can still be proven to
    // equivocate.
    cases.push(case(
        "unknown-fields-of-every-wire-type-skipped",
        &a,
        &later_with(&|w| {
            w.varint(5, 10)
                .fixed64(9, 0x1122_3344_5566_7788)
                .bytes(10, b"unknown")
                .fixed32(11, 0xdead_beef)
                .varint((1 << 29) - 1, 1);
        })?,
        "",
    ));
    cases.push(case(
        "unknown-group-appended",
        &a,
        &later_with(&|w| {
            w.raw(&hex!("7b7c"));
        })?,
        "",
    ));
    cases.push(case(
        "unknown-nested-groups-of-every-wire-type",
        &a,
        &later_with(&|w| {
            let mut inner = Writer::new();
            inner
                .varint(1, 1)
                .fixed64(2, 2)
                .bytes(3, b"x")
                .fixed32(4, 4)
                .group(5, &[])
                .nested_groups(6, 3, &hex!("0801"));
            w.group(20, inner.as_slice());
        })?,
        "",
    ));
    cases.push(case(
        "field-number-2^29-inside-a-group",
        &a,
        &later_with(&|w| {
            let mut inner = Writer::new();
            inner.varint(1 << 29, 1).varint((1 << 31) - 1, 2);
            w.group(21, inner.as_slice());
        })?,
        "",
    ));
    cases.push(case(
        "unknown-groups-10001-deep",
        &a,
        &later_with(&|w| {
            w.nested_groups(22, MAX_OPEN_GROUPS, &[]);
        })?,
        "",
    ));
    cases.push(case(
        "known-field-with-another-wire-type-skipped",
        &a,
        &later_with(&|w| {
            // Field 1 as bytes, field 2 as fixed64, field 3 as fixed32, field 4 as a varint and
            // as a group: all unknown, the real values above stand.
            w.bytes(1, &[200])
                .fixed64(2, 8)
                .fixed32(3, 1)
                .varint(4, 1)
                .group(4, &[]);
        })?,
        "",
    ));
    cases.push(case(
        "uint32-node-id-above-2^32-truncated",
        &a,
        &sign_bytes(
            {
                let mut w = Writer::new();
                w.varint(1, (1 << 32) + 100)
                    .varint(2, SEQUENCE_ID)
                    .varint(3, (NS + 1) as u64)
                    .bytes(4, &payer.encode());
                w.finish()
            },
            k.node100(),
        )?,
        "",
    ));
    cases.push(case(
        "ten-byte-varints",
        &a,
        &sign_bytes(
            {
                let mut w = Writer::new();
                w.key(1, crate::evidence::protobuf::WireType::Varint)
                    .padded_varint(100, 10)
                    .key(2, crate::evidence::protobuf::WireType::Varint)
                    .padded_varint(SEQUENCE_ID, 10)
                    .varint(3, (NS + 1) as u64)
                    .raw_varint(4 << 3 | 2)
                    .padded_varint(payer.encode().len() as u64, 10)
                    .raw(&payer.encode());
                w.finish()
            },
            k.node100(),
        )?,
        "",
    ));
    // The last occurrence of a field wins: B names sequence id 8, then 7.
    cases.push(case(
        "repeated-field-last-occurrence-wins",
        &a,
        &sign_bytes(
            {
                let mut w = Writer::new();
                w.varint(1, 100)
                    .varint(2, SEQUENCE_ID + 1)
                    .varint(3, (NS + 1) as u64)
                    .bytes(4, &payer.encode())
                    .varint(2, SEQUENCE_ID);
                w.finish()
            },
            k.node100(),
        )?,
        "",
    ));

    // Node 200 equivocates too.
    let node200_payer = payer_envelope(&k.payer, "message-3", 200, 30)?;
    let node200 = envelope(200, SEQUENCE_ID, NS, &node200_payer);
    let node200_later = UnsignedOriginatorEnvelope {
        originator_ns: NS + 1,
        ..node200.clone()
    };
    cases.push(EquivocationCase {
        name: "node-200-different-ns",
        node_id: 200,
        a: sign(&node200, k.node200())?,
        b: sign(&node200_later, k.node200())?,
        expected: "",
    });

    cases.push(gas_case(k)?);

    // Not equivocations.
    let fees_a = UnsignedOriginatorEnvelope {
        other_fields: fees(100, 5),
        ..base.clone()
    };
    let fees_b = UnsignedOriginatorEnvelope {
        other_fields: fees(200, 7),
        ..base.clone()
    };
    cases.push(case(
        "honest-resign-differs-in-fields-5-and-6",
        &sign(&fees_a, k.node100())?,
        &sign(&fees_b, k.node100())?,
        "NotEquivocation",
    ));
    cases.push(case("identical-envelopes", &a, &a, "NotEquivocation"));
    cases.push(case(
        "identical-envelope-signed-by-retired-and-current-key",
        &a,
        &sign(&base, k.node100_old())?,
        "NotEquivocation",
    ));
    cases.push(case(
        "same-envelope-v-0-1-and-v-27-28",
        &a,
        &legacy_v(&a),
        "NotEquivocation",
    ));
    cases.push(case(
        "same-envelope-low-s-and-high-s",
        &a,
        &high_s(&a),
        "NotEquivocation",
    ));
    cases.push(case(
        "same-envelope-with-unknown-group",
        &a,
        &sign_bytes(
            written(&payer, NS, |w: &mut Writer| {
                w.group(30, &hex!("0801"));
            }),
            k.node100(),
        )?,
        "NotEquivocation",
    ));
    // `originator_ns = 0` written out explicitly equals it omitted.
    let zero_ns = UnsignedOriginatorEnvelope {
        originator_ns: 0,
        ..base.clone()
    };
    cases.push(case(
        "explicit-zero-ns-equals-omitted",
        &sign(&zero_ns, k.node100())?,
        &sign_bytes(
            written(&payer, 0, |w: &mut Writer| {
                w.varint(5, 1);
            }),
            k.node100(),
        )?,
        "NotEquivocation",
    ));
    // B names another timestamp first, then A's: the last occurrence wins.
    cases.push(case(
        "repeated-ns-last-occurrence-equal",
        &a,
        &sign_bytes(
            written(&payer, NS + 1, |w: &mut Writer| {
                w.varint(3, NS as u64);
            }),
            k.node100(),
        )?,
        "NotEquivocation",
    ));

    // Other refusals.
    cases.push(case(
        "different-sequence-ids",
        &a,
        &sign(&at(SEQUENCE_ID + 1, NS + 1), k.node100())?,
        "SequenceIdMismatch",
    ));
    let other_originator = UnsignedOriginatorEnvelope {
        originator_node_id: 200,
        ..later.clone()
    };
    cases.push(case(
        "other-originator",
        &a,
        &sign(&other_originator, k.node100())?,
        "OriginatorMismatch",
    ));
    let absent_originator = UnsignedOriginatorEnvelope {
        originator_node_id: 0,
        ..later.clone()
    };
    cases.push(case(
        "originator-absent",
        &a,
        &sign(&absent_originator, k.node100())?,
        "OriginatorMismatch",
    ));
    cases.push(case(
        "originator-as-bytes-is-unknown",
        &a,
        &sign_bytes(Bytes::from_static(&hex!("0a0164")), k.node100())?,
        "OriginatorMismatch",
    ));
    cases.push(case(
        "signed-by-another-nodes-key",
        &a,
        &sign(&later, k.node200())?,
        "NotNodeSigner",
    ));
    cases.push(case(
        "signed-by-non-node-key",
        &sign(&base, &k.payer)?,
        &a_later,
        "NotNodeSigner",
    ));
    cases.push(case(
        "signature-over-other-envelope",
        &a,
        &with_signature(&a_later, a.signature.to_vec()),
        "NotNodeSigner",
    ));
    cases.push(EquivocationCase {
        name: "node-200-envelopes-reported-as-node-100",
        node_id: 100,
        a: sign(&node200, k.node200())?,
        b: sign(&node200_later, k.node200())?,
        expected: "NotNodeSigner",
    });
    cases.push(EquivocationCase {
        name: "reported-as-node-0",
        node_id: 0,
        a: a.clone(),
        b: a_later.clone(),
        expected: "NotNodeSigner",
    });
    let mut short = a_later.signature.to_vec();
    short.pop();
    cases.push(case(
        "signature-64-bytes",
        &a,
        &with_signature(&a_later, short),
        "InvalidSignatureLength",
    ));
    let mut long = a_later.signature.to_vec();
    long.push(0);
    cases.push(case(
        "signature-66-bytes",
        &a,
        &with_signature(&a_later, long),
        "InvalidSignatureLength",
    ));
    cases.push(case(
        "signature-empty",
        &with_signature(&a, Vec::new()),
        &a_later,
        "InvalidSignatureLength",
    ));
    for (name, v) in [
        ("signature-v-2", 2u8),
        ("signature-v-8", 8),
        ("signature-v-29", 29),
        ("signature-v-255", 255),
    ] {
        cases.push(case(
            name,
            &a,
            &with_signature(&a_later, set_v(&a_later.signature, v)),
            "InvalidSignature",
        ));
    }
    cases.push(case(
        "signature-all-zero",
        &a,
        &with_signature(&a_later, vec![0; 65]),
        "InvalidSignature",
    ));
    let truncated = a_later.unsigned.slice(..a_later.unsigned.len() - 3);
    cases.push(case(
        "envelope-b-truncated",
        &a,
        &sign_bytes(truncated, k.node100())?,
        "Truncated",
    ));
    cases.push(case(
        "envelope-a-stray-end-group",
        &sign_bytes(Bytes::from_static(&hex!("0864 0c")), k.node100())?,
        &a_later,
        "UnexpectedEndGroup",
    ));
    cases.push(case(
        "envelope-b-unterminated-group",
        &a,
        &later_with(&|w| {
            w.raw(&hex!("7b 0801"));
        })?,
        "Truncated",
    ));
    Ok(cases)
}

/// An equivocation of two envelopes of exactly [`GAS_CASE_BYTES`] bytes each, for the gas test.
fn gas_case(k: &Keys) -> Result<EquivocationCase, VectorsError> {
    let sized = |tag: &str, ns: i64| -> Result<UnsignedOriginatorEnvelope, VectorsError> {
        for len in 0..GAS_CASE_BYTES {
            let payer =
                PayerEnvelope::signed(&k.payer, super::keys::client_envelope(tag, len), 100, 30)?;
            let envelope = UnsignedOriginatorEnvelope {
                other_fields: fees(1_000_000, 0),
                ..envelope(100, 1_000_000, ns, &payer)
            };
            if envelope.encode().len() >= GAS_CASE_BYTES {
                return Ok(envelope);
            }
        }
        Ok(UnsignedOriginatorEnvelope::default())
    };
    Ok(EquivocationCase {
        name: "gas-300-bytes",
        node_id: 100,
        a: sign(&sized("gas-a", NS)?, k.node100())?,
        b: sign(&sized("gas-b", NS)?, k.node100())?,
        expected: "",
    })
}
