//! The broadcasters end to end: anvil, the real deploy script, publishing through the bindings
//! and reading the events back.

use alloy::{
    primitives::{Address, Bytes, FixedBytes, B256, U256},
    providers::DynProvider,
};
use xmtp_devkit::{
    broadcasters::{
        add_identity_update, add_identity_updates, add_message, add_messages, check_contiguous,
        group_messages, identity_updates, last_sequence_id, Kind, PublishError, Published,
        Rejection,
    },
    deployments::{GROUP_MESSAGES, IDENTITY_UPDATES},
    devnet::LocalChain,
};

/// The gas budget of a 256-byte `addMessage` once the contract has published before.
const ADD_MESSAGE_256_GAS_TARGET: u64 = 40_800;

/// A chain with the suite deployed, and the broadcasters' proxies.
struct Suite {
    // Held so anvil lives as long as the test.
    _chain: LocalChain,
    provider: DynProvider,
    identity: Address,
    groups: Address,
}

async fn suite() -> Suite {
    let chain = LocalChain::start()
        .await
        .unwrap_or_else(|e| panic!("starting anvil: {}", chain_of(&e)));
    let deployments = chain
        .deploy_suite()
        .await
        .unwrap_or_else(|e| panic!("deploying the suite: {}", chain_of(&e)));
    assert_eq!(deployments.chain_id, chain.chain_id());
    let proxy = |name| deployments.proxy(name).unwrap_or_else(|e| panic!("{e}"));
    Suite {
        provider: chain.provider(),
        identity: proxy(IDENTITY_UPDATES),
        groups: proxy(GROUP_MESSAGES),
        _chain: chain,
    }
}

/// An error and its causes on one line, so a failing deploy shows forge's output.
fn chain_of(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        text.push_str(&format!(": {cause}"));
        source = cause.source();
    }
    text
}

fn inbox(n: u8) -> B256 {
    B256::repeat_byte(n)
}

fn group(n: u8) -> FixedBytes<16> {
    FixedBytes::repeat_byte(n)
}

fn payload(text: &str) -> Bytes {
    Bytes::copy_from_slice(text.as_bytes())
}

/// Asserts ids 1..=n in order, and that ids and payloads are exactly what was sent.
fn assert_read_back(kind: Kind, read: &[Published], sent: &[(Bytes, Bytes)]) {
    assert_eq!(check_contiguous(read), Ok(()));
    let ids: Vec<u64> = read.iter().map(|p| p.sequence_id).collect();
    assert_eq!(ids, (1..=sent.len() as u64).collect::<Vec<_>>());
    let got: Vec<(Bytes, Bytes)> = read
        .iter()
        .map(|p| (p.id.clone(), p.payload.clone()))
        .collect();
    assert_eq!(got, sent);
    assert!(read.iter().all(|p| p.kind == kind));
}

#[tokio::test]
async fn publishes_single_and_batch_and_reads_them_back_in_order() {
    let s = suite().await;

    // Identity updates: two singles, then a batch of three.
    let mut sent_updates = Vec::new();
    for (n, text) in [
        (1u8, "alice: created inbox"),
        (1, "alice: added installation 1"),
    ] {
        let receipt = add_identity_update(&s.provider, s.identity, inbox(n), payload(text))
            .await
            .unwrap();
        assert!(receipt.status());
        sent_updates.push((Bytes::copy_from_slice(inbox(n).as_slice()), payload(text)));
    }
    let batch = [
        (2u8, "bob: created inbox"),
        (2, "bob: added installation 1"),
        (1, "alice: added installation 2"),
    ];
    let receipt = add_identity_updates(
        &s.provider,
        s.identity,
        batch.iter().map(|(n, _)| inbox(*n)).collect(),
        batch.iter().map(|(_, t)| payload(t)).collect(),
    )
    .await
    .unwrap();
    assert_eq!(receipt.logs().len(), 3, "one event per batch entry");
    sent_updates.extend(
        batch
            .iter()
            .map(|(n, t)| (Bytes::copy_from_slice(inbox(*n).as_slice()), payload(t))),
    );

    // Group messages: two singles, then a batch of three.
    let mut sent_messages = Vec::new();
    for (n, text) in [(7u8, "alice: hi"), (7, "bob: hello")] {
        add_message(&s.provider, s.groups, group(n), payload(text))
            .await
            .unwrap();
        sent_messages.push((Bytes::copy_from_slice(group(n).as_slice()), payload(text)));
    }
    let batch = [
        (7u8, "alice: chapter 3?"),
        (8, "bob: pushed the fix"),
        (7, "bob: sure"),
    ];
    add_messages(
        &s.provider,
        s.groups,
        batch.iter().map(|(n, _)| group(*n)).collect(),
        batch.iter().map(|(_, t)| payload(t)).collect(),
    )
    .await
    .unwrap();
    sent_messages.extend(
        batch
            .iter()
            .map(|(n, t)| (Bytes::copy_from_slice(group(*n).as_slice()), payload(t))),
    );

    let updates = identity_updates(&s.provider, s.identity, 0).await.unwrap();
    assert_read_back(Kind::IdentityUpdate, &updates, &sent_updates);
    let messages = group_messages(&s.provider, s.groups, 0).await.unwrap();
    assert_read_back(Kind::GroupMessage, &messages, &sent_messages);

    // The batch's three events share one transaction; the singles each have their own.
    assert_eq!(updates[2].tx_hash, updates[4].tx_hash);
    assert_ne!(updates[0].tx_hash, updates[1].tx_hash);
    assert_eq!(
        last_sequence_id(&s.provider, Kind::IdentityUpdate, s.identity)
            .await
            .unwrap(),
        5
    );
    assert_eq!(
        last_sequence_id(&s.provider, Kind::GroupMessage, s.groups)
            .await
            .unwrap(),
        5
    );
}

#[tokio::test]
async fn second_256_byte_add_message_meets_the_gas_target() {
    let s = suite().await;
    let message: Bytes = (0..256u32)
        .map(|i| (i % 255 + 1) as u8)
        .collect::<Vec<u8>>()
        .into();
    // bytes16(uint128(2)): fifteen zero bytes, then 0x02.
    let group_id = FixedBytes::<16>::from(2u128.to_be_bytes());

    // The first publish pays one-off storage costs; the target is for steady state.
    add_message(&s.provider, s.groups, group_id, message.clone())
        .await
        .unwrap();
    let receipt = add_message(&s.provider, s.groups, group_id, message)
        .await
        .unwrap();

    println!(
        "gas used by a second 256-byte addMessage: {}",
        receipt.gas_used
    );
    assert!(
        receipt.gas_used <= ADD_MESSAGE_256_GAS_TARGET,
        "gas used {} exceeds the target {ADD_MESSAGE_256_GAS_TARGET}",
        receipt.gas_used
    );
}

#[tokio::test]
async fn empty_payload_is_rejected_with_the_decoded_error() {
    let s = suite().await;
    let expected = Rejection::PayloadSizeOutOfBounds {
        size: U256::ZERO,
        min_size: U256::from(1),
        max_size: U256::from(262_144),
    };

    let before = last_sequence_id(&s.provider, Kind::GroupMessage, s.groups)
        .await
        .unwrap();
    let err = add_message(&s.provider, s.groups, group(1), Bytes::new())
        .await
        .unwrap_err();
    assert!(
        matches!(
            &err,
            PublishError::Rejected {
                contract: "GroupMessages",
                function: "addMessage",
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(err.rejection(), Some(&expected), "{err}");
    assert!(err.to_string().contains("PayloadSizeOutOfBounds"), "{err}");
    let after = last_sequence_id(&s.provider, Kind::GroupMessage, s.groups)
        .await
        .unwrap();
    assert_eq!(
        after, before,
        "a rejected publish must not consume a sequence id"
    );

    let before = last_sequence_id(&s.provider, Kind::IdentityUpdate, s.identity)
        .await
        .unwrap();
    let err = add_identity_update(&s.provider, s.identity, inbox(1), Bytes::new())
        .await
        .unwrap_err();
    assert_eq!(err.rejection(), Some(&expected), "{err}");
    let after = last_sequence_id(&s.provider, Kind::IdentityUpdate, s.identity)
        .await
        .unwrap();
    assert_eq!(
        after, before,
        "a rejected publish must not consume a sequence id"
    );
}

#[tokio::test]
async fn mismatched_batch_is_rejected_by_name() {
    let s = suite().await;
    let err = add_messages(
        &s.provider,
        s.groups,
        vec![group(1), group(2)],
        vec![payload("only one")],
    )
    .await
    .unwrap_err();
    assert_eq!(
        err.rejection(),
        Some(&Rejection::ArrayLengthMismatch {
            ids_length: U256::from(2),
            payloads_length: U256::from(1)
        }),
        "{err}"
    );
    let err = add_identity_updates(&s.provider, s.identity, vec![], vec![])
        .await
        .unwrap_err();
    assert_eq!(err.rejection(), Some(&Rejection::EmptyBatch), "{err}");
}
