//! The command line: one subcommand per job, each with its arguments in `cmd/<name>.rs`, and the
//! options every subcommand shares.

use clap::{Parser, Subcommand};
use xmtp_cli::GlobalArgs;

use crate::cmd::{
    relay::RelayArgs, run::RunArgs, status::StatusArgs, tick::TickArgs, watch::WatchArgs,
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
  keeper watch --witness-key node.json --aggregator https://keeper.example
                                 Watch the nodes; sign the epoch's reports as a witness
Governance batches and the local tour are the xmtp-ops binary's: `xmtp-ops gov --help`, `xmtp-ops demo`.";

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
    /// Watch the network's nodes: find misbehavior, measure liveness, relay proven faults and,
    /// with the node's key, sign the epoch's performance reports for the aggregators.
    Watch(WatchArgs),
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
        assert_eq!(xmtp_cli::unexplained(&Cli::command()), Vec::<String>::new());
    }
}
