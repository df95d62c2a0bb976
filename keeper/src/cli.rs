//! The command line: one subcommand per job, each with its arguments in `cmd/<name>.rs`.

use clap::{Parser, Subcommand};

use crate::cmd::demo::DemoArgs;

const AFTER_HELP: &str = "\
Examples:
  keeper demo        Start anvil, deploy the suite, publish and read back, settle a usage report

The Foundry toolchain comes from npm: run `npm install` in the project root first.
Environment: XMTP_PROJECT_ROOT (the directory holding foundry.toml), FORGE_BIN and
ANVIL_BIN (override the npm-installed binaries).";

/// The XMTP control plane keeper.
#[derive(Debug, Parser)]
#[command(name = "keeper", version, about, after_help = AFTER_HELP)]
pub(crate) struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// The keeper's subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Run the local system tour: anvil, deploy, publish and read back, settle usage.
    Demo(DemoArgs),
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
