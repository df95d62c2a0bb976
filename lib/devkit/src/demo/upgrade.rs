//! The last chapter: `RewardDistributor` upgraded the way governance upgrades it on a real chain
//! (a new implementation, a Safe batch calling `upgradeToAndCall` on the proxy, executed by the
//! Safe), with the distributor's state read before and after to show that it survived.

use std::{io::Write, path::PathBuf};

use alloy::{
    primitives::{b256, Address, TxHash, B256, U256},
    providers::Provider,
};
use xmtp_bindings::{
    node_earnings_tracker::NodeEarningsTracker, reward_distributor::RewardDistributor,
};

use super::{
    network::Network,
    read_error,
    report::{percent, short_hex, usdc},
    to_u64, DemoError, Tour,
};
use crate::{
    deployments::REWARD_DISTRIBUTOR,
    local_gov,
    rewards::{read_books, Books},
};

/// The ERC-1967 implementation slot: `keccak256("eip1967.proxy.implementation") - 1`.
const IMPLEMENTATION_SLOT: B256 =
    b256!("360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc");

/// What the upgrade step did.
#[derive(Debug, Clone)]
struct Upgraded {
    /// The implementation before.
    previous_implementation: Address,
    /// The new implementation.
    implementation: Address,
    /// How the new implementation's storage layout relates to the committed snapshot.
    layout: String,
    /// The Safe batch file, in the git-ignored `safe-batches/` of the working tree.
    batch: PathBuf,
    /// The transactions that executed the batch on anvil, sent as the Safe.
    transactions: Vec<TxHash>,
}

/// Upgrades the `RewardDistributor` proxy as governance does: checks the new implementation's
/// storage layout against the committed snapshot, deploys it with `script/Upgrade.s.sol`, writes
/// the Safe batch calling `upgradeToAndCall(newImplementation, 0x)` on the proxy to
/// `safe-batches/`, and executes the batch on anvil as the suite's admin (the Safe on a real
/// chain), impersonated.
async fn upgrade_reward_distributor(tour: &Tour) -> Result<Upgraded, DemoError> {
    // The local suite's admin, the deployer, stands in for the Safe.
    let safe = tour.chain.signer().address();
    let done = local_gov::upgrade_on_local_chain(
        &tour.chain,
        &tour.deployments,
        REWARD_DISTRIBUTOR,
        safe,
        None,
    )
    .await?;
    Ok(Upgraded {
        previous_implementation: done.prepared.previous_implementation,
        implementation: done.prepared.implementation,
        layout: done.prepared.layout.describe(),
        batch: done.path,
        transactions: done.executed.transactions,
    })
}

/// The distributor's state that an upgrade must keep, and the earnings it paid out of.
#[derive(Debug, Clone, PartialEq, Eq)]
struct DistributorState {
    implementation: Address,
    books: Books,
    pending_excess: U256,
    next_epoch: u64,
    payout_cursor: (u64, u64),
    base_pay: U256,
    variable_cost: U256,
    payout_period: u64,
    profit_cap_bps: u64,
    /// Each node's lifetime earnings, ids ascending.
    earnings: Vec<(u32, U256)>,
}

impl DistributorState {
    async fn read(tour: &Tour, network: &Network) -> Result<Self, DemoError> {
        let c = &tour.contracts;
        let d = RewardDistributor::new(c.distributor, &tour.admin);
        let tracker = NodeEarningsTracker::new(c.tracker, &tour.admin);
        let slot = tour
            .admin
            .get_storage_at(c.distributor, IMPLEMENTATION_SLOT.into())
            .await
            .map_err(DemoError::Rpc)?;
        let cursor = d
            .payoutCursor()
            .call()
            .await
            .map_err(read_error("RewardDistributor.payoutCursor"))?;
        let mut earnings = Vec::new();
        for node in &network.nodes {
            let total = tracker
                .getTotalEarnings(node.operator.address())
                .call()
                .await
                .map_err(read_error("NodeEarningsTracker.getTotalEarnings"))?;
            earnings.push((node.id, total));
        }
        Ok(Self {
            implementation: Address::from_word(slot.into()),
            books: read_books(&tour.admin, c.distributor).await?,
            pending_excess: d
                .pendingExcess()
                .call()
                .await
                .map_err(read_error("RewardDistributor.pendingExcess"))?,
            next_epoch: to_u64(
                d.nextEpoch()
                    .call()
                    .await
                    .map_err(read_error("RewardDistributor.nextEpoch"))?,
            ),
            payout_cursor: (to_u64(cursor.period), to_u64(cursor.index)),
            base_pay: d
                .basePayPerMonth()
                .call()
                .await
                .map_err(read_error("RewardDistributor.basePayPerMonth"))?,
            variable_cost: d
                .variableCostPerMessage()
                .call()
                .await
                .map_err(read_error("RewardDistributor.variableCostPerMessage"))?,
            payout_period: to_u64(
                d.payoutPeriod()
                    .call()
                    .await
                    .map_err(read_error("RewardDistributor.payoutPeriod"))?,
            ),
            profit_cap_bps: to_u64(
                d.profitCapBps()
                    .call()
                    .await
                    .map_err(read_error("RewardDistributor.profitCapBps"))?,
            ),
            earnings,
        })
    }

    /// Every field but the implementation, named and printed.
    fn fields(&self) -> Vec<(String, String)> {
        let b = &self.books;
        let mut fields = vec![
            ("pool (USDC)".to_owned(), usdc(b.pool)),
            ("unpaid earnings (USDC)".to_owned(), usdc(b.unpaid)),
            ("claimable (USDC)".to_owned(), usdc(b.claimable)),
            ("owed to nodes (USDC)".to_owned(), usdc(b.owed)),
            (
                "pending excess (USDC)".to_owned(),
                usdc(self.pending_excess),
            ),
            ("current period".to_owned(), b.current_period.to_string()),
            (
                "next epoch to distribute".to_owned(),
                self.next_epoch.to_string(),
            ),
            ("pending epochs".to_owned(), b.pending_epochs.to_string()),
            ("pending payouts".to_owned(), b.pending_payouts.to_string()),
            (
                "payout cursor (period, index)".to_owned(),
                format!("{}, {}", self.payout_cursor.0, self.payout_cursor.1),
            ),
            ("next payout at".to_owned(), b.next_payout_at.to_string()),
            ("base pay a month (USDC)".to_owned(), usdc(self.base_pay)),
            (
                "cost a message (USDC units)".to_owned(),
                self.variable_cost.to_string(),
            ),
            (
                "payout period (days)".to_owned(),
                (self.payout_period / 86_400).to_string(),
            ),
            ("profit cap".to_owned(), percent(self.profit_cap_bps)),
        ];
        let total: U256 = self.earnings.iter().map(|(_, e)| *e).sum();
        fields.push(("earnings, all nodes (USDC)".to_owned(), usdc(total)));
        for (node, earned) in &self.earnings {
            fields.push((format!("earnings of node {node} (USDC)"), usdc(*earned)));
        }
        fields
    }
}

/// Reads the state, upgrades, reads it again, prints both and checks that nothing but the
/// implementation changed.
pub(super) async fn run(
    tour: &Tour,
    network: &Network,
    out: &mut impl Write,
) -> Result<(), DemoError> {
    let before = DistributorState::read(tour, network).await?;
    let upgrade = upgrade_reward_distributor(tour).await?;
    let after = DistributorState::read(tour, network).await?;

    writeln!(
        out,
        "Upgrade of RewardDistributor (proxy {})",
        tour.contracts.distributor
    )?;
    writeln!(
        out,
        "  storage layout against snapshots/storage/RewardDistributor.json: {}",
        upgrade.layout
    )?;
    writeln!(
        out,
        "  new implementation {} deployed by script/Upgrade.s.sol",
        upgrade.implementation
    )?;
    writeln!(
        out,
        "  Safe batch (upgradeToAndCall(newImplementation, 0x) on the proxy): {}",
        upgrade.batch.display()
    )?;
    writeln!(
        out,
        "  executed on anvil as the admin (the Safe), impersonated: {}",
        upgrade
            .transactions
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    )?;
    writeln!(
        out,
        "  ERC-1967 implementation slot: {} before, {} after",
        before.implementation, after.implementation
    )?;
    if before.implementation != upgrade.previous_implementation
        || after.implementation != upgrade.implementation
        || after.implementation == before.implementation
    {
        return Err(DemoError::UpgradeLostState {
            field: "implementation".to_owned(),
            before: short_hex(before.implementation.as_slice()),
            after: short_hex(after.implementation.as_slice()),
        });
    }

    let (fields_before, fields_after) = (before.fields(), after.fields());
    // Per-node earnings are many lines: print their total, and any that differ.
    writeln!(out, "  {:<32} {:>14} {:>14}", "state", "before", "after")?;
    for ((name, b), (_, a)) in fields_before.iter().zip(&fields_after) {
        if name.starts_with("earnings of node") && a == b {
            continue;
        }
        writeln!(
            out,
            "  {name:<32} {b:>14} {a:>14}{}",
            if a == b { "" } else { "  CHANGED" }
        )?;
    }
    if let Some(((field, b), (_, a))) = fields_before
        .into_iter()
        .zip(fields_after)
        .find(|((_, b), (_, a))| a != b)
    {
        return Err(DemoError::UpgradeLostState {
            field,
            before: b,
            after: a,
        });
    }
    writeln!(
        out,
        "  state survived the upgrade: every field above and each of the {} nodes' earnings \
         unchanged",
        before.earnings.len()
    )?;
    Ok(())
}
