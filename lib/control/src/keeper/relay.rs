//! Misbehavior evidence: the JSON format operators and nodes hand in (`keeper relay FILE`,
//! `POST /v1/misbehavior`), its local verification with the library's [`crate::evidence`]
//! module (the contract's exact rules, in its order), de-duplication by report id, and submission
//! through the keeper's one sender: first `commitReport`, mined, then the report, so that the
//! reward cannot be taken by copying the report from the mempool.
//!
//! ```json
//! {"kind": "equivocation", "node_id": 100,
//!  "envelopes": [{"unsigned_originator_envelope": "0x08…", "signature": "0x…"},
//!                {"unsigned_originator_envelope": "0x08…", "signature": "0x…"}]}
//! {"kind": "invalid_payload", "node_id": 100,
//!  "envelope": {"unsigned_originator_envelope": "0x08…", "signature": "0x…"}}
//! ```
//!
//! `unsigned_originator_envelope` is the protobuf `UnsignedOriginatorEnvelope` the node signed
//! and `signature` its 65-byte signature over it, both hex. A node signature with a high `s` or
//! `v` 27/28 is the node's all the same; the relay sends it in the low-`s`, `v` 0/1 form.
//!
//! Relaying must never lose the keeper money, whoever hands evidence in: [`economics`] prices a
//! report before anything is signed, [`limits`] bounds what the public intake takes, [`store`]
//! keeps accepted evidence across restarts, and [`worker`] relays in a task of its own that
//! gives way to the jobs.

pub mod economics;
pub mod limits;
pub mod store;
pub mod worker;

use std::{
    collections::{HashMap, HashSet},
    future::Future,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use alloy::{
    primitives::{Address, Bytes, TxHash, B256},
    providers::{DynProvider, Provider as _},
    rpc::types::TransactionReceipt,
};
use serde::{Deserialize, Serialize};
use xmtp_bindings::{misbehavior_reports::MisbehaviorReports, nodes::Nodes};

use self::{
    economics::{EconomicsError, GasLedger, Payer, Priced, Quote, Refusal},
    worker::JobGate,
};
use super::{
    metrics::{Metrics, RelayOutcome},
    sender::{Call, Outcome, SendError, Sender},
};
use crate::evidence::{
    calldata, equivocation_report_id, normalize, originator_digest, signer_cache::SignerCache,
    verify_equivocation, verify_invalid_payload, EvidenceError, SignerRecord,
};
use crate::revert::{AlreadyDone, SuiteRevert};

/// The largest evidence document accepted: two envelopes of the largest payload a broadcaster
/// takes, hex-encoded, with room to spare.
pub const MAX_EVIDENCE_BYTES: usize = 1 << 20;

/// One envelope a node signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedEnvelope {
    /// The protobuf `UnsignedOriginatorEnvelope`.
    pub unsigned_originator_envelope: Bytes,
    /// The node's 65-byte signature over it.
    pub signature: Bytes,
}

/// A piece of misbehavior evidence, as handed in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Evidence {
    /// Two envelopes the node signed with the same sequence id but different contents.
    Equivocation {
        /// The reported node.
        node_id: u32,
        /// The two envelopes.
        envelopes: [SignedEnvelope; 2],
    },
    /// An envelope whose payer envelope breaks a rule.
    InvalidPayload {
        /// The reported node.
        node_id: u32,
        /// The envelope.
        envelope: SignedEnvelope,
    },
}

impl Evidence {
    /// Parses a JSON document.
    pub fn from_json(json: &[u8]) -> Result<Self, RelayError> {
        if json.len() > MAX_EVIDENCE_BYTES {
            return Err(RelayError::TooLarge(json.len()));
        }
        serde_json::from_slice(json).map_err(RelayError::Json)
    }

    /// The reported node.
    pub fn node_id(&self) -> u32 {
        match self {
            Self::Equivocation { node_id, .. } | Self::InvalidPayload { node_id, .. } => *node_id,
        }
    }

    fn envelopes(&self) -> Vec<&SignedEnvelope> {
        match self {
            Self::Equivocation { envelopes, .. } => envelopes.iter().collect(),
            Self::InvalidPayload { envelope, .. } => vec![envelope],
        }
    }
}

/// Evidence that passed local verification: what will be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    /// The id the contract will record it under, `keccak256(abi.encode(nodeId, sequenceId))`.
    pub report_id: B256,
    /// The reported node.
    pub node_id: u32,
    /// The owner the signing keys answer to: whose stake the report slashes.
    pub owner: Address,
    /// The sequence id the evidence is about.
    pub sequence_id: u64,
    /// What the node did, for logs: `equivocation` or the payload rule broken.
    pub fault: String,
    /// The report's calldata for `MisbehaviorReports`.
    pub calldata: Bytes,
    /// The function called, for logs.
    pub function: &'static str,
}

/// Why evidence was not relayed.
#[derive(Debug, thiserror::Error)]
pub enum RelayError {
    /// The document exceeds [`MAX_EVIDENCE_BYTES`].
    #[error("evidence is {0} bytes, more than the 1 MiB accepted")]
    TooLarge(usize),
    /// The document is not valid evidence JSON.
    #[error("evidence is not valid JSON in the documented format: {0}")]
    Json(#[source] serde_json::Error),
    /// The evidence fails the contract's rules: it would revert, so it is never sent.
    #[error("evidence refused ({}): {error}", error.name())]
    Invalid {
        /// The contract's error, by name.
        error: EvidenceError,
    },
    /// A chain read failed.
    #[error("reading {what} failed")]
    Read {
        /// What was read.
        what: &'static str,
        /// The failure.
        #[source]
        source: Box<alloy::contract::Error>,
    },
    /// The report transaction failed (boxed: a send error carries a receipt's worth of context).
    #[error(transparent)]
    Send(Box<SendError>),
    /// Whether the report pays could not be told: nothing was sent.
    #[error("cannot price the report")]
    Economics(#[source] EconomicsError),
    /// Relaying stopped (shutdown) before the report was sent.
    #[error("relaying stopped before the report was sent")]
    Stopped,
}

impl RelayError {
    /// Whether the evidence itself is at fault (bad input: exit code 2, HTTP 400), rather than
    /// the chain or the transaction.
    pub fn is_bad_input(&self) -> bool {
        matches!(
            self,
            Self::TooLarge(_) | Self::Json(_) | Self::Invalid { .. }
        )
    }

    /// A stable name for bad input, the `reason` label of `keeper_evidence_rejected_total`.
    pub fn reason(&self) -> &'static str {
        match self {
            Self::TooLarge(_) => "too_large",
            Self::Json(_) => "not_evidence_json",
            Self::Invalid { error } => error.name(),
            Self::Read { .. } => "read_failed",
            Self::Send(_) => "send_failed",
            Self::Economics(_) => "unpriced",
            Self::Stopped => "stopped",
        }
    }
}

/// A node signature in the form the relay sends: low `s`, `v` 0/1 (see [`normalize`]). One the
/// verifier will refuse is left as it is, for the verifier to name the error.
/// Whether `error` is the contract's word that this misbehavior was already reported (by us or another relay).
fn sequence_already_reported(error: &SendError) -> bool {
    error.revert().and_then(SuiteRevert::already_done) == Some(AlreadyDone::SequenceAlreadyReported)
}

fn normalized(envelope: &SignedEnvelope) -> SignedEnvelope {
    let digest = originator_digest(&envelope.unsigned_originator_envelope);
    match normalize(&digest, &envelope.signature) {
        Ok((signature, _)) => SignedEnvelope {
            unsigned_originator_envelope: envelope.unsigned_originator_envelope.clone(),
            signature: Bytes::copy_from_slice(&signature),
        },
        Err(_) => envelope.clone(),
    }
}

/// Verifies `evidence` exactly as the contract will, asking `signer_record` (the chain's
/// `Nodes.signerRecord`) only about the addresses the signatures recover to. The calldata carries
/// the node signatures normalised.
pub async fn check<F, Fut>(evidence: &Evidence, signer_record: F) -> Result<Checked, RelayError>
where
    F: Fn(Address) -> Fut,
    Fut: Future<Output = Result<SignerRecord, alloy::contract::Error>>,
{
    let node_id = evidence.node_id();
    let evidence = match evidence {
        Evidence::Equivocation {
            node_id,
            envelopes: [a, b],
        } => Evidence::Equivocation {
            node_id: *node_id,
            envelopes: [normalized(a), normalized(b)],
        },
        Evidence::InvalidPayload { node_id, envelope } => Evidence::InvalidPayload {
            node_id: *node_id,
            envelope: normalized(envelope),
        },
    };
    // Signatures that do not recover fail in the verifier before any signer is consulted.
    let mut records = HashMap::new();
    for envelope in evidence.envelopes() {
        let digest = originator_digest(&envelope.unsigned_originator_envelope);
        if let Ok((_, signer)) = normalize(&digest, &envelope.signature) {
            if let std::collections::hash_map::Entry::Vacant(slot) = records.entry(signer) {
                let record = signer_record(signer)
                    .await
                    .map_err(|source| RelayError::Read {
                        what: "Nodes.signerRecord",
                        source: Box::new(source),
                    })?;
                slot.insert(record);
            }
        }
    }
    let known = |signer: Address| records.get(&signer).copied().unwrap_or_default();
    let invalid = |error| RelayError::Invalid { error };
    match &evidence {
        Evidence::Equivocation {
            envelopes: [a, b], ..
        } => {
            let report = verify_equivocation(
                node_id,
                &a.unsigned_originator_envelope,
                &a.signature,
                &b.unsigned_originator_envelope,
                &b.signature,
                known,
            )
            .map_err(invalid)?;
            Ok(Checked {
                report_id: report.report_id,
                node_id,
                owner: report.owner,
                sequence_id: report.sequence_id,
                fault: "equivocation".to_owned(),
                calldata: calldata::report_equivocation(
                    node_id,
                    &a.unsigned_originator_envelope,
                    &a.signature,
                    &b.unsigned_originator_envelope,
                    &b.signature,
                ),
                function: "MisbehaviorReports.reportEquivocation",
            })
        }
        Evidence::InvalidPayload { envelope, .. } => {
            let report = verify_invalid_payload(
                node_id,
                &envelope.unsigned_originator_envelope,
                &envelope.signature,
                known,
            )
            .map_err(invalid)?;
            Ok(Checked {
                report_id: equivocation_report_id(node_id, report.sequence_id),
                node_id,
                owner: report.owner,
                sequence_id: report.sequence_id,
                fault: format!("invalid payload ({})", report.violation.name()),
                calldata: calldata::report_invalid_payload(
                    node_id,
                    &envelope.unsigned_originator_envelope,
                    &envelope.signature,
                ),
                function: "MisbehaviorReports.reportInvalidPayload",
            })
        }
    }
}

/// What became of relayed evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Relayed {
    /// The report landed.
    Submitted {
        /// The report's id.
        report_id: B256,
        /// The transaction.
        tx_hash: TxHash,
    },
    /// Someone already reported this (node, sequence id): nothing sent.
    Duplicate {
        /// The report's id.
        report_id: B256,
    },
    /// A dry run: verified and simulated, nothing sent.
    DryRun {
        /// The report's id.
        report_id: B256,
    },
    /// The contract would refuse it (it slashes nothing), or it pays no reward: nothing sent.
    Refused {
        /// The report's id.
        report_id: B256,
        /// Why.
        refusal: Refusal,
    },
}

impl Relayed {
    /// The report's id.
    pub fn report_id(&self) -> B256 {
        match self {
            Self::Submitted { report_id, .. }
            | Self::Duplicate { report_id }
            | Self::DryRun { report_id }
            | Self::Refused { report_id, .. } => *report_id,
        }
    }
}

/// The relay: verifies, de-duplicates and submits evidence through the keeper's sender.
pub struct Relay {
    provider: DynProvider,
    sender: Arc<Sender>,
    nodes: Address,
    reports: Address,
    metrics: Arc<Metrics>,
    /// Report ids being submitted by this process, so that the same evidence handed in twice
    /// at once is sent once. Across restarts the chain (`isReported`) is the record.
    in_flight: Mutex<HashSet<B256>>,
    /// Recent `Nodes.signerRecord` answers: a flood of evidence signed by one key costs one
    /// read per block, not one per request.
    signers: SignerCache,
    /// What relay transactions spent in the last hour, against the budget (unlimited until
    /// the daemon sets it: `keeper relay FILE` is the operator's own decision).
    ledger: Arc<GasLedger>,
}

/// How long a signer record is reused: about one block.
const SIGNER_CACHE_TTL: Duration = Duration::from_secs(2);

impl std::fmt::Debug for Relay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Relay")
            .field("nodes", &self.nodes)
            .field("reports", &self.reports)
            .finish_non_exhaustive()
    }
}

impl Relay {
    /// A relay reading through `provider` and sending through `sender`.
    pub fn new(
        provider: DynProvider,
        sender: Arc<Sender>,
        nodes: Address,
        reports: Address,
        metrics: Arc<Metrics>,
    ) -> Self {
        Self {
            provider,
            sender,
            nodes,
            reports,
            metrics,
            in_flight: Mutex::new(HashSet::new()),
            signers: SignerCache::new(SIGNER_CACHE_TTL),
            ledger: Arc::new(GasLedger::new(u128::MAX)),
        }
    }

    /// What relay transactions spent (and may spend) in the last hour.
    pub fn ledger(&self) -> &Arc<GasLedger> {
        &self.ledger
    }

    /// The sender relay transactions go through.
    pub fn sender(&self) -> &Arc<Sender> {
        &self.sender
    }

    /// The counters.
    pub fn metrics(&self) -> &Arc<Metrics> {
        &self.metrics
    }

    /// What relaying `checked` would earn and cost (the commitment is priced only if it is not
    /// on chain yet), or why the contract would refuse it.
    pub async fn quote(&self, checked: &Checked) -> Result<Result<Quote, Refusal>, RelayError> {
        let fees = self.sender.fees();
        let payer = Payer {
            from: self.sender.address(),
            tip: fees.tip,
            cap: fees.cap,
        };
        let commitment = calldata::report_commitment(
            self.sender.address(),
            checked.node_id,
            checked.sequence_id,
        );
        let calls = [
            Priced {
                to: self.reports,
                data: calldata::commit_report(commitment),
                label: "MisbehaviorReports.commitReport",
            },
            Priced {
                to: self.reports,
                data: checked.calldata.clone(),
                label: checked.function,
            },
        ];
        economics::quote(
            &self.provider,
            self.reports,
            checked.owner,
            payer,
            &calls,
            |revert| revert.already_done() == Some(AlreadyDone::AlreadyCommitted),
        )
        .await
        .map_err(RelayError::Economics)
    }

    /// A signer's record, from the cache when it is fresh.
    async fn signer_record(&self, signer: Address) -> Result<SignerRecord, alloy::contract::Error> {
        if let Some(record) = self.signers.get(signer, Instant::now()) {
            return Ok(record);
        }
        let record = Nodes::new(self.nodes, &self.provider)
            .signerRecord(signer)
            .call()
            .await?;
        let record = SignerRecord::from(record);
        self.signers.insert(signer, record, Instant::now());
        Ok(record)
    }

    /// Records what a mined relay transaction spent (gas used × effective gas price).
    fn spent(&self, receipt: &TransactionReceipt) {
        let wei = u128::from(receipt.gas_used).saturating_mul(receipt.effective_gas_price);
        self.ledger.record(wei);
        self.metrics.add_relay_gas_spent(wei);
    }

    /// Records what a reverted relay transaction spent, from its receipt.
    async fn spent_by(&self, error: &SendError) {
        if let SendError::RevertedOnChain { tx_hash, .. } = error {
            if let Ok(Some(receipt)) = self.provider.get_transaction_receipt(*tx_hash).await {
                self.spent(&receipt);
            }
        }
    }

    /// Verifies `evidence` against the chain's signer records; records a rejection in the
    /// metrics.
    pub async fn check(&self, evidence: &Evidence) -> Result<Checked, RelayError> {
        let result = check(evidence, |signer| self.signer_record(signer)).await;
        if let Err(error) = &result {
            if error.is_bad_input() {
                self.metrics.record_relay(RelayOutcome::Rejected);
                self.metrics.record_rejected(error.reason());
                // Anyone can send junk: it is counted, and logged only for someone debugging.
                tracing::debug!(node_id = evidence.node_id(), %error, "evidence rejected");
            }
        }
        result
    }

    /// Whether the chain already holds a report for this evidence.
    pub async fn already_reported(&self, checked: &Checked) -> Result<bool, RelayError> {
        MisbehaviorReports::new(self.reports, &self.provider)
            .isReported(checked.node_id, checked.sequence_id)
            .call()
            .await
            .map_err(|source| RelayError::Read {
                what: "MisbehaviorReports.isReported",
                source: Box::new(source),
            })
    }

    /// Verifies, de-duplicates and submits `evidence`, recording the outcome in the metrics and
    /// the log.
    pub async fn relay(&self, evidence: &Evidence) -> Result<Relayed, RelayError> {
        let checked = self.check(evidence).await?;
        self.submit(checked).await
    }

    /// De-duplicates and submits evidence that passed [`Relay::check`], without asking whether
    /// it pays (`keeper relay FILE`: the operator asked for this one).
    pub async fn submit(&self, checked: Checked) -> Result<Relayed, RelayError> {
        self.submit_gated(checked, None).await
    }

    /// [`Relay::submit`], waiting before each transaction until `gate` says no job step is due
    /// or running (the daemon's relay task).
    pub async fn submit_gated(
        &self,
        checked: Checked,
        gate: Option<&JobGate>,
    ) -> Result<Relayed, RelayError> {
        let report_id = checked.report_id;
        if !self.claim(report_id) || self.already_reported(&checked).await? {
            self.release(report_id);
            return Ok(self.duplicate(&checked));
        }
        let result = self.commit_and_report(&checked, gate).await;
        self.release(report_id);
        result
    }

    async fn commit_and_report(
        &self,
        checked: &Checked,
        gate: Option<&JobGate>,
    ) -> Result<Relayed, RelayError> {
        let report_id = checked.report_id;
        let call = Call {
            to: self.reports,
            data: checked.calldata.clone(),
            label: checked.function,
        };
        // A report the contract would refuse (it slashes nothing) is not even committed to.
        if let Err(error) = self.sender.simulate(&call).await {
            if let Some(refused) = self.refused(checked, &error) {
                return Ok(refused);
            }
            if sequence_already_reported(&error) {
                return Ok(self.duplicate(checked));
            }
            self.metrics.record_relay(RelayOutcome::Failed);
            return Err(RelayError::Send(Box::new(error)));
        }
        if let Some(gate) = gate {
            gate.clear().await.map_err(|_| RelayError::Stopped)?;
        }
        if let Err(error) = self.commit(checked).await {
            if let Some(refused) = self.refused(checked, &error) {
                return Ok(refused);
            }
            self.metrics.record_relay(RelayOutcome::Failed);
            tracing::error!(%report_id, node_id = checked.node_id, error = %super::one_line(&error), "misbehavior commitment failed");
            return Err(RelayError::Send(Box::new(error)));
        }
        if let Some(gate) = gate {
            gate.clear().await.map_err(|_| RelayError::Stopped)?;
        }
        let result = self.sender.send(&call).await;
        if let Err(error) = &result {
            self.spent_by(error).await;
        }
        match result {
            Ok(Outcome::Confirmed(receipt)) => {
                self.spent(&receipt);
                self.metrics.record_relay(RelayOutcome::Submitted);
                tracing::info!(
                    %report_id, node_id = checked.node_id, sequence_id = checked.sequence_id,
                    fault = %checked.fault, tx = %receipt.transaction_hash, "misbehavior reported"
                );
                Ok(Relayed::Submitted {
                    report_id,
                    tx_hash: receipt.transaction_hash,
                })
            }
            Ok(Outcome::DryRun(_)) => Ok(Relayed::DryRun { report_id }),
            // Someone else's report landed between the check and ours.
            Err(error) if sequence_already_reported(&error) => Ok(self.duplicate(checked)),
            Err(error) => {
                if let Some(refused) = self.refused(checked, &error) {
                    return Ok(refused);
                }
                self.metrics.record_relay(RelayOutcome::Failed);
                tracing::error!(%report_id, node_id = checked.node_id, error = %super::one_line(&error), "misbehavior report failed");
                Err(RelayError::Send(Box::new(error)))
            }
        }
    }

    /// A send the contract refused because the report slashes nothing: not a failure.
    fn refused(&self, checked: &Checked, error: &SendError) -> Option<Relayed> {
        let refusal = Refusal::from_revert(error.revert()?)?;
        self.metrics.record_relay(RelayOutcome::Refused);
        tracing::info!(report_id = %checked.report_id, node_id = checked.node_id, reason = refusal.name(), "the contract refuses the report: nothing sent");
        Some(Relayed::Refused {
            report_id: checked.report_id,
            refusal,
        })
    }

    /// Commits to the report (`commitReport`) and waits until the commitment is mined: the report
    /// then lands in a later block, which the contract requires to pay the reporter. A commitment
    /// already on chain (an earlier attempt of ours) is as good.
    async fn commit(&self, checked: &Checked) -> Result<(), SendError> {
        let commitment = calldata::report_commitment(
            self.sender.address(),
            checked.node_id,
            checked.sequence_id,
        );
        let call = Call {
            to: self.reports,
            data: calldata::commit_report(commitment),
            label: "MisbehaviorReports.commitReport",
        };
        let result = self.sender.send(&call).await;
        if let Err(error) = &result {
            self.spent_by(error).await;
        }
        match result {
            Ok(Outcome::Confirmed(receipt)) => {
                self.spent(&receipt);
                tracing::info!(%commitment, tx = %receipt.transaction_hash, "report committed");
                Ok(())
            }
            Ok(Outcome::DryRun(_)) => Ok(()),
            Err(error)
                if error.revert().and_then(SuiteRevert::already_done)
                    == Some(AlreadyDone::AlreadyCommitted) =>
            {
                tracing::info!(%commitment, "report already committed");
                Ok(())
            }
            Err(error) => Err(error),
        }
    }

    fn duplicate(&self, checked: &Checked) -> Relayed {
        self.metrics.record_relay(RelayOutcome::Duplicate);
        tracing::info!(report_id = %checked.report_id, node_id = checked.node_id, "already reported: nothing sent");
        Relayed::Duplicate {
            report_id: checked.report_id,
        }
    }

    /// Marks `report_id` as being submitted; false when it already is.
    fn claim(&self, report_id: B256) -> bool {
        self.in_flight
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(report_id)
    }

    fn release(&self, report_id: B256) {
        self.in_flight
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .remove(&report_id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block_on<F: Future>(future: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(future)
    }

    #[test]
    fn parses_the_documented_format_and_refuses_unknown_fields() {
        let json = br#"{"kind": "invalid_payload", "node_id": 7,
            "envelope": {"unsigned_originator_envelope": "0x0a01", "signature": "0x01"}}"#;
        let evidence = Evidence::from_json(json).unwrap();
        assert_eq!(evidence.node_id(), 7);
        let round_trip = serde_json::to_vec(&evidence).unwrap();
        assert_eq!(Evidence::from_json(&round_trip).unwrap(), evidence);

        for bad in [
            &br#"{"kind": "invalid_payload", "node_id": 7, "extra": 1,
                 "envelope": {"unsigned_originator_envelope": "0x", "signature": "0x"}}"#[..],
            br#"{"kind": "theft", "node_id": 7}"#,
            br#"{"kind": "equivocation", "node_id": 7, "envelopes": []}"#,
            br#"{"kind": "invalid_payload", "node_id": -1,
                 "envelope": {"unsigned_originator_envelope": "0x", "signature": "0x"}}"#,
            br#"{"kind": "invalid_payload", "node_id": 1,
                 "envelope": {"unsigned_originator_envelope": "zz", "signature": "0x"}}"#,
            b"not json",
        ] {
            let error = Evidence::from_json(bad).unwrap_err();
            assert!(error.is_bad_input(), "{error}");
            assert!(!error.to_string().contains('\n'));
        }
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn envelope() -> impl Strategy<Value = SignedEnvelope> {
            (
                proptest::collection::vec(any::<u8>(), 0..120),
                proptest::collection::vec(any::<u8>(), 0..80),
            )
                .prop_map(|(unsigned, signature)| SignedEnvelope {
                    unsigned_originator_envelope: unsigned.into(),
                    signature: signature.into(),
                })
        }

        fn evidence() -> impl Strategy<Value = Evidence> {
            prop_oneof![
                (any::<u32>(), envelope(), envelope()).prop_map(|(node_id, a, b)| {
                    Evidence::Equivocation {
                        node_id,
                        envelopes: [a, b],
                    }
                }),
                (any::<u32>(), envelope())
                    .prop_map(|(node_id, envelope)| Evidence::InvalidPayload { node_id, envelope }),
            ]
        }

        proptest! {
            /// Any bytes handed in are evidence or bad input on one line, never a panic.
            #[test]
            fn any_bytes_are_evidence_or_bad_input(input in proptest::collection::vec(any::<u8>(), 0..400)) {
                if let Err(error) = Evidence::from_json(&input) {
                    prop_assert!(error.is_bad_input());
                    prop_assert!(!error.to_string().contains('\n'));
                }
            }

            /// The documented format round-trips.
            #[test]
            fn evidence_round_trips_through_json(evidence in evidence()) {
                let json = serde_json::to_vec(&evidence).unwrap();
                prop_assert_eq!(Evidence::from_json(&json).unwrap(), evidence);
            }

            /// Arbitrary envelopes are refused with the contract's error, whatever the chain says
            /// about their signers; only a report the contract would take passes.
            #[test]
            fn arbitrary_envelopes_are_refused_by_name(evidence in evidence(), known in any::<bool>()) {
                let node_id = evidence.node_id();
                let verdict = block_on(check(&evidence, |_| async move {
                    Ok::<_, alloy::contract::Error>(if known {
                        SignerRecord::current(node_id, Address::ZERO)
                    } else {
                        SignerRecord::default()
                    })
                }));
                match verdict {
                    Ok(checked) => prop_assert_eq!(checked.node_id, evidence.node_id()),
                    Err(error) => prop_assert!(matches!(error, RelayError::Invalid { .. }), "{}", error),
                }
            }
        }
    }
}
