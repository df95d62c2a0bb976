//! The keeper against anvil and the deployed suite: a month of 12-hour epochs driven only by
//! `tick`, two keepers racing on every epoch, a keeper killed between sending and confirming,
//! and the idle tick's single read.

// Helpers outside `#[test]` functions fail the test on any error, as the tests themselves do.
#![allow(clippy::unwrap_used)]

mod common;

use std::{collections::BTreeMap, sync::Arc, time::Duration};

use common::World;

use alloy::{
    primitives::{aliases::U96, keccak256, Address, U256},
    providers::{ext::AnvilApi, DynProvider, Provider},
    rpc::types::Filter,
    signers::local::PrivateKeySigner,
    sol_types::{SolCall, SolEvent},
};
use xmtp_bindings::{
    automation::Automation, mock_usdc::MockUSDC, node_earnings_tracker::NodeEarningsTracker,
    node_selection_manager::NodeSelectionManager, nodes::Nodes, payers::Payers,
    reward_distributor::RewardDistributor,
};
use xmtp_devkit::{
    deployments::{AUTOMATION, NODE_EARNINGS_TRACKER, USDC},
    devnet::{self},
    keeper::{
        config::{Config, KeyRequirement, Overrides},
        jobs::Keeper,
        setup::Runtime,
        status::Step,
    },
    payers::{
        mint_and_deposit,
        report::{self, Served},
        report_node_set, settle_usage, submit_usage_report,
        tree::{PayerFee, PayerTree},
    },
};

/// One USDC in token units (6 decimals).
const USDC_UNIT: u64 = 1_000_000;

/// Test settings: fast polls, small payout batches so that a period takes several.
const KEEPER_TOML: &str = r#"
[sender]
poll_interval_ms = 20
confirmation_timeout_secs = 5
[jobs]
payout_batch_size = 2
"#;

impl World {
    /// A keeper started exactly as the binary starts one, with the test settings.
    async fn keeper(&self, key: &PrivateKeySigner, urls: &[String]) -> Arc<Keeper> {
        self.start_keeper(KEEPER_TOML, key, urls, None).await
    }

    fn endpoint(&self) -> String {
        self.chain.endpoint()
    }

    /// Settles a usage report of the next `messages` messages of the first active node in the
    /// current epoch, charged to two fresh payers, signed by a strict majority of the epoch's set.
    async fn charge(&self, messages: u64, fee: u64) {
        let manager = NodeSelectionManager::new(self.contracts.selection, &self.admin);
        let epoch = u64::try_from(manager.currentEpoch().call().await.unwrap()).unwrap();
        let payers = self
            .deployments
            .proxy(xmtp_devkit::deployments::PAYERS)
            .unwrap();
        let active: Vec<u32> = manager.getActiveNodeIds().call().await.unwrap();
        let start = Payers::new(payers, &self.admin)
            .lastReportedSequenceId(active[0])
            .call()
            .await
            .unwrap()
            + 1;
        let usdc = self.deployments.token(USDC).unwrap();
        let mut leaves = Vec::new();
        for i in 0..2 {
            let payer = Address::from_word(keccak256(format!("payer {start}/{i}")));
            let amount = U256::from(fee * USDC_UNIT);
            let minter = self.chain.signer().address();
            mint_and_deposit(&self.admin, payers, usdc, minter, payer, amount)
                .await
                .unwrap();
            leaves.push(PayerFee {
                payer,
                fee: U96::from(amount),
            });
        }
        let tree = PayerTree::new(leaves).unwrap();
        let node_set = report_node_set(&self.admin, payers, epoch).await.unwrap();
        let (usage, signatures) = report::build_and_sign(
            Served {
                originator: active[0],
                epoch,
                start,
                messages,
                payers: &tree,
            },
            node_set,
            self.seated
                .iter()
                .filter(|n| active.contains(&n.id))
                .map(|n| (n.id, &n.signing_key)),
            &report::domain(self.chain.chain_id(), payers),
        )
        .unwrap();
        let id = submit_usage_report(&self.admin, payers, usage, signatures)
            .await
            .unwrap();
        settle_usage(&self.admin, payers, id, &tree, 8)
            .await
            .unwrap();
    }

    /// Nodes paid per payout period, summed over every `PayoutsExecuted`.
    async fn payouts_processed(&self) -> u64 {
        let distributor = self
            .deployments
            .proxy(xmtp_devkit::deployments::REWARD_DISTRIBUTOR)
            .unwrap();
        let filter = Filter::new()
            .address(distributor)
            .event_signature(RewardDistributor::PayoutsExecuted::SIGNATURE_HASH)
            .from_block(0);
        self.admin
            .get_logs(&filter)
            .await
            .unwrap()
            .iter()
            .map(|log| {
                let event = log
                    .log_decode::<RewardDistributor::PayoutsExecuted>()
                    .unwrap();
                u64::try_from(event.inner.data.processed).unwrap()
            })
            .sum()
    }

    /// Each seated node's NFT owner's USDC balance.
    async fn owner_balances(&self) -> Vec<U256> {
        let usdc = MockUSDC::new(self.deployments.token(USDC).unwrap(), &self.admin);
        let nodes = Nodes::new(self.contracts.nodes, &self.admin);
        let mut balances = Vec::new();
        for node in &self.seated {
            let owner = nodes.ownerOf(U256::from(node.id)).call().await.unwrap();
            balances.push(usdc.balanceOf(owner).call().await.unwrap());
        }
        balances
    }

    /// What the tracker says each seated node earned in `period`.
    async fn period_earnings(&self, period: u64) -> Vec<U256> {
        let tracker = NodeEarningsTracker::new(
            self.deployments.proxy(NODE_EARNINGS_TRACKER).unwrap(),
            &self.admin,
        );
        let mut earnings = Vec::new();
        for node in &self.seated {
            let record = tracker
                .periodRecord(U256::from(period), node.operator.address())
                .call()
                .await
                .unwrap();
            earnings.push(U256::from(record.earnings));
        }
        earnings
    }
}

#[tokio::test]
async fn a_month_of_epochs_is_kept_by_tick_alone() {
    let world = World::new(4).await;
    let key = world.keeper_key().await;
    let keeper = world.keeper(&key, &[world.endpoint()]).await;
    let first = keeper.snapshot().await.unwrap();
    let rotations_before = world.rotations().await;
    let balances_before = world.owner_balances().await;

    let mut steps_done = BTreeMap::<&str, usize>::new();
    for epoch in 0..60u64 {
        if epoch % 10 == 0 {
            world.charge(100, 300).await;
        }
        world.warp_to_next_rotation().await.unwrap();
        let report = keeper.tick().await.unwrap();
        assert!(report.succeeded(), "epoch {epoch}: {:?}", report.failures);
        assert!(report.done.iter().any(|done| done.step == Step::Rotate));
        for done in &report.done {
            *steps_done.entry(done.step.name()).or_default() += 1;
        }
        let last = report.last.unwrap();
        assert!(
            last.due.is_empty(),
            "epoch {epoch}: still due {:?}",
            last.due
        );
        assert_eq!(last.epoch, first.epoch + epoch + 1);
    }

    // 60 rotations for 60 epochs, every closed epoch distributed, fees forwarded each time some
    // were settled, and period 0 (which closed within the month) paid in batches of two.
    assert_eq!(world.rotations().await - rotations_before, 60);
    assert_eq!(steps_done["rotate"], 60);
    assert!(steps_done["distribute"] >= 60);
    assert_eq!(steps_done["forward_fees"], 6);
    assert_eq!(world.payouts_processed().await, 4);
    assert_eq!(steps_done["payout"], 2);

    // Each NFT owner received exactly what the tracker says its node earned in period 0.
    let earned = world.period_earnings(0).await;
    let balances_after = world.owner_balances().await;
    for (i, node) in world.seated.iter().enumerate() {
        assert!(!earned[i].is_zero(), "node {} earned nothing", node.id);
        assert_eq!(
            balances_after[i] - balances_before[i],
            earned[i],
            "node {}",
            node.id
        );
    }

    // Nothing is due now: an idle tick costs exactly one JSON-RPC request.
    let before = keeper
        .metrics()
        .rpc_requests
        .load(std::sync::atomic::Ordering::Relaxed);
    let report = keeper.tick().await.unwrap();
    assert!(report.done.is_empty() && report.succeeded());
    let after = keeper
        .metrics()
        .rpc_requests
        .load(std::sync::atomic::Ordering::Relaxed);
    assert_eq!(after - before, 1);
}

/// Left out, the payout batch is the one `Automation` pays per upkeep, read at start; set, it is
/// taken up to `Automation.MAX_PAYOUT_BATCH_SIZE` and refused above it (against the deployed
/// contract, whatever the table's bound).
#[tokio::test]
async fn the_payout_batch_is_automations_unless_set_and_never_above_its_maximum() {
    let world = World::new(1).await;
    let key = world.keeper_key().await;
    let automation = Automation::new(world.deployments.proxy(AUTOMATION).unwrap(), &world.admin);
    let start = |batch: Option<u64>| {
        let overrides = Overrides {
            rpc_urls: Some(vec![world.endpoint()]),
            deployments: Some(world.record.clone()),
            private_key: Some(alloy::hex::encode_prefixed(key.to_bytes())),
            ..Overrides::default()
        };
        let mut config =
            Config::resolve(Default::default(), overrides, KeyRequirement::Required).unwrap();
        config.jobs.payout_batch_size = batch;
        async move { Runtime::start(&config, false).await }
    };
    let batch = |runtime: Runtime| runtime.signing.unwrap().keeper.payout_batch_size();

    let contract = automation.payoutBatchSize().call().await.unwrap();
    assert_eq!(contract, U256::from(40));
    assert_eq!(batch(start(None).await.unwrap()), 40);
    automation
        .setPayoutBatchSize(U256::from(7))
        .send()
        .await
        .unwrap()
        .get_receipt()
        .await
        .unwrap();
    assert_eq!(batch(start(None).await.unwrap()), 7);
    assert_eq!(batch(start(Some(200)).await.unwrap()), 200);
    let error = start(Some(201)).await.unwrap_err();
    assert!(error.is_bad_configuration());
    assert_eq!(
        error.to_string(),
        "jobs.payout_batch_size = 201 is out of range: 1 to 200 \
         (Automation.MAX_PAYOUT_BATCH_SIZE on chain 31337)"
    );
}

#[tokio::test]
async fn two_keepers_racing_rotate_each_epoch_once_and_neither_fails() {
    let world = World::new(3).await;
    let first = world
        .keeper(&world.keeper_key().await, &[world.endpoint()])
        .await;
    let second = world
        .keeper(&world.keeper_key().await, &[world.endpoint()])
        .await;
    let start = first.snapshot().await.unwrap().epoch;
    let rotations_before = world.rotations().await;
    for epoch in 0..6u64 {
        if epoch % 3 == 0 {
            world.charge(10, 50).await;
        }
        world.warp_to_next_rotation().await.unwrap();
        let (a, b) = tokio::join!(first.tick(), second.tick());
        let (a, b) = (a.unwrap(), b.unwrap());
        assert!(
            a.succeeded(),
            "epoch {epoch}: first failed {:?}",
            a.failures
        );
        assert!(
            b.succeeded(),
            "epoch {epoch}: second failed {:?}",
            b.failures
        );
        let rotated = [&a, &b]
            .iter()
            .filter(|report| report.done.iter().any(|done| done.step == Step::Rotate))
            .count();
        assert_eq!(rotated, 1, "epoch {epoch}: exactly one keeper rotates");
        assert_eq!(first.snapshot().await.unwrap().epoch, start + epoch + 1);
    }
    assert_eq!(world.rotations().await - rotations_before, 6);
}

#[tokio::test]
async fn a_keeper_killed_between_sending_and_confirming_neither_pays_twice_nor_misses() {
    let world = World::new(4).await;
    let key = world.keeper_key().await;
    let urls = [world.endpoint()];
    let keeper = world.keeper(&key, &urls).await;
    world.charge(100, 400).await;
    // Keep period 0 with the keeper until the next rotation closes it.
    loop {
        world.warp_to_next_rotation().await.unwrap();
        let snapshot = keeper.snapshot().await.unwrap();
        if snapshot.timestamp >= snapshot.next_payout_at {
            break;
        }
        assert!(keeper.tick().await.unwrap().succeeded());
    }
    let balances_before = world.owner_balances().await;
    let rotations_before = world.rotations().await;

    // Mining is manual from here, so that a keeper can be killed with its transaction sent but
    // not yet mined.
    world.admin.anvil_set_auto_mine(false).await.unwrap();
    // Killed with its rotation in the pool.
    kill_when_sent(
        &world.admin,
        &keeper,
        NodeSelectionManager::rotateNodesCall::SELECTOR,
    )
    .await;
    // The period's last epoch is paid once its report window (6 hours) has closed.
    devnet::advance_time(&world.admin, 6 * 3600).await.unwrap();
    // Restarted (a new process: same key, nothing remembered), it finds the rotation done,
    // distributes, and is killed with its first payout batch in the pool.
    let restarted = world.keeper(&key, &urls).await;
    kill_when_sent(
        &world.admin,
        &restarted,
        RewardDistributor::executePayoutsCall::SELECTOR,
    )
    .await;
    world.admin.anvil_set_auto_mine(true).await.unwrap();

    // Restarted again: it pays what the killed batch left, and nothing twice.
    let report = world.keeper(&key, &urls).await.tick().await.unwrap();
    assert!(report.succeeded(), "{:?}", report.failures);
    assert_eq!(
        report.done.iter().map(|done| done.step).collect::<Vec<_>>(),
        vec![Step::Payout]
    );
    let again = world.keeper(&key, &urls).await.tick().await.unwrap();
    assert!(again.done.is_empty() && again.succeeded());

    assert_eq!(world.rotations().await - rotations_before, 1);
    assert_eq!(world.payouts_processed().await, 4);
    let earned = world.period_earnings(0).await;
    let balances_after = world.owner_balances().await;
    for i in 0..world.seated.len() {
        assert_eq!(balances_after[i] - balances_before[i], earned[i]);
    }
}

/// Runs `keeper.tick()` while mining each of its transactions, until one calling `selector`
/// is in the pool: then kills the keeper and mines that transaction.
async fn kill_when_sent(provider: &DynProvider, keeper: &Arc<Keeper>, selector: [u8; 4]) {
    let tick = tokio::spawn({
        let keeper = Arc::clone(keeper);
        async move { keeper.tick().await }
    });
    for _ in 0..2_000 {
        let pool: serde_json::Value = provider
            .raw_request("txpool_content".into(), ())
            .await
            .unwrap();
        let inputs: Vec<String> = pool["pending"]
            .as_object()
            .into_iter()
            .flat_map(|by_sender| by_sender.values())
            .filter_map(|by_nonce| by_nonce.as_object())
            .flat_map(|by_nonce| by_nonce.values())
            .filter_map(|tx| tx["input"].as_str().map(str::to_owned))
            .collect();
        let wanted = alloy::hex::encode_prefixed(selector);
        if inputs.iter().any(|input| input.starts_with(&wanted)) {
            tick.abort();
            assert!(
                tick.await.unwrap_err().is_cancelled(),
                "the tick ended first"
            );
            provider.evm_mine(None).await.unwrap();
            return;
        }
        if !inputs.is_empty() {
            provider.evm_mine(None).await.unwrap();
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("the keeper never sent {}", alloy::hex::encode(selector));
}
