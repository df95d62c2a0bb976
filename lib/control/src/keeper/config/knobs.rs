//! Every numeric setting of the configuration file in one table: its key, default, bounds and
//! unit. The loader takes a value (or the default) through its row, the validation is the row's
//! bounds, and an out-of-range error names them:
//! `sender.max_fee_per_gas_gwei = 5000000 is out of range: 0.000000001 to 1000000 gwei`.
//!
//! The sender's defaults come from [`SenderSettings::DEFAULT`], the fee cap's bound from
//! [`fees::MAX_CAP_WEI`] and the payout batch's from `Automation.MAX_PAYOUT_BATCH_SIZE`, so that
//! each number has one home. The README's configuration section shows the defaults.

use std::fmt;

use super::ConfigError;
use crate::keeper::sender::{fees, SenderSettings, MIN_FEE_BUMP_BPS};

/// One gwei, in wei, as a float.
const GWEI: f64 = 1e9;
/// One ETH, in wei, as a float.
const ETH: f64 = 1e18;

/// `Automation.MAX_PAYOUT_BATCH_SIZE`: the largest payout batch the contract allows (about
/// 47,000 gas per node keeps `performUpkeep` under 10M gas). The keeper refuses a larger one at
/// load, and again at start against the deployed contract.
pub const MAX_PAYOUT_BATCH_SIZE: u64 = 200;

/// One numeric setting: where it is written, what it is when left out, and what it may be.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Knob {
    /// The key as written in the file, `section.name`.
    pub key: &'static str,
    /// The value when the setting is left out; `None` when there is none to show (chosen per
    /// chain, read from the contract, or the setting is off).
    pub default: Option<f64>,
    /// The smallest value taken, inclusive.
    pub min: f64,
    /// The largest value taken, inclusive.
    pub max: f64,
    /// The unit, for messages: `seconds`, `gwei`, `percent`… (empty for a count).
    pub unit: &'static str,
}

macro_rules! knobs {
    ($($(#[$doc:meta])* $name:ident = ($key:literal, $default:expr, $min:expr, $max:expr, $unit:literal);)*) => {
        $($(#[$doc])* pub const $name: Knob = Knob {
            key: $key,
            default: $default,
            min: $min,
            max: $max,
            unit: $unit,
        };)*
        /// Every numeric setting, in the file's order.
        pub const KNOBS: &[Knob] = &[$($name),*];
    };
}

knobs! {
    /// `[rpc]`: before one request is abandoned.
    RPC_REQUEST_TIMEOUT_SECS = ("rpc.request_timeout_secs", Some(10.0), 1.0, 300.0, "seconds");
    /// Rounds over all URLs before a request fails.
    RPC_ATTEMPTS = ("rpc.attempts", Some(3.0), 1.0, 20.0, "");
    /// The first pause between rounds (doubling).
    RPC_INITIAL_BACKOFF_MS = ("rpc.initial_backoff_ms", Some(250.0), 1.0, 60_000.0, "ms");
    /// The longest pause between rounds.
    RPC_MAX_BACKOFF_MS = ("rpc.max_backoff_ms", Some(5_000.0), 1.0, 300_000.0, "ms");
    /// How often the endpoints' heads are compared.
    RPC_PROBE_INTERVAL_SECS = ("rpc.probe_interval_secs", Some(30.0), 1.0, 3_600.0, "seconds");
    /// How far behind the best head the preferred endpoint may be.
    RPC_MAX_LAG_BLOCKS = ("rpc.max_lag_blocks", Some(2.0), 0.0, 10_000.0, "blocks");

    /// `[sender]`: blocks a transaction must have (1 = included); also `--confirmations`.
    SENDER_CONFIRMATIONS = (
        "sender.confirmations",
        Some(SenderSettings::DEFAULT.confirmations as f64),
        1.0,
        1_000.0,
        ""
    );
    /// Before a stuck transaction is replaced.
    SENDER_CONFIRMATION_TIMEOUT_SECS = (
        "sender.confirmation_timeout_secs",
        Some(SenderSettings::DEFAULT.confirmation_timeout.as_secs() as f64),
        1.0,
        3_600.0,
        "seconds"
    );
    /// The fee cap; default per chain; also `--max-fee-gwei`. At least 1 wei; above
    /// [`fees::MAX_CAP_WEI`] it is a typo, not a price.
    SENDER_MAX_FEE_PER_GAS_GWEI = (
        "sender.max_fee_per_gas_gwei",
        None,
        1.0 / GWEI,
        fees::MAX_CAP_WEI as f64 / GWEI,
        "gwei"
    );
    /// The tip; default per chain; 0 for chains whose sequencer ignores tips.
    SENDER_MAX_PRIORITY_FEE_PER_GAS_GWEI = (
        "sender.max_priority_fee_per_gas_gwei",
        None,
        0.0,
        fees::MAX_CAP_WEI as f64 / GWEI,
        "gwei"
    );
    /// A replacement's fee increase; nodes refuse less than their threshold.
    SENDER_FEE_BUMP_PERCENT = (
        "sender.fee_bump_percent",
        Some(SenderSettings::DEFAULT.fee_bump_bps as f64 / 100.0),
        MIN_FEE_BUMP_BPS as f64 / 100.0,
        1_000.0,
        "percent"
    );
    /// Between receipt polls.
    SENDER_POLL_INTERVAL_MS = (
        "sender.poll_interval_ms",
        Some(SenderSettings::DEFAULT.poll_interval.as_millis() as f64),
        10.0,
        60_000.0,
        "ms"
    );
    /// The margin on the gas estimate.
    SENDER_GAS_LIMIT_MARGIN_PERCENT = (
        "sender.gas_limit_margin_percent",
        Some(SenderSettings::DEFAULT.gas_limit_margin_percent as f64),
        0.0,
        500.0,
        "percent"
    );

    /// `[jobs]`: nodes per `executePayouts`; default `Automation.payoutBatchSize()`; also
    /// `--payout-batch-size`.
    JOBS_PAYOUT_BATCH_SIZE = (
        "jobs.payout_batch_size",
        None,
        1.0,
        MAX_PAYOUT_BATCH_SIZE as f64,
        ""
    );
    /// The most transactions one tick sends.
    JOBS_MAX_TRANSACTIONS_PER_TICK = ("jobs.max_transactions_per_tick", Some(200.0), 1.0, 10_000.0, "");
    /// Warn (and alert) below this balance.
    JOBS_LOW_BALANCE_ETH = ("jobs.low_balance_eth", Some(0.05), 0.0, 1_000_000.0, "ETH");
    /// Warn (and alert) when the base-pay reserve covers fewer months (0: never).
    JOBS_LOW_RESERVE_MONTHS = ("jobs.low_reserve_months", Some(0.0), 0.0, 1_200.0, "months");

    /// `[daemon]`: the longest pause between two chain reads.
    DAEMON_POLL_INTERVAL_MS = ("daemon.poll_interval_ms", Some(5_000.0), 100.0, 600_000.0, "ms");
    /// `/health` is stale after this long without a completed pass.
    DAEMON_HEALTH_STALE_AFTER_SECS = ("daemon.health_stale_after_secs", Some(300.0), 1.0, 86_400.0, "seconds");
    /// `/health` fails when the head stands still this long (0: never); default 90, off on
    /// local chains.
    DAEMON_HEAD_STALL_AFTER_SECS = ("daemon.head_stall_after_secs", None, 0.0, 86_400.0, "seconds");
    /// `/health` fails when a step has been due this long.
    DAEMON_DUE_GRACE_SECS = ("daemon.due_grace_secs", Some(120.0), 1.0, 86_400.0, "seconds");

    /// `[relay]`: one XMTP in ETH (at least 1 wei).
    RELAY_XMTP_PRICE_ETH = ("relay.xmtp_price_eth", None, 1.0 / ETH, 1_000_000.0, "ETH");
    /// How long a fetched price is used.
    RELAY_PRICE_CACHE_SECS = ("relay.price_cache_secs", Some(300.0), 1.0, 86_400.0, "seconds");
    /// The reward must be worth this many times the fee (1: break even).
    RELAY_PROFIT_MARGIN = ("relay.profit_margin", Some(1.5), 1.0, 1_000.0, "times the fee");
    /// What relay transactions may spend per rolling hour (0: no relaying).
    RELAY_HOURLY_GAS_BUDGET_ETH = ("relay.hourly_gas_budget_eth", Some(0.05), 0.0, 1_000.0, "ETH");
    /// Intake requests per client IP per minute.
    RELAY_INTAKE_PER_IP_PER_MINUTE = ("relay.intake_per_ip_per_minute", Some(30.0), 1.0, 100_000.0, "");
    /// Intake requests per client IP at once before the rate applies.
    RELAY_INTAKE_BURST = ("relay.intake_burst", Some(10.0), 1.0, 100_000.0, "");
    /// Evidence accepted per reported node per hour.
    RELAY_EVIDENCE_PER_NODE_PER_HOUR = ("relay.evidence_per_node_per_hour", Some(4.0), 1.0, 10_000.0, "");

    /// `[alerts]`: the same alert at most once per this long.
    ALERTS_REPEAT_INTERVAL_SECS = ("alerts.repeat_interval_secs", Some(900.0), 0.0, 604_800.0, "seconds");
    /// An alert after this many requests in a row failed on every endpoint.
    ALERTS_RPC_FAILURES_BEFORE_ALERT = ("alerts.rpc_failures_before_alert", Some(3.0), 1.0, 1_000.0, "");
}

/// The bounds of a knob, as an error message ends: `1 to 300 seconds`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    /// The smallest value taken.
    pub min: f64,
    /// The largest value taken.
    pub max: f64,
    /// The unit, empty for a count.
    pub unit: &'static str,
}

impl fmt::Display for Bounds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} to {}", self.min, self.max)?;
        if !self.unit.is_empty() {
            write!(f, " {}", self.unit)?;
        }
        Ok(())
    }
}

impl Knob {
    /// The same knob, named `source` in messages: the flag that set it, e.g. `--max-fee-gwei`.
    pub const fn named(self, source: &'static str) -> Self {
        Self {
            key: source,
            ..self
        }
    }

    /// Its bounds.
    pub fn bounds(&self) -> Bounds {
        Bounds {
            min: self.min,
            max: self.max,
            unit: self.unit,
        }
    }

    fn out_of_range(&self, value: String) -> ConfigError {
        ConfigError::OutOfRange {
            setting: self.key,
            value,
            bounds: self.bounds(),
        }
    }

    /// A whole-number setting, `None` when left out and without a default.
    pub fn int_or_none(&self, value: Option<u64>) -> Result<Option<u64>, ConfigError> {
        // Defaults are whole numbers for whole-number knobs; exact below 2^53.
        let Some(value) = value.or(self.default.map(|default| default as u64)) else {
            return Ok(None);
        };
        // Bounds are at most 2^53: exact as floats, and any larger value is out of range.
        if (value as f64) < self.min || (value as f64) > self.max {
            return Err(self.out_of_range(value.to_string()));
        }
        Ok(Some(value))
    }

    /// A whole-number setting with a default.
    pub fn int(&self, value: Option<u64>) -> Result<u64, ConfigError> {
        Ok(self
            .int_or_none(value)?
            .expect("a knob read with int() has a default"))
    }

    /// A whole-number setting that fits a `u32` (every such knob's maximum does).
    pub fn int32(&self, value: Option<u32>) -> Result<u32, ConfigError> {
        let value = self.int(value.map(u64::from))?;
        Ok(u32::try_from(value).expect("the knob's maximum fits u32"))
    }

    /// A decimal setting, `None` when left out and without a default. NaN and infinities are
    /// out of every range.
    pub fn decimal_or_none(&self, value: Option<f64>) -> Result<Option<f64>, ConfigError> {
        let Some(value) = value.or(self.default) else {
            return Ok(None);
        };
        if !value.is_finite() || value < self.min || value > self.max {
            return Err(self.out_of_range(value.to_string()));
        }
        Ok(Some(value))
    }

    /// A decimal setting with a default.
    pub fn decimal(&self, value: Option<f64>) -> Result<f64, ConfigError> {
        Ok(self
            .decimal_or_none(value)?
            .expect("a knob read with decimal() has a default"))
    }
}

/// The knob's row in the README's table of ranges: `` | `key` | default | min to max unit | ``.
pub fn readme_row(knob: &Knob) -> String {
    let default = match knob.default {
        Some(default) => default.to_string(),
        None => "—".to_owned(),
    };
    format!("| `{}` | {default} | {} |", knob.key, knob.bounds())
}

/// `gwei` in wei, rounded to the nearest wei.
pub fn gwei_to_wei(gwei: f64) -> u128 {
    (gwei * GWEI).round() as u128
}

/// `eth` in wei, rounded to the nearest wei.
pub fn eth_to_wei(eth: f64) -> u128 {
    (eth * ETH).round() as u128
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_is_within_its_bounds_and_every_key_is_unique() {
        let mut keys: Vec<&str> = KNOBS.iter().map(|knob| knob.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), KNOBS.len());
        for knob in KNOBS {
            assert!(knob.min <= knob.max, "{}", knob.key);
            if let Some(default) = knob.default {
                assert!(
                    (knob.min..=knob.max).contains(&default),
                    "{} = {default}",
                    knob.key
                );
            }
        }
    }

    #[test]
    fn the_sender_defaults_are_the_documented_ones() {
        assert_eq!(SENDER_CONFIRMATION_TIMEOUT_SECS.default, Some(60.0));
        assert_eq!(SENDER_FEE_BUMP_PERCENT.default, Some(12.5));
        assert_eq!(SENDER_FEE_BUMP_PERCENT.min, 12.5);
        assert_eq!(SENDER_POLL_INTERVAL_MS.default, Some(1_000.0));
        assert_eq!(SENDER_GAS_LIMIT_MARGIN_PERCENT.default, Some(50.0));
        assert_eq!(SENDER_MAX_FEE_PER_GAS_GWEI.max, 1_000_000.0);
    }

    /// The README shows every knob's default and bounds as this table has them.
    #[test]
    fn the_readme_shows_every_range() {
        let readme = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../README.md"),
        )
        .unwrap();
        let missing: Vec<String> = KNOBS
            .iter()
            .map(readme_row)
            .filter(|row| !readme.contains(row.as_str()))
            .collect();
        assert!(
            missing.is_empty(),
            "README's table of ranges lacks (or differs from):\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn bounds_read_as_a_range_with_their_unit() {
        assert_eq!(
            SENDER_MAX_FEE_PER_GAS_GWEI.bounds().to_string(),
            "0.000000001 to 1000000 gwei"
        );
        assert_eq!(RPC_ATTEMPTS.bounds().to_string(), "1 to 20");
        assert_eq!(
            SENDER_FEE_BUMP_PERCENT.bounds().to_string(),
            "12.5 to 1000 percent"
        );
    }
}
