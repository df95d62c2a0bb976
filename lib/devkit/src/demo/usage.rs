//! Usage, epoch by epoch: each node of the active set reports the messages it originated, the
//! report charges their fees to the payers, a strict majority of the epoch's active set signs it
//! with the nodes' keys, and it is settled in one batch.
//!
//! Traffic is made up but deterministic: each node has its own volume, weekends are quieter,
//! volume grows through the month, and each epoch varies a little.

use std::collections::BTreeMap;

use alloy::primitives::{aliases::U96, keccak256, Address, U256};

use super::{
    network::{Network, PRICE_PER_MESSAGE},
    DemoError, Tour,
};
use crate::payers::{
    report::{self, Served},
    report_node_set, settle_usage, submit_usage_report,
    tree::{PayerFee, PayerTree},
};

/// What one epoch's reports did.
#[derive(Debug, Clone, Default)]
pub(super) struct EpochUsage {
    /// Reports submitted and settled.
    pub(super) reports: usize,
    /// Messages each originator reported.
    pub(super) messages: BTreeMap<u32, u64>,
    /// Fees charged, USDC units.
    pub(super) fees: U256,
    /// Signatures on each report.
    pub(super) signers: usize,
    /// The active set's size the reports were checked against.
    pub(super) set_size: usize,
}

/// The tour's usage so far: each originator's next sequence id and what each payer was charged.
#[derive(Debug, Default)]
pub(super) struct Usage {
    next_sequence: BTreeMap<u32, u64>,
    /// USDC units charged to each payer.
    pub(super) charged: BTreeMap<Address, U256>,
}

impl Usage {
    /// Submits and settles one report per node of `active` for `epoch`, the `index`-th epoch of
    /// the month.
    pub(super) async fn settle_epoch(
        &mut self,
        tour: &Tour,
        network: &Network,
        epoch: u64,
        index: u64,
        active: &[u32],
    ) -> Result<EpochUsage, DemoError> {
        let payers = tour.contracts.payers;
        let node_set = report_node_set(&tour.admin, payers, epoch).await?;
        let set_size = node_set.1;
        // Any strict majority of the epoch's set will do: the first nodes by id.
        let members: Vec<_> = active
            .iter()
            .filter_map(|id| network.node(*id))
            .map(|node| (node.id, &node.signing_key))
            .collect();
        let domain = report::domain(tour.chain.chain_id(), payers);
        let mut usage = EpochUsage {
            signers: members.len().min(report::majority(set_size)),
            set_size,
            ..EpochUsage::default()
        };
        for &originator in active {
            let served = messages(originator, index);
            let fee = served * PRICE_PER_MESSAGE;
            let tree = PayerTree::new(split(fee, network))?;
            let start = self.next_sequence.get(&originator).copied().unwrap_or(1);
            let (report, signatures) = report::build_and_sign(
                Served {
                    originator,
                    epoch,
                    start,
                    messages: served,
                    payers: &tree,
                },
                node_set,
                members.iter().copied(),
                &domain,
            )?;
            let id = submit_usage_report(&tour.admin, payers, report, signatures).await?;
            settle_usage(&tour.admin, payers, id, &tree, tree.len()).await?;
            self.next_sequence.insert(originator, start + served);
            for leaf in tree.leaves() {
                *self.charged.entry(leaf.payer).or_default() += U256::from(leaf.fee);
            }
            usage.reports += 1;
            usage.messages.insert(originator, served);
            usage.fees += U256::from(fee);
        }
        Ok(usage)
    }

    /// The next sequence id `node` would originate.
    pub(super) fn next_sequence(&self, node: u32) -> u64 {
        self.next_sequence.get(&node).copied().unwrap_or(1)
    }
}

/// The days (0-based) of the week when the payers' traffic falls to a tenth: days 8 to 14 of the
/// tour. Fees then fall short of base pay and the treasury's base-pay reserve pays the rest.
pub(super) const SHORT_WEEK: std::ops::Range<u64> = 7..14;

/// Percent of the usual traffic during [`SHORT_WEEK`].
const SHORT_WEEK_PERCENT: u64 = 10;

/// Messages `node` originates in the month's `index`-th epoch: its own volume (1,000 to 9,000
/// an epoch), 30% less on weekends, 1% more each day, and 15% either way from epoch to epoch; a
/// tenth of that in [`SHORT_WEEK`].
fn messages(node: u32, index: u64) -> u64 {
    let volume = 1_000 * (u64::from(keccak256(format!("volume:{node}"))[0] % 9) + 1);
    let day = index / 2;
    let weekday = if day % 7 >= 5 { 70 } else { 100 };
    let growth = 100 + day;
    let jitter = 85 + u64::from(keccak256(format!("traffic:{node}:{index}"))[0] % 31);
    let short = if SHORT_WEEK.contains(&day) {
        SHORT_WEEK_PERCENT
    } else {
        100
    };
    (volume * weekday * growth * jitter * short / 100_000_000).max(1)
}

/// `fee` (USDC units) split among the payers by their shares; the rounding goes to the first.
fn split(fee: u64, network: &Network) -> Vec<PayerFee> {
    let mut fees: Vec<u64> = network.payers.iter().map(|p| fee * p.share / 100).collect();
    let rest = fee - fees.iter().sum::<u64>();
    if let Some(first) = fees.first_mut() {
        *first += rest;
    }
    network
        .payers
        .iter()
        .zip(fees)
        .map(|(p, fee)| PayerFee {
            payer: p.address,
            fee: U96::from(fee),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traffic_is_deterministic_and_quieter_on_weekends() {
        // The ids the demo's nodes really get (`Nodes` numbers them 100, 200, …), whose volumes it shows.
        let nodes = || (1..=20).map(|n| n * 100);
        assert_eq!(messages(300, 10), messages(300, 10));
        let weekday: u64 = nodes().map(|n| messages(n, 2 * 3)).sum();
        let weekend: u64 = nodes().map(|n| messages(n, 2 * 5)).sum();
        assert!(weekend < weekday, "{weekend} >= {weekday}");
        for node in nodes() {
            let m = messages(node, 0);
            assert!((850..=10_350).contains(&m), "node {node}: {m}");
            let short = messages(node, 2 * SHORT_WEEK.start);
            assert!(
                short * 5 < messages(node, 2 * SHORT_WEEK.end),
                "node {node}: {short}"
            );
        }
    }
}
