//! Test vectors shared with the contract's tests: `test/vectors/evidence.json`.
//!
//! [`generate`] builds them from fixed keys (`keccak256("node-100-key")` and so on), so the file is
//! the same on every machine; each case states the outcome the rules call for, and this crate's
//! tests check that [`verify`](super::verify) reaches it. A test fails when the checked-in file
//! differs from what [`generate`] produces; regenerate it with
//!
//! ```sh
//! UPDATE_VECTORS=1 cargo test -p xmtp-devkit evidence_vectors
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
//! one, which is then `retired`; `owner` is Foundry's `makeAddr(ownerName)`, the account the key
//! answers to, so node 300's NFT moves to a new owner when its second key arrives;
//! `lastCoveredSequenceId` is `Payers.lastReportedSequenceId(nodeId)` when a retired key was
//! rotated out, 0 for current keys); `payers` the keys that sign payer envelopes, which belong to
//! no node.
//!
//! The cases live in [`keys`] (fixed keys and builders), [`equivocations`], [`payloads`] and
//! [`malformed`].

mod equivocations;
mod keys;
mod malformed;
mod payloads;

use std::collections::HashSet;

use alloy::primitives::{Address, Bytes, B256};
use serde::{Deserialize, Serialize};

use crate::nodes::signing_public_key;
use keys::Keys;
use xmtp_control::evidence::{
    calldata,
    envelope::{SignedOriginatorEnvelope, UnsignedOriginatorEnvelope},
    verify::{verify_equivocation, verify_invalid_payload, EvidenceError, SignerRecord},
};

/// Where the vectors live, relative to the repository root.
pub const VECTORS_PATH: &str = "test/vectors/evidence.json";

/// The sequence id of most equivocation cases.
const SEQUENCE_ID: u64 = 7;
/// The sequence id of most invalid-payload cases.
const PAYLOAD_SEQUENCE_ID: u64 = 9;
/// A plausible `originator_ns`.
const NS: i64 = 1_700_000_000_000_000_000;

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
    /// The name whose `makeAddr` is the owner the key answers to.
    pub owner_name: String,
    /// `makeAddr(ownerName)`.
    pub owner: Address,
    /// Whether the node's next key in the list rotated this one out.
    pub retired: bool,
    /// For a retired key, the last sequence id its evidence covers; 0 for a current key.
    pub last_covered_sequence_id: u64,
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

    /// What `Nodes.signerRecord(signer)` answers once a fixture registered
    /// [`Vectors::signers`] (`u64::MAX` covered for a current key).
    pub fn signer_record(&self, signer: Address) -> SignerRecord {
        self.signers
            .iter()
            .find(|s| s.address == signer)
            .map(|s| SignerRecord {
                node_id: s.node_id,
                owner: s.owner,
                last_covered_sequence_id: if s.retired {
                    s.last_covered_sequence_id
                } else {
                    u64::MAX
                },
            })
            .unwrap_or_default()
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

/// Builds every vector from the fixed keys.
pub fn generate() -> Result<Vectors, VectorsError> {
    let keys = Keys::new()?;
    let records = |signer| keys.signer_record(signer);

    let signers = keys
        .nodes
        .iter()
        .map(|node| {
            Ok(SignerVector {
                name: node.name.to_owned(),
                node_id: node.node_id,
                address: node.key.address(),
                public_key: signing_public_key(&node.key),
                private_key: node.key.to_bytes(),
                owner_name: node.owner_name.to_owned(),
                owner: node.owner()?,
                retired: node.retired,
                last_covered_sequence_id: node.last_covered_sequence_id(),
            })
        })
        .collect::<Result<_, VectorsError>>()?;
    let payers = vec![PayerVector {
        name: "payer-key".to_owned(),
        address: keys.payer.address(),
        private_key: keys.payer.to_bytes(),
    }];

    let equivocations: Vec<EquivocationVector> = equivocations::cases(&keys)?
        .into_iter()
        .map(|case| {
            let (a, b) = (&case.a, &case.b);
            let outcome = verify_equivocation(
                case.node_id,
                &a.unsigned,
                &a.signature,
                &b.unsigned,
                &b.signature,
                records,
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

    let invalid_payloads: Vec<InvalidPayloadVector> = payloads::cases(&keys)?
        .into_iter()
        .map(|case| {
            let e = &case.envelope;
            let outcome = verify_invalid_payload(case.node_id, &e.unsigned, &e.signature, records);
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

    let malformed: Vec<MalformedVector> = malformed::cases()
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
    xmtp_control::evidence::recover_signer(
        &xmtp_control::evidence::originator_digest(unsigned),
        signature,
    )
    .unwrap_or_default()
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
    use alloy::{primitives::keccak256, signers::local::PrivateKeySigner, sol_types::SolCall};
    use std::{path::PathBuf, sync::OnceLock};

    /// Generated once per test binary: signing is slow in debug builds.
    fn generated() -> &'static Vectors {
        static VECTORS: OnceLock<Vectors> = OnceLock::new();
        VECTORS.get_or_init(|| generate().unwrap())
    }

    fn vectors_file() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
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
            "{} is stale: run `UPDATE_VECTORS=1 cargo test -p xmtp-devkit evidence_vectors` and commit it",
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
        let records = |signer| vectors.signer_record(signer);
        for v in &vectors.equivocations {
            let outcome = verify_equivocation(
                v.node_id,
                &v.unsigned_a,
                &v.signature_a,
                &v.unsigned_b,
                &v.signature_b,
                records,
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
        let records = |signer| vectors.signer_record(signer);
        for v in &vectors.invalid_payloads {
            match verify_invalid_payload(v.node_id, &v.unsigned, &v.signature, records) {
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
            "SignedAfterRetirement",
            "SignersOfDifferentOwners",
            "InvalidSignatureLength",
            "InvalidSignature",
            "Truncated",
            "UnexpectedEndGroup",
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
        let payload_errors = errors(
            vectors
                .invalid_payloads
                .iter()
                .map(|v| v.error.as_str())
                .collect(),
        );
        for name in [
            "PayloadValid",
            "PayerSignatureUnverifiable",
            "SignedAfterRetirement",
            "UnexpectedEndGroup",
            "UnsupportedWireType",
            "InvalidFieldNumber",
        ] {
            assert!(
                payload_errors.contains(name),
                "no invalid payload fails with {name:?}"
            );
        }
        let malformed = errors(vectors.malformed.iter().map(|v| v.error.as_str()).collect());
        for name in [
            "Truncated",
            "VarintTooLong",
            "UnsupportedWireType",
            "InvalidFieldNumber",
            "UnexpectedEndGroup",
            "GroupTooDeep",
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
            [
                ("node-100-old-key", 100),
                ("node-100-key", 100),
                ("node-200-key", 200),
                ("node-300-previous-owner-key", 300),
                ("node-300-key", 300)
            ]
        );
        // Only a node's last key is current.
        for (i, signer) in vectors.signers.iter().enumerate() {
            let later = vectors.signers[i + 1..]
                .iter()
                .any(|s| s.node_id == signer.node_id);
            assert_eq!(signer.retired, later, "{}", signer.name);
            assert_eq!(
                signer.owner,
                PrivateKeySigner::from_bytes(&keccak256(&signer.owner_name))
                    .unwrap()
                    .address()
            );
        }
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
            // The 10,001-deep groups case would cost 20,000 parses of 20,000 bytes; the group
            // tests in `protobuf` cover its prefixes.
            if bytes.len() > 2_000 || UnsignedOriginatorEnvelope::decode(bytes).is_err() {
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
