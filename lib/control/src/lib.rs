//! What the XMTP control plane's keeper links, and nothing more: no devnet, no forge, no demo, no test vectors.
//!
//! - [`deployments`] reads the record the deploy script writes.
//! - [`evidence`] encodes, decodes and checks misbehavior evidence (equivocation, invalid payloads) exactly as the
//!   contract does.
//! - [`keeper`] is the keeper: configuration, JSON-RPC failover, the one transaction sender per key, the periodic
//!   jobs read from the `Automation` contract, the misbehavior relay, metrics, HTTP, alerts and the daemon loop.
//! - [`suite`] is the one table of the suite's contracts: names, error enums, upgradeable, needed by the keeper.
//! - [`revert`] is the one revert decoder, over that table, typed.
//! - [`events`] reads the events of a receipt.
//! - [`watch`] is the network watcher: it reads xmtpd nodes, finds misbehavior, measures liveness, and signs,
//!   collects and submits witness reports.
//!
//! Governance tooling is `xmtp-gov`; the devnet, the test and demo clients, the evidence vectors and the tour are
//! `xmtp-devkit`.

pub mod deployments;
pub mod events;
pub mod evidence;
pub mod keeper;
pub mod revert;
pub mod suite;
pub mod watch;
