//! The watcher's durable state: one SQLite file (`watch.sqlite3`) in the state directory.
//!
//! - cursors: per (source, originator), the last sequence id read from that source;
//! - digests: per (originator, sequence id), the content digest first seen, who served it first, whether the
//!   originator served it itself and whether its omission was recorded;
//! - findings: what the checks found, keyed by an id that makes each finding idempotent, with its relay state;
//! - epoch stats: per (node, epoch, kind), requests, failures, latency and answers;
//! - liveness failure labels: per (node, epoch, label), a count (for status).
//!
//! Nothing per envelope is kept in memory: the digests live here. Every response is written in one transaction
//! ([`WatchStore::transaction`]), so a crash never leaves half a response (a cursor ahead of its digests).
//!
//! Sequence ids are `u64` and SQLite integers are `i64`: sequence ids are stored with their top bit flipped, which
//! maps `0..=u64::MAX` onto `i64::MIN..=i64::MAX` in order, so comparisons in SQL stay right for any value a node
//! sends.

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
    time::{Duration, SystemTime, UNIX_EPOCH},
};

use alloy::primitives::B256;
use rusqlite::{params, Connection, OptionalExtension};

use crate::keeper::state::{create_private, StateError};

/// The database's file name in the state directory.
pub const FILE_NAME: &str = "watch.sqlite3";

/// How long a writer waits for another connection's lock before failing.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The most omission candidates one call returns: what a misbehaving originator left out is handled page by page.
pub const MAX_OMISSION_CANDIDATES: usize = 1_000;

/// Why the store failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The state directory could not be created.
    #[error("watch store")]
    State(#[from] StateError),
    /// SQLite failed.
    #[error("watch store {}: {action}", path.display())]
    Sqlite {
        /// What was being done.
        action: &'static str,
        /// The database file.
        path: PathBuf,
        /// The failure.
        #[source]
        source: rusqlite::Error,
    },
    /// A value does not fit the column (an epoch above `i64::MAX`).
    #[error("watch store: {what} {value} out of range")]
    OutOfRange {
        /// The value's name.
        what: &'static str,
        /// The value.
        value: u64,
    },
    /// A stored row cannot be read back (a digest that is not 32 bytes, a finding's detail that is not JSON).
    #[error("watch store: corrupt {what}")]
    Corrupt {
        /// What was being read.
        what: &'static str,
    },
}

/// A stat kind of the epoch stats table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatKind {
    /// Probes of a node (requests sent, answered or failed).
    Liveness,
    /// An originator's own envelopes: served by it (requests) or left out (failures).
    Omission,
    /// Envelopes whose order was checked (requests) and those out of order (failures), per serving node.
    Reordering,
}

impl StatKind {
    /// The kind's stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            StatKind::Liveness => "liveness",
            StatKind::Omission => "omission",
            StatKind::Reordering => "reordering",
        }
    }

    /// The report kind of the same name.
    pub fn report_kind(self) -> super::report::ReportKind {
        use super::report::ReportKind;
        match self {
            StatKind::Liveness => ReportKind::Liveness,
            StatKind::Omission => ReportKind::Omission,
            StatKind::Reordering => ReportKind::Reordering,
        }
    }

    fn from_name(name: &str) -> Option<Self> {
        [StatKind::Liveness, StatKind::Omission, StatKind::Reordering]
            .into_iter()
            .find(|kind| kind.as_str() == name)
    }
}

/// Additions to one (node, epoch, kind) row of the epoch stats.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StatDelta {
    /// Requests (or envelopes) checked.
    pub requests: u64,
    /// Of which failed.
    pub failures: u64,
    /// The sum of the answered requests' latencies, in milliseconds.
    pub latency_sum_ms: u64,
    /// Requests answered.
    pub answered: u64,
}

/// One row of the epoch stats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EpochStat {
    /// The node observed.
    pub node_id: u32,
    /// The epoch.
    pub epoch: u64,
    /// The kind.
    pub kind: StatKind,
    /// The totals.
    pub totals: StatDelta,
}

/// What the store holds for one (originator, sequence id).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DigestRecord {
    /// The content digest first seen.
    pub digest: B256,
    /// The node that served it first.
    pub first_source: u32,
    /// Whether the originator itself served this sequence id (any version).
    pub served_by_originator: bool,
    /// Whether its omission by the originator was recorded.
    pub omitted: bool,
}

/// What observing a digest found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Observation {
    /// First time this (originator, sequence id) is seen: stored.
    New,
    /// The stored digest is the same.
    Same,
    /// The stored digest differs: two signed versions of one sequence id.
    Different {
        /// The stored digest.
        stored: B256,
        /// Who served the stored version first.
        first_source: u32,
    },
}

/// Whether a finding was relayed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelayState {
    /// Not yet relayed (or not relayable: a finding of a kind nobody relays stays pending).
    Pending,
    /// Relayed to the chain (or found already reported there).
    Relayed,
    /// The proof failed or the contract refused it: never to be relayed.
    Refused,
}

impl RelayState {
    fn as_i64(self) -> i64 {
        match self {
            RelayState::Pending => 0,
            RelayState::Relayed => 1,
            RelayState::Refused => 2,
        }
    }

    fn from_i64(value: i64) -> Option<Self> {
        match value {
            0 => Some(RelayState::Pending),
            1 => Some(RelayState::Relayed),
            2 => Some(RelayState::Refused),
            _ => None,
        }
    }
}

/// A finding as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredFinding {
    /// The finding's id: its kind and what makes it unique (e.g. `equivocation:100:7`).
    pub id: String,
    /// The finding's kind (e.g. `equivocation`, `invalid_payload`, `bad_signature`, `omission`).
    pub kind: String,
    /// The node it is against.
    pub node_id: u32,
    /// The epoch it was found in.
    pub epoch: u64,
    /// The sequence id concerned, if one.
    pub sequence_id: Option<u64>,
    /// What was found, as JSON.
    pub detail: serde_json::Value,
    /// Whether it was relayed.
    pub relay_state: RelayState,
    /// When it was found, in seconds since the Unix epoch.
    pub created_at: u64,
}

/// A finding to store (see [`WatchTx::insert_finding`]).
#[derive(Debug, Clone, PartialEq)]
pub struct NewFinding {
    /// The finding's id: inserting an id already stored does nothing.
    pub id: String,
    /// The finding's kind.
    pub kind: &'static str,
    /// The node it is against.
    pub node_id: u32,
    /// The epoch it was found in.
    pub epoch: u64,
    /// The sequence id concerned, if one.
    pub sequence_id: Option<u64>,
    /// What was found, as JSON.
    pub detail: serde_json::Value,
}

/// `seq` as stored: the top bit flipped, so that the order of `u64` is the order of `i64`.
pub fn seq_to_sql(seq: u64) -> i64 {
    i64::from_ne_bytes((seq ^ (1 << 63)).to_ne_bytes())
}

/// The sequence id stored as `value` (the inverse of [`seq_to_sql`]).
pub fn seq_from_sql(value: i64) -> u64 {
    u64::from_ne_bytes(value.to_ne_bytes()) ^ (1 << 63)
}

fn epoch_to_sql(epoch: u64) -> Result<i64, StoreError> {
    i64::try_from(epoch).map_err(|_| StoreError::OutOfRange {
        what: "epoch",
        value: epoch,
    })
}

fn count_to_sql(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

fn u64_from_sql(value: i64) -> u64 {
    u64::try_from(value).unwrap_or(0)
}

fn node_from_sql(value: i64) -> Result<u32, StoreError> {
    u32::try_from(value).map_err(|_| StoreError::Corrupt { what: "node id" })
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS watch_meta (
    key TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS watch_cursors (
    source INTEGER NOT NULL,
    originator INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (source, originator)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS watch_digests (
    originator INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    digest BLOB NOT NULL,
    first_source INTEGER NOT NULL,
    served_by_originator INTEGER NOT NULL DEFAULT 0,
    omitted INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (originator, seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS watch_digests_served
    ON watch_digests (originator, served_by_originator, seq);
CREATE TABLE IF NOT EXISTS watch_findings (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    node_id INTEGER NOT NULL,
    epoch INTEGER NOT NULL,
    sequence_id INTEGER,
    detail TEXT NOT NULL,
    relayed INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS watch_findings_relayed ON watch_findings (relayed, created_at);
CREATE TABLE IF NOT EXISTS watch_epoch_stats (
    node_id INTEGER NOT NULL,
    epoch INTEGER NOT NULL,
    kind TEXT NOT NULL,
    requests INTEGER NOT NULL DEFAULT 0,
    failures INTEGER NOT NULL DEFAULT 0,
    latency_sum_ms INTEGER NOT NULL DEFAULT 0,
    answered INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (node_id, epoch, kind)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS watch_failure_labels (
    node_id INTEGER NOT NULL,
    epoch INTEGER NOT NULL,
    label TEXT NOT NULL,
    count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (node_id, epoch, label)
) WITHOUT ROWID;
";

/// Why a watcher database could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum DatabaseError {
    /// Its folder could not be created.
    #[error("cannot create {}", path.display())]
    Dir {
        /// The folder.
        path: PathBuf,
        /// The I/O failure.
        #[source]
        source: std::io::Error,
    },
    /// SQLite refused to open it or to create its tables.
    #[error("cannot open {}", path.display())]
    Sqlite {
        /// The file.
        path: PathBuf,
        /// SQLite's error.
        #[source]
        source: rusqlite::Error,
    },
}

/// Opens (creating it and its folder) the SQLite file `path` as the outbox and the aggregator open theirs: WAL, so
/// that a reader (`keeper status`) and a writer share it, and a busy timeout of [`BUSY_TIMEOUT`]; then runs `schema`
/// (`CREATE TABLE IF NOT EXISTS …`).
pub fn open_database(path: &Path, schema: &str) -> Result<Connection, DatabaseError> {
    if let Some(dir) = path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|source| DatabaseError::Dir {
            path: dir.to_path_buf(),
            source,
        })?;
    }
    let sqlite = |source| DatabaseError::Sqlite {
        path: path.to_path_buf(),
        source,
    };
    let conn = Connection::open(path).map_err(sqlite)?;
    conn.busy_timeout(BUSY_TIMEOUT).map_err(sqlite)?;
    conn.pragma_update(None, "journal_mode", "WAL")
        .map_err(sqlite)?;
    conn.execute_batch(schema).map_err(sqlite)?;
    Ok(conn)
}

/// The watcher's SQLite database. Several may be open on one file (WAL, busy timeout).
#[derive(Debug)]
pub struct WatchStore {
    conn: Connection,
    path: PathBuf,
}

impl WatchStore {
    /// Opens (creating it and the directory, mode 0700 on unix) [`FILE_NAME`] in `state_dir`.
    pub fn open(state_dir: &Path) -> Result<Self, StoreError> {
        create_private(state_dir)?;
        Self::open_file(&state_dir.join(FILE_NAME))
    }

    /// Opens (creating it) the database file `path`, in WAL mode, and creates missing tables.
    pub fn open_file(path: &Path) -> Result<Self, StoreError> {
        let path = path.to_path_buf();
        let conn = Connection::open(&path).map_err(|source| StoreError::Sqlite {
            action: "open",
            path: path.clone(),
            source,
        })?;
        let store = Self { conn, path };
        store
            .conn
            .busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| store.error("set busy timeout", e))?;
        // journal_mode answers with a row, so it is a query, not an execute.
        store
            .conn
            .query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))
            .map_err(|e| store.error("enable WAL", e))?;
        // NORMAL in WAL mode: a power loss may lose the last transactions, never corrupt; a lost response is
        // read again from its cursor.
        store
            .conn
            .execute_batch("PRAGMA synchronous = NORMAL;")
            .map_err(|e| store.error("set synchronous", e))?;
        store
            .conn
            .execute_batch(SCHEMA)
            .map_err(|e| store.error("create tables", e))?;
        Ok(store)
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The runner's bookkeeping value `key` (the last epoch seen, the last epoch signed), if set.
    pub fn meta(&self, key: &str) -> Result<Option<u64>, StoreError> {
        self.conn
            .query_row(
                "SELECT value FROM watch_meta WHERE key = ?1",
                params![key],
                |row| row.get::<_, i64>(0),
            )
            .optional()
            .map(|value| value.map(u64_from_sql))
            .map_err(|e| self.error("read meta", e))
    }

    /// Sets the runner's bookkeeping value `key`.
    pub fn set_meta(&self, key: &str, value: u64) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT INTO watch_meta (key, value) VALUES (?1, ?2) \
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, count_to_sql(value)],
            )
            .map(|_| ())
            .map_err(|e| self.error("write meta", e))
    }

    fn error(&self, action: &'static str, source: rusqlite::Error) -> StoreError {
        StoreError::Sqlite {
            action,
            path: self.path.clone(),
            source,
        }
    }

    /// Runs `work` in one transaction: committed when it returns `Ok`, rolled back when it returns `Err`.
    pub fn transaction<T, E: From<StoreError>>(
        &self,
        work: impl FnOnce(&WatchTx<'_>) -> Result<T, E>,
    ) -> Result<T, E> {
        // The store's methods take `&self`, so no transaction is ever open when this one starts.
        let tx = self
            .conn
            .unchecked_transaction()
            .map_err(|e| self.error("begin", e))?;
        let handle = WatchTx { tx, store: self };
        let value = work(&handle)?;
        handle.tx.commit().map_err(|e| self.error("commit", e))?;
        Ok(value)
    }

    /// The last sequence id of `originator` read from `source` (0 before any).
    pub fn cursor(&self, source: u32, originator: u32) -> Result<u64, StoreError> {
        self.conn
            .query_row(
                "SELECT seq FROM watch_cursors WHERE source = ?1 AND originator = ?2",
                params![source, originator],
                |row| row.get::<_, i64>(0),
            )
            .optional()
            .map(|seq| seq.map_or(0, seq_from_sql))
            .map_err(|e| self.error("read cursor", e))
    }

    /// Every cursor of `source`, by originator.
    pub fn cursors(&self, source: u32) -> Result<BTreeMap<u32, u64>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached("SELECT originator, seq FROM watch_cursors WHERE source = ?1")
            .map_err(|e| self.error("read cursors", e))?;
        let rows = statement
            .query_map(params![source], |row| {
                Ok((row.get::<_, i64>(0)?, row.get::<_, i64>(1)?))
            })
            .map_err(|e| self.error("read cursors", e))?;
        let mut cursors = BTreeMap::new();
        for row in rows {
            let (originator, seq) = row.map_err(|e| self.error("read cursors", e))?;
            cursors.insert(node_from_sql(originator)?, seq_from_sql(seq));
        }
        Ok(cursors)
    }

    /// What is stored for `originator`'s sequence id `seq`.
    pub fn digest(&self, originator: u32, seq: u64) -> Result<Option<DigestRecord>, StoreError> {
        read_digest(&self.conn, originator, seq).map_err(|e| self.error("read digest", e))?
    }

    /// How many (originator, sequence id) digests are stored.
    pub fn digest_count(&self) -> Result<u64, StoreError> {
        self.conn
            .query_row("SELECT COUNT(*) FROM watch_digests", [], |row| {
                row.get::<_, i64>(0)
            })
            .map(u64_from_sql)
            .map_err(|e| self.error("count digests", e))
    }

    /// The highest sequence id of `originator` held with a valid signature from any source (0 for none): what
    /// the network verifiably has, which no node's claim can inflate.
    pub fn max_verified_seq(&self, originator: u32) -> Result<u64, StoreError> {
        self.conn
            .query_row(
                "SELECT MAX(seq) FROM watch_digests WHERE originator = ?1",
                params![originator],
                |row| row.get::<_, Option<i64>>(0),
            )
            .map(|seq| seq.map_or(0, seq_from_sql))
            .map_err(|e| self.error("read max sequence id", e))
    }

    /// The highest sequence id `originator` served itself (0 for none).
    pub fn max_self_served(&self, originator: u32) -> Result<u64, StoreError> {
        self.conn
            .query_row(
                "SELECT MAX(seq) FROM watch_digests WHERE originator = ?1 AND served_by_originator = 1",
                params![originator],
                |row| row.get::<_, Option<i64>>(0),
            )
            .map(|seq| seq.map_or(0, seq_from_sql))
            .map_err(|e| self.error("read max self-served sequence id", e))
    }

    /// Up to `limit` (at most [`MAX_OMISSION_CANDIDATES`]) sequence ids of `originator`, ascending, held with a
    /// valid signature, never served by the originator, not yet recorded as omitted, and at most `up_to`.
    pub fn unserved(
        &self,
        originator: u32,
        up_to: u64,
        limit: usize,
    ) -> Result<Vec<u64>, StoreError> {
        let limit = count_to_sql(limit.min(MAX_OMISSION_CANDIDATES) as u64);
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT seq FROM watch_digests WHERE originator = ?1 AND served_by_originator = 0 \
                 AND omitted = 0 AND seq <= ?2 ORDER BY seq LIMIT ?3",
            )
            .map_err(|e| self.error("read unserved", e))?;
        let rows = statement
            .query_map(params![originator, seq_to_sql(up_to), limit], |row| {
                row.get::<_, i64>(0)
            })
            .map_err(|e| self.error("read unserved", e))?;
        rows.map(|row| {
            row.map(seq_from_sql)
                .map_err(|e| self.error("read unserved", e))
        })
        .collect()
    }

    /// The finding `id`, if stored.
    pub fn finding(&self, id: &str) -> Result<Option<StoredFinding>, StoreError> {
        let row = self
            .conn
            .query_row(
                &format!("{FINDING_COLUMNS} WHERE id = ?1"),
                params![id],
                RawFinding::read,
            )
            .optional()
            .map_err(|e| self.error("read finding", e))?;
        row.map(RawFinding::parse).transpose()
    }

    /// Up to `limit` findings in relay state `state`, oldest first.
    pub fn findings(
        &self,
        state: RelayState,
        limit: usize,
    ) -> Result<Vec<StoredFinding>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached(&format!(
                "{FINDING_COLUMNS} WHERE relayed = ?1 ORDER BY created_at, id LIMIT ?2"
            ))
            .map_err(|e| self.error("read findings", e))?;
        let rows = statement
            .query_map(
                params![state.as_i64(), count_to_sql(limit as u64)],
                RawFinding::read,
            )
            .map_err(|e| self.error("read findings", e))?;
        let mut findings = Vec::new();
        for row in rows {
            findings.push(row.map_err(|e| self.error("read findings", e))?.parse()?);
        }
        Ok(findings)
    }

    /// Up to `limit` pending findings of the given kinds, oldest first: the ones a relay can act on, however many
    /// findings of other kinds (which stay pending: nobody relays them) came before.
    pub fn pending_of_kinds(
        &self,
        kinds: &[&str],
        limit: usize,
    ) -> Result<Vec<StoredFinding>, StoreError> {
        let mut findings = Vec::new();
        for kind in kinds {
            let mut statement = self
                .conn
                .prepare_cached(&format!(
                    "{FINDING_COLUMNS} WHERE relayed = ?1 AND kind = ?2 ORDER BY created_at, id LIMIT ?3"
                ))
                .map_err(|e| self.error("read findings", e))?;
            let rows = statement
                .query_map(
                    params![
                        RelayState::Pending.as_i64(),
                        kind,
                        count_to_sql(limit as u64)
                    ],
                    RawFinding::read,
                )
                .map_err(|e| self.error("read findings", e))?;
            for row in rows {
                findings.push(row.map_err(|e| self.error("read findings", e))?.parse()?);
            }
        }
        findings.sort_by(|a, b| (a.created_at, &a.id).cmp(&(b.created_at, &b.id)));
        findings.truncate(limit);
        Ok(findings)
    }

    /// How many findings are stored.
    pub fn finding_count(&self) -> Result<u64, StoreError> {
        self.conn
            .query_row("SELECT COUNT(*) FROM watch_findings", [], |row| {
                row.get::<_, i64>(0)
            })
            .map(u64_from_sql)
            .map_err(|e| self.error("count findings", e))
    }

    /// Sets finding `id`'s relay state; false when there is no such finding.
    pub fn set_relay_state(&self, id: &str, state: RelayState) -> Result<bool, StoreError> {
        self.conn
            .execute(
                "UPDATE watch_findings SET relayed = ?2 WHERE id = ?1",
                params![id, state.as_i64()],
            )
            .map(|changed| changed == 1)
            .map_err(|e| self.error("update finding", e))
    }

    /// The stats of `node_id` in `epoch` for `kind` (zeros when none).
    pub fn epoch_stat(
        &self,
        node_id: u32,
        epoch: u64,
        kind: StatKind,
    ) -> Result<StatDelta, StoreError> {
        let epoch = epoch_to_sql(epoch)?;
        self.conn
            .query_row(
                "SELECT requests, failures, latency_sum_ms, answered FROM watch_epoch_stats \
                 WHERE node_id = ?1 AND epoch = ?2 AND kind = ?3",
                params![node_id, epoch, kind.as_str()],
                |row| {
                    Ok(StatDelta {
                        requests: u64_from_sql(row.get(0)?),
                        failures: u64_from_sql(row.get(1)?),
                        latency_sum_ms: u64_from_sql(row.get(2)?),
                        answered: u64_from_sql(row.get(3)?),
                    })
                },
            )
            .optional()
            .map(Option::unwrap_or_default)
            .map_err(|e| self.error("read epoch stats", e))
    }

    /// Every stats row of `epoch`, ordered by node and kind.
    pub fn epoch_stats(&self, epoch: u64) -> Result<Vec<EpochStat>, StoreError> {
        let epoch_sql = epoch_to_sql(epoch)?;
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT node_id, kind, requests, failures, latency_sum_ms, answered FROM watch_epoch_stats \
                 WHERE epoch = ?1 ORDER BY node_id, kind",
            )
            .map_err(|e| self.error("read epoch stats", e))?;
        let rows = statement
            .query_map(params![epoch_sql], |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, String>(1)?,
                    StatDelta {
                        requests: u64_from_sql(row.get(2)?),
                        failures: u64_from_sql(row.get(3)?),
                        latency_sum_ms: u64_from_sql(row.get(4)?),
                        answered: u64_from_sql(row.get(5)?),
                    },
                ))
            })
            .map_err(|e| self.error("read epoch stats", e))?;
        let mut stats = Vec::new();
        for row in rows {
            let (node_id, kind, totals) = row.map_err(|e| self.error("read epoch stats", e))?;
            let kind =
                StatKind::from_name(&kind).ok_or(StoreError::Corrupt { what: "stat kind" })?;
            stats.push(EpochStat {
                node_id: node_from_sql(node_id)?,
                epoch,
                kind,
                totals,
            });
        }
        Ok(stats)
    }

    /// The liveness failures of `node_id` in `epoch`, by label.
    pub fn failure_labels(
        &self,
        node_id: u32,
        epoch: u64,
    ) -> Result<BTreeMap<String, u64>, StoreError> {
        let epoch = epoch_to_sql(epoch)?;
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT label, count FROM watch_failure_labels WHERE node_id = ?1 AND epoch = ?2",
            )
            .map_err(|e| self.error("read failure labels", e))?;
        let rows = statement
            .query_map(params![node_id, epoch], |row| {
                Ok((row.get::<_, String>(0)?, u64_from_sql(row.get(1)?)))
            })
            .map_err(|e| self.error("read failure labels", e))?;
        rows.map(|row| row.map_err(|e| self.error("read failure labels", e)))
            .collect()
    }

    /// Adds `delta` to `node_id`'s `kind` stats of `epoch`, in a transaction of its own.
    pub fn add_stat(
        &self,
        node_id: u32,
        epoch: u64,
        kind: StatKind,
        delta: StatDelta,
    ) -> Result<(), StoreError> {
        self.transaction(|tx| tx.add_stat(node_id, epoch, kind, delta))
    }
}

const FINDING_COLUMNS: &str =
    "SELECT id, kind, node_id, epoch, sequence_id, detail, relayed, created_at FROM watch_findings";

/// A findings row before its values are checked.
struct RawFinding {
    id: String,
    kind: String,
    node_id: i64,
    epoch: i64,
    sequence_id: Option<i64>,
    detail: String,
    relayed: i64,
    created_at: i64,
}

impl RawFinding {
    fn read(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(Self {
            id: row.get(0)?,
            kind: row.get(1)?,
            node_id: row.get(2)?,
            epoch: row.get(3)?,
            sequence_id: row.get(4)?,
            detail: row.get(5)?,
            relayed: row.get(6)?,
            created_at: row.get(7)?,
        })
    }

    fn parse(self) -> Result<StoredFinding, StoreError> {
        Ok(StoredFinding {
            id: self.id,
            kind: self.kind,
            node_id: node_from_sql(self.node_id)?,
            epoch: u64::try_from(self.epoch).map_err(|_| StoreError::Corrupt { what: "epoch" })?,
            sequence_id: self.sequence_id.map(seq_from_sql),
            detail: serde_json::from_str(&self.detail).map_err(|_| StoreError::Corrupt {
                what: "finding detail",
            })?,
            relay_state: RelayState::from_i64(self.relayed).ok_or(StoreError::Corrupt {
                what: "relay state",
            })?,
            created_at: u64_from_sql(self.created_at),
        })
    }
}

fn read_digest(
    conn: &Connection,
    originator: u32,
    seq: u64,
) -> rusqlite::Result<Result<Option<DigestRecord>, StoreError>> {
    let row = conn
        .prepare_cached(
            "SELECT digest, first_source, served_by_originator, omitted FROM watch_digests \
             WHERE originator = ?1 AND seq = ?2",
        )?
        .query_row(params![originator, seq_to_sql(seq)], |row| {
            Ok((
                row.get::<_, Vec<u8>>(0)?,
                row.get::<_, i64>(1)?,
                row.get::<_, bool>(2)?,
                row.get::<_, bool>(3)?,
            ))
        })
        .optional()?;
    Ok(row
        .map(|(digest, first_source, served, omitted)| {
            Ok(DigestRecord {
                digest: B256::try_from(digest.as_slice())
                    .map_err(|_| StoreError::Corrupt { what: "digest" })?,
                first_source: node_from_sql(first_source)?,
                served_by_originator: served,
                omitted,
            })
        })
        .transpose())
}

/// The writes of one transaction (see [`WatchStore::transaction`]).
pub struct WatchTx<'a> {
    tx: rusqlite::Transaction<'a>,
    store: &'a WatchStore,
}

impl WatchTx<'_> {
    fn error(&self, action: &'static str, source: rusqlite::Error) -> StoreError {
        self.store.error(action, source)
    }

    /// Sets the cursor of (`source`, `originator`) to `seq`; it never moves back.
    pub fn advance_cursor(&self, source: u32, originator: u32, seq: u64) -> Result<(), StoreError> {
        self.tx
            .prepare_cached(
                "INSERT INTO watch_cursors (source, originator, seq) VALUES (?1, ?2, ?3) \
                 ON CONFLICT (source, originator) DO UPDATE SET seq = MAX(seq, excluded.seq)",
            )
            .and_then(|mut statement| {
                statement.execute(params![source, originator, seq_to_sql(seq)])
            })
            .map(drop)
            .map_err(|e| self.error("write cursor", e))
    }

    /// Records that `source` served `originator`'s sequence id `seq` with content digest `digest`: stores it when
    /// new, marks it served by the originator when `source` is the originator (whatever the version), and tells
    /// whether a different digest was stored.
    pub fn observe_digest(
        &self,
        source: u32,
        originator: u32,
        seq: u64,
        digest: B256,
    ) -> Result<(Observation, bool), StoreError> {
        let by_originator = source == originator;
        let stored =
            read_digest(&self.tx, originator, seq).map_err(|e| self.error("read digest", e))??;
        let Some(stored) = stored else {
            self.tx
                .prepare_cached(
                    "INSERT INTO watch_digests (originator, seq, digest, first_source, served_by_originator) \
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                )
                .and_then(|mut statement| {
                    statement.execute(params![
                        originator,
                        seq_to_sql(seq),
                        digest.as_slice(),
                        source,
                        by_originator
                    ])
                })
                .map_err(|e| self.error("write digest", e))?;
            return Ok((Observation::New, by_originator));
        };
        let newly_served = by_originator && !stored.served_by_originator;
        if newly_served {
            self.tx
                .prepare_cached(
                    "UPDATE watch_digests SET served_by_originator = 1 WHERE originator = ?1 AND seq = ?2",
                )
                .and_then(|mut statement| statement.execute(params![originator, seq_to_sql(seq)]))
                .map_err(|e| self.error("write digest", e))?;
        }
        let observation = if stored.digest == digest {
            Observation::Same
        } else {
            Observation::Different {
                stored: stored.digest,
                first_source: stored.first_source,
            }
        };
        Ok((observation, newly_served))
    }

    /// Marks `originator`'s sequence id `seq` as omitted; false when it was already, or is not stored, or the
    /// originator served it.
    pub fn mark_omitted(&self, originator: u32, seq: u64) -> Result<bool, StoreError> {
        self.tx
            .prepare_cached(
                "UPDATE watch_digests SET omitted = 1 WHERE originator = ?1 AND seq = ?2 \
                 AND omitted = 0 AND served_by_originator = 0",
            )
            .and_then(|mut statement| statement.execute(params![originator, seq_to_sql(seq)]))
            .map(|changed| changed == 1)
            .map_err(|e| self.error("write omission", e))
    }

    /// Stores `finding` unless its id is already stored; true when it was new.
    pub fn insert_finding(&self, finding: &NewFinding) -> Result<bool, StoreError> {
        let epoch = epoch_to_sql(finding.epoch)?;
        let created_at = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |elapsed| count_to_sql(elapsed.as_secs()));
        self.tx
            .prepare_cached(
                "INSERT OR IGNORE INTO watch_findings (id, kind, node_id, epoch, sequence_id, detail, relayed, \
                 created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7)",
            )
            .and_then(|mut statement| {
                statement.execute(params![
                    finding.id,
                    finding.kind,
                    finding.node_id,
                    epoch,
                    finding.sequence_id.map(seq_to_sql),
                    finding.detail.to_string(),
                    created_at
                ])
            })
            .map(|changed| changed == 1)
            .map_err(|e| self.error("write finding", e))
    }

    /// Adds `delta` to `node_id`'s `kind` stats of `epoch` (saturating at `i64::MAX`).
    pub fn add_stat(
        &self,
        node_id: u32,
        epoch: u64,
        kind: StatKind,
        delta: StatDelta,
    ) -> Result<(), StoreError> {
        if delta == StatDelta::default() {
            return Ok(());
        }
        let epoch = epoch_to_sql(epoch)?;
        self.tx
            .prepare_cached(
                "INSERT INTO watch_epoch_stats (node_id, epoch, kind, requests, failures, latency_sum_ms, answered) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (node_id, epoch, kind) DO UPDATE SET \
                 requests = MIN(requests + excluded.requests, 9223372036854775807), \
                 failures = MIN(failures + excluded.failures, 9223372036854775807), \
                 latency_sum_ms = MIN(latency_sum_ms + excluded.latency_sum_ms, 9223372036854775807), \
                 answered = MIN(answered + excluded.answered, 9223372036854775807)",
            )
            .and_then(|mut statement| {
                statement.execute(params![
                    node_id,
                    epoch,
                    kind.as_str(),
                    count_to_sql(delta.requests),
                    count_to_sql(delta.failures),
                    count_to_sql(delta.latency_sum_ms),
                    count_to_sql(delta.answered)
                ])
            })
            .map(drop)
            .map_err(|e| self.error("write epoch stats", e))
    }

    /// Counts one liveness failure labelled `label` for `node_id` in `epoch`.
    pub fn add_failure_label(
        &self,
        node_id: u32,
        epoch: u64,
        label: &str,
    ) -> Result<(), StoreError> {
        let epoch = epoch_to_sql(epoch)?;
        self.tx
            .prepare_cached(
                "INSERT INTO watch_failure_labels (node_id, epoch, label, count) VALUES (?1, ?2, ?3, 1) \
                 ON CONFLICT (node_id, epoch, label) DO UPDATE SET count = count + 1",
            )
            .and_then(|mut statement| statement.execute(params![node_id, epoch, label]))
            .map(drop)
            .map_err(|e| self.error("write failure label", e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("watch-store-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    fn digest_of(n: u64) -> B256 {
        alloy::primitives::keccak256(n.to_be_bytes())
    }

    #[test]
    fn test_seq_to_sql_preserves_order_and_round_trips() {
        let values = [
            0,
            1,
            2,
            (1 << 63) - 1,
            1 << 63,
            (1 << 63) + 1,
            u64::MAX - 1,
            u64::MAX,
        ];
        for pair in values.windows(2) {
            assert!(seq_to_sql(pair[0]) < seq_to_sql(pair[1]));
        }
        for value in values {
            assert_eq!(seq_from_sql(seq_to_sql(value)), value);
        }
    }

    #[test]
    fn test_open_reopen_keeps_state_and_nothing_doubled() {
        let dir = temp_dir("reopen");
        {
            let store = WatchStore::open(&dir).expect("open");
            assert_eq!(store.path(), dir.join(FILE_NAME));
            store
                .transaction(|tx| -> Result<(), StoreError> {
                    tx.observe_digest(200, 100, 7, digest_of(7))?;
                    tx.advance_cursor(200, 100, 7)?;
                    tx.add_stat(
                        200,
                        3,
                        StatKind::Reordering,
                        StatDelta {
                            requests: 4,
                            failures: 1,
                            ..Default::default()
                        },
                    )?;
                    tx.insert_finding(&NewFinding {
                        id: "x:1".into(),
                        kind: "x",
                        node_id: 200,
                        epoch: 3,
                        sequence_id: Some(u64::MAX),
                        detail: serde_json::json!({"a": 1}),
                    })?;
                    Ok(())
                })
                .expect("write");
        }
        let store = WatchStore::open(&dir).expect("reopen");
        assert_eq!(store.digest_count().expect("count"), 1);
        assert_eq!(store.cursor(200, 100).expect("cursor"), 7);
        assert_eq!(
            store.cursors(200).expect("cursors"),
            BTreeMap::from([(100, 7)])
        );
        let record = store.digest(100, 7).expect("digest").expect("stored");
        assert_eq!(
            (
                record.digest,
                record.first_source,
                record.served_by_originator
            ),
            (digest_of(7), 200, false)
        );
        let finding = store.finding("x:1").expect("finding").expect("stored");
        assert_eq!(finding.sequence_id, Some(u64::MAX));
        assert_eq!(finding.relay_state, RelayState::Pending);
        // The same writes again change nothing but the stats, which are additions.
        store
            .transaction(|tx| -> Result<(), StoreError> {
                assert_eq!(
                    tx.observe_digest(200, 100, 7, digest_of(7))?,
                    (Observation::Same, false)
                );
                tx.advance_cursor(200, 100, 5)?;
                assert!(!tx.insert_finding(&NewFinding {
                    id: "x:1".into(),
                    kind: "x",
                    node_id: 200,
                    epoch: 3,
                    sequence_id: None,
                    detail: serde_json::Value::Null,
                })?);
                Ok(())
            })
            .expect("write again");
        assert_eq!(store.digest_count().expect("count"), 1);
        assert_eq!(store.finding_count().expect("count"), 1);
        assert_eq!(
            store.cursor(200, 100).expect("cursor"),
            7,
            "a cursor never moves back"
        );
        assert_eq!(
            store
                .epoch_stat(200, 3, StatKind::Reordering)
                .expect("stat"),
            StatDelta {
                requests: 4,
                failures: 1,
                ..Default::default()
            }
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn test_store_counts_200_000_digests_without_holding_them() {
        let dir = temp_dir("bulk");
        let store = WatchStore::open(&dir).expect("open");
        const TOTAL: u64 = 200_000;
        const PER_RESPONSE: u64 = 1_000;
        for batch in 0..TOTAL / PER_RESPONSE {
            store
                .transaction(|tx| -> Result<(), StoreError> {
                    for seq in batch * PER_RESPONSE + 1..=(batch + 1) * PER_RESPONSE {
                        let (observation, _) = tx.observe_digest(200, 100, seq, digest_of(seq))?;
                        assert_eq!(observation, Observation::New);
                    }
                    tx.advance_cursor(200, 100, (batch + 1) * PER_RESPONSE)
                })
                .expect("batch");
        }
        assert_eq!(store.digest_count().expect("count"), TOTAL);
        assert_eq!(store.max_verified_seq(100).expect("max"), TOTAL);
        assert_eq!(store.cursor(200, 100).expect("cursor"), TOTAL);
        // The originator served none of them: candidates come a page at a time.
        assert_eq!(
            store
                .unserved(100, TOTAL, usize::MAX)
                .expect("unserved")
                .len(),
            MAX_OMISSION_CANDIDATES
        );
        drop(store);
        let store = WatchStore::open(&dir).expect("reopen");
        assert_eq!(store.digest_count().expect("count"), TOTAL);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn test_transaction_rolls_back_on_error() {
        let dir = temp_dir("rollback");
        let store = WatchStore::open(&dir).expect("open");
        let result = store.transaction(|tx| -> Result<(), StoreError> {
            tx.observe_digest(200, 100, 1, digest_of(1))?;
            tx.advance_cursor(200, 100, 1)?;
            Err(StoreError::Corrupt { what: "test" })
        });
        assert!(matches!(result, Err(StoreError::Corrupt { what: "test" })));
        assert_eq!(store.digest_count().expect("count"), 0);
        assert_eq!(store.cursor(200, 100).expect("cursor"), 0);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn test_observe_digest_marks_served_and_reports_a_different_version() {
        let dir = temp_dir("observe");
        let store = WatchStore::open(&dir).expect("open");
        store
            .transaction(|tx| -> Result<(), StoreError> {
                assert_eq!(
                    tx.observe_digest(200, 100, 1, digest_of(1))?,
                    (Observation::New, false)
                );
                // The originator serves another version: different, and served (not an omission).
                assert_eq!(
                    tx.observe_digest(100, 100, 1, digest_of(2))?,
                    (
                        Observation::Different {
                            stored: digest_of(1),
                            first_source: 200
                        },
                        true
                    )
                );
                assert_eq!(
                    tx.observe_digest(100, 100, 1, digest_of(1))?,
                    (Observation::Same, false)
                );
                assert_eq!(
                    tx.observe_digest(100, 100, 2, digest_of(2))?,
                    (Observation::New, true)
                );
                assert!(!tx.mark_omitted(100, 1)?, "served: never an omission");
                assert!(!tx.mark_omitted(100, 9)?, "not held: never an omission");
                Ok(())
            })
            .expect("write");
        assert_eq!(store.max_self_served(100).expect("max"), 2);
        assert!(store
            .unserved(100, u64::MAX, 10)
            .expect("unserved")
            .is_empty());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn test_findings_by_relay_state() {
        let dir = temp_dir("findings");
        let store = WatchStore::open(&dir).expect("open");
        store
            .transaction(|tx| -> Result<(), StoreError> {
                for id in ["a", "b"] {
                    assert!(tx.insert_finding(&NewFinding {
                        id: id.into(),
                        kind: "equivocation",
                        node_id: 100,
                        epoch: 1,
                        sequence_id: Some(1),
                        detail: serde_json::json!({}),
                    })?);
                }
                Ok(())
            })
            .expect("write");
        assert!(store
            .set_relay_state("a", RelayState::Relayed)
            .expect("update"));
        assert!(!store
            .set_relay_state("zz", RelayState::Refused)
            .expect("update"));
        let pending = store.findings(RelayState::Pending, 10).expect("read");
        assert_eq!(
            pending.iter().map(|f| f.id.as_str()).collect::<Vec<_>>(),
            ["b"]
        );
        assert_eq!(
            store.findings(RelayState::Relayed, 10).expect("read")[0].id,
            "a"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn test_pending_of_kinds_reaches_proofs_behind_any_number_of_other_findings() {
        let dir = temp_dir("pending-kinds");
        let store = WatchStore::open(&dir).expect("open");
        store
            .transaction(|tx| -> Result<(), StoreError> {
                // A flood of findings nobody relays, found first.
                for source in 0..100u32 {
                    tx.insert_finding(&NewFinding {
                        id: format!("bad_signature:{source}:epoch:1"),
                        kind: "bad_signature",
                        node_id: source,
                        epoch: 1,
                        sequence_id: Some(1),
                        detail: serde_json::json!({}),
                    })?;
                }
                for (id, kind) in [
                    ("invalid_payload:7:3", "invalid_payload"),
                    ("equivocation:7:2", "equivocation"),
                ] {
                    tx.insert_finding(&NewFinding {
                        id: id.into(),
                        kind,
                        node_id: 7,
                        epoch: 1,
                        sequence_id: Some(2),
                        detail: serde_json::json!({}),
                    })?;
                }
                Ok(())
            })
            .expect("write");
        let found = store
            .pending_of_kinds(&["equivocation", "invalid_payload"], 10)
            .expect("read");
        let mut ids: Vec<&str> = found.iter().map(|f| f.id.as_str()).collect();
        ids.sort_unstable();
        assert_eq!(ids, ["equivocation:7:2", "invalid_payload:7:3"]);
        assert_eq!(
            store
                .pending_of_kinds(&["equivocation", "invalid_payload"], 1)
                .expect("read")
                .len(),
            1
        );
        store
            .set_relay_state("equivocation:7:2", RelayState::Relayed)
            .expect("update");
        assert_eq!(
            store.pending_of_kinds(&["equivocation"], 10).expect("read"),
            Vec::new()
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn test_epoch_stats_add_up_and_refuse_an_epoch_beyond_i64() {
        let dir = temp_dir("stats");
        let store = WatchStore::open(&dir).expect("open");
        let delta = StatDelta {
            requests: 2,
            failures: 1,
            latency_sum_ms: 30,
            answered: 1,
        };
        store
            .add_stat(100, 5, StatKind::Liveness, delta)
            .expect("add");
        store
            .add_stat(100, 5, StatKind::Liveness, delta)
            .expect("add");
        store
            .add_stat(
                100,
                5,
                StatKind::Liveness,
                StatDelta {
                    requests: u64::MAX,
                    ..Default::default()
                },
            )
            .expect("add");
        let total = store.epoch_stat(100, 5, StatKind::Liveness).expect("read");
        assert_eq!(total.requests, i64::MAX as u64, "saturates");
        assert_eq!(
            (total.failures, total.latency_sum_ms, total.answered),
            (2, 60, 2)
        );
        let stats = store.epoch_stats(5).expect("read");
        assert_eq!(stats.len(), 1);
        assert_eq!((stats[0].node_id, stats[0].kind), (100, StatKind::Liveness));
        assert!(matches!(
            store.add_stat(100, u64::MAX, StatKind::Liveness, delta),
            Err(StoreError::OutOfRange { what: "epoch", .. })
        ));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn test_two_connections_share_the_file() {
        let dir = temp_dir("shared");
        let a = WatchStore::open(&dir).expect("open a");
        let b = WatchStore::open(&dir).expect("open b");
        a.add_stat(
            1,
            1,
            StatKind::Omission,
            StatDelta {
                requests: 1,
                ..Default::default()
            },
        )
        .expect("a");
        b.add_stat(
            1,
            1,
            StatKind::Omission,
            StatDelta {
                requests: 1,
                ..Default::default()
            },
        )
        .expect("b");
        assert_eq!(
            a.epoch_stat(1, 1, StatKind::Omission)
                .expect("read")
                .requests,
            2
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
