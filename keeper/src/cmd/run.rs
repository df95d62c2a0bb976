//! `keeper run`: the daemon.

use clap::Args;
use std::sync::Arc;
use tokio::net::TcpListener;

use xmtp_control::{
    keeper::{
        config::{KeyRequirement, Overrides},
        daemon::{self, DaemonOptions},
        relay::{economics::PriceFeed, limits::IntakeLimits, worker::ProfitPolicy},
        setup::Runtime,
    },
    watch::{
        aggregate::{Aggregator, ContractsView},
        witness,
    },
};

use super::{lock_key, start, stop_on_signal, Failure};
use xmtp_cli::GlobalArgs;

const AFTER_HELP: &str = "\
Runs the jobs of `keeper tick` on a timer (daemon.poll_interval_ms, tighter as a rotation or
payout falls due) and serves over HTTP, on the admin listener (--listen, loopback by default):
  GET  /health           200 while passes complete; 503 when stale, the head stalls or a step is overdue
  GET  /metrics          Prometheus text format
and, only with --intake-listen, on a public listener of its own:
  POST /v1/misbehavior   evidence JSON (as for `keeper relay`): 202 accepted, 200 duplicate,
                         400 refused with the reason, 429 over a rate limit (Retry-After)
  POST /v1/witness       a witness's signed performance reports (`keeper watch --witness-key`):
                         202 accepted, 400 refused with the reason; after each pass the
                         daemon submits every report a strict majority of the epoch's
                         witnesses signed, and calls enforceUptime for nodes below the
                         standard once their uptime window closed
Evidence is relayed only when the reporter's reward pays for the gas ([relay] price settings;
off on local chains without a price) and within [relay] hourly_gas_budget_eth; accepted
evidence waits in the state directory until it is relayed or refused.
SIGTERM or SIGINT: the intake closes, nothing more is signed; a transaction in flight stays in
the journal (watched at the next start); exit 0 within seconds. One process per key: the daemon
holds the key's lock (as `keeper tick` does) for its life.";

/// Where accepted evidence waits, inside the key's state directory, until it is relayed or refused.
const EVIDENCE_DIR: &str = "evidence";

/// Where the aggregator keeps the witness signatures it collected and what it submitted and enforced.
const AGGREGATE_DIR: &str = "aggregate";

/// The aggregator's database in [`AGGREGATE_DIR`].
const AGGREGATE_FILE: &str = "aggregate.sqlite3";

/// Arguments of `keeper run`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub(crate) struct RunArgs {
    /// The admin listen address (/health, /metrics), e.g. 127.0.0.1:9464 [overrides
    /// KEEPER_LISTEN and daemon.listen].
    #[arg(long, value_name = "ADDR")]
    listen: Option<String>,
    /// The public evidence intake's listen address (POST /v1/misbehavior), e.g. 0.0.0.0:9465
    /// [overrides KEEPER_INTAKE_LISTEN and daemon.intake_listen]; none: no intake.
    #[arg(long, value_name = "ADDR")]
    intake_listen: Option<String>,
}

/// The aggregator's store in the key's state directory, reading the suite's contracts.
fn open_aggregator(runtime: &Runtime) -> Result<Aggregator<ContractsView>, Failure> {
    let dir = runtime
        .state
        .as_ref()
        .ok_or_else(|| Failure::input("no key configured"))?
        .subdir(AGGREGATE_DIR)
        .map_err(Failure::input_error)?;
    let contracts = &runtime.contracts;
    let view = ContractsView::new(
        runtime.provider.clone(),
        contracts.selection,
        contracts.nodes,
        contracts.reports,
    );
    Aggregator::open(
        &dir.join(AGGREGATE_FILE),
        view,
        witness::domain(runtime.chain_id, contracts.reports),
    )
    .map_err(Failure::job_error)
}

/// Runs until SIGTERM or SIGINT.
pub(crate) async fn run(global: &GlobalArgs, args: RunArgs) -> Result<(), Failure> {
    let flags = Overrides {
        listen: args.listen,
        intake_listen: args.intake_listen,
        ..Overrides::default()
    };
    let (config, runtime) = start(global, KeyRequirement::Required, flags).await?;
    // One process per key, for the daemon's whole life.
    let Some(_lock) = lock_key(&runtime)? else {
        return Err(Failure::input(
            "another keeper process (tick or run) holds this key's lock: one process per key",
        ));
    };
    let evidence_dir = runtime
        .state
        .as_ref()
        .ok_or_else(|| Failure::input("no key configured"))?
        .subdir(EVIDENCE_DIR)
        .map_err(Failure::input_error)?;
    // A public intake also collects witness reports: this daemon is an aggregator.
    let aggregator = match config.daemon.intake_listen {
        Some(_) => Some(Arc::new(open_aggregator(&runtime)?)),
        None => None,
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
            .because(error)
        })?;
    let intake_listener = match config.daemon.intake_listen {
        Some(addr) => Some(TcpListener::bind(addr).await.map_err(|error| {
            Failure::input(format!("cannot listen on {addr} (intake): {error}")).because(error)
        })?),
        None => None,
    };
    tracing::info!(
        keeper = %signing.keeper.address(),
        listen = %config.daemon.listen,
        intake_listen = ?config.daemon.intake_listen,
        chain_id = runtime.chain_id,
        "keeper daemon started"
    );
    let relay_settings = &config.relay;
    let profit = ProfitPolicy::for_chain(
        runtime.chain_id,
        PriceFeed::new(relay_settings.price.clone(), relay_settings.price_cache),
        relay_settings.profit_margin_bps,
    );
    if let Some(reason) = profit.refusal_reason() {
        tracing::warn!(chain_id = runtime.chain_id, "{reason}");
    }
    if relay_settings.hourly_gas_budget_wei == 0 {
        tracing::warn!("relay.hourly_gas_budget_eth is 0: evidence is verified and kept, but nothing is relayed");
    }
    // The keeper's own alerter: one suppression state for the jobs, the health watch and the relay.
    let alerter = Arc::clone(signing.keeper.alerter());
    let mut options = DaemonOptions::new(
        config.daemon.poll_interval,
        config.health_policy(runtime.chain_id),
    );
    options.listener = Some(listener);
    options.intake_listener = intake_listener;
    options.profit = profit;
    options.intake_limits = Arc::new(IntakeLimits::new(
        relay_settings.intake_per_ip_per_minute,
        relay_settings.intake_burst,
        relay_settings.evidence_per_node_per_hour,
    ));
    options.alerter = Some(alerter);
    options.evidence_dir = Some(evidence_dir);
    options.aggregator = aggregator;
    signing
        .relay
        .ledger()
        .set_budget_wei(relay_settings.hourly_gas_budget_wei);
    // The signal stops the sender at once (nothing more is signed, a send in flight returns
    // within a poll interval), then the daemon, which closes the intake and looks at its
    // shutdown between passes.
    let stopped = stop_on_signal(Arc::clone(signing.keeper.sender()));
    let shutdown = async {
        let _ = stopped.await;
    };
    let summary = daemon::run(signing.keeper, signing.relay, options, shutdown)
        .await
        .map_err(Failure::job_error)?;
    tracing::info!(
        ticks = summary.ticks,
        failed_ticks = summary.failed_ticks,
        evidence_dropped = summary.evidence_dropped,
        "keeper daemon stopped"
    );
    Ok(())
}
