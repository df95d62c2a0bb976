//! Performance reports: what a witness observed of one node in one epoch, for one witnessed kind, and the one
//! quantization rule that turns raw counts into the values witnesses sign.
//!
//! Witnesses must sign byte-identical reports for a majority to form, yet each witness checked a different number
//! of requests. So a report never carries raw counts: `requests` is always [`REPORT_SCALE`] and `failures` is the
//! raw failure rate in basis points rounded to the kind's step. A rate that falls between two steps is offered both
//! ways ([`candidates`]); the aggregator submits, among the candidates a strict majority signed, the one with the
//! fewest failures, which is in the accused node's favour.

use serde::{Deserialize, Serialize};

/// What every report's `requests` is: failures are expressed in basis points of what each witness checked.
pub const REPORT_SCALE: u32 = 10_000;

/// The step of liveness failures, in basis points: coarse, because witnesses see different network conditions.
pub const LIVENESS_STEP_BPS: u32 = 500;

/// The step of omission and reordering failures, in basis points.
pub const CONTENT_STEP_BPS: u32 = 100;

/// The witnessed kinds, numbered as the contract's `MisbehaviorKind` (0 and 1 are the provable kinds, reported with
/// evidence instead).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportKind {
    /// Requests the node did not answer in time (2): the only kind that counts towards uptime.
    Liveness,
    /// Envelopes the node should have served and left out (3).
    Omission,
    /// Envelopes the node served out of their originator's sequence order (4).
    Reordering,
}

impl ReportKind {
    /// Every witnessed kind, in the contract's order.
    pub const ALL: [ReportKind; 3] = [
        ReportKind::Liveness,
        ReportKind::Omission,
        ReportKind::Reordering,
    ];

    /// The kind's number in the contract (`uint8(MisbehaviorKind.X)`).
    pub fn as_u8(self) -> u8 {
        match self {
            ReportKind::Liveness => 2,
            ReportKind::Omission => 3,
            ReportKind::Reordering => 4,
        }
    }

    /// The witnessed kind numbered `kind` in the contract, or `None` for the provable kinds and unknown numbers.
    pub fn from_u8(kind: u8) -> Option<Self> {
        match kind {
            2 => Some(ReportKind::Liveness),
            3 => Some(ReportKind::Omission),
            4 => Some(ReportKind::Reordering),
            _ => None,
        }
    }

    /// The kind's name in lower snake case, as stored and as used in metrics labels.
    pub fn as_str(self) -> &'static str {
        match self {
            ReportKind::Liveness => "liveness",
            ReportKind::Omission => "omission",
            ReportKind::Reordering => "reordering",
        }
    }

    /// The kind named `name` (see [`ReportKind::as_str`]), or `None`.
    pub fn from_name(name: &str) -> Option<Self> {
        ReportKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == name)
    }

    /// The quantization step of the kind's failures, in basis points.
    pub fn step_bps(self) -> u32 {
        match self {
            ReportKind::Liveness => LIVENESS_STEP_BPS,
            ReportKind::Omission | ReportKind::Reordering => CONTENT_STEP_BPS,
        }
    }
}

impl std::fmt::Display for ReportKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A performance report exactly as the contract's `PerformanceReport` struct and its EIP-712 type: what witnesses
/// sign and the aggregator submits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub struct PerformanceReport {
    /// The accused node.
    pub node_id: u32,
    /// The closed epoch observed.
    pub epoch: u64,
    /// The kind's number in the contract (2 liveness, 3 omission, 4 reordering); see [`ReportKind`].
    pub kind: u8,
    /// What was checked: always [`REPORT_SCALE`] for reports this watcher makes.
    pub requests: u32,
    /// The failures, in basis points of `requests`, on the kind's step.
    pub failures: u32,
    /// Always 0: witnesses cannot agree on a latency (latency goes to metrics and status instead).
    pub average_response_ms: u32,
}

impl PerformanceReport {
    /// The report of `failures` basis points of `kind` against `node_id` in `epoch`, with `requests` at
    /// [`REPORT_SCALE`] and no latency.
    pub fn new(node_id: u32, epoch: u64, kind: ReportKind, failures: u32) -> Self {
        Self {
            node_id,
            epoch,
            kind: kind.as_u8(),
            requests: REPORT_SCALE,
            failures,
            average_response_ms: 0,
        }
    }

    /// The report's witnessed kind, or `None` when `kind` is not one (a report read from outside).
    pub fn report_kind(&self) -> Option<ReportKind> {
        ReportKind::from_u8(self.kind)
    }
}

/// The failure values, in basis points, a witness signs for `raw_failures` failures out of `raw_requests` checks of
/// `kind`: the raw rate rounded down and up to the kind's step (one value when it falls on a step), ascending.
///
/// A witness that checked nothing (`raw_requests == 0`) has no opinion: no candidate. `raw_failures` above
/// `raw_requests` is read as every check failing. For omission and reordering a witness that saw any failure never
/// offers 0: a single omitted or reordered envelope is a fault, however many were checked. Liveness has no such
/// floor: an occasional timeout is network noise.
pub fn candidates(kind: ReportKind, raw_failures: u64, raw_requests: u64) -> Vec<u32> {
    if raw_requests == 0 {
        return Vec::new();
    }
    let failures = u128::from(raw_failures.min(raw_requests));
    let requests = u128::from(raw_requests);
    let step = u128::from(kind.step_bps());
    // The rate in bps is failures·SCALE/requests; in steps it is failures·SCALE/(requests·step). u128 cannot
    // overflow: both factors are below 2^64 and 2^14.
    let numerator = failures * u128::from(REPORT_SCALE);
    let denominator = requests * step;
    let floor_steps = numerator / denominator;
    let exact = numerator % denominator == 0;
    // At most SCALE/step steps, so the values fit in u32 (the rate is at most SCALE, a multiple of every step).
    let to_bps = |steps: u128| u32::try_from(steps * step).unwrap_or(REPORT_SCALE);
    let floor = to_bps(floor_steps);
    let mut values = if exact {
        vec![floor]
    } else {
        vec![floor, to_bps(floor_steps + 1)]
    };
    if failures > 0 && kind != ReportKind::Liveness {
        values.retain(|&value| value != 0);
    }
    values
}

/// The reports a witness signs for `node_id`, `epoch` and `kind` from its raw counts: one per [`candidates`] value.
pub fn candidate_reports(
    node_id: u32,
    epoch: u64,
    kind: ReportKind,
    raw_failures: u64,
    raw_requests: u64,
) -> Vec<PerformanceReport> {
    candidates(kind, raw_failures, raw_requests)
        .into_iter()
        .map(|failures| PerformanceReport::new(node_id, epoch, kind, failures))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_candidates_exact_rate_is_one_value() {
        assert_eq!(candidates(ReportKind::Liveness, 0, 40), vec![0]);
        assert_eq!(candidates(ReportKind::Liveness, 1, 20), vec![500]);
        assert_eq!(candidates(ReportKind::Liveness, 40, 40), vec![10_000]);
        assert_eq!(candidates(ReportKind::Omission, 0, 7), vec![0]);
        assert_eq!(candidates(ReportKind::Omission, 3, 100), vec![300]);
        assert_eq!(candidates(ReportKind::Reordering, 5, 5), vec![10_000]);
    }

    #[test]
    fn test_candidates_between_steps_is_floor_and_ceil() {
        // 1/3 = 3,333.3 bps.
        assert_eq!(candidates(ReportKind::Liveness, 1, 3), vec![3_000, 3_500]);
        assert_eq!(candidates(ReportKind::Omission, 1, 3), vec![3_300, 3_400]);
        // 2/3 = 6,666.7 bps.
        assert_eq!(candidates(ReportKind::Reordering, 2, 3), vec![6_600, 6_700]);
        // 1/1,000 = 10 bps: liveness may round to 0.
        assert_eq!(candidates(ReportKind::Liveness, 1, 1_000), vec![0, 500]);
    }

    #[test]
    fn test_candidates_content_failure_never_offers_zero() {
        assert_eq!(candidates(ReportKind::Omission, 1, 1_000), vec![100]);
        assert_eq!(candidates(ReportKind::Reordering, 1, u64::MAX), vec![100]);
    }

    #[test]
    fn test_candidates_nothing_checked_is_empty() {
        for kind in ReportKind::ALL {
            assert!(candidates(kind, 0, 0).is_empty());
            assert!(candidates(kind, 5, 0).is_empty());
        }
    }

    #[test]
    fn test_candidates_failures_above_requests_clamp_to_all() {
        assert_eq!(candidates(ReportKind::Liveness, 9, 3), vec![10_000]);
        assert_eq!(candidates(ReportKind::Omission, u64::MAX, 1), vec![10_000]);
    }

    #[test]
    fn test_candidates_extreme_counts_do_not_overflow() {
        assert_eq!(
            candidates(ReportKind::Liveness, u64::MAX, u64::MAX),
            vec![10_000]
        );
        assert_eq!(
            candidates(ReportKind::Liveness, u64::MAX - 1, u64::MAX),
            vec![9_500, 10_000]
        );
        assert_eq!(
            candidates(ReportKind::Omission, u64::MAX / 2, u64::MAX),
            vec![4_900, 5_000]
        );
    }

    #[test]
    fn test_candidates_are_on_step_ascending_and_bracket_the_rate() {
        for kind in ReportKind::ALL {
            let step = kind.step_bps();
            for requests in 1..=60u64 {
                for failures in 0..=requests {
                    let values = candidates(kind, failures, requests);
                    assert!(!values.is_empty() && values.len() <= 2);
                    assert!(values.windows(2).all(|pair| pair[1] == pair[0] + step));
                    let rate = failures as f64 * 10_000.0 / requests as f64;
                    for &value in &values {
                        assert_eq!(value % step, 0);
                        assert!(value <= REPORT_SCALE);
                        assert!((f64::from(value) - rate).abs() < f64::from(step));
                    }
                    if failures > 0 && kind != ReportKind::Liveness {
                        assert!(!values.contains(&0));
                    }
                }
            }
        }
    }

    #[test]
    fn test_candidates_two_witnesses_near_a_step_share_a_value() {
        // Witnesses whose raw rates differ by less than one step always share a candidate, unless one of them has
        // no failure at all and the other has some (omission/reordering never rounds a fault to 0).
        let a = candidates(ReportKind::Liveness, 49, 1_000); // 490 bps
        let b = candidates(ReportKind::Liveness, 52, 1_000); // 520 bps
        assert!(a.iter().any(|value| b.contains(value)));
    }

    #[test]
    fn test_report_kind_numbers_match_the_contract() {
        assert_eq!(ReportKind::Liveness.as_u8(), 2);
        assert_eq!(ReportKind::Omission.as_u8(), 3);
        assert_eq!(ReportKind::Reordering.as_u8(), 4);
        for kind in ReportKind::ALL {
            assert_eq!(ReportKind::from_u8(kind.as_u8()), Some(kind));
            assert_eq!(ReportKind::from_name(kind.as_str()), Some(kind));
        }
        assert_eq!(ReportKind::from_u8(0), None);
        assert_eq!(ReportKind::from_u8(1), None);
        assert_eq!(ReportKind::from_u8(5), None);
    }

    #[test]
    fn test_performance_report_serializes_snake_case() {
        let report = PerformanceReport::new(100, 7, ReportKind::Liveness, 500);
        let json = serde_json::to_value(report).expect("serialize");
        assert_eq!(
            json,
            serde_json::json!({"node_id": 100, "epoch": 7, "kind": 2, "requests": 10_000, "failures": 500,
                "average_response_ms": 0})
        );
        let back: PerformanceReport = serde_json::from_value(json).expect("deserialize");
        assert_eq!(back, report);
        assert_eq!(back.report_kind(), Some(ReportKind::Liveness));
    }

    #[test]
    fn test_candidate_reports_one_per_candidate() {
        let reports = candidate_reports(100, 7, ReportKind::Omission, 1, 3);
        assert_eq!(
            reports,
            vec![
                PerformanceReport::new(100, 7, ReportKind::Omission, 3_300),
                PerformanceReport::new(100, 7, ReportKind::Omission, 3_400),
            ]
        );
    }
}
