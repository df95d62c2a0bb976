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
    originator_digest, recover_signer, verify_equivocation, verify_invalid_payload,
    EquivocationReport, EvidenceError, SignedOriginatorEnvelope, SignerRecord,
    UnsignedOriginatorEnvelope,
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

/// The distinct keys that signed the first [`MAX_ENVELOPES_PER_RESPONSE`] envelopes of a response, for the runner to
/// look their records up before [`SafetyChecker::check_response`] (envelopes that do not decode or recover are left
/// out: they need no lookup). At most one per envelope, so a response full of fresh keys costs at most that many
/// lookups; the runner may cap them, the rest being deferred.
pub fn signers_of(envelopes: &[RawEnvelope]) -> BTreeSet<Address> {
    envelopes
        .iter()
        .take(MAX_ENVELOPES_PER_RESPONSE)
        .filter_map(|envelope| {
            let signature = envelope.signature.as_ref()?;
            recover_signer(&originator_digest(&envelope.unsigned), signature).ok()
        })
        .collect()
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
    ///
    /// Ask only for originators that are nodes (ids with signer records): envelopes of non-node originators
    /// (xmtpd's blockchain-sourced streams) carry no node key, and a signed one would count as a bad signature.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::{
        protobuf::Writer,
        signature::{malleate, sign_digest},
        PayerEnvelope,
    };
    use crate::watch::store::{RelayState, StatKind};
    use alloy::signers::local::PrivateKeySigner;

    const ORIGINATOR: u32 = 100;
    const PEER: u32 = 200;
    const OTHER_PEER: u32 = 300;
    const EPOCH: u64 = 7;

    fn key(seed: &str) -> PrivateKeySigner {
        PrivateKeySigner::from_bytes(&keccak256(seed)).expect("key")
    }

    fn node_key(node: u32) -> PrivateKeySigner {
        key(&format!("node {node}"))
    }

    fn owner(node: u32) -> Address {
        Address::from_word(keccak256(format!("owner {node}")))
    }

    /// The chain: nodes 100, 200, 300 with their current keys, node 100's retired key covering up to 50; any other
    /// key was never a signer.
    fn chain(signer: Address) -> Option<SignerRecord> {
        for node in [ORIGINATOR, PEER, OTHER_PEER] {
            if signer == node_key(node).address() {
                return Some(SignerRecord::current(node, owner(node)));
            }
        }
        if signer == key("retired").address() {
            return Some(SignerRecord {
                node_id: ORIGINATOR,
                owner: owner(ORIGINATOR),
                last_covered_sequence_id: 50,
            });
        }
        Some(SignerRecord::default())
    }

    fn payer(target: u32, retention: u32) -> PayerEnvelope {
        PayerEnvelope::signed(
            &key("payer"),
            Bytes::from_static(b"client"),
            target,
            retention,
        )
        .expect("payer")
    }

    fn unsigned(
        originator: u32,
        seq: u64,
        ns: i64,
        payer: &PayerEnvelope,
    ) -> UnsignedOriginatorEnvelope {
        UnsignedOriginatorEnvelope {
            originator_node_id: originator,
            originator_sequence_id: seq,
            originator_ns: ns,
            payer_envelope_bytes: payer.encode(),
            other_fields: Bytes::new(),
        }
    }

    fn sign(envelope: &UnsignedOriginatorEnvelope, key: &PrivateKeySigner) -> RawEnvelope {
        let signed = SignedOriginatorEnvelope::sign(envelope, key).expect("sign");
        RawEnvelope {
            unsigned: signed.unsigned,
            signature: Some(signed.signature),
        }
    }

    /// An honest envelope of `originator` at `seq`.
    fn honest(originator: u32, seq: u64) -> RawEnvelope {
        sign(
            &unsigned(originator, seq, seq as i64 * 1_000, &payer(originator, 30)),
            &node_key(originator),
        )
    }

    fn checker(name: &str) -> (SafetyChecker, std::path::PathBuf) {
        let dir = std::env::temp_dir().join(format!("watch-safety-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        (
            SafetyChecker::new(WatchStore::open(&dir).expect("open")),
            dir,
        )
    }

    fn cursor(entries: &[(u32, u64)]) -> BTreeMap<u32, u64> {
        entries.iter().copied().collect()
    }

    fn check(
        checker: &SafetyChecker,
        source: u32,
        request: &[(u32, u64)],
        envelopes: &[RawEnvelope],
    ) -> CheckOutcome {
        checker
            .check_response(source, &cursor(request), envelopes, &chain, EPOCH)
            .expect("check")
    }

    fn findings_against(checker: &SafetyChecker, node: u32) -> Vec<StoredFinding> {
        checker
            .store()
            .findings(RelayState::Pending, 1_000)
            .expect("findings")
            .into_iter()
            .filter(|finding| finding.node_id == node)
            .collect()
    }

    #[test]
    fn test_check_response_honest_nodes_with_gaps_and_lag_record_nothing() {
        let (checker, dir) = checker("honest");
        // Sequence ids with gaps (xmtpd's may have them), served by the originator and by a lagging peer.
        let own: Vec<_> = [1, 2, 5, 9]
            .into_iter()
            .map(|seq| honest(ORIGINATOR, seq))
            .collect();
        let outcome = check(&checker, ORIGINATOR, &[(ORIGINATOR, 0)], &own);
        assert_eq!(
            (outcome.verified, outcome.new_digests, outcome.out_of_order),
            (4, 4, 0)
        );
        assert!(outcome.findings.is_empty());
        assert_eq!(outcome.cursors, cursor(&[(ORIGINATOR, 9)]));
        let outcome = check(&checker, PEER, &[(ORIGINATOR, 0), (PEER, 0)], &own[..2]);
        assert_eq!((outcome.verified, outcome.new_digests), (2, 0));
        assert!(checker
            .store()
            .findings(RelayState::Pending, 10)
            .expect("findings")
            .is_empty());
        assert!(checker
            .omission_candidates(ORIGINATOR, 9)
            .expect("candidates")
            .is_empty());
        let reordering = checker
            .store()
            .epoch_stat(ORIGINATOR, EPOCH, StatKind::Reordering)
            .expect("stat");
        assert_eq!((reordering.requests, reordering.failures), (4, 0));
        let omission = checker
            .store()
            .epoch_stat(ORIGINATOR, EPOCH, StatKind::Omission)
            .expect("stat");
        assert_eq!((omission.requests, omission.failures), (4, 0));
        assert_eq!(checker.store().cursor(PEER, ORIGINATOR).expect("cursor"), 2);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn test_check_response_garbage_protobuf_is_malformed_against_the_source_only() {
        let (checker, dir) = checker("garbage");
        let garbage = RawEnvelope {
            unsigned: Bytes::from_static(&[
                0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
            ]),
            signature: Some(Bytes::from_static(&[1; 65])),
        };
        let truncated = RawEnvelope {
            unsigned: Bytes::from_static(&[0x22, 0x05, 0x01]),
            signature: None,
        };
        let outcome = check(
            &checker,
            PEER,
            &[(ORIGINATOR, 0)],
            &[garbage.clone(), truncated, honest(ORIGINATOR, 1)],
        );
        assert_eq!((outcome.malformed, outcome.verified), (2, 1));
        assert_eq!(outcome.findings.len(), 1);
        assert!(matches!(
            outcome.findings[0],
            Finding::MalformedEnvelope { source: PEER, .. }
        ));
        // Once per source and epoch.
        let again = check(&checker, PEER, &[(ORIGINATOR, 1)], &[garbage]);
        assert!(again.findings.is_empty());
        assert!(findings_against(&checker, ORIGINATOR).is_empty());
        assert_eq!(findings_against(&checker, PEER).len(), 1);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn test_check_response_envelope_signed_by_another_key_is_bad_signature_against_the_source() {
        let (checker, dir) = checker("stranger");
        let forged = sign(
            &unsigned(ORIGINATOR, 1, 5, &payer(ORIGINATOR, 30)),
            &key("stranger"),
        );
        let other_node = sign(
            &unsigned(ORIGINATOR, 2, 5, &payer(ORIGINATOR, 30)),
            &node_key(OTHER_PEER),
        );
        let outcome = check(&checker, PEER, &[(ORIGINATOR, 0)], &[forged, other_node]);
        assert_eq!(
            (
                outcome.bad_signature,
                outcome.verified,
                outcome.order_checked
            ),
            (2, 0, 0)
        );
        assert!(
            outcome.cursors.is_empty(),
            "a forged envelope never moves a cursor"
        );
        assert!(matches!(
            &outcome.findings[..],
            [Finding::BadSignature {
                source: PEER,
                originator: ORIGINATOR,
                sequence_id: 1,
                ..
            }]
        ));
        assert_eq!(checker.store().digest_count().expect("count"), 0);
        assert!(findings_against(&checker, ORIGINATOR).is_empty());
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn test_check_response_peer_envelope_resigned_by_the_source_is_bad_signature_against_the_source(
    ) {
        let (checker, dir) = checker("resigned");
        let original = honest(ORIGINATOR, 1);
        check(
            &checker,
            ORIGINATOR,
            &[(ORIGINATOR, 0)],
            std::slice::from_ref(&original),
        );
        // The peer re-signs the originator's bytes, then a variant of them, with its own key.
        let resigned =
            SignedOriginatorEnvelope::sign_bytes(original.unsigned.clone(), &node_key(PEER))
                .expect("sign");
        let variant = sign(
            &unsigned(ORIGINATOR, 1, 999, &payer(ORIGINATOR, 30)),
            &node_key(PEER),
        );
        let outcome = check(
            &checker,
            PEER,
            &[(ORIGINATOR, 0)],
            &[
                RawEnvelope {
                    unsigned: resigned.unsigned,
                    signature: Some(resigned.signature),
                },
                variant,
            ],
        );
        assert_eq!(outcome.bad_signature, 2);
        assert!(matches!(
            &outcome.findings[..],
            [Finding::BadSignature { source: PEER, .. }]
        ));
        assert!(
            findings_against(&checker, ORIGINATOR).is_empty(),
            "no equivocation against the originator"
        );
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn test_check_response_signature_garbage_is_bad_signature() {
        let (checker, dir) = checker("sig-garbage");
        let mut short = honest(ORIGINATOR, 1);
        short.signature = Some(Bytes::from_static(&[7; 64]));
        let mut random = honest(ORIGINATOR, 2);
        random.signature = Some(Bytes::from(vec![0xab; 65]));
        let mut huge = honest(ORIGINATOR, 3);
        huge.signature = Some(Bytes::from(vec![1; 100_000]));
        let outcome = check(&checker, PEER, &[(ORIGINATOR, 0)], &[short, random, huge]);
        assert_eq!(outcome.bad_signature, 3);
        if let [Finding::BadSignature { reason, .. }] = &outcome.findings[..] {
            assert!(reason.len() <= MAX_REASON_LEN);
        } else {
            panic!("one bad_signature finding: {:?}", outcome.findings);
        }
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn test_check_response_high_s_signatures_are_honest() {
        let (checker, dir) = checker("high-s");
        // A payer signature with high s: xmtpd accepts it, so it is no invalid payload.
        let mut high_payer = payer(ORIGINATOR, 30);
        let low: [u8; 65] = high_payer
            .payer_signature
            .as_ref()
            .map(|signature| <[u8; 65]>::try_from(&signature[..]))
            .expect("signed")
            .expect("65 bytes");
        high_payer.payer_signature = Some(Bytes::from(malleate(&low).to_vec()));
        let envelope = unsigned(ORIGINATOR, 1, 10, &high_payer);
        let low_node = sign(&envelope, &node_key(ORIGINATOR));
        // The same envelope with a high-s node signature, served by a peer: the same content, no equivocation.
        let node_sig: [u8; 65] = low_node
            .signature
            .as_ref()
            .map(|signature| <[u8; 65]>::try_from(&signature[..]))
            .expect("signed")
            .expect("65 bytes");
        let high_node = RawEnvelope {
            unsigned: low_node.unsigned.clone(),
            signature: Some(Bytes::from(malleate(&node_sig).to_vec())),
        };
        let outcome = check(&checker, ORIGINATOR, &[(ORIGINATOR, 0)], &[low_node]);
        assert_eq!((outcome.verified, outcome.findings.len()), (1, 0));
        let outcome = check(&checker, PEER, &[(ORIGINATOR, 0)], &[high_node]);
        assert_eq!(
            (
                outcome.verified,
                outcome.bad_signature,
                outcome.findings.len()
            ),
            (1, 0, 0)
        );
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn test_check_response_invalid_payload_is_proven_and_recorded_once() {
        let (checker, dir) = checker("invalid-payload");
        let bad = sign(
            &unsigned(ORIGINATOR, 1, 10, &payer(900, 30)),
            &node_key(ORIGINATOR),
        );
        let outcome = check(
            &checker,
            PEER,
            &[(ORIGINATOR, 0)],
            std::slice::from_ref(&bad),
        );
        let [Finding::InvalidPayload {
            originator,
            sequence_id,
            source,
            violation,
            envelope,
        }] = &outcome.findings[..]
        else {
            panic!("one invalid payload: {:?}", outcome.findings);
        };
        assert_eq!(
            (*originator, *sequence_id, *source, violation.as_str()),
            (ORIGINATOR, 1, PEER, "TargetOriginator")
        );
        let report = verify_invalid_payload(
            ORIGINATOR,
            &envelope.unsigned,
            &envelope.signature,
            |signer| chain(signer).unwrap_or_default(),
        )
        .expect("the contract accepts it");
        assert_eq!(report.sequence_id, 1);
        // Served again, by the originator: recorded once; and it is a served envelope, no omission.
        let again = check(&checker, ORIGINATOR, &[(ORIGINATOR, 0)], &[bad]);
        assert!(again.findings.is_empty());
        let stored = findings_against(&checker, ORIGINATOR);
        assert_eq!(stored.len(), 1);
        assert_eq!(
            Finding::from_stored(&stored[0]).expect("parse"),
            outcome.findings[0]
        );
        assert_eq!(stored[0].id, "invalid_payload:100:1");
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn test_check_response_unverifiable_or_malformed_payer_is_not_relayed() {
        let (checker, dir) = checker("unverifiable");
        let mut unverifiable = payer(ORIGINATOR, 30);
        let mut bytes = unverifiable
            .payer_signature
            .clone()
            .expect("signed")
            .to_vec();
        bytes[..32].fill(0);
        bytes[31] = 1;
        bytes[64] = 2;
        unverifiable.payer_signature = Some(bytes.into());
        let first = sign(
            &unsigned(ORIGINATOR, 1, 10, &unverifiable),
            &node_key(ORIGINATOR),
        );
        let mut malformed = unsigned(ORIGINATOR, 2, 10, &payer(ORIGINATOR, 30));
        malformed.payer_envelope_bytes = Bytes::from_static(&[0x1e, 0x00]);
        let second = sign(&malformed, &node_key(ORIGINATOR));
        let outcome = check(&checker, ORIGINATOR, &[(ORIGINATOR, 0)], &[first, second]);
        assert_eq!((outcome.verified, outcome.bad_signature), (2, 0));
        assert!(outcome.findings.is_empty());
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn test_check_response_retired_key_counts_within_coverage_and_is_skipped_beyond() {
        let (checker, dir) = checker("retired");
        let covered = sign(
            &unsigned(ORIGINATOR, 50, 10, &payer(ORIGINATOR, 30)),
            &key("retired"),
        );
        let beyond = sign(
            &unsigned(ORIGINATOR, 51, 10, &payer(ORIGINATOR, 30)),
            &key("retired"),
        );
        let outcome = check(&checker, ORIGINATOR, &[(ORIGINATOR, 0)], &[covered, beyond]);
        assert_eq!(
            (outcome.verified, outcome.uncovered, outcome.bad_signature),
            (1, 1, 0)
        );
        assert!(outcome.findings.is_empty());
        assert_eq!(
            outcome.cursors,
            cursor(&[(ORIGINATOR, 51)]),
            "an honest node is not re-read forever"
        );
        assert_eq!(checker.store().digest_count().expect("count"), 1);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn test_check_response_sequence_ids_zero_and_max_do_not_break_anything() {
        let (checker, dir) = checker("extremes");
        let outcome = check(
            &checker,
            ORIGINATOR,
            &[(ORIGINATOR, 0)],
            &[
                honest(ORIGINATOR, 0),
                honest(ORIGINATOR, u64::MAX),
                honest(ORIGINATOR, u64::MAX),
            ],
        );
        // 0 is not above the cursor; the second u64::MAX is a duplicate.
        assert_eq!(
            (
                outcome.order_checked,
                outcome.out_of_order,
                outcome.verified
            ),
            (3, 2, 3)
        );
        assert_eq!(outcome.cursors, cursor(&[(ORIGINATOR, u64::MAX)]));
        assert_eq!(
            checker
                .store()
                .cursor(ORIGINATOR, ORIGINATOR)
                .expect("cursor"),
            u64::MAX
        );
        assert_eq!(
            checker.store().max_verified_seq(ORIGINATOR).expect("max"),
            u64::MAX
        );
        assert!(outcome.findings.is_empty());
        // Nothing is above u64::MAX.
        let outcome = check(
            &checker,
            ORIGINATOR,
            &[(ORIGINATOR, u64::MAX)],
            &[honest(ORIGINATOR, u64::MAX)],
        );
        assert_eq!(outcome.out_of_order, 1);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn test_check_response_duplicates_and_descending_ids_are_reordering_failures_of_the_source() {
        let (checker, dir) = checker("order");
        let response = [
            honest(ORIGINATOR, 3),
            honest(ORIGINATOR, 3),
            honest(ORIGINATOR, 2),
            honest(PEER, 1),
            honest(ORIGINATOR, 4),
        ];
        let outcome = check(&checker, PEER, &[(ORIGINATOR, 0), (PEER, 0)], &response);
        assert_eq!((outcome.order_checked, outcome.out_of_order), (5, 2));
        assert!(
            outcome.findings.is_empty(),
            "a duplicate of the same content is no equivocation"
        );
        let stat = checker
            .store()
            .epoch_stat(PEER, EPOCH, StatKind::Reordering)
            .expect("stat");
        assert_eq!((stat.requests, stat.failures), (5, 2));
        assert_eq!(
            checker
                .store()
                .epoch_stat(ORIGINATOR, EPOCH, StatKind::Reordering)
                .expect("stat"),
            StatDelta::default(),
            "the originator served nothing out of order"
        );
        // Below the request cursor is out of order too.
        let outcome = check(&checker, PEER, &[(ORIGINATOR, 4)], &[honest(ORIGINATOR, 4)]);
        assert_eq!(outcome.out_of_order, 1);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn test_check_response_envelopes_of_unrequested_originators_are_ignored() {
        let (checker, dir) = checker("unrequested");
        let outcome = check(
            &checker,
            PEER,
            &[(ORIGINATOR, 0)],
            &[honest(OTHER_PEER, 1), honest(ORIGINATOR, 1)],
        );
        assert_eq!((outcome.unrequested, outcome.verified), (1, 1));
        assert_eq!(
            checker.store().max_verified_seq(OTHER_PEER).expect("max"),
            0
        );
        assert_eq!(checker.store().cursor(PEER, OTHER_PEER).expect("cursor"), 0);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn test_check_response_huge_response_is_bounded() {
        let (checker, dir) = checker("huge");
        let garbage = RawEnvelope {
            unsigned: Bytes::from_static(&[0x08]),
            signature: None,
        };
        let response = vec![garbage; MAX_ENVELOPES_PER_RESPONSE + 500];
        let outcome = check(&checker, PEER, &[(ORIGINATOR, 0)], &response);
        assert_eq!(
            (outcome.malformed, outcome.ignored_excess),
            (MAX_ENVELOPES_PER_RESPONSE, 500)
        );
        assert_eq!(outcome.findings.len(), 1);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn test_check_response_blockchain_proof_envelopes_are_ordered_not_judged() {
        let (checker, dir) = checker("blockchain");
        let proof = RawEnvelope {
            unsigned: unsigned(ORIGINATOR, 4, 1, &payer(900, 0)).encode(),
            signature: None,
        };
        let outcome = check(&checker, PEER, &[(ORIGINATOR, 0)], &[proof]);
        assert_eq!(
            (
                outcome.blockchain_proof,
                outcome.order_checked,
                outcome.verified
            ),
            (1, 1, 0)
        );
        assert!(outcome.findings.is_empty());
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn test_check_response_equivocation_is_suspected_once_and_provable() {
        let (checker, dir) = checker("equivocation");
        let first = honest(ORIGINATOR, 5);
        let second = sign(
            &unsigned(ORIGINATOR, 5, 77, &payer(ORIGINATOR, 30)),
            &node_key(ORIGINATOR),
        );
        check(
            &checker,
            PEER,
            &[(ORIGINATOR, 0)],
            std::slice::from_ref(&first),
        );
        let outcome = check(
            &checker,
            ORIGINATOR,
            &[(ORIGINATOR, 0)],
            std::slice::from_ref(&second),
        );
        let [Finding::SuspectedEquivocation {
            originator,
            sequence_id,
            first_source,
            second_source,
            second: kept,
        }] = &outcome.findings[..]
        else {
            panic!("one suspected equivocation: {:?}", outcome.findings);
        };
        assert_eq!(
            (*originator, *sequence_id, *first_source, *second_source),
            (ORIGINATOR, 5, PEER, ORIGINATOR)
        );
        let first_signed = SignedEnvelope {
            unsigned: first.unsigned.clone(),
            signature: first.signature.clone().expect("signed"),
        };
        let report = SafetyChecker::prove_equivocation(ORIGINATOR, &first_signed, kept, &chain)
            .expect("proven");
        assert_eq!(report.sequence_id, 5);
        // An unknown signer never proves anything.
        assert!(
            SafetyChecker::prove_equivocation(ORIGINATOR, &first_signed, kept, &|_| None).is_err()
        );
        // The second version served again, by anyone: no new finding. It was served by the originator: no omission.
        assert!(check(&checker, OTHER_PEER, &[(ORIGINATOR, 0)], &[second])
            .findings
            .is_empty());
        assert!(checker
            .omission_candidates(ORIGINATOR, 5)
            .expect("candidates")
            .is_empty());
        assert_eq!(checker.store().finding_count().expect("count"), 1);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn test_check_response_two_versions_in_one_response_are_suspected() {
        let (checker, dir) = checker("equivocation-one-response");
        let a = honest(ORIGINATOR, 5);
        let b = sign(
            &unsigned(ORIGINATOR, 5, 78, &payer(ORIGINATOR, 30)),
            &node_key(ORIGINATOR),
        );
        let outcome = check(&checker, PEER, &[(ORIGINATOR, 0)], &[a, b]);
        assert_eq!(outcome.out_of_order, 1);
        assert!(matches!(
            &outcome.findings[..],
            [Finding::SuspectedEquivocation {
                first_source: PEER,
                second_source: PEER,
                sequence_id: 5,
                ..
            }]
        ));
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn test_check_response_honest_resign_is_no_equivocation() {
        let (checker, dir) = checker("resign");
        let mut envelope = unsigned(ORIGINATOR, 5, 10, &payer(ORIGINATOR, 30));
        let first = sign(&envelope, &node_key(ORIGINATOR));
        envelope.other_fields = Writer::new().varint(5, 9).finish();
        let resigned = sign(&envelope, &key("retired"));
        check(&checker, PEER, &[(ORIGINATOR, 0)], &[first]);
        let outcome = check(&checker, ORIGINATOR, &[(ORIGINATOR, 0)], &[resigned]);
        assert_eq!((outcome.verified, outcome.findings.len()), (1, 0));
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn test_content_digest_is_verify_equivocations_criterion() {
        let node = node_key(ORIGINATOR);
        let base = unsigned(ORIGINATOR, 5, 10, &payer(ORIGINATOR, 30));
        let mut other_fields = base.clone();
        other_fields.other_fields = Writer::new().varint(6, 1).finish();
        let mut other_ns = base.clone();
        other_ns.originator_ns = -10;
        let mut other_payer = base.clone();
        other_payer.payer_envelope_bytes = payer(ORIGINATOR, 31).encode();
        let mut shifted = base.clone();
        // The same concatenation split differently must not collide.
        shifted.originator_ns = 0;
        shifted.payer_envelope_bytes = [&10i64.to_be_bytes()[..], &base.payer_envelope_bytes]
            .concat()
            .into();
        for variant in [other_fields, other_ns, other_payer, shifted] {
            let a = SignedOriginatorEnvelope::sign(&base, &node).expect("sign");
            let b = SignedOriginatorEnvelope::sign(&variant, &node).expect("sign");
            let verdict = verify_equivocation(
                ORIGINATOR,
                &a.unsigned,
                &a.signature,
                &b.unsigned,
                &b.signature,
                |s| chain(s).unwrap_or_default(),
            );
            assert_eq!(
                content_digest(&base) != content_digest(&variant),
                verdict.is_ok(),
                "{variant:?}: {verdict:?}"
            );
            if verdict.is_err() {
                assert_eq!(verdict, Err(EvidenceError::NotEquivocation));
            }
        }
    }

    #[test]
    fn test_check_response_unknown_signer_defers_the_rest_of_its_originator() {
        let (checker, dir) = checker("unknown");
        let half_known = |signer: Address| {
            if signer == node_key(ORIGINATOR).address() {
                None
            } else {
                chain(signer)
            }
        };
        let response = [
            honest(ORIGINATOR, 1),
            honest(PEER, 1),
            honest(ORIGINATOR, 2),
        ];
        let outcome = checker
            .check_response(
                OTHER_PEER,
                &cursor(&[(ORIGINATOR, 0), (PEER, 0)]),
                &response,
                &half_known,
                EPOCH,
            )
            .expect("check");
        assert_eq!(
            (outcome.deferred, outcome.verified, outcome.bad_signature),
            (2, 1, 0)
        );
        assert_eq!(outcome.cursors, cursor(&[(PEER, 1)]));
        assert!(outcome.findings.is_empty());
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn test_omission_candidates_only_what_the_originator_skipped_below_its_own_bounds() {
        let (checker, dir) = checker("omission");
        let all: Vec<_> = (1..=6).map(|seq| honest(ORIGINATOR, seq)).collect();
        check(&checker, PEER, &[(ORIGINATOR, 0)], &all);
        // The originator serves 1, 2, 4, 5: it skipped 3; 6 is beyond what it served.
        let served: Vec<_> = [0, 1, 3, 4].into_iter().map(|i| all[i].clone()).collect();
        check(&checker, ORIGINATOR, &[(ORIGINATOR, 0)], &served);
        assert_eq!(
            checker
                .omission_candidates(ORIGINATOR, 6)
                .expect("candidates"),
            vec![3]
        );
        // Its own sync cursor bounds it too: a node that does not claim 3 yet is not held to it.
        assert!(checker
            .omission_candidates(ORIGINATOR, 2)
            .expect("candidates")
            .is_empty());
        assert!(checker
            .omission_candidates(PEER, u64::MAX)
            .expect("candidates")
            .is_empty());
        let finding = checker
            .record_omission(ORIGINATOR, 3, EPOCH)
            .expect("record");
        assert_eq!(
            finding,
            Some(Finding::Omission {
                originator: ORIGINATOR,
                sequence_id: 3
            })
        );
        assert_eq!(
            checker
                .record_omission(ORIGINATOR, 3, EPOCH)
                .expect("record"),
            None,
            "once"
        );
        assert_eq!(
            checker
                .record_omission(ORIGINATOR, 2, EPOCH)
                .expect("record"),
            None,
            "it served 2"
        );
        assert_eq!(
            checker
                .record_omission(ORIGINATOR, 60, EPOCH)
                .expect("record"),
            None,
            "nobody holds 60"
        );
        assert!(checker
            .omission_candidates(ORIGINATOR, 6)
            .expect("candidates")
            .is_empty());
        let stat = checker
            .store()
            .epoch_stat(ORIGINATOR, EPOCH, StatKind::Omission)
            .expect("stat");
        assert_eq!((stat.requests, stat.failures), (5, 1));
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn test_omission_candidate_served_on_the_targeted_query_is_not_recorded() {
        let (checker, dir) = checker("omission-confirm");
        let all: Vec<_> = (1..=3).map(|seq| honest(ORIGINATOR, seq)).collect();
        check(&checker, PEER, &[(ORIGINATOR, 0)], &all);
        // A commit race: the originator's first answer lacked 2.
        check(
            &checker,
            ORIGINATOR,
            &[(ORIGINATOR, 0)],
            &[all[0].clone(), all[2].clone()],
        );
        assert_eq!(
            checker
                .omission_candidates(ORIGINATOR, 3)
                .expect("candidates"),
            vec![2]
        );
        // The runner asks for it directly (cursor 1, limit 1) and the originator has it.
        let outcome = check(&checker, ORIGINATOR, &[(ORIGINATOR, 1)], &[all[1].clone()]);
        assert_eq!(outcome.out_of_order, 0);
        assert_eq!(
            checker
                .record_omission(ORIGINATOR, 2, EPOCH)
                .expect("record"),
            None
        );
        assert!(findings_against(&checker, ORIGINATOR).is_empty());
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn test_check_response_peer_that_skipped_reordered_envelopes_is_not_flagged() {
        let (checker, dir) = checker("peer-skip");
        let all: Vec<_> = (1..=4).map(|seq| honest(ORIGINATOR, seq)).collect();
        check(&checker, ORIGINATOR, &[(ORIGINATOR, 0)], &all);
        // The peer received 3 after it had answered up to 4: it never serves 3 to this cursor.
        let outcome = check(
            &checker,
            PEER,
            &[(ORIGINATOR, 0)],
            &[all[0].clone(), all[1].clone(), all[3].clone()],
        );
        assert_eq!(outcome.out_of_order, 0);
        assert!(checker
            .store()
            .findings(RelayState::Pending, 10)
            .expect("findings")
            .is_empty());
        assert_eq!(
            checker
                .store()
                .epoch_stat(PEER, EPOCH, StatKind::Omission)
                .expect("stat"),
            StatDelta::default()
        );
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn test_check_response_state_survives_restart_without_doubling() {
        let dir = std::env::temp_dir().join(format!("watch-safety-restart-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let response: Vec<_> = (1..=3).map(|seq| honest(ORIGINATOR, seq)).collect();
        let bad = sign(
            &unsigned(ORIGINATOR, 9, 1, &payer(900, 30)),
            &node_key(ORIGINATOR),
        );
        {
            let checker = SafetyChecker::new(WatchStore::open(&dir).expect("open"));
            let mut first = response.clone();
            first.push(bad.clone());
            let outcome = check(&checker, PEER, &[(ORIGINATOR, 0)], &first);
            assert_eq!((outcome.new_digests, outcome.findings.len()), (4, 1));
        }
        let checker = SafetyChecker::new(WatchStore::open(&dir).expect("reopen"));
        assert_eq!(checker.store().cursor(PEER, ORIGINATOR).expect("cursor"), 9);
        assert_eq!(checker.store().digest_count().expect("count"), 4);
        // The same response replayed after a restart: nothing new.
        let outcome = check(
            &checker,
            PEER,
            &[(ORIGINATOR, 0)],
            &[response[2].clone(), bad],
        );
        assert_eq!((outcome.new_digests, outcome.findings.len()), (0, 0));
        assert_eq!(checker.store().digest_count().expect("count"), 4);
        assert_eq!(checker.store().finding_count().expect("count"), 1);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn test_signers_of_lists_each_recoverable_key_once() {
        let mut garbage = honest(ORIGINATOR, 3);
        garbage.signature = Some(Bytes::from_static(&[1; 10]));
        let unsigned_proof = RawEnvelope {
            unsigned: Bytes::new(),
            signature: None,
        };
        let signers = signers_of(&[
            honest(ORIGINATOR, 1),
            honest(ORIGINATOR, 2),
            honest(PEER, 1),
            garbage,
            unsigned_proof,
        ]);
        assert_eq!(
            signers,
            BTreeSet::from([node_key(ORIGINATOR).address(), node_key(PEER).address()])
        );
    }

    #[test]
    fn test_check_response_peer_reoriginating_another_nodes_payload_is_its_own_invalid_payload() {
        let (checker, dir) = checker("reoriginate");
        // The peer wraps a payer envelope addressed to the originator in an envelope of its own.
        let stolen = sign(
            &unsigned(PEER, 1, 10, &payer(ORIGINATOR, 30)),
            &node_key(PEER),
        );
        let outcome = check(&checker, PEER, &[(PEER, 0)], &[stolen]);
        assert!(matches!(
            &outcome.findings[..],
            [Finding::InvalidPayload { originator: PEER, violation, .. }] if violation == "TargetOriginator"
        ));
        assert!(findings_against(&checker, ORIGINATOR).is_empty());
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn test_check_response_corrupted_bytes_never_accuse_the_originator() {
        let (checker, dir) = checker("bitflips");
        let good = honest(ORIGINATOR, 1);
        let mut corrupted = Vec::new();
        for index in 0..good.unsigned.len() {
            let mut bytes = good.unsigned.to_vec();
            bytes[index] ^= 0x5a;
            corrupted.push(RawEnvelope {
                unsigned: bytes.into(),
                signature: good.signature.clone(),
            });
        }
        let signature = good.signature.clone().expect("signed");
        for index in [0, 31, 32, 63, 64] {
            let mut bytes = signature.to_vec();
            bytes[index] ^= 0x01;
            corrupted.push(RawEnvelope {
                unsigned: good.unsigned.clone(),
                signature: Some(bytes.into()),
            });
        }
        // Pseudo-random garbage of every length up to 80 bytes.
        for length in 0..80u8 {
            let bytes = keccak256([length]).repeat(3)[..usize::from(length)].to_vec();
            corrupted.push(RawEnvelope {
                unsigned: bytes.into(),
                signature: Some(signature.clone()),
            });
        }
        for chunk in corrupted.chunks(100) {
            let outcome = check(
                &checker,
                PEER,
                &[(ORIGINATOR, 0), (PEER, 0), (OTHER_PEER, 0)],
                chunk,
            );
            assert_eq!(outcome.verified, 0, "no corruption keeps a valid signature");
        }
        // Against the serving peer only; the originator is untouched and its envelope still checks out.
        assert!(findings_against(&checker, ORIGINATOR).is_empty());
        assert!(findings_against(&checker, OTHER_PEER).is_empty());
        assert!(!findings_against(&checker, PEER).is_empty());
        assert_eq!(checker.store().digest_count().expect("count"), 0);
        let outcome = check(&checker, ORIGINATOR, &[(ORIGINATOR, 0)], &[good]);
        assert_eq!((outcome.verified, outcome.findings.len()), (1, 0));
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn test_finding_ids_and_kinds() {
        let omission = Finding::Omission {
            originator: 1,
            sequence_id: 2,
        };
        assert_eq!(
            (omission.id(3), omission.kind(), omission.node_id()),
            ("omission:1:2".to_owned(), "omission", 1)
        );
        let bad = Finding::MalformedEnvelope {
            source: 4,
            reason: "x".into(),
        };
        assert_eq!(
            (bad.id(3), bad.sequence_id()),
            ("malformed_envelope:4:epoch:3".to_owned(), None)
        );
        let stored = omission.to_new(3);
        assert_eq!(
            stored.detail,
            serde_json::json!({"kind": "omission", "originator": 1, "sequence_id": 2})
        );
        // sign_digest is what nodes use: keep the import honest.
        assert!(sign_digest(&key("k"), &B256::ZERO).is_ok());
    }
}
