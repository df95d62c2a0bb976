//! Allocating the pool to closed epochs: `distributeRewards` until no epoch is pending.

use alloy::{
    primitives::{Address, U256},
    providers::Provider,
    rpc::types::TransactionReceipt,
};
use xmtp_bindings::reward_distributor::RewardDistributor::{
    self, EpochRewardsDistributed, PeriodClosed, RewardDistributorErrors, RewardsReceived,
};

use super::{read_error, to_u64, RewardsError, DISTRIBUTOR};
use crate::tx;

/// What [`distribute_rewards`] did, from the events of its transactions.
#[derive(Debug, Clone, Default)]
pub struct Distribution {
    /// One receipt per `distributeRewards` sent (none when no epoch was pending).
    pub receipts: Vec<TransactionReceipt>,
    /// USDC that joined the pool (fees forwarded by `Payers` and transfers), in token units.
    pub received: U256,
    /// Each epoch allocated, in order.
    pub epochs: Vec<EpochRewardsDistributed>,
    /// Each payout period that closed.
    pub closed_periods: Vec<PeriodClosed>,
}

/// Calls `distributeRewards` until the distributor has allocated every closed epoch (each call
/// allocates at most `MAX_EPOCHS_PER_CALL`). Rotate first: an epoch is closed only once the
/// selection manager has moved past it. Sends nothing when no epoch is pending, so a second
/// keeper running right after the first doubles nothing.
pub async fn distribute_rewards<P: Provider>(
    provider: &P,
    distributor: Address,
) -> Result<Distribution, RewardsError> {
    let instance = RewardDistributor::new(distributor, provider);
    let mut done = Distribution::default();
    while pending_epochs(&instance).await? > 0 {
        let before = next_epoch(&instance).await?;
        let receipt = tx::send::<_, _, RewardDistributorErrors, _>(
            instance.distributeRewards(),
            DISTRIBUTOR,
            "distributeRewards",
        )
        .await?;
        done.received += tx::find_events::<RewardsReceived>(&receipt)
            .iter()
            .map(|e| e.amount)
            .sum::<U256>();
        done.epochs
            .extend(tx::find_events::<EpochRewardsDistributed>(&receipt));
        done.closed_periods
            .extend(tx::find_events::<PeriodClosed>(&receipt));
        done.receipts.push(receipt);
        // Progress is the cursor moving, not the pending count falling: a rotation by someone
        // else meanwhile adds an epoch.
        if next_epoch(&instance).await? <= before {
            let pending = pending_epochs(&instance).await?;
            if pending > 0 {
                return Err(RewardsError::NoProgress {
                    what: "distributeRewards",
                    pending,
                });
            }
        }
    }
    Ok(done)
}

async fn next_epoch<P: Provider>(
    instance: &RewardDistributor::RewardDistributorInstance<P>,
) -> Result<u64, RewardsError> {
    instance
        .nextEpoch()
        .call()
        .await
        .map(to_u64)
        .map_err(read_error(DISTRIBUTOR, "nextEpoch"))
}

async fn pending_epochs<P: Provider>(
    instance: &RewardDistributor::RewardDistributorInstance<P>,
) -> Result<u64, RewardsError> {
    instance
        .pendingEpochs()
        .call()
        .await
        .map(to_u64)
        .map_err(read_error(DISTRIBUTOR, "pendingEpochs"))
}
