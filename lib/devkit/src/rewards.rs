//! `RewardDistributor` and `NodeEarningsTracker`: turning settled fees into node rewards epoch by
//! epoch, paying closed payout periods to the nodes' NFT owners, and reading what nodes earned.
//!
//! [`distribute`] catches the distributor up with the selection manager's epochs, [`payouts`]
//! pays closed periods in batches, and [`ledger`] reads the distributor's books and the tracker's
//! per-node records.

mod distribute;
mod ledger;
mod payouts;

use alloy::primitives::U256;
use xmtp_bindings::reward_distributor::RewardDistributor::RewardDistributorErrors;

use crate::tx::{Revert, TxError};

pub use distribute::{distribute_rewards, Distribution};
pub use ledger::{earnings_of, owed_of, read_books, total_earnings, Books};
pub use payouts::{execute_payouts, Payout};
pub use xmtp_bindings::reward_distributor::RewardDistributor::{
    EpochRewardsDistributed, PeriodClosed,
};

/// The distributor's name in transaction errors.
use crate::deployments::REWARD_DISTRIBUTOR as DISTRIBUTOR;

/// Why a call to `RewardDistributor` did not land, with its error decoded by name.
pub type DistributorError = TxError<Revert<RewardDistributorErrors>>;

/// Why a rewards operation stopped.
#[derive(Debug, thiserror::Error)]
pub enum RewardsError {
    /// The distributor refused or the transaction failed.
    #[error(transparent)]
    Distributor(#[from] DistributorError),
    /// `Payers.forwardFees` was refused or failed.
    #[error(transparent)]
    Payers(Box<crate::payers::PayersError>),
    /// A view call failed.
    #[error("reading {contract}.{what}")]
    Read {
        /// The contract read.
        contract: &'static str,
        /// The view called.
        what: &'static str,
        /// The failure.
        #[source]
        source: Box<alloy::contract::Error>,
    },
    /// The payout batch size is zero.
    #[error("the payout batch size must be at least 1")]
    ZeroBatch,
    /// A call that should have made progress left the work where it was; stopping rather than
    /// sending the same transaction forever.
    #[error("{what} made no progress: {pending} still pending")]
    NoProgress {
        /// The operation.
        what: &'static str,
        /// What is still pending (epochs or payouts).
        pending: u64,
    },
}

/// A `uint256` count or id that fits in a `u64` on any real chain; saturates rather than fails.
fn to_u64(value: U256) -> u64 {
    u64::try_from(value).unwrap_or(u64::MAX)
}

/// Maps a failed view call to [`RewardsError::Read`].
fn read_error(
    contract: &'static str,
    what: &'static str,
) -> impl FnOnce(alloy::contract::Error) -> RewardsError {
    move |source| RewardsError::Read {
        contract,
        what,
        source: Box::new(source),
    }
}
