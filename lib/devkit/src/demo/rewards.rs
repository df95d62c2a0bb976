//! After the month: what each node earned in payout period 0 against its costs and the profit
//! cap, the monthly payout to each node's NFT owner, what the payers were charged, and the
//! treasury's buckets.

use std::io::Write;

use alloy::{
    primitives::{Address, I256, U256},
    providers::Provider,
    rpc::types::Filter,
    sol_types::SolEvent,
};
use xmtp_bindings::{
    mock_usdc::MockUSDC,
    node_earnings_tracker::NodeEarningsTracker,
    payers::Payers,
    reward_distributor::RewardDistributor::{
        self, EpochRewardsDistributed, ExcessForwarded, PayoutExecuted, PeriodClosed,
    },
    xmtp_treasury::XMTPTreasury,
};

use super::{
    month::Month,
    network::{Network, VARIABLE_COST_PER_MESSAGE},
    read_error,
    report::{percent, thousands, usdc, usdc_exact, usdc_signed, xmtp},
    to_u64, DemoError, Tour,
};
use crate::rewards::read_books;

/// Earnings within this many bps of costs below the cap count as at the cap.
const AT_CAP_BPS: u64 = 10;

/// The payout period the tour reports on.
const PERIOD: u64 = 0;

/// Prints the rewards chapters.
pub(super) async fn run(
    tour: &Tour,
    network: &Network,
    month: &Month,
    out: &mut impl Write,
) -> Result<(), DemoError> {
    let c = &tour.contracts;
    let distributor = RewardDistributor::new(c.distributor, &tour.admin);
    let tracker = NodeEarningsTracker::new(c.tracker, &tour.admin);
    let books = read_books(&tour.admin, c.distributor).await?;
    let cap_bps = to_u64(
        distributor
            .profitCapBps()
            .call()
            .await
            .map_err(read_error("RewardDistributor.profitCapBps"))?,
    );
    let closed_event = logs::<PeriodClosed>(tour, c.distributor)
        .await?
        .into_iter()
        .find(|e| to_u64(e.period) == PERIOD);
    // The period's epochs so far: up to its last when closed, else up to the last distributed.
    let next_epoch = to_u64(
        distributor
            .nextEpoch()
            .call()
            .await
            .map_err(read_error("RewardDistributor.nextEpoch"))?,
    );
    let last_epoch = closed_event
        .as_ref()
        .map_or(next_epoch.saturating_sub(1), |e| to_u64(e.lastEpoch));

    writeln!(
        out,
        "Period {PERIOD}: earnings against costs and the cap ({} of costs){}",
        percent(cap_bps),
        if closed_event.is_some() {
            format!(", epochs 0..={last_epoch}, closed")
        } else {
            format!(
                ", open: epochs 0..={last_epoch} distributed so far; it closes once 30 days of \
                 epochs are distributed (day {})",
                payout_day(month, network, books.next_payout_at)
            )
        }
    )?;
    // What the cap took off the period's earnings, epoch by epoch, as the distributor logged it.
    let held_back: U256 = logs::<EpochRewardsDistributed>(tour, c.distributor)
        .await?
        .iter()
        .filter(|e| to_u64(e.period) == PERIOD)
        .map(|e| e.excess)
        .sum();
    writeln!(
        out,
        "  node  epochs   messages      costs   earnings        cap  earned/costs        owed"
    )?;
    let mut totals = [U256::ZERO; 4];
    let mut rows = Vec::new();
    for node in &network.nodes {
        let operator = node.operator.address();
        let record = tracker
            .periodRecord(U256::from(PERIOD), operator)
            .call()
            .await
            .map_err(read_error("NodeEarningsTracker.periodRecord"))?;
        let owed = tracker
            .owedOf(operator)
            .call()
            .await
            .map_err(read_error("NodeEarningsTracker.owedOf"))?;
        let (earnings, costs) = (U256::from(record.earnings), U256::from(record.costs));
        let cap = costs * U256::from(cap_bps) / U256::from(10_000);
        let in_period = month
            .epochs
            .iter()
            .filter(|e| e.epoch <= last_epoch && e.end_set.contains(&node.id));
        let epochs = in_period.clone().count();
        let messages: u64 = in_period
            .filter_map(|e| e.usage.messages.get(&node.id))
            .sum();
        let (ratio, at_cap) = if costs.is_zero() {
            ("-".to_owned(), false)
        } else {
            let bps = to_u64(earnings * U256::from(10_000) / costs);
            (percent(bps), bps + AT_CAP_BPS >= cap_bps)
        };
        writeln!(
            out,
            "  {:>4}  {epochs:>6}  {:>9}  {:>9}  {:>9}  {:>9}  {ratio:>12} {:<6} {:>6}",
            node.id,
            thousands(messages),
            usdc(costs),
            usdc(earnings),
            usdc(cap),
            if at_cap { "at cap" } else { "" },
            usdc(owed)
        )?;
        for (total, value) in totals.iter_mut().zip([costs, earnings, cap, owed]) {
            *total += value;
        }
        rows.push((node.id, earnings));
    }
    writeln!(
        out,
        "   all  {:>6}  {:>9}  {:>9}  {:>9}  {:>9}  {:>12} {:<6} {:>6}",
        "",
        "",
        usdc(totals[0]),
        usdc(totals[1]),
        usdc(totals[2]),
        "",
        "",
        usdc(totals[3])
    )?;
    writeln!(
        out,
        "  costs: base pay for each epoch in the set plus {} USDC a message served; the cap held \
         back {} USDC of the period's earnings as its epochs were distributed (\"at cap\": \
         within {} of it at the end), handed to the treasury",
        usdc_exact(VARIABLE_COST_PER_MESSAGE),
        usdc(held_back),
        percent(AT_CAP_BPS)
    )?;
    writeln!(out)?;

    write_payout(
        tour,
        network,
        month,
        &rows,
        closed_event.is_some(),
        &books,
        out,
    )
    .await?;
    writeln!(out)?;
    write_payers(tour, network, out).await?;
    writeln!(out)?;
    write_treasury(tour, out).await
}

/// The monthly payout: each node's period-0 earnings paid to its NFT owner.
async fn write_payout(
    tour: &Tour,
    network: &Network,
    month: &Month,
    earned: &[(u32, U256)],
    closed: bool,
    books: &crate::rewards::Books,
    out: &mut impl Write,
) -> Result<(), DemoError> {
    if !closed {
        writeln!(
            out,
            "Monthly payout: none yet. Period {PERIOD} is always 30 days (a new payout period \
             applies from the next period on); it closes on day {}, after this {}-day tour. \
             The full tour (31 days) reaches it.",
            payout_day(month, network, books.next_payout_at),
            month.epochs.len() / 2
        )?;
        return Ok(());
    }
    let c = &tour.contracts;
    let paid: Vec<PayoutExecuted> = logs::<PayoutExecuted>(tour, c.distributor)
        .await?
        .into_iter()
        .filter(|p| to_u64(p.period) == PERIOD)
        .collect();
    let day = month
        .epochs
        .iter()
        .position(|e| e.tick.iter().any(|tx| tx.step == "payout"))
        .map_or(0, |i| i / 2 + 1);
    let txs = month
        .ticks()
        .flatten()
        .filter(|tx| tx.step == "payout")
        .count();
    writeln!(
        out,
        "Monthly payout (day {day}: the keeper's tick after period {PERIOD} closed, {txs} \
         executePayouts transaction{})",
        super::report::plural(txs)
    )?;
    writeln!(
        out,
        "  node  NFT owner                                         paid  owner's USDC"
    )?;
    let usdc_token = MockUSDC::new(c.usdc, &tour.admin);
    let mut total = U256::ZERO;
    for (node, earnings) in earned {
        let amount: U256 = paid
            .iter()
            .filter(|p| p.nodeId == *node)
            .map(|p| p.amount)
            .sum();
        if amount != *earnings {
            return Err(DemoError::Payout {
                node: *node,
                earned: usdc(*earnings),
                paid: usdc(amount),
            });
        }
        let Some(recipient) = paid.iter().find(|p| p.nodeId == *node).map(|p| p.recipient) else {
            continue;
        };
        let balance = usdc_token
            .balanceOf(recipient)
            .call()
            .await
            .map_err(read_error("USDC.balanceOf"))?;
        writeln!(
            out,
            "  {node:>4}  {recipient}  {:>10}  {:>12}",
            usdc(amount),
            usdc(balance)
        )?;
        total += amount;
    }
    let unpaid = network.nodes.len() - earned.iter().filter(|(_, e)| !e.is_zero()).count();
    writeln!(
        out,
        "   all  {:<42}  {:>10}{}",
        "",
        usdc(total),
        if unpaid > 0 {
            format!("  ({unpaid} nodes earned nothing in the period)")
        } else {
            String::new()
        }
    )?;
    Ok(())
}

/// Each payer's deposit, charges and balance; a negative balance is debt.
async fn write_payers(
    tour: &Tour,
    network: &Network,
    out: &mut impl Write,
) -> Result<(), DemoError> {
    let c = &tour.contracts;
    let payers = Payers::new(c.payers, &tour.admin);
    writeln!(out, "Payers after the month")?;
    writeln!(out, "  payer       deposited    charged    balance")?;
    for payer in &network.payers {
        let balance = payers
            .balanceOf(payer.address)
            .call()
            .await
            .map_err(read_error("Payers.balanceOf"))?;
        let charged = I256::from_raw(payer.deposit) - balance;
        writeln!(
            out,
            "  {:<10} {:>10} {:>10} {:>10}",
            payer.name,
            usdc(payer.deposit),
            usdc_signed(charged),
            usdc_signed(balance)
        )?;
    }
    let debt = payers
        .totalDebt()
        .call()
        .await
        .map_err(read_error("Payers.totalDebt"))?;
    writeln!(
        out,
        "  debt {} USDC: fees charged beyond a deposit are owed, not forwarded to the nodes",
        usdc(debt)
    )?;
    Ok(())
}

/// The treasury's buckets, filled by the excess above the profit cap, and its slashed XMTP.
async fn write_treasury(tour: &Tour, out: &mut impl Write) -> Result<(), DemoError> {
    let c = &tour.contracts;
    let treasury = XMTPTreasury::new(c.treasury, &tour.admin);
    let excess: U256 = logs::<ExcessForwarded>(tour, c.distributor)
        .await?
        .iter()
        .map(|e| e.amount)
        .sum();
    let read = |what| read_error(what);
    let buyback = treasury
        .buybackBalance()
        .call()
        .await
        .map_err(read("XMTPTreasury.buybackBalance"))?;
    let staking = treasury
        .stakingRewardsBalance()
        .call()
        .await
        .map_err(read("XMTPTreasury.stakingRewardsBalance"))?;
    let own = treasury
        .treasuryBalance()
        .call()
        .await
        .map_err(read("XMTPTreasury.treasuryBalance"))?;
    let shares = [
        treasury
            .buybackBps()
            .call()
            .await
            .map_err(read("XMTPTreasury.buybackBps"))?,
        treasury
            .stakingRewardsBps()
            .call()
            .await
            .map_err(read("XMTPTreasury.stakingRewardsBps"))?,
        treasury
            .treasuryBps()
            .call()
            .await
            .map_err(read("XMTPTreasury.treasuryBps"))?,
    ];
    let slashed = treasury
        .slashedXmtp()
        .call()
        .await
        .map_err(read("XMTPTreasury.slashedXmtp"))?;
    writeln!(
        out,
        "Treasury: {} USDC of excess above the cap received, split {} / {} / {}",
        usdc(excess),
        percent(u64::from(shares[0])),
        percent(u64::from(shares[1])),
        percent(u64::from(shares[2]))
    )?;
    writeln!(out, "  bucket             USDC")?;
    for (name, amount) in [
        ("buyback", buyback),
        ("staking rewards", staking),
        ("treasury", own),
    ] {
        writeln!(out, "  {name:<15} {:>10}", usdc(amount))?;
    }
    writeln!(out, "  slashed XMTP held: {}", xmtp(slashed))?;
    Ok(())
}

/// The month's day (1-based, from the keeper's seating rotation) of `timestamp`.
fn payout_day(month: &Month, network: &Network, timestamp: u64) -> u64 {
    // Epochs are back to back from the month's first: its start is the earliest epoch's.
    let start = month.start_time;
    timestamp.saturating_sub(start) / (2 * network.epoch_duration) + 1
}

/// Every `E` the contract at `address` emitted.
pub(super) async fn logs<E: SolEvent>(tour: &Tour, address: Address) -> Result<Vec<E>, DemoError> {
    let filter = Filter::new()
        .address(address)
        .event_signature(E::SIGNATURE_HASH)
        .from_block(0);
    let logs = tour.admin.get_logs(&filter).await.map_err(DemoError::Rpc)?;
    Ok(logs
        .iter()
        .filter_map(|log| log.log_decode::<E>().ok())
        .map(|log| log.inner.data)
        .collect())
}
