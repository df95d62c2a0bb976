//! Exactly once across keepers, through the jobs: a step whose transaction (another keeper's) is
//! already in the pool is not sent again. For `distributeRewards` this is the pending-block read
//! of `Automation.status`, not the simulation: repeating it is a mined no-op, not a revert.
//! And one key on two hosts (no shared lock, no shared journal): the second keeper waits for
//! the first one's pending transaction instead of working on top of it.

// Helpers outside `#[test]` functions fail the test on any error, as the tests themselves do.
#![allow(clippy::unwrap_used)]

use std::{
    path::PathBuf,
    sync::{atomic::Ordering, Arc},
    time::Duration,
};

use alloy::{
    primitives::U256,
    providers::{ext::AnvilApi, DynProvider, Provider},
    signers::local::PrivateKeySigner,
    sol_types::SolCall,
};
use xmtp_bindings::{
    node_selection_manager::NodeSelectionManager, reward_distributor::RewardDistributor,
};
use xmtp_devkit::{
    deployments::NODE_SELECTION_MANAGER,
    devnet::{self, LocalChain},
    keeper::{
        config::{parse_file, Config, KeyRequirement, Overrides},
        jobs::Keeper,
        setup::Runtime,
        status::Step,
    },
};

const KEEPER_TOML: &str = "[sender]\npoll_interval_ms = 20\nconfirmation_timeout_secs = 30\n";

struct World {
    chain: LocalChain,
    admin: DynProvider,
    record: PathBuf,
    state: PathBuf,
    selection: alloy::primitives::Address,
}

impl Drop for World {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.record);
        let _ = std::fs::remove_dir_all(&self.state);
    }
}

impl World {
    async fn new(name: &str) -> Self {
        let chain = LocalChain::start().await.unwrap();
        let deployments = chain.deploy_suite().await.unwrap();
        let tag = format!(
            "{name}-{}-{}",
            std::process::id(),
            chain.endpoint_url().port().unwrap()
        );
        let record = std::env::temp_dir().join(format!("keeper-once-lib-{tag}.json"));
        std::fs::write(&record, serde_json::to_string(&deployments).unwrap()).unwrap();
        let state = std::env::temp_dir().join(format!("keeper-once-lib-state-{tag}"));
        let selection = deployments.proxy(NODE_SELECTION_MANAGER).unwrap();
        Self {
            admin: chain.provider(),
            chain,
            record,
            state,
            selection,
        }
    }

    async fn funded_key(&self) -> PrivateKeySigner {
        let key = PrivateKeySigner::random();
        self.admin
            .anvil_set_balance(key.address(), U256::from(10u128.pow(19)))
            .await
            .unwrap();
        key
    }

    /// A keeper as the binary starts one, with the state directory `host` (one per host).
    async fn keeper(&self, key: &PrivateKeySigner, host: &str) -> Arc<Keeper> {
        let overrides = Overrides {
            rpc_urls: Some(vec![self.chain.endpoint()]),
            deployments: Some(self.record.clone()),
            private_key: Some(alloy::hex::encode_prefixed(key.to_bytes())),
            state_dir: Some(self.state.join(host)),
            ..Overrides::default()
        };
        let file = parse_file(KEEPER_TOML, std::path::Path::new("test.toml")).unwrap();
        let config = Config::resolve(file, overrides, KeyRequirement::Required).unwrap();
        Runtime::start(&config, false)
            .await
            .unwrap()
            .signing
            .unwrap()
            .keeper
    }

    async fn rotate_then_open_distribution(&self, keeper: &Keeper) {
        let manager = NodeSelectionManager::new(self.selection, &self.admin);
        let next = manager.nextRotationAt().call().await.unwrap();
        devnet::advance_to(&self.admin, u64::try_from(next).unwrap())
            .await
            .unwrap();
        let report = keeper.tick().await.unwrap();
        assert!(report.done.iter().any(|done| done.step == Step::Rotate));
        let window = manager.reportWindow().call().await.unwrap();
        devnet::advance_time(&self.admin, u64::try_from(window).unwrap() + 1)
            .await
            .unwrap();
    }

    /// Waits until a pending transaction calls `selector`.
    async fn until_pooled(&self, selector: [u8; 4]) {
        let wanted = alloy::hex::encode_prefixed(selector);
        for _ in 0..3_000 {
            let pool: serde_json::Value = self
                .admin
                .raw_request("txpool_content".into(), ())
                .await
                .unwrap();
            let found = pool["pending"]
                .as_object()
                .into_iter()
                .flat_map(|by_sender| by_sender.values())
                .filter_map(|by_nonce| by_nonce.as_object())
                .flat_map(|by_nonce| by_nonce.values())
                .any(|tx| tx["input"].as_str().is_some_and(|i| i.starts_with(&wanted)));
            if found {
                return;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        panic!("no {wanted} transaction reached the pool");
    }
}

fn sent(keeper: &Keeper) -> u64 {
    keeper.metrics().transactions_sent.load(Ordering::Relaxed)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_distribution_in_the_pool_is_not_sent_again_by_another_keeper() {
    let world = World::new("two-keys").await;
    let (first_key, second_key) = (world.funded_key().await, world.funded_key().await);
    let first = world.keeper(&first_key, "a").await;
    let second = world.keeper(&second_key, "b").await;
    world.rotate_then_open_distribution(&first).await;

    world.admin.anvil_set_auto_mine(false).await.unwrap();
    let in_flight = tokio::spawn({
        let first = Arc::clone(&first);
        async move { first.tick().await }
    });
    world
        .until_pooled(RewardDistributor::distributeRewardsCall::SELECTOR)
        .await;

    // The latest block still has the distribution due; the pending block has it done.
    // (A keeper that sent would wait for a receipt that never comes while mining is held.)
    let report = tokio::time::timeout(Duration::from_secs(20), second.tick())
        .await
        .expect("the second keeper sends nothing, so it does not wait")
        .unwrap();
    assert!(report.succeeded(), "{:?}", report.failures);
    assert!(report.done.is_empty(), "{:?}", report.done);
    assert!(report.already_done.contains(&Step::Distribute));
    assert_eq!(sent(&second), 0, "nothing sent by the second keeper");

    world.admin.anvil_set_auto_mine(true).await.unwrap();
    world.admin.evm_mine(None).await.unwrap();
    let report = in_flight.await.unwrap().unwrap();
    assert!(report.done.iter().any(|done| done.step == Step::Distribute));
}

#[tokio::test(flavor = "multi_thread")]
async fn one_key_on_two_hosts_waits_for_the_others_pending_transaction() {
    let world = World::new("one-key").await;
    let key = world.funded_key().await;
    let here = world.keeper(&key, "here").await;
    let there = world.keeper(&key, "there").await;
    world.rotate_then_open_distribution(&here).await;
    let nonce = world
        .admin
        .get_transaction_count(key.address())
        .await
        .unwrap();

    world.admin.anvil_set_auto_mine(false).await.unwrap();
    let in_flight = tokio::spawn({
        let here = Arc::clone(&here);
        async move { here.tick().await }
    });
    world
        .until_pooled(RewardDistributor::distributeRewardsCall::SELECTOR)
        .await;

    // The other host's pass finds a pending nonce its journal does not know: it waits.
    let overlapping = tokio::spawn({
        let there = Arc::clone(&there);
        async move { there.tick().await }
    });
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert!(
        !overlapping.is_finished(),
        "it waits for the pending transaction"
    );
    world.admin.anvil_set_auto_mine(true).await.unwrap();
    world.admin.evm_mine(None).await.unwrap();

    let report = tokio::time::timeout(Duration::from_secs(20), overlapping)
        .await
        .expect("it goes on once the transaction is mined")
        .unwrap()
        .unwrap();
    assert!(report.done.is_empty(), "{:?}", report.done);
    assert_eq!(sent(&there), 0);
    let report = in_flight.await.unwrap().unwrap();
    assert!(report.done.iter().any(|done| done.step == Step::Distribute));
    assert_eq!(
        world
            .admin
            .get_transaction_count(key.address())
            .await
            .unwrap(),
        nonce + u64::try_from(report.done.len()).unwrap(),
        "every transaction of the key is one the first host reported"
    );
}
