//! `cargo bench -p keeper --bench watch` (`make bench`): the network watcher's figures, as a
//! Markdown table on stdout and JSON in `target/bench/watch.json`.
//!
//! - Envelopes verified per second per core: [`SafetyChecker::check_response`] (originator
//!   signature recovery, the signer's record, the payer envelope's rules and its signature
//!   recovery, then the digests written to the store) over pre-signed envelopes of several
//!   originators, in pages of 1,000, on one thread, per second of that thread's CPU time (read
//!   from `/proc/thread-self/schedstat`, so that other work on a shared machine does not count;
//!   the wall-clock rate is shown beside it) (goal: at least 10,000).
//! - The watcher's resident memory with 20 nodes and 1,000,000 envelopes seen: the real
//!   `keeper watch` against anvil with 20 nodes seated and 20 fake xmtpd nodes each holding every
//!   envelope of every originator, run until its store holds 1,000,000 digests; its peak RSS
//!   (goal: under 100 MB).
//!   The nodes answer with their own envelopes first, so that the store fills after about one
//!   read of each node's share (not twenty reads of everything); the envelopes are signed with
//!   libsecp256k1 on every core and shared between the fake nodes.
//! - Requests per node per minute: fake nodes counting the requests they receive while a fresh
//!   watcher at `--requests-per-second 5` is always behind (one-envelope pages, probes due at
//!   every pass) for 15 s: the busiest node's requests over their span plus one slot, scaled to a
//!   minute, against the budget of `requests_per_second × 60`.
//!
//! `WATCH_BENCH=verify,memory,pace` runs only some of them; `WATCH_BENCH_ENVELOPES` changes the
//! number of envelopes of the memory run.

// A benchmark is a test harness: any failure should stop it loudly.
#![allow(clippy::unwrap_used, missing_docs)]

use std::{
    collections::{BTreeMap, HashMap},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};

use alloy::{
    primitives::{Address, Bytes, B256, U256},
    providers::Provider,
    signers::local::PrivateKeySigner,
};
use secp256k1::{Message, Secp256k1, SecretKey, SignOnly};
use serde_json::json;
use xmtp_bindings::node_selection_manager::NodeSelectionManager;
use xmtp_devkit::{
    devnet::LocalChain,
    evidence::{
        envelope::{
            originator_digest, PayerEnvelope, SignedOriginatorEnvelope, UnsignedOriginatorEnvelope,
        },
        SignerRecord,
    },
    fakenet::{originator_envelope, FakeNetwork, SharedEnvelopes, RETENTION_DAYS},
    selection::{seat_nodes, SeatedNode, SeatingContracts},
    watch::{
        safety::{RawEnvelope, SafetyChecker},
        store::{WatchStore, FILE_NAME},
    },
};

/// Envelopes verified in the throughput measure.
const VERIFY_ENVELOPES: usize = 20_000;
/// Originators they come from.
const VERIFY_ORIGINATORS: u32 = 4;
/// Envelopes per response, as xmtpd pages them.
const PAGE: usize = 1_000;
/// Signatures recovered one by one, by each library.
const RECOVERIES: usize = 2_000;
/// The goal: envelopes verified per second per core.
const VERIFY_GOAL: f64 = 10_000.0;

/// Nodes in the memory and pace runs.
const NODES: usize = 20;
/// Envelopes the watcher must have seen (digests in its store) in the memory run.
const MEMORY_ENVELOPES: u64 = 1_000_000;
/// The bytes of each envelope's client payload in the memory run.
const PAYLOAD_BYTES: usize = 64;
/// The goal: the watcher's peak resident memory, in MB.
const MEMORY_GOAL_MB: f64 = 100.0;
/// The longest the memory run may take once the watcher runs.
const MEMORY_TIMEOUT: Duration = Duration::from_secs(200);
/// The watcher's per-node budget in the pace run.
const PACE_RPS: u32 = 5;
/// How long the pace run samples the nodes' request counters.
const PACE_RUN: Duration = Duration::from_secs(15);
/// The window the busiest count is taken over, scaled to a minute.
const PACE_WINDOW: Duration = Duration::from_secs(12);

#[tokio::main]
async fn main() {
    let only = std::env::var("WATCH_BENCH").unwrap_or_default();
    let runs = |part: &str| only.is_empty() || only.split(',').any(|p| p.trim() == part);
    let mut rows = Vec::new();
    let mut record = serde_json::Map::new();
    if runs("verify") {
        let verify = verify_throughput();
        rows.push(format!(
            "| envelopes verified per second per core: `check_response` (node and payer signature recovery, payer rules, digests stored), {} envelopes of {VERIFY_ORIGINATORS} originators, pages of {PAGE}, one thread, per second of its CPU time ({:.0} per second of wall time) | {:.0} | ≥ {VERIFY_GOAL:.0} |",
            verify.envelopes, verify.check_response_wall_per_sec, verify.check_response_per_sec,
        ));
        rows.push(format!(
            "| of which the verification alone (decode, both recoveries, payer rules; no store), per second of CPU | {:.0} | — |",
            verify.verify_only_per_sec,
        ));
        rows.push(format!(
            "| signature recoveries per second of CPU: the evidence module's (libsecp256k1) / alloy's (k256), {RECOVERIES} node signatures | {:.0} / {:.0} | — |",
            verify.recoveries_per_sec, verify.k256_recoveries_per_sec,
        ));
        record.insert(
            "verify".into(),
            json!({
                "envelopes": verify.envelopes,
                "originators": VERIFY_ORIGINATORS,
                "check_response_per_sec": verify.check_response_per_sec,
                "check_response_wall_per_sec": verify.check_response_wall_per_sec,
                "verify_only_per_sec": verify.verify_only_per_sec,
                "recoveries_per_sec": verify.recoveries_per_sec,
                "k256_recoveries_per_sec": verify.k256_recoveries_per_sec,
                "goal_per_sec": VERIFY_GOAL,
            }),
        );
    }
    if runs("memory") || runs("pace") {
        let net = Net::start().await;
        if runs("memory") {
            let envelopes = std::env::var("WATCH_BENCH_ENVELOPES")
                .ok()
                .and_then(|n| n.parse().ok())
                .unwrap_or(MEMORY_ENVELOPES);
            let memory = memory_run(&net, envelopes).await;
            let mb = memory.peak_kb as f64 / 1024.0;
            rows.push(format!(
                "| watcher resident memory, peak (VmHWM), `keeper watch` with {NODES} nodes and {} envelopes seen ({} digests stored, {} per originator, every node holding all, {PAYLOAD_BYTES}-byte payloads; {:.0} s, {:.0} envelopes/s; RSS at the end {:.1} MB) | {mb:.1} MB | < {MEMORY_GOAL_MB:.0} MB |",
                memory.digests, memory.digests, memory.per_originator, memory.elapsed.as_secs_f64(),
                memory.digests as f64 / memory.elapsed.as_secs_f64(), memory.rss_kb as f64 / 1024.0,
            ));
            record.insert(
                "memory".into(),
                json!({
                    "nodes": NODES,
                    "envelopes_target": envelopes,
                    "digests": memory.digests,
                    "per_originator": memory.per_originator,
                    "payload_bytes": PAYLOAD_BYTES,
                    "peak_rss_kb": memory.peak_kb,
                    "rss_kb": memory.rss_kb,
                    "seconds": memory.elapsed.as_secs_f64(),
                    "signing_seconds": memory.signing.as_secs_f64(),
                    "goal_mb": MEMORY_GOAL_MB,
                }),
            );
        }
        if runs("pace") {
            let pace = pace_run(&net).await;
            let budget = f64::from(PACE_RPS) * 60.0;
            rows.push(format!(
                "| requests per node per minute at `--requests-per-second {PACE_RPS}`, the busiest of {NODES} nodes counting what they receive (times read every 2 ms), the watcher always behind, over {:.0} s: n requests / (last − first + one slot), scaled to a minute (busiest {}-s window: {} requests, the slot on its closing edge included, × {} = {:.0}; closest two requests {:.1} ms apart, the slot is {:.0} ms) | {:.1} | ≤ {budget:.0} |",
                PACE_RUN.as_secs_f64(), PACE_WINDOW.as_secs(), pace.window_max, 60 / PACE_WINDOW.as_secs(),
                pace.window_per_minute, pace.min_gap.as_secs_f64() * 1e3, 1e3 / f64::from(PACE_RPS),
                pace.sustained_per_minute,
            ));
            record.insert(
                "pace".into(),
                json!({
                    "requests_per_second": PACE_RPS,
                    "budget_per_minute": budget,
                    "sustained_per_minute": pace.sustained_per_minute,
                    "window_secs": PACE_WINDOW.as_secs(),
                    "window_max_requests": pace.window_max,
                    "window_per_minute": pace.window_per_minute,
                    "min_gap_ms": pace.min_gap.as_secs_f64() * 1e3,
                    "per_node_requests": pace.per_node,
                }),
            );
        }
        let Net {
            network, scratch, ..
        } = net;
        network.stop().await;
        let _ = std::fs::remove_dir_all(&scratch);
    }
    let table = format!(
        "| watcher measure | value | goal |\n| --- | ---: | ---: |\n{}\n",
        rows.join("\n")
    );
    print!("{table}");
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/bench");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(
        out.join("watch.json"),
        serde_json::Value::Object(record).to_string(),
    )
    .unwrap();
    std::fs::write(out.join("watch.md"), table).unwrap();
}

/// What the throughput measure found.
struct Verify {
    envelopes: usize,
    recoveries_per_sec: f64,
    k256_recoveries_per_sec: f64,
    check_response_per_sec: f64,
    check_response_wall_per_sec: f64,
    verify_only_per_sec: f64,
}

/// Signs `count` envelopes of `originators` (node ids 1..), each with its own payer and payer
/// signature, on every core; the envelopes in publishing order (round robin over originators)
/// and the signer records of the originators' keys.
fn signed_envelopes(
    count: usize,
    originators: u32,
) -> (Vec<(u32, RawEnvelope)>, HashMap<Address, SignerRecord>) {
    let keys: Vec<PrivateKeySigner> = (0..originators)
        .map(|_| PrivateKeySigner::random())
        .collect();
    let records = keys
        .iter()
        .zip(1u32..)
        .map(|(key, node_id)| {
            (
                key.address(),
                SignerRecord::current(node_id, Address::repeat_byte(0x0e)),
            )
        })
        .collect();
    let secrets: Vec<SecretKey> = keys.iter().map(secret).collect();
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let envelopes = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|worker| {
                let secrets = &secrets;
                scope.spawn(move || {
                    let secp = Secp256k1::signing_only();
                    (worker..count)
                        .step_by(threads)
                        .map(|i| {
                            let originator = (i as u32 % originators) + 1;
                            let sequence_id = (i as u64 / u64::from(originators)) + 1;
                            let payer = payer_envelope(
                                &secp,
                                Bytes::from(format!("message {i}").into_bytes()),
                                originator,
                            );
                            let unsigned = UnsignedOriginatorEnvelope {
                                originator_node_id: originator,
                                originator_sequence_id: sequence_id,
                                originator_ns: 1_700_000_000_000_000_000 + i as i64,
                                payer_envelope_bytes: payer.encode(),
                                other_fields: Bytes::new(),
                            };
                            let signed = sign(&secp, &secrets[originator as usize - 1], &unsigned);
                            (
                                i,
                                originator,
                                RawEnvelope {
                                    unsigned: signed.unsigned,
                                    signature: Some(signed.signature),
                                },
                            )
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        let mut all: Vec<_> = workers
            .into_iter()
            .flat_map(|worker| worker.join().unwrap())
            .collect();
        all.sort_by_key(|(i, _, _)| *i);
        all.into_iter()
            .map(|(_, originator, envelope)| (originator, envelope))
            .collect()
    });
    (envelopes, records)
}

/// Envelopes verified per second on one thread, by `check_response` into a fresh store and by
/// the verification alone.
fn verify_throughput() -> Verify {
    let (envelopes, records) = signed_envelopes(VERIFY_ENVELOPES, VERIFY_ORIGINATORS);
    let raw: Vec<RawEnvelope> = envelopes.iter().map(|(_, e)| e.clone()).collect();

    // The verification alone: what `check_response` does per envelope before the store.
    let lookup = |signer: Address| records.get(&signer).copied();
    let started = CpuClock::start();
    let mut valid = 0usize;
    for envelope in &raw {
        let decoded = UnsignedOriginatorEnvelope::decode(&envelope.unsigned).unwrap();
        let signature = envelope.signature.as_ref().unwrap();
        let verdict = xmtp_devkit::evidence::verify_invalid_payload(
            decoded.originator_node_id,
            &envelope.unsigned,
            signature,
            |signer| lookup(signer).unwrap_or_default(),
        );
        if matches!(
            verdict,
            Err(xmtp_devkit::evidence::EvidenceError::PayloadValid)
        ) {
            valid += 1;
        }
    }
    let verify_only = started.elapsed();
    assert_eq!(valid, raw.len(), "every envelope is valid");

    // The checker, page by page, into a fresh store (one source, every originator asked for).
    let dir = std::env::temp_dir().join(format!("watch-bench-verify-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let checker = SafetyChecker::new(WatchStore::open(&dir).unwrap());
    let mut cursor: BTreeMap<u32, u64> = (1..=VERIFY_ORIGINATORS).map(|id| (id, 0)).collect();
    let started = CpuClock::start();
    let mut verified = 0usize;
    for page in raw.chunks(PAGE) {
        let outcome = checker
            .check_response(VERIFY_ORIGINATORS + 1, &cursor, page, &records, 1)
            .unwrap();
        verified += outcome.verified;
        assert_eq!(outcome.new_digests, page.len());
        cursor.extend(outcome.cursors);
    }
    let check = started.elapsed();
    assert_eq!(verified, raw.len());

    // One recovery, by the evidence module (libsecp256k1) and by alloy (k256), on node signatures.
    let sample: Vec<(B256, [u8; 65])> = raw
        .iter()
        .take(RECOVERIES)
        .map(|envelope| {
            let signature = envelope.signature.as_ref().unwrap();
            (
                originator_digest(&envelope.unsigned),
                signature[..].try_into().unwrap(),
            )
        })
        .collect();
    let started = CpuClock::start();
    for (digest, signature) in &sample {
        assert!(matches!(
            xmtp_devkit::evidence::judge(digest, signature),
            xmtp_devkit::evidence::Verdict::Valid(_)
        ));
    }
    let ours = started.elapsed();
    let started = CpuClock::start();
    for (digest, signature) in &sample {
        let signature = alloy::primitives::Signature::from_raw(signature).unwrap();
        assert!(signature.recover_address_from_prehash(digest).is_ok());
    }
    let alloys = started.elapsed();
    drop(checker);
    let _ = std::fs::remove_dir_all(&dir);
    Verify {
        envelopes: raw.len(),
        check_response_per_sec: raw.len() as f64 / check.cpu.as_secs_f64(),
        check_response_wall_per_sec: raw.len() as f64 / check.wall.as_secs_f64(),
        verify_only_per_sec: raw.len() as f64 / verify_only.cpu.as_secs_f64(),
        recoveries_per_sec: sample.len() as f64 / ours.cpu.as_secs_f64(),
        k256_recoveries_per_sec: sample.len() as f64 / alloys.cpu.as_secs_f64(),
    }
}

/// The time this thread spent on a core (`/proc/thread-self/schedstat`, nanoseconds) and on the
/// wall: per-core throughput is taken on the first, which other processes sharing the machine do
/// not inflate.
struct CpuClock {
    cpu: Duration,
    wall: Instant,
}

/// What a [`CpuClock`] measured.
struct Spent {
    cpu: Duration,
    wall: Duration,
}

impl CpuClock {
    fn now() -> Duration {
        let stat = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap();
        Duration::from_nanos(stat.split_whitespace().next().unwrap().parse().unwrap())
    }

    fn start() -> Self {
        Self {
            cpu: Self::now(),
            wall: Instant::now(),
        }
    }

    fn elapsed(&self) -> Spent {
        Spent {
            cpu: Self::now() - self.cpu,
            wall: self.wall.elapsed(),
        }
    }
}

/// anvil with the suite, the active set raised to [`NODES`] and that many nodes seated, and a fake
/// xmtpd network of them (each node signing with its registered key).
struct Net {
    chain: LocalChain,
    record: PathBuf,
    seated: Vec<SeatedNode>,
    network: FakeNetwork,
    scratch: PathBuf,
}

impl Net {
    async fn start() -> Self {
        // The deployer and one operator per node.
        let chain = LocalChain::start_with_accounts(NODES + 1).await.unwrap();
        let deployments = chain.deploy_suite().await.unwrap();
        let admin = chain.provider();
        let contracts = SeatingContracts::from_deployments(&deployments).unwrap();
        let manager = NodeSelectionManager::new(contracts.selection, &admin);
        let receipt = manager
            .setActiveSetSize(U256::from(NODES))
            .send()
            .await
            .unwrap()
            .get_receipt()
            .await
            .unwrap();
        assert!(receipt.status(), "setActiveSetSize reverted");
        let (seated, _) = seat_nodes(&chain, &admin, contracts, NODES).await.unwrap();
        let active = manager.getActiveNodeIds().call().await.unwrap();
        assert_eq!(active.len(), NODES, "every node seated");
        let scratch = std::env::temp_dir().join(format!("watch-bench-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&scratch);
        std::fs::create_dir_all(&scratch).unwrap();
        let record = scratch.join("deployments.json");
        std::fs::write(&record, serde_json::to_string(&deployments).unwrap()).unwrap();
        let network = FakeNetwork::start(
            seated
                .iter()
                .map(|node| (node.id, node.signing_key.clone()))
                .collect(),
        )
        .await
        .unwrap();
        network.serve_own_first(true);
        // The watcher reads the chain each pass: anvil must answer while the bench signs.
        let _ = admin.get_block_number().await.unwrap();
        Self {
            chain,
            record,
            seated,
            network,
            scratch,
        }
    }

    /// `keeper watch` (the release binary) over every node through `--node-url`, its state in
    /// `state`, with `args` after the node URLs.
    fn watcher(&self, state: &Path, args: &[&str]) -> Child {
        let mut command = Command::new(env!("CARGO_BIN_EXE_keeper"));
        command.args(["--log-level", "warn", "watch"]);
        for node in &self.seated {
            command.arg("--node-url").arg(format!(
                "{}={}",
                node.id,
                self.network.url(node.id).unwrap()
            ));
        }
        command
            .args(args)
            .env("KEEPER_RPC_URL", self.chain.endpoint())
            .env("KEEPER_DEPLOYMENTS", &self.record)
            .env("KEEPER_STATE_DIR", state)
            .env_remove("KEEPER_PRIVATE_KEY")
            .env_remove("KEEPER_KEYSTORE")
            .stdout(Stdio::null())
            .spawn()
            .unwrap()
    }
}

/// What the memory run found.
struct Memory {
    digests: u64,
    per_originator: u64,
    peak_kb: u64,
    rss_kb: u64,
    elapsed: Duration,
    signing: Duration,
}

/// Each node's envelopes 1..=`per_originator`, one payer envelope per originator (the payer
/// signs once; only the node's signature differs per envelope), signed on every core.
fn shared_envelopes(seated: &[SeatedNode], per_originator: u64) -> Vec<(u32, SharedEnvelopes)> {
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    seated
        .iter()
        .map(|node| {
            let payer = PayerEnvelope::signed(
                &PrivateKeySigner::random(),
                Bytes::from(vec![0x42; PAYLOAD_BYTES]),
                node.id,
                RETENTION_DAYS,
            )
            .unwrap()
            .encode();
            let key = secret(&node.signing_key);
            let chunks: Vec<Vec<_>> = std::thread::scope(|scope| {
                let workers: Vec<_> = (0..threads as u64)
                    .map(|worker| {
                        let payer = payer.clone();
                        scope.spawn(move || {
                            let secp = Secp256k1::signing_only();
                            let per_worker = per_originator.div_ceil(threads as u64);
                            let first = worker * per_worker + 1;
                            let last = ((worker + 1) * per_worker).min(per_originator);
                            (first..=last)
                                .map(|seq| {
                                    let unsigned = UnsignedOriginatorEnvelope {
                                        originator_node_id: node.id,
                                        originator_sequence_id: seq,
                                        originator_ns: 1_700_000_000_000_000_000 + seq as i64,
                                        payer_envelope_bytes: payer.clone(),
                                        other_fields: Bytes::new(),
                                    };
                                    originator_envelope(&sign(&secp, &key, &unsigned))
                                })
                                .collect()
                        })
                    })
                    .collect();
                workers.into_iter().map(|w| w.join().unwrap()).collect()
            });
            let all: Vec<_> = chunks.into_iter().flatten().collect();
            (node.id, SharedEnvelopes::from(all))
        })
        .collect()
}

/// The watcher's store file under `state` (`<state>/<chain>-<witness>/watch/`), once it exists.
fn store_file(state: &Path) -> Option<PathBuf> {
    let mut dirs = vec![state.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).ok()?.flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.file_name().is_some_and(|name| name == FILE_NAME) {
                return Some(path);
            }
        }
    }
    None
}

/// `VmHWM` and `VmRSS` of `pid`, in kB.
fn memory_kb(pid: u32) -> (u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|line| line.strip_prefix(name))
            .and_then(|value| value.split_whitespace().next()?.parse().ok())
            .unwrap_or(0)
    };
    (field("VmHWM:"), field("VmRSS:"))
}

fn stop(mut child: Child) {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let _ = child.wait();
}

/// Every node holding `envelopes` (split evenly over the originators), the watcher reading them
/// as fast as it can until its store holds them all; its peak resident memory.
async fn memory_run(net: &Net, envelopes: u64) -> Memory {
    let per_originator = envelopes.div_ceil(NODES as u64);
    let started = Instant::now();
    let seated = net.seated.clone();
    let shared = tokio::task::spawn_blocking(move || shared_envelopes(&seated, per_originator))
        .await
        .unwrap();
    let signing = started.elapsed();
    for (originator, envelopes) in shared {
        net.network.preload(originator, envelopes).unwrap();
    }
    let target = per_originator * NODES as u64;
    let state = net.scratch.join("memory-state");
    let watcher = net.watcher(
        &state,
        &[
            "--requests-per-second",
            "1000",
            "--poll-interval-ms",
            "5000",
            "--request-timeout-ms",
            "60000",
        ],
    );
    let pid = watcher.id();
    let started = Instant::now();
    let mut store = None;
    let mut digests = 0;
    while digests < target {
        assert!(
            started.elapsed() < MEMORY_TIMEOUT,
            "the watcher stored {digests} of {target} digests in {MEMORY_TIMEOUT:?}"
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
        if store.is_none() {
            store = store_file(&state).map(|path| WatchStore::open_file(&path).unwrap());
        }
        if let Some(store) = &store {
            digests = store.digest_count().unwrap_or(digests);
        }
    }
    let elapsed = started.elapsed();
    let (peak_kb, rss_kb) = memory_kb(pid);
    drop(store);
    stop(watcher);
    Memory {
        digests,
        per_originator,
        peak_kb,
        rss_kb,
        elapsed,
        signing,
    }
}

/// What the pace run found.
struct Pace {
    min_gap: Duration,
    sustained_per_minute: f64,
    window_max: usize,
    window_per_minute: f64,
    per_node: BTreeMap<u32, usize>,
}

/// A fresh watcher (no state) at [`PACE_RPS`], always behind (one-envelope pages of nodes that
/// hold many, probes due at every pass), for [`PACE_RUN`]: when each node received each request,
/// from its counter read every 2 ms.
async fn pace_run(net: &Net) -> Pace {
    if net
        .network
        .node(net.seated[0].id)
        .unwrap()
        .sync_cursor()
        .is_empty()
    {
        // Without the memory run, give every originator envelopes to be behind on.
        for (originator, envelopes) in shared_envelopes(&net.seated, 200) {
            net.network.preload(originator, envelopes).unwrap();
        }
    }
    let state = net.scratch.join("pace-state");
    let rps = PACE_RPS.to_string();
    let nodes: Vec<_> = net
        .seated
        .iter()
        .map(|node| Arc::clone(net.network.node(node.id).unwrap()))
        .collect();
    let done = Arc::new(AtomicBool::new(false));
    let sampler = {
        let done = Arc::clone(&done);
        let nodes = nodes.clone();
        std::thread::spawn(move || {
            let mut last: Vec<u64> = nodes.iter().map(|node| node.requests()).collect();
            let mut times: Vec<Vec<Instant>> = vec![Vec::new(); nodes.len()];
            while !done.load(Ordering::Relaxed) {
                let now = Instant::now();
                for (i, node) in nodes.iter().enumerate() {
                    let count = node.requests();
                    for _ in last[i]..count {
                        times[i].push(now);
                    }
                    last[i] = count;
                }
                std::thread::sleep(Duration::from_millis(2));
            }
            times
        })
    };
    let watcher = net.watcher(
        &state,
        &[
            "--requests-per-second",
            &rps,
            "--poll-interval-ms",
            "1000",
            "--probe-interval-ms",
            "10",
            "--query-limit",
            "1",
        ],
    );
    tokio::time::sleep(PACE_RUN).await;
    stop(watcher);
    done.store(true, Ordering::Relaxed);
    let times = sampler.join().unwrap();
    let spacing = Duration::from_secs(1) / PACE_RPS;
    let mut sustained = 0.0f64;
    let mut window_max = 0usize;
    let mut min_gap = Duration::MAX;
    let mut per_node = BTreeMap::new();
    for (node, times) in net.seated.iter().zip(&times) {
        per_node.insert(node.id, times.len());
        if let (Some(first), Some(last)) = (times.first(), times.last()) {
            // n requests take n slots: the span from the first to the last, plus the last's slot.
            let span = (last.duration_since(*first) + spacing).as_secs_f64();
            sustained = sustained.max(times.len() as f64 / span * 60.0);
        }
        for pair in times.windows(2) {
            min_gap = min_gap.min(pair[1].duration_since(pair[0]));
        }
        for (i, start) in times.iter().enumerate() {
            let within = times[i..]
                .iter()
                .take_while(|t| t.duration_since(*start) < PACE_WINDOW)
                .count();
            window_max = window_max.max(within);
        }
    }
    Pace {
        min_gap,
        sustained_per_minute: sustained,
        window_max,
        window_per_minute: window_max as f64 * 60.0 / PACE_WINDOW.as_secs_f64(),
        per_node,
    }
}

/// `key` as libsecp256k1 takes it.
fn secret(key: &PrivateKeySigner) -> SecretKey {
    SecretKey::from_byte_array(key.to_bytes().0).unwrap()
}

/// `unsigned` signed by the node key `key` as `SignedOriginatorEnvelope::sign` signs it (`r ‖ s ‖
/// v`, low `s`, `v` 0 or 1, RFC 6979), with libsecp256k1: a million signatures in seconds.
fn sign(
    secp: &Secp256k1<SignOnly>,
    key: &SecretKey,
    unsigned: &UnsignedOriginatorEnvelope,
) -> SignedOriginatorEnvelope {
    let unsigned = unsigned.encode();
    SignedOriginatorEnvelope {
        signature: sign_digest(secp, key, &originator_digest(&unsigned)),
        unsigned,
    }
}

fn sign_digest(secp: &Secp256k1<SignOnly>, key: &SecretKey, digest: &B256) -> Bytes {
    let (id, compact) = secp
        .sign_ecdsa_recoverable(Message::from_digest(digest.0), key)
        .serialize_compact();
    let mut signature = compact.to_vec();
    signature.push(u8::try_from(i32::from(id)).unwrap());
    signature.into()
}

/// A payer envelope for `target` signed by a fresh payer (as `PayerEnvelope::signed` signs it).
fn payer_envelope(secp: &Secp256k1<SignOnly>, payload: Bytes, target: u32) -> PayerEnvelope {
    let mut payer = PayerEnvelope {
        unsigned_client_envelope: payload,
        payer_signature: None,
        target_originator: target,
        message_retention_days: RETENTION_DAYS,
    };
    let key = secret(&PrivateKeySigner::random());
    payer.payer_signature = Some(sign_digest(secp, &key, &payer.digest()));
    payer
}
