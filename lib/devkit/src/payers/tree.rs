//! The payer tree of a usage report, built exactly as `Payers` and `MerkleRange` verify it.
//!
//! Leaf `i` is `keccak256(0x00 ‖ payer ‖ uint96 fee)`, an inner node `keccak256(0x01 ‖ left ‖ right)`;
//! leaves stay in index order and a node without a sibling (the last of an odd-length level) moves
//! up unchanged. A settlement batch proves a contiguous range of leaves with the sibling hashes on
//! the range's edges, level by level from the leaves up, left before right.

use alloy::primitives::{keccak256, B256};
pub use xmtp_bindings::payers::IPayers::PayerFee;

/// Why a payer tree or a proof could not be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TreeError {
    /// A report needs at least one payer.
    #[error("a payer tree needs at least one leaf")]
    Empty,
    /// The requested range is empty or runs past the last leaf.
    #[error("range [{first}, {first}+{count}) is not within the {total} leaves")]
    InvalidRange {
        /// First leaf of the range.
        first: usize,
        /// Leaves in the range.
        count: usize,
        /// Leaves in the tree.
        total: usize,
    },
    /// A proof had too few or too many hashes for the range.
    #[error("the proof has the wrong number of hashes for the range")]
    MalformedProof,
}

/// A payer tree, all levels kept so that range proofs are cheap to cut.
#[derive(Debug, Clone)]
pub struct PayerTree {
    leaves: Vec<PayerFee>,
    /// `levels[0]` are the leaf hashes, the last level holds the root alone.
    levels: Vec<Vec<B256>>,
}

impl PayerTree {
    /// Builds the tree over `leaves`, in the given order.
    pub fn new(leaves: Vec<PayerFee>) -> Result<Self, TreeError> {
        if leaves.is_empty() {
            return Err(TreeError::Empty);
        }
        let mut levels = vec![leaves.iter().map(leaf_hash).collect::<Vec<_>>()];
        while levels.last().map_or(0, Vec::len) > 1 {
            let below = levels.last().map(Vec::as_slice).unwrap_or_default();
            let above = parent_level(below);
            levels.push(above);
        }
        Ok(Self { leaves, levels })
    }

    /// The root the report commits to.
    pub fn root(&self) -> B256 {
        self.levels
            .last()
            .and_then(|l| l.first())
            .copied()
            .unwrap_or_default()
    }

    /// How many leaves the tree holds.
    pub fn len(&self) -> usize {
        self.leaves.len()
    }

    /// Never true: a tree has at least one leaf.
    pub fn is_empty(&self) -> bool {
        self.leaves.is_empty()
    }

    /// The leaves, in index order.
    pub fn leaves(&self) -> &[PayerFee] {
        &self.leaves
    }

    /// The proof for leaves `[first, first + count)`, in the order `MerkleRange` consumes it.
    pub fn range_proof(&self, first: usize, count: usize) -> Result<Vec<B256>, TreeError> {
        let total = self.leaves.len();
        if count == 0 || first.checked_add(count).is_none_or(|end| end > total) {
            return Err(TreeError::InvalidRange {
                first,
                count,
                total,
            });
        }
        let mut proof = Vec::new();
        let (mut lo, mut hi) = (first, first + count - 1);
        for level in &self.levels[..self.levels.len() - 1] {
            if !lo.is_multiple_of(2) {
                proof.push(level[lo - 1]);
            }
            if hi.is_multiple_of(2) && hi + 1 < level.len() {
                proof.push(level[hi + 1]);
            }
            lo /= 2;
            hi /= 2;
        }
        Ok(proof)
    }
}

/// Recomputes the root from a contiguous range of leaves and its proof, as the contract does.
pub fn compute_root(
    leaves: &[PayerFee],
    first: usize,
    total: usize,
    proof: &[B256],
) -> Result<B256, TreeError> {
    let count = leaves.len();
    if count == 0 || first.checked_add(count).is_none_or(|end| end > total) {
        return Err(TreeError::InvalidRange {
            first,
            count,
            total,
        });
    }
    let mut nodes: Vec<B256> = leaves.iter().map(leaf_hash).collect();
    let mut proof = proof.iter();
    let (mut lo, mut width) = (first, total);
    while width > 1 {
        let hi = lo + nodes.len() - 1;
        if !lo.is_multiple_of(2) {
            nodes.insert(0, *proof.next().ok_or(TreeError::MalformedProof)?);
        }
        if hi.is_multiple_of(2) && hi + 1 < width {
            nodes.push(*proof.next().ok_or(TreeError::MalformedProof)?);
        }
        nodes = parent_level(&nodes);
        lo /= 2;
        width = width.div_ceil(2);
    }
    if proof.next().is_some() {
        return Err(TreeError::MalformedProof);
    }
    nodes.first().copied().ok_or(TreeError::MalformedProof)
}

/// Hashes consecutive pairs into their parents; an unpaired last node moves up unchanged.
fn parent_level(nodes: &[B256]) -> Vec<B256> {
    nodes
        .chunks(2)
        .map(|pair| match pair {
            [left, right] => node_hash(left, right),
            [alone] => *alone,
            _ => unreachable!("chunks(2) yields one or two items"),
        })
        .collect()
}

/// `keccak256(0x00 ‖ payer ‖ uint96 fee)`.
pub fn leaf_hash(leaf: &PayerFee) -> B256 {
    let mut buf = [0u8; 1 + 20 + 12];
    buf[1..21].copy_from_slice(leaf.payer.as_slice());
    buf[21..].copy_from_slice(&leaf.fee.to_be_bytes::<12>());
    keccak256(buf)
}

/// `keccak256(0x01 ‖ left ‖ right)`.
pub fn node_hash(left: &B256, right: &B256) -> B256 {
    let mut buf = [0u8; 1 + 32 + 32];
    buf[0] = 1;
    buf[1..33].copy_from_slice(left.as_slice());
    buf[33..].copy_from_slice(right.as_slice());
    keccak256(buf)
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::{aliases::U96, Address};

    fn leaves(n: usize) -> Vec<PayerFee> {
        (0..n)
            .map(|i| PayerFee {
                payer: Address::with_last_byte(i as u8 + 1),
                fee: U96::from(1_000 * (i + 1)),
            })
            .collect()
    }

    #[test]
    fn every_range_of_every_small_tree_proves_the_root() {
        for total in 1..=17 {
            let tree = PayerTree::new(leaves(total)).unwrap();
            for first in 0..total {
                for count in 1..=total - first {
                    let proof = tree.range_proof(first, count).unwrap();
                    let range = &tree.leaves()[first..first + count];
                    assert_eq!(
                        compute_root(range, first, total, &proof).unwrap(),
                        tree.root(),
                        "total {total} first {first} count {count}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_changed_fee_does_not_prove() {
        let tree = PayerTree::new(leaves(9)).unwrap();
        let proof = tree.range_proof(3, 4).unwrap();
        let mut range = tree.leaves()[3..7].to_vec();
        range[2].fee += U96::from(1);
        assert_ne!(compute_root(&range, 3, 9, &proof).unwrap(), tree.root());
    }

    #[test]
    fn single_leaf_root_is_the_leaf_hash() {
        let tree = PayerTree::new(leaves(1)).unwrap();
        assert_eq!(tree.root(), leaf_hash(&tree.leaves()[0]));
        assert!(tree.range_proof(0, 1).unwrap().is_empty());
    }

    #[test]
    fn leaf_hash_packs_payer_and_uint96_fee() {
        let leaf = PayerFee {
            payer: Address::repeat_byte(0xab),
            fee: U96::from(0x0102),
        };
        let mut expected = vec![0u8];
        expected.extend_from_slice(&[0xab; 20]);
        expected.extend_from_slice(&[0; 10]);
        expected.extend_from_slice(&[0x01, 0x02]);
        assert_eq!(leaf_hash(&leaf), keccak256(expected));
    }

    #[test]
    fn bad_inputs_are_refused() {
        assert_eq!(PayerTree::new(vec![]).unwrap_err(), TreeError::Empty);
        let tree = PayerTree::new(leaves(4)).unwrap();
        assert!(tree.range_proof(3, 2).is_err());
        assert!(tree.range_proof(0, 0).is_err());
        let proof = tree.range_proof(1, 1).unwrap();
        assert_eq!(
            compute_root(&tree.leaves()[1..2], 1, 4, &proof[..1]),
            Err(TreeError::MalformedProof)
        );
        let mut long = proof.clone();
        long.push(B256::ZERO);
        assert_eq!(
            compute_root(&tree.leaves()[1..2], 1, 4, &long),
            Err(TreeError::MalformedProof)
        );
    }
}
