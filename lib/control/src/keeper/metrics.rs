//! The keeper's counters and gauges, shared by every part of it and rendered in the Prometheus
//! text exposition format (version 0.0.4) for `GET /metrics`.

use std::{
    fmt::Write as _,
    sync::{
        atomic::{AtomicU64, Ordering},
        Mutex,
    },
};

/// How a relayed piece of misbehavior evidence ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelayOutcome {
    /// Submitted and accepted on chain.
    Submitted,
    /// Already reported on chain (by anyone): nothing sent.
    Duplicate,
    /// Refused by local verification: nothing sent.
    Rejected,
    /// Verified but the transaction failed.
    Failed,
    /// Verified, but the contract would slash nothing or the reward would not pay for the gas:
    /// nothing sent.
    Refused,
}

impl RelayOutcome {
    const ALL: [Self; 5] = [
        Self::Submitted,
        Self::Duplicate,
        Self::Rejected,
        Self::Failed,
        Self::Refused,
    ];

    /// The `outcome` label value.
    pub fn label(self) -> &'static str {
        match self {
            Self::Submitted => "submitted",
            Self::Duplicate => "duplicate",
            Self::Rejected => "rejected",
            Self::Failed => "failed",
            Self::Refused => "refused",
        }
    }

    fn index(self) -> usize {
        match self {
            Self::Submitted => 0,
            Self::Duplicate => 1,
            Self::Rejected => 2,
            Self::Failed => 3,
            Self::Refused => 4,
        }
    }
}

/// Every figure the keeper exposes. Cheap to update from any task: atomics, plus one lock for
/// the 128-bit balance.
#[derive(Debug, Default)]
pub struct Metrics {
    /// The selection manager's current epoch at the last read (the last rotated epoch).
    pub last_rotated_epoch: AtomicU64,
    /// When the next rotation is due (unix seconds).
    pub next_rotation_at: AtomicU64,
    /// When the next payout period closes (unix seconds).
    pub next_payout_at: AtomicU64,
    /// When the next epoch becomes distributable: its report window closes (unix seconds).
    pub next_distribution_at: AtomicU64,
    /// The treasury's base-pay reserve (USDC units, saturating).
    pub base_pay_reserve: AtomicU64,
    /// The months of the full set's base pay the reserve covers, in bps (saturating: the
    /// largest value when base pay is zero).
    pub base_pay_reserve_months_bps: AtomicU64,
    /// The block number of the last chain read.
    pub last_block: AtomicU64,
    /// When the last tick completed (unix seconds, wall clock); 0 before the first.
    pub last_tick_at: AtomicU64,
    /// Transactions signed and broadcast (each replacement counts again).
    pub transactions_sent: AtomicU64,
    /// Transactions re-signed with the same nonce and higher fees because they were stuck.
    pub transactions_replaced: AtomicU64,
    /// Transactions that reverted on chain or never confirmed.
    pub transactions_failed: AtomicU64,
    /// JSON-RPC requests made (each retry and failover counts).
    pub rpc_requests: AtomicU64,
    /// JSON-RPC requests that failed at the transport (connection, timeout, HTTP error).
    pub rpc_errors: AtomicU64,
    /// Ticks (passes over the jobs) completed.
    pub ticks: AtomicU64,
    /// Jobs that failed.
    pub job_failures: AtomicU64,
    /// Epochs that went by without a rotation (the keeper or everyone else was late).
    pub missed_epochs: AtomicU64,
    /// Requests that failed on every RPC endpoint in a row; 0 after any answer.
    pub rpc_failed_in_a_row: AtomicU64,
    /// The timestamp of the chain head at the last read (unix seconds, chain clock).
    pub head_timestamp: AtomicU64,
    /// When the head timestamp was last seen to advance (unix seconds, wall clock); 0 before
    /// the first read.
    pub head_advanced_at: AtomicU64,
    /// The chain time since which the longest-due step has been due; 0 when nothing is due.
    pub oldest_due_at: AtomicU64,
    /// When each due step was first seen due, for the health judgement.
    pub(crate) due_seen: Mutex<super::health::DueSeen>,
    relayed: [AtomicU64; 5],
    balance_wei: Mutex<u128>,
    /// Evidence refused at the intake, by reason.
    evidence_rejected: Mutex<std::collections::BTreeMap<&'static str, u64>>,
    /// ETH spent by relay transactions (wei, saturating).
    relay_gas_spent_wei: AtomicU64,
    /// Accepted evidence waiting to be relayed.
    pub evidence_pending: AtomicU64,
    /// 1 while the relay's hourly gas budget is spent, else 0.
    pub relay_budget_spent: AtomicU64,
    /// The network watcher's figures (`keeper watch`); rendered only once a node is watched.
    pub watch: crate::watch::metrics::WatchMetrics,
}

impl Metrics {
    /// Adds one to `counter`.
    pub fn inc(counter: &AtomicU64) {
        counter.fetch_add(1, Ordering::Relaxed);
    }

    /// Sets a gauge.
    pub fn set(gauge: &AtomicU64, value: u64) {
        gauge.store(value, Ordering::Relaxed);
    }

    /// Counts one relayed piece of evidence by outcome.
    pub fn record_relay(&self, outcome: RelayOutcome) {
        Self::inc(&self.relayed[outcome.index()]);
    }

    /// How many pieces of evidence ended with `outcome`.
    pub fn relayed(&self, outcome: RelayOutcome) -> u64 {
        self.relayed[outcome.index()].load(Ordering::Relaxed)
    }

    /// Counts one piece of evidence refused at the intake for `reason` (a stable name).
    pub fn record_rejected(&self, reason: &'static str) {
        *self
            .evidence_rejected
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .entry(reason)
            .or_default() += 1;
    }

    /// How many pieces of evidence were refused at the intake for `reason`.
    pub fn rejected(&self, reason: &str) -> u64 {
        self.evidence_rejected
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(reason)
            .copied()
            .unwrap_or_default()
    }

    /// Adds `wei` spent by a relay transaction.
    pub fn add_relay_gas_spent(&self, wei: u128) {
        let wei = u64::try_from(wei).unwrap_or(u64::MAX);
        let _ =
            self.relay_gas_spent_wei
                .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |total| {
                    Some(total.saturating_add(wei))
                });
    }

    /// ETH spent by relay transactions since start (wei, saturating at `u64::MAX`).
    pub fn relay_gas_spent(&self) -> u64 {
        self.relay_gas_spent_wei.load(Ordering::Relaxed)
    }

    /// Records the keeper's native balance (wei).
    pub fn set_balance(&self, wei: u128) {
        *self
            .balance_wei
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = wei;
    }

    /// The keeper's native balance at the last read (wei).
    pub fn balance(&self) -> u128 {
        *self
            .balance_wei
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The Prometheus text exposition of every metric.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let load = |gauge: &AtomicU64| gauge.load(Ordering::Relaxed);
        let gauges: [(&str, &str, u64); 8] = [
            (
                "keeper_last_rotated_epoch",
                "The selection manager's current epoch at the last chain read.",
                load(&self.last_rotated_epoch),
            ),
            (
                "keeper_next_rotation_timestamp_seconds",
                "When the next rotation is due (unix seconds).",
                load(&self.next_rotation_at),
            ),
            (
                "keeper_next_payout_timestamp_seconds",
                "When the open payout period closes (unix seconds).",
                load(&self.next_payout_at),
            ),
            (
                "keeper_next_distribution_timestamp_seconds",
                "When the next epoch becomes distributable, its report window closed (unix seconds).",
                load(&self.next_distribution_at),
            ),
            (
                "keeper_base_pay_reserve_usdc_units",
                "The treasury's base-pay reserve (USDC units, 6 decimals).",
                load(&self.base_pay_reserve),
            ),
            (
                "keeper_base_pay_reserve_months_bps",
                "Months of the full active set's base pay the reserve covers, in basis points.",
                load(&self.base_pay_reserve_months_bps),
            ),
            (
                "keeper_last_block",
                "The block number of the last chain read.",
                load(&self.last_block),
            ),
            (
                "keeper_last_tick_timestamp_seconds",
                "When the last pass over the jobs completed (unix seconds, wall clock).",
                load(&self.last_tick_at),
            ),
        ];
        for (name, help, value) in gauges {
            metric(&mut out, name, "gauge", help, &value.to_string());
        }
        metric(
            &mut out,
            "keeper_balance_wei",
            "gauge",
            "The keeper account's native balance at the last chain read (wei).",
            &self.balance().to_string(),
        );
        let counters: [(&str, &str, u64); 8] = [
            (
                "keeper_transactions_sent_total",
                "Transactions signed and broadcast, replacements included.",
                load(&self.transactions_sent),
            ),
            (
                "keeper_transactions_replaced_total",
                "Stuck transactions re-signed with the same nonce and higher fees.",
                load(&self.transactions_replaced),
            ),
            (
                "keeper_transactions_failed_total",
                "Transactions that reverted on chain or never confirmed.",
                load(&self.transactions_failed),
            ),
            (
                "keeper_rpc_requests_total",
                "JSON-RPC requests made, retries and failovers included.",
                load(&self.rpc_requests),
            ),
            (
                "keeper_rpc_errors_total",
                "JSON-RPC requests that failed at the transport.",
                load(&self.rpc_errors),
            ),
            (
                "keeper_ticks_total",
                "Passes over the jobs completed.",
                load(&self.ticks),
            ),
            (
                "keeper_job_failures_total",
                "Jobs that failed.",
                load(&self.job_failures),
            ),
            (
                "keeper_missed_epochs_total",
                "Epochs that went by without a rotation.",
                load(&self.missed_epochs),
            ),
        ];
        for (name, help, value) in counters {
            metric(&mut out, name, "counter", help, &value.to_string());
        }
        let health: [(&str, &str, &str, u64); 4] = [
            (
                "keeper_head_timestamp",
                "gauge",
                "The timestamp of the chain head at the last read (unix seconds, chain clock).",
                load(&self.head_timestamp),
            ),
            (
                "keeper_head_advanced_timestamp_seconds",
                "gauge",
                "When the chain head's timestamp was last seen to advance (unix seconds, wall clock).",
                load(&self.head_advanced_at),
            ),
            (
                "keeper_oldest_due_timestamp_seconds",
                "gauge",
                "The chain time since which the longest-due step has been due; 0 when nothing is due.",
                load(&self.oldest_due_at),
            ),
            (
                "keeper_rpc_failed_in_a_row",
                "gauge",
                "Requests that failed on every RPC endpoint in a row; 0 after any answer.",
                load(&self.rpc_failed_in_a_row),
            ),
        ];
        for (name, kind, help, value) in health {
            metric(&mut out, name, kind, help, &value.to_string());
        }
        let name = "keeper_reports_relayed_total";
        let _ = writeln!(
            out,
            "# HELP {name} Misbehavior evidence handled, by outcome.\n# TYPE {name} counter"
        );
        for outcome in RelayOutcome::ALL {
            let _ = writeln!(
                out,
                "{name}{{outcome=\"{}\"}} {}",
                outcome.label(),
                self.relayed(outcome)
            );
        }
        self.render_relay(&mut out);
        self.watch.render(&mut out);
        out
    }

    /// The relay's and the intake's figures.
    fn render_relay(&self, out: &mut String) {
        let name = "keeper_evidence_rejected_total";
        let _ = writeln!(
            out,
            "# HELP {name} Evidence refused at the intake, by reason.\n# TYPE {name} counter"
        );
        let rejected = self
            .evidence_rejected
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone();
        for (reason, count) in rejected {
            let _ = writeln!(out, "{name}{{reason=\"{reason}\"}} {count}");
        }
        let load = |gauge: &AtomicU64| gauge.load(Ordering::Relaxed);
        metric(
            out,
            "keeper_relay_gas_spent_wei_total",
            "counter",
            "ETH spent by relay transactions (wei).",
            &self.relay_gas_spent().to_string(),
        );
        metric(
            out,
            "keeper_evidence_pending",
            "gauge",
            "Accepted evidence waiting to be relayed.",
            &load(&self.evidence_pending).to_string(),
        );
        metric(
            out,
            "keeper_relay_budget_spent",
            "gauge",
            "1 while the relay's hourly gas budget is spent.",
            &load(&self.relay_budget_spent).to_string(),
        );
    }
}

fn metric(out: &mut String, name: &str, kind: &str, help: &str, value: &str) {
    // Writing to a String cannot fail.
    let _ = writeln!(
        out,
        "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {value}"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_every_metric_with_help_and_type() {
        let metrics = Metrics::default();
        Metrics::set(&metrics.last_rotated_epoch, 42);
        Metrics::inc(&metrics.transactions_sent);
        metrics.record_relay(RelayOutcome::Duplicate);
        metrics.set_balance(u128::from(u64::MAX) * 3);
        let text = metrics.render();
        assert!(text.contains("\nkeeper_last_rotated_epoch 42\n"));
        assert!(text.contains("\nkeeper_transactions_sent_total 1\n"));
        assert!(text.contains("keeper_reports_relayed_total{outcome=\"duplicate\"} 1\n"));
        assert!(text.contains(&format!(
            "keeper_balance_wei {}\n",
            u128::from(u64::MAX) * 3
        )));
        for line in text.lines().filter(|line| !line.starts_with('#')) {
            let name = line.split(['{', ' ']).next().unwrap_or_default();
            assert!(
                text.contains(&format!("# TYPE {name} ")),
                "{name} has no TYPE line"
            );
        }
    }
}
