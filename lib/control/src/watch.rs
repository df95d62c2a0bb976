//! The network watcher (`keeper watch`): it reads every active xmtpd node over the node API, checks what the nodes
//! serve (signatures, payloads, order, omissions, equivocations), measures their liveness per epoch, relays proven
//! faults, signs the epoch's performance reports as a witness and, as an aggregator, collects witness signatures,
//! submits reports that a majority signed and enforces the uptime standard.

pub mod aggregate;
pub mod liveness;
pub mod report;
pub mod safety;
pub mod store;
pub mod witness;
