//! `keeper run`: the daemon.

use clap::Args;
use tokio::net::TcpListener;
use xmtp_control::keeper::{
    config::{KeyRequirement, Overrides},
    daemon::{self, DaemonOptions},
    http::HealthPolicy,
    one_line,
};

use super::{lock_key, start, stop_on_signal, Failure};
use crate::cli::GlobalArgs;

const AFTER_HELP: &str = "\
Runs the jobs of `keeper tick` on a timer (daemon.poll_interval_ms, tighter as a rotation or
payout falls due) and serves over HTTP:
  GET  /health           200 while passes complete, 503 when stale
  GET  /metrics          Prometheus text format
  POST /v1/misbehavior   evidence JSON (as for `keeper relay`): 202 accepted, 200 duplicate,
                         400 refused with the reason
SIGTERM or SIGINT: stop taking work and signing; a transaction in flight stays in the journal
(watched at the next start); exit 0 within seconds. One process per key: the daemon holds the
key's lock (as `keeper tick` does) for its life.";

/// Arguments of `keeper run`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub(crate) struct RunArgs {
    /// The HTTP listen address, e.g. 127.0.0.1:9464 [overrides KEEPER_LISTEN and daemon.listen].
    #[arg(long, value_name = "ADDR")]
    listen: Option<String>,
}

/// Runs until SIGTERM or SIGINT.
pub(crate) async fn run(global: &GlobalArgs, args: RunArgs) -> Result<(), Failure> {
    let flags = Overrides {
        listen: args.listen,
        ..Overrides::default()
    };
    let (config, runtime) = start(global, KeyRequirement::Required, flags).await?;
    // One process per key, for the daemon's whole life.
    let Some(_lock) = lock_key(&runtime)? else {
        return Err(Failure::input(
            "another keeper process (tick or run) holds this key's lock: one process per key",
        ));
    };
    let signing = runtime
        .signing
        .ok_or_else(|| Failure::input("no key configured"))?;
    let listener = TcpListener::bind(config.daemon.listen)
        .await
        .map_err(|error| {
            Failure::input(format!(
                "cannot listen on {}: {error}",
                config.daemon.listen
            ))
        })?;
    tracing::info!(
        keeper = %signing.keeper.address(),
        listen = %config.daemon.listen,
        chain_id = runtime.chain_id,
        "keeper daemon started"
    );
    let options = DaemonOptions {
        poll_interval: config.daemon.poll_interval,
        listener: Some(listener),
        health: HealthPolicy {
            stale_after: config.daemon.health_stale_after,
        },
    };
    // The signal stops the sender at once (nothing more is signed, a send in flight returns
    // within a poll interval), then the daemon, which looks at its shutdown between passes.
    let stopped = stop_on_signal(std::sync::Arc::clone(signing.keeper.sender()));
    let shutdown = async {
        let _ = stopped.await;
    };
    let summary = daemon::run(signing.keeper, signing.relay, options, shutdown)
        .await
        .map_err(|error| Failure::job(one_line(&error)))?;
    tracing::info!(
        ticks = summary.ticks,
        failed_ticks = summary.failed_ticks,
        evidence_dropped = summary.evidence_dropped,
        "keeper daemon stopped"
    );
    Ok(())
}
