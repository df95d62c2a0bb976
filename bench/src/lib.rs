//! The `make bench` gas report. The Solidity bench tests write one JSON row per measured
//! transaction; this crate sets each against the floor the issue defines (what any design must
//! pay on Prague gas rules) and against XMTP's deployed contracts, and writes the result as a
//! Markdown report and a PNG chart of publish gas against payload size.
//!
//! - [`row`] reads and checks the rows.
//! - [`floor`] computes a row's floor and spells out how.
//! - [`keeper`] reads the keeper's benchmark figures and holds their goals.
//! - [`markdown`] renders the report.
//! - [`chart`] draws the publish chart.
//! - [`report`] strings them together for the `gas-report` binary.
//! - [`number`] formats numbers the same way everywhere.

pub mod chart;
pub mod floor;
pub mod keeper;
pub mod markdown;
pub mod number;
pub mod report;
pub mod row;

#[cfg(test)]
mod fixtures;
