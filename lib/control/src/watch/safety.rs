//! Checks of what a node serves: originator signatures, payloads, order, equivocations and omissions. No network:
//! the runner fetches, this module judges, the store remembers.
//!
//! Every node read is treated as an adversary. A response can hold anything; what it can prove is bounded by
//! signatures. So:
//!
//! - a finding against the node that *served* a response (`bad_signature`, `malformed_envelope`, reordering
//!   failures) rests only on what that node sent over its own connection;
//! - a finding against an *originator* (`invalid_payload`, `equivocation`, `omission`) rests only on envelopes that
//!   originator's key signed, whoever relayed them, judged by the evidence module's own rules
//!   ([`verify_invalid_payload`], [`verify_equivocation`]): no rule is restated here;
//! - what cannot be judged (a signer the chain lookup has not answered for, a retired key past what it covered, a
//!   payer signature nobody can check on chain, a blockchain-proof envelope) is skipped, never held against anyone.
//!
//! Honest behaviour that is never flagged: payer signatures with high `s` (xmtpd accepts them), node signatures
//! with high `s` or `v` 27/28, a retired key within its covered range, gaps in sequence ids, replication lag, and a
//! peer that skipped envelopes it received out of order (only the originator is held to serving its own
//! envelopes, and only after the runner confirmed the omission with a targeted query).

use std::{
    cell::Cell,
    collections::{BTreeMap, BTreeSet, HashMap},
};

use alloy::primitives::{keccak256, Address, Bytes, B256};
use serde::{Deserialize, Serialize};

use super::store::{
    NewFinding, Observation, StatDelta, StatKind, StoredFinding, WatchStore, WatchTx,
};
use crate::evidence::{
    verify_equivocation, verify_invalid_payload, EquivocationReport, EvidenceError,
    SignedOriginatorEnvelope, SignerRecord, UnsignedOriginatorEnvelope,
};

pub use super::store::StoreError;

/// The most envelopes of one response that are read: xmtpd never answers more than 1,000; the excess of a node
/// that does is ignored (and counted).
pub const MAX_ENVELOPES_PER_RESPONSE: usize = 1_000;

/// The longest reason text kept in a finding: a node's bytes never make a finding large.
const MAX_REASON_LEN: usize = 200;

/// One `OriginatorEnvelope` as a node served it: the unsigned envelope's raw bytes (never re-encoded: signatures
/// are over them) and the originator signature (`None` when the envelope carries a blockchain proof instead).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawEnvelope {
    /// The `unsigned_originator_envelope` bytes.
    pub unsigned: Bytes,
    /// The `originator_signature` bytes, `None` for a blockchain-proof envelope.
    pub signature: Option<Bytes>,
}

/// An envelope with its originator signature, as findings keep it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedEnvelope {
    /// The unsigned envelope's raw bytes.
    pub unsigned: Bytes,
    /// The originator signature, as served.
    pub signature: Bytes,
}

impl From<SignedEnvelope> for SignedOriginatorEnvelope {
    fn from(envelope: SignedEnvelope) -> Self {
        Self {
            unsigned: envelope.unsigned,
            signature: envelope.signature,
        }
    }
}

impl From<SignedOriginatorEnvelope> for SignedEnvelope {
    fn from(envelope: SignedOriginatorEnvelope) -> Self {
        Self {
            unsigned: envelope.unsigned,
            signature: envelope.signature,
        }
    }
}

impl From<SignedEnvelope> for RawEnvelope {
    fn from(envelope: SignedEnvelope) -> Self {
        Self {
            unsigned: envelope.unsigned,
            signature: Some(envelope.signature),
        }
    }
}

/// The chain's signer records as the watcher knows them: `Nodes.signerRecord(signer)`, cached.
///
/// `None` means "not known yet" (not fetched, or the chain lookup failed): envelopes signed by that key are
/// deferred, never judged. A key the chain says was never a signer is `Some(SignerRecord::default())`; such an
/// answer must be fresh, not a cached negative from before the key was registered.
pub trait SignerLookup {
    /// The record of `signer`, or `None` when unknown.
    fn record(&self, signer: Address) -> Option<SignerRecord>;
}

impl<F: Fn(Address) -> Option<SignerRecord>> SignerLookup for F {
    fn record(&self, signer: Address) -> Option<SignerRecord> {
        self(signer)
    }
}

impl SignerLookup for HashMap<Address, SignerRecord> {
    fn record(&self, signer: Address) -> Option<SignerRecord> {
        self.get(&signer).copied()
    }
}

impl SignerLookup for BTreeMap<Address, SignerRecord> {
    fn record(&self, signer: Address) -> Option<SignerRecord> {
        self.get(&signer).copied()
    }
}

/// The digest that decides whether two signed versions of one (originator, sequence id) differ: over
/// `originator_ns` (8 bytes, big-endian two's complement) then `payer_envelope_bytes`.
///
/// It is [`verify_equivocation`]'s criterion, nothing more: two envelopes are an equivocation exactly when they
/// differ in `originator_ns` or `payer_envelope_bytes`; every other field (fees, expiry) and the signature's form
/// are ignored, so an honest re-sign or a malleated signature never looks like a second version. The fixed-width
/// timestamp first makes the encoding unambiguous.
pub fn content_digest(envelope: &UnsignedOriginatorEnvelope) -> B256 {
    keccak256(
        [
            &envelope.originator_ns.to_be_bytes()[..],
            &envelope.payer_envelope_bytes,
        ]
        .concat(),
    )
}

/// What the checks found. Stored as JSON (tagged by `kind`) in the finding's detail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Finding {
    /// `source` served an envelope for `originator` whose signature is not a valid signature of a key of
    /// `originator` (bad bytes, another node's key, a key that never signed). Recorded once per source and epoch,
    /// with the first example. Not relayable: no contract rule punishes it.
    BadSignature {
        /// The node that served it.
        source: u32,
        /// The originator the envelope names.
        originator: u32,
        /// The sequence id the envelope names.
        sequence_id: u64,
        /// Why the signature does not count.
        reason: String,
    },
    /// `source` served bytes that are not an unsigned originator envelope. Once per source and epoch.
    MalformedEnvelope {
        /// The node that served it.
        source: u32,
        /// The decoder's error.
        reason: String,
    },
    /// `originator` signed an envelope whose payload the contract refuses: proven by [`verify_invalid_payload`],
    /// relayable as is.
    InvalidPayload {
        /// The originator.
        originator: u32,
        /// The envelope's sequence id.
        sequence_id: u64,
        /// The node that served it.
        source: u32,
        /// The rule it breaks (the evidence module's violation name).
        violation: String,
        /// The envelope, exactly as served.
        envelope: SignedEnvelope,
    },
    /// A second, differently signed version of `originator`'s `sequence_id`. The runner refetches the first version
    /// from `first_source` and proves the pair with [`SafetyChecker::prove_equivocation`] before relaying.
    SuspectedEquivocation {
        /// The originator.
        originator: u32,
        /// The sequence id.
        sequence_id: u64,
        /// Who served the stored (first) version.
        first_source: u32,
        /// Who served the second version.
        second_source: u32,
        /// The second version, exactly as served.
        second: SignedEnvelope,
    },
    /// `originator` left out its own envelope `sequence_id`, which peers hold validly signed (see
    /// [`SafetyChecker::omission_candidates`]).
    Omission {
        /// The originator.
        originator: u32,
        /// The sequence id.
        sequence_id: u64,
    },
}

impl Finding {
    /// The finding's kind as stored.
    pub fn kind(&self) -> &'static str {
        match self {
            Finding::BadSignature { .. } => "bad_signature",
            Finding::MalformedEnvelope { .. } => "malformed_envelope",
            Finding::InvalidPayload { .. } => "invalid_payload",
            Finding::SuspectedEquivocation { .. } => "equivocation",
            Finding::Omission { .. } => "omission",
        }
    }

    /// The node the finding is against.
    pub fn node_id(&self) -> u32 {
        match self {
            Finding::BadSignature { source, .. } | Finding::MalformedEnvelope { source, .. } => {
                *source
            }
            Finding::InvalidPayload { originator, .. }
            | Finding::SuspectedEquivocation { originator, .. }
            | Finding::Omission { originator, .. } => *originator,
        }
    }

    /// The sequence id concerned, if one.
    pub fn sequence_id(&self) -> Option<u64> {
        match self {
            Finding::BadSignature { sequence_id, .. }
            | Finding::InvalidPayload { sequence_id, .. }
            | Finding::SuspectedEquivocation { sequence_id, .. }
            | Finding::Omission { sequence_id, .. } => Some(*sequence_id),
            Finding::MalformedEnvelope { .. } => None,
        }
    }

    /// The finding's id, what makes it recorded once: per (originator, sequence id) for the originator's faults,
    /// per (source, epoch) for the serving node's.
    pub fn id(&self, epoch: u64) -> String {
        match self {
            Finding::BadSignature { source, .. } | Finding::MalformedEnvelope { source, .. } => {
                format!("{}:{source}:epoch:{epoch}", self.kind())
            }
            Finding::InvalidPayload {
                originator,
                sequence_id,
                ..
            }
            | Finding::SuspectedEquivocation {
                originator,
                sequence_id,
                ..
            }
            | Finding::Omission {
                originator,
                sequence_id,
            } => format!("{}:{originator}:{sequence_id}", self.kind()),
        }
    }

    /// The row to store for this finding, found in `epoch`.
    pub fn to_new(&self, epoch: u64) -> NewFinding {
        NewFinding {
            id: self.id(epoch),
            kind: self.kind(),
            node_id: self.node_id(),
            epoch,
            sequence_id: self.sequence_id(),
            // Serializing our own type to a value cannot fail.
            detail: serde_json::to_value(self).unwrap_or(serde_json::Value::Null),
        }
    }

    /// The finding a stored row holds.
    pub fn from_stored(stored: &StoredFinding) -> Result<Self, SafetyError> {
        serde_json::from_value(stored.detail.clone()).map_err(|error| SafetyError::Detail {
            id: stored.id.clone(),
            reason: error.to_string(),
        })
    }
}

/// Why a check failed (never because of what a node sent: that becomes a finding or a count).
#[derive(Debug, thiserror::Error)]
pub enum SafetyError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A stored finding's detail is not a finding.
    #[error("finding {id}: unreadable detail: {reason}")]
    Detail {
        /// The finding's id.
        id: String,
        /// The parse error.
        reason: String,
    },
}

/// What one response held and what the checks made of it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckOutcome {
    /// Envelopes in the response.
    pub received: usize,
    /// Envelopes beyond [`MAX_ENVELOPES_PER_RESPONSE`], ignored.
    pub ignored_excess: usize,
    /// Envelopes that are not an unsigned originator envelope.
    pub malformed: usize,
    /// Envelopes of originators the request did not ask for, ignored.
    pub unrequested: usize,
    /// Blockchain-proof envelopes: ordered, not judged.
    pub blockchain_proof: usize,
    /// Envelopes whose signature is not the originator's.
    pub bad_signature: usize,
    /// Envelopes signed by a retired key past what it covered: ordered, not judged.
    pub uncovered: usize,
    /// Envelopes left for a later poll because a signer's record is not known yet (with every later envelope of
    /// the same originator in the response).
    pub deferred: usize,
    /// Envelopes with a valid originator signature, whose digests were observed.
    pub verified: usize,
    /// Of those, (originator, sequence id)s seen for the first time.
    pub new_digests: usize,
    /// Envelopes whose order was checked (the reordering stat's requests).
    pub order_checked: u64,
    /// Of those, not strictly above the previous one of their originator (or the request cursor).
    pub out_of_order: u64,
    /// Findings recorded by this response (findings already stored are not repeated).
    pub findings: Vec<Finding>,
    /// The cursors this response moved forward, by originator.
    pub cursors: BTreeMap<u32, u64>,
}

/// How the signature of one envelope was judged.
enum Judged {
    /// A valid signature of a key of the originator that covers the sequence id; with the invalid-payload proof if
    /// the payload breaks a rule.
    Valid(Option<String>),
    /// A blockchain-proof envelope, or a retired key past its coverage: nothing to judge, nothing against anyone.
    Unjudged,
    /// Not a signature of the originator.
    Bad(String),
    /// The signer's record is not known yet.
    Unknown,
}

/// Judges `envelope` (decoded as `decoded`) with the evidence module's invalid-payload rule, which checks the
/// signature, the signer's record and its coverage first, in the contract's order.
fn judge_envelope(
    envelope: &RawEnvelope,
    decoded: &UnsignedOriginatorEnvelope,
    signers: &impl SignerLookup,
) -> Judged {
    let Some(signature) = &envelope.signature else {
        return Judged::Unjudged;
    };
    let unknown = Cell::new(false);
    let records = |signer: Address| {
        signers.record(signer).unwrap_or_else(|| {
            unknown.set(true);
            SignerRecord::default()
        })
    };
    let verdict = verify_invalid_payload(
        decoded.originator_node_id,
        &envelope.unsigned,
        signature,
        records,
    );
    if unknown.get() {
        return Judged::Unknown;
    }
    match verdict {
        Ok(report) => Judged::Valid(Some(report.violation.name().to_owned())),
        // The signature, its key and its coverage passed; the payload is valid, unverifiable on chain, or a
        // malformed payer envelope (the unsigned envelope itself decoded): nothing provable.
        Err(
            EvidenceError::PayloadValid
            | EvidenceError::PayerSignatureUnverifiable
            | EvidenceError::Protobuf(_),
        ) => Judged::Valid(None),
        Err(EvidenceError::SignedAfterRetirement { .. }) => Judged::Unjudged,
        Err(
            error @ (EvidenceError::InvalidSignature
            | EvidenceError::InvalidSignatureLength(_)
            | EvidenceError::NotNodeSigner { .. }),
        ) => Judged::Bad(error.to_string()),
        // The rule's other refusals concern two envelopes or another node; none applies to one envelope checked
        // against its own originator. Held against nobody.
        Err(_) => Judged::Unjudged,
    }
}

fn truncate(mut reason: String) -> String {
    if reason.len() > MAX_REASON_LEN {
        let mut end = MAX_REASON_LEN;
        while !reason.is_char_boundary(end) {
            end -= 1;
        }
        reason.truncate(end);
    }
    reason
}

/// The safety checks over a [`WatchStore`].
#[derive(Debug)]
pub struct SafetyChecker {
    store: WatchStore,
}

impl SafetyChecker {
    /// Checks over `store`.
    pub fn new(store: WatchStore) -> Self {
        Self { store }
    }

    /// The store.
    pub fn store(&self) -> &WatchStore {
        &self.store
    }

    /// Checks one `QueryEnvelopes` response from node `source` to a request for the originators that are the keys
    /// of `request_cursor` (each with the last sequence id already seen, 0 for none), found in `epoch`, and records
    /// everything in one transaction: digests, findings, the reordering stat of `source`, the omission stat's
    /// self-served envelopes, and the cursors.
    ///
    /// Per envelope: it must decode (else `malformed_envelope` against `source`); its originator must have been
    /// asked for (else ignored); a signed envelope is judged by [`verify_invalid_payload`] with its own originator:
    /// a signature that is not the originator's is `bad_signature` against `source` (no digest stored, cursor not
    /// moved); a retired key past its coverage and a blockchain proof are ordered but not judged; a valid one has
    /// its [`content_digest`] observed (a different stored digest is a [`Finding::SuspectedEquivocation`]) and, when
    /// the payload breaks a rule, is a [`Finding::InvalidPayload`]. Per originator the sequence ids must be
    /// strictly ascending and above the request cursor (else a reordering failure of `source`; gaps are fine).
    pub fn check_response(
        &self,
        source: u32,
        request_cursor: &BTreeMap<u32, u64>,
        envelopes: &[RawEnvelope],
        signers: &impl SignerLookup,
        epoch: u64,
    ) -> Result<CheckOutcome, SafetyError> {
        let mut outcome = CheckOutcome {
            received: envelopes.len(),
            ignored_excess: envelopes.len().saturating_sub(MAX_ENVELOPES_PER_RESPONSE),
            ..CheckOutcome::default()
        };
        // Judging (signature recovery) is done before the transaction, so the database is locked only for writes.
        let mut last = request_cursor.clone();
        let mut deferred: BTreeSet<u32> = BTreeSet::new();
        let mut verified: Vec<(u32, u64, B256, Option<String>, &RawEnvelope)> = Vec::new();
        let mut first_bad: Option<Finding> = None;
        let mut first_malformed: Option<Finding> = None;
        for envelope in envelopes.iter().take(MAX_ENVELOPES_PER_RESPONSE) {
            let decoded = match UnsignedOriginatorEnvelope::decode(&envelope.unsigned) {
                Ok(decoded) => decoded,
                Err(error) => {
                    outcome.malformed += 1;
                    first_malformed.get_or_insert_with(|| Finding::MalformedEnvelope {
                        source,
                        reason: truncate(error.to_string()),
                    });
                    continue;
                }
            };
            let originator = decoded.originator_node_id;
            let seq = decoded.originator_sequence_id;
            let Some(previous) = last.get_mut(&originator) else {
                outcome.unrequested += 1;
                continue;
            };
            if deferred.contains(&originator) {
                outcome.deferred += 1;
                continue;
            }
            let judged = judge_envelope(envelope, &decoded, signers);
            match &judged {
                Judged::Unknown => {
                    // Read again next poll, from before this envelope.
                    deferred.insert(originator);
                    outcome.deferred += 1;
                    continue;
                }
                Judged::Bad(reason) => {
                    outcome.bad_signature += 1;
                    first_bad.get_or_insert_with(|| Finding::BadSignature {
                        source,
                        originator,
                        sequence_id: seq,
                        reason: truncate(reason.clone()),
                    });
                    continue;
                }
                Judged::Unjudged if envelope.signature.is_none() => outcome.blockchain_proof += 1,
                Judged::Unjudged => outcome.uncovered += 1,
                Judged::Valid(_) => {}
            }
            outcome.order_checked += 1;
            if seq > *previous {
                *previous = seq;
                outcome.cursors.insert(originator, seq);
            } else {
                outcome.out_of_order += 1;
            }
            if let Judged::Valid(violation) = judged {
                verified.push((
                    originator,
                    seq,
                    content_digest(&decoded),
                    violation,
                    envelope,
                ));
            }
        }
        outcome.verified = verified.len();

        let findings = self
            .store
            .transaction(|tx| -> Result<Vec<Finding>, SafetyError> {
                let mut findings = Vec::new();
                let mut record = |tx: &WatchTx<'_>, finding: Finding| -> Result<(), SafetyError> {
                    if tx.insert_finding(&finding.to_new(epoch))? {
                        findings.push(finding);
                    }
                    Ok(())
                };
                let mut self_served = 0u64;
                let mut new_digests = 0usize;
                for (originator, seq, digest, violation, envelope) in &verified {
                    let (observation, newly_served) =
                        tx.observe_digest(source, *originator, *seq, *digest)?;
                    self_served += u64::from(newly_served);
                    let signed = || SignedEnvelope {
                        unsigned: envelope.unsigned.clone(),
                        signature: envelope.signature.clone().unwrap_or_default(),
                    };
                    match observation {
                        Observation::New => new_digests += 1,
                        Observation::Same => {}
                        Observation::Different { first_source, .. } => record(
                            tx,
                            Finding::SuspectedEquivocation {
                                originator: *originator,
                                sequence_id: *seq,
                                first_source,
                                second_source: source,
                                second: signed(),
                            },
                        )?,
                    }
                    if let Some(violation) = violation {
                        record(
                            tx,
                            Finding::InvalidPayload {
                                originator: *originator,
                                sequence_id: *seq,
                                source,
                                violation: violation.clone(),
                                envelope: signed(),
                            },
                        )?;
                    }
                }
                for finding in [first_bad, first_malformed].into_iter().flatten() {
                    record(tx, finding)?;
                }
                // The originator's own envelopes it served: the omission stat's requests.
                tx.add_stat(
                    source,
                    epoch,
                    StatKind::Omission,
                    StatDelta {
                        requests: self_served,
                        ..StatDelta::default()
                    },
                )?;
                tx.add_stat(
                    source,
                    epoch,
                    StatKind::Reordering,
                    StatDelta {
                        requests: outcome.order_checked,
                        failures: outcome.out_of_order,
                        ..StatDelta::default()
                    },
                )?;
                for (&originator, &seq) in &outcome.cursors {
                    tx.advance_cursor(source, originator, seq)?;
                }
                outcome.new_digests = new_digests;
                Ok(findings)
            })?;
        outcome.findings = findings;
        Ok(outcome)
    }

    /// Sequence ids `originator` never served that peers hold with its valid signature, at most its own sync cursor
    /// for itself (`originator_self_cursor`, from its `GetSyncCursor`) and at most the highest sequence id it served
    /// itself, not yet recorded; ascending, at most [`super::store::MAX_OMISSION_CANDIDATES`].
    ///
    /// Both bounds are the originator's own word, so a peer's claim never makes a candidate. A candidate is not yet
    /// an omission: xmtpd may commit sequence ids out of order, so the runner first asks the originator for it
    /// directly (cursor `seq - 1`, limit 1) and passes that answer to [`SafetyChecker::check_response`]; only then
    /// [`SafetyChecker::record_omission`], which refuses a sequence id the originator has served meanwhile.
    pub fn omission_candidates(
        &self,
        originator: u32,
        originator_self_cursor: u64,
    ) -> Result<Vec<u64>, SafetyError> {
        let up_to = originator_self_cursor.min(self.store.max_self_served(originator)?);
        if up_to == 0 {
            return Ok(Vec::new());
        }
        Ok(self
            .store
            .unserved(originator, up_to, super::store::MAX_OMISSION_CANDIDATES)?)
    }

    /// Records that `originator` omitted its sequence id `seq`, found in `epoch`: once per (originator, sequence
    /// id), and only for a sequence id held with a valid signature that the originator never served. Adds one
    /// request and one failure to its omission stat. Returns the finding when it was recorded now.
    pub fn record_omission(
        &self,
        originator: u32,
        seq: u64,
        epoch: u64,
    ) -> Result<Option<Finding>, SafetyError> {
        self.store
            .transaction(|tx| -> Result<Option<Finding>, SafetyError> {
                if !tx.mark_omitted(originator, seq)? {
                    return Ok(None);
                }
                let finding = Finding::Omission {
                    originator,
                    sequence_id: seq,
                };
                tx.insert_finding(&finding.to_new(epoch))?;
                tx.add_stat(
                    originator,
                    epoch,
                    StatKind::Omission,
                    StatDelta {
                        requests: 1,
                        failures: 1,
                        ..StatDelta::default()
                    },
                )?;
                Ok(Some(finding))
            })
    }

    /// Proves a suspected equivocation of `originator` with the first version (`first`, refetched from the first
    /// source) and the second: [`verify_equivocation`] exactly as the contract checks it, records from `signers`
    /// (an unknown signer counts as never a signer, so the proof fails). Only an `Ok` may be relayed.
    pub fn prove_equivocation(
        originator: u32,
        first: &SignedEnvelope,
        second: &SignedEnvelope,
        signers: &impl SignerLookup,
    ) -> Result<EquivocationReport, EvidenceError> {
        verify_equivocation(
            originator,
            &first.unsigned,
            &first.signature,
            &second.unsigned,
            &second.signature,
            |signer| signers.record(signer).unwrap_or_default(),
        )
    }
}
