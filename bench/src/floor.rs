//! The physical floor of a transaction, as the issue defines it: what any design must pay for
//! the calldata it sends, the logs it emits, the storage it must write, the contracts it must
//! call, the proxies it goes through and the signatures it must check, on Prague gas rules. A
//! measured transaction below its floor means the floor model counts something the operation does
//! not do; the report treats that as a bug.
//!
//! Arithmetic saturates: counts come from files, and a nonsensical count should give a huge floor
//! (and a loud below-floor error), not a panic.

use crate::{
    number::{counted, thousands},
    row::Row,
};

/// Every transaction's base cost.
pub const INTRINSIC_GAS: u64 = 21_000;
/// Calldata, per non-zero byte.
pub const CALLDATA_NONZERO_BYTE_GAS: u64 = 16;
/// Calldata, per zero byte.
pub const CALLDATA_ZERO_BYTE_GAS: u64 = 4;
/// LOG, per log.
pub const LOG_GAS: u64 = 375;
/// LOG, per topic.
pub const LOG_TOPIC_GAS: u64 = 375;
/// LOG, per data byte.
pub const LOG_DATA_BYTE_GAS: u64 = 8;
/// A cold slot written from zero: SSTORE set 20,000 + cold access 2,100.
pub const SLOT_CREATED_GAS: u64 = 22_100;
/// A cold slot changed between non-zero values: SSTORE reset 2,900 + cold access 2,100.
pub const SLOT_UPDATED_GAS: u64 = 5_000;
/// A cold slot cleared to zero: as an update, before its refund.
pub const SLOT_CLEARED_GAS: u64 = 5_000;
/// The refund for clearing a slot (EIP-3529).
pub const SLOT_CLEARED_REFUND: u64 = 4_800;
/// Refunds are capped at gas used divided by this (EIP-3529).
pub const REFUND_CAP_DIVISOR: u64 = 5;
/// A call to another contract: cold account access (EIP-2929).
pub const COLD_ACCOUNT_GAS: u64 = 2_600;
/// A proxy hop: the cold implementation slot 2,100 + the cold DELEGATECALL target 2,600.
pub const PROXY_GAS: u64 = 4_700;
/// A signature check: the ECRECOVER precompile.
pub const ECRECOVER_GAS: u64 = 3_000;
/// EIP-7623 calldata tokens per non-zero byte (a zero byte is one token).
pub const TOKENS_PER_NONZERO_BYTE: u64 = 4;
/// EIP-7623 (Prague): a transaction pays at least 21,000 + this × tokens.
pub const FLOOR_GAS_PER_TOKEN: u64 = 10;

/// A row's floor, part by part, so the report can show how it was reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Floor {
    /// Calldata gas at the standard rate.
    pub calldata: u64,
    /// Log gas.
    pub logs: u64,
    /// Storage write gas, before refunds.
    pub storage: u64,
    /// Cold account access gas.
    pub accounts: u64,
    /// Proxy gas.
    pub proxies: u64,
    /// Signature gas.
    pub signatures: u64,
    /// Intrinsic gas plus every part above.
    pub sum: u64,
    /// The clearing refund, capped at a fifth of `sum`.
    pub refund: u64,
    /// Whether the cap cut the refund.
    pub refund_capped: bool,
    /// EIP-7623 calldata tokens.
    pub tokens: u64,
    /// The EIP-7623 minimum: 21,000 + 10 × tokens.
    pub calldata_floor: u64,
    /// The floor: `sum - refund`, or the EIP-7623 minimum when that is higher.
    pub total: u64,
}

impl Floor {
    /// The floor of `row`.
    pub fn of(row: &Row) -> Self {
        let nonzero = row.calldata_nonzero_bytes();
        let zero = row.calldata_zero_bytes;
        let calldata = nonzero
            .saturating_mul(CALLDATA_NONZERO_BYTE_GAS)
            .saturating_add(zero.saturating_mul(CALLDATA_ZERO_BYTE_GAS));
        let logs = row
            .log_count
            .saturating_mul(LOG_GAS)
            .saturating_add(row.log_topics.saturating_mul(LOG_TOPIC_GAS))
            .saturating_add(row.log_data_bytes.saturating_mul(LOG_DATA_BYTE_GAS));
        let storage = row
            .slots_created
            .saturating_mul(SLOT_CREATED_GAS)
            .saturating_add(row.slots_updated.saturating_mul(SLOT_UPDATED_GAS))
            .saturating_add(row.slots_cleared.saturating_mul(SLOT_CLEARED_GAS));
        let accounts = row.accounts.saturating_mul(COLD_ACCOUNT_GAS);
        let proxies = row.proxies.saturating_mul(PROXY_GAS);
        let signatures = row.signatures.saturating_mul(ECRECOVER_GAS);
        let sum = [calldata, logs, storage, accounts, proxies, signatures]
            .into_iter()
            .fold(INTRINSIC_GAS, u64::saturating_add);
        let uncapped = row.slots_cleared.saturating_mul(SLOT_CLEARED_REFUND);
        let cap = sum / REFUND_CAP_DIVISOR;
        let refund = uncapped.min(cap);
        let tokens = nonzero
            .saturating_mul(TOKENS_PER_NONZERO_BYTE)
            .saturating_add(zero);
        let calldata_floor =
            INTRINSIC_GAS.saturating_add(tokens.saturating_mul(FLOOR_GAS_PER_TOKEN));
        Self {
            calldata,
            logs,
            storage,
            accounts,
            proxies,
            signatures,
            sum,
            refund,
            refund_capped: uncapped > cap,
            tokens,
            calldata_floor,
            total: (sum - refund).max(calldata_floor),
        }
    }

    /// Whether the EIP-7623 calldata minimum, not the sum, sets the floor.
    pub fn calldata_floor_binds(&self) -> bool {
        self.calldata_floor > self.sum - self.refund
    }

    /// The floor spelled out for one table cell, parts that are zero left out, e.g.
    /// `21,000 base + 2,296 calldata (196 B, 70 zero) + 2,405 logs (1 log, 2 topics, 160 B) +
    /// 5,000 storage (1 updated: the sequence id) + 4,700 proxy = 35,401`, followed by
    /// `; EIP-7623 floor 21,000 + 10 × 620 tokens = 27,200 binds` when that minimum is higher.
    pub fn derivation(&self, row: &Row) -> String {
        let mut parts = vec![format!("{} base", thousands(INTRINSIC_GAS))];
        if self.calldata > 0 {
            parts.push(format!(
                "{} calldata ({} B, {} zero)",
                thousands(self.calldata),
                thousands(row.calldata_bytes),
                thousands(row.calldata_zero_bytes)
            ));
        }
        if self.logs > 0 {
            parts.push(format!(
                "{} logs ({}, {}, {} B)",
                thousands(self.logs),
                counted(row.log_count, "log", "logs"),
                counted(row.log_topics, "topic", "topics"),
                thousands(row.log_data_bytes)
            ));
        }
        // The row's words name the slots and accounts together: they go with the first of the two.
        let mut words =
            (!row.storage.trim().is_empty()).then(|| format!(": {}", row.storage.trim()));
        if self.storage > 0 {
            let slots = [
                (row.slots_created, "created"),
                (row.slots_updated, "updated"),
                (row.slots_cleared, "cleared"),
            ]
            .iter()
            .filter(|(count, _)| *count > 0)
            .map(|(count, what)| format!("{} {what}", thousands(*count)))
            .collect::<Vec<_>>()
            .join(", ");
            let words = words.take().unwrap_or_default();
            parts.push(format!(
                "{} storage ({slots}{words})",
                thousands(self.storage)
            ));
        }
        if self.accounts > 0 {
            let words = words.take().unwrap_or_default();
            parts.push(format!(
                "{} calls ({}{words})",
                thousands(self.accounts),
                counted(row.accounts, "cold account", "cold accounts")
            ));
        }
        if self.proxies > 0 {
            parts.push(match row.proxies {
                1 => format!("{} proxy", thousands(self.proxies)),
                n => format!("{} proxies ({})", thousands(self.proxies), thousands(n)),
            });
        }
        if self.signatures > 0 {
            parts.push(format!(
                "{} signatures ({})",
                thousands(self.signatures),
                counted(row.signatures, "ecrecover", "ecrecovers")
            ));
        }
        let mut text = parts.join(" + ");
        if self.refund > 0 {
            let why = if self.refund_capped {
                format!("{} cleared, capped at 1/5", thousands(row.slots_cleared))
            } else {
                format!("{} cleared", thousands(row.slots_cleared))
            };
            text.push_str(&format!(" − {} refund ({why})", thousands(self.refund)));
        }
        text.push_str(&format!(" = {}", thousands(self.sum - self.refund)));
        if self.calldata_floor_binds() {
            text.push_str(&format!(
                "; EIP-7623 floor {} + {FLOOR_GAS_PER_TOKEN} × {} tokens = {} binds",
                thousands(INTRINSIC_GAS),
                thousands(self.tokens),
                thousands(self.calldata_floor)
            ));
        }
        text
    }
}

/// A row with its floor: what the report and the chart work from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measured {
    /// The row as read.
    pub row: Row,
    /// Its floor.
    pub floor: Floor,
}

impl Measured {
    /// `row` with its floor computed.
    pub fn new(row: Row) -> Self {
        let floor = Floor::of(&row);
        Self { row, floor }
    }

    /// Whether the measured gas is below the floor: a bug in the floor model (or in the row's
    /// counts), since no transaction can pay less than what the floor counts.
    pub fn below_floor(&self) -> bool {
        self.row.gas < self.floor.total
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::publish_78;

    #[test]
    fn plain_publish() {
        // Calldata 126 × 16 + 70 × 4 = 2,296; logs 375 + 750 + 1,280 = 2,405; one update 5,000;
        // one proxy 4,700: 21,000 + 2,296 + 2,405 + 5,000 + 4,700 = 35,401. Tokens 70 + 504 = 574,
        // EIP-7623 minimum 26,740: does not bind.
        let row = publish_78();
        let floor = Floor::of(&row);
        assert_eq!(floor.calldata, 2_296);
        assert_eq!(floor.logs, 2_405);
        assert_eq!(floor.storage, 5_000);
        assert_eq!(floor.tokens, 574);
        assert_eq!(floor.calldata_floor, 26_740);
        assert_eq!(floor.refund, 0);
        assert_eq!(floor.total, 35_401);
        assert!(!floor.calldata_floor_binds());
        assert_eq!(
            floor.derivation(&row),
            "21,000 base + 2,296 calldata (196 B, 70 zero) + 2,405 logs (1 log, 2 topics, 160 B) \
             + 5,000 storage (1 updated: the sequence id) + 4,700 proxy = 35,401"
        );
    }

    #[test]
    fn eip_7623_binds_for_a_large_payload() {
        // 256 KiB of non-zero payload plus 164 bytes of ABI head (100 zero): calldata
        // 262,208 × 16 + 100 × 4 = 4,195,728; logs 375 + 750 + 8 × 262,240 = 2,099,045;
        // sum 21,000 + 4,195,728 + 2,099,045 + 5,000 + 4,700 = 6,325,473.
        // Tokens 100 + 4 × 262,208 = 1,048,932 → 21,000 + 10,489,320 = 10,510,320 binds.
        let row = Row {
            calldata_bytes: 262_308,
            calldata_zero_bytes: 100,
            log_data_bytes: 262_240,
            ..publish_78()
        };
        let floor = Floor::of(&row);
        assert_eq!(floor.sum, 6_325_473);
        assert_eq!(floor.tokens, 1_048_932);
        assert_eq!(floor.total, 10_510_320);
        assert!(floor.calldata_floor_binds());
        assert!(floor.derivation(&row).ends_with(
            "+ 4,700 proxy = 6,325,473; EIP-7623 floor 21,000 + 10 × 1,048,932 tokens = 10,510,320 binds"
        ));
    }

    #[test]
    fn refund_is_capped_at_a_fifth() {
        // No calldata, no logs: 21,000 + 2 × 5,000 = 31,000; refund min(9,600, 6,200) = 6,200;
        // floor 24,800 (the EIP-7623 minimum is 21,000).
        let row = Row {
            units: 1,
            slots_cleared: 2,
            storage: "two balances".into(),
            ..Row::default()
        };
        let floor = Floor::of(&row);
        assert_eq!(floor.sum, 31_000);
        assert_eq!(floor.refund, 6_200);
        assert!(floor.refund_capped);
        assert_eq!(floor.total, 24_800);
        assert_eq!(
            floor.derivation(&row),
            "21,000 base + 10,000 storage (2 cleared: two balances) − 6,200 refund (2 cleared, \
             capped at 1/5) = 24,800"
        );

        // One cleared slot among a created one: 21,000 + 22,100 + 5,000 = 48,100, refund 4,800
        // under the cap of 9,620.
        let uncapped = Row {
            slots_created: 1,
            slots_cleared: 1,
            ..row
        };
        let floor = Floor::of(&uncapped);
        assert_eq!((floor.refund, floor.refund_capped), (4_800, false));
        assert_eq!(floor.total, 43_300);
        assert!(floor
            .derivation(&uncapped)
            .contains("27,100 storage (1 created, 1 cleared: two balances) − 4,800 refund (1 cleared) = 43,300"));
    }

    #[test]
    fn an_empty_transaction_is_the_intrinsic_gas() {
        let row = Row {
            units: 1,
            ..Row::default()
        };
        let floor = Floor::of(&row);
        assert_eq!(floor.total, INTRINSIC_GAS);
        assert!(!floor.calldata_floor_binds());
        assert_eq!(floor.derivation(&row), "21,000 base = 21,000");
    }

    #[test]
    fn accounts_proxies_and_signatures() {
        // 21,000 + 2 × 2,600 + 2 × 4,700 + 3 × 3,000 = 44,600; no storage, so the words go with
        // the calls.
        let row = Row {
            units: 3,
            accounts: 2,
            proxies: 2,
            signatures: 3,
            storage: "the token and the vault".into(),
            ..Row::default()
        };
        let floor = Floor::of(&row);
        assert_eq!(floor.total, 44_600);
        assert_eq!(
            floor.derivation(&row),
            "21,000 base + 5,200 calls (2 cold accounts: the token and the vault) + 9,400 proxies (2) \
             + 9,000 signatures (3 ecrecovers) = 44,600"
        );
    }

    #[test]
    fn only_gas_strictly_below_the_floor_is_a_bug() {
        let at_floor = Measured::new(Row {
            gas: 35_401,
            ..publish_78()
        });
        assert!(!at_floor.below_floor());
        let below = Measured::new(Row {
            gas: 35_400,
            ..publish_78()
        });
        assert!(below.below_floor());
    }

    #[test]
    fn absurd_counts_saturate_instead_of_panicking() {
        let row = Row {
            units: 1,
            slots_cleared: u64::MAX,
            ..Row::default()
        };
        assert_eq!(Floor::of(&row).total, u64::MAX - u64::MAX / 5);
    }
}
