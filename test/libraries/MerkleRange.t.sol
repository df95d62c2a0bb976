// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPayers} from "../../contracts/interfaces/IPayers.sol";
import {MerkleRange} from "../../contracts/libraries/MerkleRange.sol";
import {PayerTree} from "../utils/PayersFixture.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Test} from "forge-std/Test.sol";

/// @dev External entry points, so that reverts of the internal library can be expected.
contract MerkleRangeHarness {
    function computeRoot(bytes32[] memory leaves, uint256 firstIndex, uint256 totalLeaves, bytes32[] memory proof)
        external
        pure
        returns (bytes32)
    {
        return MerkleRange.computeRoot(leaves, firstIndex, totalLeaves, proof);
    }
}

contract MerkleRangeTest is Test {
    MerkleRangeHarness internal harness = new MerkleRangeHarness();

    /* ============ Hashes ============ */

    function testFuzz_leafHash_isTheDocumentedEncoding(address payer, uint96 fee) public pure {
        assertEq(MerkleRange.leafHash(payer, fee), keccak256(abi.encodePacked(uint8(0), payer, fee)));
        assertEq(MerkleRange.leafHash(payer, fee), PayerTree.leafHash(IPayers.PayerFee({payer: payer, fee: fee})));
    }

    function testFuzz_nodeHash_isTheDocumentedEncoding(bytes32 left, bytes32 right) public pure {
        assertEq(MerkleRange.nodeHash(left, right), keccak256(abi.encodePacked(uint8(1), left, right)));
    }

    function test_nodeHash_keepsTheFreeMemoryPointer() public pure {
        uint256 before;
        assembly {
            before := mload(0x40)
        }
        MerkleRange.nodeHash(bytes32(uint256(1)), bytes32(uint256(2)));
        uint256 afterHash;
        assembly {
            afterHash := mload(0x40)
        }
        assertEq(afterHash, before);
    }

    /* ============ computeRoot: known trees ============ */

    function test_computeRoot_ofASingleLeafTreeIsTheLeaf() public pure {
        bytes32[] memory leaves = _leaves(1, 1);
        bytes32 leaf = leaves[0];
        assertEq(MerkleRange.computeRoot(leaves, 0, 1, new bytes32[](0)), leaf);
    }

    function test_computeRoot_ofThreeLeavesLiftsTheOddOneUnchanged() public pure {
        bytes32[] memory leaves = _leaves(3, 2);
        bytes32 left = MerkleRange.nodeHash(leaves[0], leaves[1]);
        bytes32 root = MerkleRange.nodeHash(left, leaves[2]);
        assertEq(PayerTree.root(leaves), root);

        // Leaf 2 alone: no sibling at the bottom, the left subtree's hash one level up.
        bytes32[] memory proof = new bytes32[](1);
        proof[0] = left;
        bytes32[] memory range = new bytes32[](1);
        range[0] = leaves[2];
        assertEq(MerkleRange.computeRoot(range, 2, 3, proof), root);
    }

    function test_computeRoot_ofAMiddleRangeUsesBothEdges() public pure {
        // 8 leaves, range [1, 5]: leaf 0 on the left; leaf 6 on the right; then node (6,7)... already paired:
        // level 0: first 1 odd -> leaves[0]; last 5 odd -> none.
        // level 1: first 0, last 2 even -> node (6,7).
        // level 2: first 0, last 1 -> none. Root.
        bytes32[] memory leaves = _leaves(8, 3);
        bytes32[] memory proof = new bytes32[](2);
        proof[0] = leaves[0];
        proof[1] = MerkleRange.nodeHash(leaves[6], leaves[7]);
        assertEq(PayerTree.rangeProof(leaves, 1, 5), proof);
        assertEq(MerkleRange.computeRoot(_slice(leaves, 1, 5), 1, 8, proof), PayerTree.root(leaves));
    }

    function test_computeRoot_ofTheWholeTreeNeedsNoProof() public pure {
        bytes32[] memory leaves = _leaves(13, 4);
        bytes32 root = PayerTree.root(leaves);
        assertEq(MerkleRange.computeRoot(_slice(leaves, 0, 13), 0, 13, new bytes32[](0)), root);
    }

    /* ============ computeRoot: against the reference ============ */

    function testFuzz_computeRoot_matchesFullTreeRecomputation(uint256 size, uint256 first, uint256 count, uint256 seed)
        public
        pure
    {
        (bytes32[] memory leaves, bytes32[] memory proof, uint256 f, uint256 c) = _case(size, first, count, seed);
        assertEq(MerkleRange.computeRoot(_slice(leaves, f, c), f, leaves.length, proof), PayerTree.root(leaves));
        // At most two siblings per level above the leaves.
        assertLe(proof.length, 2 * PayerTree.levels(leaves).length);
    }

    function testFuzz_computeRoot_changesWithAnyLeaf(
        uint256 size,
        uint256 first,
        uint256 count,
        uint256 seed,
        uint256 which
    ) public pure {
        (bytes32[] memory leaves, bytes32[] memory proof, uint256 f, uint256 c) = _case(size, first, count, seed);
        bytes32[] memory range = _slice(leaves, f, c);
        range[which % c] ^= bytes32(uint256(1));
        assertNotEq(MerkleRange.computeRoot(range, f, leaves.length, proof), PayerTree.root(leaves));
    }

    function testFuzz_computeRoot_changesWithAnyProofHash(
        uint256 size,
        uint256 first,
        uint256 count,
        uint256 seed,
        uint256 which
    ) public pure {
        (bytes32[] memory leaves, bytes32[] memory proof, uint256 f, uint256 c) = _case(size, first, count, seed);
        vm.assume(proof.length > 0);
        proof[which % proof.length] ^= bytes32(uint256(1) << 255);
        assertNotEq(MerkleRange.computeRoot(_slice(leaves, f, c), f, leaves.length, proof), PayerTree.root(leaves));
    }

    function testFuzz_computeRoot_changesWithTheRangesPosition(uint256 size, uint256 first, uint256 count, uint256 seed)
        public
        view
    {
        (bytes32[] memory leaves, bytes32[] memory proof, uint256 f, uint256 c) = _case(size, first, count, seed);
        vm.assume(f + c < leaves.length);
        // The same leaves and proof, claimed one position further right: either the proof no longer fits, or the
        // root differs.
        try harness.computeRoot(_slice(leaves, f, c), f + 1, leaves.length, proof) returns (bytes32 root) {
            assertNotEq(root, PayerTree.root(leaves));
        } catch {}
    }

    function testFuzz_computeRoot_revertsWhenProofIsTooShort(uint256 size, uint256 first, uint256 count, uint256 seed)
        public
    {
        (bytes32[] memory leaves, bytes32[] memory proof, uint256 f, uint256 c) = _case(size, first, count, seed);
        vm.assume(proof.length > 0);
        bytes32[] memory short = _slice(proof, 0, proof.length - 1);
        vm.expectRevert(abi.encodeWithSelector(MerkleRange.ProofTooShort.selector, short.length));
        harness.computeRoot(_slice(leaves, f, c), f, leaves.length, short);
    }

    function testFuzz_computeRoot_revertsWhenProofIsTooLong(uint256 size, uint256 first, uint256 count, uint256 seed)
        public
    {
        (bytes32[] memory leaves, bytes32[] memory proof, uint256 f, uint256 c) = _case(size, first, count, seed);
        bytes32[] memory long = new bytes32[](proof.length + 1);
        for (uint256 i; i < proof.length; ++i) {
            long[i] = proof[i];
        }
        vm.expectRevert(abi.encodeWithSelector(MerkleRange.ProofTooLong.selector, proof.length, long.length));
        harness.computeRoot(_slice(leaves, f, c), f, leaves.length, long);
    }

    function test_computeRoot_revertsOnAnEmptyRange() public {
        vm.expectRevert(abi.encodeWithSelector(MerkleRange.InvalidRange.selector, 0, 0, 4));
        harness.computeRoot(new bytes32[](0), 0, 4, new bytes32[](0));
    }

    function test_computeRoot_revertsWhenTheRangeRunsPastTheTree() public {
        vm.expectRevert(abi.encodeWithSelector(MerkleRange.InvalidRange.selector, 3, 2, 4));
        harness.computeRoot(new bytes32[](2), 3, 4, new bytes32[](0));
    }

    function test_computeRoot_revertsWhenTheRangeStartsPastTheTree() public {
        vm.expectRevert(abi.encodeWithSelector(MerkleRange.InvalidRange.selector, 4, 1, 4));
        harness.computeRoot(new bytes32[](1), 4, 4, new bytes32[](0));
    }

    /* ============ Helpers ============ */

    /// @dev A tree of 1..64 leaves, a range in it and the range's proof from the reference.
    function _case(uint256 size, uint256 first, uint256 count, uint256 seed)
        internal
        pure
        returns (bytes32[] memory leaves, bytes32[] memory proof, uint256, uint256)
    {
        size = bound(size, 1, 64);
        first = bound(first, 0, size - 1);
        count = bound(count, 1, size - first);
        leaves = _leaves(size, seed);
        proof = PayerTree.rangeProof(leaves, first, count);
        return (leaves, proof, first, count);
    }

    function _leaves(uint256 size, uint256 seed) internal pure returns (bytes32[] memory leaves) {
        leaves = new bytes32[](size);
        for (uint256 i; i < size; ++i) {
            leaves[i] = MerkleRange.leafHash(
                address(SafeCast.toUint160(uint256(keccak256(abi.encode(seed, i))) >> 96)),
                SafeCast.toUint96(uint256(keccak256(abi.encode(i, seed))) >> 160)
            );
        }
    }

    function _slice(bytes32[] memory items, uint256 first, uint256 count)
        internal
        pure
        returns (bytes32[] memory part)
    {
        part = new bytes32[](count);
        for (uint256 i; i < count; ++i) {
            part[i] = items[first + i];
        }
    }
}
