//! Mid-month, a node equivocates: it signs two different envelopes for one sequence id. The
//! evidence goes to the real `keeper relay`, which verifies it with the contract's rules and
//! submits it; the node is slashed, jailed, and its seat refilled at once.

use std::io::Write;

use alloy::{
    primitives::{Address, Bytes, B256, U256},
    providers::Provider,
    signers::local::PrivateKeySigner,
};
use xmtp_bindings::{
    misbehavior_reports::MisbehaviorReports, mock_xmtp::MockXMTP,
    node_selection_manager::NodeSelectionManager, xmtp_treasury::XMTPTreasury,
};

use super::{
    month::Month,
    network::Network,
    read_error,
    report::{percent, xmtp},
    to_u64,
    usage::Usage,
    DemoError, Tour,
};
use crate::{
    evidence::{
        equivocation_report_id, PayerEnvelope, SignedOriginatorEnvelope, UnsignedOriginatorEnvelope,
    },
    keeper::relay::{Evidence, SignedEnvelope},
};

/// The two conflicting payloads the node signed under one sequence id.
const PAYLOADS: [&[u8]; 2] = [
    b"carol: the meeting is at 10",
    b"carol: the meeting is at 11",
];

/// Days a payer envelope asks the message to be kept.
const RETENTION_DAYS: u32 = 30;

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
    /// The sequence id signed twice.
    pub(super) sequence_id: u64,
    /// The report id `keeper relay` printed.
    pub(super) report_id: B256,
    /// What `keeper relay` said on stderr.
    pub(super) note: String,
    /// The evidence file's name in the keeper's temporary folder.
    pub(super) evidence_file: String,
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

/// Has `victim` (a node of `active`, see [`choose`]) sign two envelopes for its last sequence id
/// and relays the evidence with `keeper relay`; reads the slash back.
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
    let sequence_id = usage.next_sequence(victim.id).saturating_sub(1).max(1);

    let now = tour
        .admin
        .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
        .await
        .map_err(DemoError::Rpc)?
        .map_or(0, |b| b.header.timestamp);
    let payer = PrivateKeySigner::random();
    let mut envelopes = Vec::new();
    for (i, payload) in PAYLOADS.iter().enumerate() {
        let payer_envelope = PayerEnvelope::signed(
            &payer,
            Bytes::from_static(payload),
            victim.id,
            RETENTION_DAYS,
        )?
        .encode();
        let unsigned = UnsignedOriginatorEnvelope {
            originator_node_id: victim.id,
            originator_sequence_id: sequence_id,
            originator_ns: i64::try_from(now * 1_000_000_000 + i as u64 * 1_000_000)
                .unwrap_or(i64::MAX),
            payer_envelope_bytes: payer_envelope,
            other_fields: Bytes::new(),
        };
        let signed = SignedOriginatorEnvelope::sign(&unsigned, &victim.signing_key)?;
        envelopes.push(SignedEnvelope {
            unsigned_originator_envelope: signed.unsigned,
            signature: signed.signature,
        });
    }
    let [first, second]: [SignedEnvelope; 2] =
        envelopes
            .try_into()
            .map_err(|_: Vec<SignedEnvelope>| DemoError::Unexpected {
                epoch,
                detail: "two envelopes expected".to_owned(),
            })?;
    let evidence = Evidence::Equivocation {
        node_id: victim.id,
        envelopes: [first, second],
    };

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

    let (relayed, file) = tour.keeper.relay(&evidence).await?;
    let expected = equivocation_report_id(victim.id, sequence_id);
    if relayed.report_id != expected {
        return Err(DemoError::ReportId {
            printed: relayed.report_id.to_string(),
            expected: expected.to_string(),
        });
    }

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
        .getReport(relayed.report_id)
        .call()
        .await
        .map_err(read_error("MisbehaviorReports.getReport"))?;
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
        sequence_id,
        report_id: relayed.report_id,
        note: relayed.note,
        evidence_file: file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
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

/// Prints the slashing chapter, with what the following rotations did with the node.
pub(super) fn write(slash: &Slash, month: &Month, out: &mut impl Write) -> std::io::Result<()> {
    writeln!(out, "Slashing (day {}, epoch {})", slash.day, slash.epoch)?;
    writeln!(
        out,
        "  node {} signed two envelopes for its sequence id {} with different timestamps and \
         payloads ({:?} / {:?})",
        slash.node,
        slash.sequence_id,
        String::from_utf8_lossy(PAYLOADS[0]),
        String::from_utf8_lossy(PAYLOADS[1])
    )?;
    writeln!(
        out,
        "  `keeper relay {}` verified the evidence with the contract's rules and submitted it: \
         report {}",
        slash.evidence_file, slash.report_id
    )?;
    if !slash.note.is_empty() {
        writeln!(out, "    ({})", slash.note)?;
    }
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
