//! `keeper status`: the suite's state, readable or as JSON.

use clap::Args;
use xmtp_control::keeper::{
    config::{KeyRequirement, Overrides},
    one_line,
    status::Snapshot,
};

use super::{start, Failure};
use xmtp_cli::GlobalArgs;

const AFTER_HELP: &str = "\
One read of the Automation contract. Needs no key; with one, shows the keeper's balance.
--json prints one object whose fields are only ever added to: amounts in base units as decimal
strings (USDC has 6 decimals, ETH 18), counts and unix timestamps as numbers.";

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
    let snapshot = Snapshot::read(
        &runtime.provider,
        runtime.contracts.automation,
        runtime.chain_id,
        config.keeper_address(),
    )
    .await
    .map_err(|error| {
        Failure::job(format!("reading Automation.status: {}", one_line(&error))).because(error)
    })?;
    if args.json {
        println!("{}", snapshot.to_json());
    } else {
        print!("{}", snapshot.render());
    }
    Ok(())
}
