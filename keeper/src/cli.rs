//! The command line: one subcommand per job, each with its arguments in `cmd/<name>.rs`, and the
//! options every subcommand shares.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::cmd::{
    demo::DemoArgs, gov::GovArgs, relay::RelayArgs, run::RunArgs, status::StatusArgs,
    tick::TickArgs,
};

const AFTER_HELP: &str = "\
Configuration, lowest precedence first: the TOML file (--config), then the environment, then flags.
Environment:
  KEEPER_RPC_URL                 JSON-RPC URL(s), comma-separated, tried in order
  KEEPER_DEPLOYMENTS             the deployment record (deployments/<chainId>.json)
  KEEPER_PRIVATE_KEY             the keeper's key (hex), or instead:
  KEEPER_KEYSTORE                an encrypted JSON keystore, with
  KEEPER_KEYSTORE_PASSWORD_FILE  a file whose first line is its password
  KEEPER_LISTEN                  the daemon's HTTP address (default 127.0.0.1:9464)
  KEEPER_ALERT_WEBHOOK           where alerts are posted as JSON
  KEEPER_STATE_DIR               the state directories' base (lock, in-flight journal, evidence)
A key is never accepted on the command line or in the config file.

Exit codes: 0 done or nothing due, 1 a job failed, 2 bad configuration or input.

Examples:
  keeper status                  What is due, the active set, the treasury
  keeper tick                    One pass for cron: do what is due, wait, exit
  keeper run                     The daemon, with /health, /metrics and /v1/misbehavior
  keeper relay evidence.json     Verify and submit one piece of misbehavior evidence
  keeper gov upgrade Nodes --safe 0xSafe   A Safe batch upgrading Nodes (see `keeper gov --help`)
  keeper demo                    The local tour on anvil (needs `npm install`)";

/// The XMTP control plane keeper: rotates the active node set every epoch, distributes
/// rewards, pays closed periods and relays misbehavior evidence.
#[derive(Debug, Parser)]
#[command(name = "keeper", version, about, after_help = AFTER_HELP)]
pub(crate) struct Cli {
    /// Options every subcommand takes.
    #[command(flatten)]
    pub(crate) global: GlobalArgs,
    /// What to do.
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// Options every subcommand takes; each overrides the config file and the environment.
#[derive(Debug, Args)]
pub(crate) struct GlobalArgs {
    /// The TOML configuration file (see the README for every setting).
    #[arg(long, short = 'c', global = true, value_name = "FILE")]
    pub(crate) config: Option<PathBuf>,
    /// A JSON-RPC URL; repeat or comma-separate for failover, first preferred [overrides KEEPER_RPC_URL].
    #[arg(
        long = "rpc-url",
        global = true,
        value_name = "URL",
        value_delimiter = ','
    )]
    pub(crate) rpc_urls: Vec<String>,
    /// The deployment record written by the deploy script [overrides KEEPER_DEPLOYMENTS].
    #[arg(long, global = true, value_name = "FILE")]
    pub(crate) deployments: Option<PathBuf>,
    /// An encrypted JSON keystore holding the keeper's key [overrides KEEPER_KEYSTORE].
    #[arg(long, global = true, value_name = "FILE")]
    pub(crate) keystore: Option<PathBuf>,
    /// The keystore's password file [overrides KEEPER_KEYSTORE_PASSWORD_FILE].
    #[arg(long, global = true, value_name = "FILE")]
    pub(crate) keystore_password_file: Option<PathBuf>,
    /// Build, simulate and print every transaction instead of sending it.
    #[arg(long, global = true)]
    pub(crate) dry_run: bool,
    /// Blocks to wait for after inclusion (1 = included) [overrides sender.confirmations].
    #[arg(long, global = true, value_name = "N")]
    pub(crate) confirmations: Option<u64>,
    /// The cap on maxFeePerGas, in gwei [overrides sender.max_fee_per_gas_gwei].
    #[arg(long, global = true, value_name = "GWEI")]
    pub(crate) max_fee_gwei: Option<f64>,
    /// Nodes paid per executePayouts transaction [overrides jobs.payout_batch_size].
    #[arg(long, global = true, value_name = "N")]
    pub(crate) payout_batch_size: Option<u64>,
    /// The base of the state directories (lock, in-flight journal, evidence); default
    /// $XDG_STATE_HOME/xmtp-keeper or ~/.local/state/xmtp-keeper [overrides KEEPER_STATE_DIR].
    #[arg(long, global = true, value_name = "DIR")]
    pub(crate) state_dir: Option<PathBuf>,
    /// How much to log (to stderr).
    #[arg(long, global = true, value_enum, default_value_t = LogLevel::Info)]
    pub(crate) log_level: LogLevel,
}

/// Log verbosity.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum LogLevel {
    /// Failures only.
    Error,
    /// Failures and warnings (late epochs, low balance, RPC failover).
    Warn,
    /// Every transaction and step.
    Info,
    /// Requests and decisions.
    Debug,
    /// Everything.
    Trace,
}

/// The keeper's subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// One pass for cron: do everything that is due, wait for confirmations, exit.
    Tick(TickArgs),
    /// The daemon: the jobs on a timer, plus /health, /metrics and /v1/misbehavior over HTTP.
    Run(RunArgs),
    /// The epoch, active nodes, next rotation, pending distribution, next payout, treasury
    /// buckets and the keeper's balance.
    Status(StatusArgs),
    /// Verify one piece of misbehavior evidence locally, then submit it and print its report id.
    Relay(RelayArgs),
    /// Run the local system tour: a month of the suite on anvil, kept by this binary.
    Demo(DemoArgs),
    /// Governance for the multisig: Safe batches for upgrades and parameter changes, storage layouts.
    Gov(GovArgs),
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn every_option_and_subcommand_is_explained() {
        let mut command = Cli::command();
        for sub in command.get_subcommands_mut() {
            assert!(sub.get_about().is_some(), "{} has no help", sub.get_name());
            for arg in sub.get_arguments() {
                assert!(
                    arg.get_help().is_some() || arg.is_hide_set(),
                    "{} --{} has no help",
                    sub.get_name(),
                    arg.get_id()
                );
            }
        }
    }
}
