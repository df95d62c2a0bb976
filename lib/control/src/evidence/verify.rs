//! The two misbehavior rules, checked exactly as `reportEquivocation` and `reportInvalidPayload`
//! check them, in the same order, failing with the same error names.
//!
//! What the chain knows about a signer (`Nodes.signerRecord`: its node, the owner it answers to,
//! whether and up to which sequence id it was retired) is passed in as a [`SignerRecords`];
//! everything else is pure.

use alloy::primitives::{keccak256, Address, Bytes, B256};

use super::{
    envelope::{
        originator_digest, PayerEnvelope, UnsignedOriginatorEnvelope, MAX_RETENTION_DAYS,
        MIN_RETENTION_DAYS, RETENTION_FOREVER,
    },
    protobuf::ProtobufError,
    signature::{judge, recover_signer, SignatureError, Verdict},
};

/// What `Nodes.signerRecord(signer)` returns: the chain's record of a key a node ever had.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SignerRecord {
    /// The node the key belongs to; 0 when it was never a signer.
    pub node_id: u32,
    /// The node's owner when the key was claimed: the account its faults slash.
    pub owner: Address,
    /// `u64::MAX` while the key is the node's signer; once retired, the last sequence id usage
    /// reports had covered when it was rotated out.
    pub last_covered_sequence_id: u64,
}

impl SignerRecord {
    /// The record of a key that is `node_id`'s signer now: every sequence id counts.
    pub fn current(node_id: u32, owner: Address) -> Self {
        Self {
            node_id,
            owner,
            last_covered_sequence_id: u64::MAX,
        }
    }

    /// Whether evidence this key signed at `sequence_id` counts: a current key always, a retired
    /// one only for what was covered before its retirement (later ids may be forgeries with a
    /// leaked key).
    pub fn covers(&self, sequence_id: u64) -> bool {
        sequence_id <= self.last_covered_sequence_id
    }
}

impl From<xmtp_bindings::nodes::INodes::SignerRecord> for SignerRecord {
    /// What `Nodes.signerRecord(signer)` returned.
    fn from(record: xmtp_bindings::nodes::INodes::SignerRecord) -> Self {
        Self {
            node_id: record.nodeId,
            owner: record.owner,
            last_covered_sequence_id: record.lastCoveredSequenceId,
        }
    }
}

/// The chain's signer records, as the verifier consults them.
pub trait SignerRecords {
    /// `Nodes.signerRecord(signer)`: the default record for an address that never signed.
    fn signer_record(&self, signer: Address) -> SignerRecord;
}

impl<F: Fn(Address) -> SignerRecord> SignerRecords for F {
    fn signer_record(&self, signer: Address) -> SignerRecord {
        self(signer)
    }
}

/// Why the contract refuses a report. Variant names are the contract's error names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum EvidenceError {
    /// An envelope (or the payer envelope inside it) is not valid protobuf.
    #[error("malformed envelope: {0}")]
    Protobuf(#[from] ProtobufError),
    /// A node signature is not 65 bytes.
    #[error("node signature is {0} bytes, not 65")]
    InvalidSignatureLength(usize),
    /// A node signature does not recover (bad `v`, `r` or `s`, high `s` included).
    #[error("node signature does not recover to a signer")]
    InvalidSignature,
    /// The recovered signer was never a signer of the node.
    #[error("{signer} was never a signer of node {node_id}")]
    NotNodeSigner {
        /// The reported node.
        node_id: u32,
        /// Who signed.
        signer: Address,
    },
    /// A retired key signed a sequence id usage reports had not covered when it was retired.
    #[error(
        "retired key {signer} of node {node_id} signed sequence id {sequence_id}, after the \
         {last_covered_sequence_id} covered at its retirement"
    )]
    SignedAfterRetirement {
        /// The reported node.
        node_id: u32,
        /// The retired key.
        signer: Address,
        /// The sequence id it signed.
        sequence_id: u64,
        /// The last sequence id covered when it was retired.
        last_covered_sequence_id: u64,
    },
    /// The two envelopes were signed by keys that answer to different owners.
    #[error("the signers answer to different owners, {owner_a} and {owner_b}")]
    SignersOfDifferentOwners {
        /// The owner envelope A's key answers to.
        owner_a: Address,
        /// The owner envelope B's key answers to.
        owner_b: Address,
    },
    /// The payer signature has recovery id 2 or 3: it may recover off chain but the precompile
    /// cannot check it, so the payload is evidence neither way.
    #[error("the payer signature cannot be checked on chain (recovery id 2 or 3)")]
    PayerSignatureUnverifiable,
    /// An envelope names another originator than the reported node.
    #[error("envelope originated by node {actual}, not node {node_id}")]
    OriginatorMismatch {
        /// The reported node.
        node_id: u32,
        /// The envelope's `originator_node_id`.
        actual: u32,
    },
    /// The two envelopes carry different sequence ids.
    #[error("sequence ids differ: {a} and {b}")]
    SequenceIdMismatch {
        /// Envelope A's sequence id.
        a: u64,
        /// Envelope B's sequence id.
        b: u64,
    },
    /// The envelopes agree in `originator_ns` and `payer_envelope_bytes` (at most an honest
    /// re-sign).
    #[error("the envelopes agree in timestamp and payload: not an equivocation")]
    NotEquivocation,
    /// The payer envelope breaks no rule.
    #[error("the payer envelope breaks no rule")]
    PayloadValid,
}

impl EvidenceError {
    /// The contract's name for this error (a protobuf error by its own name), as the test vectors
    /// spell it.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Protobuf(error) => error.name(),
            Self::InvalidSignatureLength(_) => "InvalidSignatureLength",
            Self::InvalidSignature => "InvalidSignature",
            Self::NotNodeSigner { .. } => "NotNodeSigner",
            Self::SignedAfterRetirement { .. } => "SignedAfterRetirement",
            Self::SignersOfDifferentOwners { .. } => "SignersOfDifferentOwners",
            Self::PayerSignatureUnverifiable => "PayerSignatureUnverifiable",
            Self::OriginatorMismatch { .. } => "OriginatorMismatch",
            Self::SequenceIdMismatch { .. } => "SequenceIdMismatch",
            Self::NotEquivocation => "NotEquivocation",
            Self::PayloadValid => "PayloadValid",
        }
    }

    /// The error's arguments, ABI-encoded as the contract's revert data carries them after the
    /// selector (one 32-byte word each; the same whatever integer width the contract declares).
    pub fn abi_arguments(&self) -> Bytes {
        let words: Vec<B256> = match self {
            Self::Protobuf(error) => error.arguments().into_iter().map(word).collect(),
            Self::InvalidSignatureLength(len) => vec![word(*len as u64)],
            Self::NotNodeSigner { node_id, signer } => {
                vec![word((*node_id).into()), signer.into_word()]
            }
            Self::SignedAfterRetirement {
                node_id,
                signer,
                sequence_id,
                last_covered_sequence_id,
            } => vec![
                word((*node_id).into()),
                signer.into_word(),
                word(*sequence_id),
                word(*last_covered_sequence_id),
            ],
            Self::SignersOfDifferentOwners { owner_a, owner_b } => {
                vec![owner_a.into_word(), owner_b.into_word()]
            }
            Self::OriginatorMismatch { node_id, actual } => {
                vec![word((*node_id).into()), word((*actual).into())]
            }
            Self::SequenceIdMismatch { a, b } => vec![word(*a), word(*b)],
            Self::InvalidSignature
            | Self::NotEquivocation
            | Self::PayloadValid
            | Self::PayerSignatureUnverifiable => Vec::new(),
        };
        words.concat().into()
    }
}

/// `value` as one ABI word.
fn word(value: u64) -> B256 {
    B256::left_padding_from(&value.to_be_bytes())
}

impl From<SignatureError> for EvidenceError {
    fn from(error: SignatureError) -> Self {
        match error {
            SignatureError::InvalidLength(len) => Self::InvalidSignatureLength(len),
            SignatureError::Invalid => Self::InvalidSignature,
        }
    }
}

/// The rule a payer envelope breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Violation {
    /// It is addressed to another node than the one that originated it.
    TargetOriginator {
        /// The envelope's `target_originator`.
        target: u32,
    },
    /// Its retention is outside `[2, 365]` days and not "forever" (absent counts as 0).
    Retention {
        /// The envelope's `message_retention_days`.
        days: u32,
    },
    /// Its payer signature is missing, or invalid under xmtpd's rule.
    PayerSignature,
}

impl Violation {
    /// The violation's name, as the test vectors spell it.
    pub fn name(&self) -> &'static str {
        match self {
            Self::TargetOriginator { .. } => "TargetOriginator",
            Self::Retention { .. } => "Retention",
            Self::PayerSignature => "PayerSignature",
        }
    }
}

/// An accepted equivocation report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EquivocationReport {
    /// `keccak256(abi.encode(nodeId, sequenceId))`, what `reportEquivocation` returns.
    pub report_id: B256,
    /// The sequence id both envelopes claim.
    pub sequence_id: u64,
    /// Who signed envelope A.
    pub signer_a: Address,
    /// Who signed envelope B.
    pub signer_b: Address,
    /// The owner both keys answer to: whose stake the report slashes.
    pub owner: Address,
}

/// An accepted invalid-payload report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidPayloadReport {
    /// The envelope's sequence id.
    pub sequence_id: u64,
    /// Who signed the envelope.
    pub signer: Address,
    /// The owner the key answers to: whose stake the report slashes.
    pub owner: Address,
    /// The first rule the payer envelope breaks.
    pub violation: Violation,
}

/// The id of an equivocation report: `keccak256(abi.encode(uint32 nodeId, uint64 sequenceId))`.
pub fn equivocation_report_id(node_id: u32, sequence_id: u64) -> B256 {
    keccak256([word(node_id.into()), word(sequence_id)].concat())
}

/// The node signature's signer: 65 bytes that recover over `originator_digest(unsigned)`.
fn node_signer(unsigned: &[u8], signature: &[u8]) -> Result<Address, EvidenceError> {
    Ok(recover_signer(&originator_digest(unsigned), signature)?)
}

/// The owner `signer` answers to for what it signed at `sequence_id` as a key of `node_id`, as
/// the contract's `_accountableOwner`: a key of that node (never of node 0), and a retired key
/// only for sequence ids covered before its retirement.
fn accountable_owner(
    node_id: u32,
    signer: Address,
    sequence_id: u64,
    records: &impl SignerRecords,
) -> Result<Address, EvidenceError> {
    let record = records.signer_record(signer);
    if node_id == 0 || record.node_id != node_id {
        return Err(EvidenceError::NotNodeSigner { node_id, signer });
    }
    if !record.covers(sequence_id) {
        return Err(EvidenceError::SignedAfterRetirement {
            node_id,
            signer,
            sequence_id,
            last_covered_sequence_id: record.last_covered_sequence_id,
        });
    }
    Ok(record.owner)
}

fn check_originator(
    node_id: u32,
    envelope: &UnsignedOriginatorEnvelope,
) -> Result<(), EvidenceError> {
    if envelope.originator_node_id == node_id {
        Ok(())
    } else {
        Err(EvidenceError::OriginatorMismatch {
            node_id,
            actual: envelope.originator_node_id,
        })
    }
}

/// Checks an equivocation report as `reportEquivocation` does, in its order: both envelopes parse
/// (A first); both signatures are 65 bytes and recover (A first); A's signer is a key of
/// `node_id` that covers A's sequence id; so is B's when it is another key, and both answer to
/// the same owner; both envelopes name `node_id` (A first); they share a sequence id; and they
/// differ in `originator_ns` or `payer_envelope_bytes`.
pub fn verify_equivocation(
    node_id: u32,
    unsigned_a: &[u8],
    signature_a: &[u8],
    unsigned_b: &[u8],
    signature_b: &[u8],
    records: impl SignerRecords,
) -> Result<EquivocationReport, EvidenceError> {
    let a = UnsignedOriginatorEnvelope::decode(unsigned_a)?;
    let b = UnsignedOriginatorEnvelope::decode(unsigned_b)?;
    let signer_a = node_signer(unsigned_a, signature_a)?;
    let signer_b = node_signer(unsigned_b, signature_b)?;
    let owner = accountable_owner(node_id, signer_a, a.originator_sequence_id, &records)?;
    // One key is one owner; a second key must answer to the same one, or the report would let
    // one owner's key slash another's stake.
    if signer_b != signer_a {
        let owner_b = accountable_owner(node_id, signer_b, b.originator_sequence_id, &records)?;
        if owner_b != owner {
            return Err(EvidenceError::SignersOfDifferentOwners {
                owner_a: owner,
                owner_b,
            });
        }
    }
    check_originator(node_id, &a)?;
    check_originator(node_id, &b)?;
    if a.originator_sequence_id != b.originator_sequence_id {
        return Err(EvidenceError::SequenceIdMismatch {
            a: a.originator_sequence_id,
            b: b.originator_sequence_id,
        });
    }
    if a.originator_ns == b.originator_ns && a.payer_envelope_bytes == b.payer_envelope_bytes {
        return Err(EvidenceError::NotEquivocation);
    }
    Ok(EquivocationReport {
        report_id: equivocation_report_id(node_id, a.originator_sequence_id),
        sequence_id: a.originator_sequence_id,
        signer_a,
        signer_b,
        owner,
    })
}

/// Checks an invalid-payload report as `reportInvalidPayload` does, in its order: the envelope
/// parses, its signature is 65 bytes and recovers to a key of `node_id` that covers the
/// envelope's sequence id, it names `node_id`; its payer envelope parses; then the first rule it
/// breaks: target originator, retention, payer signature. A payer envelope that breaks none is
/// [`EvidenceError::PayloadValid`]; one whose payer signature cannot be checked on chain is
/// [`EvidenceError::PayerSignatureUnverifiable`].
pub fn verify_invalid_payload(
    node_id: u32,
    unsigned: &[u8],
    signature: &[u8],
    records: impl SignerRecords,
) -> Result<InvalidPayloadReport, EvidenceError> {
    let envelope = UnsignedOriginatorEnvelope::decode(unsigned)?;
    let signer = node_signer(unsigned, signature)?;
    let owner = accountable_owner(node_id, signer, envelope.originator_sequence_id, &records)?;
    check_originator(node_id, &envelope)?;
    let payer = PayerEnvelope::decode(&envelope.payer_envelope_bytes)?;
    let violation = payer_violation(node_id, &payer)?.ok_or(EvidenceError::PayloadValid)?;
    Ok(InvalidPayloadReport {
        sequence_id: envelope.originator_sequence_id,
        signer,
        owner,
        violation,
    })
}

/// The first rule `payer` breaks as an envelope originated by `node_id`, if any; an
/// unverifiable payer signature (checked last) makes the payload no evidence either way.
pub fn payer_violation(
    node_id: u32,
    payer: &PayerEnvelope,
) -> Result<Option<Violation>, EvidenceError> {
    if payer.target_originator != node_id {
        return Ok(Some(Violation::TargetOriginator {
            target: payer.target_originator,
        }));
    }
    let days = payer.message_retention_days;
    if days != RETENTION_FOREVER && !(MIN_RETENTION_DAYS..=MAX_RETENTION_DAYS).contains(&days) {
        return Ok(Some(Violation::Retention { days }));
    }
    let signature = payer.payer_signature.as_deref().map_or(&[][..], |s| &s[..]);
    match judge(&payer.digest(), signature) {
        Verdict::Valid(_) => Ok(None),
        Verdict::Invalid(_) => Ok(Some(Violation::PayerSignature)),
        Verdict::Unverifiable => Err(EvidenceError::PayerSignatureUnverifiable),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::{
        envelope::SignedOriginatorEnvelope,
        protobuf::Writer,
        signature::{malleate, sign_digest},
    };
    use alloy::{signers::local::PrivateKeySigner, sol_types::SolValue};

    const NODE: u32 = 100;

    fn key(seed: &str) -> PrivateKeySigner {
        PrivateKeySigner::from_bytes(&keccak256(seed)).unwrap()
    }

    fn owner(name: &str) -> Address {
        Address::from_word(keccak256(name))
    }

    /// Records for `node`'s current key, owned by "owner".
    fn current(node: &PrivateKeySigner) -> impl Fn(Address) -> SignerRecord + Copy {
        let address = node.address();
        move |signer| {
            if signer == address {
                SignerRecord::current(NODE, owner("owner"))
            } else {
                SignerRecord::default()
            }
        }
    }

    fn envelope(
        node_id: u32,
        sequence_id: u64,
        ns: i64,
        payer: &[u8],
    ) -> UnsignedOriginatorEnvelope {
        UnsignedOriginatorEnvelope {
            originator_node_id: node_id,
            originator_sequence_id: sequence_id,
            originator_ns: ns,
            payer_envelope_bytes: payer.to_vec().into(),
            other_fields: Default::default(),
        }
    }

    fn signed(
        envelope: &UnsignedOriginatorEnvelope,
        key: &PrivateKeySigner,
    ) -> SignedOriginatorEnvelope {
        SignedOriginatorEnvelope::sign(envelope, key).unwrap()
    }

    #[test]
    fn report_id_is_the_abi_encoding_of_node_and_sequence() {
        assert_eq!(
            equivocation_report_id(3, 1 << 40),
            keccak256((3u32, 1u64 << 40).abi_encode_params())
        );
    }

    #[test]
    fn error_arguments_are_abi_words() {
        let signer = Address::repeat_byte(0xaa);
        assert_eq!(
            EvidenceError::NotNodeSigner { node_id: 1, signer }.abi_arguments(),
            Bytes::from((1u32, signer).abi_encode_params())
        );
        assert_eq!(
            EvidenceError::SequenceIdMismatch { a: 7, b: 8 }.abi_arguments(),
            Bytes::from((7u64, 8u64).abi_encode_params())
        );
        assert_eq!(
            EvidenceError::SignedAfterRetirement {
                node_id: 100,
                signer,
                sequence_id: 7,
                last_covered_sequence_id: 3
            }
            .abi_arguments(),
            Bytes::from((100u32, signer, 7u64, 3u64).abi_encode_params())
        );
        assert_eq!(
            EvidenceError::SignersOfDifferentOwners {
                owner_a: signer,
                owner_b: Address::ZERO
            }
            .abi_arguments(),
            Bytes::from((signer, Address::ZERO).abi_encode_params())
        );
        assert_eq!(
            EvidenceError::from(ProtobufError::UnexpectedEndGroup(4)).abi_arguments(),
            Bytes::from(4u64.abi_encode())
        );
        assert_eq!(EvidenceError::NotEquivocation.abi_arguments(), Bytes::new());
        assert_eq!(
            EvidenceError::PayerSignatureUnverifiable.abi_arguments(),
            Bytes::new()
        );
        assert_eq!(
            EvidenceError::from(ProtobufError::Truncated).name(),
            "Truncated"
        );
    }

    #[test]
    fn equivocation_accepts_a_conflict_and_refuses_a_resign() {
        let node = key("node");
        let a = signed(&envelope(NODE, 11, 100, b"p"), &node);
        let b = signed(&envelope(NODE, 11, 101, b"p"), &node);
        let report = verify_equivocation(
            NODE,
            &a.unsigned,
            &a.signature,
            &b.unsigned,
            &b.signature,
            current(&node),
        )
        .unwrap();
        assert_eq!(report.report_id, equivocation_report_id(NODE, 11));
        assert_eq!(
            (report.signer_a, report.signer_b, report.owner),
            (node.address(), node.address(), owner("owner"))
        );

        let mut resign = envelope(NODE, 11, 100, b"p");
        resign.other_fields = Writer::new().varint(5, 9).finish();
        let resign = signed(&resign, &node);
        assert_eq!(
            verify_equivocation(
                NODE,
                &a.unsigned,
                &a.signature,
                &resign.unsigned,
                &resign.signature,
                current(&node)
            ),
            Err(EvidenceError::NotEquivocation)
        );
    }

    #[test]
    fn a_high_s_node_signature_is_the_nodes_signature() {
        let node = key("node");
        let a = signed(&envelope(NODE, 11, 100, b"p"), &node);
        let b = signed(&envelope(NODE, 11, 101, b"p"), &node);
        let high: [u8; 65] = b.signature.as_ref().try_into().unwrap();
        let report = verify_equivocation(
            NODE,
            &a.unsigned,
            &a.signature,
            &b.unsigned,
            &malleate(&high),
            current(&node),
        )
        .unwrap();
        assert_eq!(report.signer_b, node.address());
    }

    #[test]
    fn a_retired_key_counts_only_for_covered_sequence_ids() {
        let old = key("old");
        let new = key("new");
        let records = |signer| {
            if signer == old.address() {
                SignerRecord {
                    node_id: NODE,
                    owner: owner("owner"),
                    last_covered_sequence_id: 11,
                }
            } else if signer == new.address() {
                SignerRecord::current(NODE, owner("owner"))
            } else {
                SignerRecord::default()
            }
        };
        let covered_a = signed(&envelope(NODE, 11, 100, b"p"), &old);
        let covered_b = signed(&envelope(NODE, 11, 101, b"p"), &new);
        assert!(verify_equivocation(
            NODE,
            &covered_a.unsigned,
            &covered_a.signature,
            &covered_b.unsigned,
            &covered_b.signature,
            records
        )
        .is_ok());
        let late_a = signed(&envelope(NODE, 12, 100, b"p"), &old);
        let late_b = signed(&envelope(NODE, 12, 101, b"p"), &old);
        assert_eq!(
            verify_equivocation(
                NODE,
                &late_a.unsigned,
                &late_a.signature,
                &late_b.unsigned,
                &late_b.signature,
                records
            ),
            Err(EvidenceError::SignedAfterRetirement {
                node_id: NODE,
                signer: old.address(),
                sequence_id: 12,
                last_covered_sequence_id: 11
            })
        );
        // On B's side too, when B's key is another one.
        let new_a = signed(&envelope(NODE, 12, 100, b"p"), &new);
        assert!(matches!(
            verify_equivocation(
                NODE,
                &new_a.unsigned,
                &new_a.signature,
                &late_b.unsigned,
                &late_b.signature,
                records
            ),
            Err(EvidenceError::SignedAfterRetirement { .. })
        ));
        let payload = signed(&envelope(NODE, 12, 100, b""), &old);
        assert!(matches!(
            verify_invalid_payload(NODE, &payload.unsigned, &payload.signature, records),
            Err(EvidenceError::SignedAfterRetirement {
                sequence_id: 12,
                ..
            })
        ));
    }

    #[test]
    fn keys_of_different_owners_cannot_make_one_equivocation() {
        let old = key("old");
        let new = key("new");
        let records = |signer| SignerRecord {
            node_id: NODE,
            owner: if signer == old.address() {
                owner("previous")
            } else {
                owner("current")
            },
            last_covered_sequence_id: if signer == old.address() {
                50
            } else {
                u64::MAX
            },
        };
        let a = signed(&envelope(NODE, 11, 100, b"p"), &old);
        let b = signed(&envelope(NODE, 11, 101, b"p"), &new);
        assert_eq!(
            verify_equivocation(
                NODE,
                &a.unsigned,
                &a.signature,
                &b.unsigned,
                &b.signature,
                records
            ),
            Err(EvidenceError::SignersOfDifferentOwners {
                owner_a: owner("previous"),
                owner_b: owner("current")
            })
        );
        // The previous owner stays accountable for what its own key signed.
        let b_old = signed(&envelope(NODE, 11, 101, b"p"), &old);
        assert_eq!(
            verify_equivocation(
                NODE,
                &a.unsigned,
                &a.signature,
                &b_old.unsigned,
                &b_old.signature,
                records
            )
            .map(|r| r.owner),
            Ok(owner("previous"))
        );
    }

    #[test]
    fn node_zero_never_has_a_signer() {
        let node = key("node");
        let records = |_| SignerRecord::default();
        let a = signed(&envelope(0, 11, 100, b"p"), &node);
        assert_eq!(
            verify_invalid_payload(0, &a.unsigned, &a.signature, records),
            Err(EvidenceError::NotNodeSigner {
                node_id: 0,
                signer: node.address()
            })
        );
    }

    #[test]
    fn equivocation_checks_in_the_contracts_order() {
        let node = key("node");
        let stranger = key("stranger");
        let is_node = current(&node);
        let a = signed(&envelope(NODE, 11, 100, b"p"), &node);
        // Parsing comes before signatures: B is malformed and A's signature is short.
        assert_eq!(
            verify_equivocation(NODE, &a.unsigned, &[0; 3], &[0x08], &a.signature, is_node),
            Err(EvidenceError::Protobuf(ProtobufError::Truncated))
        );
        // Signatures come before signers: B's is short, A's signer a stranger.
        let by_stranger = signed(&envelope(NODE, 11, 100, b"p"), &stranger);
        assert_eq!(
            verify_equivocation(
                NODE,
                &by_stranger.unsigned,
                &by_stranger.signature,
                &a.unsigned,
                &[0; 64],
                is_node
            ),
            Err(EvidenceError::InvalidSignatureLength(64))
        );
        // Signers come before originators.
        let other_node = signed(&envelope(200, 11, 100, b"p"), &stranger);
        assert_eq!(
            verify_equivocation(
                NODE,
                &a.unsigned,
                &a.signature,
                &other_node.unsigned,
                &other_node.signature,
                is_node
            ),
            Err(EvidenceError::NotNodeSigner {
                node_id: NODE,
                signer: stranger.address()
            })
        );
        // Originators come before sequence ids.
        let other_node = signed(&envelope(200, 12, 100, b"p"), &node);
        assert_eq!(
            verify_equivocation(
                NODE,
                &a.unsigned,
                &a.signature,
                &other_node.unsigned,
                &other_node.signature,
                is_node
            ),
            Err(EvidenceError::OriginatorMismatch {
                node_id: NODE,
                actual: 200
            })
        );
        let next = signed(&envelope(NODE, 12, 100, b"p"), &node);
        assert_eq!(
            verify_equivocation(
                NODE,
                &a.unsigned,
                &a.signature,
                &next.unsigned,
                &next.signature,
                is_node
            ),
            Err(EvidenceError::SequenceIdMismatch { a: 11, b: 12 })
        );
    }

    fn payer(target: u32, retention: u32) -> PayerEnvelope {
        PayerEnvelope::signed(
            &key("payer"),
            Bytes::from_static(b"client"),
            target,
            retention,
        )
        .unwrap()
    }

    #[test]
    fn retention_bounds() {
        for (days, ok) in [
            (0, false),
            (1, false),
            (2, true),
            (30, true),
            (365, true),
            (366, false),
            (u32::MAX - 1, false),
            (u32::MAX, true),
        ] {
            let violation = payer_violation(NODE, &payer(NODE, days)).unwrap();
            assert_eq!(violation.is_none(), ok, "{days} days");
            if !ok {
                assert_eq!(violation, Some(Violation::Retention { days }));
            }
        }
    }

    #[test]
    fn payer_rules_in_order() {
        let mut envelope = payer(200, 0);
        envelope.payer_signature = None;
        assert_eq!(
            payer_violation(NODE, &envelope),
            Ok(Some(Violation::TargetOriginator { target: 200 }))
        );
        envelope.target_originator = NODE;
        assert_eq!(
            payer_violation(NODE, &envelope),
            Ok(Some(Violation::Retention { days: 0 }))
        );
        envelope.message_retention_days = 7;
        assert_eq!(
            payer_violation(NODE, &envelope),
            Ok(Some(Violation::PayerSignature))
        );
        envelope.payer_signature = Some(Bytes::new());
        assert_eq!(
            payer_violation(NODE, &envelope),
            Ok(Some(Violation::PayerSignature))
        );
        let good = sign_digest(&key("payer"), &envelope.digest()).unwrap();
        envelope.payer_signature = Some(good.clone());
        assert_eq!(payer_violation(NODE, &envelope), Ok(None));
        // High s is what xmtpd accepts: valid, not a violation.
        let high = malleate(&good.as_ref().try_into().unwrap());
        envelope.payer_signature = Some(high.to_vec().into());
        assert_eq!(payer_violation(NODE, &envelope), Ok(None));
        // v 27 is no recovery code for xmtpd.
        let mut legacy = good.to_vec();
        legacy[64] += 27;
        envelope.payer_signature = Some(legacy.into());
        assert_eq!(
            payer_violation(NODE, &envelope),
            Ok(Some(Violation::PayerSignature))
        );
        // Recovery id 2 with a tiny r: nobody can check it on chain.
        let mut unverifiable = good.to_vec();
        unverifiable[..32].fill(0);
        unverifiable[31] = 1;
        unverifiable[64] = 2;
        envelope.payer_signature = Some(unverifiable.into());
        assert_eq!(
            payer_violation(NODE, &envelope),
            Err(EvidenceError::PayerSignatureUnverifiable)
        );
        // Earlier rules still win over an unverifiable signature.
        envelope.message_retention_days = 1;
        assert_eq!(
            payer_violation(NODE, &envelope),
            Ok(Some(Violation::Retention { days: 1 }))
        );
        assert_eq!(Violation::PayerSignature.name(), "PayerSignature");
    }

    #[test]
    fn invalid_payload_reports_the_first_violation() {
        let node = key("node");
        let is_node = current(&node);
        let bad = signed(&envelope(NODE, 11, 100, &payer(900, 30).encode()), &node);
        assert_eq!(
            verify_invalid_payload(NODE, &bad.unsigned, &bad.signature, is_node),
            Ok(InvalidPayloadReport {
                sequence_id: 11,
                signer: node.address(),
                owner: owner("owner"),
                violation: Violation::TargetOriginator { target: 900 },
            })
        );
        let good = signed(&envelope(NODE, 11, 100, &payer(NODE, 30).encode()), &node);
        assert_eq!(
            verify_invalid_payload(NODE, &good.unsigned, &good.signature, is_node),
            Err(EvidenceError::PayloadValid)
        );
        let everyone = |_| SignerRecord::current(200, Address::ZERO);
        assert_eq!(
            verify_invalid_payload(200, &good.unsigned, &good.signature, everyone),
            Err(EvidenceError::OriginatorMismatch {
                node_id: 200,
                actual: NODE
            })
        );
        let malformed_payer = signed(&envelope(NODE, 11, 100, &[0x1e, 0x00]), &node);
        assert_eq!(
            verify_invalid_payload(
                NODE,
                &malformed_payer.unsigned,
                &malformed_payer.signature,
                is_node
            ),
            Err(EvidenceError::Protobuf(ProtobufError::UnsupportedWireType(
                6
            )))
        );
    }
}
