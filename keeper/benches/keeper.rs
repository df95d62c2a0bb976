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

// A benchmark is a test harness: any failure should stop it loudly.
#![allow(clippy::unwrap_used, missing_docs)]

use std::{
    io::{Read as _, Write as _},
    process::{Command, Stdio},
    sync::atomic::Ordering,
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
use xmtp_bindings::node_selection_manager::NodeSelectionManager;
use xmtp_control::{
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
    std::fs::write(&daemon_toml, DAEMON_TOML).unwrap();
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
         | job delay with a full evidence queue ({queued} accepted, {pending_at_due} pending when due): blocks from due to rotation | {full_queue_lag} | ≤ 2 (first pass) |\n",
        rss_kb as f64 / 1024.0,
        peak_kb as f64 / 1024.0,
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
    xmtp_control::keeper::daemon::EVIDENCE_QUEUE as u64
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
