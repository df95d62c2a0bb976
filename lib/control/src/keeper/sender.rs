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
//! Waiting is a poll loop of our own rather than alloy's pending-transaction watcher, which
//! follows one hash, while a replaced transaction has several of which any may be mined.
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

use std::{
    fmt,
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};

use alloy::{
    consensus::{SignableTransaction, TxEip1559, TxEnvelope},
    eips::{eip2718::Encodable2718, BlockId, BlockNumberOrTag},
    network::TxSignerSync,
    primitives::{Address, Bytes, TxHash, TxKind, U256},
    providers::{DynProvider, Provider},
    rpc::types::{TransactionInput, TransactionReceipt, TransactionRequest},
    signers::local::PrivateKeySigner,
    transports::TransportError,
};
use tokio::sync::{watch, Mutex};

use super::{metrics::Metrics, state::StateError};
pub use crate::revert::{decode_revert, revert_data, SuiteRevert};

pub mod fees;
pub mod journal;

use journal::{InFlight, Journal};

/// The smallest allowed `fee_bump_percent`: 12.5%, rounded up to a whole percent. Nodes refuse
/// a replacement that raises the fees by less than their threshold (10% on geth).
pub const MIN_FEE_BUMP_PERCENT: u64 = 13;

/// How often a send starts over after its nonce went to a transaction that is not ours.
const MAX_NONCE_RESYNCS: u32 = 3;

/// One gwei, in wei.
const GWEI: u128 = 1_000_000_000;

/// The gas of a plain transfer: what a cancellation (0 ETH to ourselves) costs.
const TRANSFER_GAS: u64 = 21_000;

/// The label of a transaction found pending from an earlier run (its own label is logged).
pub const RECOVERED: &str = "in-flight transaction of an earlier run";

/// The label of a cancellation: 0 ETH to ourselves, replacing a pending transaction we do not
/// know.
pub const CANCEL: &str = "cancellation (0 ETH to self)";

/// How the sender prices, waits and replaces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SenderConfig {
    /// Blocks a transaction must have (its own included) before it counts as confirmed.
    pub confirmations: u64,
    /// How long to wait for a receipt before replacing the transaction; also how long to wait
    /// for the confirmations once it is mined.
    pub confirmation_timeout: Duration,
    /// The cap on `maxFeePerGas`, wei per gas: no transaction or replacement pays more.
    pub max_fee_per_gas: u128,
    /// The priority fee (tip) of a first attempt, wei per gas; at most the cap.
    pub max_priority_fee_per_gas: u128,
    /// How much a replacement raises both fees, in percent; at least [`MIN_FEE_BUMP_PERCENT`].
    pub fee_bump_percent: u64,
    /// How often to ask for receipts and the block height while waiting.
    pub poll_interval: Duration,
    /// Added to the gas estimate, in percent of it.
    pub gas_limit_margin_percent: u64,
    /// Simulate, estimate, price and print, but sign and send nothing.
    pub dry_run: bool,
}

impl Default for SenderConfig {
    /// 1 confirmation within 120 s, a 50 gwei cap, a 0.1 gwei tip, 13% bumps, polling every 2 s,
    /// a 50% gas margin, sending for real. The margin is wide because a rotation can swap one
    /// more seat than estimated when the 24-hour turnover window moves between the estimate
    /// and the block (+23% gas on anvil).
    fn default() -> Self {
        Self {
            confirmations: 1,
            confirmation_timeout: Duration::from_secs(120),
            max_fee_per_gas: 50 * GWEI,
            max_priority_fee_per_gas: GWEI / 10,
            fee_bump_percent: MIN_FEE_BUMP_PERCENT,
            poll_interval: Duration::from_secs(2),
            gas_limit_margin_percent: 50,
            dry_run: false,
        }
    }
}

/// A [`SenderConfig`] that cannot work.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SenderConfigError {
    /// `confirmations` is 0.
    #[error("confirmations must be at least 1")]
    NoConfirmations,
    /// `confirmation_timeout` is 0.
    #[error("confirmation_timeout must be more than zero")]
    NoConfirmationTimeout,
    /// `poll_interval` is 0.
    #[error("poll_interval must be more than zero")]
    NoPollInterval,
    /// `max_fee_per_gas` is 0.
    #[error("max_fee_per_gas (the fee cap) must be more than zero")]
    NoFeeCap,
    /// `max_priority_fee_per_gas` is above the cap.
    #[error("max_priority_fee_per_gas {priority} wei is above max_fee_per_gas {cap} wei")]
    PriorityAboveCap {
        /// The configured priority fee.
        priority: u128,
        /// The configured cap.
        cap: u128,
    },
    /// `fee_bump_percent` is below what nodes accept for a replacement.
    #[error("fee_bump_percent {percent} is below the minimum of {MIN_FEE_BUMP_PERCENT} (12.5%)")]
    FeeBumpTooSmall {
        /// The configured bump.
        percent: u64,
    },
}

impl SenderConfig {
    /// Checks that the configuration can work.
    pub fn validate(&self) -> Result<(), SenderConfigError> {
        if self.confirmations == 0 {
            return Err(SenderConfigError::NoConfirmations);
        }
        if self.confirmation_timeout.is_zero() {
            return Err(SenderConfigError::NoConfirmationTimeout);
        }
        if self.poll_interval.is_zero() {
            return Err(SenderConfigError::NoPollInterval);
        }
        if self.max_fee_per_gas == 0 {
            return Err(SenderConfigError::NoFeeCap);
        }
        if self.max_priority_fee_per_gas > self.max_fee_per_gas {
            return Err(SenderConfigError::PriorityAboveCap {
                priority: self.max_priority_fee_per_gas,
                cap: self.max_fee_per_gas,
            });
        }
        if self.fee_bump_percent < MIN_FEE_BUMP_PERCENT {
            return Err(SenderConfigError::FeeBumpTooSmall {
                percent: self.fee_bump_percent,
            });
        }
        Ok(())
    }
}

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

/// Why a send did not end well.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// The simulation (or gas estimation) reverted: nothing was sent.
    #[error("{label} refused by the contract: {revert}")]
    Rejected {
        /// What the call is.
        label: &'static str,
        /// Why.
        revert: SuiteRevert,
    },
    /// The transaction was mined but reverted.
    #[error("{label}: transaction {tx_hash} reverted on chain{}", revert.as_ref().map(|r| format!(": {r}")).unwrap_or_default())]
    RevertedOnChain {
        /// What the call is.
        label: &'static str,
        /// The mined transaction.
        tx_hash: TxHash,
        /// Why, from replaying the call at the mined block; `None` if the replay succeeds.
        revert: Option<SuiteRevert>,
    },
    /// No transaction for the nonce was mined, after the fees reached the cap and one more
    /// timeout.
    #[error("{label}: nonce {nonce} not mined after {} attempts, the last at the fee cap", hashes.len())]
    Stuck {
        /// What the call is.
        label: &'static str,
        /// The nonce.
        nonce: u64,
        /// Every transaction signed and offered for the nonce, first to last.
        hashes: Vec<TxHash>,
    },
    /// The transaction was mined but did not get the confirmations in time.
    #[error("{label}: transaction {tx_hash} mined but without {confirmations} confirmations after {}s", waited.as_secs())]
    Unconfirmed {
        /// What the call is.
        label: &'static str,
        /// The mined transaction.
        tx_hash: TxHash,
        /// The confirmations required.
        confirmations: u64,
        /// How long the sender waited after seeing it mined.
        waited: Duration,
    },
    /// The nonce kept going to transactions that are not ours (the key is used elsewhere).
    #[error("{label}: nonce {nonce} was taken by another transaction of this key {MAX_NONCE_RESYNCS} times over")]
    NonceConflict {
        /// What the call is.
        label: &'static str,
        /// The last nonce tried.
        nonce: u64,
    },
    /// A JSON-RPC request failed (after the RPC layer's failover and retries) or was refused.
    #[error("{label}: {method} failed")]
    Rpc {
        /// What the call is.
        label: &'static str,
        /// The request, e.g. `eth_sendRawTransaction`.
        method: &'static str,
        /// The failure.
        #[source]
        source: TransportError,
    },
    /// The latest block has no base fee: the chain does not do EIP-1559.
    #[error("{label}: the latest block has no base fee (EIP-1559 is required)")]
    NoBaseFee {
        /// What the call is.
        label: &'static str,
    },
    /// The transaction could not be signed.
    #[error("{label}: cannot sign the transaction")]
    Signing {
        /// What the call is.
        label: &'static str,
        /// The failure.
        #[source]
        source: alloy::signers::Error,
    },
    /// The base fee is above the cap: nothing was sent.
    #[error("{label}: base fee {base_fee} wei is above the fee cap {cap} wei; nothing sent")]
    FeeCapTooLow {
        /// What the call is.
        label: &'static str,
        /// The latest block's base fee, wei per gas.
        base_fee: u128,
        /// The configured cap, wei per gas.
        cap: u128,
    },
    /// [`Sender::stop`] was called: nothing more is signed. A transaction already sent stays in
    /// the journal and is watched at the next start.
    #[error("{label}: stopped{}", nonce.map(|n| format!(" with nonce {n} in flight ({} transaction(s) recorded)", hashes.len())).unwrap_or_else(|| " before signing".into()))]
    Stopped {
        /// What the call is.
        label: &'static str,
        /// The nonce in flight, if a transaction was sent.
        nonce: Option<u64>,
        /// Every transaction signed for it.
        hashes: Vec<TxHash>,
    },
    /// The in-flight journal could not be written: nothing is broadcast unrecorded.
    #[error("{label}: cannot record the transaction in the in-flight journal")]
    Journal {
        /// What the call is.
        label: &'static str,
        /// The failure.
        #[source]
        source: StateError,
    },
    /// Transactions of ours are still pending from before and could not be settled.
    #[error("{label}: nonce {nonce} of an earlier transaction is still pending; no new work until it settles")]
    PendingBefore {
        /// What the call is.
        label: &'static str,
        /// The nonce still pending.
        nonce: u64,
        /// Why it could not be settled.
        #[source]
        source: Box<SendError>,
    },
}

impl SendError {
    /// The suite error's name for a refused or reverted call, e.g. `RotationNotDue`: "not due"
    /// or "already reported" means another keeper got there first.
    pub fn revert_name(&self) -> Option<&'static str> {
        self.revert().map(|revert| revert.name)
    }

    /// What kind of failure this is, for logs and the alerts' repeat suppression: the suite
    /// error's name for a refused call (`RotationNotDue`), else a fixed snake_case word. The
    /// numbers and hashes that differ between two failures of one kind are not part of it.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Rejected { revert, .. } => revert.name,
            Self::RevertedOnChain { .. } => "reverted_on_chain",
            Self::Stuck { .. } => "stuck",
            Self::Unconfirmed { .. } => "unconfirmed",
            Self::NonceConflict { .. } => "nonce_conflict",
            Self::Rpc { .. } => "rpc",
            Self::NoBaseFee { .. } => "no_base_fee",
            Self::Signing { .. } => "signing",
            Self::FeeCapTooLow { .. } => "fee_cap",
            Self::Stopped { .. } => "stopped",
            Self::Journal { .. } => "journal",
            Self::PendingBefore { .. } => "pending_before",
        }
    }

    /// The decoded revert for a refused or reverted call.
    pub fn revert(&self) -> Option<&SuiteRevert> {
        match self {
            Self::Rejected { revert, .. } => Some(revert),
            Self::RevertedOnChain { revert, .. } => revert.as_ref(),
            _ => None,
        }
    }
}

/// Both EIP-1559 fees of one transaction, wei per gas.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Fees {
    max_fee_per_gas: u128,
    max_priority_fee_per_gas: u128,
}

/// The fees of a first attempt: the configured tip (at most the cap) and twice the base fee plus
/// the tip (at most the cap); `None` if the cap is below the base fee.
fn initial_fees(base_fee: u128, priority: u128, cap: u128) -> Option<Fees> {
    if cap < base_fee {
        return None;
    }
    let priority = priority.min(cap);
    Some(Fees {
        max_fee_per_gas: base_fee.saturating_mul(2).saturating_add(priority).min(cap),
        max_priority_fee_per_gas: priority,
    })
}

/// `value` raised by `percent`, rounded up.
fn raise(value: u128, percent: u64) -> u128 {
    value
        .saturating_mul(100 + u128::from(percent))
        .div_ceil(100)
}

/// The fees of a replacement: both raised by `percent` (rounded up), the fee cap also to at least
/// twice the current base fee plus the tip if known, all at most `cap`. `None` if the fee cap
/// cannot rise any more (it is at the cap), so no node would take a replacement.
fn bump_fees(previous: Fees, base_fee: Option<u128>, percent: u64, cap: u128) -> Option<Fees> {
    let priority = raise(previous.max_priority_fee_per_gas, percent);
    let floor = base_fee.map_or(0, |base| base.saturating_mul(2).saturating_add(priority));
    let max_fee = raise(previous.max_fee_per_gas, percent).max(floor).min(cap);
    if max_fee <= previous.max_fee_per_gas {
        return None;
    }
    Some(Fees {
        max_fee_per_gas: max_fee,
        max_priority_fee_per_gas: priority.min(max_fee),
    })
}

/// `estimate` plus `percent` of it, rounded up.
fn with_margin(estimate: u64, percent: u64) -> u64 {
    let limit = u128::from(estimate)
        .saturating_mul(100 + u128::from(percent))
        .div_ceil(100);
    u64::try_from(limit).unwrap_or(u64::MAX)
}

/// What a node's refusal of a raw transaction means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Refusal {
    /// This very transaction is in its pool.
    AlreadyKnown,
    /// The nonce is used: mined, by us or not.
    NonceTooLow,
    /// Another transaction with this nonce and at least these fees is in its pool.
    Underpriced,
}

/// Reads a node's refusal of a raw transaction, from the wording of geth, reth, anvil, erigon
/// and nethermind.
fn refusal(message: &str) -> Option<Refusal> {
    let message = message.to_ascii_lowercase();
    if message.contains("already known")
        || message.contains("known transaction")
        || message.contains("already imported")
        || message.contains("alreadyknown")
    {
        Some(Refusal::AlreadyKnown)
    } else if message.contains("nonce too low")
        || message.contains("oldnonce")
        || message.contains("nonce has already been used")
    {
        Some(Refusal::NonceTooLow)
    } else if message.contains("replacement transaction underpriced")
        || message.contains("replacementnotallowed")
        || message.contains("could not replace existing tx")
    {
        Some(Refusal::Underpriced)
    } else {
        None
    }
}

/// How a broadcast went.
enum Broadcast {
    /// In the node's pool (sent now, or already there).
    Accepted,
    /// Refused in a way that means: look for receipts.
    Refused(Refusal),
    /// Refused or failed otherwise.
    Failed(SendError),
}

/// How waiting for one nonce ended.
enum Ended {
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
    fn is_final(&self) -> bool {
        match self {
            Self::Confirmed(_) | Self::Reverted(_) | Self::NonceTaken => true,
            Self::Stopped(_) => false,
            Self::Failed(error) => matches!(error, SendError::Unconfirmed { .. }),
        }
    }
}

/// What a send will sign.
#[derive(Debug, Clone, Copy)]
struct Plan {
    nonce: u64,
    gas_limit: u64,
    fees: Fees,
}

/// What the sender knows of its key's nonces; the lock is held for a whole send.
#[derive(Debug, Default)]
struct NonceState {
    /// The next nonce, when known.
    next: Option<u64>,
    /// Whether nothing of ours from before is pending (see [`Sender::settle`]).
    settled: bool,
}

/// The executor for one key. Cheap to share behind an `Arc`; sends are serialized.
pub struct Sender {
    provider: DynProvider,
    signer: PrivateKeySigner,
    chain_id: u64,
    config: SenderConfig,
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
            .field("config", &self.config)
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
        config: SenderConfig,
        metrics: Arc<Metrics>,
    ) -> Result<Self, SenderConfigError> {
        config.validate()?;
        Ok(Self {
            provider,
            signer,
            chain_id,
            config,
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

    /// The configuration.
    pub fn config(&self) -> &SenderConfig {
        &self.config
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

    async fn settle_locked(&self, state: &mut NonceState) -> Result<(), SendError> {
        if state.settled || self.config.dry_run {
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
    async fn check_journal_chain(&self) -> Result<(), SendError> {
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
    async fn conclude(&self, entry: &InFlight) {
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
    async fn resume(&self, entry: InFlight) -> Ended {
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
                    error = %super::one_line(&error),
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
    async fn wait_or_cancel(&self, nonce: u64) -> Ended {
        tracing::warn!(
            nonce,
            timeout_secs = self.config.confirmation_timeout.as_secs(),
            "a pending transaction of this key is not in the journal: waiting for it, then \
             cancelling it"
        );
        let deadline = Instant::now() + self.config.confirmation_timeout;
        while Instant::now() < deadline {
            if !self.pause(self.config.poll_interval).await {
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
        let cap = self.config.max_fee_per_gas;
        let Some(mut fees) = initial_fees(base_fee, self.config.max_priority_fee_per_gas, cap)
        else {
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
                    match bump_fees(fees, Some(base_fee), self.config.fee_bump_percent, cap) {
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

    /// Whether a node knows any of `hashes` (pending or mined).
    async fn any_known(&self, hashes: &[TxHash]) -> bool {
        for hash in hashes {
            if let Ok(Some(_)) = self.provider.get_transaction_by_hash(*hash).await {
                return true;
            }
        }
        false
    }

    /// The transaction count of our address at `block`.
    async fn nonce_at(&self, label: &'static str, block: BlockId) -> Result<u64, SendError> {
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
    fn forget(&self, nonce: u64) {
        if let Some(journal) = &self.journal {
            if let Err(error) = journal.remove(nonce) {
                tracing::warn!(nonce, error = %super::one_line(&error), "cannot update the in-flight journal");
            }
        }
    }

    async fn send_locked(
        &self,
        call: &Call,
        next_nonce: &mut Option<u64>,
    ) -> Result<Outcome, SendError> {
        let mut resyncs = 0;
        loop {
            let plan = self.plan(call, *next_nonce).await?;
            if self.config.dry_run {
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
    async fn plan(&self, call: &Call, next_nonce: Option<u64>) -> Result<Plan, SendError> {
        self.simulate(call).await?;
        let estimate = self
            .provider
            .estimate_gas(self.request(call))
            .block(BlockId::pending())
            .await
            .map_err(|source| rejection_or_rpc(call.label, "eth_estimateGas", source))?;
        let gas_limit = with_margin(estimate, self.config.gas_limit_margin_percent);
        let base_fee = self.base_fee(call.label).await?;
        let cap = self.config.max_fee_per_gas;
        let fees = initial_fees(base_fee, self.config.max_priority_fee_per_gas, cap).ok_or(
            SendError::FeeCapTooLow {
                label: call.label,
                base_fee,
                cap,
            },
        )?;
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
    async fn submit(&self, call: &Call, plan: Plan) -> Ended {
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

    /// Waits for a receipt of any of `hashes` (all for `nonce`) and its confirmations,
    /// replacing the transaction with higher fees each `confirmation_timeout` until the cap,
    /// then one more timeout. Stops waiting, and signs nothing more, once the sender is stopped.
    async fn watch(
        &self,
        call: &Call,
        nonce: u64,
        gas_limit: u64,
        mut fees: Fees,
        mut hashes: Vec<TxHash>,
        mut mined: Option<(TransactionReceipt, Instant)>,
    ) -> Ended {
        let timeout = self.config.confirmation_timeout;
        let poll = self.config.poll_interval;
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
            let base_fee = self.base_fee(call.label).await.ok();
            let cap = self.config.max_fee_per_gas;
            match bump_fees(fees, base_fee, self.config.fee_bump_percent, cap) {
                Some(raised) => {
                    if self.is_stopped() {
                        return Ended::Stopped(hashes);
                    }
                    fees = raised;
                    match self
                        .broadcast(call, nonce, gas_limit, fees, &mut hashes)
                        .await
                    {
                        Broadcast::Accepted | Broadcast::Refused(Refusal::AlreadyKnown) => {
                            Metrics::inc(&self.metrics.transactions_replaced);
                            tracing::warn!(
                                label = call.label,
                                nonce,
                                tx = %latest(&hashes),
                                max_fee_per_gas = fees.max_fee_per_gas,
                                max_priority_fee_per_gas = fees.max_priority_fee_per_gas,
                                "transaction not mined in time; replaced with higher fees"
                            );
                        }
                        Broadcast::Refused(Refusal::NonceTooLow) => {
                            match self.find_receipt(call, &hashes).await {
                                Some(receipt) => {
                                    mined = Some((receipt, Instant::now()));
                                    continue;
                                }
                                None => return Ended::NonceTaken,
                            }
                        }
                        Broadcast::Refused(Refusal::Underpriced) => tracing::warn!(
                            label = call.label,
                            nonce,
                            max_fee_per_gas = fees.max_fee_per_gas,
                            "replacement refused as underpriced; still waiting for the earlier \
                             transaction"
                        ),
                        Broadcast::Failed(error) => tracing::warn!(
                            label = call.label,
                            nonce,
                            error = %super::one_line(&error),
                            "replacement could not be sent; still waiting for the earlier \
                             transaction"
                        ),
                    }
                }
                None if !at_cap => {
                    at_cap = true;
                    tracing::warn!(
                        label = call.label,
                        nonce,
                        cap,
                        "transaction not mined and its fees are at the cap; waiting one more \
                         timeout"
                    );
                }
                None => {
                    Metrics::inc(&self.metrics.transactions_failed);
                    return Ended::Failed(SendError::Stuck {
                        label: call.label,
                        nonce,
                        hashes,
                    });
                }
            }
            deadline = Instant::now() + timeout;
        }
    }

    /// One look at a receipt of ours: `Ok(Some)` when the send is over (reverted, or succeeded
    /// with its confirmations, or out of time for them), `Ok(None)` when the transaction was
    /// reorganised out, `Err` (handing the receipt back) to look again later.
    async fn confirm(
        &self,
        call: &Call,
        receipt: TransactionReceipt,
        since: Instant,
    ) -> Result<Option<Ended>, (TransactionReceipt, Instant)> {
        if !receipt.status() {
            return Ok(Some(Ended::Reverted(receipt)));
        }
        let confirmations = self.config.confirmations;
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
        if since.elapsed() >= self.config.confirmation_timeout {
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
    async fn find_receipt(&self, call: &Call, hashes: &[TxHash]) -> Option<TransactionReceipt> {
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

    /// Signs and broadcasts one attempt, recording its hash in `hashes` if a node has it.
    async fn broadcast(
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
    fn record(
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
            signed_at: super::unix_now(),
        })
    }

    /// After a node refused the last transaction signed for `nonce`: the entry keeps the
    /// earlier ones, or goes if there are none.
    fn unrecord(&self, nonce: u64, hashes: &[TxHash]) {
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
            tracing::warn!(nonce, error = %super::one_line(&error), "cannot update the in-flight journal");
        }
    }

    /// The latest block's base fee.
    async fn base_fee(&self, label: &'static str) -> Result<u128, SendError> {
        let block = self
            .provider
            .get_block_by_number(BlockNumberOrTag::Latest)
            .await
            .map_err(|source| SendError::Rpc {
                label,
                method: "eth_getBlockByNumber",
                source,
            })?;
        block
            .and_then(|block| block.header.base_fee_per_gas)
            .map(u128::from)
            .ok_or(SendError::NoBaseFee { label })
    }

    /// Why a mined transaction reverted: the call replayed with its gas limit at the state
    /// after its block, where whoever got there first has done it. `None` if the replay passes
    /// or cannot be made.
    async fn replay(
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

    fn request(&self, call: &Call) -> TransactionRequest {
        TransactionRequest {
            from: Some(self.address()),
            to: Some(TxKind::Call(call.to)),
            input: TransactionInput::new(call.data.clone()),
            ..Default::default()
        }
    }
}

/// A failed simulation or estimate: a refusal if the contract reverted, else an RPC failure.
fn rejection_or_rpc(
    label: &'static str,
    method: &'static str,
    source: TransportError,
) -> SendError {
    match revert_data(&source) {
        Some(data) => SendError::Rejected {
            label,
            revert: decode_revert(&data),
        },
        None => SendError::Rpc {
            label,
            method,
            source,
        },
    }
}

/// The call a journal entry re-signs when it must be replaced.
fn recovered_call(entry: &InFlight) -> Call {
    Call {
        to: entry.to,
        data: entry.data.clone(),
        label: RECOVERED,
    }
}

fn stopped_before_signing(label: &'static str) -> SendError {
    SendError::Stopped {
        label,
        nonce: None,
        hashes: Vec::new(),
    }
}

/// The last hash sent, for logs.
fn latest(hashes: &[TxHash]) -> TxHash {
    hashes.last().copied().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::sol_types::SolError;
    use xmtp_bindings::node_selection_manager::NodeSelectionManager;

    fn fees(max: u128, priority: u128) -> Fees {
        Fees {
            max_fee_per_gas: max,
            max_priority_fee_per_gas: priority,
        }
    }

    /// The alerts' repeat key: two fee-cap failures with other numbers are one kind; a refusal
    /// is known by its error's name, not its arguments.
    #[test]
    fn a_failure_kind_leaves_out_the_numbers() {
        let spike = |base_fee| SendError::FeeCapTooLow {
            label: "NodeSelectionManager.rotateNodes",
            base_fee,
            cap: 50,
        };
        assert_ne!(spike(60).to_string(), spike(90).to_string());
        assert_eq!(spike(60).kind(), spike(90).kind());
        assert_eq!(spike(60).kind(), "fee_cap");
        let not_due = |at: u64| SendError::Rejected {
            label: "NodeSelectionManager.rotateNodes",
            revert: decode_revert(
                &NodeSelectionManager::RotationNotDue {
                    nextRotationAt: U256::from(at),
                }
                .abi_encode(),
            ),
        };
        assert_eq!(not_due(1).kind(), not_due(2).kind());
        assert_eq!(not_due(1).kind(), "RotationNotDue");
    }

    #[test]
    fn revert_name_is_given_for_refusals_and_reverts_only() {
        let revert = decode_revert(
            &NodeSelectionManager::RotationNotDue {
                nextRotationAt: U256::from(1),
            }
            .abi_encode(),
        );
        let rejected = SendError::Rejected {
            label: "NodeSelectionManager.rotateNodes",
            revert: revert.clone(),
        };
        assert_eq!(rejected.revert_name(), Some("RotationNotDue"));
        assert_eq!(
            rejected.to_string(),
            "NodeSelectionManager.rotateNodes refused by the contract: RotationNotDue(1)"
        );
        let reverted = SendError::RevertedOnChain {
            label: "x",
            tx_hash: TxHash::ZERO,
            revert: Some(revert),
        };
        assert_eq!(reverted.revert_name(), Some("RotationNotDue"));
        let stuck = SendError::Stuck {
            label: "x",
            nonce: 1,
            hashes: vec![],
        };
        assert_eq!(stuck.revert_name(), None);
    }

    #[test]
    fn first_fees_are_twice_the_base_fee_plus_the_tip_under_the_cap() {
        assert_eq!(initial_fees(100, 10, 1_000), Some(fees(210, 10)));
        assert_eq!(initial_fees(100, 10, 150), Some(fees(150, 10)));
        assert_eq!(initial_fees(100, 500, 150), Some(fees(150, 150)));
        assert_eq!(initial_fees(100, 10, 100), Some(fees(100, 10)));
        assert_eq!(initial_fees(101, 10, 100), None);
    }

    #[test]
    fn bumps_raise_both_fees_by_the_percentage_rounded_up() {
        // 13% of 1000 and of 3, rounded up: 1130 and 4 (3.39 -> 4).
        assert_eq!(
            bump_fees(fees(1_000, 3), None, 13, 10_000),
            Some(fees(1_130, 4))
        );
        // Always at least 12.5% on both.
        for (max, tip) in [(1u128, 1u128), (7, 3), (999, 998), (1_000_000_007, 13)] {
            let bumped = bump_fees(fees(max, tip), None, MIN_FEE_BUMP_PERCENT, u128::MAX).unwrap();
            assert!(bumped.max_fee_per_gas * 1_000 >= max * 1_125, "{max}");
            assert!(
                bumped.max_priority_fee_per_gas * 1_000 >= tip * 1_125,
                "{tip}"
            );
        }
        // A risen base fee lifts the fee cap further.
        assert_eq!(
            bump_fees(fees(1_000, 10), Some(900), 13, 10_000),
            Some(fees(1_812, 12))
        );
    }

    #[test]
    fn bumps_stop_at_the_cap() {
        assert_eq!(
            bump_fees(fees(1_000, 10), None, 13, 1_050),
            Some(fees(1_050, 12))
        );
        assert_eq!(bump_fees(fees(1_050, 12), None, 13, 1_050), None);
        // The tip never exceeds the fee cap.
        assert_eq!(
            bump_fees(fees(100, 100), None, 50, 120),
            Some(fees(120, 120))
        );
    }

    #[test]
    fn gas_margin_rounds_up() {
        assert_eq!(with_margin(100_000, 20), 120_000);
        assert_eq!(with_margin(21_001, 10), 23_102);
        assert_eq!(with_margin(5, 0), 5);
        assert_eq!(with_margin(u64::MAX, 50), u64::MAX);
    }

    #[test]
    fn reads_node_refusals() {
        assert_eq!(refusal("already known"), Some(Refusal::AlreadyKnown));
        assert_eq!(
            refusal("nonce too low: next nonce 5, tx nonce 4"),
            Some(Refusal::NonceTooLow)
        );
        assert_eq!(
            refusal("replacement transaction underpriced"),
            Some(Refusal::Underpriced)
        );
        assert_eq!(refusal("insufficient funds for gas * price + value"), None);
        assert_eq!(refusal("transaction underpriced"), None);
    }

    #[test]
    fn validates_the_configuration() {
        assert_eq!(SenderConfig::default().validate(), Ok(()));
        let bad = |change: fn(&mut SenderConfig)| {
            let mut config = SenderConfig::default();
            change(&mut config);
            config.validate().unwrap_err()
        };
        assert_eq!(
            bad(|c| c.fee_bump_percent = 12),
            SenderConfigError::FeeBumpTooSmall { percent: 12 }
        );
        assert_eq!(
            bad(|c| c.confirmations = 0),
            SenderConfigError::NoConfirmations
        );
        assert_eq!(
            bad(|c| c.confirmation_timeout = Duration::ZERO),
            SenderConfigError::NoConfirmationTimeout
        );
        assert_eq!(
            bad(|c| c.poll_interval = Duration::ZERO),
            SenderConfigError::NoPollInterval
        );
        assert_eq!(bad(|c| c.max_fee_per_gas = 0), SenderConfigError::NoFeeCap);
        assert!(matches!(
            bad(|c| c.max_priority_fee_per_gas = c.max_fee_per_gas + 1),
            SenderConfigError::PriorityAboveCap { .. }
        ));
        let minimum = SenderConfig {
            fee_bump_percent: MIN_FEE_BUMP_PERCENT,
            ..SenderConfig::default()
        };
        assert_eq!(minimum.validate(), Ok(()));
    }

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
