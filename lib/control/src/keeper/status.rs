//! The suite's state as the keeper sees it, read in ONE call (`Automation.status`), and its two
//! renderings for `keeper status`: readable text and stable JSON. `keeper status` adds each active
//! operator's pool ([`OperatorPool`], `Delegation.pool`), read at the same block; the keeper's
//! passes never need it.

use std::fmt::Write as _;

use alloy::{
    eips::BlockId,
    primitives::{Address, U256},
    providers::Provider,
};
use serde_json::{json, Value};
use xmtp_bindings::{
    automation::{Automation, IAutomation},
    delegation::{Delegation, IDelegation},
    node_selection_manager::NodeSelectionManager,
};

/// One periodic step, with its bit in `Automation`'s `dueSteps` mask (`ROTATE_STEP` etc.).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    /// `NodeSelectionManager.rotateNodes`.
    Rotate,
    /// `Payers.forwardFees`.
    ForwardFees,
    /// `RewardDistributor.distributeRewards`.
    Distribute,
    /// `RewardDistributor.forwardExcess`.
    ForwardExcess,
    /// `RewardDistributor.executePayouts`.
    Payout,
}

impl Step {
    /// Every step, in the order a pass does them: a rotation closes the epoch to distribute, fees
    /// reach the pool before the distribution, which sets the excess aside and closes periods.
    pub const ORDER: [Self; 5] = [
        Self::Rotate,
        Self::ForwardFees,
        Self::Distribute,
        Self::ForwardExcess,
        Self::Payout,
    ];

    /// The step's bit in `Automation.dueSteps()`.
    pub fn bit(self) -> u64 {
        match self {
            Self::Rotate => 1 << 0,
            Self::ForwardFees => 1 << 1,
            Self::Distribute => 1 << 2,
            Self::ForwardExcess => 1 << 3,
            Self::Payout => 1 << 4,
        }
    }

    /// The step's name in logs, JSON and metrics.
    pub fn name(self) -> &'static str {
        match self {
            Self::Rotate => "rotate",
            Self::ForwardFees => "forward_fees",
            Self::Distribute => "distribute",
            Self::ForwardExcess => "forward_excess",
            Self::Payout => "payout",
        }
    }
}

/// The steps due, as `Automation.dueSteps()` reports them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DueSteps(pub u64);

impl DueSteps {
    /// Whether `step` is due.
    pub fn contains(self, step: Step) -> bool {
        self.0 & step.bit() != 0
    }

    /// The due steps, in pass order.
    pub fn steps(self) -> impl Iterator<Item = Step> {
        Step::ORDER
            .into_iter()
            .filter(move |step| self.contains(*step))
    }

    /// Whether nothing is due.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// The treasury's USDC buckets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Buckets {
    /// Set aside for buyback and burn.
    pub buyback: U256,
    /// Set aside for stakers.
    pub staking_rewards: U256,
    /// The treasury's own share.
    pub treasury: U256,
}

/// The suite's state at one block, as one `Automation.status` call returns it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    /// The chain (read once at start, not per snapshot).
    pub chain_id: u64,
    /// The keeper's address, when a key is configured.
    pub keeper: Option<Address>,
    /// The block read.
    pub block_number: u64,
    /// That block's timestamp.
    pub timestamp: u64,
    /// The selection manager's current epoch (the last one rotated into).
    pub epoch: u64,
    /// When the next rotation is due.
    pub next_rotation_at: u64,
    /// The epoch length in seconds.
    pub epoch_duration: u64,
    /// The nodes in the active set.
    pub active_node_ids: Vec<u32>,
    /// The active set's target size.
    pub active_set_size: u64,
    /// What `Automation` says is due.
    pub due: DueSteps,
    /// Settled fees not yet forwarded to the distributor (USDC units).
    pub backed_fees: U256,
    /// Epochs whose report window has closed, not yet distributed.
    pub pending_epochs: u64,
    /// When the next epoch becomes distributable (its report window closes; in the past while
    /// epochs are pending).
    pub next_distribution_at: u64,
    /// The distributor's undistributed pool (USDC units).
    pub pool: U256,
    /// Excess above the cap waiting for the treasury (USDC units).
    pub pending_excess: U256,
    /// The open payout period.
    pub current_period: u64,
    /// When the open payout period is expected to close.
    pub next_payout_at: u64,
    /// Node payouts left in closed periods.
    pub pending_payouts: u64,
    /// The treasury's buckets.
    pub treasury: Buckets,
    /// The treasury's base-pay reserve (USDC units).
    pub base_pay_reserve: U256,
    /// How many months of the full active set's base pay the reserve covers, in bps
    /// (`U256::MAX` when base pay is zero).
    pub reserve_months_bps: U256,
    /// The keeper's native balance (wei); zero without a key.
    pub keeper_balance: U256,
    /// Whether Payers is paused.
    pub payers_paused: bool,
    /// Whether the distributor is paused.
    pub distributor_paused: bool,
}

/// A count or timestamp that fits in a `u64` on any real chain; saturates rather than fails.
fn small(value: U256) -> u64 {
    u64::try_from(value).unwrap_or(u64::MAX)
}

#[cfg(test)]
impl Snapshot {
    /// A read of an idle suite at chain time `timestamp`, for tests to change what they need.
    pub(crate) fn idle(timestamp: u64) -> Self {
        Self {
            chain_id: 1,
            keeper: None,
            block_number: 1,
            timestamp,
            epoch: 1,
            next_rotation_at: 1_000,
            epoch_duration: 43_200,
            active_node_ids: vec![],
            active_set_size: 0,
            due: DueSteps::default(),
            backed_fees: Default::default(),
            pending_epochs: 0,
            next_distribution_at: 900,
            pool: Default::default(),
            pending_excess: Default::default(),
            current_period: 0,
            next_payout_at: 5_000,
            pending_payouts: 0,
            treasury: Buckets {
                buyback: Default::default(),
                staking_rewards: Default::default(),
                treasury: Default::default(),
            },
            base_pay_reserve: Default::default(),
            reserve_months_bps: Default::default(),
            keeper_balance: Default::default(),
            payers_paused: false,
            distributor_paused: false,
        }
    }
}

impl Snapshot {
    /// Reads the state with one `eth_call` to `Automation.status(keeper)`.
    pub async fn read<P: Provider>(
        provider: &P,
        automation: Address,
        chain_id: u64,
        keeper: Option<Address>,
    ) -> Result<Self, alloy::contract::Error> {
        let status = Automation::new(automation, provider)
            .status(keeper.unwrap_or(Address::ZERO))
            .call()
            .await?;
        Ok(Self::from_status(status, chain_id, keeper))
    }

    /// The snapshot of a decoded `Automation.status` result.
    pub fn from_status(
        status: IAutomation::Status,
        chain_id: u64,
        keeper: Option<Address>,
    ) -> Self {
        Self {
            chain_id,
            keeper,
            block_number: small(status.blockNumber),
            timestamp: small(status.timestamp),
            epoch: small(status.epoch),
            next_rotation_at: small(status.nextRotationAt),
            epoch_duration: small(status.epochDuration),
            active_node_ids: status.activeNodeIds,
            active_set_size: small(status.activeSetSize),
            due: DueSteps(small(status.dueSteps)),
            backed_fees: status.backedFees,
            pending_epochs: small(status.pendingEpochs),
            next_distribution_at: small(status.nextDistributionAt),
            pool: status.pool,
            pending_excess: status.pendingExcess,
            current_period: small(status.currentPeriod),
            next_payout_at: small(status.nextPayoutAt),
            pending_payouts: small(status.pendingPayouts),
            treasury: Buckets {
                buyback: status.buybackBalance,
                staking_rewards: status.stakingRewardsBalance,
                treasury: status.treasuryBalance,
            },
            base_pay_reserve: status.basePayReserve,
            reserve_months_bps: status.basePayReserveMonthsBps,
            keeper_balance: if keeper.is_some() {
                status.accountBalance
            } else {
                U256::ZERO
            },
            payers_paused: status.payersPaused,
            distributor_paused: status.distributorPaused,
        }
    }

    /// Whether the next rotation is due at this block.
    pub fn rotation_due(&self) -> bool {
        self.timestamp >= self.next_rotation_at
    }

    /// Whether the next epoch's report window has closed (it is distributable once its rotation
    /// happened).
    pub fn distribution_due(&self) -> bool {
        self.timestamp >= self.next_distribution_at
    }

    /// The months of base pay the reserve covers, e.g. `2.5`, or `unlimited` when base pay is zero.
    pub fn reserve_months(&self) -> String {
        if self.reserve_months_bps == U256::MAX {
            return "unlimited".to_owned();
        }
        // Two decimals, rounded down.
        decimal(self.reserve_months_bps / U256::from(100), 2)
    }

    /// Whole epochs that went by without a rotation: 0 when the rotation is merely due.
    pub fn missed_epochs(&self) -> u64 {
        if !self.rotation_due() || self.epoch_duration == 0 {
            return 0;
        }
        (self.timestamp - self.next_rotation_at) / self.epoch_duration
    }

    /// The stable JSON of `keeper status --json`: amounts in base units as decimal strings,
    /// counts and unix timestamps as numbers. Fields are only ever added.
    pub fn to_json(&self) -> Value {
        json!({
            "chain_id": self.chain_id,
            "block": self.block_number,
            "timestamp": self.timestamp,
            "epoch": self.epoch,
            "epoch_duration": self.epoch_duration,
            "next_rotation_at": self.next_rotation_at,
            "rotation_due": self.rotation_due(),
            "missed_epochs": self.missed_epochs(),
            "active_nodes": self.active_node_ids,
            "active_set_size": self.active_set_size,
            "due_steps": self.due.steps().map(Step::name).collect::<Vec<_>>(),
            "distribution": {
                "pending_epochs": self.pending_epochs,
                "next_distribution_at": self.next_distribution_at,
                "distribution_due": self.distribution_due(),
                "pool": self.pool.to_string(),
                "backed_fees": self.backed_fees.to_string(),
                "pending_excess": self.pending_excess.to_string(),
            },
            "payouts": {
                "current_period": self.current_period,
                "next_payout_at": self.next_payout_at,
                "pending_payouts": self.pending_payouts,
            },
            "treasury": {
                "buyback": self.treasury.buyback.to_string(),
                "staking_rewards": self.treasury.staking_rewards.to_string(),
                "treasury": self.treasury.treasury.to_string(),
                "base_pay_reserve": self.base_pay_reserve.to_string(),
                // Null when base pay is zero (the reserve covers any time).
                "base_pay_reserve_months_bps": (self.reserve_months_bps != U256::MAX)
                    .then(|| self.reserve_months_bps.to_string()),
            },
            "paused": {
                "payers": self.payers_paused,
                "distributor": self.distributor_paused,
            },
            "keeper": self.keeper.map(|address| json!({
                "address": address,
                "balance_wei": self.keeper_balance.to_string(),
            })),
        })
    }

    /// The readable rendering of `keeper status`.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let due = |at: u64| relative(at, self.timestamp);
        // Writing to a String cannot fail.
        let _ = writeln!(
            out,
            "chain {}  block {} at {}",
            self.chain_id,
            self.block_number,
            utc(self.timestamp)
        );
        let _ = writeln!(
            out,
            "epoch           {} ({} s); next rotation at {} ({}){}",
            self.epoch,
            self.epoch_duration,
            utc(self.next_rotation_at),
            due(self.next_rotation_at),
            match self.missed_epochs() {
                0 => String::new(),
                missed => format!(", {missed} epoch(s) missed"),
            }
        );
        let _ = writeln!(
            out,
            "active nodes    {} of {}: {}",
            self.active_node_ids.len(),
            self.active_set_size,
            list(&self.active_node_ids)
        );
        let _ = writeln!(
            out,
            "distribution    {} epoch(s) pending; pool {} USDC; fees to forward {} USDC; excess to forward {} USDC{}",
            self.pending_epochs,
            usdc(self.pool),
            usdc(self.backed_fees),
            usdc(self.pending_excess),
            if self.distributor_paused { " (distributor paused)" } else { "" }
        );
        let _ = writeln!(
            out,
            "next distrib.   at {} ({}), when the next epoch's report window closes{}",
            utc(self.next_distribution_at),
            due(self.next_distribution_at),
            if self.pending_epochs > 0 {
                "; epochs are pending now"
            } else if self.distribution_due() && self.rotation_due() {
                "; distributable once the rotation is done"
            } else {
                ""
            }
        );
        let _ = writeln!(
            out,
            "payouts         period {} closes at {} ({}); {} node payout(s) pending",
            self.current_period,
            utc(self.next_payout_at),
            due(self.next_payout_at),
            self.pending_payouts
        );
        let _ = writeln!(
            out,
            "treasury        buyback {} USDC; staking rewards {} USDC; treasury {} USDC",
            usdc(self.treasury.buyback),
            usdc(self.treasury.staking_rewards),
            usdc(self.treasury.treasury)
        );
        let _ = writeln!(
            out,
            "base-pay reserve {} USDC, {} month(s) of the full set's base pay",
            usdc(self.base_pay_reserve),
            self.reserve_months()
        );
        let steps: Vec<&str> = self.due.steps().map(Step::name).collect();
        let _ = writeln!(
            out,
            "due now         {}",
            if steps.is_empty() {
                "nothing".to_owned()
            } else {
                steps.join(", ")
            }
        );
        match self.keeper {
            Some(address) => {
                let _ = writeln!(
                    out,
                    "keeper          {address}: {} ETH",
                    ether(self.keeper_balance)
                );
            }
            None => {
                let _ = writeln!(out, "keeper          no key configured");
            }
        }
        out
    }
}

/// One active operator's stake as `keeper status` shows it: its own stake and its pool
/// (`Delegation.pool`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperatorPool {
    /// The node the operator holds a seat with.
    pub node_id: u32,
    /// The operator (the address the selection manager knows it by).
    pub operator: Address,
    /// Its own stake, as the selection manager last reported it to `Delegation` (XMTP units).
    pub own_stake: U256,
    /// XMTP delegated to its pool, bonded (XMTP units).
    pub delegated: U256,
    /// XMTP undelegated from its pool and still unbonding (slashable until withdrawn).
    pub unbonding: U256,
    /// Delegations with shares in the pool.
    pub delegators: u64,
    /// The commission as set, in bps of the delegated part's staking rewards.
    pub commission_bps: u64,
    /// An increase waiting for its time: the bps and when it applies (unix seconds).
    pub pending_commission: Option<(u64, u64)>,
}

impl OperatorPool {
    /// The pool view of `operator`, seated with `node_id`.
    pub fn from_view(node_id: u32, operator: Address, view: &IDelegation::PoolView) -> Self {
        Self {
            node_id,
            operator,
            own_stake: view.ownStake,
            delegated: view.delegatedTokens,
            unbonding: view.unbondingTokens,
            delegators: small(view.delegators),
            commission_bps: small(view.commissionBps),
            pending_commission: (!view.commissionEffectiveAt.is_zero()).then(|| {
                (
                    small(view.pendingCommissionBps),
                    small(view.commissionEffectiveAt),
                )
            }),
        }
    }
}

/// What `keeper status` shows: the suite's state and each active operator's pool, read at the
/// same block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// The suite's state (one `Automation.status` call).
    pub snapshot: Snapshot,
    /// The governance maximum commission (`Delegation.maxCommissionBps`): a commission set above
    /// it takes the maximum.
    pub max_commission_bps: u64,
    /// The active operators' pools, in the active set's order.
    pub operators: Vec<OperatorPool>,
}

impl Status {
    /// Reads the snapshot ([`Snapshot::read`]), then, at its block, the active set
    /// (`NodeSelectionManager.activeSetAt(epoch)`), `Delegation.maxCommissionBps` and each active
    /// operator's `Delegation.pool`: one call per operator.
    pub async fn read<P: Provider>(
        provider: &P,
        contracts: &super::jobs::Contracts,
        chain_id: u64,
        keeper: Option<Address>,
    ) -> Result<Self, StatusError> {
        let snapshot = Snapshot::read(provider, contracts.automation, chain_id, keeper)
            .await
            .map_err(StatusError::read("Automation.status"))?;
        let block = BlockId::number(snapshot.block_number);
        let set = NodeSelectionManager::new(contracts.selection, provider)
            .activeSetAt(U256::from(snapshot.epoch))
            .block(block)
            .call()
            .await
            .map_err(StatusError::read("NodeSelectionManager.activeSetAt"))?;
        let delegation = Delegation::new(contracts.delegation, provider);
        let max_commission_bps = small(
            delegation
                .maxCommissionBps()
                .block(block)
                .call()
                .await
                .map_err(StatusError::read("Delegation.maxCommissionBps"))?,
        );
        let mut operators = Vec::with_capacity(set.operators.len());
        for (node_id, operator) in set.nodeIds.into_iter().zip(set.operators) {
            let view = delegation
                .pool(operator)
                .block(block)
                .call()
                .await
                .map_err(StatusError::read("Delegation.pool"))?;
            operators.push(OperatorPool::from_view(node_id, operator, &view));
        }
        Ok(Self {
            snapshot,
            max_commission_bps,
            operators,
        })
    }

    /// The snapshot's JSON ([`Snapshot::to_json`]) with `max_commission_bps` and `operators`
    /// added: per operator its node, address, `own_stake`, `delegated_stake` and `unbonding`
    /// (XMTP units, decimal strings), `delegators`, `commission_bps` (as set),
    /// `effective_commission_bps` (capped by the maximum) and `pending_commission`
    /// (`{"bps", "effective_at"}`, or null).
    pub fn to_json(&self) -> Value {
        let mut json = self.snapshot.to_json();
        json["max_commission_bps"] = json!(self.max_commission_bps);
        json["operators"] = self
            .operators
            .iter()
            .map(|pool| {
                json!({
                    "node_id": pool.node_id,
                    "operator": pool.operator,
                    "own_stake": pool.own_stake.to_string(),
                    "delegated_stake": pool.delegated.to_string(),
                    "unbonding": pool.unbonding.to_string(),
                    "delegators": pool.delegators,
                    "commission_bps": pool.commission_bps,
                    "effective_commission_bps": pool.commission_bps.min(self.max_commission_bps),
                    "pending_commission": pool.pending_commission.map(|(bps, at)| json!({
                        "bps": bps,
                        "effective_at": at,
                    })),
                })
            })
            .collect();
        json
    }

    /// The snapshot's text ([`Snapshot::render`]) and one line per active operator.
    pub fn render(&self) -> String {
        let mut out = self.snapshot.render();
        if self.operators.is_empty() {
            let _ = writeln!(out, "operators       none active");
        }
        for pool in &self.operators {
            let commission = if pool.commission_bps > self.max_commission_bps {
                format!(
                    "{} bps (set {}, capped by the maximum)",
                    self.max_commission_bps, pool.commission_bps
                )
            } else {
                format!("{} bps", pool.commission_bps)
            };
            let pending = match pool.pending_commission {
                Some((bps, at)) => format!(
                    ", {bps} bps from {} ({})",
                    utc(at),
                    relative(at, self.snapshot.timestamp)
                ),
                None => String::new(),
            };
            let unbonding = if pool.unbonding.is_zero() {
                String::new()
            } else {
                format!(", {} XMTP unbonding", xmtp(pool.unbonding))
            };
            let _ = writeln!(
                out,
                "operator        node {} {}: own {} XMTP; delegated {} XMTP by {} delegator(s){unbonding}; commission {commission}{pending}",
                pool.node_id,
                pool.operator,
                xmtp(pool.own_stake),
                xmtp(pool.delegated),
                pool.delegators,
            );
        }
        out
    }
}

/// Why `keeper status` could not read the state.
#[derive(Debug, thiserror::Error)]
#[error("reading {what}")]
pub struct StatusError {
    /// The call, e.g. `Delegation.pool`.
    pub what: &'static str,
    /// The failure (boxed: errors travel by value).
    #[source]
    pub source: Box<alloy::contract::Error>,
}

impl StatusError {
    fn read(what: &'static str) -> impl FnOnce(alloy::contract::Error) -> Self {
        move |source| Self {
            what,
            source: Box::new(source),
        }
    }
}

/// An 18-decimal token amount (XMTP) in whole units, e.g. `10000` or `0.5`.
pub fn xmtp(units: U256) -> String {
    decimal(units, 18)
}

fn list(ids: &[u32]) -> String {
    if ids.is_empty() {
        return "none".to_owned();
    }
    ids.iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// A unix timestamp as UTC, e.g. `2026-11-25 18:05:09 UTC` (proleptic Gregorian calendar).
pub fn utc(timestamp: u64) -> String {
    // Howard Hinnant's days-to-civil algorithm, for days since 1970-01-01.
    let days = timestamp / 86_400;
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let seconds = timestamp % 86_400;
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02} UTC",
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    )
}

/// `at` relative to `now`, e.g. `in 3h 12m` or `2m 5s ago`.
fn relative(at: u64, now: u64) -> String {
    let span = |seconds: u64| {
        let (d, h, m, s) = (
            seconds / 86_400,
            seconds / 3600 % 24,
            seconds / 60 % 60,
            seconds % 60,
        );
        match (d, h, m) {
            (0, 0, 0) => format!("{s}s"),
            (0, 0, _) => format!("{m}m {s}s"),
            (0, _, _) => format!("{h}h {m}m"),
            _ => format!("{d}d {h}h"),
        }
    };
    if at >= now {
        format!("in {}", span(at - now))
    } else {
        format!("{} ago", span(now - at))
    }
}

/// A 6-decimal token amount in whole units, e.g. `1234.5` for 1,234,500,000.
pub fn usdc(units: U256) -> String {
    decimal(units, 6)
}

/// A wei amount in ETH to at most six decimals (truncated), e.g. `0.05`.
pub fn ether(wei: U256) -> String {
    decimal(wei - wei % U256::from(1_000_000_000_000u64), 18)
}

fn decimal(value: U256, decimals: u8) -> String {
    let scale = U256::from(10u64).pow(U256::from(decimals));
    let (whole, fraction) = (value / scale, value % scale);
    if fraction.is_zero() {
        return whole.to_string();
    }
    let fraction = format!("{fraction:0>width$}", width = usize::from(decimals));
    format!("{whole}.{}", fraction.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status() -> IAutomation::Status {
        IAutomation::Status {
            dueSteps: U256::from(Step::Rotate.bit() | Step::Payout.bit()),
            blockNumber: U256::from(120),
            timestamp: U256::from(100_000),
            epoch: U256::from(4),
            nextRotationAt: U256::from(100_000 - 43_200 - 5),
            epochDuration: U256::from(43_200),
            activeNodeIds: vec![100, 200, 300],
            activeSetSize: U256::from(10),
            backedFees: U256::from(1_500_000),
            pendingEpochs: U256::from(2),
            nextDistributionAt: U256::from(99_000),
            pool: U256::from(12_345_678),
            pendingExcess: U256::ZERO,
            currentPeriod: U256::from(1),
            nextPayoutAt: U256::from(200_000),
            pendingPayouts: U256::from(3),
            buybackBalance: U256::from(1),
            stakingRewardsBalance: U256::from(2),
            treasuryBalance: U256::from(3),
            basePayReserve: U256::from(25_000_000_000u64),
            basePayReserveMonthsBps: U256::from(25_000),
            accountBalance: U256::from(50_000_000_000_000_000u64),
            payersPaused: false,
            distributorPaused: true,
        }
    }

    #[test]
    fn due_steps_follow_the_pass_order() {
        let due = DueSteps(Step::Payout.bit() | Step::Rotate.bit() | Step::Distribute.bit());
        assert_eq!(
            due.steps().collect::<Vec<_>>(),
            vec![Step::Rotate, Step::Distribute, Step::Payout]
        );
        assert!(DueSteps::default().is_empty());
    }

    #[test]
    fn counts_missed_epochs() {
        let snapshot = Snapshot::from_status(status(), 31337, None);
        assert!(snapshot.rotation_due());
        assert_eq!(snapshot.missed_epochs(), 1);
        let mut on_time = status();
        on_time.nextRotationAt = U256::from(99_999);
        assert_eq!(Snapshot::from_status(on_time, 1, None).missed_epochs(), 0);
    }

    #[test]
    fn json_is_stable() {
        let keeper = Address::repeat_byte(0xaa);
        let json = Snapshot::from_status(status(), 31337, Some(keeper)).to_json();
        assert_eq!(json["epoch"], 4);
        assert_eq!(json["due_steps"], json!(["rotate", "payout"]));
        assert_eq!(json["distribution"]["pool"], "12345678");
        assert_eq!(json["payouts"]["pending_payouts"], 3);
        assert_eq!(json["paused"]["distributor"], true);
        assert_eq!(json["keeper"]["balance_wei"], "50000000000000000");
        assert_eq!(json["distribution"]["next_distribution_at"], 99_000);
        assert_eq!(json["distribution"]["distribution_due"], true);
        assert_eq!(json["treasury"]["base_pay_reserve"], "25000000000");
        assert_eq!(json["treasury"]["base_pay_reserve_months_bps"], "25000");
        let mut no_base_pay = status();
        no_base_pay.basePayReserveMonthsBps = U256::MAX;
        assert_eq!(
            Snapshot::from_status(no_base_pay, 1, None).to_json()["treasury"]
                ["base_pay_reserve_months_bps"],
            Value::Null
        );
        assert_eq!(
            Snapshot::from_status(status(), 1, None).to_json()["keeper"],
            Value::Null
        );
    }

    #[test]
    fn renders_amounts_readably() {
        let text = Snapshot::from_status(status(), 31337, Some(Address::ZERO)).render();
        assert!(text.contains("pool 12.345678 USDC"), "{text}");
        assert!(text.contains("fees to forward 1.5 USDC"), "{text}");
        assert!(text.contains("0.05 ETH"), "{text}");
        assert!(text.contains("1 epoch(s) missed"), "{text}");
        assert!(text.contains("(distributor paused)"), "{text}");
        assert!(text.contains("due now         rotate, payout"), "{text}");
        assert!(
            text.contains("base-pay reserve 25000 USDC, 2.5 month(s) of the full set's base pay"),
            "{text}"
        );
        assert!(
            text.contains("report window closes; epochs are pending now"),
            "{text}"
        );
        assert_eq!(usdc(U256::from(7_000_000)), "7");
        assert_eq!(relative(100, 40), "in 1m 0s");
        assert_eq!(relative(0, 7_300), "2h 1m ago");
        assert_eq!(relative(2_592_000, 3_600), "in 29d 23h");
        assert_eq!(utc(0), "1970-01-01 00:00:00 UTC");
        assert_eq!(utc(1_795_679_909), "2026-11-26 07:58:29 UTC");
        assert_eq!(utc(951_782_400), "2000-02-29 00:00:00 UTC");
        assert_eq!(
            ether(U256::from(9_999_999_844_202_103_073_839u128)),
            "9999.999844"
        );
    }
    fn pool_view(own: u64, delegated: u64, delegators: u64, bps: u64) -> IDelegation::PoolView {
        let token = U256::from(10u64).pow(U256::from(18));
        IDelegation::PoolView {
            ownStake: U256::from(own) * token,
            delegatedTokens: U256::from(delegated) * token,
            delegatedShares: U256::from(delegated) * token,
            unbondingTokens: U256::ZERO,
            unbondingShares: U256::ZERO,
            delegators: U256::from(delegators),
            commissionBps: U256::from(bps),
            pendingCommissionBps: U256::ZERO,
            commissionEffectiveAt: U256::ZERO,
        }
    }

    fn with_pools() -> Status {
        let mut pending = pool_view(10_000, 4_000, 2, 500);
        pending.pendingCommissionBps = U256::from(1_500);
        pending.commissionEffectiveAt = U256::from(100_000 + 7 * 86_400);
        pending.unbondingTokens = U256::from(5u64) * U256::from(10u64).pow(U256::from(17));
        Status {
            snapshot: Snapshot::from_status(status(), 31337, None),
            max_commission_bps: 2_000,
            operators: vec![
                OperatorPool::from_view(100, Address::repeat_byte(1), &pending),
                OperatorPool::from_view(200, Address::repeat_byte(2), &pool_view(12_000, 0, 0, 0)),
                // Set before governance lowered the maximum: the maximum applies.
                OperatorPool::from_view(
                    300,
                    Address::repeat_byte(3),
                    &pool_view(10_000, 1, 1, 3_000),
                ),
            ],
        }
    }

    #[test]
    fn json_adds_each_active_operators_pool_and_keeps_every_field() {
        let status = with_pools();
        let json = status.to_json();
        // Every field of the snapshot's JSON is there, unchanged.
        let base = status.snapshot.to_json();
        for (key, value) in base.as_object().unwrap() {
            assert_eq!(&json[key], value, "{key}");
        }
        assert_eq!(json["max_commission_bps"], 2_000);
        let operators = json["operators"].as_array().unwrap();
        assert_eq!(operators.len(), 3);
        let first = &operators[0];
        assert_eq!(first["node_id"], 100);
        assert_eq!(first["operator"], json!(Address::repeat_byte(1)));
        assert_eq!(first["own_stake"], "10000000000000000000000");
        assert_eq!(first["delegated_stake"], "4000000000000000000000");
        assert_eq!(first["unbonding"], "500000000000000000");
        assert_eq!(first["delegators"], 2);
        assert_eq!(first["commission_bps"], 500);
        assert_eq!(first["effective_commission_bps"], 500);
        assert_eq!(
            first["pending_commission"],
            json!({"bps": 1_500, "effective_at": 100_000 + 7 * 86_400})
        );
        assert_eq!(operators[1]["pending_commission"], Value::Null);
        assert_eq!(operators[1]["delegated_stake"], "0");
        assert_eq!(operators[2]["commission_bps"], 3_000);
        assert_eq!(operators[2]["effective_commission_bps"], 2_000);
    }

    #[test]
    fn renders_one_line_per_active_operator() {
        let text = with_pools().render();
        assert!(
            text.contains(&format!(
                "operator        node 100 {}: own 10000 XMTP; delegated 4000 XMTP by 2 delegator(s), 0.5 XMTP unbonding; commission 500 bps, 1500 bps from 1970-01-09 03:46:40 UTC (in 7d 0h)",
                Address::repeat_byte(1)
            )),
            "{text}"
        );
        assert!(
            text.contains("own 12000 XMTP; delegated 0 XMTP by 0 delegator(s); commission 0 bps\n"),
            "{text}"
        );
        assert!(
            text.contains("commission 2000 bps (set 3000, capped by the maximum)"),
            "{text}"
        );
        let idle = Status {
            operators: vec![],
            ..with_pools()
        };
        assert!(idle.render().ends_with("operators       none active\n"));
    }
}
