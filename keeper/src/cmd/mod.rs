//! One module per subcommand; each turns its arguments into a library call.

pub(crate) mod demo;

use crate::cli::Command;

/// Runs `command` to completion.
pub(crate) async fn run(command: Command) -> eyre::Result<()> {
    match command {
        Command::Demo(args) => demo::run(args).await,
    }
}
