//! `xmtp-ops gov`: governance for the multisig. Upgrades and parameter changes become Safe Transaction Builder batch
//! files for the Safe's owners to import, review and sign; `layouts` checks or rewrites the storage-layout snapshots.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use xmtp_cli::GlobalArgs;
use xmtp_control::keeper::config::{Config, KeyRequirement, Overrides};
use xmtp_gov::{
    batch::Batch,
    execute,
    layout::{self, LayoutError},
    params::{self, ParamChange, USDC_DECIMALS, XMTP_DECIMALS},
    toolchain::Toolchain,
    upgrade::{self, UpgradeRequest},
    Address, Bytes, GovError, Governance, U256,
};

use super::{load_config, Failure};

const AFTER_HELP: &str = "\
Nothing here signs for the Safe. `upgrade` and `set` write a Safe Transaction Builder batch (default:
safe-batches/<chainId>-<name>-<createdAt>.json in the project) and print its path; import it in the Safe
web app (Transaction Builder, \"drag and drop\"), check it, sign it. Each is simulated from the Safe first:
a value or a Safe the contract would refuse is refused here by the contract's error name (exit 2).
`upgrade` refuses a storage layout that reorders, retypes, renames or removes a field of the contract's
snapshot (snapshots/storage/, exit 2), then deploys the new implementation from the configured key
(KEEPER_PRIVATE_KEY or the keystore: any funded account, never the Safe).
--execute runs the batch on anvil as the Safe (impersonated); any other chain is refused.

Examples:
  xmtp-ops gov upgrade RewardDistributor --safe 0xSafe
  xmtp-ops gov set minimum-stake 20000 --safe 0xSafe
  xmtp-ops gov set treasury-shares 5000 2500 2500 --safe 0xSafe
  xmtp-ops gov set variable-cost 0.002 --safe 0xSafe
  xmtp-ops gov set report-window 6h --safe 0xSafe
  xmtp-ops gov set max-commission-bps 1500 --safe 0xSafe
  xmtp-ops gov set pause GroupMessages --safe 0xSafe --execute
  xmtp-ops gov layouts --write     (what `make storage-layouts` runs)";

/// Arguments of `xmtp-ops gov`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub(crate) struct GovArgs {
    /// What to prepare.
    #[command(subcommand)]
    command: GovCommand,
}

#[derive(Debug, Subcommand)]
enum GovCommand {
    /// Check a contract's storage layout, deploy its new implementation and write the batch calling
    /// upgradeToAndCall on its proxy.
    Upgrade(UpgradeArgs),
    /// Write the batch changing one parameter (or pausing a contract).
    Set(SetArgs),
    /// Check the built storage layouts against the committed snapshots, or rewrite the snapshots.
    Layouts(LayoutsArgs),
}

/// Where the batch goes and who executes it.
#[derive(Debug, Args)]
#[command(next_help_heading = "Batch")]
struct BatchArgs {
    /// The governance Safe: the batch's createdFromSafeAddress, the account every call is simulated from.
    #[arg(long, value_name = "ADDR")]
    safe: Address,
    /// Where to write the batch [default: safe-batches/<chainId>-<name>-<createdAt>.json].
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Then execute the batch on anvil as the Safe (impersonated); refused on other chains.
    #[arg(long)]
    execute: bool,
}

/// Arguments of `xmtp-ops gov upgrade`.
#[derive(Debug, Args)]
struct UpgradeArgs {
    /// The contract, as the deployment record names it (e.g. RewardDistributor).
    #[arg(value_name = "CONTRACT")]
    contract: String,
    /// Calldata upgradeToAndCall passes to the new implementation (a reinitializer) [default: 0x, none].
    #[arg(long, value_name = "0x…")]
    call: Option<Bytes>,
    /// The storage-layout snapshots to check against [default: snapshots/storage in the project].
    #[arg(long, value_name = "DIR")]
    snapshots: Option<PathBuf>,
    /// Where the batch goes.
    #[command(flatten)]
    batch: BatchArgs,
}

/// Arguments of `xmtp-ops gov set`.
#[derive(Debug, Args)]
struct SetArgs {
    /// The parameter and its new value.
    #[command(subcommand)]
    param: Param,
}

#[derive(Debug, Subcommand)]
enum Param {
    /// NodeSelectionManager.setMinimumStake: the stake a candidate needs, in whole XMTP.
    MinimumStake {
        /// The new minimum, in XMTP (e.g. 20000).
        #[arg(value_name = "XMTP")]
        xmtp: String,
        /// Where the batch goes.
        #[command(flatten)]
        batch: BatchArgs,
    },
    /// NodeSelectionManager.setMaxDailyTurnoverBps: the share of seats that may change in 24 hours.
    TurnoverCapBps {
        /// The new cap, in basis points (at most 10000).
        #[arg(value_name = "BPS")]
        bps: u64,
        /// Where the batch goes.
        #[command(flatten)]
        batch: BatchArgs,
    },
    /// RewardDistributor.setBasePayPerMonth: each active node's base pay, in USDC.
    BasePay {
        /// The new base pay, in USDC a month (e.g. 1000 or 1000.50; at most 1000000).
        #[arg(value_name = "USDC")]
        usdc: String,
        /// Where the batch goes.
        #[command(flatten)]
        batch: BatchArgs,
    },
    /// RewardDistributor.setProfitCapBps: a node's earnings cap as a multiple of its costs.
    ProfitCapBps {
        /// The new cap, in basis points of costs (10000 to 100000).
        #[arg(value_name = "BPS")]
        bps: u64,
        /// Where the batch goes.
        #[command(flatten)]
        batch: BatchArgs,
    },
    /// RewardDistributor.setVariableCostPerMessage: what each message a node originates adds to its
    /// costs, in USDC (applies from the next epoch).
    VariableCost {
        /// The new cost, in USDC a message (e.g. 0.002; at most 1).
        #[arg(value_name = "USDC")]
        usdc: String,
        /// Where the batch goes.
        #[command(flatten)]
        batch: BatchArgs,
    },
    /// RewardDistributor.setOwedCapBps: the most a node may be owed, as a share of a month's base pay.
    OwedCapBps {
        /// The new cap, in basis points of a month's base pay (at most 120000, twelve months).
        #[arg(value_name = "BPS")]
        bps: u64,
        /// Where the batch goes.
        #[command(flatten)]
        batch: BatchArgs,
    },
    /// NodeSelectionManager.setReportWindow: how long after its end an epoch takes usage and
    /// witness reports (and is distributed).
    ReportWindow {
        /// The new window: seconds (21600) or a duration (6h, 90m, 1h30m); 1 s to the epoch duration.
        #[arg(value_name = "DURATION")]
        duration: String,
        /// Where the batch goes.
        #[command(flatten)]
        batch: BatchArgs,
    },
    /// XMTPTreasury.setBasePayReserveShareBps: the share of each excess credited to the base-pay reserve.
    ReserveShareBps {
        /// The new share, in basis points (at most 10000).
        #[arg(value_name = "BPS")]
        bps: u16,
        /// Where the batch goes.
        #[command(flatten)]
        batch: BatchArgs,
    },
    /// Payers.setMaxReportRange: the longest sequence-id range one usage report may cover.
    MaxReportRange {
        /// The new maximum, in sequence ids (1 to 2^64 - 1).
        #[arg(value_name = "IDS")]
        ids: u64,
        /// Where the batch goes.
        #[command(flatten)]
        batch: BatchArgs,
    },
    /// XMTPTreasury.setShares: how excess rewards are split.
    TreasuryShares {
        /// Buyback and burn, in basis points.
        #[arg(value_name = "BUYBACK_BPS")]
        buyback: u16,
        /// Staking rewards, in basis points.
        #[arg(value_name = "STAKING_BPS")]
        staking_rewards: u16,
        /// The treasury, in basis points (the three sum to 10000).
        #[arg(value_name = "TREASURY_BPS")]
        treasury: u16,
        /// Where the batch goes.
        #[command(flatten)]
        batch: BatchArgs,
    },
    /// Delegation.setMaxCommissionBps: the most commission an operator may take from its delegators'
    /// staking rewards (a lower maximum caps higher commissions at once).
    MaxCommissionBps {
        /// The new maximum, in basis points of the delegators' staking rewards (at most 5000).
        #[arg(value_name = "BPS")]
        bps: u64,
        /// Where the batch goes.
        #[command(flatten)]
        batch: BatchArgs,
    },
    /// Delegation.setMinimumSelfStakeBps: the least own stake of an eligible operator, as a share
    /// of the minimum stake (the rest may be delegated).
    MinimumSelfStakeBps {
        /// The new share, in basis points of the minimum stake (100 to 10000).
        #[arg(value_name = "BPS")]
        bps: u64,
        /// Where the batch goes.
        #[command(flatten)]
        batch: BatchArgs,
    },
    /// setPayloadSizeBounds on IdentityUpdates or GroupMessages.
    PayloadSizes {
        /// IdentityUpdates or GroupMessages.
        #[arg(value_name = "CONTRACT")]
        contract: String,
        /// The smallest payload, in bytes (at least 1).
        #[arg(value_name = "MIN")]
        min: u32,
        /// The largest payload, in bytes.
        #[arg(value_name = "MAX")]
        max: u32,
        /// Where the batch goes.
        #[command(flatten)]
        batch: BatchArgs,
    },
    /// pause() on IdentityUpdates, GroupMessages, Payers or RewardDistributor.
    Pause {
        /// The contract.
        #[arg(value_name = "CONTRACT")]
        contract: String,
        /// Where the batch goes.
        #[command(flatten)]
        batch: BatchArgs,
    },
    /// unpause() on IdentityUpdates, GroupMessages, Payers or RewardDistributor.
    Unpause {
        /// The contract.
        #[arg(value_name = "CONTRACT")]
        contract: String,
        /// Where the batch goes.
        #[command(flatten)]
        batch: BatchArgs,
    },
}

/// Arguments of `xmtp-ops gov layouts`.
#[derive(Debug, Args)]
pub(crate) struct LayoutsArgs {
    /// Rewrite the snapshots from the build instead of checking them.
    #[arg(long)]
    write: bool,
    /// The snapshots folder [default: snapshots/storage in the project].
    #[arg(long, value_name = "DIR")]
    snapshots: Option<PathBuf>,
}

/// Runs the subcommand.
pub(crate) async fn run(global: &GlobalArgs, args: GovArgs) -> Result<(), Failure> {
    if global.dry_run {
        return Err(Failure::input(
            "--dry-run does not apply to gov: a batch file is only a proposal, and nothing is executed without \
             --execute",
        ));
    }
    match args.command {
        GovCommand::Upgrade(args) => run_upgrade(global, args).await,
        GovCommand::Set(args) => run_set(global, args).await,
        GovCommand::Layouts(args) => run_layouts(args).await,
    }
}

fn failure(error: impl Into<GovError>) -> Failure {
    let error = error.into();
    if error.is_bad_input() {
        Failure::input_error(error)
    } else {
        Failure::job_error(error)
    }
}

fn toolchain() -> Result<Toolchain, Failure> {
    Toolchain::locate().map_err(Failure::input_error)
}

/// Connects to the configured chain, after refusing --execute off anvil and an --out folder that cannot be made (an
/// upgrade deploys before it writes).
async fn connect(
    global: &GlobalArgs,
    keys: KeyRequirement,
    batch: &BatchArgs,
) -> Result<(Governance, Config), Failure> {
    let config = load_config(global, keys, Overrides::default())?;
    if let Some(dir) = batch.out.as_deref().and_then(Path::parent) {
        if !dir.as_os_str().is_empty() {
            std::fs::create_dir_all(dir).map_err(|error| {
                Failure::input(format!("--out: cannot create {}: {error}", dir.display()))
                    .because(error)
            })?;
        }
    }
    let gov = Governance::from_config(&config, batch.safe, toolchain()?)
        .await
        .map_err(failure)?;
    if batch.execute && !execute::is_anvil(&gov.provider).await {
        return Err(failure(execute::ExecuteError::NotAnvil {
            chain_id: gov.chain_id,
        }));
    }
    Ok((gov, config))
}

/// Writes the batch, prints its path, and executes it when asked.
async fn finish(gov: &Governance, batch: &Batch, args: &BatchArgs) -> Result<(), Failure> {
    let path = args
        .out
        .clone()
        .unwrap_or_else(|| gov.default_batch_path(batch));
    batch.write(&path).map_err(failure)?;
    println!("{}", path.display());
    eprintln!("{}: {}", batch.meta.name, batch.meta.description);
    if args.execute {
        let executed = execute::execute(&gov.provider, batch)
            .await
            .map_err(failure)?;
        for tx in executed.transactions {
            eprintln!("executed on anvil as the Safe {}: {tx}", batch.safe());
        }
    }
    Ok(())
}

async fn run_upgrade(global: &GlobalArgs, args: UpgradeArgs) -> Result<(), Failure> {
    let (gov, config) = connect(global, KeyRequirement::Required, &args.batch).await?;
    let deployer = config
        .signer
        .ok_or_else(|| Failure::input("no key to deploy the implementation with"))?;
    let request = UpgradeRequest {
        contract: args.contract,
        call: args.call.unwrap_or_default(),
        snapshots: args.snapshots,
    };
    let prepared = upgrade::prepare(&gov, &deployer, &request)
        .await
        .map_err(failure)?;
    eprintln!(
        "{}: new implementation {} (was {}); storage layout: {}",
        prepared.contract,
        prepared.implementation,
        prepared.previous_implementation,
        prepared.layout.describe()
    );
    finish(&gov, &prepared.batch, &args.batch).await
}

async fn run_set(global: &GlobalArgs, args: SetArgs) -> Result<(), Failure> {
    let (change, batch) = param_change(args.param)?;
    // Out of bounds is refused before any configuration or connection is needed.
    change.validate().map_err(failure)?;
    let (gov, _) = connect(global, KeyRequirement::Optional, &batch).await?;
    let prepared = params::prepare(&gov, &change).await.map_err(failure)?;
    finish(&gov, &prepared, &batch).await
}

fn param_change(param: Param) -> Result<(ParamChange, BatchArgs), Failure> {
    let units =
        |name, text: &str, decimals| params::parse_units(name, text, decimals).map_err(failure);
    Ok(match param {
        Param::MinimumStake { xmtp, batch } => (
            ParamChange::MinimumStake {
                amount: units("minimum-stake", &xmtp, XMTP_DECIMALS)?,
            },
            batch,
        ),
        Param::TurnoverCapBps { bps, batch } => (
            ParamChange::TurnoverCapBps {
                bps: U256::from(bps),
            },
            batch,
        ),
        Param::BasePay { usdc, batch } => (
            ParamChange::BasePay {
                amount: units("base-pay", &usdc, USDC_DECIMALS)?,
            },
            batch,
        ),
        Param::ProfitCapBps { bps, batch } => (
            ParamChange::ProfitCapBps {
                bps: U256::from(bps),
            },
            batch,
        ),
        Param::VariableCost { usdc, batch } => (
            ParamChange::VariableCost {
                amount: units("variable-cost", &usdc, USDC_DECIMALS)?,
            },
            batch,
        ),
        Param::OwedCapBps { bps, batch } => (
            ParamChange::OwedCapBps {
                bps: U256::from(bps),
            },
            batch,
        ),
        Param::ReportWindow { duration, batch } => (
            ParamChange::ReportWindow {
                seconds: params::parse_duration("report-window", &duration).map_err(failure)?,
            },
            batch,
        ),
        Param::ReserveShareBps { bps, batch } => (ParamChange::ReserveShareBps { bps }, batch),
        Param::MaxReportRange { ids, batch } => (
            ParamChange::MaxReportRange {
                ids: U256::from(ids),
            },
            batch,
        ),
        Param::TreasuryShares {
            buyback,
            staking_rewards,
            treasury,
            batch,
        } => (
            ParamChange::TreasuryShares {
                buyback_bps: buyback,
                staking_rewards_bps: staking_rewards,
                treasury_bps: treasury,
            },
            batch,
        ),
        Param::MaxCommissionBps { bps, batch } => (
            ParamChange::MaxCommissionBps {
                bps: U256::from(bps),
            },
            batch,
        ),
        Param::MinimumSelfStakeBps { bps, batch } => (
            ParamChange::MinimumSelfStakeBps {
                bps: U256::from(bps),
            },
            batch,
        ),
        Param::PayloadSizes {
            contract,
            min,
            max,
            batch,
        } => (
            ParamChange::PayloadSizes {
                contract: contract.parse().map_err(failure)?,
                min,
                max,
            },
            batch,
        ),
        Param::Pause { contract, batch } => (
            ParamChange::Pause {
                contract: contract.parse().map_err(failure)?,
            },
            batch,
        ),
        Param::Unpause { contract, batch } => (
            ParamChange::Unpause {
                contract: contract.parse().map_err(failure)?,
            },
            batch,
        ),
    })
}

pub(crate) async fn run_layouts(args: LayoutsArgs) -> Result<(), Failure> {
    let toolchain = toolchain()?;
    let root = toolchain.root();
    let dir = args
        .snapshots
        .unwrap_or_else(|| root.join(layout::SNAPSHOT_DIR));
    xmtp_gov::forge::build(&toolchain, std::time::Duration::from_secs(900))
        .await
        .map_err(Failure::job_error)?;
    let layout_failure = |error: LayoutError| match error {
        LayoutError::Read { .. } | LayoutError::Write { .. } => Failure::job_error(error),
        _ => Failure::input_error(error),
    };
    if args.write {
        for path in layout::write_suite(root, &dir).map_err(layout_failure)? {
            println!("{}", path.display());
        }
    } else {
        layout::verify_suite(root, &dir).map_err(layout_failure)?;
        println!(
            "storage layouts of {} contracts match {}",
            layout::UPGRADEABLE.len(),
            dir.display()
        );
    }
    Ok(())
}
