//! The keeper's configuration: a TOML file (`--config`), overridden by environment variables,
//! overridden by command-line flags, validated once at start.
//!
//! Every mistake is reported as one line naming where the bad value came from. A private key is
//! accepted only from `KEEPER_PRIVATE_KEY` or an encrypted keystore, never from the file or a
//! flag, and no error or `Debug` output ever contains it.

use std::{
    fmt,
    net::SocketAddr,
    path::{Path, PathBuf},
    str::FromStr,
    time::Duration,
};

use alloy::{
    primitives::Address,
    signers::local::{LocalSignerError, PrivateKeySigner},
    transports::http::reqwest::Url,
};
use serde::Deserialize;

use super::{one_line, sender::SenderSettings};
use crate::deployments::{self, Deployments, DeploymentsError};

pub mod knobs;

use knobs::{eth_to_wei, gwei_to_wei, Bounds};

/// Environment variable: one or more JSON-RPC URLs, comma-separated, tried in order.
pub const ENV_RPC_URL: &str = "KEEPER_RPC_URL";
/// Environment variable: the deployment record (JSON) written by the deploy script.
pub const ENV_DEPLOYMENTS: &str = "KEEPER_DEPLOYMENTS";
/// Environment variable: the keeper's private key (hex, with or without `0x`).
pub const ENV_PRIVATE_KEY: &str = "KEEPER_PRIVATE_KEY";
/// Environment variable: an encrypted JSON keystore holding the keeper's key.
pub const ENV_KEYSTORE: &str = "KEEPER_KEYSTORE";
/// Environment variable: a file whose first line is the keystore's password.
pub const ENV_KEYSTORE_PASSWORD_FILE: &str = "KEEPER_KEYSTORE_PASSWORD_FILE";
/// Environment variable: the daemon's HTTP listen address.
pub const ENV_LISTEN: &str = "KEEPER_LISTEN";
/// Environment variable: the webhook that receives alerts.
pub const ENV_ALERT_WEBHOOK: &str = "KEEPER_ALERT_WEBHOOK";
/// Environment variable: the public evidence intake's listen address (none: no intake).
pub const ENV_INTAKE_LISTEN: &str = "KEEPER_INTAKE_LISTEN";
/// Environment variable: the base of the keeper's state directories (lock, journal, evidence).
pub const ENV_STATE_DIR: &str = "KEEPER_STATE_DIR";

/// Every environment variable the keeper reads: what a caller clears so that its own
/// environment cannot leak into a keeper it starts.
pub const ENV_VARIABLES: [&str; 9] = [
    ENV_RPC_URL,
    ENV_DEPLOYMENTS,
    ENV_PRIVATE_KEY,
    ENV_KEYSTORE,
    ENV_KEYSTORE_PASSWORD_FILE,
    ENV_LISTEN,
    ENV_ALERT_WEBHOOK,
    ENV_INTAKE_LISTEN,
    ENV_STATE_DIR,
];

/// How long the chain head's timestamp may stand still before `/health` fails, by default: on
/// a live chain a block comes every few seconds (Base 2 s, Ethereum 12 s), so 90 s is many
/// missed blocks, yet well under the 2 minutes an operator should wait to hear of it.
pub const DEFAULT_HEAD_STALL_AFTER: Duration = Duration::from_secs(90);

/// The environment variables that hold secrets, removed from the process environment once read
/// ([`Overrides::from_process_env`]). The password is read from a file, never a variable.
pub const SECRET_VARIABLES: [&str; 1] = [ENV_PRIVATE_KEY];

/// The contracts the keeper drives; a deployment record without one of them is refused: the suite table's.
use crate::suite::KEEPER_REQUIRED as REQUIRED_CONTRACTS;

/// Why the configuration was refused; each is one line, naming its source.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The configuration file could not be read.
    #[error("cannot read config file {}: {source}", path.display())]
    ReadFile {
        /// The file.
        path: PathBuf,
        /// The I/O failure.
        source: std::io::Error,
    },
    /// The configuration file is not valid TOML for the keeper.
    #[error("config file {}{}: {}", path.display(), line.map(|l| format!(", line {l}")).unwrap_or_default(), source.message().replace('\n', " ").trim())]
    ParseFile {
        /// The file.
        path: PathBuf,
        /// The line of the mistake, when known.
        line: Option<usize>,
        /// What is wrong (its message ends the line, its span gave `line`; boxed: it is large).
        #[source]
        source: Box<toml::de::Error>,
    },
    /// No RPC URL from any source.
    #[error("no RPC URL: set rpc_urls in the config file, {ENV_RPC_URL} or --rpc-url")]
    NoRpcUrl,
    /// An RPC or webhook URL is not a valid http(s) URL.
    #[error("{source_name}: `{value}` is not a valid http(s) URL")]
    BadUrl {
        /// Where the value came from.
        source_name: String,
        /// The value, with any credentials removed.
        value: String,
    },
    /// No deployment record from any source.
    #[error("no deployment record: set deployments in the config file, {ENV_DEPLOYMENTS} or --deployments")]
    NoDeployments,
    /// The deployment record could not be read or lacks a contract the keeper needs.
    #[error("deployment record: {}", one_line(.0))]
    Deployments(#[source] DeploymentsError),
    /// A key is needed and none was given.
    #[error("no key: set {ENV_PRIVATE_KEY}, or {ENV_KEYSTORE} with {ENV_KEYSTORE_PASSWORD_FILE} (keys are never taken from flags or the config file)")]
    NoKey,
    /// Both a private key and a keystore were given.
    #[error("both {ENV_PRIVATE_KEY} and a keystore are set: keep one")]
    TwoKeys,
    /// The private key variable does not hold a key (its value is never repeated).
    #[error("{ENV_PRIVATE_KEY} is not a 32-byte hex private key")]
    BadPrivateKey,
    /// A keystore was given without its password file.
    #[error("a keystore needs its password file: set {ENV_KEYSTORE_PASSWORD_FILE} or --keystore-password-file")]
    NoPasswordFile,
    /// The keystore's password file could not be read.
    #[error("cannot read keystore password file {}: {source}", path.display())]
    ReadPassword {
        /// The file.
        path: PathBuf,
        /// The I/O failure.
        source: std::io::Error,
    },
    /// A key file (the keystore or its password file) can be read by other local users.
    #[error("the {what} {} can be read by group or others (mode {mode:03o}); run `chmod 600 {}`", path.display(), path.display())]
    KeyFileTooOpen {
        /// Which file: "keystore" or "keystore password file".
        what: &'static str,
        /// The file.
        path: PathBuf,
        /// Its permission bits.
        mode: u32,
    },
    /// The keystore could not be read or decrypted.
    #[error("cannot decrypt keystore {} with the password in {}: {}", keystore.display(), password_file.display(), one_line(source))]
    Keystore {
        /// The keystore.
        keystore: PathBuf,
        /// The password file.
        password_file: PathBuf,
        /// Why.
        #[source]
        source: LocalSignerError,
    },
    /// A numeric setting is out of its range ([`knobs::KNOBS`]).
    #[error("{setting} = {value} is out of range: {bounds}")]
    OutOfRange {
        /// The setting's name as written in the file, or the flag that set it.
        setting: &'static str,
        /// The value given.
        value: String,
        /// What it may be.
        bounds: Bounds,
    },
    /// A setting breaks a rule other than its range.
    #[error("{setting} = {value}: {rule}")]
    Invalid {
        /// The setting's name as written in the file.
        setting: &'static str,
        /// The value given.
        value: String,
        /// The rule it breaks.
        rule: &'static str,
    },
    /// The listen address is not `host:port`.
    #[error("{source_name}: `{value}` is not a socket address like 127.0.0.1:9464")]
    BadListen {
        /// Where the value came from.
        source_name: String,
        /// The value.
        value: String,
    },
}

/// The configuration file, as written. Every field is optional; unknown fields are refused so
/// that a typo is reported rather than silently ignored.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    /// JSON-RPC URLs, tried in order.
    pub rpc_urls: Option<Vec<String>>,
    /// The deployment record.
    pub deployments: Option<PathBuf>,
    /// An encrypted JSON keystore.
    pub keystore: Option<PathBuf>,
    /// The keystore's password file.
    pub keystore_password_file: Option<PathBuf>,
    /// The base of the state directories (one per chain and key).
    pub state_dir: Option<PathBuf>,
    /// JSON-RPC behaviour.
    #[serde(default)]
    pub rpc: RpcSection,
    /// Transaction sending.
    #[serde(default)]
    pub sender: SenderSection,
    /// The jobs.
    #[serde(default)]
    pub jobs: JobsSection,
    /// The daemon.
    #[serde(default)]
    pub daemon: DaemonSection,
    /// Alerts.
    #[serde(default)]
    pub alerts: AlertsSection,
    /// Misbehavior relaying: its economics and the intake's limits.
    #[serde(default)]
    pub relay: RelaySection,
}

/// `[rpc]`: JSON-RPC behaviour.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RpcSection {
    /// Seconds before one request is abandoned.
    pub request_timeout_secs: Option<u64>,
    /// Rounds over all URLs before a request fails.
    pub attempts: Option<u32>,
    /// First pause between rounds, in milliseconds (doubling).
    pub initial_backoff_ms: Option<u64>,
    /// Longest pause between rounds, in milliseconds.
    pub max_backoff_ms: Option<u64>,
    /// How often the endpoints' heads are compared to pick the preferred one, in seconds.
    pub probe_interval_secs: Option<u64>,
    /// How many blocks behind the best head an endpoint may be and still be preferred.
    pub max_lag_blocks: Option<u64>,
}

/// `[sender]`: transaction sending.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SenderSection {
    /// Blocks a transaction must be buried under (1 = included).
    pub confirmations: Option<u64>,
    /// Seconds to wait for confirmation before re-signing with higher fees.
    pub confirmation_timeout_secs: Option<u64>,
    /// The cap on `maxFeePerGas`, in gwei.
    pub max_fee_per_gas_gwei: Option<f64>,
    /// The tip (`maxPriorityFeePerGas`), in gwei.
    pub max_priority_fee_per_gas_gwei: Option<f64>,
    /// How much a replacement raises both fees, in percent (at least 12.5).
    pub fee_bump_percent: Option<f64>,
    /// Milliseconds between receipt polls.
    pub poll_interval_ms: Option<u64>,
    /// Margin added to the gas estimate, in percent.
    pub gas_limit_margin_percent: Option<u64>,
}

/// `[jobs]`: the periodic jobs.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JobsSection {
    /// Nodes paid per `executePayouts` transaction.
    pub payout_batch_size: Option<u64>,
    /// The most transactions one tick sends (a guard against a loop that makes no progress).
    pub max_transactions_per_tick: Option<u32>,
    /// Warn (and alert) when the keeper's balance falls below this many ETH.
    pub low_balance_eth: Option<f64>,
    /// Warn (and alert) when the treasury's base-pay reserve covers fewer months of the full
    /// set's base pay than this; 0 (the default) never warns.
    pub low_reserve_months: Option<f64>,
}

/// `[daemon]`: `keeper run`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DaemonSection {
    /// The HTTP listen address (`/health`, `/metrics`, `/v1/misbehavior`).
    pub listen: Option<String>,
    /// The longest pause between two chain reads, in milliseconds.
    pub poll_interval_ms: Option<u64>,
    /// `/health` answers 503 when the last completed tick is older than this, in seconds.
    pub health_stale_after_secs: Option<u64>,
    /// `/health` answers 503 (and an alert fires) when the chain head's timestamp has not
    /// advanced for this long, in seconds; 0 turns the rule off. Default 90, off on local chains
    /// (31337, 1337), whose automine makes no block while nothing is sent.
    pub head_stall_after_secs: Option<u64>,
    /// `/health` answers 503 when a step has been due for longer than this, in seconds.
    pub due_grace_secs: Option<u64>,
    /// The public evidence intake's listen address (`POST /v1/misbehavior`); none: no intake.
    pub intake_listen: Option<String>,
}

/// `[relay]`: what relaying evidence may cost, and how much evidence the intake takes.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelaySection {
    /// A fixed price of one XMTP in ETH, to value the reporter's reward against the gas.
    pub xmtp_price_eth: Option<f64>,
    /// Where to fetch the price of one XMTP in ETH (JSON), instead of a fixed price.
    pub price_url: Option<String>,
    /// The JSON pointer (RFC 6901) to the price in the document at `price_url`, e.g. `/xmtp/eth`.
    pub price_json_pointer: Option<String>,
    /// How long a fetched price is used, in seconds.
    pub price_cache_secs: Option<u64>,
    /// The reward must be worth this many times the fee (at least 1).
    pub profit_margin: Option<f64>,
    /// The most ETH relay transactions may spend in a rolling hour; 0 disables relaying.
    pub hourly_gas_budget_eth: Option<f64>,
    /// Intake requests one client IP may make per minute.
    pub intake_per_ip_per_minute: Option<u32>,
    /// Intake requests one client IP may make at once before the per-minute rate applies.
    pub intake_burst: Option<u32>,
    /// Pieces of evidence accepted per reported node per hour.
    pub evidence_per_node_per_hour: Option<u32>,
}

/// `[alerts]`: the webhook.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AlertsSection {
    /// Where alerts are posted as JSON.
    pub webhook_url: Option<String>,
    /// The same alert is posted at most once per this many seconds.
    pub repeat_interval_secs: Option<u64>,
    /// An alert after this many chain requests in a row failed on every RPC endpoint.
    pub rpc_failures_before_alert: Option<u64>,
}

/// Values from the environment or the command line that override the file. The command line
/// never carries a key, so [`Overrides::private_key`] is only ever filled from the environment.
#[derive(Default)]
pub struct Overrides {
    /// JSON-RPC URLs.
    pub rpc_urls: Option<Vec<String>>,
    /// The deployment record.
    pub deployments: Option<PathBuf>,
    /// The keeper's private key (environment only).
    pub private_key: Option<String>,
    /// An encrypted keystore.
    pub keystore: Option<PathBuf>,
    /// The keystore's password file.
    pub keystore_password_file: Option<PathBuf>,
    /// The daemon's listen address.
    pub listen: Option<String>,
    /// The alert webhook.
    pub webhook_url: Option<String>,
    /// The public evidence intake's listen address.
    pub intake_listen: Option<String>,
    /// Confirmations to wait for.
    pub confirmations: Option<u64>,
    /// The fee cap, in gwei.
    pub max_fee_per_gas_gwei: Option<f64>,
    /// Nodes paid per payout transaction.
    pub payout_batch_size: Option<u64>,
    /// The base of the state directories.
    pub state_dir: Option<PathBuf>,
}

impl fmt::Debug for Overrides {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Overrides")
            .field("rpc_urls", &self.rpc_urls.as_ref().map(|urls| urls.len()))
            .field("deployments", &self.deployments)
            .field(
                "private_key",
                &self.private_key.as_ref().map(|_| "<redacted>"),
            )
            .field("keystore", &self.keystore)
            .field("keystore_password_file", &self.keystore_password_file)
            .field("listen", &self.listen)
            .field("intake_listen", &self.intake_listen)
            .field("confirmations", &self.confirmations)
            .field("max_fee_per_gas_gwei", &self.max_fee_per_gas_gwei)
            .field("payout_batch_size", &self.payout_batch_size)
            .field("state_dir", &self.state_dir)
            .finish_non_exhaustive()
    }
}

impl Overrides {
    /// The overrides the process environment gives; the secret variables ([`SECRET_VARIABLES`])
    /// are removed from the environment once read, so that neither a child process nor anything
    /// that dumps the environment later finds them.
    ///
    /// Call it before starting threads that read the environment (the keeper calls it while
    /// loading its configuration, before connecting).
    pub fn from_process_env() -> Self {
        // Safe to call in edition 2021; racy only against threads reading the environment at the
        // same moment, which is why this runs before the keeper connects.
        Self::taking_secrets(
            |name| std::env::var(name).ok(),
            |name| std::env::remove_var(name),
        )
    }

    /// [`Self::from_env`], then `remove` on each of [`SECRET_VARIABLES`].
    pub fn taking_secrets(
        env: impl Fn(&str) -> Option<String>,
        mut remove: impl FnMut(&str),
    ) -> Self {
        let overrides = Self::from_env(env);
        for name in SECRET_VARIABLES {
            remove(name);
        }
        overrides
    }

    /// The overrides the environment gives, read through `env` (e.g. `|k| std::env::var(k).ok()`).
    pub fn from_env(env: impl Fn(&str) -> Option<String>) -> Self {
        let value = |name: &str| env(name).filter(|value| !value.trim().is_empty());
        Self {
            rpc_urls: value(ENV_RPC_URL).map(|urls| split_urls(&urls)),
            deployments: value(ENV_DEPLOYMENTS).map(PathBuf::from),
            private_key: value(ENV_PRIVATE_KEY),
            keystore: value(ENV_KEYSTORE).map(PathBuf::from),
            keystore_password_file: value(ENV_KEYSTORE_PASSWORD_FILE).map(PathBuf::from),
            listen: value(ENV_LISTEN),
            webhook_url: value(ENV_ALERT_WEBHOOK),
            intake_listen: value(ENV_INTAKE_LISTEN),
            state_dir: value(ENV_STATE_DIR).map(PathBuf::from),
            ..Self::default()
        }
    }

    /// `self`, with every value `later` sets taking precedence.
    pub fn then(self, later: Self) -> Self {
        Self {
            rpc_urls: later.rpc_urls.or(self.rpc_urls),
            deployments: later.deployments.or(self.deployments),
            private_key: later.private_key.or(self.private_key),
            keystore: later.keystore.or(self.keystore),
            keystore_password_file: later.keystore_password_file.or(self.keystore_password_file),
            listen: later.listen.or(self.listen),
            webhook_url: later.webhook_url.or(self.webhook_url),
            intake_listen: later.intake_listen.or(self.intake_listen),
            confirmations: later.confirmations.or(self.confirmations),
            max_fee_per_gas_gwei: later.max_fee_per_gas_gwei.or(self.max_fee_per_gas_gwei),
            payout_batch_size: later.payout_batch_size.or(self.payout_batch_size),
            state_dir: later.state_dir.or(self.state_dir),
        }
    }
}

/// Splits a comma-separated list of URLs, dropping empty entries.
pub fn split_urls(list: &str) -> Vec<String> {
    list.split(',')
        .map(str::trim)
        .filter(|url| !url.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether the command being configured signs transactions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyRequirement {
    /// `tick`, `run`, `relay`: a key is required.
    Required,
    /// `status`: a key is used for the balance when given.
    Optional,
}

/// JSON-RPC behaviour, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RpcSettings {
    /// Before one request is abandoned.
    pub request_timeout: Duration,
    /// Rounds over all URLs.
    pub attempts: u32,
    /// First pause between rounds.
    pub initial_backoff: Duration,
    /// Longest pause between rounds.
    pub max_backoff: Duration,
    /// How the preferred endpoint is chosen again by head.
    pub failover: super::chain::FailoverPolicy,
}

/// The jobs, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobSettings {
    /// Nodes per payout transaction, when set; else `Automation.payoutBatchSize()`, read at
    /// start ([`super::setup`]).
    pub payout_batch_size: Option<u64>,
    /// The most transactions one tick sends.
    pub max_transactions_per_tick: u32,
    /// The low-balance threshold (wei).
    pub low_balance_wei: u128,
    /// The low-reserve threshold, in bps of a month of the full set's base pay (0: never).
    pub low_reserve_months_bps: u64,
}

/// The daemon, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DaemonSettings {
    /// The HTTP listen address.
    pub listen: SocketAddr,
    /// The longest pause between two chain reads.
    pub poll_interval: Duration,
    /// `/health` goes stale after this long without a completed tick.
    pub health_stale_after: Duration,
    /// `/health` fails when the head's timestamp stands still this long (`Some(0)`: never;
    /// `None`: the default for the chain, see [`Config::health_policy`]).
    pub head_stall_after: Option<Duration>,
    /// `/health` fails when a step is due for longer than this.
    pub due_grace: Duration,
    /// The public evidence intake's listen address; none: no intake.
    pub intake_listen: Option<SocketAddr>,
}

/// Where the relay learns what one XMTP is worth in ETH.
#[derive(Debug, Clone, PartialEq)]
pub enum PriceSetting {
    /// A fixed price (`relay.xmtp_price_eth`).
    Fixed(f64),
    /// Fetched from `url`, the number at `json_pointer`.
    Url {
        /// The document (its host only is ever logged).
        url: Url,
        /// The RFC 6901 pointer to the price.
        json_pointer: String,
    },
}

/// Misbehavior relaying, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct RelaySettings {
    /// The XMTP price source; none configured means the profit check cannot pass (except on
    /// local chains, where it is off).
    pub price: Option<PriceSetting>,
    /// How long a fetched price is used.
    pub price_cache: Duration,
    /// The reward must be worth this many times the fee, in bps (10,000 = break even).
    pub profit_margin_bps: u64,
    /// The most relay transactions may spend in a rolling hour (wei); 0 disables relaying.
    pub hourly_gas_budget_wei: u128,
    /// Intake requests per client IP per minute.
    pub intake_per_ip_per_minute: u32,
    /// Intake requests per client IP at once before the rate applies.
    pub intake_burst: u32,
    /// Evidence accepted per reported node per hour.
    pub evidence_per_node_per_hour: u32,
}

/// Alerts, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlertSettings {
    /// Where alerts go; none means log only.
    pub webhook_url: Option<Url>,
    /// The same alert at most once per this long.
    pub repeat_interval: Duration,
    /// An alert after this many requests in a row failed on every endpoint.
    pub rpc_failures_before_alert: u64,
}

/// The keeper's validated configuration.
pub struct Config {
    /// JSON-RPC URLs, in order of preference.
    pub rpc_urls: Vec<Url>,
    /// Where the deployment record was read from.
    pub deployments_path: PathBuf,
    /// The deployment record.
    pub deployments: Deployments,
    /// The keeper's key, when one was given.
    pub signer: Option<PrivateKeySigner>,
    /// JSON-RPC behaviour.
    pub rpc: RpcSettings,
    /// Transaction sending.
    pub sender: SenderSettings,
    /// The jobs.
    pub jobs: JobSettings,
    /// The daemon.
    pub daemon: DaemonSettings,
    /// Alerts.
    pub alerts: AlertSettings,
    /// Misbehavior relaying.
    pub relay: RelaySettings,
    /// The base of the state directories: `state_dir`, `KEEPER_STATE_DIR` or `--state-dir`,
    /// else `$XDG_STATE_HOME/xmtp-keeper`, else `$HOME/.local/state/xmtp-keeper`; `None` when
    /// none of them is set.
    pub state_dir: Option<PathBuf>,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field(
                "rpc_hosts",
                &self
                    .rpc_urls
                    .iter()
                    .map(super::chain::redacted_host)
                    .collect::<Vec<_>>(),
            )
            .field("deployments_path", &self.deployments_path)
            .field("keeper", &self.keeper_address())
            .field("rpc", &self.rpc)
            .field("sender", &self.sender)
            .field("jobs", &self.jobs)
            .field("daemon", &self.daemon)
            .field("state_dir", &self.state_dir)
            .field(
                "relay_price",
                &self.relay.price.as_ref().map(|price| match price {
                    PriceSetting::Fixed(eth) => eth.to_string(),
                    PriceSetting::Url { url, .. } => super::chain::redacted_host(url),
                }),
            )
            .field(
                "alerts",
                &self
                    .alerts
                    .webhook_url
                    .as_ref()
                    .map(super::chain::redacted_host),
            )
            .finish()
    }
}

impl Config {
    /// Reads the file at `path` (if any), applies `overrides` (the environment's, then the
    /// flags', see [`Overrides::then`]), and validates everything.
    pub fn load(
        path: Option<&Path>,
        overrides: Overrides,
        keys: KeyRequirement,
    ) -> Result<Self, ConfigError> {
        let file = match path {
            Some(path) => read_file(path)?,
            None => FileConfig::default(),
        };
        Self::resolve(file, overrides, keys)
    }

    /// Validates `file` with `overrides` applied.
    pub fn resolve(
        file: FileConfig,
        overrides: Overrides,
        keys: KeyRequirement,
    ) -> Result<Self, ConfigError> {
        let urls = overrides
            .rpc_urls
            .or(file.rpc_urls)
            .filter(|urls| !urls.is_empty())
            .ok_or(ConfigError::NoRpcUrl)?;
        let rpc_urls = urls
            .iter()
            .map(|url| parse_url(url, "rpc url"))
            .collect::<Result<Vec<_>, _>>()?;

        let deployments_path = overrides
            .deployments
            .or(file.deployments)
            .ok_or(ConfigError::NoDeployments)?;
        let deployments = deployments::load(&deployments_path).map_err(ConfigError::Deployments)?;
        for name in REQUIRED_CONTRACTS {
            deployments.proxy(name).map_err(ConfigError::Deployments)?;
        }

        let signer = load_key(
            overrides.private_key,
            overrides.keystore.or(file.keystore),
            overrides
                .keystore_password_file
                .or(file.keystore_password_file),
        )?;
        if signer.is_none() && keys == KeyRequirement::Required {
            return Err(ConfigError::NoKey);
        }

        let rpc = RpcSettings {
            request_timeout: Duration::from_secs(
                knobs::RPC_REQUEST_TIMEOUT_SECS.int(file.rpc.request_timeout_secs)?,
            ),
            attempts: knobs::RPC_ATTEMPTS.int32(file.rpc.attempts)?,
            initial_backoff: Duration::from_millis(
                knobs::RPC_INITIAL_BACKOFF_MS.int(file.rpc.initial_backoff_ms)?,
            ),
            max_backoff: Duration::from_millis(
                knobs::RPC_MAX_BACKOFF_MS.int(file.rpc.max_backoff_ms)?,
            ),
            failover: super::chain::FailoverPolicy {
                probe_interval: Duration::from_secs(
                    knobs::RPC_PROBE_INTERVAL_SECS.int(file.rpc.probe_interval_secs)?,
                ),
                max_lag_blocks: knobs::RPC_MAX_LAG_BLOCKS.int(file.rpc.max_lag_blocks)?,
            },
        };

        let sender = sender_settings(
            &file.sender,
            overrides.confirmations,
            overrides.max_fee_per_gas_gwei,
        )?;

        let jobs = JobSettings {
            payout_batch_size: match overrides.payout_batch_size {
                Some(size) => knobs::JOBS_PAYOUT_BATCH_SIZE
                    .named("--payout-batch-size")
                    .int_or_none(Some(size))?,
                None => knobs::JOBS_PAYOUT_BATCH_SIZE.int_or_none(file.jobs.payout_batch_size)?,
            },
            max_transactions_per_tick: knobs::JOBS_MAX_TRANSACTIONS_PER_TICK
                .int32(file.jobs.max_transactions_per_tick)?,
            low_balance_wei: eth_to_wei(
                knobs::JOBS_LOW_BALANCE_ETH.decimal(file.jobs.low_balance_eth)?,
            ),
            // At most 12,000,000: exact in f64, and in u64.
            low_reserve_months_bps: (knobs::JOBS_LOW_RESERVE_MONTHS
                .decimal(file.jobs.low_reserve_months)?
                * 10_000.0)
                .round() as u64,
        };

        let (listen_source, listen_value) = match overrides.listen {
            Some(value) => ("listen address".to_owned(), value),
            None => (
                "daemon.listen".to_owned(),
                file.daemon
                    .listen
                    .unwrap_or_else(|| "127.0.0.1:9464".to_owned()),
            ),
        };
        let listen =
            SocketAddr::from_str(listen_value.trim()).map_err(|_| ConfigError::BadListen {
                source_name: listen_source,
                value: listen_value.clone(),
            })?;
        let intake_listen = match overrides.intake_listen {
            Some(value) => Some(("intake listen address", value)),
            None => file
                .daemon
                .intake_listen
                .map(|value| ("daemon.intake_listen", value)),
        }
        .map(|(source_name, value)| {
            SocketAddr::from_str(value.trim()).map_err(|_| ConfigError::BadListen {
                source_name: source_name.to_owned(),
                value,
            })
        })
        .transpose()?;
        let daemon = DaemonSettings {
            intake_listen,
            listen,
            poll_interval: Duration::from_millis(
                knobs::DAEMON_POLL_INTERVAL_MS.int(file.daemon.poll_interval_ms)?,
            ),
            health_stale_after: Duration::from_secs(
                knobs::DAEMON_HEALTH_STALE_AFTER_SECS.int(file.daemon.health_stale_after_secs)?,
            ),
            head_stall_after: knobs::DAEMON_HEAD_STALL_AFTER_SECS
                .int_or_none(file.daemon.head_stall_after_secs)?
                .map(Duration::from_secs),
            due_grace: Duration::from_secs(
                knobs::DAEMON_DUE_GRACE_SECS.int(file.daemon.due_grace_secs)?,
            ),
        };

        let webhook_url = overrides
            .webhook_url
            .or(file.alerts.webhook_url)
            .map(|url| parse_url(&url, "alert webhook"))
            .transpose()?;
        let alerts = AlertSettings {
            webhook_url,
            repeat_interval: Duration::from_secs(
                knobs::ALERTS_REPEAT_INTERVAL_SECS.int(file.alerts.repeat_interval_secs)?,
            ),
            rpc_failures_before_alert: knobs::ALERTS_RPC_FAILURES_BEFORE_ALERT
                .int(file.alerts.rpc_failures_before_alert)?,
        };

        let relay = relay_settings(file.relay)?;
        let state_dir = overrides
            .state_dir
            .or(file.state_dir)
            .or_else(|| super::state::default_base(|name| std::env::var(name).ok()));

        Ok(Self {
            rpc_urls,
            deployments_path,
            deployments,
            signer,
            rpc,
            sender,
            jobs,
            daemon,
            alerts,
            relay,
            state_dir,
        })
    }

    /// When `/health` says the keeper is unhealthy on `chain_id`, and when the health watch
    /// alerts. The head-stall rule is off on local chains unless configured: anvil's automine
    /// makes no block while nothing is sent, so its head stands still whenever the keeper idles.
    pub fn health_policy(&self, chain_id: u64) -> super::health::HealthPolicy {
        let local = matches!(chain_id, 31_337 | 1_337);
        let head_stall_after = match self.daemon.head_stall_after {
            Some(limit) if limit.is_zero() => None,
            Some(limit) => Some(limit),
            None if local => None,
            None => Some(DEFAULT_HEAD_STALL_AFTER),
        };
        super::health::HealthPolicy {
            stale_after: self.daemon.health_stale_after,
            head_stall_after,
            due_grace: self.daemon.due_grace,
            unreachable_after: self.alerts.rpc_failures_before_alert,
        }
    }

    /// The keeper's address, when a key was given.
    pub fn keeper_address(&self) -> Option<Address> {
        self.signer.as_ref().map(PrivateKeySigner::address)
    }
}

/// Reads and parses the configuration file.
pub fn read_file(path: &Path) -> Result<FileConfig, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::ReadFile {
        path: path.to_path_buf(),
        source,
    })?;
    parse_file(&text, path)
}

/// Parses configuration text read from `path`.
pub fn parse_file(text: &str, path: &Path) -> Result<FileConfig, ConfigError> {
    toml::from_str(text).map_err(|error| ConfigError::ParseFile {
        path: path.to_path_buf(),
        line: error
            .span()
            .map(|span| text[..span.start.min(text.len())].matches('\n').count() + 1),
        source: Box::new(error),
    })
}

fn load_key(
    private_key: Option<String>,
    keystore: Option<PathBuf>,
    password_file: Option<PathBuf>,
) -> Result<Option<PrivateKeySigner>, ConfigError> {
    match (private_key, keystore) {
        (Some(_), Some(_)) => Err(ConfigError::TwoKeys),
        (Some(key), None) => PrivateKeySigner::from_str(key.trim())
            .map(Some)
            .map_err(|_| ConfigError::BadPrivateKey),
        (None, Some(keystore)) => {
            let password_file = password_file.ok_or(ConfigError::NoPasswordFile)?;
            load_keystore(&keystore, &password_file).map(Some)
        }
        (None, None) => Ok(None),
    }
}

/// The key in an encrypted keystore, with the password on the first line of `password_file`;
/// either file readable by other local users is refused. The keeper's key and a witness's key are
/// read by this one rule.
pub(crate) fn load_keystore(
    keystore: &Path,
    password_file: &Path,
) -> Result<PrivateKeySigner, ConfigError> {
    refuse_if_readable_by_others("keystore", keystore)?;
    refuse_if_readable_by_others("keystore password file", password_file)?;
    let password =
        std::fs::read_to_string(password_file).map_err(|source| ConfigError::ReadPassword {
            path: password_file.to_path_buf(),
            source,
        })?;
    let password = password.lines().next().unwrap_or_default();
    PrivateKeySigner::decrypt_keystore(keystore, password).map_err(|error| ConfigError::Keystore {
        keystore: keystore.to_path_buf(),
        password_file: password_file.to_path_buf(),
        source: error,
    })
}

/// Refuses a key file that another local user could read: whoever reads both the keystore and
/// its password holds the keeper's key. A file that cannot be looked at is left for the read that
/// follows to report.
fn refuse_if_readable_by_others(what: &'static str, path: &Path) -> Result<(), ConfigError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        if let Ok(metadata) = std::fs::metadata(path) {
            let mode = metadata.permissions().mode() & 0o777;
            if mode & 0o077 != 0 {
                return Err(ConfigError::KeyFileTooOpen {
                    what,
                    path: path.to_path_buf(),
                    mode,
                });
            }
        }
    }
    #[cfg(not(unix))]
    let _ = (what, path);
    Ok(())
}

fn parse_url(value: &str, source_name: &str) -> Result<Url, ConfigError> {
    let bad = || ConfigError::BadUrl {
        source_name: source_name.to_owned(),
        value: strip_credentials(value),
    };
    let url = Url::parse(value.trim()).map_err(|_| bad())?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(bad());
    }
    Ok(url)
}

/// `value` with anything after the host removed, for error messages about unparsable URLs.
fn strip_credentials(value: &str) -> String {
    let value = value.trim();
    let after_scheme = value.find("://").map_or(0, |i| i + 3);
    let end = value[after_scheme..]
        .find(['/', '?', '#'])
        .map_or(value.len(), |i| after_scheme + i);
    let host_part = &value[..end];
    match host_part.rfind('@') {
        Some(at) => format!("{}{}", &value[..after_scheme], &host_part[at + 1..]),
        None => host_part.to_owned(),
    }
}

/// `[sender]` with the flags that override it, validated: the sender's own settings struct.
/// The fee cap and tip left out stay `None`: the chain's defaults, resolved once connected.
fn sender_settings(
    section: &SenderSection,
    confirmations_flag: Option<u64>,
    max_fee_flag: Option<f64>,
) -> Result<SenderSettings, ConfigError> {
    let (max_fee_knob, max_fee) = match max_fee_flag {
        Some(gwei) => (
            knobs::SENDER_MAX_FEE_PER_GAS_GWEI.named("--max-fee-gwei"),
            Some(gwei),
        ),
        None => (
            knobs::SENDER_MAX_FEE_PER_GAS_GWEI,
            section.max_fee_per_gas_gwei,
        ),
    };
    let (confirmations_knob, confirmations) = match confirmations_flag {
        Some(n) => (
            knobs::SENDER_CONFIRMATIONS.named("--confirmations"),
            Some(n),
        ),
        None => (knobs::SENDER_CONFIRMATIONS, section.confirmations),
    };
    let bump = knobs::SENDER_FEE_BUMP_PERCENT.decimal(section.fee_bump_percent)?;
    Ok(SenderSettings {
        confirmations: confirmations_knob.int(confirmations)?,
        confirmation_timeout: Duration::from_secs(
            knobs::SENDER_CONFIRMATION_TIMEOUT_SECS.int(section.confirmation_timeout_secs)?,
        ),
        max_fee_per_gas: max_fee_knob.decimal_or_none(max_fee)?.map(gwei_to_wei),
        max_fee_source: max_fee_knob.key,
        max_priority_fee_per_gas: knobs::SENDER_MAX_PRIORITY_FEE_PER_GAS_GWEI
            .decimal_or_none(section.max_priority_fee_per_gas_gwei)?
            .map(gwei_to_wei),
        // Rounded up: 12.5% must never become 12.49%.
        fee_bump_bps: (bump * 100.0).ceil() as u64,
        poll_interval: Duration::from_millis(
            knobs::SENDER_POLL_INTERVAL_MS.int(section.poll_interval_ms)?,
        ),
        gas_limit_margin_percent: knobs::SENDER_GAS_LIMIT_MARGIN_PERCENT
            .int(section.gas_limit_margin_percent)?,
        dry_run: false,
    })
}

/// `[relay]`, validated: a price is either fixed or fetched, never both.
fn relay_settings(section: RelaySection) -> Result<RelaySettings, ConfigError> {
    let price = match (section.xmtp_price_eth, section.price_url) {
        (Some(_), Some(_)) => {
            return Err(ConfigError::Invalid {
                setting: "relay.price_url",
                value: "set".to_owned(),
                rule: "set either relay.xmtp_price_eth or relay.price_url, not both",
            })
        }
        (Some(eth), None) => Some(PriceSetting::Fixed(
            knobs::RELAY_XMTP_PRICE_ETH.decimal(Some(eth))?,
        )),
        (None, Some(url)) => {
            let json_pointer = section.price_json_pointer.unwrap_or_default();
            if !json_pointer.starts_with('/') {
                return Err(ConfigError::Invalid {
                    setting: "relay.price_json_pointer",
                    value: json_pointer,
                    rule: "relay.price_url needs a JSON pointer to the price, like /xmtp/eth",
                });
            }
            Some(PriceSetting::Url {
                url: parse_url(&url, "relay.price_url")?,
                json_pointer,
            })
        }
        (None, None) => None,
    };
    let margin = knobs::RELAY_PROFIT_MARGIN.decimal(section.profit_margin)?;
    let budget = knobs::RELAY_HOURLY_GAS_BUDGET_ETH.decimal(section.hourly_gas_budget_eth)?;
    Ok(RelaySettings {
        price,
        price_cache: Duration::from_secs(
            knobs::RELAY_PRICE_CACHE_SECS.int(section.price_cache_secs)?,
        ),
        profit_margin_bps: (margin * 10_000.0).round() as u64,
        hourly_gas_budget_wei: eth_to_wei(budget),
        intake_per_ip_per_minute: knobs::RELAY_INTAKE_PER_IP_PER_MINUTE
            .int32(section.intake_per_ip_per_minute)?,
        intake_burst: knobs::RELAY_INTAKE_BURST.int32(section.intake_burst)?,
        evidence_per_node_per_hour: knobs::RELAY_EVIDENCE_PER_NODE_PER_HOUR
            .int32(section.evidence_per_node_per_hour)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    const KEY: &str = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

    struct Fixture {
        dir: PathBuf,
    }

    impl Fixture {
        fn new(name: &str) -> Self {
            let dir =
                std::env::temp_dir().join(format!("keeper-config-{name}-{}", std::process::id()));
            std::fs::create_dir_all(&dir).unwrap();
            let record = serde_json::json!({
                "chainId": 31337,
                "tokens": {"USDC": Address::repeat_byte(1), "XMTP": Address::repeat_byte(2)},
                "contracts": REQUIRED_CONTRACTS.iter().enumerate().map(|(i, name)| {
                    (name.to_string(), serde_json::json!({
                        "proxy": Address::repeat_byte(0x10 + i as u8),
                        "implementation": Address::repeat_byte(0x20 + i as u8),
                    }))
                }).collect::<serde_json::Map<_, _>>(),
            });
            std::fs::write(dir.join("record.json"), record.to_string()).unwrap();
            Self { dir }
        }

        fn record(&self) -> PathBuf {
            self.dir.join("record.json")
        }

        fn env(&self, pairs: &[(&str, &str)]) -> Overrides {
            let map: HashMap<String, String> = pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect();
            Overrides::from_env(|name| map.get(name).cloned())
        }

        fn base_env(&self) -> Overrides {
            let record = self.record();
            self.env(&[
                (
                    ENV_RPC_URL,
                    "http://127.0.0.1:8545, https://rpc.example.org/key123",
                ),
                (ENV_DEPLOYMENTS, record.to_str().unwrap()),
                (ENV_PRIVATE_KEY, KEY),
            ])
        }
    }

    impl Drop for Fixture {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }

    fn resolve(file: &str, overrides: Overrides) -> Result<Config, ConfigError> {
        let file = parse_file(file, Path::new("keeper.toml"))?;
        Config::resolve(file, overrides, KeyRequirement::Required)
    }

    #[test]
    fn defaults_with_environment_only() {
        let fixture = Fixture::new("defaults");
        let config = resolve("", fixture.base_env()).unwrap();
        assert_eq!(config.rpc_urls.len(), 2);
        assert_eq!(config.sender.confirmations, 1);
        assert_eq!(config.sender.fee_bump_bps, 1_250);
        // Left to the chain's defaults, resolved once connected.
        assert_eq!(config.sender.max_fee_per_gas, None);
        assert_eq!(config.sender.max_priority_fee_per_gas, None);
        // Left to Automation.payoutBatchSize(), read once connected.
        assert_eq!(config.jobs.payout_batch_size, None);
        // The sender's own settings struct, with its own defaults.
        assert_eq!(config.sender, SenderSettings::DEFAULT);
        assert_eq!(config.daemon.listen.to_string(), "127.0.0.1:9464");
        assert!(config.keeper_address().is_some());
    }

    #[test]
    fn flags_override_environment_override_file() {
        let fixture = Fixture::new("precedence");
        let file = r#"
            rpc_urls = ["http://file.example:1"]
            [sender]
            confirmations = 3
            max_fee_per_gas_gwei = 50
            [jobs]
            payout_batch_size = 7
        "#;
        let flags = Overrides {
            confirmations: Some(5),
            ..Overrides::default()
        };
        let config = resolve(file, fixture.base_env().then(flags)).unwrap();
        // The environment's URLs replace the file's; the flag's confirmations replace the file's.
        assert_eq!(config.rpc_urls[0].as_str(), "http://127.0.0.1:8545/");
        assert_eq!(config.sender.confirmations, 5);
        assert_eq!(config.sender.max_fee_per_gas, Some(50_000_000_000));
        assert_eq!(config.sender.max_fee_source, "sender.max_fee_per_gas_gwei");
        assert_eq!(config.jobs.payout_batch_size, Some(7));
    }

    #[test]
    fn unknown_field_is_one_line_with_its_line_number() {
        let error = parse_file("[sender]\nconfirmation = 2\n", Path::new("k.toml")).unwrap_err();
        let message = error.to_string();
        assert!(
            message.starts_with("config file k.toml, line 2: "),
            "{message}"
        );
        assert!(message.contains("confirmation"), "{message}");
        assert!(!message.contains('\n'));
    }

    #[test]
    fn a_private_key_in_the_file_is_refused() {
        let error = parse_file("private_key = \"0xabc\"\n", Path::new("k.toml")).unwrap_err();
        assert!(matches!(error, ConfigError::ParseFile { .. }));
    }

    #[test]
    fn relay_settings_default_to_a_budget_and_limits_and_take_one_price_source() {
        let fixture = Fixture::new("relay");
        let config = resolve("", fixture.base_env()).unwrap();
        assert_eq!(config.relay.price, None);
        assert_eq!(config.relay.hourly_gas_budget_wei, 50_000_000_000_000_000);
        assert_eq!(config.relay.profit_margin_bps, 15_000);
        assert_eq!(
            (
                config.relay.intake_per_ip_per_minute,
                config.relay.intake_burst,
                config.relay.evidence_per_node_per_hour
            ),
            (30, 10, 4)
        );
        assert_eq!(config.daemon.intake_listen, None);

        let file = "[relay]\nprice_url = \"https://prices.example.org/v1?key=secret\"\nprice_json_pointer = \"/xmtp/eth\"\nhourly_gas_budget_eth = 0\n[daemon]\nintake_listen = \"0.0.0.0:9465\"\n";
        let config = resolve(file, fixture.base_env()).unwrap();
        assert!(matches!(
            &config.relay.price,
            Some(PriceSetting::Url { json_pointer, .. }) if json_pointer == "/xmtp/eth"
        ));
        assert_eq!(config.relay.hourly_gas_budget_wei, 0);
        assert_eq!(
            config.daemon.intake_listen,
            Some("0.0.0.0:9465".parse().unwrap())
        );
        assert!(
            !format!("{config:?}").contains("secret"),
            "the price URL's key is not logged"
        );

        let mut env = fixture.base_env();
        env = env.then(fixture.env(&[(ENV_INTAKE_LISTEN, "127.0.0.1:9999")]));
        let config = resolve(file, env).unwrap();
        assert_eq!(
            config.daemon.intake_listen,
            Some("127.0.0.1:9999".parse().unwrap())
        );

        for (file, named) in [
            ("[relay]\nxmtp_price_eth = 0.1\nprice_url = \"https://p.example\"\nprice_json_pointer = \"/p\"\n", "not both"),
            ("[relay]\nprice_url = \"https://p.example\"\n", "relay.price_json_pointer"),
            ("[relay]\nxmtp_price_eth = -1.0\n", "relay.xmtp_price_eth"),
            ("[relay]\nprofit_margin = 0.5\n", "relay.profit_margin"),
            ("[relay]\nintake_burst = 0\n", "relay.intake_burst"),
            ("[daemon]\nintake_listen = \"nowhere\"\n", "daemon.intake_listen"),
        ] {
            let error = resolve(file, fixture.base_env()).err().unwrap().to_string();
            assert!(error.contains(named), "{error}");
        }
    }

    #[test]
    fn every_mistake_is_named() {
        let fixture = Fixture::new("mistakes");
        let record = fixture.record();
        let record = record.to_str().unwrap();
        let good = [
            (ENV_RPC_URL, "http://a:1"),
            (ENV_DEPLOYMENTS, record),
            (ENV_PRIVATE_KEY, KEY),
        ];
        // (variable replaced or removed (""), its new value, the file, the expected message)
        let cases = [
            (ENV_RPC_URL, "", "", "no RPC URL"),
            (ENV_RPC_URL, "ftp://x", "", "is not a valid http(s) URL"),
            (ENV_DEPLOYMENTS, "", "", "no deployment record"),
            (
                ENV_DEPLOYMENTS,
                "/nonexistent.json",
                "",
                "cannot read deployments file",
            ),
            (ENV_PRIVATE_KEY, "", "", "no key"),
            (
                ENV_PRIVATE_KEY,
                "0x1234",
                "",
                "is not a 32-byte hex private key",
            ),
            (ENV_KEYSTORE, "/k", "", "keep one"),
            (ENV_LISTEN, "localhost", "", "is not a socket address"),
            (
                ENV_ALERT_WEBHOOK,
                "mailto:x",
                "",
                "is not a valid http(s) URL",
            ),
            (
                "",
                "",
                "[sender]\nfee_bump_percent = 10\n",
                "sender.fee_bump_percent = 10",
            ),
            (
                "",
                "",
                "[sender]\nconfirmations = 0\n",
                "sender.confirmations = 0",
            ),
            (
                "",
                "",
                "[jobs]\npayout_batch_size = 0\n",
                "jobs.payout_batch_size = 0",
            ),
            (
                "",
                "",
                "[sender]\nmax_fee_per_gas_gwei = -1\n",
                "max_fee_per_gas_gwei = -1",
            ),
        ];
        for (variable, value, file, expected) in cases {
            let mut env: Vec<(&str, &str)> = good
                .iter()
                .copied()
                .filter(|(name, _)| *name != variable)
                .collect();
            if !value.is_empty() {
                env.push((variable, value));
            }
            let message = match resolve(file, fixture.env(&env)) {
                Ok(_) => panic!("accepted: {env:?} {file}"),
                Err(error) => error.to_string(),
            };
            assert!(message.contains(expected), "{message:?} lacks {expected:?}");
            assert!(!message.contains('\n'), "{message:?}");
            assert!(!message.contains(&KEY[2..]), "key leaked: {message}");
        }
        // A keystore without its password file.
        let env = [
            (ENV_RPC_URL, "http://a:1"),
            (ENV_DEPLOYMENTS, record),
            (ENV_KEYSTORE, "/k"),
        ];
        let message = resolve("", fixture.env(&env)).err().unwrap().to_string();
        assert!(message.contains("needs its password file"), "{message}");
    }

    /// Each kind of knob (whole number, decimal, gwei, ETH, a flag's, the payout batch against
    /// Automation's maximum) refused out of range names the bounds, from the one table.
    #[test]
    fn an_out_of_range_value_names_its_bounds() {
        let fixture = Fixture::new("bounds");
        let refused = |file: &str, flags: Overrides| {
            resolve(file, fixture.base_env().then(flags))
                .expect_err("refused")
                .to_string()
        };
        let file = |text: &str| refused(text, Overrides::default());
        assert_eq!(
            file("[sender]\nconfirmations = 0\n"),
            "sender.confirmations = 0 is out of range: 1 to 1000"
        );
        assert_eq!(
            file("[rpc]\nrequest_timeout_secs = 301\n"),
            "rpc.request_timeout_secs = 301 is out of range: 1 to 300 seconds"
        );
        assert_eq!(
            file("[relay]\nintake_burst = 0\n"),
            "relay.intake_burst = 0 is out of range: 1 to 100000"
        );
        assert_eq!(
            file("[sender]\nfee_bump_percent = 10\n"),
            "sender.fee_bump_percent = 10 is out of range: 12.5 to 1000 percent"
        );
        assert_eq!(
            file("[sender]\nfee_bump_percent = nan\n"),
            "sender.fee_bump_percent = NaN is out of range: 12.5 to 1000 percent"
        );
        assert_eq!(
            file("[sender]\nmax_fee_per_gas_gwei = 5000000\n"),
            "sender.max_fee_per_gas_gwei = 5000000 is out of range: 0.000000001 to 1000000 gwei"
        );
        assert_eq!(
            file("[sender]\nmax_priority_fee_per_gas_gwei = -1\n"),
            "sender.max_priority_fee_per_gas_gwei = -1 is out of range: 0 to 1000000 gwei"
        );
        assert_eq!(
            file("[relay]\nhourly_gas_budget_eth = 1001\n"),
            "relay.hourly_gas_budget_eth = 1001 is out of range: 0 to 1000 ETH"
        );
        assert_eq!(
            file("[jobs]\npayout_batch_size = 201\n"),
            "jobs.payout_batch_size = 201 is out of range: 1 to 200"
        );
        // A flag is named as the flag.
        let flags = Overrides {
            max_fee_per_gas_gwei: Some(0.0),
            payout_batch_size: Some(500),
            ..Overrides::default()
        };
        assert_eq!(
            refused("", flags),
            "--max-fee-gwei = 0 is out of range: 0.000000001 to 1000000 gwei"
        );
        let flags = Overrides {
            payout_batch_size: Some(500),
            ..Overrides::default()
        };
        assert_eq!(
            refused("[jobs]\npayout_batch_size = 3\n", flags),
            "--payout-batch-size = 500 is out of range: 1 to 200"
        );
        // The edges are taken.
        let config = resolve(
            "[sender]\nfee_bump_percent = 12.5\nmax_fee_per_gas_gwei = 1000000\n[jobs]\npayout_batch_size = 200\n",
            fixture.base_env(),
        )
        .unwrap();
        assert_eq!(config.sender.fee_bump_bps, 1_250);
        assert_eq!(
            config.sender.max_fee_per_gas,
            Some(1_000_000 * 1_000_000_000)
        );
        assert_eq!(config.jobs.payout_batch_size, Some(200));
    }

    #[test]
    fn a_record_without_automation_is_refused() {
        let fixture = Fixture::new("no-automation");
        let mut record: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(fixture.record()).unwrap()).unwrap();
        record["contracts"]
            .as_object_mut()
            .unwrap()
            .remove(deployments::AUTOMATION);
        std::fs::write(fixture.record(), record.to_string()).unwrap();
        let message = resolve("", fixture.base_env()).err().unwrap().to_string();
        assert!(message.contains("Automation"), "{message}");
    }

    /// A record written before delegated staking (no `Delegation`) is refused as such: the typed
    /// `MissingContract`, naming the contract and what the record does list.
    #[test]
    fn a_record_from_before_delegation_is_refused_naming_delegation() {
        let fixture = Fixture::new("no-delegation");
        let mut record: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(fixture.record()).unwrap()).unwrap();
        record["contracts"]
            .as_object_mut()
            .unwrap()
            .remove(deployments::DELEGATION);
        std::fs::write(fixture.record(), record.to_string()).unwrap();
        let error = resolve("", fixture.base_env()).err().unwrap();
        match &error {
            ConfigError::Deployments(DeploymentsError::MissingContract { name, .. }) => {
                assert_eq!(name, deployments::DELEGATION)
            }
            other => panic!("expected MissingContract, got {other:?}"),
        }
        let message = error.to_string();
        assert!(message.contains("no `Delegation` contract"), "{message}");
    }

    #[test]
    fn status_needs_no_key() {
        let fixture = Fixture::new("status");
        let record = fixture.record();
        let env = fixture.env(&[
            (ENV_RPC_URL, "http://a:1"),
            (ENV_DEPLOYMENTS, record.to_str().unwrap()),
        ]);
        let config = Config::resolve(FileConfig::default(), env, KeyRequirement::Optional).unwrap();
        assert!(config.signer.is_none());
    }

    #[test]
    fn keystore_with_password_file() {
        let fixture = Fixture::new("keystore");
        let mut rng = alloy::signers::k256::elliptic_curve::rand_core::OsRng;
        let (signer, _uuid) =
            PrivateKeySigner::new_keystore(&fixture.dir, &mut rng, "hunter2", Some("ks.json"))
                .unwrap();
        let name = "ks.json";
        std::fs::write(fixture.dir.join("pw"), "hunter2\n").unwrap();
        private(&fixture.dir.join(name));
        private(&fixture.dir.join("pw"));
        let record = fixture.record();
        let env = fixture.env(&[
            (ENV_RPC_URL, "http://a:1"),
            (ENV_DEPLOYMENTS, record.to_str().unwrap()),
            (ENV_KEYSTORE, fixture.dir.join(name).to_str().unwrap()),
            (
                ENV_KEYSTORE_PASSWORD_FILE,
                fixture.dir.join("pw").to_str().unwrap(),
            ),
        ]);
        let config = resolve("", env).unwrap();
        assert_eq!(config.keeper_address(), Some(signer.address()));

        std::fs::write(fixture.dir.join("pw"), "wrong\n").unwrap();
        private(&fixture.dir.join("pw"));
        let env = fixture.env(&[
            (ENV_RPC_URL, "http://a:1"),
            (ENV_DEPLOYMENTS, record.to_str().unwrap()),
            (ENV_KEYSTORE, fixture.dir.join(name).to_str().unwrap()),
            (
                ENV_KEYSTORE_PASSWORD_FILE,
                fixture.dir.join("pw").to_str().unwrap(),
            ),
        ]);
        let message = resolve("", env).err().unwrap().to_string();
        assert!(message.starts_with("cannot decrypt keystore"), "{message}");
    }

    /// Mode 0600.
    fn private(path: &Path) {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        #[cfg(not(unix))]
        let _ = path;
    }

    #[cfg(unix)]
    #[test]
    fn key_files_readable_by_group_or_others_are_refused_with_the_chmod_to_run() {
        use std::os::unix::fs::PermissionsExt as _;
        let fixture = Fixture::new("key-modes");
        let mut rng = alloy::signers::k256::elliptic_curve::rand_core::OsRng;
        PrivateKeySigner::new_keystore(&fixture.dir, &mut rng, "hunter2", Some("ks.json")).unwrap();
        let keystore = fixture.dir.join("ks.json");
        let password = fixture.dir.join("pw");
        std::fs::write(&password, "hunter2\n").unwrap();
        private(&keystore);
        let record = fixture.record();
        let load = || {
            resolve(
                "",
                fixture.env(&[
                    (ENV_RPC_URL, "http://a:1"),
                    (ENV_DEPLOYMENTS, record.to_str().unwrap()),
                    (ENV_KEYSTORE, keystore.to_str().unwrap()),
                    (ENV_KEYSTORE_PASSWORD_FILE, password.to_str().unwrap()),
                ]),
            )
        };
        for (mode, file) in [(0o644, &password), (0o640, &password), (0o604, &keystore)] {
            private(&keystore);
            private(&password);
            std::fs::set_permissions(file, std::fs::Permissions::from_mode(mode)).unwrap();
            let message = load().err().unwrap().to_string();
            assert!(
                message.contains(&format!("mode {mode:03o}"))
                    && message.contains(&format!("run `chmod 600 {}`", file.display())),
                "{message}"
            );
        }
        private(&keystore);
        private(&password);
        assert!(load().is_ok());
        std::fs::set_permissions(&password, std::fs::Permissions::from_mode(0o400)).unwrap();
        assert!(load().is_ok(), "read-only for the owner is fine");
    }

    #[test]
    fn the_head_stall_rule_is_on_by_default_except_on_local_chains() {
        let fixture = Fixture::new("health-policy");
        let config = resolve("", fixture.base_env()).unwrap();
        assert_eq!(
            config.health_policy(8453).head_stall_after,
            Some(DEFAULT_HEAD_STALL_AFTER)
        );
        assert_eq!(config.health_policy(31337).head_stall_after, None);
        assert_eq!(
            config.health_policy(8453).due_grace,
            Duration::from_secs(120)
        );
        assert_eq!(config.health_policy(8453).unreachable_after, 3);
        let file = "[daemon]\nhead_stall_after_secs = 20\ndue_grace_secs = 30\n[alerts]\nrpc_failures_before_alert = 5\n[rpc]\nprobe_interval_secs = 7\nmax_lag_blocks = 4\n";
        let config = resolve(file, fixture.base_env()).unwrap();
        let policy = config.health_policy(31337);
        assert_eq!(policy.head_stall_after, Some(Duration::from_secs(20)));
        assert_eq!(policy.due_grace, Duration::from_secs(30));
        assert_eq!(policy.unreachable_after, 5);
        assert_eq!(config.rpc.failover.probe_interval, Duration::from_secs(7));
        assert_eq!(config.rpc.failover.max_lag_blocks, 4);
        let off = resolve("[daemon]\nhead_stall_after_secs = 0\n", fixture.base_env()).unwrap();
        assert_eq!(off.health_policy(8453).head_stall_after, None);
    }

    #[test]
    fn the_private_key_variable_is_removed_once_read() {
        let fixture = Fixture::new("take-secrets");
        let record = fixture.record();
        let mut env: HashMap<String, String> = [
            (ENV_RPC_URL, "http://a:1"),
            (ENV_DEPLOYMENTS, record.to_str().unwrap()),
            (ENV_PRIVATE_KEY, KEY),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        let reader = env.clone();
        let overrides = Overrides::taking_secrets(
            |name| reader.get(name).cloned(),
            |name| {
                env.remove(name);
            },
        );
        assert!(!env.contains_key(ENV_PRIVATE_KEY));
        assert!(env.contains_key(ENV_RPC_URL), "only secrets are removed");
        let config =
            Config::resolve(FileConfig::default(), overrides, KeyRequirement::Required).unwrap();
        assert!(config.keeper_address().is_some(), "the key was read first");
    }

    #[test]
    fn urls_are_redacted_for_logs_and_errors() {
        assert_eq!(strip_credentials("htp://user:pw@host/secret"), "htp://host");
        let debug = format!(
            "{:?}",
            Overrides {
                private_key: Some(KEY.into()),
                ..Overrides::default()
            }
        );
        assert!(!debug.contains(&KEY[2..]));
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            /// Whatever the file holds, parsing ends in a value or in one line naming the file.
            #[test]
            fn any_file_text_parses_or_fails_on_one_line(text in "\\PC{0,300}") {
                if let Err(error) = parse_file(&text, Path::new("k.toml")) {
                    let message = error.to_string();
                    prop_assert!(message.starts_with("config file k.toml"), "{}", message);
                    prop_assert!(!message.contains('\n'), "{}", message);
                }
            }

            /// A numeric setting is taken exactly when it is in its range, and refused by name.
            #[test]
            fn confirmations_are_taken_exactly_in_range(value in any::<u64>()) {
                let fixture = Fixture::new("confirmations-property");
                let result = resolve(
                    &format!("[sender]\nconfirmations = {}\n", value.min(i64::MAX as u64)),
                    fixture.base_env(),
                );
                let value = value.min(i64::MAX as u64);
                match result {
                    Ok(config) => {
                        prop_assert!((1..=1_000).contains(&value));
                        prop_assert_eq!(config.sender.confirmations, value);
                    }
                    Err(error) => {
                        prop_assert!(!(1..=1_000).contains(&value));
                        prop_assert!(error.to_string().starts_with("sender.confirmations = "));
                    }
                }
            }

            /// The flag outranks the environment, which outranks the file, for every combination.
            #[test]
            fn flags_outrank_environment_outrank_file(
                file in proptest::option::of(1u64..9),
                env in proptest::option::of(10u64..19),
                flag in proptest::option::of(20u64..29),
            ) {
                let fixture = Fixture::new("precedence-property");
                let record = fixture.record();
                let url = |port: u64| format!("http://127.0.0.1:{port}");
                let file_text = file.map_or(String::new(), |port| format!("rpc_urls = [\"{}\"]\n", url(port)));
                let mut environment = vec![
                    (ENV_DEPLOYMENTS, record.to_str().unwrap().to_owned()),
                    (ENV_PRIVATE_KEY, KEY.to_owned()),
                ];
                if let Some(port) = env {
                    environment.push((ENV_RPC_URL, url(port)));
                }
                let pairs: Vec<(&str, &str)> =
                    environment.iter().map(|(k, v)| (*k, v.as_str())).collect();
                let flags = Overrides {
                    rpc_urls: flag.map(|port| vec![url(port)]),
                    ..Overrides::default()
                };
                let result = resolve(&file_text, fixture.env(&pairs).then(flags));
                match flag.or(env).or(file) {
                    Some(port) => {
                        let config = result.unwrap();
                        prop_assert_eq!(config.rpc_urls[0].port(), Some(port as u16));
                    }
                    None => prop_assert!(matches!(result, Err(ConfigError::NoRpcUrl))),
                }
            }
        }
    }
}
