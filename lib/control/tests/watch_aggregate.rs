//! Witness reports against the real contracts on anvil: the Rust digest is the contract's
//! `performanceReportDigest`; witness documents posted to the intake listener's `/v1/witness`
//! by a majority get their report submitted once (never a minority's, never twice, not after a
//! restart); and after an uptime window closes, `enforceUptime` slashes a node below the
//! standard once and never an honest one.

// Helpers outside `#[test]` functions fail the test on any error, as the tests themselves do.
#![allow(clippy::unwrap_used)]

mod common;

use std::{sync::Arc, time::Duration};

use alloy::{primitives::U256, signers::local::PrivateKeySigner};
use common::World;
use xmtp_bindings::{
    misbehavior_reports::MisbehaviorReports, node_selection_manager::NodeSelectionManager,
};
use xmtp_control::{
    deployments::{MISBEHAVIOR_REPORTS, NODES, NODE_SELECTION_MANAGER},
    keeper::{
        chain::{connect, RpcPolicy},
        http::{
            self, EvidenceIntake, HealthPolicy, HttpState, IntakeReply, ListenerLimits,
            WitnessIntake,
        },
        metrics::Metrics,
        relay::limits::IntakeLimits,
        sender::{Sender, SenderSettings},
    },
    watch::{
        aggregate::{Aggregator, ContractsView, Enforced, Submitted},
        witness::{domain, report_digest, OnchainReport, WitnessSigner},
    },
};
use xmtp_devkit::{devnet, selection};

fn quick_settings() -> SenderSettings {
    SenderSettings {
        confirmations: 1,
        confirmation_timeout: Duration::from_secs(5),
        poll_interval: Duration::from_millis(50),
        ..SenderSettings::default()
    }
}

struct Watch {
    aggregator: Arc<Aggregator<ContractsView>>,
    sender: Sender,
    path: std::path::PathBuf,
}

fn view(world: &World) -> ContractsView {
    ContractsView::new(
        world.admin.clone(),
        world.proxy(NODE_SELECTION_MANAGER).unwrap(),
        world.proxy(NODES).unwrap(),
        world.proxy(MISBEHAVIOR_REPORTS).unwrap(),
    )
}

fn eip712(world: &World) -> alloy::sol_types::Eip712Domain {
    domain(
        world.chain.chain_id(),
        world.proxy(MISBEHAVIOR_REPORTS).unwrap(),
    )
}

async fn watch(world: &World, name: &str) -> Watch {
    let path = world.path(name).join("watch.sqlite3");
    let aggregator = Arc::new(Aggregator::open(&path, view(world), eip712(world)).unwrap());
    let metrics = Arc::new(Metrics::default());
    let provider = connect(
        &[world.chain.endpoint_url()],
        RpcPolicy::default(),
        Arc::clone(&metrics),
    )
    .unwrap();
    let sender = Sender::new(
        provider,
        world.keeper_key().await,
        world.chain.chain_id(),
        quick_settings(),
        metrics,
    )
    .unwrap();
    Watch {
        aggregator,
        sender,
        path,
    }
}

fn signer(world: &World, index: usize) -> WitnessSigner {
    let node = &world.seated[index];
    WitnessSigner::new(node.signing_key.clone(), node.id, eip712(world))
}

async fn current_epoch(world: &World) -> u64 {
    let manager = NodeSelectionManager::new(world.contracts.selection, &world.admin);
    u64::try_from(manager.currentEpoch().call().await.unwrap()).unwrap()
}

/// Ends the current epoch: the clock to the next rotation, then `rotateNodes`. The epoch that
/// ended is closed and reportable.
async fn rotate(world: &World) -> u64 {
    world.warp_to_next_rotation().await.unwrap();
    selection::rotate(&world.admin, world.contracts.selection)
        .await
        .unwrap();
    current_epoch(world).await - 1
}

fn report(node_id: u32, epoch: u64, kind: u8, failures: u32) -> OnchainReport {
    OnchainReport {
        nodeId: node_id,
        epoch,
        kind,
        requests: 10_000,
        failures,
        averageResponseMs: 0,
    }
}

async fn report_of(world: &World, node_id: u32, epoch: u64, kind: u8) -> OnchainReport {
    MisbehaviorReports::new(world.proxy(MISBEHAVIOR_REPORTS).unwrap(), &world.admin)
        .performanceReportOf(node_id, epoch, kind)
        .call()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn test_report_digest_equals_the_contracts() {
    let world = World::new(2).await;
    let reports = MisbehaviorReports::new(world.proxy(MISBEHAVIOR_REPORTS).unwrap(), &world.admin);
    let on_chain_domain = reports.eip712Domain().call().await.unwrap();
    assert_eq!(on_chain_domain.name, "XMTP Misbehavior Reports");
    assert_eq!(on_chain_domain.version, "1");
    for report in [
        report(1, 0, 2, 0),
        report(100, 7, 3, 500),
        OnchainReport {
            nodeId: u32::MAX,
            epoch: u64::MAX,
            kind: 4,
            requests: u32::MAX,
            failures: 17,
            averageResponseMs: 1234,
        },
    ] {
        let digest = reports
            .performanceReportDigest(report.clone())
            .call()
            .await
            .unwrap();
        assert_eq!(report_digest(&report, &eip712(&world)), digest);
    }
}

/// An HTTP listener serving the intake routes with `aggregator` behind `/v1/witness`.
async fn listen(
    aggregator: Arc<Aggregator<ContractsView>>,
) -> (String, tokio::sync::oneshot::Sender<()>) {
    struct NoEvidence;
    impl EvidenceIntake for NoEvidence {
        fn submit(
            &self,
            _body: hyper::body::Bytes,
        ) -> std::pin::Pin<Box<dyn std::future::Future<Output = IntakeReply> + Send + '_>> {
            Box::pin(async { IntakeReply::error(400, "no evidence here") })
        }
    }
    let listener = http::bind("127.0.0.1:0".parse().unwrap()).await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let state = HttpState {
        metrics: Arc::new(Metrics::default()),
        intake: Arc::new(NoEvidence),
        witness: Some(aggregator as Arc<dyn WitnessIntake>),
        health: HealthPolicy::with_stale_after(Duration::from_secs(60)),
    };
    tokio::spawn(http::serve_with(
        listener,
        state,
        ListenerLimits::intake(Arc::new(IntakeLimits::default())),
        async move {
            let _ = stopped.await;
        },
    ));
    (format!("http://{addr}"), stop)
}

async fn post(base: &str, body: Vec<u8>) -> (u16, serde_json::Value) {
    let response = reqwest::Client::new()
        .post(format!("{base}/v1/witness"))
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let body = response.bytes().await.unwrap();
    (status, serde_json::from_slice(&body).unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn test_majority_posted_to_the_intake_is_submitted_once() {
    let world = World::new(5).await;
    let epoch = rotate(&world).await;
    let watch = watch(&world, "majority").await;
    let (base, _stop) = listen(Arc::clone(&watch.aggregator)).await;
    let accused = world.seated[0].id;
    let other = world.seated[1].id;

    // Witnesses 1..=3 (of 4) sign a Liveness report on the accused: a majority. Only witnesses
    // 2 and 3 sign an Omission report on another node: a minority.
    for index in 1..=3 {
        let mut reports = vec![
            report(accused, epoch, 2, 1_000),
            report(accused, epoch, 2, 1_500),
        ];
        if index >= 2 {
            reports.push(report(other, epoch, 3, 100));
        }
        let document = signer(&world, index).document(epoch, &reports).unwrap();
        let (status, body) = post(&base, document.to_json()).await;
        assert_eq!(status, 202, "{body}");
        // A replay is idempotent.
        let (status, body) = post(&base, document.to_json()).await;
        assert_eq!(status, 200, "{body}");
    }
    // A forged document (a random key claiming a witness) stores nothing.
    let forger = WitnessSigner::new(
        PrivateKeySigner::random(),
        world.seated[4].id,
        eip712(&world),
    );
    let forged = forger
        .document(epoch, &[report(accused, epoch, 2, 0)])
        .unwrap();
    let (status, _) = post(&base, forged.to_json()).await;
    assert_eq!(status, 400);
    // More than the listener reads: 413.
    let (status, _) = post(&base, vec![b' '; (1 << 20) + 10]).await;
    assert_eq!(status, 413);

    let done = watch
        .aggregator
        .run_once(&watch.sender, world.proxy(MISBEHAVIOR_REPORTS).unwrap())
        .await
        .unwrap();
    assert_eq!(done.len(), 1, "only the majority's report: {done:?}");
    let (submission, outcome) = &done[0];
    assert!(matches!(outcome, Submitted::Confirmed(_)), "{outcome:?}");
    assert_eq!(submission.report.failures, 1_000, "the fewest failures");
    let on_chain = report_of(&world, accused, epoch, 2).await;
    assert_eq!((on_chain.requests, on_chain.failures), (10_000, 1_000));
    assert_eq!(report_of(&world, other, epoch, 3).await.requests, 0);

    // Never again: not on the next pass, not after a restart, not with the fourth witness's
    // late signature.
    let late = signer(&world, 4)
        .document(epoch, &[report(accused, epoch, 2, 1_000)])
        .unwrap();
    let (status, body) = post(&base, late.to_json()).await;
    assert_eq!(status, 200, "{body}");
    let again = watch
        .aggregator
        .run_once(&watch.sender, world.proxy(MISBEHAVIOR_REPORTS).unwrap())
        .await
        .unwrap();
    assert!(again.is_empty(), "{again:?}");
    let reopened = Aggregator::open(&watch.path, view(&world), eip712(&world)).unwrap();
    assert!(reopened.plan().await.unwrap().is_empty());
    assert_eq!(
        reopened
            .done(accused, epoch, 2)
            .unwrap()
            .map(|(outcome, _)| outcome),
        Some("submitted".to_owned())
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn test_enforce_uptime_slashes_a_low_node_once_and_never_an_honest_one() {
    let world = World::new(5).await;
    let reports_address = world.proxy(MISBEHAVIOR_REPORTS).unwrap();
    let reports = MisbehaviorReports::new(reports_address, &world.admin);
    // One-epoch windows, one reported epoch needed.
    reports
        .setUptimeWindowEpochs(U256::from(1))
        .send()
        .await
        .unwrap()
        .get_receipt()
        .await
        .unwrap();
    reports
        .setMinReportedEpochs(U256::from(1))
        .send()
        .await
        .unwrap()
        .get_receipt()
        .await
        .unwrap();
    let epoch = rotate(&world).await;
    let watch = watch(&world, "uptime").await;
    let down = world.seated[0].id;
    let honest = world.seated[1].id;
    for index in 2..=4 {
        let document = signer(&world, index)
            .document(
                epoch,
                &[report(down, epoch, 2, 10_000), report(honest, epoch, 2, 0)],
            )
            .unwrap();
        assert_eq!(
            WitnessIntake::submit(&*watch.aggregator, document.to_json().into())
                .await
                .status,
            202
        );
    }
    let done = watch
        .aggregator
        .run_once(&watch.sender, reports_address)
        .await
        .unwrap();
    assert_eq!(done.len(), 2, "{done:?}");

    // The window's last epoch still takes reports: nothing is judged yet.
    assert!(watch
        .aggregator
        .enforce_uptime(&watch.sender)
        .await
        .unwrap()
        .iter()
        .all(|(_, first, _)| *first != epoch));

    // Past the report window, the window is final.
    let manager = NodeSelectionManager::new(world.contracts.selection, &world.admin);
    let window = manager.reportWindow().call().await.unwrap();
    devnet::advance_time(&world.admin, u64::try_from(window).unwrap() + 1)
        .await
        .unwrap();
    let outcomes = watch
        .aggregator
        .enforce_uptime(&watch.sender)
        .await
        .unwrap();
    let of = |node: u32| {
        outcomes
            .iter()
            .find(|(id, first, _)| *id == node && *first == epoch)
            .map(|(_, _, outcome)| outcome.clone())
    };
    assert!(
        matches!(of(down), Some(Enforced::Confirmed(_))),
        "{outcomes:?}"
    );
    assert!(
        matches!(of(honest), Some(Enforced::Skipped(_))),
        "{outcomes:?}"
    );
    assert_eq!(
        reports.uptimeEnforcedUntil(down).call().await.unwrap(),
        epoch + 1
    );
    assert_eq!(reports.uptimeEnforcedUntil(honest).call().await.unwrap(), 0);

    // Once: the next pass, and a restarted aggregator, do nothing more.
    assert!(watch
        .aggregator
        .enforce_uptime(&watch.sender)
        .await
        .unwrap()
        .is_empty());
    let reopened = Aggregator::open(&watch.path, view(&world), eip712(&world)).unwrap();
    assert!(reopened
        .enforce_uptime(&watch.sender)
        .await
        .unwrap()
        .is_empty());
    assert_eq!(
        reopened.enforcement(down, epoch).unwrap().as_deref(),
        Some("enforced")
    );
}

/// A chain where epoch 7 is closed and reportable and nodes 1 to 3 were active, with `key` as
/// node 2's signer.
struct StillChain {
    key: alloy::primitives::Address,
}

impl xmtp_control::watch::aggregate::ChainView for StillChain {
    async fn current_epoch(&self) -> Result<u64, xmtp_control::watch::aggregate::ChainReadError> {
        Ok(8)
    }
    async fn oldest_reportable_epoch(
        &self,
    ) -> Result<u64, xmtp_control::watch::aggregate::ChainReadError> {
        Ok(7)
    }
    async fn active_node_ids_at(
        &self,
        _epoch: u64,
    ) -> Result<Vec<u32>, xmtp_control::watch::aggregate::ChainReadError> {
        Ok(vec![1, 2, 3])
    }
    async fn signers(
        &self,
        node_ids: &[u32],
    ) -> Result<Vec<alloy::primitives::Address>, xmtp_control::watch::aggregate::ChainReadError>
    {
        Ok(node_ids
            .iter()
            .map(|id| {
                if *id == 2 {
                    self.key
                } else {
                    alloy::primitives::Address::ZERO
                }
            })
            .collect())
    }
    async fn already_reported(
        &self,
        _: u32,
        _: u64,
        _: u8,
    ) -> Result<bool, xmtp_control::watch::aggregate::ChainReadError> {
        Ok(false)
    }
}

/// The witness route under the intake listener's limits: the admin listener does not serve it,
/// a listener without an aggregator answers 404, the content type is checked, a client over its
/// rate gets 429 (and nothing is stored), and an oversized body 413.
#[tokio::test]
async fn test_witness_route_limits_and_routing() {
    let dir = std::env::temp_dir().join(format!("witness-route-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let key = PrivateKeySigner::random();
    let domain = domain(31_337, alloy::primitives::Address::repeat_byte(3));
    let aggregator = Arc::new(
        Aggregator::open(
            &dir.join("watch.sqlite3"),
            StillChain { key: key.address() },
            domain.clone(),
        )
        .unwrap(),
    );
    let witness = WitnessSigner::new(key, 2, domain);
    let body = |failures| {
        witness
            .document(7, &[report(1, 7, 2, failures)])
            .unwrap()
            .to_json()
    };

    struct NoEvidence;
    impl EvidenceIntake for NoEvidence {
        fn submit(
            &self,
            _body: hyper::body::Bytes,
        ) -> std::pin::Pin<Box<dyn std::future::Future<Output = IntakeReply> + Send + '_>> {
            Box::pin(async { IntakeReply::error(400, "no evidence here") })
        }
    }
    let start = |limits: ListenerLimits, witness: Option<Arc<dyn WitnessIntake>>| async move {
        let listener = http::bind("127.0.0.1:0".parse().unwrap()).await.unwrap();
        let addr = listener.local_addr().unwrap();
        let state = HttpState {
            metrics: Arc::new(Metrics::default()),
            intake: Arc::new(NoEvidence),
            witness,
            health: HealthPolicy::with_stale_after(Duration::from_secs(60)),
        };
        tokio::spawn(http::serve_with(
            listener,
            state,
            limits,
            std::future::pending(),
        ));
        format!("http://{addr}")
    };
    let as_intake = || Some(Arc::clone(&aggregator) as Arc<dyn WitnessIntake>);

    let admin = start(ListenerLimits::admin(), as_intake()).await;
    assert_eq!(
        post(&admin, body(0)).await.0,
        404,
        "not on the admin listener"
    );
    let without = start(
        ListenerLimits::intake(Arc::new(IntakeLimits::default())),
        None,
    )
    .await;
    assert_eq!(post(&without, body(0)).await.0, 404, "no aggregator");

    // One request a minute, no burst.
    let base = start(
        ListenerLimits::intake(Arc::new(IntakeLimits::new(1, 1, 4))),
        as_intake(),
    )
    .await;
    let client = reqwest::Client::new();
    let wrong_type = client
        .post(format!("{base}/v1/witness"))
        .header("content-type", "text/plain")
        .body(body(0))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong_type.status().as_u16(), 415);
    let (status, reply) = post(&base, body(500)).await;
    assert_eq!(status, 429, "{reply}");
    assert_eq!(aggregator.total_signatures().unwrap(), 0);

    let base = start(
        ListenerLimits::intake(Arc::new(IntakeLimits::default())),
        as_intake(),
    )
    .await;
    let get = client
        .get(format!("{base}/v1/witness"))
        .send()
        .await
        .unwrap();
    assert_eq!(get.status().as_u16(), 405);
    let (status, reply) = post(&base, body(0)).await;
    assert_eq!(status, 202, "{reply}");
    let (status, _) = post(&base, vec![b' '; (1 << 20) + 1]).await;
    assert_eq!(status, 413);
    assert_eq!(aggregator.total_signatures().unwrap(), 1);
    let _ = std::fs::remove_dir_all(&dir);
}
