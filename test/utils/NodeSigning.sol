// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {INodeQuorum} from "../../contracts/interfaces/INodeQuorum.sol";
import {Vm} from "forge-std/Vm.sol";

/**
 * @notice The nodes' signatures of usage reports (`IPayers.usageReportDigest`) and performance reports
 *         (`IWitnessReports.performanceReportDigest`), made one way for every test: a 65-byte `r ‖ s ‖ v` with `v` 27
 *         or 28, as forge's `vm.sign` gives it (`NodeQuorum` also reads 0 and 1). Tests that need another encoding
 *         (a high `s`, a malformed length) start from these and change them.
 */
library NodeSigning {
    /// @dev forge's cheatcode address (forge-std's `VM_ADDRESS`).
    Vm private constant VM = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    /// @dev `key`'s signature of `digest`: `r ‖ s ‖ v`.
    function sign(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = VM.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    /// @dev Node `nodeId`'s signature of `digest` with its signing key `key`.
    function nodeSignature(uint32 nodeId, uint256 key, bytes32 digest)
        internal
        pure
        returns (INodeQuorum.NodeSignature memory)
    {
        return INodeQuorum.NodeSignature({nodeId: nodeId, signature: sign(key, digest)});
    }

    /// @dev The signatures of `digest` by each node of `nodeIds` (in that order) with its key `keys[i]`.
    function signAll(bytes32 digest, uint32[] memory nodeIds, uint256[] memory keys)
        internal
        pure
        returns (INodeQuorum.NodeSignature[] memory signatures)
    {
        signatures = new INodeQuorum.NodeSignature[](nodeIds.length);
        for (uint256 i; i < nodeIds.length; ++i) {
            signatures[i] = nodeSignature(nodeIds[i], keys[i], digest);
        }
    }

    /// @dev The signatures of `digest` by each node of `nodeIds` (in that order), `keyOf(nodeId)` giving its key.
    function signAll(bytes32 digest, uint32[] memory nodeIds, function(uint32) internal view returns (uint256) keyOf)
        internal
        view
        returns (INodeQuorum.NodeSignature[] memory signatures)
    {
        signatures = new INodeQuorum.NodeSignature[](nodeIds.length);
        for (uint256 i; i < nodeIds.length; ++i) {
            signatures[i] = nodeSignature(nodeIds[i], keyOf(nodeIds[i]), digest);
        }
    }
}
