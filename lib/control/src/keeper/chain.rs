//! JSON-RPC access for the keeper: one plain provider over several RPC URLs, with failover,
//! retries with exponential backoff, and every request counted.
//!
//! The provider has no wallet and no fillers, so a call costs exactly the requests it names (an
//! idle tick is one `eth_call`); signing belongs to [`super::sender`].
//!
//! The failover is our own transport rather than alloy's `FallbackLayer` and
//! `RetryBackoffLayer`: the fallback service either races every request against several URLs
//! (several requests per call) or, with one active transport, returns the first failure without
//! trying the next URL; and the retry layer retries rate limits but not a dead endpoint. Here a
//! request goes to one URL at a time, in order from the last one that worked, and a round over
//! all of them is retried after a backoff.
//!
//! Failing over is not enough: the URL that answered last may be a backup that stopped following
//! the chain, and it answers every request with the same old block. So the endpoints are compared
//! by head (`eth_blockNumber`) every [`FailoverPolicy::probe_interval`], and the preferred one
//! becomes the first in the configured order whose head is within
//! [`FailoverPolicy::max_lag_blocks`] of the best: the keeper goes back to the primary once it
//! recovers, and leaves a lagging backup.

use std::{
    fmt,
    sync::{
        atomic::{AtomicUsize, Ordering},
        Arc,
    },
    task::{Context, Poll},
    time::{Duration, Instant},
};

use alloy::{
    primitives::U64,
    providers::{DynProvider, Provider, ProviderBuilder},
    rpc::{
        client::RpcClient,
        json_rpc::{RequestPacket, ResponsePacket},
    },
    transports::{
        http::{
            reqwest::{self, Url},
            Http,
        },
        utils::guess_local_url,
        RpcError, TransportError, TransportErrorKind, TransportFut,
    },
};
use tower_service::Service;

use super::metrics::Metrics;

/// The JSON-RPC error code of a reverted call: an answer, never a reason to fail over.
const EXECUTION_REVERTED: i64 = 3;

/// How requests are retried and failed over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RpcPolicy {
    /// How long one request to one URL may take before it counts as failed.
    pub request_timeout: Duration,
    /// How many rounds over all URLs a request gets before its last failure is returned
    /// (at least 1).
    pub attempts: u32,
    /// The pause after the first failed round; doubled after each further one.
    pub initial_backoff: Duration,
    /// The longest pause between rounds.
    pub max_backoff: Duration,
}

impl Default for RpcPolicy {
    /// 10 s per request, 3 rounds, backoff from 250 ms up to 5 s.
    fn default() -> Self {
        Self {
            request_timeout: Duration::from_secs(10),
            attempts: 3,
            initial_backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(5),
        }
    }
}

impl RpcPolicy {
    /// The pause before round `round` (0-based; the first round has none).
    fn backoff_before(&self, round: u32) -> Duration {
        if round == 0 {
            return Duration::ZERO;
        }
        let factor = 2u32.saturating_pow(round - 1);
        self.initial_backoff
            .saturating_mul(factor)
            .min(self.max_backoff)
    }
}

/// How the preferred endpoint is chosen again after a failover.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FailoverPolicy {
    /// How often the endpoints' heads are compared (at the first request after this long).
    pub probe_interval: Duration,
    /// How many blocks behind the best head an endpoint may be and still be preferred.
    pub max_lag_blocks: u64,
}

impl Default for FailoverPolicy {
    /// Every 30 s; 2 blocks of lag (one block in flight on each side).
    fn default() -> Self {
        Self {
            probe_interval: Duration::from_secs(30),
            max_lag_blocks: 2,
        }
    }
}

/// Why the RPC access could not be set up.
#[derive(Debug, thiserror::Error)]
pub enum ChainError {
    /// No RPC URL was given.
    #[error("no RPC URL given")]
    NoUrls,
    /// A URL is not HTTP(S); the keeper speaks JSON-RPC over HTTP only.
    #[error("RPC URL for host {host} has scheme {scheme:?}; only http and https are supported")]
    UnsupportedScheme {
        /// The URL's host (the rest may carry an API key).
        host: String,
        /// The scheme found.
        scheme: String,
    },
    /// The policy cannot work: no attempts, or no time for a request.
    #[error("invalid RPC policy: {0}")]
    InvalidPolicy(&'static str),
    /// The HTTP client could not be built (e.g. no TLS backend).
    #[error("cannot build the HTTP client")]
    HttpClient(#[source] reqwest::Error),
}

/// A provider over `urls` (tried in order, failing over on transport errors) that counts every
/// request in `metrics.rpc_requests` and every transport failure in `metrics.rpc_errors`.
///
/// A transport failure is a connection error, a timeout, an HTTP error status, an unreadable
/// body, or a JSON-RPC rate-limit response; any other JSON-RPC error (a revert, "nonce too low")
/// is an answer and is returned as is. The URL that last answered is tried first next time.
///
/// With several URLs, their heads are compared every 30 s ([`FailoverPolicy::default`]); see
/// [`connect_with`].
pub fn connect(
    urls: &[Url],
    policy: RpcPolicy,
    metrics: Arc<Metrics>,
) -> Result<DynProvider, ChainError> {
    connect_with(urls, policy, FailoverPolicy::default(), metrics)
}

/// [`connect`] with the endpoints' heads compared as `failover` says.
pub fn connect_with(
    urls: &[Url],
    policy: RpcPolicy,
    failover: FailoverPolicy,
    metrics: Arc<Metrics>,
) -> Result<DynProvider, ChainError> {
    let transport = FailoverTransport::new(urls, policy, failover, metrics)?;
    let is_local = urls.iter().all(|url| guess_local_url(url.as_str()));
    let client = RpcClient::new(transport, is_local);
    Ok(ProviderBuilder::new()
        .disable_recommended_fillers()
        .connect_client(client)
        .erased())
}

/// The part of a URL that is safe to log: host and port, never the path, query or user info
/// (where providers put API keys).
pub fn redacted_host(url: &Url) -> String {
    let host = url.host_str().unwrap_or("<no host>");
    match url.port_or_known_default() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_owned(),
    }
}

/// One RPC URL.
#[derive(Clone)]
struct Endpoint {
    http: Http<reqwest::Client>,
    /// A client of this URL alone, for comparing heads.
    probe: RpcClient,
    /// [`redacted_host`] of the URL, for logs and errors.
    host: String,
}

struct Shared {
    endpoints: Vec<Endpoint>,
    /// Index of the endpoint that answered last.
    preferred: AtomicUsize,
    policy: RpcPolicy,
    failover: FailoverPolicy,
    /// When the heads were last compared; held while they are being compared.
    last_probe: tokio::sync::Mutex<Instant>,
    metrics: Arc<Metrics>,
}

/// The transport behind [`connect`]: a tower service over several HTTP transports.
#[derive(Clone)]
struct FailoverTransport {
    shared: Arc<Shared>,
}

impl fmt::Debug for FailoverTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let hosts: Vec<&str> = self
            .shared
            .endpoints
            .iter()
            .map(|e| e.host.as_str())
            .collect();
        f.debug_struct("FailoverTransport")
            .field("hosts", &hosts)
            .field("policy", &self.shared.policy)
            .finish_non_exhaustive()
    }
}

/// What one request to one URL came to.
enum Attempt {
    /// An answer, JSON-RPC errors included.
    Answer(ResponsePacket),
    /// A rate-limit answer: worth another URL, but returned if nothing better comes.
    RateLimited(ResponsePacket),
    /// The URL failed at the transport.
    Failed(TransportError),
    /// The request itself is broken: no URL would take it.
    Fatal(TransportError),
}

impl FailoverTransport {
    fn new(
        urls: &[Url],
        policy: RpcPolicy,
        failover: FailoverPolicy,
        metrics: Arc<Metrics>,
    ) -> Result<Self, ChainError> {
        if urls.is_empty() {
            return Err(ChainError::NoUrls);
        }
        if policy.attempts == 0 {
            return Err(ChainError::InvalidPolicy("attempts must be at least 1"));
        }
        if policy.request_timeout.is_zero() {
            return Err(ChainError::InvalidPolicy(
                "request_timeout must be more than zero",
            ));
        }
        let client = reqwest::Client::builder()
            .connect_timeout(policy.request_timeout)
            .build()
            .map_err(ChainError::HttpClient)?;
        let endpoints = urls
            .iter()
            .map(|url| {
                let host = redacted_host(url);
                match url.scheme() {
                    "http" | "https" => {
                        let http = Http::with_client(client.clone(), url.clone());
                        Ok(Endpoint {
                            probe: RpcClient::new(http.clone(), guess_local_url(url.as_str())),
                            http,
                            host,
                        })
                    }
                    scheme => Err(ChainError::UnsupportedScheme {
                        host,
                        scheme: scheme.to_owned(),
                    }),
                }
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self {
            shared: Arc::new(Shared {
                endpoints,
                preferred: AtomicUsize::new(0),
                policy,
                failover,
                // The first URL is preferred until the first comparison is due.
                last_probe: tokio::sync::Mutex::new(Instant::now()),
                metrics,
            }),
        })
    }
}

impl Shared {
    async fn request(&self, request: RequestPacket) -> Result<ResponsePacket, TransportError> {
        self.compare_heads_if_due().await;
        let result = self.try_endpoints(request).await;
        let failed = match &result {
            Ok(_) => false,
            // A request no URL would take says nothing about the endpoints.
            Err(error) => matches!(error, RpcError::Transport(_) | RpcError::DeserError { .. }),
        };
        self.record_outcome(failed);
        result
    }

    /// Counts requests that failed on every URL in a row ([`Metrics::rpc_failed_in_a_row`]) and
    /// logs the first answer after such a run.
    fn record_outcome(&self, failed: bool) {
        let counter = &self.metrics.rpc_failed_in_a_row;
        if failed {
            counter.fetch_add(1, Ordering::Relaxed);
            return;
        }
        let run = counter.swap(0, Ordering::Relaxed);
        if run > 0 {
            tracing::info!(
                failed_requests = run,
                "RPC reachable again after requests failed on every endpoint"
            );
        }
    }

    /// Compares the endpoints' heads when [`FailoverPolicy::probe_interval`] has passed (one
    /// comparison at a time; other requests go on meanwhile) and prefers the first endpoint in
    /// the configured order that is within [`FailoverPolicy::max_lag_blocks`] of the best head.
    async fn compare_heads_if_due(&self) {
        if self.endpoints.len() < 2 {
            return;
        }
        let Ok(mut last) = self.last_probe.try_lock() else {
            return;
        };
        if last.elapsed() < self.failover.probe_interval {
            return;
        }
        let mut probes = tokio::task::JoinSet::new();
        for (index, endpoint) in self.endpoints.iter().enumerate() {
            let client = endpoint.probe.clone();
            let timeout = self.policy.request_timeout;
            Metrics::inc(&self.metrics.rpc_requests);
            probes.spawn(async move {
                let head = tokio::time::timeout(
                    timeout,
                    client.request_noparams::<U64>("eth_blockNumber"),
                )
                .await;
                (index, head)
            });
        }
        let mut heads = vec![None; self.endpoints.len()];
        while let Some(joined) = probes.join_next().await {
            let Ok((index, head)) = joined else { continue };
            match head {
                Ok(Ok(head)) => heads[index] = Some(head.to::<u64>()),
                Ok(Err(error)) => {
                    Metrics::inc(&self.metrics.rpc_errors);
                    tracing::debug!(
                        host = %self.endpoints[index].host,
                        error = %super::one_line(&without_url(error)),
                        "RPC endpoint did not tell its head"
                    );
                }
                Err(_elapsed) => {
                    Metrics::inc(&self.metrics.rpc_errors);
                    tracing::debug!(host = %self.endpoints[index].host, "RPC endpoint did not tell its head in time");
                }
            }
        }
        *last = Instant::now();
        let Some(chosen) = preferred_by_head(&heads, self.failover.max_lag_blocks) else {
            return;
        };
        let current = self.preferred.load(Ordering::Relaxed) % self.endpoints.len();
        if chosen != current {
            tracing::warn!(
                from = %self.endpoints[current].host,
                from_head = heads[current],
                to = %self.endpoints[chosen].host,
                to_head = heads[chosen],
                "RPC endpoint switch: the preferred endpoint is the first one near the best head"
            );
            self.preferred.store(chosen, Ordering::Relaxed);
        }
    }

    async fn try_endpoints(
        &self,
        request: RequestPacket,
    ) -> Result<ResponsePacket, TransportError> {
        let count = self.endpoints.len();
        let mut last: Option<Result<ResponsePacket, TransportError>> = None;
        for round in 0..self.policy.attempts {
            let pause = self.policy.backoff_before(round);
            if !pause.is_zero() {
                tracing::warn!(
                    round = round + 1,
                    rounds = self.policy.attempts,
                    backoff_ms = u64::try_from(pause.as_millis()).unwrap_or(u64::MAX),
                    "every RPC endpoint failed; retrying after a backoff"
                );
                tokio::time::sleep(pause).await;
            }
            let start = self.preferred.load(Ordering::Relaxed) % count;
            for step in 0..count {
                let index = (start + step) % count;
                let endpoint = &self.endpoints[index];
                match self.attempt(endpoint, request.clone()).await {
                    Attempt::Answer(response) => {
                        if index != start {
                            tracing::warn!(
                                from = %self.endpoints[start].host,
                                to = %endpoint.host,
                                "RPC failover"
                            );
                            self.preferred.store(index, Ordering::Relaxed);
                        }
                        return Ok(response);
                    }
                    Attempt::RateLimited(response) => {
                        Metrics::inc(&self.metrics.rpc_errors);
                        tracing::warn!(host = %endpoint.host, "RPC endpoint rate-limited the request");
                        last = Some(Ok(response));
                    }
                    Attempt::Failed(error) => {
                        Metrics::inc(&self.metrics.rpc_errors);
                        tracing::warn!(
                            host = %endpoint.host,
                            error = %super::one_line(&error),
                            "RPC endpoint failed"
                        );
                        last = Some(Err(error));
                    }
                    Attempt::Fatal(error) => return Err(error),
                }
            }
        }
        last.unwrap_or_else(|| Err(TransportErrorKind::custom_str("no RPC endpoint was tried")))
    }

    async fn attempt(&self, endpoint: &Endpoint, request: RequestPacket) -> Attempt {
        Metrics::inc(&self.metrics.rpc_requests);
        let mut http = endpoint.http.clone();
        let timeout = self.policy.request_timeout;
        match tokio::time::timeout(timeout, http.call(request)).await {
            Err(_elapsed) => Attempt::Failed(TransportErrorKind::custom(RequestTimedOut {
                host: endpoint.host.clone(),
                timeout,
            })),
            Ok(Ok(response)) if is_rate_limited(&response) => Attempt::RateLimited(response),
            Ok(Ok(response)) => Attempt::Answer(response),
            Ok(Err(error)) => {
                let error = without_url(error);
                match error {
                    RpcError::Transport(_) | RpcError::DeserError { .. } | RpcError::NullResp => {
                        Attempt::Failed(error)
                    }
                    _ => Attempt::Fatal(error),
                }
            }
        }
    }
}

/// The first endpoint (in the configured order) whose head is within `max_lag` blocks of the
/// best head; `None` when no endpoint told its head.
fn preferred_by_head(heads: &[Option<u64>], max_lag: u64) -> Option<usize> {
    let best = heads.iter().flatten().copied().max()?;
    heads
        .iter()
        .position(|head| head.is_some_and(|head| head.saturating_add(max_lag) >= best))
}

/// A request that got no answer in time.
#[derive(Debug, thiserror::Error)]
#[error("no answer from {host} within {}ms", timeout.as_millis())]
struct RequestTimedOut {
    host: String,
    timeout: Duration,
}

/// Whether an answer is a rate limit (or a load balancer's hiccup) rather than a real answer.
fn is_rate_limited(response: &ResponsePacket) -> bool {
    response
        .iter_errors()
        .any(|error| error.code != EXECUTION_REVERTED && error.is_retry_err())
}

/// `error` without the request URL that reqwest puts in its message (it may carry an API key).
fn without_url(error: TransportError) -> TransportError {
    match error {
        RpcError::Transport(TransportErrorKind::Custom(source)) => {
            match source.downcast::<reqwest::Error>() {
                Ok(reqwest_error) => TransportErrorKind::custom(reqwest_error.without_url()),
                Err(source) => RpcError::Transport(TransportErrorKind::Custom(source)),
            }
        }
        other => other,
    }
}

impl Service<RequestPacket> for FailoverTransport {
    type Response = ResponsePacket;
    type Error = TransportError;
    type Future = TransportFut<'static>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: RequestPacket) -> Self::Future {
        let shared = Arc::clone(&self.shared);
        Box::pin(async move { shared.request(request).await })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::{
        convert::Infallible,
        sync::{atomic::AtomicU64, Mutex},
    };

    use alloy::primitives::address;
    use alloy::rpc::types::TransactionRequest;
    use http_body_util::{BodyExt, Full};
    use hyper::{body::Bytes, server::conn::http1, service::service_fn, Request, Response};
    use hyper_util::rt::TokioIo;
    use tokio::net::TcpListener;

    /// A fake chain's head, and whether its endpoint answers at all.
    #[derive(Default)]
    struct FakeChain {
        head: AtomicU64,
        down: std::sync::atomic::AtomicBool,
    }

    /// How a fake endpoint answers.
    #[derive(Clone)]
    enum Behaviour {
        /// The chain's head for any request (HTTP 503 while it is down).
        Chain(Arc<FakeChain>),
        /// `{"result": "0x2a"}` for any request.
        Answer,
        /// HTTP 503 without a body.
        Unavailable,
        /// A JSON-RPC revert (code 3) with revert data.
        Revert,
        /// A JSON-RPC rate-limit error (code 429) with HTTP 200.
        RateLimit,
        /// Never answers.
        Hang,
    }

    /// A local HTTP server answering JSON-RPC with `behaviour`, counting the requests it got.
    struct FakeEndpoint {
        url: Url,
        hits: Arc<AtomicU64>,
        methods: Arc<Mutex<Vec<String>>>,
    }

    async fn fake(behaviour: Behaviour) -> FakeEndpoint {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url: Url = format!("http://{}/v2/SECRET", listener.local_addr().unwrap())
            .parse()
            .unwrap();
        let hits = Arc::new(AtomicU64::new(0));
        let methods = Arc::new(Mutex::new(Vec::new()));
        let (h, m) = (Arc::clone(&hits), Arc::clone(&methods));
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let (h, m) = (Arc::clone(&h), Arc::clone(&m));
                let behaviour = behaviour.clone();
                tokio::spawn(async move {
                    let service = service_fn(move |request: Request<hyper::body::Incoming>| {
                        let (h, m) = (Arc::clone(&h), Arc::clone(&m));
                        let behaviour = behaviour.clone();
                        async move { Ok::<_, Infallible>(respond(behaviour, request, &h, &m).await) }
                    });
                    let _ = http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        FakeEndpoint { url, hits, methods }
    }

    async fn respond(
        behaviour: Behaviour,
        request: Request<hyper::body::Incoming>,
        hits: &AtomicU64,
        methods: &Mutex<Vec<String>>,
    ) -> Response<Full<Bytes>> {
        hits.fetch_add(1, Ordering::Relaxed);
        let body = request.into_body().collect().await.unwrap().to_bytes();
        let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
        let id = json["id"].clone();
        methods
            .lock()
            .unwrap()
            .push(json["method"].as_str().unwrap_or_default().to_owned());
        let payload = match behaviour {
            Behaviour::Chain(chain) if !chain.down.load(Ordering::Relaxed) => {
                let head = chain.head.load(Ordering::Relaxed);
                serde_json::json!({"jsonrpc": "2.0", "id": id, "result": format!("{head:#x}")})
            }
            Behaviour::Chain(_) | Behaviour::Unavailable => {
                return Response::builder()
                    .status(503)
                    .body(Full::new(Bytes::new()))
                    .unwrap()
            }
            Behaviour::Answer => serde_json::json!({"jsonrpc": "2.0", "id": id, "result": "0x2a"}),
            Behaviour::Revert => serde_json::json!({"jsonrpc": "2.0", "id": id, "error": {
                "code": 3, "message": "execution reverted: rate limit", "data": "0xd674a026"}}),
            Behaviour::RateLimit => serde_json::json!({"jsonrpc": "2.0", "id": id, "error": {
                "code": 429, "message": "Too many requests"}}),
            Behaviour::Hang => {
                tokio::time::sleep(Duration::from_secs(3600)).await;
                serde_json::Value::Null
            }
        };
        Response::new(Full::new(Bytes::from(payload.to_string())))
    }

    fn quick() -> RpcPolicy {
        RpcPolicy {
            request_timeout: Duration::from_millis(500),
            attempts: 2,
            initial_backoff: Duration::from_millis(10),
            max_backoff: Duration::from_millis(20),
        }
    }

    fn load(counter: &AtomicU64) -> u64 {
        counter.load(Ordering::Relaxed)
    }

    #[test]
    fn backoff_doubles_up_to_the_maximum() {
        let policy = RpcPolicy {
            initial_backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(1),
            ..RpcPolicy::default()
        };
        let pauses: Vec<u128> = (0..5)
            .map(|round| policy.backoff_before(round).as_millis())
            .collect();
        assert_eq!(pauses, [0, 250, 500, 1000, 1000]);
        assert_eq!(
            policy.backoff_before(u32::MAX),
            Duration::from_secs(1),
            "no overflow"
        );
    }

    #[test]
    fn refuses_no_urls_other_schemes_and_a_useless_policy() {
        let metrics = Arc::new(Metrics::default());
        assert!(matches!(
            connect(&[], RpcPolicy::default(), Arc::clone(&metrics)),
            Err(ChainError::NoUrls)
        ));
        let ws: Url = "wss://node.example/KEY".parse().unwrap();
        let err = connect(&[ws], RpcPolicy::default(), Arc::clone(&metrics)).unwrap_err();
        assert!(matches!(err, ChainError::UnsupportedScheme { .. }));
        assert!(!err.to_string().contains("KEY"), "{err}");
        let http: Url = "http://127.0.0.1:8545".parse().unwrap();
        let none = RpcPolicy {
            attempts: 0,
            ..RpcPolicy::default()
        };
        assert!(matches!(
            connect(&[http], none, metrics),
            Err(ChainError::InvalidPolicy(_))
        ));
    }

    #[test]
    fn logs_hosts_without_paths_or_keys() {
        let url: Url = "https://user:pw@eth.example.com/v2/KEY?k=1"
            .parse()
            .unwrap();
        assert_eq!(redacted_host(&url), "eth.example.com:443");
    }

    #[tokio::test]
    async fn one_call_is_one_request() {
        let node = fake(Behaviour::Answer).await;
        let metrics = Arc::new(Metrics::default());
        let provider = connect(
            std::slice::from_ref(&node.url),
            quick(),
            Arc::clone(&metrics),
        )
        .unwrap();
        let request = TransactionRequest::default()
            .to(address!("0x00000000000000000000000000000000000000aa"));
        provider.call(request).await.unwrap();
        assert_eq!(load(&metrics.rpc_requests), 1);
        assert_eq!(load(&node.hits), 1);
        assert_eq!(*node.methods.lock().unwrap(), ["eth_call"]);
        assert_eq!(load(&metrics.rpc_errors), 0);
    }

    #[tokio::test]
    async fn fails_over_on_http_errors_and_remembers_the_url_that_answered() {
        let down = fake(Behaviour::Unavailable).await;
        let up = fake(Behaviour::Answer).await;
        let metrics = Arc::new(Metrics::default());
        let provider = connect(
            &[down.url.clone(), up.url.clone()],
            quick(),
            Arc::clone(&metrics),
        )
        .unwrap();
        assert_eq!(provider.get_block_number().await.unwrap(), 42);
        assert_eq!((load(&down.hits), load(&up.hits)), (1, 1));
        assert_eq!(load(&metrics.rpc_errors), 1);
        // The second URL is now preferred: no more requests to the first.
        assert_eq!(provider.get_block_number().await.unwrap(), 42);
        assert_eq!((load(&down.hits), load(&up.hits)), (1, 2));
        assert_eq!(load(&metrics.rpc_requests), 3);
    }

    #[tokio::test]
    async fn a_revert_is_an_answer_not_a_failure() {
        let reverting = fake(Behaviour::Revert).await;
        let up = fake(Behaviour::Answer).await;
        let metrics = Arc::new(Metrics::default());
        let provider = connect(
            &[reverting.url.clone(), up.url.clone()],
            quick(),
            Arc::clone(&metrics),
        )
        .unwrap();
        let err = provider
            .call(TransactionRequest::default())
            .await
            .unwrap_err();
        let data = err.as_error_resp().and_then(|e| e.as_revert_data());
        assert_eq!(data.unwrap().as_ref(), [0xd6, 0x74, 0xa0, 0x26]);
        assert_eq!((load(&reverting.hits), load(&up.hits)), (1, 0));
        assert_eq!(load(&metrics.rpc_errors), 0);
    }

    #[tokio::test]
    async fn a_rate_limit_fails_over_and_is_returned_when_nothing_better_comes() {
        let limited = fake(Behaviour::RateLimit).await;
        let up = fake(Behaviour::Answer).await;
        let metrics = Arc::new(Metrics::default());
        let provider = connect(
            &[limited.url.clone(), up.url.clone()],
            quick(),
            Arc::clone(&metrics),
        )
        .unwrap();
        assert_eq!(provider.get_block_number().await.unwrap(), 42);
        assert_eq!(load(&metrics.rpc_errors), 1);

        let alone = connect(
            std::slice::from_ref(&limited.url),
            quick(),
            Arc::clone(&metrics),
        )
        .unwrap();
        let err = alone.get_block_number().await.unwrap_err();
        assert_eq!(err.as_error_resp().map(|e| e.code), Some(429));
    }

    #[tokio::test]
    async fn retries_rounds_with_backoff_then_returns_the_last_failure_without_the_url() {
        let down = fake(Behaviour::Unavailable).await;
        let slow = fake(Behaviour::Hang).await;
        let metrics = Arc::new(Metrics::default());
        let policy = RpcPolicy {
            request_timeout: Duration::from_millis(100),
            attempts: 3,
            ..quick()
        };
        let provider = connect(
            &[down.url.clone(), slow.url.clone()],
            policy,
            Arc::clone(&metrics),
        )
        .unwrap();
        let err = provider.get_block_number().await.unwrap_err();
        assert_eq!((load(&down.hits), load(&slow.hits)), (3, 3));
        assert_eq!(load(&metrics.rpc_requests), 6);
        assert_eq!(load(&metrics.rpc_errors), 6);
        assert!(err.to_string().contains("within 100ms"), "{err}");
        assert!(!err.to_string().contains("SECRET"), "{err}");
    }

    #[tokio::test]
    async fn a_dead_url_fails_over_without_leaking_the_url() {
        let dead: Url = "http://127.0.0.1:1/v2/SECRET".parse().unwrap();
        let metrics = Arc::new(Metrics::default());
        let provider = connect(
            &[dead],
            RpcPolicy {
                attempts: 1,
                ..quick()
            },
            Arc::clone(&metrics),
        )
        .unwrap();
        let err = provider.get_block_number().await.unwrap_err();
        assert!(matches!(err, RpcError::Transport(_)), "{err:?}");
        let text = format!("{err} {err:?} {}", crate::keeper::one_line(&err));
        assert!(!text.contains("SECRET"), "{text}");
        let chain = crate::keeper::one_line(&err);
        assert!(
            chain.starts_with("error sending request: client error"),
            "said once, then why: {chain}"
        );
        assert_eq!(load(&metrics.rpc_errors), 1);
    }

    fn probing_every(interval: Duration) -> FailoverPolicy {
        FailoverPolicy {
            probe_interval: interval,
            max_lag_blocks: 2,
        }
    }

    #[test]
    fn the_preferred_endpoint_is_the_first_near_the_best_head() {
        assert_eq!(preferred_by_head(&[Some(112), Some(69)], 2), Some(0));
        assert_eq!(preferred_by_head(&[Some(69), Some(112)], 2), Some(1));
        assert_eq!(
            preferred_by_head(&[Some(110), Some(112)], 2),
            Some(0),
            "within the lag"
        );
        assert_eq!(preferred_by_head(&[Some(109), Some(112)], 2), Some(1));
        assert_eq!(preferred_by_head(&[None, Some(5), Some(5)], 2), Some(1));
        assert_eq!(preferred_by_head(&[None, None], 2), None);
    }

    #[tokio::test]
    async fn after_a_failover_the_keeper_returns_to_the_primary_once_it_recovers() {
        let primary = Arc::new(FakeChain::default());
        let backup = Arc::new(FakeChain::default());
        primary.head.store(69, Ordering::Relaxed);
        backup.head.store(69, Ordering::Relaxed);
        let primary_node = fake(Behaviour::Chain(Arc::clone(&primary))).await;
        let backup_node = fake(Behaviour::Chain(Arc::clone(&backup))).await;
        let metrics = Arc::new(Metrics::default());
        let provider = connect_with(
            &[primary_node.url.clone(), backup_node.url.clone()],
            quick(),
            probing_every(Duration::from_millis(200)),
            Arc::clone(&metrics),
        )
        .unwrap();
        // The primary pauses: the backup answers, and stops following the chain.
        primary.down.store(true, Ordering::Relaxed);
        assert_eq!(provider.get_block_number().await.unwrap(), 69);
        primary.down.store(false, Ordering::Relaxed);
        primary.head.store(112, Ordering::Relaxed);
        // Until the next comparison the backup is still asked...
        assert_eq!(provider.get_block_number().await.unwrap(), 69);
        tokio::time::sleep(Duration::from_millis(250)).await;
        // ...then the heads are compared and the primary is preferred again.
        assert_eq!(provider.get_block_number().await.unwrap(), 112);
        let backup_hits = load(&backup_node.hits);
        assert_eq!(provider.get_block_number().await.unwrap(), 112);
        assert_eq!(load(&backup_node.hits), backup_hits, "the backup is left");
    }

    #[tokio::test]
    async fn a_lagging_preferred_endpoint_is_left_for_one_near_the_best_head() {
        let first = Arc::new(FakeChain::default());
        let second = Arc::new(FakeChain::default());
        first.head.store(69, Ordering::Relaxed);
        second.head.store(70, Ordering::Relaxed);
        let first_node = fake(Behaviour::Chain(Arc::clone(&first))).await;
        let second_node = fake(Behaviour::Chain(Arc::clone(&second))).await;
        let metrics = Arc::new(Metrics::default());
        let provider = connect_with(
            &[first_node.url.clone(), second_node.url.clone()],
            quick(),
            probing_every(Duration::from_millis(100)),
            Arc::clone(&metrics),
        )
        .unwrap();
        assert_eq!(provider.get_block_number().await.unwrap(), 69);
        tokio::time::sleep(Duration::from_millis(150)).await;
        // Within 2 blocks: the first URL stays preferred.
        assert_eq!(provider.get_block_number().await.unwrap(), 69);
        // The first one freezes while the chain goes on.
        second.head.store(80, Ordering::Relaxed);
        tokio::time::sleep(Duration::from_millis(150)).await;
        assert_eq!(provider.get_block_number().await.unwrap(), 80);
    }

    #[tokio::test]
    async fn requests_failing_everywhere_are_counted_in_a_row_until_an_answer() {
        let chain = Arc::new(FakeChain::default());
        chain.down.store(true, Ordering::Relaxed);
        let node = fake(Behaviour::Chain(Arc::clone(&chain))).await;
        let metrics = Arc::new(Metrics::default());
        let provider = connect(
            std::slice::from_ref(&node.url),
            RpcPolicy {
                attempts: 1,
                ..quick()
            },
            Arc::clone(&metrics),
        )
        .unwrap();
        for _ in 0..3 {
            provider.get_block_number().await.unwrap_err();
        }
        assert_eq!(load(&metrics.rpc_failed_in_a_row), 3);
        chain.down.store(false, Ordering::Relaxed);
        provider.get_block_number().await.unwrap();
        assert_eq!(load(&metrics.rpc_failed_in_a_row), 0);
    }
}
