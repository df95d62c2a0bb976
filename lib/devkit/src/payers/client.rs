//! Calls to `Payers`: deposits, reports and batched settlement.

use alloy::{
    primitives::{Address, B256, U256},
    providers::Provider,
    rpc::types::TransactionReceipt,
};
use xmtp_bindings::{
    mock_usdc::MockUSDC::{self, MockUSDCErrors},
    payers::Payers::{self, PayersErrors},
};

use super::{
    report::{NodeSignature, UsageReport},
    tree::{PayerTree, TreeError},
};
use crate::tx::{self, Revert, TxError};

/// Why a call to `Payers` did not land, with `Payers`' error decoded by name.
pub type PayersError = TxError<Revert<PayersErrors>>;

/// Why a fee token call did not land.
pub type TokenError = TxError<Revert<MockUSDCErrors>>;

use crate::deployments::PAYERS;

/// Why a usage report could not be submitted or settled.
#[derive(Debug, thiserror::Error)]
pub enum UsageError {
    /// `Payers` refused or the transaction failed.
    #[error(transparent)]
    Payers(#[from] PayersError),
    /// A view call failed.
    #[error("reading {what} from Payers failed")]
    Read {
        /// What was read.
        what: &'static str,
        /// The failure.
        #[source]
        source: Box<alloy::contract::Error>,
    },
    /// The submitted transaction emitted no `UsageReportSubmitted`.
    #[error("transaction {0} emitted no UsageReportSubmitted event")]
    NoReportEvent(alloy::primitives::TxHash),
    /// The tree cannot prove the requested batch.
    #[error(transparent)]
    Tree(#[from] TreeError),
    /// The settlement batch size is zero.
    #[error("the settlement batch size must be at least 1")]
    ZeroBatch,
}

/// Approves `Payers` for `amount` of the fee token and deposits it for `payer`.
pub async fn approve_and_deposit<P: Provider>(
    provider: &P,
    payers: Address,
    fee_token: Address,
    payer: Address,
    amount: U256,
) -> Result<TransactionReceipt, DepositError> {
    let token = MockUSDC::new(fee_token, provider);
    tx::send::<_, _, MockUSDCErrors, Revert<MockUSDCErrors>>(
        token.approve(payers, amount),
        "USDC",
        "approve",
    )
    .await?;
    let instance = Payers::new(payers, provider);
    Ok(tx::send::<_, _, PayersErrors, Revert<PayersErrors>>(
        instance.deposit(payer, amount),
        PAYERS,
        "deposit",
    )
    .await?)
}

/// Mints `amount` of the mock fee token to `minter` (the provider's signer, who then holds it),
/// then approves `Payers` for it and deposits it for `payer`: a payer funded from nothing, on a
/// local chain.
pub async fn mint_and_deposit<P: Provider>(
    provider: &P,
    payers: Address,
    fee_token: Address,
    minter: Address,
    payer: Address,
    amount: U256,
) -> Result<TransactionReceipt, DepositError> {
    tx::send::<_, _, MockUSDCErrors, Revert<MockUSDCErrors>>(
        MockUSDC::new(fee_token, provider).mint(minter, amount),
        "USDC",
        "mint",
    )
    .await
    .map_err(DepositError::Mint)?;
    approve_and_deposit(provider, payers, fee_token, payer, amount).await
}

/// Why a deposit did not land.
#[derive(Debug, thiserror::Error)]
pub enum DepositError {
    /// Minting the mock fee token failed.
    #[error(transparent)]
    Mint(TokenError),
    /// The approval failed.
    #[error(transparent)]
    Approve(#[from] TokenError),
    /// The deposit failed.
    #[error(transparent)]
    Deposit(#[from] PayersError),
}

/// The node set a report for `epoch` is checked against: the hash its signers must name as
/// `nodeSetHash`, and the set's size (a report needs `size / 2 + 1` valid signatures).
pub async fn report_node_set<P: Provider>(
    provider: &P,
    payers: Address,
    epoch: u64,
) -> Result<(B256, usize), UsageError> {
    let set = Payers::new(payers, provider)
        .reportNodeSet(epoch)
        .call()
        .await
        .map_err(|source| UsageError::Read {
            what: "reportNodeSet",
            source: Box::new(source),
        })?;
    Ok((
        set.nodeSetHash,
        usize::try_from(set.size).unwrap_or(usize::MAX),
    ))
}

/// Submits a signed report and returns its id.
pub async fn submit_usage_report<P: Provider>(
    provider: &P,
    payers: Address,
    report: UsageReport,
    signatures: Vec<NodeSignature>,
) -> Result<U256, UsageError> {
    let instance = Payers::new(payers, provider);
    let receipt = tx::send::<_, _, PayersErrors, Revert<PayersErrors>>(
        instance.submitUsageReport(report, signatures),
        PAYERS,
        "submitUsageReport",
    )
    .await?;
    tx::find_event::<Payers::UsageReportSubmitted>(&receipt)
        .map(|event| event.reportId)
        .ok_or(UsageError::NoReportEvent(receipt.transaction_hash))
}

/// Settles every leaf of `tree` not yet settled for `report_id`, `batch_size` leaves a
/// transaction, starting where the chain says settlement stands (so a second run, or another
/// settler, doubles nothing). Returns the receipts of the batches it sent.
pub async fn settle_usage<P: Provider>(
    provider: &P,
    payers: Address,
    report_id: U256,
    tree: &PayerTree,
    batch_size: usize,
) -> Result<Vec<TransactionReceipt>, UsageError> {
    if batch_size == 0 {
        return Err(UsageError::ZeroBatch);
    }
    let instance = Payers::new(payers, provider);
    let state = instance
        .getReport(report_id)
        .call()
        .await
        .map_err(|source| UsageError::Read {
            what: "getReport",
            source: Box::new(source),
        })?;
    let mut next = state.settledCount as usize;
    let mut receipts = Vec::new();
    while next < tree.len() {
        let count = batch_size.min(tree.len() - next);
        let proof = tree.range_proof(next, count)?;
        let fees = tree.leaves()[next..next + count].to_vec();
        receipts.push(
            tx::send::<_, _, PayersErrors, Revert<PayersErrors>>(
                instance.settleUsage(report_id, fees, proof),
                PAYERS,
                "settleUsage",
            )
            .await?,
        );
        next += count;
    }
    Ok(receipts)
}
