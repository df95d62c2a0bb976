//! Evidence built by the `evidence` module, verified and slashed by `MisbehaviorReports` on anvil.

mod common;

use common::World;
use xmtp_bindings::{
    misbehavior_reports::MisbehaviorReports, mock_xmtp::MockXMTP,
    node_selection_manager::NodeSelectionManager,
};
use xmtp_devkit::{
    deployments::MISBEHAVIOR_REPORTS,
    equivocation,
    evidence::{calldata::report_commitment, verify::equivocation_report_id},
};

#[tokio::test]
async fn an_equivocation_built_in_rust_slashes_the_node_on_chain() {
    let world = World::new(3).await;
    let (chain, deployments, admin) = (&world.chain, &world.deployments, &world.admin);
    let contracts = world.contracts;
    let node = &world.seated[0];
    let operator = node.operator.address();
    let manager = NodeSelectionManager::new(contracts.selection, &admin);
    let stake_before = manager.stakeOf(operator).call().await.unwrap();

    // The node signs two envelopes for sequence id 42 that differ in their timestamp.
    let [a, b] = equivocation::envelopes(node.id, &node.signing_key, 42, 0).unwrap();

    // Anyone reports it: here a dev account that is not a node.
    let reporter = chain.other_dev_signers().into_iter().last().unwrap();
    let reporter_address = reporter.address();
    let provider = chain.provider_for(&reporter);
    let reports =
        MisbehaviorReports::new(deployments.proxy(MISBEHAVIOR_REPORTS).unwrap(), &provider);
    // It commits first, in its own block: only a committed reporter earns the reward.
    let commitment = report_commitment(reporter_address, node.id, 42);
    let receipt = reports
        .commitReport(commitment)
        .send()
        .await
        .unwrap()
        .get_receipt()
        .await
        .unwrap();
    assert!(receipt.status(), "the commitment lands");
    let call = reports.reportEquivocation(
        node.id,
        a.unsigned.clone(),
        a.signature.clone(),
        b.unsigned.clone(),
        b.signature.clone(),
    );
    let receipt = call.send().await.unwrap().get_receipt().await.unwrap();
    assert!(receipt.status(), "the report lands");

    let report_id = equivocation_report_id(node.id, 42);
    let report = reports.getReport(report_id).call().await.unwrap();
    assert_eq!(report.nodeId, node.id);
    assert_eq!(report.reporter, reporter_address);
    let stake_after = manager.stakeOf(operator).call().await.unwrap();
    assert!(stake_after < stake_before, "the operator was slashed");
    let reward = MockXMTP::new(contracts.xmtp, &admin)
        .balanceOf(reporter_address)
        .call()
        .await
        .unwrap();
    assert!(!reward.is_zero(), "the reporter got its share");
}
