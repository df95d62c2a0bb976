//! How much the public intake takes: per client IP (a token bucket, so a burst is fine but a
//! flood is answered `429`), per reported node (a few pieces of evidence an hour: one report
//! per jail period is all the contract pays for), and nodes the chain has just refused a report
//! against (refused at once, without a chain read, until the refusal expires).
//!
//! Every map is bounded: an attacker with many addresses fills it to its cap, after which the
//! oldest entries are dropped, never memory.

use std::{
    collections::{HashMap, VecDeque},
    hash::Hash,
    net::IpAddr,
    sync::Mutex,
    time::{Duration, Instant},
};

/// The most client IPs (or nodes) tracked at once.
const MAX_TRACKED: usize = 10_000;

/// A token bucket per key: `burst` requests at once, refilled at `per_minute`.
#[derive(Debug)]
pub struct RateLimiter<K> {
    per_minute: u32,
    burst: u32,
    buckets: Mutex<HashMap<K, (f64, Instant)>>,
}

impl<K: Hash + Eq + Copy> RateLimiter<K> {
    /// A limiter allowing `burst` at once and `per_minute` sustained.
    pub fn new(per_minute: u32, burst: u32) -> Self {
        Self {
            per_minute: per_minute.max(1),
            burst: burst.max(1),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one token for `key` at `now`; when there is none, how long until there is.
    pub fn take(&self, key: K, now: Instant) -> Result<(), Duration> {
        let rate = f64::from(self.per_minute) / 60.0;
        let burst = f64::from(self.burst);
        let mut buckets = lock(&self.buckets);
        if buckets.len() >= MAX_TRACKED && !buckets.contains_key(&key) {
            // Full buckets hold no information: drop them first, then anything.
            buckets.retain(|_, (tokens, at)| {
                *tokens + now.saturating_duration_since(*at).as_secs_f64() * rate < burst
            });
            if buckets.len() >= MAX_TRACKED {
                buckets.clear();
            }
        }
        let (tokens, at) = buckets.entry(key).or_insert((burst, now));
        *tokens = (*tokens + now.saturating_duration_since(*at).as_secs_f64() * rate).min(burst);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - *tokens) / rate).max(Duration::from_secs(1)))
        }
    }
}

/// At most `limit` events per key per `window`.
#[derive(Debug)]
pub struct WindowCounter<K> {
    limit: u32,
    window: Duration,
    events: Mutex<HashMap<K, VecDeque<Instant>>>,
}

impl<K: Hash + Eq + Copy> WindowCounter<K> {
    /// `limit` events per `window`.
    pub fn new(limit: u32, window: Duration) -> Self {
        Self {
            limit,
            window,
            events: Mutex::new(HashMap::new()),
        }
    }

    /// Whether one more event for `key` at `now` stays within the limit; if not, how long
    /// until it would.
    pub fn check(&self, key: K, now: Instant) -> Result<(), Duration> {
        let mut events = lock(&self.events);
        let Some(times) = events.get_mut(&key) else {
            return if self.limit == 0 {
                Err(self.window)
            } else {
                Ok(())
            };
        };
        while times
            .front()
            .is_some_and(|at| now.saturating_duration_since(*at) >= self.window)
        {
            times.pop_front();
        }
        if times.len() < self.limit as usize {
            Ok(())
        } else {
            Err(times.front().map_or(self.window, |at| {
                (*at + self.window).saturating_duration_since(now)
            }))
        }
    }

    /// Counts one event for `key` at `now`.
    pub fn record(&self, key: K, now: Instant) {
        let mut events = lock(&self.events);
        if events.len() >= MAX_TRACKED && !events.contains_key(&key) {
            let window = self.window;
            events.retain(|_, times| {
                times
                    .back()
                    .is_some_and(|at| now.saturating_duration_since(*at) < window)
            });
            if events.len() >= MAX_TRACKED {
                events.clear();
            }
        }
        events.entry(key).or_default().push_back(now);
    }
}

/// Keys refused until a time: nodes whose owner the chain just refused a report against.
#[derive(Debug, Default)]
pub struct RefusedUntil<K> {
    until: Mutex<HashMap<K, Instant>>,
}

impl<K: Hash + Eq + Copy> RefusedUntil<K> {
    /// Refuses `key` until `until`.
    pub fn refuse(&self, key: K, until: Instant) {
        let mut map = lock(&self.until);
        if map.len() >= MAX_TRACKED {
            let now = Instant::now();
            map.retain(|_, at| *at > now);
        }
        if map.len() < MAX_TRACKED {
            map.insert(key, until);
        }
    }

    /// Whether `key` is refused at `now`.
    pub fn is_refused(&self, key: K, now: Instant) -> bool {
        lock(&self.until).get(&key).is_some_and(|at| *at > now)
    }
}

/// The intake's limits, shared by the listener (per IP) and the intake (per node).
#[derive(Debug)]
pub struct IntakeLimits {
    /// Requests per client IP.
    pub per_ip: RateLimiter<IpAddr>,
    /// Accepted evidence per reported node per hour.
    pub per_node: WindowCounter<u32>,
    /// Nodes the chain refused a report against, refused again without a read.
    pub refused_nodes: RefusedUntil<u32>,
    /// Bytes of calldata held by accepted evidence not yet relayed: evidence is up to 1 MiB,
    /// so a count alone would not bound memory.
    pending_bytes: std::sync::atomic::AtomicUsize,
}

/// The most bytes of report calldata accepted evidence may hold while it waits.
pub const MAX_PENDING_BYTES: usize = 8 << 20;

impl IntakeLimits {
    /// Limits of `per_minute` (burst `burst`) requests per IP and `per_node_per_hour` accepted
    /// pieces of evidence per node.
    pub fn new(per_minute: u32, burst: u32, per_node_per_hour: u32) -> Self {
        Self {
            per_ip: RateLimiter::new(per_minute, burst),
            per_node: WindowCounter::new(per_node_per_hour, Duration::from_secs(3_600)),
            refused_nodes: RefusedUntil::default(),
            pending_bytes: std::sync::atomic::AtomicUsize::new(0),
        }
    }

    /// Holds `bytes` for a piece of evidence about to wait; false (nothing held) when that
    /// would pass [`MAX_PENDING_BYTES`].
    pub fn hold(&self, bytes: usize) -> bool {
        use std::sync::atomic::Ordering;
        self.pending_bytes
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |held| {
                held.checked_add(bytes)
                    .filter(|total| *total <= MAX_PENDING_BYTES)
            })
            .is_ok()
    }

    /// Holds `bytes` whatever the total (evidence already persisted, loaded at start).
    pub fn hold_anyway(&self, bytes: usize) {
        self.pending_bytes
            .fetch_add(bytes, std::sync::atomic::Ordering::AcqRel);
    }

    /// Releases what [`IntakeLimits::hold`] held.
    pub fn release(&self, bytes: usize) {
        use std::sync::atomic::Ordering;
        let _ = self
            .pending_bytes
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |held| {
                Some(held.saturating_sub(bytes))
            });
    }
}

impl Default for IntakeLimits {
    /// The documented defaults: 30 a minute per IP with a burst of 10, 4 per node per hour.
    fn default() -> Self {
        Self::new(30, 10, 4)
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_ip_gets_its_burst_then_the_rate() {
        let limiter = RateLimiter::new(30, 10);
        let ip: IpAddr = "203.0.113.9".parse().unwrap();
        let other: IpAddr = "203.0.113.10".parse().unwrap();
        let now = Instant::now();
        for _ in 0..10 {
            limiter.take(ip, now).unwrap();
        }
        let wait = limiter.take(ip, now).unwrap_err();
        assert_eq!(wait, Duration::from_secs(2), "30 a minute: one every 2 s");
        limiter.take(other, now).unwrap();
        limiter.take(ip, now + Duration::from_secs(2)).unwrap();
        assert!(limiter.take(ip, now + Duration::from_secs(2)).is_err());
    }

    #[test]
    fn a_node_takes_at_most_its_hourly_count() {
        let counter = WindowCounter::new(4, Duration::from_secs(3_600));
        let now = Instant::now();
        for i in 0..4 {
            counter.check(7, now).unwrap();
            counter.record(7, now + Duration::from_secs(i));
        }
        let wait = counter.check(7, now + Duration::from_secs(10)).unwrap_err();
        assert_eq!(wait, Duration::from_secs(3_590));
        counter.check(8, now).unwrap();
        counter.check(7, now + Duration::from_secs(3_600)).unwrap();
    }

    #[test]
    fn a_million_addresses_cost_bounded_memory() {
        let limiter = RateLimiter::new(1, 1);
        let now = Instant::now();
        for i in 0..(MAX_TRACKED as u32 * 3) {
            let _ = limiter.take(IpAddr::from(i.to_be_bytes()), now);
        }
        assert!(lock(&limiter.buckets).len() <= MAX_TRACKED);
    }

    #[test]
    fn waiting_evidence_is_bounded_in_bytes() {
        let limits = IntakeLimits::default();
        assert!(limits.hold(MAX_PENDING_BYTES - 10));
        assert!(!limits.hold(11));
        assert!(limits.hold(10));
        limits.release(MAX_PENDING_BYTES);
        assert!(limits.hold(1 << 20));
    }

    #[test]
    fn a_refused_node_is_refused_until_the_refusal_ends() {
        let refused = RefusedUntil::default();
        let now = Instant::now();
        refused.refuse(5u32, now + Duration::from_secs(60));
        assert!(refused.is_refused(5, now));
        assert!(!refused.is_refused(6, now));
        assert!(!refused.is_refused(5, now + Duration::from_secs(60)));
    }
}
