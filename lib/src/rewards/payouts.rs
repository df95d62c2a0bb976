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
    let mut pending = pending_payouts(&instance).await?;
    while pending > 0 {
        let sent = tx::send::<_, _, RewardDistributorErrors, _>(
            instance.executePayouts(U256::from(batch)),
            DISTRIBUTOR,
            "executePayouts",
        )
        .await;
        let receipt = match sent {
            Ok(receipt) => receipt,
            Err(err) => match err.rejection() {
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
        // The transaction's return value (`remaining`) is not in its receipt; the view says
        // the same after it.
        let left = pending_payouts(&instance).await?;
        if left >= pending {
            return Err(RewardsError::NoProgress {
                what: "executePayouts",
                pending: left,
            });
        }
        pending = left;
    }
    Ok(paid)
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
