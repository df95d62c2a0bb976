//! Alerts: a failed job, a missed epoch, a low balance or a failed relay, logged and, when a
//! webhook is configured, posted to it as JSON.
//!
//! Posting never fails the caller: a webhook that is down, slow or refuses is logged (by host
//! only, since webhook URLs often carry tokens) and the keeper carries on.
//!
//! Repeats are suppressed by what went wrong, not by how it was worded: the key is the kind, the
//! step (`details.step`) and the kind of error (`details.error_kind`), posted at most once per
//! repeat interval (default [`DEFAULT_REPEAT_INTERVAL`]). A message carrying a base fee or a
//! transaction hash changes on every failure; keying on it let a fee spike post thirty alerts a
//! minute. The changing figures belong in `details`, which travel with the alert that is posted.

use std::{
    collections::HashMap,
    fmt,
    sync::{Mutex, PoisonError},
    time::{Duration, Instant},
};

use super::unix_now;
use alloy::primitives::Address;
use reqwest::{header, redirect, Client, Url};
use serde::Serialize;
use serde_json::{json, Value};

/// How long the same kind and message is kept from being posted again, by default.
pub const DEFAULT_REPEAT_INTERVAL: Duration = Duration::from_secs(15 * 60);

/// How long posting one alert may take, by default.
pub const DEFAULT_WEBHOOK_TIMEOUT: Duration = Duration::from_secs(5);

/// What went wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AlertKind {
    /// A job (rotation, distribution, payout, …) failed.
    JobFailed,
    /// An epoch went by without a rotation.
    MissedEpoch,
    /// The keeper account's balance is below the configured floor.
    LowBalance,
    /// The treasury's base-pay reserve covers fewer months of base pay than configured.
    LowReserve,
    /// Evidence was verified but relaying it failed.
    RelayFailed,
    /// Relay transactions spent the hourly gas budget: relaying waits until it frees up.
    RelayBudgetSpent,
    /// Several chain reads in a row failed on every RPC endpoint.
    RpcUnreachable,
    /// The chain head's timestamp stopped advancing: the chain (or every endpoint) is frozen.
    ChainStalled,
}

impl AlertKind {
    /// The name in the webhook payload and the logs (`job_failed`, …).
    pub fn label(self) -> &'static str {
        match self {
            Self::JobFailed => "job_failed",
            Self::MissedEpoch => "missed_epoch",
            Self::LowBalance => "low_balance",
            Self::LowReserve => "low_reserve",
            Self::RelayFailed => "relay_failed",
            Self::RelayBudgetSpent => "relay_budget_spent",
            Self::RpcUnreachable => "rpc_unreachable",
            Self::ChainStalled => "chain_stalled",
        }
    }
}

impl fmt::Display for AlertKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// One alert.
#[derive(Debug, Clone, PartialEq)]
pub struct Alert {
    /// What went wrong.
    pub kind: AlertKind,
    /// One short, stable line for a human.
    pub message: String,
    /// Anything else worth knowing (epoch, transaction hash, balance, error), as JSON. Its
    /// `step` and `error_kind` strings, when present, are part of the repeat-suppression key.
    pub details: Value,
}

impl Alert {
    /// An alert of `kind`.
    pub fn new(kind: AlertKind, message: impl Into<String>, details: Value) -> Self {
        Self {
            kind,
            message: message.into(),
            details,
        }
    }

    /// The same alert with `details.step` set: alerts about different steps are not suppressed
    /// by each other.
    pub fn with_step(self, step: &str) -> Self {
        self.with_detail("step", step)
    }

    /// The same alert with `details.error_kind` set (a stable name such as `fee_cap` or
    /// `reverted`): a different kind of failure of the same step is posted, not suppressed.
    pub fn with_error_kind(self, error_kind: &str) -> Self {
        self.with_detail("error_kind", error_kind)
    }

    fn with_detail(mut self, name: &str, value: &str) -> Self {
        if !self.details.is_object() {
            self.details = json!({ "detail": self.details });
        }
        if let Some(details) = self.details.as_object_mut() {
            details.insert(name.to_owned(), Value::String(value.to_owned()));
        }
        self
    }

    /// What the repeat suppression compares: the kind, the step and the kind of error.
    pub fn suppression_key(&self) -> SuppressionKey {
        let text = |name: &str| {
            self.details
                .get(name)
                .and_then(Value::as_str)
                .map(str::to_owned)
        };
        SuppressionKey {
            kind: self.kind,
            step: text("step"),
            error_kind: text("error_kind"),
        }
    }
}

/// Two alerts with the same key are the same condition: the second is not posted within the
/// repeat interval, whatever its message and numbers.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SuppressionKey {
    /// The alert's kind.
    pub kind: AlertKind,
    /// `details.step`, if any.
    pub step: Option<String>,
    /// `details.error_kind`, if any.
    pub error_kind: Option<String>,
}

/// Logs alerts and posts them to a webhook, if one is configured. Share it behind an `Arc`.
pub struct Alerter {
    webhook: Option<Webhook>,
    keeper: Address,
    chain_id: u64,
    repeat_interval: Duration,
    timeout: Duration,
    recent: Mutex<Recent>,
}

/// Where alerts are posted.
struct Webhook {
    url: Url,
    client: Client,
}

impl fmt::Debug for Alerter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Alerter")
            .field(
                "webhook_host",
                &self
                    .webhook
                    .as_ref()
                    .map(|webhook| super::chain::redacted_host(&webhook.url)),
            )
            .field("keeper", &self.keeper)
            .field("chain_id", &self.chain_id)
            .field("repeat_interval", &self.repeat_interval)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl Alerter {
    /// An alerter for the keeper account `keeper` on `chain_id`, posting to `webhook`, or only
    /// logging when it is `None` (or when no HTTP client can be built, which is logged).
    pub fn new(webhook: Option<Url>, keeper: Address, chain_id: u64) -> Self {
        let webhook = webhook.and_then(|url| {
            // Redirects are not followed: an alert goes where it was configured to go.
            match Client::builder()
                .redirect(redirect::Policy::none())
                .connect_timeout(DEFAULT_WEBHOOK_TIMEOUT)
                .build()
            {
                Ok(client) => Some(Webhook { url, client }),
                Err(error) => {
                    tracing::error!(
                        host = %super::chain::redacted_host(&url),
                        error = %error.without_url(),
                        "cannot build the webhook's HTTP client: alerts will only be logged"
                    );
                    None
                }
            }
        });
        Self {
            webhook,
            keeper,
            chain_id,
            repeat_interval: DEFAULT_REPEAT_INTERVAL,
            timeout: DEFAULT_WEBHOOK_TIMEOUT,
            recent: Mutex::new(Recent::default()),
        }
    }

    /// Posts alerts with the same [`SuppressionKey`] at most once per `interval` (zero: every
    /// time).
    pub fn with_repeat_interval(mut self, interval: Duration) -> Self {
        self.repeat_interval = interval;
        self
    }

    /// Gives up posting one alert after `timeout` (default [`DEFAULT_WEBHOOK_TIMEOUT`]).
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Whether alerts are posted anywhere.
    pub fn is_enabled(&self) -> bool {
        self.webhook.is_some()
    }

    /// Logs `alert` and posts it to the webhook as
    /// `{"kind","message","details","keeper","chain_id","at"}` (`at` in unix seconds), unless
    /// an alert with the same [`SuppressionKey`] was posted within the repeat interval. Takes at
    /// most the timeout; never fails: a webhook that is down or refuses is logged.
    pub async fn send(&self, alert: Alert) {
        let key = alert.suppression_key();
        let Alert {
            kind,
            message,
            details,
        } = alert;
        match kind {
            AlertKind::JobFailed
            | AlertKind::RelayFailed
            | AlertKind::RpcUnreachable
            | AlertKind::ChainStalled => {
                tracing::error!(alert = %kind, %details, "{message}");
            }
            AlertKind::MissedEpoch
            | AlertKind::LowBalance
            | AlertKind::LowReserve
            | AlertKind::RelayBudgetSpent => {
                tracing::warn!(alert = %kind, %details, "{message}");
            }
        }
        let Some(webhook) = &self.webhook else {
            return;
        };
        let admitted = self
            .recent
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .admit(key, Instant::now(), self.repeat_interval);
        if !admitted {
            tracing::debug!(alert = %kind, "alert posted within the repeat interval: not posting again");
            return;
        }
        let payload = json!({
            "kind": kind,
            "message": message,
            "details": details,
            "keeper": self.keeper.to_checksum(None),
            "chain_id": self.chain_id,
            "at": unix_now(),
        });
        let host = super::chain::redacted_host(&webhook.url);
        let posted = webhook
            .client
            .post(webhook.url.clone())
            .header(header::CONTENT_TYPE, "application/json")
            .timeout(self.timeout)
            .body(payload.to_string())
            .send()
            .await;
        match posted {
            Ok(response) if response.status().is_success() => {
                tracing::debug!(alert = %kind, %host, "alert posted");
            }
            Ok(response) => {
                tracing::warn!(
                    alert = %kind,
                    %host,
                    status = response.status().as_u16(),
                    "the alert webhook refused the alert"
                );
            }
            Err(error) => {
                tracing::warn!(
                    alert = %kind,
                    %host,
                    error = %error.without_url(),
                    "posting the alert to the webhook failed"
                );
            }
        }
    }
}

/// When each suppression key was last posted.
#[derive(Debug, Default)]
struct Recent {
    posted_at: HashMap<SuppressionKey, Instant>,
}

impl Recent {
    /// Whether an alert with `key` may be posted at `now`; if so, remembers it. Entries older
    /// than `interval` are forgotten, so the map holds at most one interval's worth of distinct
    /// alerts.
    fn admit(&mut self, key: SuppressionKey, now: Instant, interval: Duration) -> bool {
        self.posted_at
            .retain(|_, at| now.saturating_duration_since(*at) < interval);
        if interval.is_zero() {
            return true;
        }
        if self.posted_at.contains_key(&key) {
            return false;
        }
        self.posted_at.insert(key, now);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use alloy::primitives::address;
    use tokio::{
        io::{AsyncReadExt as _, AsyncWriteExt as _},
        net::TcpListener,
        sync::mpsc,
    };

    const KEEPER: Address = address!("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");

    /// One request as the capture server read it.
    #[derive(Debug)]
    struct Captured {
        request_line: String,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    }

    impl Captured {
        fn header(&self, name: &str) -> Option<&str> {
            self.headers
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.as_str())
        }

        fn json(&self) -> Value {
            serde_json::from_slice(&self.body).unwrap()
        }
    }

    /// A webhook that records every request and answers `204`.
    async fn capture_server() -> (Url, mpsc::UnboundedReceiver<Captured>) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (tx, rx) = mpsc::unbounded_channel();
        tokio::spawn(async move {
            loop {
                let (mut stream, _) = listener.accept().await.unwrap();
                let tx = tx.clone();
                tokio::spawn(async move {
                    let mut buf = Vec::new();
                    let head_end = loop {
                        if let Some(at) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                            break at;
                        }
                        let mut chunk = [0u8; 4096];
                        let n = stream.read(&mut chunk).await.unwrap();
                        assert!(n > 0, "connection closed before the headers ended");
                        buf.extend_from_slice(&chunk[..n]);
                    };
                    let head = String::from_utf8(buf[..head_end].to_vec()).unwrap();
                    let mut lines = head.split("\r\n");
                    let request_line = lines.next().unwrap().to_owned();
                    let headers: Vec<(String, String)> = lines
                        .map(|line| {
                            let (key, value) = line.split_once(':').unwrap();
                            (key.trim().to_ascii_lowercase(), value.trim().to_owned())
                        })
                        .collect();
                    let length: usize = headers
                        .iter()
                        .find(|(key, _)| key == "content-length")
                        .map(|(_, value)| value.parse().unwrap())
                        .expect("the alert has a content-length");
                    let mut body = buf[head_end + 4..].to_vec();
                    while body.len() < length {
                        let mut chunk = [0u8; 4096];
                        let n = stream.read(&mut chunk).await.unwrap();
                        assert!(n > 0, "connection closed before the body ended");
                        body.extend_from_slice(&chunk[..n]);
                    }
                    // Recorded before answering, so the order of records is the order of sends.
                    let _ = tx.send(Captured {
                        request_line,
                        headers,
                        body,
                    });
                    stream
                        .write_all(b"HTTP/1.1 204 No Content\r\nconnection: close\r\n\r\n")
                        .await
                        .unwrap();
                });
            }
        });
        let url = format!("http://{addr}/hooks/keeper?token=s3cret")
            .parse()
            .unwrap();
        (url, rx)
    }

    /// The next captured request, if one comes within a second.
    async fn next(rx: &mut mpsc::UnboundedReceiver<Captured>) -> Option<Captured> {
        tokio::time::timeout(Duration::from_secs(1), rx.recv())
            .await
            .ok()
            .flatten()
    }

    #[tokio::test]
    async fn send_posts_the_alert_as_json() {
        let (url, mut rx) = capture_server().await;
        let alerter = Alerter::new(Some(url), KEEPER, 31337);
        assert!(alerter.is_enabled());
        let before = unix_now();
        alerter
            .send(Alert::new(
                AlertKind::JobFailed,
                "rotateNodes failed",
                json!({ "epoch": 7, "error": "reverted" }),
            ))
            .await;
        let after = unix_now();
        let captured = next(&mut rx).await.expect("the webhook got the alert");
        assert_eq!(
            captured.request_line,
            "POST /hooks/keeper?token=s3cret HTTP/1.1"
        );
        assert_eq!(captured.header("content-type"), Some("application/json"));
        let mut body = captured.json();
        let at = body["at"].as_u64().expect("at is unix seconds");
        assert!(
            (before..=after).contains(&at),
            "{at} not in {before}..={after}"
        );
        body.as_object_mut().unwrap().remove("at");
        assert_eq!(
            body,
            json!({
                "kind": "job_failed",
                "message": "rotateNodes failed",
                "details": { "epoch": 7, "error": "reverted" },
                "keeper": "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
                "chain_id": 31337,
            })
        );
    }

    #[test]
    fn kinds_serialize_in_snake_case() {
        for kind in [
            AlertKind::JobFailed,
            AlertKind::MissedEpoch,
            AlertKind::LowBalance,
            AlertKind::RelayFailed,
            AlertKind::RelayBudgetSpent,
            AlertKind::RpcUnreachable,
            AlertKind::ChainStalled,
        ] {
            assert_eq!(serde_json::to_value(kind).unwrap(), json!(kind.label()));
        }
        assert_eq!(AlertKind::MissedEpoch.to_string(), "missed_epoch");
    }

    #[tokio::test]
    async fn the_same_condition_is_posted_once_per_interval_whatever_its_numbers() {
        let (url, mut rx) = capture_server().await;
        let alerter =
            Alerter::new(Some(url), KEEPER, 1).with_repeat_interval(Duration::from_millis(400));
        let low = |wei: u64| {
            Alert::new(
                AlertKind::LowBalance,
                format!("balance is {wei} wei"),
                json!({ "wei": wei }),
            )
        };
        alerter.send(low(1)).await;
        assert!(next(&mut rx).await.is_some());
        // Same kind, no step, no error kind; another message and other numbers: suppressed.
        alerter.send(low(0)).await;
        // Another kind, another step, another kind of error: each posted.
        alerter
            .send(Alert::new(AlertKind::JobFailed, "rotate failed", json!({})).with_step("rotate"))
            .await;
        alerter
            .send(Alert::new(AlertKind::JobFailed, "payout failed", json!({})).with_step("payout"))
            .await;
        alerter
            .send(
                Alert::new(AlertKind::JobFailed, "rotate failed", json!({}))
                    .with_step("rotate")
                    .with_error_kind("reverted"),
            )
            .await;
        let posted: Vec<Value> = [
            next(&mut rx).await,
            next(&mut rx).await,
            next(&mut rx).await,
        ]
        .into_iter()
        .map(|captured| captured.expect("posted").json())
        .collect();
        assert_eq!(
            posted
                .iter()
                .map(|body| body["message"].as_str().unwrap_or_default())
                .collect::<Vec<_>>(),
            ["rotate failed", "payout failed", "rotate failed"]
        );
        assert_eq!(posted[2]["details"]["error_kind"], "reverted");
        assert!(rx.try_recv().is_err(), "the repeat was posted");
        // After the interval the same condition goes out again, with its current numbers.
        tokio::time::sleep(Duration::from_millis(450)).await;
        alerter.send(low(7)).await;
        let again = next(&mut rx)
            .await
            .expect("posted again after the interval")
            .json();
        assert_eq!(again["details"], json!({ "wei": 7 }));
    }

    #[tokio::test]
    async fn a_fee_spike_failing_thirty_times_in_a_minute_posts_one_webhook() {
        let (url, mut rx) = capture_server().await;
        let alerter = Alerter::new(Some(url), KEEPER, 8453);
        for attempt in 0..30u64 {
            // How jobs word a failure: the base fee and the hash change every time.
            let base_fee = 250 + attempt * 7;
            alerter
                .send(
                    Alert::new(
                        AlertKind::JobFailed,
                        format!(
                            "rotate failed: base fee {base_fee} gwei is above the cap; tx 0x{attempt:064x}"
                        ),
                        json!({ "base_fee_gwei": base_fee, "tx": format!("0x{attempt:064x}") }),
                    )
                    .with_step("rotate")
                    .with_error_kind("fee_cap"),
                )
                .await;
        }
        let first = next(&mut rx).await.expect("the first failure is posted");
        assert_eq!(first.json()["details"]["base_fee_gwei"], 250);
        assert!(next(&mut rx).await.is_none(), "a repeat was posted");
    }

    #[test]
    fn recent_admits_once_per_interval_and_forgets_old_entries() {
        let mut recent = Recent::default();
        let interval = Duration::from_secs(900);
        let t0 = Instant::now();
        let at = |secs| t0 + Duration::from_secs(secs);
        let key = |kind, step: Option<&str>| SuppressionKey {
            kind,
            step: step.map(str::to_owned),
            error_kind: None,
        };
        let missed = key(AlertKind::MissedEpoch, None);
        assert!(recent.admit(missed.clone(), at(0), interval));
        assert!(!recent.admit(missed.clone(), at(1), interval));
        assert!(!recent.admit(missed.clone(), at(899), interval));
        let rotate = key(AlertKind::JobFailed, Some("rotate"));
        assert!(recent.admit(rotate, at(899), interval));
        assert!(recent.admit(missed, at(900), interval));
        assert_eq!(recent.posted_at.len(), 2);
        let payout = key(AlertKind::JobFailed, Some("payout"));
        assert!(recent.admit(payout.clone(), at(2_000), interval));
        assert_eq!(
            recent.posted_at.len(),
            1,
            "entries older than the interval are forgotten"
        );
        // A zero interval suppresses nothing and remembers nothing.
        assert!(recent.admit(payout.clone(), at(2_000), Duration::ZERO));
        assert!(recent.admit(payout, at(2_000), Duration::ZERO));
        assert!(recent.posted_at.is_empty());
    }

    #[test]
    fn the_key_is_kind_step_and_error_kind_from_the_details() {
        let alert = Alert::new(
            AlertKind::JobFailed,
            "x",
            json!({ "step": "rotate", "n": 1 }),
        )
        .with_error_kind("reverted");
        assert_eq!(
            alert.suppression_key(),
            SuppressionKey {
                kind: AlertKind::JobFailed,
                step: Some("rotate".into()),
                error_kind: Some("reverted".into()),
            }
        );
        // Details that are not an object are kept under `detail`.
        let odd = Alert::new(AlertKind::RpcUnreachable, "x", json!(3)).with_step("read");
        assert_eq!(odd.details, json!({ "detail": 3, "step": "read" }));
    }

    #[tokio::test]
    async fn a_dead_webhook_does_not_fail_the_caller() {
        // A port nothing listens on: connection refused.
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        drop(listener);
        let url = format!("http://{addr}/hook").parse().unwrap();
        let alerter = Alerter::new(Some(url), KEEPER, 1);
        tokio::time::timeout(
            Duration::from_secs(5),
            alerter.send(Alert::new(
                AlertKind::RelayFailed,
                "relay failed",
                json!({}),
            )),
        )
        .await
        .expect("send returned");
    }

    #[tokio::test]
    async fn a_silent_webhook_is_given_up_after_the_timeout() {
        // Accepts connections and never answers.
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let holder = tokio::spawn(async move {
            let mut held = Vec::new();
            loop {
                let (stream, _) = listener.accept().await.unwrap();
                held.push(stream);
            }
        });
        let url = format!("http://{addr}/hook").parse().unwrap();
        let alerter = Alerter::new(Some(url), KEEPER, 1).with_timeout(Duration::from_millis(200));
        let started = Instant::now();
        alerter
            .send(Alert::new(AlertKind::JobFailed, "stuck", json!({})))
            .await;
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "took {:?}",
            started.elapsed()
        );
        holder.abort();
    }

    #[tokio::test]
    async fn without_a_webhook_alerts_are_only_logged() {
        let alerter = Alerter::new(None, KEEPER, 1);
        assert!(!alerter.is_enabled());
        alerter
            .send(Alert::new(
                AlertKind::MissedEpoch,
                "epoch 3 missed",
                json!({}),
            ))
            .await;
    }

    #[test]
    fn logs_show_the_webhook_host_only() {
        let url: Url = "https://user:pw@hooks.example.com/services/T0/B0/XyZsecret?token=abc"
            .parse()
            .unwrap();
        assert_eq!(
            crate::keeper::chain::redacted_host(&url),
            "hooks.example.com:443"
        );
        let url: Url = "http://127.0.0.1:9000/x?token=abc".parse().unwrap();
        assert_eq!(crate::keeper::chain::redacted_host(&url), "127.0.0.1:9000");
        let alerter = Alerter::new(
            Some("https://hooks.example.com/T/secret".parse().unwrap()),
            KEEPER,
            1,
        );
        let debug = format!("{alerter:?}");
        assert!(
            debug.contains("hooks.example.com") && !debug.contains("secret"),
            "{debug}"
        );
    }
}
