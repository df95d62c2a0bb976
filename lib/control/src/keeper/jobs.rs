//! The periodic jobs: rotate the active set when due, forward settled fees, distribute rewards
//! until caught up, forward the excess, and pay closed periods until nothing remains.
//!
//! Every decision is re-read from the chain (one `Automation.status` call), never remembered:
//! a keeper killed at any point, or two keepers at once, can only find work done, and a step
//! another keeper already did (the contract's "not due" error) counts as success.
//!
//! A pass first lets the sender settle what this key still has pending from before (a killed
//! or stopped run), so that the read sees it done. A step is sent only if it is still due in the
//! pending block: a transaction already in the pool (another keeper's) that does it counts as
//! done, which matters for `distributeRewards`, a no-op rather than a revert when repeated.

use std::{
    collections::HashSet,
    sync::{Arc, Mutex},
};

use alloy::{
    eips::BlockId,
    primitives::{Address, Bytes, TxHash, U256},
    providers::DynProvider,
    sol_types::SolCall,
};
use serde_json::json;
use xmtp_bindings::{
    automation::Automation, node_selection_manager::NodeSelectionManager, payers::Payers,
    reward_distributor::RewardDistributor,
};

use super::unix_now;
use super::{
    alerts::{Alert, AlertKind, Alerter},
    config::JobSettings,
    metrics::Metrics,
    one_line,
    sender::{Call, DryRun, Outcome, SendError, Sender},
    status::{Snapshot, Step},
};
use crate::{
    deployments::{self, Deployments, DeploymentsError},
    events::find_event,
    revert::{AlreadyDone, SuiteRevert},
};

/// The suite's contracts the keeper calls, from the deployment record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Contracts {
    /// `Automation`: the one read per tick.
    pub automation: Address,
    /// `NodeSelectionManager`.
    pub selection: Address,
    /// `Payers`.
    pub payers: Address,
    /// `RewardDistributor`.
    pub distributor: Address,
    /// `MisbehaviorReports`.
    pub reports: Address,
    /// `Nodes`.
    pub nodes: Address,
    /// `Delegation`: each operator's pool, for `keeper status`.
    pub delegation: Address,
}

impl Contracts {
    /// The proxies named in `record`.
    pub fn from_deployments(record: &Deployments) -> Result<Self, DeploymentsError> {
        Ok(Self {
            automation: record.proxy(deployments::AUTOMATION)?,
            selection: record.proxy(deployments::NODE_SELECTION_MANAGER)?,
            payers: record.proxy(deployments::PAYERS)?,
            distributor: record.proxy(deployments::REWARD_DISTRIBUTOR)?,
            reports: record.proxy(deployments::MISBEHAVIOR_REPORTS)?,
            nodes: record.proxy(deployments::NODES)?,
            delegation: record.proxy(deployments::DELEGATION)?,
        })
    }
}

/// A step this keeper's transaction did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Done {
    /// The step.
    pub step: Step,
    /// Its transaction.
    pub tx_hash: TxHash,
    /// The block it landed in.
    pub block: u64,
    /// Gas it used.
    pub gas_used: u64,
}

/// A step that failed, with why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepFailure {
    /// The step.
    pub step: Step,
    /// Why, on one line.
    pub reason: String,
}

/// What one pass did.
#[derive(Debug, Clone, Default)]
pub struct TickReport {
    /// Steps done by this keeper, in order.
    pub done: Vec<Done>,
    /// Steps found done by someone else between the read and the send.
    pub already_done: Vec<Step>,
    /// Steps that failed; each is skipped for the rest of the pass.
    pub failures: Vec<StepFailure>,
    /// What a dry run would have sent.
    pub dry_run: Vec<DryRun>,
    /// The state after the pass.
    pub last: Option<Snapshot>,
    /// The sender was stopped during the pass: the steps after it were not tried.
    pub stopped: bool,
}

impl TickReport {
    /// Whether every due step was done (by anyone) or nothing was due.
    pub fn succeeded(&self) -> bool {
        self.failures.is_empty()
    }
}

/// Why a pass could not even read the chain.
#[derive(Debug, thiserror::Error)]
#[error("reading Automation.status failed")]
pub struct ReadError(#[source] pub Box<alloy::contract::Error>);

/// Why a pass did nothing.
#[derive(Debug, thiserror::Error)]
pub enum PassError {
    /// The chain could not be read.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// Transactions of this key from before are still pending (or the sender was stopped
    /// while settling them): no new work is done until they settle.
    #[error("transactions of this key sent before this pass are not settled")]
    Unsettled(#[source] SendError),
}

/// The keeper: reads what is due and sends it through its one sender.
pub struct Keeper {
    provider: DynProvider,
    sender: Arc<Sender>,
    contracts: Contracts,
    chain_id: u64,
    settings: JobSettings,
    /// Nodes per `executePayouts`: the configured size, or `Automation.payoutBatchSize()`.
    payout_batch_size: u64,
    metrics: Arc<Metrics>,
    alerter: Arc<Alerter>,
    /// The rotation deadline last reported as missed, so that a late epoch alerts once.
    missed_reported_for: Mutex<u64>,
}

impl std::fmt::Debug for Keeper {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keeper")
            .field("keeper", &self.sender.address())
            .field("contracts", &self.contracts)
            .field("chain_id", &self.chain_id)
            .finish_non_exhaustive()
    }
}

impl Keeper {
    /// A keeper over `contracts`, reading through `provider` and sending through `sender`, paying
    /// `payout_batch_size` nodes per payout (the configured size, or the one `Automation`
    /// uses: see [`super::setup`]).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        provider: DynProvider,
        sender: Arc<Sender>,
        contracts: Contracts,
        chain_id: u64,
        settings: JobSettings,
        payout_batch_size: u64,
        metrics: Arc<Metrics>,
        alerter: Arc<Alerter>,
    ) -> Self {
        Self {
            provider,
            sender,
            contracts,
            chain_id,
            settings,
            payout_batch_size,
            metrics,
            alerter,
            missed_reported_for: Mutex::new(0),
        }
    }

    /// Nodes paid per `executePayouts`.
    pub fn payout_batch_size(&self) -> u64 {
        self.payout_batch_size
    }

    /// The keeper's address.
    pub fn address(&self) -> Address {
        self.sender.address()
    }

    /// The sender, shared with the relay.
    pub fn sender(&self) -> &Arc<Sender> {
        &self.sender
    }

    /// The contracts driven.
    pub fn contracts(&self) -> &Contracts {
        &self.contracts
    }

    /// Where alerts go (shared with the health watch).
    pub fn alerter(&self) -> &Arc<Alerter> {
        &self.alerter
    }

    /// The metrics updated by every read and send.
    pub fn metrics(&self) -> &Arc<Metrics> {
        &self.metrics
    }

    /// Reads the suite's state: exactly one `eth_call`. Updates the gauges.
    pub async fn snapshot(&self) -> Result<Snapshot, ReadError> {
        let snapshot = Snapshot::read(
            &self.provider,
            self.contracts.automation,
            self.chain_id,
            Some(self.address()),
        )
        .await
        .map_err(|error| ReadError(Box::new(error)))?;
        Metrics::set(&self.metrics.last_rotated_epoch, snapshot.epoch);
        Metrics::set(&self.metrics.next_rotation_at, snapshot.next_rotation_at);
        Metrics::set(&self.metrics.next_payout_at, snapshot.next_payout_at);
        Metrics::set(
            &self.metrics.next_distribution_at,
            snapshot.next_distribution_at,
        );
        let saturate = |value: U256| u64::try_from(value).unwrap_or(u64::MAX);
        Metrics::set(
            &self.metrics.base_pay_reserve,
            saturate(snapshot.base_pay_reserve),
        );
        Metrics::set(
            &self.metrics.base_pay_reserve_months_bps,
            saturate(snapshot.reserve_months_bps),
        );
        Metrics::set(&self.metrics.last_block, snapshot.block_number);
        super::health::observe_snapshot(&self.metrics, &snapshot, unix_now());
        self.metrics
            .set_balance(u128::try_from(snapshot.keeper_balance).unwrap_or(u128::MAX));
        Ok(snapshot)
    }

    /// One pass: does every due step, re-reading the state after each transaction, until nothing
    /// is due, and waits for each transaction's confirmations. An idle pass costs one read.
    pub async fn tick(&self) -> Result<TickReport, PassError> {
        let mut report = TickReport::default();
        self.sender.settle().await.map_err(PassError::Unsettled)?;
        let mut snapshot = self.snapshot().await?;
        self.warn_about(&snapshot).await;
        // Steps that failed, or that a dry run already listed, are not tried again this pass.
        let mut skip: HashSet<Step> = HashSet::new();
        let mut sent: u32 = 0;
        while let Some(step) = snapshot.due.steps().find(|step| !skip.contains(step)) {
            if sent == self.settings.max_transactions_per_tick {
                self.fail(
                    &mut report,
                    step,
                    "transaction_limit",
                    format!(
                        "stopped after {sent} transactions in one pass (jobs.max_transactions_per_tick)"
                    ),
                )
                .await;
                break;
            }
            if !self.due_at_pending(step).await {
                tracing::info!(
                    step = step.name(),
                    "already done by a transaction in the pool (pending block)"
                );
                skip.insert(step);
                report.already_done.push(step);
                continue;
            }
            sent += 1;
            match self.sender.send(&self.call(step)).await {
                Ok(Outcome::Confirmed(receipt)) => {
                    if step == Step::Payout && payouts_processed(&receipt) == Some(U256::ZERO) {
                        skip.insert(step);
                        self.fail(
                            &mut report,
                            step,
                            "no_progress",
                            "executePayouts paid no node".into(),
                        )
                        .await;
                    }
                    tracing::info!(
                        step = step.name(), tx = %receipt.transaction_hash,
                        gas = receipt.gas_used, "step done"
                    );
                    report.done.push(Done {
                        step,
                        tx_hash: receipt.transaction_hash,
                        block: receipt.block_number.unwrap_or_default(),
                        gas_used: receipt.gas_used,
                    });
                }
                Ok(Outcome::DryRun(dry_run)) => {
                    skip.insert(step);
                    report.dry_run.push(dry_run);
                    // Nothing changed on chain: the next due step is in the same snapshot.
                    continue;
                }
                Err(error) if already_done(step, &error) => {
                    tracing::info!(
                        step = step.name(),
                        reason = error.revert_name().unwrap_or_default(),
                        "already done by another keeper"
                    );
                    // Perhaps only in the pending block: the latest may still show it due.
                    skip.insert(step);
                    report.already_done.push(step);
                }
                Err(SendError::Stopped { .. }) => {
                    tracing::info!(step = step.name(), "stopped: no more steps this pass");
                    report.stopped = true;
                    break;
                }
                Err(error) => {
                    skip.insert(step);
                    self.fail(&mut report, step, error.kind(), one_line(&error))
                        .await;
                }
            }
            let before = snapshot;
            snapshot = self.snapshot().await?;
            if snapshot.due.contains(step)
                && !skip.contains(&step)
                && stalled(step, &before, &snapshot)
            {
                skip.insert(step);
                self.fail(
                    &mut report,
                    step,
                    "no_progress",
                    "the transaction landed but the work it should do is still pending".into(),
                )
                .await;
            }
        }
        Metrics::inc(&self.metrics.ticks);
        Metrics::set(&self.metrics.last_tick_at, unix_now());
        report.last = Some(snapshot);
        Ok(report)
    }

    /// Whether `step` is still due with the pool's transactions applied; `true` when the
    /// pending block cannot be read (the simulation still guards the send).
    async fn due_at_pending(&self, step: Step) -> bool {
        let status = Automation::new(self.contracts.automation, &self.provider)
            .status(self.address())
            .call()
            .block(BlockId::pending())
            .await;
        match status {
            Ok(status) => Snapshot::from_status(status, self.chain_id, Some(self.address()))
                .due
                .contains(step),
            Err(error) => {
                tracing::debug!(error = %one_line(&error), "cannot read the pending block");
                true
            }
        }
    }

    /// The call that performs `step`.
    pub fn call(&self, step: Step) -> Call {
        let (to, data, label): (Address, Bytes, &'static str) = match step {
            Step::Rotate => (
                self.contracts.selection,
                NodeSelectionManager::rotateNodesCall {}.abi_encode().into(),
                "NodeSelectionManager.rotateNodes",
            ),
            Step::ForwardFees => (
                self.contracts.payers,
                Payers::forwardFeesCall {}.abi_encode().into(),
                "Payers.forwardFees",
            ),
            Step::Distribute => (
                self.contracts.distributor,
                RewardDistributor::distributeRewardsCall {}
                    .abi_encode()
                    .into(),
                "RewardDistributor.distributeRewards",
            ),
            Step::ForwardExcess => (
                self.contracts.distributor,
                RewardDistributor::forwardExcessCall {}.abi_encode().into(),
                "RewardDistributor.forwardExcess",
            ),
            Step::Payout => (
                self.contracts.distributor,
                RewardDistributor::executePayoutsCall {
                    maxNodes: U256::from(self.payout_batch_size),
                }
                .abi_encode()
                .into(),
                "RewardDistributor.executePayouts",
            ),
        };
        Call { to, data, label }
    }

    async fn fail(
        &self,
        report: &mut TickReport,
        step: Step,
        error_kind: &'static str,
        reason: String,
    ) {
        Metrics::inc(&self.metrics.job_failures);
        tracing::error!(step = step.name(), error_kind, %reason, "step failed");
        // Suppressed by (step, error kind): a fee spike failing the same step every pass posts
        // once, while a different failure of that step still gets through.
        self.alerter
            .send(
                Alert::new(
                    AlertKind::JobFailed,
                    format!("{} failed: {reason}", step.name()),
                    json!({}),
                )
                .with_step(step.name())
                .with_error_kind(error_kind),
            )
            .await;
        report.failures.push(StepFailure { step, reason });
    }

    /// Warns (and alerts) about a missed epoch, a low balance and a low base-pay reserve.
    async fn warn_about(&self, snapshot: &Snapshot) {
        let missed = snapshot.missed_epochs();
        let newly_missed = {
            let mut reported = self
                .missed_reported_for
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let new = missed > 0 && *reported != snapshot.next_rotation_at;
            if new {
                *reported = snapshot.next_rotation_at;
            }
            new
        };
        if newly_missed {
            self.metrics
                .missed_epochs
                .fetch_add(missed, std::sync::atomic::Ordering::Relaxed);
            self.alerter
                .send(Alert {
                    kind: AlertKind::MissedEpoch,
                    message: format!(
                        "{missed} epoch(s) went by without a rotation (it was due at {})",
                        snapshot.next_rotation_at
                    ),
                    details: json!({
                        "epoch": snapshot.epoch,
                        "next_rotation_at": snapshot.next_rotation_at,
                        "missed_epochs": missed,
                    }),
                })
                .await;
        }
        if let Some(alert) = low_reserve(snapshot, self.settings.low_reserve_months_bps) {
            self.alerter.send(alert).await;
        }
        let threshold = U256::from(self.settings.low_balance_wei);
        if snapshot.keeper_balance < threshold {
            self.alerter
                .send(Alert {
                    kind: AlertKind::LowBalance,
                    // The figures go in the details: a stable message lets repeats be suppressed.
                    message: format!(
                        "keeper balance is below {} ETH: top it up",
                        super::status::ether(threshold)
                    ),
                    details: json!({
                        "balance_wei": snapshot.keeper_balance.to_string(),
                        "threshold_wei": threshold.to_string(),
                    }),
                })
                .await;
        }
    }
}

/// The alert when the base-pay reserve covers fewer than `threshold_bps` / 10,000 months of the
/// full set's base pay (never when the threshold is 0).
fn low_reserve(snapshot: &Snapshot, threshold_bps: u64) -> Option<Alert> {
    if threshold_bps == 0 || snapshot.reserve_months_bps >= U256::from(threshold_bps) {
        return None;
    }
    // Exact: the threshold is at most 12,000,000 bps.
    let months = threshold_bps as f64 / 10_000.0;
    Some(Alert {
        kind: AlertKind::LowReserve,
        // The figures go in the details: a stable message lets repeats be suppressed.
        message: format!(
            "the base-pay reserve covers less than {months} month(s) of base pay: fund it \
             (XMTPTreasury.fundBasePayReserve)"
        ),
        details: json!({
            "base_pay_reserve": snapshot.base_pay_reserve.to_string(),
            "months_bps": snapshot.reserve_months_bps.to_string(),
            "threshold_months_bps": threshold_bps,
        }),
    })
}

/// Whether `error` means another keeper did `step` between our read and our transaction.
fn already_done(step: Step, error: &SendError) -> bool {
    let expected = match step {
        Step::Rotate => AlreadyDone::RotationNotDue,
        Step::ForwardFees | Step::ForwardExcess => AlreadyDone::NothingToForward,
        Step::Payout => AlreadyDone::PayoutNotDue,
        // `distributeRewards` does nothing, without reverting, when nothing is pending.
        Step::Distribute => return false,
    };
    error.revert().and_then(SuiteRevert::already_done) == Some(expected)
}

/// Whether a confirmed `step` left its work exactly where it was.
fn stalled(step: Step, before: &Snapshot, after: &Snapshot) -> bool {
    match step {
        Step::Rotate => after.epoch == before.epoch,
        Step::ForwardFees => after.backed_fees >= before.backed_fees,
        Step::Distribute => after.pending_epochs >= before.pending_epochs,
        Step::ForwardExcess => after.pending_excess >= before.pending_excess,
        // A batch can finish one period and reveal the next: judged by its event instead.
        Step::Payout => false,
    }
}

fn payouts_processed(receipt: &alloy::rpc::types::TransactionReceipt) -> Option<U256> {
    find_event::<RewardDistributor::PayoutsExecuted>(receipt).map(|event| event.processed)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`Contracts`] reads exactly the suite table's contracts the keeper needs: a record with only those is
    /// enough, and one without any of them is refused.
    #[test]
    fn test_from_deployments_reads_the_tables_keeper_contracts() {
        let record = |names: &[&str]| {
            let contracts: serde_json::Map<String, serde_json::Value> = names
                .iter()
                .map(|name| {
                    let entry = serde_json::json!({
                        "proxy": Address::repeat_byte(1),
                        "implementation": Address::repeat_byte(2),
                    });
                    (name.to_string(), entry)
                })
                .collect();
            let json = serde_json::json!({"chainId": 1, "contracts": contracts});
            Deployments::from_json(&json.to_string(), "test").unwrap()
        };
        let required = crate::suite::KEEPER_REQUIRED;
        assert!(Contracts::from_deployments(&record(&required)).is_ok());
        for missing in required {
            let fewer: Vec<&str> = required.into_iter().filter(|n| *n != missing).collect();
            assert!(
                Contracts::from_deployments(&record(&fewer)).is_err(),
                "{missing} is not read"
            );
        }
    }
}
