//! Test vectors shared with the contract's tests: `test/vectors/evidence.json`.
//!
//! [`generate`] builds them from fixed keys (`keccak256("node-1-key")` and so on), so the file is
//! the same on every machine; each case states the outcome the rules call for, and this crate's
//! tests check that [`verify`](super::verify) reaches it. A test fails when the checked-in file
//! differs from what [`generate`] produces; regenerate it with
//!
//! ```sh
//! UPDATE_VECTORS=1 cargo test -p xmtp-control evidence_vectors
//! ```
//!
//! Format (flat, for `vm.parseJson*` by path): bytes are `"0x…"` hex strings, integers decimal
//! numbers, names strings. `error` is `""` for a report the contract accepts, else the contract's
//! error name; `errorArgs` is that error's ABI-encoded arguments (revert data after the selector,
//! `"0x"` when none); `signerA`/`signerB`/`signer` the recovered signers (zero when the signature
//! does not recover or the envelope does not parse); `sequenceId` the (first) envelope's sequence
//! id, 0 when it does not parse; `reportId` is `keccak256(abi.encode(nodeId, sequenceId))` for an
//! accepted equivocation, zero otherwise; `calldata` is the report call's calldata. `signers` lists
//! the node keys in the order a fixture registers them (a node's later key rotates out the earlier
//! one); `payers` the keys that sign payer envelopes, which belong to no node.

use std::collections::HashSet;

use alloy::{
    hex,
    primitives::{keccak256, Address, Bytes, B256},
    signers::local::PrivateKeySigner,
};
use serde::{Deserialize, Serialize};

use super::{
    calldata,
    envelope::{PayerEnvelope, SignedOriginatorEnvelope, UnsignedOriginatorEnvelope},
    protobuf::Writer,
    signature::{malleate, sign_digest},
    verify::{verify_equivocation, verify_invalid_payload, EvidenceError},
};
use crate::nodes::signing_public_key;

/// Where the vectors live, relative to the repository root.
pub const VECTORS_PATH: &str = "test/vectors/evidence.json";

/// The sequence id of most equivocation cases.
const SEQUENCE_ID: u64 = 7;
/// The sequence id of most invalid-payload cases.
const PAYLOAD_SEQUENCE_ID: u64 = 9;
/// A plausible `originator_ns`.
const NS: i64 = 1_700_000_000_000_000_000;
/// The size of each envelope of the `gas-300-bytes` case.
const GAS_CASE_BYTES: usize = 300;

/// Why the vectors could not be generated.
#[derive(Debug, thiserror::Error)]
pub enum VectorsError {
    /// A fixed key is not a valid secp256k1 private key.
    #[error("invalid fixed key: {0}")]
    Key(#[from] alloy::signers::k256::ecdsa::Error),
    /// Signing failed.
    #[error("signing failed: {0}")]
    Signer(#[from] alloy::signers::Error),
}

/// The whole vectors file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Vectors {
    /// Every node key the vectors use, with its node, in registration order.
    pub signers: Vec<SignerVector>,
    /// The keys that sign payer envelopes (no node's).
    pub payers: Vec<PayerVector>,
    /// `reportEquivocation` cases.
    pub equivocations: Vec<EquivocationVector>,
    /// `reportInvalidPayload` cases.
    pub invalid_payloads: Vec<InvalidPayloadVector>,
    /// Bytes that are not a valid `UnsignedOriginatorEnvelope`.
    pub malformed: Vec<MalformedVector>,
    /// How many cases of each kind, for loops in Solidity.
    pub counts: Counts,
}

/// A node signing key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SignerVector {
    /// The key's name; the private key is `keccak256(name)`.
    pub name: String,
    /// The node it belongs to.
    pub node_id: u32,
    /// Its address.
    pub address: Address,
    /// Its 65-byte uncompressed public key `0x04 ‖ X ‖ Y`, as `Nodes.addNode` takes it.
    pub public_key: Bytes,
    /// The private key (a fixed test key).
    pub private_key: B256,
}

/// A payer key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PayerVector {
    /// The key's name; the private key is `keccak256(name)`.
    pub name: String,
    /// Its address.
    pub address: Address,
    /// The private key (a fixed test key).
    pub private_key: B256,
}

/// One `reportEquivocation` case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EquivocationVector {
    /// What the case shows.
    pub name: String,
    /// The reported node.
    pub node_id: u32,
    /// Envelope A's bytes.
    pub unsigned_a: Bytes,
    /// Envelope A's node signature.
    pub signature_a: Bytes,
    /// Envelope B's bytes.
    pub unsigned_b: Bytes,
    /// Envelope B's node signature.
    pub signature_b: Bytes,
    /// Envelope A's sequence id (0 when it does not parse).
    pub sequence_id: u64,
    /// `""` when the contract accepts the report, else its error's name.
    pub error: String,
    /// The error's ABI-encoded arguments.
    pub error_args: Bytes,
    /// Who signed A (zero if unknown).
    pub signer_a: Address,
    /// Who signed B (zero if unknown).
    pub signer_b: Address,
    /// The returned report id when accepted, else zero.
    pub report_id: B256,
    /// The `reportEquivocation` calldata.
    pub calldata: Bytes,
}

/// One `reportInvalidPayload` case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InvalidPayloadVector {
    /// What the case shows.
    pub name: String,
    /// The reported node.
    pub node_id: u32,
    /// The envelope's bytes.
    pub unsigned: Bytes,
    /// The node signature.
    pub signature: Bytes,
    /// The envelope's sequence id (0 when it does not parse).
    pub sequence_id: u64,
    /// The violation found (`"TargetOriginator"`, `"Retention"`, `"PayerSignature"`), `""` if none.
    pub violation: String,
    /// `""` when the contract accepts the report, else its error's name.
    pub error: String,
    /// The error's ABI-encoded arguments.
    pub error_args: Bytes,
    /// Who signed (zero if unknown).
    pub signer: Address,
    /// The `reportInvalidPayload` calldata.
    pub calldata: Bytes,
}

/// One malformed `UnsignedOriginatorEnvelope`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MalformedVector {
    /// What is wrong.
    pub name: String,
    /// The bytes.
    pub bytes: Bytes,
    /// The protobuf error's name.
    pub error: String,
    /// The error's ABI-encoded arguments.
    pub error_args: Bytes,
}

/// Case counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Counts {
    /// `equivocations.len()`.
    pub equivocations: usize,
    /// `invalidPayloads.len()`.
    pub invalid_payloads: usize,
    /// `malformed.len()`.
    pub malformed: usize,
}

impl Vectors {
    /// The file's contents: pretty JSON and a trailing newline.
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self).map(|json| json + "\n")
    }

    /// Whether `signer` is one of `node_id`'s keys here (what `Nodes.isSigner` answers once a
    /// fixture registered [`Vectors::signers`]).
    pub fn is_signer(&self, node_id: u32, signer: Address) -> bool {
        self.signers
            .iter()
            .any(|s| s.node_id == node_id && s.address == signer)
    }
}

/// The fixed keys.
struct Keys {
    node1: PrivateKeySigner,
    node1_old: PrivateKeySigner,
    node2: PrivateKeySigner,
    payer: PrivateKeySigner,
}

fn fixed_key(name: &str) -> Result<PrivateKeySigner, VectorsError> {
    Ok(PrivateKeySigner::from_bytes(&keccak256(name))?)
}

impl Keys {
    fn new() -> Result<Self, VectorsError> {
        Ok(Self {
            node1: fixed_key("node-1-key")?,
            node1_old: fixed_key("node-1-old-key")?,
            node2: fixed_key("node-2-key")?,
            payer: fixed_key("payer-key")?,
        })
    }

    /// The node keys, in registration order.
    fn signers(&self) -> Vec<(&'static str, u32, &PrivateKeySigner)> {
        vec![
            ("node-1-old-key", 1, &self.node1_old),
            ("node-1-key", 1, &self.node1),
            ("node-2-key", 2, &self.node2),
        ]
    }

    fn is_signer(&self, node_id: u32, signer: Address) -> bool {
        self.signers()
            .iter()
            .any(|(_, node, key)| *node == node_id && key.address() == signer)
    }
}

/// A case as written: inputs and the outcome the rules call for.
struct EquivocationCase {
    name: &'static str,
    node_id: u32,
    a: SignedOriginatorEnvelope,
    b: SignedOriginatorEnvelope,
    expected: &'static str,
}

struct InvalidPayloadCase {
    name: &'static str,
    node_id: u32,
    envelope: SignedOriginatorEnvelope,
    expected_violation: &'static str,
    expected_error: &'static str,
}

/// Builders over the fixed keys.
struct Builder {
    keys: Keys,
}

impl Builder {
    /// A client envelope with recognisable, deterministic contents.
    fn client_envelope(tag: &str, len: usize) -> Bytes {
        let seed = keccak256(tag);
        (0..len)
            .map(|i| seed[i % 32] ^ (i as u8))
            .collect::<Vec<u8>>()
            .into()
    }

    /// A payer envelope signed by the payer key.
    fn payer_envelope(
        &self,
        tag: &str,
        target: u32,
        retention: u32,
    ) -> Result<PayerEnvelope, VectorsError> {
        Ok(PayerEnvelope::signed(
            &self.keys.payer,
            Self::client_envelope(tag, 24),
            target,
            retention,
        )?)
    }

    fn envelope(
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
    fn fees(base: u64, congestion: u64) -> Bytes {
        let mut writer = Writer::new();
        writer.varint(5, base).varint(6, congestion);
        writer.finish()
    }

    fn sign(
        envelope: &UnsignedOriginatorEnvelope,
        key: &PrivateKeySigner,
    ) -> Result<SignedOriginatorEnvelope, VectorsError> {
        Ok(SignedOriginatorEnvelope::sign(envelope, key)?)
    }

    fn sign_bytes(
        bytes: Bytes,
        key: &PrivateKeySigner,
    ) -> Result<SignedOriginatorEnvelope, VectorsError> {
        Ok(SignedOriginatorEnvelope::sign_bytes(bytes, key)?)
    }
}

/// The same envelope with its signature replaced.
fn with_signature(
    envelope: &SignedOriginatorEnvelope,
    signature: Vec<u8>,
) -> SignedOriginatorEnvelope {
    SignedOriginatorEnvelope {
        unsigned: envelope.unsigned.clone(),
        signature: signature.into(),
    }
}

/// The signature with `v` moved to 27/28.
fn legacy_v(envelope: &SignedOriginatorEnvelope) -> SignedOriginatorEnvelope {
    let mut signature = envelope.signature.to_vec();
    if let Some(v) = signature.last_mut() {
        *v += 27;
    }
    with_signature(envelope, signature)
}

fn high_s(envelope: &SignedOriginatorEnvelope) -> SignedOriginatorEnvelope {
    let signature = <[u8; 65]>::try_from(envelope.signature.as_ref())
        .map(|s| malleate(&s).to_vec())
        .unwrap_or_default();
    with_signature(envelope, signature)
}

fn equivocation_cases(b: &Builder) -> Result<Vec<EquivocationCase>, VectorsError> {
    let k = &b.keys;
    let payer = b.payer_envelope("message-1", 1, 30)?;
    let other_payer = b.payer_envelope("message-2", 1, 30)?;
    let base = Builder::envelope(1, SEQUENCE_ID, NS, &payer);
    let later = UnsignedOriginatorEnvelope {
        originator_ns: NS + 1,
        ..base.clone()
    };
    let other_payload = UnsignedOriginatorEnvelope {
        payer_envelope_bytes: other_payer.encode(),
        ..base.clone()
    };
    let a = Builder::sign(&base, &k.node1)?;
    let a_later = Builder::sign(&later, &k.node1)?;
    let case = |name, a: &SignedOriginatorEnvelope, bb: &SignedOriginatorEnvelope, expected| {
        EquivocationCase {
            name,
            node_id: 1,
            a: a.clone(),
            b: bb.clone(),
            expected,
        }
    };

    let mut cases = vec![
        case("different-ns", &a, &a_later, ""),
        case(
            "different-payer-envelope",
            &a,
            &Builder::sign(&other_payload, &k.node1)?,
            "",
        ),
        case(
            "old-key-on-one-side",
            &Builder::sign(&base, &k.node1_old)?,
            &a_later,
            "",
        ),
        case(
            "old-key-on-both-sides",
            &Builder::sign(&base, &k.node1_old)?,
            &Builder::sign(&later, &k.node1_old)?,
            "",
        ),
        case(
            "v-27-28-on-both-sides",
            &legacy_v(&a),
            &legacy_v(&a_later),
            "",
        ),
        case("v-27-28-on-one-side", &a, &legacy_v(&a_later), ""),
    ];

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
        &Builder::sign(&negative, &k.node1)?,
        &Builder::sign(&positive, &k.node1)?,
        "",
    ));

    // Sequence id 0 is omitted from the encoding, and still a sequence id.
    let zero = UnsignedOriginatorEnvelope {
        originator_sequence_id: 0,
        ..base.clone()
    };
    let zero_later = UnsignedOriginatorEnvelope {
        originator_sequence_id: 0,
        ..later.clone()
    };
    cases.push(case(
        "sequence-id-zero-omitted",
        &Builder::sign(&zero, &k.node1)?,
        &Builder::sign(&zero_later, &k.node1)?,
        "",
    ));

    // Unknown fields of every wire type are skipped.
    let mut unknown = Writer::new();
    unknown
        .varint(5, 10)
        .fixed64(9, 0x1122_3344_5566_7788)
        .bytes(10, b"unknown")
        .fixed32(11, 0xdead_beef)
        .varint(536_870_911, 1);
    let with_unknown = UnsignedOriginatorEnvelope {
        other_fields: unknown.finish(),
        ..later.clone()
    };
    cases.push(case(
        "unknown-fields-of-every-wire-type-skipped",
        &a,
        &Builder::sign(&with_unknown, &k.node1)?,
        "",
    ));

    // The last occurrence of a field wins: B names sequence id 8, then 7.
    let mut repeated = Writer::new();
    repeated
        .varint(1, 1)
        .varint(2, SEQUENCE_ID + 1)
        .varint(3, (NS + 1) as u64)
        .bytes(4, &payer.encode())
        .varint(2, SEQUENCE_ID);
    cases.push(case(
        "repeated-field-last-occurrence-wins",
        &a,
        &Builder::sign_bytes(repeated.finish(), &k.node1)?,
        "",
    ));

    // Node 2 equivocates too.
    let node2_payer = b.payer_envelope("message-3", 2, 30)?;
    let node2 = Builder::envelope(2, SEQUENCE_ID, NS, &node2_payer);
    let node2_later = UnsignedOriginatorEnvelope {
        originator_ns: NS + 1,
        ..node2.clone()
    };
    cases.push(EquivocationCase {
        name: "node-2-different-ns",
        node_id: 2,
        a: Builder::sign(&node2, &k.node2)?,
        b: Builder::sign(&node2_later, &k.node2)?,
        expected: "",
    });

    cases.push(gas_case(b)?);

    // Not equivocations.
    let fees_a = UnsignedOriginatorEnvelope {
        other_fields: Builder::fees(100, 5),
        ..base.clone()
    };
    let fees_b = UnsignedOriginatorEnvelope {
        other_fields: Builder::fees(200, 7),
        ..base.clone()
    };
    cases.push(case(
        "honest-resign-differs-in-fields-5-and-6",
        &Builder::sign(&fees_a, &k.node1)?,
        &Builder::sign(&fees_b, &k.node1)?,
        "NotEquivocation",
    ));
    cases.push(case("identical-envelopes", &a, &a, "NotEquivocation"));
    cases.push(case(
        "identical-envelope-signed-by-old-and-current-key",
        &a,
        &Builder::sign(&base, &k.node1_old)?,
        "NotEquivocation",
    ));
    cases.push(case(
        "same-envelope-v-0-1-and-v-27-28",
        &a,
        &legacy_v(&a),
        "NotEquivocation",
    ));
    // `originator_ns = 0` written out explicitly equals it omitted.
    let zero_ns = UnsignedOriginatorEnvelope {
        originator_ns: 0,
        ..base.clone()
    };
    let mut explicit_zero = Writer::new();
    explicit_zero
        .varint(1, 1)
        .varint(2, SEQUENCE_ID)
        .varint(3, 0)
        .bytes(4, &payer.encode())
        .varint(5, 1);
    cases.push(case(
        "explicit-zero-ns-equals-omitted",
        &Builder::sign(&zero_ns, &k.node1)?,
        &Builder::sign_bytes(explicit_zero.finish(), &k.node1)?,
        "NotEquivocation",
    ));
    // B names another timestamp first, then A's: the last occurrence wins.
    let mut repeated_ns = Writer::new();
    repeated_ns
        .varint(1, 1)
        .varint(2, SEQUENCE_ID)
        .varint(3, (NS + 1) as u64)
        .bytes(4, &payer.encode())
        .varint(3, NS as u64);
    cases.push(case(
        "repeated-ns-last-occurrence-equal",
        &a,
        &Builder::sign_bytes(repeated_ns.finish(), &k.node1)?,
        "NotEquivocation",
    ));

    // Other refusals.
    let next = UnsignedOriginatorEnvelope {
        originator_sequence_id: SEQUENCE_ID + 1,
        ..later.clone()
    };
    cases.push(case(
        "different-sequence-ids",
        &a,
        &Builder::sign(&next, &k.node1)?,
        "SequenceIdMismatch",
    ));
    let other_originator = UnsignedOriginatorEnvelope {
        originator_node_id: 2,
        ..later.clone()
    };
    cases.push(case(
        "other-originator",
        &a,
        &Builder::sign(&other_originator, &k.node1)?,
        "OriginatorMismatch",
    ));
    let absent_originator = UnsignedOriginatorEnvelope {
        originator_node_id: 0,
        ..later.clone()
    };
    cases.push(case(
        "originator-absent",
        &a,
        &Builder::sign(&absent_originator, &k.node1)?,
        "OriginatorMismatch",
    ));
    cases.push(case(
        "signed-by-another-nodes-key",
        &a,
        &Builder::sign(&later, &k.node2)?,
        "NotNodeSigner",
    ));
    cases.push(case(
        "signed-by-non-node-key",
        &Builder::sign(&base, &k.payer)?,
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
        name: "node-2-envelopes-reported-as-node-1",
        node_id: 1,
        a: Builder::sign(&node2, &k.node2)?,
        b: Builder::sign(&node2_later, &k.node2)?,
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
    cases.push(case(
        "signature-high-s",
        &a,
        &high_s(&a_later),
        "InvalidSignature",
    ));
    let mut bad_v = a_later.signature.to_vec();
    if let Some(v) = bad_v.last_mut() {
        *v = 2;
    }
    cases.push(case(
        "signature-v-2",
        &a,
        &with_signature(&a_later, bad_v),
        "InvalidSignature",
    ));
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
        &Builder::sign_bytes(truncated, &k.node1)?,
        "Truncated",
    ));
    cases.push(case(
        "envelope-a-field-1-length-delimited",
        &Builder::sign_bytes(Bytes::from_static(&hex!("0a0101")), &k.node1)?,
        &a_later,
        "WrongWireType",
    ));
    Ok(cases)
}

/// An equivocation of two envelopes of exactly [`GAS_CASE_BYTES`] bytes each, for the gas test.
fn gas_case(b: &Builder) -> Result<EquivocationCase, VectorsError> {
    let k = &b.keys;
    let sized = |tag: &str, ns: i64| -> Result<UnsignedOriginatorEnvelope, VectorsError> {
        let mut best = None;
        for len in 0..GAS_CASE_BYTES {
            let payer = PayerEnvelope::signed(&k.payer, Builder::client_envelope(tag, len), 1, 30)?;
            let envelope = UnsignedOriginatorEnvelope {
                other_fields: Builder::fees(1_000_000, 0),
                ..Builder::envelope(1, 1_000_000, ns, &payer)
            };
            if envelope.encode().len() >= GAS_CASE_BYTES {
                best = Some(envelope);
                break;
            }
        }
        Ok(best.unwrap_or_default())
    };
    Ok(EquivocationCase {
        name: "gas-300-bytes",
        node_id: 1,
        a: Builder::sign(&sized("gas-a", NS)?, &k.node1)?,
        b: Builder::sign(&sized("gas-b", NS)?, &k.node1)?,
        expected: "",
    })
}

fn invalid_payload_cases(b: &Builder) -> Result<Vec<InvalidPayloadCase>, VectorsError> {
    let k = &b.keys;
    let envelope_with = |node_id: u32, payer_bytes: Bytes| UnsignedOriginatorEnvelope {
        originator_node_id: node_id,
        originator_sequence_id: PAYLOAD_SEQUENCE_ID,
        originator_ns: NS,
        payer_envelope_bytes: payer_bytes,
        other_fields: Builder::fees(100, 0),
    };
    let signed = |payer: &PayerEnvelope| Builder::sign(&envelope_with(1, payer.encode()), &k.node1);
    let case = |name, envelope: SignedOriginatorEnvelope, violation, error| InvalidPayloadCase {
        name,
        node_id: 1,
        envelope,
        expected_violation: violation,
        expected_error: error,
    };
    let payer = |target, retention| b.payer_envelope("payload", target, retention);
    let without_signature = |target, retention| -> Result<PayerEnvelope, VectorsError> {
        Ok(PayerEnvelope {
            payer_signature: None,
            ..payer(target, retention)?
        })
    };
    let with_payer_signature = |signature: Vec<u8>| -> Result<PayerEnvelope, VectorsError> {
        Ok(PayerEnvelope {
            payer_signature: Some(signature.into()),
            ..payer(1, 30)?
        })
    };
    let valid = payer(1, 30)?;
    let valid_signature = valid.payer_signature.clone().unwrap_or_default().to_vec();

    let mut cases = vec![
        case(
            "target-other-node",
            signed(&payer(2, 30)?)?,
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
            signed(&without_signature(2, 0)?)?,
            "TargetOriginator",
            "",
        ),
        case(
            "payer-envelope-absent",
            Builder::sign(&envelope_with(1, Bytes::new()), &k.node1)?,
            "TargetOriginator",
            "",
        ),
        case("retention-absent", signed(&payer(1, 0)?)?, "Retention", ""),
        case("retention-1", signed(&payer(1, 1)?)?, "Retention", ""),
        case("retention-366", signed(&payer(1, 366)?)?, "Retention", ""),
        case(
            "retention-4294967294",
            signed(&payer(1, u32::MAX - 1)?)?,
            "Retention",
            "",
        ),
        case(
            "retention-checked-before-payer-signature",
            signed(&without_signature(1, 1)?)?,
            "Retention",
            "",
        ),
        case(
            "payer-signature-missing",
            signed(&without_signature(1, 30)?)?,
            "PayerSignature",
            "",
        ),
        case(
            "payer-signature-message-empty",
            signed(&with_payer_signature(Vec::new())?)?,
            "PayerSignature",
            "",
        ),
        case(
            "payer-signature-garbage",
            signed(&with_payer_signature(vec![0xff; 65])?)?,
            "PayerSignature",
            "",
        ),
        case(
            "payer-signature-all-zero",
            signed(&with_payer_signature(vec![0; 65])?)?,
            "PayerSignature",
            "",
        ),
        case(
            "payer-signature-64-bytes",
            signed(&with_payer_signature(valid_signature[..64].to_vec())?)?,
            "PayerSignature",
            "",
        ),
        case(
            "payer-signature-high-s",
            signed(&with_payer_signature(
                <[u8; 65]>::try_from(valid_signature.as_slice())
                    .map(|s| malleate(&s).to_vec())
                    .unwrap_or_default(),
            )?)?,
            "PayerSignature",
            "",
        ),
        case("fully-valid", signed(&valid)?, "", "PayloadValid"),
        case("retention-2", signed(&payer(1, 2)?)?, "", "PayloadValid"),
        case(
            "retention-365",
            signed(&payer(1, 365)?)?,
            "",
            "PayloadValid",
        ),
        case(
            "retention-forever",
            signed(&payer(1, u32::MAX)?)?,
            "",
            "PayloadValid",
        ),
        case(
            "payer-signature-v-27-28",
            signed(&with_payer_signature({
                let mut s = valid_signature.clone();
                if let Some(v) = s.last_mut() {
                    *v += 27;
                }
                s
            })?)?,
            "",
            "PayloadValid",
        ),
    ];

    // A payer signature over another target still recovers (to some address): the contract
    // does not know payers' keys, so the payload counts as valid.
    let other_target_signature = sign_digest(
        &k.payer,
        &super::envelope::payer_digest(2, &valid.unsigned_client_envelope),
    )?;
    cases.push(case(
        "payer-signature-over-other-target-still-recovers",
        signed(&with_payer_signature(other_target_signature.to_vec())?)?,
        "",
        "PayloadValid",
    ));

    let a = signed(&payer(2, 30)?)?;
    cases.push(case(
        "old-key-target-other-node",
        Builder::sign(&envelope_with(1, payer(2, 30)?.encode()), &k.node1_old)?,
        "TargetOriginator",
        "",
    ));
    cases.push(case(
        "node-signature-v-27-28",
        legacy_v(&a),
        "TargetOriginator",
        "",
    ));
    cases.push(InvalidPayloadCase {
        name: "node-2-target-node-1",
        node_id: 2,
        envelope: Builder::sign(&envelope_with(2, payer(1, 30)?.encode()), &k.node2)?,
        expected_violation: "TargetOriginator",
        expected_error: "",
    });

    // Refusals before the payload is looked at.
    cases.push(case(
        "other-originator",
        Builder::sign(&envelope_with(2, payer(2, 30)?.encode()), &k.node1)?,
        "",
        "OriginatorMismatch",
    ));
    cases.push(case(
        "signed-by-non-node-key",
        Builder::sign(&envelope_with(1, payer(2, 30)?.encode()), &k.payer)?,
        "",
        "NotNodeSigner",
    ));
    cases.push(case(
        "signed-by-another-nodes-key",
        Builder::sign(&envelope_with(1, payer(2, 30)?.encode()), &k.node2)?,
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
        "node-signature-high-s",
        high_s(&a),
        "",
        "InvalidSignature",
    ));
    let truncated = a.unsigned.slice(..a.unsigned.len() - 1);
    cases.push(case(
        "envelope-truncated",
        Builder::sign_bytes(truncated, &k.node1)?,
        "",
        "Truncated",
    ));

    // The payer envelope must parse.
    let mut target_as_bytes = Writer::new();
    target_as_bytes
        .bytes(1, &Builder::client_envelope("payload", 24))
        .bytes(3, &[1]);
    cases.push(case(
        "payer-envelope-target-length-delimited",
        Builder::sign(&envelope_with(1, target_as_bytes.finish()), &k.node1)?,
        "",
        "WrongWireType",
    ));
    let mut retention_overflow = Writer::new();
    retention_overflow.varint(3, 1).varint(4, 1 << 32);
    cases.push(case(
        "payer-envelope-retention-above-uint32",
        Builder::sign(&envelope_with(1, retention_overflow.finish()), &k.node1)?,
        "",
        "ValueOutOfRange",
    ));
    let valid_bytes = valid.encode();
    cases.push(case(
        "payer-envelope-truncated",
        Builder::sign(
            &envelope_with(1, valid_bytes.slice(..valid_bytes.len() - 1)),
            &k.node1,
        )?,
        "",
        "Truncated",
    ));
    let mut signature_as_varint = Writer::new();
    signature_as_varint.varint(1, 1);
    let mut signature_message_malformed = Writer::new();
    signature_message_malformed
        .bytes(2, signature_as_varint.as_slice())
        .varint(3, 1)
        .varint(4, 30);
    cases.push(case(
        "payer-signature-message-field-1-varint",
        Builder::sign(
            &envelope_with(1, signature_message_malformed.finish()),
            &k.node1,
        )?,
        "",
        "WrongWireType",
    ));
    Ok(cases)
}

/// Malformed `UnsignedOriginatorEnvelope` bytes and the error each must raise.
fn malformed_cases() -> Vec<(&'static str, Vec<u8>, &'static str)> {
    let mut eleven = vec![0x10];
    eleven.extend([0x80; 10]);
    eleven.push(0x00);
    let mut tenth_over_one = vec![0x10];
    tenth_over_one.extend([0xff; 9]);
    tenth_over_one.push(0x02);
    let mut key_eleven = vec![0x80; 10];
    key_eleven.push(0x00);
    let mut huge_length = vec![0x22];
    huge_length.extend([0xff; 9]);
    huge_length.push(0x01);
    vec![
        (
            "truncated-varint-value",
            hex!("0801 1080").to_vec(),
            "Truncated",
        ),
        ("truncated-key", hex!("0801 80").to_vec(), "Truncated"),
        ("key-without-value", hex!("0801 10").to_vec(), "Truncated"),
        ("varint-11-bytes", eleven, "VarintTooLong"),
        ("varint-10th-byte-above-1", tenth_over_one, "VarintTooLong"),
        ("key-varint-11-bytes", key_eleven, "VarintTooLong"),
        (
            "length-past-end",
            hex!("0801 2205 010203").to_vec(),
            "Truncated",
        ),
        (
            "length-without-bytes",
            hex!("0801 22").to_vec(),
            "Truncated",
        ),
        ("length-2^64-1", huge_length, "Truncated"),
        (
            "fixed64-truncated",
            hex!("0801 49 01020304050607").to_vec(),
            "Truncated",
        ),
        (
            "fixed32-truncated",
            hex!("0801 4d 010203").to_vec(),
            "Truncated",
        ),
        (
            "wire-type-3",
            hex!("0801 4b 00").to_vec(),
            "UnsupportedWireType",
        ),
        (
            "wire-type-4",
            hex!("0801 4c 00").to_vec(),
            "UnsupportedWireType",
        ),
        (
            "wire-type-6",
            hex!("0801 4e 00").to_vec(),
            "UnsupportedWireType",
        ),
        (
            "wire-type-7",
            hex!("0801 4f 00").to_vec(),
            "UnsupportedWireType",
        ),
        (
            "field-number-0",
            hex!("0801 0001").to_vec(),
            "InvalidFieldNumber",
        ),
        (
            "field-number-0-length-delimited",
            hex!("0200").to_vec(),
            "InvalidFieldNumber",
        ),
        (
            "field-number-0-two-byte-key",
            hex!("8000 01").to_vec(),
            "InvalidFieldNumber",
        ),
        (
            "uint32-overflow-field-1",
            hex!("0880808080 10").to_vec(),
            "ValueOutOfRange",
        ),
        (
            "uint64-max-field-1",
            hex!("08ffffffffffffffffff01").to_vec(),
            "ValueOutOfRange",
        ),
        (
            "field-1-length-delimited",
            hex!("0a0101").to_vec(),
            "WrongWireType",
        ),
        (
            "field-2-fixed64",
            hex!("11 0102030405060708").to_vec(),
            "WrongWireType",
        ),
        (
            "field-3-fixed32",
            hex!("1d 01020304").to_vec(),
            "WrongWireType",
        ),
        (
            "field-4-varint",
            hex!("0801 2001").to_vec(),
            "WrongWireType",
        ),
        (
            "error-after-valid-fields",
            hex!("0801 1007 2200 00").to_vec(),
            "InvalidFieldNumber",
        ),
    ]
}

/// Builds every vector from the fixed keys.
pub fn generate() -> Result<Vectors, VectorsError> {
    let builder = Builder { keys: Keys::new()? };
    let keys = &builder.keys;
    let is_signer = |node_id, signer| keys.is_signer(node_id, signer);

    let signers = keys
        .signers()
        .into_iter()
        .map(|(name, node_id, key)| SignerVector {
            name: name.to_owned(),
            node_id,
            address: key.address(),
            public_key: signing_public_key(key),
            private_key: key.to_bytes(),
        })
        .collect();
    let payers = vec![PayerVector {
        name: "payer-key".to_owned(),
        address: keys.payer.address(),
        private_key: keys.payer.to_bytes(),
    }];

    let equivocations: Vec<EquivocationVector> = equivocation_cases(&builder)?
        .into_iter()
        .map(|case| {
            let (a, b) = (&case.a, &case.b);
            let outcome = verify_equivocation(
                case.node_id,
                &a.unsigned,
                &a.signature,
                &b.unsigned,
                &b.signature,
                is_signer,
            );
            EquivocationVector {
                name: case.name.to_owned(),
                node_id: case.node_id,
                sequence_id: sequence_id(&a.unsigned),
                error: case.expected.to_owned(),
                error_args: error_args(&outcome),
                signer_a: signer_of(&a.unsigned, &a.signature),
                signer_b: signer_of(&b.unsigned, &b.signature),
                report_id: outcome.map(|r| r.report_id).unwrap_or_default(),
                calldata: calldata::report_equivocation(
                    case.node_id,
                    &a.unsigned,
                    &a.signature,
                    &b.unsigned,
                    &b.signature,
                ),
                unsigned_a: a.unsigned.clone(),
                signature_a: a.signature.clone(),
                unsigned_b: b.unsigned.clone(),
                signature_b: b.signature.clone(),
            }
        })
        .collect();

    let invalid_payloads: Vec<InvalidPayloadVector> = invalid_payload_cases(&builder)?
        .into_iter()
        .map(|case| {
            let e = &case.envelope;
            let outcome =
                verify_invalid_payload(case.node_id, &e.unsigned, &e.signature, is_signer);
            InvalidPayloadVector {
                name: case.name.to_owned(),
                node_id: case.node_id,
                sequence_id: sequence_id(&e.unsigned),
                violation: case.expected_violation.to_owned(),
                error: case.expected_error.to_owned(),
                error_args: error_args(&outcome),
                signer: signer_of(&e.unsigned, &e.signature),
                calldata: calldata::report_invalid_payload(case.node_id, &e.unsigned, &e.signature),
                unsigned: e.unsigned.clone(),
                signature: e.signature.clone(),
            }
        })
        .collect();

    let malformed: Vec<MalformedVector> = malformed_cases()
        .into_iter()
        .map(|(name, bytes, error)| MalformedVector {
            name: name.to_owned(),
            error_args: error_args(
                &UnsignedOriginatorEnvelope::decode(&bytes).map_err(EvidenceError::from),
            ),
            bytes: bytes.into(),
            error: error.to_owned(),
        })
        .collect();

    let counts = Counts {
        equivocations: equivocations.len(),
        invalid_payloads: invalid_payloads.len(),
        malformed: malformed.len(),
    };
    Ok(Vectors {
        signers,
        payers,
        equivocations,
        invalid_payloads,
        malformed,
        counts,
    })
}

/// The envelope's sequence id, 0 when it does not parse.
fn sequence_id(unsigned: &[u8]) -> u64 {
    UnsignedOriginatorEnvelope::decode(unsigned)
        .map(|e| e.originator_sequence_id)
        .unwrap_or_default()
}

/// Who signed, zero when the signature does not recover.
fn signer_of(unsigned: &[u8], signature: &[u8]) -> Address {
    super::recover_signer(&super::originator_digest(unsigned), signature).unwrap_or_default()
}

/// The ABI-encoded arguments of the error, `0x` when accepted.
fn error_args<T>(outcome: &Result<T, EvidenceError>) -> Bytes {
    outcome
        .as_ref()
        .err()
        .map(EvidenceError::abi_arguments)
        .unwrap_or_default()
}

/// Names that appear twice in one list (the vectors' names must be unique).
pub fn duplicate_names(vectors: &Vectors) -> Vec<String> {
    let mut seen = HashSet::new();
    let names = vectors
        .equivocations
        .iter()
        .map(|v| format!("equivocations/{}", v.name))
        .chain(
            vectors
                .invalid_payloads
                .iter()
                .map(|v| format!("invalidPayloads/{}", v.name)),
        )
        .chain(
            vectors
                .malformed
                .iter()
                .map(|v| format!("malformed/{}", v.name)),
        );
    names.filter(|name| !seen.insert(name.clone())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::calldata::{reportEquivocationCall, reportInvalidPayloadCall};
    use alloy::sol_types::SolCall;
    use std::{path::PathBuf, sync::OnceLock};

    /// Generated once per test binary: signing is slow in debug builds.
    fn generated() -> &'static Vectors {
        static VECTORS: OnceLock<Vectors> = OnceLock::new();
        VECTORS.get_or_init(|| generate().unwrap())
    }

    fn vectors_file() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(VECTORS_PATH)
    }

    /// Fails when `test/vectors/evidence.json` is stale; `UPDATE_VECTORS=1` rewrites it.
    #[test]
    fn evidence_vectors_are_up_to_date() {
        let json = generated().to_json().unwrap();
        let path = vectors_file();
        if std::env::var_os("UPDATE_VECTORS").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &json).unwrap();
            return;
        }
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            on_disk == json,
            "{} is stale: run `UPDATE_VECTORS=1 cargo test -p xmtp-control evidence_vectors` and commit it",
            path.display()
        );
        let parsed: Vectors = serde_json::from_str(&on_disk).unwrap();
        assert_eq!(&parsed, generated());
    }

    #[test]
    fn evidence_vectors_are_deterministic() {
        assert_eq!(&generate().unwrap(), generated());
    }

    #[test]
    fn evidence_vectors_equivocations_reach_their_stated_outcome() {
        let vectors = generated();
        let is_signer = |node, signer| vectors.is_signer(node, signer);
        for v in &vectors.equivocations {
            let outcome = verify_equivocation(
                v.node_id,
                &v.unsigned_a,
                &v.signature_a,
                &v.unsigned_b,
                &v.signature_b,
                is_signer,
            );
            match &outcome {
                Ok(report) => {
                    assert_eq!(v.error, "", "{}", v.name);
                    assert_eq!(report.report_id, v.report_id, "{}", v.name);
                    assert_eq!(report.sequence_id, v.sequence_id, "{}", v.name);
                    assert_eq!((report.signer_a, report.signer_b), (v.signer_a, v.signer_b));
                    assert_ne!(v.report_id, B256::ZERO);
                }
                Err(error) => {
                    assert_eq!(error.name(), v.error, "{}", v.name);
                    assert_eq!(error.abi_arguments(), v.error_args, "{}", v.name);
                    assert_eq!(v.report_id, B256::ZERO, "{}", v.name);
                }
            }
            let call = reportEquivocationCall::abi_decode(&v.calldata).unwrap();
            assert_eq!(call.nodeId, v.node_id);
            assert_eq!(call.unsignedEnvelopeA, v.unsigned_a);
            assert_eq!(call.signatureA, v.signature_a);
            assert_eq!(call.unsignedEnvelopeB, v.unsigned_b);
            assert_eq!(call.signatureB, v.signature_b);
        }
    }

    #[test]
    fn evidence_vectors_invalid_payloads_reach_their_stated_outcome() {
        let vectors = generated();
        let is_signer = |node, signer| vectors.is_signer(node, signer);
        for v in &vectors.invalid_payloads {
            match verify_invalid_payload(v.node_id, &v.unsigned, &v.signature, is_signer) {
                Ok(report) => {
                    assert_eq!(v.error, "", "{}", v.name);
                    assert_eq!(report.violation.name(), v.violation, "{}", v.name);
                    assert_eq!(report.sequence_id, v.sequence_id, "{}", v.name);
                    assert_eq!(report.signer, v.signer, "{}", v.name);
                }
                Err(error) => {
                    assert_eq!(error.name(), v.error, "{}", v.name);
                    assert_eq!(v.violation, "", "{}", v.name);
                    assert_eq!(error.abi_arguments(), v.error_args, "{}", v.name);
                }
            }
            let call = reportInvalidPayloadCall::abi_decode(&v.calldata).unwrap();
            assert_eq!(
                (call.nodeId, &call.unsignedEnvelope, &call.signature),
                (v.node_id, &v.unsigned, &v.signature)
            );
        }
    }

    #[test]
    fn evidence_vectors_malformed_bytes_fail_as_stated() {
        let vectors = generated();
        for v in &vectors.malformed {
            let error = UnsignedOriginatorEnvelope::decode(&v.bytes).unwrap_err();
            assert_eq!(error.name(), v.error, "{}", v.name);
            assert_eq!(EvidenceError::from(error).abi_arguments(), v.error_args);
        }
    }

    #[test]
    fn evidence_vectors_cover_the_required_cases() {
        let vectors = generated();
        assert_eq!(duplicate_names(vectors), Vec::<String>::new());
        assert_eq!(vectors.counts.equivocations, vectors.equivocations.len());
        assert_eq!(
            vectors.counts.invalid_payloads,
            vectors.invalid_payloads.len()
        );
        assert_eq!(vectors.counts.malformed, vectors.malformed.len());

        fn errors(list: Vec<&str>) -> HashSet<&str> {
            list.into_iter().collect()
        }
        let equivocation_errors = errors(
            vectors
                .equivocations
                .iter()
                .map(|v| v.error.as_str())
                .collect(),
        );
        for name in [
            "",
            "NotEquivocation",
            "SequenceIdMismatch",
            "OriginatorMismatch",
            "NotNodeSigner",
            "InvalidSignatureLength",
            "InvalidSignature",
            "Truncated",
            "WrongWireType",
        ] {
            assert!(
                equivocation_errors.contains(name),
                "no equivocation case fails with {name:?}"
            );
        }
        let violations = errors(
            vectors
                .invalid_payloads
                .iter()
                .map(|v| v.violation.as_str())
                .collect(),
        );
        for name in ["", "TargetOriginator", "Retention", "PayerSignature"] {
            assert!(
                violations.contains(name),
                "no invalid payload with violation {name:?}"
            );
        }
        let malformed = errors(vectors.malformed.iter().map(|v| v.error.as_str()).collect());
        for name in [
            "Truncated",
            "VarintTooLong",
            "UnsupportedWireType",
            "ValueOutOfRange",
            "WrongWireType",
            "InvalidFieldNumber",
        ] {
            assert!(
                malformed.contains(name),
                "no malformed case fails with {name}"
            );
        }

        let gas = vectors
            .equivocations
            .iter()
            .find(|v| v.name == "gas-300-bytes")
            .unwrap();
        assert_eq!((gas.unsigned_a.len(), gas.unsigned_b.len()), (300, 300));
        assert_eq!(gas.error, "");
    }

    #[test]
    fn evidence_vectors_signers_are_the_named_keys() {
        let vectors = generated();
        assert_eq!(
            vectors
                .signers
                .iter()
                .map(|s| (s.name.as_str(), s.node_id))
                .collect::<Vec<_>>(),
            [("node-1-old-key", 1), ("node-1-key", 1), ("node-2-key", 2)]
        );
        for signer in &vectors.signers {
            assert_eq!(signer.private_key, keccak256(&signer.name));
            assert_eq!(signer.public_key.len(), 65);
            assert_eq!(signer.public_key[0], 0x04);
            assert_eq!(
                Address::from_slice(&keccak256(&signer.public_key[1..])[12..]),
                signer.address
            );
        }
        assert_eq!(vectors.payers[0].private_key, keccak256("payer-key"));
        // Node signatures in the vectors are written as the node software writes them.
        let a = &vectors.equivocations[0];
        assert!(a.signature_a[64] <= 1 && a.signature_b[64] <= 1);
    }

    /// Every prefix of every envelope in the vectors fails cleanly: valid, or `Truncated`.
    #[test]
    fn evidence_vectors_truncated_at_every_offset_fail_cleanly() {
        let vectors = generated();
        let envelopes = vectors
            .equivocations
            .iter()
            .flat_map(|v| [&v.unsigned_a, &v.unsigned_b])
            .chain(vectors.invalid_payloads.iter().map(|v| &v.unsigned));
        for bytes in envelopes {
            if UnsignedOriginatorEnvelope::decode(bytes).is_err() {
                continue;
            }
            for end in 0..bytes.len() {
                match UnsignedOriginatorEnvelope::decode(&bytes[..end]) {
                    Ok(_) | Err(crate::evidence::ProtobufError::Truncated) => {}
                    Err(other) => panic!("{bytes} cut at {end}: {other:?}"),
                }
            }
        }
    }
}
