//! Accepted evidence on disk, one JSON file per report id, so that evidence the intake said it
//! accepted survives a restart (or a crash) until it is relayed, found a duplicate or refused.
//!
//! Each file is written as the state directory writes its files ([`write_atomic`]: a temporary
//! name, synced, renamed into place, the directory synced): a crash leaves either the whole file
//! or none (a stray temporary file is removed at the next load).

use std::{
    fs, io,
    path::{Path, PathBuf},
};

use alloy::primitives::B256;

use super::Evidence;
use crate::keeper::state::{create_private, write_atomic, StateError};

const SUFFIX: &str = ".json";
/// How [`write_atomic`] names its temporary files.
const TEMP_SUFFIX: &str = ".tmp";

/// Why the store failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A file or the directory could not be read, written or removed.
    #[error("evidence store {}: {action} failed", path.display())]
    Io {
        /// What was being done.
        action: &'static str,
        /// The file or directory.
        path: PathBuf,
        /// The failure.
        #[source]
        source: io::Error,
    },
    /// The directory could not be created, or a file written.
    #[error("evidence store")]
    State(#[from] StateError),
}

/// The directory of accepted evidence.
#[derive(Debug, Clone)]
pub struct EvidenceStore {
    dir: PathBuf,
}

impl EvidenceStore {
    /// Opens (creating it, mode 0700 on unix) the directory `dir`.
    pub fn open(dir: impl Into<PathBuf>) -> Result<Self, StoreError> {
        let dir = dir.into();
        create_private(&dir)?;
        Ok(Self { dir })
    }

    /// The directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path(&self, report_id: B256) -> PathBuf {
        self.dir.join(format!("{report_id}{SUFFIX}"))
    }

    /// Writes `evidence` under `report_id`, atomically and durably.
    pub fn put(&self, report_id: B256, evidence: &Evidence) -> Result<(), StoreError> {
        // Serializing our own type cannot fail.
        let json = serde_json::to_vec(evidence).unwrap_or_default();
        Ok(write_atomic(&self.path(report_id), &json)?)
    }

    /// Removes the evidence under `report_id` (nothing if there is none).
    pub fn remove(&self, report_id: B256) -> Result<(), StoreError> {
        let path = self.path(report_id);
        match fs::remove_file(&path) {
            Err(error) if error.kind() != io::ErrorKind::NotFound => Err(StoreError::Io {
                action: "removing",
                path,
                source: error,
            }),
            _ => Ok(()),
        }
    }

    /// Every stored piece of evidence, oldest file first. A file that does not parse (written by
    /// hand, or by another version) is logged and left alone; temporary files are removed.
    pub fn load(&self) -> Result<Vec<(B256, Evidence)>, StoreError> {
        let entries = fs::read_dir(&self.dir).map_err(|source| StoreError::Io {
            action: "listing",
            path: self.dir.clone(),
            source,
        })?;
        let mut found = Vec::new();
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(TEMP_SUFFIX) {
                let _ = fs::remove_file(&path);
                continue;
            }
            let Some(id) = name.strip_suffix(SUFFIX) else {
                continue;
            };
            let parsed = id.parse::<B256>().ok().and_then(|report_id| {
                let json = fs::read(&path).ok()?;
                Some((report_id, Evidence::from_json(&json).ok()?))
            });
            match parsed {
                Some(item) => {
                    let modified = entry.metadata().and_then(|meta| meta.modified()).ok();
                    found.push((modified, item));
                }
                None => tracing::warn!(path = %path.display(), "not evidence: left alone"),
            }
        }
        found.sort_by_key(|(modified, _)| *modified);
        Ok(found.into_iter().map(|(_, item)| item).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keeper::relay::SignedEnvelope;

    fn evidence(node_id: u32) -> Evidence {
        Evidence::InvalidPayload {
            node_id,
            envelope: SignedEnvelope {
                unsigned_originator_envelope: vec![8, 1].into(),
                signature: vec![1; 65].into(),
            },
        }
    }

    #[test]
    fn evidence_survives_reopening_and_is_gone_once_removed() {
        let dir = std::env::temp_dir().join(format!("keeper-evidence-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let store = EvidenceStore::open(&dir).unwrap();
        let (a, b) = (B256::repeat_byte(1), B256::repeat_byte(2));
        store.put(a, &evidence(1)).unwrap();
        store.put(b, &evidence(2)).unwrap();
        store.put(b, &evidence(2)).unwrap();
        fs::write(dir.join("junk.json"), b"{").unwrap();
        fs::write(dir.join(format!("{a}.json.tmp")), b"half").unwrap();

        let reopened = EvidenceStore::open(&dir).unwrap();
        let mut loaded = reopened.load().unwrap();
        loaded.sort_by_key(|(id, _)| *id);
        assert_eq!(loaded, vec![(a, evidence(1)), (b, evidence(2))]);
        assert!(!dir.join(format!("{a}.json.tmp")).exists());

        reopened.remove(a).unwrap();
        reopened.remove(a).unwrap();
        assert_eq!(reopened.load().unwrap(), vec![(b, evidence(2))]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = fs::metadata(&dir).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "only the keeper reads evidence");
        }
        fs::remove_dir_all(&dir).unwrap();
    }
}
