//! Rewards end to end: three staked nodes seated by the selection manager, real fees settled in
//! `Payers` and forwarded to the distributor, two payout periods distributed epoch by epoch and
//! paid to the nodes' NFT owners, and every USDC unit that entered the distributor accounted for.

// Helpers outside `#[test]` functions fail the test on any error, as the tests themselves do.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;

use alloy::{
    primitives::{aliases::U96, keccak256, Address, U256},
    providers::DynProvider,
};
use xmtp_bindings::{
    mock_usdc::MockUSDC,
    node_earnings_tracker::NodeEarningsTracker,
    node_selection_manager::NodeSelectionManager,
    nodes::Nodes::{self, NodesErrors},
    payers::Payers,
    reward_distributor::RewardDistributor::{self, RewardDistributorErrors},
};
use xmtp_devkit::{
    deployments::{
        DELEGATION, NODE_EARNINGS_TRACKER, PAYERS, REWARD_DISTRIBUTOR, USDC, XMTP_TREASURY,
    },
    devnet::{self, LocalChain},
    payers::{
        mint_and_deposit,
        report::{self, Served},
        report_node_set, settle_usage, submit_usage_report,
        tree::{PayerFee, PayerTree},
    },
    rewards::{
        distribute_rewards, earnings_of, execute_payouts, read_books, total_earnings, Distribution,
    },
    selection::{rotate, seat_nodes, Rotation, SeatedNode, SeatingContracts},
    tx,
};

/// One USDC in token units (6 decimals).
const USDC_UNIT: u64 = 1_000_000;

/// Entries paid per `executePayouts`: 3 nodes × 2 periods take 3 batches.
const PAYOUT_BATCH: u64 = 2;

struct Suite {
    chain: LocalChain,
    admin: DynProvider,
    nodes: Address,
    selection: Address,
    payers: Address,
    distributor: Address,
    tracker: Address,
    treasury: Address,
    /// The staking-rewards pool the treasury sends the staking share of each excess on to.
    delegation: Address,
    usdc: Address,
    seated: Vec<SeatedNode>,
}

impl Suite {
    async fn usdc_balance(&self, account: Address) -> U256 {
        MockUSDC::new(self.usdc, &self.admin)
            .balanceOf(account)
            .call()
            .await
            .unwrap()
    }

    /// Funds one payer per fee with exactly its fee, then submits and settles a report of
    /// `messages` messages served by node 1 in `epoch` from `start`, signed by a majority of the
    /// epoch's active set. Returns the fees' total.
    async fn settle(&self, epoch: u64, start: u64, messages: u64, fees: &[u64]) -> U256 {
        let mut leaves = Vec::new();
        for (i, amount) in fees.iter().enumerate() {
            let payer = Address::from_word(keccak256(format!("payer {start}/{i}")));
            let amount = U256::from(amount * USDC_UNIT);
            let minter = self.chain.signer().address();
            mint_and_deposit(&self.admin, self.payers, self.usdc, minter, payer, amount)
                .await
                .unwrap();
            leaves.push(PayerFee {
                payer,
                fee: U96::from(amount),
            });
        }
        let tree = PayerTree::new(leaves).unwrap();
        let node_set = report_node_set(&self.admin, self.payers, epoch)
            .await
            .unwrap();
        let (usage, signatures) = report::build_and_sign(
            Served {
                originator: self.seated[0].id,
                epoch,
                start,
                messages,
                payers: &tree,
            },
            node_set,
            self.seated.iter().map(|n| (n.id, &n.signing_key)),
            &report::domain(self.chain.chain_id(), self.payers),
        )
        .unwrap();
        let id = submit_usage_report(&self.admin, self.payers, usage, signatures)
            .await
            .unwrap();
        settle_usage(&self.admin, self.payers, id, &tree, 8)
            .await
            .unwrap();
        fees.iter().map(|f| U256::from(f * USDC_UNIT)).sum()
    }

    /// Moves the clock to `until` (the end of the open payout period), rotates once (catching up
    /// every epoch in between, which keep the set) and distributes every closed epoch.
    async fn close_period(&self, until: U256) -> Distribution {
        devnet::advance_to(&self.admin, u64::try_from(until).unwrap())
            .await
            .unwrap();
        assert!(matches!(
            rotate(&self.admin, self.selection).await.unwrap(),
            Rotation::Rotated(_)
        ));
        // The period's last epoch is paid once its report window (6 hours) has closed.
        devnet::advance_time(&self.admin, 6 * 3600).await.unwrap();
        distribute_rewards(&self.admin, self.distributor)
            .await
            .unwrap()
    }
}

async fn suite() -> Suite {
    let chain = LocalChain::start().await.expect("anvil starts");
    let deployments = chain.deploy_suite().await.expect("the suite deploys");
    let admin = chain.provider();
    let contracts = SeatingContracts::from_deployments(&deployments).unwrap();
    let (seated, _) = seat_nodes(&chain, &admin, contracts, 3).await.unwrap();
    Suite {
        nodes: contracts.nodes,
        selection: contracts.selection,
        payers: deployments.proxy(PAYERS).unwrap(),
        distributor: deployments.proxy(REWARD_DISTRIBUTOR).unwrap(),
        tracker: deployments.proxy(NODE_EARNINGS_TRACKER).unwrap(),
        treasury: deployments.proxy(XMTP_TREASURY).unwrap(),
        delegation: deployments.proxy(DELEGATION).unwrap(),
        usdc: deployments.token(USDC).unwrap(),
        seated,
        admin,
        chain,
    }
}

#[tokio::test]
async fn settled_fees_reach_the_nft_owners_and_every_unit_is_accounted_for() {
    let s = suite().await;
    let distributor = RewardDistributor::new(s.distributor, &s.admin);
    let manager = NodeSelectionManager::new(s.selection, &s.admin);
    let seated_epoch = u64::try_from(manager.currentEpoch().call().await.unwrap()).unwrap();

    // Nothing closed yet: paying is an outcome with nothing paid, not a failure.
    assert!(execute_payouts(&s.admin, s.distributor, PAYOUT_BATCH)
        .await
        .unwrap()
        .is_empty());
    // The direct call is refused by name, with the time the first period closes.
    let next_payout_at = distributor.nextPayoutAt().call().await.unwrap();
    let err = tx::send::<_, _, RewardDistributorErrors, tx::Revert<RewardDistributorErrors>>(
        distributor.executePayouts(U256::from(PAYOUT_BATCH)),
        "RewardDistributor",
        "executePayouts",
    )
    .await
    .unwrap_err();
    match err.rejection() {
        Some(tx::Revert::Known(RewardDistributorErrors::PayoutNotDue(e))) => {
            assert_eq!(e.nextPayoutAt, next_payout_at)
        }
        other => panic!("expected PayoutNotDue, got {other:?}"),
    }

    // Period 0 keeps its 30 days; periods from 1 on last one day (two epochs).
    tx::send::<_, _, RewardDistributorErrors, tx::Revert<RewardDistributorErrors>>(
        distributor.setPayoutPeriod(U256::from(86_400)),
        "RewardDistributor",
        "setPayoutPeriod",
    )
    .await
    .unwrap();

    // Period 0: 6,000 USDC of fees in the nodes' first epoch, more than their costs over the
    // period allow them to keep (the profit cap sends the rest to the treasury).
    let fees_0 = s
        .settle(seated_epoch, 1, 1_000, &[2_500, 2_000, 1_500])
        .await;
    let backed = Payers::new(s.payers, &s.admin)
        .backedFees()
        .call()
        .await
        .unwrap();
    assert_eq!(backed, fees_0, "every fee was covered by a deposit");
    // While no period is unpaid, `nextPayoutAt` is when the open period's last epoch ends.
    let period_0 = s.close_period(next_payout_at).await;
    assert_eq!(
        period_0.fees_forwarded, fees_0,
        "the keeper's pass forwarded the backed fees"
    );
    assert_eq!(
        period_0.received, fees_0,
        "and the distributor counted them"
    );
    assert_eq!(
        period_0
            .closed_periods
            .iter()
            .map(|p| p.period)
            .collect::<Vec<_>>(),
        vec![U256::ZERO]
    );
    assert!(
        period_0.calls > 1,
        "60 epochs take several calls of at most 8"
    );
    let books = read_books(&s.admin, s.distributor).await.unwrap();
    assert_eq!(books.pending_epochs, 0);
    assert_eq!(books.current_period, 1);
    assert_eq!(books.pending_payouts, 3, "three nodes earned in period 0");

    // Period 1: fees in its first epoch, then its two epochs close.
    let current = u64::try_from(manager.currentEpoch().call().await.unwrap()).unwrap();
    let fees_1 = s.settle(current, 1_001, 500, &[40, 60]).await;
    // `nextPayoutAt` now says when period 0 closed (it is unpaid): period 1 ends with the epoch
    // after the current one.
    let period_1_end = manager.nextRotationAt().call().await.unwrap()
        + manager.epochDuration().call().await.unwrap();
    let period_1 = s.close_period(period_1_end).await;
    assert_eq!(period_1.received, fees_1);
    assert_eq!(
        period_1
            .closed_periods
            .iter()
            .map(|p| p.period)
            .collect::<Vec<_>>(),
        vec![U256::from(1)]
    );
    assert_eq!(period_1.epochs.len(), 2, "a one-day period is two epochs");

    // Node 3's NFT changes hands before the payout: its earnings go to the NFT's owner now.
    let new_owner = Address::with_last_byte(0xee);
    tx::send::<_, _, NodesErrors, tx::Revert<NodesErrors>>(
        Nodes::new(s.nodes, &s.admin).transferNode(s.seated[2].id, new_owner),
        "Nodes",
        "transferNode",
    )
    .await
    .unwrap();

    let payouts = execute_payouts(&s.admin, s.distributor, PAYOUT_BATCH)
        .await
        .unwrap();
    assert_eq!(payouts.len(), 6, "3 nodes × 2 periods, each paid once");
    assert!(payouts.iter().all(|p| !p.deferred));

    let tracker = NodeEarningsTracker::new(s.tracker, &s.admin);
    let mut paid_to: BTreeMap<Address, U256> = BTreeMap::new();
    for p in &payouts {
        *paid_to.entry(p.recipient).or_default() += p.amount;
    }
    let mut paid_total = U256::ZERO;
    for node in &s.seated {
        let operator = node.operator.address();
        let owner = Nodes::new(s.nodes, &s.admin)
            .ownerOf(U256::from(node.id))
            .call()
            .await
            .unwrap();
        let mut earned = U256::ZERO;
        for period in [0, 1] {
            let e = earnings_of(&s.admin, s.tracker, operator, period)
                .await
                .unwrap();
            assert!(e > U256::ZERO, "node {} earned in period {period}", node.id);
            let payout = payouts
                .iter()
                .find(|p| p.node == operator && p.period == period)
                .unwrap();
            assert_eq!(
                (payout.node_id, payout.recipient, payout.amount),
                (node.id, owner, e)
            );
            earned += e;
        }
        // Period 0 hit the profit cap: earnings within 125% of its costs.
        let costs_0 = tracker.costsOf(operator, U256::ZERO).call().await.unwrap();
        let earned_0 = earnings_of(&s.admin, s.tracker, operator, 0).await.unwrap();
        assert!(earned_0 * U256::from(10_000) <= costs_0 * U256::from(12_500));
        assert_eq!(
            total_earnings(&s.admin, s.tracker, operator).await.unwrap(),
            earned
        );
        assert_eq!(s.usdc_balance(owner).await, earned, "node {}", node.id);
        assert_eq!(paid_to[&owner], earned);
        paid_total += earned;
    }
    assert_eq!(
        s.usdc_balance(s.seated[2].operator.address()).await,
        U256::ZERO
    );
    assert_eq!(
        s.usdc_balance(new_owner).await,
        paid_to[&new_owner],
        "the NFT's owner at payout time was paid"
    );

    // Every unit that entered the distributor is paid out, held for the nodes, or went to the
    // treasury above the cap.
    let books = read_books(&s.admin, s.distributor).await.unwrap();
    assert_eq!(books.pending_payouts, 0);
    assert_eq!(books.unpaid, U256::ZERO, "both closed periods are paid");
    let held = s.usdc_balance(s.distributor).await;
    assert_eq!(held, books.pool + books.unpaid + books.claimable);
    let excess: U256 = period_0
        .epochs
        .iter()
        .chain(&period_1.epochs)
        .map(|e| e.excess)
        .sum();
    assert!(excess > U256::ZERO, "period 0's fees exceed the cap");
    // The treasury keeps its buckets and sends the staking share on to Delegation (no claims here).
    assert_eq!(
        s.usdc_balance(s.treasury).await + s.usdc_balance(s.delegation).await,
        excess
    );
    assert_eq!(fees_0 + fees_1, paid_total + held + excess);

    // A second run finds nothing to do and sends nothing.
    assert!(execute_payouts(&s.admin, s.distributor, PAYOUT_BATCH)
        .await
        .unwrap()
        .is_empty());
    assert!(distribute_rewards(&s.admin, s.distributor)
        .await
        .unwrap()
        .receipts
        .is_empty());
}
