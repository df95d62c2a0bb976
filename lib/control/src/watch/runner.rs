//! The watcher's loop: one [`Watcher::pass`] reads the chain's view of the network, probes and reads every active
//! node (concurrently, each paced to its request budget), checks what they served, proves and hands on the faults
//! it can prove, and, once an epoch has closed, signs that epoch's performance reports and queues them for the
//! aggregators.
//!
//! Network I/O runs in one task per node; every check and every write runs in the pass itself, page by page as the
//! tasks deliver them, so the store sees one writer and memory holds a few pages, whatever the nodes serve.

use std::{
    collections::{BTreeMap, BTreeSet},
    path::{Path, PathBuf},
    sync::Arc,
    time::{Duration, Instant},
};

use alloy::primitives::Address;
use tokio::{
    sync::{mpsc, Mutex as AsyncMutex},
    task::JoinSet,
};
use xmtp_node_api::{client::NodeClient, proto::envelopes::OriginatorEnvelope};

use super::{
    liveness::{is_stalled, LivenessLedger, Probe},
    network::{Chain, NetworkError, NetworkView},
    report::{reports_from_stats, ReportKind},
    safety::{
        signers_of, CheckOutcome, Finding, RawEnvelope, SafetyChecker, SafetyError, SignedEnvelope,
    },
    settings::WatchSettings,
    sink::{EvidenceSink, Handed},
    store::{RelayState, StoreError, WatchStore},
    witness::{Outbox, WitnessError, WitnessSigner},
};
use crate::{
    evidence::{SignerRecord, UnsignedOriginatorEnvelope},
    keeper::{
        metrics::Metrics,
        one_line,
        relay::{Evidence, SignedEnvelope as EvidenceEnvelope},
    },
};

/// The most query pages read from one node in one pass: a node far behind is caught up over several passes.
const MAX_PAGES_PER_PASS: usize = 8;

/// The longest pause between catch-up reads of a node whose reads fail.
const MAX_READ_BACKOFF: Duration = Duration::from_secs(300);

/// The most pages waiting to be checked in one pass (each node task holds at most one more).
const PAGES_IN_FLIGHT: usize = 4;

/// The most omission candidates confirmed per node per probe round (each costs one request).
const MAX_OMISSION_CHECKS: usize = 4;

/// The most signer records read for one page of envelopes.
const MAX_SIGNER_LOOKUPS: usize = 16;

/// The most pending proven faults handed on per pass.
const MAX_HANDED_PER_PASS: usize = 16;

/// The kinds of finding that are proofs the contract judges: the only ones handed on.
const PROVABLE_KINDS: [&str; 2] = ["equivocation", "invalid_payload"];

/// The meta key of the last epoch whose reports this watcher signed.
const SIGNED_THROUGH: &str = "witness_signed_through";

/// The meta key of the epoch the watcher saw last.
const LAST_EPOCH: &str = "last_epoch";

/// Why a pass failed (a node's misbehavior never does: it becomes a finding or a failure).
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    /// The chain could not be read.
    #[error(transparent)]
    Network(#[from] NetworkError),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A check failed.
    #[error(transparent)]
    Safety(#[from] SafetyError),
    /// Signing or queueing witness reports failed.
    #[error(transparent)]
    Witness(#[from] WitnessError),
}

/// What one pass did (`keeper watch --once` prints it as JSON).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct PassSummary {
    /// The epoch in force.
    pub epoch: u64,
    /// Nodes read.
    pub nodes: usize,
    /// Requests sent to nodes.
    pub requests: u64,
    /// Envelopes received.
    pub envelopes: u64,
    /// New findings, by kind.
    pub findings: BTreeMap<&'static str, u64>,
    /// Proven faults handed on (relayed or accepted by an aggregator).
    pub handed: u64,
    /// Epochs whose witness reports were signed in this pass.
    pub signed_epochs: Vec<u64>,
    /// Witness documents posted to an aggregator and accepted.
    pub posted: usize,
}

impl PassSummary {
    /// The summary as one line of JSON.
    pub fn to_json(&self) -> String {
        // Numbers, strings and maps of them: serialization cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// The witness side: the node's key and the outbox of signed documents.
pub struct Witness {
    /// The node's signing key.
    pub signer: WitnessSigner,
    /// Signed documents waiting to be posted.
    pub outbox: Outbox,
}

impl std::fmt::Debug for Witness {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Witness")
            .field("signer", &self.signer)
            .finish_non_exhaustive()
    }
}

/// Spaces a node's requests at least `1 / requests_per_second` apart.
#[derive(Debug)]
struct Pacer {
    spacing: Duration,
    next: Instant,
}

impl Pacer {
    fn new(requests_per_second: u32) -> Self {
        Self {
            spacing: Duration::from_secs(1) / requests_per_second.max(1),
            next: Instant::now(),
        }
    }

    /// Waits for the next slot, unless it is later than `deadline`: then `false`, nothing taken.
    async fn take(&mut self, deadline: Instant) -> bool {
        let slot = self.next.max(Instant::now());
        if slot > deadline {
            return false;
        }
        tokio::time::sleep_until(slot.into()).await;
        self.next = slot + self.spacing;
        true
    }
}

/// One node's connection, pace and probe schedule.
struct NodeHandle {
    url: String,
    client: Arc<NodeClient>,
    pacer: Arc<AsyncMutex<Pacer>>,
    next_probe: Instant,
    /// No catch-up reads before this (after failed reads); probes keep their schedule.
    next_read: Instant,
    /// Reads failed in a row.
    failed_reads: u32,
}

/// The pause before reading a node again after `failed` reads failed in a row: the poll interval doubled per
/// failure, at most [`MAX_READ_BACKOFF`]. Probes are not paused: they are the liveness record.
fn read_backoff(poll_interval: Duration, failed: u32) -> Duration {
    poll_interval
        .saturating_mul(1u32 << failed.min(16))
        .min(MAX_READ_BACKOFF)
}

/// What a node's task reports, as it happens.
#[derive(Debug)]
enum NodeEvent {
    /// A request was sent.
    Request { node_id: u32 },
    /// A liveness probe's outcome.
    Probe {
        node_id: u32,
        probe: Probe,
        outcome: Result<Duration, &'static str>,
    },
    /// The node's sync cursor for itself.
    SyncCursor { node_id: u32, own: u64 },
    /// Whether the catch-up reads got an answer (false: the node failed one).
    ReadOutcome { node_id: u32, answered: bool },
    /// A page of envelopes, with the cursor it was asked for with.
    Page {
        node_id: u32,
        cursor: BTreeMap<u32, u64>,
        envelopes: Vec<RawEnvelope>,
    },
}

/// One node's read in one pass.
struct NodeRead {
    node_id: u32,
    client: Arc<NodeClient>,
    pacer: Arc<AsyncMutex<Pacer>>,
    probe: bool,
    originators: Vec<u32>,
    cursor: BTreeMap<u32, u64>,
    limit: u32,
    deadline: Instant,
}

/// The watcher.
pub struct Watcher {
    chain: Arc<Chain>,
    settings: WatchSettings,
    metrics: Arc<Metrics>,
    sink: Option<EvidenceSink>,
    witness: Option<Witness>,
    checker: SafetyChecker,
    ledger: LivenessLedger,
    meta: WatchStore,
    nodes: BTreeMap<u32, NodeHandle>,
    http: reqwest::Client,
}

impl std::fmt::Debug for Watcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Watcher")
            .field("store", &self.meta.path())
            .field("nodes", &self.nodes.keys().collect::<Vec<_>>())
            .field("witness", &self.witness)
            .finish_non_exhaustive()
    }
}

/// Converts a node's envelope to what the checks read: its raw unsigned bytes and its originator signature.
fn raw(envelope: OriginatorEnvelope) -> RawEnvelope {
    use xmtp_node_api::proto::envelopes::originator_envelope::Proof;
    let signature = match envelope.proof {
        Some(Proof::OriginatorSignature(signature)) => Some(signature.bytes.into()),
        Some(Proof::BlockchainProof(_)) => None,
        // No proof at all: an empty signature, which no key recovers from, so it is judged bad.
        None => Some(alloy::primitives::Bytes::new()),
    };
    RawEnvelope {
        unsigned: envelope.unsigned_originator_envelope.into(),
        signature,
    }
}

impl Watcher {
    /// A watcher keeping its state in `state_dir` (created, mode 0700).
    pub fn open(
        chain: Arc<Chain>,
        settings: WatchSettings,
        state_dir: &Path,
        metrics: Arc<Metrics>,
        sink: Option<EvidenceSink>,
        witness: Option<WitnessSigner>,
    ) -> Result<Self, WatchError> {
        let checker = SafetyChecker::new(WatchStore::open(state_dir)?);
        let path = checker.store().path().to_path_buf();
        let ledger = LivenessLedger::new(WatchStore::open_file(&path)?);
        let meta = WatchStore::open_file(&path)?;
        let witness = match witness {
            Some(signer) => Some(Witness {
                signer,
                outbox: Outbox::open(&path)?,
            }),
            None => None,
        };
        Ok(Self {
            chain,
            settings,
            metrics,
            sink,
            witness,
            checker,
            ledger,
            meta,
            nodes: BTreeMap::new(),
            http: reqwest::Client::new(),
        })
    }

    /// The store's file.
    pub fn store_path(&self) -> PathBuf {
        self.meta.path().to_path_buf()
    }

    /// The store (read access for status and tests).
    pub fn store(&self) -> &WatchStore {
        self.checker.store()
    }

    /// One pass: read the view, close epochs that ended, read and check every node, hand on proven faults, post
    /// witness documents.
    pub async fn pass(&mut self) -> Result<PassSummary, WatchError> {
        let view = self.chain.view(&self.settings.node_urls).await?;
        let mut summary = PassSummary {
            epoch: view.epoch,
            nodes: view.active.len(),
            ..PassSummary::default()
        };
        self.close_epochs(view.epoch, &mut summary).await?;
        self.connect(&view);
        let self_cursors = self.read_nodes(&view, &mut summary).await?;
        self.progress(&view, &self_cursors)?;
        self.confirm_omissions(&view, &self_cursors, &mut summary)
            .await?;
        summary.handed = self.hand_pending().await?;
        if let Some(witness) = &self.witness {
            let posted = witness
                .outbox
                .post_due(&self.http, crate::keeper::unix_now())
                .await?;
            summary.posted = posted.delivered;
        }
        Ok(summary)
    }

    /// Runs passes every poll interval until `shutdown` resolves; a failed pass is logged and retried.
    pub async fn run(mut self, shutdown: impl std::future::Future<Output = ()>) {
        let mut shutdown = std::pin::pin!(shutdown);
        loop {
            let started = Instant::now();
            match self.pass().await {
                Ok(summary) => tracing::debug!(?summary, "watch pass"),
                Err(error) => {
                    tracing::warn!(error = %one_line(&error), "watch pass failed: will retry")
                }
            }
            let next = started + self.settings.poll_interval;
            tokio::select! {
                () = tokio::time::sleep_until(next.into()) => {}
                () = &mut shutdown => return,
            }
        }
    }

    /// Opens a client for each active node with an address; drops nodes no longer active.
    fn connect(&mut self, view: &NetworkView) {
        let active: BTreeSet<u32> = view.node_ids().into_iter().collect();
        self.nodes.retain(|node_id, _| active.contains(node_id));
        for node in &view.active {
            let Some(url) = &node.url else { continue };
            let url = url.as_str().trim_end_matches('/').to_owned();
            if self
                .nodes
                .get(&node.node_id)
                .is_some_and(|handle| handle.url == url)
            {
                continue;
            }
            match NodeClient::new(&url, self.settings.request_timeout) {
                Ok(client) => {
                    self.nodes.insert(
                        node.node_id,
                        NodeHandle {
                            url,
                            client: Arc::new(client),
                            pacer: Arc::new(AsyncMutex::new(Pacer::new(
                                self.settings.requests_per_second,
                            ))),
                            next_probe: Instant::now(),
                            next_read: Instant::now(),
                            failed_reads: 0,
                        },
                    );
                }
                Err(error) => {
                    tracing::warn!(node_id = node.node_id, error = %one_line(&error), "cannot build a client for the node")
                }
            }
        }
    }

    /// Probes (when due) and reads every node at once, each in its own task and within its budget, checking each
    /// page as it arrives: at most [`PAGES_IN_FLIGHT`] pages wait, plus one per node task, whatever a node serves.
    /// Returns each probed node's sync cursor for itself.
    async fn read_nodes(
        &mut self,
        view: &NetworkView,
        summary: &mut PassSummary,
    ) -> Result<BTreeMap<u32, u64>, WatchError> {
        let originators = view.node_ids();
        let now = Instant::now();
        // Reads end before the next pass is due, so that passes never pile up.
        let deadline = now + self.settings.poll_interval;
        let (events, mut received) = mpsc::channel(PAGES_IN_FLIGHT);
        // Dropped on any early return: the node tasks are aborted with it.
        let mut tasks = JoinSet::new();
        for (&node_id, handle) in &mut self.nodes {
            let probe = handle.next_probe <= now;
            if probe {
                handle.next_probe = now + self.settings.probe_interval;
            }
            let read = handle.next_read <= now;
            let cursor: BTreeMap<u32, u64> = {
                let stored = self.checker.store().cursors(node_id)?;
                originators
                    .iter()
                    .map(|originator| (*originator, stored.get(originator).copied().unwrap_or(0)))
                    .collect()
            };
            let read = NodeRead {
                node_id,
                client: Arc::clone(&handle.client),
                pacer: Arc::clone(&handle.pacer),
                probe,
                originators: if read {
                    originators.clone()
                } else {
                    Vec::new()
                },
                cursor,
                limit: self.settings.query_limit,
                deadline,
            };
            tasks.spawn(read.run(events.clone()));
        }
        drop(events);
        let mut self_cursors = BTreeMap::new();
        while let Some(event) = received.recv().await {
            match event {
                NodeEvent::Request { node_id } => {
                    summary.requests += 1;
                    self.metrics
                        .watch
                        .update(node_id, |figures| figures.requests += 1);
                }
                NodeEvent::Probe {
                    node_id,
                    probe,
                    outcome,
                } => {
                    self.ledger.record(node_id, view.epoch, probe, outcome)?;
                    match outcome {
                        Ok(latency) => self.metrics.watch.record_answer(node_id, latency),
                        Err(label) => self.metrics.watch.record_failure(node_id, label),
                    }
                }
                NodeEvent::SyncCursor { node_id, own } => {
                    self_cursors.insert(node_id, own);
                }
                NodeEvent::ReadOutcome { node_id, answered } => {
                    if let Some(handle) = self.nodes.get_mut(&node_id) {
                        if answered {
                            handle.failed_reads = 0;
                        } else {
                            handle.next_read = Instant::now()
                                + read_backoff(self.settings.poll_interval, handle.failed_reads);
                            handle.failed_reads = handle.failed_reads.saturating_add(1);
                        }
                    }
                }
                NodeEvent::Page {
                    node_id,
                    cursor,
                    envelopes,
                } => {
                    summary.envelopes += envelopes.len() as u64;
                    let outcome = self.check(node_id, &cursor, &envelopes, view.epoch).await?;
                    for finding in &outcome.findings {
                        *summary.findings.entry(finding.kind()).or_default() += 1;
                    }
                }
            }
        }
        while let Some(joined) = tasks.join_next().await {
            if let Err(error) = joined {
                tracing::warn!(error = %error, "a node's read task failed");
            }
        }
        Ok(self_cursors)
    }

    /// Checks one page, fetching the records of keys it did not know yet and checking it again.
    async fn check(
        &mut self,
        source: u32,
        cursor: &BTreeMap<u32, u64>,
        envelopes: &[RawEnvelope],
        epoch: u64,
    ) -> Result<CheckOutcome, WatchError> {
        let mut outcome = self.check_once(source, cursor, envelopes, epoch)?;
        if outcome.deferred > 0 {
            // Keys the cache does not hold (a node rotated its key, or a first sight): read them, then check again.
            // Only this rare page pays for recovering twice, and a page of made-up keys costs at most
            // MAX_SIGNER_LOOKUPS reads: the rest stay deferred.
            let signers = signers_of(envelopes)
                .into_iter()
                .filter(|signer| self.chain.cached_signer_record(*signer).is_none())
                .take(MAX_SIGNER_LOOKUPS);
            self.chain.signer_records(signers).await?;
            outcome = self.check_once(source, cursor, envelopes, epoch)?;
        }
        self.metrics.watch.update(source, |figures| {
            figures.envelopes_checked += outcome.verified as u64;
        });
        for finding in &outcome.findings {
            self.metrics.watch.record_found(finding.kind());
            tracing::warn!(
                node_id = finding.node_id(),
                kind = finding.kind(),
                sequence_id = ?finding.sequence_id(),
                source,
                "misbehavior found"
            );
        }
        Ok(outcome)
    }

    fn check_once(
        &self,
        source: u32,
        cursor: &BTreeMap<u32, u64>,
        envelopes: &[RawEnvelope],
        epoch: u64,
    ) -> Result<CheckOutcome, WatchError> {
        let chain = &self.chain;
        let lookup =
            |signer: Address| -> Option<SignerRecord> { chain.cached_signer_record(signer) };
        Ok(self
            .checker
            .check_response(source, cursor, envelopes, &lookup, epoch)?)
    }

    /// Records each node's progress probe: its cursor for itself against what the watcher holds of it.
    fn progress(
        &self,
        view: &NetworkView,
        self_cursors: &BTreeMap<u32, u64>,
    ) -> Result<(), WatchError> {
        for (&node_id, &own) in self_cursors {
            let held = self.checker.store().max_verified_seq(node_id)?;
            let stalled = is_stalled(own, held, self.settings.stall_threshold);
            let outcome = if stalled {
                Err("stalled")
            } else {
                Ok(Duration::ZERO)
            };
            self.ledger
                .record(node_id, view.epoch, Probe::Progress, outcome)?;
            self.metrics.watch.update(node_id, |figures| {
                figures.lag = held.saturating_sub(own);
                figures.stalled = stalled;
            });
        }
        Ok(())
    }

    /// Asks each originator directly for envelopes of its own that peers hold and it never served; one it still
    /// does not serve, while its own cursor says it has it, is an omission.
    async fn confirm_omissions(
        &mut self,
        view: &NetworkView,
        self_cursors: &BTreeMap<u32, u64>,
        summary: &mut PassSummary,
    ) -> Result<(), WatchError> {
        for (&node_id, &own) in self_cursors {
            let candidates = self.checker.omission_candidates(node_id, own)?;
            // Sequence id 0 cannot be asked for (a cursor reads what is after it), and xmtpd never assigns it.
            for seq in candidates
                .into_iter()
                .filter(|seq| *seq > 0)
                .take(MAX_OMISSION_CHECKS)
            {
                let Some(handle) = self.nodes.get(&node_id) else {
                    break;
                };
                let client = Arc::clone(&handle.client);
                let pacer = Arc::clone(&handle.pacer);
                let deadline = Instant::now() + self.settings.poll_interval;
                if !pacer.lock().await.take(deadline).await {
                    break;
                }
                let cursor = BTreeMap::from([(node_id, seq - 1)]);
                summary.requests += 1;
                self.metrics
                    .watch
                    .update(node_id, |figures| figures.requests += 1);
                let Ok(answer) = client.query_envelopes(&[node_id], &cursor, 1).await else {
                    // Not answering is liveness, not omission.
                    continue;
                };
                let envelopes: Vec<RawEnvelope> = answer.into_iter().map(raw).collect();
                let served = envelopes.iter().any(|envelope| {
                    UnsignedOriginatorEnvelope::decode(&envelope.unsigned).is_ok_and(|decoded| {
                        decoded.originator_node_id == node_id
                            && decoded.originator_sequence_id == seq
                    })
                });
                self.check(node_id, &cursor, &envelopes, view.epoch).await?;
                if !served {
                    if let Some(finding) = self.checker.record_omission(node_id, seq, view.epoch)? {
                        self.metrics.watch.record_found(finding.kind());
                        *summary.findings.entry(finding.kind()).or_default() += 1;
                        tracing::warn!(node_id, sequence_id = seq, "omission found");
                    }
                }
            }
        }
        Ok(())
    }

    /// Hands on the pending proven faults: invalid payloads as they are, equivocations once both versions are
    /// proven. What the contract refuses, or what cannot be proven, is marked refused and never retried.
    async fn hand_pending(&mut self) -> Result<u64, WatchError> {
        let Some(sink) = self.sink.clone() else {
            return Ok(0);
        };
        let mut handed = 0;
        let pending = self
            .checker
            .store()
            .pending_of_kinds(&PROVABLE_KINDS, MAX_HANDED_PER_PASS)?;
        for stored in pending {
            if handed >= MAX_HANDED_PER_PASS as u64 {
                break;
            }
            let finding = match Finding::from_stored(&stored) {
                Ok(finding) => finding,
                Err(error) => {
                    tracing::warn!(error = %one_line(&error), "unreadable finding: refused");
                    self.checker
                        .store()
                        .set_relay_state(&stored.id, RelayState::Refused)?;
                    continue;
                }
            };
            let evidence = match &finding {
                Finding::InvalidPayload {
                    originator,
                    envelope,
                    ..
                } => Some(Evidence::InvalidPayload {
                    node_id: *originator,
                    envelope: evidence_envelope(envelope),
                }),
                Finding::SuspectedEquivocation {
                    originator,
                    sequence_id,
                    first_source,
                    second,
                    ..
                } => match self
                    .first_version(*first_source, *originator, *sequence_id)
                    .await
                {
                    Some(first) => {
                        let lookup = |signer: Address| self.chain.cached_signer_record(signer);
                        match SafetyChecker::prove_equivocation(
                            *originator,
                            &first,
                            second,
                            &lookup,
                        ) {
                            Ok(_) => Some(Evidence::Equivocation {
                                node_id: *originator,
                                envelopes: [evidence_envelope(&first), evidence_envelope(second)],
                            }),
                            Err(error) => {
                                tracing::info!(
                                    node_id = originator,
                                    sequence_id,
                                    reason = error.name(),
                                    "equivocation not proven: dropped"
                                );
                                self.checker
                                    .store()
                                    .set_relay_state(&stored.id, RelayState::Refused)?;
                                None
                            }
                        }
                    }
                    // The first source no longer serves it: try again next pass.
                    None => None,
                },
                // Witnessed, not provable: they go into the epoch's reports.
                _ => None,
            };
            let Some(evidence) = evidence else { continue };
            match sink.hand(&evidence).await {
                Ok(outcome) => {
                    let state = match &outcome {
                        Handed::Relayed | Handed::AlreadyReported => RelayState::Relayed,
                        Handed::Refused(_) => RelayState::Refused,
                        // A dry run sends nothing: the fault stays pending for a real run.
                        Handed::DryRun => RelayState::Pending,
                    };
                    if state == RelayState::Relayed {
                        handed += 1;
                        self.metrics.watch.record_relayed(finding.kind());
                    }
                    tracing::info!(id = %stored.id, ?outcome, "proven fault handed on");
                    self.checker.store().set_relay_state(&stored.id, state)?;
                }
                Err(error) if error.is_final() => {
                    tracing::warn!(id = %stored.id, error = %one_line(&error), "proven fault refused: dropped");
                    self.checker
                        .store()
                        .set_relay_state(&stored.id, RelayState::Refused)?;
                }
                Err(error) => {
                    tracing::warn!(id = %stored.id, error = %one_line(&error), "handing on a proven fault failed: will retry");
                }
            }
        }
        Ok(handed)
    }

    /// The version of (`originator`, `sequence_id`) that `source` serves, read again (the store keeps digests, not
    /// payloads).
    async fn first_version(
        &self,
        source: u32,
        originator: u32,
        sequence_id: u64,
    ) -> Option<SignedEnvelope> {
        let handle = self.nodes.get(&source)?;
        let cursor = BTreeMap::from([(originator, sequence_id.checked_sub(1)?)]);
        let deadline = Instant::now() + self.settings.poll_interval;
        if !handle.pacer.lock().await.take(deadline).await {
            return None;
        }
        self.metrics
            .watch
            .update(source, |figures| figures.requests += 1);
        let answer = handle
            .client
            .query_envelopes(&[originator], &cursor, 1)
            .await
            .ok()?;
        let envelope = raw(answer.into_iter().next()?);
        let decoded = UnsignedOriginatorEnvelope::decode(&envelope.unsigned).ok()?;
        (decoded.originator_node_id == originator && decoded.originator_sequence_id == sequence_id)
            .then_some(SignedEnvelope {
                unsigned: envelope.unsigned,
                signature: envelope.signature?,
            })
    }

    /// Signs the reports of every epoch that closed since the last signed one (at most the last two: older ones
    /// can no longer be reported) and queues them for the aggregators.
    async fn close_epochs(
        &mut self,
        epoch: u64,
        summary: &mut PassSummary,
    ) -> Result<(), WatchError> {
        let last_seen = self.meta.meta(LAST_EPOCH)?;
        self.meta.set_meta(LAST_EPOCH, epoch)?;
        let Some(witness) = &self.witness else {
            return Ok(());
        };
        // A watcher starting afresh signs nothing for epochs it did not watch.
        let Some(last_seen) = last_seen else {
            self.meta.set_meta(SIGNED_THROUGH, epoch)?;
            return Ok(());
        };
        let signed_through = self.meta.meta(SIGNED_THROUGH)?.unwrap_or(last_seen);
        let first = signed_through.max(epoch.saturating_sub(2));
        for closed in first..epoch {
            let active: BTreeSet<u32> = self.chain.active_at(closed).await?.into_iter().collect();
            let stats = self.meta.epoch_stats(closed)?;
            // Only the epoch's active set is reported on. Omission and reordering reports are signed only when
            // something failed: a clean record there is no news worth a transaction, while liveness needs every
            // epoch reported for the uptime window.
            let reports: Vec<_> = reports_from_stats(&stats, witness.signer.node_id())
                .into_iter()
                .filter(|report| active.contains(&report.node_id))
                .filter(|report| {
                    report.report_kind() == Some(ReportKind::Liveness) || report.failures > 0
                })
                .collect();
            if !reports.is_empty() {
                let document = witness.signer.document_of(closed, &reports)?;
                witness
                    .outbox
                    .enqueue(&document, &self.settings.aggregators)?;
                self.metrics.watch.record_signed(reports.len() as u64);
                tracing::info!(
                    epoch = closed,
                    reports = reports.len(),
                    "witness reports signed"
                );
                summary.signed_epochs.push(closed);
            }
            self.meta.set_meta(SIGNED_THROUGH, closed + 1)?;
        }
        Ok(())
    }
}

fn evidence_envelope(envelope: &SignedEnvelope) -> EvidenceEnvelope {
    EvidenceEnvelope {
        unsigned_originator_envelope: envelope.unsigned.clone(),
        signature: envelope.signature.clone(),
    }
}

impl NodeRead {
    /// The liveness probes when due, then query pages from the cursor until the node is caught up, the pass's
    /// deadline, or [`MAX_PAGES_PER_PASS`]; every request and result sent as it happens. Stops early when the pass
    /// stopped listening.
    async fn run(mut self, events: mpsc::Sender<NodeEvent>) {
        let node_id = self.node_id;
        let pacer = Arc::clone(&self.pacer);
        let mut pacer = pacer.lock().await;
        let send = |event| events.send(event);
        if self.probe {
            for probe in [Probe::Version, Probe::Query, Probe::SyncCursor] {
                if !pacer.take(self.deadline).await
                    || send(NodeEvent::Request { node_id }).await.is_err()
                {
                    return;
                }
                let started = Instant::now();
                let outcome = match probe {
                    Probe::Version => self.client.get_version().await.map(|_| None),
                    Probe::Query => {
                        let from = self
                            .cursor
                            .get(&node_id)
                            .copied()
                            .unwrap_or(0)
                            .saturating_sub(1);
                        self.client
                            .query_envelopes(&[node_id], &BTreeMap::from([(node_id, from)]), 1)
                            .await
                            .map(|_| None)
                    }
                    _ => self.client.get_sync_cursor().await.map(Some),
                };
                let latency = started.elapsed();
                let own = outcome
                    .as_ref()
                    .ok()
                    .and_then(|cursor| cursor.as_ref()?.get(&node_id).copied());
                let outcome = outcome.map(|_| latency).map_err(|error| error.label());
                if send(NodeEvent::Probe {
                    node_id,
                    probe,
                    outcome,
                })
                .await
                .is_err()
                {
                    return;
                }
                if let Some(own) = own {
                    if send(NodeEvent::SyncCursor { node_id, own }).await.is_err() {
                        return;
                    }
                }
            }
        }
        for _ in 0..MAX_PAGES_PER_PASS {
            if self.originators.is_empty()
                || !pacer.take(self.deadline).await
                || send(NodeEvent::Request { node_id }).await.is_err()
            {
                return;
            }
            let answer = self
                .client
                .query_envelopes(&self.originators, &self.cursor, self.limit)
                .await;
            let answered = answer.is_ok();
            if send(NodeEvent::ReadOutcome { node_id, answered })
                .await
                .is_err()
            {
                return;
            }
            let Ok(envelopes) = answer else {
                return;
            };
            let full = envelopes.len() >= self.limit as usize;
            let page: Vec<RawEnvelope> = envelopes.into_iter().map(raw).collect();
            let cursor = self.cursor.clone();
            // The next page starts after what this one held, per originator asked for.
            for envelope in &page {
                if let Ok(decoded) = UnsignedOriginatorEnvelope::decode(&envelope.unsigned) {
                    if let Some(seen) = self.cursor.get_mut(&decoded.originator_node_id) {
                        *seen = (*seen).max(decoded.originator_sequence_id);
                    }
                }
            }
            let page = NodeEvent::Page {
                node_id,
                cursor,
                envelopes: page,
            };
            if send(page).await.is_err() || !full {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_backoff_doubles_per_failure_up_to_its_cap() {
        let poll = Duration::from_secs(10);
        assert_eq!(read_backoff(poll, 0), poll);
        assert_eq!(read_backoff(poll, 1), poll * 2);
        assert_eq!(read_backoff(poll, 3), poll * 8);
        assert_eq!(read_backoff(poll, 5), MAX_READ_BACKOFF);
        assert_eq!(read_backoff(poll, u32::MAX), MAX_READ_BACKOFF);
    }

    /// The instants (tokio's paused clock) at which `takes` slots of a fresh pacer at `rps` are
    /// granted to one taker that always wants the next one.
    async fn granted(rps: u32, takes: usize) -> Vec<tokio::time::Instant> {
        let mut pacer = Pacer::new(rps);
        let far = Instant::now() + Duration::from_secs(24 * 3600);
        let mut at = Vec::with_capacity(takes);
        for _ in 0..takes {
            assert!(pacer.take(far).await);
            at.push(tokio::time::Instant::now());
        }
        at
    }

    /// The most instants of `at` (ascending) in any half-open window `[t, t + window)`.
    fn busiest(at: &[tokio::time::Instant], window: Duration) -> usize {
        let mut end = 0;
        let mut most = 0;
        for (start, first) in at.iter().enumerate() {
            while end < at.len() && at[end].duration_since(*first) < window {
                end += 1;
            }
            most = most.max(end - start);
        }
        most
    }

    // Rates whose spacing is a whole number of milliseconds, the timer's resolution, so that the
    // paused clock lands exactly on each slot.
    const RATES: [u32; 6] = [1, 2, 5, 8, 100, 1_000];

    #[test]
    fn takes_in_any_second_or_minute_never_exceed_the_budget() {
        for rps in RATES {
            let takes = usize::try_from(rps).unwrap() * 61 + 7;
            // A paused clock of its own per rate: the pacer reads the wall clock (`std::time::Instant`), which a
            // paused clock that already ran ahead would leave behind.
            let at = tokio::runtime::Builder::new_current_thread()
                .enable_time()
                .start_paused(true)
                .build()
                .unwrap()
                .block_on(granted(rps, takes));
            let per_second = usize::try_from(rps).unwrap();
            assert_eq!(busiest(&at, Duration::from_secs(1)), per_second, "{rps}/s");
            assert_eq!(
                busiest(&at, Duration::from_secs(60)),
                per_second * 60,
                "{rps}/s over a minute"
            );
            // Never closer than the spacing, and never slower than the budget either.
            let spacing = Duration::from_secs(1) / rps;
            for pair in at.windows(2) {
                assert_eq!(pair[1] - pair[0], spacing, "{rps}/s");
            }
        }
    }

    #[tokio::test(start_paused = true)]
    async fn concurrent_takers_share_one_budget() {
        let rps = 5;
        let pacer = Arc::new(AsyncMutex::new(Pacer::new(rps)));
        let far = Instant::now() + Duration::from_secs(3600);
        let mut tasks = JoinSet::new();
        for _ in 0..4 {
            let pacer = Arc::clone(&pacer);
            tasks.spawn(async move {
                let mut at = Vec::new();
                for _ in 0..100 {
                    if pacer.lock().await.take(far).await {
                        at.push(tokio::time::Instant::now());
                    }
                }
                at
            });
        }
        let mut at = Vec::new();
        while let Some(joined) = tasks.join_next().await {
            at.extend(joined.unwrap());
        }
        at.sort_unstable();
        assert_eq!(at.len(), 400);
        assert_eq!(busiest(&at, Duration::from_secs(1)), 5);
        assert_eq!(busiest(&at, Duration::from_secs(60)), 300);
    }

    #[tokio::test(start_paused = true)]
    async fn a_slot_past_the_deadline_is_refused_and_not_spent() {
        let mut pacer = Pacer::new(2);
        let start = Instant::now();
        assert!(pacer.take(start + Duration::from_secs(10)).await);
        // The next slot is half a second away: a deadline before it refuses, taking nothing.
        assert!(!pacer.take(start + Duration::from_millis(100)).await);
        assert!(!pacer.take(start + Duration::from_millis(499)).await);
        let before = tokio::time::Instant::now();
        assert!(pacer.take(start + Duration::from_secs(10)).await);
        assert_eq!(
            tokio::time::Instant::now() - before,
            Duration::from_millis(500)
        );
    }
}
