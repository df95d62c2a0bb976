//! Payers end to end: anvil, the real deploy script, nodes registered with real keys and seated
//! by the selection manager, deposits, a usage report for their epoch signed by a majority of
//! its active set from Rust, batched settlement, balances read back.

// Helpers outside `#[test]` functions fail the test on any error, as the tests themselves do.
#![allow(clippy::unwrap_used)]

use alloy::{
    primitives::{aliases::U96, Address, I256, U256},
    providers::DynProvider,
    signers::local::PrivateKeySigner,
};
use xmtp_bindings::{
    mock_usdc::MockUSDC,
    nodes::Nodes,
    payers::Payers::{self, PayersErrors},
};
use xmtp_devkit::{
    deployments::{NODES, PAYERS, USDC},
    devnet::LocalChain,
    payers::{
        approve_and_deposit,
        report::{self, UsageReport},
        report_node_set, settle_usage, submit_usage_report,
        tree::{PayerFee, PayerTree},
        UsageError,
    },
    selection::{seat_nodes, SeatingContracts},
    tx::Revert,
};

/// One USDC in token units (6 decimals).
const USDC_UNIT: u64 = 1_000_000;

struct Suite {
    _chain: LocalChain,
    provider: DynProvider,
    chain_id: u64,
    nodes: Address,
    payers: Address,
    usdc: Address,
    /// Node ids and their signing keys, ids ascending.
    node_keys: Vec<(u32, PrivateKeySigner)>,
    /// The epoch whose active set is exactly these nodes.
    epoch: u64,
}

async fn suite(node_count: usize) -> Suite {
    let chain = LocalChain::start().await.expect("anvil starts");
    let deployments = chain.deploy_suite().await.expect("the suite deploys");
    let provider = chain.provider();
    let nodes = deployments.proxy(NODES).unwrap();
    let contracts = SeatingContracts::from_deployments(&deployments).unwrap();
    let (seated, epoch) = seat_nodes(&chain, &provider, contracts, node_count)
        .await
        .expect("operators stake, register and are seated");
    Suite {
        chain_id: chain.chain_id(),
        nodes,
        payers: deployments.proxy(PAYERS).unwrap(),
        usdc: deployments.token(USDC).unwrap(),
        node_keys: seated.into_iter().map(|n| (n.id, n.signing_key)).collect(),
        epoch,
        provider,
        _chain: chain,
    }
}

fn usdc(amount: u64) -> U256 {
    U256::from(amount * USDC_UNIT)
}

fn fee(amount: u64) -> U96 {
    U96::from(amount * USDC_UNIT)
}

impl Suite {
    async fn fund(&self, payer: Address, amount: U256) {
        let me = self._chain.signer().address();
        MockUSDC::new(self.usdc, &self.provider)
            .mint(me, amount)
            .send()
            .await
            .unwrap()
            .get_receipt()
            .await
            .unwrap();
        approve_and_deposit(&self.provider, self.payers, self.usdc, payer, amount)
            .await
            .expect("deposit lands");
    }

    async fn report_for(&self, tree: &PayerTree, start: u64, end: u64) -> UsageReport {
        let (node_set_hash, size) = report_node_set(&self.provider, self.payers, self.epoch)
            .await
            .unwrap();
        assert_eq!(size, self.node_keys.len());
        UsageReport {
            originatorNodeId: self.node_keys[0].0,
            startSequenceId: start,
            endSequenceId: end,
            epoch: self.epoch,
            messagesServed: end - start + 1,
            payerCount: tree.len() as u32,
            payersRoot: tree.root(),
            nodeSetHash: node_set_hash,
        }
    }

    fn sign(&self, report: &UsageReport, signers: usize) -> Vec<report::NodeSignature> {
        let domain = report::domain(self.chain_id, self.payers);
        let keys: Vec<_> = self.node_keys[..signers]
            .iter()
            .map(|(id, key)| (*id, key))
            .collect();
        report::sign(report, &domain, &keys).unwrap()
    }

    async fn balance(&self, payer: Address) -> I256 {
        Payers::new(self.payers, &self.provider)
            .balanceOf(payer)
            .call()
            .await
            .unwrap()
    }
}

#[tokio::test]
async fn a_majority_signed_report_settles_in_batches_and_debits_each_payer_once() {
    let suite = suite(5).await;
    let payers: Vec<Address> = (1..=7u8).map(Address::with_last_byte).collect();
    for payer in &payers {
        suite.fund(*payer, usdc(20)).await;
    }
    // Payer 3 is charged more than it holds: 5 USDC of its fee become debt.
    let fees = [1, 2, 25, 3, 4, 5, 6];
    let tree = PayerTree::new(
        payers
            .iter()
            .zip(fees)
            .map(|(payer, amount)| PayerFee {
                payer: *payer,
                fee: fee(amount),
            })
            .collect(),
    )
    .unwrap();
    let report = suite.report_for(&tree, 1, 1_000).await;

    let contract = Payers::new(suite.payers, &suite.provider);
    let on_chain_digest = contract
        .usageReportDigest(report.clone())
        .call()
        .await
        .unwrap();
    let domain = report::domain(suite.chain_id, suite.payers);
    assert_eq!(report::digest(&report, &domain), on_chain_digest);

    // 3 of 5 is a strict majority.
    let report_id = submit_usage_report(
        &suite.provider,
        suite.payers,
        report.clone(),
        suite.sign(&report, 3),
    )
    .await
    .expect("a majority-signed report is accepted");
    assert_eq!(report_id, U256::ZERO);
    assert_eq!(
        contract
            .lastReportedSequenceId(suite.node_keys[0].0)
            .call()
            .await
            .unwrap(),
        1_000
    );

    let receipts = settle_usage(&suite.provider, suite.payers, report_id, &tree, 3)
        .await
        .expect("settlement lands");
    assert_eq!(receipts.len(), 3, "7 leaves in batches of 3");

    for (payer, amount) in payers.iter().zip(fees) {
        let expected =
            I256::try_from(20i64 * USDC_UNIT as i64 - amount as i64 * USDC_UNIT as i64).unwrap();
        assert_eq!(suite.balance(*payer).await, expected, "payer {payer}");
    }
    assert_eq!(contract.totalDebt().call().await.unwrap(), usdc(5));
    let total_fees: u64 = fees.iter().sum();
    assert_eq!(
        contract.backedFees().call().await.unwrap(),
        usdc(total_fees - 5),
        "only fees covered by balances are backed"
    );

    // Settling again finds nothing left: no payer is debited twice.
    let again = settle_usage(&suite.provider, suite.payers, report_id, &tree, 3)
        .await
        .unwrap();
    assert!(again.is_empty());
    let state = contract.getReport(report_id).call().await.unwrap();
    assert_eq!(state.settledCount, 7);

    // Debt is repaid first by the next deposit, and then becomes backed.
    suite.fund(payers[2], usdc(10)).await;
    assert_eq!(
        suite.balance(payers[2]).await,
        I256::try_from(5 * USDC_UNIT).unwrap()
    );
    assert_eq!(contract.totalDebt().call().await.unwrap(), U256::ZERO);
    assert_eq!(
        contract.backedFees().call().await.unwrap(),
        usdc(total_fees)
    );
}

#[tokio::test]
async fn a_minority_or_overlapping_report_is_refused_by_name() {
    let suite = suite(4).await;
    let payer = Address::with_last_byte(1);
    suite.fund(payer, usdc(20)).await;
    let tree = PayerTree::new(vec![PayerFee { payer, fee: fee(1) }]).unwrap();
    let report = suite.report_for(&tree, 1, 10).await;

    // The deployment's epoch had no active node: nobody can sign for it.
    let empty_epoch = UsageReport {
        epoch: suite.epoch - 1,
        ..report.clone()
    };
    let err = submit_usage_report(
        &suite.provider,
        suite.payers,
        empty_epoch.clone(),
        suite.sign(&empty_epoch, 3),
    )
    .await
    .unwrap_err();
    assert_eq!(rejection_name(&err), Some("NoActiveNodes"), "{err}");

    // The registry's node set is not the epoch's active set once a selection manager is set.
    let registry_set = Nodes::new(suite.nodes, &suite.provider)
        .nodeSet()
        .call()
        .await
        .unwrap();
    let wrong_set = UsageReport {
        nodeSetHash: registry_set.nodeSetHash,
        ..report.clone()
    };
    let err = submit_usage_report(
        &suite.provider,
        suite.payers,
        wrong_set.clone(),
        suite.sign(&wrong_set, 3),
    )
    .await
    .unwrap_err();
    match &err {
        UsageError::Payers(tx) => match tx.rejection() {
            Some(Revert::Known(PayersErrors::NodeSetMismatch(e))) => {
                assert_eq!(e.expected, report.nodeSetHash);
                assert_eq!(e.actual, registry_set.nodeSetHash);
            }
            other => panic!("expected NodeSetMismatch, got {other:?}"),
        },
        other => panic!("expected a refusal, got {other}"),
    }

    // 2 of 4 is not a strict majority.
    let err = submit_usage_report(
        &suite.provider,
        suite.payers,
        report.clone(),
        suite.sign(&report, 2),
    )
    .await
    .unwrap_err();
    match &err {
        UsageError::Payers(tx) => match tx.rejection() {
            Some(Revert::Known(PayersErrors::InsufficientSignatures(e))) => {
                assert_eq!((e.valid, e.required), (U256::from(2), U256::from(3)));
            }
            other => panic!("expected InsufficientSignatures, got {other:?}"),
        },
        other => panic!("expected a refusal, got {other}"),
    }
    assert!(err.to_string().contains("InsufficientSignatures"), "{err}");

    submit_usage_report(
        &suite.provider,
        suite.payers,
        report.clone(),
        suite.sign(&report, 3),
    )
    .await
    .unwrap();

    // The same range again would charge the same messages twice.
    let overlapping = suite.report_for(&tree, 5, 20).await;
    let err = submit_usage_report(
        &suite.provider,
        suite.payers,
        overlapping.clone(),
        suite.sign(&overlapping, 3),
    )
    .await
    .unwrap_err();
    assert_eq!(rejection_name(&err), Some("InvalidSequenceRange"), "{err}");
}

/// The name of the `Payers` error that refused a call, if it was refused.
fn rejection_name(err: &UsageError) -> Option<&'static str> {
    match err {
        UsageError::Payers(tx) => tx.rejection().map(Revert::name),
        _ => None,
    }
}
