//! Delegated staking end to end on anvil: two seated operators, three delegators who approve and delegate from
//! their own accounts, a commission increase waiting its unbonding period, staking rewards handed over by the
//! treasury during a full reward interval and claimed after it by delegators and operators, then a redelegation, an
//! undelegation and its withdrawal; every refusal on the way is read by the contract's error name.

// Helpers outside `#[test]` functions fail the test on any error, as the tests themselves do.
#![allow(clippy::unwrap_used)]

use alloy::{
    primitives::{Address, U256},
    providers::{DynProvider, Provider},
    signers::local::PrivateKeySigner,
};
use xmtp_bindings::{
    delegation::Delegation::{self, DelegationErrors},
    mock_usdc::MockUSDC,
    mock_xmtp::MockXMTP,
    node_selection_manager::NodeSelectionManager,
    xmtp_treasury::XMTPTreasury,
};
use xmtp_devkit::{
    delegation::{
        approve_and_delegate, claim_staking_rewards, claimable, delegation_of, pool, redelegate,
        set_commission, undelegate, withdraw_unbonded,
    },
    deployments::{DELEGATION, USDC, XMTP_TREASURY},
    devnet::{self, LocalChain},
    selection::{seat_nodes, SeatingContracts},
    tx::Revert,
};

/// `Delegation.REWARD_INTERVAL`: intervals are `timestamp / 7 days`.
const REWARD_INTERVAL: u64 = 7 * 86_400;

fn xmtp(tokens: u64) -> U256 {
    U256::from(tokens) * U256::from(10u64).pow(U256::from(18))
}

async fn now(provider: &DynProvider) -> u64 {
    provider
        .get_block_by_number(Default::default())
        .await
        .unwrap()
        .unwrap()
        .header
        .timestamp
}

/// Mines a block one second into the next reward interval.
async fn next_interval(provider: &DynProvider) {
    let interval = now(provider).await / REWARD_INTERVAL;
    devnet::advance_to(provider, (interval + 1) * REWARD_INTERVAL + 1)
        .await
        .unwrap();
}

#[tokio::test]
async fn a_delegator_delegates_earns_claims_redelegates_and_withdraws() {
    let chain = LocalChain::start().await.expect("anvil starts");
    let deployments = chain.deploy_suite().await.expect("the suite deploys");
    let admin = chain.provider();
    let contracts = SeatingContracts::from_deployments(&deployments).unwrap();
    let (seated, _) = seat_nodes(&chain, &admin, contracts, 2).await.unwrap();
    let delegation = deployments.proxy(DELEGATION).unwrap();
    let treasury = deployments.proxy(XMTP_TREASURY).unwrap();
    let usdc = deployments.token(USDC).unwrap();
    let token = contracts.xmtp;
    let (a, b) = (&seated[0].operator, &seated[1].operator);
    let (a_provider, b_provider) = (chain.provider_for(a), chain.provider_for(b));
    let delegators: Vec<PrivateKeySigner> = chain
        .other_dev_signers()
        .into_iter()
        .skip(seated.len())
        .take(3)
        .collect();
    let providers: Vec<DynProvider> = delegators.iter().map(|d| chain.provider_for(d)).collect();
    let minimum = NodeSelectionManager::new(contracts.selection, &admin)
        .minimumStake()
        .call()
        .await
        .unwrap();

    // The operator raises its commission: it waits one unbonding period, so delegators can leave first.
    let scheduled = set_commission(&a_provider, delegation, 1_000)
        .await
        .unwrap();
    assert_eq!(scheduled.previousBps, U256::ZERO);
    assert_eq!(scheduled.newBps, U256::from(1_000));
    assert!(scheduled.effectiveAt > U256::from(now(&admin).await));
    // Above the governance maximum (2,000 by default): refused by name.
    let error = set_commission(&a_provider, delegation, 2_001)
        .await
        .unwrap_err();
    assert!(
        matches!(
            error.rejection(),
            Some(Revert::Known(DelegationErrors::CommissionTooHigh(_)))
        ),
        "{error}"
    );

    // Three delegators: two back A (1,000 and 3,000 XMTP), one backs B (2,000).
    let amounts = [(a, 1_000), (a, 3_000), (b, 2_000)];
    for ((delegator, provider), (operator, tokens)) in
        delegators.iter().zip(&providers).zip(amounts)
    {
        MockXMTP::new(token, provider)
            .mint(delegator.address(), xmtp(tokens))
            .send()
            .await
            .unwrap()
            .get_receipt()
            .await
            .unwrap();
        let delegated = approve_and_delegate(
            provider,
            delegation,
            token,
            operator.address(),
            xmtp(tokens),
        )
        .await
        .unwrap();
        assert_eq!(delegated.delegator, delegator.address());
        assert_eq!(delegated.operator, operator.address());
        assert_eq!(delegated.amount, xmtp(tokens));
        assert!(delegated.shares > U256::ZERO);
    }
    // An operator cannot back its own pool.
    let error = approve_and_delegate(&a_provider, delegation, token, a.address(), xmtp(1))
        .await
        .unwrap_err();
    assert!(
        matches!(
            error.rejection(),
            Some(Revert::Known(DelegationErrors::SelfDelegation(_)))
        ),
        "{error}"
    );

    let pool_a = pool(&admin, delegation, a.address()).await.unwrap();
    assert_eq!(pool_a.ownStake, minimum);
    assert_eq!(pool_a.delegatedTokens, xmtp(4_000));
    assert_eq!(pool_a.delegators, U256::from(2));
    assert_eq!(pool_a.commissionBps, U256::ZERO);
    assert_eq!(pool_a.pendingCommissionBps, U256::from(1_000));
    assert_eq!(pool_a.commissionEffectiveAt, scheduled.effectiveAt);
    let first = delegation_of(&admin, delegation, delegators[0].address(), a.address())
        .await
        .unwrap();
    assert_eq!(first.tokens, xmtp(1_000));
    assert_eq!(first.rewards, U256::ZERO);

    // Stake earns from the next full interval: rewards handed over during it are credited when it ends.
    next_interval(&admin).await;
    let me = chain.signer().address();
    let notified = forward_staking_rewards(&admin, me, treasury, usdc, 1_000_000_000).await;
    assert!(notified > U256::ZERO);
    // Still inside the interval: nothing is claimable yet.
    assert_eq!(
        claimable(&admin, delegation, a.address(), delegators[0].address())
            .await
            .unwrap(),
        U256::ZERO
    );
    next_interval(&admin).await;

    let usdc_of = |account: Address| {
        let admin = admin.clone();
        async move {
            MockUSDC::new(usdc, &admin)
                .balanceOf(account)
                .call()
                .await
                .unwrap()
        }
    };
    let owed_first = claimable(&admin, delegation, a.address(), delegators[0].address())
        .await
        .unwrap();
    let owed_second = claimable(&admin, delegation, a.address(), delegators[1].address())
        .await
        .unwrap();
    assert!(owed_first > U256::ZERO);
    // Three times the stake, three times the rewards (to rounding).
    let three = owed_first * U256::from(3);
    assert!(
        owed_second.abs_diff(three) <= U256::from(3),
        "{owed_second} vs 3 × {owed_first}"
    );

    let mut claimed = U256::ZERO;
    let claims: [(&DynProvider, Address, Address); 5] = [
        (&providers[0], a.address(), delegators[0].address()),
        (&providers[1], a.address(), delegators[1].address()),
        (&providers[2], b.address(), delegators[2].address()),
        (&a_provider, a.address(), a.address()),
        (&b_provider, b.address(), b.address()),
    ];
    for (provider, operator, account) in claims {
        let owed = claimable(&admin, delegation, operator, account)
            .await
            .unwrap();
        let before = usdc_of(account).await;
        let paid = claim_staking_rewards(provider, delegation, operator)
            .await
            .unwrap();
        assert_eq!(paid.account, account);
        assert_eq!(paid.operator, operator);
        assert_eq!(paid.amount, owed, "{account} claims what it was shown");
        assert_eq!(usdc_of(account).await - before, owed);
        claimed += paid.amount;
    }
    // Every staker was staked through the whole interval: all of it is paid but rounding dust, never more.
    assert!(claimed <= notified, "{claimed} > {notified}");
    assert!(
        notified - claimed <= U256::from(10),
        "{claimed} of {notified}"
    );
    // A second claim finds nothing.
    let error = claim_staking_rewards(&providers[0], delegation, a.address())
        .await
        .unwrap_err();
    assert!(
        matches!(
            error.rejection(),
            Some(Revert::Known(DelegationErrors::NothingToClaim(_)))
        ),
        "{error}"
    );
    // The claims synced A's pool after the unbonding period: its commission is in force.
    let pool_a = pool(&admin, delegation, a.address()).await.unwrap();
    assert_eq!(pool_a.commissionBps, U256::from(1_000));
    assert_eq!(pool_a.pendingCommissionBps, U256::ZERO);

    // Redelegation: from A to B without unbonding, once per unbonding period.
    let moved = redelegate(
        &providers[0],
        delegation,
        a.address(),
        b.address(),
        xmtp(500),
    )
    .await
    .unwrap();
    assert_eq!((moved.from, moved.to), (a.address(), b.address()));
    assert_eq!(moved.amount, xmtp(500));
    let error = redelegate(
        &providers[0],
        delegation,
        a.address(),
        b.address(),
        xmtp(100),
    )
    .await
    .unwrap_err();
    assert!(
        matches!(
            error.rejection(),
            Some(Revert::Known(DelegationErrors::RedelegationTooSoon(_)))
        ),
        "{error}"
    );
    assert_eq!(
        pool(&admin, delegation, b.address())
            .await
            .unwrap()
            .delegatedTokens,
        xmtp(2_500)
    );

    // Undelegation: unbonding, refused before its release, withdrawn after.
    let left = undelegate(&providers[1], delegation, a.address(), xmtp(1_000))
        .await
        .unwrap();
    assert_eq!(left.amount, xmtp(1_000));
    let error = withdraw_unbonded(&providers[1], delegation, a.address())
        .await
        .unwrap_err();
    match error.rejection() {
        Some(Revert::Known(DelegationErrors::StillUnbonding(e))) => {
            assert_eq!(e.releaseAt, left.releaseAt)
        }
        _ => panic!("expected StillUnbonding, got {error}"),
    }
    let unbonding = delegation_of(&admin, delegation, delegators[1].address(), a.address())
        .await
        .unwrap();
    assert_eq!(unbonding.unbondingTokens, xmtp(1_000));
    assert_eq!(unbonding.tokens, xmtp(2_000));
    devnet::advance_to(&admin, u64::try_from(left.releaseAt).unwrap())
        .await
        .unwrap();
    let withdrawn = withdraw_unbonded(&providers[1], delegation, a.address())
        .await
        .unwrap();
    assert_eq!(withdrawn.amount, xmtp(1_000));
    assert_eq!(
        MockXMTP::new(token, &admin)
            .balanceOf(delegators[1].address())
            .call()
            .await
            .unwrap(),
        xmtp(1_000)
    );
    let error = withdraw_unbonded(&providers[1], delegation, a.address())
        .await
        .unwrap_err();
    assert!(
        matches!(
            error.rejection(),
            Some(Revert::Known(DelegationErrors::NothingUnbonding(_)))
        ),
        "{error}"
    );
}

/// Hands `amount` USDC units of excess to the treasury as the distributor would (the admin granted itself the
/// distributor's role): the staking share goes to `Delegation`. Returns what `Delegation` was notified.
async fn forward_staking_rewards(
    admin: &DynProvider,
    me: Address,
    treasury: Address,
    usdc: Address,
    amount: u64,
) -> U256 {
    let treasury_contract = XMTPTreasury::new(treasury, admin);
    let role = treasury_contract.DISTRIBUTOR_ROLE().call().await.unwrap();
    let delegation = Delegation::new(
        treasury_contract.stakingRewardsPool().call().await.unwrap(),
        admin,
    );
    let (before, _) = totals(&delegation).await;
    treasury_contract
        .grantRole(role, me)
        .send()
        .await
        .unwrap()
        .get_receipt()
        .await
        .unwrap();
    let usdc = MockUSDC::new(usdc, admin);
    for receipt in [
        usdc.mint(me, U256::from(amount)).send().await.unwrap(),
        usdc.approve(treasury, U256::from(amount))
            .send()
            .await
            .unwrap(),
        treasury_contract
            .handleExcessRewards(U256::from(amount))
            .send()
            .await
            .unwrap(),
    ] {
        assert!(receipt.get_receipt().await.unwrap().status());
    }
    let (after, _) = totals(&delegation).await;
    after - before
}

async fn totals(delegation: &Delegation::DelegationInstance<&DynProvider>) -> (U256, U256) {
    let totals = delegation.stakingRewardTotals().call().await.unwrap();
    (totals.notified, totals.claimed)
}
