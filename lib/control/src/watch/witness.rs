//! The witness's side of performance reports: the EIP-712 digest a witness signs (the contract's
//! `performanceReportDigest`), the signature, the JSON document posted to aggregators
//! (`POST /v1/witness`), the node's signing key read from a keystore ([`WitnessSigner`]), and the
//! [`Outbox`] that posts each document to every aggregator until it is taken.
//!
//! ```json
//! {"witness_node_id": 101, "epoch": 7, "reports": [{"node_id": 100, "epoch": 7, "kind": 2,
//!  "requests": 10000, "failures": 0, "average_response_ms": 0, "signature": "0x…"}]}
//! ```
//!
//! A witness signs with its node's signing key (the key `Nodes.getSigner` names), low `s` and
//! `v` 0/1 as the node software signs; the contract also counts `v` 27/28 and a high `s`.

use std::{
    path::{Path, PathBuf},
    sync::Mutex,
    time::Duration,
};

use alloy::{
    primitives::{Address, Bytes, B256},
    signers::local::PrivateKeySigner,
    sol_types::{Eip712Domain, SolStruct},
};
use reqwest::Url;
use rusqlite::{params, Connection, OptionalExtension as _};
use serde::{Deserialize, Serialize};

use super::{
    report::PerformanceReport,
    store::{open_database, DatabaseError},
};
use crate::evidence::sign_digest;
use crate::keeper::config::ConfigError;

/// The report the contract takes and the witnesses sign (the bindings' struct: its EIP-712 type
/// is the contract's `PerformanceReport(uint32 nodeId,uint64 epoch,uint8 kind,uint32 requests,
/// uint32 failures,uint32 averageResponseMs)`).
pub use xmtp_bindings::misbehavior_reports::IWitnessReports::PerformanceReport as OnchainReport;

/// The EIP-712 domain name of `MisbehaviorReports`.
pub const DOMAIN_NAME: &str = "XMTP Misbehavior Reports";

/// The EIP-712 domain version of `MisbehaviorReports`.
pub const DOMAIN_VERSION: &str = "1";

/// The most reports one witness document may carry.
pub const MAX_REPORTS: usize = 1_000;

/// The witnessed kinds: 2 Liveness, 3 Omission, 4 Reordering.
pub const WITNESSED_KINDS: std::ops::RangeInclusive<u8> = 2..=4;

/// Environment variable: the file whose first line is the witness keystore's password.
pub const ENV_WITNESS_PASSWORD_FILE: &str = "KEEPER_WITNESS_PASSWORD_FILE";

/// Why a witness document could not be read, built or posted.
#[derive(Debug, thiserror::Error)]
pub enum WitnessError {
    /// The document is not JSON of the witness format (or has unknown fields).
    #[error("not a witness document: {0}")]
    Json(#[source] serde_json::Error),
    /// The document carries no report or more than [`MAX_REPORTS`].
    #[error("a witness document carries 1 to {MAX_REPORTS} reports, not {0}")]
    ReportCount(usize),
    /// The report could not be signed.
    #[error("cannot sign the report")]
    Signing(#[source] alloy::signers::Error),
    /// The outbox database failed.
    #[error("witness outbox: {0}")]
    Store(#[from] rusqlite::Error),
    /// Its database could not be opened.
    #[error(transparent)]
    Database(#[from] DatabaseError),
}

/// The EIP-712 domain of the `MisbehaviorReports` proxy at `verifying_contract` on `chain_id`.
pub fn domain(chain_id: u64, verifying_contract: Address) -> Eip712Domain {
    Eip712Domain::new(
        Some(DOMAIN_NAME.into()),
        Some(DOMAIN_VERSION.into()),
        Some(alloy::primitives::U256::from(chain_id)),
        Some(verifying_contract),
        None,
    )
}

/// The digest witnesses sign and the report's id once accepted: the contract's
/// `performanceReportDigest(report)`.
pub fn report_digest(report: &OnchainReport, domain: &Eip712Domain) -> B256 {
    report.eip712_signing_hash(domain)
}

/// One signed report of a witness document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedReport {
    /// The accused node.
    pub node_id: u32,
    /// The epoch observed.
    pub epoch: u64,
    /// 2 Liveness, 3 Omission, 4 Reordering.
    pub kind: u8,
    /// What was checked.
    pub requests: u32,
    /// What failed.
    pub failures: u32,
    /// The mean response time in milliseconds (0: witnesses do not sign latencies).
    pub average_response_ms: u32,
    /// The witness's 65-byte signature over [`report_digest`].
    pub signature: Bytes,
}

impl SignedReport {
    /// The report signed, as the contract takes it.
    pub fn report(&self) -> OnchainReport {
        OnchainReport {
            nodeId: self.node_id,
            epoch: self.epoch,
            kind: self.kind,
            requests: self.requests,
            failures: self.failures,
            averageResponseMs: self.average_response_ms,
        }
    }
}

impl From<PerformanceReport> for OnchainReport {
    fn from(report: PerformanceReport) -> Self {
        Self {
            nodeId: report.node_id,
            epoch: report.epoch,
            kind: report.kind,
            requests: report.requests,
            failures: report.failures,
            averageResponseMs: report.average_response_ms,
        }
    }
}

impl From<OnchainReport> for PerformanceReport {
    fn from(report: OnchainReport) -> Self {
        Self {
            node_id: report.nodeId,
            epoch: report.epoch,
            kind: report.kind,
            requests: report.requests,
            failures: report.failures,
            average_response_ms: report.averageResponseMs,
        }
    }
}

/// What one witness posts for one epoch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WitnessDocument {
    /// The signing witness.
    pub witness_node_id: u32,
    /// The epoch every report is about.
    pub epoch: u64,
    /// The signed reports.
    pub reports: Vec<SignedReport>,
}

impl WitnessDocument {
    /// Parses a document: the format only (unknown fields refused, 1 to [`MAX_REPORTS`] reports);
    /// what it says is the aggregator's to check.
    pub fn from_json(json: &[u8]) -> Result<Self, WitnessError> {
        let document: Self = serde_json::from_slice(json).map_err(WitnessError::Json)?;
        if document.reports.is_empty() || document.reports.len() > MAX_REPORTS {
            return Err(WitnessError::ReportCount(document.reports.len()));
        }
        Ok(document)
    }

    /// The document as JSON.
    pub fn to_json(&self) -> Vec<u8> {
        // Plain integers and hex strings: serialization cannot fail.
        serde_json::to_vec(self).unwrap_or_default()
    }
}

/// A node's signing key, used to sign its epoch's witness reports.
pub struct WitnessSigner {
    key: PrivateKeySigner,
    node_id: u32,
    domain: Eip712Domain,
}

impl std::fmt::Debug for WitnessSigner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WitnessSigner")
            .field("address", &self.key.address())
            .field("node_id", &self.node_id)
            .finish_non_exhaustive()
    }
}

impl WitnessSigner {
    /// A signer for node `node_id` with `key`, signing in `domain`.
    pub fn new(key: PrivateKeySigner, node_id: u32, domain: Eip712Domain) -> Self {
        Self {
            key,
            node_id,
            domain,
        }
    }

    /// The node's key from an encrypted keystore and its password file (its first line), both
    /// refused when other local users can read them: the keeper's own keystore rule.
    pub fn from_keystore(
        keystore: &Path,
        password_file: &Path,
        node_id: u32,
        domain: Eip712Domain,
    ) -> Result<Self, ConfigError> {
        let key = crate::keeper::config::load_keystore(keystore, password_file)?;
        Ok(Self::new(key, node_id, domain))
    }

    /// The password file named by [`ENV_WITNESS_PASSWORD_FILE`], unless `flag` names one.
    pub fn password_file(flag: Option<PathBuf>) -> Option<PathBuf> {
        flag.or_else(|| {
            std::env::var_os(ENV_WITNESS_PASSWORD_FILE)
                .filter(|value| !value.is_empty())
                .map(PathBuf::from)
        })
    }

    /// The signing key's address.
    pub fn address(&self) -> Address {
        self.key.address()
    }

    /// The witness's node id.
    pub fn node_id(&self) -> u32 {
        self.node_id
    }

    /// The domain signed in.
    pub fn domain(&self) -> &Eip712Domain {
        &self.domain
    }

    /// `report` signed.
    pub fn sign(&self, report: &OnchainReport) -> Result<SignedReport, WitnessError> {
        let digest = report_digest(report, &self.domain);
        let signature = sign_digest(&self.key, &digest).map_err(WitnessError::Signing)?;
        Ok(SignedReport {
            node_id: report.nodeId,
            epoch: report.epoch,
            kind: report.kind,
            requests: report.requests,
            failures: report.failures,
            average_response_ms: report.averageResponseMs,
            signature,
        })
    }

    /// The document of `epoch` with every report of the watcher's own type signed (at most
    /// [`MAX_REPORTS`]): each witness signs every candidate [`super::report::candidates`] gives.
    pub fn document_of(
        &self,
        epoch: u64,
        reports: &[PerformanceReport],
    ) -> Result<WitnessDocument, WitnessError> {
        let reports: Vec<OnchainReport> = reports.iter().map(|report| (*report).into()).collect();
        self.document(epoch, &reports)
    }

    /// The document of `epoch` with every report signed (at most [`MAX_REPORTS`]).
    pub fn document(
        &self,
        epoch: u64,
        reports: &[OnchainReport],
    ) -> Result<WitnessDocument, WitnessError> {
        if reports.is_empty() || reports.len() > MAX_REPORTS {
            return Err(WitnessError::ReportCount(reports.len()));
        }
        Ok(WitnessDocument {
            witness_node_id: self.node_id,
            epoch,
            reports: reports
                .iter()
                .map(|report| self.sign(report))
                .collect::<Result<_, _>>()?,
        })
    }
}

/// The first pause after a failed post; doubled after each failure up to [`MAX_BACKOFF`].
pub const FIRST_BACKOFF: Duration = Duration::from_secs(5);

/// The longest pause between two posts of one document.
pub const MAX_BACKOFF: Duration = Duration::from_secs(3_600);

/// Posts of one document to one aggregator before it is dropped: a day and more at the longest
/// pause, past any report window.
pub const MAX_ATTEMPTS: u32 = 40;

/// What one pass of the outbox did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PostSummary {
    /// Documents an aggregator took (2xx): done.
    pub delivered: usize,
    /// Documents an aggregator refused (4xx): dropped.
    pub refused: usize,
    /// Documents to post again later (5xx, transport failure).
    pub retrying: usize,
    /// Documents dropped after [`MAX_ATTEMPTS`].
    pub abandoned: usize,
}

/// Witness documents waiting to be posted, one row per aggregator, in SQLite: they survive a
/// restart, and an aggregator that is down gets them once it is back.
#[derive(Debug)]
pub struct Outbox {
    conn: Mutex<Connection>,
}

/// The pause before attempt `attempts + 1`.
fn backoff(attempts: u32) -> Duration {
    FIRST_BACKOFF
        .saturating_mul(1u32 << attempts.min(20))
        .min(MAX_BACKOFF)
}

impl Outbox {
    /// Opens (creating) the outbox in `path`, a SQLite file (it may be shared with the
    /// watcher's other tables).
    pub fn open(path: &Path) -> Result<Self, WitnessError> {
        let conn = open_database(
            path,
            "CREATE TABLE IF NOT EXISTS witness_outbox (
                aggregator TEXT NOT NULL,
                witness_node_id INTEGER NOT NULL,
                epoch INTEGER NOT NULL,
                body BLOB NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_at INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (aggregator, witness_node_id, epoch)
            );",
        )?;
        Ok(Self {
            conn: Mutex::new(conn),
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.conn
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Queues `document` for every aggregator. A document already queued for an aggregator
    /// (same witness and epoch) is kept as it is: signing the same epoch twice gives the same
    /// reports.
    pub fn enqueue(
        &self,
        document: &WitnessDocument,
        aggregators: &[Url],
    ) -> Result<(), WitnessError> {
        let body = document.to_json();
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        for aggregator in aggregators {
            tx.execute(
                "INSERT OR IGNORE INTO witness_outbox (aggregator, witness_node_id, epoch, body)
                 VALUES (?1, ?2, ?3, ?4)",
                params![
                    aggregator.as_str(),
                    document.witness_node_id,
                    i64::try_from(document.epoch).unwrap_or(i64::MAX),
                    body
                ],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// How many posts are waiting.
    pub fn pending(&self) -> Result<usize, WitnessError> {
        let count: i64 =
            self.lock()
                .query_row("SELECT COUNT(*) FROM witness_outbox", [], |row| row.get(0))?;
        Ok(usize::try_from(count).unwrap_or_default())
    }

    /// When the next post is due (unix seconds), if any is waiting.
    pub fn next_due(&self) -> Result<Option<u64>, WitnessError> {
        let next: Option<i64> = self
            .lock()
            .query_row("SELECT MIN(next_at) FROM witness_outbox", [], |row| {
                row.get(0)
            })
            .optional()?
            .flatten();
        Ok(next.map(|at| u64::try_from(at).unwrap_or_default()))
    }

    /// Posts every document due at `now` (unix seconds) to its aggregator: a `2xx` answer
    /// removes it, a `4xx` drops it with a warning (the aggregator will never take it), anything
    /// else (a `5xx`, a transport failure) leaves it for later with a growing pause.
    pub async fn post_due(
        &self,
        client: &reqwest::Client,
        now: u64,
    ) -> Result<PostSummary, WitnessError> {
        let due: Vec<(String, u32, i64, Vec<u8>, u32)> = {
            let conn = self.lock();
            let mut statement = conn.prepare(
                "SELECT aggregator, witness_node_id, epoch, body, attempts FROM witness_outbox
                 WHERE next_at <= ?1 ORDER BY epoch, aggregator",
            )?;
            let rows = statement.query_map([i64::try_from(now).unwrap_or(i64::MAX)], |row| {
                Ok((
                    row.get(0)?,
                    row.get(1)?,
                    row.get(2)?,
                    row.get(3)?,
                    row.get(4)?,
                ))
            })?;
            rows.collect::<Result<_, _>>()?
        };
        let mut summary = PostSummary::default();
        for (aggregator, witness, epoch, body, attempts) in due {
            let status = post(client, &aggregator, body).await;
            let key = params![aggregator, witness, epoch];
            let conn = self.lock();
            match status {
                Ok(status) if (200..300).contains(&status) => {
                    conn.execute(
                        "DELETE FROM witness_outbox
                         WHERE aggregator = ?1 AND witness_node_id = ?2 AND epoch = ?3",
                        key,
                    )?;
                    summary.delivered += 1;
                }
                Ok(status) if (400..500).contains(&status) && status != 408 && status != 429 => {
                    tracing::warn!(%aggregator, epoch, status, "aggregator refused a witness document: dropped");
                    conn.execute(
                        "DELETE FROM witness_outbox
                         WHERE aggregator = ?1 AND witness_node_id = ?2 AND epoch = ?3",
                        key,
                    )?;
                    summary.refused += 1;
                }
                failed => {
                    let attempts = attempts.saturating_add(1);
                    if attempts >= MAX_ATTEMPTS {
                        tracing::warn!(%aggregator, epoch, attempts, "witness document never delivered: dropped");
                        conn.execute(
                            "DELETE FROM witness_outbox
                             WHERE aggregator = ?1 AND witness_node_id = ?2 AND epoch = ?3",
                            key,
                        )?;
                        summary.abandoned += 1;
                        continue;
                    }
                    let wait = backoff(attempts - 1).as_secs();
                    match failed {
                        Ok(status) => {
                            tracing::debug!(%aggregator, epoch, status, retry_in_secs = wait, "aggregator busy or failing: will retry");
                        }
                        Err(error) => {
                            tracing::debug!(%aggregator, epoch, %error, retry_in_secs = wait, "posting a witness document failed: will retry");
                        }
                    }
                    conn.execute(
                        "UPDATE witness_outbox SET attempts = ?4, next_at = ?5
                         WHERE aggregator = ?1 AND witness_node_id = ?2 AND epoch = ?3",
                        params![
                            aggregator,
                            witness,
                            epoch,
                            attempts,
                            i64::try_from(now.saturating_add(wait)).unwrap_or(i64::MAX)
                        ],
                    )?;
                    summary.retrying += 1;
                }
            }
        }
        Ok(summary)
    }
}

/// Posts `body` to `{aggregator}/v1/witness`; the HTTP status.
async fn post(
    client: &reqwest::Client,
    aggregator: &str,
    body: Vec<u8>,
) -> Result<u16, reqwest::Error> {
    let url = format!("{}/v1/witness", aggregator.trim_end_matches('/'));
    let response = client
        .post(url)
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await?;
    Ok(response.status().as_u16())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::recover_signer;

    fn report(failures: u32) -> OnchainReport {
        OnchainReport {
            nodeId: 100,
            epoch: 7,
            kind: 2,
            requests: 10_000,
            failures,
            averageResponseMs: 0,
        }
    }

    fn signer() -> WitnessSigner {
        WitnessSigner::new(
            PrivateKeySigner::random(),
            101,
            domain(31_337, Address::repeat_byte(7)),
        )
    }

    #[test]
    fn test_sign_recovers_to_the_witness_key() {
        let signer = signer();
        let signed = signer.sign(&report(500)).expect("signs");
        let digest = report_digest(&signed.report(), signer.domain());
        assert_eq!(
            recover_signer(&digest, &signed.signature).expect("valid"),
            signer.address()
        );
        assert_eq!(signed.signature.len(), 65);
        assert!(signed.signature[64] <= 1, "v 0/1, as nodes sign");
    }

    #[test]
    fn test_report_digest_binds_every_field_and_the_domain() {
        let d = domain(1, Address::repeat_byte(1));
        let base = report_digest(&report(0), &d);
        let mut changed = report(0);
        changed.averageResponseMs = 1;
        assert_ne!(base, report_digest(&changed, &d));
        assert_ne!(base, report_digest(&report(1), &d));
        assert_ne!(
            base,
            report_digest(&report(0), &domain(2, Address::repeat_byte(1)))
        );
        assert_ne!(
            base,
            report_digest(&report(0), &domain(1, Address::repeat_byte(2)))
        );
    }

    #[test]
    fn test_from_json_round_trips_and_refuses_unknown_fields_and_counts() {
        let document = signer().document(7, &[report(0)]).expect("signs");
        let json = document.to_json();
        assert_eq!(WitnessDocument::from_json(&json).expect("parses"), document);

        let mut value: serde_json::Value = serde_json::from_slice(&json).expect("json");
        value["extra"] = 1.into();
        assert!(matches!(
            WitnessDocument::from_json(value.to_string().as_bytes()),
            Err(WitnessError::Json(_))
        ));
        let mut value: serde_json::Value = serde_json::from_slice(&json).expect("json");
        value["reports"][0]["extra"] = 1.into();
        assert!(WitnessDocument::from_json(value.to_string().as_bytes()).is_err());
        let empty = br#"{"witness_node_id":1,"epoch":1,"reports":[]}"#;
        assert!(matches!(
            WitnessDocument::from_json(empty),
            Err(WitnessError::ReportCount(0))
        ));
        let many = vec![report(0); MAX_REPORTS + 1];
        assert!(matches!(
            signer().document(7, &many),
            Err(WitnessError::ReportCount(_))
        ));
    }

    #[test]
    fn test_document_of_signs_the_watchers_reports_as_the_contracts() {
        use crate::watch::report::{candidate_reports, ReportKind};
        let signer = signer();
        let reports = candidate_reports(100, 7, ReportKind::Liveness, 1, 3);
        let document = signer.document_of(7, &reports).expect("signs");
        assert_eq!(document.reports.len(), 2);
        for (signed, report) in document.reports.iter().zip(&reports) {
            assert_eq!(PerformanceReport::from(signed.report()), *report);
            let digest = report_digest(&(*report).into(), signer.domain());
            assert_eq!(
                recover_signer(&digest, &signed.signature).expect("valid"),
                signer.address()
            );
        }
    }

    #[test]
    fn test_from_keystore_reads_the_key_and_refuses_open_files() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = std::env::temp_dir().join(format!("witness-keystore-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("creates");
        let mut rng = alloy::signers::k256::elliptic_curve::rand_core::OsRng;
        let (key, _) = PrivateKeySigner::new_keystore(&dir, &mut rng, "pw1", Some("ks.json"))
            .expect("writes a keystore");
        let keystore = dir.join("ks.json");
        let password = dir.join("pw");
        std::fs::write(&password, "pw1\n").expect("writes");
        for file in [&keystore, &password] {
            std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        }
        let d = domain(1, Address::repeat_byte(1));
        let signer =
            WitnessSigner::from_keystore(&keystore, &password, 5, d.clone()).expect("decrypts");
        assert_eq!((signer.address(), signer.node_id()), (key.address(), 5));

        std::fs::write(&password, "wrong\n").expect("writes");
        assert!(matches!(
            WitnessSigner::from_keystore(&keystore, &password, 5, d.clone()),
            Err(ConfigError::Keystore { .. })
        ));
        std::fs::set_permissions(&password, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        assert!(matches!(
            WitnessSigner::from_keystore(&keystore, &password, 5, d),
            Err(ConfigError::KeyFileTooOpen { .. })
        ));
        assert_eq!(
            WitnessSigner::password_file(Some(PathBuf::from("/x"))),
            Some(PathBuf::from("/x"))
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn test_backoff_doubles_to_the_cap() {
        assert_eq!(backoff(0), FIRST_BACKOFF);
        assert_eq!(backoff(1), FIRST_BACKOFF * 2);
        assert_eq!(backoff(30), MAX_BACKOFF);
    }

    /// An aggregator that answers each POST with the next status of `statuses`.
    async fn aggregator(statuses: Vec<u16>) -> (Url, tokio::task::JoinHandle<Vec<Vec<u8>>>) {
        use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("binds");
        let url =
            Url::parse(&format!("http://{}", listener.local_addr().expect("addr"))).expect("url");
        let task = tokio::spawn(async move {
            let mut bodies = Vec::new();
            for status in statuses {
                let (mut stream, _) = listener.accept().await.expect("accepts");
                let mut request = Vec::new();
                let mut buffer = [0u8; 4096];
                loop {
                    let n = stream.read(&mut buffer).await.expect("reads");
                    request.extend_from_slice(&buffer[..n]);
                    let text = String::from_utf8_lossy(&request).to_string();
                    if let Some(end) = text.find("\r\n\r\n") {
                        let length = text[..end]
                            .lines()
                            .find_map(|line| {
                                line.to_ascii_lowercase()
                                    .strip_prefix("content-length:")
                                    .map(|v| v.trim().parse::<usize>().expect("length"))
                            })
                            .unwrap_or(0);
                        if request.len() >= end + 4 + length {
                            bodies.push(request[end + 4..].to_vec());
                            break;
                        }
                    }
                    if n == 0 {
                        break;
                    }
                }
                let reply = format!(
                    "HTTP/1.1 {status} X\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{{}}"
                );
                stream.write_all(reply.as_bytes()).await.expect("writes");
            }
            bodies
        });
        (url, task)
    }

    #[tokio::test]
    async fn test_post_due_retries_5xx_drops_4xx_and_removes_delivered() {
        let dir = std::env::temp_dir().join(format!("witness-outbox-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let outbox = Outbox::open(&dir.join("watch.sqlite3")).expect("opens");
        let (good, good_task) = aggregator(vec![503, 202]).await;
        let (bad, bad_task) = aggregator(vec![400]).await;
        let document = signer().document(7, &[report(0)]).expect("signs");
        outbox
            .enqueue(&document, &[good.clone(), bad.clone()])
            .expect("queues");
        outbox.enqueue(&document, &[good]).expect("queues again");
        assert_eq!(outbox.pending().expect("counts"), 2);

        let client = reqwest::Client::new();
        let first = outbox.post_due(&client, 1_000).await.expect("posts");
        assert_eq!(
            first,
            PostSummary {
                refused: 1,
                retrying: 1,
                ..PostSummary::default()
            }
        );
        assert_eq!(outbox.next_due().expect("reads"), Some(1_005));
        // Not due yet: nothing is posted.
        let early = outbox.post_due(&client, 1_004).await.expect("posts");
        assert_eq!(early, PostSummary::default());
        // A restart keeps what is waiting.
        drop(outbox);
        let outbox = Outbox::open(&dir.join("watch.sqlite3")).expect("reopens");
        let second = outbox.post_due(&client, 1_005).await.expect("posts");
        assert_eq!(second.delivered, 1);
        assert_eq!(outbox.pending().expect("counts"), 0);
        let bodies = good_task.await.expect("served");
        assert_eq!(
            WitnessDocument::from_json(&bodies[1]).expect("a document"),
            document
        );
        assert_eq!(bad_task.await.expect("served").len(), 1);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
