//! The broadcasters' ordering guarantee: sequence ids are exactly 1, 2, …, n.
//!
//! Consumers replay publishes by sequence id, so a gap means a lost publish and a repeat means
//! a publish counted twice; either breaks every downstream reader.

use super::events::{Kind, Published};

/// Where a list of publishes departs from 1..=n.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OrderingError {
    /// The first sequence id is not 1.
    #[error("{kind} sequence ids must start at 1: expected 1, found {found}")]
    NotStartingAtOne {
        /// The broadcaster.
        kind: Kind,
        /// The first id found.
        found: u64,
    },
    /// An id was skipped.
    #[error("{kind} sequence ids have a gap: expected {expected}, found {found}")]
    Gap {
        /// The broadcaster.
        kind: Kind,
        /// The id that should come next.
        expected: u64,
        /// The id that came instead.
        found: u64,
    },
    /// An id appears twice.
    #[error("{kind} sequence id {found} is repeated: expected {expected}, found {found}")]
    Repeat {
        /// The broadcaster.
        kind: Kind,
        /// The id that should come next.
        expected: u64,
        /// The id that came again.
        found: u64,
    },
    /// An id lower than an earlier one appears, i.e. the list is not in order.
    #[error("{kind} sequence ids go backwards: expected {expected}, found {found}")]
    OutOfOrder {
        /// The broadcaster.
        kind: Kind,
        /// The id that should come next.
        expected: u64,
        /// The lower id that came instead.
        found: u64,
    },
}

/// Checks that the sequence ids of `published`, in the given order, are exactly 1..=n.
pub fn check_contiguous(published: &[Published]) -> Result<(), OrderingError> {
    for (expected, p) in (1u64..).zip(published) {
        let (kind, found) = (p.kind, p.sequence_id);
        if found == expected {
            continue;
        }
        return Err(if expected == 1 {
            OrderingError::NotStartingAtOne { kind, found }
        } else if found > expected {
            OrderingError::Gap {
                kind,
                expected,
                found,
            }
        } else if found == expected - 1 {
            OrderingError::Repeat {
                kind,
                expected,
                found,
            }
        } else {
            OrderingError::OutOfOrder {
                kind,
                expected,
                found,
            }
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::{Bytes, TxHash};

    fn with_ids(ids: &[u64]) -> Vec<Published> {
        ids.iter()
            .map(|&sequence_id| Published {
                kind: Kind::GroupMessage,
                id: Bytes::from_static(&[0; 16]),
                sequence_id,
                payload: Bytes::from_static(b"x"),
                block_number: sequence_id,
                tx_hash: TxHash::ZERO,
            })
            .collect()
    }

    #[test]
    fn accepts_one_to_n_and_the_empty_list() {
        assert_eq!(check_contiguous(&with_ids(&[1, 2, 3, 4, 5])), Ok(()));
        assert_eq!(check_contiguous(&with_ids(&[1])), Ok(()));
        assert_eq!(check_contiguous(&[]), Ok(()));
    }

    #[test]
    fn reports_a_gap_with_expected_and_found() {
        let err = check_contiguous(&with_ids(&[1, 2, 4])).unwrap_err();
        assert_eq!(
            err,
            OrderingError::Gap {
                kind: Kind::GroupMessage,
                expected: 3,
                found: 4
            }
        );
        let msg = err.to_string();
        assert!(
            msg.contains("expected 3") && msg.contains("found 4"),
            "{msg}"
        );
    }

    #[test]
    fn reports_a_repeat() {
        let err = check_contiguous(&with_ids(&[1, 2, 2, 3])).unwrap_err();
        assert_eq!(
            err,
            OrderingError::Repeat {
                kind: Kind::GroupMessage,
                expected: 3,
                found: 2
            }
        );
        assert!(err.to_string().contains("repeated"));
    }

    #[test]
    fn reports_ids_not_starting_at_one() {
        let err = check_contiguous(&with_ids(&[2, 3])).unwrap_err();
        assert_eq!(
            err,
            OrderingError::NotStartingAtOne {
                kind: Kind::GroupMessage,
                found: 2
            }
        );
        assert!(err.to_string().contains("expected 1, found 2"));
        let zero = check_contiguous(&with_ids(&[0, 1])).unwrap_err();
        assert_eq!(
            zero,
            OrderingError::NotStartingAtOne {
                kind: Kind::GroupMessage,
                found: 0
            }
        );
    }

    #[test]
    fn reports_ids_going_backwards() {
        let err = check_contiguous(&with_ids(&[1, 2, 3, 1])).unwrap_err();
        assert_eq!(
            err,
            OrderingError::OutOfOrder {
                kind: Kind::GroupMessage,
                expected: 4,
                found: 1
            }
        );
    }
}
