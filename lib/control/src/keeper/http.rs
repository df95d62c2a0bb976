//! The keeper's HTTP listeners: `GET /health` for liveness probes, `GET /metrics` for
//! Prometheus, `POST /v1/misbehavior` where anyone who holds evidence of misbehavior hands
//! it in for the keeper to verify and relay, and `POST /v1/witness` where the nodes' witnesses
//! hand in their signed performance reports for an aggregator to collect.
//!
//! The daemon serves the first two on an admin listener (loopback by default) and the intake on
//! a listener of its own ([`Routes`]), so that however the public ties up the intake, probes
//! still get an answer. Each listener bounds its connections ([`ListenerLimits`]); the intake
//! also bounds connections per client IP, requests per client IP (`429` with `Retry-After`),
//! and the requests still sending their body, and times out slow headers and bodies.
//!
//! Every answer other than `/metrics` is JSON; every error is `{"error": "…"}`. Request bodies
//! are never logged. [`serve`] runs until its shutdown future resolves, then stops accepting,
//! lets requests in flight finish (for at most [`SHUTDOWN_GRACE`]) and returns.

use std::{
    collections::HashMap,
    convert::Infallible,
    future::Future,
    io,
    net::{IpAddr, SocketAddr},
    pin::{pin, Pin},
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use http_body_util::{BodyExt as _, Full};
use hyper::{
    body::{Bytes, Incoming},
    header::{self, HeaderValue},
    server::conn::http1,
    service::service_fn,
    Method, Request, Response, StatusCode,
};
use hyper_util::rt::{TokioIo, TokioTimer};
use serde_json::{json, Value};
use tokio::{
    net::{TcpListener, TcpStream},
    sync::{watch, OwnedSemaphorePermit, Semaphore},
    task::JoinSet,
};

use super::metrics::Metrics;
use super::relay::limits::IntakeLimits;
use super::unix_now;

/// The largest evidence document the intake reads (the relay's limit, 1 MiB); larger ones get
/// `413`.
pub use super::relay::MAX_EVIDENCE_BYTES;

/// How long requests in flight may take to finish once shutdown is asked for; connections
/// still open after that are dropped.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// The content type of `GET /metrics`: the Prometheus text exposition format 0.0.4.
pub const METRICS_CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

/// How long a client may take to send a request's headers.
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// How long a client may take to send an evidence document.
const BODY_READ_TIMEOUT: Duration = Duration::from_secs(30);

/// How many connections are served at once; further clients wait in the accept queue.
const MAX_CONNECTIONS: usize = 64;

/// How many bytes past [`MAX_EVIDENCE_BYTES`] are read and dropped before answering `413`, so
/// that a client still sending gets the answer instead of a reset connection.
const DRAIN_BYTES: usize = 1 << 20;

/// The longest pause after failed `accept` calls (out of file descriptors, say).
const MAX_ACCEPT_BACKOFF: Duration = Duration::from_secs(1);

/// What the evidence intake answers: an HTTP status and a JSON body.
#[derive(Debug, Clone, PartialEq)]
pub struct IntakeReply {
    /// The HTTP status code (`202` accepted, `400` refused, …). One that is not a valid status
    /// code is answered as `500`.
    pub status: u16,
    /// The JSON body sent back.
    pub body: Value,
    /// Seconds for a `Retry-After` header (with `429` and `503`).
    pub retry_after_secs: Option<u64>,
}

impl IntakeReply {
    /// A reply with `status` and `body`.
    pub fn new(status: u16, body: Value) -> Self {
        Self {
            status,
            body,
            retry_after_secs: None,
        }
    }

    /// An error reply in the listener's one error shape, `{"error": message}`.
    pub fn error(status: u16, message: impl Into<String>) -> Self {
        Self::new(status, json!({ "error": message.into() }))
    }

    /// This reply with a `Retry-After` of `secs` (at least 1).
    pub fn with_retry_after(mut self, secs: u64) -> Self {
        self.retry_after_secs = Some(secs.max(1));
        self
    }
}

/// Which endpoints a listener serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Routes {
    /// Everything on one listener (tests, embedding).
    All,
    /// `/health` and `/metrics`: the operator's listener.
    Admin,
    /// `POST /v1/misbehavior` and `POST /v1/witness`: the public intake.
    Intake,
}

/// The public intake's paths.
const INTAKE_PATHS: [&str; 2] = ["/v1/misbehavior", "/v1/witness"];

impl Routes {
    fn serves(self, path: &str) -> bool {
        match self {
            Self::All => true,
            Self::Admin => !INTAKE_PATHS.contains(&path),
            Self::Intake => INTAKE_PATHS.contains(&path),
        }
    }
}

/// What one listener takes at once.
#[derive(Debug, Clone)]
pub struct ListenerLimits {
    /// The endpoints served.
    pub routes: Routes,
    /// Connections served at once; further clients wait in the accept queue.
    pub max_connections: usize,
    /// Connections one client IP may hold; more are closed at once.
    pub max_connections_per_ip: usize,
    /// Requests still sending their body at once; more are answered `503` at once.
    pub max_reading_bodies: usize,
    /// How long a client may take to send a request's headers.
    pub header_timeout: Duration,
    /// How long a client may take to send an evidence document.
    pub body_timeout: Duration,
    /// Requests per client IP on the intake (`429` past it); none: unlimited.
    pub rate: Option<Arc<IntakeLimits>>,
}

impl ListenerLimits {
    /// Everything on one listener, with the historical limits and no rate limit.
    pub fn all() -> Self {
        Self {
            routes: Routes::All,
            max_connections: MAX_CONNECTIONS,
            max_connections_per_ip: MAX_CONNECTIONS,
            max_reading_bodies: MAX_CONNECTIONS,
            header_timeout: HEADER_READ_TIMEOUT,
            body_timeout: BODY_READ_TIMEOUT,
            rate: None,
        }
    }

    /// The operator's listener: `/health` and `/metrics`, a few connections, quick timeouts.
    pub fn admin() -> Self {
        Self {
            routes: Routes::Admin,
            max_connections: 16,
            max_connections_per_ip: 16,
            max_reading_bodies: 16,
            header_timeout: Duration::from_secs(5),
            body_timeout: Duration::from_secs(5),
            rate: None,
        }
    }

    /// The public intake, limited per client IP by `rate`.
    pub fn intake(rate: Arc<IntakeLimits>) -> Self {
        Self {
            routes: Routes::Intake,
            max_connections: MAX_CONNECTIONS,
            max_connections_per_ip: 8,
            max_reading_bodies: 16,
            header_timeout: Duration::from_secs(5),
            body_timeout: Duration::from_secs(10),
            rate: Some(rate),
        }
    }
}

/// Takes a POSTed evidence document (raw JSON bytes) and decides; implemented by the relay
/// module.
///
/// The listener has already checked the content type and the size; `body` is not parsed. The
/// returned future is dropped if the client disconnects or shutdown's grace period runs out,
/// so work that must finish either way belongs in a task of its own.
pub trait EvidenceIntake: Send + Sync + 'static {
    /// Decides on one evidence document and says what to answer.
    fn submit(&self, body: Bytes) -> Pin<Box<dyn Future<Output = IntakeReply> + Send + '_>>;
}

/// Takes a POSTed witness document (raw JSON bytes) and decides; implemented by the aggregator
/// ([`crate::watch::aggregate::Aggregator`]). The listener has checked the content type and the
/// size, under the same limits as evidence; the rest is as for [`EvidenceIntake`].
pub trait WitnessIntake: Send + Sync + 'static {
    /// Decides on one witness document and says what to answer.
    fn submit(&self, body: Bytes) -> Pin<Box<dyn Future<Output = IntakeReply> + Send + '_>>;
}

/// When `/health` says the keeper is unhealthy (judged by [`super::health`]).
pub use super::health::HealthPolicy;

/// What the listener serves from.
pub struct HttpState {
    /// The figures `/metrics` renders and `/health` judges.
    pub metrics: Arc<Metrics>,
    /// Where `POST /v1/misbehavior` hands its documents.
    pub intake: Arc<dyn EvidenceIntake>,
    /// Where `POST /v1/witness` hands its documents; none answers `404` there.
    pub witness: Option<Arc<dyn WitnessIntake>>,
    /// When `/health` says the keeper is stuck.
    pub health: HealthPolicy,
}

/// Why the listener could not start.
#[derive(Debug, thiserror::Error)]
pub enum HttpError {
    /// The address is taken, not local, or not allowed.
    #[error("binding the HTTP listener to {addr}")]
    Bind {
        /// The address asked for.
        addr: SocketAddr,
        /// The failure.
        #[source]
        source: io::Error,
    },
    /// The listener's socket has no local address (it is not bound).
    #[error("reading the HTTP listener's local address")]
    LocalAddr(#[source] io::Error),
}

/// Binds a listener for [`serve`] to `addr` (port `0` picks a free port).
pub async fn bind(addr: SocketAddr) -> Result<TcpListener, HttpError> {
    TcpListener::bind(addr)
        .await
        .map_err(|source| HttpError::Bind { addr, source })
}

/// Serves `/health`, `/metrics` and `/v1/misbehavior` on `listener` until `shutdown` resolves;
/// then stops accepting, lets requests in flight finish for at most [`SHUTDOWN_GRACE`], and
/// returns.
///
/// A failed `accept` (a client that went away, no file descriptors left) is logged and retried
/// after a short pause; it never stops the listener.
pub async fn serve(
    listener: TcpListener,
    state: HttpState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), HttpError> {
    serve_with(listener, state, ListenerLimits::all(), shutdown).await
}

/// What a connection serves from: the state and its listener's limits.
struct Served {
    state: HttpState,
    limits: ListenerLimits,
    /// One permit per request still sending its body.
    reading: Arc<Semaphore>,
    /// Open connections per client IP.
    per_ip: Mutex<HashMap<IpAddr, usize>>,
}

/// A connection counted against its client IP until dropped.
struct IpSlot {
    served: Arc<Served>,
    ip: IpAddr,
}

impl IpSlot {
    fn take(served: &Arc<Served>, ip: IpAddr) -> Option<Self> {
        let mut open = served
            .per_ip
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let count = open.entry(ip).or_default();
        if *count >= served.limits.max_connections_per_ip {
            return None;
        }
        *count += 1;
        Some(Self {
            served: Arc::clone(served),
            ip,
        })
    }
}

impl Drop for IpSlot {
    fn drop(&mut self) {
        let mut open = self
            .served
            .per_ip
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(count) = open.get_mut(&self.ip) {
            *count -= 1;
            if *count == 0 {
                open.remove(&self.ip);
            }
        }
    }
}

/// [`serve`] with `limits`: the endpoints this listener serves and what it takes at once.
pub async fn serve_with(
    listener: TcpListener,
    state: HttpState,
    limits: ListenerLimits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), HttpError> {
    let local = listener.local_addr().map_err(HttpError::LocalAddr)?;
    tracing::info!(%local, routes = ?limits.routes, "HTTP listener up");
    let permits = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let state = Arc::new(Served {
        state,
        reading: Arc::new(Semaphore::new(limits.max_reading_bodies.max(1))),
        limits,
        per_ip: Mutex::new(HashMap::new()),
    });
    let (stop, stopping) = watch::channel(false);
    let mut connections = JoinSet::new();
    let mut shutdown = pin!(shutdown);
    let mut backoff = Duration::ZERO;
    loop {
        let pause = backoff;
        let permits = Arc::clone(&permits);
        let listening = &listener;
        let accept = async move {
            if !pause.is_zero() {
                tokio::time::sleep(pause).await;
            }
            // `None` only if the semaphore were closed, which it never is.
            let permit = permits.acquire_owned().await.ok();
            (listening.accept().await, permit)
        };
        tokio::select! {
            biased;
            () = &mut shutdown => break,
            Some(joined) = connections.join_next(), if !connections.is_empty() => {
                log_join(joined);
            }
            (accepted, permit) = accept => match accepted {
                Ok((stream, peer)) => {
                    backoff = Duration::ZERO;
                    // One client holds only so many connections: the rest are closed unanswered.
                    let Some(slot) = IpSlot::take(&state, peer.ip()) else {
                        tracing::debug!(%peer, "too many connections from this address: closed");
                        drop(stream);
                        continue;
                    };
                    connections.spawn(connection(
                        stream,
                        peer,
                        Arc::clone(&state),
                        stopping.clone(),
                        (permit, slot),
                    ));
                }
                Err(error) => {
                    backoff = (backoff * 2).clamp(Duration::from_millis(10), MAX_ACCEPT_BACKOFF);
                    tracing::warn!(%local, %error, retry_in_ms = millis(backoff), "accepting an HTTP connection failed");
                }
            },
        }
    }

    drop(listener);
    stop.send_replace(true);
    tracing::debug!(
        open = connections.len(),
        "HTTP listener stopping: finishing requests in flight"
    );
    let drained = tokio::time::timeout(SHUTDOWN_GRACE, async {
        while let Some(joined) = connections.join_next().await {
            log_join(joined);
        }
    })
    .await;
    if drained.is_err() {
        tracing::warn!(
            open = connections.len(),
            grace_secs = SHUTDOWN_GRACE.as_secs(),
            "HTTP connections still open after the grace period: dropping them"
        );
        connections.shutdown().await;
    }
    tracing::info!(%local, "HTTP listener stopped");
    Ok(())
}

/// Logs a connection task that panicked (the panic itself is already on stderr).
fn log_join(joined: Result<(), tokio::task::JoinError>) {
    if let Err(error) = joined {
        if error.is_panic() {
            tracing::warn!("an HTTP connection task panicked");
        }
    }
}

/// Serves one connection until the client closes it, it fails, or shutdown is asked for (then
/// the request in flight, if any, is answered first).
async fn connection(
    stream: TcpStream,
    peer: SocketAddr,
    served: Arc<Served>,
    mut stopping: watch::Receiver<bool>,
    _held: (Option<OwnedSemaphorePermit>, IpSlot),
) {
    let header_timeout = served.limits.header_timeout;
    let service = service_fn(move |request| {
        let served = Arc::clone(&served);
        async move { Ok::<_, Infallible>(respond(&served, peer, request).await) }
    });
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(header_timeout);
    let mut conn = pin!(builder.serve_connection(TokioIo::new(stream), service));
    let result = tokio::select! {
        result = conn.as_mut() => result,
        // An error means the sender is gone, which happens only once `serve` returned.
        _ = async { stopping.wait_for(|stop| *stop).await.map(|_| ()) } => {
            conn.as_mut().graceful_shutdown();
            conn.await
        }
    };
    if let Err(error) = result {
        if error.is_incomplete_message() || error.is_timeout() || error.is_canceled() {
            tracing::debug!(%peer, %error, "HTTP connection ended early");
        } else {
            tracing::warn!(%peer, %error, "HTTP connection failed");
        }
    }
}

/// Answers one request and logs it (never its body).
async fn respond(
    served: &Served,
    peer: SocketAddr,
    request: Request<Incoming>,
) -> Response<Full<Bytes>> {
    let started = Instant::now();
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let response = route(served, peer, request).await;
    let status = response.status();
    let elapsed_ms = millis(started.elapsed());
    // `/health` answering 503 is its job (starting or stale), not a failure of the listener.
    if status.is_server_error() && path != "/health" {
        tracing::warn!(%peer, %method, path = %path, status = status.as_u16(), elapsed_ms, "HTTP request failed");
    } else {
        tracing::debug!(%peer, %method, path = %path, status = status.as_u16(), elapsed_ms, "HTTP request");
    }
    response
}

/// Sends a request to its handler, or answers `404` / `405`.
async fn route(
    served: &Served,
    peer: SocketAddr,
    request: Request<Incoming>,
) -> Response<Full<Bytes>> {
    let state = &served.state;
    let (allowed, allow) = match request.uri().path() {
        path if !served.limits.routes.serves(path) => {
            return error(StatusCode::NOT_FOUND, format!("no such endpoint: {path}"));
        }
        "/health" | "/metrics" => (Method::GET, "GET"),
        "/v1/misbehavior" => (Method::POST, "POST"),
        "/v1/witness" if state.witness.is_some() => (Method::POST, "POST"),
        path => {
            return error(StatusCode::NOT_FOUND, format!("no such endpoint: {path}"));
        }
    };
    if request.method() != allowed {
        let mut response = error(
            StatusCode::METHOD_NOT_ALLOWED,
            format!(
                "{} takes {allowed}, not {}",
                request.uri().path(),
                request.method()
            ),
        );
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static(allow));
        return response;
    }
    match request.uri().path() {
        "/health" => health(&state.metrics, &state.health),
        "/metrics" => {
            let mut response = Response::new(Full::new(Bytes::from(state.metrics.render())));
            response.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static(METRICS_CONTENT_TYPE),
            );
            response
        }
        "/v1/witness" => intake(served, peer, request, Intake::Witness).await,
        _ => intake(served, peer, request, Intake::Evidence).await,
    }
}

/// Which intake a POST goes to.
#[derive(Debug, Clone, Copy)]
enum Intake {
    /// `/v1/misbehavior`.
    Evidence,
    /// `/v1/witness`.
    Witness,
}

/// `POST /v1/misbehavior` and `POST /v1/witness`: checks the client's rate, the content type and
/// size, reads the document, hands it to its intake and returns its answer.
async fn intake(
    served: &Served,
    peer: SocketAddr,
    request: Request<Incoming>,
    to: Intake,
) -> Response<Full<Bytes>> {
    let state = &served.state;
    if let Some(limits) = &served.limits.rate {
        if let Err(wait) = limits.per_ip.take(peer.ip(), std::time::Instant::now()) {
            state.metrics.record_rejected("rate_limited_ip");
            return with_retry_after(
                error(
                    StatusCode::TOO_MANY_REQUESTS,
                    "too many requests from this address; try again later",
                ),
                wait.as_secs().max(1),
            );
        }
    }
    let is_json = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(is_json_media_type);
    if !is_json {
        return error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            match to {
                Intake::Evidence => "evidence must be sent as content-type application/json",
                Intake::Witness => {
                    "witness documents must be sent as content-type application/json"
                }
            },
        );
    }
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<u64>().ok());
    if declared.is_some_and(|length| length > MAX_EVIDENCE_BYTES as u64) {
        return too_large();
    }
    // A body still on its way holds a slot; when all are taken the request is refused at once,
    // so that slow senders cannot queue the rest of the world behind them.
    let Ok(reading) = Arc::clone(&served.reading).try_acquire_owned() else {
        state.metrics.record_rejected("busy");
        let mut response = with_retry_after(
            error(
                StatusCode::SERVICE_UNAVAILABLE,
                "temporarily unavailable, try again later",
            ),
            1,
        );
        response
            .headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
        return response;
    };
    let body_timeout = served.limits.body_timeout;
    let body = match tokio::time::timeout(body_timeout, read_body(request.into_body())).await {
        Ok(Ok(Some(body))) => body,
        Ok(Ok(None)) => return too_large(),
        Ok(Err(read_error)) => {
            tracing::debug!(error = %read_error, "reading an evidence document failed");
            return error(
                StatusCode::BAD_REQUEST,
                "the request body could not be read",
            );
        }
        Err(_) => {
            return error(
                StatusCode::REQUEST_TIMEOUT,
                format!(
                    "the request body took longer than {}s",
                    body_timeout.as_secs()
                ),
            )
        }
    };
    drop(reading);
    let reply = match (to, &state.witness) {
        (Intake::Witness, Some(witness)) => witness.submit(body).await,
        (Intake::Witness, None) => IntakeReply::error(404, "no such endpoint: /v1/witness"),
        (Intake::Evidence, _) => state.intake.submit(body).await,
    };
    match StatusCode::from_u16(reply.status) {
        Ok(status) => {
            let response = json_response(status, &reply.body);
            match reply.retry_after_secs {
                Some(secs) => with_retry_after(response, secs),
                None => response,
            }
        }
        Err(_) => {
            tracing::warn!(
                status = reply.status,
                "the evidence intake answered with an invalid HTTP status"
            );
            error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the evidence intake failed",
            )
        }
    }
}

/// Reads a body of at most [`MAX_EVIDENCE_BYTES`]; `None` if it is longer (after reading and
/// dropping up to [`DRAIN_BYTES`] more, so the client hears the answer).
async fn read_body(mut body: Incoming) -> Result<Option<Bytes>, hyper::Error> {
    let mut collected = Vec::new();
    let mut seen = 0usize;
    while let Some(frame) = body.frame().await {
        let Ok(data) = frame?.into_data() else {
            continue; // trailers
        };
        seen = seen.saturating_add(data.len());
        if seen <= MAX_EVIDENCE_BYTES {
            collected.extend_from_slice(&data);
        } else if seen > MAX_EVIDENCE_BYTES + DRAIN_BYTES {
            break;
        }
    }
    Ok((seen <= MAX_EVIDENCE_BYTES).then(|| Bytes::from(collected)))
}

/// `application/json`, with or without parameters (`; charset=utf-8`), in any case.
fn is_json_media_type(value: &str) -> bool {
    value
        .split(';')
        .next()
        .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("application/json"))
}

/// `/health`: `200` or `503` as [`super::health::judge`] decides.
fn health(metrics: &Metrics, policy: &HealthPolicy) -> Response<Full<Bytes>> {
    let verdict = super::health::judge(metrics, policy, unix_now());
    let status = if verdict.healthy {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    json_response(status, &verdict.body)
}

/// A duration in whole milliseconds, for logs.
fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

/// A JSON response.
fn json_response(status: StatusCode, body: &Value) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(body.to_string())));
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

/// An error response: `{"error": message}`.
fn error(status: StatusCode, message: impl Into<String>) -> Response<Full<Bytes>> {
    json_response(status, &json!({ "error": message.into() }))
}

/// `response` with a `Retry-After` of `secs`.
fn with_retry_after(mut response: Response<Full<Bytes>>, secs: u64) -> Response<Full<Bytes>> {
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from(secs));
    response
}

/// `413`, and the connection is closed after it: the rest of the body is not read.
fn too_large() -> Response<Full<Bytes>> {
    let mut response = error(
        StatusCode::PAYLOAD_TOO_LARGE,
        format!("evidence is limited to {MAX_EVIDENCE_BYTES} bytes"),
    );
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_media_type_ignores_parameters_and_case() {
        assert!(is_json_media_type("application/json"));
        assert!(is_json_media_type("Application/JSON; charset=utf-8"));
        assert!(!is_json_media_type("application/jsonx"));
        assert!(!is_json_media_type("text/plain"));
        assert!(!is_json_media_type(""));
    }

    #[test]
    fn intake_error_reply_has_the_error_shape() {
        let reply = IntakeReply::error(400, "bad signature");
        assert_eq!(reply.status, 400);
        assert_eq!(reply.body, json!({ "error": "bad signature" }));
        assert_eq!(reply.retry_after_secs, None);
        assert_eq!(reply.with_retry_after(0).retry_after_secs, Some(1));
    }
}
