//! One module per subcommand; each turns its arguments into library calls.

pub(crate) mod demo;
pub(crate) mod gov;
pub(crate) mod vectors;

pub(crate) use xmtp_cli::{load_config, Failure};

use crate::cli::{Cli, Command};

/// Runs the command to completion.
pub(crate) async fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        Command::Gov(args) => gov::run(&cli.global, args).await,
        Command::Layouts(args) => gov::run_layouts(args).await,
        Command::Vectors(args) => vectors::run(args),
        Command::Demo(args) => demo::run(args).await,
    }
}
