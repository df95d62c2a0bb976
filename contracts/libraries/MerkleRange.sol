// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/**
 * @title  MerkleRange
 * @notice Proves a contiguous range of leaves of a Merkle tree at once.
 * @dev    The tree (see `IPayers`): leaves stay in index order; an inner node is
 *         `keccak256(abi.encodePacked(uint8(1), left, right))`; a node without a sibling (the last of an odd-length level)
 *         moves up unchanged. A range `[first, last]` is proved by the sibling hashes just outside its edges, level by
 *         level from the leaves up: at each level, the left-edge sibling when `first` is odd, then the right-edge sibling
 *         when `last` is even and not the last node of the level. Everything inside the range is recomputed from the
 *         leaves, so the proof of `n` contiguous leaves holds at most two hashes per level.
 */
library MerkleRange {
    /// @notice The range is empty or runs past the tree's last leaf.
    error InvalidRange(uint256 firstIndex, uint256 count, uint256 totalLeaves);

    /// @notice The proof ran out of sibling hashes before the root.
    error ProofTooShort(uint256 proofLength);

    /// @notice The root was reached with sibling hashes left over.
    error ProofTooLong(uint256 used, uint256 proofLength);

    /// @notice The leaf hash of a payer tree leaf.
    function leafHash(address payer, uint96 fee) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(uint8(0), payer, fee));
    }

    /// @notice The hash of an inner node.
    function nodeHash(bytes32 left, bytes32 right) internal pure returns (bytes32 hash) {
        // Same bytes as keccak256(abi.encodePacked(uint8(1), left, right)), hashed in free memory
        // without allocating it (the batch hashes hundreds of nodes).
        assembly ("memory-safe") {
            let free := mload(0x40)
            mstore8(free, 1)
            mstore(add(free, 1), left)
            mstore(add(free, 33), right)
            hash := keccak256(free, 65)
        }
    }

    /**
     * @notice The root that `leaves`, as leaves `[firstIndex, firstIndex + leaves.length)` of a tree of `totalLeaves`
     *         leaves, and `proof` produce.
     * @dev    Works in place: overwrites `leaves` with the inner nodes above them. Reverts with `ProofTooShort` or
     *         `ProofTooLong` when `proof` does not hold exactly the hashes the range needs.
     */
    function computeRoot(bytes32[] memory leaves, uint256 firstIndex, uint256 totalLeaves, bytes32[] memory proof)
        internal
        pure
        returns (bytes32)
    {
        uint256 count = leaves.length;
        if (count == 0 || firstIndex >= totalLeaves || count > totalLeaves - firstIndex) {
            revert InvalidRange(firstIndex, count, totalLeaves);
        }
        uint256 first = firstIndex;
        // Cannot underflow: count >= 1.
        uint256 last = firstIndex + count - 1;
        uint256 width = totalLeaves;
        uint256 used;
        // Invariant: leaves[0 .. count) hold the nodes first .. last of the current level, which has `width` nodes.
        while (width > 1) {
            // Both start at zero on every level: a local declared without a value is zeroed each time its declaration
            // runs. Written out (`= 0`), solc 0.8.30 emits code that costs 28 gas more in a settlement.
            // slither-disable-next-line uninitialized-local
            uint256 read;
            // slither-disable-next-line uninitialized-local
            uint256 written;
            if (first & 1 == 1) {
                if (used == proof.length) revert ProofTooShort(proof.length);
                leaves[0] = nodeHash(proof[used++], leaves[0]);
                read = 1;
                written = 1;
            }
            // In place: `written <= read` throughout, so each pair is read before its slot is overwritten.
            for (; read + 1 < count; read += 2) {
                leaves[written++] = nodeHash(leaves[read], leaves[read + 1]);
            }
            if (read < count) {
                // One node left over: `last`, which is even. Its sibling is outside the range, or it has none.
                if (last == width - 1) {
                    leaves[written++] = leaves[read];
                } else {
                    if (used == proof.length) revert ProofTooShort(proof.length);
                    leaves[written++] = nodeHash(leaves[read], proof[used++]);
                }
            }
            count = written;
            first >>= 1;
            last >>= 1;
            width = (width + 1) >> 1;
        }
        if (used != proof.length) revert ProofTooLong(used, proof.length);
        return leaves[0];
    }
}
