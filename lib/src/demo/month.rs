//! The month: epoch by epoch, usage is reported and settled, the clock moves to the next
//! rotation and the real `keeper tick` does what is due. Prints the rotation schedule a day at a
//! time as it goes, then each node's active epochs.

use std::{collections::BTreeMap, io::Write};

use alloy::primitives::U256;
use xmtp_bindings::node_selection_manager::NodeSelectionManager;

use super::{
    binary::KeeperTx,
    network::Network,
    read_error,
    report::{ids, percent, thousands},
    slashing::{self, Slash},
    to_u64,
    usage::{EpochUsage, Usage},
    DemoError, Options, Tour,
};
use crate::devnet;

/// The keeper's cron fires a little after each rotation falls due: this many seconds later with
/// each epoch (half an hour by the end of the month). Two rotations a day apart are then a minute
/// more than 24 hours apart. Exactly 24 hours would sit on the edge of the turnover window, where
/// the second between a rotation's gas estimate and its block decides whether a seat may be
/// replaced again, and the estimate can fall short.
const CRON_DRIFT_SECS: u64 = 30;

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
    /// What the `keeper tick` at its end sent.
    pub(super) tick: Vec<KeeperTx>,
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
    let seating = tour.keeper.tick().await?;
    let first_epoch = current_epoch(&manager).await?;
    expect_rotation(&seating, first_epoch)?;
    let mut set = active_set(&manager).await?;

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
        "  every epoch, each active node reports the messages it originated; a strict majority of \
         the epoch's set signs each report with the nodes' keys, and it is settled in one batch"
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "  day  epochs  rotations  joined    left      turnover  reports  fees (USDC)  keeper txs  notes"
    )?;

    let epochs = 2 * u64::from(options.days);
    // The equivocation happens in the middle of the month.
    let slash_at = epochs / 2;
    let mut usage = Usage::default();
    let mut records: Vec<EpochRecord> = Vec::new();
    let mut slash = None;
    for index in 0..epochs {
        let epoch = first_epoch + index;
        let start_set = set.clone();
        let reported = usage
            .settle_epoch(tour, network, epoch, index, &start_set)
            .await?;
        if index == slash_at {
            slash = Some(
                slashing::equivocate(tour, network, &usage, epoch, at_seating, &start_set).await?,
            );
        }
        let end_set = active_set(&manager).await?;
        let at = next_rotation_at(&manager).await? + CRON_DRIFT_SECS * (index + 1);
        devnet::advance_to(&tour.admin, at)
            .await
            .map_err(DemoError::Clock)?;
        let tick = tour.keeper.tick().await?;
        let now = current_epoch(&manager).await?;
        if now != epoch + 1 {
            return Err(DemoError::Unexpected {
                epoch,
                detail: format!("the chain is at epoch {now}, not {}", epoch + 1),
            });
        }
        expect_rotation(&tick, epoch)?;
        set = active_set(&manager).await?;
        records.push(EpochRecord {
            epoch,
            start_set,
            end_set,
            next_set: set.clone(),
            usage: reported,
            tick,
        });
        if index % 2 == 1 || index + 1 == epochs {
            let day = index / 2 + 1;
            let from = records
                .len()
                .saturating_sub(if index % 2 == 1 { 2 } else { 1 });
            write_day(out, day, &records[from..], network, slash.as_ref())?;
        }
    }

    let month = Month {
        start_time: at_seating,
        seating,
        epochs: records,
        slash,
    };
    write_keeper_summary(out, &month)?;
    writeln!(out)?;
    write_active_epochs(out, &month, network, options.days)?;
    Ok(month)
}

/// One row of the schedule: the day's two epochs.
fn write_day(
    out: &mut impl Write,
    day: u64,
    epochs: &[EpochRecord],
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
        let payouts = e.tick.iter().filter(|tx| tx.step == "payout").count();
        if payouts > 0 {
            notes.push(format!(
                "payout period closed and paid ({payouts} tx{})",
                if payouts == 1 { "" } else { "s" }
            ));
        }
    }
    let row = format!(
        "  {day:>3}  {:>6}  {rotations:>9}  {:<8}  {:<8}  {:>8}  {reports:>7}  {:>11}  {txs:>10}  {}",
        format!("{}-{}", first.epoch, last.epoch),
        ids(&joined),
        ids(&left),
        percent(turnover),
        super::report::usdc(fees),
        notes.join("; ")
    );
    writeln!(out, "{}", row.trim_end())
}

/// The keeper's work over the month, by step.
fn write_keeper_summary(out: &mut impl Write, month: &Month) -> std::io::Result<()> {
    let mut steps: BTreeMap<&str, usize> = BTreeMap::new();
    let (mut txs, mut gas) = (0usize, 0u64);
    let mut ticks = 0;
    for tick in month.ticks() {
        ticks += 1;
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
        };
        assert_eq!(record.joined(), vec![500]);
        assert_eq!(record.left(), vec![100]);
        assert_eq!(minus(&record.end_set, &record.start_set), vec![400]);
    }
}
