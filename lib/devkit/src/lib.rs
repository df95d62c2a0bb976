//! The XMTP control plane's development kit: what tests, the tour and tools use around the production crates.
//! The keeper binary never links it.
//!
//! - [`devnet`] runs a throw-away anvil and deploys the suite to it with the deploy script.
//! - [`broadcasters`] publishes to the two broadcaster contracts through the generated bindings, reads the publishes
//!   back from their events and checks their ordering.
//! - [`nodes`] registers nodes with their signing keys; [`equivocation`] makes a node equivocate, as evidence JSON.
//! - [`payers`] builds and signs usage reports and settles them in batches.
//! - [`selection`] stakes and registers operators and rotates the active node set.
//! - [`delegation`] is a delegator's flow from approve to claim (delegate, undelegate, withdraw, redelegate, claim
//!   staking rewards), the operator's commission and claim, and the pools' and delegations' reads.
//! - [`rewards`] distributes settled fees to the nodes epoch by epoch, pays closed payout periods, and reads what
//!   each node earned.
//! - [`fakenet`] runs a fake xmtpd network (gRPC-Web nodes that originate, replicate and misbehave on demand) for
//!   the watcher; [`watchnet`] seats nodes, serves them from a fake network at their registered URLs and
//!   speeds governance up for the watcher's end-to-end test, the demo and the bench.
//! - [`vectors`] generates the evidence test vectors shared with the contracts' tests.
//! - [`local_gov`] runs governance on anvil, the Safe impersonated.
//! - [`binary`] runs the project's binaries from tests, with none of the shell's `KEEPER_*` variables.
//! - [`world`] is the anvil world the integration tests start from: the suite
//!   deployed, its record on disk, nodes seated, keys funded.
//! - [`demo`] strings all of the above into a month of the system on anvil, kept by the `keeper` binary.
//!
//! - [`tx`] sends one contract call for the clients above and names a refusal by the called contract's errors.
//!
//! The production crates are re-exported under their module names (`deployments`, `evidence`, `keeper`, `revert`,
//! `suite`, `watch`, `gov`, `forge`, `toolchain`), so that a test names the whole suite from this one crate.

pub mod binary;
pub mod broadcasters;
pub mod delegation;
pub mod demo;
pub mod devnet;
pub mod equivocation;
pub mod fakenet;
pub mod local_gov;
pub mod nodes;
pub mod payers;
pub mod rewards;
pub mod selection;
pub mod tx;
pub mod vectors;
pub mod watchnet;
pub mod world;

pub use xmtp_control::{deployments, evidence, keeper, revert, suite, watch};
pub use xmtp_gov::{self as gov, forge, toolchain};
