// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/**
 * @title  INodeQuorum
 * @notice What every report signed by a quorum of nodes shares, declared once (as OpenZeppelin's `draft-IERC6093.sol`
 *         declares the token errors once): the signature a node gives and the two ways a set of them can fail.
 *         `IPayers` (usage reports) and `IWitnessReports` (performance reports) inherit it; the rule that judges the
 *         signatures is `NodeQuorum`'s.
 * @dev    Name them through this interface (`INodeQuorum.UnsortedSignatures`, `INodeQuorum.NodeSignature({...})`):
 *         Solidity does not find an inherited error, or a struct's constructor, through the name of an interface that
 *         inherits it (`IPayers.NodeSignature` works as a type only).
 */
interface INodeQuorum {
    /// @notice One node's signature over a report's digest.
    struct NodeSignature {
        /// @dev The signing node; signatures come in strictly ascending node id order (no duplicates).
        uint32 nodeId;
        /// @dev 65-byte `r ‖ s ‖ v` ECDSA signature of the digest by the node's current signing key
        ///      (`INodes.getSigner`); the node must be enabled when the report is submitted.
        bytes signature;
    }

    /// @notice Signatures must come in strictly ascending node id order (this also rules out duplicates and node 0).
    error UnsortedSignatures(uint32 previousNodeId, uint32 nodeId);

    /// @notice Fewer valid signatures than the quorum: a strict majority of the nodes the report is checked against
    ///         (`NodeQuorum.size`).
    error InsufficientSignatures(uint256 valid, uint256 required);
}
