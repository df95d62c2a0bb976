//! The keeper: what operators run from cron (`keeper tick`) or as a daemon (`keeper run`) to
//! rotate the active node set every epoch, distribute rewards, pay closed periods and relay
//! misbehavior evidence.
//!
//! Sources of work (a timer, new blocks, evidence handed in) feed decisions about what is due,
//! which feed one executor per key, the only place that signs and sends.
//!
//! - [`config`] loads and validates the configuration (TOML, environment, flags).
//! - [`chain`] is the JSON-RPC access: several URLs with failover, retries and counting.
//! - [`sender`] is the executor: simulation, EIP-1559 fees, confirmations, replacement of stuck
//!   transactions, nonces, dry runs.
//! - [`jobs`] decides what is due from one read of the `Automation` contract and does it.
//! - [`relay`] verifies, de-duplicates and submits misbehavior evidence.
//! - [`metrics`] holds the counters and gauges and renders them for Prometheus.
//! - [`http`] serves `/health`, `/metrics` and the evidence intake.
//! - [`alerts`] posts failures and warnings to a webhook.
//! - [`daemon`] runs the jobs on every block or timer until told to stop.

pub mod chain;
pub mod metrics;
pub mod sender;
