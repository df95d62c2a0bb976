//! `Payers`: payer deposits, node-signed usage reports and their batched settlement.
//!
//! [`tree`] builds a report's payer tree and the range proofs settlement needs, [`report`]
//! computes the EIP-712 digest the nodes sign and signs it, and the calls send them.

mod client;
pub mod report;
pub mod tree;

pub use client::{
    approve_and_deposit, mint_and_deposit, report_node_set, settle_usage, submit_usage_report,
    DepositError, PayersError, TokenError, UsageError,
};
