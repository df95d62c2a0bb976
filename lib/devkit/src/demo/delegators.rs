//! Delegated staking in the tour: three XMTP holders delegate to two operators' pools before the
//! month, the operators raise their commission (an increase, in force one unbonding period
//! later), one delegator undelegates before the slashing, the slash takes the same share of the
//! pool and of its unbonding as of the operator's own stake, a delegator leaves the slashed pool by
//! redelegating, and after the month delegators and operators claim their staking rewards (USDC
//! from the treasury's staking bucket, credited a 7-day interval at a time).

use std::io::Write;

use alloy::{
    primitives::{Address, U256},
    providers::{DynProvider, Provider},
    signers::local::PrivateKeySigner,
};
use xmtp_bindings::{
    delegation::Delegation::{self, DelegationErrors, StakingRewardsNotified},
    mock_usdc::MockUSDC,
    mock_xmtp::MockXMTP::{self, MockXMTPErrors},
};

use super::{
    network::Network,
    read_error,
    report::{percent, usdc_exact, xmtp, xmtp_units},
    to_u64, DemoError, Tour,
};
use crate::{
    delegation::{
        approve_and_delegate, claim_staking_rewards, claimable, delegation_of, pool, redelegate,
        set_commission, undelegate, withdraw_unbonded, DelegationView, PoolView,
    },
    devnet,
    tx::{self, Revert},
};

/// The delegators: (name, [(target index, whole XMTP)]), target 0 being the first node's operator
/// and target 1 the operator `seats` places behind it in the queue (the two are never seated at the
/// same time while every node waits its turn).
const DELEGATORS: [(&str, &[(usize, u64)]); 3] = [
    ("ana", &[(0, 20_000)]),
    ("ben", &[(0, 10_000), (1, 10_000)]),
    ("cleo", &[(1, 15_000)]),
];

/// How many of the tour's dev accounts are delegators.
pub(super) const COUNT: usize = DELEGATORS.len();

/// The delegator who undelegates part of each of its delegations two epochs before the slashing,
/// and how much (whole XMTP): unbonding when the slash comes, and slashed with the pool.
const UNDELEGATOR: usize = 1;
const UNDELEGATED: u64 = 2_000;

/// The commission each target's operator sets before the month, bps: increases from 0, in force one
/// unbonding period later.
const COMMISSIONS: [u64; 2] = [1_000, 500];

/// One USDC unit's worth of precision is what the contract pays; the tour prints small amounts
/// exactly.
fn usdc_small(amount: U256) -> String {
    usdc_exact(to_u64(amount))
}

/// A delegator of the tour.
pub(super) struct Delegator {
    name: &'static str,
    signer: PrivateKeySigner,
    provider: DynProvider,
}

/// A pool and its delegations as read at one moment.
#[derive(Debug, Clone)]
pub(super) struct PoolSnapshot {
    pub(super) pool: PoolView,
    /// (delegator name, its delegation), for the tour's delegators with anything in the pool.
    pub(super) delegations: Vec<(&'static str, DelegationView)>,
}

/// A slash as the slashed operator's pool saw it.
#[derive(Debug, Clone)]
pub(super) struct SlashShare {
    pub(super) before: PoolSnapshot,
    pub(super) after: PoolSnapshot,
}

/// The tour's delegators and the two operators they back.
pub(super) struct Delegators {
    list: Vec<Delegator>,
    /// (node id, operator) of the two pools.
    targets: [(u32, Address); 2],
    /// The commission increases not yet in force: (target index, effective at).
    pending: Vec<(usize, u64)>,
    /// The delegator that redelegated out of the slashed pool, from, to, and the refused second try.
    redelegation: Option<(usize, u32, u32, String)>,
}

impl Delegators {
    /// The node ids of the pools, in the order the tour prefers them as the equivocating node.
    pub(super) fn node_ids(&self) -> Vec<u32> {
        self.targets.iter().map(|(id, _)| *id).collect()
    }

    fn target_of(&self, node: u32) -> Option<(usize, Address)> {
        self.targets
            .iter()
            .position(|(id, _)| *id == node)
            .map(|i| (i, self.targets[i].1))
    }
}

fn delegation_address(tour: &Tour) -> Result<Address, DemoError> {
    Ok(tour.deployments.proxy(crate::deployments::DELEGATION)?)
}

/// Before the month: the delegators mint XMTP and delegate it, the two operators raise their
/// commission. Prints the chapter.
pub(super) async fn setup(
    tour: &Tour,
    network: &Network,
    signers: Vec<PrivateKeySigner>,
    out: &mut impl Write,
) -> Result<Delegators, DemoError> {
    let c = &tour.contracts;
    let address = delegation_address(tour)?;
    let second = network.seats.min(network.nodes.len() - 1);
    let targets = [&network.nodes[0], &network.nodes[second]].map(|n| (n.id, n.operator.address()));
    let list: Vec<Delegator> = DELEGATORS
        .iter()
        .zip(signers)
        .map(|((name, _), signer)| Delegator {
            name,
            provider: tour.chain.provider_for(&signer),
            signer,
        })
        .collect();
    writeln!(out, "Delegators")?;
    let contract = Delegation::new(address, &tour.admin);
    let max_bps = to_u64(
        contract
            .maxCommissionBps()
            .call()
            .await
            .map_err(read_error("Delegation.maxCommissionBps"))?,
    );
    let self_bps = to_u64(
        contract
            .minimumSelfStakeBps()
            .call()
            .await
            .map_err(read_error("Delegation.minimumSelfStakeBps"))?,
    );
    for (delegator, (_, plan)) in list.iter().zip(DELEGATORS) {
        let total: u64 = plan.iter().map(|(_, amount)| amount).sum();
        tx::send::<_, _, MockXMTPErrors, Revert<MockXMTPErrors>>(
            MockXMTP::new(c.xmtp, &delegator.provider)
                .mint(delegator.signer.address(), xmtp_units(total)),
            "XMTP",
            "mint",
        )
        .await
        .map_err(|e| DemoError::Delegate(Box::new(e.into())))?;
        let mut parts = Vec::new();
        for (target, amount) in plan.iter() {
            let (node, operator) = targets[*target];
            let delegated = approve_and_delegate(
                &delegator.provider,
                address,
                c.xmtp,
                operator,
                xmtp_units(*amount),
            )
            .await
            .map_err(|e| DemoError::Delegate(Box::new(e)))?;
            parts.push(format!(
                "{} XMTP to node {node}'s operator ({} shares)",
                xmtp(delegated.amount),
                xmtp(delegated.shares)
            ));
        }
        writeln!(
            out,
            "  {} ({}) approved and delegated {}",
            delegator.name,
            delegator.signer.address(),
            parts.join(", ")
        )?;
    }
    let now = latest_timestamp(tour).await?;
    let interval = to_u64(
        contract
            .intervalOf(U256::from(now))
            .call()
            .await
            .map_err(read_error("Delegation.intervalOf"))?,
    );
    let interval_secs = to_u64(
        contract
            .REWARD_INTERVAL()
            .call()
            .await
            .map_err(read_error("Delegation.REWARD_INTERVAL"))?,
    );
    let next = (interval + 1) * interval_secs;
    writeln!(
        out,
        "  shares of a pool are worth its XMTP over its shares, so a slash or a reward touches the \
         pool, not each delegator; the delegations earn staking rewards from the next 7-day \
         interval (interval {}, in {} h): rewards arriving in interval k are credited when it ends, \
         to the stake staked through all of it",
        interval + 1,
        next.saturating_sub(now) / 3600
    )?;
    let mut pending = Vec::new();
    for (i, bps) in COMMISSIONS.iter().enumerate() {
        let (node, _) = targets[i];
        let Some(operator) = network.node(node) else {
            continue;
        };
        let provider = tour.chain.provider_for(&operator.operator);
        let scheduled = set_commission(&provider, address, *bps)
            .await
            .map_err(|e| DemoError::Delegation(Box::new(e)))?;
        let effective = to_u64(scheduled.effectiveAt);
        let view = pool(&tour.admin, address, targets[i].1).await?;
        writeln!(
            out,
            "  node {node}'s operator set its commission to {}: an increase from {}, so it applies \
             only one unbonding period later ({} days; in force now: {}, pending {}); delegators \
             can leave before",
            percent(*bps),
            percent(to_u64(scheduled.previousBps)),
            effective.saturating_sub(now) / 86_400,
            percent(to_u64(view.commissionBps)),
            percent(to_u64(view.pendingCommissionBps))
        )?;
        pending.push((i, effective));
    }
    for (i, (node, operator)) in targets.iter().enumerate() {
        let view = pool(&tour.admin, address, *operator).await?;
        writeln!(
            out,
            "  pool {}: node {node}, own stake {} XMTP + {} XMTP delegated by {} delegator{}",
            i + 1,
            xmtp(view.ownStake),
            xmtp(view.delegatedTokens),
            view.delegators,
            super::report::plural(to_u64(view.delegators) as usize)
        )?;
    }
    writeln!(
        out,
        "  an operator is eligible when its own stake plus its pool reaches the minimum stake and its \
         own stake is at least {} of it; commissions at most {} (governance)",
        percent(self_bps),
        percent(max_bps)
    )?;
    Ok(Delegators {
        list,
        targets,
        pending,
        redelegation: None,
    })
}

/// At the start of each epoch of the month: the undelegation two epochs before the slashing, and
/// the commission increases whose time came (applied by a pool sync, anyone's). Returns the notes
/// for the day's row.
pub(super) async fn before_epoch(
    tour: &Tour,
    delegators: &mut Delegators,
    index: u64,
    slash_at: u64,
) -> Result<Vec<String>, DemoError> {
    let address = delegation_address(tour)?;
    let mut notes = Vec::new();
    if index == slash_at.saturating_sub(2) && index != slash_at {
        let delegator = &delegators.list[UNDELEGATOR];
        let (_, plan) = DELEGATORS[UNDELEGATOR];
        let mut nodes = Vec::new();
        for (target, _) in plan {
            let (node, operator) = delegators.targets[*target];
            undelegate(
                &delegator.provider,
                address,
                operator,
                xmtp_units(UNDELEGATED),
            )
            .await
            .map_err(|e| DemoError::Delegation(Box::new(e)))?;
            nodes.push(node.to_string());
        }
        notes.push(format!(
            "{} undelegated {} XMTP from each of the pools of nodes {} (7 days unbonding)",
            delegator.name,
            xmtp(xmtp_units(UNDELEGATED)),
            nodes.join(" and ")
        ));
    }
    let now = latest_timestamp(tour).await?;
    let contract = Delegation::new(address, &tour.admin);
    let mut still = Vec::new();
    for (i, effective) in std::mem::take(&mut delegators.pending) {
        if now < effective {
            still.push((i, effective));
            continue;
        }
        let (node, operator) = delegators.targets[i];
        tx::send::<_, _, DelegationErrors, Revert<DelegationErrors>>(
            contract.syncPool(operator),
            "Delegation",
            "syncPool",
        )
        .await
        .map_err(|e| DemoError::Delegation(Box::new(e.into())))?;
        let view = pool(&tour.admin, address, operator).await?;
        notes.push(format!(
            "node {node}'s commission now {} (its increase, one unbonding period on)",
            percent(to_u64(view.commissionBps))
        ));
    }
    delegators.pending = still;
    Ok(notes)
}

/// The pool of `node`'s operator and the tour's delegations in it.
pub(super) async fn snapshot(
    tour: &Tour,
    delegators: &Delegators,
    operator: Address,
) -> Result<PoolSnapshot, DemoError> {
    let address = delegation_address(tour)?;
    let view = pool(&tour.admin, address, operator).await?;
    let mut delegations = Vec::new();
    for d in &delegators.list {
        let of = delegation_of(&tour.admin, address, d.signer.address(), operator).await?;
        if !of.shares.is_zero() || !of.unbondingShares.is_zero() {
            delegations.push((d.name, of));
        }
    }
    Ok(PoolSnapshot {
        pool: view,
        delegations,
    })
}

/// After the slashing: the delegator of the slashed pool that backs no other of the two moves its
/// whole delegation to the other pool without unbonding, then tries again (refused: once per
/// unbonding period). Returns the notes for the day's row.
pub(super) async fn after_slash(
    tour: &Tour,
    delegators: &mut Delegators,
    victim: u32,
) -> Result<Vec<String>, DemoError> {
    let Some((from_index, from)) = delegators.target_of(victim) else {
        return Ok(Vec::new());
    };
    let to_index = 1 - from_index;
    let (to_node, to) = delegators.targets[to_index];
    let address = delegation_address(tour)?;
    let Some(who) = DELEGATORS.iter().position(|(_, plan)| {
        plan.iter().any(|(t, _)| *t == from_index) && !plan.iter().any(|(t, _)| *t == to_index)
    }) else {
        return Ok(Vec::new());
    };
    let delegator = &delegators.list[who];
    let held = delegation_of(&tour.admin, address, delegator.signer.address(), from).await?;
    let moved = redelegate(&delegator.provider, address, from, to, held.tokens)
        .await
        .map_err(|e| DemoError::Delegation(Box::new(e)))?;
    // A second redelegation within the unbonding period is refused: simulated, not sent.
    let again = Delegation::new(address, &delegator.provider)
        .redelegate(to, from, moved.amount / U256::from(2))
        .call()
        .await;
    let refusal = match again {
        Ok(_) => "not refused (unexpected)".to_owned(),
        Err(e) => match crate::revert::call_revert_data(&e)
            .map(|data| Revert::<DelegationErrors>::from(crate::revert::decode_revert(&data)))
        {
            Some(Revert::Known(DelegationErrors::RedelegationTooSoon(e))) => format!(
                "refused, RedelegationTooSoon: the next one {} days after the last",
                to_u64(e.allowedAt).saturating_sub(to_u64(e.redelegatedAt)) / 86_400
            ),
            Some(other) => format!("refused, {other}"),
            None => format!("failed: {e}"),
        },
    };
    delegators.redelegation = Some((who, victim, to_node, refusal.clone()));
    Ok(vec![format!(
        "{} redelegated {} XMTP from node {victim} to node {to_node} without unbonding (again: {refusal})",
        delegator.name,
        xmtp(moved.amount)
    )])
}

/// The slashing chapter's lines about the pool: each delegator's XMTP before and after, and the
/// pool's loss in bps beside the operator's.
pub(super) fn write_slash(
    share: &SlashShare,
    slash_bps: u64,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let (b, a) = (&share.before.pool, &share.after.pool);
    writeln!(
        out,
        "  its pool, shared pro rata: delegated {} -> {} XMTP ({}), unbonding {} -> {} XMTP ({}); \
         the operator's own stake lost {}",
        xmtp(b.delegatedTokens),
        xmtp(a.delegatedTokens),
        loss(b.delegatedTokens, a.delegatedTokens),
        xmtp(b.unbondingTokens),
        xmtp(a.unbondingTokens),
        loss(b.unbondingTokens, a.unbondingTokens),
        percent(slash_bps)
    )?;
    for (name, before) in &share.before.delegations {
        let Some((_, after)) = share.after.delegations.iter().find(|(n, _)| n == name) else {
            continue;
        };
        writeln!(
            out,
            "    {name:<5} {} -> {} XMTP bonded ({}), {} -> {} XMTP unbonding ({}); shares unchanged \
             ({})",
            xmtp(before.tokens),
            xmtp(after.tokens),
            loss(before.tokens, after.tokens),
            xmtp(before.unbondingTokens),
            xmtp(after.unbondingTokens),
            loss(before.unbondingTokens, after.unbondingTokens),
            xmtp(after.shares)
        )?;
    }
    Ok(())
}

/// The share of `before` lost, as a percentage (`-` when there was nothing).
fn loss(before: U256, after: U256) -> String {
    if before.is_zero() {
        return "-".to_owned();
    }
    // Hundredths of a bps: enough to show 10% as 10%, not 9.99%.
    let lost = (before - after) * U256::from(1_000_000u64) / before;
    let bps = (to_u64(lost) + 50) / 100;
    format!("-{}", percent(bps))
}

/// After the month: the staking rewards the treasury handed over, the week still being credited,
/// and the claims of the delegators and of the operators (one compared with an operator without
/// delegators, same stake: the difference is its commission). Also withdraws the undelegation.
pub(super) async fn write_rewards(
    tour: &Tour,
    network: &Network,
    delegators: &Delegators,
    slashed: Option<u32>,
    month_start: u64,
    out: &mut impl Write,
) -> Result<(), DemoError> {
    let c = &tour.contracts;
    let address = delegation_address(tour)?;
    let contract = Delegation::new(address, &tour.admin);
    let totals = contract
        .stakingRewardTotals()
        .call()
        .await
        .map_err(read_error("Delegation.stakingRewardTotals"))?;
    let held = contract
        .heldStakingRewards()
        .call()
        .await
        .map_err(read_error("Delegation.heldStakingRewards"))?;
    let interval_secs = to_u64(
        contract
            .REWARD_INTERVAL()
            .call()
            .await
            .map_err(read_error("Delegation.REWARD_INTERVAL"))?,
    );
    let in_pool = MockUSDC::new(c.usdc, &tour.admin)
        .balanceOf(address)
        .call()
        .await
        .map_err(read_error("USDC.balanceOf"))?;
    writeln!(
        out,
        "Staking rewards (USDC, the treasury's staking bucket, handed to Delegation with each \
         excess the keeper forwarded)"
    )?;
    writeln!(
        out,
        "  {} USDC handed over during the month, sent to Delegation, which holds it until claimed ({} USDC); {} \
         USDC of it not credited yet: credited at the first touch of the pools once the interval \
         it arrived in has ended",
        usdc_small(totals.notified),
        usdc_small(in_pool),
        usdc_small(held)
    )?;
    // What arrived in each interval, credited when the interval ends.
    let mut by_interval: Vec<(u64, U256, usize)> = Vec::new();
    for notified in super::rewards::logs::<StakingRewardsNotified>(tour, address).await? {
        let interval = to_u64(notified.interval);
        match by_interval.iter_mut().find(|(i, _, _)| *i == interval) {
            Some((_, amount, count)) => {
                *amount += notified.amount;
                *count += 1;
            }
            None => by_interval.push((interval, notified.amount, 1)),
        }
    }
    let day = |t: u64| t.saturating_sub(month_start) / 86_400 + 1;
    if !by_interval.is_empty() {
        writeln!(
            out,
            "  interval  days    handed over (USDC)  hand-overs  credited when it ends, on day"
        )?;
    }
    for (interval, amount, count) in &by_interval {
        let (start, end) = (interval * interval_secs, (interval + 1) * interval_secs);
        writeln!(
            out,
            "  {interval:>8}  {:<6} {:>18}  {count:>10}  {}",
            format!("{}-{}", day(start), day(end - 1)),
            usdc_small(*amount),
            day(end)
        )?;
    }
    let now = latest_timestamp(tour).await?;
    let end = (now / interval_secs + 1) * interval_secs;
    devnet::advance_to(&tour.admin, end + 1)
        .await
        .map_err(DemoError::Clock)?;
    writeln!(
        out,
        "  the clock moves {} h on, to the end of the current interval ({}): everything handed \
         over is now credited to the stake that was staked through the interval it arrived in",
        (end + 1 - now) / 3600,
        now / interval_secs
    )?;

    let usdc = MockUSDC::new(c.usdc, &tour.admin);
    writeln!(
        out,
        "  claimant             pool        claimed (USDC)  USDC held after"
    )?;
    let mut claimed_by_operators: Vec<(u32, U256)> = Vec::new();
    for d in &delegators.list {
        for (node, operator) in &delegators.targets {
            let amount = claimable(&tour.admin, address, *operator, d.signer.address()).await?;
            if amount.is_zero() {
                continue;
            }
            let claim = claim_staking_rewards(&d.provider, address, *operator)
                .await
                .map_err(|e| DemoError::Delegation(Box::new(e)))?;
            let balance = usdc
                .balanceOf(d.signer.address())
                .call()
                .await
                .map_err(read_error("USDC.balanceOf"))?;
            writeln!(
                out,
                "  {:<20} node {node:<6} {:>14}  {:>15}",
                format!("delegator {}", d.name),
                usdc_small(claim.amount),
                usdc_small(balance)
            )?;
        }
    }
    // The operators of the two pools, and for comparison the operator queued right after the
    // first unslashed one: the same own stake and the same seats' history, no delegators.
    let compared = delegators
        .targets
        .iter()
        .map(|(id, _)| *id)
        .find(|id| Some(*id) != slashed)
        .and_then(|id| {
            let i = network.nodes.iter().position(|n| n.id == id)?;
            network
                .nodes
                .get(i + 1)
                .filter(|n| Some(n.id) != slashed)
                .map(|n| (id, n.id))
        });
    let mut operators: Vec<u32> = delegators.node_ids();
    if let Some((_, other)) = compared {
        operators.push(other);
    }
    for node in operators {
        let Some(seated) = network.node(node) else {
            continue;
        };
        let provider = tour.chain.provider_for(&seated.operator);
        let operator = seated.operator.address();
        let amount = claimable(&tour.admin, address, operator, operator).await?;
        if amount.is_zero() {
            continue;
        }
        let claim = claim_staking_rewards(&provider, address, operator)
            .await
            .map_err(|e| DemoError::Delegation(Box::new(e)))?;
        let balance = usdc
            .balanceOf(operator)
            .call()
            .await
            .map_err(read_error("USDC.balanceOf"))?;
        let view = pool(&tour.admin, address, operator).await?;
        writeln!(
            out,
            "  {:<20} node {node:<6} {:>14}  {:>15}  (own stake{}{})",
            format!("operator of {node}"),
            usdc_small(claim.amount),
            usdc_small(balance),
            if view.delegatedShares.is_zero() && view.delegators.is_zero() {
                ""
            } else {
                " + commission "
            },
            if view.delegatedShares.is_zero() && view.delegators.is_zero() {
                String::new()
            } else {
                percent(to_u64(view.commissionBps))
            }
        )?;
        claimed_by_operators.push((node, claim.amount));
    }
    if let Some((with, without)) = compared {
        let get = |id| {
            claimed_by_operators
                .iter()
                .find(|(n, _)| *n == id)
                .map(|(_, a)| *a)
        };
        if let (Some(a), Some(b)) = (get(with), get(without)) {
            let commission = a.saturating_sub(b);
            if commission.is_zero() {
                writeln!(
                    out,
                    "  node {with}'s operator and node {without}'s staked the same XMTP and claimed \
                     the same: node {with}'s commission increase was not in force yet when these \
                     rewards were credited (rewards up to the sync that applies it are split at \
                     the old rate)"
                )?;
            } else {
                writeln!(
                    out,
                    "  node {with}'s operator and node {without}'s staked the same XMTP all month; \
                     the {} USDC between their claims is node {with}'s commission on its \
                     delegators' rewards (to the rounding)",
                    usdc_small(commission)
                )?;
            }
        }
    }
    let totals = contract
        .stakingRewardTotals()
        .call()
        .await
        .map_err(read_error("Delegation.stakingRewardTotals"))?;
    if totals.claimed.is_zero() {
        writeln!(
            out,
            "  nothing to claim: no excess above the cap reached the staking bucket in time to be \
             credited (the full tour forwards some every few days)"
        )?;
    }
    writeln!(
        out,
        "  claimed so far {} of {} USDC handed over (the rest: the other operators' own stakes, \
         unclaimed)",
        usdc_small(totals.claimed),
        usdc_small(totals.notified)
    )?;

    // The undelegation: the clock moves to its release if it is not over yet (a short tour).
    let delegator = &delegators.list[UNDELEGATOR];
    let mut parts = Vec::new();
    let mut waited = 0;
    for (node, operator) in &delegators.targets {
        let of = delegation_of(&tour.admin, address, delegator.signer.address(), *operator).await?;
        if of.unbondingShares.is_zero() {
            continue;
        }
        let (now, release) = (latest_timestamp(tour).await?, to_u64(of.releaseAt));
        if release > now {
            devnet::advance_to(&tour.admin, release)
                .await
                .map_err(DemoError::Clock)?;
            waited += release - now;
        }
        let withdrawn = withdraw_unbonded(&delegator.provider, address, *operator)
            .await
            .map_err(|e| DemoError::Delegation(Box::new(e)))?;
        parts.push(format!(
            "{} XMTP from node {node}'s pool",
            xmtp(withdrawn.amount)
        ));
    }
    if !parts.is_empty() {
        writeln!(
            out,
            "  {} withdrew its unbonded XMTP (withdrawUnbonded{}): {}{}",
            delegator.name,
            if waited > 0 {
                format!(
                    ", the clock moved {} h on to its release",
                    waited.div_ceil(3600)
                )
            } else {
                String::new()
            },
            parts.join(", "),
            if slashed.is_some() {
                " (the slashed pool's less its slash)"
            } else {
                ""
            }
        )?;
    }
    if let Some((who, from, to, refusal)) = &delegators.redelegation {
        writeln!(
            out,
            "  {} redelegated from node {from} to node {to} after the slashing; a second \
             redelegation within the unbonding period: {refusal}",
            delegators.list[*who].name
        )?;
    }
    Ok(())
}

async fn latest_timestamp(tour: &Tour) -> Result<u64, DemoError> {
    Ok(tour
        .admin
        .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
        .await
        .map_err(DemoError::Rpc)?
        .map_or(0, |b| b.header.timestamp))
}
