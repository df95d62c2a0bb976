//! `xmtp-ops`: the control plane's tool for the governance multisig and for developers. Governance batches and
//! storage layouts come from `xmtp-gov`, the tour and the evidence vectors from `xmtp-devkit`; the `keeper` binary
//! links neither. Exit codes as the keeper's: 0 done, 1 a step failed, 2 bad configuration or input.

mod cli;
mod cmd;

use std::process::ExitCode;

use clap::Parser;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    xmtp_cli::init_logging(cli.global.log_level);
    match cmd::run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        // The edge: one line on stderr, the typed causes in the debug log, the exit code.
        Err(failure) => failure.exit(),
    }
}
