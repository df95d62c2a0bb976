//! `keeper run`: the jobs on a timer that tightens as the next rotation or payout approaches,
//! evidence handed in over HTTP relayed in between, until told to stop.
//!
//! Shutdown (SIGTERM/SIGINT, or the future passed in) stops taking work: the HTTP listener
//! closes, no new pass starts, and a pass in progress finishes watching what it sent. Evidence
//! accepted but not yet submitted is logged with its report id so that it can be handed in again.

use std::{future::Future, pin::Pin, sync::Arc, time::Duration};

use serde_json::json;
use tokio::{
    net::TcpListener,
    sync::{mpsc, watch},
    time::{sleep_until, Instant},
};

use super::{
    http::{self, EvidenceIntake, HealthPolicy, HttpState, IntakeReply},
    jobs::Keeper,
    relay::{Checked, Evidence, Relay, RelayError},
    status::Snapshot,
};

/// The shortest pause between two reads while a step is about to fall due.
pub const MIN_POLL: Duration = Duration::from_millis(250);

/// How many accepted pieces of evidence may wait for submission.
const EVIDENCE_QUEUE: usize = 256;

/// How the daemon runs.
#[derive(Debug)]
pub struct DaemonOptions {
    /// The longest pause between two reads.
    pub poll_interval: Duration,
    /// Where to serve HTTP; none serves nothing.
    pub listener: Option<TcpListener>,
    /// When `/health` turns stale.
    pub health: HealthPolicy,
}

/// What a daemon run did, for its final log line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DaemonSummary {
    /// Passes completed.
    pub ticks: u64,
    /// Passes with a failed step or a failed read.
    pub failed_ticks: u64,
    /// Evidence accepted but not submitted before shutdown.
    pub evidence_dropped: usize,
}

/// Why the daemon stopped abnormally.
#[derive(Debug, thiserror::Error)]
pub enum DaemonError {
    /// The HTTP server failed.
    #[error("the HTTP listener failed")]
    Http(#[from] http::HttpError),
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
    let (queue, mut accepted) = mpsc::channel::<Checked>(EVIDENCE_QUEUE);
    let (stop_http, http_stopped) = watch::channel(false);
    let server = options.listener.map(|listener| {
        let state = HttpState {
            metrics: Arc::clone(keeper.metrics()),
            intake: Arc::new(RelayIntake {
                relay: Arc::clone(&relay),
                queue,
            }),
            health: options.health,
        };
        let mut stopped = http_stopped;
        tokio::spawn(http::serve(listener, state, async move {
            let _ = stopped.wait_for(|stop| *stop).await;
        }))
    });

    let mut summary = DaemonSummary::default();
    let mut shutdown = std::pin::pin!(shutdown);
    let mut wake = Instant::now();
    loop {
        tokio::select! {
            biased;
            () = &mut shutdown => break,
            Some(checked) = accepted.recv() => {
                // The outcome is logged and counted by the relay.
                let _ = relay.submit(checked).await;
            }
            () = sleep_until(wake) => {
                // A pass runs to completion: shutdown is only looked at between passes.
                let snapshot = match keeper.tick().await {
                    Ok(report) => {
                        summary.ticks += 1;
                        if !report.succeeded() {
                            summary.failed_ticks += 1;
                        }
                        report.last
                    }
                    Err(error) => {
                        summary.failed_ticks += 1;
                        tracing::warn!(error = %crate::keeper::one_line(&error), "chain read failed; retrying");
                        None
                    }
                };
                wake = Instant::now() + next_poll(snapshot.as_ref(), options.poll_interval);
            }
        }
    }

    tracing::info!("shutting down: no new work is taken");
    health_watch.abort();
    let _ = stop_http.send(true);
    accepted.close();
    while let Ok(checked) = accepted.try_recv() {
        summary.evidence_dropped += 1;
        tracing::warn!(report_id = %checked.report_id, node_id = checked.node_id,
            "evidence accepted but not submitted before shutdown: hand it in again");
    }
    if let Some(server) = server {
        match server.await {
            Ok(result) => result?,
            Err(error) => tracing::warn!(%error, "the HTTP task ended abnormally"),
        }
    }
    Ok(summary)
}

/// How long to sleep after a pass: the poll interval, or less when a rotation, a distribution (an
/// epoch's report window closing) or a payout falls due sooner (by the chain's clock), but never
/// less than [`MIN_POLL`].
pub fn next_poll(snapshot: Option<&Snapshot>, poll_interval: Duration) -> Duration {
    let Some(snapshot) = snapshot else {
        return poll_interval;
    };
    let upcoming = [
        snapshot.next_rotation_at,
        snapshot.next_distribution_at,
        snapshot.next_payout_at,
    ]
    .into_iter()
    .filter(|at| *at > snapshot.timestamp)
    .min();
    match upcoming {
        Some(at) => Duration::from_secs(at - snapshot.timestamp)
            .clamp(MIN_POLL, poll_interval.max(MIN_POLL)),
        None => poll_interval,
    }
}

/// The HTTP evidence intake: verifies and de-duplicates at once, answers, and queues the
/// submission for the daemon's loop (so that one sender sends everything, in order).
struct RelayIntake {
    relay: Arc<Relay>,
    queue: mpsc::Sender<Checked>,
}

impl RelayIntake {
    async fn accept(&self, body: &[u8]) -> IntakeReply {
        let evidence = match Evidence::from_json(body) {
            Ok(evidence) => evidence,
            Err(error) => return rejected(&error),
        };
        let checked = match self.relay.check(&evidence).await {
            Ok(checked) => checked,
            Err(error) if error.is_bad_input() => return rejected(&error),
            Err(error) => return unavailable(&error),
        };
        match self.relay.already_reported(&checked).await {
            Ok(true) => {
                return IntakeReply {
                    status: 200,
                    body: json!({"status": "duplicate", "report_id": checked.report_id}),
                }
            }
            Ok(false) => {}
            Err(error) => return unavailable(&error),
        }
        let report_id = checked.report_id;
        match self.queue.try_send(checked) {
            Ok(()) => IntakeReply {
                status: 202,
                body: json!({"status": "accepted", "report_id": report_id}),
            },
            Err(_) => IntakeReply {
                status: 503,
                body: json!({"error": "the evidence queue is full or closing; try again later"}),
            },
        }
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

fn rejected(error: &RelayError) -> IntakeReply {
    IntakeReply {
        status: 400,
        body: json!({"error": error.to_string()}),
    }
}

fn unavailable(error: &RelayError) -> IntakeReply {
    IntakeReply {
        status: 503,
        body: json!({"error": crate::keeper::one_line(error)}),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keeper::status::DueSteps;

    fn snapshot(timestamp: u64, next_rotation_at: u64, next_payout_at: u64) -> Snapshot {
        Snapshot {
            chain_id: 1,
            keeper: None,
            block_number: 1,
            timestamp,
            epoch: 1,
            next_rotation_at,
            epoch_duration: 43_200,
            active_node_ids: vec![],
            active_set_size: 0,
            due: DueSteps::default(),
            backed_fees: Default::default(),
            pending_epochs: 0,
            next_distribution_at: 30_000,
            pool: Default::default(),
            pending_excess: Default::default(),
            current_period: 0,
            next_payout_at,
            pending_payouts: 0,
            treasury: crate::keeper::status::Buckets {
                buyback: Default::default(),
                staking_rewards: Default::default(),
                treasury: Default::default(),
            },
            base_pay_reserve: Default::default(),
            reserve_months_bps: Default::default(),
            keeper_balance: Default::default(),
            payers_paused: false,
            distributor_paused: false,
        }
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
