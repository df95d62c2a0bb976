//! `keeper tick`: one pass for cron.

use clap::Args;
use xmtp_control::keeper::config::{KeyRequirement, Overrides};

use super::{lock_key, start, stop_on_signal, Failure};
use xmtp_cli::GlobalArgs;

const AFTER_HELP: &str = "\
Reads what is due from the Automation contract (one call when nothing is), then rotates the
active set, forwards fees, distributes rewards until caught up, forwards the excess and pays
closed periods until nothing remains, waiting for each transaction's confirmations.
A step another keeper did first counts as done. Safe to run from several machines at once.
One process per key on a host: a tick takes the lock <state dir>/<chain>-<key>/tick.lock; while
another tick (or `keeper run`) holds it, it prints \"another tick holds the lock; nothing done\"
and exits 0. Transactions of this key still pending from an earlier run are settled first.
SIGTERM or SIGINT: nothing more is signed; a transaction in flight stays in the journal.

Cron, every minute (safe even when a pass outlasts the minute, thanks to the lock):
  * * * * *  keeper --config /etc/xmtp-keeper.toml tick >> /var/log/xmtp-keeper.log 2>&1";

/// Arguments of `keeper tick` (the shared options are enough).
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub(crate) struct TickArgs {}

/// Runs one pass and prints what it did.
pub(crate) async fn run(global: &GlobalArgs, _args: TickArgs) -> Result<(), Failure> {
    let (_, runtime) = start(global, KeyRequirement::Required, Overrides::default()).await?;
    let Some(_lock) = lock_key(&runtime)? else {
        println!("another tick holds the lock; nothing done");
        return Ok(());
    };
    let signing = runtime
        .signing
        .ok_or_else(|| Failure::input("no key configured"))?;
    let _stopped = stop_on_signal(std::sync::Arc::clone(signing.keeper.sender()));
    let report = signing.keeper.tick().await.map_err(Failure::job_error)?;
    for done in &report.done {
        println!(
            "{}: {} (block {}, gas {})",
            done.step.name(),
            done.tx_hash,
            done.block,
            done.gas_used
        );
    }
    for step in &report.already_done {
        println!("{}: already done by another keeper", step.name());
    }
    for dry_run in &report.dry_run {
        println!("dry run: {dry_run}");
    }
    if report.done.is_empty()
        && report.already_done.is_empty()
        && report.dry_run.is_empty()
        && report.succeeded()
    {
        if let Some(last) = &report.last {
            println!(
                "nothing due (epoch {}, next rotation at {}, next payout at {})",
                last.epoch, last.next_rotation_at, last.next_payout_at
            );
        }
    }
    if report.stopped {
        return Err(Failure::job(
            "stopped by a signal: nothing more was signed; a transaction in flight stays in the \
             journal and is watched at the next start",
        ));
    }
    match report.failures.as_slice() {
        [] => Ok(()),
        [only] => Err(Failure::job(format!(
            "{} failed: {}",
            only.step.name(),
            only.reason
        ))),
        [first, rest @ ..] => Err(Failure::job(format!(
            "{} failed: {} (and {} more failure(s), see the log)",
            first.step.name(),
            first.reason,
            rest.len()
        ))),
    }
}
