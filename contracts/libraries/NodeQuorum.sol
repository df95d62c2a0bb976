// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {INodeQuorum} from "../interfaces/INodeQuorum.sol";
import {Signatures} from "./Signatures.sol";

/**
 * @title  NodeQuorum
 * @notice The one rule by which a report signed by nodes passes, for `Payers` (usage reports) and `WitnessReports`
 *         (performance reports): signatures come in strictly ascending node id order; only those by nodes of the set
 *         the report is checked against are considered but the one excluded (`members`); one counts when it recovers, by
 *         `Signatures.recoverNode` (the rule of the evidence), to its node's current signer (`countValid`); and a
 *         strict majority of that set must count (`size`, `requireQuorum`).
 *
 *         The two reports differ only in that set, the population that may sign: a usage report's is the whole node
 *         set (the epoch's active set, or the registry's enabled nodes without a selection manager); a performance
 *         report's is the epoch's active set less the accused node, which is no witness of itself. `size` is the same
 *         rule over both: `Payers` wrote it `size / 2 + 1` and `WitnessReports` `(size - 1) / 2 + 1`, with `size` the
 *         active set, which is the same formula over its `size - 1` witnesses.
 */
library NodeQuorum {
    /**
     * @notice The quorum of `population` nodes: a strict majority, `population / 2 + 1` (1 of 1, 2 of 2 or 3, 3 of 4
     *         or 5). With no node to sign (`population` 0) it is 1, which nobody can give.
     */
    function size(uint256 population) internal pure returns (uint256) {
        return population / 2 + 1;
    }

    /// @notice Reverts with `InsufficientSignatures` unless `valid` signatures are a quorum of `population` nodes.
    function requireQuorum(uint256 valid, uint256 population) internal pure {
        uint256 required = size(population);
        if (valid < required) revert INodeQuorum.InsufficientSignatures(valid, required);
    }

    /// @notice The signing node ids, in order; reverts with `UnsortedSignatures` unless they are strictly ascending
    ///         from 1.
    function nodeIds(INodeQuorum.NodeSignature[] calldata signatures) internal pure returns (uint32[] memory ids) {
        uint256 length = signatures.length;
        ids = new uint32[](length);
        // Zero, as every local is: node ids start at 1. Written out (`= 0`), solc 0.8.30 emits code that costs 1 gas
        // more per call.
        // slither-disable-next-line uninitialized-local
        uint32 previous;
        for (uint256 i; i < length; ++i) {
            uint32 nodeId = signatures[i].nodeId;
            // Strictly ascending from 1: no duplicates, and node id 0 (never a node) is rejected with the rest.
            if (nodeId <= previous) revert INodeQuorum.UnsortedSignatures(previous, nodeId);
            ids[i] = nodeId;
            previous = nodeId;
        }
    }

    /**
     * @notice The signing nodes that belong to `set` (ascending) other than `excluded`, and the index of each one's
     *         signature: one merge of the two ascending lists. Reverts with `UnsortedSignatures` unless the signatures
     *         are in strictly ascending node id order. A signature by a node outside the set, or by `excluded`, is
     *         skipped (never recovered). `excluded` 0 excludes nobody (node ids start at 1); a performance report
     *         excludes its accused node, so that its set (the epoch's active set) less `excluded` is its witnesses.
     * @return memberIds        The signers in `set` but `excluded`, ascending.
     * @return signatureIndices For each of `memberIds`, the index of its signature in `signatures`.
     */
    function members(uint32[] memory set, uint32 excluded, INodeQuorum.NodeSignature[] calldata signatures)
        internal
        pure
        returns (uint32[] memory memberIds, uint256[] memory signatureIndices)
    {
        uint256 setSize = set.length;
        uint256 length = signatures.length;
        memberIds = new uint32[](length < setSize ? length : setSize);
        signatureIndices = new uint256[](memberIds.length);
        // Zero, as every local is (see `nodeIds`).
        uint256 count;
        uint256 next; // the first id of the set not passed yet
        uint32 previous;
        for (uint256 i; i < length; ++i) {
            uint32 nodeId = signatures[i].nodeId;
            // Strictly ascending from 1: no duplicates, and node id 0 (never a node) is rejected with the rest.
            if (nodeId <= previous) revert INodeQuorum.UnsortedSignatures(previous, nodeId);
            previous = nodeId;
            while (next < setSize && set[next] < nodeId) ++next;
            if (next < setSize && set[next] == nodeId) {
                ++next;
                if (nodeId != excluded) {
                    memberIds[count] = nodeId;
                    signatureIndices[count] = i;
                    ++count;
                }
            }
        }
        // Shorten both arrays to the members found, in place: count <= their allocated length, so the memory they
        // leave unused stays allocated and nothing else is touched.
        assembly ("memory-safe") {
            mstore(memberIds, count) // the length word of memberIds
            mstore(signatureIndices, count) // the length word of signatureIndices
        }
    }

    /**
     * @notice How many of the signatures recover to their node's signer: `signers[k]` is the current signer of the
     *         node that gave `signatures[signatureIndices[k]]` (of `signatures[k]` when `signatureIndices` is empty),
     *         zero for a node that has none (disabled or unknown), whose signature then counts for nothing. A wrong,
     *         malformed or unverifiable signature counts for nothing too, without reverting: one bad signature among
     *         those a relayer gathered must not sink a report a majority signed.
     */
    function countValid(
        bytes32 digest,
        address[] memory signers,
        INodeQuorum.NodeSignature[] calldata signatures,
        uint256[] memory signatureIndices
    ) internal pure returns (uint256 valid) {
        bool byIndex = signatureIndices.length != 0;
        for (uint256 k; k < signers.length; ++k) {
            address signer = signers[k];
            if (
                signer != address(0)
                    && Signatures.recoverNode(digest, signatures[byIndex ? signatureIndices[k] : k].signature) == signer
            ) ++valid;
        }
    }
}
