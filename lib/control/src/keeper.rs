//! The keeper: what operators run from cron (`keeper tick`) or as a daemon (`keeper run`) to
//! rotate the active node set every epoch, distribute rewards, pay closed periods and relay
//! misbehavior evidence.
//!
//! Sources of work (a timer, evidence handed in) feed decisions about what is due ([`jobs`],
//! [`relay`]), which feed one executor per key ([`sender`]), the only place that signs and sends.
//!
//! - [`config`] loads and validates the configuration (TOML, environment, flags).
//! - [`chain`] is the JSON-RPC access: several URLs with failover, retries and counting.
//! - [`sender`] is the executor: simulation, EIP-1559 fees, confirmations, replacement of stuck
//!   transactions, nonces, dry runs.
//! - [`status`] reads the suite's state in one call to the `Automation` contract.
//! - [`jobs`] decides what is due from that read and does it.
//! - [`relay`] verifies, de-duplicates and submits misbehavior evidence, only when the reward
//!   pays for the gas and within an hourly budget, from a task of its own that gives way to the
//!   jobs; accepted evidence is persisted until relayed.
//! - [`metrics`] holds the counters and gauges and renders them for Prometheus.
//! - [`http`] serves `/health` and `/metrics` on an admin listener and the public evidence
//!   intake on another, with per-IP limits.
//! - [`health`] judges whether the keeper does its job (passes, a moving head, nothing overdue)
//!   and alerts when the chain stalls or stops answering.
//! - [`alerts`] posts failures and warnings to a webhook.
//! - [`daemon`] runs the jobs on a timer until told to stop.
//! - [`state`] is the per-key state directory: the tick lock, the sender's in-flight journal and
//!   the relay's persisted evidence.

pub mod alerts;
pub mod chain;
pub mod config;
pub mod daemon;
pub mod health;
pub mod http;
pub mod jobs;
pub mod metrics;
pub mod relay;
pub mod sender;
pub mod setup;
pub mod state;
pub mod status;

/// An error and its causes on one line, for logs and the CLI ("error sending request: …:
/// connection refused"); a transparent wrapper's repeat of its inner message is dropped.
pub fn one_line(error: &dyn std::error::Error) -> String {
    let mut line = error.to_string();
    let mut last = line.clone();
    let mut source = error.source();
    while let Some(cause) = source {
        let message = cause.to_string();
        if message != last {
            line.push_str(": ");
            line.push_str(&message);
            last = message;
        }
        source = cause.source();
    }
    line.replace('\n', " ")
}

/// The wall clock in unix seconds (0 if it is set before 1970).
pub(crate) fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs())
}
