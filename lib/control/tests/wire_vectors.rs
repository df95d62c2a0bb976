//! The independent encoder's vectors (`test/vectors/wire.json`, written by
//! `tools/wire-vectors/generate.py` with Python's protobuf and coincurve): the Rust codec must
//! judge every case as the file says and decode every accepted envelope to the same fields.
//! Agreement here, in the forge test and in the generator is what makes the three readers one.

use std::{collections::HashMap, path::PathBuf};

use alloy::primitives::{Address, Bytes};
use serde::Deserialize;
use xmtp_devkit::evidence::{
    verify_equivocation, verify_invalid_payload, EvidenceError, PayerEnvelope, SignerRecord,
    UnsignedOriginatorEnvelope,
};

#[derive(Debug, Deserialize)]
struct WireVectors {
    version: u64,
    nodes: Vec<Node>,
    payload_cases: Vec<PayloadCase>,
    equivocation_cases: Vec<EquivocationCase>,
}

#[derive(Debug, Deserialize)]
struct Node {
    node_id: u32,
    signer: Address,
}

#[derive(Debug, Deserialize)]
struct PayloadCase {
    name: String,
    node_id: u32,
    unsigned_originator_envelope: Bytes,
    node_signature: Bytes,
    decoded: Option<Decoded>,
    expect: String,
}

/// Numbers are decimal strings: they may exceed 2^53.
#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
struct Decoded {
    originator_node_id: String,
    originator_sequence_id: String,
    originator_ns: String,
    payer_envelope_bytes: Bytes,
    target_originator: String,
    message_retention_days: String,
    payer_signature_present: bool,
    payer_signature: Bytes,
    unsigned_client_envelope: Bytes,
}

#[derive(Debug, Deserialize)]
struct Signed {
    unsigned_originator_envelope: Bytes,
    node_signature: Bytes,
}

#[derive(Debug, Deserialize)]
struct EquivocationCase {
    name: String,
    node_id: u32,
    a: Signed,
    b: Signed,
    expect: String,
}

fn load() -> WireVectors {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../test/vectors/wire.json");
    let json = std::fs::read_to_string(&path).unwrap_or_else(|error| {
        panic!(
            "{} ({error}): run `make test` to generate it with tools/wire-vectors",
            path.display()
        )
    });
    let vectors: WireVectors = serde_json::from_str(&json).expect("wire.json follows spec 9");
    assert_eq!(vectors.version, 1);
    vectors
}

/// `Nodes.signerRecord` for the file's nodes: every signer current, one owner each.
fn records(vectors: &WireVectors) -> impl Fn(Address) -> SignerRecord + Copy + '_ {
    move |signer| {
        vectors
            .nodes
            .iter()
            .find(|node| node.signer == signer)
            .map(|node| {
                SignerRecord::current(
                    node.node_id,
                    Address::left_padding_from(&node.node_id.to_be_bytes()),
                )
            })
            .unwrap_or_default()
    }
}

/// The Rust codec's reading of an accepted envelope, in the file's shape.
fn decode(unsigned: &[u8]) -> Option<Decoded> {
    let envelope = UnsignedOriginatorEnvelope::decode(unsigned).ok()?;
    let payer = PayerEnvelope::decode(&envelope.payer_envelope_bytes).ok()?;
    Some(Decoded {
        originator_node_id: envelope.originator_node_id.to_string(),
        originator_sequence_id: envelope.originator_sequence_id.to_string(),
        originator_ns: envelope.originator_ns.to_string(),
        payer_envelope_bytes: envelope.payer_envelope_bytes,
        target_originator: payer.target_originator.to_string(),
        message_retention_days: payer.message_retention_days.to_string(),
        payer_signature_present: payer.payer_signature.is_some(),
        payer_signature: payer.payer_signature.unwrap_or_default(),
        unsigned_client_envelope: payer.unsigned_client_envelope,
    })
}

/// The verdict in the file's words; anything the file has no word for is spelled as the error.
fn payload_verdict(result: Result<String, EvidenceError>) -> String {
    match result {
        Ok(violation) => violation,
        Err(EvidenceError::PayloadValid) => "valid".to_owned(),
        Err(EvidenceError::Protobuf(_)) => "refused".to_owned(),
        Err(other) => other.name().to_owned(),
    }
}

#[test]
fn every_payload_case_is_judged_and_decoded_as_the_independent_encoder_says() {
    let vectors = load();
    assert!(!vectors.payload_cases.is_empty());
    let mut expectations = HashMap::<&str, usize>::new();
    for case in &vectors.payload_cases {
        let verdict = payload_verdict(
            verify_invalid_payload(
                case.node_id,
                &case.unsigned_originator_envelope,
                &case.node_signature,
                records(&vectors),
            )
            .map(|report| report.violation.name().to_owned()),
        );
        assert_eq!(verdict, case.expect, "{}", case.name);
        assert_eq!(
            decode(&case.unsigned_originator_envelope),
            case.decoded,
            "{}",
            case.name
        );
        *expectations.entry(case.expect.as_str()).or_default() += 1;
    }
    // The file exercises every verdict, so agreement is not agreement on one of them.
    for expect in [
        "valid",
        "refused",
        "TargetOriginator",
        "Retention",
        "PayerSignature",
        "PayerSignatureUnverifiable",
    ] {
        assert!(
            expectations.contains_key(expect),
            "no case expects {expect}"
        );
    }
}

#[test]
fn every_equivocation_case_is_judged_as_the_independent_encoder_says() {
    let vectors = load();
    assert!(!vectors.equivocation_cases.is_empty());
    for case in &vectors.equivocation_cases {
        let verdict = match verify_equivocation(
            case.node_id,
            &case.a.unsigned_originator_envelope,
            &case.a.node_signature,
            &case.b.unsigned_originator_envelope,
            &case.b.node_signature,
            records(&vectors),
        ) {
            Ok(_) => "equivocation".to_owned(),
            Err(EvidenceError::Protobuf(_)) => "refused".to_owned(),
            Err(other) => other.name().to_owned(),
        };
        assert_eq!(verdict, case.expect, "{}", case.name);
    }
}
