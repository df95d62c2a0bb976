//! Node selection end to end: operators with node NFTs stake and register from their own
//! accounts, time passes on anvil, anyone rotates, and the active set and its history are read
//! back through the bindings.

// Helpers outside `#[test]` functions fail the test on any error, as the tests themselves do.
#![allow(clippy::unwrap_used)]

use alloy::{
    primitives::U256,
    providers::{ext::AnvilApi, Provider},
    rpc::types::TransactionReceipt,
    signers::local::PrivateKeySigner,
};
use xmtp_bindings::{
    mock_xmtp::MockXMTP,
    node_selection_manager::NodeSelectionManager::{self, NodeSelectionManagerErrors},
};
use xmtp_control::{
    deployments::{NODES, NODE_SELECTION_MANAGER, XMTP},
    devnet::LocalChain,
    nodes::add_node,
    tx::{self, Revert, TxError},
};

/// Sends `rotateNodes`, naming a refusal by the manager's errors.
async fn rotate<P: Provider>(
    manager: &NodeSelectionManager::NodeSelectionManagerInstance<P>,
) -> Result<TransactionReceipt, TxError<Revert<NodeSelectionManagerErrors>>> {
    tx::send::<_, _, NodeSelectionManagerErrors, _>(
        manager.rotateNodes(),
        NODE_SELECTION_MANAGER,
        "rotateNodes",
    )
    .await
}

#[tokio::test]
async fn registered_operators_fill_the_set_at_the_first_rotation() {
    let chain = LocalChain::start().await.expect("anvil starts");
    let deployments = chain.deploy_suite().await.expect("the suite deploys");
    let admin = chain.provider();
    let nodes = deployments.proxy(NODES).unwrap();
    let selection = deployments.proxy(NODE_SELECTION_MANAGER).unwrap();
    let xmtp = deployments.token(XMTP).unwrap();

    let operators: Vec<PrivateKeySigner> = chain.other_dev_signers().into_iter().take(3).collect();
    let minimum = NodeSelectionManager::new(selection, &admin)
        .minimumStake()
        .call()
        .await
        .unwrap();
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
        let token = MockXMTP::new(xmtp, &provider);
        token
            .mint(operator.address(), minimum)
            .send()
            .await
            .unwrap()
            .get_receipt()
            .await
            .unwrap();
        token
            .approve(selection, minimum)
            .send()
            .await
            .unwrap()
            .get_receipt()
            .await
            .unwrap();
        let manager = NodeSelectionManager::new(selection, &provider);
        manager
            .stake(minimum)
            .send()
            .await
            .unwrap()
            .get_receipt()
            .await
            .unwrap();
        manager
            .register()
            .send()
            .await
            .unwrap()
            .get_receipt()
            .await
            .unwrap();
    }

    let manager = NodeSelectionManager::new(selection, &admin);
    // Not due yet: refused by name, with the time it becomes due.
    let next = manager.nextRotationAt().call().await.unwrap();
    let err = rotate(&manager).await.unwrap_err();
    match err {
        TxError::Rejected { reason, .. } => match *reason {
            Revert::Known(NodeSelectionManagerErrors::RotationNotDue(e)) => {
                assert_eq!(e.nextRotationAt, next)
            }
            other => panic!("expected RotationNotDue, got {other}"),
        },
        other => panic!("expected a refusal, got {other}"),
    }

    // Past the waiting period and the first epoch: every candidate is eligible, the set of 10
    // runs short with all three.
    let waiting = manager.waitingPeriod().call().await.unwrap();
    let epoch = manager.epochDuration().call().await.unwrap();
    admin
        .anvil_increase_time(u64::try_from(waiting + epoch).unwrap())
        .await
        .unwrap();
    admin.anvil_mine(Some(1), None).await.unwrap();
    rotate(&manager).await.expect("anyone rotates once due");

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
