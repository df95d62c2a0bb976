//! Executing a batch on anvil, as the Safe would: the Safe's address is impersonated (`anvil_impersonateAccount`),
//! funded for gas if it has none, and sends each transaction in order; then impersonation stops. So that every
//! upgrade and parameter path runs end to end in tests and in the local tour, with the very file the Safe would
//! import.
//!
//! Refused on any chain that is not anvil: a real Safe executes its batches itself, after its owners sign them.

use std::time::{Duration, Instant};

use alloy::{
    primitives::{utils::parse_ether, Address, TxHash, U256},
    providers::{ext::AnvilApi, Provider},
    rpc::types::TransactionRequest,
    transports::TransportError,
};

use super::batch::{Batch, BatchError};
use crate::revert::{decode_revert, revert_data, SuiteRevert};

/// How long to wait for one transaction's receipt (anvil mines at once).
const RECEIPT_TIMEOUT: Duration = Duration::from_secs(60);

/// How often to ask for it.
const RECEIPT_POLL: Duration = Duration::from_millis(100);

/// Why a batch was not executed.
#[derive(Debug, thiserror::Error)]
pub enum ExecuteError {
    /// The chain is not anvil: only the Safe itself executes batches on a real chain.
    #[error("chain {chain_id} is not anvil (no anvil_nodeInfo): a batch runs there only from the Safe web app, once its owners sign it")]
    NotAnvil {
        /// The chain.
        chain_id: u64,
    },
    /// The batch is for another chain.
    #[error("the batch is for chain {batch}, but the RPC serves chain {actual}")]
    WrongChain {
        /// The batch's chain id.
        batch: String,
        /// The RPC's.
        actual: u64,
    },
    /// The batch's transactions do not say what their descriptions say.
    #[error(transparent)]
    Batch(#[from] BatchError),
    /// A transaction would revert: it, and those after it, were not sent.
    #[error("transaction {index} ({method} on {to}) refused by the contract: {revert}")]
    Refused {
        /// Its index in the batch.
        index: usize,
        /// The method.
        method: String,
        /// The contract.
        to: Address,
        /// Why (boxed: errors travel by value).
        revert: Box<SuiteRevert>,
    },
    /// A transaction was mined but reverted.
    #[error("transaction {index} ({method}) reverted on chain in {tx_hash}")]
    Reverted {
        /// Its index in the batch.
        index: usize,
        /// The method.
        method: String,
        /// The mined transaction.
        tx_hash: TxHash,
    },
    /// A transaction got no receipt in time.
    #[error("transaction {index} ({method}): no receipt for {tx_hash} after {}s", RECEIPT_TIMEOUT.as_secs())]
    NoReceipt {
        /// Its index in the batch.
        index: usize,
        /// The method.
        method: String,
        /// The sent transaction.
        tx_hash: TxHash,
    },
    /// A request failed.
    #[error("{what} failed")]
    Rpc {
        /// The request.
        what: &'static str,
        /// The failure.
        #[source]
        source: TransportError,
    },
}

impl ExecuteError {
    /// Whether the input is at fault (exit code 2) rather than the chain (exit code 1).
    pub fn is_bad_input(&self) -> bool {
        matches!(
            self,
            Self::NotAnvil { .. } | Self::WrongChain { .. } | Self::Batch(_) | Self::Refused { .. }
        )
    }
}

/// The transactions that executed a batch, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Executed {
    /// One per batch transaction.
    pub transactions: Vec<TxHash>,
}

/// Whether `provider` is anvil (it answers `anvil_nodeInfo`).
pub async fn is_anvil<P: Provider>(provider: &P) -> bool {
    provider
        .raw_request::<_, serde_json::Value>("anvil_nodeInfo".into(), ())
        .await
        .is_ok()
}

/// Executes `batch` on anvil from its Safe (`meta.createdFromSafeAddress`) by impersonation: checks the batch,
/// simulates each transaction from the Safe, sends it and waits for its receipt; stops at the first failure. Any
/// provider works, a wallet's included: the transactions go out as `eth_sendTransaction` from the Safe.
pub async fn execute<P: Provider>(provider: &P, batch: &Batch) -> Result<Executed, ExecuteError> {
    let rpc = |what| move |source| ExecuteError::Rpc { what, source };
    let chain_id = provider.get_chain_id().await.map_err(rpc("eth_chainId"))?;
    if !is_anvil(provider).await {
        return Err(ExecuteError::NotAnvil { chain_id });
    }
    if batch.chain_id != chain_id.to_string() {
        return Err(ExecuteError::WrongChain {
            batch: batch.chain_id.clone(),
            actual: chain_id,
        });
    }
    batch.verify()?;
    let safe = batch.safe();
    let gas_money = parse_ether("10").unwrap_or(U256::MAX);
    let balance = provider
        .get_balance(safe)
        .await
        .map_err(rpc("eth_getBalance"))?;
    if balance < gas_money {
        provider
            .anvil_set_balance(safe, gas_money)
            .await
            .map_err(rpc("anvil_setBalance"))?;
    }
    provider
        .anvil_impersonate_account(safe)
        .await
        .map_err(rpc("anvil_impersonateAccount"))?;
    let result = send_all(provider, batch, safe).await;
    // Whatever happened, the Safe's address must not stay open to anyone on this node.
    let stopped = provider
        .anvil_stop_impersonating_account(safe)
        .await
        .map_err(rpc("anvil_stopImpersonatingAccount"));
    let executed = result?;
    stopped?;
    Ok(executed)
}

async fn send_all<P: Provider>(
    provider: &P,
    batch: &Batch,
    safe: Address,
) -> Result<Executed, ExecuteError> {
    let mut transactions = Vec::with_capacity(batch.transactions.len());
    for (index, tx) in batch.transactions.iter().enumerate() {
        let method = tx.contract_method.signature();
        // `verify` checked it is decimal.
        let value = U256::from_str_radix(&tx.value, 10).unwrap_or_default();
        let request = TransactionRequest::default()
            .from(safe)
            .to(tx.to)
            .value(value)
            .input(tx.data.clone().into());
        if let Err(error) = provider.call(request.clone()).await {
            return Err(match revert_data(&error) {
                Some(data) => ExecuteError::Refused {
                    index,
                    method,
                    to: tx.to,
                    revert: Box::new(decode_revert(&data)),
                },
                None => ExecuteError::Rpc {
                    what: "simulating a batch transaction from the Safe",
                    source: error,
                },
            });
        }
        // Straight to the node: a provider with a wallet would try to sign for the Safe.
        let tx_hash: TxHash = provider
            .raw_request("eth_sendTransaction".into(), (request,))
            .await
            .map_err(|source| ExecuteError::Rpc {
                what: "eth_sendTransaction from the Safe",
                source,
            })?;
        let started = Instant::now();
        let receipt = loop {
            let receipt = provider
                .get_transaction_receipt(tx_hash)
                .await
                .map_err(|source| ExecuteError::Rpc {
                    what: "eth_getTransactionReceipt",
                    source,
                })?;
            if let Some(receipt) = receipt {
                break receipt;
            }
            if started.elapsed() > RECEIPT_TIMEOUT {
                return Err(ExecuteError::NoReceipt {
                    index,
                    method,
                    tx_hash,
                });
            }
            tokio::time::sleep(RECEIPT_POLL).await;
        };
        if !receipt.status() {
            return Err(ExecuteError::Reverted {
                index,
                method,
                tx_hash,
            });
        }
        tracing::info!(index, %method, to = %tx.to, tx = %tx_hash, "batch transaction executed as the Safe");
        transactions.push(tx_hash);
    }
    Ok(Executed { transactions })
}
