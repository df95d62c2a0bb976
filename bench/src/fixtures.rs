//! Rows the unit tests share, written as the bench tests write them.

use std::path::Path;

use crate::row::{parse, Chart, Row};

/// The issue's example row: `addMessage 78 B`, 36,531 gas, reference 36,700.
pub(crate) const PUBLISH_78: &str = r#"{
    "table": "Publish", "order": 100, "name": "addMessage 78 B", "gas": 36531,
    "units": 1, "unit": "message", "chart": "single", "payloadBytes": 78,
    "calldataBytes": 196, "calldataZeroBytes": 70,
    "logCount": 1, "logTopics": 2, "logDataBytes": 160,
    "slotsCreated": 0, "slotsUpdated": 1, "slotsCleared": 0,
    "accounts": 0, "proxies": 1, "signatures": 0,
    "storage": "the sequence id", "referenceLow": 36700, "referenceHigh": 36700
}"#;

/// [`PUBLISH_78`], parsed.
pub(crate) fn publish_78() -> Row {
    parse(Path::new("publish-78.json"), PUBLISH_78).expect("the fixture parses")
}

/// A publish of `payload` bytes, `units` per transaction, with the calldata and log sizes the
/// contract would produce (payload padded to words, a 4-byte selector and 3 ABI words).
pub(crate) fn publish(payload: u64, units: u64, gas: u64) -> Row {
    let padded = payload.div_ceil(32) * 32;
    Row {
        name: if units == 1 {
            format!("addMessage {payload} B")
        } else {
            format!("addMessages {units} × {payload} B")
        },
        order: 100 + payload,
        units,
        unit: "message".into(),
        chart: if units == 1 {
            Chart::Single
        } else {
            Chart::Batched
        },
        payload_bytes: payload,
        calldata_bytes: 4 + 96 + units * padded,
        calldata_zero_bytes: 70 + units * (padded - payload),
        log_count: units,
        log_topics: 2 * units,
        log_data_bytes: units * (64 + padded),
        gas,
        ..publish_78()
    }
}

/// A payer settlement row with a reference range: not charted.
pub(crate) fn settle_payers() -> Row {
    Row {
        table: "Payers".into(),
        order: 300,
        name: "settleUsage 10 payers".into(),
        gas: 140_000,
        units: 10,
        unit: "payer".into(),
        chart: Chart::None,
        payload_bytes: 0,
        calldata_bytes: 900,
        calldata_zero_bytes: 400,
        log_count: 1,
        log_topics: 2,
        log_data_bytes: 64,
        slots_created: 0,
        slots_updated: 11,
        slots_cleared: 0,
        accounts: 0,
        proxies: 1,
        signatures: 3,
        storage: "10 payer balances and the report nonce".into(),
        reference_low: 150_000,
        reference_high: 190_000,
        ..publish_78()
    }
}
