//! Parameter changes for the Safe, one batch each: the stake minimum, the turnover cap, the report window, the base pay,
//! the cost per message, the profit cap, the owed cap, the treasury's shares and the base-pay reserve's share, the
//! largest usage-report range, the broadcasters' payload sizes, delegation's commission maximum and minimum self-stake,
//! and pausing.
//!
//! A value is checked against the contract's bounds here first (the same rules, so that a mistake is named before
//! anything is read from the chain), then the call is simulated from the Safe (`eth_call`), so that whatever the
//! contract would still refuse (a Safe without the role, a contract already paused) is refused by the contract's
//! error name before anyone signs. The batch's description gives the current and the new value.

use std::{fmt, str::FromStr};

use alloy::{
    primitives::{Address, U256},
    providers::Provider,
    rpc::types::TransactionRequest,
    transports::TransportError,
};
use xmtp_bindings::{
    delegation::Delegation, group_messages::GroupMessages,
    node_selection_manager::NodeSelectionManager, payers::Payers,
    reward_distributor::RewardDistributor, xmtp_treasury::XMTPTreasury,
};

use super::{
    batch::{Batch, BatchError, BatchTransaction},
    Governance,
};
use crate::{
    deployments::{self, DeploymentsError},
    revert::{decode_revert, revert_data, SuiteRevert},
};

/// XMTP's decimals: stakes are in units of 10^-18 XMTP.
pub const XMTP_DECIMALS: u8 = 18;

/// USDC's decimals: pay is in units of 10^-6 USDC.
pub const USDC_DECIMALS: u8 = 6;

/// Basis points in a whole.
const BPS: u64 = 10_000;

/// `NodeSelectionManager`'s `MAX_MINIMUM_STAKE_TOKENS`: the stake minimum is stored in whole tokens in 40 bits.
const MAX_MINIMUM_STAKE_TOKENS: u64 = 0xFF_FFFF_FFFF;

/// `RewardDistributor`'s `MAX_BASE_PAY_PER_MONTH`: 1,000,000 USDC.
const MAX_BASE_PAY_PER_MONTH: u64 = 1_000_000_000_000;

/// `RewardDistributor`'s `MIN_PROFIT_CAP_BPS` and `MAX_PROFIT_CAP_BPS`: 1x to 10x costs.
const PROFIT_CAP_BPS: (u64, u64) = (10_000, 100_000);

/// `RewardDistributor`'s `MAX_VARIABLE_COST_PER_MESSAGE`: 1 USDC a message.
const MAX_VARIABLE_COST_PER_MESSAGE: u64 = 1_000_000;

/// `RewardDistributor`'s `MAX_OWED_CAP_BPS`: twelve months of base pay.
const MAX_OWED_CAP_BPS: u64 = 120_000;

/// `NodeSelectionManager`'s `MAX_EPOCH_DURATION` (30 days, seconds): the report window is at most the epoch duration,
/// which is checked against the chain's by the simulation.
const MAX_EPOCH_DURATION_SECS: u64 = 30 * 86_400;

/// `Payers`' bound on `setMaxReportRange`: a sequence-id range of at least 1 and at most 2^64 - 1 ids.
const MAX_REPORT_RANGE: u64 = u64::MAX;

/// `Delegation`'s `MAX_COMMISSION_CAP_BPS`: the governance maximum commission is at most half of the delegators'
/// staking rewards.
const MAX_COMMISSION_CAP_BPS: u64 = 5_000;

/// `Delegation`'s `MIN_SELF_STAKE_FLOOR_BPS`: an eligible operator's own stake is at least 1% of the minimum stake.
const MIN_SELF_STAKE_FLOOR_BPS: u64 = 100;

/// Why a parameter change could not be prepared.
#[derive(Debug, thiserror::Error)]
pub enum ParamsError {
    /// A value is not a number of the expected form.
    #[error("{param}: `{value}` is not {expected}")]
    BadValue {
        /// The parameter, e.g. `minimum-stake`.
        param: &'static str,
        /// The value given.
        value: String,
        /// What was expected.
        expected: String,
    },
    /// A value is outside the contract's bounds.
    #[error("{param} {value}: {rule}")]
    OutOfBounds {
        /// The parameter.
        param: &'static str,
        /// The value given.
        value: String,
        /// The contract's rule.
        rule: String,
    },
    /// A contract name is not one the parameter exists on.
    #[error("{param}: `{name}` is not one of {}", allowed.join(", "))]
    UnknownContract {
        /// The parameter.
        param: &'static str,
        /// The name given.
        name: String,
        /// The names allowed.
        allowed: &'static [&'static str],
    },
    /// The record lacks the contract.
    #[error(transparent)]
    Deployments(#[from] DeploymentsError),
    /// The contract would refuse the call from the Safe.
    #[error(
        "{contract}.{function} from the Safe {safe} would be refused by the contract: {revert}"
    )]
    Refused {
        /// The contract.
        contract: &'static str,
        /// The function.
        function: &'static str,
        /// The Safe.
        safe: Address,
        /// Why (boxed: errors travel by value).
        revert: Box<SuiteRevert>,
    },
    /// A read or the simulation failed.
    #[error("{what} failed")]
    Rpc {
        /// What was being read.
        what: String,
        /// The failure (boxed: errors travel by value).
        #[source]
        source: Box<alloy::contract::Error>,
    },
    /// The simulation failed without a revert.
    #[error("simulating {contract}.{function} from the Safe failed")]
    Simulation {
        /// The contract.
        contract: &'static str,
        /// The function.
        function: &'static str,
        /// The failure.
        #[source]
        source: TransportError,
    },
    /// The batch could not be built.
    #[error(transparent)]
    Batch(#[from] BatchError),
}

impl ParamsError {
    /// Whether the input is at fault (exit code 2) rather than the chain (exit code 1).
    pub fn is_bad_input(&self) -> bool {
        matches!(
            self,
            Self::BadValue { .. }
                | Self::OutOfBounds { .. }
                | Self::UnknownContract { .. }
                | Self::Deployments(_)
                | Self::Refused { .. }
        )
    }
}

/// A payload broadcaster: `setPayloadSizeBounds` exists on these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Broadcaster {
    /// `IdentityUpdates`.
    IdentityUpdates,
    /// `GroupMessages`.
    GroupMessages,
}

/// A contract with `pause()` and `unpause()` under governance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pausable {
    /// `IdentityUpdates`.
    IdentityUpdates,
    /// `GroupMessages`.
    GroupMessages,
    /// `Payers`.
    Payers,
    /// `RewardDistributor`.
    RewardDistributor,
}

const BROADCASTERS: &[&str] = &[deployments::IDENTITY_UPDATES, deployments::GROUP_MESSAGES];
const PAUSABLES: &[&str] = &[
    deployments::IDENTITY_UPDATES,
    deployments::GROUP_MESSAGES,
    deployments::PAYERS,
    deployments::REWARD_DISTRIBUTOR,
];

/// `name` matched against record names, ignoring case, dashes and underscores (`group-messages` is `GroupMessages`).
fn match_name<'a>(name: &str, names: &[&'a str]) -> Option<&'a str> {
    let squash = |s: &str| -> String {
        s.chars()
            .filter(|c| *c != '-' && *c != '_')
            .flat_map(char::to_lowercase)
            .collect()
    };
    let wanted = squash(name);
    names.iter().copied().find(|n| squash(n) == wanted)
}

impl Broadcaster {
    /// The record's name of the contract.
    pub const fn record_name(self) -> &'static str {
        match self {
            Self::IdentityUpdates => deployments::IDENTITY_UPDATES,
            Self::GroupMessages => deployments::GROUP_MESSAGES,
        }
    }
}

impl FromStr for Broadcaster {
    type Err = ParamsError;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        match match_name(name, BROADCASTERS) {
            Some(deployments::IDENTITY_UPDATES) => Ok(Self::IdentityUpdates),
            Some(_) => Ok(Self::GroupMessages),
            None => Err(ParamsError::UnknownContract {
                param: "payload-sizes",
                name: name.to_owned(),
                allowed: BROADCASTERS,
            }),
        }
    }
}

impl Pausable {
    /// The record's name of the contract.
    pub const fn record_name(self) -> &'static str {
        match self {
            Self::IdentityUpdates => deployments::IDENTITY_UPDATES,
            Self::GroupMessages => deployments::GROUP_MESSAGES,
            Self::Payers => deployments::PAYERS,
            Self::RewardDistributor => deployments::REWARD_DISTRIBUTOR,
        }
    }
}

impl FromStr for Pausable {
    type Err = ParamsError;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        match match_name(name, PAUSABLES) {
            Some(deployments::IDENTITY_UPDATES) => Ok(Self::IdentityUpdates),
            Some(deployments::GROUP_MESSAGES) => Ok(Self::GroupMessages),
            Some(deployments::PAYERS) => Ok(Self::Payers),
            Some(_) => Ok(Self::RewardDistributor),
            None => Err(ParamsError::UnknownContract {
                param: "pause",
                name: name.to_owned(),
                allowed: PAUSABLES,
            }),
        }
    }
}

/// One parameter change, in the contracts' units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParamChange {
    /// `NodeSelectionManager.setMinimumStake(amount)`: XMTP base units, whole tokens only.
    MinimumStake {
        /// The new minimum.
        amount: U256,
    },
    /// `NodeSelectionManager.setMaxDailyTurnoverBps(bps)`: at most 10,000.
    TurnoverCapBps {
        /// The new cap.
        bps: U256,
    },
    /// `RewardDistributor.setBasePayPerMonth(amount)`: USDC base units, at most 1,000,000 USDC.
    BasePay {
        /// The new base pay.
        amount: U256,
    },
    /// `RewardDistributor.setProfitCapBps(bps)`: 10,000 to 100,000.
    ProfitCapBps {
        /// The new cap.
        bps: U256,
    },
    /// `RewardDistributor.setVariableCostPerMessage(amount)`: USDC base units per message, at most 1 USDC.
    VariableCost {
        /// The new cost per message.
        amount: U256,
    },
    /// `RewardDistributor.setOwedCapBps(bps)`: bps of a month's base pay, at most 120,000.
    OwedCapBps {
        /// The new cap.
        bps: U256,
    },
    /// `NodeSelectionManager.setReportWindow(window)`: seconds, 1 to the epoch duration.
    ReportWindow {
        /// The new window.
        seconds: U256,
    },
    /// `XMTPTreasury.setBasePayReserveShareBps(bps)`: at most 10,000.
    ReserveShareBps {
        /// The new share.
        bps: u16,
    },
    /// `Payers.setMaxReportRange(maxReportRange_)`: sequence ids, 1 to 2^64 - 1.
    MaxReportRange {
        /// The new maximum.
        ids: U256,
    },
    /// `XMTPTreasury.setShares(buybackBps, stakingRewardsBps, treasuryBps)`: summing to 10,000.
    TreasuryShares {
        /// Buyback and burn.
        buyback_bps: u16,
        /// Staking rewards.
        staking_rewards_bps: u16,
        /// The treasury.
        treasury_bps: u16,
    },
    /// `Delegation.setMaxCommissionBps(bps)`: the most commission an operator may take, at most 5,000.
    MaxCommissionBps {
        /// The new maximum.
        bps: U256,
    },
    /// `Delegation.setMinimumSelfStakeBps(bps)`: an eligible operator's least own stake, in bps of the minimum stake,
    /// 100 to 10,000.
    MinimumSelfStakeBps {
        /// The new share.
        bps: U256,
    },
    /// `setPayloadSizeBounds(minSize, maxSize)` on a broadcaster: `1 <= min <= max`.
    PayloadSizes {
        /// The broadcaster.
        contract: Broadcaster,
        /// The smallest payload, bytes.
        min: u32,
        /// The largest payload, bytes.
        max: u32,
    },
    /// `pause()` (the Safe holds `PAUSER_ROLE` after deployment).
    Pause {
        /// The contract.
        contract: Pausable,
    },
    /// `unpause()` (the admin's alone).
    Unpause {
        /// The contract.
        contract: Pausable,
    },
}

impl ParamChange {
    /// The parameter's name on the command line, e.g. `minimum-stake`.
    pub const fn name(&self) -> &'static str {
        match self {
            Self::MinimumStake { .. } => "minimum-stake",
            Self::TurnoverCapBps { .. } => "turnover-cap-bps",
            Self::BasePay { .. } => "base-pay",
            Self::ProfitCapBps { .. } => "profit-cap-bps",
            Self::VariableCost { .. } => "variable-cost",
            Self::OwedCapBps { .. } => "owed-cap-bps",
            Self::ReportWindow { .. } => "report-window",
            Self::ReserveShareBps { .. } => "reserve-share-bps",
            Self::MaxReportRange { .. } => "max-report-range",
            Self::TreasuryShares { .. } => "treasury-shares",
            Self::MaxCommissionBps { .. } => "max-commission-bps",
            Self::MinimumSelfStakeBps { .. } => "minimum-self-stake-bps",
            Self::PayloadSizes { .. } => "payload-sizes",
            Self::Pause { .. } => "pause",
            Self::Unpause { .. } => "unpause",
        }
    }

    /// The record's name of the contract called.
    pub const fn contract(&self) -> &'static str {
        match self {
            Self::MinimumStake { .. } | Self::TurnoverCapBps { .. } | Self::ReportWindow { .. } => {
                deployments::NODE_SELECTION_MANAGER
            }
            Self::BasePay { .. }
            | Self::ProfitCapBps { .. }
            | Self::VariableCost { .. }
            | Self::OwedCapBps { .. } => deployments::REWARD_DISTRIBUTOR,
            Self::TreasuryShares { .. } | Self::ReserveShareBps { .. } => {
                deployments::XMTP_TREASURY
            }
            Self::MaxReportRange { .. } => deployments::PAYERS,
            Self::MaxCommissionBps { .. } | Self::MinimumSelfStakeBps { .. } => {
                deployments::DELEGATION
            }
            Self::PayloadSizes { contract, .. } => contract.record_name(),
            Self::Pause { contract } | Self::Unpause { contract } => contract.record_name(),
        }
    }

    /// The function called.
    pub const fn function(&self) -> &'static str {
        match self {
            Self::MinimumStake { .. } => "setMinimumStake",
            Self::TurnoverCapBps { .. } => "setMaxDailyTurnoverBps",
            Self::BasePay { .. } => "setBasePayPerMonth",
            Self::ProfitCapBps { .. } => "setProfitCapBps",
            Self::VariableCost { .. } => "setVariableCostPerMessage",
            Self::OwedCapBps { .. } => "setOwedCapBps",
            Self::ReportWindow { .. } => "setReportWindow",
            Self::ReserveShareBps { .. } => "setBasePayReserveShareBps",
            Self::MaxReportRange { .. } => "setMaxReportRange",
            Self::TreasuryShares { .. } => "setShares",
            Self::MaxCommissionBps { .. } => "setMaxCommissionBps",
            Self::MinimumSelfStakeBps { .. } => "setMinimumSelfStakeBps",
            Self::PayloadSizes { .. } => "setPayloadSizeBounds",
            Self::Pause { .. } => "pause",
            Self::Unpause { .. } => "unpause",
        }
    }

    /// Checks the value against the contract's bounds.
    pub fn validate(&self) -> Result<(), ParamsError> {
        let out = |value: String, rule: String| {
            Err(ParamsError::OutOfBounds {
                param: self.name(),
                value,
                rule,
            })
        };
        match *self {
            Self::MinimumStake { amount } => {
                let token = U256::from(10u64).pow(U256::from(XMTP_DECIMALS));
                let tokens = amount / token;
                if amount % token != U256::ZERO
                    || tokens < U256::from(1)
                    || tokens > U256::from(MAX_MINIMUM_STAKE_TOKENS)
                {
                    return out(
                        format!("{} XMTP", format_units(amount, XMTP_DECIMALS)),
                        format!("must be whole XMTP, from 1 to {MAX_MINIMUM_STAKE_TOKENS}"),
                    );
                }
            }
            Self::TurnoverCapBps { bps } => {
                if bps > U256::from(BPS) {
                    return out(bps.to_string(), format!("must be at most {BPS} bps"));
                }
            }
            Self::BasePay { amount } => {
                if amount > U256::from(MAX_BASE_PAY_PER_MONTH) {
                    return out(
                        format!("{} USDC", format_units(amount, USDC_DECIMALS)),
                        format!(
                            "must be at most {} USDC a month",
                            format_units(U256::from(MAX_BASE_PAY_PER_MONTH), USDC_DECIMALS)
                        ),
                    );
                }
            }
            Self::ProfitCapBps { bps } => {
                let (min, max) = PROFIT_CAP_BPS;
                if bps < U256::from(min) || bps > U256::from(max) {
                    return out(
                        bps.to_string(),
                        format!("must be from {min} to {max} bps (1x to 10x costs)"),
                    );
                }
            }
            Self::VariableCost { amount } => {
                if amount > U256::from(MAX_VARIABLE_COST_PER_MESSAGE) {
                    return out(
                        format!("{} USDC", format_units(amount, USDC_DECIMALS)),
                        format!(
                            "must be at most {} USDC a message",
                            format_units(U256::from(MAX_VARIABLE_COST_PER_MESSAGE), USDC_DECIMALS)
                        ),
                    );
                }
            }
            Self::OwedCapBps { bps } => {
                if bps > U256::from(MAX_OWED_CAP_BPS) {
                    return out(
                        bps.to_string(),
                        format!(
                            "must be at most {MAX_OWED_CAP_BPS} bps of a month's base pay (twelve months)"
                        ),
                    );
                }
            }
            Self::ReportWindow { seconds } => {
                if seconds.is_zero() || seconds > U256::from(MAX_EPOCH_DURATION_SECS) {
                    return out(
                        format!("{seconds} s"),
                        format!(
                            "must be from 1 s to the epoch duration (at most {MAX_EPOCH_DURATION_SECS} s)"
                        ),
                    );
                }
            }
            Self::ReserveShareBps { bps } => {
                if u64::from(bps) > BPS {
                    return out(bps.to_string(), format!("must be at most {BPS} bps"));
                }
            }
            Self::MaxReportRange { ids } => {
                if ids.is_zero() || ids > U256::from(MAX_REPORT_RANGE) {
                    return out(
                        ids.to_string(),
                        format!("must be from 1 to {MAX_REPORT_RANGE} sequence ids"),
                    );
                }
            }
            Self::TreasuryShares {
                buyback_bps,
                staking_rewards_bps,
                treasury_bps,
            } => {
                let sum = u64::from(buyback_bps)
                    + u64::from(staking_rewards_bps)
                    + u64::from(treasury_bps);
                if sum != BPS {
                    return out(
                        format!("{buyback_bps} {staking_rewards_bps} {treasury_bps}"),
                        format!("the three shares must sum to {BPS} bps, not {sum}"),
                    );
                }
            }
            Self::MaxCommissionBps { bps } => {
                if bps > U256::from(MAX_COMMISSION_CAP_BPS) {
                    return out(
                        bps.to_string(),
                        format!(
                            "must be at most {MAX_COMMISSION_CAP_BPS} bps of the delegators' staking rewards"
                        ),
                    );
                }
            }
            Self::MinimumSelfStakeBps { bps } => {
                if bps < U256::from(MIN_SELF_STAKE_FLOOR_BPS) || bps > U256::from(BPS) {
                    return out(
                        bps.to_string(),
                        format!(
                            "must be from {MIN_SELF_STAKE_FLOOR_BPS} to {BPS} bps of the minimum stake"
                        ),
                    );
                }
            }
            Self::PayloadSizes { min, max, .. } => {
                if min == 0 || min > max {
                    return out(
                        format!("{min} {max}"),
                        "the minimum must be at least 1 and at most the maximum".to_owned(),
                    );
                }
            }
            Self::Pause { .. } | Self::Unpause { .. } => {}
        }
        Ok(())
    }

    /// The batch transaction calling the setter on the contract's proxy `to`, described with the ABI's input names.
    pub fn transaction(&self, to: Address) -> Result<BatchTransaction, BatchError> {
        match *self {
            Self::MinimumStake { amount } => BatchTransaction::from_call(
                to,
                &NodeSelectionManager::setMinimumStakeCall { amount },
                &["amount"],
                false,
            ),
            Self::TurnoverCapBps { bps } => BatchTransaction::from_call(
                to,
                &NodeSelectionManager::setMaxDailyTurnoverBpsCall { bps },
                &["bps"],
                false,
            ),
            Self::BasePay { amount } => BatchTransaction::from_call(
                to,
                &RewardDistributor::setBasePayPerMonthCall { amount },
                &["amount"],
                false,
            ),
            Self::ProfitCapBps { bps } => BatchTransaction::from_call(
                to,
                &RewardDistributor::setProfitCapBpsCall { bps },
                &["bps"],
                false,
            ),
            Self::VariableCost { amount } => BatchTransaction::from_call(
                to,
                &RewardDistributor::setVariableCostPerMessageCall { amount },
                &["amount"],
                false,
            ),
            Self::OwedCapBps { bps } => BatchTransaction::from_call(
                to,
                &RewardDistributor::setOwedCapBpsCall { bps },
                &["bps"],
                false,
            ),
            Self::ReportWindow { seconds } => BatchTransaction::from_call(
                to,
                &NodeSelectionManager::setReportWindowCall { window: seconds },
                &["window"],
                false,
            ),
            Self::ReserveShareBps { bps } => BatchTransaction::from_call(
                to,
                &XMTPTreasury::setBasePayReserveShareBpsCall { bps },
                &["bps"],
                false,
            ),
            Self::MaxReportRange { ids } => BatchTransaction::from_call(
                to,
                &Payers::setMaxReportRangeCall {
                    maxReportRange_: ids,
                },
                &["maxReportRange_"],
                false,
            ),
            Self::TreasuryShares {
                buyback_bps,
                staking_rewards_bps,
                treasury_bps,
            } => BatchTransaction::from_call(
                to,
                &XMTPTreasury::setSharesCall {
                    buybackBps_: buyback_bps,
                    stakingRewardsBps_: staking_rewards_bps,
                    treasuryBps_: treasury_bps,
                },
                &["buybackBps_", "stakingRewardsBps_", "treasuryBps_"],
                false,
            ),
            Self::MaxCommissionBps { bps } => BatchTransaction::from_call(
                to,
                &Delegation::setMaxCommissionBpsCall { bps },
                &["bps"],
                false,
            ),
            Self::MinimumSelfStakeBps { bps } => BatchTransaction::from_call(
                to,
                &Delegation::setMinimumSelfStakeBpsCall { bps },
                &["bps"],
                false,
            ),
            // Both broadcasters share `PayloadBroadcaster`'s ABI.
            Self::PayloadSizes { min, max, .. } => BatchTransaction::from_call(
                to,
                &GroupMessages::setPayloadSizeBoundsCall {
                    minSize: min,
                    maxSize: max,
                },
                &["minSize", "maxSize"],
                false,
            ),
            // `pause()` and `unpause()` have one selector on every contract.
            Self::Pause { .. } => {
                BatchTransaction::from_call(to, &Payers::pauseCall {}, &[], false)
            }
            Self::Unpause { .. } => {
                BatchTransaction::from_call(to, &Payers::unpauseCall {}, &[], false)
            }
        }
    }

    /// The new value as the signers should read it, e.g. `10000 XMTP`.
    pub fn new_value(&self) -> String {
        match *self {
            Self::MinimumStake { amount } => {
                format!("{} XMTP", format_units(amount, XMTP_DECIMALS))
            }
            Self::TurnoverCapBps { bps } | Self::ProfitCapBps { bps } => format!("{bps} bps"),
            Self::OwedCapBps { bps } => format!("{bps} bps of a month's base pay"),
            Self::ReserveShareBps { bps } => format!("{bps} bps of each excess"),
            Self::VariableCost { amount } => {
                format!("{} USDC a message", format_units(amount, USDC_DECIMALS))
            }
            Self::ReportWindow { seconds } => format!(
                "{seconds} s ({})",
                format_duration(u64::try_from(seconds).unwrap_or(u64::MAX))
            ),
            Self::MaxReportRange { ids } => format!("{ids} sequence ids"),
            Self::BasePay { amount } => {
                format!("{} USDC a month", format_units(amount, USDC_DECIMALS))
            }
            Self::TreasuryShares {
                buyback_bps,
                staking_rewards_bps,
                treasury_bps,
            } => format!(
                "buyback {buyback_bps} / staking rewards {staking_rewards_bps} / treasury {treasury_bps} bps"
            ),
            Self::MaxCommissionBps { bps } => format!("{bps} bps of the delegators' staking rewards"),
            Self::MinimumSelfStakeBps { bps } => format!("{bps} bps of the minimum stake"),
            Self::PayloadSizes { min, max, .. } => format!("{min} to {max} bytes"),
            Self::Pause { .. } => "paused".to_owned(),
            Self::Unpause { .. } => "unpaused".to_owned(),
        }
    }

    /// The batch's name, e.g. `Set minimum-stake` or `Pause GroupMessages`.
    pub fn batch_name(&self) -> String {
        match self {
            Self::Pause { contract } => format!("Pause {}", contract.record_name()),
            Self::Unpause { contract } => format!("Unpause {}", contract.record_name()),
            Self::PayloadSizes { contract, .. } => {
                format!("Set payload-sizes of {}", contract.record_name())
            }
            other => format!("Set {}", other.name()),
        }
    }
}

impl fmt::Display for ParamChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}.{}: {}",
            self.contract(),
            self.function(),
            self.new_value()
        )
    }
}

/// The parameter's value on chain now, as [`ParamChange::new_value`] writes it.
pub async fn current_value(gov: &Governance, change: &ParamChange) -> Result<String, ParamsError> {
    let proxy = gov.deployments.proxy(change.contract())?;
    let provider = &gov.provider;
    let rpc = |view: &str| {
        let what = format!("reading {}.{view}", change.contract());
        move |source| ParamsError::Rpc {
            what,
            source: Box::new(source),
        }
    };
    Ok(match change {
        ParamChange::MinimumStake { .. } => {
            let stake = NodeSelectionManager::new(proxy, provider)
                .minimumStake()
                .call()
                .await
                .map_err(rpc("minimumStake"))?;
            ParamChange::MinimumStake { amount: stake }.new_value()
        }
        ParamChange::TurnoverCapBps { .. } => {
            let bps = NodeSelectionManager::new(proxy, provider)
                .maxDailyTurnoverBps()
                .call()
                .await
                .map_err(rpc("maxDailyTurnoverBps"))?;
            format!("{bps} bps")
        }
        ParamChange::BasePay { .. } => {
            let amount = RewardDistributor::new(proxy, provider)
                .basePayPerMonth()
                .call()
                .await
                .map_err(rpc("basePayPerMonth"))?;
            ParamChange::BasePay { amount }.new_value()
        }
        ParamChange::ProfitCapBps { .. } => {
            let bps = RewardDistributor::new(proxy, provider)
                .profitCapBps()
                .call()
                .await
                .map_err(rpc("profitCapBps"))?;
            format!("{bps} bps")
        }
        ParamChange::VariableCost { .. } => {
            let amount = RewardDistributor::new(proxy, provider)
                .variableCostPerMessage()
                .call()
                .await
                .map_err(rpc("variableCostPerMessage"))?;
            ParamChange::VariableCost { amount }.new_value()
        }
        ParamChange::OwedCapBps { .. } => {
            let bps = RewardDistributor::new(proxy, provider)
                .owedCapBps()
                .call()
                .await
                .map_err(rpc("owedCapBps"))?;
            ParamChange::OwedCapBps { bps }.new_value()
        }
        ParamChange::ReportWindow { .. } => {
            let seconds = NodeSelectionManager::new(proxy, provider)
                .reportWindow()
                .call()
                .await
                .map_err(rpc("reportWindow"))?;
            ParamChange::ReportWindow { seconds }.new_value()
        }
        ParamChange::ReserveShareBps { .. } => {
            let bps = XMTPTreasury::new(proxy, provider)
                .basePayReserveShareBps()
                .call()
                .await
                .map_err(rpc("basePayReserveShareBps"))?;
            ParamChange::ReserveShareBps { bps }.new_value()
        }
        ParamChange::MaxReportRange { .. } => {
            let ids = Payers::new(proxy, provider)
                .maxReportRange()
                .call()
                .await
                .map_err(rpc("maxReportRange"))?;
            ParamChange::MaxReportRange { ids }.new_value()
        }
        ParamChange::TreasuryShares { .. } => {
            let treasury = XMTPTreasury::new(proxy, provider);
            ParamChange::TreasuryShares {
                buyback_bps: treasury
                    .buybackBps()
                    .call()
                    .await
                    .map_err(rpc("buybackBps"))?,
                staking_rewards_bps: treasury
                    .stakingRewardsBps()
                    .call()
                    .await
                    .map_err(rpc("stakingRewardsBps"))?,
                treasury_bps: treasury
                    .treasuryBps()
                    .call()
                    .await
                    .map_err(rpc("treasuryBps"))?,
            }
            .new_value()
        }
        ParamChange::MaxCommissionBps { .. } => {
            let bps = Delegation::new(proxy, provider)
                .maxCommissionBps()
                .call()
                .await
                .map_err(rpc("maxCommissionBps"))?;
            ParamChange::MaxCommissionBps { bps }.new_value()
        }
        ParamChange::MinimumSelfStakeBps { .. } => {
            let bps = Delegation::new(proxy, provider)
                .minimumSelfStakeBps()
                .call()
                .await
                .map_err(rpc("minimumSelfStakeBps"))?;
            ParamChange::MinimumSelfStakeBps { bps }.new_value()
        }
        ParamChange::PayloadSizes { .. } => {
            let broadcaster = GroupMessages::new(proxy, provider);
            let min = broadcaster
                .minPayloadSize()
                .call()
                .await
                .map_err(rpc("minPayloadSize"))?;
            let max = broadcaster
                .maxPayloadSize()
                .call()
                .await
                .map_err(rpc("maxPayloadSize"))?;
            format!("{min} to {max} bytes")
        }
        ParamChange::Pause { .. } | ParamChange::Unpause { .. } => {
            // Every pausable contract has `paused()`, with one selector.
            let paused = Payers::new(proxy, provider)
                .paused()
                .call()
                .await
                .map_err(rpc("paused"))?;
            if paused { "paused" } else { "unpaused" }.to_owned()
        }
    })
}

/// Checks `change`, simulates it from the Safe and builds its batch (see the module's documentation). Sends nothing;
/// the caller writes the batch.
pub async fn prepare(gov: &Governance, change: &ParamChange) -> Result<Batch, ParamsError> {
    change.validate()?;
    let proxy = gov.deployments.proxy(change.contract())?;
    let transaction = change.transaction(proxy)?;
    let request = TransactionRequest::default()
        .from(gov.safe)
        .to(proxy)
        .input(transaction.data.clone().into());
    if let Err(error) = gov.provider.call(request).await {
        return Err(match revert_data(&error) {
            Some(data) => ParamsError::Refused {
                contract: change.contract(),
                function: change.function(),
                safe: gov.safe,
                revert: Box::new(decode_revert(&data)),
            },
            None => ParamsError::Simulation {
                contract: change.contract(),
                function: change.function(),
                source: error,
            },
        });
    }
    let current = current_value(gov, change).await?;
    let description = format!(
        "{}.{} on the proxy {proxy}: from {current} to {}. Checked against the contract's bounds and simulated from \
         the Safe.",
        change.contract(),
        change.function(),
        change.new_value()
    );
    Ok(Batch::new(
        gov.chain_id,
        change.batch_name(),
        description,
        gov.safe,
        vec![transaction],
    ))
}

/// Parses a decimal amount of a token with `decimals` into base units: `10000`, `1000.5`, `1_000`.
pub fn parse_units(param: &'static str, text: &str, decimals: u8) -> Result<U256, ParamsError> {
    let bad = || ParamsError::BadValue {
        param,
        value: text.to_owned(),
        expected: format!("a decimal amount with at most {decimals} decimals"),
    };
    let cleaned: String = text.trim().chars().filter(|c| *c != '_').collect();
    let (whole, fraction) = cleaned.split_once('.').unwrap_or((&cleaned, ""));
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty()
        || !digits(whole)
        || !digits(fraction)
        || fraction.len() > usize::from(decimals)
    {
        return Err(bad());
    }
    let padded = format!("{whole}{fraction:0<width$}", width = usize::from(decimals));
    U256::from_str_radix(&padded, 10).map_err(|_| bad())
}

/// Parses a duration in seconds: a plain number of seconds (`21600`), or numbers with units `d`, `h`, `m`, `s` in
/// that order (`6h`, `90m`, `1h30m`, `2d`).
pub fn parse_duration(param: &'static str, text: &str) -> Result<U256, ParamsError> {
    let bad = || ParamsError::BadValue {
        param,
        value: text.to_owned(),
        expected: "a number of seconds or a duration such as 6h, 90m or 1h30m".to_owned(),
    };
    let cleaned: String = text.trim().chars().filter(|c| *c != '_').collect();
    if cleaned.is_empty() {
        return Err(bad());
    }
    if cleaned.chars().all(|c| c.is_ascii_digit()) {
        return U256::from_str_radix(&cleaned, 10).map_err(|_| bad());
    }
    let units = [('d', 86_400u64), ('h', 3_600), ('m', 60), ('s', 1)];
    let (mut total, mut number, mut next_unit) = (0u64, String::new(), 0usize);
    for c in cleaned.chars() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        // Each unit once, largest first, each after a number.
        let at = units[next_unit..]
            .iter()
            .position(|(unit, _)| *unit == c)
            .ok_or_else(bad)?;
        let scale = units[next_unit + at].1;
        let value: u64 = number.parse().map_err(|_| bad())?;
        total = value
            .checked_mul(scale)
            .and_then(|seconds| total.checked_add(seconds))
            .ok_or_else(bad)?;
        number.clear();
        next_unit += at + 1;
    }
    if !number.is_empty() {
        return Err(bad());
    }
    Ok(U256::from(total))
}

/// Seconds as the largest units that divide them exactly: `6h`, `1h30m`, `90s`, `0s`.
pub fn format_duration(seconds: u64) -> String {
    if seconds == 0 {
        return "0s".to_owned();
    }
    let mut rest = seconds;
    let mut text = String::new();
    for (unit, scale) in [("d", 86_400u64), ("h", 3_600), ("m", 60), ("s", 1)] {
        if rest >= scale {
            text.push_str(&format!("{}{unit}", rest / scale));
            rest %= scale;
        }
    }
    text
}

/// Base units of a token with `decimals` as a decimal amount without trailing zeros: `10000`, `1000.5`.
pub fn format_units(amount: U256, decimals: u8) -> String {
    let unit = U256::from(10u64).pow(U256::from(decimals));
    let whole = amount / unit;
    let fraction = amount % unit;
    if fraction.is_zero() {
        return whole.to_string();
    }
    let fraction = format!("{fraction:0>width$}", width = usize::from(decimals));
    format!("{whole}.{}", fraction.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_parse_and_format() {
        let xmtp = |s| parse_units("minimum-stake", s, XMTP_DECIMALS).unwrap();
        assert_eq!(
            xmtp("10000"),
            U256::from(10_000u64) * U256::from(10u64).pow(U256::from(18))
        );
        assert_eq!(
            parse_units("base-pay", "1000.5", 6).unwrap(),
            U256::from(1_000_500_000u64)
        );
        assert_eq!(
            parse_units("base-pay", "1_000", 6).unwrap(),
            U256::from(1_000_000_000u64)
        );
        assert_eq!(
            parse_units("base-pay", ".5", 6).unwrap(),
            U256::from(500_000u64)
        );
        for bad in ["", ".", "1.0000001", "-1", "1e6", "ten"] {
            let error = parse_units("base-pay", bad, 6).unwrap_err();
            assert!(error.is_bad_input());
            assert!(error.to_string().starts_with("base-pay: `"), "{error}");
        }
        assert_eq!(format_units(U256::from(1_000_500_000u64), 6), "1000.5");
        assert_eq!(format_units(xmtp("10000"), 18), "10000");
    }

    #[test]
    fn values_outside_the_contracts_bounds_are_refused_by_name() {
        let token = U256::from(10u64).pow(U256::from(18));
        let cases = [
            (
                ParamChange::MinimumStake {
                    amount: token / U256::from(2),
                },
                "minimum-stake 0.5 XMTP: must be whole XMTP, from 1 to 1099511627775",
            ),
            (
                ParamChange::MinimumStake { amount: U256::ZERO },
                "minimum-stake 0 XMTP: must be whole XMTP",
            ),
            (
                ParamChange::TurnoverCapBps {
                    bps: U256::from(10_001),
                },
                "turnover-cap-bps 10001: must be at most 10000 bps",
            ),
            (
                ParamChange::BasePay {
                    amount: U256::from(1_000_000_000_001u64),
                },
                "base-pay 1000000.000001 USDC: must be at most 1000000 USDC a month",
            ),
            (
                ParamChange::ProfitCapBps {
                    bps: U256::from(9_999),
                },
                "profit-cap-bps 9999: must be from 10000 to 100000 bps",
            ),
            (
                ParamChange::TreasuryShares {
                    buyback_bps: 5_000,
                    staking_rewards_bps: 3_000,
                    treasury_bps: 3_000,
                },
                "treasury-shares 5000 3000 3000: the three shares must sum to 10000 bps, not 11000",
            ),
            (
                ParamChange::PayloadSizes {
                    contract: Broadcaster::GroupMessages,
                    min: 10,
                    max: 9,
                },
                "payload-sizes 10 9: the minimum must be at least 1",
            ),
            (
                ParamChange::VariableCost {
                    amount: U256::from(1_000_001),
                },
                "variable-cost 1.000001 USDC: must be at most 1 USDC a message",
            ),
            (
                ParamChange::OwedCapBps {
                    bps: U256::from(120_001),
                },
                "owed-cap-bps 120001: must be at most 120000 bps of a month's base pay",
            ),
            (
                ParamChange::ReportWindow {
                    seconds: U256::ZERO,
                },
                "report-window 0 s: must be from 1 s to the epoch duration",
            ),
            (
                ParamChange::ReportWindow {
                    seconds: U256::from(30 * 86_400 + 1),
                },
                "report-window 2592001 s: must be from 1 s to the epoch duration (at most 2592000 s)",
            ),
            (
                ParamChange::ReserveShareBps { bps: 10_001 },
                "reserve-share-bps 10001: must be at most 10000 bps",
            ),
            (
                ParamChange::MaxCommissionBps {
                    bps: U256::from(5_001),
                },
                "max-commission-bps 5001: must be at most 5000 bps of the delegators' staking rewards",
            ),
            (
                ParamChange::MinimumSelfStakeBps {
                    bps: U256::from(99),
                },
                "minimum-self-stake-bps 99: must be from 100 to 10000 bps of the minimum stake",
            ),
            (
                ParamChange::MinimumSelfStakeBps {
                    bps: U256::from(10_001),
                },
                "minimum-self-stake-bps 10001: must be from 100 to 10000 bps",
            ),
            (
                ParamChange::MaxReportRange { ids: U256::ZERO },
                "max-report-range 0: must be from 1 to 18446744073709551615 sequence ids",
            ),
            (
                ParamChange::MaxReportRange {
                    ids: U256::from(u64::MAX) + U256::from(1),
                },
                "max-report-range 18446744073709551616: must be from 1",
            ),
        ];
        for (change, expected) in cases {
            let message = change.validate().unwrap_err().to_string();
            assert!(
                message.starts_with(expected),
                "{message:?} is not {expected:?}"
            );
        }
        for valid in [
            ParamChange::MinimumStake {
                amount: token * U256::from(20_000),
            },
            ParamChange::VariableCost { amount: U256::ZERO },
            ParamChange::VariableCost {
                amount: U256::from(1_000_000),
            },
            ParamChange::OwedCapBps { bps: U256::ZERO },
            ParamChange::OwedCapBps {
                bps: U256::from(120_000),
            },
            ParamChange::ReportWindow {
                seconds: U256::from(1),
            },
            ParamChange::ReserveShareBps { bps: 10_000 },
            ParamChange::MaxReportRange {
                ids: U256::from(u64::MAX),
            },
            ParamChange::MaxCommissionBps { bps: U256::ZERO },
            ParamChange::MaxCommissionBps {
                bps: U256::from(5_000),
            },
            ParamChange::MinimumSelfStakeBps {
                bps: U256::from(100),
            },
            ParamChange::MinimumSelfStakeBps {
                bps: U256::from(10_000),
            },
        ] {
            valid.validate().unwrap();
        }
    }

    #[test]
    fn durations_parse_as_seconds_or_with_units() {
        let parse = |s| parse_duration("report-window", s).unwrap();
        assert_eq!(parse("21600"), U256::from(21_600));
        assert_eq!(parse("6h"), U256::from(21_600));
        assert_eq!(parse("90m"), U256::from(5_400));
        assert_eq!(parse("1h30m"), U256::from(5_400));
        assert_eq!(parse("2d"), U256::from(172_800));
        assert_eq!(parse("1d2h3m4s"), U256::from(93_784));
        assert_eq!(parse("45s"), U256::from(45));
        for bad in ["", "h", "6x", "30m1h", "1h1h", "6h30", "-6h", "1.5h"] {
            let error = parse_duration("report-window", bad).unwrap_err();
            assert!(error.is_bad_input());
            assert!(error.to_string().starts_with("report-window: `"), "{error}");
        }
        assert_eq!(format_duration(21_600), "6h");
        assert_eq!(format_duration(5_400), "1h30m");
        assert_eq!(format_duration(93_784), "1d2h3m4s");
        assert_eq!(format_duration(0), "0s");
        assert_eq!(
            ParamChange::ReportWindow {
                seconds: U256::from(21_600)
            }
            .new_value(),
            "21600 s (6h)"
        );
        assert_eq!(
            ParamChange::VariableCost {
                amount: U256::from(2_000)
            }
            .new_value(),
            "0.002 USDC a message"
        );
    }

    #[test]
    fn every_change_builds_a_verified_transaction() {
        let to = Address::repeat_byte(7);
        let changes = [
            ParamChange::MinimumStake {
                amount: U256::from(10).pow(U256::from(22)),
            },
            ParamChange::TurnoverCapBps {
                bps: U256::from(1_000),
            },
            ParamChange::BasePay {
                amount: U256::from(2_000_000_000u64),
            },
            ParamChange::ProfitCapBps {
                bps: U256::from(15_000),
            },
            ParamChange::VariableCost {
                amount: U256::from(2_000),
            },
            ParamChange::OwedCapBps {
                bps: U256::from(30_000),
            },
            ParamChange::ReportWindow {
                seconds: U256::from(3_600),
            },
            ParamChange::ReserveShareBps { bps: 2_000 },
            ParamChange::MaxReportRange {
                ids: U256::from(1_000_000),
            },
            ParamChange::TreasuryShares {
                buyback_bps: 5_000,
                staking_rewards_bps: 2_500,
                treasury_bps: 2_500,
            },
            ParamChange::MaxCommissionBps {
                bps: U256::from(3_000),
            },
            ParamChange::MinimumSelfStakeBps {
                bps: U256::from(2_000),
            },
            ParamChange::PayloadSizes {
                contract: Broadcaster::IdentityUpdates,
                min: 2,
                max: 1_024,
            },
            ParamChange::Pause {
                contract: Pausable::Payers,
            },
            ParamChange::Unpause {
                contract: Pausable::RewardDistributor,
            },
        ];
        for change in changes {
            let tx = change.transaction(to).unwrap();
            tx.verify(0).unwrap();
            assert_eq!(tx.contract_method.name, change.function());
            assert!(!tx.contract_method.payable);
        }
    }

    #[test]
    fn contract_names_are_matched_loosely_and_refused_by_name() {
        assert_eq!(
            "group-messages".parse::<Broadcaster>().unwrap(),
            Broadcaster::GroupMessages
        );
        assert_eq!(
            "IdentityUpdates".parse::<Broadcaster>().unwrap(),
            Broadcaster::IdentityUpdates
        );
        assert_eq!(
            "reward_distributor".parse::<Pausable>().unwrap(),
            Pausable::RewardDistributor
        );
        let error = "Nodes".parse::<Pausable>().unwrap_err();
        assert_eq!(
            error.to_string(),
            "pause: `Nodes` is not one of IdentityUpdates, GroupMessages, Payers, RewardDistributor"
        );
        assert!("Payers".parse::<Broadcaster>().is_err());
    }

    /// The input names and payability written into batches are the ABI's (`out/`, as `forge build` left it), so the
    /// Safe Transaction Builder shows what it would have written itself.
    #[test]
    fn method_descriptions_match_the_built_abis() {
        let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
        let to = Address::ZERO;
        let mut checked = Vec::new();
        let upgrade = BatchTransaction::from_call(
            to,
            &RewardDistributor::upgradeToAndCallCall {
                newImplementation: to,
                data: Default::default(),
            },
            &["newImplementation", "data"],
            true,
        )
        .unwrap();
        checked.push((deployments::REWARD_DISTRIBUTOR, upgrade));
        for change in [
            ParamChange::MinimumStake { amount: U256::ZERO },
            ParamChange::TurnoverCapBps { bps: U256::ZERO },
            ParamChange::BasePay { amount: U256::ZERO },
            ParamChange::ProfitCapBps { bps: U256::ZERO },
            ParamChange::VariableCost { amount: U256::ZERO },
            ParamChange::OwedCapBps { bps: U256::ZERO },
            ParamChange::ReportWindow {
                seconds: U256::ZERO,
            },
            ParamChange::ReserveShareBps { bps: 0 },
            ParamChange::MaxReportRange { ids: U256::ZERO },
            ParamChange::TreasuryShares {
                buyback_bps: 0,
                staking_rewards_bps: 0,
                treasury_bps: 0,
            },
            ParamChange::MaxCommissionBps { bps: U256::ZERO },
            ParamChange::MinimumSelfStakeBps { bps: U256::ZERO },
            ParamChange::PayloadSizes {
                contract: Broadcaster::IdentityUpdates,
                min: 0,
                max: 0,
            },
            ParamChange::PayloadSizes {
                contract: Broadcaster::GroupMessages,
                min: 0,
                max: 0,
            },
            ParamChange::Pause {
                contract: Pausable::IdentityUpdates,
            },
            ParamChange::Pause {
                contract: Pausable::GroupMessages,
            },
            ParamChange::Pause {
                contract: Pausable::Payers,
            },
            ParamChange::Pause {
                contract: Pausable::RewardDistributor,
            },
            ParamChange::Unpause {
                contract: Pausable::Payers,
            },
        ] {
            checked.push((change.contract(), change.transaction(to).unwrap()));
        }
        for (contract, tx) in checked {
            let path = root.join(format!("out/{contract}.sol/{contract}.json"));
            let artifact: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let method = &tx.contract_method;
            let entry = artifact["abi"]
                .as_array()
                .unwrap()
                .iter()
                .find(|e| e["type"] == "function" && e["name"] == method.name.as_str())
                .unwrap_or_else(|| panic!("{contract} has no {}", method.name));
            let inputs: Vec<(String, String, String)> = entry["inputs"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| {
                    (
                        i["internalType"].as_str().unwrap().to_owned(),
                        i["name"].as_str().unwrap().to_owned(),
                        i["type"].as_str().unwrap().to_owned(),
                    )
                })
                .collect();
            let ours: Vec<(String, String, String)> = method
                .inputs
                .iter()
                .map(|i| (i.internal_type.clone(), i.name.clone(), i.ty.clone()))
                .collect();
            assert_eq!(ours, inputs, "{contract}.{}", method.name);
            assert_eq!(
                method.payable,
                entry["stateMutability"] == "payable",
                "{contract}.{}",
                method.name
            );
        }
    }
}
