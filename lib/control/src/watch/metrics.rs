//! The watcher's figures, per node and per kind of finding, rendered with the keeper's other metrics on
//! `GET /metrics` (Prometheus text format 0.0.4).
//!
//! Memory is bounded by the number of nodes watched and the fixed label sets (failure labels are the client's
//! `CallError::label` values and the finding kinds), never by the envelopes read.

use std::{collections::BTreeMap, fmt::Write as _, sync::Mutex, time::Duration};

/// What the watcher knows of one node now.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NodeFigures {
    /// Whether the last probe was answered.
    pub up: bool,
    /// The last answered probe's latency, in milliseconds.
    pub last_latency_ms: u64,
    /// Σ latency of answered probes, in milliseconds.
    pub latency_sum_ms: u64,
    /// Answered probes.
    pub answered: u64,
    /// Probes that failed, by label (`timeout`, `unavailable`, …).
    pub failures: BTreeMap<&'static str, u64>,
    /// Requests sent to the node (probes and reads).
    pub requests: u64,
    /// How far the node's cursor for itself is behind what its peers hold of it (sequence ids).
    pub lag: u64,
    /// Whether the lag is beyond the stall threshold.
    pub stalled: bool,
    /// Envelopes read from the node and checked.
    pub envelopes_checked: u64,
}

/// The watcher's metrics: per node, and per kind of finding.
#[derive(Debug, Default)]
pub struct WatchMetrics {
    nodes: Mutex<BTreeMap<u32, NodeFigures>>,
    /// Findings by kind (`equivocation`, `invalid_payload`, `omission`, `reordering`, `bad_signature`, …).
    found: Mutex<BTreeMap<&'static str, u64>>,
    /// Proven faults handed to the relay, by kind.
    relayed: Mutex<BTreeMap<&'static str, u64>>,
    /// Witness reports signed.
    signed: Mutex<u64>,
}

/// A per-node figure: its name, type, help, and how to read it.
type PerNode = (
    &'static str,
    &'static str,
    &'static str,
    fn(&NodeFigures) -> u64,
);

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl WatchMetrics {
    /// Applies `change` to `node`'s figures.
    pub fn update(&self, node: u32, change: impl FnOnce(&mut NodeFigures)) {
        change(lock(&self.nodes).entry(node).or_default());
    }

    /// Records a probe answered after `latency`.
    pub fn record_answer(&self, node: u32, latency: Duration) {
        let ms = u64::try_from(latency.as_millis()).unwrap_or(u64::MAX);
        self.update(node, |figures| {
            figures.up = true;
            figures.last_latency_ms = ms;
            figures.latency_sum_ms = figures.latency_sum_ms.saturating_add(ms);
            figures.answered += 1;
        });
    }

    /// Records a probe that failed with `label`.
    pub fn record_failure(&self, node: u32, label: &'static str) {
        self.update(node, |figures| {
            figures.up = false;
            *figures.failures.entry(label).or_default() += 1;
        });
    }

    /// Records a finding of `kind`.
    pub fn record_found(&self, kind: &'static str) {
        *lock(&self.found).entry(kind).or_default() += 1;
    }

    /// Records a proven fault of `kind` handed to the relay.
    pub fn record_relayed(&self, kind: &'static str) {
        *lock(&self.relayed).entry(kind).or_default() += 1;
    }

    /// Records `count` witness reports signed.
    pub fn record_signed(&self, count: u64) {
        *lock(&self.signed) += count;
    }

    /// A copy of every node's figures.
    pub fn nodes(&self) -> BTreeMap<u32, NodeFigures> {
        lock(&self.nodes).clone()
    }

    /// Findings by kind.
    pub fn found(&self) -> BTreeMap<&'static str, u64> {
        lock(&self.found).clone()
    }

    /// Proven faults handed to the relay, by kind.
    pub fn relayed(&self) -> BTreeMap<&'static str, u64> {
        lock(&self.relayed).clone()
    }

    /// Appends the watcher's metrics to `out`; nothing while no node was ever watched.
    pub fn render(&self, out: &mut String) {
        let nodes = self.nodes();
        if nodes.is_empty() {
            return;
        }
        let per_node: [PerNode; 8] = [
            (
                "keeper_watch_node_up",
                "gauge",
                "1 while the node answered its last probe.",
                |f| u64::from(f.up),
            ),
            (
                "keeper_watch_node_latency_milliseconds",
                "gauge",
                "The latency of the node's last answered probe, in milliseconds.",
                |f| f.last_latency_ms,
            ),
            (
                "keeper_watch_node_latency_milliseconds_sum",
                "counter",
                "Σ latency of the node's answered probes, in milliseconds.",
                |f| f.latency_sum_ms,
            ),
            (
                "keeper_watch_node_answered_total",
                "counter",
                "Probes the node answered.",
                |f| f.answered,
            ),
            (
                "keeper_watch_node_requests_total",
                "counter",
                "Requests sent to the node (probes and reads).",
                |f| f.requests,
            ),
            (
                "keeper_watch_node_lag",
                "gauge",
                "Sequence ids the node's cursor for itself is behind what its peers hold of it.",
                |f| f.lag,
            ),
            (
                "keeper_watch_node_stalled",
                "gauge",
                "1 while the node's lag is beyond the stall threshold.",
                |f| u64::from(f.stalled),
            ),
            (
                "keeper_watch_envelopes_checked_total",
                "counter",
                "Envelopes read from the node and checked.",
                |f| f.envelopes_checked,
            ),
        ];
        for (name, kind, help, value) in per_node {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}");
            for (node, figures) in &nodes {
                let _ = writeln!(out, "{name}{{node=\"{node}\"}} {}", value(figures));
            }
        }
        let name = "keeper_watch_node_failures_total";
        let _ = writeln!(
            out,
            "# HELP {name} Probes the node failed, by reason.\n# TYPE {name} counter"
        );
        for (node, figures) in &nodes {
            for (reason, count) in &figures.failures {
                let _ = writeln!(out, "{name}{{node=\"{node}\",reason=\"{reason}\"}} {count}");
            }
        }
        let by_kind: [(&str, &str, BTreeMap<&'static str, u64>); 2] = [
            (
                "keeper_watch_findings_total",
                "Misbehavior found, by kind.",
                self.found(),
            ),
            (
                "keeper_watch_evidence_relayed_total",
                "Proven faults handed to the relay, by kind.",
                self.relayed(),
            ),
        ];
        for (name, help, counts) in by_kind {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} counter");
            for (kind, count) in counts {
                let _ = writeln!(out, "{name}{{kind=\"{kind}\"}} {count}");
            }
        }
        let name = "keeper_watch_witness_reports_signed_total";
        let _ = writeln!(
            out,
            "# HELP {name} Performance reports signed as a witness.\n# TYPE {name} counter\n{name} {}",
            *lock(&self.signed)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn render_is_empty_until_a_node_is_watched() {
        let mut out = String::new();
        WatchMetrics::default().render(&mut out);
        assert_eq!(out, "");
    }

    #[test]
    fn render_labels_every_figure_by_node_and_kind() {
        let metrics = WatchMetrics::default();
        metrics.record_answer(100, Duration::from_millis(12));
        metrics.record_failure(200, "unavailable");
        metrics.record_failure(200, "unavailable");
        metrics.record_found("equivocation");
        metrics.record_relayed("equivocation");
        metrics.update(200, |figures| figures.lag = 7);
        let mut out = String::new();
        metrics.render(&mut out);
        assert!(out.contains("keeper_watch_node_up{node=\"100\"} 1\n"));
        assert!(out.contains("keeper_watch_node_up{node=\"200\"} 0\n"));
        assert!(out.contains("keeper_watch_node_latency_milliseconds{node=\"100\"} 12\n"));
        assert!(out
            .contains("keeper_watch_node_failures_total{node=\"200\",reason=\"unavailable\"} 2\n"));
        assert!(out.contains("keeper_watch_node_lag{node=\"200\"} 7\n"));
        assert!(out.contains("keeper_watch_findings_total{kind=\"equivocation\"} 1\n"));
        assert!(out.contains("keeper_watch_evidence_relayed_total{kind=\"equivocation\"} 1\n"));
        for line in out.lines().filter(|line| !line.starts_with('#')) {
            let name = line.split(['{', ' ']).next().unwrap_or_default();
            assert!(
                out.contains(&format!("# TYPE {name} ")),
                "{name} has no TYPE line"
            );
        }
    }
}
