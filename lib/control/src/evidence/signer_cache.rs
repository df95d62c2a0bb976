//! Recent `Nodes.signerRecord` answers, bounded: the relay and the watcher each keep one, so that a flood of
//! envelopes signed by one key costs one chain read per `ttl`, and a flood of made-up keys costs memory up to a cap,
//! never more.

use std::{
    collections::HashMap,
    sync::Mutex,
    time::{Duration, Instant},
};

use alloy::primitives::Address;

use super::SignerRecord;

/// The most signer records cached; past it, stale entries go first, then all.
pub const MAX_CACHED_SIGNERS: usize = 4_096;

/// A cache of signer records, each trusted for `ttl`.
#[derive(Debug)]
pub struct SignerCache {
    ttl: Duration,
    records: Mutex<HashMap<Address, (Instant, SignerRecord)>>,
}

impl SignerCache {
    /// An empty cache whose answers are trusted for `ttl`.
    pub fn new(ttl: Duration) -> Self {
        Self {
            ttl,
            records: Mutex::new(HashMap::new()),
        }
    }

    fn records(&self) -> std::sync::MutexGuard<'_, HashMap<Address, (Instant, SignerRecord)>> {
        self.records
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The record of `signer` read within `ttl` before `now`, if any.
    pub fn get(&self, signer: Address, now: Instant) -> Option<SignerRecord> {
        self.records()
            .get(&signer)
            .filter(|(at, _)| now.saturating_duration_since(*at) < self.ttl)
            .map(|(_, record)| *record)
    }

    /// Keeps `record`, read at `now`, for `signer`.
    pub fn insert(&self, signer: Address, record: SignerRecord, now: Instant) {
        let mut records = self.records();
        if records.len() >= MAX_CACHED_SIGNERS && !records.contains_key(&signer) {
            records.retain(|_, (at, _)| now.saturating_duration_since(*at) < self.ttl);
            if records.len() >= MAX_CACHED_SIGNERS {
                records.clear();
            }
        }
        records.insert(signer, (now, record));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn get_forgets_a_record_after_its_ttl() {
        let cache = SignerCache::new(Duration::from_secs(2));
        let signer = Address::repeat_byte(1);
        let record = SignerRecord::current(7, Address::repeat_byte(2));
        let now = Instant::now();
        cache.insert(signer, record, now);
        assert_eq!(
            cache.get(signer, now + Duration::from_secs(1)),
            Some(record)
        );
        assert_eq!(cache.get(signer, now + Duration::from_secs(2)), None);
    }

    #[test]
    fn insert_never_holds_more_than_the_cap() {
        let cache = SignerCache::new(Duration::from_secs(60));
        let now = Instant::now();
        for index in 0..(MAX_CACHED_SIGNERS as u64 + 10) {
            let signer = Address::from_word(alloy::primitives::keccak256(index.to_be_bytes()));
            cache.insert(signer, SignerRecord::default(), now);
        }
        assert!(cache.records().len() <= MAX_CACHED_SIGNERS);
    }
}
