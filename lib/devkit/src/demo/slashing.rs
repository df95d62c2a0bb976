//! Mid-month, a node equivocates, and nobody tells the watcher. The epoch's active nodes serve
//! their envelopes from a fake xmtpd network (gRPC-Web on `127.0.0.1`, `crate::fakenet`): honest
//! traffic, a payer signature with a high `s` among it, delivered to peers in a scrambled order;
//! then one node serves a second version of one of its sequence ids, validly signed. The real
//! `keeper watch --once` reads every node as the registry and `--node-url` place them, finds the
//! two versions itself, proves them with the contract's rules and relays them through the
//! keeper's key; the node is slashed, jailed, and its seat refilled at once.

use std::{
    io::Write,
    path::PathBuf,
    time::{Duration, Instant},
};

use alloy::{
    primitives::{Address, B256, U256},
    providers::Provider,
};
use xmtp_bindings::{
    misbehavior_reports::MisbehaviorReports, mock_xmtp::MockXMTP,
    node_selection_manager::NodeSelectionManager, xmtp_treasury::XMTPTreasury,
};

use super::{
    binary::WatchPass,
    month::Month,
    network::Network,
    read_error,
    report::{percent, xmtp},
    to_u64,
    usage::Usage,
    DemoError, Tour,
};
use crate::{
    evidence::equivocation_report_id,
    fakenet::FakeNetwork,
    watch::{
        launch::WATCH_DIR,
        store::{RelayState, WatchStore, FILE_NAME as WATCH_STORE},
    },
};

/// Envelopes each active node originates while the watcher reads the network.
const PUBLISHED_PER_NODE: usize = 3;

/// Which of a node's envelopes carries a payer signature with a high `s` (xmtpd accepts it).
const HIGH_S: usize = 1;

/// Which of the equivocating node's envelopes it serves a second version of.
const EQUIVOCATED: usize = 1;

/// The most `keeper watch --once` passes the tour waits for the relay.
const MAX_PASSES: usize = 3;

/// What the equivocation and its slash did.
#[derive(Debug, Clone)]
pub(super) struct Slash {
    /// The node.
    pub(super) node: u32,
    /// Its operator.
    pub(super) operator: Address,
    /// The epoch it happened in.
    pub(super) epoch: u64,
    /// The month's day it happened on (1-based).
    pub(super) day: u64,
    /// The sequence id served in two versions, as the watcher found it.
    pub(super) sequence_id: u64,
    /// The report the watcher relayed: `equivocation_report_id(node, sequence_id)`.
    pub(super) report_id: B256,
    /// Nodes the fake network served (the epoch's active set) and envelopes each originated.
    pub(super) served_nodes: usize,
    pub(super) published_per_node: usize,
    /// What each `keeper watch --once` pass printed, and how long its process ran.
    pub(super) passes: Vec<(WatchPass, Duration)>,
    /// The watcher's finding, as its store names it (e.g. `equivocation:7:40213`).
    pub(super) finding: String,
    /// Its findings against other nodes, in any state.
    pub(super) other_findings: usize,
    /// The watcher's store, relative to the keeper's temporary folder.
    pub(super) store: String,
    /// XMTP units staked before and after.
    pub(super) stake_before: U256,
    pub(super) stake_after: U256,
    /// XMTP units slashed, as the report records.
    pub(super) slashed: U256,
    /// The slash, in bps of the stake.
    pub(super) slash_bps: u64,
    /// Who reported (the keeper) and the XMTP units the treasury paid it.
    pub(super) reporter: Address,
    pub(super) reward: U256,
    /// XMTP units of slashes the treasury holds afterwards.
    pub(super) treasury_slashed: U256,
    /// Until when (unix seconds) the operator may not register again, and the month's start.
    pub(super) jailed_until: u64,
    pub(super) month_started: u64,
    /// Whether it is still a candidate.
    pub(super) registered: bool,
    /// Nodes that took its seat at once.
    pub(super) replaced_by: Vec<u32>,
    /// Its pool before and after, when delegators backed it.
    pub(super) pool: Option<super::delegators::SlashShare>,
}

/// The node that equivocates: the first of `preferred` (the delegated pools' nodes) holding a seat
/// in `active`, else the middle node of `active`.
pub(super) fn choose(active: &[u32], preferred: &[u32]) -> Option<u32> {
    preferred
        .iter()
        .find(|id| active.contains(id))
        .or_else(|| active.get(active.len() / 2))
        .copied()
}

/// What the watcher caught on the fake network.
struct Caught {
    sequence_id: u64,
    passes: Vec<(WatchPass, Duration)>,
}

/// Serves `active`'s envelopes from a fake xmtpd network where `victim` (a node of `active`, see
/// [`choose`]) equivocates on one sequence id, runs `keeper watch --once` until it relays the
/// fault, checks what it found against what the network did, and reads the slash back.
pub(super) async fn equivocate(
    tour: &Tour,
    network: &Network,
    usage: &Usage,
    epoch: u64,
    month_started: u64,
    active: &[u32],
    victim: Option<u32>,
) -> Result<Slash, DemoError> {
    let c = &tour.contracts;
    let victim = victim
        .and_then(|id| network.node(id))
        .ok_or_else(|| DemoError::Unexpected {
            epoch,
            detail: "no active node to equivocate".to_owned(),
        })?;
    let operator = victim.operator.address();

    let now = tour
        .admin
        .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
        .await
        .map_err(DemoError::Rpc)?
        .map_or(0, |b| b.header.timestamp);

    let manager = NodeSelectionManager::new(c.selection, &tour.admin);
    let token = MockXMTP::new(c.xmtp, &tour.admin);
    let reporter = tour.keeper.key().address();
    let stake_before = manager
        .stakeOf(operator)
        .call()
        .await
        .map_err(read_error("NodeSelectionManager.stakeOf"))?;
    let balance_before = token
        .balanceOf(reporter)
        .call()
        .await
        .map_err(read_error("XMTP.balanceOf"))?;

    let served: Vec<_> = active
        .iter()
        .filter_map(|id| network.node(*id))
        .map(|node| (node.id, node.signing_key.clone()))
        .collect();
    let served_nodes = served.len();
    let fake = FakeNetwork::start(served).await?;
    let caught = watch(tour, &fake, usage, epoch, victim.id).await;
    fake.stop().await;
    let caught = caught?;

    // What the watcher recorded: its finding names the node and the sequence id it was never told.
    let store_path =
        watch_store(&tour.keeper.state_dir()).ok_or_else(|| DemoError::Unexpected {
            epoch,
            detail: "the watcher left no store in the keeper's state directory".to_owned(),
        })?;
    let store = WatchStore::open_file(&store_path)?;
    let relayed = store.findings(RelayState::Relayed, 100)?;
    let found = relayed
        .iter()
        .find(|f| f.kind == "equivocation")
        .ok_or_else(|| DemoError::Unexpected {
            epoch,
            detail: "the watcher's store holds no relayed equivocation".to_owned(),
        })?;
    if (found.node_id, found.sequence_id) != (victim.id, Some(caught.sequence_id)) {
        return Err(DemoError::Unexpected {
            epoch,
            detail: format!(
                "the watcher relayed {}, the network's equivocation was node {}'s sequence id {}",
                found.id, victim.id, caught.sequence_id
            ),
        });
    }
    let mut other_findings = 0;
    for state in [
        RelayState::Pending,
        RelayState::Relayed,
        RelayState::Refused,
    ] {
        other_findings += store
            .findings(state, 1_000)?
            .iter()
            .filter(|f| f.node_id != victim.id)
            .count();
    }
    let finding = found.id.clone();
    drop(store);
    let store = store_path
        .strip_prefix(tour.keeper.state_dir().parent().unwrap_or(&store_path))
        .unwrap_or(&store_path)
        .display()
        .to_string();

    let report_id = equivocation_report_id(victim.id, caught.sequence_id);
    let stake_after = manager
        .stakeOf(operator)
        .call()
        .await
        .map_err(read_error("NodeSelectionManager.stakeOf"))?;
    let candidate = manager
        .candidate(operator)
        .call()
        .await
        .map_err(read_error("NodeSelectionManager.candidate"))?;
    let mut after = manager
        .getActiveNodeIds()
        .call()
        .await
        .map_err(read_error("NodeSelectionManager.getActiveNodeIds"))?;
    after.sort_unstable();
    let reports = MisbehaviorReports::new(c.reports, &tour.admin);
    let report = reports
        .getReport(report_id)
        .call()
        .await
        .map_err(read_error("MisbehaviorReports.getReport"))?;
    if report.reporter != reporter || report.nodeId != victim.id {
        return Err(DemoError::NotReported {
            report_id: report_id.to_string(),
        });
    }
    let slash_bps = to_u64(
        reports
            .safetySlashBps()
            .call()
            .await
            .map_err(read_error("MisbehaviorReports.safetySlashBps"))?,
    );
    let balance_after = token
        .balanceOf(reporter)
        .call()
        .await
        .map_err(read_error("XMTP.balanceOf"))?;
    let treasury_slashed = XMTPTreasury::new(c.treasury, &tour.admin)
        .slashedXmtp()
        .call()
        .await
        .map_err(read_error("XMTPTreasury.slashedXmtp"))?;

    Ok(Slash {
        node: victim.id,
        operator,
        epoch,
        day: now.saturating_sub(month_started) / (2 * network.epoch_duration) + 1,
        sequence_id: caught.sequence_id,
        report_id,
        served_nodes,
        published_per_node: PUBLISHED_PER_NODE,
        passes: caught.passes,
        finding,
        other_findings,
        store,
        stake_before,
        stake_after,
        slashed: U256::from(report.slashed),
        slash_bps,
        reporter: report.reporter,
        reward: balance_after.saturating_sub(balance_before),
        treasury_slashed,
        jailed_until: candidate.jailedUntil.to::<u64>(),
        month_started,
        registered: candidate.registered,
        replaced_by: after
            .into_iter()
            .filter(|id| !active.contains(id))
            .collect(),
        pool: None,
    })
}

/// The traffic and the fault on `fake`, then `keeper watch --once` until it relays a proven fault
/// (at most [`MAX_PASSES`]); between passes the network delivers what it still held back.
async fn watch(
    tour: &Tour,
    fake: &FakeNetwork,
    usage: &Usage,
    epoch: u64,
    victim: u32,
) -> Result<Caught, DemoError> {
    let nodes = fake.node_ids();
    // Each node's sequence ids go on from what its usage reports counted; deliveries to peers are
    // scrambled and only one per peer arrives before the first pass.
    fake.shuffle_replication(Some(epoch));
    let mut own = Vec::new();
    for &id in &nodes {
        fake.continue_after(id, usage.next_sequence(id).saturating_sub(1))?;
    }
    for index in 0..PUBLISHED_PER_NODE {
        for &id in &nodes {
            let published = if index == HIGH_S {
                fake.publish_high_s(id)?
            } else {
                fake.publish(id, format!("message {index} of node {id}").as_bytes())?
            };
            if id == victim {
                own.push(published.sequence_id);
            }
        }
    }
    fake.replicate_some(1);
    let sequence_id = own
        .get(EQUIVOCATED)
        .copied()
        .ok_or_else(|| DemoError::Unexpected {
            epoch,
            detail: format!("node {victim} is not served by the fake network"),
        })?;
    fake.equivocate(victim, sequence_id)?;

    let urls = nodes
        .iter()
        .map(|&id| Ok((id, fake.url(id)?)))
        .collect::<Result<Vec<_>, crate::fakenet::FakeNetError>>()?;
    let mut passes = Vec::new();
    while passes.len() < MAX_PASSES {
        let started = Instant::now();
        let pass = tour.keeper.watch_once(&urls).await?;
        let relayed = pass.handed > 0;
        passes.push((pass, started.elapsed()));
        if relayed {
            return Ok(Caught {
                sequence_id,
                passes,
            });
        }
        fake.replicate_now();
    }
    Err(DemoError::Unexpected {
        epoch,
        detail: format!("`keeper watch --once` relayed nothing in {MAX_PASSES} passes"),
    })
}

/// The watcher's store under the keeper's state directory (`<chain>-<witness>/watch/`).
fn watch_store(state_dir: &std::path::Path) -> Option<PathBuf> {
    std::fs::read_dir(state_dir)
        .ok()?
        .filter_map(Result::ok)
        .map(|entry| entry.path().join(WATCH_DIR).join(WATCH_STORE))
        .find(|path| path.is_file())
}

/// Prints the slashing chapter, with what the following rotations did with the node.
pub(super) fn write(slash: &Slash, month: &Month, out: &mut impl Write) -> std::io::Result<()> {
    writeln!(out, "Slashing (day {}, epoch {})", slash.day, slash.epoch)?;
    writeln!(
        out,
        "  the epoch's {} active nodes serve the node API from a fake xmtpd network (gRPC-Web on \
         127.0.0.1): {} envelopes each, one with a high-s payer signature (valid for xmtpd), \
         delivered to peers in a scrambled order; node {} also serves a second version of its \
         sequence id {}, signed with its key under another timestamp, while its peers hold the \
         first",
        slash.served_nodes, slash.published_per_node, slash.node, slash.sequence_id
    )?;
    writeln!(
        out,
        "  the watcher was not told which node or which sequence id: `keeper watch --once` ran \
         with the keeper's key and each node's address (--node-url), and read every node"
    )?;
    for (index, (pass, took)) in slash.passes.iter().enumerate() {
        if index > 0 {
            writeln!(
                out,
                "    (the network then delivered what it held back to the peers)"
            )?;
        }
        writeln!(
            out,
            "    pass {} ({:.1}s): {}",
            index + 1,
            took.as_secs_f64(),
            pass_line(pass)
        )?;
    }
    writeln!(
        out,
        "  it found node {}'s two versions of sequence id {} itself (finding {} in {}; {} against \
         any other node), proved them with the contract's rules and relayed them through the \
         keeper's key: report {}",
        slash.node,
        slash.sequence_id,
        slash.finding,
        slash.store,
        match slash.other_findings {
            0 => "none".to_owned(),
            n => n.to_string(),
        },
        slash.report_id
    )?;
    writeln!(
        out,
        "  stake of operator {}: {} -> {} XMTP ({} slashed, {})",
        slash.operator,
        xmtp(slash.stake_before),
        xmtp(slash.stake_after),
        xmtp(slash.stake_before.saturating_sub(slash.stake_after)),
        percent(slash.slash_bps)
    )?;
    if let Some(share) = &slash.pool {
        super::delegators::write_slash(share, slash.slash_bps, out)?;
        writeln!(
            out,
            "  {} XMTP slashed in all (own stake and pool), as the report records",
            xmtp(slash.slashed)
        )?;
    }
    writeln!(
        out,
        "  the reporter, the keeper {}, received {} XMTP of it from the treasury, which keeps {} \
         XMTP of slashes",
        slash.reporter,
        xmtp(slash.reward),
        xmtp(slash.treasury_slashed)
    )?;
    let jailed_days = slash.jailed_until.saturating_sub(slash.month_started) / 86_400 + 1;
    writeln!(
        out,
        "  jailed until day {jailed_days}, {} the candidate queue; its seat refilled at once by \
         node {} (not turnover)",
        if slash.registered {
            "still in"
        } else {
            "out of"
        },
        super::report::ids(&slash.replaced_by)
    )?;
    let later: Vec<_> = month
        .epochs
        .iter()
        .filter(|e| e.epoch > slash.epoch)
        .collect();
    let seated_again = later
        .iter()
        .filter(|e| e.end_set.contains(&slash.node))
        .count();
    if seated_again == 0 {
        writeln!(
            out,
            "  node {} held no seat in the {} epochs after",
            slash.node,
            later.len()
        )
    } else {
        writeln!(
            out,
            "  node {} held a seat in {seated_again} of the {} epochs after",
            slash.node,
            later.len()
        )
    }
}

/// One pass's summary: `3 nodes, 24 requests, 27 envelopes, findings equivocation 1, 1 relayed`.
fn pass_line(pass: &WatchPass) -> String {
    let findings = if pass.findings.is_empty() {
        "none".to_owned()
    } else {
        pass.findings
            .iter()
            .map(|(kind, count)| format!("{kind} {count}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!(
        "epoch {}, {} nodes, {} requests, {} envelopes, findings: {findings}; {} relayed",
        pass.epoch, pass.nodes, pass.requests, pass.envelopes, pass.handed
    )
}
