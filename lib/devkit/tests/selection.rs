//! Node selection end to end: operators with node NFTs stake and register from their own
//! accounts, time passes on anvil, anyone rotates, and the active set and its history are read
//! back through the bindings.

// Helpers outside `#[test]` functions fail the test on any error, as the tests themselves do.
#![allow(clippy::unwrap_used)]

use alloy::{primitives::U256, providers::Provider, signers::local::PrivateKeySigner};
use xmtp_bindings::{mock_xmtp::MockXMTP, node_selection_manager::NodeSelectionManager};
use xmtp_devkit::{
    deployments::{NODES, NODE_SELECTION_MANAGER, XMTP},
    devnet::{self, LocalChain},
    nodes::add_node,
    selection::{rotate, seat_nodes, stake_and_register, Rotation, SeatingContracts},
};

#[tokio::test]
async fn registered_operators_fill_the_set_at_the_first_rotation() {
    let chain = LocalChain::start().await.expect("anvil starts");
    let deployments = chain.deploy_suite().await.expect("the suite deploys");
    let admin = chain.provider();
    let nodes = deployments.proxy(NODES).unwrap();
    let selection = deployments.proxy(NODE_SELECTION_MANAGER).unwrap();
    let xmtp = deployments.token(XMTP).unwrap();

    let operators: Vec<PrivateKeySigner> = chain.other_dev_signers().into_iter().take(3).collect();
    let manager = NodeSelectionManager::new(selection, &admin);
    let minimum = manager.minimumStake().call().await.unwrap();
    for (i, operator) in operators.iter().enumerate() {
        add_node(
            &admin,
            nodes,
            operator.address(),
            &PrivateKeySigner::random(),
            &format!("https://node{i}.example"),
        )
        .await
        .unwrap();
        let provider = chain.provider_for(operator);
        MockXMTP::new(xmtp, &provider)
            .mint(operator.address(), minimum)
            .send()
            .await
            .unwrap()
            .get_receipt()
            .await
            .unwrap();
        stake_and_register(&provider, selection, xmtp, minimum)
            .await
            .expect("an operator with a node NFT and the minimum stake registers");
    }

    // Not due yet: an outcome, with the time it becomes due.
    let next = manager.nextRotationAt().call().await.unwrap();
    match rotate(&admin, selection).await.unwrap() {
        Rotation::NotDue { next_rotation_at } => assert_eq!(next_rotation_at, next),
        other => panic!("expected NotDue, got {other:?}"),
    }

    // Past the waiting period and the first epoch: every candidate is eligible, the set of 10
    // runs short with all three.
    let waiting = manager.waitingPeriod().call().await.unwrap();
    let epoch = manager.epochDuration().call().await.unwrap();
    devnet::advance_time(&admin, u64::try_from(waiting + epoch).unwrap())
        .await
        .unwrap();
    assert!(matches!(
        rotate(&admin, selection).await.unwrap(),
        Rotation::Rotated(_)
    ));

    let mut active = manager.getActiveNodes().call().await.unwrap();
    active.sort();
    let mut expected: Vec<_> = operators.iter().map(|o| o.address()).collect();
    expected.sort();
    assert_eq!(active, expected);
    let current = manager.currentEpoch().call().await.unwrap();
    assert!(current > U256::ZERO);
    let mut history = manager.activeNodesAt(current).call().await.unwrap();
    history.sort();
    assert_eq!(history, expected);
    assert!(manager.nextRotationAt().call().await.unwrap() > next);
    assert!(admin.get_block_number().await.unwrap() > 0);
}

#[tokio::test]
async fn seat_nodes_seats_spare_dev_accounts_from_the_epoch_it_returns() {
    let chain = LocalChain::start().await.expect("anvil starts");
    let deployments = chain.deploy_suite().await.expect("the suite deploys");
    let admin = chain.provider();
    let contracts = SeatingContracts::from_deployments(&deployments).unwrap();
    let (seated, epoch) = seat_nodes(&chain, &admin, contracts, 4).await.unwrap();
    assert_eq!(seated.len(), 4);
    let manager = NodeSelectionManager::new(contracts.selection, &admin);
    let mut ids = manager
        .activeNodeIdsAt(U256::from(epoch))
        .call()
        .await
        .unwrap();
    ids.sort();
    assert_eq!(ids, seated.iter().map(|n| n.id).collect::<Vec<_>>());
    // The epoch before had nobody: the deployment's epoch.
    assert!(manager
        .activeNodeIdsAt(U256::from(epoch - 1))
        .call()
        .await
        .unwrap()
        .is_empty());
    // A second rotation right away is not due.
    assert!(matches!(
        rotate(&admin, contracts.selection).await.unwrap(),
        Rotation::NotDue { .. }
    ));
}
