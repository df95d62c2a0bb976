//! `xmtp-ops demo`: the local system tour.

use clap::Args;
use xmtp_devkit::demo::{Options, DEFAULT_DAYS, DEFAULT_NODES, MAX_DAYS, MAX_NODES, MIN_NODES};

const AFTER_HELP: &str = "\
Starts anvil, deploys the suite with the deploy script, registers and stakes the nodes, funds the
payers, then runs the days: each epoch the active nodes' usage reports are signed and settled and
the keeper binary's `keeper tick` rotates, distributes and pays; mid-way a node equivocates on a
fake xmtpd network and `keeper watch`, told nothing, finds it and has it slashed. Prints the rotation schedule, each node's epochs, earnings against
costs and the cap, the monthly payout (reached from 30 days on), the payers, the treasury and the
RewardDistributor upgrade.

Needs the npm-installed Foundry toolchain (`npm install`), compiled contracts (`forge build`) and the
keeper binary (`cargo build -p keeper`: found beside this one unless --keeper says where; `make demo`
does all three). anvil is stopped and the temporary files removed when the tour ends.

Examples:
  xmtp-ops demo                      The full tour: 31 days, 20 nodes (about a minute)
  xmtp-ops demo --days 3 --nodes 6   A short form, as CI runs it";

/// Arguments of `xmtp-ops demo`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub(crate) struct DemoArgs {
    /// Days of accelerated time, two 12-hour epochs each (the payout comes after 30).
    #[arg(long, value_name = "N", default_value_t = DEFAULT_DAYS,
          value_parser = clap::value_parser!(u32).range(1..=i64::from(MAX_DAYS)))]
    days: u32,
    /// Node operators; the active set has min(10, N / 2) seats.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_NODES as u64,
          value_parser = clap::value_parser!(u64).range(MIN_NODES as u64..=MAX_NODES as u64))]
    nodes: u64,
    /// The keeper binary the tour runs [default: `keeper` beside this binary].
    #[arg(long, value_name = "FILE", env = "XMTP_KEEPER_BIN")]
    keeper: Option<std::path::PathBuf>,
}

/// Runs the tour, printing its report to stdout.
pub(crate) async fn run(args: DemoArgs) -> Result<(), super::Failure> {
    // Every tick and relay of the tour runs the real keeper binary, as an operator's cron would.
    let keeper = match args.keeper {
        Some(path) => path,
        None => sibling_keeper().map_err(|error| {
            super::Failure::job(format!("cannot find this binary's own path: {error}"))
                .because(error)
        })?,
    };
    if !keeper.is_file() {
        return Err(super::Failure::input(format!(
            "no keeper binary at {}: build it (`cargo build -p keeper`) or pass --keeper",
            keeper.display()
        )));
    }
    let options = Options {
        keeper,
        days: args.days,
        nodes: usize::try_from(args.nodes).unwrap_or(DEFAULT_NODES),
    };
    let mut out = std::io::stdout();
    xmtp_devkit::demo::run(&options, &mut out)
        .await
        .map_err(|error| {
            super::Failure::job(format!(
                "the demo failed: {}",
                xmtp_control::keeper::one_line(&error)
            ))
            .because(error)
        })
}

/// `keeper` in the folder of this binary: cargo builds both into the same `target/<profile>/`.
fn sibling_keeper() -> std::io::Result<std::path::PathBuf> {
    let me = std::env::current_exe()?;
    Ok(me.with_file_name(format!("keeper{}", std::env::consts::EXE_SUFFIX)))
}
