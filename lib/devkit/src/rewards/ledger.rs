//! Reading the books: the distributor's totals and the tracker's per-node records.

use alloy::{
    primitives::{Address, U256},
    providers::Provider,
};
use xmtp_bindings::{
    node_earnings_tracker::NodeEarningsTracker, reward_distributor::RewardDistributor,
};

use super::{read_error, to_u64, RewardsError, DISTRIBUTOR};

use crate::deployments::NODE_EARNINGS_TRACKER as TRACKER;

/// The distributor's books at one moment. Its USDC balance covers
/// `pool + unpaid + claimable`, exactly after each distribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Books {
    /// USDC not yet allocated to an epoch.
    pub pool: U256,
    /// USDC allocated to nodes and not yet paid out.
    pub unpaid: U256,
    /// USDC of failed payouts, waiting for their recipients to claim it.
    pub claimable: U256,
    /// Costs the nodes were not paid yet: a debt, not money held.
    pub owed: U256,
    /// Closed epochs not yet distributed.
    pub pending_epochs: u64,
    /// Unpaid (node, period) entries of closed periods.
    pub pending_payouts: u64,
    /// The payout period epochs are distributed into now.
    pub current_period: u64,
    /// The earliest time a payout may be due (unix seconds).
    pub next_payout_at: u64,
}

/// Reads the distributor's [`Books`].
pub async fn read_books<P: Provider>(
    provider: &P,
    distributor: Address,
) -> Result<Books, RewardsError> {
    let d = RewardDistributor::new(distributor, provider);
    let err = |what| read_error(DISTRIBUTOR, what);
    Ok(Books {
        pool: d.pool().call().await.map_err(err("pool"))?,
        unpaid: d
            .unpaidEarnings()
            .call()
            .await
            .map_err(err("unpaidEarnings"))?,
        claimable: d
            .totalClaimable()
            .call()
            .await
            .map_err(err("totalClaimable"))?,
        owed: d.totalOwed().call().await.map_err(err("totalOwed"))?,
        pending_epochs: to_u64(
            d.pendingEpochs()
                .call()
                .await
                .map_err(err("pendingEpochs"))?,
        ),
        pending_payouts: to_u64(
            d.pendingPayouts()
                .call()
                .await
                .map_err(err("pendingPayouts"))?,
        ),
        current_period: to_u64(
            d.currentPeriod()
                .call()
                .await
                .map_err(err("currentPeriod"))?,
        ),
        next_payout_at: to_u64(d.nextPayoutAt().call().await.map_err(err("nextPayoutAt"))?),
    })
}

/// What `node` (its operator address) earned in payout period `period`, in USDC units, within
/// the profit cap.
pub async fn earnings_of<P: Provider>(
    provider: &P,
    tracker: Address,
    node: Address,
    period: u64,
) -> Result<U256, RewardsError> {
    NodeEarningsTracker::new(tracker, provider)
        .earningsOf(node, U256::from(period))
        .call()
        .await
        .map_err(read_error(TRACKER, "earningsOf"))
}

/// What `node` earned over all periods, in USDC units.
pub async fn total_earnings<P: Provider>(
    provider: &P,
    tracker: Address,
    node: Address,
) -> Result<U256, RewardsError> {
    NodeEarningsTracker::new(tracker, provider)
        .getTotalEarnings(node)
        .call()
        .await
        .map_err(read_error(TRACKER, "getTotalEarnings"))
}

/// The costs `node` was not paid yet, in USDC units, repaid first from later epochs' pools.
pub async fn owed_of<P: Provider>(
    provider: &P,
    tracker: Address,
    node: Address,
) -> Result<U256, RewardsError> {
    NodeEarningsTracker::new(tracker, provider)
        .owedOf(node)
        .call()
        .await
        .map_err(read_error(TRACKER, "owedOf"))
}
