//! `keeper run`: the jobs on a timer that tightens as the next rotation or payout approaches,
//! evidence handed in over HTTP relayed by a task of its own, until told to stop.
//!
//! Jobs first: the job loop never waits for evidence. It publishes, through a
//! [`watch`] channel, whether a pass is running and when the next step falls due; the relay task
//! ([`RelayTask`]) starts no transaction until the jobs are clear, so a rotation goes out in
//! the first pass after it falls due however much evidence is queued.
//!
//! Shutdown (SIGTERM/SIGINT, or the future passed in): the intake closes at once, the relay
//! task stops taking work, no new pass starts, and a pass in progress finishes. Evidence
//! accepted but not yet relayed stays persisted (when an evidence directory is given) and is
//! relayed at the next start.

use std::{future::Future, path::PathBuf, pin::Pin, sync::Arc, time::Duration};

use serde_json::json;
use tokio::{
    net::TcpListener,
    sync::{mpsc, watch},
    time::{sleep_until, Instant},
};

use super::{
    alerts::Alerter,
    http::{
        self, EvidenceIntake, HealthPolicy, HttpState, IntakeReply, ListenerLimits, WitnessIntake,
    },
    jobs::Keeper,
    relay::{
        economics::PriceFeed,
        limits::IntakeLimits,
        store::{EvidenceStore, StoreError},
        worker::{JobClock, JobGate, ProfitPolicy, RelayTask},
        Checked, Evidence, Relay,
    },
    status::{Snapshot, Step},
    unix_now,
};
use crate::watch::aggregate::{Aggregator, ContractsView};

/// The shortest pause between two reads while a step is about to fall due.
pub const MIN_POLL: Duration = Duration::from_millis(250);

/// How many accepted pieces of evidence may wait for submission.
pub const EVIDENCE_QUEUE: usize = 256;

/// How long before a step falls due the relay stops starting transactions, by default: a
/// commitment and a report take two blocks or more.
pub const DEFAULT_RELAY_GUARD: Duration = Duration::from_secs(60);

/// How the daemon runs.
#[derive(Debug)]
pub struct DaemonOptions {
    /// The longest pause between two reads.
    pub poll_interval: Duration,
    /// Where to serve `/health` and `/metrics`; none serves nothing.
    pub listener: Option<TcpListener>,
    /// Where to serve the public evidence intake; none takes no evidence over HTTP.
    pub intake_listener: Option<TcpListener>,
    /// When `/health` turns stale.
    pub health: HealthPolicy,
    /// Where accepted evidence is kept until relayed; none keeps it in memory only (lost at
    /// exit).
    pub evidence_dir: Option<PathBuf>,
    /// Whether relayed reports must pay for themselves.
    pub profit: ProfitPolicy,
    /// The intake's per-IP and per-node limits.
    pub intake_limits: Arc<IntakeLimits>,
    /// How long before a due step the relay stops starting transactions.
    pub relay_guard: Duration,
    /// Where relay alerts go; none logs them only.
    pub alerter: Option<Arc<Alerter>>,
    /// The witness aggregator: it takes `POST /v1/witness` on the intake listener, and after each pass submits the
    /// performance reports a majority signed and enforces the uptime standard over closed windows. None: no
    /// `/v1/witness`.
    pub aggregator: Option<Arc<Aggregator<ContractsView>>>,
}

impl DaemonOptions {
    /// The jobs every `poll_interval`, no listener, evidence in memory, no profit check, the
    /// default limits: what tests and embedders start from.
    pub fn new(poll_interval: Duration, health: HealthPolicy) -> Self {
        Self {
            poll_interval,
            listener: None,
            intake_listener: None,
            health,
            evidence_dir: None,
            profit: ProfitPolicy::Off,
            intake_limits: Arc::new(IntakeLimits::default()),
            relay_guard: DEFAULT_RELAY_GUARD,
            alerter: None,
            aggregator: None,
        }
    }

    /// The profit policy for `chain_id` from a price source and margin (see
    /// [`ProfitPolicy::for_chain`]).
    pub fn profit_for(chain_id: u64, prices: PriceFeed, margin_bps: u64) -> ProfitPolicy {
        ProfitPolicy::for_chain(chain_id, prices, margin_bps)
    }
}

/// What a daemon run did, for its final log line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DaemonSummary {
    /// Passes completed.
    pub ticks: u64,
    /// Passes with a failed step or a failed read.
    pub failed_ticks: u64,
    /// Evidence accepted but not relayed before shutdown (still persisted when an evidence
    /// directory was given).
    pub evidence_dropped: usize,
}

/// Why the daemon stopped abnormally.
#[derive(Debug, thiserror::Error)]
pub enum DaemonError {
    /// The HTTP server failed.
    #[error("the HTTP listener failed")]
    Http(#[from] http::HttpError),
    /// The evidence directory could not be opened.
    #[error("the evidence directory cannot be used")]
    Store(#[from] StoreError),
}

/// Runs the keeper until `shutdown` resolves.
pub async fn run(
    keeper: Arc<Keeper>,
    relay: Arc<Relay>,
    options: DaemonOptions,
    shutdown: impl Future<Output = ()>,
) -> Result<DaemonSummary, DaemonError> {
    let health_watch = tokio::spawn(super::health::watch(
        Arc::clone(keeper.metrics()),
        Arc::clone(keeper.alerter()),
        options.health.clone(),
        std::future::pending(),
    ));
    let store = options.evidence_dir.map(EvidenceStore::open).transpose()?;
    let persisted = store.is_some();
    let (queue, accepted) = mpsc::channel::<Checked>(EVIDENCE_QUEUE);
    let (stop_tx, stop_rx) = watch::channel(false);
    let (clock_tx, clock_rx) = watch::channel(JobClock::unknown());
    let stopped = |mut stop: watch::Receiver<bool>| async move {
        let _ = stop.wait_for(|stop| *stop).await;
    };

    let mut servers = Vec::new();
    if let Some(listener) = options.listener {
        let state = HttpState {
            metrics: Arc::clone(keeper.metrics()),
            intake: Arc::new(NoIntake),
            witness: None,
            health: options.health.clone(),
        };
        servers.push(tokio::spawn(http::serve_with(
            listener,
            state,
            ListenerLimits::admin(),
            stopped(stop_rx.clone()),
        )));
    }
    if let Some(listener) = options.intake_listener {
        let state = HttpState {
            metrics: Arc::clone(keeper.metrics()),
            intake: Arc::new(RelayIntake {
                relay: Arc::clone(&relay),
                queue,
                store: store.clone(),
                limits: Arc::clone(&options.intake_limits),
            }),
            witness: options
                .aggregator
                .clone()
                .map(|aggregator| aggregator as Arc<dyn WitnessIntake>),
            health: options.health.clone(),
        };
        servers.push(tokio::spawn(http::serve_with(
            listener,
            state,
            ListenerLimits::intake(Arc::clone(&options.intake_limits)),
            stopped(stop_rx.clone()),
        )));
    } else {
        drop(queue);
    }

    let task = RelayTask::new(
        Arc::clone(&relay),
        store,
        options.profit,
        JobGate::new(clock_rx, stop_rx.clone(), options.relay_guard),
        Arc::clone(&options.intake_limits),
        options.alerter,
    );
    let relaying = tokio::spawn(task.run(accepted, stop_rx));

    let mut summary = DaemonSummary::default();
    let mut shutdown = std::pin::pin!(shutdown);
    let mut wake = Instant::now();
    loop {
        tokio::select! {
            biased;
            () = &mut shutdown => break,
            () = sleep_until(wake) => {
                clock_tx.send_modify(|clock| clock.running = true);
                // A pass runs to completion: shutdown is only looked at between passes.
                let (snapshot, failed) = match keeper.tick().await {
                    Ok(report) => {
                        summary.ticks += 1;
                        if !report.succeeded() {
                            summary.failed_ticks += 1;
                        }
                        let failed: Vec<Step> = report.failures.iter().map(|failure| failure.step).collect();
                        (report.last, failed)
                    }
                    Err(error) => {
                        summary.failed_ticks += 1;
                        let what = match &error {
                            super::jobs::PassError::Read(_) => "chain read failed; retrying",
                            super::jobs::PassError::Unsettled(_) => {
                                "earlier transactions of this key are not settled; no new work until they are"
                            }
                        };
                        tracing::warn!(error = %crate::keeper::one_line(&error), "{what}");
                        (None, Vec::new())
                    }
                };
                clock_tx.send_replace(job_clock(snapshot.as_ref(), &failed));
                if let Some(aggregator) = &options.aggregator {
                    aggregate(aggregator, &keeper).await;
                }
                wake = Instant::now() + next_poll(snapshot.as_ref(), options.poll_interval);
            }
        }
    }

    // The intake closes, the relay takes no more work and nothing more is signed, at once (a
    // signal has stopped the sender already; a caller's own shutdown future has not).
    let _ = stop_tx.send(true);
    keeper.sender().stop();
    tracing::info!("shutting down: no new work is taken");
    health_watch.abort();
    match relaying.await {
        Ok(left) => {
            summary.evidence_dropped = left;
            if left > 0 && persisted {
                tracing::info!(
                    count = left,
                    "evidence accepted but not relayed yet: kept for the next start"
                );
            } else if left > 0 {
                tracing::warn!(
                    count = left,
                    "evidence accepted but not relayed yet, and no evidence directory: lost"
                );
            }
        }
        Err(error) => tracing::warn!(%error, "the relay task ended abnormally"),
    }
    for server in servers {
        match server.await {
            Ok(result) => result?,
            Err(error) => tracing::warn!(%error, "the HTTP task ended abnormally"),
        }
    }
    Ok(summary)
}

/// The aggregator's share of a pass: submit what a majority signed, then enforce closed uptime windows. A failure
/// is logged and retried next pass: it never holds the jobs up.
async fn aggregate(aggregator: &Aggregator<ContractsView>, keeper: &Keeper) {
    let reports = aggregator.chain().reports();
    match aggregator.run_once(keeper.sender(), reports).await {
        Ok(done) => {
            for (submission, outcome) in done {
                tracing::info!(
                    node_id = submission.report.nodeId,
                    epoch = submission.report.epoch,
                    kind = submission.report.kind,
                    failures = submission.report.failures,
                    signatures = submission.signatures.len(),
                    ?outcome,
                    "performance report"
                );
            }
        }
        Err(error) => {
            tracing::warn!(error = %crate::keeper::one_line(&error), "aggregating witness reports failed; retrying next pass")
        }
    }
    match aggregator.enforce_uptime(keeper.sender()).await {
        Ok(done) => {
            for (node_id, first_epoch, outcome) in done {
                tracing::info!(node_id, first_epoch, ?outcome, "uptime window judged");
            }
        }
        Err(error) => {
            tracing::warn!(error = %crate::keeper::one_line(&error), "enforcing uptime failed; retrying next pass")
        }
    }
}

/// What the relay learns from a pass: when the jobs are clear. No snapshot (the read failed):
/// not known, the relay waits. A step still due because it just failed (`failed`) does not
/// hold the relay up: waiting would not help it, and a job that fails every pass would
/// otherwise stop relaying for good.
fn job_clock(snapshot: Option<&Snapshot>, failed: &[Step]) -> JobClock {
    let Some(snapshot) = snapshot else {
        return JobClock::unknown();
    };
    JobClock {
        known: true,
        running: false,
        due_now: snapshot.due.steps().any(|step| !failed.contains(&step)),
        next_due_at: upcoming(snapshot),
        chain_time: snapshot.timestamp,
        read_at: unix_now(),
    }
}

/// The next rotation, distribution or payout time after the snapshot's block.
fn upcoming(snapshot: &Snapshot) -> Option<u64> {
    [
        snapshot.next_rotation_at,
        snapshot.next_distribution_at,
        snapshot.next_payout_at,
    ]
    .into_iter()
    .filter(|at| *at > snapshot.timestamp)
    .min()
}

/// How long to sleep after a pass: the poll interval, or less when a rotation, a distribution (an
/// epoch's report window closing) or a payout falls due sooner (by the chain's clock), but never
/// less than [`MIN_POLL`].
pub fn next_poll(snapshot: Option<&Snapshot>, poll_interval: Duration) -> Duration {
    let Some(snapshot) = snapshot else {
        return poll_interval;
    };
    match upcoming(snapshot) {
        Some(at) => Duration::from_secs(at - snapshot.timestamp)
            .clamp(MIN_POLL, poll_interval.max(MIN_POLL)),
        None => poll_interval,
    }
}

/// The admin listener's intake: it serves no evidence (the route is not served there).
struct NoIntake;

impl EvidenceIntake for NoIntake {
    fn submit(
        &self,
        _body: hyper::body::Bytes,
    ) -> Pin<Box<dyn Future<Output = IntakeReply> + Send + '_>> {
        Box::pin(async { IntakeReply::error(404, "no such endpoint: /v1/misbehavior") })
    }
}

/// The public evidence intake: the cheap refusals first (a node over its hourly count, a node
/// the chain just refused), then verification; evidence accepted is persisted before `202` is
/// answered and queued for the relay task.
struct RelayIntake {
    relay: Arc<Relay>,
    queue: mpsc::Sender<Checked>,
    store: Option<EvidenceStore>,
    limits: Arc<IntakeLimits>,
}

impl RelayIntake {
    async fn accept(&self, body: &[u8]) -> IntakeReply {
        let metrics = self.relay.metrics();
        let evidence = match Evidence::from_json(body) {
            Ok(evidence) => evidence,
            Err(error) => {
                metrics.record_rejected(error.reason());
                return IntakeReply::error(400, error.to_string());
            }
        };
        let node_id = evidence.node_id();
        let now = std::time::Instant::now();
        if self.limits.refused_nodes.is_refused(node_id, now) {
            metrics.record_rejected("node_refused");
            return IntakeReply::error(
                409,
                "a report against this node would slash nothing now (no stake, or already slashed in its jail period)",
            );
        }
        if let Err(wait) = self.limits.per_node.check(node_id, now) {
            metrics.record_rejected("rate_limited_node");
            return IntakeReply::error(
                429,
                "enough evidence against this node for now; try again later",
            )
            .with_retry_after(wait.as_secs());
        }
        let checked = match self.relay.check(&evidence).await {
            Ok(checked) => checked,
            Err(error) if error.is_bad_input() => {
                return IntakeReply::error(400, error.to_string())
            }
            Err(error) => return unavailable(&error),
        };
        match self.relay.already_reported(&checked).await {
            Ok(true) => {
                return IntakeReply::new(
                    200,
                    json!({"status": "duplicate", "report_id": checked.report_id}),
                )
            }
            Ok(false) => {}
            Err(error) => return unavailable(&error),
        }
        let report_id = checked.report_id;
        let size = checked.calldata.len();
        let full = || {
            metrics.record_rejected("queue_full");
            IntakeReply::error(503, "temporarily unavailable, try again later").with_retry_after(60)
        };
        let Ok(permit) = self.queue.try_reserve() else {
            return full();
        };
        if !self.limits.hold(size) {
            return full();
        }
        if let Some(store) = &self.store {
            if let Err(error) = store.put(report_id, &evidence) {
                self.limits.release(size);
                return unavailable(&error);
            }
        }
        self.limits.per_node.record(node_id, now);
        permit.send(checked);
        // Counted here too: the relay task refreshes the gauge only between its attempts, and
        // one attempt can wait a long time at the jobs' gate.
        super::metrics::Metrics::inc(&metrics.evidence_pending);
        IntakeReply::new(202, json!({"status": "accepted", "report_id": report_id}))
    }
}

impl EvidenceIntake for RelayIntake {
    fn submit(
        &self,
        body: hyper::body::Bytes,
    ) -> Pin<Box<dyn Future<Output = IntakeReply> + Send + '_>> {
        Box::pin(async move { self.accept(&body).await })
    }
}

/// `503` with no internal detail (an RPC host, a path): the detail goes to the log.
fn unavailable(error: &dyn std::error::Error) -> IntakeReply {
    tracing::warn!(error = %crate::keeper::one_line(error), "evidence intake: cannot decide now");
    IntakeReply::error(503, "temporarily unavailable, try again later").with_retry_after(30)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keeper::status::DueSteps;

    fn snapshot(timestamp: u64, next_rotation_at: u64, next_payout_at: u64) -> Snapshot {
        Snapshot {
            next_rotation_at,
            next_distribution_at: 30_000,
            next_payout_at,
            ..Snapshot::idle(timestamp)
        }
    }

    #[test]
    fn the_relay_waits_for_a_due_step_but_not_for_one_that_just_failed() {
        let mut due = snapshot(100, 100, 20_000);
        due.due = DueSteps(Step::Rotate.bit());
        let clock = job_clock(Some(&due), &[]);
        assert!(clock.due_now && clock.known);
        assert_eq!(clock.next_due_at, Some(20_000));
        assert!(!job_clock(Some(&due), &[Step::Rotate]).due_now);
        assert!(
            !job_clock(None, &[]).known,
            "a failed read: the relay waits"
        );
    }

    #[test]
    fn polls_faster_as_a_step_falls_due() {
        let interval = Duration::from_secs(5);
        assert_eq!(next_poll(None, interval), interval);
        assert_eq!(
            next_poll(Some(&snapshot(100, 10_000, 20_000)), interval),
            interval
        );
        assert_eq!(
            next_poll(Some(&snapshot(100, 102, 20_000)), interval),
            Duration::from_secs(2)
        );
        assert_eq!(
            next_poll(Some(&snapshot(100, 100, 20_000)), interval),
            interval
        );
        assert_eq!(
            next_poll(Some(&snapshot(100, 20_000, 101)), interval),
            Duration::from_secs(1)
        );
        // The next epoch's report window closes before the next rotation: the distribution is
        // due then.
        let mut window = snapshot(29_997, 40_000, 50_000);
        assert_eq!(next_poll(Some(&window), interval), Duration::from_secs(3));
        window.timestamp = 30_000;
        assert_eq!(next_poll(Some(&window), interval), interval);
    }
}
