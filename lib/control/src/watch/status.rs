//! What the watchers on this host have found, for `keeper status`: each watcher store under the state directory,
//! its nodes' liveness in an epoch, and its findings with their relay state. Read-only: a store is opened only when
//! it exists, next to a running watcher (SQLite's WAL lets both at once).

use std::{
    collections::BTreeMap,
    fmt::Write as _,
    path::{Path, PathBuf},
};

use serde_json::{json, Value};

use super::{
    launch::WATCH_DIR,
    store::{RelayState, StatKind, StoreError, WatchStore, FILE_NAME},
};

/// The most findings listed per relay state, oldest first.
const MAX_LISTED: usize = 50;

/// The most findings counted per relay state.
const MAX_COUNTED: usize = 100_000;

/// One node's figures in the epoch shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeLiveness {
    /// The node.
    pub node_id: u32,
    /// Probes sent.
    pub requests: u64,
    /// Probes failed.
    pub failures: u64,
    /// Mean latency of the answered probes, in milliseconds.
    pub average_response_ms: u64,
    /// Envelopes it served whose order was checked, and those out of order.
    pub ordered: (u64, u64),
    /// Its own envelopes it served, and those it left out.
    pub own: (u64, u64),
}

/// One finding as listed.
#[derive(Debug, Clone, PartialEq)]
pub struct ListedFinding {
    /// Its id (kind and what makes it unique).
    pub id: String,
    /// Its kind.
    pub kind: String,
    /// The node it is against.
    pub node_id: u32,
    /// The epoch it was found in.
    pub epoch: u64,
    /// The sequence id concerned, if one.
    pub sequence_id: Option<u64>,
    /// `pending`, `relayed` or `refused`.
    pub state: &'static str,
}

/// One watcher store's view.
#[derive(Debug, Clone, PartialEq)]
pub struct WatchStatus {
    /// The store's file.
    pub store: PathBuf,
    /// The state directory's name: `<chain id>-<witness address>` (the zero address for an independent watcher).
    pub watcher: String,
    /// The epoch shown.
    pub epoch: u64,
    /// Per node, in that epoch.
    pub nodes: Vec<NodeLiveness>,
    /// Findings by relay state.
    pub counts: BTreeMap<&'static str, usize>,
    /// The findings listed (the first [`MAX_LISTED`] of each state).
    pub findings: Vec<ListedFinding>,
}

fn state_name(state: RelayState) -> &'static str {
    match state {
        RelayState::Pending => "pending",
        RelayState::Relayed => "relayed",
        RelayState::Refused => "refused",
    }
}

/// Every watcher store of `chain_id` under the state directory `base`, read for `epoch`.
pub fn read_all(base: &Path, chain_id: u64, epoch: u64) -> Result<Vec<WatchStatus>, StoreError> {
    let prefix = format!("{chain_id}-");
    let Ok(entries) = std::fs::read_dir(base) else {
        return Ok(Vec::new());
    };
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.file_name().to_string_lossy().starts_with(&prefix))
        .map(|entry| entry.path())
        .filter(|dir| dir.join(WATCH_DIR).join(FILE_NAME).is_file())
        .collect();
    dirs.sort();
    dirs.iter().map(|dir| read_one(dir, epoch)).collect()
}

fn read_one(dir: &Path, epoch: u64) -> Result<WatchStatus, StoreError> {
    let path = dir.join(WATCH_DIR).join(FILE_NAME);
    let store = WatchStore::open_file(&path)?;
    let mut nodes: BTreeMap<u32, NodeLiveness> = BTreeMap::new();
    for stat in store.epoch_stats(epoch)? {
        let node = nodes.entry(stat.node_id).or_insert(NodeLiveness {
            node_id: stat.node_id,
            requests: 0,
            failures: 0,
            average_response_ms: 0,
            ordered: (0, 0),
            own: (0, 0),
        });
        let totals = stat.totals;
        match stat.kind {
            StatKind::Liveness => {
                node.requests = totals.requests;
                node.failures = totals.failures;
                node.average_response_ms = totals
                    .latency_sum_ms
                    .checked_div(totals.answered)
                    .unwrap_or(0);
            }
            StatKind::Reordering => node.ordered = (totals.requests, totals.failures),
            StatKind::Omission => node.own = (totals.requests, totals.failures),
        }
    }
    let mut counts = BTreeMap::new();
    let mut findings = Vec::new();
    for state in [
        RelayState::Pending,
        RelayState::Relayed,
        RelayState::Refused,
    ] {
        let all = store.findings(state, MAX_COUNTED)?;
        counts.insert(state_name(state), all.len());
        findings.extend(
            all.into_iter()
                .take(MAX_LISTED)
                .map(|finding| ListedFinding {
                    id: finding.id,
                    kind: finding.kind,
                    node_id: finding.node_id,
                    epoch: finding.epoch,
                    sequence_id: finding.sequence_id,
                    state: state_name(state),
                }),
        );
    }
    Ok(WatchStatus {
        store: path,
        watcher: dir
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default(),
        epoch,
        nodes: nodes.into_values().collect(),
        counts,
        findings,
    })
}

impl WatchStatus {
    /// The stable JSON of `keeper status --json`'s `watch` entries.
    pub fn to_json(&self) -> Value {
        json!({
            "store": self.store.display().to_string(),
            "watcher": self.watcher,
            "epoch": self.epoch,
            "nodes": self.nodes.iter().map(|node| json!({
                "node_id": node.node_id,
                "requests": node.requests,
                "failures": node.failures,
                "average_response_ms": node.average_response_ms,
                "order_checked": node.ordered.0,
                "out_of_order": node.ordered.1,
                "own_served": node.own.0,
                "omitted": node.own.1,
            })).collect::<Vec<_>>(),
            "finding_counts": self.counts,
            "findings": self.findings.iter().map(|finding| json!({
                "id": finding.id,
                "kind": finding.kind,
                "node_id": finding.node_id,
                "epoch": finding.epoch,
                "sequence_id": finding.sequence_id,
                "state": finding.state,
            })).collect::<Vec<_>>(),
        })
    }

    /// The text of `keeper status`.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "watcher         {} (epoch {}): {} finding(s) pending, {} relayed, {} refused",
            self.watcher,
            self.epoch,
            self.counts.get("pending").copied().unwrap_or(0),
            self.counts.get("relayed").copied().unwrap_or(0),
            self.counts.get("refused").copied().unwrap_or(0),
        );
        for node in &self.nodes {
            let _ = writeln!(
                out,
                "  node {:<9} {} probe(s), {} failed, {} ms average; {} of {} in order; {} own omitted",
                node.node_id,
                node.requests,
                node.failures,
                node.average_response_ms,
                node.ordered.0.saturating_sub(node.ordered.1),
                node.ordered.0,
                node.own.1
            );
        }
        for finding in &self.findings {
            let _ = writeln!(
                out,
                "  finding       {} against node {} (epoch {}): {}",
                finding.kind, finding.node_id, finding.epoch, finding.state
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::watch::store::StatDelta;

    #[test]
    fn read_all_finds_no_store_where_no_watcher_ran() {
        let base = std::env::temp_dir().join(format!("watch-status-empty-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        assert_eq!(read_all(&base, 31337, 0).expect("reads"), Vec::new());
    }

    #[test]
    fn read_all_reads_each_store_of_the_chain_and_its_figures() {
        let base = std::env::temp_dir().join(format!("watch-status-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        let dir = base.join("31337-0x0000000000000000000000000000000000000000");
        let store = WatchStore::open(&dir.join(WATCH_DIR)).expect("opens");
        store
            .transaction(|tx| -> Result<(), StoreError> {
                tx.add_stat(
                    100,
                    7,
                    StatKind::Liveness,
                    StatDelta {
                        requests: 4,
                        failures: 1,
                        latency_sum_ms: 30,
                        answered: 3,
                    },
                )
            })
            .expect("writes");
        // Another chain's store is not shown.
        WatchStore::open(
            &base
                .join("1-0x0000000000000000000000000000000000000000")
                .join(WATCH_DIR),
        )
        .expect("opens");
        let statuses = read_all(&base, 31337, 7).expect("reads");
        assert_eq!(statuses.len(), 1);
        let status = &statuses[0];
        assert_eq!(status.nodes.len(), 1);
        assert_eq!(
            (
                status.nodes[0].requests,
                status.nodes[0].failures,
                status.nodes[0].average_response_ms
            ),
            (4, 1, 10)
        );
        let json = status.to_json();
        assert_eq!(json["nodes"][0]["node_id"], 100);
        assert_eq!(json["finding_counts"]["pending"], 0);
        assert!(status.render().contains("node 100"));
        let _ = std::fs::remove_dir_all(&base);
    }
}
