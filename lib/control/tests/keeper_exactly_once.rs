//! Exactly once across keepers, through the jobs: a step whose transaction (another keeper's) is
//! already in the pool is not sent again. For `distributeRewards` this is the pending-block read
//! of `Automation.status`, not the simulation: repeating it is a mined no-op, not a revert.
//! And one key on two hosts (no shared lock, no shared journal): the second keeper waits for
//! the first one's pending transaction instead of working on top of it.

// Helpers outside `#[test]` functions fail the test on any error, as the tests themselves do.
#![allow(clippy::unwrap_used)]

mod common;

use std::{
    ops::Deref,
    sync::{atomic::Ordering, Arc},
    time::Duration,
};

use common::World;

use alloy::{
    providers::{ext::AnvilApi, Provider},
    signers::local::PrivateKeySigner,
    sol_types::SolCall,
};
use xmtp_bindings::{
    node_selection_manager::NodeSelectionManager, reward_distributor::RewardDistributor,
};
use xmtp_devkit::{
    devnet,
    keeper::{jobs::Keeper, status::Step},
};

const KEEPER_TOML: &str = "[sender]\npoll_interval_ms = 20\nconfirmation_timeout_secs = 30\n";

impl World {
    /// A keeper as the binary starts one, with the state directory `host` (one per host).
    async fn keeper(&self, key: &PrivateKeySigner, host: &str) -> Arc<Keeper> {
        let state = self.path(&format!("state-{host}"));
        self.start_keeper(KEEPER_TOML, key, &[self.chain.endpoint()], Some(state))
            .await
    }

    async fn rotate_then_open_distribution(&self, keeper: &Keeper) {
        self.warp_to_next_rotation().await.unwrap();
        let report = keeper.tick().await.unwrap();
        assert!(report.done.iter().any(|done| done.step == Step::Rotate));
        let window = NodeSelectionManager::new(self.contracts.selection, &self.admin)
            .reportWindow()
            .call()
            .await
            .unwrap();
        devnet::advance_time(&self.admin, u64::try_from(window).unwrap() + 1)
            .await
            .unwrap();
    }

    /// Waits until a pending transaction calls `selector`.
    async fn until_pooled(&self, selector: [u8; 4]) {
        self.deref()
            .until_pooled(
                &alloy::hex::encode_prefixed(selector),
                Duration::from_secs(60),
                |tx| tx.calls(selector),
            )
            .await
            .unwrap();
    }
}

fn sent(keeper: &Keeper) -> u64 {
    keeper.metrics().transactions_sent.load(Ordering::Relaxed)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_distribution_in_the_pool_is_not_sent_again_by_another_keeper() {
    let world = World::deployed().await;
    let (first_key, second_key) = (world.keeper_key().await, world.keeper_key().await);
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
    let world = World::deployed().await;
    let key = world.keeper_key().await;
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
