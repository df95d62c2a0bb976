//! The two misbehavior rules, checked exactly as `reportEquivocation` and `reportInvalidPayload`
//! check them, in the same order, failing with the same error names.
//!
//! Whether an address is one of a node's signers is chain state (`Nodes.isSigner`), so it is
//! passed in as a function; everything else is pure.

use alloy::primitives::{keccak256, Address, Bytes, B256};

use super::{
    envelope::{
        originator_digest, PayerEnvelope, UnsignedOriginatorEnvelope, MAX_RETENTION_DAYS,
        MIN_RETENTION_DAYS, RETENTION_FOREVER,
    },
    protobuf::ProtobufError,
    signature::{recover_signer, SignatureError},
};

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
            Self::OriginatorMismatch { node_id, actual } => {
                vec![word((*node_id).into()), word((*actual).into())]
            }
            Self::SequenceIdMismatch { a, b } => vec![word(*a), word(*b)],
            Self::InvalidSignature | Self::NotEquivocation | Self::PayloadValid => Vec::new(),
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
    /// Its payer signature is missing, not 65 bytes, or does not recover.
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
}

/// An accepted invalid-payload report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidPayloadReport {
    /// The envelope's sequence id.
    pub sequence_id: u64,
    /// Who signed the envelope.
    pub signer: Address,
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

fn check_signer(
    node_id: u32,
    signer: Address,
    is_signer: &impl Fn(u32, Address) -> bool,
) -> Result<(), EvidenceError> {
    if is_signer(node_id, signer) {
        Ok(())
    } else {
        Err(EvidenceError::NotNodeSigner { node_id, signer })
    }
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
/// (A first); both signatures are 65 bytes and recover (A first); both signers are signers of
/// `node_id` (`is_signer`, A first); both envelopes name `node_id` (A first); they share a
/// sequence id; and they differ in `originator_ns` or `payer_envelope_bytes`.
pub fn verify_equivocation(
    node_id: u32,
    unsigned_a: &[u8],
    signature_a: &[u8],
    unsigned_b: &[u8],
    signature_b: &[u8],
    is_signer: impl Fn(u32, Address) -> bool,
) -> Result<EquivocationReport, EvidenceError> {
    let a = UnsignedOriginatorEnvelope::decode(unsigned_a)?;
    let b = UnsignedOriginatorEnvelope::decode(unsigned_b)?;
    let signer_a = node_signer(unsigned_a, signature_a)?;
    let signer_b = node_signer(unsigned_b, signature_b)?;
    check_signer(node_id, signer_a, &is_signer)?;
    check_signer(node_id, signer_b, &is_signer)?;
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
    })
}

/// Checks an invalid-payload report as `reportInvalidPayload` does, in its order: the envelope
/// parses, its signature is 65 bytes and recovers to a signer of `node_id`, it names `node_id`;
/// its payer envelope parses; then the first rule it breaks: target originator, retention, payer
/// signature. A payer envelope that breaks none is [`EvidenceError::PayloadValid`].
pub fn verify_invalid_payload(
    node_id: u32,
    unsigned: &[u8],
    signature: &[u8],
    is_signer: impl Fn(u32, Address) -> bool,
) -> Result<InvalidPayloadReport, EvidenceError> {
    let envelope = UnsignedOriginatorEnvelope::decode(unsigned)?;
    let signer = node_signer(unsigned, signature)?;
    check_signer(node_id, signer, &is_signer)?;
    check_originator(node_id, &envelope)?;
    let payer = PayerEnvelope::decode(&envelope.payer_envelope_bytes)?;
    let violation = payer_violation(node_id, &payer).ok_or(EvidenceError::PayloadValid)?;
    Ok(InvalidPayloadReport {
        sequence_id: envelope.originator_sequence_id,
        signer,
        violation,
    })
}

/// The first rule `payer` breaks as an envelope originated by `node_id`, if any.
pub fn payer_violation(node_id: u32, payer: &PayerEnvelope) -> Option<Violation> {
    if payer.target_originator != node_id {
        return Some(Violation::TargetOriginator {
            target: payer.target_originator,
        });
    }
    let days = payer.message_retention_days;
    if days != RETENTION_FOREVER && !(MIN_RETENTION_DAYS..=MAX_RETENTION_DAYS).contains(&days) {
        return Some(Violation::Retention { days });
    }
    let signature = payer.payer_signature.as_deref().map_or(&[][..], |s| &s[..]);
    if recover_signer(&payer.digest(), signature).is_err() {
        return Some(Violation::PayerSignature);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::{
        envelope::SignedOriginatorEnvelope, protobuf::Writer, signature::sign_digest,
    };
    use alloy::{signers::local::PrivateKeySigner, sol_types::SolValue};

    fn key(seed: &str) -> PrivateKeySigner {
        PrivateKeySigner::from_bytes(&keccak256(seed)).unwrap()
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
            EvidenceError::from(ProtobufError::WrongWireType(4)).abi_arguments(),
            Bytes::from(4u64.abi_encode())
        );
        assert_eq!(EvidenceError::NotEquivocation.abi_arguments(), Bytes::new());
        assert_eq!(
            EvidenceError::from(ProtobufError::Truncated).name(),
            "Truncated"
        );
    }

    #[test]
    fn equivocation_accepts_a_conflict_and_refuses_a_resign() {
        let node = key("node");
        let is_signer = |id, who| id == 4 && who == node.address();
        let a = signed(&envelope(4, 11, 100, b"p"), &node);
        let b = signed(&envelope(4, 11, 101, b"p"), &node);
        let report = verify_equivocation(
            4,
            &a.unsigned,
            &a.signature,
            &b.unsigned,
            &b.signature,
            is_signer,
        )
        .unwrap();
        assert_eq!(report.report_id, equivocation_report_id(4, 11));
        assert_eq!(
            (report.signer_a, report.signer_b),
            (node.address(), node.address())
        );

        let mut resign = envelope(4, 11, 100, b"p");
        resign.other_fields = Writer::new().varint(5, 9).finish();
        let resign = signed(&resign, &node);
        assert_eq!(
            verify_equivocation(
                4,
                &a.unsigned,
                &a.signature,
                &resign.unsigned,
                &resign.signature,
                is_signer
            ),
            Err(EvidenceError::NotEquivocation)
        );
    }

    #[test]
    fn equivocation_checks_in_the_contracts_order() {
        let node = key("node");
        let stranger = key("stranger");
        let is_signer = |id, who| id == 4 && who == node.address();
        let a = signed(&envelope(4, 11, 100, b"p"), &node);
        // Parsing comes before signatures: B is malformed and A's signature is short.
        assert_eq!(
            verify_equivocation(4, &a.unsigned, &[0; 3], &[0x08], &a.signature, is_signer),
            Err(EvidenceError::Protobuf(ProtobufError::Truncated))
        );
        // Signatures come before signers: B's is short, A's signer a stranger.
        let by_stranger = signed(&envelope(4, 11, 100, b"p"), &stranger);
        assert_eq!(
            verify_equivocation(
                4,
                &by_stranger.unsigned,
                &by_stranger.signature,
                &a.unsigned,
                &[0; 64],
                is_signer
            ),
            Err(EvidenceError::InvalidSignatureLength(64))
        );
        // Signers come before originators.
        let other_node = signed(&envelope(5, 11, 100, b"p"), &stranger);
        assert_eq!(
            verify_equivocation(
                4,
                &a.unsigned,
                &a.signature,
                &other_node.unsigned,
                &other_node.signature,
                is_signer
            ),
            Err(EvidenceError::NotNodeSigner {
                node_id: 4,
                signer: stranger.address()
            })
        );
        // Originators come before sequence ids.
        let other_node = signed(&envelope(5, 12, 100, b"p"), &node);
        assert_eq!(
            verify_equivocation(
                4,
                &a.unsigned,
                &a.signature,
                &other_node.unsigned,
                &other_node.signature,
                is_signer
            ),
            Err(EvidenceError::OriginatorMismatch {
                node_id: 4,
                actual: 5
            })
        );
        let next = signed(&envelope(4, 12, 100, b"p"), &node);
        assert_eq!(
            verify_equivocation(
                4,
                &a.unsigned,
                &a.signature,
                &next.unsigned,
                &next.signature,
                is_signer
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
            let violation = payer_violation(1, &payer(1, days));
            assert_eq!(violation.is_none(), ok, "{days} days");
            if !ok {
                assert_eq!(violation, Some(Violation::Retention { days }));
            }
        }
    }

    #[test]
    fn payer_rules_in_order() {
        let mut envelope = payer(2, 0);
        envelope.payer_signature = None;
        assert_eq!(
            payer_violation(1, &envelope),
            Some(Violation::TargetOriginator { target: 2 })
        );
        envelope.target_originator = 1;
        assert_eq!(
            payer_violation(1, &envelope),
            Some(Violation::Retention { days: 0 })
        );
        envelope.message_retention_days = 7;
        assert_eq!(
            payer_violation(1, &envelope),
            Some(Violation::PayerSignature)
        );
        envelope.payer_signature = Some(Bytes::new());
        assert_eq!(
            payer_violation(1, &envelope),
            Some(Violation::PayerSignature)
        );
        envelope.payer_signature = Some(sign_digest(&key("payer"), &envelope.digest()).unwrap());
        assert_eq!(payer_violation(1, &envelope), None);
        assert_eq!(Violation::PayerSignature.name(), "PayerSignature");
    }

    #[test]
    fn invalid_payload_reports_the_first_violation() {
        let node = key("node");
        let is_signer = |id, who| id == 4 && who == node.address();
        let bad = signed(&envelope(4, 11, 100, &payer(9, 30).encode()), &node);
        assert_eq!(
            verify_invalid_payload(4, &bad.unsigned, &bad.signature, is_signer),
            Ok(InvalidPayloadReport {
                sequence_id: 11,
                signer: node.address(),
                violation: Violation::TargetOriginator { target: 9 },
            })
        );
        let good = signed(&envelope(4, 11, 100, &payer(4, 30).encode()), &node);
        assert_eq!(
            verify_invalid_payload(4, &good.unsigned, &good.signature, is_signer),
            Err(EvidenceError::PayloadValid)
        );
        assert_eq!(
            verify_invalid_payload(5, &good.unsigned, &good.signature, |_, _| true),
            Err(EvidenceError::OriginatorMismatch {
                node_id: 5,
                actual: 4
            })
        );
        let malformed_payer = signed(&envelope(4, 11, 100, &[0x1a, 0x00]), &node);
        assert_eq!(
            verify_invalid_payload(
                4,
                &malformed_payer.unsigned,
                &malformed_payer.signature,
                is_signer
            ),
            Err(EvidenceError::Protobuf(ProtobufError::WrongWireType(3)))
        );
    }
}
