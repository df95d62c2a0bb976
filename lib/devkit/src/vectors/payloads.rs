//! `reportInvalidPayload` cases: each payer rule broken and kept, every payer-signature form
//! xmtpd accepts or refuses, protobuf-go's reading of the payer envelope, and each refusal.

use alloy::primitives::{hex, Bytes, U256};

use super::{
    keys::{
        client_envelope, fees, high_s, high_s_signature, legacy_v, payer_envelope, set_v, sign,
        sign_bytes, with_signature, Keys,
    },
    InvalidPayloadCase, VectorsError, NS, PAYLOAD_SEQUENCE_ID,
};
use crate::evidence::{
    envelope::{payer_digest, PayerEnvelope, SignedOriginatorEnvelope, UnsignedOriginatorEnvelope},
    protobuf::Writer,
    signature::{sign_digest, SECP256K1_N},
};

/// The originator envelope node `node_id` signs around `payer_bytes`.
fn envelope_with(node_id: u32, sequence_id: u64, payer_bytes: Bytes) -> UnsignedOriginatorEnvelope {
    UnsignedOriginatorEnvelope {
        originator_node_id: node_id,
        originator_sequence_id: sequence_id,
        originator_ns: NS,
        payer_envelope_bytes: payer_bytes,
        other_fields: fees(100, 0),
    }
}

/// The signature with `r` replaced.
fn with_r(signature: &[u8], r: U256) -> Vec<u8> {
    let mut out = signature.to_vec();
    out[..32].copy_from_slice(&r.to_be_bytes::<32>());
    out
}

/// The signature with `s` replaced.
fn with_s(signature: &[u8], s: U256) -> Vec<u8> {
    let mut out = signature.to_vec();
    out[32..64].copy_from_slice(&s.to_be_bytes::<32>());
    out
}

pub(super) fn cases(k: &Keys) -> Result<Vec<InvalidPayloadCase>, VectorsError> {
    let signed_bytes = |payer_bytes: Bytes| {
        sign(
            &envelope_with(100, PAYLOAD_SEQUENCE_ID, payer_bytes),
            k.node100(),
        )
    };
    let signed = |payer: &PayerEnvelope| signed_bytes(payer.encode());
    let case = |name, envelope: SignedOriginatorEnvelope, violation, error| InvalidPayloadCase {
        name,
        node_id: 100,
        envelope,
        expected_violation: violation,
        expected_error: error,
    };
    let payer = |target, retention| payer_envelope(&k.payer, "payload", target, retention);
    let without_signature = |target, retention| -> Result<PayerEnvelope, VectorsError> {
        Ok(PayerEnvelope {
            payer_signature: None,
            ..payer(target, retention)?
        })
    };
    let with_payer_signature = |signature: Vec<u8>| -> Result<PayerEnvelope, VectorsError> {
        Ok(PayerEnvelope {
            payer_signature: Some(signature.into()),
            ..payer(100, 30)?
        })
    };
    let valid = payer(100, 30)?;
    let valid_signature = valid.payer_signature.clone().unwrap_or_default().to_vec();
    let parity = valid_signature[64];
    let payer_signature_case = |name, signature: Vec<u8>, violation, error| {
        Ok::<_, VectorsError>(case(
            name,
            signed(&with_payer_signature(signature)?)?,
            violation,
            error,
        ))
    };

    let mut cases = vec![
        case(
            "target-other-node",
            signed(&payer(200, 30)?)?,
            "TargetOriginator",
            "",
        ),
        case(
            "target-absent",
            signed(&payer(0, 30)?)?,
            "TargetOriginator",
            "",
        ),
        case(
            "target-uint32-max",
            signed(&payer(u32::MAX, 30)?)?,
            "TargetOriginator",
            "",
        ),
        case(
            "target-checked-before-retention",
            signed(&without_signature(200, 0)?)?,
            "TargetOriginator",
            "",
        ),
        case(
            "payer-envelope-absent",
            signed_bytes(Bytes::new())?,
            "TargetOriginator",
            "",
        ),
        case(
            "retention-absent",
            signed(&payer(100, 0)?)?,
            "Retention",
            "",
        ),
        case("retention-1", signed(&payer(100, 1)?)?, "Retention", ""),
        case("retention-366", signed(&payer(100, 366)?)?, "Retention", ""),
        case(
            "retention-4294967294",
            signed(&payer(100, u32::MAX - 1)?)?,
            "Retention",
            "",
        ),
        case(
            "retention-checked-before-payer-signature",
            signed(&without_signature(100, 1)?)?,
            "Retention",
            "",
        ),
        case(
            "payer-signature-missing",
            signed(&without_signature(100, 30)?)?,
            "PayerSignature",
            "",
        ),
        payer_signature_case(
            "payer-signature-message-empty",
            Vec::new(),
            "PayerSignature",
            "",
        )?,
        payer_signature_case(
            "payer-signature-garbage",
            vec![0xff; 65],
            "PayerSignature",
            "",
        )?,
        payer_signature_case(
            "payer-signature-all-zero",
            vec![0; 65],
            "PayerSignature",
            "",
        )?,
        payer_signature_case(
            "payer-signature-64-bytes",
            valid_signature[..64].to_vec(),
            "PayerSignature",
            "",
        )?,
        case("fully-valid", signed(&valid)?, "", "PayloadValid"),
        case("retention-2", signed(&payer(100, 2)?)?, "", "PayloadValid"),
        case(
            "retention-365",
            signed(&payer(100, 365)?)?,
            "",
            "PayloadValid",
        ),
        case(
            "retention-forever",
            signed(&payer(100, u32::MAX)?)?,
            "",
            "PayloadValid",
        ),
        // xmtpd accepts high s: the honest node that stored it is not slashable.
        payer_signature_case(
            "payer-signature-high-s",
            high_s_signature(&valid_signature),
            "",
            "PayloadValid",
        )?,
    ];

    // v 0..7: the recovery id is v & 3 (4..7 add decred's ignored "compressed" flag). Ids 0 and
    // 1 recover (the other parity to some other key: still a payer, the contract knows none);
    // ids 2 and 3 with an ordinary r fail decred's r + n < p.
    for v in 0..=7u8 {
        let name: &'static str = [
            "payer-signature-v-0",
            "payer-signature-v-1",
            "payer-signature-v-2",
            "payer-signature-v-3",
            "payer-signature-v-4",
            "payer-signature-v-5",
            "payer-signature-v-6",
            "payer-signature-v-7",
        ][usize::from(v)];
        let (violation, error) = if v & 2 == 0 {
            ("", "PayloadValid")
        } else {
            ("PayerSignature", "")
        };
        cases.push(payer_signature_case(
            name,
            set_v(&valid_signature, v),
            violation,
            error,
        )?);
    }
    cases.push(payer_signature_case(
        "payer-signature-high-s-v-4-5",
        set_v(&high_s_signature(&valid_signature), (parity ^ 1) + 4),
        "",
        "PayloadValid",
    )?);
    // v 8 and above is no recovery code, 27 and 28 included (v + 27 wraps for 229..255).
    for (name, v) in [
        ("payer-signature-v-8", 8u8),
        ("payer-signature-v-27", 27),
        ("payer-signature-v-28", 28),
        ("payer-signature-v-34", 34),
        ("payer-signature-v-229", 229),
        ("payer-signature-v-255", 255),
    ] {
        cases.push(payer_signature_case(
            name,
            set_v(&valid_signature, v),
            "PayerSignature",
            "",
        )?);
    }
    for (name, signature) in [
        (
            "payer-signature-r-zero",
            with_r(&valid_signature, U256::ZERO),
        ),
        ("payer-signature-r-n", with_r(&valid_signature, SECP256K1_N)),
        ("payer-signature-r-max", with_r(&valid_signature, U256::MAX)),
        (
            "payer-signature-s-zero",
            with_s(&valid_signature, U256::ZERO),
        ),
        ("payer-signature-s-n", with_s(&valid_signature, SECP256K1_N)),
        ("payer-signature-s-max", with_s(&valid_signature, U256::MAX)),
    ] {
        cases.push(payer_signature_case(name, signature, "PayerSignature", "")?);
    }
    // Recovery ids 2 and 3 with a tiny r (x = r + n is a valid coordinate): xmtpd may accept
    // them, the precompile cannot check them. Never evidence either way.
    let tiny_r = with_r(&valid_signature, U256::from(1));
    for (name, v) in [
        ("payer-signature-recovery-id-2-unverifiable", 2u8),
        ("payer-signature-recovery-id-3-unverifiable", 3),
        ("payer-signature-v-6-unverifiable", 6),
        ("payer-signature-v-7-unverifiable", 7),
    ] {
        cases.push(payer_signature_case(
            name,
            set_v(&tiny_r, v),
            "",
            "PayerSignatureUnverifiable",
        )?);
    }

    // A payer signature over another target still recovers (to some address): the contract
    // does not know payers' keys, so the payload counts as valid.
    let other_target_signature = sign_digest(
        &k.payer,
        &payer_digest(200, &valid.unsigned_client_envelope),
    )?;
    cases.push(payer_signature_case(
        "payer-signature-over-other-target-still-recovers",
        other_target_signature.to_vec(),
        "",
        "PayloadValid",
    )?);

    // Protobuf-go's reading of the payer envelope.
    let client = client_envelope("payload", 24);
    let signature_message = |signature: &[u8]| {
        let mut w = Writer::new();
        w.bytes(1, signature);
        w.finish()
    };
    let payer_written =
        |write: &dyn Fn(&mut Writer)| -> Result<SignedOriginatorEnvelope, VectorsError> {
            let mut w = Writer::new();
            write(&mut w);
            signed_bytes(w.finish())
        };
    cases.push(case(
        "payer-signature-merged-later-occurrence-wins",
        payer_written(&|w| {
            w.bytes(1, &client)
                .bytes(2, &signature_message(&[0xff; 65]))
                .bytes(2, &signature_message(&valid_signature))
                .varint(3, 100)
                .varint(4, 30);
        })?,
        "",
        "PayloadValid",
    ));
    cases.push(case(
        "payer-signature-merged-empty-occurrence-keeps-signature",
        payer_written(&|w| {
            w.bytes(1, &client)
                .bytes(2, &signature_message(&valid_signature))
                .bytes(2, &[])
                .bytes(2, &hex!("1001"))
                .varint(3, 100)
                .varint(4, 30);
        })?,
        "",
        "PayloadValid",
    ));
    cases.push(case(
        "payer-signature-merged-invalid-last",
        payer_written(&|w| {
            w.bytes(1, &client)
                .bytes(2, &signature_message(&valid_signature))
                .bytes(2, &signature_message(&[0xff; 65]))
                .varint(3, 100)
                .varint(4, 30);
        })?,
        "PayerSignature",
        "",
    ));
    cases.push(case(
        "payer-signature-field-1-varint-is-unknown",
        payer_written(&|w| {
            w.bytes(1, &client)
                .bytes(2, &hex!("0801"))
                .varint(3, 100)
                .varint(4, 30);
        })?,
        "PayerSignature",
        "",
    ));
    cases.push(case(
        "payer-signature-with-unknown-group-inside",
        payer_written(&|w| {
            let mut message = Writer::new();
            message.group(7, &hex!("0801")).bytes(1, &valid_signature);
            w.bytes(1, &client)
                .bytes(2, message.as_slice())
                .varint(3, 100)
                .varint(4, 30);
        })?,
        "",
        "PayloadValid",
    ));
    cases.push(case(
        "target-repeated-last-wins-valid",
        payer_written(&|w| {
            w.bytes(1, &client)
                .bytes(2, &signature_message(&valid_signature))
                .varint(3, 200)
                .varint(4, 30)
                .varint(3, 100);
        })?,
        "",
        "PayloadValid",
    ));
    cases.push(case(
        "target-repeated-last-wins-other-node",
        payer_written(&|w| {
            w.bytes(1, &client)
                .bytes(2, &signature_message(&valid_signature))
                .varint(3, 100)
                .varint(4, 30)
                .varint(3, 200);
        })?,
        "TargetOriginator",
        "",
    ));
    cases.push(case(
        "target-as-bytes-is-unknown",
        payer_written(&|w| {
            w.bytes(1, &client)
                .bytes(2, &signature_message(&valid_signature))
                .bytes(3, &[100])
                .varint(4, 30);
        })?,
        "TargetOriginator",
        "",
    ));
    cases.push(case(
        "retention-above-2^32-keeps-low-32-bits",
        payer_written(&|w| {
            w.bytes(1, &client)
                .bytes(2, &signature_message(&valid_signature))
                .varint(3, (1 << 32) + 100)
                .varint(4, (7 << 32) + 30);
        })?,
        "",
        "PayloadValid",
    ));
    cases.push(case(
        "payer-envelope-unknown-groups",
        payer_written(&|w| {
            w.group(9, &[])
                .bytes(1, &client)
                .nested_groups(10, 4, &hex!("0d01020304"))
                .bytes(2, &signature_message(&valid_signature))
                .varint(3, 100)
                .varint(4, 30)
                .raw(&hex!("7b7c"));
        })?,
        "",
        "PayloadValid",
    ));

    // Node signature forms and keys.
    let a = signed(&payer(200, 30)?)?;
    cases.push(case(
        "node-signature-v-27-28",
        legacy_v(&a),
        "TargetOriginator",
        "",
    ));
    cases.push(case(
        "node-signature-high-s",
        high_s(&a),
        "TargetOriginator",
        "",
    ));
    cases.push(case(
        "retired-key-covered-sequence-id",
        sign(
            &envelope_with(
                100,
                super::keys::COVERED_AT_RETIREMENT,
                payer(200, 30)?.encode(),
            ),
            k.node100_old(),
        )?,
        "TargetOriginator",
        "",
    ));
    cases.push(case(
        "retired-key-after-retirement",
        sign(
            &envelope_with(100, PAYLOAD_SEQUENCE_ID, payer(200, 30)?.encode()),
            k.node100_old(),
        )?,
        "",
        "SignedAfterRetirement",
    ));
    cases.push(InvalidPayloadCase {
        name: "node-200-target-node-100",
        node_id: 200,
        envelope: sign(
            &envelope_with(200, PAYLOAD_SEQUENCE_ID, payer(100, 30)?.encode()),
            k.node200(),
        )?,
        expected_violation: "TargetOriginator",
        expected_error: "",
    });

    // Refusals before the payload is looked at.
    cases.push(case(
        "other-originator",
        sign(
            &envelope_with(200, PAYLOAD_SEQUENCE_ID, payer(200, 30)?.encode()),
            k.node100(),
        )?,
        "",
        "OriginatorMismatch",
    ));
    cases.push(case(
        "signed-by-non-node-key",
        sign(
            &envelope_with(100, PAYLOAD_SEQUENCE_ID, payer(200, 30)?.encode()),
            &k.payer,
        )?,
        "",
        "NotNodeSigner",
    ));
    cases.push(case(
        "signed-by-another-nodes-key",
        sign(
            &envelope_with(100, PAYLOAD_SEQUENCE_ID, payer(200, 30)?.encode()),
            k.node200(),
        )?,
        "",
        "NotNodeSigner",
    ));
    let mut short = a.signature.to_vec();
    short.pop();
    cases.push(case(
        "node-signature-64-bytes",
        with_signature(&a, short),
        "",
        "InvalidSignatureLength",
    ));
    cases.push(case(
        "node-signature-v-8",
        with_signature(&a, set_v(&a.signature, 8)),
        "",
        "InvalidSignature",
    ));
    let truncated = a.unsigned.slice(..a.unsigned.len() - 1);
    cases.push(case(
        "envelope-truncated",
        sign_bytes(truncated, k.node100())?,
        "",
        "Truncated",
    ));

    // The payer envelope must be bytes protobuf-go accepts.
    let valid_bytes = valid.encode();
    cases.push(case(
        "payer-envelope-truncated",
        signed_bytes(valid_bytes.slice(..valid_bytes.len() - 1))?,
        "",
        "Truncated",
    ));
    cases.push(case(
        "payer-envelope-stray-end-group",
        signed_bytes([&valid_bytes[..], &hex!("2c")].concat().into())?,
        "",
        "UnexpectedEndGroup",
    ));
    cases.push(case(
        "payer-envelope-wire-type-7",
        signed_bytes([&valid_bytes[..], &hex!("2f")].concat().into())?,
        "",
        "UnsupportedWireType",
    ));
    cases.push(case(
        "payer-signature-message-unterminated-group",
        payer_written(&|w| {
            w.bytes(1, &client)
                .bytes(2, &hex!("0b"))
                .bytes(2, &hex!("0c"))
                .varint(3, 100)
                .varint(4, 30);
        })?,
        "",
        "Truncated",
    ));
    cases.push(case(
        "payer-signature-message-field-number-2^29",
        payer_written(&|w| {
            let mut message = Writer::new();
            message.varint(1 << 29, 1);
            w.bytes(1, &client)
                .bytes(2, message.as_slice())
                .varint(3, 100)
                .varint(4, 30);
        })?,
        "",
        "InvalidFieldNumber",
    ));
    Ok(cases)
}
