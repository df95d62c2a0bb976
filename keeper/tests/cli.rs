//! The `keeper` binary as operators run it: exit codes, one-line errors, nothing sent on bad
//! configuration or bad evidence, failover across RPC URLs, `status --json`, `relay`, and the
//! daemon's HTTP endpoints with a graceful SIGTERM.

// Helpers outside `#[test]` functions fail the test on any error, as the tests themselves do.
#![allow(clippy::unwrap_used)]

mod common;

use std::{
    io::{Read, Write},
    net::{TcpListener, TcpStream},
    ops::Deref,
    path::PathBuf,
    process::{Command, Output, Stdio},
    time::{Duration, Instant},
};

use alloy::{primitives::U256, signers::local::PrivateKeySigner};
use serde_json::Value;
use xmtp_bindings::mock_xmtp::MockXMTP;
use xmtp_devkit::{
    binary::{error_line, stderr, stdout},
    delegation::{approve_and_delegate, set_commission},
    deployments::DELEGATION,
    equivocation,
    evidence::verify::equivocation_report_id,
};

use common::World;

/// The binary quiet but for warnings, with `env` and none of the shell's `KEEPER_*` variables.
fn keeper(args: &[&str], env: &[(&str, &str)]) -> Command {
    let mut command = common::keeper(&["--log-level", "warn"]);
    command.args(args).envs(env.iter().copied());
    command
}

fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    keeper(args, env).output().unwrap()
}

fn temp_file(name: &str, contents: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("keeper-cli-{}-{name}", std::process::id()));
    std::fs::write(&path, contents).unwrap();
    path
}

#[test]
fn bad_configuration_exits_2_with_one_line() {
    let output = run(&["tick"], &[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(error_line(&output).starts_with("error: no RPC URL"));

    let config = temp_file("typo.toml", "[sender]\nconfirmation = 2\n");
    let output = run(&["--config", config.to_str().unwrap(), "tick"], &[]);
    assert_eq!(output.status.code(), Some(2));
    let line = error_line(&output);
    assert!(
        line.contains("line 2") && line.contains("confirmation"),
        "{line}"
    );

    let secret = "0x1234deadbeef";
    let record = temp_file("record.json", r#"{"chainId": 1, "contracts": {}}"#);
    let output = run(
        &["tick"],
        &[
            ("KEEPER_RPC_URL", "http://127.0.0.1:1"),
            ("KEEPER_DEPLOYMENTS", record.to_str().unwrap()),
            ("KEEPER_PRIVATE_KEY", secret),
        ],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(!stderr(&output).contains("deadbeef"), "the key leaked");

    // A key on the command line is not an option at all.
    let output = run(&["--private-key", "0x01", "tick"], &[]);
    assert_eq!(output.status.code(), Some(2));

    let output = run(&["relay", "/nonexistent/evidence.json"], &[]);
    assert_eq!(output.status.code(), Some(2));
    let evidence = temp_file("garbage.json", r#"{"kind": "theft", "node_id": 1}"#);
    let output = run(&["relay", evidence.to_str().unwrap()], &[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(error_line(&output).contains("not valid JSON in the documented format"));
}

#[test]
fn watch_refuses_bad_settings_before_connecting() {
    // Each refused with exit 2 and one line naming the setting, before any RPC URL is needed.
    for (args, named) in [
        (vec!["watch", "--query-limit", "5000"], "--query-limit"),
        (
            vec!["watch", "--requests-per-second", "0"],
            "--requests-per-second",
        ),
        (vec!["watch", "--node-url", "100"], "--node-url"),
        (
            vec!["watch", "--node-url", "100=ftp://node.example"],
            "--node-url",
        ),
        (vec!["watch", "--aggregator", "not a url"], "--aggregator"),
    ] {
        let output = run(&args, &[]);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let line = error_line(&output);
        assert!(line.contains(named), "{args:?}: {line}");
        assert_eq!(stderr(&output).trim().lines().count(), 1, "{args:?}");
    }
}

#[tokio::test]
async fn watch_refuses_a_witness_key_that_is_no_nodes_signer() {
    let cli = Cli::new().await;
    let dir = cli.path("stranger");
    let (keystore, password) =
        xmtp_devkit::watchnet::write_keystore(&dir, &PrivateKeySigner::random(), "pw").unwrap();
    let witness = |aggregator: Option<&str>| {
        let mut args = vec![
            "watch",
            "--once",
            "--witness-key",
            keystore.to_str().unwrap(),
            "--witness-key-password-file",
            password.to_str().unwrap(),
        ];
        if let Some(aggregator) = aggregator {
            args.extend(["--aggregator", aggregator]);
        }
        cli.run(&args)
    };
    // Signed reports need somewhere to go.
    let output = witness(None);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        error_line(&output).contains("--aggregator"),
        "{}",
        stderr(&output)
    );
    let output = witness(Some("http://127.0.0.1:1"));
    assert_eq!(output.status.code(), Some(2));
    assert!(
        error_line(&output).contains("no node's signer"),
        "{}",
        stderr(&output)
    );

    // Without a witness key, one pass over the three nodes (their registry addresses do not answer: every probe
    // fails) prints its summary and exits 0.
    let output = cli.run(&["watch", "--once", "--request-timeout-ms", "200"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let summary: Value = serde_json::from_str(stdout(&output).trim()).unwrap();
    assert_eq!(summary["nodes"], 3);
}

#[test]
fn help_explains_every_subcommand() {
    for sub in ["tick", "run", "status", "relay", "watch"] {
        let output = run(&[sub, "--help"], &[]);
        assert!(output.status.success());
        assert!(stdout(&output).contains("Usage: keeper"), "{sub}");
    }
}

/// The binary's world: three nodes seated.
struct Cli(World);

impl Deref for Cli {
    type Target = World;

    fn deref(&self) -> &World {
        &self.0
    }
}

impl Cli {
    async fn new() -> Self {
        Self(World::seated("cli", 3).await)
    }

    fn run(&self, args: &[&str]) -> Output {
        keeper(args, &[]).envs(self.env()).output().unwrap()
    }

    /// Two envelopes the first node signed for `sequence_id`, differing in their timestamp,
    /// as the evidence JSON; signed by `key` instead when given.
    fn equivocation(&self, sequence_id: u64, key: Option<&PrivateKeySigner>) -> Value {
        let node = &self.seated[0];
        let key = key.unwrap_or(&node.signing_key);
        equivocation::json(node.id, key, sequence_id, 0).unwrap()
    }
}

#[tokio::test]
async fn status_tick_failover_dry_run_and_relay_on_anvil() {
    let world = Cli::new().await;

    // The first operator's pool: one delegator with 2,500 XMTP, a commission increase waiting.
    let delegation = world.proxy(DELEGATION).unwrap();
    let delegator = world.funded_key().await.unwrap();
    let delegator_provider = world.chain.provider_for(&delegator);
    let amount = U256::from(2_500u64) * U256::from(10u64).pow(U256::from(18));
    MockXMTP::new(world.contracts.xmtp, &delegator_provider)
        .mint(delegator.address(), amount)
        .send()
        .await
        .unwrap()
        .get_receipt()
        .await
        .unwrap();
    let operator = &world.seated[0];
    approve_and_delegate(
        &delegator_provider,
        delegation,
        world.contracts.xmtp,
        operator.operator.address(),
        amount,
    )
    .await
    .unwrap();
    let scheduled = set_commission(
        &world.chain.provider_for(&operator.operator),
        delegation,
        1_500,
    )
    .await
    .unwrap();

    // status: stable JSON, no key needed.
    let output = run(
        &["status", "--json"],
        &[
            ("KEEPER_RPC_URL", &world.chain.endpoint()),
            ("KEEPER_DEPLOYMENTS", world.record.to_str().unwrap()),
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let status: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(status["chain_id"], world.chain.chain_id());
    assert_eq!(status["active_nodes"].as_array().unwrap().len(), 3);
    assert_eq!(status["keeper"], Value::Null);
    let epoch = status["epoch"].as_u64().unwrap();
    // Each active operator's own stake, delegated stake, delegators and commission.
    let operators = status["operators"].as_array().unwrap();
    assert_eq!(operators.len(), 3);
    let first = operators
        .iter()
        .find(|o| o["node_id"] == operator.id)
        .unwrap();
    assert_eq!(first["delegated_stake"], amount.to_string());
    assert_eq!(first["delegators"], 1);
    assert_eq!(first["commission_bps"], 0);
    assert_eq!(first["pending_commission"]["bps"], 1_500);
    assert_eq!(
        first["pending_commission"]["effective_at"],
        u64::try_from(scheduled.effectiveAt).unwrap()
    );
    for other in operators.iter().filter(|o| o["node_id"] != operator.id) {
        assert_eq!(other["delegated_stake"], "0");
        assert_eq!(other["own_stake"], first["own_stake"]);
        assert_eq!(other["pending_commission"], Value::Null);
    }
    let text = stdout(&world.run(&["status"]));
    assert!(
        text.contains(&format!(
            "node {} {}: own",
            operator.id,
            operator.operator.address()
        )) && text
            .contains("delegated 2500 XMTP by 1 delegator(s); commission 0 bps, 1500 bps from"),
        "{text}"
    );

    // A record for another chain is bad configuration.
    let mut foreign = world.deployments.clone();
    foreign.chain_id = 1;
    let foreign_record = temp_file("foreign.json", &serde_json::to_string(&foreign).unwrap());
    let output = run(
        &["status"],
        &[
            ("KEEPER_RPC_URL", &world.chain.endpoint()),
            ("KEEPER_DEPLOYMENTS", foreign_record.to_str().unwrap()),
        ],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(error_line(&output).contains("is for chain 1"));

    // The seating rotation left closed epochs to distribute: the first tick catches up, the
    // second finds nothing due, exits 0 and sends nothing.
    let output = world.run(&["tick"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("distribute: 0x"),
        "{}",
        stdout(&output)
    );
    let caught_up = world.nonce().await;
    let output = world.run(&["tick"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("nothing due"),
        "{}",
        stdout(&output)
    );
    assert_eq!(world.nonce().await, caught_up);

    // Due, but a dry run: printed, simulated, nothing sent.
    world.warp_to_next_rotation().await.unwrap();
    let output = world.run(&["--dry-run", "tick"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("dry run: "), "{}", stdout(&output));
    assert!(
        stdout(&output).contains("rotateNodes"),
        "{}",
        stdout(&output)
    );
    assert_eq!(world.nonce().await, caught_up);

    // The first URL is dead; the second serves the tick.
    let urls = format!("http://127.0.0.1:1,{}", world.chain.endpoint());
    let output = world.run(&["--rpc-url", &urls, "tick"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("rotate: 0x"),
        "{}",
        stdout(&output)
    );
    let status: Value = serde_json::from_str(&stdout(&world.run(&["status", "--json"]))).unwrap();
    assert_eq!(status["epoch"].as_u64().unwrap(), epoch + 1);
    let sent = world.nonce().await;

    // Evidence signed by a key the node never had: refused by name, exit 2, nothing sent.
    let stranger = PrivateKeySigner::random();
    let bad = temp_file(
        "bad-evidence.json",
        &world.equivocation(42, Some(&stranger)).to_string(),
    );
    let output = world.run(&["relay", bad.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        error_line(&output).contains("NotNodeSigner"),
        "{}",
        stderr(&output)
    );
    assert_eq!(world.nonce().await, sent);

    // Good evidence: committed to, then submitted (two transactions), report id printed; handed in
    // again, not sent twice.
    let good = temp_file(
        "good-evidence.json",
        &world.equivocation(42, None).to_string(),
    );
    let output = world.run(&["relay", good.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report_id = equivocation_report_id(world.seated[0].id, 42);
    assert_eq!(stdout(&output).trim(), report_id.to_string());
    assert_eq!(world.nonce().await, sent + 2);
    let output = world.run(&["relay", good.to_str().unwrap()]);
    assert!(output.status.success());
    assert!(stderr(&output).contains("already reported"));
    assert_eq!(world.nonce().await, sent + 2);
}

/// A minimal HTTP/1.1 exchange: the status code and the body.
fn http(port: u16, method: &str, path: &str, body: Option<&str>) -> (u16, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let body = body.unwrap_or("");
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nhost: localhost\r\nconnection: close\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response[9..12].parse().unwrap();
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_owned())
        .unwrap_or_default();
    (status, body)
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn wait_until(what: &str, mut condition: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !condition() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_daemon_serves_health_metrics_and_evidence_and_stops_on_sigterm() {
    let world = Cli::new().await;
    let port = free_port();
    let intake = free_port();
    let config = temp_file(
        "daemon.toml",
        "[daemon]\npoll_interval_ms = 200\n[sender]\npoll_interval_ms = 50\n",
    );
    let env = world.env();
    let mut daemon = keeper(
        &[
            "--config",
            config.to_str().unwrap(),
            "run",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--intake-listen",
            &format!("127.0.0.1:{intake}"),
        ],
        &env.iter()
            .map(|(k, v)| (*k, v.as_str()))
            .collect::<Vec<_>>(),
    )
    .stdout(Stdio::null())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();

    wait_until("a healthy daemon", || {
        TcpStream::connect(("127.0.0.1", port)).is_ok()
            && http(port, "GET", "/health", None).0 == 200
    });

    // The daemon rotates on its own once the epoch is over.
    world.warp_to_next_rotation().await.unwrap();
    wait_until("the daemon's rotation", || {
        let (_, metrics) = http(port, "GET", "/metrics", None);
        metric(&metrics, "keeper_transactions_sent_total") >= 1.0
    });

    let (status, metrics) = http(port, "GET", "/metrics", None);
    assert_eq!(status, 200);
    for name in [
        "keeper_last_rotated_epoch",
        "keeper_next_rotation_timestamp_seconds",
        "keeper_next_payout_timestamp_seconds",
        "keeper_transactions_sent_total",
        "keeper_transactions_replaced_total",
        "keeper_transactions_failed_total",
        "keeper_balance_wei",
        "keeper_rpc_errors_total",
    ] {
        assert!(
            metrics.contains(&format!("# TYPE {name} ")),
            "{name} missing"
        );
    }
    assert!(metric(&metrics, "keeper_balance_wei") > 0.0);

    // Evidence goes to the intake's own listener, not the admin one.
    let (status, _) = http(port, "POST", "/v1/misbehavior", Some("{}"));
    assert_eq!(status, 404);
    let (status, _) = http(intake, "GET", "/health", None);
    assert_eq!(status, 404);
    // Evidence: refused with the reason, accepted, then a duplicate.
    let stranger = PrivateKeySigner::random();
    let (status, body) = http(
        intake,
        "POST",
        "/v1/misbehavior",
        Some(&world.equivocation(7, Some(&stranger)).to_string()),
    );
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("NotNodeSigner"), "{body}");
    let good = world.equivocation(7, None).to_string();
    let (status, body) = http(intake, "POST", "/v1/misbehavior", Some(&good));
    assert_eq!(status, 202, "{body}");
    let report_id = equivocation_report_id(world.seated[0].id, 7).to_string();
    assert!(body.contains(&report_id), "{body}");
    // The intake also aggregates witness reports: a document whose signature is no witness's is refused with one
    // line, and the admin listener does not serve the route.
    let forged = serde_json::json!({
        "witness_node_id": world.seated[1].id,
        "epoch": 0,
        "reports": [{"node_id": world.seated[0].id, "epoch": 0, "kind": 2, "requests": 10_000,
                     "failures": 0, "average_response_ms": 0, "signature": format!("0x{}", "11".repeat(65))}],
    });
    let (status, body) = http(intake, "POST", "/v1/witness", Some(&forged.to_string()));
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("error"), "{body}");
    let (status, _) = http(port, "POST", "/v1/witness", Some("{}"));
    assert_eq!(status, 404);
    wait_until("the relayed report", || {
        let (_, metrics) = http(port, "GET", "/metrics", None);
        metrics.contains("keeper_reports_relayed_total{outcome=\"submitted\"} 1")
    });
    let (status, body) = http(intake, "POST", "/v1/misbehavior", Some(&good));
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("duplicate"), "{body}");

    // SIGTERM: a clean exit.
    let killed = Command::new("kill")
        .args(["-TERM", &daemon.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let deadline = Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(status) = daemon.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "the daemon did not stop");
        std::thread::sleep(Duration::from_millis(100));
    };
    let mut log = String::new();
    daemon
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    assert!(status.success(), "exit {status:?}: {log}");
    assert!(
        !log.contains(&alloy::hex::encode(world.key.to_bytes())),
        "the key leaked"
    );
}

/// The value of an unlabelled sample in Prometheus text.
fn metric(text: &str, name: &str) -> f64 {
    text.lines()
        .find_map(|line| line.strip_prefix(name)?.strip_prefix(' '))
        .map_or(-1.0, |value| value.trim().parse().unwrap())
}
