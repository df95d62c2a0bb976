//! `keeper run`: the daemon.

use clap::Args;
use tokio::net::TcpListener;
use xmtp_control::keeper::{
    config::{KeyRequirement, Overrides},
    daemon::{self, DaemonOptions},
    one_line,
};

use super::{start, Failure};
use crate::cli::GlobalArgs;

const AFTER_HELP: &str = "\
Runs the jobs of `keeper tick` on a timer (daemon.poll_interval_ms, tighter as a rotation or
payout falls due) and serves over HTTP:
  GET  /health           200 while passes complete; 503 when stale, the head stalls or a step is overdue
  GET  /metrics          Prometheus text format
  POST /v1/misbehavior   evidence JSON (as for `keeper relay`): 202 accepted, 200 duplicate,
                         400 refused with the reason
SIGTERM or SIGINT: stop taking work, finish watching what was sent, exit 0.";

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
        health: config.health_policy(runtime.chain_id),
    };
    let summary = daemon::run(signing.keeper, signing.relay, options, shutdown_signal())
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

/// Resolves on the first SIGTERM or SIGINT.
async fn shutdown_signal() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut terminate =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(signal) => signal,
                Err(error) => {
                    tracing::warn!(%error, "cannot watch SIGTERM; SIGINT only");
                    let _ = interrupt.await;
                    return;
                }
            };
        tokio::select! {
            _ = interrupt => {}
            _ = terminate.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = interrupt.await;
    }
}
