//! The tour's last part: the report's epoch ends, the distributor allocates the settled fees to
//! it and each node's earnings are read back; then the clock runs to the end of the 30-day payout
//! period and the nodes' NFT owners are paid.

use std::io::Write;

use alloy::{
    eips::BlockNumberOrTag,
    primitives::{Address, I256, U256},
    providers::{DynProvider, Provider},
};
use xmtp_bindings::node_selection_manager::NodeSelectionManager;

use super::{
    usage::{format_usdc, Seated},
    DemoError,
};
use crate::{
    devnet,
    rewards::{
        distribute_rewards, earnings_of, execute_payouts, owed_of, read_books, Distribution,
    },
    selection::{rotate, Rotation},
};

/// Payout entries per `executePayouts`: all of the demo's nodes in one transaction.
const PAYOUT_BATCH: u64 = 10;

/// The addresses the rewards tour needs.
pub(super) struct Contracts {
    pub(super) selection: Address,
    pub(super) distributor: Address,
    pub(super) tracker: Address,
}

/// Rotates past the report's epoch, distributes it, prints what each node earned, then closes
/// the payout period and pays it.
pub(super) async fn run(
    provider: &DynProvider,
    contracts: &Contracts,
    seated: &Seated,
    out: &mut impl Write,
) -> Result<(), DemoError> {
    writeln!(out, "RewardDistributor at {}", contracts.distributor)?;
    let manager = NodeSelectionManager::new(contracts.selection, provider);
    let next_rotation = manager
        .nextRotationAt()
        .call()
        .await
        .map_err(|e| DemoError::Read("NodeSelectionManager.nextRotationAt", Box::new(e)))?;
    let epoch = rotate_at(provider, contracts.selection, next_rotation).await?;
    let first = distribute_rewards(provider, contracts.distributor).await?;
    writeln!(
        out,
        "  rotated to epoch {epoch}; {} forwarded from Payers; epochs {} distributed in {} call{}",
        usdc(first.fees_forwarded),
        epoch_range(&first),
        first.calls,
        plural(first.calls)
    )?;
    if let Some(e) = first
        .epochs
        .iter()
        .find(|e| e.epoch == U256::from(seated.epoch))
    {
        writeln!(
            out,
            "  epoch {}: {} among {} nodes; costs {} of which paid {}, short {} (owed to the \
             nodes); bonus {} a node; above the cap {}",
            seated.epoch,
            usdc(e.share),
            e.nodeCount,
            usdc(e.costsPaid + e.newShortfall),
            usdc(e.costsPaid),
            usdc(e.newShortfall),
            usdc(e.bonusPerNode),
            usdc(e.excess)
        )?;
    }
    writeln!(
        out,
        "  node  operator                                    earned        owed"
    )?;
    for node in &seated.nodes {
        let operator = node.operator.address();
        let amount = earnings_of(provider, contracts.tracker, operator, 0).await?;
        let owed = owed_of(provider, contracts.tracker, operator).await?;
        writeln!(
            out,
            "  {:>4}  {operator}  {:>10}  {:>10}",
            node.id,
            format_usdc(I256::from_raw(amount)),
            format_usdc(I256::from_raw(owed))
        )?;
    }

    // The first payout period is 30 days of epochs; one rotation catches up all of them.
    let books = read_books(provider, contracts.distributor).await?;
    let epoch = rotate_at(
        provider,
        contracts.selection,
        U256::from(books.next_payout_at),
    )
    .await?;
    let rest = distribute_rewards(provider, contracts.distributor).await?;
    let closed = rest
        .closed_periods
        .iter()
        .map(|p| p.period.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let allocated: U256 = rest
        .epochs
        .iter()
        .map(|e| e.owedRepaid + e.costsPaid + e.bonusPerNode * e.nodeCount)
        .sum();
    let short: U256 = rest.epochs.iter().map(|e| e.newShortfall).sum();
    writeln!(
        out,
        "  30 days later: rotated to epoch {epoch}; epochs {} distributed in {} calls ({} \
         allocated, {} more costs owed); payout period {closed} closed",
        epoch_range(&rest),
        rest.calls,
        usdc(allocated),
        usdc(short)
    )?;
    let payouts = execute_payouts(provider, contracts.distributor, PAYOUT_BATCH).await?;
    writeln!(
        out,
        "  node  paid to its NFT owner                                         owed after"
    )?;
    for node in &seated.nodes {
        let operator = node.operator.address();
        let earned = earnings_of(provider, contracts.tracker, operator, 0).await?;
        let paid: U256 = payouts
            .iter()
            .filter(|p| p.node_id == node.id && p.period == 0 && !p.deferred)
            .map(|p| p.amount)
            .sum();
        if paid != earned {
            return Err(DemoError::Payout {
                node: node.id,
                earned: usdc(earned),
                paid: usdc(paid),
            });
        }
        let recipient = payouts
            .iter()
            .find(|p| p.node_id == node.id)
            .map_or(operator, |p| p.recipient);
        let owed = owed_of(provider, contracts.tracker, operator).await?;
        writeln!(
            out,
            "  {:>4}  {:>10} to {recipient}  {:>10}",
            node.id,
            format_usdc(I256::from_raw(paid)),
            format_usdc(I256::from_raw(owed))
        )?;
    }
    Ok(())
}

/// Moves anvil's clock to `at` (if it is not there yet) and rotates; returns the new epoch.
async fn rotate_at(provider: &DynProvider, selection: Address, at: U256) -> Result<u64, DemoError> {
    let latest = provider
        .get_block_by_number(BlockNumberOrTag::Latest)
        .await
        .map_err(DemoError::Rpc)?
        .map_or(0, |b| b.header.timestamp);
    let at = u64::try_from(at).unwrap_or(u64::MAX);
    // anvil refuses a block timestamp earlier than the latest block's.
    if at > latest {
        devnet::advance_to(provider, at)
            .await
            .map_err(DemoError::Clock)?;
    }
    if let Rotation::NotDue { next_rotation_at } = rotate(provider, selection).await? {
        return Err(DemoError::RotationNotDue(next_rotation_at));
    }
    let epoch = NodeSelectionManager::new(selection, provider)
        .currentEpoch()
        .call()
        .await
        .map_err(|e| DemoError::Read("NodeSelectionManager.currentEpoch", Box::new(e)))?;
    Ok(u64::try_from(epoch).unwrap_or(u64::MAX))
}

/// `a..=b`, the epochs a distribution allocated.
fn epoch_range(d: &Distribution) -> String {
    match (d.epochs.first(), d.epochs.last()) {
        (Some(a), Some(b)) => format!("{}..={}", a.epoch, b.epoch),
        _ => "none".to_owned(),
    }
}

fn usdc(amount: U256) -> String {
    format!("{} USDC", format_usdc(I256::from_raw(amount)))
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
