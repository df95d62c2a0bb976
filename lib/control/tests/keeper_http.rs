//! The keeper's HTTP listener over a real socket: `/health`, `/metrics` parsed as Prometheus
//! text, the evidence intake's good and bad paths, the size, type, route and method errors, and
//! graceful shutdown. Requests are written by hand over TCP so every byte is under the test's
//! control.

// Helpers outside `#[test]` functions fail the test on any error, as the tests themselves do.
#![allow(clippy::unwrap_used)]

use std::{
    collections::{BTreeMap, BTreeSet},
    future::Future,
    net::SocketAddr,
    pin::Pin,
    sync::{
        atomic::{AtomicUsize, Ordering},
        Arc,
    },
    time::{Duration, SystemTime, UNIX_EPOCH},
};

use hyper::body::Bytes;
use serde_json::{json, Value};
use tokio::{
    io::{AsyncReadExt as _, AsyncWriteExt as _},
    net::TcpStream,
    sync::{oneshot, Notify},
    task::JoinHandle,
};
use xmtp_devkit::keeper::{
    http::{
        self, EvidenceIntake, HealthPolicy, HttpError, HttpState, IntakeReply, ListenerLimits,
        MAX_EVIDENCE_BYTES, METRICS_CONTENT_TYPE,
    },
    metrics::{Metrics, RelayOutcome},
    relay::limits::IntakeLimits,
};

/// Accepts documents with `"ok": true` (202 and a report id), refuses anything else (400 and
/// a reason). A document with `"slow": true` waits for `release` first.
#[derive(Default)]
struct FakeIntake {
    submitted: AtomicUsize,
    started: Notify,
    release: Notify,
}

impl EvidenceIntake for FakeIntake {
    fn submit(&self, body: Bytes) -> Pin<Box<dyn Future<Output = IntakeReply> + Send + '_>> {
        Box::pin(async move {
            let n = self.submitted.fetch_add(1, Ordering::SeqCst) + 1;
            let Ok(doc) = serde_json::from_slice::<Value>(&body) else {
                return IntakeReply::error(400, "evidence is not JSON");
            };
            if doc["slow"] == json!(true) {
                self.started.notify_one();
                self.release.notified().await;
            }
            if doc["ok"] == json!(true) {
                IntakeReply::new(202, json!({ "report_id": format!("r-{n}") }))
            } else {
                IntakeReply::error(400, "evidence does not verify")
            }
        })
    }
}

struct Server {
    addr: SocketAddr,
    metrics: Arc<Metrics>,
    intake: Arc<FakeIntake>,
    shutdown: Option<oneshot::Sender<()>>,
    task: JoinHandle<Result<(), HttpError>>,
}

impl Server {
    async fn start(stale_after: Duration) -> Self {
        Self::start_with(stale_after, ListenerLimits::all(), None).await
    }

    /// A listener with `limits`, sharing `metrics` and `intake` with another when given.
    async fn start_with(
        stale_after: Duration,
        limits: ListenerLimits,
        shared: Option<(Arc<Metrics>, Arc<FakeIntake>)>,
    ) -> Self {
        let listener = http::bind("127.0.0.1:0".parse().unwrap()).await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (metrics, intake) = shared.unwrap_or_default();
        let (shutdown, stop) = oneshot::channel::<()>();
        let state = HttpState {
            metrics: Arc::clone(&metrics),
            intake: Arc::clone(&intake) as Arc<dyn EvidenceIntake>,
            witness: None,
            health: HealthPolicy::with_stale_after(stale_after),
        };
        let task = tokio::spawn(http::serve_with(listener, state, limits, async move {
            let _ = stop.await;
        }));
        Self {
            addr,
            metrics,
            intake,
            shutdown: Some(shutdown),
            task,
        }
    }

    fn submitted(&self) -> usize {
        self.intake.submitted.load(Ordering::SeqCst)
    }

    async fn stop(mut self) {
        self.shutdown.take().unwrap().send(()).unwrap();
        tokio::time::timeout(Duration::from_secs(5), self.task)
            .await
            .expect("serve returned after the signal")
            .unwrap()
            .unwrap();
    }
}

#[derive(Debug)]
struct Reply {
    status: u16,
    headers: BTreeMap<String, String>,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(String::as_str)
    }

    fn json(&self) -> Value {
        assert_eq!(self.header("content-type"), Some("application/json"));
        serde_json::from_slice(&self.body).expect("the body is JSON")
    }

    fn text(&self) -> &str {
        std::str::from_utf8(&self.body).unwrap()
    }
}

/// Reads one response with a `content-length` body from `stream`.
async fn read_reply(stream: &mut TcpStream) -> Reply {
    let mut buf = Vec::new();
    let head_end = loop {
        if let Some(at) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break at;
        }
        let mut chunk = [0u8; 8192];
        let n = stream.read(&mut chunk).await.unwrap();
        assert!(n > 0, "connection closed before the response headers ended");
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = std::str::from_utf8(&buf[..head_end]).unwrap().to_owned();
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap();
    let status = status_line
        .strip_prefix("HTTP/1.1 ")
        .and_then(|rest| rest.get(..3))
        .and_then(|code| code.parse().ok())
        .unwrap_or_else(|| panic!("bad status line {status_line:?}"));
    let headers: BTreeMap<String, String> = lines
        .map(|line| {
            let (key, value) = line.split_once(':').unwrap();
            (key.trim().to_ascii_lowercase(), value.trim().to_owned())
        })
        .collect();
    let length: usize = headers["content-length"].parse().unwrap();
    let mut body = buf[head_end + 4..].to_vec();
    while body.len() < length {
        let mut chunk = [0u8; 8192];
        let n = stream.read(&mut chunk).await.unwrap();
        assert!(n > 0, "connection closed before the response body ended");
        body.extend_from_slice(&chunk[..n]);
    }
    assert_eq!(body.len(), length);
    Reply {
        status,
        headers,
        body,
    }
}

/// Sends `raw` on a new connection and reads the response.
async fn exchange(addr: SocketAddr, raw: &[u8]) -> Reply {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream.write_all(raw).await.unwrap();
    tokio::time::timeout(Duration::from_secs(5), read_reply(&mut stream))
        .await
        .expect("a response within 5 s")
}

async fn get(addr: SocketAddr, path: &str) -> Reply {
    let raw = format!("GET {path} HTTP/1.1\r\nhost: keeper\r\nconnection: close\r\n\r\n");
    exchange(addr, raw.as_bytes()).await
}

fn post_request(path: &str, content_type: Option<&str>, body: &[u8]) -> Vec<u8> {
    let content_type = content_type
        .map(|value| format!("content-type: {value}\r\n"))
        .unwrap_or_default();
    let mut raw = format!(
        "POST {path} HTTP/1.1\r\nhost: keeper\r\nconnection: close\r\n{content_type}content-length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    raw.extend_from_slice(body);
    raw
}

async fn post(addr: SocketAddr, path: &str, content_type: Option<&str>, body: &[u8]) -> Reply {
    exchange(addr, &post_request(path, content_type, body)).await
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// One sample of a Prometheus text exposition.
#[derive(Debug)]
struct Sample {
    name: String,
    labels: Vec<(String, String)>,
    value: f64,
}

fn is_metric_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == ':')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
}

fn is_label_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !name.starts_with("__")
}

/// Parses `{a="x",b="y"}` (the braces included) and returns the labels and what follows.
fn parse_labels(text: &str, line: &str) -> (Vec<(String, String)>, String) {
    let mut labels = Vec::new();
    let mut rest = text.strip_prefix('{').unwrap();
    loop {
        if let Some(after) = rest.strip_prefix('}') {
            return (labels, after.to_owned());
        }
        let (name, after) = rest
            .split_once("=\"")
            .unwrap_or_else(|| panic!("label without =\" in {line:?}"));
        assert!(is_label_name(name), "bad label name {name:?} in {line:?}");
        let mut value = String::new();
        let mut chars = after.char_indices();
        let end = loop {
            match chars.next() {
                Some((_, '\\')) => match chars.next() {
                    Some((_, '\\')) => value.push('\\'),
                    Some((_, '"')) => value.push('"'),
                    Some((_, 'n')) => value.push('\n'),
                    other => panic!("bad escape {other:?} in {line:?}"),
                },
                Some((at, '"')) => break at,
                Some((_, c)) => value.push(c),
                None => panic!("unterminated label value in {line:?}"),
            }
        };
        assert!(
            labels.iter().all(|(seen, _)| seen != name),
            "label {name} repeated in {line:?}"
        );
        labels.push((name.to_owned(), value));
        rest = &after[end + 1..];
        if let Some(after_comma) = rest.strip_prefix(',') {
            rest = after_comma;
        } else {
            assert!(rest.starts_with('}'), "expected , or }} in {line:?}");
        }
    }
}

/// A strict reader of the text format 0.0.4 as the keeper uses it: only `# HELP` and `# TYPE`
/// comments, `gauge` or `counter` types declared once and before their samples, each family's
/// samples together, no blank lines, no repeated series, a value that parses as a float,
/// counters named `_total` and never negative, and a final newline.
fn parse_prometheus(text: &str) -> (BTreeMap<String, String>, Vec<Sample>) {
    assert!(text.ends_with('\n'), "the exposition ends with a newline");
    let mut types: BTreeMap<String, String> = BTreeMap::new();
    let mut helps = BTreeSet::new();
    let mut finished = BTreeSet::new();
    let mut current: Option<String> = None;
    let mut series = BTreeSet::new();
    let mut samples = Vec::new();
    for line in text.lines() {
        assert!(!line.is_empty(), "blank line in the exposition");
        if let Some(comment) = line.strip_prefix("# ") {
            let mut parts = comment.splitn(3, ' ');
            let keyword = parts.next().unwrap();
            let name = parts
                .next()
                .unwrap_or_else(|| panic!("bare comment {line:?}"));
            assert!(is_metric_name(name), "bad metric name in {line:?}");
            assert!(
                !finished.contains(name),
                "{name} declared after its samples"
            );
            match keyword {
                "HELP" => {
                    assert!(helps.insert(name.to_owned()), "HELP {name} twice");
                    assert!(
                        parts.next().is_some_and(|doc| !doc.is_empty()),
                        "empty HELP {name}"
                    );
                }
                "TYPE" => {
                    let kind = parts
                        .next()
                        .unwrap_or_else(|| panic!("TYPE without a type: {line:?}"));
                    assert!(
                        kind == "gauge" || kind == "counter",
                        "unexpected type in {line:?}"
                    );
                    assert!(
                        types.insert(name.to_owned(), kind.to_owned()).is_none(),
                        "TYPE {name} twice"
                    );
                    if kind == "counter" {
                        assert!(name.ends_with("_total"), "counter {name} not named _total");
                    }
                }
                _ => panic!("unexpected comment {line:?}"),
            }
            if let Some(previous) = current.take() {
                if previous != name {
                    finished.insert(previous);
                }
            }
            current = Some(name.to_owned());
            continue;
        }
        assert!(!line.starts_with('#'), "malformed comment {line:?}");
        let name_end = line
            .find(['{', ' '])
            .unwrap_or_else(|| panic!("no value in {line:?}"));
        let name = &line[..name_end];
        assert!(is_metric_name(name), "bad metric name in {line:?}");
        let kind = types
            .get(name)
            .unwrap_or_else(|| panic!("{name} has no preceding # TYPE"));
        assert_eq!(
            current.as_deref(),
            Some(name),
            "{name}'s samples are not together"
        );
        let (labels, rest) = if line[name_end..].starts_with('{') {
            parse_labels(&line[name_end..], line)
        } else {
            (Vec::new(), line[name_end..].to_owned())
        };
        let rest = rest
            .strip_prefix(' ')
            .unwrap_or_else(|| panic!("no space before the value in {line:?}"));
        let mut fields = rest.split(' ');
        let value: f64 = fields
            .next()
            .and_then(|value| value.parse().ok())
            .unwrap_or_else(|| panic!("value is not a float in {line:?}"));
        if let Some(timestamp) = fields.next() {
            timestamp
                .parse::<i64>()
                .unwrap_or_else(|_| panic!("bad timestamp in {line:?}"));
        }
        assert!(fields.next().is_none(), "trailing fields in {line:?}");
        if kind == "counter" {
            assert!(value >= 0.0, "negative counter in {line:?}");
        }
        assert!(
            series.insert(format!("{name}{labels:?}")),
            "series repeated: {line:?}"
        );
        samples.push(Sample {
            name: name.to_owned(),
            labels,
            value,
        });
    }
    (types, samples)
}

#[tokio::test]
async fn health_is_starting_then_ok_then_stale() {
    let server = Server::start(Duration::from_secs(60)).await;

    let reply = get(server.addr, "/health").await;
    assert_eq!(reply.status, 503);
    assert_eq!(reply.json(), json!({ "status": "starting" }));

    let now = unix_now();
    Metrics::set(&server.metrics.last_tick_at, now);
    Metrics::set(&server.metrics.last_block, 1234);
    Metrics::set(&server.metrics.ticks, 9);
    let reply = get(server.addr, "/health").await;
    assert_eq!(reply.status, 200);
    let body = reply.json();
    assert_eq!(body["status"], "ok");
    assert_eq!(body["last_tick_at"], now);
    assert_eq!(body["last_block"], 1234);
    assert_eq!(body["ticks"], 9);

    Metrics::set(&server.metrics.last_tick_at, now - 120);
    let reply = get(server.addr, "/health").await;
    assert_eq!(reply.status, 503);
    let body = reply.json();
    assert_eq!(body["status"], "stale");
    assert_eq!(body["last_tick_at"], now - 120);

    server.stop().await;
}

#[tokio::test]
async fn metrics_parse_as_prometheus_text() {
    let server = Server::start(Duration::from_secs(60)).await;
    let m = &server.metrics;
    Metrics::set(&m.last_rotated_epoch, 42);
    Metrics::set(&m.next_rotation_at, 1_700_000_600);
    Metrics::set(&m.next_payout_at, 1_700_086_400);
    Metrics::inc(&m.transactions_sent);
    Metrics::inc(&m.transactions_sent);
    Metrics::inc(&m.transactions_replaced);
    Metrics::inc(&m.transactions_failed);
    Metrics::inc(&m.rpc_errors);
    m.set_balance(12_345_678_901_234_567_890);
    m.record_relay(RelayOutcome::Submitted);
    m.record_relay(RelayOutcome::Rejected);
    m.record_relay(RelayOutcome::Rejected);

    let reply = get(server.addr, "/metrics").await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.header("content-type"), Some(METRICS_CONTENT_TYPE));
    let (types, samples) = parse_prometheus(reply.text());

    let value = |name: &str, labels: &[(&str, &str)]| -> f64 {
        samples
            .iter()
            .find(|s| {
                s.name == name
                    && s.labels.len() == labels.len()
                    && labels
                        .iter()
                        .all(|(k, v)| s.labels.iter().any(|(sk, sv)| sk == k && sv == v))
            })
            .unwrap_or_else(|| panic!("no sample {name}{labels:?}"))
            .value
    };
    for (name, kind) in [
        ("keeper_last_rotated_epoch", "gauge"),
        ("keeper_next_rotation_timestamp_seconds", "gauge"),
        ("keeper_next_payout_timestamp_seconds", "gauge"),
        ("keeper_transactions_sent_total", "counter"),
        ("keeper_transactions_replaced_total", "counter"),
        ("keeper_transactions_failed_total", "counter"),
        ("keeper_balance_wei", "gauge"),
        ("keeper_rpc_errors_total", "counter"),
        ("keeper_reports_relayed_total", "counter"),
    ] {
        assert_eq!(types.get(name).map(String::as_str), Some(kind), "{name}");
        assert!(
            samples.iter().any(|s| s.name == name),
            "{name} has no sample"
        );
    }
    assert_eq!(value("keeper_last_rotated_epoch", &[]), 42.0);
    assert_eq!(
        value("keeper_next_rotation_timestamp_seconds", &[]),
        1_700_000_600.0
    );
    assert_eq!(
        value("keeper_next_payout_timestamp_seconds", &[]),
        1_700_086_400.0
    );
    assert_eq!(value("keeper_transactions_sent_total", &[]), 2.0);
    assert_eq!(value("keeper_transactions_replaced_total", &[]), 1.0);
    assert_eq!(value("keeper_transactions_failed_total", &[]), 1.0);
    assert_eq!(value("keeper_rpc_errors_total", &[]), 1.0);
    assert_eq!(
        value("keeper_balance_wei", &[]),
        12_345_678_901_234_567_890_f64
    );
    assert_eq!(
        value("keeper_reports_relayed_total", &[("outcome", "submitted")]),
        1.0
    );
    assert_eq!(
        value("keeper_reports_relayed_total", &[("outcome", "rejected")]),
        2.0
    );
    assert_eq!(
        value("keeper_reports_relayed_total", &[("outcome", "failed")]),
        0.0
    );

    server.stop().await;
}

#[test]
fn the_prometheus_checker_is_strict() {
    let good = "# HELP a_total A.\n# TYPE a_total counter\na_total{x=\"1\"} 3\n";
    parse_prometheus(good);
    for bad in [
        "a_total 1\n",                                // no TYPE
        "# TYPE a_total counter\na_total one\n",      // not a float
        "# TYPE a_total counter\na_total 1",          // no final newline
        "# TYPE a summary\na 1\n",                    // unexpected type
        "# TYPE a counter\na 1\n",                    // counter not _total
        "# TYPE 1a gauge\n1a 1\n",                    // bad name
        "# TYPE a gauge\na{x=1} 1\n",                 // unquoted label
        "# TYPE a gauge\na 1\n\n",                    // blank line
        "# TYPE a gauge\na 1\na 2\n",                 // repeated series
        "# TYPE a gauge\n# TYPE b gauge\nb 1\na 1\n", // family split
    ] {
        let caught = std::panic::catch_unwind(|| parse_prometheus(bad)).is_err();
        assert!(caught, "accepted {bad:?}");
    }
}

#[tokio::test]
async fn intake_accepts_good_evidence_and_rejects_bad() {
    let server = Server::start(Duration::from_secs(60)).await;

    let reply = post(
        server.addr,
        "/v1/misbehavior",
        Some("application/json"),
        br#"{"ok":true}"#,
    )
    .await;
    assert_eq!(reply.status, 202);
    assert_eq!(reply.json(), json!({ "report_id": "r-1" }));

    let reply = post(
        server.addr,
        "/v1/misbehavior",
        Some("application/json; charset=utf-8"),
        br#"{"ok":false}"#,
    )
    .await;
    assert_eq!(reply.status, 400);
    assert_eq!(reply.json(), json!({ "error": "evidence does not verify" }));

    let reply = post(
        server.addr,
        "/v1/misbehavior",
        Some("application/json"),
        b"not json",
    )
    .await;
    assert_eq!(reply.status, 400);
    assert_eq!(reply.json(), json!({ "error": "evidence is not JSON" }));

    assert_eq!(server.submitted(), 3);
    server.stop().await;
}

#[tokio::test]
async fn intake_requires_json() {
    let server = Server::start(Duration::from_secs(60)).await;
    for content_type in [
        Some("text/plain"),
        Some("application/x-www-form-urlencoded"),
        None,
    ] {
        let reply = post(
            server.addr,
            "/v1/misbehavior",
            content_type,
            br#"{"ok":true}"#,
        )
        .await;
        assert_eq!(reply.status, 415, "{content_type:?}");
        assert!(reply.json()["error"]
            .as_str()
            .unwrap()
            .contains("application/json"));
    }
    assert_eq!(server.submitted(), 0);
    server.stop().await;
}

#[tokio::test]
async fn intake_takes_up_to_one_mebibyte() {
    let server = Server::start(Duration::from_secs(60)).await;

    // Exactly the limit: read whole and handed in.
    let mut at_limit = br#"{"ok":true}"#.to_vec();
    at_limit.resize(MAX_EVIDENCE_BYTES, b' ');
    let reply = post(
        server.addr,
        "/v1/misbehavior",
        Some("application/json"),
        &at_limit,
    )
    .await;
    assert_eq!(reply.status, 202);
    assert_eq!(server.submitted(), 1);

    // A declared length over the limit: refused from the headers alone.
    let raw = format!(
        "POST /v1/misbehavior HTTP/1.1\r\nhost: keeper\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
        MAX_EVIDENCE_BYTES + 1
    );
    let reply = exchange(server.addr, raw.as_bytes()).await;
    assert_eq!(reply.status, 413);
    assert!(reply.json()["error"]
        .as_str()
        .unwrap()
        .contains("1048576 bytes"));

    // A chunked body that runs over: read, dropped, refused.
    let mut raw = b"POST /v1/misbehavior HTTP/1.1\r\nhost: keeper\r\nconnection: close\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n".to_vec();
    let chunk = vec![b' '; 64 * 1024];
    for _ in 0..(MAX_EVIDENCE_BYTES / chunk.len()) {
        raw.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
        raw.extend_from_slice(&chunk);
        raw.extend_from_slice(b"\r\n");
    }
    raw.extend_from_slice(b"1\r\n \r\n0\r\n\r\n");
    let reply = exchange(server.addr, &raw).await;
    assert_eq!(reply.status, 413);
    assert!(reply.json()["error"].is_string());

    assert_eq!(server.submitted(), 1);
    server.stop().await;
}

#[tokio::test]
async fn unknown_paths_are_404_and_wrong_methods_405() {
    let server = Server::start(Duration::from_secs(60)).await;

    for path in ["/", "/healthz", "/v1/misbehavior/1", "/metrics/"] {
        let reply = get(server.addr, path).await;
        assert_eq!(reply.status, 404, "{path}");
        assert!(reply.json()["error"].is_string());
    }

    let reply = get(server.addr, "/v1/misbehavior").await;
    assert_eq!(reply.status, 405);
    assert_eq!(reply.header("allow"), Some("POST"));
    assert!(reply.json()["error"].is_string());

    for path in ["/health", "/metrics"] {
        let reply = post(server.addr, path, Some("application/json"), b"{}").await;
        assert_eq!(reply.status, 405, "{path}");
        assert_eq!(reply.header("allow"), Some("GET"));
        assert!(reply.json()["error"].is_string());
    }
    let raw = b"DELETE /health HTTP/1.1\r\nhost: keeper\r\nconnection: close\r\n\r\n";
    let reply = exchange(server.addr, raw).await;
    assert_eq!(reply.status, 405);
    assert_eq!(reply.header("allow"), Some("GET"));

    assert_eq!(server.submitted(), 0);
    server.stop().await;
}

#[tokio::test]
async fn shutdown_finishes_requests_in_flight_then_returns() {
    let server = Server::start(Duration::from_secs(60)).await;
    let addr = server.addr;

    // An idle keep-alive connection must not hold shutdown up.
    let mut idle = TcpStream::connect(addr).await.unwrap();
    idle.write_all(b"GET /metrics HTTP/1.1\r\nhost: keeper\r\n\r\n")
        .await
        .unwrap();
    assert_eq!(read_reply(&mut idle).await.status, 200);

    // A request in flight when shutdown is asked for is still answered.
    let in_flight = tokio::spawn(async move {
        post(
            addr,
            "/v1/misbehavior",
            Some("application/json"),
            br#"{"ok":true,"slow":true}"#,
        )
        .await
    });
    server.intake.started.notified().await;
    let intake = Arc::clone(&server.intake);
    let stopping = tokio::spawn(server.stop());
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(
        !stopping.is_finished(),
        "serve returned with a request in flight"
    );
    intake.release.notify_one();

    let reply = in_flight.await.unwrap();
    assert_eq!(reply.status, 202);
    tokio::time::timeout(Duration::from_secs(5), stopping)
        .await
        .expect("serve returned soon after the last request")
        .unwrap();

    // The idle connection was closed and nothing listens any more.
    let mut rest = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(1), idle.read_to_end(&mut rest)).await;
    assert!(
        matches!(read, Ok(Ok(0)) | Ok(Err(_))),
        "idle connection still open: {read:?}"
    );
    assert!(
        TcpStream::connect(addr).await.is_err(),
        "still accepting after shutdown"
    );
}

/// The daemon's two listeners: the admin one and the public intake, as `keeper run` starts them.
async fn admin_and_intake(intake_limits: ListenerLimits) -> (Server, Server) {
    let admin = Server::start_with(Duration::from_secs(60), ListenerLimits::admin(), None).await;
    Metrics::set(&admin.metrics.last_tick_at, unix_now());
    let shared = (Arc::clone(&admin.metrics), Arc::clone(&admin.intake));
    let intake = Server::start_with(Duration::from_secs(60), intake_limits, Some(shared)).await;
    (admin, intake)
}

/// Sends a POST's headers and the first bytes of a body that never ends.
async fn slow_body(addr: SocketAddr) -> TcpStream {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(b"POST /v1/misbehavior HTTP/1.1\r\nhost: keeper\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n{\"ok\":")
        .await
        .unwrap();
    stream
}

#[tokio::test]
async fn sixty_four_slow_bodies_on_the_intake_leave_health_answering_at_once() {
    let mut limits = ListenerLimits::intake(Arc::new(IntakeLimits::new(10_000, 10_000, 4)));
    // Every test connection comes from 127.0.0.1: let them all in, to tie up the intake itself.
    limits.max_connections_per_ip = 1_000;
    let (admin, intake) = admin_and_intake(limits).await;
    let mut slow = Vec::new();
    for _ in 0..64 {
        slow.push(slow_body(intake.addr).await);
    }

    let started = std::time::Instant::now();
    let reply = get(admin.addr, "/health").await;
    assert_eq!(reply.status, 200);
    assert!(
        started.elapsed() < Duration::from_millis(500),
        "/health took {:?}",
        started.elapsed()
    );

    // The intake itself holds 16 bodies in progress and turns the rest away at once, with a
    // reply that says nothing about the keeper.
    let mut refused = 0;
    for stream in &mut slow {
        if let Ok(reply) =
            tokio::time::timeout(Duration::from_millis(200), read_reply(stream)).await
        {
            assert_eq!(reply.status, 503);
            assert_eq!(
                reply.json(),
                json!({"error": "temporarily unavailable, try again later"})
            );
            assert!(reply.header("retry-after").is_some());
            refused += 1;
        }
    }
    assert_eq!(refused, 64 - 16, "all but the 16 reading slots refused");
    assert_eq!(intake.submitted(), 0);
    assert!(admin
        .metrics
        .render()
        .contains("keeper_evidence_rejected_total{reason=\"busy\"} 48"));

    drop(slow);
    intake.stop().await;
    admin.stop().await;
}

#[tokio::test]
async fn one_address_holds_at_most_eight_intake_connections() {
    let limits = ListenerLimits::intake(Arc::new(IntakeLimits::default()));
    let (admin, intake) = admin_and_intake(limits).await;
    let mut held = Vec::new();
    for _ in 0..8 {
        held.push(TcpStream::connect(intake.addr).await.unwrap());
    }
    // Let the listener count them.
    tokio::time::sleep(Duration::from_millis(100)).await;
    let mut ninth = TcpStream::connect(intake.addr).await.unwrap();
    let _ = ninth
        .write_all(b"GET /v1/misbehavior HTTP/1.1\r\nhost: keeper\r\n\r\n")
        .await;
    let mut rest = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(2), ninth.read_to_end(&mut rest)).await;
    assert!(
        matches!(read, Ok(Ok(0)) | Ok(Err(_))),
        "the ninth connection was served: {read:?} {rest:?}"
    );
    // Once one closes, the address may connect again.
    drop(held.pop());
    tokio::time::sleep(Duration::from_millis(100)).await;
    let reply = post(
        intake.addr,
        "/v1/misbehavior",
        Some("application/json"),
        br#"{"ok":true}"#,
    )
    .await;
    assert_eq!(reply.status, 202);
    drop(held);
    intake.stop().await;
    admin.stop().await;
}

#[tokio::test]
async fn the_admin_listener_serves_no_intake_and_the_intake_nothing_else() {
    let limits = ListenerLimits::intake(Arc::new(IntakeLimits::default()));
    let (admin, intake) = admin_and_intake(limits).await;
    let reply = post(
        admin.addr,
        "/v1/misbehavior",
        Some("application/json"),
        br#"{"ok":true}"#,
    )
    .await;
    assert_eq!(reply.status, 404);
    for path in ["/health", "/metrics"] {
        assert_eq!(get(intake.addr, path).await.status, 404, "{path}");
    }
    assert_eq!(get(admin.addr, "/health").await.status, 200);
    assert_eq!(intake.submitted(), 0);
    intake.stop().await;
    admin.stop().await;
}

#[tokio::test]
async fn a_flood_from_one_address_is_answered_429_with_retry_after() {
    let limits = ListenerLimits::intake(Arc::new(IntakeLimits::new(30, 10, 4)));
    let (admin, intake) = admin_and_intake(limits).await;
    let mut statuses = Vec::new();
    for _ in 0..15 {
        let reply = post(
            intake.addr,
            "/v1/misbehavior",
            Some("application/json"),
            br#"{"ok":true}"#,
        )
        .await;
        if reply.status == 429 {
            let secs: u64 = reply.header("retry-after").unwrap().parse().unwrap();
            assert!((1..=2).contains(&secs));
        }
        statuses.push(reply.status);
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == 202).count(),
        10,
        "{statuses:?}"
    );
    assert_eq!(
        intake.submitted(),
        10,
        "refused requests cost the intake nothing"
    );
    assert!(admin
        .metrics
        .render()
        .contains("keeper_evidence_rejected_total{reason=\"rate_limited_ip\"} 5"));
    intake.stop().await;
    admin.stop().await;
}
