//! `keeper demo`: the local system tour.

use clap::Args;
use eyre::WrapErr;

const AFTER_HELP: &str = "\
Needs the npm-installed Foundry toolchain (`npm install`); forge compiles the contracts first
if out/ is stale. anvil is stopped and the temporary deployment record removed when the tour ends.";

/// Arguments of `keeper demo` (none yet: the tour is self-contained).
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub(crate) struct DemoArgs {}

/// Runs the tour, printing its report to stdout.
pub(crate) async fn run(_args: DemoArgs) -> eyre::Result<()> {
    let mut out = std::io::stdout();
    xmtp_control::demo::run(&mut out)
        .await
        .wrap_err("the demo failed")
}
