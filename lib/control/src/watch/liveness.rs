//! Liveness probes of the nodes, per epoch (in progress).
