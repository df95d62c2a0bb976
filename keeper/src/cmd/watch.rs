//! `keeper watch`: the network watcher.

use std::{path::PathBuf, time::Duration};

use clap::Args;
use xmtp_control::{
    keeper::config::{KeyRequirement, Overrides},
    watch::{
        launch::{launch, LaunchOptions},
        settings::{
            parse_http_url, parse_node_url, WatchSettings, DEFAULT_POLL_INTERVAL_MS,
            DEFAULT_PROBE_INTERVAL_MS, DEFAULT_REQUESTS_PER_SECOND, DEFAULT_REQUEST_TIMEOUT_MS,
            DEFAULT_STALL_THRESHOLD, MAX_QUERY_LIMIT,
        },
    },
};

use super::{start, termination, Failure};
use xmtp_cli::GlobalArgs;

const AFTER_HELP: &str = "\
Reads every node of the epoch's active set over the node API (gRPC-Web: QueryEnvelopes,
GetSyncCursor, GetVersion), at most --requests-per-second per node, and checks what they serve:
  originator signatures against the registry's signer records, payer envelopes by the contract's
  rules, sequence ids in order, equivocation (two signed versions of one sequence id, from any
  two nodes), and omission (an originator missing its own envelope that peers hold and its own
  cursor counts). Liveness: every --probe-interval-ms, GetVersion, a one-envelope query and the
  sync cursor, per node and epoch; a node whose cursor for itself lags what its peers hold of it by
  more than --stall-threshold is stalled.
Proven faults (equivocation, invalid payload) are relayed at once, through this keeper's key when
it has one (as `keeper relay`), else posted to the --aggregator intakes; each once.
With --witness-key (the node's signing key, an encrypted keystore; its password file from
--witness-key-password-file or KEEPER_WITNESS_PASSWORD_FILE), after each epoch the watcher signs
that epoch's performance reports for its peers and posts them to every --aggregator
(POST /v1/witness on a keeper daemon with an intake).
State (cursors, digests, findings, signed reports) is kept in <state dir>/<chain>-<witness>/watch/
and survives restarts. --once runs one pass and prints its summary as JSON.";

/// Arguments of `keeper watch`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub(crate) struct WatchArgs {
    /// The node's signing key, an encrypted JSON keystore: sign witness reports as that node
    /// [env: KEEPER_WITNESS_KEY].
    #[arg(long, value_name = "FILE", env = "KEEPER_WITNESS_KEY")]
    witness_key: Option<PathBuf>,
    /// The witness keystore's password file [env: KEEPER_WITNESS_PASSWORD_FILE].
    #[arg(long, value_name = "FILE")]
    witness_key_password_file: Option<PathBuf>,
    /// A keeper daemon's base URL to post witness reports (and, without a key, proven faults)
    /// to; repeat or comma-separate [env: KEEPER_AGGREGATORS].
    #[arg(
        long = "aggregator",
        value_name = "URL",
        value_delimiter = ',',
        env = "KEEPER_AGGREGATORS"
    )]
    aggregators: Vec<String>,
    /// A node's API address instead of the registry's, as NODE_ID=URL; repeat.
    #[arg(long = "node-url", value_name = "ID=URL")]
    node_urls: Vec<String>,
    /// How often every node is read, in milliseconds.
    #[arg(long, value_name = "MS", default_value_t = DEFAULT_POLL_INTERVAL_MS)]
    poll_interval_ms: u64,
    /// How often every node is probed for liveness, in milliseconds.
    #[arg(long, value_name = "MS", default_value_t = DEFAULT_PROBE_INTERVAL_MS)]
    probe_interval_ms: u64,
    /// How long one request may take before it counts as a timeout, in milliseconds.
    #[arg(long, value_name = "MS", default_value_t = DEFAULT_REQUEST_TIMEOUT_MS)]
    request_timeout_ms: u64,
    /// The most requests per second sent to any one node.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_REQUESTS_PER_SECOND)]
    requests_per_second: u32,
    /// Envelopes asked for per query (xmtpd serves at most 1,000).
    #[arg(long, value_name = "N", default_value_t = MAX_QUERY_LIMIT)]
    query_limit: u32,
    /// Sequence ids a node's own cursor may lag what its peers hold of it before it is stalled.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_STALL_THRESHOLD)]
    stall_threshold: u64,
    /// One pass, then print its summary as JSON and exit.
    #[arg(long)]
    once: bool,
}

impl WatchArgs {
    fn settings(&self) -> Result<WatchSettings, Failure> {
        let bad = |error: xmtp_control::watch::settings::SettingsError| {
            Failure::input(error.to_string()).because(error)
        };
        let node_urls = self
            .node_urls
            .iter()
            .map(|value| parse_node_url(value))
            .collect::<Result<_, _>>()
            .map_err(bad)?;
        let aggregators = self
            .aggregators
            .iter()
            .filter(|value| !value.trim().is_empty())
            .map(|value| parse_http_url("--aggregator", value.trim()))
            .collect::<Result<_, _>>()
            .map_err(bad)?;
        let settings = WatchSettings {
            poll_interval: Duration::from_millis(self.poll_interval_ms),
            probe_interval: Duration::from_millis(self.probe_interval_ms),
            request_timeout: Duration::from_millis(self.request_timeout_ms),
            requests_per_second: self.requests_per_second,
            query_limit: self.query_limit,
            stall_threshold: self.stall_threshold,
            node_urls,
            aggregators,
        };
        settings.validate().map_err(bad)?;
        Ok(settings)
    }
}

/// Watches until SIGTERM or SIGINT (or for one pass).
pub(crate) async fn run(global: &GlobalArgs, args: WatchArgs) -> Result<(), Failure> {
    // Bad settings are refused before any connection.
    let settings = args.settings()?;
    let (config, runtime) = start(global, KeyRequirement::Optional, Overrides::default()).await?;
    let options = LaunchOptions {
        settings,
        witness_key: args.witness_key,
        witness_password_file: args.witness_key_password_file,
    };
    let launched = launch(&config, &runtime, options).await.map_err(|error| {
        if error.is_bad_configuration() {
            Failure::input(error.to_string()).because(error)
        } else {
            Failure::job_error(error)
        }
    })?;
    let mut watcher = launched.watcher;
    tracing::info!(
        witness_node_id = ?launched.witness_node_id,
        store = %watcher.store_path().display(),
        chain_id = runtime.chain_id,
        "watcher started"
    );
    if args.once {
        let summary = watcher.pass().await.map_err(Failure::job_error)?;
        println!("{}", summary.to_json());
        return Ok(());
    }
    watcher.run(termination()).await;
    tracing::info!("watcher stopped");
    Ok(())
}
