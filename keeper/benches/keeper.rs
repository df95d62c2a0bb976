//! `cargo bench -p keeper --bench keeper` (`make bench`): the keeper's figures on anvil, as a
//! Markdown table on stdout and JSON in `target/bench/keeper.json`.
//!
//! - JSON-RPC requests per idle tick (goal: 1).
//! - Blocks from the first block at which a rotation is due to the block that includes it, with
//!   the daemon (the real binary) and anvil mining one block per second (goal: at most 2).
//! - The daemon's resident memory, current and peak (goal: under 30 MB).
//! - ETH the keeper spends per 1,000 hostile POSTs to its intake: forged equivocations against
//!   an unstaked node, the same padded with ~60 KB, and junk (goal: 0).
//! - The job delay with a full evidence queue: blocks from due to the rotation while 256 pieces
//!   of valid evidence wait (goal: none, the rotation in the first pass after it falls due).
//! - Time to detect a frozen chain: from stopping anvil's mining to `/health` answering 503 and
//!   to the `chain_stalled` alert reaching a webhook, with the live-chain default
//!   `daemon.head_stall_after_secs = 90` (goal: under 2 minutes).

// A benchmark is a test harness: any failure should stop it loudly.
#![allow(clippy::unwrap_used, missing_docs)]

use std::{
    io::{Read as _, Write as _},
    process::{Command, Stdio},
    sync::{atomic::Ordering, Arc, Mutex},
    time::{Duration, Instant},
};

use alloy::{
    primitives::{Bytes, U256},
    providers::{ext::AnvilApi, Provider},
    rpc::types::Filter,
    signers::local::PrivateKeySigner,
    sol_types::SolEvent,
};
use serde_json::json;
use tokio::{
    io::{AsyncReadExt as _, AsyncWriteExt as _},
    net::{TcpListener, TcpStream},
};
use xmtp_bindings::node_selection_manager::NodeSelectionManager;
use xmtp_devkit::{
    deployments::NODES,
    devnet::LocalChain,
    evidence::envelope::{PayerEnvelope, SignedOriginatorEnvelope, UnsignedOriginatorEnvelope},
    keeper::{
        config::{Config, FileConfig, KeyRequirement, Overrides},
        setup::Runtime,
    },
    nodes::add_node,
    selection::{seat_nodes, SeatingContracts},
};

/// Hostile POSTs sent to the intake.
const HOSTILE_POSTS: u64 = 1_000;

/// The daemon's settings for the bench: a price, so that relaying is priced as on any public
/// chain, and intake limits high enough for one address to fill the evidence queue.
const DAEMON_TOML: &str = "[relay]\nxmtp_price_eth = 0.0001\nintake_per_ip_per_minute = 100000\n\
    intake_burst = 100000\nevidence_per_node_per_hour = 10000\n";

/// The head-stall limit of live chains (anvil, a local chain, has the rule off by default).
const HEAD_STALL_AFTER_SECS: u64 = 90;

/// Rotations observed in daemon mode.
const ROTATIONS: usize = 5;

/// Idle ticks measured.
const IDLE_TICKS: u64 = 20;

#[tokio::main]
async fn main() {
    let chain = LocalChain::start().await.unwrap();
    let deployments = chain.deploy_suite().await.unwrap();
    let admin = chain.provider();
    let contracts = SeatingContracts::from_deployments(&deployments).unwrap();
    let (seated, _) = seat_nodes(&chain, &admin, contracts, 3).await.unwrap();
    let record = std::env::temp_dir().join(format!("keeper-bench-{}.json", std::process::id()));
    std::fs::write(&record, serde_json::to_string(&deployments).unwrap()).unwrap();
    let key = PrivateKeySigner::random();
    admin
        .anvil_set_balance(key.address(), U256::from(10u128.pow(19)))
        .await
        .unwrap();
    let key_hex = alloy::hex::encode_prefixed(key.to_bytes());

    // Requests per idle tick, counted by the keeper's own transport.
    let config = Config::resolve(
        FileConfig::default(),
        Overrides {
            rpc_urls: Some(vec![chain.endpoint()]),
            deployments: Some(record.clone()),
            private_key: Some(key_hex.clone()),
            ..Overrides::default()
        },
        KeyRequirement::Required,
    )
    .unwrap();
    let runtime = Runtime::start(&config, false).await.unwrap();
    let keeper = runtime.signing.unwrap().keeper;
    keeper.tick().await.unwrap();
    let before = runtime.metrics.rpc_requests.load(Ordering::Relaxed);
    for _ in 0..IDLE_TICKS {
        let report = keeper.tick().await.unwrap();
        assert!(report.done.is_empty(), "the bench expects an idle suite");
    }
    let per_idle_tick =
        (runtime.metrics.rpc_requests.load(Ordering::Relaxed) - before) as f64 / IDLE_TICKS as f64;

    // The daemon against one-second blocks.
    admin.anvil_set_auto_mine(false).await.unwrap();
    admin.anvil_set_interval_mining(1).await.unwrap();
    let free_port = || {
        std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port()
    };
    let port = free_port();
    let intake = free_port();
    let daemon_toml =
        std::env::temp_dir().join(format!("keeper-bench-{}.toml", std::process::id()));
    std::fs::write(
        &daemon_toml,
        format!("[daemon]\nhead_stall_after_secs = {HEAD_STALL_AFTER_SECS}\n\n{DAEMON_TOML}"),
    )
    .unwrap();
    let webhook = StallWebhook::start().await;
    let mut daemon = Command::new(env!("CARGO_BIN_EXE_keeper"))
        .args([
            "--log-level",
            "warn",
            "--config",
            daemon_toml.to_str().unwrap(),
            "run",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--intake-listen",
            &format!("127.0.0.1:{intake}"),
        ])
        .env("KEEPER_RPC_URL", chain.endpoint())
        .env("KEEPER_DEPLOYMENTS", &record)
        .env("KEEPER_PRIVATE_KEY", &key_hex)
        .env("KEEPER_ALERT_WEBHOOK", &webhook.url)
        .stdout(Stdio::null())
        .spawn()
        .unwrap();

    let deadline = Instant::now() + Duration::from_secs(60);
    while http(port, "GET", "/health", "").0 != 200 {
        assert!(Instant::now() < deadline, "the daemon did not come up");
        std::thread::sleep(Duration::from_millis(200));
    }

    // 1,000 hostile POSTs: what do they cost the keeper?
    let balance_before = admin.get_balance(key.address()).await.unwrap();
    let idle_key = PrivateKeySigner::random();
    let idle = add_node(
        &admin,
        deployments.proxy(NODES).unwrap(),
        PrivateKeySigner::random().address(),
        &idle_key,
        "https://idle.example",
    )
    .await
    .unwrap();
    let mut hostile_statuses = std::collections::BTreeMap::<u16, u64>::new();
    for i in 0..HOSTILE_POSTS {
        let body = match i % 3 {
            0 => equivocation(idle, &idle_key, 1_000_000 + i, 0).to_string(),
            1 => equivocation(idle, &idle_key, 1_000_000 + i, 60_000).to_string(),
            _ => format!("{{\"kind\": \"junk\", \"n\": {i}}}"),
        };
        *hostile_statuses
            .entry(http(intake, "POST", "/v1/misbehavior", &body).0)
            .or_default() += 1;
    }
    // Let the relay price and refuse what it accepted.
    tokio::time::sleep(Duration::from_secs(10)).await;
    let relay_spent_wei = metric(
        &http(port, "GET", "/metrics", "").1,
        "keeper_relay_gas_spent_wei_total",
    );
    let balance_after = admin.get_balance(key.address()).await.unwrap();
    let hostile_eth = u128::try_from(balance_before.saturating_sub(balance_after))
        .unwrap_or(u128::MAX) as f64
        / 1e18;

    // A full evidence queue: valid evidence against the seated nodes.
    let mut queued = 0u64;
    for i in 0..daemon_queue() {
        let node = &seated[i as usize % seated.len()];
        let body = equivocation(node.id, &node.signing_key, 2_000_000 + i, 0).to_string();
        if http(intake, "POST", "/v1/misbehavior", &body).0 == 202 {
            queued += 1;
        }
    }
    let mut pending_at_due = None;

    let manager = NodeSelectionManager::new(contracts.selection, &admin);
    let mut lags = Vec::new();
    for _ in 0..ROTATIONS {
        let due = u64::try_from(manager.nextRotationAt().call().await.unwrap()).unwrap();
        let now = admin
            .get_block_by_number(Default::default())
            .await
            .unwrap()
            .unwrap()
            .header
            .timestamp;
        // Jump to five seconds before the rotation is due, then let one-second blocks run.
        if due > now + 5 {
            admin.anvil_increase_time(due - now - 5).await.unwrap();
        }
        if pending_at_due.is_none() {
            pending_at_due = Some(metric(
                &http(port, "GET", "/metrics", "").1,
                "keeper_evidence_pending",
            ));
        }
        let rotation_block = wait_for_rotation(&admin, contracts.selection, due).await;
        let due_block = first_block_at(&admin, due, rotation_block).await;
        lags.push(rotation_block - due_block);
    }
    let status = std::fs::read_to_string(format!("/proc/{}/status", daemon.id())).unwrap();
    let rss_kb = proc_kb(&status, "VmRSS:");
    let peak_kb = proc_kb(&status, "VmHWM:");
    let (to_503, to_alert) = frozen_chain_detection(&admin, port, &webhook).await;
    let _ = Command::new("kill")
        .args(["-TERM", &daemon.id().to_string()])
        .status();
    let _ = daemon.wait();
    let _ = std::fs::remove_file(&record);
    let _ = std::fs::remove_file(&daemon_toml);

    let worst = lags.iter().copied().max().unwrap_or_default();
    let full_queue_lag = lags.first().copied().unwrap_or_default();
    let pending_at_due = pending_at_due.unwrap_or_default();
    let table = format!(
        "| keeper measure | value | goal |\n| --- | ---: | ---: |\n\
         | JSON-RPC requests per idle tick ({IDLE_TICKS} ticks) | {per_idle_tick:.2} | 1 |\n\
         | blocks from due to rotation included, daemon, 1 s blocks (worst of {ROTATIONS}; each: {lags:?}) | {worst} | ≤ 2 |\n\
         | daemon resident memory (current / peak) | {:.1} MB / {:.1} MB | < 30 MB |\n\
         | ETH spent by the keeper per {HOSTILE_POSTS} hostile POSTs (forged, padded, junk; answers {hostile_statuses:?}; relay gas {relay_spent_wei} wei) | {hostile_eth} | 0 |\n\
         | job delay with a full evidence queue ({queued} accepted, {pending_at_due} pending when due): blocks from due to rotation | {full_queue_lag} | ≤ 2 (first pass) |\n\
         | time to detect a frozen chain: /health 503 / chain_stalled alert (head_stall_after_secs = {HEAD_STALL_AFTER_SECS}) | {:.0} s / {:.0} s | < 120 s |\n",
        rss_kb as f64 / 1024.0,
        peak_kb as f64 / 1024.0,
        to_503.as_secs_f64(),
        to_alert.as_secs_f64(),
    );
    print!("{table}");
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/bench");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(
        out.join("keeper.json"),
        json!({
            "rpc_requests_per_idle_tick": per_idle_tick,
            "blocks_due_to_rotation": lags,
            "daemon_rss_kb": rss_kb,
            "daemon_peak_rss_kb": peak_kb,
            "hostile_posts": HOSTILE_POSTS,
            "hostile_posts_eth_spent": hostile_eth,
            "hostile_posts_relay_gas_wei": relay_spent_wei,
            "full_queue_evidence_pending": pending_at_due,
            "full_queue_blocks_due_to_rotation": full_queue_lag,
            "frozen_chain_to_503_secs": to_503.as_secs_f64(),
            "frozen_chain_to_alert_secs": to_alert.as_secs_f64(),
        })
        .to_string(),
    )
    .unwrap();
    std::fs::write(out.join("keeper.md"), table).unwrap();
}

/// The block holding the next `NodesRotated` after `due`'s epoch started.
async fn wait_for_rotation(
    provider: &alloy::providers::DynProvider,
    selection: alloy::primitives::Address,
    due: u64,
) -> u64 {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let filter = Filter::new()
            .address(selection)
            .event_signature(NodeSelectionManager::NodesRotated::SIGNATURE_HASH)
            .from_block(0);
        for log in provider.get_logs(&filter).await.unwrap() {
            let event = log
                .log_decode::<NodeSelectionManager::NodesRotated>()
                .unwrap();
            if u64::try_from(event.inner.data.timestamp).unwrap() >= due {
                return log.block_number.unwrap();
            }
        }
        assert!(Instant::now() < deadline, "the daemon did not rotate");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// The first block whose timestamp is at least `at`, searching back from `upto`.
async fn first_block_at(provider: &alloy::providers::DynProvider, at: u64, upto: u64) -> u64 {
    let mut block = upto;
    while block > 0 {
        let header = provider
            .get_block_by_number((block - 1).into())
            .await
            .unwrap()
            .unwrap()
            .header;
        if header.timestamp < at {
            break;
        }
        block -= 1;
    }
    block
}

fn proc_kb(status: &str, field: &str) -> u64 {
    status
        .lines()
        .find_map(|line| line.strip_prefix(field))
        .and_then(|value| value.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// The daemon's evidence queue length.
fn daemon_queue() -> u64 {
    xmtp_devkit::keeper::daemon::EVIDENCE_QUEUE as u64
}

/// Two envelopes `key` signed for `node_id` at `sequence_id`, differing in their timestamp,
/// each with `padding` bytes of a field nobody reads.
fn equivocation(
    node_id: u32,
    key: &PrivateKeySigner,
    sequence_id: u64,
    padding: usize,
) -> serde_json::Value {
    let payer_envelope = PayerEnvelope::signed(
        &PrivateKeySigner::random(),
        Bytes::from_static(b"a group message"),
        node_id,
        30,
    )
    .unwrap()
    .encode();
    let mut other = Vec::new();
    if padding > 0 {
        other.extend([0xa2, 0x06]);
        let mut length = padding;
        while length >= 0x80 {
            other.push((length as u8 & 0x7f) | 0x80);
            length >>= 7;
        }
        other.push(length as u8);
        other.resize(other.len() + padding, 0x55);
    }
    let envelope = |ns: i64| UnsignedOriginatorEnvelope {
        originator_node_id: node_id,
        originator_sequence_id: sequence_id,
        originator_ns: ns,
        payer_envelope_bytes: payer_envelope.clone(),
        other_fields: other.clone().into(),
    };
    let signed = |ns| {
        let s = SignedOriginatorEnvelope::sign(&envelope(ns), key).unwrap();
        json!({"unsigned_originator_envelope": s.unsigned, "signature": s.signature})
    };
    json!({"kind": "equivocation", "node_id": node_id, "envelopes": [signed(1_000), signed(2_000)]})
}

/// One HTTP/1.1 request on a fresh connection: the status and the body.
fn http(port: u16, method: &str, path: &str, body: &str) -> (u16, String) {
    let Ok(mut stream) = std::net::TcpStream::connect(("127.0.0.1", port)) else {
        return (0, String::new());
    };
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nhost: localhost\r\nconnection: close\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut response = String::new();
    let _ = stream.read_to_string(&mut response);
    let status = response
        .get(9..12)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_owned())
        .unwrap_or_default();
    (status, body)
}

/// The value of an unlabelled sample in Prometheus text.
fn metric(text: &str, name: &str) -> f64 {
    text.lines()
        .find_map(|line| line.strip_prefix(name)?.strip_prefix(' '))
        .map_or(-1.0, |value| value.trim().parse().unwrap_or(-1.0))
}

/// Stops anvil's mining under the running daemon and measures how long until its `/health`
/// answers 503 and until the `chain_stalled` alert reaches `webhook`.
async fn frozen_chain_detection(
    admin: &alloy::providers::DynProvider,
    port: u16,
    webhook: &StallWebhook,
) -> (Duration, Duration) {
    assert_eq!(http_status(port, "/health").await, 200, "healthy before");
    admin.anvil_set_interval_mining(0).await.unwrap();
    admin.anvil_set_auto_mine(false).await.unwrap();
    let frozen = Instant::now();
    let limit = Duration::from_secs(HEAD_STALL_AFTER_SECS + 60);
    let mut to_503 = None;
    let mut to_alert = None;
    while to_503.is_none() || to_alert.is_none() {
        if to_503.is_none() && http_status(port, "/health").await == 503 {
            to_503 = Some(frozen.elapsed());
        }
        if to_alert.is_none() {
            to_alert = webhook
                .stalled_at
                .lock()
                .unwrap()
                .map(|at| at.saturating_duration_since(frozen));
        }
        assert!(frozen.elapsed() < limit, "the frozen chain went unnoticed");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    admin.anvil_set_interval_mining(1).await.unwrap();
    (to_503.unwrap(), to_alert.unwrap())
}

/// The status code of `GET path` on the daemon's listener.
async fn http_status(port: u16, path: &str) -> u16 {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    stream
        .write_all(
            format!("GET {path} HTTP/1.1\r\nHost: keeper\r\nConnection: close\r\n\r\n").as_bytes(),
        )
        .await
        .unwrap();
    let mut reply = Vec::new();
    stream.read_to_end(&mut reply).await.unwrap();
    String::from_utf8_lossy(&reply)
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0)
}

/// A webhook that notes when the first `chain_stalled` alert arrives.
struct StallWebhook {
    url: String,
    stalled_at: Arc<Mutex<Option<Instant>>>,
}

impl StallWebhook {
    async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/hook", listener.local_addr().unwrap());
        let stalled_at = Arc::new(Mutex::new(None));
        let noted = Arc::clone(&stalled_at);
        tokio::spawn(async move {
            loop {
                let Ok((mut stream, _)) = listener.accept().await else {
                    return;
                };
                let noted = Arc::clone(&noted);
                tokio::spawn(async move {
                    let request = read_request(&mut stream).await;
                    if request.contains("\"chain_stalled\"") {
                        noted.lock().unwrap().get_or_insert_with(Instant::now);
                    }
                    let _ = stream
                        .write_all(b"HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n")
                        .await;
                });
            }
        });
        Self { url, stalled_at }
    }
}

/// One HTTP request, headers and body (by its content-length), as text.
async fn read_request(stream: &mut TcpStream) -> String {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let text = String::from_utf8_lossy(&buf).to_string();
        if let Some(head_end) = text.find("\r\n\r\n") {
            let length: usize = text[..head_end]
                .lines()
                .find_map(|line| {
                    let (name, value) = line.split_once(':')?;
                    name.eq_ignore_ascii_case("content-length")
                        .then(|| value.trim().parse().ok())?
                })
                .unwrap_or(0);
            if buf.len() >= head_end + 4 + length {
                return text;
            }
        }
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return String::from_utf8_lossy(&buf).to_string(),
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
}
