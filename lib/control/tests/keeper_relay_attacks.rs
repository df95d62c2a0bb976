//! The relay and its public intake under attack, on anvil with the deployed suite and the
//! daemon run in-process: a flood of forged, padded and junk evidence costs the keeper no ETH;
//! evidence accepted before a restart is relayed after it; and a full evidence queue does not
//! delay a due rotation.

// Helpers outside `#[test]` functions fail the test on any error, as the tests themselves do.
#![allow(clippy::unwrap_used)]

mod common;

use std::{
    net::SocketAddr,
    path::{Path, PathBuf},
    sync::Arc,
    time::{Duration, Instant},
};

use common::World;

use alloy::{
    primitives::Address,
    providers::{ext::AnvilApi, Provider},
    rpc::types::Filter,
    signers::local::PrivateKeySigner,
};
use serde_json::Value;
use tokio::{net::TcpListener, sync::oneshot, task::JoinHandle};
use xmtp_bindings::{
    misbehavior_reports::MisbehaviorReports, node_selection_manager::NodeSelectionManager,
};
use xmtp_devkit::{
    deployments::{MISBEHAVIOR_REPORTS, NODES},
    devnet::{self},
    equivocation,
    keeper::{
        alerts::Alerter,
        daemon::{self, DaemonError, DaemonOptions, DaemonSummary},
        http::HealthPolicy,
        metrics::{Metrics, RelayOutcome},
        relay::{economics::PriceFeed, limits::IntakeLimits, worker::ProfitPolicy},
        setup::Runtime,
    },
    nodes::add_node,
};

impl World {
    fn reports(&self) -> Address {
        self.deployments.proxy(MISBEHAVIOR_REPORTS).unwrap()
    }

    /// A node registered with a key but never staked: a report against it slashes nothing.
    async fn unstaked_node(&self) -> (u32, PrivateKeySigner) {
        let key = PrivateKeySigner::random();
        let owner = PrivateKeySigner::random().address();
        let nodes = self.deployments.proxy(NODES).unwrap();
        let id = add_node(&self.admin, nodes, owner, &key, "https://idle.example")
            .await
            .unwrap();
        (id, key)
    }

    /// The events `MisbehaviorReports` emitted from block `from` on (commitments, reports).
    async fn report_logs(&self, from: u64) -> usize {
        let filter = Filter::new().address(self.reports()).from_block(from);
        self.admin.get_logs(&filter).await.unwrap().len()
    }

    async fn is_reported(&self, node_id: u32, sequence_id: u64) -> bool {
        MisbehaviorReports::new(self.reports(), &self.admin)
            .isReported(node_id, sequence_id)
            .call()
            .await
            .unwrap()
    }
}

fn temp_path(name: &str, salt: u16) -> PathBuf {
    std::env::temp_dir().join(format!("keeper-relay-{}-{salt}-{name}", std::process::id()))
}

/// Two envelopes `key` signed for node `node_id` at `sequence_id` that differ in their
/// timestamp, each carrying `padding` bytes of an unknown field.
fn equivocation(node_id: u32, key: &PrivateKeySigner, sequence_id: u64, padding: usize) -> Value {
    equivocation::json(node_id, key, sequence_id, padding).unwrap()
}

/// The daemon, in-process, as `keeper run` starts it.
struct Daemon {
    shutdown: Option<oneshot::Sender<()>>,
    task: JoinHandle<Result<DaemonSummary, DaemonError>>,
    intake: Option<SocketAddr>,
    metrics: Arc<Metrics>,
}

struct Setup<'a> {
    toml: &'a str,
    evidence_dir: Option<&'a Path>,
    intake: bool,
    limits: IntakeLimits,
    guard: Duration,
    /// Where alerts go, if anywhere.
    webhook: Option<reqwest::Url>,
}

impl Daemon {
    async fn start(world: &World, key: &PrivateKeySigner, setup: Setup<'_>) -> Self {
        let config = world.config(setup.toml, key, &[world.chain.endpoint()], None);
        let runtime = Runtime::start(&config, false).await.unwrap();
        let signing = runtime.signing.unwrap();
        signing
            .relay
            .ledger()
            .set_budget_wei(config.relay.hourly_gas_budget_wei);
        let mut options = DaemonOptions::new(
            config.daemon.poll_interval,
            HealthPolicy::with_stale_after(Duration::from_secs(60)),
        );
        options.profit = ProfitPolicy::for_chain(
            runtime.chain_id,
            PriceFeed::new(config.relay.price.clone(), config.relay.price_cache),
            config.relay.profit_margin_bps,
        );
        options.evidence_dir = setup.evidence_dir.map(Path::to_path_buf);
        options.intake_limits = Arc::new(setup.limits);
        options.relay_guard = setup.guard;
        options.alerter = setup
            .webhook
            .map(|url| Arc::new(Alerter::new(Some(url), key.address(), runtime.chain_id)));
        let mut intake = None;
        if setup.intake {
            let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
            intake = Some(listener.local_addr().unwrap());
            options.intake_listener = Some(listener);
        }
        let (shutdown, stop) = oneshot::channel::<()>();
        let task = tokio::spawn(daemon::run(
            signing.keeper,
            signing.relay,
            options,
            async move {
                let _ = stop.await;
            },
        ));
        Self {
            shutdown: Some(shutdown),
            task,
            intake,
            metrics: runtime.metrics,
        }
    }

    async fn post(&self, body: &str) -> (u16, Option<String>, Value) {
        let url = format!("http://{}/v1/misbehavior", self.intake.unwrap());
        let response = reqwest::Client::new()
            .post(url)
            .header("content-type", "application/json")
            .body(body.to_owned())
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get("retry-after")
            .map(|value| value.to_str().unwrap().to_owned());
        let body = response.json().await.unwrap_or(Value::Null);
        (status, retry_after, body)
    }

    async fn stop(mut self) -> DaemonSummary {
        self.shutdown.take().unwrap().send(()).unwrap();
        tokio::time::timeout(Duration::from_secs(30), self.task)
            .await
            .expect("the daemon stops")
            .unwrap()
            .unwrap()
    }
}

async fn wait_for(what: &str, timeout: Duration, mut done: impl AsyncFnMut() -> bool) {
    let deadline = Instant::now() + timeout;
    while !done().await {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

const FAST: &str = "[daemon]\npoll_interval_ms = 200\n[sender]\npoll_interval_ms = 20\n";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_of_forged_evidence_costs_no_eth() {
    let world = World::new(3).await;
    let key = world.keeper_key().await;
    let balance_before = world.admin.get_balance(key.address()).await.unwrap();
    let first_block = world.admin.get_block_number().await.unwrap() + 1;
    let (node_id, node_key) = world.unstaked_node().await;
    // A price makes the profit check run even on anvil, as it does on every public chain.
    let toml = format!("{FAST}[relay]\nxmtp_price_eth = 0.001\n");
    let daemon = Daemon::start(
        &world,
        &key,
        Setup {
            toml: &toml,
            evidence_dir: None,
            intake: true,
            limits: IntakeLimits::new(6_000, 1_000, 4),
            guard: Duration::ZERO,
            webhook: None,
        },
    )
    .await;

    let mut statuses = std::collections::BTreeMap::<u16, usize>::new();
    for i in 0..60u64 {
        let body = match i % 3 {
            // Forged equivocations at fresh sequence ids against a node with nothing staked.
            0 => equivocation(node_id, &node_key, 1_000 + i, 0).to_string(),
            // The same, padded with ~60 KB of a field nobody reads.
            1 => equivocation(node_id, &node_key, 1_000 + i, 60_000).to_string(),
            _ => format!("{{\"kind\": \"junk\", \"n\": {i}}}"),
        };
        let (status, retry_after, body) = daemon.post(&body).await;
        assert!(
            !body.to_string().contains("127.0.0.1"),
            "no internal detail: {body}"
        );
        if status == 429 {
            assert!(retry_after.is_some(), "429 says when to retry");
        }
        *statuses.entry(status).or_default() += 1;
    }
    // The node's hourly count caps what is accepted against it (fewer once the chain has
    // refused a report against it: the node is then refused at once).
    let accepted = statuses.get(&202).copied().unwrap_or(0);
    assert!((1..=4).contains(&accepted), "{statuses:?}");
    assert_eq!(statuses[&400], 20, "junk refused: {statuses:?}");
    // Give the relay time to price what was accepted.
    tokio::time::sleep(Duration::from_secs(3)).await;

    let metrics = Arc::clone(&daemon.metrics);
    daemon.stop().await;
    assert_eq!(metrics.relay_gas_spent(), 0);
    assert_eq!(metrics.relayed(RelayOutcome::Submitted), 0);
    assert_eq!(
        world.report_logs(first_block).await,
        0,
        "nothing reached MisbehaviorReports"
    );
    // The chain refused the first report it was asked to price (`NothingToSlash`): the node's
    // further evidence is refused at the intake without a read, or by its hourly count.
    assert!(
        metrics.relayed(RelayOutcome::Refused) > 0,
        "the contract's refusal was read as a refusal"
    );
    assert!(metrics.rejected("node_refused") + metrics.rejected("rate_limited_node") > 0);
    assert!(metrics.rejected("not_evidence_json") > 0);
    let balance_after = world.admin.get_balance(key.address()).await.unwrap();
    let spent_by_jobs = metrics
        .transactions_sent
        .load(std::sync::atomic::Ordering::Relaxed);
    if spent_by_jobs == 0 {
        assert_eq!(balance_after, balance_before, "the keeper spent no ETH");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_address_flooding_the_intake_is_answered_429_with_retry_after() {
    let world = World::new(3).await;
    let key = world.keeper_key().await;
    let node = &world.seated[0];
    let daemon = Daemon::start(
        &world,
        &key,
        Setup {
            toml: FAST,
            evidence_dir: None,
            intake: true,
            limits: IntakeLimits::new(30, 10, 4),
            guard: Duration::from_secs(86_400),
            webhook: None,
        },
    )
    .await;
    let load =
        |counter: &std::sync::atomic::AtomicU64| counter.load(std::sync::atomic::Ordering::Relaxed);
    // The first pass rotates (a dozen requests: simulate, estimate, fees, send, receipt): the count
    // below is of what the POSTs and idle passes cost, so it starts once that pass is over.
    tokio::time::timeout(Duration::from_secs(60), async {
        while load(&daemon.metrics.ticks) == 0 {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("the daemon's first pass ends within a minute");
    let (rpc_before, ticks_before) = (
        load(&daemon.metrics.rpc_requests),
        load(&daemon.metrics.ticks),
    );
    let mut limited = 0u64;
    for i in 0..50u64 {
        let body = equivocation(node.id, &PrivateKeySigner::random(), i, 0).to_string();
        let (status, retry_after, _) = daemon.post(&body).await;
        if status == 429 {
            limited += 1;
            let secs: u64 = retry_after.unwrap().parse().unwrap();
            assert!(
                (1..=2).contains(&secs),
                "30 a minute: one every 2 s, got {secs}"
            );
        } else {
            assert_eq!(status, 400, "a stranger's signature is refused");
        }
    }
    // A burst of 10, then one every 2 s while the 50 requests take their time.
    assert!((36..=40).contains(&limited), "{limited} answered 429");
    let reads = load(&daemon.metrics.rpc_requests) - rpc_before;
    // The jobs read too: one request a pass (two with a head probe), however slow the machine.
    let passes = load(&daemon.metrics.ticks) - ticks_before + 1;
    let admitted = 50 - limited;
    assert!(
        reads <= admitted + 2 * passes + 2,
        "{reads} RPC requests for 50 POSTs ({admitted} admitted, {passes} passes): at most one signer read each"
    );
    daemon.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn evidence_accepted_before_a_restart_is_relayed_after_it() {
    let world = World::new(3).await;
    let key = world.keeper_key().await;
    let node = &world.seated[0];
    let dir = temp_path("evidence", world.chain.endpoint_url().port().unwrap());
    let _ = std::fs::remove_dir_all(&dir);

    // A budget of 0: the first daemon takes evidence but relays nothing, then is stopped.
    let toml = format!("{FAST}[relay]\nhourly_gas_budget_eth = 0\n");
    let daemon = Daemon::start(
        &world,
        &key,
        Setup {
            toml: &toml,
            evidence_dir: Some(&dir),
            intake: true,
            limits: IntakeLimits::default(),
            guard: Duration::ZERO,
            webhook: None,
        },
    )
    .await;
    let (status, _, body) = daemon
        .post(&equivocation(node.id, &node.signing_key, 77, 0).to_string())
        .await;
    assert_eq!(status, 202, "{body}");
    let intake = daemon.intake.unwrap();
    let summary = daemon.stop().await;
    assert!(
        tokio::net::TcpStream::connect(intake).await.is_err(),
        "the intake closed"
    );
    assert_eq!(summary.evidence_dropped, 1);
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1, "kept on disk");
    assert!(!world.is_reported(node.id, 77).await);

    // The next start, with a budget and no intake at all, relays it and forgets it.
    let daemon = Daemon::start(
        &world,
        &key,
        Setup {
            toml: FAST,
            evidence_dir: Some(&dir),
            intake: false,
            limits: IntakeLimits::default(),
            guard: Duration::ZERO,
            webhook: None,
        },
    )
    .await;
    wait_for("the report", Duration::from_secs(60), async || {
        world.is_reported(node.id, 77).await
    })
    .await;
    wait_for("the file's removal", Duration::from_secs(10), async || {
        std::fs::read_dir(&dir).unwrap().count() == 0
    })
    .await;
    let summary = daemon.stop().await;
    assert_eq!(summary.evidence_dropped, 0);
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_due_rotation_goes_out_in_the_first_pass_with_a_full_evidence_queue() {
    let world = World::new(3).await;
    let key = world.keeper_key().await;
    // One block a second, as on a real chain: each relayed report takes two blocks.
    world.admin.anvil_set_auto_mine(false).await.unwrap();
    world.admin.anvil_set_interval_mining(1).await.unwrap();
    let daemon = Daemon::start(
        &world,
        &key,
        Setup {
            toml: FAST,
            evidence_dir: None,
            intake: true,
            limits: IntakeLimits::new(100_000, 100_000, 100_000),
            guard: Duration::from_secs(60),
            webhook: None,
        },
    )
    .await;
    // The rotation falls due in 40 s: within the relay's 60 s guard, so the evidence that
    // arrives now waits behind it (each seated node can be slashed once per jail period, so
    // only a guard keeps a queue of valid evidence from being relayed or refused at once).
    let manager = NodeSelectionManager::new(world.contracts.selection, &world.admin);
    let rotations_before = world.rotations().await;
    let next = u64::try_from(manager.nextRotationAt().call().await.unwrap()).unwrap();
    devnet::advance_to(&world.admin, next - 40).await.unwrap();
    let ticks = |metrics: &Metrics| metrics.ticks.load(std::sync::atomic::Ordering::Relaxed);
    let seen = ticks(&daemon.metrics) + 2;
    wait_for(
        "a pass that sees the rotation coming",
        Duration::from_secs(10),
        async || ticks(&daemon.metrics) >= seen,
    )
    .await;
    // A full queue: evidence against every seated node at many sequence ids.
    let mut accepted = 0;
    for i in 0..daemon::EVIDENCE_QUEUE as u64 {
        let node = &world.seated[i as usize % world.seated.len()];
        let (status, _, body) = daemon
            .post(&equivocation(node.id, &node.signing_key, 10_000 + i, 0).to_string())
            .await;
        if status == 202 {
            accepted += 1;
        } else {
            assert_eq!(status, 503, "{body}");
        }
    }
    assert!(
        accepted >= daemon::EVIDENCE_QUEUE / 2,
        "{accepted} accepted"
    );

    devnet::advance_to(&world.admin, next).await.unwrap();
    let due_at = Instant::now();
    let ticks_when_due = ticks(&daemon.metrics);
    wait_for("the rotation", Duration::from_secs(30), async || {
        world.rotations().await > rotations_before
    })
    .await;
    let delay = due_at.elapsed();
    let passes = ticks(&daemon.metrics) - ticks_when_due;
    let pending = daemon
        .metrics
        .evidence_pending
        .load(std::sync::atomic::Ordering::Relaxed);
    println!("job delay with a full evidence queue: {delay:?}, {passes} passes, {pending} pending, submitted {}, refused {}, dup {}, failed {}", daemon.metrics.relayed(RelayOutcome::Submitted), daemon.metrics.relayed(RelayOutcome::Refused), daemon.metrics.relayed(RelayOutcome::Duplicate), daemon.metrics.relayed(RelayOutcome::Failed));
    // The pass running when the clock jumped, then the first pass after it.
    assert!(passes <= 2, "rotation after {passes} passes");
    assert!(delay < Duration::from_secs(8), "rotation after {delay:?}");
    assert!(pending > 100, "the queue was still full of evidence");
    daemon.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_spent_hourly_budget_stops_relaying_and_says_so() {
    let world = World::new(3).await;
    let key = world.keeper_key().await;
    // A millionth of an ETH an hour: less than one report costs.
    let toml = format!("{FAST}[relay]\nhourly_gas_budget_eth = 0.000001\n");
    let daemon = Daemon::start(
        &world,
        &key,
        Setup {
            toml: &toml,
            evidence_dir: None,
            intake: true,
            limits: IntakeLimits::default(),
            guard: Duration::ZERO,
            webhook: None,
        },
    )
    .await;
    let (first, second) = (&world.seated[0], &world.seated[1]);
    let (status, _, _) = daemon
        .post(&equivocation(first.id, &first.signing_key, 5, 0).to_string())
        .await;
    assert_eq!(status, 202);
    wait_for("the first report", Duration::from_secs(60), async || {
        world.is_reported(first.id, 5).await
    })
    .await;
    let (status, _, _) = daemon
        .post(&equivocation(second.id, &second.signing_key, 6, 0).to_string())
        .await;
    assert_eq!(status, 202);
    let metrics = Arc::clone(&daemon.metrics);
    wait_for("the budget alarm", Duration::from_secs(30), async || {
        metrics
            .relay_budget_spent
            .load(std::sync::atomic::Ordering::Relaxed)
            == 1
    })
    .await;
    assert!(metrics.relay_gas_spent() > 1_000_000_000_000);
    assert!(
        !world.is_reported(second.id, 6).await,
        "nothing sent past the budget"
    );
    assert!(metrics.render().contains("keeper_relay_budget_spent 1"));
    let summary = daemon.stop().await;
    assert_eq!(summary.evidence_dropped, 1);
}

/// Collects the JSON bodies POSTed to it (an alert webhook).
async fn webhook() -> (reqwest::Url, Arc<std::sync::Mutex<Vec<Value>>>) {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap())
        .parse()
        .unwrap();
    let posts = Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = Arc::clone(&posts);
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let mut request = Vec::new();
            let mut buf = [0u8; 8192];
            // Headers, then as many body bytes as content-length says.
            loop {
                let n = stream.read(&mut buf).await.unwrap_or(0);
                if n == 0 {
                    break;
                }
                request.extend_from_slice(&buf[..n]);
                let text = String::from_utf8_lossy(&request).to_string();
                if let Some((head, body)) = text.split_once("\r\n\r\n") {
                    let length = head
                        .lines()
                        .find_map(|line| {
                            let (name, value) = line.split_once(':')?;
                            name.eq_ignore_ascii_case("content-length")
                                .then(|| value.trim().parse::<usize>().ok())?
                        })
                        .unwrap_or(0);
                    if body.len() >= length {
                        if let Ok(json) = serde_json::from_str(body) {
                            seen.lock().unwrap().push(json);
                        }
                        break;
                    }
                }
            }
            let _ = stream
                .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
                .await;
        }
    });
    (url, posts)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_relay_raises_relay_failed_and_a_failing_job_does_not_hold_it_up() {
    let world = World::new(3).await;
    let key = world.keeper_key().await;
    let (url, posts) = webhook().await;
    // A fee cap of one wei: the simulation passes, the send cannot be priced.
    let toml = "[daemon]\npoll_interval_ms = 200\n[sender]\npoll_interval_ms = 20\n\
        max_fee_per_gas_gwei = 0.000000001\nmax_priority_fee_per_gas_gwei = 0.000000001\n";
    let daemon = Daemon::start(
        &world,
        &key,
        Setup {
            toml,
            evidence_dir: None,
            intake: true,
            limits: IntakeLimits::default(),
            guard: Duration::ZERO,
            webhook: Some(url),
        },
    )
    .await;
    let node = &world.seated[0];
    let (status, _, body) = daemon
        .post(&equivocation(node.id, &node.signing_key, 9, 0).to_string())
        .await;
    assert_eq!(status, 202, "{body}");
    wait_for(
        "the relay_failed alert",
        Duration::from_secs(30),
        async || {
            posts
                .lock()
                .unwrap()
                .iter()
                .any(|post| post["kind"] == "relay_failed")
        },
    )
    .await;
    let alert = posts
        .lock()
        .unwrap()
        .iter()
        .find(|post| post["kind"] == "relay_failed")
        .cloned()
        .unwrap();
    assert_eq!(alert["details"]["node_id"], node.id);
    assert!(
        alert["details"]["error"]
            .as_str()
            .unwrap()
            .contains("fee cap"),
        "{alert}"
    );
    assert!(daemon.metrics.relayed(RelayOutcome::Failed) >= 1);
    assert!(!world.is_reported(node.id, 9).await);
    daemon.stop().await;
}
