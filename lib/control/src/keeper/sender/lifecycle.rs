//! The lifecycle of a nonce: settling what an earlier run left pending, planning (simulation,
//! estimate, fees, nonce), signing and broadcasting (recorded in the journal first), replacing
//! a stuck transaction with higher fees, cancelling one we do not know, and stopping.

use std::{sync::atomic::Ordering, time::Instant};

use alloy::{
    consensus::{SignableTransaction, TxEip1559, TxEnvelope},
    eips::{eip2718::Encodable2718, BlockId, BlockNumberOrTag},
    network::TxSignerSync,
    primitives::{Bytes, TxHash, TxKind, U256},
    providers::Provider,
    rpc::types::TransactionReceipt,
};

use super::{
    fees::{bump_fees, initial_fees, with_margin, Fees},
    journal::{InFlight, Journal},
    receipts::{latest, Ended},
    refusal::{refusal, rejection_or_rpc, stopped_before_signing, Refusal, SendError},
    Call, DryRun, Outcome, Sender, CANCEL, RECOVERED,
};
use crate::keeper::{metrics::Metrics, state::StateError};

/// How often a send starts over after its nonce went to a transaction that is not ours.
pub(super) const MAX_NONCE_RESYNCS: u32 = 3;

/// The gas of a plain transfer: what a cancellation (0 ETH to ourselves) costs.
const TRANSFER_GAS: u64 = 21_000;

/// How a broadcast went.
pub(super) enum Broadcast {
    /// In the node's pool (sent now, or already there).
    Accepted,
    /// Refused in a way that means: look for receipts.
    Refused(Refusal),
    /// Refused or failed otherwise.
    Failed(SendError),
}

/// What a send will sign.
#[derive(Debug, Clone, Copy)]
pub(super) struct Plan {
    pub(super) nonce: u64,
    pub(super) gas_limit: u64,
    pub(super) fees: Fees,
}

/// What the sender knows of its key's nonces; the lock is held for a whole send.
#[derive(Debug, Default)]
pub(super) struct NonceState {
    /// The next nonce, when known.
    pub(super) next: Option<u64>,
    /// Whether nothing of ours from before is pending (see [`Sender::settle`]).
    pub(super) settled: bool,
}

/// How a replacement after a timeout went.
pub(super) enum Replaced {
    /// Sent (or refused, or at the cap for the first time): wait another timeout.
    Waiting,
    /// The nonce was used by a transaction of ours: its receipt.
    Mined(TransactionReceipt),
    /// The send is over.
    Over(Ended),
}

impl Sender {
    pub(super) async fn settle_locked(&self, state: &mut NonceState) -> Result<(), SendError> {
        if state.settled || self.settings.dry_run {
            return Ok(());
        }
        if self.is_stopped() {
            return Err(stopped_before_signing(RECOVERED));
        }
        self.check_journal_chain().await?;
        let latest = self.nonce_at(RECOVERED, BlockId::latest()).await?;
        let pending = self.nonce_at(RECOVERED, BlockId::pending()).await?;
        let entries = self
            .journal
            .as_ref()
            .map(Journal::entries)
            .unwrap_or_default();
        for entry in entries.iter().filter(|entry| entry.nonce < latest) {
            self.conclude(entry).await;
        }
        let end = entries
            .iter()
            .map(|entry| entry.nonce + 1)
            .max()
            .unwrap_or(0)
            .max(pending);
        if pending > latest {
            tracing::warn!(
                latest,
                pending,
                "transactions of this key are pending from before: settling them before new work"
            );
        }
        for nonce in latest..end {
            let entry = self.journal.as_ref().and_then(|journal| journal.get(nonce));
            let ended = match entry {
                Some(entry) => self.resume(entry).await,
                None if nonce < pending => self.wait_or_cancel(nonce).await,
                None => continue,
            };
            let label = RECOVERED;
            if ended.is_final() {
                self.forget(nonce);
            }
            match ended {
                Ended::Confirmed(receipt) => tracing::info!(
                    nonce,
                    tx = %receipt.transaction_hash,
                    block = receipt.block_number,
                    "a transaction of an earlier run is confirmed"
                ),
                Ended::Reverted(receipt) => {
                    Metrics::inc(&self.metrics.transactions_failed);
                    tracing::warn!(
                        nonce,
                        tx = %receipt.transaction_hash,
                        "a transaction of an earlier run was mined and reverted"
                    );
                }
                Ended::NonceTaken => tracing::info!(
                    nonce,
                    "the nonce pending from before went to a transaction this run did not sign"
                ),
                Ended::Stopped(hashes) => {
                    return Err(SendError::Stopped {
                        label,
                        nonce: Some(nonce),
                        hashes,
                    })
                }
                Ended::Failed(error) => {
                    return Err(SendError::PendingBefore {
                        label,
                        nonce,
                        source: Box::new(error),
                    })
                }
            }
        }
        state.settled = true;
        state.next = None;
        Ok(())
    }

    /// Discards the journal if it was written on another instance of the chain (same chain id,
    /// another block 0: a restarted devnet), rather than rebroadcast its transactions there;
    /// records this chain's block 0 for what is written next. Once per process.
    pub(super) async fn check_journal_chain(&self) -> Result<(), SendError> {
        let Some(journal) = &self.journal else {
            return Ok(());
        };
        if self.genesis_checked.load(Ordering::Relaxed) {
            return Ok(());
        }
        let genesis = self
            .provider
            .get_block_by_number(BlockNumberOrTag::Number(0))
            .await
            .map_err(|source| SendError::Rpc {
                label: RECOVERED,
                method: "eth_getBlockByNumber",
                source,
            })?
            .map(|block| block.header.hash)
            .unwrap_or_default();
        let discarded = journal
            .check_genesis(genesis)
            .map_err(|source| SendError::Journal {
                label: RECOVERED,
                source,
            })?;
        self.genesis_checked.store(true, Ordering::Relaxed);
        if discarded > 0 {
            tracing::warn!(
                discarded,
                "the in-flight journal was written on another instance of this chain (another \
                 block 0); its entries are discarded"
            );
        }
        Ok(())
    }

    /// The outcome of a journal entry whose nonce is used, logged; the entry goes.
    pub(super) async fn conclude(&self, entry: &InFlight) {
        let call = recovered_call(entry);
        match self.find_receipt(&call, &entry.hashes).await {
            Some(receipt) if receipt.status() => tracing::info!(
                label = %entry.label,
                nonce = entry.nonce,
                tx = %receipt.transaction_hash,
                block = receipt.block_number,
                "a transaction of an earlier run was confirmed"
            ),
            Some(receipt) => tracing::warn!(
                label = %entry.label,
                nonce = entry.nonce,
                tx = %receipt.transaction_hash,
                "a transaction of an earlier run was mined and reverted"
            ),
            None => tracing::warn!(
                label = %entry.label,
                nonce = entry.nonce,
                "the nonce of a transaction of an earlier run went to another transaction"
            ),
        }
        self.forget(entry.nonce);
    }

    /// Watches a journal entry whose nonce is not used yet: rebroadcasts its signed bytes if
    /// no node has any of its transactions, then waits as for a fresh send.
    pub(super) async fn resume(&self, entry: InFlight) -> Ended {
        let call = recovered_call(&entry);
        tracing::info!(
            label = %entry.label,
            nonce = entry.nonce,
            tx = %latest(&entry.hashes),
            "watching a transaction of an earlier run"
        );
        let mut mined = None;
        if let Some(receipt) = self.find_receipt(&call, &entry.hashes).await {
            mined = Some((receipt, Instant::now()));
        } else if !self.any_known(&entry.hashes).await {
            if self.is_stopped() {
                return Ended::Stopped(entry.hashes);
            }
            match self.provider.send_raw_transaction(&entry.raw).await {
                Ok(_) => tracing::warn!(
                    label = %entry.label,
                    nonce = entry.nonce,
                    "a transaction of an earlier run was dropped from the pool; rebroadcast"
                ),
                Err(error) => tracing::warn!(
                    label = %entry.label,
                    nonce = entry.nonce,
                    error = %crate::keeper::one_line(&error),
                    "a dropped transaction of an earlier run could not be rebroadcast; it will be \
                     replaced with higher fees after the timeout"
                ),
            }
        }
        let fees = Fees {
            max_fee_per_gas: entry.max_fee_per_gas,
            max_priority_fee_per_gas: entry.max_priority_fee_per_gas,
        };
        self.watch(
            &call,
            entry.nonce,
            entry.gas_limit,
            fees,
            entry.hashes,
            mined,
        )
        .await
    }

    /// A pending nonce of ours that the journal does not know (another process with this key,
    /// or a run without a journal): waits `confirmation_timeout` for it to be mined, then
    /// replaces it with a 0-value transfer to ourselves at higher fees, and waits for that.
    pub(super) async fn wait_or_cancel(&self, nonce: u64) -> Ended {
        tracing::warn!(
            nonce,
            timeout_secs = self.settings.confirmation_timeout.as_secs(),
            "a pending transaction of this key is not in the journal: waiting for it, then \
             cancelling it"
        );
        let deadline = Instant::now() + self.settings.confirmation_timeout;
        while Instant::now() < deadline {
            if !self.pause(self.settings.poll_interval).await {
                return Ended::Stopped(Vec::new());
            }
            if let Ok(latest) = self.nonce_at(RECOVERED, BlockId::latest()).await {
                if latest > nonce {
                    return Ended::NonceTaken;
                }
            }
        }
        let cancel = Call {
            to: self.address(),
            data: Bytes::new(),
            label: CANCEL,
        };
        let base_fee = match self.base_fee(CANCEL).await {
            Ok(base_fee) => base_fee,
            Err(error) => return Ended::Failed(error),
        };
        let cap = self.fees.cap;
        let Some(mut fees) = initial_fees(base_fee, self.fees.tip, cap) else {
            return Ended::Failed(SendError::FeeCapTooLow {
                label: CANCEL,
                base_fee,
                cap,
            });
        };
        let mut hashes = Vec::new();
        // The fees of the transaction replaced are unknown: raise ours until a node takes it.
        loop {
            if self.is_stopped() {
                return Ended::Stopped(hashes);
            }
            match self
                .broadcast(&cancel, nonce, TRANSFER_GAS, fees, &mut hashes)
                .await
            {
                Broadcast::Accepted | Broadcast::Refused(Refusal::AlreadyKnown) => break,
                Broadcast::Refused(Refusal::NonceTooLow) => {
                    return match self.find_receipt(&cancel, &hashes).await {
                        Some(receipt) => Ended::Confirmed(receipt),
                        None => Ended::NonceTaken,
                    }
                }
                Broadcast::Refused(Refusal::Underpriced) => {
                    match bump_fees(fees, Some(base_fee), self.settings.fee_bump_bps, cap) {
                        Some(raised) => fees = raised,
                        None => {
                            return Ended::Failed(SendError::Stuck {
                                label: CANCEL,
                                nonce,
                                hashes,
                            })
                        }
                    }
                }
                Broadcast::Failed(error) => return Ended::Failed(error),
            }
        }
        tracing::warn!(
            nonce,
            tx = %latest(&hashes),
            max_fee_per_gas = fees.max_fee_per_gas,
            "cancelling a pending transaction this keeper does not know"
        );
        self.watch(&cancel, nonce, TRANSFER_GAS, fees, hashes, None)
            .await
    }

    /// The transaction count of our address at `block`.
    pub(super) async fn nonce_at(
        &self,
        label: &'static str,
        block: BlockId,
    ) -> Result<u64, SendError> {
        self.provider
            .get_transaction_count(self.address())
            .block_id(block)
            .await
            .map_err(|source| SendError::Rpc {
                label,
                method: "eth_getTransactionCount",
                source,
            })
    }

    /// Drops the journal's entry for `nonce`; a failure is logged (the next start finds the
    /// nonce used and drops it then).
    pub(super) fn forget(&self, nonce: u64) {
        if let Some(journal) = &self.journal {
            if let Err(error) = journal.remove(nonce) {
                tracing::warn!(nonce, error = %crate::keeper::one_line(&error), "cannot update the in-flight journal");
            }
        }
    }

    pub(super) async fn send_locked(
        &self,
        call: &Call,
        next_nonce: &mut Option<u64>,
    ) -> Result<Outcome, SendError> {
        let mut resyncs = 0;
        loop {
            let plan = self.plan(call, *next_nonce).await?;
            if self.settings.dry_run {
                let dry_run = DryRun {
                    label: call.label,
                    to: call.to,
                    data: call.data.clone(),
                    from: self.address(),
                    gas: plan.gas_limit,
                    max_fee_per_gas: plan.fees.max_fee_per_gas,
                    max_priority_fee_per_gas: plan.fees.max_priority_fee_per_gas,
                    nonce: plan.nonce,
                };
                tracing::info!(
                    label = call.label,
                    nonce = plan.nonce,
                    gas = plan.gas_limit,
                    max_fee_per_gas = plan.fees.max_fee_per_gas,
                    max_priority_fee_per_gas = plan.fees.max_priority_fee_per_gas,
                    "{dry_run}"
                );
                return Ok(Outcome::DryRun(dry_run));
            }
            *next_nonce = Some(plan.nonce);
            let ended = self.submit(call, plan).await;
            if ended.is_final() {
                self.forget(plan.nonce);
            }
            match ended {
                Ended::Confirmed(receipt) => {
                    *next_nonce = Some(plan.nonce + 1);
                    tracing::info!(
                        label = call.label,
                        nonce = plan.nonce,
                        tx = %receipt.transaction_hash,
                        block = receipt.block_number,
                        gas_used = receipt.gas_used,
                        "transaction confirmed"
                    );
                    return Ok(Outcome::Confirmed(Box::new(receipt)));
                }
                Ended::Reverted(receipt) => {
                    Metrics::inc(&self.metrics.transactions_failed);
                    let revert = self.replay(call, &receipt, plan.gas_limit).await;
                    tracing::warn!(
                        label = call.label,
                        nonce = plan.nonce,
                        tx = %receipt.transaction_hash,
                        revert = revert.as_ref().map(|r| r.name).unwrap_or("unknown"),
                        "transaction reverted on chain"
                    );
                    return Err(SendError::RevertedOnChain {
                        label: call.label,
                        tx_hash: receipt.transaction_hash,
                        revert,
                    });
                }
                Ended::NonceTaken => {
                    *next_nonce = None;
                    resyncs += 1;
                    if resyncs > MAX_NONCE_RESYNCS {
                        return Err(SendError::NonceConflict {
                            label: call.label,
                            nonce: plan.nonce,
                        });
                    }
                    tracing::warn!(
                        label = call.label,
                        nonce = plan.nonce,
                        "nonce used by a transaction that is not ours; reading it again and starting over"
                    );
                }
                Ended::Stopped(hashes) => {
                    tracing::info!(
                        label = call.label,
                        nonce = plan.nonce,
                        tx = %latest(&hashes),
                        "stopped while the transaction is in flight; it stays in the journal"
                    );
                    return Err(SendError::Stopped {
                        label: call.label,
                        nonce: Some(plan.nonce),
                        hashes,
                    });
                }
                Ended::Failed(error) => return Err(error),
            }
        }
    }

    /// Simulates and estimates `call` against the pending block, prices it, and picks its
    /// nonce.
    pub(super) async fn plan(
        &self,
        call: &Call,
        next_nonce: Option<u64>,
    ) -> Result<Plan, SendError> {
        self.simulate(call).await?;
        let estimate = self
            .provider
            .estimate_gas(self.request(call))
            .block(BlockId::pending())
            .await
            .map_err(|source| rejection_or_rpc(call.label, "eth_estimateGas", source))?;
        let gas_limit = with_margin(estimate, self.settings.gas_limit_margin_percent);
        let base_fee = self.base_fee(call.label).await?;
        let cap = self.fees.cap;
        let fees = initial_fees(base_fee, self.fees.tip, cap).ok_or(SendError::FeeCapTooLow {
            label: call.label,
            base_fee,
            cap,
        })?;
        let nonce = match next_nonce {
            Some(nonce) => nonce,
            None => self.nonce_at(call.label, BlockId::pending()).await?,
        };
        Ok(Plan {
            nonce,
            gas_limit,
            fees,
        })
    }

    /// Broadcasts the planned transaction and waits for it, replacing it while stuck.
    pub(super) async fn submit(&self, call: &Call, plan: Plan) -> Ended {
        let Plan {
            nonce,
            gas_limit,
            fees,
        } = plan;
        let mut hashes = Vec::new();
        if self.is_stopped() {
            return Ended::Stopped(hashes);
        }
        let mut mined = None;
        match self
            .broadcast(call, nonce, gas_limit, fees, &mut hashes)
            .await
        {
            Broadcast::Accepted | Broadcast::Refused(Refusal::AlreadyKnown) => tracing::info!(
                label = call.label,
                nonce,
                tx = %latest(&hashes),
                max_fee_per_gas = fees.max_fee_per_gas,
                max_priority_fee_per_gas = fees.max_priority_fee_per_gas,
                gas_limit,
                "transaction sent"
            ),
            Broadcast::Refused(_) => match self.find_receipt(call, &hashes).await {
                Some(receipt) => mined = Some((receipt, Instant::now())),
                None => return Ended::NonceTaken,
            },
            Broadcast::Failed(error) => return Ended::Failed(error),
        }
        self.watch(call, nonce, gas_limit, fees, hashes, mined)
            .await
    }

    /// Signs and broadcasts one attempt, recording its hash in `hashes` if a node has it.
    pub(super) async fn broadcast(
        &self,
        call: &Call,
        nonce: u64,
        gas_limit: u64,
        fees: Fees,
        hashes: &mut Vec<TxHash>,
    ) -> Broadcast {
        let mut tx = TxEip1559 {
            chain_id: self.chain_id,
            nonce,
            gas_limit,
            max_fee_per_gas: fees.max_fee_per_gas,
            max_priority_fee_per_gas: fees.max_priority_fee_per_gas,
            to: TxKind::Call(call.to),
            value: U256::ZERO,
            access_list: Default::default(),
            input: call.data.clone(),
        };
        let signature = match self.signer.sign_transaction_sync(&mut tx) {
            Ok(signature) => signature,
            Err(source) => {
                return Broadcast::Failed(SendError::Signing {
                    label: call.label,
                    source,
                })
            }
        };
        let envelope = TxEnvelope::from(tx.into_signed(signature));
        let hash = *envelope.tx_hash();
        let raw = Bytes::from(envelope.encoded_2718());
        // Recorded before sending: if the answer is lost, or the process with it, the
        // transaction may still be in.
        hashes.push(hash);
        if let Err(source) = self.record(call, nonce, gas_limit, fees, hashes, &raw) {
            hashes.pop();
            return Broadcast::Failed(SendError::Journal {
                label: call.label,
                source,
            });
        }
        match self.provider.send_raw_transaction(&raw).await {
            Ok(_) => {
                Metrics::inc(&self.metrics.transactions_sent);
                Broadcast::Accepted
            }
            Err(source) => {
                let kind = source.as_error_resp().and_then(|e| refusal(&e.message));
                match kind {
                    Some(Refusal::AlreadyKnown) => {
                        Metrics::inc(&self.metrics.transactions_sent);
                        Broadcast::Refused(Refusal::AlreadyKnown)
                    }
                    Some(kind) => {
                        tracing::debug!(
                            label = call.label,
                            nonce,
                            ?kind,
                            "raw transaction refused"
                        );
                        Broadcast::Refused(kind)
                    }
                    None => {
                        if source.as_error_resp().is_some() {
                            // The node answered no: this transaction is in no pool.
                            hashes.pop();
                            self.unrecord(nonce, hashes);
                        }
                        Broadcast::Failed(SendError::Rpc {
                            label: call.label,
                            method: "eth_sendRawTransaction",
                            source,
                        })
                    }
                }
            }
        }
    }

    /// Writes the journal's entry for `nonce` with `hashes`, the last of which is `raw`.
    pub(super) fn record(
        &self,
        call: &Call,
        nonce: u64,
        gas_limit: u64,
        fees: Fees,
        hashes: &[TxHash],
        raw: &Bytes,
    ) -> Result<(), StateError> {
        let Some(journal) = &self.journal else {
            return Ok(());
        };
        let label = journal
            .get(nonce)
            .filter(|_| call.label == RECOVERED)
            .map_or_else(|| call.label.to_owned(), |entry| entry.label);
        journal.record(InFlight {
            label,
            nonce,
            to: call.to,
            data: call.data.clone(),
            gas_limit,
            hashes: hashes.to_vec(),
            raw: raw.clone(),
            max_fee_per_gas: fees.max_fee_per_gas,
            max_priority_fee_per_gas: fees.max_priority_fee_per_gas,
            signed_at: crate::keeper::unix_now(),
        })
    }

    /// After a node refused the last transaction signed for `nonce`: the entry keeps the
    /// earlier ones, or goes if there are none.
    pub(super) fn unrecord(&self, nonce: u64, hashes: &[TxHash]) {
        let Some(journal) = &self.journal else {
            return;
        };
        let result = match journal.get(nonce) {
            Some(mut entry) if !hashes.is_empty() => {
                entry.hashes = hashes.to_vec();
                journal.record(entry)
            }
            Some(_) => journal.remove(nonce),
            None => Ok(()),
        };
        if let Err(error) = result {
            tracing::warn!(nonce, error = %crate::keeper::one_line(&error), "cannot update the in-flight journal");
        }
    }

    /// After `confirmation_timeout` without a receipt: signs and broadcasts a replacement with
    /// both fees raised by the bump (at most the cap). Once the fees are at the cap, the first
    /// call waits one more timeout (`at_cap`) and the next gives up ([`SendError::Stuck`]).
    pub(super) async fn replace(
        &self,
        call: &Call,
        nonce: u64,
        gas_limit: u64,
        fees: &mut Fees,
        hashes: &mut Vec<TxHash>,
        at_cap: &mut bool,
    ) -> Replaced {
        let base_fee = self.base_fee(call.label).await.ok();
        let cap = self.fees.cap;
        match bump_fees(*fees, base_fee, self.settings.fee_bump_bps, cap) {
            Some(raised) => {
                if self.is_stopped() {
                    return Replaced::Over(Ended::Stopped(std::mem::take(hashes)));
                }
                *fees = raised;
                match self.broadcast(call, nonce, gas_limit, *fees, hashes).await {
                    Broadcast::Accepted | Broadcast::Refused(Refusal::AlreadyKnown) => {
                        Metrics::inc(&self.metrics.transactions_replaced);
                        tracing::warn!(
                            label = call.label,
                            nonce,
                            tx = %latest(hashes),
                            max_fee_per_gas = fees.max_fee_per_gas,
                            max_priority_fee_per_gas = fees.max_priority_fee_per_gas,
                            "transaction not mined in time; replaced with higher fees"
                        );
                        Replaced::Waiting
                    }
                    Broadcast::Refused(Refusal::NonceTooLow) => {
                        match self.find_receipt(call, hashes).await {
                            Some(receipt) => Replaced::Mined(receipt),
                            None => Replaced::Over(Ended::NonceTaken),
                        }
                    }
                    Broadcast::Refused(Refusal::Underpriced) => {
                        tracing::warn!(
                            label = call.label,
                            nonce,
                            max_fee_per_gas = fees.max_fee_per_gas,
                            "replacement refused as underpriced; still waiting for the earlier \
                             transaction"
                        );
                        Replaced::Waiting
                    }
                    Broadcast::Failed(error) => {
                        tracing::warn!(
                            label = call.label,
                            nonce,
                            error = %crate::keeper::one_line(&error),
                            "replacement could not be sent; still waiting for the earlier \
                             transaction"
                        );
                        Replaced::Waiting
                    }
                }
            }
            None if !*at_cap => {
                *at_cap = true;
                tracing::warn!(
                    label = call.label,
                    nonce,
                    cap,
                    "transaction not mined and its fees are at the cap; waiting one more \
                     timeout"
                );
                Replaced::Waiting
            }
            None => {
                Metrics::inc(&self.metrics.transactions_failed);
                Replaced::Over(Ended::Failed(SendError::Stuck {
                    label: call.label,
                    nonce,
                    hashes: std::mem::take(hashes),
                }))
            }
        }
    }
}

/// The call a journal entry re-signs when it must be replaced.
pub(super) fn recovered_call(entry: &InFlight) -> Call {
    Call {
        to: entry.to,
        data: entry.data.clone(),
        label: RECOVERED,
    }
}
