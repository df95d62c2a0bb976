//! The report window, live: the `keeper` binary run from "cron" every hour on anvil, usage
//! reports signed by each epoch's majority landing an hour after their epoch ended, and a week
//! without any fees.
//!
//! - Every reported message is in its epoch's costs: the keeper distributes an epoch only once
//!   its report window has closed (`nextDistributionAt()`), never in the tick that rotated past
//!   it, so each node's costs for the epoch are its base pay plus every message it reported
//!   times the cost per message.
//! - A week of epochs without fees pays each seat its full base pay from the treasury's base-pay
//!   reserve: nothing is owed, and the reserve falls by exactly the base pay of the seats.

// Helpers outside `#[test]` functions fail the test on any error, as the tests themselves do.
#![allow(clippy::unwrap_used)]

mod common;

use std::{collections::BTreeMap, ops::Deref};

use common::World;

use alloy::{
    primitives::{aliases::U96, keccak256, Address, U256},
    providers::Provider,
};
use xmtp_bindings::{
    mock_usdc::MockUSDC::{self, MockUSDCErrors},
    node_earnings_tracker::NodeEarningsTracker,
    node_selection_manager::NodeSelectionManager,
    reward_distributor::RewardDistributor::{self, RewardDistributorErrors},
    xmtp_treasury::XMTPTreasury::{self, XMTPTreasuryErrors},
};
use xmtp_devkit::{
    deployments::{NODE_EARNINGS_TRACKER, PAYERS, REWARD_DISTRIBUTOR, USDC, XMTP_TREASURY},
    devnet,
    payers::{
        mint_and_deposit,
        report::{self, Served},
        report_node_set, settle_usage, submit_usage_report,
        tree::{PayerFee, PayerTree},
    },
    tx::{self, Revert},
};

/// One USDC in token units.
const USDC_UNIT: u64 = 1_000_000;
/// The nodes, all seated (the active set has 10 seats).
const NODES: usize = 4;
/// What each message a node originates adds to its costs: 0.002 USDC.
const VARIABLE_COST_PER_MESSAGE: u64 = 2_000;
/// What each usage report charges its payer: ample for base pay and variable costs.
const FEE_PER_REPORT: u64 = 60 * USDC_UNIT;
/// Epochs with usage (and fees), then epochs without any: a week of 12-hour epochs.
const EPOCHS_WITH_FEES: u64 = 2;
const EPOCHS_WITHOUT_FEES: u64 = 14;
/// cron: every hour.
const HOUR: u64 = 3_600;
/// Reports land this long after their epoch ended: inside the (default, 6-hour) report window.
const REPORT_DELAY: u64 = HOUR;

/// The binary's world, and each node's next sequence id.
struct Window {
    world: World,
    next_sequence: BTreeMap<u32, u64>,
}

impl Deref for Window {
    type Target = World;

    fn deref(&self) -> &World {
        &self.world
    }
}

impl Window {
    async fn new() -> Self {
        let mut world = World::deployed("window").await;
        // Governance prices messages before the nodes serve any (a price applies from the next
        // epoch), and funds the base-pay reserve.
        let distributor = world.deployments.proxy(REWARD_DISTRIBUTOR).unwrap();
        tx::send::<_, _, RewardDistributorErrors, Revert<RewardDistributorErrors>>(
            RewardDistributor::new(distributor, &world.admin)
                .setVariableCostPerMessage(U256::from(VARIABLE_COST_PER_MESSAGE)),
            "RewardDistributor",
            "setVariableCostPerMessage",
        )
        .await
        .unwrap();
        world.seat(NODES).await.unwrap();
        Self {
            world,
            next_sequence: BTreeMap::new(),
        }
    }

    fn proxy(&self, name: &str) -> Address {
        self.deployments.proxy(name).unwrap()
    }

    async fn mint(&self, amount: U256) {
        let usdc = self.deployments.token(USDC).unwrap();
        tx::send::<_, _, MockUSDCErrors, Revert<MockUSDCErrors>>(
            MockUSDC::new(usdc, &self.admin).mint(self.chain.signer().address(), amount),
            "USDC",
            "mint",
        )
        .await
        .unwrap();
    }

    /// Governance deposits `amount` into the treasury's base-pay reserve.
    async fn fund_reserve(&self, amount: U256) {
        self.mint(amount).await;
        let usdc = self.deployments.token(USDC).unwrap();
        let treasury = self.proxy(XMTP_TREASURY);
        tx::send::<_, _, MockUSDCErrors, Revert<MockUSDCErrors>>(
            MockUSDC::new(usdc, &self.admin).approve(treasury, amount),
            "USDC",
            "approve",
        )
        .await
        .unwrap();
        tx::send::<_, _, XMTPTreasuryErrors, Revert<XMTPTreasuryErrors>>(
            XMTPTreasury::new(treasury, &self.admin).fundBasePayReserve(amount),
            "XMTPTreasury",
            "fundBasePayReserve",
        )
        .await
        .unwrap();
    }

    /// `keeper tick`, as cron runs it (the key in the environment): the steps it reports.
    fn tick(&self) -> Vec<String> {
        let out = self.keeper(&["tick"]).output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        assert_eq!(
            out.status.code(),
            Some(0),
            "keeper tick: {stdout}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        stdout
            .lines()
            .filter(|line| line.contains(": 0x"))
            .filter_map(|line| line.split(':').next())
            .map(str::to_owned)
            .collect()
    }

    /// The latest block's timestamp.
    async fn now(&self) -> u64 {
        let block = self
            .admin
            .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
            .await
            .unwrap()
            .unwrap();
        block.header.timestamp
    }

    /// One usage report per node of `epoch`'s set, each signed by a strict majority of that
    /// set and settled: what each node reported.
    async fn report(&mut self, epoch: u64) -> BTreeMap<u32, u64> {
        let payers = self.proxy(PAYERS);
        let selection = NodeSelectionManager::new(self.contracts.selection, &self.admin);
        let mut set: Vec<u32> = selection
            .activeNodeIdsAt(U256::from(epoch))
            .call()
            .await
            .unwrap();
        set.sort_unstable();
        let node_set = report_node_set(&self.admin, payers, epoch).await.unwrap();
        let members: Vec<_> = self
            .world
            .seated
            .iter()
            .filter(|n| set.contains(&n.id))
            .map(|n| (n.id, &n.signing_key))
            .collect();
        let domain = report::domain(self.chain.chain_id(), payers);
        let usdc = self.deployments.token(USDC).unwrap();
        let mut reported = BTreeMap::new();
        for (i, &originator) in set.iter().enumerate() {
            let messages = 1_000 * (i as u64 + 1) + epoch;
            let payer = Address::from_word(keccak256(format!("payer {originator}/{epoch}")));
            let (minter, fee) = (self.chain.signer().address(), U256::from(FEE_PER_REPORT));
            mint_and_deposit(&self.admin, payers, usdc, minter, payer, fee)
                .await
                .unwrap();
            let tree = PayerTree::new(vec![PayerFee {
                payer,
                fee: U96::from(FEE_PER_REPORT),
            }])
            .unwrap();
            let start = self.next_sequence.get(&originator).copied().unwrap_or(1);
            let (usage, signatures) = report::build_and_sign(
                Served {
                    originator,
                    epoch,
                    start,
                    messages,
                    payers: &tree,
                },
                node_set,
                members.iter().copied(),
                &domain,
            )
            .unwrap();
            let id = submit_usage_report(&self.admin, payers, usage, signatures)
                .await
                .unwrap();
            settle_usage(&self.admin, payers, id, &tree, 1)
                .await
                .unwrap();
            self.next_sequence.insert(originator, start + messages);
            reported.insert(originator, messages);
        }
        reported
    }

    /// Each node's (earnings, costs) recorded in the distributor's current period, and what it
    /// is owed.
    async fn books(&self) -> BTreeMap<u32, (U256, U256, U256)> {
        let distributor = RewardDistributor::new(self.proxy(REWARD_DISTRIBUTOR), &self.admin);
        let tracker = NodeEarningsTracker::new(self.proxy(NODE_EARNINGS_TRACKER), &self.admin);
        let period = distributor.currentPeriod().call().await.unwrap();
        let mut books = BTreeMap::new();
        for node in &self.seated {
            let operator = node.operator.address();
            let record = tracker.periodRecord(period, operator).call().await.unwrap();
            let owed = tracker.owedOf(operator).call().await.unwrap();
            books.insert(
                node.id,
                (U256::from(record.earnings), U256::from(record.costs), owed),
            );
        }
        books
    }

    async fn reserve(&self) -> U256 {
        XMTPTreasury::new(self.proxy(XMTP_TREASURY), &self.admin)
            .basePayReserve()
            .call()
            .await
            .unwrap()
    }

    /// A seat's base pay for `epoch`: the month's base pay in force then, prorated to the epoch.
    async fn base_pay(&self, epoch: u64) -> U256 {
        let distributor = RewardDistributor::new(self.proxy(REWARD_DISTRIBUTOR), &self.admin);
        let selection = NodeSelectionManager::new(self.contracts.selection, &self.admin);
        let prices = distributor
            .pricesAt(U256::from(epoch))
            .call()
            .await
            .unwrap();
        let duration = selection
            .epochDurationAt(U256::from(epoch))
            .call()
            .await
            .unwrap();
        let period = distributor.payoutPeriod().call().await.unwrap();
        prices.basePayPerMonth_ * duration / period
    }
}

#[tokio::test]
async fn hourly_keeper_counts_late_reports_and_the_reserve_pays_a_week_without_fees() {
    let mut world = Window::new().await;
    let admin = world.admin.clone();
    let selection = NodeSelectionManager::new(world.contracts.selection, &admin);
    let distributor = RewardDistributor::new(world.proxy(REWARD_DISTRIBUTOR), &admin);
    let first = u64::try_from(selection.currentEpoch().call().await.unwrap()).unwrap();
    let seats = NODES as u64;
    // Two months of the four seats' base pay.
    let month = distributor.basePayPerMonth().call().await.unwrap();
    world.fund_reserve(month * U256::from(2 * seats)).await;

    // The seating rotation has just happened: the empty epochs before are the keeper's to
    // distribute as their windows close. From here cron runs the keeper every hour.
    assert!(
        world.tick().iter().all(|step| step != "rotate"),
        "the seating rotation was done by seat_nodes"
    );
    let start = world.now().await;
    let epoch_duration = u64::try_from(selection.epochDuration().call().await.unwrap()).unwrap();
    let last = first + EPOCHS_WITH_FEES + EPOCHS_WITHOUT_FEES - 1;
    let window = u64::try_from(selection.reportWindow().call().await.unwrap()).unwrap();
    let hours = ((last - first + 1) * epoch_duration + window) / HOUR + 1;

    let mut reported: BTreeMap<u64, BTreeMap<u32, u64>> = BTreeMap::new();
    let mut distributed_at: BTreeMap<u64, u64> = BTreeMap::new();
    let mut drawn_in_week = U256::ZERO;
    for hour in 1..=hours {
        let now = start + hour * HOUR;
        devnet::advance_to(&admin, now).await.unwrap();
        // The epoch that ended an hour ago gets its usage reports now, inside its window.
        let since_start = hour * HOUR;
        if since_start % epoch_duration == REPORT_DELAY {
            let epoch = first + since_start / epoch_duration - 1;
            if (first..first + EPOCHS_WITH_FEES).contains(&epoch) {
                let messages = world.report(epoch).await;
                reported.insert(epoch, messages);
            }
        }
        let next_epoch = u64::try_from(distributor.nextEpoch().call().await.unwrap()).unwrap();
        let before = world.books().await;
        let reserve_before = world.reserve().await;
        let steps = world.tick();
        let after_epoch = u64::try_from(distributor.nextEpoch().call().await.unwrap()).unwrap();
        if since_start.is_multiple_of(epoch_duration) {
            assert!(
                steps.iter().any(|s| s == "rotate"),
                "hour {hour}: the rotation is due: {steps:?}"
            );
        }
        if after_epoch == next_epoch {
            assert!(
                !steps.iter().any(|s| s == "distribute"),
                "hour {hour}: {steps:?}"
            );
            continue;
        }
        // One epoch a tick once the keeper is caught up, and never the one just rotated past.
        assert_eq!(after_epoch, next_epoch + 1, "hour {hour}: {steps:?}");
        let epoch = next_epoch;
        if epoch < first {
            continue;
        }
        let closes = u64::try_from(
            selection
                .reportWindowClosesAt(U256::from(epoch))
                .call()
                .await
                .unwrap(),
        )
        .unwrap();
        assert!(
            now >= closes && now < closes + HOUR,
            "epoch {epoch} distributed at {now}, its window closes at {closes}"
        );
        assert!(
            !steps.iter().any(|s| s == "rotate"),
            "hour {hour}: distributed in a rotation's tick: {steps:?}"
        );
        distributed_at.insert(epoch, now);
        let after = world.books().await;
        let base = world.base_pay(epoch).await;
        if let Some(messages) = reported.get(&epoch) {
            // Every reported message is in the epoch's costs, on top of the seat's base pay.
            for (node, served) in messages {
                let cost = after[node].1 - before[node].1;
                assert_eq!(
                    cost,
                    base + U256::from(served * VARIABLE_COST_PER_MESSAGE),
                    "epoch {epoch}, node {node}: costs grew by {cost}"
                );
                assert_eq!(after[node].2, U256::ZERO, "nothing owed");
            }
        } else if epoch >= first + EPOCHS_WITH_FEES {
            // No fees at all: the reserve pays every seat's full base pay.
            let drawn = reserve_before - world.reserve().await;
            assert_eq!(drawn, base * U256::from(seats), "epoch {epoch}");
            drawn_in_week += drawn;
            for node in &world.seated {
                let (earned, cost, owed) = (
                    after[&node.id].0 - before[&node.id].0,
                    after[&node.id].1 - before[&node.id].1,
                    after[&node.id].2,
                );
                assert_eq!(
                    earned, base,
                    "epoch {epoch}, node {}: full base pay",
                    node.id
                );
                assert_eq!(cost, base, "epoch {epoch}, node {}", node.id);
                assert_eq!(
                    owed,
                    U256::ZERO,
                    "epoch {epoch}, node {}: nothing owed",
                    node.id
                );
            }
        }
    }
    assert_eq!(reported.len() as u64, EPOCHS_WITH_FEES);
    for epoch in first..=last {
        assert!(
            distributed_at.contains_key(&epoch),
            "epoch {epoch} was not distributed"
        );
    }
    let mut week = U256::ZERO;
    for epoch in first + EPOCHS_WITH_FEES..=last {
        week += world.base_pay(epoch).await * U256::from(seats);
    }
    assert_eq!(drawn_in_week, week, "a week of the seats' base pay");
}
