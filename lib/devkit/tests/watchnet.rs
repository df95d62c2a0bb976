//! The watcher's test world: five seated nodes served by the fake network at their registered URLs, governance set
//! for a fast test, rotations one epoch at a time, the chain reads the end-to-end test asserts on, and witness
//! keystores the keeper can read.

use std::{collections::BTreeMap, time::Duration};

use alloy::{primitives::U256, signers::local::PrivateKeySigner};
use xmtp_devkit::{
    evidence::envelope::UnsignedOriginatorEnvelope,
    watch::witness::{domain, WitnessSigner},
    watchnet::{
        write_keystore, WatchNetError, WatchWorld, MIN_REPORTED_EPOCHS, UPTIME_WINDOW_EPOCHS,
    },
};
use xmtp_node_api::client::NodeClient;

const NODES: usize = 5;
const LIVENESS: u8 = 2;

#[tokio::test]
async fn the_world_seats_five_nodes_served_at_their_registered_urls() {
    let watch = WatchWorld::start("watchnet-start", NODES)
        .await
        .expect("the world starts");
    let ids: Vec<u32> = watch.nodes().iter().map(|node| node.id).collect();
    assert_eq!(ids.len(), NODES);

    let epoch = watch.current_epoch().await.expect("epoch");
    assert_eq!(watch.active_node_ids(epoch).await.expect("active set"), ids);

    let urls = watch.node_urls().expect("urls");
    assert_eq!(urls.keys().copied().collect::<Vec<_>>(), ids);
    for (node_id, url) in &urls {
        assert_eq!(url.scheme(), "http");
        assert_eq!(url.host_str(), Some("127.0.0.1"));
        assert_eq!(
            watch.http_address(*node_id).await.expect("httpAddress"),
            watch.network.url(*node_id).expect("fake url"),
            "the registry lists node {node_id} at its fake URL"
        );
    }

    let reports = xmtp_bindings::misbehavior_reports::MisbehaviorReports::new(
        watch.misbehavior_reports,
        watch.admin(),
    );
    assert_eq!(
        reports.uptimeWindowEpochs().call().await.expect("window"),
        U256::from(UPTIME_WINDOW_EPOCHS)
    );
    assert_eq!(
        reports.minReportedEpochs().call().await.expect("minimum"),
        U256::from(MIN_REPORTED_EPOCHS)
    );

    // Nothing reported, nothing punished, every operator staked.
    for node_id in &ids {
        assert!(watch.stake_of(*node_id).await.expect("stake") > U256::ZERO);
        assert!(!watch.is_reported(*node_id, 1).await.expect("isReported"));
        assert_eq!(
            watch
                .performance_report_of(*node_id, epoch, LIVENESS)
                .await
                .expect("report")
                .requests,
            0
        );
        assert_eq!(
            watch
                .uptime_enforced_until(*node_id)
                .await
                .expect("enforced"),
            0
        );
    }
    assert!(matches!(
        watch.stake_of(9999).await,
        Err(WatchNetError::UnknownNode(9999))
    ));
    watch.stop().await;
}

#[tokio::test]
async fn a_publish_is_read_back_from_every_node_at_its_url() {
    let watch = WatchWorld::start("watchnet-publish", NODES)
        .await
        .expect("the world starts");
    let origin = watch.nodes()[0].id;
    let published = watch
        .network
        .publish(origin, b"hello watcher")
        .expect("publish");
    for (node_id, url) in watch.node_urls().expect("urls") {
        let client = NodeClient::new(url.as_str(), Duration::from_secs(5)).expect("client");
        let envelopes = client
            .query_envelopes(&[origin], &BTreeMap::new(), 0)
            .await
            .expect("query");
        assert_eq!(envelopes.len(), 1, "node {node_id} holds the publish");
        let unsigned =
            UnsignedOriginatorEnvelope::decode(&envelopes[0].unsigned_originator_envelope)
                .expect("decodes");
        assert_eq!(unsigned.originator_node_id, origin);
        assert_eq!(unsigned.originator_sequence_id, published.sequence_id);
        assert_eq!(
            envelopes[0].unsigned_originator_envelope,
            published.envelope.unsigned.to_vec()
        );
        let cursor = client.get_sync_cursor().await.expect("cursor");
        assert_eq!(cursor.get(&origin), Some(&published.sequence_id));
    }
    watch.stop().await;
}

#[tokio::test]
async fn next_epoch_rotates_once_and_the_closed_epoch_takes_reports() {
    let watch = WatchWorld::start("watchnet-epoch", NODES)
        .await
        .expect("the world starts");
    let ids: Vec<u32> = watch.nodes().iter().map(|node| node.id).collect();
    let before = watch.current_epoch().await.expect("epoch");
    for step in 1..=2 {
        let after = watch.next_epoch().await.expect("rotates");
        assert_eq!(after, before + step);
        assert_eq!(watch.current_epoch().await.expect("epoch"), after);
        assert_eq!(watch.active_node_ids(after).await.expect("set"), ids);
        // The epoch just closed is reportable at once, until its window closes.
        assert_eq!(
            watch.oldest_reportable_epoch().await.expect("oldest"),
            after - 1
        );
    }
    let closed = watch.current_epoch().await.expect("epoch") - 1;
    let closes = watch.report_window_closes_at(closed).await.expect("closes");
    assert!(watch.now().await.expect("now") < closes);
    watch.close_report_window(closed).await.expect("moves");
    assert!(watch.now().await.expect("now") >= closes);
    assert_eq!(
        watch.oldest_reportable_epoch().await.expect("oldest"),
        closed + 1
    );
    watch.stop().await;
}

#[tokio::test]
async fn a_witness_keystore_decrypts_to_the_node_key_and_is_private() {
    let watch = WatchWorld::start("watchnet-keystore", 2)
        .await
        .expect("the world starts");
    let node = watch.nodes()[1].clone();
    let (keystore, password_file) = watch
        .witness_keystore(node.id, "correct horse")
        .expect("written");
    let password = std::fs::read_to_string(&password_file).expect("password");
    let password = password.lines().next().expect("one line");
    assert_eq!(password, "correct horse");
    let decrypted = PrivateKeySigner::decrypt_keystore(&keystore, password).expect("decrypts");
    assert_eq!(decrypted.address(), node.signing_key.address());
    // The watcher's own reader takes it: modes private enough, the password's first line.
    let signer =
        WitnessSigner::from_keystore(&keystore, &password_file, node.id, watch.witness_domain())
            .expect("the watcher reads it");
    assert_eq!(signer.address(), node.signing_key.address());
    assert_eq!(signer.node_id(), node.id);
    assert_eq!(
        signer.domain(),
        &domain(watch.world.chain.chain_id(), watch.misbehavior_reports)
    );
    watch.stop().await;
}

#[test]
fn write_keystore_writes_mode_0600_files_that_decrypt_to_the_key() {
    let dir = std::env::temp_dir().join(format!("xmtp-watchnet-keystore-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let key = PrivateKeySigner::random();
    let (keystore, password_file) = write_keystore(&dir, &key, "hunter2").expect("written");
    assert_eq!(
        std::fs::read_to_string(&password_file).expect("password"),
        "hunter2\n"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        for path in [&keystore, &password_file] {
            let mode = std::fs::metadata(path)
                .expect("metadata")
                .permissions()
                .mode()
                & 0o777;
            assert_eq!(mode, 0o600, "{}", path.display());
        }
    }
    let decrypted = PrivateKeySigner::decrypt_keystore(&keystore, "hunter2").expect("decrypts");
    assert_eq!(decrypted.address(), key.address());
    assert!(PrivateKeySigner::decrypt_keystore(&keystore, "wrong").is_err());
    // Written again over itself: the files stay private and the new password holds.
    let (again, password_again) = write_keystore(&dir, &key, "hunter3").expect("rewritten");
    assert_eq!((&again, &password_again), (&keystore, &password_file));
    let decrypted = PrivateKeySigner::decrypt_keystore(&again, "hunter3").expect("decrypts");
    assert_eq!(decrypted.address(), key.address());
    let _ = std::fs::remove_dir_all(&dir);
}
