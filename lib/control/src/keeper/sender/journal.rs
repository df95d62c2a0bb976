//! The in-flight journal: every transaction signed and not yet settled, written to the state
//! directory before it is broadcast.
//!
//! A keeper killed (or stopped) between broadcasting and seeing a receipt would otherwise forget
//! what it sent, and the next start would only know that "something" holds a nonce. With the
//! journal it knows what: it watches those hashes again, replaces them with higher fees if they
//! are stuck, and rebroadcasts the signed bytes if the pool dropped them while the nonce is
//! still free. An entry goes when its nonce has a final outcome.
//!
//! The journal records the chain's genesis hash: a journal found on another instance of the
//! chain (a restarted devnet with the same chain id) is discarded rather than rebroadcast.

use std::{collections::BTreeMap, sync::Mutex};

use alloy::primitives::{Address, Bytes, TxHash, B256};
use serde::{Deserialize, Serialize};

use crate::keeper::state::{StateDir, StateError};

/// The journal's file in the state directory.
pub const INFLIGHT: &str = "inflight.json";

/// One nonce's transactions, as recorded before the latest was broadcast.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InFlight {
    /// What the call is, e.g. `NodeSelectionManager.rotateNodes`.
    pub label: String,
    /// The nonce.
    pub nonce: u64,
    /// The contract called (the keeper itself for a cancellation).
    pub to: Address,
    /// The call's data.
    pub data: Bytes,
    /// The gas limit.
    pub gas_limit: u64,
    /// Every transaction signed for the nonce, first to last.
    pub hashes: Vec<TxHash>,
    /// The last one, signed and encoded (EIP-2718): what a rebroadcast sends.
    pub raw: Bytes,
    /// Its `maxFeePerGas`, wei.
    pub max_fee_per_gas: u128,
    /// Its `maxPriorityFeePerGas`, wei.
    pub max_priority_fee_per_gas: u128,
    /// When it was signed, unix seconds.
    pub signed_at: u64,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct File {
    /// The chain's block 0, when known.
    genesis: Option<B256>,
    entries: Vec<InFlight>,
}

/// The journal of one key on one chain.
#[derive(Debug)]
pub struct Journal {
    state: StateDir,
    contents: Mutex<(Option<B256>, BTreeMap<u64, InFlight>)>,
}

impl Journal {
    /// The journal in `state`, read now; an unreadable file is kept aside
    /// (`inflight.json.unreadable`) and the journal starts empty.
    pub fn open(state: StateDir) -> Result<Self, StateError> {
        let (genesis, entries) = match state.read(INFLIGHT)? {
            None => (None, BTreeMap::new()),
            Some(bytes) => match serde_json::from_slice::<File>(&bytes) {
                Ok(file) => (
                    file.genesis,
                    file.entries
                        .into_iter()
                        .map(|entry| (entry.nonce, entry))
                        .collect(),
                ),
                Err(error) => {
                    tracing::error!(
                        file = %state.path(INFLIGHT).display(),
                        %error,
                        "the in-flight journal cannot be read; kept aside, starting empty"
                    );
                    state.write_atomic(&format!("{INFLIGHT}.unreadable"), &bytes)?;
                    (None, BTreeMap::new())
                }
            },
        };
        Ok(Self {
            state,
            contents: Mutex::new((genesis, entries)),
        })
    }

    /// The entries, lowest nonce first.
    pub fn entries(&self) -> Vec<InFlight> {
        self.lock().1.values().cloned().collect()
    }

    /// The entry for `nonce`.
    pub fn get(&self, nonce: u64) -> Option<InFlight> {
        self.lock().1.get(&nonce).cloned()
    }

    /// Keeps the entries only if they were written on the chain whose block 0 is `genesis`;
    /// returns how many were discarded.
    pub fn check_genesis(&self, genesis: B256) -> Result<usize, StateError> {
        let discarded = {
            let mut contents = self.lock();
            let discarded = match contents.0 {
                Some(recorded) if recorded != genesis => {
                    let count = contents.1.len();
                    contents.1.clear();
                    count
                }
                _ => 0,
            };
            contents.0 = Some(genesis);
            discarded
        };
        self.save()?;
        Ok(discarded)
    }

    /// Records (or updates) the entry for its nonce, durably, before it is broadcast.
    pub fn record(&self, entry: InFlight) -> Result<(), StateError> {
        self.lock().1.insert(entry.nonce, entry);
        self.save()
    }

    /// Forgets `nonce`: its outcome is final.
    pub fn remove(&self, nonce: u64) -> Result<(), StateError> {
        if self.lock().1.remove(&nonce).is_none() {
            return Ok(());
        }
        self.save()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, (Option<B256>, BTreeMap<u64, InFlight>)> {
        self.contents
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn save(&self) -> Result<(), StateError> {
        let file = {
            let contents = self.lock();
            File {
                genesis: contents.0,
                entries: contents.1.values().cloned().collect(),
            }
        };
        if file.entries.is_empty() && file.genesis.is_none() {
            return self.state.remove(INFLIGHT);
        }
        // Serializing plain data cannot fail.
        let bytes = serde_json::to_vec_pretty(&file).unwrap_or_default();
        self.state.write_atomic(INFLIGHT, &bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(nonce: u64) -> InFlight {
        InFlight {
            label: "NodeSelectionManager.rotateNodes".into(),
            nonce,
            to: Address::repeat_byte(1),
            data: Bytes::from_static(&[1, 2]),
            gas_limit: 100_000,
            hashes: vec![TxHash::repeat_byte(nonce as u8)],
            raw: Bytes::from_static(&[0x02, 0xff]),
            max_fee_per_gas: 10,
            max_priority_fee_per_gas: 1,
            signed_at: 1,
        }
    }

    fn state(name: &str) -> (StateDir, std::path::PathBuf) {
        let base =
            std::env::temp_dir().join(format!("keeper-journal-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        (StateDir::open(&base, 1, Address::ZERO).unwrap(), base)
    }

    #[test]
    fn entries_survive_a_reopen_until_removed() {
        let (state, base) = state("reopen");
        let journal = Journal::open(state.clone()).unwrap();
        journal.record(entry(4)).unwrap();
        journal.record(entry(3)).unwrap();
        let again = Journal::open(state.clone()).unwrap();
        assert_eq!(again.entries(), vec![entry(3), entry(4)]);
        again.remove(3).unwrap();
        assert_eq!(Journal::open(state).unwrap().entries(), vec![entry(4)]);
        std::fs::remove_dir_all(base).unwrap();
    }

    #[test]
    fn a_journal_of_another_chain_instance_is_discarded() {
        let (state, base) = state("genesis");
        let journal = Journal::open(state.clone()).unwrap();
        assert_eq!(journal.check_genesis(B256::repeat_byte(1)).unwrap(), 0);
        journal.record(entry(0)).unwrap();
        let reopened = Journal::open(state.clone()).unwrap();
        assert_eq!(reopened.check_genesis(B256::repeat_byte(1)).unwrap(), 0);
        assert_eq!(reopened.entries().len(), 1);
        assert_eq!(reopened.check_genesis(B256::repeat_byte(2)).unwrap(), 1);
        assert!(Journal::open(state).unwrap().entries().is_empty());
        std::fs::remove_dir_all(base).unwrap();
    }

    #[test]
    fn an_unreadable_journal_is_kept_aside() {
        let (state, base) = state("unreadable");
        state.write_atomic(INFLIGHT, b"{ not json").unwrap();
        let journal = Journal::open(state.clone()).unwrap();
        assert!(journal.entries().is_empty());
        assert!(state
            .read(&format!("{INFLIGHT}.unreadable"))
            .unwrap()
            .is_some());
        std::fs::remove_dir_all(base).unwrap();
    }
}
