//! Honest health against anvil, with faults injected: a chain whose mining is frozen, an RPC
//! endpoint that stops answering for a minute, a primary that pauses while the backup stops
//! following the chain, and a fee spike failing the same step over and over. The daemon runs as `keeper run` runs it (configuration, connection, HTTP
//! listener); the faults sit in a TCP proxy in front of anvil, and alerts go to a webhook that
//! records what it is sent.

// Helpers outside `#[test]` functions fail the test on any error, as the tests themselves do.
#![allow(clippy::unwrap_used)]

mod common;

use std::{
    convert::Infallible,
    net::SocketAddr,
    ops::Deref,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use alloy::{
    node_bindings::{Anvil, AnvilInstance},
    providers::{ext::AnvilApi, Provider},
    signers::local::PrivateKeySigner,
};
use common::World;
use http_body_util::{BodyExt as _, Full};
use hyper::{body::Bytes, server::conn::http1, service::service_fn, Request, Response};
use hyper_util::rt::TokioIo;
use serde_json::Value;
use tokio::{
    net::{TcpListener, TcpStream},
    sync::{oneshot, watch},
    task::JoinHandle,
};
use xmtp_devkit::{
    keeper::{
        daemon::{self, DaemonOptions, DaemonSummary},
        setup::Runtime,
    },
    toolchain::Toolchain,
};

/// What the proxy in front of an RPC endpoint does with connections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fault {
    /// Forwards to the endpoint.
    None,
    /// Closes every connection at once: an endpoint that is down.
    Down,
    /// Holds every connection and answers nothing: a paused endpoint.
    Paused,
}

/// A TCP proxy in front of an RPC endpoint that injects [`Fault`]s; changing the fault also cuts
/// the connections already open, so pooled connections see it too.
struct Proxy {
    url: String,
    fault: watch::Sender<Fault>,
}

impl Proxy {
    async fn start(upstream: SocketAddr) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let (fault, watching) = watch::channel(Fault::None);
        tokio::spawn(async move {
            loop {
                let Ok((mut client, _)) = listener.accept().await else {
                    return;
                };
                let mut watching = watching.clone();
                tokio::spawn(async move {
                    let now = *watching.borrow_and_update();
                    match now {
                        Fault::Down => return,
                        Fault::Paused => {
                            let _ = watching.changed().await;
                            return;
                        }
                        Fault::None => {}
                    }
                    let Ok(mut server) = TcpStream::connect(upstream).await else {
                        return;
                    };
                    tokio::select! {
                        _ = tokio::io::copy_bidirectional(&mut client, &mut server) => {}
                        _ = watching.changed() => {}
                    }
                });
            }
        });
        Self { url, fault }
    }

    fn set(&self, fault: Fault) {
        self.fault.send_replace(fault);
    }
}

/// A webhook that records the JSON of every alert posted to it.
struct Webhook {
    url: String,
    received: Arc<Mutex<Vec<Value>>>,
}

impl Webhook {
    async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/hook", listener.local_addr().unwrap());
        let received = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&received);
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let sink = Arc::clone(&sink);
                tokio::spawn(async move {
                    let service = service_fn(move |request: Request<hyper::body::Incoming>| {
                        let sink = Arc::clone(&sink);
                        async move {
                            let body = request.into_body().collect().await.unwrap().to_bytes();
                            sink.lock()
                                .unwrap()
                                .push(serde_json::from_slice(&body).unwrap());
                            Ok::<_, Infallible>(Response::new(Full::new(Bytes::new())))
                        }
                    });
                    let _ = http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        Self { url, received }
    }

    /// The kinds of the alerts received so far.
    fn kinds(&self) -> Vec<String> {
        self.received
            .lock()
            .unwrap()
            .iter()
            .map(|alert| alert["kind"].as_str().unwrap_or_default().to_owned())
            .collect()
    }

    fn count(&self, kind: &str) -> usize {
        self.kinds().iter().filter(|k| *k == kind).count()
    }
}

/// The suite on anvil, and a funded keeper key.
struct Suite {
    world: World,
    key: PrivateKeySigner,
}

impl Deref for Suite {
    type Target = World;

    fn deref(&self) -> &World {
        &self.world
    }
}

impl Suite {
    async fn deploy() -> Self {
        let world = World::deployed().await;
        let key = world.keeper_key().await;
        Self { world, key }
    }

    fn upstream(&self) -> SocketAddr {
        let url = self.chain.endpoint_url();
        format!("127.0.0.1:{}", url.port().unwrap())
            .parse()
            .unwrap()
    }

    /// Mines a block every second, as a live chain does.
    async fn mine_every_second(&self) {
        self.chain
            .provider()
            .anvil_set_interval_mining(1)
            .await
            .unwrap();
    }

    /// Stops mining altogether: the head stands still.
    async fn freeze(&self) {
        let provider = self.chain.provider();
        provider.anvil_set_interval_mining(0).await.unwrap();
        provider.anvil_set_auto_mine(false).await.unwrap();
    }

    async fn head(&self) -> u64 {
        self.chain.provider().get_block_number().await.unwrap()
    }
}

/// A daemon started as `keeper run` starts one, with `toml` as its configuration file.
struct Daemon {
    health: String,
    metrics: Arc<xmtp_devkit::keeper::metrics::Metrics>,
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<DaemonSummary>,
}

impl Daemon {
    async fn start(suite: &Suite, urls: &[String], toml: &str) -> Self {
        let config = suite.config(toml, &suite.key, urls, None);
        let runtime = Runtime::start(&config, false).await.unwrap();
        let signing = runtime.signing.unwrap();
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let health = format!("http://{}/health", listener.local_addr().unwrap());
        let mut options = DaemonOptions::new(
            config.daemon.poll_interval,
            config.health_policy(runtime.chain_id),
        );
        options.listener = Some(listener);
        let metrics = Arc::clone(signing.keeper.metrics());
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            daemon::run(signing.keeper, signing.relay, options, async {
                let _ = stopped.await;
            })
            .await
            .unwrap()
        });
        Self {
            health,
            metrics,
            stop: Some(stop),
            task,
        }
    }

    /// `/health`'s status code and body.
    async fn health(&self) -> (u16, Value) {
        let response = reqwest::Client::new()
            .get(&self.health)
            .timeout(Duration::from_secs(5))
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        (
            status,
            serde_json::from_slice(&response.bytes().await.unwrap()).unwrap(),
        )
    }

    /// Waits (up to `limit`) until `/health` answers `status`; returns the body and how long it
    /// took.
    async fn until_health(&self, status: u16, limit: Duration) -> (Value, Duration) {
        let started = Instant::now();
        loop {
            let (got, body) = self.health().await;
            if got == status {
                return (body, started.elapsed());
            }
            assert!(
                started.elapsed() < limit,
                "/health still {got} after {limit:?}: {body}"
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    fn ticks(&self) -> u64 {
        self.metrics
            .ticks
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    fn last_block(&self) -> u64 {
        self.metrics
            .last_block
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    async fn stop(mut self) -> DaemonSummary {
        let _ = self.stop.take().unwrap().send(());
        self.task.await.unwrap()
    }
}

/// Waits (up to `limit`) until `webhook` got an alert of `kind`; returns how long it took.
async fn until_alert(webhook: &Webhook, kind: &str, limit: Duration) -> Duration {
    let started = Instant::now();
    while webhook.count(kind) == 0 {
        assert!(
            started.elapsed() < limit,
            "no {kind} alert after {limit:?}: {:?}",
            webhook.kinds()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    started.elapsed()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_frozen_chain_turns_health_503_and_alerts_within_the_stall_limit() {
    let suite = Suite::deploy().await;
    suite.mine_every_second().await;
    let webhook = Webhook::start().await;
    let stall_after = 10;
    let toml = format!(
        "[daemon]\npoll_interval_ms = 1000\nhead_stall_after_secs = {stall_after}\n\
         [alerts]\nwebhook_url = \"{}\"\n",
        webhook.url
    );
    let daemon = Daemon::start(&suite, &[suite.chain.endpoint()], &toml).await;
    daemon.until_health(200, Duration::from_secs(10)).await;
    // Healthy for longer than the limit while blocks come.
    tokio::time::sleep(Duration::from_secs(stall_after + 2)).await;
    assert_eq!(daemon.health().await.0, 200);

    suite.freeze().await;
    let frozen_at = Instant::now();
    let (body, to_503) = daemon
        .until_health(503, Duration::from_secs(stall_after + 10))
        .await;
    assert_eq!(body["status"], "chain_stalled", "{body}");
    let problem = body["problems"][0].as_str().unwrap();
    assert!(
        problem.starts_with("the chain head's timestamp has not advanced for"),
        "{problem}"
    );
    until_alert(&webhook, "chain_stalled", Duration::from_secs(5)).await;
    let to_alert = frozen_at.elapsed();
    eprintln!(
        "frozen chain: /health 503 after {:.1} s, chain_stalled alert after {:.1} s \
         (head_stall_after_secs = {stall_after})",
        to_503.as_secs_f64(),
        to_alert.as_secs_f64()
    );
    // Detected once the limit passed, within the limit plus a poll and a watch interval.
    assert!(to_503 <= Duration::from_secs(stall_after + 3), "{to_503:?}");
    assert!(
        to_alert <= Duration::from_secs(stall_after + 4),
        "{to_alert:?}"
    );

    // Still frozen: no second alert. Blocks again: healthy again.
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(webhook.count("chain_stalled"), 1, "{:?}", webhook.kinds());
    suite.mine_every_second().await;
    daemon.until_health(200, Duration::from_secs(10)).await;
    daemon.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sixty_second_outage_raises_one_alert_and_recovers() {
    let suite = Suite::deploy().await;
    let proxy = Proxy::start(suite.upstream()).await;
    let webhook = Webhook::start().await;
    let toml = format!(
        "[daemon]\npoll_interval_ms = 1000\n\
         [rpc]\nrequest_timeout_secs = 1\nattempts = 2\ninitial_backoff_ms = 100\n\
         [alerts]\nwebhook_url = \"{}\"\n",
        webhook.url
    );
    let daemon = Daemon::start(&suite, std::slice::from_ref(&proxy.url), &toml).await;
    daemon.until_health(200, Duration::from_secs(10)).await;

    proxy.set(Fault::Down);
    let down_at = Instant::now();
    let to_alert = until_alert(&webhook, "rpc_unreachable", Duration::from_secs(20)).await;
    tokio::time::sleep(Duration::from_secs(60).saturating_sub(down_at.elapsed())).await;
    proxy.set(Fault::None);
    let failed = daemon
        .metrics
        .rpc_failed_in_a_row
        .load(std::sync::atomic::Ordering::Relaxed);
    eprintln!(
        "60 s outage: rpc_unreachable alert after {:.1} s; {failed} reads failed in a row",
        to_alert.as_secs_f64()
    );
    assert!(failed >= 10, "reads kept being tried: {failed}");
    daemon.until_health(200, Duration::from_secs(10)).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(
        webhook.count("rpc_unreachable"),
        1,
        "one alert for one outage: {:?}",
        webhook.kinds()
    );
    assert_eq!(
        daemon
            .metrics
            .rpc_failed_in_a_row
            .load(std::sync::atomic::Ordering::Relaxed),
        0
    );
    daemon.stop().await;
}

/// A backup that follows the primary until it is started, then stops: a fork of it that mines
/// only when sent something.
fn lagging_backup(primary: &str) -> AnvilInstance {
    let toolchain = Toolchain::locate().unwrap();
    Anvil::at(toolchain.anvil()).fork(primary).spawn()
}

async fn backup_head(backup: &AnvilInstance) -> u64 {
    alloy::providers::ProviderBuilder::new()
        .connect_http(backup.endpoint_url())
        .get_block_number()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_the_primary_pauses_the_keeper_leaves_the_lagging_backup_once_it_recovers() {
    let suite = Suite::deploy().await;
    suite.mine_every_second().await;
    let proxy = Proxy::start(suite.upstream()).await;
    // Forked now, the backup stands still while the primary goes on.
    let backup = tokio::task::spawn_blocking({
        let primary = suite.chain.endpoint();
        move || lagging_backup(&primary)
    })
    .await
    .unwrap();
    let toml = "[daemon]\npoll_interval_ms = 500\n\
                [rpc]\nrequest_timeout_secs = 1\nattempts = 1\nprobe_interval_secs = 2\n";
    let urls = [proxy.url.clone(), backup.endpoint()];
    let daemon = Daemon::start(&suite, &urls, toml).await;
    daemon.until_health(200, Duration::from_secs(10)).await;

    // The primary pauses for 4 seconds: the keeper fails over to the backup and goes on
    // completing passes there.
    proxy.set(Fault::Paused);
    tokio::time::sleep(Duration::from_secs(1)).await;
    let ticks = daemon.ticks();
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert!(daemon.ticks() > ticks, "no pass completed on the backup");
    let on_backup = daemon.last_block();
    assert_eq!(on_backup, backup_head(&backup).await, "reading the backup");
    proxy.set(Fault::None);
    let resumed = Instant::now();

    // Within a probe interval (and a pass) the keeper reads the primary's head again.
    loop {
        let head = suite.head().await;
        let seen = daemon.last_block();
        if seen + 2 >= head && seen > on_backup {
            break;
        }
        assert!(
            resumed.elapsed() < Duration::from_secs(10),
            "still reading block {seen} (backup) while the primary is at {head}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    eprintln!(
        "failover came back to the primary {:.1} s after it resumed (on the backup: block {on_backup})",
        resumed.elapsed().as_secs_f64()
    );
    // And stays there while the primary goes on.
    tokio::time::sleep(Duration::from_secs(4)).await;
    assert!(daemon.last_block() + 3 >= suite.head().await);
    daemon.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fee_spike_failing_thirty_passes_posts_one_webhook_per_failing_step() {
    let mut suite = Suite::deploy().await;
    suite.world.seat(3).await.unwrap();
    let admin = suite.chain.provider();
    let webhook = Webhook::start().await;
    let toml = format!(
        "[sender]\nmax_fee_per_gas_gwei = 50\nmax_priority_fee_per_gas_gwei = 1\n\
         [alerts]\nwebhook_url = \"{}\"\n",
        webhook.url
    );
    let keeper = suite
        .start_keeper(&toml, &suite.key, &[suite.chain.endpoint()], None)
        .await;
    suite.warp_to_next_rotation().await.unwrap();

    let started = Instant::now();
    let mut reasons = Vec::new();
    for spike in 0..30u128 {
        // The base fee climbs past the 50 gwei cap, a little more every block.
        admin
            .anvil_set_next_block_base_fee_per_gas((200 + 7 * spike) * 1_000_000_000)
            .await
            .unwrap();
        admin.anvil_mine(Some(1), None).await.unwrap();
        let report = keeper.tick().await.unwrap();
        // The rotation and the distribution it makes due both fail on the fee cap.
        let steps: Vec<&str> = report.failures.iter().map(|f| f.step.name()).collect();
        assert_eq!(steps, ["rotate", "distribute"], "{report:?}");
        reasons.push(report.failures[0].reason.clone());
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    let elapsed = started.elapsed();
    assert!(elapsed < Duration::from_secs(60), "{elapsed:?}");
    assert_ne!(
        reasons[0], reasons[29],
        "each failure names its own base fee"
    );
    assert!(reasons[0].contains("above the fee cap"), "{}", reasons[0]);
    let posted: Vec<(String, String)> = webhook
        .received
        .lock()
        .unwrap()
        .iter()
        .map(|alert| {
            (
                alert["kind"].as_str().unwrap_or_default().to_owned(),
                alert["details"]["step"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
            )
        })
        .collect();
    assert_eq!(
        posted,
        [
            ("job_failed".to_owned(), "rotate".to_owned()),
            ("job_failed".to_owned(), "distribute".to_owned())
        ],
        "60 failures in {elapsed:?}: one post per failing step"
    );
}
