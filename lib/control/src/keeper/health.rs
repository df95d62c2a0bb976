//! Whether the keeper is doing its job, judged from what it last saw, for `/health` and alerts.
//!
//! "A pass completed recently" is not enough: a keeper reading a frozen chain, or a backup RPC
//! that stopped following it, completes passes forever while nothing gets done. So `/health` also
//! fails when the chain head's timestamp stops advancing (by the wall clock), and when a step has
//! been due for longer than a grace period (by the chain's clock) without being done. Each rule
//! that fails is named in plain words; no RPC host or error text is served.
//!
//! [`observe_snapshot`] records what each read saw; [`judge`] answers `/health`; [`watch`] raises
//! the alerts (a stalled chain, reads failing on every endpoint) once per episode and logs the
//! recovery.

use std::{
    collections::HashMap,
    future::Future,
    sync::{atomic::Ordering, Arc},
    time::Duration,
};

use serde_json::{json, Value};

use super::{
    alerts::{Alert, AlertKind, Alerter},
    metrics::Metrics,
    status::{Snapshot, Step},
    unix_now,
};

/// How often [`watch`] looks at the figures.
pub const WATCH_INTERVAL: Duration = Duration::from_secs(1);

/// When the keeper is unhealthy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HealthPolicy {
    /// Unhealthy when the last completed pass ([`Metrics::last_tick_at`]) is older than this, or
    /// when there was none yet.
    pub stale_after: Duration,
    /// Unhealthy when the chain head's timestamp has not advanced for this long (wall clock);
    /// `None` turns the rule off (a local chain that mines only when sent something).
    pub head_stall_after: Option<Duration>,
    /// Unhealthy when a step has been due for longer than this (chain clock) without being done.
    pub due_grace: Duration,
    /// An alert after this many requests in a row failed on every RPC endpoint.
    pub unreachable_after: u64,
}

impl HealthPolicy {
    /// The defaults for a local chain, with `stale_after` as given: no head-stall rule, a step
    /// overdue by 120 s, 3 failed reads in a row.
    pub fn with_stale_after(stale_after: Duration) -> Self {
        Self {
            stale_after,
            head_stall_after: None,
            due_grace: Duration::from_secs(120),
            unreachable_after: 3,
        }
    }
}

/// The chain time at which each due step was first seen due, for steps whose due time the
/// snapshot does not give.
#[derive(Debug, Default)]
pub struct DueSeen {
    first_seen: HashMap<Step, u64>,
}

/// Records what a read saw: the head's timestamp (and, when it moved forward, the wall-clock time
/// `now`), and since when the longest-due step has been due.
pub fn observe_snapshot(metrics: &Metrics, snapshot: &Snapshot, now: u64) {
    let previous = metrics
        .head_timestamp
        .swap(snapshot.timestamp, Ordering::Relaxed);
    if snapshot.timestamp > previous || metrics.head_advanced_at.load(Ordering::Relaxed) == 0 {
        Metrics::set(&metrics.head_advanced_at, now);
    }
    let mut seen = metrics
        .due_seen
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    seen.first_seen
        .retain(|step, _| snapshot.due.contains(*step));
    let oldest = snapshot
        .due
        .steps()
        .map(|step| {
            let scheduled = match step {
                Step::Rotate => Some(snapshot.next_rotation_at),
                Step::Distribute => Some(snapshot.next_distribution_at),
                // Fees to forward and payouts have no due time in the snapshot.
                Step::ForwardFees | Step::ForwardExcess | Step::Payout => None,
            };
            let first = *seen.first_seen.entry(step).or_insert(snapshot.timestamp);
            scheduled
                .filter(|at| *at <= snapshot.timestamp)
                .map_or(first, |at| at.min(first))
        })
        .min()
        .unwrap_or(0);
    Metrics::set(&metrics.oldest_due_at, oldest);
}

/// `/health`'s answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// Whether to answer `200` (else `503`).
    pub healthy: bool,
    /// The JSON body.
    pub body: Value,
}

/// One rule of [`judge`] that failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Problem {
    Stale { age: u64, limit: u64 },
    HeadStalled { still_for: u64, limit: u64 },
    Overdue { due_for: u64, limit: u64 },
}

impl Problem {
    fn status(self) -> &'static str {
        match self {
            Self::Stale { .. } => "stale",
            Self::HeadStalled { .. } => "chain_stalled",
            Self::Overdue { .. } => "overdue",
        }
    }

    fn explain(self) -> String {
        match self {
            Self::Stale { age, limit } => {
                format!("no pass over the jobs completed for {age} s (limit {limit} s)")
            }
            Self::HeadStalled { still_for, limit } => format!(
                "the chain head's timestamp has not advanced for {still_for} s (limit {limit} s)"
            ),
            Self::Overdue { due_for, limit } => {
                format!("a step has been due for {due_for} s without being done (limit {limit} s)")
            }
        }
    }
}

/// Judges the keeper at `now` (unix seconds): `starting` before the first completed pass, else
/// unhealthy when any rule fails (see the module's documentation), each one named in `problems`.
pub fn judge(metrics: &Metrics, policy: &HealthPolicy, now: u64) -> Verdict {
    let load = |gauge: &std::sync::atomic::AtomicU64| gauge.load(Ordering::Relaxed);
    let last_tick_at = load(&metrics.last_tick_at);
    if last_tick_at == 0 {
        return Verdict {
            healthy: false,
            body: json!({ "status": "starting" }),
        };
    }
    let age_secs = now.saturating_sub(last_tick_at);
    let head_timestamp = load(&metrics.head_timestamp);
    let oldest_due_at = load(&metrics.oldest_due_at);
    let mut problems = Vec::new();
    if age_secs > policy.stale_after.as_secs() {
        problems.push(Problem::Stale {
            age: age_secs,
            limit: policy.stale_after.as_secs(),
        });
    }
    if let (Some(still_for), Some(limit)) = (head_still_for(metrics, now), policy.head_stall_after)
    {
        if still_for > limit.as_secs() {
            problems.push(Problem::HeadStalled {
                still_for,
                limit: limit.as_secs(),
            });
        }
    }
    if oldest_due_at != 0 {
        let due_for = head_timestamp.saturating_sub(oldest_due_at);
        if due_for > policy.due_grace.as_secs() {
            problems.push(Problem::Overdue {
                due_for,
                limit: policy.due_grace.as_secs(),
            });
        }
    }
    let status = problems.first().map_or("ok", |problem| problem.status());
    Verdict {
        healthy: problems.is_empty(),
        body: json!({
            "status": status,
            "problems": problems.iter().map(|problem| problem.explain()).collect::<Vec<_>>(),
            "last_tick_at": last_tick_at,
            "last_block": load(&metrics.last_block),
            "head_timestamp": head_timestamp,
            "ticks": load(&metrics.ticks),
            "age_secs": age_secs,
            "stale_after_secs": policy.stale_after.as_secs(),
        }),
    }
}

/// How long (wall clock) the head's timestamp has stood still; `None` before the first read.
fn head_still_for(metrics: &Metrics, now: u64) -> Option<u64> {
    let advanced_at = metrics.head_advanced_at.load(Ordering::Relaxed);
    (advanced_at != 0).then(|| now.saturating_sub(advanced_at))
}

/// Raises [`AlertKind::ChainStalled`] when the head stops advancing and
/// [`AlertKind::RpcUnreachable`] when [`HealthPolicy::unreachable_after`] requests in a row failed
/// on every endpoint, once per episode (and through the alerter's repeat suppression); logs when
/// each ends. Looks every [`WATCH_INTERVAL`] until `stop` resolves.
pub async fn watch(
    metrics: Arc<Metrics>,
    alerter: Arc<Alerter>,
    policy: HealthPolicy,
    stop: impl Future<Output = ()>,
) {
    let mut stop = std::pin::pin!(stop);
    let mut episodes = Episodes::default();
    loop {
        for alert in episodes.look(&metrics, &policy, unix_now()) {
            alerter.send(alert).await;
        }
        tokio::select! {
            () = &mut stop => return,
            () = tokio::time::sleep(WATCH_INTERVAL) => {}
        }
    }
}

/// Which alert conditions hold now, so that each is raised once when it starts.
#[derive(Debug, Default)]
struct Episodes {
    stalled: bool,
    unreachable: bool,
}

impl Episodes {
    /// The alerts for conditions that started since the last look; logs those that ended.
    fn look(&mut self, metrics: &Metrics, policy: &HealthPolicy, now: u64) -> Vec<Alert> {
        let mut alerts = Vec::new();
        let failed = metrics.rpc_failed_in_a_row.load(Ordering::Relaxed);
        let unreachable = failed >= policy.unreachable_after.max(1);
        let still_for = head_still_for(metrics, now).unwrap_or(0);
        let limit = policy.head_stall_after.map(|limit| limit.as_secs());
        // With no answers the head is unknown, not stalled: that is the other alert.
        let stalled = limit.is_some_and(|limit| still_for > limit) && !unreachable;
        if stalled && !self.stalled {
            alerts.push(
                Alert::new(
                    AlertKind::ChainStalled,
                    "the chain head's timestamp stopped advancing",
                    json!({
                        "head_timestamp": metrics.head_timestamp.load(Ordering::Relaxed),
                        "last_block": metrics.last_block.load(Ordering::Relaxed),
                        "still_for_secs": still_for,
                        "limit_secs": limit,
                    }),
                )
                .with_step("read"),
            );
        } else if !stalled && self.stalled {
            tracing::info!(
                head_timestamp = metrics.head_timestamp.load(Ordering::Relaxed),
                "the chain head advances again"
            );
        }
        self.stalled = stalled;

        if unreachable && !self.unreachable {
            alerts.push(
                Alert::new(
                    AlertKind::RpcUnreachable,
                    "chain reads fail on every RPC endpoint",
                    json!({ "failed_in_a_row": failed }),
                )
                .with_step("read"),
            );
        } else if failed == 0 && self.unreachable {
            tracing::info!("chain reads answer again: the RPC outage is over");
        }
        // An episode ends only with an answer, not when the count merely dips below the limit.
        self.unreachable = if failed == 0 {
            false
        } else {
            self.unreachable || unreachable
        };
        alerts
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keeper::status::DueSteps;

    fn policy() -> HealthPolicy {
        HealthPolicy {
            stale_after: Duration::from_secs(60),
            head_stall_after: Some(Duration::from_secs(90)),
            due_grace: Duration::from_secs(120),
            unreachable_after: 3,
        }
    }

    fn snapshot(timestamp: u64, due: &[Step]) -> Snapshot {
        Snapshot {
            due: DueSteps(due.iter().map(|step| step.bit()).sum()),
            ..Snapshot::idle(timestamp)
        }
    }

    /// Metrics after a completed pass at wall-clock `now` that read `snapshot`.
    fn ticked(snapshot: &Snapshot, now: u64) -> Metrics {
        let metrics = Metrics::default();
        observe_snapshot(&metrics, snapshot, now);
        Metrics::set(&metrics.last_tick_at, now);
        metrics
    }

    #[test]
    fn starting_before_the_first_pass() {
        let verdict = judge(&Metrics::default(), &policy(), 1_000);
        assert!(!verdict.healthy);
        assert_eq!(verdict.body, json!({ "status": "starting" }));
    }

    #[test]
    fn ok_up_to_stale_after_and_stale_past_it() {
        let metrics = ticked(&snapshot(800, &[]), 1_000);
        Metrics::set(&metrics.last_block, 77);
        Metrics::set(&metrics.ticks, 5);
        let verdict = judge(&metrics, &policy(), 1_060);
        assert!(verdict.healthy, "{}", verdict.body);
        assert_eq!(
            verdict.body,
            json!({
                "status": "ok", "problems": [], "last_tick_at": 1_000, "last_block": 77,
                "head_timestamp": 800, "ticks": 5, "age_secs": 60, "stale_after_secs": 60,
            })
        );
        let verdict = judge(&metrics, &policy(), 1_061);
        assert!(!verdict.healthy);
        assert_eq!(verdict.body["status"], "stale");
        assert_eq!(
            verdict.body["problems"],
            json!(["no pass over the jobs completed for 61 s (limit 60 s)"])
        );
    }

    #[test]
    fn a_pass_in_the_future_counts_as_fresh() {
        let metrics = ticked(&snapshot(800, &[]), 2_000);
        let verdict = judge(&metrics, &policy(), 1_000);
        assert!(verdict.healthy);
        assert_eq!(verdict.body["age_secs"], 0);
    }

    #[test]
    fn passes_that_keep_reading_a_frozen_head_are_unhealthy_after_the_stall_limit() {
        let metrics = ticked(&snapshot(800, &[]), 1_000);
        for now in (1_005..=1_095).step_by(5) {
            // Every pass completes and reads the same head.
            observe_snapshot(&metrics, &snapshot(800, &[]), now);
            Metrics::set(&metrics.last_tick_at, now);
        }
        assert!(judge(&metrics, &policy(), 1_090).healthy);
        let verdict = judge(&metrics, &policy(), 1_095);
        assert!(!verdict.healthy);
        assert_eq!(verdict.body["status"], "chain_stalled");
        assert_eq!(
            verdict.body["problems"],
            json!(["the chain head's timestamp has not advanced for 95 s (limit 90 s)"])
        );
        // The head moves again: healthy.
        observe_snapshot(&metrics, &snapshot(812, &[]), 1_096);
        assert!(judge(&metrics, &policy(), 1_096).healthy);
    }

    #[test]
    fn a_rotation_due_past_the_grace_is_unhealthy_though_passes_complete() {
        // Due at 1,000 by the chain's clock.
        let metrics = ticked(&snapshot(1_100, &[Step::Rotate]), 5_000);
        assert!(judge(&metrics, &policy(), 5_000).healthy);
        observe_snapshot(&metrics, &snapshot(1_121, &[Step::Rotate]), 5_021);
        Metrics::set(&metrics.last_tick_at, 5_021);
        let verdict = judge(&metrics, &policy(), 5_021);
        assert!(!verdict.healthy);
        assert_eq!(verdict.body["status"], "overdue");
        assert_eq!(
            verdict.body["problems"],
            json!(["a step has been due for 121 s without being done (limit 120 s)"])
        );
        // Done: healthy again.
        observe_snapshot(&metrics, &snapshot(1_125, &[]), 5_025);
        assert!(judge(&metrics, &policy(), 5_025).healthy);
        assert_eq!(metrics.oldest_due_at.load(Ordering::Relaxed), 0);
    }

    #[test]
    fn a_step_without_a_due_time_is_timed_from_when_it_was_first_seen_due() {
        let metrics = ticked(&snapshot(2_000, &[Step::Payout]), 10);
        observe_snapshot(&metrics, &snapshot(2_100, &[Step::Payout]), 110);
        assert_eq!(metrics.oldest_due_at.load(Ordering::Relaxed), 2_000);
        Metrics::set(&metrics.last_tick_at, 110);
        assert!(judge(&metrics, &policy(), 110).healthy);
        observe_snapshot(&metrics, &snapshot(2_121, &[Step::Payout]), 131);
        Metrics::set(&metrics.last_tick_at, 131);
        assert_eq!(judge(&metrics, &policy(), 131).body["status"], "overdue");
        // Done, then due again: timed afresh.
        observe_snapshot(&metrics, &snapshot(2_122, &[]), 132);
        observe_snapshot(&metrics, &snapshot(2_130, &[Step::Payout]), 140);
        assert_eq!(metrics.oldest_due_at.load(Ordering::Relaxed), 2_130);
    }

    #[test]
    fn a_stalled_head_alerts_once_per_episode() {
        let metrics = ticked(&snapshot(800, &[]), 1_000);
        let mut episodes = Episodes::default();
        assert!(episodes.look(&metrics, &policy(), 1_050).is_empty());
        let alerts = episodes.look(&metrics, &policy(), 1_091);
        assert_eq!(alerts.len(), 1);
        assert_eq!(alerts[0].kind, AlertKind::ChainStalled);
        assert_eq!(alerts[0].details["still_for_secs"], 91);
        assert!(episodes.look(&metrics, &policy(), 1_200).is_empty());
        observe_snapshot(&metrics, &snapshot(812, &[]), 1_201);
        assert!(episodes.look(&metrics, &policy(), 1_202).is_empty());
        assert_eq!(
            episodes.look(&metrics, &policy(), 1_300).len(),
            1,
            "a new episode"
        );
    }

    #[test]
    fn reads_failing_in_a_row_alert_once_until_an_answer() {
        let metrics = ticked(&snapshot(800, &[]), 1_000);
        let mut episodes = Episodes::default();
        Metrics::set(&metrics.rpc_failed_in_a_row, 2);
        assert!(episodes.look(&metrics, &policy(), 1_001).is_empty());
        Metrics::set(&metrics.rpc_failed_in_a_row, 3);
        let alerts = episodes.look(&metrics, &policy(), 1_002);
        assert_eq!(alerts.len(), 1);
        assert_eq!(alerts[0].kind, AlertKind::RpcUnreachable);
        for failed in 4..40 {
            Metrics::set(&metrics.rpc_failed_in_a_row, failed);
            assert!(episodes.look(&metrics, &policy(), 1_003).is_empty());
        }
        Metrics::set(&metrics.rpc_failed_in_a_row, 0);
        assert!(episodes.look(&metrics, &policy(), 1_004).is_empty());
        Metrics::set(&metrics.rpc_failed_in_a_row, 3);
        assert_eq!(episodes.look(&metrics, &policy(), 1_005).len(), 1);
    }
}
