//! `keeper`: the XMTP control plane's command-line front end. All logic lives in the
//! `xmtp-control` library; this binary parses arguments, sets up logging, and turns the outcome
//! into an exit code: 0 done or nothing due, 1 a job failed, 2 bad configuration or input.

mod cli;
mod cmd;

use std::process::ExitCode;

use clap::Parser;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    cmd::init_logging(cli.global.log_level);
    match cmd::run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        // The edge: one line on stderr, the typed causes in the debug log, the exit code.
        Err(failure) => failure.exit(),
    }
}
