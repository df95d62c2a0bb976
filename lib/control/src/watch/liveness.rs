//! Liveness: every request the watcher sends a node is a probe, answered in time or not; per node and epoch the
//! store adds up requests, failures, answers and latency (the liveness report's raw counts), and counts failures by
//! label (for status).

use std::{collections::BTreeMap, time::Duration};

use super::store::{StatDelta, StatKind, StoreError, WatchStore};

/// The longest failure label kept: labels are the client's static names, this only bounds a surprise.
const MAX_LABEL_LEN: usize = 64;

/// What was asked of a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Probe {
    /// `MetadataApi.GetVersion`.
    Version,
    /// `MetadataApi.GetSyncCursor`.
    SyncCursor,
    /// `QueryApi.QueryEnvelopes`.
    Query,
    /// The node's own sync cursor compared with what its peers hold of it ([`is_stalled`]).
    Progress,
}

impl Probe {
    /// The probe's name, as failure labels are prefixed with it.
    pub fn as_str(self) -> &'static str {
        match self {
            Probe::Version => "version",
            Probe::SyncCursor => "sync_cursor",
            Probe::Query => "query",
            Probe::Progress => "progress",
        }
    }
}

/// A node's liveness in one epoch.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LivenessStats {
    /// Probes sent.
    pub requests: u64,
    /// Probes failed (error or timeout).
    pub failures: u64,
    /// Probes answered.
    pub answered: u64,
    /// The sum of the answered probes' latencies, in milliseconds.
    pub latency_sum_ms: u64,
    /// Failures by `<probe>:<label>`.
    pub failure_labels: BTreeMap<String, u64>,
}

impl LivenessStats {
    /// The mean latency of the answered probes, in milliseconds (0 without answers).
    pub fn average_response_ms(&self) -> u64 {
        self.latency_sum_ms.checked_div(self.answered).unwrap_or(0)
    }
}

/// Whether a node is stalled: what it claims to hold of an originator (`self_seq`, from its sync cursor) is more
/// than `threshold` sequence ids behind `peers_max_seq`.
///
/// `peers_max_seq` must be what the watcher verifiably holds (the highest sequence id with a valid originator
/// signature, [`WatchStore::max_verified_seq`]), never another node's claimed cursor: a lying peer must not make an
/// honest node look stalled. Ordinary replication lag stays within `threshold`.
pub fn is_stalled(self_seq: u64, peers_max_seq: u64, threshold: u64) -> bool {
    peers_max_seq.saturating_sub(self_seq) > threshold
}

/// The liveness ledger over a [`WatchStore`].
#[derive(Debug)]
pub struct LivenessLedger {
    store: WatchStore,
}

impl LivenessLedger {
    /// A ledger over `store`.
    pub fn new(store: WatchStore) -> Self {
        Self { store }
    }

    /// The store.
    pub fn store(&self) -> &WatchStore {
        &self.store
    }

    /// Records one probe of `node` in `epoch`: answered after the duration, or failed with a label (the client
    /// error's label, e.g. `timeout`, `unavailable`).
    pub fn record(
        &self,
        node: u32,
        epoch: u64,
        probe: Probe,
        outcome: Result<Duration, &str>,
    ) -> Result<(), StoreError> {
        self.store.transaction(|tx| -> Result<(), StoreError> {
            let delta = match outcome {
                Ok(latency) => StatDelta {
                    requests: 1,
                    answered: 1,
                    latency_sum_ms: u64::try_from(latency.as_millis()).unwrap_or(u64::MAX),
                    ..StatDelta::default()
                },
                Err(label) => {
                    let mut label = format!("{}:{label}", probe.as_str());
                    if label.len() > MAX_LABEL_LEN {
                        let mut end = MAX_LABEL_LEN;
                        while !label.is_char_boundary(end) {
                            end -= 1;
                        }
                        label.truncate(end);
                    }
                    tx.add_failure_label(node, epoch, &label)?;
                    StatDelta {
                        requests: 1,
                        failures: 1,
                        ..StatDelta::default()
                    }
                }
            };
            tx.add_stat(node, epoch, StatKind::Liveness, delta)
        })
    }

    /// `node`'s liveness in `epoch`.
    pub fn stats(&self, node: u32, epoch: u64) -> Result<LivenessStats, StoreError> {
        let totals = self.store.epoch_stat(node, epoch, StatKind::Liveness)?;
        Ok(LivenessStats {
            requests: totals.requests,
            failures: totals.failures,
            answered: totals.answered,
            latency_sum_ms: totals.latency_sum_ms,
            failure_labels: self.store.failure_labels(node, epoch)?,
        })
    }
}
