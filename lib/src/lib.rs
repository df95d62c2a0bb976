//! The XMTP control plane's library: everything the `keeper` binary does, as plain functions.
//!
//! - [`toolchain`] finds the project root and the npm-installed Foundry binaries.
//! - [`deployments`] reads the record the deploy script writes.
//! - [`devnet`] runs a throw-away anvil and deploys the suite to it with the deploy script.
//! - [`forge`] runs forge (builds, scripts) one process at a time.
//! - [`gov`] prepares governance for the multisig: storage-layout checks, upgrades and parameter
//!   changes as Safe Transaction Builder batch files, executed on anvil by impersonating the Safe.
//! - [`evidence`] encodes, decodes and checks misbehavior evidence (equivocation, invalid
//!   payloads) exactly as the contract does, and generates the shared test vectors.
//! - [`broadcasters`] publishes to the two broadcaster contracts through the generated
//!   bindings, reads the publishes back from their events and checks their ordering.
//! - [`nodes`] registers nodes with their signing keys.
//! - [`payers`] builds and signs usage reports and settles them in batches.
//! - [`selection`] stakes and registers operators and rotates the active node set.
//! - [`rewards`] distributes settled fees to the nodes epoch by epoch, pays closed payout
//!   periods, and reads what each node earned.
//! - [`keeper`] is the keeper: configuration, JSON-RPC failover, the one transaction sender per
//!   key, the periodic jobs read from the `Automation` contract, the misbehavior relay, metrics,
//!   HTTP, alerts and the daemon loop.
//! - [`tx`] sends one contract call, waits for it, and names a refusal by the contract's errors.
//! - [`demo`] strings all of the above into a month of the system on anvil, kept by the
//!   `keeper` binary.

pub mod broadcasters;
pub mod demo;
pub mod deployments;
pub mod devnet;
pub mod evidence;
pub mod forge;
pub mod gov;
pub mod keeper;
pub mod nodes;
pub mod payers;
pub mod rewards;
pub mod selection;
pub mod toolchain;
pub mod tx;
