//! Paying closed payout periods: `executePayouts` in batches until none is pending.

use alloy::{
    primitives::{Address, U256},
    providers::Provider,
};
use xmtp_bindings::reward_distributor::RewardDistributor::{
    self, PayoutDeferred, PayoutExecuted, RewardDistributorErrors,
};

use super::{read_error, to_u64, RewardsError, DISTRIBUTOR};
use crate::tx::{self, Revert};

/// One (node, period) payout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payout {
    /// The payout period.
    pub period: u64,
    /// The node's operator address (the node as the tracker knows it).
    pub node: Address,
    /// The node id, whose NFT owner was paid.
    pub node_id: u32,
    /// The NFT owner at payout time.
    pub recipient: Address,
    /// USDC, in token units.
    pub amount: U256,
    /// The transfer failed: the amount waits for `recipient` to `claim` it.
    pub deferred: bool,
}

/// Pays every pending (node, period) entry of closed periods, at most `batch` entries a
/// transaction, and returns what was paid (entries that earned nothing emit no payout). Finding
/// nothing due is an outcome, not a failure: no period has closed, or another keeper paid it.
pub async fn execute_payouts<P: Provider>(
    provider: &P,
    distributor: Address,
    batch: u64,
) -> Result<Vec<Payout>, RewardsError> {
    if batch == 0 {
        return Err(RewardsError::ZeroBatch);
    }
    let instance = RewardDistributor::new(distributor, provider);
    let mut paid = Vec::new();
    while pending_payouts(&instance).await? > 0 {
        let before = cursor(&instance).await?;
        let sent = tx::send::<_, _, RewardDistributorErrors, _>(
            instance.executePayouts(U256::from(batch)),
            DISTRIBUTOR,
            "executePayouts",
        )
        .await;
        let receipt = match sent {
            Ok(receipt) => receipt,
            Err(err) => match err.rejection() {
                // Another keeper paid what was pending between our read and our call.
                Some(Revert::Known(RewardDistributorErrors::PayoutNotDue(_))) => break,
                _ => return Err(err.into()),
            },
        };
        paid.extend(
            tx::find_events::<PayoutExecuted>(&receipt)
                .into_iter()
                .map(|e| Payout {
                    period: to_u64(e.period),
                    node: e.node,
                    node_id: e.nodeId,
                    recipient: e.recipient,
                    amount: e.amount,
                    deferred: false,
                }),
        );
        paid.extend(
            tx::find_events::<PayoutDeferred>(&receipt)
                .into_iter()
                .map(|e| Payout {
                    period: to_u64(e.period),
                    node: e.node,
                    node_id: e.nodeId,
                    recipient: e.recipient,
                    amount: e.amount,
                    deferred: true,
                }),
        );
        // The call's `remaining` is not in its receipt; the cursor says whether it moved, and
        // the loop's check reads what is left (a period closing meanwhile adds entries).
        if cursor(&instance).await? <= before {
            let pending = pending_payouts(&instance).await?;
            if pending > 0 {
                return Err(RewardsError::NoProgress {
                    what: "executePayouts",
                    pending,
                });
            }
        }
    }
    Ok(paid)
}

/// The payout cursor as (period, index), which only moves forward.
async fn cursor<P: Provider>(
    instance: &RewardDistributor::RewardDistributorInstance<P>,
) -> Result<(u64, u64), RewardsError> {
    instance
        .payoutCursor()
        .call()
        .await
        .map(|c| (to_u64(c.period), to_u64(c.index)))
        .map_err(read_error(DISTRIBUTOR, "payoutCursor"))
}

async fn pending_payouts<P: Provider>(
    instance: &RewardDistributor::RewardDistributorInstance<P>,
) -> Result<u64, RewardsError> {
    instance
        .pendingPayouts()
        .call()
        .await
        .map(to_u64)
        .map_err(read_error(DISTRIBUTOR, "pendingPayouts"))
}
