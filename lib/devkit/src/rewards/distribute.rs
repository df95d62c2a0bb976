//! Allocating the pool to closed epochs: settled fees forwarded from `Payers`, `distributeRewards`
//! until no epoch is pending, then the excess above the profit cap handed to the treasury.

use alloy::{
    primitives::{Address, U256},
    providers::Provider,
    rpc::types::TransactionReceipt,
};
use xmtp_bindings::{
    payers::Payers::{self, PayersErrors},
    reward_distributor::RewardDistributor::{
        self, EpochRewardsDistributed, ExcessForwarded, PeriodClosed, RewardDistributorErrors,
        RewardsReceived,
    },
};

use super::{read_error, to_u64, RewardsError, DISTRIBUTOR};
use crate::{deployments::PAYERS, tx};

/// What [`distribute_rewards`] did, from the events of its transactions.
#[derive(Debug, Clone, Default)]
pub struct Distribution {
    /// One receipt per transaction sent: `forwardFees`, each `distributeRewards`, `forwardExcess`
    /// (none when there was nothing to do).
    pub receipts: Vec<TransactionReceipt>,
    /// How many `distributeRewards` calls it took.
    pub calls: usize,
    /// Settled fees `Payers.forwardFees` moved to the distributor first, in token units.
    pub fees_forwarded: U256,
    /// Excess above the profit cap handed to the treasury, in token units.
    pub excess_forwarded: U256,
    /// USDC that joined the pool (fees forwarded by `Payers` and transfers), in token units.
    pub received: U256,
    /// Each epoch allocated, in order.
    pub epochs: Vec<EpochRewardsDistributed>,
    /// Each payout period that closed.
    pub closed_periods: Vec<PeriodClosed>,
}

/// Forwards the fees `Payers` holds for the distributor (when it holds any), calls
/// `distributeRewards` until the distributor has allocated every closed epoch (each call allocates
/// at most `MAX_EPOCHS_PER_CALL`), then hands the excess set aside to the treasury (when there is
/// any). Rotate first: an epoch is closed only once the selection manager has moved past it.
/// Sends nothing when there is nothing to do, so a second keeper running right after the first
/// doubles nothing.
pub async fn distribute_rewards<P: Provider>(
    provider: &P,
    distributor: Address,
) -> Result<Distribution, RewardsError> {
    let instance = RewardDistributor::new(distributor, provider);
    let mut done = Distribution::default();
    let payers = instance
        .payers()
        .call()
        .await
        .map_err(read_error(DISTRIBUTOR, "payers"))?;
    forward_fees(provider, payers, &mut done).await?;
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
        done.calls += 1;
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
    forward_excess(&instance, &mut done).await?;
    Ok(done)
}

/// Sends `Payers.forwardFees` when fees are backed and waiting: the distributor counts only USDC
/// that has arrived.
async fn forward_fees<P: Provider>(
    provider: &P,
    payers: Address,
    done: &mut Distribution,
) -> Result<(), RewardsError> {
    let instance = Payers::new(payers, provider);
    let backed = instance
        .backedFees()
        .call()
        .await
        .map_err(read_error(PAYERS, "backedFees"))?;
    if backed.is_zero() {
        return Ok(());
    }
    let receipt = tx::send::<_, _, PayersErrors, _>(instance.forwardFees(), PAYERS, "forwardFees")
        .await
        .map_err(|source| RewardsError::Payers(Box::new(source)))?;
    done.fees_forwarded += backed;
    done.receipts.push(receipt);
    Ok(())
}

/// Sends `forwardExcess` when excess above the cap is waiting for the treasury.
async fn forward_excess<P: Provider>(
    instance: &RewardDistributor::RewardDistributorInstance<P>,
    done: &mut Distribution,
) -> Result<(), RewardsError> {
    let pending = instance
        .pendingExcess()
        .call()
        .await
        .map_err(read_error(DISTRIBUTOR, "pendingExcess"))?;
    if pending.is_zero() {
        return Ok(());
    }
    let receipt = tx::send::<_, _, RewardDistributorErrors, _>(
        instance.forwardExcess(),
        DISTRIBUTOR,
        "forwardExcess",
    )
    .await?;
    done.excess_forwarded += tx::find_events::<ExcessForwarded>(&receipt)
        .iter()
        .map(|e| e.amount)
        .sum::<U256>();
    done.receipts.push(receipt);
    Ok(())
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
