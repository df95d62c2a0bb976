//! Evidence built by the `evidence` module, verified and slashed by `MisbehaviorReports` on anvil.

use alloy::{primitives::Bytes, signers::local::PrivateKeySigner};
use xmtp_bindings::{
    misbehavior_reports::MisbehaviorReports, mock_xmtp::MockXMTP,
    node_selection_manager::NodeSelectionManager,
};
use xmtp_devkit::{
    deployments::MISBEHAVIOR_REPORTS,
    devnet::LocalChain,
    evidence::{
        calldata::report_commitment,
        envelope::{PayerEnvelope, SignedOriginatorEnvelope, UnsignedOriginatorEnvelope},
        verify::equivocation_report_id,
    },
    selection::{seat_nodes, SeatingContracts},
};

#[tokio::test]
async fn an_equivocation_built_in_rust_slashes_the_node_on_chain() {
    let chain = LocalChain::start().await.expect("anvil starts");
    let deployments = chain.deploy_suite().await.expect("the suite deploys");
    let admin = chain.provider();
    let contracts = SeatingContracts::from_deployments(&deployments).unwrap();
    let (seated, _) = seat_nodes(&chain, &admin, contracts, 3).await.unwrap();
    let node = &seated[0];
    let operator = node.operator.address();
    let manager = NodeSelectionManager::new(contracts.selection, &admin);
    let stake_before = manager.stakeOf(operator).call().await.unwrap();

    // The node signs two envelopes for sequence id 42 that differ in their timestamp.
    let payer = PrivateKeySigner::random();
    let payer_envelope =
        PayerEnvelope::signed(&payer, Bytes::from_static(b"a group message"), node.id, 30)
            .unwrap()
            .encode();
    let envelope = |ns: i64| UnsignedOriginatorEnvelope {
        originator_node_id: node.id,
        originator_sequence_id: 42,
        originator_ns: ns,
        payer_envelope_bytes: payer_envelope.clone(),
        other_fields: Bytes::new(),
    };
    let a = SignedOriginatorEnvelope::sign(&envelope(1_000), &node.signing_key).unwrap();
    let b = SignedOriginatorEnvelope::sign(&envelope(2_000), &node.signing_key).unwrap();

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
