//! `keeper relay FILE`: verify and submit one piece of misbehavior evidence.

use std::path::PathBuf;

use clap::Args;
use xmtp_control::keeper::{
    config::{KeyRequirement, Overrides},
    relay::{Evidence, Relayed},
};

use super::{start, Failure};
use xmtp_cli::GlobalArgs;

const AFTER_HELP: &str = "\
The evidence is JSON (see the README, \"Misbehavior evidence\"):
  {\"kind\": \"equivocation\", \"node_id\": 7, \"envelopes\": [
     {\"unsigned_originator_envelope\": \"0x…\", \"signature\": \"0x…\"},
     {\"unsigned_originator_envelope\": \"0x…\", \"signature\": \"0x…\"}]}
  {\"kind\": \"invalid_payload\", \"node_id\": 7,
   \"envelope\": {\"unsigned_originator_envelope\": \"0x…\", \"signature\": \"0x…\"}}
It is checked locally with the contract's exact rules first; evidence that would be refused is
never sent (exit 2, with the contract's error name). Evidence already reported on chain is not
sent again (exit 0). Prints the report id.";

/// Arguments of `keeper relay`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub(crate) struct RelayArgs {
    /// The evidence file (JSON); `-` reads standard input.
    #[arg(value_name = "FILE")]
    file: PathBuf,
}

/// Verifies, submits and prints the report id.
pub(crate) async fn run(global: &GlobalArgs, args: RelayArgs) -> Result<(), Failure> {
    let json = if args.file.as_os_str() == "-" {
        let mut buffer = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buffer).map_err(|error| {
            Failure::input(format!("cannot read standard input: {error}")).because(error)
        })?;
        buffer
    } else {
        std::fs::read(&args.file).map_err(|error| {
            Failure::input(format!("cannot read {}: {error}", args.file.display())).because(error)
        })?
    };
    // Bad evidence is refused before any configuration or connection is needed.
    let evidence = Evidence::from_json(&json)
        .map_err(|error| Failure::input(error.to_string()).because(error))?;
    let (_, runtime) = start(global, KeyRequirement::Required, Overrides::default()).await?;
    let signing = runtime
        .signing
        .ok_or_else(|| Failure::input("no key configured"))?;
    match signing.relay.relay(&evidence).await {
        Ok(Relayed::Submitted { report_id, tx_hash }) => {
            println!("{report_id}");
            eprintln!("reported in transaction {tx_hash}");
            Ok(())
        }
        Ok(Relayed::Duplicate { report_id }) => {
            println!("{report_id}");
            eprintln!("already reported on chain: nothing sent");
            Ok(())
        }
        Ok(Relayed::Refused { report_id, refusal }) => {
            println!("{report_id}");
            eprintln!(
                "the contract would refuse the report ({}): nothing sent",
                refusal.name()
            );
            Ok(())
        }
        Ok(Relayed::DryRun { report_id }) => {
            println!("{report_id}");
            eprintln!("dry run: verified and simulated, nothing sent");
            Ok(())
        }
        Err(error) if error.is_bad_input() => Err(Failure::input(error.to_string()).because(error)),
        Err(error) => Err(Failure::job_error(error)),
    }
}
