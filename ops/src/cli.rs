//! The command line: one subcommand per area, each with its arguments in `cmd/<name>.rs`.

use clap::{Parser, Subcommand};
use xmtp_cli::GlobalArgs;

use crate::cmd::{
    demo::DemoArgs,
    gov::{GovArgs, LayoutsArgs},
    vectors::VectorsArgs,
};

const AFTER_HELP: &str = "\
Configuration as the keeper's: the TOML file (--config), then KEEPER_* environment variables, then flags.
A key (to deploy an implementation) comes from KEEPER_PRIVATE_KEY or KEEPER_KEYSTORE with
KEEPER_KEYSTORE_PASSWORD_FILE, never from the command line.

Exit codes: 0 done, 1 a step failed, 2 bad configuration or input.

Examples:
  xmtp-ops gov upgrade Nodes --safe 0xSafe   A Safe batch upgrading Nodes (see `xmtp-ops gov --help`)
  xmtp-ops layouts                           Check the storage layouts against snapshots/storage
  xmtp-ops vectors                           Check test/vectors/evidence.json (--write rewrites it)
  xmtp-ops demo                              The local tour on anvil (needs `npm install`)";

/// The XMTP control plane's tool for governance and developers: Safe batches, storage layouts, evidence vectors
/// and the local tour.
#[derive(Debug, Parser)]
#[command(name = "xmtp-ops", version, about, after_help = AFTER_HELP)]
pub(crate) struct Cli {
    /// Options every subcommand takes.
    #[command(flatten)]
    pub(crate) global: GlobalArgs,
    /// What to do.
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Governance for the multisig: Safe batches for upgrades and parameter changes, storage layouts.
    Gov(GovArgs),
    /// Check the built storage layouts against the committed snapshots, or rewrite the snapshots (as `gov layouts`).
    Layouts(LayoutsArgs),
    /// Check the evidence test vectors shared with the contracts' tests, or rewrite them.
    Vectors(VectorsArgs),
    /// Run the local system tour: a month of the suite on anvil, kept by the keeper binary.
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

    #[test]
    fn every_option_and_subcommand_is_explained() {
        assert_eq!(xmtp_cli::unexplained(&Cli::command()), Vec::<String>::new());
    }
}
