//! The fake xmtpd network as the watcher sees it: through `NodeClient` over gRPC-Web, honest replication, scrambled
//! replication, and each misbehavior knob against the evidence verifiers.

use std::{collections::BTreeMap, time::Duration};

use alloy::{
    primitives::{keccak256, Address, U256},
    signers::local::PrivateKeySigner,
};
use xmtp_devkit::{
    evidence::{
        envelope::{PayerEnvelope, UnsignedOriginatorEnvelope},
        judge,
        signature::MAX_LOW_S,
        verify_equivocation, verify_invalid_payload, EvidenceError, SignerRecord, Verdict,
        Violation,
    },
    fakenet::{signed_envelope, FakeNetError, FakeNetwork, FAKE_VERSION},
};
use xmtp_node_api::{
    client::{CallError, NodeClient},
    grpc_web::Code,
    proto::envelopes::OriginatorEnvelope,
    server::NodeApi,
};

const NODES: [u32; 3] = [100, 200, 300];

fn key(node_id: u32) -> PrivateKeySigner {
    PrivateKeySigner::from_bytes(&keccak256(format!("fakenet node {node_id}"))).expect("key")
}

async fn network() -> FakeNetwork {
    FakeNetwork::start(NODES.iter().map(|id| (*id, key(*id))).collect())
        .await
        .expect("network starts")
}

fn client(net: &FakeNetwork, node_id: u32) -> NodeClient {
    NodeClient::new(&net.url(node_id).expect("url"), Duration::from_secs(5)).expect("client")
}

/// The records the contract would hold: each node's current key, owned by its own owner.
fn records(signer: Address) -> SignerRecord {
    NODES
        .iter()
        .find(|id| key(**id).address() == signer)
        .map(|id| SignerRecord::current(*id, Address::with_last_byte(*id as u8)))
        .unwrap_or_default()
}

fn sequence_ids(envelopes: &[OriginatorEnvelope]) -> Vec<(u32, u64)> {
    envelopes
        .iter()
        .map(|envelope| {
            let unsigned =
                UnsignedOriginatorEnvelope::decode(&envelope.unsigned_originator_envelope)
                    .expect("decodes");
            (unsigned.originator_node_id, unsigned.originator_sequence_id)
        })
        .collect()
}

async fn query(
    net: &FakeNetwork,
    node_id: u32,
    originators: &[u32],
    cursor: &[(u32, u64)],
    limit: u32,
) -> Result<Vec<OriginatorEnvelope>, CallError> {
    client(net, node_id)
        .query_envelopes(originators, &cursor.iter().copied().collect(), limit)
        .await
}

#[tokio::test]
async fn honest_publishes_reach_every_node_in_order() {
    let net = network().await;
    for i in 0..3 {
        net.publish(100, format!("a{i}").as_bytes())
            .expect("publish");
    }
    let published = net.publish(200, b"b").expect("publish");
    assert_eq!(published.sequence_id, 1);

    for node in NODES {
        let client = client(&net, node);
        assert_eq!(client.get_version().await.expect("version"), FAKE_VERSION);
        assert_eq!(
            client.get_sync_cursor().await.expect("cursor"),
            BTreeMap::from([(100, 3), (200, 1)])
        );
        let page = query(&net, node, &[100, 200, 300], &[], 0)
            .await
            .expect("page");
        assert_eq!(
            sequence_ids(&page),
            [(100, 1), (100, 2), (100, 3), (200, 1)]
        );
        // Served bytes are what the originator signed.
        let signed = signed_envelope(&page[3]).expect("signed");
        assert_eq!(signed, published.envelope);
    }
    let after = query(&net, 300, &[100], &[(100, 1)], 1)
        .await
        .expect("page");
    assert_eq!(sequence_ids(&after), [(100, 2)]);
    let nothing = query(&net, 300, &[], &[], 0).await.expect("page");
    assert!(nothing.is_empty());

    // The payer envelope is valid and addressed to the originator.
    let unsigned =
        UnsignedOriginatorEnvelope::decode(&published.envelope.unsigned).expect("decodes");
    let payer = PayerEnvelope::decode(&unsigned.payer_envelope_bytes).expect("decodes");
    assert_eq!(payer.target_originator, 200);
    assert!(matches!(
        judge(
            &payer.digest(),
            payer.payer_signature.as_deref().expect("signed")
        ),
        Verdict::Valid(_)
    ));
    net.stop().await;
}

#[tokio::test]
async fn queries_honour_the_limit_and_refuse_topics() {
    let net = network().await;
    for _ in 0..1005 {
        net.publish(100, b"x").expect("publish");
    }
    assert_eq!(
        query(&net, 200, &[100], &[], 0).await.expect("page").len(),
        1000
    );
    assert_eq!(
        query(&net, 200, &[100], &[], 5000)
            .await
            .expect("page")
            .len(),
        1000
    );
    let tail = query(&net, 200, &[100], &[(100, 1000)], 0)
        .await
        .expect("page");
    assert_eq!(tail.len(), 5);
    assert_eq!(
        query(&net, 200, &[100], &[], 7).await.expect("page").len(),
        7
    );

    let mut request = xmtp_node_api::client::query_request(&[], &BTreeMap::new(), 0);
    if let Some(query) = request.query.as_mut() {
        query.topics.push(b"topic".to_vec());
    }
    let refused = net
        .node(200)
        .expect("node")
        .query_envelopes(request)
        .await
        .expect_err("topics refused");
    assert_eq!(refused.code, Code::InvalidArgument);
}

#[tokio::test]
async fn shuffled_replication_reorders_deliveries_but_answers_stay_sorted() {
    let net = network().await;
    net.shuffle_replication(Some(42));
    for _ in 0..8 {
        net.publish(100, b"x").expect("publish");
    }
    assert_eq!(net.pending_deliveries(), 16);
    assert!(query(&net, 200, &[100], &[], 0)
        .await
        .expect("page")
        .is_empty());
    assert_eq!(
        query(&net, 100, &[100], &[], 0).await.expect("page").len(),
        8
    );

    net.replicate_some(3);
    let partial = sequence_ids(&query(&net, 200, &[100], &[], 0).await.expect("page"));
    assert_eq!(partial.len(), 3);
    assert!(
        partial.windows(2).all(|w| w[0].1 < w[1].1),
        "sorted: {partial:?}"
    );
    // With this seed the first three deliveries are not seqs 1..=3: the peer holds gaps.
    assert_ne!(partial, [(100, 1), (100, 2), (100, 3)]);

    net.replicate_now();
    assert_eq!(net.pending_deliveries(), 0);
    for node in [200, 300] {
        let page = sequence_ids(&query(&net, node, &[100], &[], 0).await.expect("page"));
        assert_eq!(page, (1..=8).map(|seq| (100, seq)).collect::<Vec<_>>());
    }

    // Turning the shuffle off delivers at once again.
    net.shuffle_replication(None);
    net.publish(100, b"y").expect("publish");
    assert_eq!(
        client(&net, 300).get_sync_cursor().await.expect("cursor")[&100],
        9
    );
}

#[tokio::test]
async fn an_equivocator_serves_a_second_signed_version_to_queries_of_itself() {
    let net = network().await;
    net.publish(100, b"one").expect("publish");
    let first = net.publish(100, b"two").expect("publish").envelope;
    let second = net.equivocate(100, 2).expect("equivocates");
    assert_ne!(first.unsigned, second.unsigned);

    let own = query(&net, 100, &[100], &[(100, 1)], 0)
        .await
        .expect("page");
    let peer = query(&net, 200, &[100], &[(100, 1)], 0)
        .await
        .expect("page");
    assert_eq!(signed_envelope(&own[0]).expect("signed"), second);
    assert_eq!(signed_envelope(&peer[0]).expect("signed"), first);

    let report = verify_equivocation(
        100,
        &peer[0].unsigned_originator_envelope,
        &signed_envelope(&peer[0]).expect("signed").signature,
        &own[0].unsigned_originator_envelope,
        &signed_envelope(&own[0]).expect("signed").signature,
        records,
    )
    .expect("a provable equivocation");
    assert_eq!(report.sequence_id, 2);
    assert_eq!(report.signer_a, key(100).address());

    assert!(matches!(
        net.equivocate(100, 9),
        Err(FakeNetError::UnknownSequence {
            node_id: 100,
            sequence_id: 9
        })
    ));
}

#[tokio::test]
async fn an_omitting_node_skips_its_envelope_but_counts_it() {
    let net = network().await;
    for _ in 0..3 {
        net.publish(100, b"x").expect("publish");
    }
    net.omit(100, 2).expect("omits");
    let own = sequence_ids(&query(&net, 100, &[100], &[], 0).await.expect("page"));
    assert_eq!(own, [(100, 1), (100, 3)]);
    assert_eq!(
        client(&net, 100).get_sync_cursor().await.expect("cursor")[&100],
        3
    );
    let peer = sequence_ids(&query(&net, 300, &[100], &[], 0).await.expect("page"));
    assert_eq!(peer, [(100, 1), (100, 2), (100, 3)]);
    assert!(net.node(300).expect("node").holds(100, 2));
    assert!(matches!(
        net.omit(100, 4),
        Err(FakeNetError::UnknownSequence { .. })
    ));
}

#[tokio::test]
async fn a_failing_node_answers_unavailable_to_every_call() {
    let net = network().await;
    net.publish(100, b"x").expect("publish");
    net.fail(200, true).expect("fails");
    let client = client(&net, 200);
    let errors = [
        client.get_version().await.expect_err("failing"),
        client.get_sync_cursor().await.expect_err("failing"),
        client
            .query_envelopes(&[100], &BTreeMap::new(), 0)
            .await
            .expect_err("failing"),
    ];
    for error in errors {
        assert!(
            matches!(
                error,
                CallError::Status {
                    code: Code::Unavailable,
                    ..
                }
            ),
            "{error:?}"
        );
        assert_eq!(error.label(), "unavailable");
    }
    net.fail(200, false).expect("recovers");
    assert_eq!(client.get_sync_cursor().await.expect("cursor")[&100], 1);
    assert!(matches!(
        net.fail(999, true),
        Err(FakeNetError::UnknownNode(999))
    ));
}

#[tokio::test]
async fn an_invalid_payer_signature_is_provable_and_a_high_s_one_is_not() {
    let net = network().await;
    let invalid = net.publish_invalid_payer(300).expect("publish");
    let high_s = net.publish_high_s(300).expect("publish");
    assert_eq!((invalid.sequence_id, high_s.sequence_id), (1, 2));

    // Fetched from a peer, as the watcher would.
    let page = query(&net, 100, &[300], &[], 0).await.expect("page");
    let [bad, malleated] = page.as_slice() else {
        panic!("two envelopes: {page:?}");
    };
    let bad = signed_envelope(bad).expect("signed");
    assert_eq!(bad, invalid.envelope);
    let report = verify_invalid_payload(300, &bad.unsigned, &bad.signature, records)
        .expect("a provable invalid payload");
    assert_eq!(report.violation, Violation::PayerSignature);
    assert_eq!(report.sequence_id, 1);

    let malleated = signed_envelope(malleated).expect("signed");
    assert_eq!(
        verify_invalid_payload(300, &malleated.unsigned, &malleated.signature, records),
        Err(EvidenceError::PayloadValid)
    );
    let unsigned = UnsignedOriginatorEnvelope::decode(&malleated.unsigned).expect("decodes");
    let payer = PayerEnvelope::decode(&unsigned.payer_envelope_bytes).expect("decodes");
    let signature = payer.payer_signature.expect("signed");
    // s above n/2: the malleated form, which xmtpd still accepts.
    assert!(
        U256::from_be_slice(&signature[32..64]) > MAX_LOW_S,
        "high s: {signature:?}"
    );
}

#[tokio::test]
async fn the_network_refuses_duplicate_and_unknown_nodes() {
    let duplicate = FakeNetwork::start(vec![(1, key(1)), (1, key(2))]).await;
    assert!(matches!(duplicate, Err(FakeNetError::DuplicateNode(1))));
    let net = network().await;
    assert_eq!(net.node_ids(), NODES);
    assert!(matches!(net.url(7), Err(FakeNetError::UnknownNode(7))));
    assert!(matches!(
        net.publish(7, b"x"),
        Err(FakeNetError::UnknownNode(7))
    ));
}
