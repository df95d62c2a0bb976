//! `Delegation`: a delegator's flow from approve to claim, and the operator's side of it.
//!
//! A delegator approves and delegates XMTP to an operator's pool ([`approve_and_delegate`]), may move it to another
//! pool without unbonding ([`redelegate`], once per unbonding period), undelegates it into the unbonding pool
//! ([`undelegate`]) and withdraws it once the unbonding period is over ([`withdraw_unbonded`]). Staking rewards (USDC)
//! are claimed per pool with [`claim_staking_rewards`], by a delegator for its share and by the operator for its own
//! stake's rewards and its commission; the operator sets its commission with [`set_commission`]. [`pool`],
//! [`delegation_of`] and [`claimable`] read the state (the last one through `eth_call`: the contract's
//! `claimableStakingRewards` syncs the pool, so it is not a view).

use alloy::{
    primitives::{Address, U256},
    providers::Provider,
    rpc::types::TransactionReceipt,
    sol_types::{SolCall, SolEvent},
};
use xmtp_bindings::{
    delegation::Delegation::{self, DelegationErrors},
    mock_xmtp::MockXMTP::{self, MockXMTPErrors},
};

pub use xmtp_bindings::delegation::{
    Delegation::{
        CommissionChangeScheduled, Delegated, DelegationWithdrawn, Redelegated,
        StakingRewardsClaimed, Undelegated,
    },
    IDelegation::{DelegationView, PoolView},
};

use crate::{
    deployments::DELEGATION,
    selection::StakeTokenError,
    tx::{self, find_event, Revert, TxError},
};

/// Why a call to `Delegation` did not land, with its error decoded by name.
pub type DelegationError = TxError<Revert<DelegationErrors>>;

/// Why a delegation (approve, then delegate) did not land.
#[derive(Debug, thiserror::Error)]
pub enum DelegateError {
    /// The token refused the approval.
    #[error(transparent)]
    Token(#[from] StakeTokenError),
    /// `Delegation` refused the delegation.
    #[error(transparent)]
    Delegation(#[from] DelegationError),
    /// The call landed without the event it always emits.
    #[error(transparent)]
    NoEvent(#[from] NoEventError),
}

/// A transaction of `Delegation` landed without the event the contract always emits with it: the address is not
/// the suite's `Delegation`.
#[derive(Debug, thiserror::Error)]
#[error("Delegation.{function}: transaction {tx_hash} emitted no {event}")]
pub struct NoEventError {
    /// The function called.
    pub function: &'static str,
    /// The event missing.
    pub event: &'static str,
    /// The transaction.
    pub tx_hash: alloy::primitives::TxHash,
}

/// Why a call that reports its outcome by event did not land, or landed without the event.
#[derive(Debug, thiserror::Error)]
pub enum DelegationCallError {
    /// `Delegation` refused the call or the transaction failed.
    #[error(transparent)]
    Delegation(#[from] DelegationError),
    /// The call landed without the event it always emits.
    #[error(transparent)]
    NoEvent(#[from] NoEventError),
}

impl DelegationCallError {
    /// The decoded custom error if the contract refused the call.
    pub fn rejection(&self) -> Option<&Revert<DelegationErrors>> {
        match self {
            Self::Delegation(error) => error.rejection(),
            Self::NoEvent(_) => None,
        }
    }
}

impl DelegateError {
    /// The decoded custom error if `Delegation` refused the delegation.
    pub fn rejection(&self) -> Option<&Revert<DelegationErrors>> {
        match self {
            Self::Delegation(error) => error.rejection(),
            Self::Token(_) | Self::NoEvent(_) => None,
        }
    }
}

/// A read of `Delegation` failed.
#[derive(Debug, thiserror::Error)]
#[error("reading Delegation.{what}")]
pub struct ReadError {
    /// The function read.
    pub what: &'static str,
    /// The failure (boxed: errors travel by value).
    #[source]
    pub source: Box<alloy::contract::Error>,
}

/// Approves `delegation` for `amount` XMTP and delegates it to `operator`'s pool, as the delegator that signs for
/// `provider` (which must hold `amount` XMTP). The stake earns staking rewards from the next reward interval on.
pub async fn approve_and_delegate<P: Provider>(
    provider: &P,
    delegation: Address,
    xmtp: Address,
    operator: Address,
    amount: U256,
) -> Result<Delegated, DelegateError> {
    tx::send::<_, _, MockXMTPErrors, Revert<MockXMTPErrors>>(
        MockXMTP::new(xmtp, provider).approve(delegation, amount),
        "XMTP",
        "approve",
    )
    .await?;
    let receipt = send(
        Delegation::new(delegation, provider).delegate(operator, amount),
        "delegate",
    )
    .await?;
    Ok(event(&receipt, "delegate")?)
}

/// Undelegates `amount` XMTP from `operator`'s pool into its unbonding pool, withdrawable from the event's
/// `releaseAt` ([`withdraw_unbonded`]); it stops earning at once and stays slashable until withdrawn.
pub async fn undelegate<P: Provider>(
    provider: &P,
    delegation: Address,
    operator: Address,
    amount: U256,
) -> Result<Undelegated, DelegationCallError> {
    let receipt = send(
        Delegation::new(delegation, provider).undelegate(operator, amount),
        "undelegate",
    )
    .await?;
    Ok(event(&receipt, "undelegate")?)
}

/// Withdraws what the caller has unbonding in `operator`'s pool, once its unbonding period is over
/// (`StillUnbonding(releaseAt)` before, `NothingUnbonding` when there is none).
pub async fn withdraw_unbonded<P: Provider>(
    provider: &P,
    delegation: Address,
    operator: Address,
) -> Result<DelegationWithdrawn, DelegationCallError> {
    let receipt = send(
        Delegation::new(delegation, provider).withdrawUnbonded(operator),
        "withdrawUnbonded",
    )
    .await?;
    Ok(event(&receipt, "withdrawUnbonded")?)
}

/// Moves `amount` XMTP of the caller's delegation from `from`'s pool to `to`'s without unbonding; each of the two
/// delegations may take part in one redelegation per unbonding period (`RedelegationTooSoon` otherwise).
pub async fn redelegate<P: Provider>(
    provider: &P,
    delegation: Address,
    from: Address,
    to: Address,
    amount: U256,
) -> Result<Redelegated, DelegationCallError> {
    let receipt = send(
        Delegation::new(delegation, provider).redelegate(from, to, amount),
        "redelegate",
    )
    .await?;
    Ok(event(&receipt, "redelegate")?)
}

/// Claims the caller's staking rewards (USDC, paid by the treasury) in `operator`'s pool: a delegator's share, and,
/// when the caller is the operator, its own stake's rewards and its commission too. `NothingToClaim` when less than
/// one USDC unit is owed.
pub async fn claim_staking_rewards<P: Provider>(
    provider: &P,
    delegation: Address,
    operator: Address,
) -> Result<StakingRewardsClaimed, DelegationCallError> {
    let receipt = send(
        Delegation::new(delegation, provider).claimStakingRewards(operator),
        "claimStakingRewards",
    )
    .await?;
    Ok(event(&receipt, "claimStakingRewards")?)
}

/// Sets the calling operator's commission on its delegators' staking rewards, in bps (at most the governance
/// maximum, `CommissionTooHigh` otherwise). Not higher than the one in force: applies at once. Higher: from the first
/// pool sync one unbonding period later (the event's `effectiveAt`).
pub async fn set_commission<P: Provider>(
    provider: &P,
    delegation: Address,
    bps: u64,
) -> Result<CommissionChangeScheduled, DelegationCallError> {
    let receipt = send(
        Delegation::new(delegation, provider).setCommission(U256::from(bps)),
        "setCommission",
    )
    .await?;
    Ok(event(&receipt, "setCommission")?)
}

/// `operator`'s pool: own stake, delegated (bonded and unbonding), delegators, commission in force and pending.
pub async fn pool<P: Provider>(
    provider: &P,
    delegation: Address,
    operator: Address,
) -> Result<PoolView, ReadError> {
    Delegation::new(delegation, provider)
        .pool(operator)
        .call()
        .await
        .map_err(read_error("pool"))
}

/// `delegator`'s delegation to `operator`: shares and their worth, unbonding and its release, last redelegation,
/// settled rewards.
pub async fn delegation_of<P: Provider>(
    provider: &P,
    delegation: Address,
    delegator: Address,
    operator: Address,
) -> Result<DelegationView, ReadError> {
    Delegation::new(delegation, provider)
        .delegation(delegator, operator)
        .call()
        .await
        .map_err(read_error("delegation"))
}

/// What [`claim_staking_rewards`] would pay `account` in `operator`'s pool now (USDC units), by `eth_call` of the
/// non-view `claimableStakingRewards` (nothing is sent).
pub async fn claimable<P: Provider>(
    provider: &P,
    delegation: Address,
    operator: Address,
    account: Address,
) -> Result<U256, ReadError> {
    Delegation::new(delegation, provider)
        .claimableStakingRewards(operator, account)
        .call()
        .await
        .map_err(read_error("claimableStakingRewards"))
}

async fn send<P: Provider, C: SolCall>(
    call: alloy::contract::SolCallBuilder<P, C>,
    function: &'static str,
) -> Result<TransactionReceipt, DelegationError> {
    tx::send::<_, _, DelegationErrors, _>(call, DELEGATION, function).await
}

fn event<E: SolEvent>(
    receipt: &TransactionReceipt,
    function: &'static str,
) -> Result<E, NoEventError> {
    find_event::<E>(receipt).ok_or(NoEventError {
        function,
        event: E::SIGNATURE,
        tx_hash: receipt.transaction_hash,
    })
}

fn read_error(what: &'static str) -> impl FnOnce(alloy::contract::Error) -> ReadError {
    move |source| ReadError {
        what,
        source: Box::new(source),
    }
}
