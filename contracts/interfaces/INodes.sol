// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IErrors} from "./IErrors.sol";

/**
 * @title  INodes
 * @notice The registry of authorized broadcast-network nodes. Each node is a non-transferable ERC-721 "Node Operator
 *         NFT" whose token id is the node id. Only governance adds nodes, rotates their signing keys, disables and
 *         re-enables them, and moves their NFTs.
 * @dev    Node ids are `uint32` multiples of `Nodes.NODE_INCREMENT` (100, 200, 300…, as XMTP's NodeRegistry numbers
 *         them): the n-th node added is `n * 100`, and an id exists iff it is nonzero, a multiple of 100 and at most
 *         `nodeCount() * 100`. Ids below 100 are originator ids that xmtpd reserves (0 group messages, 1 identity
 *         updates, 10–14 its migrator) and never name a node.
 *
 *         The enabled node set is committed as `nodeSetHash`, a hash chain over every change of the set, so that it
 *         costs O(1) to keep whatever the number of nodes: it starts at `bytes32(0)` and each change sets it to
 *         `keccak256(abi.encode(previousHash, nodeId, enabled))` (`enabled` true when the node joins the set, by being
 *         added or re-enabled, false when it leaves). Equal hashes mean equal histories, hence equal sets, so a usage
 *         report's signers bind the set they signed for into their digest with it.
 */
interface INodes is IErrors {
    /* ============ Structs ============ */

    /// @notice A node's public record.
    struct Node {
        /// @dev The address derived from `signingPublicKey`: what the node's signatures recover to.
        address signer;
        /// @dev Whether governance disabled the node (it then counts in no node set and cannot be a candidate).
        bool disabled;
        /// @dev The 65-byte uncompressed secp256k1 public key `0x04 ‖ X ‖ Y`.
        bytes signingPublicKey;
        /// @dev Where the node serves its API.
        string httpAddress;
    }

    /**
     * @notice Who answers for a signing key: the node it signed for, the account its faults slash, and up to which
     *         sequence id its signatures count as evidence.
     * @dev    One slot. A retired key keeps its record: what it signed while it was the node's key stays provable,
     *         what it signs after cannot touch anyone but `owner`, and only below `lastCoveredSequenceId`.
     */
    struct SignerRecord {
        /// @dev The node that claimed the key (zero: never a signer).
        uint32 nodeId;
        /// @dev The node's owner when the key was claimed: whose stake (and unbonding stake) its faults slash.
        address owner;
        /// @dev `type(uint64).max` while the key is the node's signer; once retired, the last sequence id of the node
        ///      that usage reports had covered (`IPayers.lastReportedSequenceId`) when it was rotated out.
        uint64 lastCoveredSequenceId;
    }

    /* ============ Events ============ */

    /**
     * @notice Emitted when governance adds a node and mints its NFT to `owner`.
     * @param  nodeId           The new node's id (and NFT token id).
     * @param  owner            The node operator.
     * @param  signer           The address derived from `signingPublicKey`.
     * @param  signingPublicKey The node's uncompressed secp256k1 public key.
     * @param  httpAddress      The node's HTTP address.
     */
    event NodeAdded(
        uint32 indexed nodeId, address indexed owner, address indexed signer, bytes signingPublicKey, string httpAddress
    );

    /// @notice Emitted when a node's owner changes its HTTP address.
    event HttpAddressUpdated(uint32 indexed nodeId, string previousHttpAddress, string newHttpAddress);

    /// @notice Emitted when governance rotates a node's signing key. The previous signer stays on record (`isSigner`).
    event SigningKeyRotated(
        uint32 indexed nodeId, address indexed previousSigner, address indexed newSigner, bytes signingPublicKey
    );

    /// @notice Emitted when a rotation retires `signer`: its signatures count as evidence only up to
    ///         `lastCoveredSequenceId`, and only against `owner`.
    event SignerRetired(
        uint32 indexed nodeId, address indexed signer, address indexed owner, uint64 lastCoveredSequenceId
    );

    /// @notice Emitted when governance changes the Payers contract a retirement reads covered sequence ids from.
    event PayersUpdated(address previousPayers, address newPayers);

    /// @notice Emitted when governance disables a node.
    event NodeDisabled(uint32 indexed nodeId);

    /// @notice Emitted when governance re-enables a node.
    event NodeEnabled(uint32 indexed nodeId);

    /// @notice Emitted when governance moves a node's NFT to another operator.
    event NodeTransferred(uint32 indexed nodeId, address indexed previousOwner, address indexed newOwner);

    /// @notice Emitted whenever the set of enabled nodes changes, with its new commitment and size.
    event NodeSetUpdated(bytes32 nodeSetHash, uint256 size);

    /// @notice Emitted when the admin sets the selection manager told of disabled nodes.
    event SelectionManagerUpdated(address previousSelectionManager, address newSelectionManager);

    /* ============ Errors ============ */

    /// @notice A signing key is not a 65-byte uncompressed secp256k1 public key (`0x04 ‖ X ‖ Y`).
    error InvalidSigningPublicKey(uint256 length);

    /// @notice An HTTP address is empty or longer than `MAX_HTTP_ADDRESS_LENGTH`.
    error InvalidHttpAddress(uint256 length);

    /// @notice The owner is the zero address.
    error InvalidOwner(address owner);

    /// @notice An operator may hold one node; `owner` already holds `nodeId`.
    error OwnerAlreadyHasNode(address owner, uint32 nodeId);

    /// @notice A signer belongs to one node forever; `signer` is already `nodeId`'s.
    error SignerAlreadyRegistered(address signer, uint32 nodeId);

    /// @notice No node has this id.
    error NodeNotFound(uint32 nodeId);

    /// @notice The next node id (`(nodeCount() + 1) * NODE_INCREMENT`) would not fit a uint32.
    error MaxNodesReached();

    /// @notice Only the node's owner may do this.
    error NotNodeOwner(uint32 nodeId, address caller);

    /// @notice The node is already disabled (or, for `enableNode`, already enabled).
    error NodeAlreadyInState(uint32 nodeId, bool disabled);

    /// @notice Node Operator NFTs move only through governance (`transferNode`); approvals are refused too.
    error TransferNotAllowed();

    /* ============ Governance ============ */

    /**
     * @notice Adds a node and mints its NFT to `owner`.
     * @dev    Only `NODE_MANAGER_ROLE`. One node per owner; a signer belongs to one node forever. Emits `NodeAdded`,
     *         `Transfer` and `NodeSetUpdated`.
     * @param  owner            The node operator.
     * @param  signingPublicKey The node's 65-byte uncompressed secp256k1 public key (`0x04 ‖ X ‖ Y`).
     * @param  httpAddress      The node's HTTP address (1 to `MAX_HTTP_ADDRESS_LENGTH` bytes).
     * @return nodeId           The new node's id: `NODE_INCREMENT` times the number of nodes ever added, this one
     *                          included (100 for the first). Reverts with `MaxNodesReached` past uint32.
     */
    function addNode(address owner, bytes calldata signingPublicKey, string calldata httpAddress)
        external
        returns (uint32 nodeId);

    /**
     * @notice Replaces a node's signing key. The old signer is retired: it stays on record (`isSigner`,
     *         `signerRecord`), its signatures count as evidence only up to the sequence id usage reports had covered
     *         (`IPayers.lastReportedSequenceId`, zero when no Payers contract is set) and only against the owner that
     *         claimed it. The new key answers to the node's current owner.
     * @dev    Only `NODE_MANAGER_ROLE`. Emits `SignerRetired` and `SigningKeyRotated`.
     */
    function rotateSigningKey(uint32 nodeId, bytes calldata signingPublicKey) external;

    /**
     * @notice Moves a node's NFT to `newOwner` and gives the node the new owner's signing key in one step, so that the
     *         previous owner's key has no power over the new owner's stake (see `rotateSigningKey`).
     * @dev    Only `NODE_MANAGER_ROLE`. Emits `NodeTransferred`, `Transfer`, `SignerRetired` and `SigningKeyRotated`.
     */
    function transferNodeWithKey(uint32 nodeId, address newOwner, bytes calldata signingPublicKey) external;

    /**
     * @notice Sets the Payers contract whose covered sequence ids bound a retired key's evidence (zero: none, and a
     *         retired key's signatures then count for no sequence id at all).
     * @dev    Only `DEFAULT_ADMIN_ROLE`. Emits `PayersUpdated`.
     */
    function setPayers(address payers) external;

    /**
     * @notice Disables a node: it leaves the node set at once, and the selection manager (when set) takes its operator
     *         out of the candidates and the active set (`INodeSelectionManager.onNodeDisabled`).
     * @dev    Only `NODE_MANAGER_ROLE`. Emits `NodeDisabled` and `NodeSetUpdated`.
     */
    function disableNode(uint32 nodeId) external;

    /**
     * @notice Sets the selection manager told of every disabled node (zero: none).
     * @dev    Only `DEFAULT_ADMIN_ROLE`. Emits `SelectionManagerUpdated`.
     */
    function setSelectionManager(address selectionManager) external;

    /**
     * @notice Re-enables a disabled node.
     * @dev    Only `NODE_MANAGER_ROLE`. Emits `NodeEnabled` and `NodeSetUpdated`.
     */
    function enableNode(uint32 nodeId) external;

    /**
     * @notice Moves a node's NFT to another operator (who must hold no node). The node's signing key keeps answering
     *         to the owner that claimed it: rotate it (or use `transferNodeWithKey`) so that the new owner
     *         answers for its own key.
     * @dev    Only `NODE_MANAGER_ROLE`. Emits `NodeTransferred` and `Transfer`.
     */
    function transferNode(uint32 nodeId, address newOwner) external;

    /* ============ Node owner ============ */

    /**
     * @notice Changes the node's HTTP address.
     * @dev    Only the node's owner. Emits `HttpAddressUpdated`.
     */
    function setHttpAddress(uint32 nodeId, string calldata httpAddress) external;

    /* ============ Views ============ */

    /// @notice The node's current signer (reverts with `NodeNotFound` for an unknown id).
    function getSigner(uint32 nodeId) external view returns (address);

    /// @notice Whether `signer` is or ever was a signer of `nodeId`.
    function isSigner(uint32 nodeId, address signer) external view returns (bool);

    /// @notice Who answers for `signer` (all zero for an address that never was a signer).
    function signerRecord(address signer) external view returns (SignerRecord memory);

    /// @notice When `signer` was rotated out (zero while it is a node's signer, or never was one).
    function signerRetiredAt(address signer) external view returns (uint256);

    /// @notice The Payers contract a retirement reads covered sequence ids from.
    function payers() external view returns (address);

    /// @notice The node that `signer` belongs or belonged to (0 when none).
    function nodeIdOfSigner(address signer) external view returns (uint32);

    /// @notice The node `owner` holds (0 when none).
    function nodeIdOf(address owner) external view returns (uint32);

    /// @notice A node's record (reverts with `NodeNotFound` for an unknown id).
    function getNode(uint32 nodeId) external view returns (Node memory);

    /// @notice Up to `limit` nodes with ids at or above `fromNodeId`, ascending, with their ids, for paginated listing
    ///         (the next page starts at the last id returned plus one).
    function getNodes(uint32 fromNodeId, uint256 limit)
        external
        view
        returns (uint32[] memory nodeIds, Node[] memory nodes);

    /// @notice The selection manager told of disabled nodes (zero when none).
    function selectionManager() external view returns (address);

    /// @notice How many nodes were ever added (the highest node id is `nodeCount() * NODE_INCREMENT`).
    function nodeCount() external view returns (uint32);

    /// @notice Whether a node has this id (nonzero, a multiple of `NODE_INCREMENT`, at most the highest id).
    function nodeExists(uint32 nodeId) external view returns (bool);

    /// @notice Whether the node exists and is not disabled.
    function isEnabled(uint32 nodeId) external view returns (bool);

    /// @notice The enabled node ids in ascending order. For off-chain readers: it reads every node.
    function enabledNodeIds() external view returns (uint32[] memory);

    /// @notice The commitment to the enabled node set (see the interface's notice) and its size.
    function nodeSet() external view returns (bytes32 nodeSetHash, uint256 size);

    /**
     * @notice The node-set commitment and, for each id, its current signer if the node is enabled (else zero): what a
     *         quorum check needs, in one call.
     */
    function quorumView(uint32[] calldata nodeIds)
        external
        view
        returns (bytes32 nodeSetHash, uint256 size, address[] memory signers);
}
