//! The aggregator: it takes witness documents from anyone (`POST /v1/witness`), keeps the
//! signatures that pass every check durably in SQLite, submits a report once a strict majority of
//! the epoch's witnesses signed the same one, and enforces the uptime standard after each window.
//!
//! The intake is public, so every check runs before anything is stored, and a refusal stores
//! nothing: the document must parse (unknown fields refused, at most
//! [`super::witness::MAX_REPORTS`] reports), every report must name the document's epoch, a
//! witnessed kind, at least one request and no more failures than requests, and another node
//! than the witness; the epoch must be closed and still reportable; witness and accused must be
//! in the epoch's active set; every signature must recover (the contract's node rule) to the
//! witness's current signer, which must be enabled. One witness stores at most
//! [`MAX_CANDIDATES_PER_WITNESS`] distinct reports per (node, epoch, kind): an honest witness
//! signs at most two candidates (the floor and the ceiling of its count), and a liar cannot fill
//! the disk with more. Signatures are stored in one form (low `s`, `v` 0/1) and keyed by witness
//! and digest, so a replay, or the same signature malleated, is a duplicate.
//!
//! A (node, epoch, kind) is submitted once: the fewest-failures report that a strict majority of
//! the witnesses (the active set without the accused) signed, its signatures re-checked against
//! the signers the contract will use and sorted by node id; a bad signature is left out rather
//! than sinking the report. What was submitted, or found already reported, is recorded, so a
//! restart never submits it again.

use std::{
    collections::{BTreeMap, BTreeSet, HashMap},
    future::Future,
    path::Path,
    pin::Pin,
    sync::Mutex,
};

use alloy::{
    primitives::{Address, Bytes, B256, U256},
    providers::DynProvider,
    sol_types::{Eip712Domain, SolCall as _},
};
use rusqlite::{params, Connection, OptionalExtension as _};
use serde_json::json;
use xmtp_bindings::{
    misbehavior_reports::{
        INodeQuorum::NodeSignature,
        MisbehaviorReports::{self, MisbehaviorReportsErrors},
    },
    node_selection_manager::NodeSelectionManager,
    nodes::Nodes,
};

use super::store::{open_database, DatabaseError};
use super::witness::{
    report_digest, OnchainReport, SignedReport, WitnessDocument, WitnessError, WITNESSED_KINDS,
};
use crate::evidence::{normalize, recover_signer};
use crate::keeper::{
    http::{IntakeReply, WitnessIntake},
    sender::{Call, Outcome, SendError, Sender},
};

/// The most distinct reports one witness may have stored per (node, epoch, kind): the two
/// candidates an honest witness signs.
pub const MAX_CANDIDATES_PER_WITNESS: usize = 2;

/// The label of a report submission, for logs and errors.
pub const SUBMIT_LABEL: &str = "MisbehaviorReports.submitPerformanceReport";

/// The label of an uptime enforcement.
pub const ENFORCE_LABEL: &str = "MisbehaviorReports.enforceUptime";

/// A chain read that failed.
#[derive(Debug, thiserror::Error)]
#[error("reading {what}")]
pub struct ChainReadError {
    /// The view read, e.g. `currentEpoch`.
    pub what: &'static str,
    /// Why.
    #[source]
    pub source: Box<dyn std::error::Error + Send + Sync>,
}

/// What the aggregator reads from the chain; [`ContractsView`] reads the suite.
pub trait ChainView: Send + Sync + 'static {
    /// `NodeSelectionManager.currentEpoch()`.
    fn current_epoch(&self) -> impl Future<Output = Result<u64, ChainReadError>> + Send;
    /// `NodeSelectionManager.oldestReportableEpoch()`.
    fn oldest_reportable_epoch(&self) -> impl Future<Output = Result<u64, ChainReadError>> + Send;
    /// `NodeSelectionManager.activeNodeIdsAt(epoch)`.
    fn active_node_ids_at(
        &self,
        epoch: u64,
    ) -> impl Future<Output = Result<Vec<u32>, ChainReadError>> + Send;
    /// The current signer of each node, zero for one disabled or unknown (`Nodes.quorumView`).
    fn signers(
        &self,
        node_ids: &[u32],
    ) -> impl Future<Output = Result<Vec<Address>, ChainReadError>> + Send;
    /// Whether `MisbehaviorReports.performanceReportOf(node, epoch, kind)` holds a report.
    fn already_reported(
        &self,
        node_id: u32,
        epoch: u64,
        kind: u8,
    ) -> impl Future<Output = Result<bool, ChainReadError>> + Send;
}

/// The suite's contracts, read over `provider`. Active sets of closed epochs never change and
/// are cached.
#[derive(Debug)]
pub struct ContractsView {
    provider: DynProvider,
    selection: Address,
    nodes: Address,
    reports: Address,
    active: Mutex<BTreeMap<u64, Vec<u32>>>,
}

/// How many epochs' active sets [`ContractsView`] keeps.
const ACTIVE_SETS_CACHED: usize = 16;

fn read_error(what: &'static str) -> impl FnOnce(alloy::contract::Error) -> ChainReadError {
    move |error| ChainReadError {
        what,
        source: Box::new(error),
    }
}

fn to_u64(value: U256, what: &'static str) -> Result<u64, ChainReadError> {
    u64::try_from(value).map_err(|error| ChainReadError {
        what,
        source: Box::new(error),
    })
}

impl ContractsView {
    /// A view of the selection manager, the node registry and `MisbehaviorReports`.
    pub fn new(
        provider: DynProvider,
        selection: Address,
        nodes: Address,
        reports: Address,
    ) -> Self {
        Self {
            provider,
            selection,
            nodes,
            reports,
            active: Mutex::new(BTreeMap::new()),
        }
    }

    /// The `MisbehaviorReports` proxy.
    pub fn reports(&self) -> Address {
        self.reports
    }

    fn manager(&self) -> NodeSelectionManager::NodeSelectionManagerInstance<&DynProvider> {
        NodeSelectionManager::new(self.selection, &self.provider)
    }

    fn misbehavior(&self) -> MisbehaviorReports::MisbehaviorReportsInstance<&DynProvider> {
        MisbehaviorReports::new(self.reports, &self.provider)
    }

    /// `uptimeWindowEpochs()`.
    pub async fn uptime_window_epochs(&self) -> Result<u64, ChainReadError> {
        let value = self
            .misbehavior()
            .uptimeWindowEpochs()
            .call()
            .await
            .map_err(read_error("uptimeWindowEpochs"))?;
        to_u64(value, "uptimeWindowEpochs")
    }

    /// `minUptimeBps()`.
    pub async fn min_uptime_bps(&self) -> Result<u64, ChainReadError> {
        let value = self
            .misbehavior()
            .minUptimeBps()
            .call()
            .await
            .map_err(read_error("minUptimeBps"))?;
        to_u64(value, "minUptimeBps")
    }

    /// `uptimeBps(node, first, count)`.
    pub async fn uptime_bps(
        &self,
        node_id: u32,
        first_epoch: u64,
        count: u64,
    ) -> Result<u64, ChainReadError> {
        let value = self
            .misbehavior()
            .uptimeBps(node_id, first_epoch, U256::from(count))
            .call()
            .await
            .map_err(read_error("uptimeBps"))?;
        to_u64(value, "uptimeBps")
    }

    /// `uptimeEnforcedUntil(node)`.
    pub async fn uptime_enforced_until(&self, node_id: u32) -> Result<u64, ChainReadError> {
        self.misbehavior()
            .uptimeEnforcedUntil(node_id)
            .call()
            .await
            .map_err(read_error("uptimeEnforcedUntil"))
    }
}

impl ChainView for ContractsView {
    async fn current_epoch(&self) -> Result<u64, ChainReadError> {
        let value = self
            .manager()
            .currentEpoch()
            .call()
            .await
            .map_err(read_error("currentEpoch"))?;
        to_u64(value, "currentEpoch")
    }

    async fn oldest_reportable_epoch(&self) -> Result<u64, ChainReadError> {
        let value = self
            .manager()
            .oldestReportableEpoch()
            .call()
            .await
            .map_err(read_error("oldestReportableEpoch"))?;
        to_u64(value, "oldestReportableEpoch")
    }

    async fn active_node_ids_at(&self, epoch: u64) -> Result<Vec<u32>, ChainReadError> {
        if let Some(ids) = lock(&self.active).get(&epoch) {
            return Ok(ids.clone());
        }
        let ids = self
            .manager()
            .activeNodeIdsAt(U256::from(epoch))
            .call()
            .await
            .map_err(read_error("activeNodeIdsAt"))?;
        // Only closed epochs are cached: the current epoch's set may still change.
        if self.current_epoch().await? > epoch {
            let mut cache = lock(&self.active);
            cache.insert(epoch, ids.clone());
            while cache.len() > ACTIVE_SETS_CACHED {
                cache.pop_first();
            }
        }
        Ok(ids)
    }

    async fn signers(&self, node_ids: &[u32]) -> Result<Vec<Address>, ChainReadError> {
        let view = Nodes::new(self.nodes, &self.provider)
            .quorumView(node_ids.to_vec())
            .call()
            .await
            .map_err(read_error("quorumView"))?;
        Ok(view.signers)
    }

    async fn already_reported(
        &self,
        node_id: u32,
        epoch: u64,
        kind: u8,
    ) -> Result<bool, ChainReadError> {
        let report = self
            .misbehavior()
            .performanceReportOf(node_id, epoch, kind)
            .call()
            .await
            .map_err(read_error("performanceReportOf"))?;
        Ok(report.requests != 0)
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Why a witness document was refused. Every variant but [`IntakeError::Chain`] and
/// [`IntakeError::Store`] is the sender's fault (`400`).
#[derive(Debug, thiserror::Error)]
pub enum IntakeError {
    /// The document does not parse.
    #[error(transparent)]
    Document(#[from] WitnessError),
    /// A report names another epoch than its document.
    #[error("report of node {node_id} is about epoch {report_epoch}, the document about {document_epoch}")]
    EpochMismatch {
        /// The accused.
        node_id: u32,
        /// The report's epoch.
        report_epoch: u64,
        /// The document's epoch.
        document_epoch: u64,
    },
    /// Not a witnessed kind.
    #[error("kind {0} is not a witnessed kind (2, 3 or 4)")]
    Kind(u8),
    /// A report that checked nothing.
    #[error("report of node {0} observed no requests")]
    NoRequests(u32),
    /// More failures than requests.
    #[error("report of node {node_id}: {failures} failures of {requests} requests")]
    FailuresExceedRequests {
        /// The accused.
        node_id: u32,
        /// The failures.
        failures: u32,
        /// The requests.
        requests: u32,
    },
    /// A witness reporting on itself.
    #[error("node {0} cannot witness itself")]
    SelfReport(u32),
    /// The epoch is not over.
    #[error("epoch {epoch} is not closed (current epoch {current})")]
    EpochNotClosed {
        /// The epoch.
        epoch: u64,
        /// The current epoch.
        current: u64,
    },
    /// The epoch's report window is closed.
    #[error("epoch {epoch} takes no more reports (oldest reportable epoch {oldest})")]
    EpochClosed {
        /// The epoch.
        epoch: u64,
        /// The oldest reportable epoch.
        oldest: u64,
    },
    /// The witness was not in the epoch's active set.
    #[error("witness {witness} was not active in epoch {epoch}")]
    WitnessNotActive {
        /// The witness.
        witness: u32,
        /// The epoch.
        epoch: u64,
    },
    /// The accused was not in the epoch's active set.
    #[error("node {node_id} was not active in epoch {epoch}")]
    NodeNotActive {
        /// The accused.
        node_id: u32,
        /// The epoch.
        epoch: u64,
    },
    /// The witness has no signer now (disabled or unknown).
    #[error("witness {0} has no enabled signer")]
    NoSigner(u32),
    /// A signature that does not recover to the witness's signer.
    #[error(
        "the signature on the kind {kind} report of node {node_id} is not witness {witness}'s"
    )]
    BadSignature {
        /// The witness.
        witness: u32,
        /// The accused.
        node_id: u32,
        /// The kind.
        kind: u8,
    },
    /// The witness already has its share of distinct reports for this (node, epoch, kind).
    #[error("witness {witness} already signed {MAX_CANDIDATES_PER_WITNESS} different kind {kind} reports of node {node_id} for epoch {epoch}")]
    TooManyCandidates {
        /// The witness.
        witness: u32,
        /// The accused.
        node_id: u32,
        /// The epoch.
        epoch: u64,
        /// The kind.
        kind: u8,
    },
    /// The signature check did not finish (the runtime is shutting down).
    #[error("the signature check did not finish")]
    Verifier,
    /// A chain read failed: nothing can be decided now.
    #[error(transparent)]
    Chain(#[from] ChainReadError),
    /// The aggregator's database failed.
    #[error("aggregator store: {0}")]
    Store(#[from] rusqlite::Error),
}

impl IntakeError {
    /// The HTTP status: `503` when the aggregator cannot decide now, else `400`.
    pub fn status(&self) -> u16 {
        match self {
            Self::Chain(_) | Self::Store(_) | Self::Verifier => 503,
            _ => 400,
        }
    }
}

/// Why an aggregation or enforcement pass failed.
#[derive(Debug, thiserror::Error)]
pub enum AggregateError {
    /// A chain read failed.
    #[error(transparent)]
    Chain(#[from] ChainReadError),
    /// The aggregator's database failed.
    #[error("aggregator store: {0}")]
    Store(#[from] rusqlite::Error),
    /// Its database could not be opened.
    #[error(transparent)]
    Database(#[from] DatabaseError),
    /// A send failed for a reason that may pass (the work is retried on the next pass).
    #[error(transparent)]
    Send(Box<SendError>),
}

impl From<SendError> for AggregateError {
    fn from(error: SendError) -> Self {
        Self::Send(Box::new(error))
    }
}

/// What the intake took from one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Accepted {
    /// Signatures stored now.
    pub accepted: usize,
    /// Signatures already held (or of reports already done).
    pub duplicates: usize,
}

/// A report ready to submit: a strict majority of the witnesses signed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    /// The report.
    pub report: OnchainReport,
    /// Its digest (the report id).
    pub digest: B256,
    /// The valid signatures, ascending by witness node id.
    pub signatures: Vec<(u32, Bytes)>,
    /// The epoch's witnesses (the active set without the accused).
    pub witnesses: usize,
    /// The signatures needed.
    pub quorum: usize,
}

/// How a submission ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Submitted {
    /// Sent and confirmed.
    Confirmed(alloy::primitives::TxHash),
    /// The (node, epoch, kind) already had a report: nothing sent.
    AlreadyReported,
    /// The contract refused it for good (e.g. the report window closed): recorded, never
    /// retried.
    Refused(&'static str),
    /// A dry run: nothing sent, nothing recorded.
    DryRun,
}

/// How the enforcement of one node's window ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Enforced {
    /// Slashed by our transaction.
    Confirmed(alloy::primitives::TxHash),
    /// Not punishable (above the threshold, too few reported epochs, already enforced): the
    /// reason, recorded once.
    Skipped(&'static str),
    /// A dry run.
    DryRun,
}

/// The quorum of a report on a node of an active set of `active` nodes: a strict majority of
/// its `active - 1` witnesses (the contract's `(size - 1) / 2 + 1`).
pub fn quorum(active: usize) -> usize {
    active.saturating_sub(1) / 2 + 1
}

/// Chooses, among the candidate reports of one (node, epoch, kind), the one to submit: the
/// fewest failures among those that `quorum` of `witnesses` signed validly. `signers` maps each
/// witness to its current signer (zero: disabled). Candidates are `(report, digest, signatures
/// by witness)`; a signature of a non-witness, or one that does not recover to its witness's
/// signer, is left out.
pub fn choose(
    candidates: &[(OnchainReport, B256, BTreeMap<u32, Bytes>)],
    witnesses: &BTreeSet<u32>,
    signers: &HashMap<u32, Address>,
) -> Option<Submission> {
    let quorum = witnesses.len() / 2 + 1;
    let mut ordered: Vec<_> = candidates.iter().collect();
    ordered.sort_by_key(|(report, digest, _)| (report.failures, *digest));
    for (report, digest, signatures) in ordered {
        let valid: Vec<(u32, Bytes)> = signatures
            .iter()
            .filter(|(witness, signature)| {
                witnesses.contains(witness)
                    && signers
                        .get(witness)
                        .filter(|signer| !signer.is_zero())
                        .is_some_and(|signer| {
                            recover_signer(digest, signature).ok() == Some(*signer)
                        })
            })
            .map(|(witness, signature)| (*witness, signature.clone()))
            .collect();
        if valid.len() >= quorum {
            return Some(Submission {
                report: report.clone(),
                digest: *digest,
                signatures: valid,
                witnesses: witnesses.len(),
                quorum,
            });
        }
    }
    None
}

/// Collects witness signatures and submits the reports a majority signed.
pub struct Aggregator<C> {
    chain: C,
    domain: Eip712Domain,
    conn: Mutex<Connection>,
}

impl<C> std::fmt::Debug for Aggregator<C> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Aggregator")
            .field("domain", &self.domain)
            .finish_non_exhaustive()
    }
}

fn sql_u64(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

fn now_secs() -> i64 {
    sql_u64(crate::keeper::unix_now())
}

impl<C: ChainView> Aggregator<C> {
    /// An aggregator reading `chain`, checking signatures in `domain` (the `MisbehaviorReports`
    /// proxy's), storing in the SQLite file `path` (created; it may be the watcher's own file).
    pub fn open(path: &Path, chain: C, domain: Eip712Domain) -> Result<Self, AggregateError> {
        let conn = open_database(
            path,
            "CREATE TABLE IF NOT EXISTS witness_signatures (
                node_id INTEGER NOT NULL,
                epoch INTEGER NOT NULL,
                kind INTEGER NOT NULL,
                digest BLOB NOT NULL,
                witness_node_id INTEGER NOT NULL,
                requests INTEGER NOT NULL,
                failures INTEGER NOT NULL,
                average_response_ms INTEGER NOT NULL,
                signature BLOB NOT NULL,
                received_at INTEGER NOT NULL,
                PRIMARY KEY (node_id, epoch, kind, witness_node_id, digest)
            );
            CREATE TABLE IF NOT EXISTS witness_reports_done (
                node_id INTEGER NOT NULL,
                epoch INTEGER NOT NULL,
                kind INTEGER NOT NULL,
                digest BLOB,
                outcome TEXT NOT NULL,
                tx_hash TEXT,
                at INTEGER NOT NULL,
                PRIMARY KEY (node_id, epoch, kind)
            );
            CREATE TABLE IF NOT EXISTS uptime_windows_judged (
                first_epoch INTEGER NOT NULL,
                window_epochs INTEGER NOT NULL,
                at INTEGER NOT NULL,
                PRIMARY KEY (first_epoch, window_epochs)
            );
            CREATE TABLE IF NOT EXISTS uptime_enforcement (
                node_id INTEGER NOT NULL,
                first_epoch INTEGER NOT NULL,
                outcome TEXT NOT NULL,
                tx_hash TEXT,
                at INTEGER NOT NULL,
                PRIMARY KEY (node_id, first_epoch)
            );",
        )?;
        Ok(Self {
            chain,
            domain,
            conn: Mutex::new(conn),
        })
    }

    /// The chain view.
    pub fn chain(&self) -> &C {
        &self.chain
    }

    /// Checks a witness document (raw JSON) and stores its signatures; nothing is stored
    /// unless every check passes.
    pub async fn accept(&self, body: &[u8]) -> Result<Accepted, IntakeError> {
        let document = WitnessDocument::from_json(body)?;
        let witness = document.witness_node_id;
        let epoch = document.epoch;
        for report in &document.reports {
            check_alone(report, witness, epoch)?;
        }
        let current = self.chain.current_epoch().await?;
        if epoch >= current {
            return Err(IntakeError::EpochNotClosed { epoch, current });
        }
        let oldest = self.chain.oldest_reportable_epoch().await?;
        if epoch < oldest {
            return Err(IntakeError::EpochClosed { epoch, oldest });
        }
        let active: BTreeSet<u32> = self
            .chain
            .active_node_ids_at(epoch)
            .await?
            .into_iter()
            .collect();
        if !active.contains(&witness) {
            return Err(IntakeError::WitnessNotActive { witness, epoch });
        }
        if let Some(report) = document
            .reports
            .iter()
            .find(|report| !active.contains(&report.node_id))
        {
            return Err(IntakeError::NodeNotActive {
                node_id: report.node_id,
                epoch,
            });
        }
        let signer = self
            .chain
            .signers(&[witness])
            .await?
            .first()
            .copied()
            .filter(|signer| !signer.is_zero())
            .ok_or(IntakeError::NoSigner(witness))?;
        // Up to a thousand recoveries: off the runtime's threads.
        let domain = self.domain.clone();
        let total = document.reports.len();
        let rows = tokio::task::spawn_blocking(move || verify(document, &domain, signer))
            .await
            .map_err(|_| IntakeError::Verifier)??;
        self.store(witness, epoch, &rows, total)
    }

    /// Stores `rows` in one transaction, after the per-witness bound; all or nothing.
    fn store(
        &self,
        witness: u32,
        epoch: u64,
        rows: &BTreeMap<(u32, u8, B256), (SignedReport, [u8; 65])>,
        total: usize,
    ) -> Result<Accepted, IntakeError> {
        let mut conn = lock(&self.conn);
        let tx = conn.transaction()?;
        let mut accepted = 0;
        let mut per_key: BTreeMap<(u32, u8), BTreeSet<B256>> = BTreeMap::new();
        for ((node_id, kind, digest), (report, signature)) in rows {
            let done: bool = tx
                .query_row(
                    "SELECT 1 FROM witness_reports_done WHERE node_id = ?1 AND epoch = ?2 AND kind = ?3",
                    params![node_id, sql_u64(epoch), kind],
                    |_| Ok(()),
                )
                .optional()?
                .is_some();
            if done {
                continue;
            }
            let held = match per_key.entry((*node_id, *kind)) {
                std::collections::btree_map::Entry::Occupied(entry) => entry.into_mut(),
                std::collections::btree_map::Entry::Vacant(entry) => {
                    let mut statement = tx.prepare_cached(
                        "SELECT digest FROM witness_signatures
                         WHERE node_id = ?1 AND epoch = ?2 AND kind = ?3 AND witness_node_id = ?4",
                    )?;
                    let digests = statement
                        .query_map(params![node_id, sql_u64(epoch), kind, witness], |row| {
                            row.get::<_, Vec<u8>>(0)
                        })?
                        .map(|digest| digest.map(|bytes| B256::left_padding_from(&bytes)))
                        .collect::<Result<BTreeSet<_>, _>>()?;
                    entry.insert(digests)
                }
            };
            held.insert(*digest);
            if held.len() > MAX_CANDIDATES_PER_WITNESS {
                // Dropping the transaction rolls back what this document stored so far.
                return Err(IntakeError::TooManyCandidates {
                    witness,
                    node_id: *node_id,
                    epoch,
                    kind: *kind,
                });
            }
            accepted += tx.execute(
                "INSERT OR IGNORE INTO witness_signatures
                 (node_id, epoch, kind, digest, witness_node_id, requests, failures,
                  average_response_ms, signature, received_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    node_id,
                    sql_u64(epoch),
                    kind,
                    digest.as_slice(),
                    witness,
                    report.requests,
                    report.failures,
                    report.average_response_ms,
                    signature.as_slice(),
                    now_secs()
                ],
            )?;
        }
        tx.commit()?;
        Ok(Accepted {
            accepted,
            duplicates: total - accepted,
        })
    }

    /// How many signatures are stored for (node, epoch, kind).
    pub fn stored_signatures(
        &self,
        node_id: u32,
        epoch: u64,
        kind: u8,
    ) -> Result<usize, AggregateError> {
        let count: i64 = lock(&self.conn).query_row(
            "SELECT COUNT(*) FROM witness_signatures WHERE node_id = ?1 AND epoch = ?2 AND kind = ?3",
            params![node_id, sql_u64(epoch), kind],
            |row| row.get(0),
        )?;
        Ok(usize::try_from(count).unwrap_or_default())
    }

    /// How many signatures are stored in all.
    pub fn total_signatures(&self) -> Result<usize, AggregateError> {
        let count: i64 =
            lock(&self.conn).query_row("SELECT COUNT(*) FROM witness_signatures", [], |row| {
                row.get(0)
            })?;
        Ok(usize::try_from(count).unwrap_or_default())
    }

    /// What was recorded for (node, epoch, kind): the outcome (`submitted`, `already_reported`,
    /// or a refusal's name) and the transaction, if any.
    pub fn done(
        &self,
        node_id: u32,
        epoch: u64,
        kind: u8,
    ) -> Result<Option<(String, Option<String>)>, AggregateError> {
        Ok(lock(&self.conn)
            .query_row(
                "SELECT outcome, tx_hash FROM witness_reports_done
                 WHERE node_id = ?1 AND epoch = ?2 AND kind = ?3",
                params![node_id, sql_u64(epoch), kind],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?)
    }

    fn record_done(
        &self,
        submission: &Submission,
        outcome: &str,
        tx_hash: Option<String>,
    ) -> Result<(), AggregateError> {
        let report = &submission.report;
        lock(&self.conn).execute(
            "INSERT OR REPLACE INTO witness_reports_done
             (node_id, epoch, kind, digest, outcome, tx_hash, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                report.nodeId,
                sql_u64(report.epoch),
                report.kind,
                submission.digest.as_slice(),
                outcome,
                tx_hash,
                now_secs()
            ],
        )?;
        Ok(())
    }

    /// The reports ready to submit: for each (node, epoch, kind) of a reportable epoch not done
    /// yet, the fewest-failures report a strict majority of its witnesses signed (see
    /// [`choose`]). Signatures of epochs no longer reportable are deleted.
    pub async fn plan(&self) -> Result<Vec<Submission>, AggregateError> {
        let current = self.chain.current_epoch().await?;
        let oldest = self.chain.oldest_reportable_epoch().await?;
        lock(&self.conn).execute(
            "DELETE FROM witness_signatures WHERE epoch < ?1",
            [sql_u64(oldest)],
        )?;
        let groups: Vec<(u32, i64, u8)> = {
            let conn = lock(&self.conn);
            let mut statement = conn.prepare(
                "SELECT DISTINCT s.node_id, s.epoch, s.kind FROM witness_signatures s
                 WHERE s.epoch >= ?1 AND s.epoch < ?2 AND NOT EXISTS (
                   SELECT 1 FROM witness_reports_done d
                   WHERE d.node_id = s.node_id AND d.epoch = s.epoch AND d.kind = s.kind)
                 ORDER BY s.epoch, s.node_id, s.kind",
            )?;
            let rows = statement.query_map(params![sql_u64(oldest), sql_u64(current)], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?))
            })?;
            rows.collect::<Result<_, _>>()?
        };
        let mut epochs: HashMap<u64, (BTreeSet<u32>, HashMap<u32, Address>)> = HashMap::new();
        let mut plans = Vec::new();
        for (node_id, epoch, kind) in groups {
            let epoch = u64::try_from(epoch).unwrap_or_default();
            if let std::collections::hash_map::Entry::Vacant(entry) = epochs.entry(epoch) {
                let active: BTreeSet<u32> = self
                    .chain
                    .active_node_ids_at(epoch)
                    .await?
                    .into_iter()
                    .collect();
                let ids: Vec<u32> = active.iter().copied().collect();
                let signers = self.chain.signers(&ids).await?;
                entry.insert((active, ids.into_iter().zip(signers).collect()));
            }
            let Some((active, signers)) = epochs.get(&epoch) else {
                continue;
            };
            if !active.contains(&node_id) {
                continue;
            }
            let witnesses: BTreeSet<u32> =
                active.iter().copied().filter(|id| *id != node_id).collect();
            let candidates = self.candidates(node_id, epoch, kind)?;
            if let Some(plan) = choose(&candidates, &witnesses, signers) {
                plans.push(plan);
            }
        }
        Ok(plans)
    }

    #[allow(clippy::type_complexity)]
    fn candidates(
        &self,
        node_id: u32,
        epoch: u64,
        kind: u8,
    ) -> Result<Vec<(OnchainReport, B256, BTreeMap<u32, Bytes>)>, AggregateError> {
        let conn = lock(&self.conn);
        let mut statement = conn.prepare(
            "SELECT digest, requests, failures, average_response_ms, witness_node_id, signature
             FROM witness_signatures WHERE node_id = ?1 AND epoch = ?2 AND kind = ?3",
        )?;
        let rows = statement.query_map(params![node_id, sql_u64(epoch), kind], |row| {
            Ok((
                row.get::<_, Vec<u8>>(0)?,
                row.get::<_, u32>(1)?,
                row.get::<_, u32>(2)?,
                row.get::<_, u32>(3)?,
                row.get::<_, u32>(4)?,
                row.get::<_, Vec<u8>>(5)?,
            ))
        })?;
        let mut by_digest: BTreeMap<B256, (OnchainReport, BTreeMap<u32, Bytes>)> = BTreeMap::new();
        for row in rows {
            let (digest, requests, failures, average_response_ms, witness, signature) = row?;
            let digest = B256::left_padding_from(&digest);
            let entry = by_digest.entry(digest).or_insert_with(|| {
                (
                    OnchainReport {
                        nodeId: node_id,
                        epoch,
                        kind,
                        requests,
                        failures,
                        averageResponseMs: average_response_ms,
                    },
                    BTreeMap::new(),
                )
            });
            entry.1.insert(witness, Bytes::from(signature));
        }
        Ok(by_digest
            .into_iter()
            // A stored row whose fields do not hash to its digest is never submitted.
            .filter(|(digest, (report, _))| report_digest(report, &self.domain) == *digest)
            .map(|(digest, (report, signatures))| (report, digest, signatures))
            .collect())
    }

    /// Submits `submission` through `sender` to `MisbehaviorReports` at `reports`, unless the
    /// (node, epoch, kind) already has a report; records the outcome so that it is never sent
    /// again. A refusal that may pass (too few valid signatures now) is returned as an error and
    /// retried on a later pass.
    pub async fn submit(
        &self,
        sender: &Sender,
        reports: Address,
        submission: &Submission,
    ) -> Result<Submitted, AggregateError> {
        let report = &submission.report;
        if self
            .chain
            .already_reported(report.nodeId, report.epoch, report.kind)
            .await?
        {
            self.record_done(submission, "already_reported", None)?;
            return Ok(Submitted::AlreadyReported);
        }
        let call = Call {
            to: reports,
            data: MisbehaviorReports::submitPerformanceReportCall {
                report: report.clone(),
                signatures: submission
                    .signatures
                    .iter()
                    .map(|(node_id, signature)| NodeSignature {
                        nodeId: *node_id,
                        signature: signature.clone(),
                    })
                    .collect(),
            }
            .abi_encode()
            .into(),
            label: SUBMIT_LABEL,
        };
        match sender.send(&call).await {
            Ok(Outcome::Confirmed(receipt)) => {
                self.record_done(
                    submission,
                    "submitted",
                    Some(receipt.transaction_hash.to_string()),
                )?;
                Ok(Submitted::Confirmed(receipt.transaction_hash))
            }
            Ok(Outcome::DryRun(_)) => Ok(Submitted::DryRun),
            Err(error) => {
                let errors = error
                    .revert()
                    .and_then(|revert| revert.errors::<MisbehaviorReportsErrors>());
                match errors {
                    Some(MisbehaviorReportsErrors::AlreadyReported(_)) => {
                        self.record_done(submission, "already_reported", None)?;
                        Ok(Submitted::AlreadyReported)
                    }
                    Some(
                        refusal @ (MisbehaviorReportsErrors::ReportEpochClosed(_)
                        | MisbehaviorReportsErrors::NodeNotActiveInEpoch(_)
                        | MisbehaviorReportsErrors::InvalidReportKind(_)
                        | MisbehaviorReportsErrors::NoRequestsObserved(_)
                        | MisbehaviorReportsErrors::FailuresExceedRequests(_)),
                    ) => {
                        let name = refusal_name(&refusal);
                        self.record_done(submission, name, None)?;
                        Ok(Submitted::Refused(name))
                    }
                    _ => Err(error.into()),
                }
            }
        }
    }

    /// One pass: [`Aggregator::plan`], then [`Aggregator::submit`] each; a failed submission is
    /// logged and retried next pass.
    pub async fn run_once(
        &self,
        sender: &Sender,
        reports: Address,
    ) -> Result<Vec<(Submission, Submitted)>, AggregateError> {
        let mut done = Vec::new();
        for submission in self.plan().await? {
            match self.submit(sender, reports, &submission).await {
                Ok(outcome) => done.push((submission, outcome)),
                Err(error) => tracing::warn!(
                    node_id = submission.report.nodeId,
                    epoch = submission.report.epoch,
                    kind = submission.report.kind,
                    error = %crate::keeper::one_line(&error),
                    "submitting a performance report failed: will retry"
                ),
            }
        }
        Ok(done)
    }

    /// What was recorded for the uptime window of `node_id` starting at `first_epoch`.
    pub fn enforcement(
        &self,
        node_id: u32,
        first_epoch: u64,
    ) -> Result<Option<String>, AggregateError> {
        Ok(lock(&self.conn)
            .query_row(
                "SELECT outcome FROM uptime_enforcement WHERE node_id = ?1 AND first_epoch = ?2",
                params![node_id, sql_u64(first_epoch)],
                |row| row.get(0),
            )
            .optional()?)
    }

    fn record_enforcement(
        &self,
        node_id: u32,
        first_epoch: u64,
        outcome: &str,
        tx_hash: Option<String>,
    ) -> Result<(), AggregateError> {
        lock(&self.conn).execute(
            "INSERT OR REPLACE INTO uptime_enforcement (node_id, first_epoch, outcome, tx_hash, at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![node_id, sql_u64(first_epoch), outcome, tx_hash, now_secs()],
        )?;
        Ok(())
    }
}

impl Aggregator<ContractsView> {
    /// Enforces the uptime standard over the last closed window `[k·w, (k+1)·w)` once its every
    /// epoch is final (no longer reportable): for each node active in the window, not judged
    /// before, and below `minUptimeBps`, `enforceUptime(node, k·w)` through `sender`
    /// (simulated first); a known refusal (too few reported epochs, above the threshold,
    /// already enforced) is recorded once and never retried. Once every node of the window is
    /// judged, the window is marked and later passes read nothing for it.
    pub async fn enforce_uptime(
        &self,
        sender: &Sender,
    ) -> Result<Vec<(u32, u64, Enforced)>, AggregateError> {
        let view = &self.chain;
        let window = view.uptime_window_epochs().await?;
        let oldest = view.oldest_reportable_epoch().await?;
        // Every epoch of the window must be final: the last one may still take its report.
        let Some(first) = (oldest / window.max(1)).checked_sub(1).map(|k| k * window) else {
            return Ok(Vec::new());
        };
        let end = first + window;
        // A window whose every node was judged needs no more reads.
        let judged = lock(&self.conn)
            .query_row(
                "SELECT 1 FROM uptime_windows_judged WHERE first_epoch = ?1 AND window_epochs = ?2",
                params![sql_u64(first), sql_u64(window)],
                |_| Ok(()),
            )
            .optional()?
            .is_some();
        if judged {
            return Ok(Vec::new());
        }
        let mut unfinished = false;
        let mut nodes = BTreeSet::new();
        for epoch in first..end {
            nodes.extend(view.active_node_ids_at(epoch).await?);
        }
        let threshold = view.min_uptime_bps().await?;
        let mut outcomes = Vec::new();
        for node_id in nodes {
            if self.enforcement(node_id, first)?.is_some() {
                continue;
            }
            let skip = |reason: &'static str| -> Result<Enforced, AggregateError> {
                self.record_enforcement(node_id, first, reason, None)?;
                Ok(Enforced::Skipped(reason))
            };
            let outcome = if view.uptime_enforced_until(node_id).await? > first {
                skip("WindowAlreadyEnforced")?
            } else if view.uptime_bps(node_id, first, window).await? >= threshold {
                skip("UptimeAboveThreshold")?
            } else {
                let call = Call {
                    to: view.reports(),
                    data: MisbehaviorReports::enforceUptimeCall {
                        nodeId: node_id,
                        firstEpoch: first,
                    }
                    .abi_encode()
                    .into(),
                    label: ENFORCE_LABEL,
                };
                match sender.send(&call).await {
                    Ok(Outcome::Confirmed(receipt)) => {
                        self.record_enforcement(
                            node_id,
                            first,
                            "enforced",
                            Some(receipt.transaction_hash.to_string()),
                        )?;
                        Enforced::Confirmed(receipt.transaction_hash)
                    }
                    Ok(Outcome::DryRun(_)) => {
                        unfinished = true;
                        Enforced::DryRun
                    }
                    Err(error) => {
                        let errors = error
                            .revert()
                            .and_then(|revert| revert.errors::<MisbehaviorReportsErrors>());
                        match errors {
                            Some(
                                refusal @ (MisbehaviorReportsErrors::TooFewReportedEpochs(_)
                                | MisbehaviorReportsErrors::UptimeAboveThreshold(_)
                                | MisbehaviorReportsErrors::WindowAlreadyEnforced(_)
                                | MisbehaviorReportsErrors::UnalignedUptimeWindow(_)),
                            ) => skip(refusal_name(&refusal))?,
                            _ => {
                                tracing::warn!(
                                    node_id,
                                    first_epoch = first,
                                    error = %crate::keeper::one_line(&error),
                                    "enforcing uptime failed: will retry"
                                );
                                unfinished = true;
                                continue;
                            }
                        }
                    }
                }
            };
            outcomes.push((node_id, first, outcome));
        }
        if !unfinished {
            lock(&self.conn).execute(
                "INSERT OR IGNORE INTO uptime_windows_judged (first_epoch, window_epochs, at)
                 VALUES (?1, ?2, ?3)",
                params![sql_u64(first), sql_u64(window), now_secs()],
            )?;
        }
        Ok(outcomes)
    }
}

/// The Solidity name of a `MisbehaviorReports` error.
fn refusal_name(error: &MisbehaviorReportsErrors) -> &'static str {
    use crate::revert::ContractErrors as _;
    error.error_name()
}

/// The document's reports by (node, kind, digest), each with its signature in the one stored
/// form, once every signature recovers to `signer`.
#[allow(clippy::type_complexity)]
fn verify(
    document: WitnessDocument,
    domain: &Eip712Domain,
    signer: Address,
) -> Result<BTreeMap<(u32, u8, B256), (SignedReport, [u8; 65])>, IntakeError> {
    let witness = document.witness_node_id;
    let mut rows = BTreeMap::new();
    for report in document.reports {
        let digest = report_digest(&report.report(), domain);
        let bad = || IntakeError::BadSignature {
            witness,
            node_id: report.node_id,
            kind: report.kind,
        };
        let (canonical, recovered) = normalize(&digest, &report.signature).map_err(|_| bad())?;
        if recovered != signer {
            return Err(bad());
        }
        rows.insert((report.node_id, report.kind, digest), (report, canonical));
    }
    Ok(rows)
}

/// A report's checks that need no chain read.
fn check_alone(report: &SignedReport, witness: u32, epoch: u64) -> Result<(), IntakeError> {
    if report.epoch != epoch {
        return Err(IntakeError::EpochMismatch {
            node_id: report.node_id,
            report_epoch: report.epoch,
            document_epoch: epoch,
        });
    }
    if !WITNESSED_KINDS.contains(&report.kind) {
        return Err(IntakeError::Kind(report.kind));
    }
    if report.requests == 0 {
        return Err(IntakeError::NoRequests(report.node_id));
    }
    if report.failures > report.requests {
        return Err(IntakeError::FailuresExceedRequests {
            node_id: report.node_id,
            failures: report.failures,
            requests: report.requests,
        });
    }
    if report.node_id == witness {
        return Err(IntakeError::SelfReport(witness));
    }
    Ok(())
}

impl<C: ChainView> WitnessIntake for Aggregator<C> {
    fn submit(
        &self,
        body: hyper::body::Bytes,
    ) -> Pin<Box<dyn Future<Output = IntakeReply> + Send + '_>> {
        Box::pin(async move {
            match self.accept(&body).await {
                Ok(Accepted {
                    accepted: 0,
                    duplicates,
                }) => IntakeReply::new(200, json!({ "accepted": 0, "duplicates": duplicates })),
                Ok(Accepted { accepted, .. }) => {
                    IntakeReply::new(202, json!({ "accepted": accepted }))
                }
                Err(error) if error.status() == 400 => {
                    IntakeReply::error(400, crate::keeper::one_line(&error))
                }
                Err(error) => {
                    tracing::warn!(error = %crate::keeper::one_line(&error), "witness intake: cannot decide now");
                    IntakeReply::error(503, "temporarily unavailable, try again later")
                        .with_retry_after(30)
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::signature::malleate;
    use crate::watch::witness::{domain, WitnessSigner};
    use alloy::signers::local::PrivateKeySigner;
    use std::path::PathBuf;
    use std::sync::atomic::{AtomicBool, Ordering};

    /// Epoch 7 is closed and reportable (current 8, oldest 7); nodes 100..=104 were active in
    /// it, and 105 is a registered node that was not.
    struct FakeChain {
        keys: Mutex<BTreeMap<u32, PrivateKeySigner>>,
        active: Vec<u32>,
        current: u64,
        oldest: u64,
        reported: AtomicBool,
    }

    impl ChainView for Arc<FakeChain> {
        async fn current_epoch(&self) -> Result<u64, ChainReadError> {
            Ok(self.current)
        }
        async fn oldest_reportable_epoch(&self) -> Result<u64, ChainReadError> {
            Ok(self.oldest)
        }
        async fn active_node_ids_at(&self, _epoch: u64) -> Result<Vec<u32>, ChainReadError> {
            Ok(self.active.clone())
        }
        async fn signers(&self, node_ids: &[u32]) -> Result<Vec<Address>, ChainReadError> {
            let keys = lock(&self.keys);
            Ok(node_ids
                .iter()
                .map(|id| {
                    keys.get(id)
                        .map_or(Address::ZERO, PrivateKeySigner::address)
                })
                .collect())
        }
        async fn already_reported(&self, _: u32, _: u64, _: u8) -> Result<bool, ChainReadError> {
            Ok(self.reported.load(Ordering::SeqCst))
        }
    }

    use std::sync::Arc;

    const EPOCH: u64 = 7;
    const ACCUSED: u32 = 100;

    struct Setup {
        chain: Arc<FakeChain>,
        aggregator: Aggregator<Arc<FakeChain>>,
        path: PathBuf,
        dir: PathBuf,
    }

    impl Drop for Setup {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }

    fn test_domain() -> Eip712Domain {
        domain(31_337, Address::repeat_byte(9))
    }

    fn setup(name: &str) -> Setup {
        let dir = std::env::temp_dir().join(format!("aggregate-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let keys = (100..=105)
            .map(|id| (id, PrivateKeySigner::random()))
            .collect();
        let chain = Arc::new(FakeChain {
            keys: Mutex::new(keys),
            active: vec![104, 100, 101, 103, 102],
            current: EPOCH + 1,
            oldest: EPOCH,
            reported: AtomicBool::new(false),
        });
        let path = dir.join("watch.sqlite3");
        let aggregator = Aggregator::open(&path, Arc::clone(&chain), test_domain()).expect("opens");
        Setup {
            chain,
            aggregator,
            path,
            dir,
        }
    }

    impl Setup {
        fn witness(&self, id: u32) -> WitnessSigner {
            let key = lock(&self.chain.keys).get(&id).cloned().expect("a node");
            WitnessSigner::new(key, id, test_domain())
        }

        fn document(&self, witness: u32, reports: &[OnchainReport]) -> Vec<u8> {
            self.witness(witness)
                .document(EPOCH, reports)
                .expect("signs")
                .to_json()
        }

        async fn post(&self, body: &[u8]) -> IntakeReply {
            WitnessIntake::submit(&self.aggregator, hyper::body::Bytes::copy_from_slice(body)).await
        }

        /// Asserts `body` is refused with 400 and stores nothing.
        async fn refused(&self, body: &[u8], why: &str) {
            let before = self.aggregator.total_signatures().expect("counts");
            let reply = self.post(body).await;
            assert_eq!(reply.status, 400, "{why}: {reply:?}");
            assert!(reply.body["error"].is_string(), "{why}: {reply:?}");
            assert_eq!(
                self.aggregator.total_signatures().expect("counts"),
                before,
                "{why}: nothing stored"
            );
        }
    }

    fn report(node_id: u32, failures: u32) -> OnchainReport {
        OnchainReport {
            nodeId: node_id,
            epoch: EPOCH,
            kind: 2,
            requests: 10_000,
            failures,
            averageResponseMs: 0,
        }
    }

    #[tokio::test]
    async fn test_accept_stores_a_valid_document_and_answers_202() {
        let s = setup("valid");
        let reply = s
            .post(&s.document(101, &[report(ACCUSED, 0), report(102, 500)]))
            .await;
        assert_eq!(reply.status, 202, "{reply:?}");
        assert_eq!(reply.body, json!({"accepted": 2}));
        assert_eq!(
            s.aggregator
                .stored_signatures(ACCUSED, EPOCH, 2)
                .expect("counts"),
            1
        );
    }

    #[tokio::test]
    async fn test_accept_replay_is_an_idempotent_200() {
        let s = setup("replay");
        let body = s.document(101, &[report(ACCUSED, 0)]);
        assert_eq!(s.post(&body).await.status, 202);
        let again = s.post(&body).await;
        assert_eq!(again.status, 200, "{again:?}");
        assert_eq!(again.body, json!({"accepted": 0, "duplicates": 1}));
        assert_eq!(s.aggregator.total_signatures().expect("counts"), 1);
    }

    #[tokio::test]
    async fn test_accept_malleated_signature_is_a_duplicate_not_a_second_row() {
        let s = setup("malleated");
        let mut document = s
            .witness(101)
            .document(EPOCH, &[report(ACCUSED, 0)])
            .expect("signs");
        assert_eq!(s.post(&document.to_json()).await.status, 202);
        let original: [u8; 65] = document.reports[0]
            .signature
            .as_ref()
            .try_into()
            .expect("65");
        let mut high = malleate(&original);
        high[64] += 27; // and v 27/28, as Ethereum tooling writes it
        document.reports[0].signature = Bytes::copy_from_slice(&high);
        let reply = s.post(&document.to_json()).await;
        assert_eq!(reply.status, 200, "{reply:?}");
        assert_eq!(s.aggregator.total_signatures().expect("counts"), 1);
    }

    #[tokio::test]
    async fn test_accept_forged_signature_is_refused() {
        let s = setup("forged");
        let forger = WitnessSigner::new(PrivateKeySigner::random(), 101, test_domain());
        let body = forger
            .document(EPOCH, &[report(ACCUSED, 10_000)])
            .expect("signs")
            .to_json();
        s.refused(&body, "a key that is not witness 101's").await;
        // Another node's real key, claiming to be 101.
        let mut document = s
            .witness(102)
            .document(EPOCH, &[report(ACCUSED, 10_000)])
            .expect("signs");
        document.witness_node_id = 101;
        s.refused(&document.to_json(), "node 102 signing as 101")
            .await;
        // Garbage signatures.
        let mut document = s
            .witness(101)
            .document(EPOCH, &[report(ACCUSED, 0)])
            .expect("signs");
        document.reports[0].signature = Bytes::from(vec![1u8; 64]);
        s.refused(&document.to_json(), "64 bytes").await;
        document.reports[0].signature = Bytes::from(vec![0u8; 65]);
        s.refused(&document.to_json(), "zero r and s").await;
    }

    #[tokio::test]
    async fn test_accept_signature_over_other_fields_is_refused() {
        let s = setup("tampered");
        let mut document = s
            .witness(101)
            .document(EPOCH, &[report(ACCUSED, 0)])
            .expect("signs");
        document.reports[0].failures = 10_000;
        s.refused(&document.to_json(), "failures changed after signing")
            .await;
    }

    #[tokio::test]
    async fn test_accept_witness_signing_for_itself_is_refused() {
        let s = setup("self");
        s.refused(&s.document(101, &[report(101, 0)]), "a witness on itself")
            .await;
    }

    #[tokio::test]
    async fn test_accept_node_or_witness_outside_the_epochs_set_is_refused() {
        let s = setup("outside");
        s.refused(
            &s.document(101, &[report(105, 10_000)]),
            "accused not active",
        )
        .await;
        s.refused(
            &s.document(105, &[report(ACCUSED, 10_000)]),
            "witness not active",
        )
        .await;
        s.refused(&s.document(101, &[report(999, 10_000)]), "unknown node")
            .await;
    }

    #[tokio::test]
    async fn test_accept_open_or_closed_epochs_are_refused() {
        let s = setup("epochs");
        for epoch in [EPOCH + 1, EPOCH + 5, EPOCH - 1, 0] {
            let mut r = report(ACCUSED, 0);
            r.epoch = epoch;
            let body = s
                .witness(101)
                .document(epoch, &[r])
                .expect("signs")
                .to_json();
            s.refused(&body, &format!("epoch {epoch}")).await;
        }
        // A report naming another epoch than its document.
        let mut r = report(ACCUSED, 0);
        r.epoch = EPOCH - 1;
        s.refused(&s.document(101, &[r]), "epoch mismatch").await;
    }

    #[tokio::test]
    async fn test_accept_bad_fields_are_refused() {
        let s = setup("fields");
        for kind in [0u8, 1, 5, 255] {
            let mut r = report(ACCUSED, 0);
            r.kind = kind;
            s.refused(&s.document(101, &[r]), &format!("kind {kind}"))
                .await;
        }
        let mut r = report(ACCUSED, 0);
        r.requests = 0;
        s.refused(&s.document(101, &[r]), "no requests").await;
        let mut r = report(ACCUSED, 0);
        r.failures = 10_001;
        s.refused(&s.document(101, &[r]), "failures over requests")
            .await;
        s.refused(b"not json", "not JSON").await;
        s.refused(
            br#"{"witness_node_id":101,"epoch":7,"reports":[]}"#,
            "no report",
        )
        .await;
        let mut value: serde_json::Value =
            serde_json::from_slice(&s.document(101, &[report(ACCUSED, 0)])).expect("json");
        value["reports"][0]["bonus"] = 1.into();
        s.refused(value.to_string().as_bytes(), "unknown field")
            .await;
    }

    #[tokio::test]
    async fn test_accept_more_than_max_reports_is_refused() {
        let s = setup("huge");
        let one = s
            .witness(101)
            .document(EPOCH, &[report(ACCUSED, 0)])
            .expect("signs");
        let mut document = one.clone();
        document.reports = vec![one.reports[0].clone(); crate::watch::witness::MAX_REPORTS + 1];
        s.refused(&document.to_json(), "1,001 reports").await;
    }

    #[tokio::test]
    async fn test_accept_flood_of_distinct_candidates_is_bounded_per_witness() {
        let s = setup("flood");
        let first = s.document(101, &[report(ACCUSED, 0), report(ACCUSED, 100)]);
        assert_eq!(s.post(&first).await.status, 202);
        s.refused(
            &s.document(101, &[report(ACCUSED, 200)]),
            "a third candidate",
        )
        .await;
        // One document carrying many candidates at once, with a valid report beside them: all
        // or nothing.
        let many: Vec<_> = (0..50)
            .map(|f| report(102, f))
            .chain([report(103, 0)])
            .collect();
        s.refused(&s.document(101, &many), "fifty candidates").await;
        assert_eq!(
            s.aggregator
                .stored_signatures(103, EPOCH, 2)
                .expect("counts"),
            0
        );
        // Other witnesses have their own allowance.
        assert_eq!(
            s.post(&s.document(102, &[report(ACCUSED, 200)]))
                .await
                .status,
            202
        );
    }

    #[tokio::test]
    async fn test_accept_key_rotated_out_or_disabled_witness_is_refused() {
        let s = setup("rotated");
        let old = s.document(101, &[report(ACCUSED, 0)]);
        lock(&s.chain.keys).insert(101, PrivateKeySigner::random());
        s.refused(&old, "a key rotated out").await;
        // The new key's signature is taken.
        assert_eq!(
            s.post(&s.document(101, &[report(ACCUSED, 0)])).await.status,
            202
        );
        // A disabled witness (no signer) is refused whatever it signed with.
        let disabled = s.document(102, &[report(ACCUSED, 0)]);
        lock(&s.chain.keys).remove(&102);
        s.refused(&disabled, "a disabled witness").await;
    }

    /// Witnesses 101..=104 of node 100 (quorum 3) sign `report`.
    async fn sign_by(s: &Setup, witnesses: &[u32], r: &OnchainReport) {
        for witness in witnesses {
            let reply = s.post(&s.document(*witness, std::slice::from_ref(r))).await;
            assert_eq!(reply.status, 202, "{reply:?}");
        }
    }

    #[tokio::test]
    async fn test_plan_minority_is_never_submitted() {
        let s = setup("minority");
        sign_by(&s, &[104, 101], &report(ACCUSED, 10_000)).await;
        assert_eq!(s.aggregator.plan().await.expect("plans"), vec![]);
    }

    #[tokio::test]
    async fn test_plan_majority_signatures_ascend_by_node_id() {
        let s = setup("majority");
        sign_by(&s, &[104, 102, 101], &report(ACCUSED, 10_000)).await;
        let plans = s.aggregator.plan().await.expect("plans");
        assert_eq!(plans.len(), 1);
        let plan = &plans[0];
        assert_eq!((plan.witnesses, plan.quorum), (4, 3));
        let ids: Vec<u32> = plan.signatures.iter().map(|(id, _)| *id).collect();
        assert_eq!(ids, vec![101, 102, 104]);
        assert_eq!(plan.digest, report_digest(&plan.report, &test_domain()));
    }

    #[tokio::test]
    async fn test_plan_picks_fewest_failures_among_quorum_candidates() {
        let s = setup("fewest");
        // Every witness signs its floor and ceiling; only 500 and 1000 reach a quorum of 3.
        sign_by(&s, &[101], &report(ACCUSED, 0)).await;
        sign_by(&s, &[101, 102, 103], &report(ACCUSED, 500)).await;
        sign_by(&s, &[102, 103, 104], &report(ACCUSED, 1_000)).await;
        let plans = s.aggregator.plan().await.expect("plans");
        assert_eq!(plans.len(), 1);
        assert_eq!(plans[0].report.failures, 500);
    }

    #[tokio::test]
    async fn test_plan_one_bad_signature_does_not_sink_the_report() {
        let s = setup("onebad");
        sign_by(&s, &[101, 102, 103, 104], &report(ACCUSED, 0)).await;
        // 102's key is rotated after it signed: its signature no longer counts on chain.
        lock(&s.chain.keys).insert(102, PrivateKeySigner::random());
        let plans = s.aggregator.plan().await.expect("plans");
        let ids: Vec<u32> = plans[0].signatures.iter().map(|(id, _)| *id).collect();
        assert_eq!(ids, vec![101, 103, 104]);
        // Two rotated: no quorum left.
        lock(&s.chain.keys).insert(103, PrivateKeySigner::random());
        assert_eq!(s.aggregator.plan().await.expect("plans"), vec![]);
    }

    #[tokio::test]
    async fn test_submit_already_reported_is_recorded_and_never_resubmitted_across_restarts() {
        let s = setup("restart");
        sign_by(&s, &[101, 102, 103], &report(ACCUSED, 0)).await;
        let plans = s.aggregator.plan().await.expect("plans");
        s.chain.reported.store(true, Ordering::SeqCst);
        let metrics = Arc::new(crate::keeper::metrics::Metrics::default());
        // No request is made: the chain view says it is reported before anything is sent.
        let provider = crate::keeper::chain::connect(
            &[reqwest::Url::parse("http://127.0.0.1:9").expect("url")],
            crate::keeper::chain::RpcPolicy::default(),
            Arc::clone(&metrics),
        )
        .expect("a provider");
        let sender = Sender::new(
            provider,
            PrivateKeySigner::random(),
            31_337,
            crate::keeper::sender::SenderSettings::default(),
            metrics,
        )
        .expect("a sender");
        let outcome = s
            .aggregator
            .submit(&sender, Address::repeat_byte(9), &plans[0])
            .await
            .expect("decided");
        assert_eq!(outcome, Submitted::AlreadyReported);

        let Setup { chain, path, .. } = &s;
        let reopened = Aggregator::open(path, Arc::clone(chain), test_domain()).expect("reopens");
        assert_eq!(reopened.plan().await.expect("plans"), vec![]);
        assert_eq!(
            reopened.done(ACCUSED, EPOCH, 2).expect("reads"),
            Some(("already_reported".to_owned(), None))
        );
        // Late signatures for it are not even stored.
        let reply = WitnessIntake::submit(
            &reopened,
            hyper::body::Bytes::from(s.document(104, &[report(ACCUSED, 0)])),
        )
        .await;
        assert_eq!(reply.status, 200, "{reply:?}");
    }

    #[test]
    fn test_quorum_is_a_strict_majority_of_the_witnesses() {
        assert_eq!(quorum(1), 1); // no witness: nobody can give it
        assert_eq!(quorum(2), 1);
        assert_eq!(quorum(3), 2);
        assert_eq!(quorum(4), 2);
        assert_eq!(quorum(5), 3);
    }
}
