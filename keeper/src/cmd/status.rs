//! `keeper status`: the suite's state, readable or as JSON.

use clap::Args;
use xmtp_control::{
    keeper::{
        config::{KeyRequirement, Overrides},
        status::Status,
    },
    watch::{self, status::WatchStatus},
};

use super::{start, Failure};
use xmtp_cli::GlobalArgs;

const AFTER_HELP: &str = "\
One read of the Automation contract, then, at the same block, the active set and each active
operator's pool in Delegation (own stake, delegated stake, delegators, commission). Needs no key;
with one, shows the keeper's balance.
--json prints one object whose fields are only ever added to: amounts in base units as decimal
strings (USDC has 6 decimals, XMTP and ETH 18), counts, bps and unix timestamps as numbers.
Then what each `keeper watch` store under the state directory holds for this chain: per node its
probes, failures and latency in the current epoch, envelopes checked for order and its own
omitted, and the findings with their relay state (`watch` in --json).";

/// Arguments of `keeper status`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub(crate) struct StatusArgs {
    /// Print stable JSON instead of text.
    #[arg(long)]
    json: bool,
}

/// Reads and prints the state.
pub(crate) async fn run(global: &GlobalArgs, args: StatusArgs) -> Result<(), Failure> {
    let (config, runtime) = start(global, KeyRequirement::Optional, Overrides::default()).await?;
    let status = Status::read(
        &runtime.provider,
        &runtime.contracts,
        runtime.chain_id,
        config.keeper_address(),
    )
    .await
    .map_err(Failure::job_error)?;
    let watchers = match &config.state_dir {
        Some(base) => watch::status::read_all(base, runtime.chain_id, status.snapshot.epoch)
            .map_err(Failure::job_error)?,
        None => Vec::new(),
    };
    if args.json {
        let mut json = status.to_json();
        json["watch"] = watchers.iter().map(WatchStatus::to_json).collect();
        println!("{json}");
    } else {
        print!("{}", status.render());
        for watcher in &watchers {
            print!("{}", watcher.render());
        }
    }
    Ok(())
}
