//! How the watcher reads the network: its pace, its politeness towards nodes, and where it sends what it finds.
//! Validated once, at start: a bad value is a one-line error before anything is read.

use std::{collections::BTreeMap, time::Duration};

use reqwest::Url;

/// Why the watcher's settings are refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingsError {
    /// A value is out of its range.
    #[error("{setting} = {value} is out of range: {minimum} to {maximum}")]
    OutOfRange {
        /// The setting, as the command line names it.
        setting: &'static str,
        /// The value given.
        value: u64,
        /// The smallest accepted.
        minimum: u64,
        /// The largest accepted.
        maximum: u64,
    },
    /// A `--node-url` is not `ID=URL`.
    #[error("--node-url {0:?} is not NODE_ID=URL (e.g. 100=https://grpc.node.example)")]
    NodeUrl(String),
    /// A URL does not parse or is not http(s).
    #[error("{setting} {url:?} is not an http(s) URL")]
    Url {
        /// The setting.
        setting: &'static str,
        /// The value given.
        url: String,
    },
}

/// The watcher's settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WatchSettings {
    /// How often every node is read (catch-up queries for new envelopes).
    pub poll_interval: Duration,
    /// How often every node is probed for liveness (`GetVersion`, a one-envelope query, `GetSyncCursor`).
    pub probe_interval: Duration,
    /// How long one request may take before it counts as a timeout.
    pub request_timeout: Duration,
    /// The most requests per second sent to any one node, probes and reads together.
    pub requests_per_second: u32,
    /// The most envelopes asked for per query (xmtpd serves at most 1,000).
    pub query_limit: u32,
    /// Sequence ids a node's cursor for itself may lag the most any peer holds of it before it is stalled.
    pub stall_threshold: u64,
    /// Addresses used instead of the registry's `httpAddress`, by node id (private networks, tests).
    pub node_urls: BTreeMap<u32, Url>,
    /// Aggregators the witness reports (and, without a keeper key, proven faults) are posted to.
    pub aggregators: Vec<Url>,
}

/// The default of `--poll-interval-ms`.
pub const DEFAULT_POLL_INTERVAL_MS: u64 = 10_000;
/// The default of `--probe-interval-ms`.
pub const DEFAULT_PROBE_INTERVAL_MS: u64 = 60_000;
/// The default of `--request-timeout-ms`.
pub const DEFAULT_REQUEST_TIMEOUT_MS: u64 = 5_000;
/// The default of `--requests-per-second`.
pub const DEFAULT_REQUESTS_PER_SECOND: u32 = 2;
/// The default of `--stall-threshold`.
pub const DEFAULT_STALL_THRESHOLD: u64 = 1_000;

impl Default for WatchSettings {
    fn default() -> Self {
        Self {
            poll_interval: Duration::from_millis(DEFAULT_POLL_INTERVAL_MS),
            probe_interval: Duration::from_millis(DEFAULT_PROBE_INTERVAL_MS),
            request_timeout: Duration::from_millis(DEFAULT_REQUEST_TIMEOUT_MS),
            requests_per_second: DEFAULT_REQUESTS_PER_SECOND,
            query_limit: MAX_QUERY_LIMIT,
            stall_threshold: DEFAULT_STALL_THRESHOLD,
            node_urls: BTreeMap::new(),
            aggregators: Vec::new(),
        }
    }
}

/// What xmtpd serves per query at most.
pub const MAX_QUERY_LIMIT: u32 = 1_000;

impl WatchSettings {
    /// Checks every value's range.
    pub fn validate(&self) -> Result<(), SettingsError> {
        let millis = |duration: Duration| u64::try_from(duration.as_millis()).unwrap_or(u64::MAX);
        let ranges: [(&'static str, u64, u64, u64); 5] = [
            (
                "--poll-interval-ms",
                millis(self.poll_interval),
                10,
                3_600_000,
            ),
            (
                "--probe-interval-ms",
                millis(self.probe_interval),
                10,
                3_600_000,
            ),
            (
                "--request-timeout-ms",
                millis(self.request_timeout),
                10,
                120_000,
            ),
            (
                "--requests-per-second",
                self.requests_per_second.into(),
                1,
                1_000,
            ),
            (
                "--query-limit",
                self.query_limit.into(),
                1,
                MAX_QUERY_LIMIT.into(),
            ),
        ];
        for (setting, value, minimum, maximum) in ranges {
            if !(minimum..=maximum).contains(&value) {
                return Err(SettingsError::OutOfRange {
                    setting,
                    value,
                    minimum,
                    maximum,
                });
            }
        }
        Ok(())
    }

    /// The requests one node may get per minute: the budget tests hold the watcher to.
    pub fn requests_per_minute(&self) -> u64 {
        u64::from(self.requests_per_second) * 60
    }
}

/// Parses `ID=URL` (a `--node-url`).
pub fn parse_node_url(value: &str) -> Result<(u32, Url), SettingsError> {
    let (id, url) = value
        .split_once('=')
        .ok_or_else(|| SettingsError::NodeUrl(value.to_owned()))?;
    let id = id
        .trim()
        .parse::<u32>()
        .map_err(|_| SettingsError::NodeUrl(value.to_owned()))?;
    Ok((id, parse_http_url("--node-url", url.trim())?))
}

/// Parses an http(s) URL.
pub fn parse_http_url(setting: &'static str, value: &str) -> Result<Url, SettingsError> {
    let refused = || SettingsError::Url {
        setting,
        url: value.to_owned(),
    };
    let url = Url::parse(value).map_err(|_| refused())?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(refused());
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validate_accepts_the_defaults() {
        assert_eq!(WatchSettings::default().validate(), Ok(()));
    }

    #[test]
    fn validate_refuses_a_query_limit_above_what_xmtpd_serves() {
        let settings = WatchSettings {
            query_limit: 1_001,
            ..WatchSettings::default()
        };
        assert_eq!(
            settings.validate(),
            Err(SettingsError::OutOfRange {
                setting: "--query-limit",
                value: 1_001,
                minimum: 1,
                maximum: 1_000
            })
        );
    }

    #[test]
    fn validate_refuses_zero_requests_per_second() {
        let settings = WatchSettings {
            requests_per_second: 0,
            ..WatchSettings::default()
        };
        assert!(matches!(
            settings.validate(),
            Err(SettingsError::OutOfRange {
                setting: "--requests-per-second",
                ..
            })
        ));
    }

    #[test]
    fn parse_node_url_reads_id_and_url() {
        let (id, url) = parse_node_url("100=http://127.0.0.1:5050").expect("valid");
        assert_eq!(id, 100);
        assert_eq!(url.as_str(), "http://127.0.0.1:5050/");
    }

    #[test]
    fn parse_node_url_refuses_what_is_not_id_equals_http_url() {
        for bad in ["100", "x=http://a", "100=ftp://a", "100=not a url"] {
            assert!(parse_node_url(bad).is_err(), "{bad} was accepted");
        }
    }
}
