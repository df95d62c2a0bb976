//! `keeper`: the XMTP control plane's command-line front end. All logic lives in the
//! `xmtp-control` library; this binary only parses arguments and reports errors.

mod cli;
mod cmd;

use std::process::ExitCode;

use clap::Parser;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match cmd::run(cli.command).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
