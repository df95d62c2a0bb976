//! The daemon's relay task: accepted evidence is relayed here, in a task of its own with its own
//! queue, so that the jobs never wait for evidence.
//!
//! The relay and the jobs share the one sender (one nonce per key), so the relay gives way: it
//! starts no transaction while a pass over the jobs is running, a step is due, or one falls due
//! within a guard time (the daemon publishes its [`JobClock`] after every pass). Each report is
//! priced first ([`super::economics`]) and sent only if it pays and the hourly gas budget has
//! room; evidence that must wait stays queued (and persisted), evidence the contract refuses is
//! dropped.

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use tokio::sync::{mpsc, watch};

use super::{
    economics::{PriceFeed, Refusal, LOCAL_CHAIN_IDS},
    limits::IntakeLimits,
    store::EvidenceStore,
    Checked, Relay, RelayError, Relayed,
};
use crate::keeper::{
    alerts::{Alert, AlertKind, Alerter},
    metrics::Metrics,
    one_line,
    sender::SendError,
    unix_now,
};

/// What the daemon's job loop tells the relay after each pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JobClock {
    /// Whether a chain read has told the daemon anything yet (before it, the relay waits).
    pub known: bool,
    /// A pass over the jobs is running.
    pub running: bool,
    /// A step was due at the last read (and not done).
    pub due_now: bool,
    /// When the next step falls due, by the chain's clock (unix seconds).
    pub next_due_at: Option<u64>,
    /// The chain's time at the last read (unix seconds).
    pub chain_time: u64,
    /// The wall clock's unix time at the last read, to advance `chain_time` with.
    pub read_at: u64,
}

impl JobClock {
    /// Nothing known yet: the relay waits for the first pass.
    pub fn unknown() -> Self {
        Self {
            known: false,
            running: false,
            due_now: false,
            next_due_at: None,
            chain_time: 0,
            read_at: 0,
        }
    }

    /// Whether a relay transaction may start at wall-clock `now` (unix seconds), keeping `guard`
    /// clear before the next due step.
    pub fn is_clear(&self, now: u64, guard: Duration) -> bool {
        if !self.known || self.running || self.due_now {
            return false;
        }
        let chain_now = self.chain_time + now.saturating_sub(self.read_at);
        self.next_due_at
            .is_none_or(|at| chain_now.saturating_add(guard.as_secs()) < at)
    }
}

/// Relaying stopped (shutdown).
#[derive(Debug, Clone, Copy, thiserror::Error)]
#[error("relaying stopped")]
pub struct Stopped;

/// Where the relay waits for the jobs.
#[derive(Debug, Clone)]
pub struct JobGate {
    clock: watch::Receiver<JobClock>,
    stop: watch::Receiver<bool>,
    guard: Duration,
}

/// How often a waiting relay looks at the clock again (the next due time approaches by time
/// alone, without a new pass).
const GATE_RECHECK: Duration = Duration::from_secs(1);

impl JobGate {
    /// A gate on `clock`, keeping `guard` clear before a due step, open until `stop` is true.
    pub fn new(
        clock: watch::Receiver<JobClock>,
        stop: watch::Receiver<bool>,
        guard: Duration,
    ) -> Self {
        Self { clock, stop, guard }
    }

    /// Waits until no job step is running, due or about to be; `Err` once relaying stops.
    pub async fn clear(&self) -> Result<(), Stopped> {
        let mut clock = self.clock.clone();
        let mut stop = self.stop.clone();
        loop {
            if *stop.borrow() {
                return Err(Stopped);
            }
            if clock.borrow_and_update().is_clear(unix_now(), self.guard) {
                return Ok(());
            }
            tokio::select! {
                _ = stop.changed() => {}
                _ = clock.changed() => {}
                () = tokio::time::sleep(GATE_RECHECK) => {}
            }
        }
    }

    fn stopping(&self) -> bool {
        *self.stop.borrow()
    }
}

/// Whether a report must pay for itself.
#[derive(Debug)]
pub enum ProfitPolicy {
    /// Relay without pricing (local chains without a configured price).
    Off,
    /// Relay only when the reward, at `prices`, covers the cost times `margin_bps`/10,000.
    Required {
        /// The XMTP price.
        prices: PriceFeed,
        /// The margin, bps.
        margin_bps: u64,
    },
}

impl ProfitPolicy {
    /// The policy for `chain_id`: off only on a local chain with no price configured.
    pub fn for_chain(chain_id: u64, prices: PriceFeed, margin_bps: u64) -> Self {
        if LOCAL_CHAIN_IDS.contains(&chain_id) && !prices.is_configured() {
            Self::Off
        } else {
            Self::Required { prices, margin_bps }
        }
    }

    /// Why nothing will be relayed under this policy, if so (no price on a public chain): for a
    /// warning at start.
    pub fn refusal_reason(&self) -> Option<&'static str> {
        match self {
            Self::Required { prices, .. } if !prices.is_configured() => Some(
                "no XMTP price configured (relay.xmtp_price_eth or relay.price_url): evidence is \
                 verified and kept, but nothing is relayed",
            ),
            _ => None,
        }
    }
}

/// The relay task: what it relays through, and under which rules.
#[derive(Debug)]
pub struct RelayTask {
    relay: Arc<Relay>,
    store: Option<EvidenceStore>,
    profit: ProfitPolicy,
    gate: JobGate,
    limits: Arc<IntakeLimits>,
    alerter: Option<Arc<Alerter>>,
    /// When the last pricing warning was logged.
    last_warning: std::sync::Mutex<Option<Instant>>,
}

/// The shortest interval between two pricing warnings.
const WARN_EVERY: Duration = Duration::from_secs(60);

/// What became of one attempt.
enum Step {
    /// Final: relayed, duplicate or refused; the evidence is dropped.
    Done,
    /// Try again after this long.
    Later(Duration),
    /// Relaying stopped before the attempt ended.
    Stopped,
}

/// The most pieces of evidence the task holds out of the queue (waiting to be retried).
const MAX_WAITING: usize = 256;

/// How long evidence waits after a failure of the chain or the price source.
const RETRY_AFTER_FAILURE: Duration = Duration::from_secs(30);

/// How long evidence waits when it does not pay at today's fees, or no price is configured.
const RETRY_UNPROFITABLE: Duration = Duration::from_secs(300);

/// How long a node is refused at the intake after the chain said a report against it would
/// slash nothing.
const REFUSED_NODE_FOR: Duration = Duration::from_secs(600);

impl RelayTask {
    /// A task relaying through `relay` what `store` holds and the queue brings, under `profit`,
    /// waiting at `gate`, remembering refused nodes in `limits`, alerting through `alerter`
    /// (none: logs only).
    pub fn new(
        relay: Arc<Relay>,
        store: Option<EvidenceStore>,
        profit: ProfitPolicy,
        gate: JobGate,
        limits: Arc<IntakeLimits>,
        alerter: Option<Arc<Alerter>>,
    ) -> Self {
        Self {
            relay,
            store,
            profit,
            gate,
            limits,
            alerter,
            last_warning: std::sync::Mutex::new(None),
        }
    }

    /// Relays what the store holds, then what arrives on `queue`, until `stop` turns true;
    /// returns how many pieces of evidence were left unrelayed (still persisted).
    pub async fn run(
        self,
        mut queue: mpsc::Receiver<Checked>,
        mut stop: watch::Receiver<bool>,
    ) -> usize {
        let metrics = Arc::clone(self.relay.metrics());
        let mut waiting: Vec<(Instant, Checked)> = self.load().await;
        let mut open = true;
        loop {
            Metrics::set(
                &metrics.evidence_pending,
                (waiting.len() + queue.len()) as u64,
            );
            if *stop.borrow() {
                break;
            }
            let now = Instant::now();
            if let Some(index) = waiting.iter().position(|(at, _)| *at <= now) {
                let (_, checked) = waiting.remove(index);
                // The piece being attempted is still pending.
                Metrics::set(
                    &metrics.evidence_pending,
                    (waiting.len() + queue.len() + 1) as u64,
                );
                match self.attempt(&checked).await {
                    Step::Done => {
                        self.forget(&checked);
                        self.limits.release(checked.calldata.len());
                    }
                    Step::Later(after) => waiting.push((Instant::now() + after, checked)),
                    Step::Stopped => {
                        waiting.push((now, checked));
                        break;
                    }
                }
                continue;
            }
            let next = waiting.iter().map(|(at, _)| *at).min();
            tokio::select! {
                biased;
                _ = stop.changed() => {}
                // Evidence waiting for a price or the budget is bounded too: past this, the
                // queue fills and the intake answers 503.
                received = queue.recv(), if open && waiting.len() < MAX_WAITING => match received {
                    Some(checked) => waiting.push((Instant::now(), checked)),
                    None => open = false,
                },
                () = sleep_until(next), if next.is_some() => {}
            }
            if !open && waiting.is_empty() {
                break;
            }
        }
        queue.close();
        while let Ok(checked) = queue.try_recv() {
            waiting.push((Instant::now(), checked));
        }
        Metrics::set(&metrics.evidence_pending, waiting.len() as u64);
        waiting.len()
    }

    /// The evidence persisted by an earlier run, verified again (the chain may have changed).
    async fn load(&self) -> Vec<(Instant, Checked)> {
        let Some(store) = &self.store else {
            return Vec::new();
        };
        let stored = match store.load() {
            Ok(stored) => stored,
            Err(error) => {
                tracing::error!(error = %one_line(&error), "cannot read persisted evidence");
                return Vec::new();
            }
        };
        if !stored.is_empty() {
            tracing::info!(
                count = stored.len(),
                "persisted evidence found: relaying it"
            );
        }
        let mut loaded = Vec::new();
        for (report_id, evidence) in stored {
            loop {
                match self.relay.check(&evidence).await {
                    Ok(checked) => {
                        self.limits.hold_anyway(checked.calldata.len());
                        loaded.push((Instant::now(), checked));
                        break;
                    }
                    Err(error) if error.is_bad_input() => {
                        tracing::info!(%report_id, error = %error, "persisted evidence no longer verifies: dropped");
                        let _ = store.remove(report_id);
                        break;
                    }
                    Err(error) => {
                        tracing::warn!(%report_id, error = %one_line(&error), "cannot verify persisted evidence; retrying");
                        if self.gate.stopping() {
                            return loaded;
                        }
                        tokio::time::sleep(RETRY_AFTER_FAILURE).await;
                    }
                }
            }
        }
        loaded
    }

    fn forget(&self, checked: &Checked) {
        if let Some(store) = &self.store {
            if let Err(error) = store.remove(checked.report_id) {
                tracing::error!(error = %one_line(&error), "cannot remove relayed evidence");
            }
        }
    }

    async fn attempt(&self, checked: &Checked) -> Step {
        let report_id = checked.report_id;
        let metrics = self.relay.metrics();
        let cost = match &self.profit {
            ProfitPolicy::Off => 0,
            ProfitPolicy::Required { prices, margin_bps } => {
                let price = match prices.xmtp_in_eth().await {
                    Ok(Some(price)) => price,
                    Ok(None) => {
                        tracing::debug!(%report_id, "no XMTP price configured: evidence kept, not relayed");
                        return Step::Later(RETRY_UNPROFITABLE);
                    }
                    Err(error) => {
                        self.warn_now(&error, "no XMTP price: not relaying for now");
                        return Step::Later(RETRY_AFTER_FAILURE);
                    }
                };
                match self.relay.quote(checked).await {
                    Ok(Ok(quote)) if quote.pays(price, *margin_bps) => quote.cost_wei(),
                    Ok(Ok(quote)) => {
                        tracing::info!(
                            %report_id, reward_xmtp_wei = %quote.reward, cost_wei = quote.cost_wei(),
                            "the reward does not pay for the gas at today's fees: waiting"
                        );
                        return Step::Later(RETRY_UNPROFITABLE);
                    }
                    Ok(Err(refusal)) => {
                        self.refused(checked, &refusal);
                        metrics.record_relay(crate::keeper::metrics::RelayOutcome::Refused);
                        return Step::Done;
                    }
                    Err(error) => {
                        self.warn_now(&error, "cannot price the report: not relaying for now");
                        return Step::Later(RETRY_AFTER_FAILURE);
                    }
                }
            }
        };
        let ledger = self.relay.ledger();
        if let Err(wait) = ledger.room_for(cost, Instant::now()) {
            Metrics::set(&metrics.relay_budget_spent, 1);
            self.alert(Alert::new(
                AlertKind::RelayBudgetSpent,
                "relay gas budget spent: relaying waits",
                serde_json::json!({
                    "spent_wei": ledger.spent().to_string(),
                    "budget_wei": ledger.budget_wei().to_string(),
                    "next_cost_wei": cost.to_string(),
                    "retry_in_secs": wait.as_secs(),
                }),
            ))
            .await;
            return Step::Later(wait.max(Duration::from_secs(1)));
        }
        Metrics::set(&metrics.relay_budget_spent, 0);
        match self
            .relay
            .submit_gated(checked.clone(), Some(&self.gate))
            .await
        {
            Ok(Relayed::Refused { refusal, .. }) => {
                self.refused(checked, &refusal);
                Step::Done
            }
            Ok(_) => Step::Done,
            Err(RelayError::Stopped) => Step::Stopped,
            // The sender was stopped mid-relay: the evidence stays persisted for the next start.
            Err(RelayError::Send(error)) if matches!(*error, SendError::Stopped { .. }) => {
                Step::Stopped
            }
            Err(error) => {
                self.alert(Alert::new(
                    AlertKind::RelayFailed,
                    "relaying misbehavior evidence failed",
                    serde_json::json!({
                        "report_id": report_id.to_string(),
                        "node_id": checked.node_id,
                        "error": one_line(&error),
                    }),
                ))
                .await;
                Step::Later(RETRY_AFTER_FAILURE)
            }
        }
    }

    /// The chain refuses reports against this node for now: refuse its evidence at the intake
    /// without a read until then.
    fn refused(&self, checked: &Checked, refusal: &Refusal) {
        let until = match refusal {
            Refusal::SlashedInJailPeriod { until, .. } => {
                Duration::from_secs(until.saturating_sub(unix_now()))
                    .min(Duration::from_secs(86_400 * 30))
            }
            Refusal::NothingToSlash { .. } | Refusal::NoReward => REFUSED_NODE_FOR,
        };
        self.limits
            .refused_nodes
            .refuse(checked.node_id, Instant::now() + until);
        tracing::info!(report_id = %checked.report_id, node_id = checked.node_id, reason = refusal.name(), "the report would slash nothing or pay nothing: evidence dropped");
    }

    /// A warning at most once a minute (the same failure hits every waiting report); the rest
    /// at debug.
    fn warn_now(&self, error: &dyn std::error::Error, message: &str) {
        let now = Instant::now();
        let mut last = self
            .last_warning
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if last.is_none_or(|at| now.saturating_duration_since(at) >= WARN_EVERY) {
            *last = Some(now);
            tracing::warn!(error = %one_line(error), "{message}");
        } else {
            tracing::debug!(error = %one_line(error), "{message}");
        }
    }

    async fn alert(&self, alert: Alert) {
        match &self.alerter {
            Some(alerter) => alerter.send(alert).await,
            None => {
                tracing::warn!(alert = %alert.kind, details = %alert.details, "{}", alert.message)
            }
        }
    }
}

async fn sleep_until(at: Option<Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at.into()).await,
        None => std::future::pending().await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clock(next_due_at: Option<u64>) -> JobClock {
        JobClock {
            known: true,
            running: false,
            due_now: false,
            next_due_at,
            chain_time: 1_000,
            read_at: 5_000,
        }
    }

    #[test]
    fn the_relay_gives_way_to_due_and_running_steps() {
        let guard = Duration::from_secs(30);
        assert!(!JobClock::unknown().is_clear(5_000, guard));
        assert!(clock(None).is_clear(5_000, guard));
        assert!(clock(Some(1_031)).is_clear(5_000, guard));
        assert!(
            !clock(Some(1_030)).is_clear(5_000, guard),
            "inside the guard"
        );
        // The chain's clock advances with the wall clock between reads.
        assert!(!clock(Some(1_031)).is_clear(5_001, guard));
        let running = JobClock {
            running: true,
            ..clock(None)
        };
        assert!(!running.is_clear(5_000, guard));
        let due = JobClock {
            due_now: true,
            ..clock(None)
        };
        assert!(!due.is_clear(5_000, guard));
    }

    #[test]
    fn profit_is_checked_everywhere_but_on_unpriced_local_chains() {
        let feed = || PriceFeed::new(None, Duration::from_secs(1));
        assert!(matches!(
            ProfitPolicy::for_chain(31_337, feed(), 15_000),
            ProfitPolicy::Off
        ));
        assert!(matches!(
            ProfitPolicy::for_chain(1_337, feed(), 15_000),
            ProfitPolicy::Off
        ));
        let base = ProfitPolicy::for_chain(8_453, feed(), 15_000);
        assert!(
            base.refusal_reason().is_some(),
            "no price on Base: nothing relayed"
        );
        let priced = ProfitPolicy::for_chain(
            31_337,
            PriceFeed::new(
                Some(crate::keeper::config::PriceSetting::Fixed(0.001)),
                Duration::from_secs(1),
            ),
            15_000,
        );
        assert!(matches!(priced, ProfitPolicy::Required { .. }));
        assert!(priced.refusal_reason().is_none());
    }
}
