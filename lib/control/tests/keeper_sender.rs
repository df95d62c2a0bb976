//! The keeper's executor against anvil with the suite deployed by the deploy script: RPC
//! failover, simulation refusals named by the suite's errors, dry runs, nonce resynchronisation,
//! a mined revert named by replaying it, and a stuck transaction replaced with higher fees.
//!
//! Exactly once and clean stops: a transaction in the pool is seen by the simulation; a send
//! killed mid-transaction is watched again from the journal (or rebroadcast if dropped), not
//! sent twice; a pending transaction of the key that nobody recorded is waited for, then
//! cancelled; `stop()` ends a send within a poll interval and nothing is signed after it; a
//! node's refusal keeps its words.

// Helpers outside `#[test]` functions fail the test on any error, as the tests themselves do.
#![allow(clippy::unwrap_used)]

use std::{
    sync::{atomic::Ordering, Arc},
    time::Duration,
};

use alloy::{
    primitives::{Address, TxHash, U256},
    providers::{ext::AnvilApi, DynProvider, Provider},
    signers::local::PrivateKeySigner,
    sol_types::SolCall,
    transports::http::reqwest::Url,
};
use xmtp_bindings::{mock_usdc::MockUSDC, node_selection_manager::NodeSelectionManager};
use xmtp_devkit::{
    deployments::{Deployments, NODE_SELECTION_MANAGER, USDC},
    devnet::{self, LocalChain},
    keeper::{
        chain::{connect, RpcPolicy},
        metrics::Metrics,
        one_line,
        sender::{journal::Journal, Call, Outcome, SendError, Sender, SenderSettings},
        state::StateDir,
    },
};

/// Nothing listens on port 1.
const DEAD_URL: &str = "http://127.0.0.1:1";

fn quick_config() -> SenderSettings {
    SenderSettings {
        confirmations: 1,
        confirmation_timeout: Duration::from_secs(2),
        max_fee_per_gas: Some(100_000_000_000),
        max_fee_source: "sender.max_fee_per_gas_gwei",
        max_priority_fee_per_gas: Some(1_000_000_000),
        fee_bump_bps: 1_300,
        poll_interval: Duration::from_millis(50),
        gas_limit_margin_percent: 20,
        dry_run: false,
    }
}

fn quick_policy() -> RpcPolicy {
    RpcPolicy {
        request_timeout: Duration::from_secs(2),
        attempts: 2,
        initial_backoff: Duration::from_millis(20),
        max_backoff: Duration::from_millis(100),
    }
}

async fn deployed() -> (LocalChain, Deployments) {
    let chain = LocalChain::start().await.expect("anvil starts");
    let deployments = chain.deploy_suite().await.expect("the suite deploys");
    (chain, deployments)
}

/// A sender for `key` over `urls`, with its own metrics.
fn sender(
    chain: &LocalChain,
    urls: &[Url],
    key: &PrivateKeySigner,
    config: SenderSettings,
) -> (Sender, Arc<Metrics>) {
    let metrics = Arc::new(Metrics::default());
    let provider = connect(urls, quick_policy(), Arc::clone(&metrics)).unwrap();
    let sender = Sender::new(
        provider,
        key.clone(),
        chain.chain_id(),
        config,
        Arc::clone(&metrics),
    )
    .unwrap();
    (sender, metrics)
}

fn keeper_key(chain: &LocalChain) -> PrivateKeySigner {
    chain.other_dev_signers().remove(0)
}

fn mint(usdc: Address, to: Address, amount: u64) -> Call {
    Call {
        to: usdc,
        data: MockUSDC::mintCall {
            to,
            amount: U256::from(amount),
        }
        .abi_encode()
        .into(),
        label: "MockUSDC.mint",
    }
}

fn rotate(selection: Address) -> Call {
    Call {
        to: selection,
        data: NodeSelectionManager::rotateNodesCall {}.abi_encode().into(),
        label: "NodeSelectionManager.rotateNodes",
    }
}

/// Moves anvil past the first rotation.
async fn make_rotation_due(admin: &DynProvider, selection: Address) {
    let manager = NodeSelectionManager::new(selection, admin);
    let due = manager.nextRotationAt().call().await.unwrap();
    let latest = admin.get_block_number().await.unwrap();
    let now = admin
        .get_block_by_number(latest.into())
        .await
        .unwrap()
        .unwrap()
        .header
        .timestamp;
    let due = u64::try_from(due).unwrap();
    devnet::advance_to(admin, due.max(now + 1)).await.unwrap();
}

fn confirmed(outcome: Outcome) -> alloy::rpc::types::TransactionReceipt {
    match outcome {
        Outcome::Confirmed(receipt) => *receipt,
        Outcome::DryRun(dry_run) => panic!("expected a confirmed transaction, got {dry_run}"),
    }
}

fn count(counter: &std::sync::atomic::AtomicU64) -> u64 {
    counter.load(Ordering::Relaxed)
}

/// The pending transaction of `from` with `nonce` in anvil's pool: hash, max fee, tip.
async fn pooled(provider: &DynProvider, from: Address, nonce: u64) -> Option<(TxHash, u128, u128)> {
    let content: serde_json::Value = provider
        .raw_request("txpool_content".into(), ())
        .await
        .unwrap();
    let pending = content["pending"].as_object()?;
    let by_nonce = pending
        .iter()
        .find(|(address, _)| address.parse::<Address>().ok() == Some(from))?
        .1;
    let tx = &by_nonce[nonce.to_string()];
    let hex =
        |field: &str| u128::from_str_radix(tx[field].as_str()?.trim_start_matches("0x"), 16).ok();
    Some((
        tx["hash"].as_str()?.parse().ok()?,
        hex("maxFeePerGas")?,
        hex("maxPriorityFeePerGas")?,
    ))
}

#[tokio::test]
async fn fails_over_from_a_dead_url_and_confirms_a_rotation() {
    let (chain, deployments) = deployed().await;
    let selection = deployments.proxy(NODE_SELECTION_MANAGER).unwrap();
    let admin = chain.provider();
    make_rotation_due(&admin, selection).await;
    let manager = NodeSelectionManager::new(selection, &admin);
    let epoch_before = manager.currentEpoch().call().await.unwrap();

    let urls = [DEAD_URL.parse().unwrap(), chain.endpoint_url()];
    let (sender, metrics) = sender(&chain, &urls, &keeper_key(&chain), quick_config());
    let receipt = confirmed(sender.send(&rotate(selection)).await.unwrap());

    assert!(receipt.status());
    assert_eq!(receipt.from, sender.address());
    assert!(manager.currentEpoch().call().await.unwrap() > epoch_before);
    assert!(
        count(&metrics.rpc_errors) > 0,
        "the dead URL failed at least once"
    );
    assert_eq!(
        count(&metrics.rpc_errors),
        1,
        "and then the live one was preferred"
    );
    assert_eq!(count(&metrics.transactions_sent), 1);
    assert_eq!(count(&metrics.transactions_replaced), 0);
}

#[tokio::test]
async fn a_refused_call_is_named_and_nothing_is_sent() {
    let (chain, deployments) = deployed().await;
    let selection = deployments.proxy(NODE_SELECTION_MANAGER).unwrap();
    let admin = chain.provider();
    let (sender, metrics) = sender(
        &chain,
        &[chain.endpoint_url()],
        &keeper_key(&chain),
        quick_config(),
    );
    let nonce = admin.get_transaction_count(sender.address()).await.unwrap();

    let err = sender.send(&rotate(selection)).await.unwrap_err();
    assert_eq!(err.revert_name(), Some("RotationNotDue"), "{err}");
    let SendError::Rejected { label, revert } = &err else {
        panic!("expected Rejected, got {err:?}");
    };
    assert_eq!(*label, "NodeSelectionManager.rotateNodes");
    assert_eq!(revert.contract, "NodeSelectionManager");
    let due = NodeSelectionManager::new(selection, &admin)
        .nextRotationAt()
        .call()
        .await
        .unwrap();
    assert_eq!(revert.details, due.to_string());

    let simulated = sender.simulate(&rotate(selection)).await.unwrap_err();
    assert_eq!(simulated.revert_name(), Some("RotationNotDue"));
    assert_eq!(
        admin.get_transaction_count(sender.address()).await.unwrap(),
        nonce
    );
    assert_eq!(count(&metrics.transactions_sent), 0);
}

#[tokio::test]
async fn a_dry_run_prices_and_picks_the_nonce_but_sends_nothing() {
    let (chain, deployments) = deployed().await;
    let usdc = deployments.token(USDC).unwrap();
    let admin = chain.provider();
    let config = SenderSettings {
        dry_run: true,
        ..quick_config()
    };
    let (sender, metrics) = sender(&chain, &[chain.endpoint_url()], &keeper_key(&chain), config);
    let nonce = admin.get_transaction_count(sender.address()).await.unwrap();
    let token = MockUSDC::new(usdc, &admin);
    let balance = token.balanceOf(sender.address()).call().await.unwrap();

    let call = mint(usdc, sender.address(), 1_000);
    let Outcome::DryRun(dry_run) = sender.send(&call).await.unwrap() else {
        panic!("a dry run returns what it would send");
    };
    assert_eq!(dry_run.nonce, nonce);
    assert_eq!((dry_run.from, dry_run.to), (sender.address(), usdc));
    assert_eq!(dry_run.data, call.data);
    assert!(dry_run.gas > 21_000);
    assert!(dry_run.max_fee_per_gas >= dry_run.max_priority_fee_per_gas);
    assert!(dry_run.max_fee_per_gas <= quick_config().max_fee_per_gas.unwrap());
    assert!(dry_run.to_string().contains("MockUSDC.mint"));

    assert_eq!(
        admin.get_transaction_count(sender.address()).await.unwrap(),
        nonce
    );
    assert_eq!(
        token.balanceOf(sender.address()).call().await.unwrap(),
        balance
    );
    assert_eq!(count(&metrics.transactions_sent), 0);
}

#[tokio::test]
async fn resynchronises_the_nonce_after_a_transaction_sent_elsewhere_with_the_key() {
    let (chain, deployments) = deployed().await;
    let usdc = deployments.token(USDC).unwrap();
    let key = keeper_key(&chain);
    let (sender, metrics) = sender(&chain, &[chain.endpoint_url()], &key, quick_config());
    let start = chain
        .provider()
        .get_transaction_count(sender.address())
        .await
        .unwrap();

    let first = confirmed(sender.send(&mint(usdc, key.address(), 1)).await.unwrap());
    // The same key used elsewhere takes the nonce the sender expects to use next.
    let elsewhere = chain.provider_for(&key);
    MockUSDC::new(usdc, &elsewhere)
        .mint(key.address(), U256::from(2))
        .send()
        .await
        .unwrap()
        .get_receipt()
        .await
        .unwrap();
    let second = confirmed(sender.send(&mint(usdc, key.address(), 3)).await.unwrap());

    let nonce_of = |receipt: &alloy::rpc::types::TransactionReceipt| {
        let hash = receipt.transaction_hash;
        let provider = chain.provider();
        async move {
            provider
                .get_transaction_by_hash(hash)
                .await
                .unwrap()
                .unwrap()
                .inner
                .nonce()
        }
    };
    use alloy::consensus::Transaction as _;
    assert_eq!(nonce_of(&first).await, start);
    assert_eq!(nonce_of(&second).await, start + 2);
    assert!(second.status());
    assert_eq!(
        MockUSDC::new(usdc, chain.provider())
            .balanceOf(key.address())
            .call()
            .await
            .unwrap(),
        U256::from(6)
    );
    assert_eq!(count(&metrics.transactions_failed), 0);
}

#[tokio::test]
async fn a_call_beaten_by_another_keeper_reverts_on_chain_and_is_named() {
    let (chain, deployments) = deployed().await;
    let selection = deployments.proxy(NODE_SELECTION_MANAGER).unwrap();
    let admin = chain.provider();
    make_rotation_due(&admin, selection).await;

    // Two keepers race for the same due rotation. If both simulate before either transaction
    // is in the pool, both send, one block holds both, and the second to run finds the
    // rotation done (named by replaying it); if one is in the pool first, the other's
    // simulation against the pending block refuses it and it sends nothing.
    let config = SenderSettings {
        confirmation_timeout: Duration::from_secs(20),
        ..quick_config()
    };
    let keys = chain.other_dev_signers();
    let url = [chain.endpoint_url()];
    let (a, metrics_a) = sender(&chain, &url, &keys[0], config.clone());
    let (b, metrics_b) = sender(&chain, &url, &keys[1], config);
    let nonce_a = admin.get_transaction_count(a.address()).await.unwrap();
    let nonce_b = admin.get_transaction_count(b.address()).await.unwrap();
    admin.anvil_set_auto_mine(false).await.unwrap();
    let finished = std::sync::atomic::AtomicUsize::new(0);
    let mine_when_all_are_in = async {
        loop {
            let a_in = pooled(&admin, a.address(), nonce_a).await.is_some();
            let b_in = pooled(&admin, b.address(), nonce_b).await.is_some();
            let refused = finished.load(Ordering::SeqCst) > 0;
            if (a_in && b_in) || (refused && (a_in || b_in)) {
                admin.evm_mine(None).await.unwrap();
                return;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    };
    let call = rotate(selection);
    let send_a = async {
        let result = a.send(&call).await;
        finished.fetch_add(1, Ordering::SeqCst);
        result
    };
    let send_b = async {
        let result = b.send(&call).await;
        finished.fetch_add(1, Ordering::SeqCst);
        result
    };
    let race = async { tokio::join!(send_a, send_b, mine_when_all_are_in) };
    let (result_a, result_b, ()) = tokio::time::timeout(Duration::from_secs(60), race)
        .await
        .expect("the race ends");

    let (won, lost) = match (result_a, result_b) {
        (Ok(won), Err(lost)) | (Err(lost), Ok(won)) => (won, lost),
        other => panic!("expected one success and one refusal or revert, got {other:?}"),
    };
    assert!(confirmed(won).status());
    assert_eq!(lost.revert_name(), Some("RotationNotDue"), "{lost}");
    let failed = count(&metrics_a.transactions_failed) + count(&metrics_b.transactions_failed);
    match &lost {
        SendError::RevertedOnChain { revert, .. } => {
            assert_eq!(revert.as_ref().map(|r| r.name), Some("RotationNotDue"));
            assert_eq!(failed, 1);
        }
        SendError::Rejected { .. } => {
            assert_eq!(failed, 0);
            let sent = count(&metrics_a.transactions_sent) + count(&metrics_b.transactions_sent);
            assert_eq!(sent, 1, "the refused keeper sent nothing");
        }
        other => panic!("expected RevertedOnChain or Rejected, got {other:?}"),
    }
}

#[tokio::test]
async fn a_stuck_transaction_is_replaced_with_higher_fees_and_confirmed() {
    let (chain, deployments) = deployed().await;
    let usdc = deployments.token(USDC).unwrap();
    let admin = chain.provider();
    let key = keeper_key(&chain);
    let config = SenderSettings {
        // Priced low: a tip of 1 wei.
        max_priority_fee_per_gas: Some(1),
        confirmation_timeout: Duration::from_millis(1_500),
        ..quick_config()
    };
    let (sender, metrics) = sender(&chain, &[chain.endpoint_url()], &key, config);
    let nonce = admin.get_transaction_count(key.address()).await.unwrap();

    // Nothing is mined until the test says so.
    admin.anvil_set_auto_mine(false).await.unwrap();
    let watch_and_mine = async {
        let first = loop {
            if let Some(first) = pooled(&admin, key.address(), nonce).await {
                break first;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        };
        let replacement = loop {
            match pooled(&admin, key.address(), nonce).await {
                Some(tx) if tx.0 != first.0 => break tx,
                _ => tokio::time::sleep(Duration::from_millis(20)).await,
            }
        };
        admin.evm_mine(None).await.unwrap();
        (first, replacement)
    };
    let call = mint(usdc, key.address(), 5);
    let (result, (first, replacement)) = tokio::join!(sender.send(&call), watch_and_mine);
    let receipt = confirmed(result.unwrap());

    assert_eq!(
        receipt.transaction_hash, replacement.0,
        "the replacement was mined"
    );
    let mined = admin
        .get_transaction_by_hash(receipt.transaction_hash)
        .await
        .unwrap()
        .unwrap();
    use alloy::consensus::Transaction as _;
    assert_eq!(mined.inner.nonce(), nonce, "same nonce");
    let (_, first_max, first_tip) = first;
    let (max, tip) = (
        mined.inner.max_fee_per_gas(),
        mined.inner.max_priority_fee_per_gas().unwrap(),
    );
    assert!(
        max * 1_000 >= first_max * 1_125,
        "max fee {first_max} -> {max}"
    );
    assert!(tip * 1_000 >= first_tip * 1_125, "tip {first_tip} -> {tip}");
    assert_eq!(count(&metrics.transactions_replaced), 1);
    assert_eq!(count(&metrics.transactions_sent), 2);
    assert_eq!(count(&metrics.transactions_failed), 0);
    assert!(
        admin
            .get_transaction_receipt(first.0)
            .await
            .unwrap()
            .is_none(),
        "the first attempt was never mined"
    );
}

/// A fresh state directory base for one test.
fn state_base(name: &str, chain: &LocalChain) -> std::path::PathBuf {
    let base = std::env::temp_dir().join(format!(
        "keeper-sender-{name}-{}-{}",
        std::process::id(),
        chain.endpoint_url().port().unwrap()
    ));
    let _ = std::fs::remove_dir_all(&base);
    base
}

/// A sender for `key` that journals in `base`.
fn journaled(
    chain: &LocalChain,
    key: &PrivateKeySigner,
    config: SenderSettings,
    base: &std::path::Path,
) -> (Sender, Arc<Metrics>, StateDir) {
    let (sender, metrics) = sender(chain, &[chain.endpoint_url()], key, config);
    let state = StateDir::open(base, chain.chain_id(), key.address()).unwrap();
    let journal = Journal::open(state.clone()).unwrap();
    (sender.with_journal(journal), metrics, state)
}

/// Waits until `from` has a transaction with `nonce` in anvil's pool.
async fn until_pooled(provider: &DynProvider, from: Address, nonce: u64) -> (TxHash, u128, u128) {
    for _ in 0..1_000 {
        if let Some(tx) = pooled(provider, from, nonce).await {
            return tx;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("no transaction of {from} with nonce {nonce} reached the pool");
}

/// Every pending transaction of `from` in anvil's pool.
async fn pooled_count(provider: &DynProvider, from: Address) -> usize {
    let content: serde_json::Value = provider
        .raw_request("txpool_content".into(), ())
        .await
        .unwrap();
    content["pending"]
        .as_object()
        .and_then(|pending| {
            pending
                .iter()
                .find(|(address, _)| address.parse::<Address>().ok() == Some(from))
                .and_then(|(_, by_nonce)| by_nonce.as_object().map(|txs| txs.len()))
        })
        .unwrap_or(0)
}

#[tokio::test]
async fn a_rotation_in_the_pool_is_seen_by_the_simulation_and_not_sent_again() {
    let (chain, deployments) = deployed().await;
    let selection = deployments.proxy(NODE_SELECTION_MANAGER).unwrap();
    let admin = chain.provider();
    make_rotation_due(&admin, selection).await;
    let keys = chain.other_dev_signers();
    let url = [chain.endpoint_url()];
    let config = SenderSettings {
        confirmation_timeout: Duration::from_secs(30),
        ..quick_config()
    };
    let (first, _) = sender(&chain, &url, &keys[0], config.clone());
    let (second, metrics) = sender(&chain, &url, &keys[1], config);
    let nonce = admin.get_transaction_count(first.address()).await.unwrap();

    admin.anvil_set_auto_mine(false).await.unwrap();
    let call = rotate(selection);
    let in_flight = tokio::spawn(async move { first.send(&call).await });
    until_pooled(&admin, keys[0].address(), nonce).await;

    // The latest block still has the rotation due; the pending block has it done.
    let err = second.send(&rotate(selection)).await.unwrap_err();
    assert_eq!(err.revert_name(), Some("RotationNotDue"), "{err}");
    assert_eq!(count(&metrics.transactions_sent), 0);

    admin.evm_mine(None).await.unwrap();
    assert!(confirmed(in_flight.await.unwrap().unwrap()).status());
}

#[tokio::test]
async fn a_send_killed_mid_transaction_is_watched_again_from_the_journal_not_sent_twice() {
    let (chain, deployments) = deployed().await;
    let selection = deployments.proxy(NODE_SELECTION_MANAGER).unwrap();
    let admin = chain.provider();
    make_rotation_due(&admin, selection).await;
    let manager = NodeSelectionManager::new(selection, &admin);
    let epoch_before = manager.currentEpoch().call().await.unwrap();
    let key = keeper_key(&chain);
    let base = state_base("killed", &chain);
    let config = SenderSettings {
        confirmation_timeout: Duration::from_secs(30),
        ..quick_config()
    };
    let nonce = admin.get_transaction_count(key.address()).await.unwrap();

    admin.anvil_set_auto_mine(false).await.unwrap();
    let (first, _, state) = journaled(&chain, &key, config.clone(), &base);
    let call = rotate(selection);
    let killed = tokio::spawn(async move { first.send(&call).await });
    let (hash, _, _) = until_pooled(&admin, key.address(), nonce).await;
    // The process dies: the send is gone mid-wait, its transaction in the pool.
    killed.abort();
    assert!(killed.await.unwrap_err().is_cancelled());
    let journal = Journal::open(state.clone()).unwrap().entries();
    assert_eq!(journal.len(), 1, "recorded before the broadcast");
    assert_eq!(
        (journal[0].nonce, journal[0].hashes.clone()),
        (nonce, vec![hash])
    );
    assert_eq!(journal[0].label, "NodeSelectionManager.rotateNodes");

    // The next start: the transaction is watched until mined, and nothing else is signed.
    let (restarted, metrics, _) = journaled(&chain, &key, config, &base);
    let mine_soon = async {
        tokio::time::sleep(Duration::from_millis(500)).await;
        assert_eq!(pooled_count(&admin, key.address()).await, 1);
        admin.evm_mine(None).await.unwrap();
    };
    let (settled, ()) = tokio::join!(restarted.settle(), mine_soon);
    settled.unwrap();
    assert!(
        Journal::open(state).unwrap().entries().is_empty(),
        "cleared"
    );
    let receipt = admin.get_transaction_receipt(hash).await.unwrap().unwrap();
    assert!(receipt.status());

    // The rotation is done: the restarted sender refuses to do it again.
    admin.anvil_set_auto_mine(true).await.unwrap();
    let err = restarted.send(&rotate(selection)).await.unwrap_err();
    assert_eq!(err.revert_name(), Some("RotationNotDue"), "{err}");
    assert_eq!(count(&metrics.transactions_sent), 0);
    assert_eq!(
        admin.get_transaction_count(key.address()).await.unwrap(),
        nonce + 1,
        "one transaction in all"
    );
    assert_eq!(
        manager.currentEpoch().call().await.unwrap(),
        epoch_before + U256::from(1)
    );
    let _ = std::fs::remove_dir_all(base);
}

#[tokio::test]
async fn a_journaled_transaction_dropped_from_the_pool_is_rebroadcast_at_the_next_start() {
    let (chain, deployments) = deployed().await;
    let usdc = deployments.token(USDC).unwrap();
    let admin = chain.provider();
    let key = keeper_key(&chain);
    let base = state_base("dropped", &chain);
    let config = SenderSettings {
        confirmation_timeout: Duration::from_secs(30),
        ..quick_config()
    };
    let nonce = admin.get_transaction_count(key.address()).await.unwrap();

    admin.anvil_set_auto_mine(false).await.unwrap();
    let (first, _, _) = journaled(&chain, &key, config.clone(), &base);
    let call = mint(usdc, key.address(), 7);
    let killed = tokio::spawn(async move { first.send(&call).await });
    let (hash, _, _) = until_pooled(&admin, key.address(), nonce).await;
    killed.abort();
    let _ = killed.await;
    // The node forgets it (a restart, an eviction).
    admin.anvil_drop_transaction(hash).await.unwrap();
    assert_eq!(pooled_count(&admin, key.address()).await, 0);

    let (restarted, _, _) = journaled(&chain, &key, config, &base);
    let mine_when_back = async {
        until_pooled(&admin, key.address(), nonce).await;
        admin.evm_mine(None).await.unwrap();
    };
    let (settled, ()) = tokio::join!(restarted.settle(), mine_when_back);
    settled.unwrap();
    let receipt = admin.get_transaction_receipt(hash).await.unwrap().unwrap();
    assert!(receipt.status(), "the very transaction signed before");
    assert_eq!(
        MockUSDC::new(usdc, &admin)
            .balanceOf(key.address())
            .call()
            .await
            .unwrap(),
        U256::from(7),
        "minted once"
    );
    let _ = std::fs::remove_dir_all(base);
}

#[tokio::test]
async fn a_pending_transaction_nobody_recorded_is_waited_for_then_cancelled() {
    let (chain, deployments) = deployed().await;
    let usdc = deployments.token(USDC).unwrap();
    let admin = chain.provider();
    let key = keeper_key(&chain);
    let nonce = admin.get_transaction_count(key.address()).await.unwrap();

    // Another process with this key left a transaction in the pool and died.
    admin.anvil_set_auto_mine(false).await.unwrap();
    let elsewhere = chain.provider_for(&key);
    let unknown = *MockUSDC::new(usdc, &elsewhere)
        .mint(key.address(), U256::from(9))
        .send()
        .await
        .unwrap()
        .tx_hash();

    let config = SenderSettings {
        confirmation_timeout: Duration::from_millis(800),
        ..quick_config()
    };
    let (sender, _) = sender(&chain, &[chain.endpoint_url()], &key, config);
    let mine_the_cancellation = async {
        loop {
            match pooled(&admin, key.address(), nonce).await {
                Some((hash, _, _)) if hash != unknown => break,
                _ => tokio::time::sleep(Duration::from_millis(20)).await,
            }
        }
        admin.evm_mine(None).await.unwrap();
    };
    let started = std::time::Instant::now();
    let (settled, ()) = tokio::join!(sender.settle(), mine_the_cancellation);
    settled.unwrap();
    assert!(
        started.elapsed() >= Duration::from_millis(800),
        "it waited first"
    );
    assert!(admin
        .get_transaction_receipt(unknown)
        .await
        .unwrap()
        .is_none());
    let block = admin
        .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
        .await
        .unwrap()
        .unwrap();
    let cancel = block.transactions.hashes().next().unwrap();
    let cancel = admin
        .get_transaction_by_hash(cancel)
        .await
        .unwrap()
        .unwrap();
    use alloy::consensus::Transaction as _;
    assert_eq!(cancel.inner.nonce(), nonce);
    assert_eq!(cancel.inner.to(), Some(key.address()), "0 ETH to itself");
    assert_eq!(cancel.inner.value(), U256::ZERO);
    assert_eq!(
        MockUSDC::new(usdc, &admin)
            .balanceOf(key.address())
            .call()
            .await
            .unwrap(),
        U256::ZERO,
        "the unknown mint never ran"
    );
}

#[tokio::test]
async fn stop_ends_a_send_within_a_poll_interval_and_nothing_is_signed_after_it() {
    let (chain, deployments) = deployed().await;
    let usdc = deployments.token(USDC).unwrap();
    let admin = chain.provider();
    let key = keeper_key(&chain);
    let base = state_base("stop", &chain);
    let config = SenderSettings {
        // A replacement would be due quickly if the sender kept signing.
        confirmation_timeout: Duration::from_millis(300),
        poll_interval: Duration::from_millis(100),
        ..quick_config()
    };
    let nonce = admin.get_transaction_count(key.address()).await.unwrap();
    admin.anvil_set_auto_mine(false).await.unwrap();
    let (sender, metrics, state) = journaled(&chain, &key, config, &base);
    let sender = Arc::new(sender);
    let in_flight = tokio::spawn({
        let sender = Arc::clone(&sender);
        let to = key.address();
        async move { sender.send(&mint(usdc, to, 1)).await }
    });
    let (hash, _, _) = until_pooled(&admin, key.address(), nonce).await;

    let stopped_at = std::time::Instant::now();
    sender.stop();
    sender.stop();
    let err = in_flight.await.unwrap().unwrap_err();
    let took = stopped_at.elapsed();
    assert!(took < Duration::from_millis(600), "stopped in {took:?}");
    let SendError::Stopped {
        nonce: stopped_nonce,
        hashes,
        ..
    } = &err
    else {
        panic!("expected Stopped, got {err:?}");
    };
    assert_eq!((*stopped_nonce, hashes.clone()), (Some(nonce), vec![hash]));

    // Nothing new is signed: no replacement after the timeout, no new send.
    let err = sender
        .send(&mint(usdc, key.address(), 2))
        .await
        .unwrap_err();
    assert!(
        matches!(err, SendError::Stopped { nonce: None, .. }),
        "{err:?}"
    );
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(pooled(&admin, key.address(), nonce).await.unwrap().0, hash);
    assert_eq!(count(&metrics.transactions_sent), 1);
    assert_eq!(count(&metrics.transactions_replaced), 0);
    let entries = Journal::open(state).unwrap().entries();
    assert_eq!(entries.len(), 1, "left in the journal for the next start");
    assert_eq!(entries[0].hashes, vec![hash]);
    let _ = std::fs::remove_dir_all(base);
}

#[tokio::test]
async fn a_refused_broadcast_keeps_the_nodes_reason() {
    let (chain, deployments) = deployed().await;
    let usdc = deployments.token(USDC).unwrap();
    // A key with no ETH: the node refuses the transaction itself.
    let broke = PrivateKeySigner::random();
    let (sender, _) = sender(&chain, &[chain.endpoint_url()], &broke, quick_config());
    let err = sender
        .send(&mint(usdc, broke.address(), 1))
        .await
        .unwrap_err();
    let line = one_line(&err);
    assert!(
        line.starts_with("MockUSDC.mint: eth_sendRawTransaction failed: "),
        "{line}"
    );
    assert!(line.to_lowercase().contains("insufficient funds"), "{line}");
}
