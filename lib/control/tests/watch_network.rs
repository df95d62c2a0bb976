//! The watcher end to end: five fake xmtpd nodes on real sockets in front of the suite on anvil, replicating
//! honestly (payer signatures with a high s among them, deliveries to peers scrambled by the network) except for
//! four faults: one node equivocates on one sequence id, one omits an envelope it originated, one answers every call
//! with an error for a whole uptime window, one lets through an envelope with an invalid payer signature. A watcher
//! per operator signs with its node's key, and one independent watcher has none; an aggregator collects their
//! witness reports over `POST /v1/witness`.
//!
//! The equivocator and the invalid-payload node are slashed once each through the evidence path, the failing node
//! through `enforceUptime` after its window, the omission is in the epoch's performance report, no honest node is
//! ever slashed, and a restart of watchers in the middle loses and doubles nothing.

// Helpers outside `#[test]` functions fail the test on any error, as the tests themselves do.
#![allow(clippy::unwrap_used)]

use std::{collections::BTreeMap, path::Path, sync::Arc, time::Duration};

use alloy::{primitives::U256, signers::local::PrivateKeySigner};
use xmtp_control::{
    keeper::{
        chain::{connect, RpcPolicy},
        config::{parse_file, Config, KeyRequirement, Overrides},
        http::{
            self, EvidenceIntake, HealthPolicy, HttpState, IntakeReply, ListenerLimits,
            WitnessIntake,
        },
        metrics::Metrics,
        relay::limits::IntakeLimits,
        sender::{Sender, SenderSettings},
        setup::Runtime,
        state::LockGuard,
    },
    watch::{
        aggregate::{Aggregator, ContractsView, Enforced, Submitted},
        launch::{launch, LaunchOptions},
        report::{ReportKind, REPORT_SCALE},
        runner::Watcher,
        settings::WatchSettings,
        store::RelayState,
        witness::domain,
    },
};
use xmtp_devkit::watchnet::WatchWorld;

/// The node roles, by index into the seated nodes.
const HONEST: usize = 0;
const EQUIVOCATOR: usize = 1;
const OMITTER: usize = 2;
const FAILER: usize = 3;
const INVALID: usize = 4;

/// Honest envelopes each node originates before the faults.
const PUBLISHED_PER_NODE: usize = 4;

const PASSWORD: &str = "watch-network-test";

fn settings(node_urls: BTreeMap<u32, reqwest::Url>, aggregator: &str) -> WatchSettings {
    WatchSettings {
        poll_interval: Duration::from_millis(200),
        probe_interval: Duration::from_millis(10),
        request_timeout: Duration::from_secs(2),
        requests_per_second: 500,
        node_urls,
        aggregators: vec![aggregator.parse().unwrap()],
        ..WatchSettings::default()
    }
}

/// A keeper's configuration as the binary resolves it, with `key` and a state directory of its own.
fn config(net: &WatchWorld, key: &PrivateKeySigner, state_dir: &Path) -> Config {
    let overrides = Overrides {
        rpc_urls: Some(vec![net.world.chain.endpoint()]),
        deployments: Some(net.world.record.clone()),
        private_key: Some(alloy::hex::encode_prefixed(key.to_bytes())),
        state_dir: Some(state_dir.to_path_buf()),
        ..Overrides::default()
    };
    let file = parse_file("", Path::new("test.toml")).unwrap();
    Config::resolve(file, overrides, KeyRequirement::Required).unwrap()
}

/// A watcher as `keeper watch` opens one: as node `witness`'s operator (its signing key in a keystore), or
/// independent; relaying through its own keeper key `key`; its state in `name`.
async fn open_watcher(
    net: &WatchWorld,
    witness: Option<u32>,
    key: &PrivateKeySigner,
    name: &str,
    aggregator: &str,
) -> Watching {
    let config = config(net, key, &net.world.path(name));
    let runtime = Runtime::start(&config, false).await.unwrap();
    let (witness_key, witness_password_file) = match witness {
        Some(node_id) => {
            let (keystore, password) = net.witness_keystore(node_id, PASSWORD).unwrap();
            (Some(keystore), Some(password))
        }
        None => (None, None),
    };
    let options = LaunchOptions {
        settings: settings(net.node_urls().unwrap(), aggregator),
        witness_key,
        witness_password_file,
    };
    let launched = launch(&config, &runtime, options).await.unwrap();
    assert_eq!(launched.witness_node_id, witness);
    Watching {
        watcher: launched.watcher,
        _lock: launched.lock,
    }
}

/// A watcher and the lock on its state directory, released with it (as when its process exits).
struct Watching {
    watcher: Watcher,
    _lock: LockGuard,
}

/// An aggregator behind `POST /v1/witness` on an intake listener, with a sender of its own.
async fn aggregator(net: &WatchWorld) -> (Arc<Aggregator<ContractsView>>, Sender, String) {
    struct NoEvidence;
    impl EvidenceIntake for NoEvidence {
        fn submit(
            &self,
            _body: hyper::body::Bytes,
        ) -> std::pin::Pin<Box<dyn std::future::Future<Output = IntakeReply> + Send + '_>> {
            Box::pin(async { IntakeReply::error(400, "no evidence here") })
        }
    }
    let world = &net.world;
    let view = ContractsView::new(
        world.admin.clone(),
        world.contracts.selection,
        world.contracts.nodes,
        net.misbehavior_reports,
    );
    let aggregator = Arc::new(
        Aggregator::open(
            &world.path("aggregator").join("aggregate.sqlite3"),
            view,
            domain(world.chain.chain_id(), net.misbehavior_reports),
        )
        .unwrap(),
    );
    let listener = http::bind("127.0.0.1:0".parse().unwrap()).await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let state = HttpState {
        metrics: Arc::new(Metrics::default()),
        intake: Arc::new(NoEvidence),
        witness: Some(Arc::clone(&aggregator) as Arc<dyn WitnessIntake>),
        health: HealthPolicy::with_stale_after(Duration::from_secs(60)),
    };
    tokio::spawn(http::serve_with(
        listener,
        state,
        ListenerLimits::intake(Arc::new(IntakeLimits::new(100_000, 100_000, 100_000))),
        std::future::pending(),
    ));
    let metrics = Arc::new(Metrics::default());
    let provider = connect(
        &[world.chain.endpoint_url()],
        RpcPolicy::default(),
        Arc::clone(&metrics),
    )
    .unwrap();
    let sender = Sender::new(
        provider,
        world.funded_key().await.unwrap(),
        world.chain.chain_id(),
        SenderSettings {
            confirmations: 1,
            confirmation_timeout: Duration::from_secs(5),
            poll_interval: Duration::from_millis(50),
            ..SenderSettings::default()
        },
        metrics,
    )
    .unwrap();
    (aggregator, sender, url)
}

async fn pass_all(watchers: &mut [Watching]) {
    for watching in watchers.iter_mut() {
        watching.watcher.pass().await.unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watchers_slash_every_faulty_node_once_and_never_an_honest_one() {
    let net = WatchWorld::start("watch-network", 5).await.unwrap();
    let ids: Vec<u32> = net.nodes().iter().map(|node| node.id).collect();
    let (aggregator, aggregator_sender, aggregator_url) = aggregator(&net).await;
    let stakes_before: Vec<U256> = {
        let mut stakes = Vec::new();
        for id in &ids {
            stakes.push(net.stake_of(*id).await.unwrap());
        }
        stakes
    };

    // Honest traffic, with payer signatures of high s among it, delivered to peers in a scrambled order and only
    // partly at first: peers hold gaps that are the network's doing, not a node's.
    net.network.shuffle_replication(Some(7));
    let mut published: BTreeMap<u32, Vec<u64>> = BTreeMap::new();
    for id in &ids {
        for index in 0..PUBLISHED_PER_NODE {
            let envelope = if index == 1 {
                net.network.publish_high_s(*id).unwrap()
            } else {
                net.network
                    .publish(*id, format!("message {index} of node {id}").as_bytes())
                    .unwrap()
            };
            published.entry(*id).or_default().push(envelope.sequence_id);
        }
    }
    net.network.replicate_some(1);

    // The faults.
    let equivocated = published[&ids[EQUIVOCATOR]][2];
    net.network
        .equivocate(ids[EQUIVOCATOR], equivocated)
        .unwrap();
    let omitted = published[&ids[OMITTER]][2];
    net.network.omit(ids[OMITTER], omitted).unwrap();
    let invalid = net.network.publish_invalid_payer(ids[INVALID]).unwrap();
    net.network.fail(ids[FAILER], true).unwrap();

    let mut watchers = Vec::new();
    for (index, id) in ids.iter().enumerate() {
        let key = net.world.funded_key().await.unwrap();
        watchers.push(
            open_watcher(
                &net,
                Some(*id),
                &key,
                &format!("watcher-{index}"),
                &aggregator_url,
            )
            .await,
        );
    }
    let independent_key = net.world.funded_key().await.unwrap();
    watchers.push(open_watcher(&net, None, &independent_key, "independent", &aggregator_url).await);

    let epoch = net.current_epoch().await.unwrap();
    pass_all(&mut watchers).await;
    net.network.replicate_now();
    pass_all(&mut watchers).await;

    // A restart of two watchers in the middle: the same state, nothing lost or doubled.
    let digests_before = watchers[HONEST].watcher.store().digest_count().unwrap();
    let findings_before = watchers[HONEST].watcher.store().finding_count().unwrap();
    let restarted_key = net.world.funded_key().await.unwrap();
    drop(watchers.remove(HONEST));
    watchers.insert(
        HONEST,
        open_watcher(
            &net,
            Some(ids[HONEST]),
            &restarted_key,
            "watcher-0",
            &aggregator_url,
        )
        .await,
    );
    assert_eq!(
        watchers[HONEST].watcher.store().digest_count().unwrap(),
        digests_before
    );
    assert_eq!(
        watchers[HONEST].watcher.store().finding_count().unwrap(),
        findings_before
    );
    pass_all(&mut watchers).await;
    pass_all(&mut watchers).await;

    // Proven faults: reported once each, through the evidence path, at once.
    assert!(net
        .is_reported(ids[EQUIVOCATOR], equivocated)
        .await
        .unwrap());
    assert!(net
        .is_reported(ids[INVALID], invalid.sequence_id)
        .await
        .unwrap());
    assert!(net.stake_of(ids[EQUIVOCATOR]).await.unwrap() < stakes_before[EQUIVOCATOR]);
    assert!(net.stake_of(ids[INVALID]).await.unwrap() < stakes_before[INVALID]);
    for watching in &watchers {
        let pending = watching
            .watcher
            .store()
            .findings(RelayState::Pending, 100)
            .unwrap();
        assert!(
            pending
                .iter()
                .all(|finding| finding.kind != "equivocation" && finding.kind != "invalid_payload"),
            "a proven fault is still pending: {pending:?}"
        );
    }
    for index in [HONEST, OMITTER, FAILER] {
        assert_eq!(
            net.stake_of(ids[index]).await.unwrap(),
            stakes_before[index]
        );
    }
    // No watcher holds a finding against the honest node, whose envelopes include high-s payer signatures and
    // reached its peers out of order.
    for watching in &watchers {
        for state in [
            RelayState::Pending,
            RelayState::Relayed,
            RelayState::Refused,
        ] {
            let findings = watching.watcher.store().findings(state, 1_000).unwrap();
            assert!(
                findings
                    .iter()
                    .all(|finding| finding.node_id != ids[HONEST]),
                "a finding against the honest node: {findings:?}"
            );
        }
    }

    // The epoch ends: every operator's watcher signs its reports on its peers and posts them; the aggregator submits
    // what a majority signed.
    let next = net.next_epoch().await.unwrap();
    assert_eq!(next, epoch + 1);
    pass_all(&mut watchers).await;
    let submitted = aggregator
        .run_once(&aggregator_sender, net.misbehavior_reports)
        .await
        .unwrap();
    assert!(submitted
        .iter()
        .all(|(_, outcome)| matches!(outcome, Submitted::Confirmed(_))));
    let liveness = ReportKind::Liveness.as_u8();
    let failer = net
        .performance_report_of(ids[FAILER], epoch, liveness)
        .await
        .unwrap();
    assert_eq!(
        (failer.requests, failer.failures),
        (REPORT_SCALE, REPORT_SCALE)
    );
    let honest = net
        .performance_report_of(ids[HONEST], epoch, liveness)
        .await
        .unwrap();
    assert_eq!((honest.requests, honest.failures), (REPORT_SCALE, 0));
    let omission = net
        .performance_report_of(ids[OMITTER], epoch, ReportKind::Omission.as_u8())
        .await
        .unwrap();
    assert_eq!(omission.requests, REPORT_SCALE);
    assert!(
        omission.failures > 0,
        "the omission is in the report: {omission:?}"
    );
    for index in [HONEST, EQUIVOCATOR, FAILER, INVALID] {
        let report = net
            .performance_report_of(ids[index], epoch, ReportKind::Omission.as_u8())
            .await
            .unwrap();
        assert_eq!(
            report.requests, 0,
            "node {} has no omission report",
            ids[index]
        );
    }
    // Signed again (a second pass, a restart) changes nothing: every report is on chain once.
    pass_all(&mut watchers).await;
    assert!(aggregator
        .run_once(&aggregator_sender, net.misbehavior_reports)
        .await
        .unwrap()
        .is_empty());

    // The uptime window [epoch, epoch + 1) is final once its report window closed: the failing node is slashed,
    // once; nobody else is.
    net.close_report_window(epoch).await.unwrap();
    net.next_epoch().await.unwrap();
    let enforced = aggregator.enforce_uptime(&aggregator_sender).await.unwrap();
    let slashed: Vec<u32> = enforced
        .iter()
        .filter(|(_, _, outcome)| matches!(outcome, Enforced::Confirmed(_)))
        .map(|(node, _, _)| *node)
        .collect();
    assert_eq!(slashed, vec![ids[FAILER]]);
    assert_eq!(
        net.uptime_enforced_until(ids[FAILER]).await.unwrap(),
        epoch + 1
    );
    assert!(net.stake_of(ids[FAILER]).await.unwrap() < stakes_before[FAILER]);
    assert!(aggregator
        .enforce_uptime(&aggregator_sender)
        .await
        .unwrap()
        .iter()
        .all(|(_, _, outcome)| !matches!(outcome, Enforced::Confirmed(_))));
    for index in [HONEST, OMITTER] {
        assert_eq!(
            net.stake_of(ids[index]).await.unwrap(),
            stakes_before[index]
        );
    }
    net.stop().await;
}
