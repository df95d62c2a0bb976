//! The system tour behind `xmtp-ops demo`: a month of the control plane on a local anvil, kept by
//! the real `keeper` binary.
//!
//! One module per chapter, in the order the tour runs them:
//! - `broadcast`: payloads published to both broadcasters and read back in order;
//! - `network`: node operators stake and register, payers deposit, governance sets the costs;
//! - `month`: epoch by epoch, usage reports signed by a majority of the active set are
//!   settled, the clock moves to the next rotation and `keeper tick` does what is due (rotation,
//!   fees, distribution, excess, payouts); prints the rotation schedule and each node's epochs;
//! - `delegators`: before the month three XMTP holders delegate to two operators' pools and the
//!   operators raise their commission (in force an unbonding period later); a delegator
//!   undelegates before the slashing and another redelegates after it; after the month delegators
//!   and operators claim their staking rewards;
//! - `slashing`: mid-month the active nodes serve their envelopes from a fake xmtpd network
//!   (`crate::fakenet`) and one of them (a delegated pool's operator when one is seated) serves a
//!   second signed version of one of its sequence ids; `keeper watch --once`, told neither which
//!   node nor which sequence id, finds it, proves it and relays it, and the node is slashed with
//!   its pool, jailed and replaced;
//! - `rewards`: the payout period's earnings against costs and the profit cap, the monthly
//!   payout to each NFT owner, the payers' balances and the treasury's buckets;
//! - `upgrade`: `RewardDistributor` upgraded through a Safe batch (`crate::gov`), its state read
//!   before and after.
//!
//! `binary` runs the keeper binary; `usage` builds, signs and settles the usage reports;
//! `report` formats amounts.

mod binary;
mod broadcast;
mod delegators;
mod month;
mod network;
mod report;
mod rewards;
mod slashing;
mod upgrade;
mod usage;

use std::{io::Write, path::PathBuf, process::ExitStatus};

use alloy::{
    primitives::{Address, U256},
    providers::DynProvider,
    transports::TransportError,
};

use crate::{
    broadcasters::{EventsError, Kind, OrderingError, PublishError},
    deployments::{
        Deployments, DeploymentsError, AUTOMATION, GROUP_MESSAGES, IDENTITY_UPDATES,
        MISBEHAVIOR_REPORTS, NODES, NODE_EARNINGS_TRACKER, NODE_SELECTION_MANAGER, PAYERS,
        REWARD_DISTRIBUTOR, USDC, XMTP, XMTP_TREASURY,
    },
    devnet::{DevnetError, LocalChain},
    payers::{tree::TreeError, DepositError, UsageError},
    rewards::RewardsError,
    selection::{SeatError, SelectionError},
    tx::{Revert, TxError},
};
use binary::KeeperBinary;
use xmtp_bindings::{
    mock_usdc::MockUSDC::MockUSDCErrors,
    reward_distributor::RewardDistributor::RewardDistributorErrors,
    xmtp_treasury::XMTPTreasury::XMTPTreasuryErrors,
};

/// The full tour's length in days (two 12-hour epochs a day).
pub const DEFAULT_DAYS: u32 = 31;

/// The full tour's node operators: twice the active set's 10 seats.
pub const DEFAULT_NODES: usize = 20;

/// The fewest nodes the tour runs with: two seats and two candidates waiting.
pub const MIN_NODES: usize = 4;

/// The most nodes the tour runs with (anvil gets one dev account for each, plus the deployer,
/// the keeper and the delegators).
pub const MAX_NODES: usize = 64;

/// The longest tour, in days.
pub const MAX_DAYS: u32 = 90;

/// What the tour runs.
#[derive(Debug, Clone)]
pub struct Options {
    /// The `keeper` binary that every tick and the watcher run (beside the demo's own executable).
    pub keeper: PathBuf,
    /// Days of accelerated time, two epochs each.
    pub days: u32,
    /// Node operators; the active set has `min(10, nodes / 2)` seats.
    pub nodes: usize,
}

impl Options {
    /// The full tour: [`DEFAULT_DAYS`] days with [`DEFAULT_NODES`] nodes.
    pub fn new(keeper: PathBuf) -> Self {
        Self {
            keeper,
            days: DEFAULT_DAYS,
            nodes: DEFAULT_NODES,
        }
    }

    fn validate(&self) -> Result<(), DemoError> {
        let in_range = |value: u64, min: u64, max: u64, what| {
            if (min..=max).contains(&value) {
                Ok(())
            } else {
                Err(DemoError::Options {
                    what,
                    value,
                    min,
                    max,
                })
            }
        };
        in_range(u64::from(self.days), 1, u64::from(MAX_DAYS), "days")?;
        in_range(
            self.nodes as u64,
            MIN_NODES as u64,
            MAX_NODES as u64,
            "nodes",
        )
    }
}

/// Why the tour stopped.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    /// An option is out of range.
    #[error("--{what} {value} is out of range: {min} to {max}")]
    Options {
        /// The option.
        what: &'static str,
        /// Its value.
        value: u64,
        /// The smallest allowed.
        min: u64,
        /// The largest allowed.
        max: u64,
    },
    /// anvil did not start or the suite did not deploy.
    #[error("setting up the local chain")]
    Devnet(#[from] DevnetError),
    /// The deployment record lacks a contract.
    #[error("finding the contracts")]
    Deployments(#[from] DeploymentsError),
    /// The chain could not be queried.
    #[error("reading the chain")]
    Rpc(#[source] TransportError),
    /// A publish failed.
    #[error("publishing")]
    Publish(#[from] PublishError),
    /// The events could not be read back.
    #[error("reading the publishes back")]
    Events(#[from] EventsError),
    /// The events are not numbered 1..=n.
    #[error("checking the read-back order")]
    Ordering(#[from] OrderingError),
    /// The events differ from what was published.
    #[error("{kind} with sequence id {sequence_id} differs from what was published: {detail}")]
    Mismatch {
        /// The broadcaster.
        kind: Kind,
        /// The event's sequence id.
        sequence_id: u64,
        /// What differs.
        detail: String,
    },
    /// The read-back has a different number of events than were published.
    #[error("published {sent} {kind}s but read back {read}")]
    Count {
        /// The broadcaster.
        kind: Kind,
        /// Number published.
        sent: usize,
        /// Number read back.
        read: usize,
    },
    /// The nodes could not be added, staked or registered.
    #[error("registering the nodes")]
    Seat(#[from] SeatError),
    /// A governance call to the selection manager was refused.
    #[error("configuring the node selection manager")]
    Selection(#[from] SelectionError),
    /// A governance call to the distributor was refused.
    #[error("configuring the reward distributor")]
    Distributor(#[source] Box<TxError<Revert<RewardDistributorErrors>>>),
    /// Governance's deposit into the base-pay reserve failed.
    #[error("funding the base-pay reserve")]
    Treasury(#[source] Box<TxError<Revert<XMTPTreasuryErrors>>>),
    /// The demo's USDC could not be minted.
    #[error("minting the demo's USDC")]
    Mint(#[from] TxError<Revert<MockUSDCErrors>>),
    /// A deposit failed.
    #[error("depositing for a payer")]
    Deposit(#[from] DepositError),
    /// The payer tree could not be built.
    #[error("building the payer tree")]
    Tree(#[from] TreeError),
    /// A node could not sign a usage report or an envelope.
    #[error("signing")]
    Sign(#[from] alloy::signers::Error),
    /// A report could not be submitted or settled.
    #[error("submitting or settling a usage report")]
    Usage(#[from] UsageError),
    /// anvil's clock could not be moved.
    #[error("advancing anvil's clock")]
    Clock(#[source] TransportError),
    /// A read of the distributor's or the tracker's books failed.
    #[error("reading the rewards")]
    Rewards(#[from] RewardsError),
    /// A view call failed.
    #[error("reading {0}")]
    Read(&'static str, #[source] Box<alloy::contract::Error>),
    /// The deployment record or the evidence could not be written as JSON.
    #[error("writing JSON for the keeper")]
    Record(#[source] serde_json::Error),
    /// A file for the keeper could not be written.
    #[error("writing {}", path.display())]
    TempFile {
        /// The file.
        path: PathBuf,
        /// The I/O failure.
        #[source]
        source: std::io::Error,
    },
    /// The keeper binary could not be started.
    #[error("cannot run the keeper binary {}", program.display())]
    KeeperLaunch {
        /// The binary.
        program: PathBuf,
        /// The I/O failure.
        #[source]
        source: std::io::Error,
    },
    /// The keeper binary exited with an error.
    #[error("`keeper {command}` failed ({status}): {error}")]
    Keeper {
        /// The subcommand.
        command: String,
        /// Its exit status.
        status: ExitStatus,
        /// Its error line.
        error: String,
    },
    /// The keeper binary printed something the tour cannot read.
    #[error("`keeper {command}` printed {line:?}")]
    KeeperOutput {
        /// The subcommand.
        command: &'static str,
        /// The line.
        line: String,
    },
    /// A keeper tick left the chain in a state the tour did not expect.
    #[error("after `keeper tick` at epoch {epoch}: {detail}")]
    Unexpected {
        /// The epoch the tick ended.
        epoch: u64,
        /// What was wrong.
        detail: String,
    },
    /// The watcher's relayed finding is not on chain as the keeper's report.
    #[error(
        "the watcher relayed report {report_id}, but the chain holds no such report by the keeper"
    )]
    NotReported {
        /// `keccak256(abi.encode(nodeId, sequenceId))` of the finding.
        report_id: String,
    },
    /// The fake xmtpd network could not start or be driven.
    #[error("running the fake xmtpd network")]
    FakeNet(#[from] crate::fakenet::FakeNetError),
    /// The watcher's store could not be read.
    #[error("reading the watcher's store")]
    WatchStore(#[from] crate::watch::store::StoreError),
    /// A node's payout differs from what the tracker says it earned.
    #[error("node {node} earned {earned} USDC in period 0 but was paid {paid} USDC")]
    Payout {
        /// The node id.
        node: u32,
        /// What the tracker records.
        earned: String,
        /// What the payout events carried.
        paid: String,
    },
    /// The upgrade could not be prepared, written or executed.
    #[error("upgrading RewardDistributor")]
    Gov(#[source] Box<crate::gov::GovError>),
    /// The distributor's state differs after the upgrade.
    #[error(
        "RewardDistributor's {field} changed across the upgrade: {before} before, {after} after"
    )]
    UpgradeLostState {
        /// The field.
        field: String,
        /// Its value before.
        before: String,
        /// Its value after.
        after: String,
    },
    /// A delegator's approval or delegation did not land.
    #[error("delegating")]
    Delegate(#[source] Box<crate::delegation::DelegateError>),
    /// A call to `Delegation` did not land.
    #[error("calling Delegation")]
    Delegation(#[source] Box<crate::delegation::DelegationCallError>),
    /// A read of `Delegation` failed.
    #[error("reading the pools")]
    DelegationRead(#[from] crate::delegation::ReadError),
    /// The report could not be written.
    #[error("writing the report")]
    Output(#[from] std::io::Error),
}

impl From<crate::gov::GovError> for DemoError {
    fn from(error: crate::gov::GovError) -> Self {
        Self::Gov(Box::new(error))
    }
}

impl From<TxError<Revert<XMTPTreasuryErrors>>> for DemoError {
    fn from(error: TxError<Revert<XMTPTreasuryErrors>>) -> Self {
        Self::Treasury(Box::new(error))
    }
}

impl From<TxError<Revert<RewardDistributorErrors>>> for DemoError {
    fn from(error: TxError<Revert<RewardDistributorErrors>>) -> Self {
        Self::Distributor(Box::new(error))
    }
}

/// The suite's addresses the tour uses.
#[derive(Debug, Clone, Copy)]
struct Contracts {
    identity: Address,
    groups: Address,
    nodes: Address,
    selection: Address,
    payers: Address,
    distributor: Address,
    tracker: Address,
    treasury: Address,
    reports: Address,
    automation: Address,
    usdc: Address,
    xmtp: Address,
}

impl Contracts {
    fn from_deployments(d: &Deployments) -> Result<Self, DeploymentsError> {
        Ok(Self {
            identity: d.proxy(IDENTITY_UPDATES)?,
            groups: d.proxy(GROUP_MESSAGES)?,
            nodes: d.proxy(NODES)?,
            selection: d.proxy(NODE_SELECTION_MANAGER)?,
            payers: d.proxy(PAYERS)?,
            distributor: d.proxy(REWARD_DISTRIBUTOR)?,
            tracker: d.proxy(NODE_EARNINGS_TRACKER)?,
            treasury: d.proxy(XMTP_TREASURY)?,
            reports: d.proxy(MISBEHAVIOR_REPORTS)?,
            automation: d.proxy(AUTOMATION)?,
            usdc: d.token(USDC)?,
            xmtp: d.token(XMTP)?,
        })
    }
}

/// What every chapter reads and sends through.
struct Tour {
    chain: LocalChain,
    deployments: Deployments,
    /// Signs as the deployer: the suite's admin (governance) and node manager.
    admin: DynProvider,
    contracts: Contracts,
    keeper: KeeperBinary,
}

/// Runs the tour, writing its report to `out`. anvil is stopped and the keeper's temporary
/// files removed before this returns.
pub async fn run(options: &Options, out: &mut impl Write) -> Result<(), DemoError> {
    options.validate()?;
    let started = std::time::Instant::now();
    // The deployer, one operator per node, the delegators and the keeper.
    let chain = LocalChain::start_with_accounts(options.nodes + delegators::COUNT + 2).await?;
    let deployments = chain.deploy_suite().await?;
    let contracts = Contracts::from_deployments(&deployments)?;
    let keeper_key = chain
        .other_dev_signers()
        .pop()
        .ok_or(DevnetError::NoDevKey)?;
    let keeper = KeeperBinary::new(&options.keeper, &chain, &deployments, keeper_key)?;
    let tour = Tour {
        admin: chain.provider(),
        chain,
        deployments,
        contracts,
        keeper,
    };
    writeln!(
        out,
        "anvil chain {} at {}; the suite deployed by script/Deploy.s.sol ({} contracts); keeper {}",
        tour.chain.chain_id(),
        tour.chain.endpoint(),
        tour.deployments.contracts.len(),
        tour.keeper.key().address()
    )?;
    writeln!(out)?;

    broadcast::run(
        &tour.admin,
        &broadcast::Contracts {
            identity: contracts.identity,
            groups: contracts.groups,
        },
        out,
    )
    .await?;
    writeln!(out)?;

    let network = network::run(&tour, options, out).await?;
    writeln!(out)?;
    // The dev accounts after the operators' and before the keeper's.
    let signers: Vec<_> = tour
        .chain
        .other_dev_signers()
        .into_iter()
        .skip(options.nodes)
        .take(delegators::COUNT)
        .collect();
    let mut delegators = delegators::setup(&tour, &network, signers, out).await?;
    writeln!(out)?;
    let month = month::run(&tour, &network, &mut delegators, options, out).await?;
    writeln!(out)?;
    if let Some(slash) = &month.slash {
        slashing::write(slash, &month, out)?;
        writeln!(out)?;
    }
    rewards::run(&tour, &network, &month, out).await?;
    writeln!(out)?;
    delegators::write_rewards(
        &tour,
        &network,
        &delegators,
        month.slash.as_ref().map(|s| s.node),
        month.start_time,
        out,
    )
    .await?;
    writeln!(out)?;
    upgrade::run(&tour, &network, out).await?;
    writeln!(out)?;

    // The providers first: one still polling when anvil stops would log a failed poll. The delegators hold a
    // provider each, so every chapter's state goes before anvil does.
    drop(delegators);
    drop(month);
    drop(network);
    let Tour {
        chain,
        keeper,
        admin,
        ..
    } = tour;
    drop(admin);
    drop(keeper);
    drop(chain);
    writeln!(
        out,
        "anvil stopped; the tour took {:.0}s",
        started.elapsed().as_secs_f64()
    )?;
    Ok(())
}

/// A `uint256` count, id or time that fits in a `u64` on any real chain; saturates.
fn to_u64(value: U256) -> u64 {
    u64::try_from(value).unwrap_or(u64::MAX)
}

/// Maps a failed view call to [`DemoError::Read`].
fn read_error(what: &'static str) -> impl FnOnce(alloy::contract::Error) -> DemoError {
    move |e| DemoError::Read(what, Box::new(e))
}
