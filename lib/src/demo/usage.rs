//! The tour's second half: nodes registered with their signing keys and seated by the selection
//! manager, payers funded, a usage report for the nodes' epoch signed by a majority of its active
//! set, settled in batches, and the balances it left.

use std::io::Write;

use alloy::{
    primitives::{aliases::U96, Address, I256, U256},
    providers::DynProvider,
};
use xmtp_bindings::{
    mock_usdc::MockUSDC::{self, MockUSDCErrors},
    payers::Payers,
};

use super::DemoError;
use crate::{
    devnet::LocalChain,
    payers::{
        approve_and_deposit, report,
        report::UsageReport,
        report_node_set, settle_usage, submit_usage_report,
        tree::{PayerFee, PayerTree},
    },
    selection::{seat_nodes, SeatedNode, SeatingContracts},
    tx::{self, Revert},
};

/// One USDC in token units (6 decimals).
const USDC: u64 = 1_000_000;

/// Nodes in the demo's active set; a strict majority of them signs the report.
const NODE_COUNT: usize = 3;

/// Messages the report charges for: sequence ids 1..=MESSAGES of the originator.
const MESSAGES: u64 = 10;

/// Payers: (name, USDC deposited, USDC charged by the report). Dave is charged more than he holds.
const PAYERS: [(&str, u64, u64); 4] = [
    ("alice-app", 50, 12),
    ("bob-app", 20, 3),
    ("carol-app", 10, 7),
    ("dave-app", 10, 15),
];

/// Leaves settled per transaction.
const SETTLEMENT_BATCH: usize = 2;

/// The addresses the usage tour needs.
pub(super) struct Contracts {
    pub(super) nodes: Address,
    pub(super) selection: Address,
    pub(super) payers: Address,
    pub(super) usdc: Address,
    pub(super) xmtp: Address,
}

/// The nodes the usage tour seated, and the epoch it reported usage for.
pub(super) struct Seated {
    /// The nodes, ids ascending.
    pub(super) nodes: Vec<SeatedNode>,
    /// The epoch from which they hold the active set: the report's epoch.
    pub(super) epoch: u64,
}

/// Seats nodes, funds payers, submits and settles one usage report, and prints the outcome.
pub(super) async fn run(
    chain: &LocalChain,
    provider: &DynProvider,
    contracts: &Contracts,
    out: &mut impl Write,
) -> Result<Seated, DemoError> {
    writeln!(out, "Nodes at {}", contracts.nodes)?;
    let seating = SeatingContracts {
        nodes: contracts.nodes,
        selection: contracts.selection,
        xmtp: contracts.xmtp,
    };
    let (nodes, epoch) = seat_nodes(chain, provider, seating, NODE_COUNT).await?;
    for node in &nodes {
        writeln!(
            out,
            "  node {}  operator {}  signer {}",
            node.id,
            node.operator.address(),
            node.signing_key.address()
        )?;
    }
    writeln!(
        out,
        "  each operator staked the minimum XMTP and registered; after the waiting period the \
         rotation seated all {NODE_COUNT} in epoch {epoch}"
    )?;

    writeln!(out)?;
    writeln!(out, "Payers at {}", contracts.payers)?;
    let token = MockUSDC::new(contracts.usdc, provider);
    let total: u64 = PAYERS.iter().map(|(_, deposit, _)| deposit).sum();
    tx::send::<_, _, MockUSDCErrors, Revert<MockUSDCErrors>>(
        token.mint(chain.signer().address(), usdc(total)),
        "USDC",
        "mint",
    )
    .await?;
    let mut leaves = Vec::new();
    for (name, deposit, charge) in PAYERS {
        let payer = payer_address(name);
        approve_and_deposit(
            provider,
            contracts.payers,
            contracts.usdc,
            payer,
            usdc(deposit),
        )
        .await?;
        leaves.push(PayerFee {
            payer,
            fee: U96::from(charge * USDC),
        });
    }
    let tree = PayerTree::new(leaves)?;

    // Signers sign for the epoch's active set, which is what Payers checks the report against.
    let (node_set_hash, set_size) = report_node_set(provider, contracts.payers, epoch).await?;
    let originator = nodes[0].id;
    let usage = UsageReport {
        originatorNodeId: originator,
        startSequenceId: 1,
        endSequenceId: MESSAGES,
        epoch,
        messagesServed: MESSAGES,
        payerCount: tree.len() as u32,
        payersRoot: tree.root(),
        nodeSetHash: node_set_hash,
    };
    let majority = set_size / 2 + 1;
    let signers: Vec<_> = nodes
        .iter()
        .take(majority)
        .map(|node| (node.id, &node.signing_key))
        .collect();
    let signatures = report::sign(
        &usage,
        &report::domain(chain.chain_id(), contracts.payers),
        &signers,
    )?;
    let report_id = submit_usage_report(provider, contracts.payers, usage, signatures).await?;
    writeln!(
        out,
        "  report {report_id}: node {originator} served sequence ids 1..={MESSAGES} in epoch {epoch}, \
         signed by {} of the epoch's {set_size} active nodes",
        signers.len()
    )?;
    let receipts = settle_usage(
        provider,
        contracts.payers,
        report_id,
        &tree,
        SETTLEMENT_BATCH,
    )
    .await?;
    writeln!(
        out,
        "  settled {} payers in {} batches of up to {SETTLEMENT_BATCH}",
        tree.len(),
        receipts.len()
    )?;

    let payers = Payers::new(contracts.payers, provider);
    writeln!(out, "  payer      deposited  charged     balance")?;
    for (name, deposit, charge) in PAYERS {
        let balance = payers
            .balanceOf(payer_address(name))
            .call()
            .await
            .map_err(|e| DemoError::Read("Payers.balanceOf", Box::new(e)))?;
        writeln!(
            out,
            "  {name:<10} {deposit:>9}  {charge:>7}  {:>10}",
            format_usdc(balance)
        )?;
        let expected =
            I256::try_from((deposit as i128 - charge as i128) * USDC as i128).unwrap_or(I256::MIN);
        if balance != expected {
            return Err(DemoError::Balance {
                payer: name,
                expected: format_usdc(expected),
                actual: format_usdc(balance),
            });
        }
    }
    let debt = payers
        .totalDebt()
        .call()
        .await
        .map_err(|e| DemoError::Read("Payers.totalDebt", Box::new(e)))?;
    let backed = payers
        .backedFees()
        .call()
        .await
        .map_err(|e| DemoError::Read("Payers.backedFees", Box::new(e)))?;
    writeln!(
        out,
        "  fees backed by deposits {} USDC, owed as debt {} USDC",
        format_usdc(I256::from_raw(backed)),
        format_usdc(I256::from_raw(debt))
    )?;
    Ok(Seated { nodes, epoch })
}

fn usdc(amount: u64) -> U256 {
    U256::from(amount * USDC)
}

/// The demo's address for a payer name: a stand-in for an app's account.
fn payer_address(name: &str) -> Address {
    Address::from_word(alloy::primitives::keccak256(format!("payer:{name}")))
}

/// `amount` token units as USDC with two decimals, e.g. `-5.00`.
pub(super) fn format_usdc(amount: I256) -> String {
    let cents = amount / I256::try_from(USDC / 100).unwrap_or(I256::ONE);
    let sign = if cents.is_negative() { "-" } else { "" };
    let cents = cents.unsigned_abs();
    format!(
        "{sign}{}.{:02}",
        cents / U256::from(100),
        cents % U256::from(100)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_usdc_with_sign_and_cents() {
        assert_eq!(format_usdc(I256::try_from(12_340_000i64).unwrap()), "12.34");
        assert_eq!(format_usdc(I256::try_from(-5_000_000i64).unwrap()), "-5.00");
        assert_eq!(format_usdc(I256::ZERO), "0.00");
    }
}
