//! The executor: the only code that holds the keeper's key, and the only place that signs and
//! sends. One [`Sender`] per key.
//!
//! Every call is simulated first (`eth_call` from the keeper's address), so a call the contract
//! refuses is never sent and its refusal is named by the suite's custom errors
//! ([`decode_revert`]). Then the sender estimates gas (plus a margin), prices the transaction with
//! EIP-1559 fees under a configured cap, signs it with the next nonce and broadcasts it, and
//! polls for a receipt of any transaction sent for that nonce until it has the configured
//! confirmations.
//!
//! A transaction without a receipt after `confirmation_timeout` is re-signed with the same nonce
//! and both fees raised by `fee_bump_percent` (at least 12.5%), up to the cap. Once the fees are
//! at the cap the sender waits one more timeout and gives up ([`SendError::Stuck`]).
//!
//! The nonce belongs to the sender: read from the chain (the `pending` transaction count) when
//! unknown, incremented after a confirmed transaction, and forgotten after any error, so that the
//! next send reads it again. A node's "already known", "nonce too low" or "replacement
//! transaction underpriced" means that a transaction of ours may already be in: the sender first
//! looks for the receipts of every transaction it sent for the nonce. If the nonce went to a
//! transaction that is not ours (the same key used elsewhere), it reads the nonce again and starts
//! over from the simulation.
//!
//! With `dry_run` the sender simulates, estimates, prices and picks the nonce, logs the result and
//! returns it as [`Outcome::DryRun`]: nothing is signed or sent.
//!
//! If the base fee is above the cap, the sender refuses before signing
//! ([`SendError::FeeCapTooLow`]) rather than park a transaction that cannot be mined until the
//! base fee falls: the job fails this tick, nothing holds the nonce, and the next tick tries
//! again. (A transaction already sent is not abandoned when the base fee rises: its replacements
//! stop at the cap.)
//!
//! Exactly once per key, across restarts: simulation and estimation run against the `pending`
//! block, so a transaction of ours (or another keeper's) still in the pool is seen and not sent
//! again. Before its first send, and after any failure, the sender settles what is pending for
//! its key ([`Sender::settle`]): if the pending nonce is above the latest, transactions of ours
//! are in the pool. Those in the in-flight [`journal`] (written before every broadcast) are
//! watched, replaced when stuck, and rebroadcast if dropped; ones it does not know are given
//! `confirmation_timeout` to be mined and then cancelled with a 0-value transfer to itself at
//! higher fees. No new work is signed until nothing of ours is pending.
//!
//! [`Sender::stop`] is the clean stop: nothing new is signed after it (no send, no replacement),
//! and a send waiting for its receipt returns [`SendError::Stopped`] within one poll interval,
//! its transaction left in the journal for the next start.
//!
//! The parts, by concern: [`lifecycle`] (nonce, send, replace, cancel, stop), [`fees`] (per-chain
//! defaults, first fees and bumps), [`refusal`] (how a refusal is named: [`SendError`], a node's
//! wording), [`receipts`] (waiting, confirmations, reorganisations), [`journal`] (what is in
//! flight, across restarts) and [`settings`] (the one settings struct). Reverts are decoded by the
//! suite's one decoder, [`crate::revert`].

use std::{
    fmt,
    sync::{atomic::AtomicBool, Arc},
    time::Duration,
};

use alloy::{
    eips::BlockId,
    primitives::{Address, Bytes, TxKind},
    providers::{DynProvider, Provider},
    rpc::types::{TransactionInput, TransactionReceipt, TransactionRequest},
    signers::local::PrivateKeySigner,
};
use tokio::sync::{watch, Mutex};

use super::metrics::Metrics;

pub mod fees;
pub mod journal;
mod lifecycle;
mod receipts;
pub mod refusal;
pub mod settings;

pub use crate::revert::{decode_revert, revert_data, SuiteRevert};
use fees::ChainFees;
use journal::Journal;
use lifecycle::{NonceState, MAX_NONCE_RESYNCS};
pub use refusal::SendError;
use refusal::{rejection_or_rpc, stopped_before_signing};
pub use settings::{SenderSettings, SenderSettingsError, MIN_FEE_BUMP_BPS};

/// The label of a transaction found pending from an earlier run (its own label is logged).
pub const RECOVERED: &str = "in-flight transaction of an earlier run";

/// The label of a cancellation: 0 ETH to ourselves, replacing a pending transaction we do not
/// know.
pub const CANCEL: &str = "cancellation (0 ETH to self)";

/// One contract call to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    /// The contract.
    pub to: Address,
    /// The ABI-encoded call.
    pub data: Bytes,
    /// What it is, for logs and errors, e.g. `NodeSelectionManager.rotateNodes`.
    pub label: &'static str,
}

/// How a send ended well.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// Mined, succeeded and confirmed.
    Confirmed(Box<TransactionReceipt>),
    /// Dry run: what would have been sent.
    DryRun(DryRun),
}

/// What a send would have signed and broadcast.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DryRun {
    /// What the call is.
    pub label: &'static str,
    /// The contract.
    pub to: Address,
    /// The ABI-encoded call.
    pub data: Bytes,
    /// The keeper's address.
    pub from: Address,
    /// The gas limit (estimate plus margin).
    pub gas: u64,
    /// `maxFeePerGas`, wei per gas.
    pub max_fee_per_gas: u128,
    /// `maxPriorityFeePerGas`, wei per gas.
    pub max_priority_fee_per_gas: u128,
    /// The nonce.
    pub nonce: u64,
}

impl fmt::Display for DryRun {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "dry run: would send {} from {} to {} nonce {} gas {} max fee {} wei priority fee {} \
             wei data {}",
            self.label,
            self.from,
            self.to,
            self.nonce,
            self.gas,
            self.max_fee_per_gas,
            self.max_priority_fee_per_gas,
            self.data
        )
    }
}

/// The executor for one key. Cheap to share behind an `Arc`; sends are serialized.
pub struct Sender {
    provider: DynProvider,
    signer: PrivateKeySigner,
    chain_id: u64,
    settings: SenderSettings,
    /// The fee cap and tip, resolved for the chain from `settings`.
    fees: ChainFees,
    metrics: Arc<Metrics>,
    state: Mutex<NonceState>,
    /// Where transactions are recorded before they are broadcast; none in tests that need no
    /// restart.
    journal: Option<Journal>,
    /// Set by [`Sender::stop`]; never cleared.
    stop: watch::Sender<bool>,
    /// Whether the journal was checked against this chain's block 0.
    genesis_checked: AtomicBool,
}

impl fmt::Debug for Sender {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Sender")
            .field("address", &self.address())
            .field("chain_id", &self.chain_id)
            .field("settings", &self.settings)
            .field("fees", &self.fees)
            .finish_non_exhaustive()
    }
}

impl Sender {
    /// A sender for `signer`'s key on chain `chain_id` (not asked of the node: no request is
    /// made here), after checking `config`. Without a journal ([`Sender::with_journal`]) a
    /// transaction in flight is forgotten when the process ends.
    pub fn new(
        provider: DynProvider,
        signer: PrivateKeySigner,
        chain_id: u64,
        settings: SenderSettings,
        metrics: Arc<Metrics>,
    ) -> Result<Self, SenderSettingsError> {
        let fees = settings.validate(chain_id)?;
        Ok(Self {
            provider,
            signer,
            chain_id,
            settings,
            fees,
            metrics,
            state: Mutex::new(NonceState::default()),
            journal: None,
            stop: watch::Sender::new(false),
            genesis_checked: AtomicBool::new(false),
        })
    }

    /// The sender, recording every transaction in `journal` before broadcasting it, and
    /// watching what the journal holds from earlier runs.
    pub fn with_journal(mut self, journal: Journal) -> Self {
        self.journal = Some(journal);
        self
    }

    /// The keeper's address.
    pub fn address(&self) -> Address {
        self.signer.address()
    }

    /// The settings.
    pub fn settings(&self) -> &SenderSettings {
        &self.settings
    }

    /// The fee cap and tip on this chain, wei per gas.
    pub fn fees(&self) -> ChainFees {
        self.fees
    }

    /// The clean stop (idempotent): from now on nothing is signed, neither a new transaction
    /// nor a replacement, and a send waiting for its receipt returns [`SendError::Stopped`]
    /// within one poll interval, its transaction left in the journal.
    pub fn stop(&self) {
        self.stop.send_replace(true);
    }

    /// Whether [`Sender::stop`] was called.
    pub fn is_stopped(&self) -> bool {
        *self.stop.borrow()
    }

    /// Sleeps `duration`; `false` (at once) if the sender is stopped meanwhile.
    async fn pause(&self, duration: Duration) -> bool {
        let mut stopped = self.stop.subscribe();
        if *stopped.borrow_and_update() {
            return false;
        }
        tokio::select! {
            () = tokio::time::sleep(duration) => !self.is_stopped(),
            _ = stopped.wait_for(|stop| *stop) => false,
        }
    }

    /// `work`'s result, or `None` as soon as the sender is stopped (dropping `work`: only for
    /// reads, which are safe to abandon).
    async fn unless_stopped<T>(&self, work: impl std::future::Future<Output = T>) -> Option<T> {
        let mut stopped = self.stop.subscribe();
        if *stopped.borrow_and_update() {
            return None;
        }
        tokio::select! {
            value = work => Some(value),
            _ = stopped.wait_for(|stop| *stop) => None,
        }
    }

    /// Runs `call` with `eth_call` from the keeper's address against the pending block (so
    /// that a transaction still in the pool, ours or another keeper's, counts) and returns
    /// what it returns; a revert is [`SendError::Rejected`].
    pub async fn simulate(&self, call: &Call) -> Result<Bytes, SendError> {
        self.provider
            .call(self.request(call))
            .block(BlockId::pending())
            .await
            .map_err(|source| rejection_or_rpc(call.label, "eth_call", source))
    }

    /// Simulates, prices, signs and sends `call`, and waits for its confirmations, replacing it
    /// while it is stuck; with `dry_run`, stops before signing. Sends are serialized. Anything
    /// of ours still pending from before is settled first ([`Sender::settle`]).
    pub async fn send(&self, call: &Call) -> Result<Outcome, SendError> {
        if self.is_stopped() {
            return Err(stopped_before_signing(call.label));
        }
        let mut state = self.state.lock().await;
        let result = match self.settle_locked(&mut state).await {
            Ok(()) => self.send_locked(call, &mut state.next).await,
            Err(error) => Err(error),
        };
        if let Err(error) = &result {
            // Whatever happened, the chain knows the nonce better than we do now.
            state.next = None;
            if !matches!(
                error,
                SendError::Rejected { .. } | SendError::FeeCapTooLow { .. }
            ) {
                // Something of ours may be left pending: settle it before the next send.
                state.settled = false;
            }
        }
        result
    }

    /// Waits for, or replaces, every transaction of this key still pending from before (a
    /// process killed or stopped mid-transaction, or another process with this key), so that
    /// no new work is signed while one is: the journal's entries are watched (and replaced with
    /// higher fees when stuck, rebroadcast when dropped); a pending nonce the journal does not
    /// know is given `confirmation_timeout` and then cancelled with a 0-value transfer to
    /// ourselves at higher fees. Cheap once settled: no request until a send fails. Nothing in
    /// a dry run.
    pub async fn settle(&self) -> Result<(), SendError> {
        let mut state = self.state.lock().await;
        let result = self.settle_locked(&mut state).await;
        if result.is_err() {
            state.next = None;
        }
        result
    }

    fn request(&self, call: &Call) -> TransactionRequest {
        TransactionRequest {
            from: Some(self.address()),
            to: Some(TxKind::Call(call.to)),
            input: TransactionInput::new(call.data.clone()),
            ..Default::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The daemon spawns sends on the runtime: their futures must be `Send`.
    #[allow(dead_code)]
    fn sends_can_be_spawned(sender: &Sender, call: &Call) {
        fn is_send<T: Send>(_: &T) {}
        is_send(&sender.send(call));
        is_send(&sender.simulate(call));
    }

    #[test]
    fn a_dry_run_prints_one_line() {
        let dry_run = DryRun {
            label: "NodeSelectionManager.rotateNodes",
            to: Address::repeat_byte(1),
            data: Bytes::from_static(&[0x12, 0x34]),
            from: Address::repeat_byte(2),
            gas: 60_000,
            max_fee_per_gas: 2_000,
            max_priority_fee_per_gas: 1,
            nonce: 7,
        };
        let line = dry_run.to_string();
        assert!(!line.contains('\n'));
        assert!(line.contains("NodeSelectionManager.rotateNodes"));
        assert!(line.contains("nonce 7 gas 60000 max fee 2000 wei priority fee 1 wei data 0x1234"));
    }
}
