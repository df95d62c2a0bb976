//! `keeper demo`: the local system tour.

use clap::Args;

const AFTER_HELP: &str = "\
Needs the npm-installed Foundry toolchain (`npm install`); forge compiles the contracts first
if out/ is stale. anvil is stopped and the temporary deployment record removed when the tour ends.";

/// Arguments of `keeper demo` (none yet: the tour is self-contained).
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub(crate) struct DemoArgs {}

/// Runs the tour, printing its report to stdout.
pub(crate) async fn run(_args: DemoArgs) -> Result<(), super::Failure> {
    let mut out = std::io::stdout();
    xmtp_control::demo::run(&mut out).await.map_err(|error| {
        super::Failure::job(format!(
            "the demo failed: {}",
            xmtp_control::keeper::one_line(&error)
        ))
    })
}
