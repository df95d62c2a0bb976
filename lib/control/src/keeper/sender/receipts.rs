//! Receipt watching: waiting for a receipt of any transaction sent for a nonce, counting its
//! confirmations, noticing a reorganisation that took it out, and naming why a mined
//! transaction reverted. The replacements while waiting are the lifecycle's
//! ([`Sender::replace`]).
//!
//! Waiting is a poll loop of our own rather than alloy's pending-transaction watcher, which
//! follows one hash, while a replaced transaction has several of which any may be mined.

use std::time::Instant;

use alloy::{
    eips::BlockId, primitives::TxHash, providers::Provider, rpc::types::TransactionReceipt,
};

use super::{
    decode_revert, fees::Fees, lifecycle::Replaced, refusal::SendError, Call, Sender, SuiteRevert,
};
use crate::{keeper::metrics::Metrics, revert::revert_data};

/// How waiting for one nonce ended.
pub(super) enum Ended {
    /// A transaction of ours succeeded and has the confirmations.
    Confirmed(TransactionReceipt),
    /// A transaction of ours was mined and reverted.
    Reverted(TransactionReceipt),
    /// The nonce went to a transaction that is not ours.
    NonceTaken,
    /// [`Sender::stop`] was called while waiting: every hash signed for the nonce.
    Stopped(Vec<TxHash>),
    /// Give up.
    Failed(SendError),
}

impl Ended {
    /// Whether the nonce's outcome is final: its journal entry can go.
    pub(super) fn is_final(&self) -> bool {
        match self {
            Self::Confirmed(_) | Self::Reverted(_) | Self::NonceTaken => true,
            Self::Stopped(_) => false,
            Self::Failed(error) => matches!(error, SendError::Unconfirmed { .. }),
        }
    }
}

impl Sender {
    /// Waits for a receipt of any of `hashes` (all for `nonce`) and its confirmations,
    /// replacing the transaction with higher fees each `confirmation_timeout` until the cap,
    /// then one more timeout. Stops waiting, and signs nothing more, once the sender is stopped.
    pub(super) async fn watch(
        &self,
        call: &Call,
        nonce: u64,
        gas_limit: u64,
        mut fees: Fees,
        mut hashes: Vec<TxHash>,
        mut mined: Option<(TransactionReceipt, Instant)>,
    ) -> Ended {
        let timeout = self.settings.confirmation_timeout;
        let poll = self.settings.poll_interval;
        let mut deadline = Instant::now() + timeout;
        let mut at_cap = false;
        loop {
            if let Some((receipt, since)) = mined.take() {
                let Some(checked) = self
                    .unless_stopped(self.confirm(call, receipt, since))
                    .await
                else {
                    return Ended::Stopped(hashes);
                };
                match checked {
                    Ok(Some(ended)) => return ended,
                    // Reorganised out: back to waiting for any of our transactions.
                    Ok(None) => deadline = Instant::now() + timeout,
                    Err(still) => mined = Some(still),
                }
                if !self.pause(poll).await {
                    return Ended::Stopped(hashes);
                }
                continue;
            }
            if !self.pause(poll).await {
                return Ended::Stopped(hashes);
            }
            // A slow or failing RPC (retries, backoff) must not hold up a stop either.
            let Some(found) = self.unless_stopped(self.find_receipt(call, &hashes)).await else {
                return Ended::Stopped(hashes);
            };
            if let Some(receipt) = found {
                mined = Some((receipt, Instant::now()));
                continue;
            }
            if Instant::now() < deadline {
                continue;
            }
            // Timed out. Did the nonce go to a transaction that is not ours?
            if let Ok(count) = self.nonce_at(call.label, BlockId::latest()).await {
                if count > nonce {
                    match self.find_receipt(call, &hashes).await {
                        Some(receipt) => {
                            mined = Some((receipt, Instant::now()));
                            continue;
                        }
                        None => return Ended::NonceTaken,
                    }
                }
            }
            match self
                .replace(call, nonce, gas_limit, &mut fees, &mut hashes, &mut at_cap)
                .await
            {
                Replaced::Waiting => {}
                Replaced::Mined(receipt) => {
                    mined = Some((receipt, Instant::now()));
                    continue;
                }
                Replaced::Over(ended) => return ended,
            }
            deadline = Instant::now() + timeout;
        }
    }

    /// One look at a receipt of ours: `Ok(Some)` when the send is over (reverted, or succeeded
    /// with its confirmations, or out of time for them), `Ok(None)` when the transaction was
    /// reorganised out, `Err` (handing the receipt back) to look again later.
    pub(super) async fn confirm(
        &self,
        call: &Call,
        receipt: TransactionReceipt,
        since: Instant,
    ) -> Result<Option<Ended>, (TransactionReceipt, Instant)> {
        if !receipt.status() {
            return Ok(Some(Ended::Reverted(receipt)));
        }
        let confirmations = self.settings.confirmations;
        if confirmations <= 1 {
            return Ok(Some(Ended::Confirmed(receipt)));
        }
        let Some(block) = receipt.block_number else {
            return Err((receipt, since));
        };
        let head = self.provider.get_block_number().await.unwrap_or(0);
        if head.saturating_add(1) >= block.saturating_add(confirmations) {
            // Still there, in the same block?
            match self
                .provider
                .get_transaction_receipt(receipt.transaction_hash)
                .await
            {
                Ok(Some(again)) if again.block_hash == receipt.block_hash => {
                    return Ok(Some(Ended::Confirmed(again)));
                }
                Ok(Some(again)) => return Err((again, since)),
                Ok(None) => {
                    tracing::warn!(
                        label = call.label,
                        tx = %receipt.transaction_hash,
                        "mined transaction reorganised out; waiting again"
                    );
                    return Ok(None);
                }
                Err(_) => {}
            }
        }
        if since.elapsed() >= self.settings.confirmation_timeout {
            Metrics::inc(&self.metrics.transactions_failed);
            return Ok(Some(Ended::Failed(SendError::Unconfirmed {
                label: call.label,
                tx_hash: receipt.transaction_hash,
                confirmations,
                waited: since.elapsed(),
            })));
        }
        Err((receipt, since))
    }

    /// The receipt of any of `hashes`, newest first. A failed lookup counts as no receipt yet:
    /// the timeouts bound the wait.
    pub(super) async fn find_receipt(
        &self,
        call: &Call,
        hashes: &[TxHash],
    ) -> Option<TransactionReceipt> {
        for hash in hashes.iter().rev() {
            match self.provider.get_transaction_receipt(*hash).await {
                Ok(Some(receipt)) => return Some(receipt),
                Ok(None) => {}
                Err(error) => tracing::warn!(
                    label = call.label,
                    tx = %hash,
                    %error,
                    "cannot read a receipt; will ask again"
                ),
            }
        }
        None
    }

    /// Whether a node knows any of `hashes` (pending or mined).
    pub(super) async fn any_known(&self, hashes: &[TxHash]) -> bool {
        for hash in hashes {
            if let Ok(Some(_)) = self.provider.get_transaction_by_hash(*hash).await {
                return true;
            }
        }
        false
    }

    /// Why a mined transaction reverted: the call replayed with its gas limit at the state
    /// after its block, where whoever got there first has done it. `None` if the replay passes
    /// or cannot be made.
    pub(super) async fn replay(
        &self,
        call: &Call,
        receipt: &TransactionReceipt,
        gas_limit: u64,
    ) -> Option<SuiteRevert> {
        let block = BlockId::number(receipt.block_number?);
        let mut request = self.request(call);
        request.gas = Some(gas_limit);
        match self.provider.call(request).block(block).await {
            Ok(_) => None,
            Err(error) => revert_data(&error).map(|data| decode_revert(&data)),
        }
    }
}

/// The last hash sent, for logs.
pub(super) fn latest(hashes: &[TxHash]) -> TxHash {
    hashes.last().copied().unwrap_or_default()
}
