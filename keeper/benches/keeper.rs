//! `cargo bench -p keeper --bench keeper` (`make bench`): the keeper's figures on anvil, as a
//! Markdown table on stdout and JSON in `target/bench/keeper.json`.
//!
//! - JSON-RPC requests per idle tick (goal: 1).
//! - Blocks from the first block at which a rotation is due to the block that includes it, with
//!   the daemon (the real binary) and anvil mining one block per second (goal: at most 2).
//! - The daemon's resident memory, current and peak (goal: under 30 MB).

// A benchmark is a test harness: any failure should stop it loudly.
#![allow(clippy::unwrap_used, missing_docs)]

use std::{
    process::{Command, Stdio},
    sync::atomic::Ordering,
    time::{Duration, Instant},
};

use alloy::{
    primitives::U256,
    providers::{ext::AnvilApi, Provider},
    rpc::types::Filter,
    signers::local::PrivateKeySigner,
    sol_types::SolEvent,
};
use serde_json::json;
use xmtp_bindings::node_selection_manager::NodeSelectionManager;
use xmtp_control::{
    devnet::LocalChain,
    keeper::{
        config::{Config, FileConfig, KeyRequirement, Overrides},
        setup::Runtime,
    },
    selection::{seat_nodes, SeatingContracts},
};

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
    seat_nodes(&chain, &admin, contracts, 3).await.unwrap();
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
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut daemon = Command::new(env!("CARGO_BIN_EXE_keeper"))
        .args([
            "--log-level",
            "warn",
            "run",
            "--listen",
            &format!("127.0.0.1:{port}"),
        ])
        .env("KEEPER_RPC_URL", chain.endpoint())
        .env("KEEPER_DEPLOYMENTS", &record)
        .env("KEEPER_PRIVATE_KEY", &key_hex)
        .stdout(Stdio::null())
        .spawn()
        .unwrap();

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

    let worst = lags.iter().copied().max().unwrap_or_default();
    let table = format!(
        "| keeper measure | value | goal |\n| --- | ---: | ---: |\n\
         | JSON-RPC requests per idle tick ({IDLE_TICKS} ticks) | {per_idle_tick:.2} | 1 |\n\
         | blocks from due to rotation included, daemon, 1 s blocks (worst of {ROTATIONS}; each: {lags:?}) | {worst} | ≤ 2 |\n\
         | daemon resident memory (current / peak) | {:.1} MB / {:.1} MB | < 30 MB |\n",
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
