//! The month: epoch by epoch, usage is reported and settled, the clock moves to the next
//! rotation and the real `keeper tick` does what is due. Prints the rotation schedule a day at a
//! time as it goes, then each node's active epochs.

use std::{collections::BTreeMap, io::Write};

use alloy::primitives::U256;
use xmtp_bindings::{
    node_earnings_tracker::NodeEarningsTracker, node_selection_manager::NodeSelectionManager,
    reward_distributor::RewardDistributor, xmtp_treasury::XMTPTreasury,
};

use super::{
    binary::KeeperTx,
    delegators::{self, Delegators, SlashShare},
    network::{months, reserve_coverage, Network, VARIABLE_COST_PER_MESSAGE},
    read_error,
    report::{ids, percent, thousands, usdc, usdc_exact},
    slashing::{self, Slash},
    to_u64,
    usage::{EpochUsage, Usage, SHORT_WEEK},
    DemoError, Options, Tour,
};
use crate::devnet;

/// The keeper's cron fires a little after each rotation falls due: this many seconds later with
/// each epoch (half an hour by the end of the month). Two rotations a day apart are then a minute
/// more than 24 hours apart. Exactly 24 hours would sit on the edge of the turnover window, where
/// the second between a rotation's gas estimate and its block decides whether a seat may be
/// replaced again, and the estimate can fall short.
const CRON_DRIFT_SECS: u64 = 30;

/// The nodes report what they originated in an epoch this long after it ended: inside its report
/// window (6 hours by default), so the messages count toward that epoch's costs.
const REPORT_DELAY_SECS: u64 = 3_600;

/// Nodes shown in the detail of the month's first epoch.
const SHOWN_NODES: usize = 3;

/// One epoch of the month.
#[derive(Debug, Clone)]
pub(super) struct EpochRecord {
    /// The epoch number.
    pub(super) epoch: u64,
    /// The active set when it started, ids ascending.
    pub(super) start_set: Vec<u32>,
    /// The active set when it ended (what the distributor pays): differs from `start_set` when a
    /// seat was refilled during the epoch.
    pub(super) end_set: Vec<u32>,
    /// The active set the rotation at its end started the next epoch with.
    pub(super) next_set: Vec<u32>,
    /// Its usage reports.
    pub(super) usage: EpochUsage,
    /// What the two `keeper tick`s after its end sent: the rotation at its end, and the
    /// distribution when its report window closed.
    pub(super) tick: Vec<KeeperTx>,
    /// The base-pay reserve once it was distributed.
    pub(super) reserve: U256,
    /// What delegators and operators did in it (undelegations, commissions, redelegations).
    pub(super) notes: Vec<String>,
}

impl EpochRecord {
    /// Nodes the rotation at the epoch's end seated.
    fn joined(&self) -> Vec<u32> {
        minus(&self.next_set, &self.end_set)
    }

    /// Nodes the rotation at the epoch's end unseated.
    fn left(&self) -> Vec<u32> {
        minus(&self.end_set, &self.next_set)
    }
}

/// What the month did.
pub(super) struct Month {
    /// When the month's first epoch started (unix seconds).
    pub(super) start_time: u64,
    /// The transactions of that first tick.
    pub(super) seating: Vec<KeeperTx>,
    /// Each epoch, in order.
    pub(super) epochs: Vec<EpochRecord>,
    /// The equivocation and its slash.
    pub(super) slash: Option<Slash>,
    /// `keeper tick` runs.
    pub(super) ticks: usize,
}

impl Month {
    /// Every tick's transactions, the seating tick first.
    pub(super) fn ticks(&self) -> impl Iterator<Item = &[KeeperTx]> {
        std::iter::once(self.seating.as_slice())
            .chain(self.epochs.iter().map(|e| e.tick.as_slice()))
    }
}

/// Seats the nodes with the keeper's first tick, then runs `2 × days` epochs.
pub(super) async fn run(
    tour: &Tour,
    network: &Network,
    delegators: &mut Delegators,
    options: &Options,
    out: &mut impl Write,
) -> Result<Month, DemoError> {
    let manager = NodeSelectionManager::new(tour.contracts.selection, &tour.admin);

    // The candidates become eligible after the waiting period; the first rotation from then on
    // seats them. Rotations before that would start epochs with nobody seated.
    let mut eligible = 0;
    for node in &network.nodes {
        let candidate = manager
            .candidate(node.operator.address())
            .call()
            .await
            .map_err(read_error("NodeSelectionManager.candidate"))?;
        eligible = eligible.max(candidate.eligibleAt.to::<u64>());
    }
    // A minute's margin: registrations that all landed within the deploy's second would
    // otherwise make the month start one epoch earlier than when they take a few seconds.
    let mut at = next_rotation_at(&manager).await?;
    while at < eligible + 60 {
        at += network.epoch_duration;
    }
    devnet::advance_to(&tour.admin, at)
        .await
        .map_err(DemoError::Clock)?;
    let at_seating = at;
    let mut seating = tour.keeper.tick().await?;
    let first_epoch = current_epoch(&manager).await?;
    expect_rotation(&seating, first_epoch)?;
    let mut set = active_set(&manager).await?;
    let distributor = RewardDistributor::new(tour.contracts.distributor, &tour.admin);
    let treasury = XMTPTreasury::new(tour.contracts.treasury, &tour.admin);
    // The empty epoch the seating rotation closed is distributed once its window closes.
    advance_to_distribution(tour, &distributor).await?;
    seating.extend(tour.keeper.tick().await?);
    let mut ticks = 2;
    let reserve_start = read_reserve(&treasury).await?;

    writeln!(
        out,
        "The month: {} epochs of {} h, each ending with `keeper tick` (the real binary, as cron \
         runs it)",
        2 * options.days,
        network.epoch_duration / 3600
    )?;
    writeln!(
        out,
        "  day 0: the keeper's first rotation seated nodes {} into epoch {first_epoch} (empty \
         seats filled: not turnover) and distributed the empty epochs before it ({} \
         transactions)",
        ids(&set),
        seating.len()
    )?;
    writeln!(
        out,
        "  an hour after each epoch ends, each of its nodes reports the messages it originated in \
         it; a strict majority of the epoch's set signs each report with the nodes' keys, and it \
         is settled in one batch. The keeper ticks at each rotation and again when the ended \
         epoch's report window closes (nextDistributionAt): only then is the epoch distributed, \
         so that every message reported in the window is in its costs"
    )?;
    if u64::from(options.days) >= SHORT_WEEK.end {
        writeln!(
            out,
            "  days {}-{}: the payers' traffic falls to a tenth, fees fall short of base pay, and \
             the base-pay reserve pays the rest",
            SHORT_WEEK.start + 1,
            SHORT_WEEK.end
        )?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "  day  epochs  rotations  joined    left      turnover  reports  fees (USDC)  keeper txs  reserve (USDC)  notes"
    )?;

    let epochs = 2 * u64::from(options.days);
    // The equivocation happens in the middle of the month.
    let slash_at = epochs / 2;
    let mut usage = Usage::default();
    let mut records: Vec<EpochRecord> = Vec::new();
    let mut slash = None;
    let mut first_costs = None;
    for index in 0..epochs {
        let epoch = first_epoch + index;
        let start_set = set.clone();
        let mut notes = delegators::before_epoch(tour, delegators, index, slash_at).await?;
        if index == slash_at {
            let victim = slashing::choose(&start_set, &delegators.node_ids());
            let operator = victim
                .and_then(|id| network.node(id))
                .map(|n| n.operator.address());
            let before = match operator {
                Some(operator) => Some(delegators::snapshot(tour, delegators, operator).await?),
                None => None,
            };
            let mut slashed =
                slashing::equivocate(tour, network, &usage, epoch, at_seating, &start_set, victim)
                    .await?;
            if let Some(before) = before {
                let after = delegators::snapshot(tour, delegators, slashed.operator).await?;
                slashed.pool = Some(SlashShare { before, after });
            }
            notes.extend(delegators::after_slash(tour, delegators, slashed.node).await?);
            slash = Some(slashed);
        }
        let end_set = active_set(&manager).await?;
        let at = next_rotation_at(&manager).await? + CRON_DRIFT_SECS * (index + 1);
        devnet::advance_to(&tour.admin, at)
            .await
            .map_err(DemoError::Clock)?;
        let mut tick = tour.keeper.tick().await?;
        ticks += 1;
        let now = current_epoch(&manager).await?;
        if now != epoch + 1 {
            return Err(DemoError::Unexpected {
                epoch,
                detail: format!("the chain is at epoch {now}, not {}", epoch + 1),
            });
        }
        expect_rotation(&tick, epoch)?;
        if tick.iter().any(|tx| tx.step == "distribute") {
            return Err(DemoError::Unexpected {
                epoch,
                detail: "the keeper distributed in the rotation's tick, before the epoch's report \
                         window closed"
                    .to_owned(),
            });
        }
        set = active_set(&manager).await?;
        // The epoch's usage lands an hour after it ended, inside its report window.
        devnet::advance_to(&tour.admin, at + REPORT_DELAY_SECS)
            .await
            .map_err(DemoError::Clock)?;
        let reported = usage
            .settle_epoch(tour, network, epoch, index, &end_set)
            .await?;
        let before = if index == 0 {
            Some(costs(tour, network, &distributor, &end_set).await?)
        } else {
            None
        };
        advance_to_distribution(tour, &distributor).await?;
        let distribution = tour.keeper.tick().await?;
        ticks += 1;
        if !distribution.iter().any(|tx| tx.step == "distribute") {
            return Err(DemoError::Unexpected {
                epoch,
                detail: "the keeper did not distribute the epoch once its window closed".to_owned(),
            });
        }
        tick.extend(distribution);
        if let Some(before) = before {
            let after = costs(tour, network, &distributor, &end_set).await?;
            first_costs = Some((epoch, before, after));
        }
        records.push(EpochRecord {
            epoch,
            start_set,
            end_set,
            next_set: set.clone(),
            usage: reported,
            tick,
            reserve: read_reserve(&treasury).await?,
            notes,
        });
        if index % 2 == 1 || index + 1 == epochs {
            let day = index / 2 + 1;
            let from = records
                .len()
                .saturating_sub(if index % 2 == 1 { 2 } else { 1 });
            let reserve_before = from
                .checked_sub(1)
                .map_or(reserve_start, |i| records[i].reserve);
            write_day(
                out,
                day,
                &records[from..],
                reserve_before,
                network,
                slash.as_ref(),
            )?;
        }
    }

    let month = Month {
        start_time: at_seating,
        seating,
        epochs: records,
        slash,
        ticks,
    };
    write_keeper_summary(out, &month)?;
    if let Some((epoch, before, after)) = first_costs {
        write_first_epoch_costs(tour, &month, epoch, &before, &after, out).await?;
    }
    let (reserve, months_bps) = reserve_coverage(tour).await?;
    let drawn = month
        .epochs
        .iter()
        .fold((reserve_start, U256::ZERO), |(last, drawn), e| {
            (e.reserve, drawn + last.saturating_sub(e.reserve))
        })
        .1;
    writeln!(
        out,
        "  base-pay reserve: {} USDC at the start, {} USDC paid out as base pay when fees fell \
         short, {} USDC now (refilled by its share of the excess): {} month(s) of the full set's \
         base pay",
        usdc(reserve_start),
        usdc(drawn),
        usdc(reserve),
        months(months_bps)
    )?;
    writeln!(out)?;
    write_active_epochs(out, &month, network, options.days)?;
    Ok(month)
}

/// One row of the schedule: the day's two epochs.
fn write_day(
    out: &mut impl Write,
    day: u64,
    epochs: &[EpochRecord],
    reserve_before: U256,
    network: &Network,
    slash: Option<&Slash>,
) -> std::io::Result<()> {
    let (Some(first), Some(last)) = (epochs.first(), epochs.last()) else {
        return Ok(());
    };
    let rotations = epochs
        .iter()
        .flat_map(|e| &e.tick)
        .filter(|tx| tx.step == "rotate")
        .count();
    let joined: Vec<u32> = epochs.iter().flat_map(EpochRecord::joined).collect();
    let left: Vec<u32> = epochs.iter().flat_map(EpochRecord::left).collect();
    let turnover = joined.len() as u64 * 10_000 / network.seats.max(1) as u64;
    let reports: usize = epochs.iter().map(|e| e.usage.reports).sum();
    let fees: U256 = epochs.iter().map(|e| e.usage.fees).sum();
    let txs: usize = epochs.iter().map(|e| e.tick.len()).sum();
    let mut notes = Vec::new();
    for e in epochs {
        let refilled = minus(&e.end_set, &e.start_set);
        if let Some(s) = slash.filter(|s| s.epoch == e.epoch) {
            notes.push(format!(
                "node {} slashed, seat refilled by {}",
                s.node,
                ids(&refilled)
            ));
        }
        notes.extend(e.notes.iter().cloned());
        let payouts = e.tick.iter().filter(|tx| tx.step == "payout").count();
        if payouts > 0 {
            notes.push(format!(
                "payout period closed and paid ({payouts} tx{})",
                if payouts == 1 { "" } else { "s" }
            ));
        }
    }
    let mut reserve = reserve_before;
    let mut drawn = U256::ZERO;
    for e in epochs {
        drawn += reserve.saturating_sub(e.reserve);
        reserve = e.reserve;
    }
    if !drawn.is_zero() {
        notes.push(format!(
            "fees short: the reserve paid {} USDC of base pay",
            usdc(drawn)
        ));
    }
    let row = format!(
        "  {day:>3}  {:>6}  {rotations:>9}  {:<8}  {:<8}  {:>8}  {reports:>7}  {:>11}  {txs:>10}  {:>14}  {}",
        format!("{}-{}", first.epoch, last.epoch),
        ids(&joined),
        ids(&left),
        percent(turnover),
        usdc(fees),
        usdc(reserve),
        notes.join("; ")
    );
    writeln!(out, "{}", row.trim_end())
}

/// The keeper's work over the month, by step.
fn write_keeper_summary(out: &mut impl Write, month: &Month) -> std::io::Result<()> {
    let mut steps: BTreeMap<&str, usize> = BTreeMap::new();
    let (mut txs, mut gas) = (0usize, 0u64);
    let ticks = month.ticks;
    for tick in month.ticks() {
        for tx in tick {
            *steps.entry(tx.step.as_str()).or_default() += 1;
            txs += 1;
            gas += tx.gas;
        }
    }
    let order = [
        "rotate",
        "forward_fees",
        "distribute",
        "forward_excess",
        "payout",
    ];
    let by_step = order
        .iter()
        .map(|step| format!("{step} {}", steps.get(step).copied().unwrap_or(0)))
        .collect::<Vec<_>>()
        .join(", ");
    let swaps: usize = month.epochs.iter().map(|e| e.joined().len()).sum();
    let reports: usize = month.epochs.iter().map(|e| e.usage.reports).sum();
    let (signers, set_size) = month
        .epochs
        .first()
        .map_or((0, 0), |e| (e.usage.signers, e.usage.set_size));
    writeln!(
        out,
        "  keeper: {ticks} ticks, {txs} transactions ({by_step}), {} gas; {swaps} nodes replaced \
         by rotations",
        thousands(gas)
    )?;
    writeln!(
        out,
        "  usage: {reports} reports settled, each signed by {signers} of the epoch's {set_size} \
         active nodes"
    )
}

/// The month's first epoch, node by node: every message reported an hour after the epoch is in
/// its costs, on top of the seat's base pay.
async fn write_first_epoch_costs(
    tour: &Tour,
    month: &Month,
    epoch: u64,
    before: &[(u32, U256)],
    after: &[(u32, U256)],
    out: &mut impl Write,
) -> Result<(), DemoError> {
    let Some(record) = month.epochs.iter().find(|e| e.epoch == epoch) else {
        return Ok(());
    };
    let distributor = RewardDistributor::new(tour.contracts.distributor, &tour.admin);
    let manager = NodeSelectionManager::new(tour.contracts.selection, &tour.admin);
    let prices = distributor
        .pricesAt(U256::from(epoch))
        .call()
        .await
        .map_err(read_error("RewardDistributor.pricesAt"))?;
    let duration = manager
        .epochDurationAt(U256::from(epoch))
        .call()
        .await
        .map_err(read_error("NodeSelectionManager.epochDurationAt"))?;
    let period = distributor
        .payoutPeriod()
        .call()
        .await
        .map_err(read_error("RewardDistributor.payoutPeriod"))?;
    let base = prices.basePayPerMonth_ * duration / period;
    let window = manager
        .reportWindow()
        .call()
        .await
        .map_err(read_error("NodeSelectionManager.reportWindow"))?;
    writeln!(
        out,
        "  epoch {epoch}: its reports landed an hour after it ended, inside its {} h report \
         window; the keeper distributed it when the window closed, every reported message in its \
         costs:",
        to_u64(window) / 3600
    )?;
    for ((node, was), (_, is)) in before.iter().zip(after).take(SHOWN_NODES) {
        let messages = record.usage.messages.get(node).copied().unwrap_or(0);
        let expected = base + U256::from(messages * VARIABLE_COST_PER_MESSAGE);
        let grew = *is - *was;
        if grew != expected {
            return Err(DemoError::Unexpected {
                epoch,
                detail: format!(
                    "node {node}'s costs grew by {} USDC, not base pay {} + {messages} messages",
                    usdc(grew),
                    usdc(base)
                ),
            });
        }
        writeln!(
            out,
            "    node {node}: {} messages; costs {} USDC base pay + {} × {} USDC = {} USDC",
            thousands(messages),
            usdc(base),
            thousands(messages),
            usdc_exact(VARIABLE_COST_PER_MESSAGE),
            usdc(grew)
        )?;
    }
    Ok(())
}

/// One row per node: how many of the month's epochs it was in the active set, and when.
fn write_active_epochs(
    out: &mut impl Write,
    month: &Month,
    network: &Network,
    days: u32,
) -> std::io::Result<()> {
    let n = month.epochs.len();
    let mut ruler = vec![' '; n];
    for day in (1..=days as usize).step_by(7) {
        let label = format!("{day}");
        let at = 2 * (day - 1);
        if at + label.len() <= n {
            for (i, c) in label.chars().enumerate() {
                ruler[at + i] = c;
            }
        }
    }
    writeln!(
        out,
        "Active epochs (one column per epoch, two a day; # in the active set, x slashed)"
    )?;
    writeln!(
        out,
        "  node  epochs  day {}",
        ruler.iter().collect::<String>().trim_end()
    )?;
    for node in &network.nodes {
        let strip: String = month
            .epochs
            .iter()
            .map(|e| {
                if month
                    .slash
                    .as_ref()
                    .is_some_and(|s| s.node == node.id && s.epoch == e.epoch)
                {
                    'x'
                } else if e.end_set.contains(&node.id) {
                    '#'
                } else {
                    '.'
                }
            })
            .collect();
        let count = strip.chars().filter(|c| *c == '#').count();
        writeln!(out, "  {:>4}  {count:>6}      {strip}", node.id)?;
    }
    Ok(())
}

/// Fails unless `tick` rotated.
fn expect_rotation(tick: &[KeeperTx], epoch: u64) -> Result<(), DemoError> {
    if tick.iter().any(|tx| tx.step == "rotate") {
        return Ok(());
    }
    Err(DemoError::Unexpected {
        epoch,
        detail: "the keeper did not rotate".to_owned(),
    })
}

/// `a` without the members of `b`.
fn minus(a: &[u32], b: &[u32]) -> Vec<u32> {
    a.iter().filter(|id| !b.contains(id)).copied().collect()
}

async fn active_set(
    manager: &NodeSelectionManager::NodeSelectionManagerInstance<&alloy::providers::DynProvider>,
) -> Result<Vec<u32>, DemoError> {
    let mut set = manager
        .getActiveNodeIds()
        .call()
        .await
        .map_err(read_error("NodeSelectionManager.getActiveNodeIds"))?;
    set.sort_unstable();
    Ok(set)
}

/// Each node of `set`'s costs recorded so far in the distributor's current payout period.
async fn costs(
    tour: &Tour,
    network: &Network,
    distributor: &RewardDistributor::RewardDistributorInstance<&alloy::providers::DynProvider>,
    set: &[u32],
) -> Result<Vec<(u32, U256)>, DemoError> {
    let tracker = NodeEarningsTracker::new(tour.contracts.tracker, &tour.admin);
    let period = distributor
        .currentPeriod()
        .call()
        .await
        .map_err(read_error("RewardDistributor.currentPeriod"))?;
    let mut costs = Vec::new();
    for id in set {
        let Some(node) = network.node(*id) else {
            continue;
        };
        let record = tracker
            .periodRecord(period, node.operator.address())
            .call()
            .await
            .map_err(read_error("NodeEarningsTracker.periodRecord"))?;
        costs.push((*id, U256::from(record.costs)));
    }
    Ok(costs)
}

/// Moves the clock to when the next epoch becomes distributable (its report window closes).
async fn advance_to_distribution(
    tour: &Tour,
    distributor: &RewardDistributor::RewardDistributorInstance<&alloy::providers::DynProvider>,
) -> Result<(), DemoError> {
    let at = to_u64(
        distributor
            .nextDistributionAt()
            .call()
            .await
            .map_err(read_error("RewardDistributor.nextDistributionAt"))?,
    );
    devnet::advance_to(&tour.admin, at)
        .await
        .map_err(DemoError::Clock)
}

async fn read_reserve(
    treasury: &XMTPTreasury::XMTPTreasuryInstance<&alloy::providers::DynProvider>,
) -> Result<U256, DemoError> {
    treasury
        .basePayReserve()
        .call()
        .await
        .map_err(read_error("XMTPTreasury.basePayReserve"))
}

async fn current_epoch(
    manager: &NodeSelectionManager::NodeSelectionManagerInstance<&alloy::providers::DynProvider>,
) -> Result<u64, DemoError> {
    manager
        .currentEpoch()
        .call()
        .await
        .map(to_u64)
        .map_err(read_error("NodeSelectionManager.currentEpoch"))
}

async fn next_rotation_at(
    manager: &NodeSelectionManager::NodeSelectionManagerInstance<&alloy::providers::DynProvider>,
) -> Result<u64, DemoError> {
    manager
        .nextRotationAt()
        .call()
        .await
        .map(to_u64)
        .map_err(read_error("NodeSelectionManager.nextRotationAt"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joined_and_left_compare_the_end_of_an_epoch_with_the_next() {
        let record = EpochRecord {
            epoch: 5,
            start_set: vec![100, 200, 300],
            end_set: vec![100, 200, 400],
            next_set: vec![200, 400, 500],
            usage: EpochUsage::default(),
            tick: Vec::new(),
            reserve: U256::ZERO,
            notes: Vec::new(),
        };
        assert_eq!(record.joined(), vec![500]);
        assert_eq!(record.left(), vec![100]);
        assert_eq!(minus(&record.end_set, &record.start_set), vec![400]);
    }
}
