//! The network watcher (`keeper watch`): it reads every active xmtpd node over the node API, checks what the nodes
//! serve (signatures, payloads, order, omissions, equivocations), measures their liveness per epoch, relays proven
//! faults, signs the epoch's performance reports as a witness and, as an aggregator, collects witness signatures,
//! submits reports that a majority signed and enforces the uptime standard.
//!
//! - [`network`] reads the chain's view: the epoch, its active set, the nodes' addresses, signer records.
//! - [`store`] is the durable state (SQLite): cursors, digests, findings, per-epoch stats.
//! - [`safety`] checks what nodes serve; [`liveness`] records probes; [`report`] turns stats into the reports
//!   witnesses sign.
//! - [`runner`] is the loop; [`launch`] opens it for `keeper watch`; [`settings`] are its knobs.
//! - [`sink`] hands proven faults on; [`witness`] signs and posts reports; [`aggregate`] collects, submits and
//!   enforces.
//! - [`metrics`] are its figures on `/metrics`; [`status`] reads the stores for `keeper status`.

pub mod aggregate;
pub mod launch;
pub mod liveness;
pub mod metrics;
pub mod network;
pub mod report;
pub mod runner;
pub mod safety;
pub mod settings;
pub mod sink;
pub mod status;
pub mod store;
pub mod witness;
