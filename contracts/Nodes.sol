// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {INodeSelectionManager} from "./interfaces/INodeSelectionManager.sol";
import {INodes} from "./interfaces/INodes.sol";
import {IPayers} from "./interfaces/IPayers.sol";
import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";
import {ERC721Upgradeable} from "@openzeppelin/contracts-upgradeable/token/ERC721/ERC721Upgradeable.sol";

/**
 * @title  Nodes
 * @notice The registry of authorized broadcast-network nodes, one non-transferable Node Operator NFT per node.
 *         Behind a UUPS proxy.
 */
contract Nodes is INodes, Initializable, ERC721Upgradeable, AccessControlUpgradeable, UUPSUpgradeable {
    /// @notice The role that adds nodes, rotates their keys, disables, re-enables and moves them.
    bytes32 public constant NODE_MANAGER_ROLE = keccak256("NODE_MANAGER_ROLE");

    /// @notice The step between node ids: nodes are numbered 100, 200, 300… as in XMTP's NodeRegistry, so that no node
    ///         id falls on the originator ids below 100 that xmtpd reserves (0 group messages, 1 identity updates,
    ///         10–14 its migrator).
    uint32 public constant NODE_INCREMENT = 100;

    /// @notice The longest accepted HTTP address, in bytes.
    uint256 public constant MAX_HTTP_ADDRESS_LENGTH = 512;

    /// @dev The secp256k1 field prime: public key coordinates are below it and satisfy y² = x³ + 7 modulo it.
    uint256 private constant SECP256K1_P = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F;

    /// @dev What a quorum check reads of a node, in one slot.
    struct NodeRecord {
        address signer;
        bool disabled;
    }

    /// @custom:storage-location erc7201:xmtp.storage.Nodes
    struct NodesStorage {
        uint32 nodeCount;
        uint32 enabledCount;
        bytes32 nodeSetHash;
        mapping(uint32 nodeId => NodeRecord) records;
        mapping(uint32 nodeId => bytes) signingPublicKeys;
        mapping(uint32 nodeId => string) httpAddresses;
        mapping(address owner => uint32 nodeId) nodeIdOf;
        mapping(address signer => uint32 nodeId) nodeIdOfSigner;
        /// @dev Told of every disabled node (zero: nobody).
        address selectionManager;
        /// @dev Who answers for each signer a node ever had (see `INodes.SignerRecord`).
        mapping(address signer => SignerRecord) signerRecords;
        mapping(address signer => uint256 timestamp) signerRetiredAt;
        /// @dev Read for the sequence ids a retired key's evidence may name (zero: none).
        address payers;
    }

    // keccak256(abi.encode(uint256(keccak256("xmtp.storage.Nodes")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant NODES_STORAGE = 0x1120e5752e7a00fc9e43e42f198627abe3486c5ff40dda482d053108d5135f00;

    function _getNodesStorage() private pure returns (NodesStorage storage $) {
        assembly {
            $.slot := NODES_STORAGE
        }
    }

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /**
     * @notice Initializes the proxy.
     * @param  admin Receives `DEFAULT_ADMIN_ROLE` (upgrades, roles) and `NODE_MANAGER_ROLE`.
     */
    function initialize(address admin) external initializer {
        if (admin == address(0)) revert ZeroAddress();
        __ERC721_init("XMTP Node Operator", "XMTPNODE");
        __AccessControl_init();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(NODE_MANAGER_ROLE, admin);
    }

    /* ============ Governance ============ */

    /// @inheritdoc INodes
    function addNode(address owner, bytes calldata signingPublicKey, string calldata httpAddress)
        external
        onlyRole(NODE_MANAGER_ROLE)
        returns (uint32 nodeId)
    {
        if (owner == address(0)) revert InvalidOwner(owner);
        NodesStorage storage $ = _getNodesStorage();
        uint32 existing = $.nodeIdOf[owner];
        if (existing != 0) revert OwnerAlreadyHasNode(owner, existing);
        _requireHttpAddress(httpAddress);
        address signer = _claimSigner($, signingPublicKey);

        nodeId = _nextNodeId($);
        $.nodeIdOfSigner[signer] = nodeId;
        $.signerRecords[signer] = _currentSigner(nodeId, owner);
        $.records[nodeId] = NodeRecord({signer: signer, disabled: false});
        $.signingPublicKeys[nodeId] = signingPublicKey;
        $.httpAddresses[nodeId] = httpAddress;
        $.nodeIdOf[owner] = nodeId;

        emit NodeAdded(nodeId, owner, signer, signingPublicKey, httpAddress);
        _mint(owner, nodeId);
        _changeNodeSet($, nodeId, true);
    }

    /// @inheritdoc INodes
    function rotateSigningKey(uint32 nodeId, bytes calldata signingPublicKey) external onlyRole(NODE_MANAGER_ROLE) {
        NodesStorage storage $ = _getNodesStorage();
        _requireNode($, nodeId);
        _rotateSigningKey($, nodeId, signingPublicKey);
    }

    /// @inheritdoc INodes
    function transferNodeWithKey(uint32 nodeId, address newOwner, bytes calldata signingPublicKey)
        external
        onlyRole(NODE_MANAGER_ROLE)
    {
        NodesStorage storage $ = _getNodesStorage();
        _transferNode($, nodeId, newOwner);
        _rotateSigningKey($, nodeId, signingPublicKey);
    }

    /// @inheritdoc INodes
    function setPayers(address payers_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        NodesStorage storage $ = _getNodesStorage();
        emit PayersUpdated($.payers, payers_);
        $.payers = payers_;
    }

    /// @inheritdoc INodes
    function disableNode(uint32 nodeId) external onlyRole(NODE_MANAGER_ROLE) {
        _setDisabled(nodeId, true);
        emit NodeDisabled(nodeId);
        address selectionManager_ = _getNodesStorage().selectionManager;
        if (selectionManager_ != address(0)) INodeSelectionManager(selectionManager_).onNodeDisabled(nodeId);
    }

    /// @inheritdoc INodes
    function setSelectionManager(address selectionManager_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        NodesStorage storage $ = _getNodesStorage();
        emit SelectionManagerUpdated($.selectionManager, selectionManager_);
        $.selectionManager = selectionManager_;
    }

    /// @inheritdoc INodes
    function enableNode(uint32 nodeId) external onlyRole(NODE_MANAGER_ROLE) {
        _setDisabled(nodeId, false);
        emit NodeEnabled(nodeId);
    }

    /// @inheritdoc INodes
    function transferNode(uint32 nodeId, address newOwner) external onlyRole(NODE_MANAGER_ROLE) {
        _transferNode(_getNodesStorage(), nodeId, newOwner);
    }

    /* ============ Node owner ============ */

    /// @inheritdoc INodes
    function setHttpAddress(uint32 nodeId, string calldata httpAddress) external {
        NodesStorage storage $ = _getNodesStorage();
        _requireNode($, nodeId);
        if (_ownerOf(nodeId) != msg.sender) revert NotNodeOwner(nodeId, msg.sender);
        _requireHttpAddress(httpAddress);

        string memory previousHttpAddress = $.httpAddresses[nodeId];
        $.httpAddresses[nodeId] = httpAddress;
        emit HttpAddressUpdated(nodeId, previousHttpAddress, httpAddress);
    }

    /* ============ Views ============ */

    /// @inheritdoc INodes
    function getSigner(uint32 nodeId) external view returns (address) {
        NodesStorage storage $ = _getNodesStorage();
        _requireNode($, nodeId);
        return $.records[nodeId].signer;
    }

    /// @inheritdoc INodes
    function isSigner(uint32 nodeId, address signer) external view returns (bool) {
        return nodeId != 0 && _getNodesStorage().nodeIdOfSigner[signer] == nodeId;
    }

    /// @inheritdoc INodes
    function signerRecord(address signer) external view returns (SignerRecord memory) {
        return _getNodesStorage().signerRecords[signer];
    }

    /// @inheritdoc INodes
    function signerRetiredAt(address signer) external view returns (uint256) {
        return _getNodesStorage().signerRetiredAt[signer];
    }

    /// @inheritdoc INodes
    function payers() external view returns (address) {
        return _getNodesStorage().payers;
    }

    /// @inheritdoc INodes
    function nodeIdOfSigner(address signer) external view returns (uint32) {
        return _getNodesStorage().nodeIdOfSigner[signer];
    }

    /// @inheritdoc INodes
    function nodeIdOf(address owner) external view returns (uint32) {
        return _getNodesStorage().nodeIdOf[owner];
    }

    /// @inheritdoc INodes
    function getNode(uint32 nodeId) external view returns (Node memory) {
        NodesStorage storage $ = _getNodesStorage();
        _requireNode($, nodeId);
        return _node($, nodeId);
    }

    /// @inheritdoc INodes
    function getNodes(uint32 fromNodeId, uint256 limit)
        external
        view
        returns (uint32[] memory nodeIds, Node[] memory nodeRecords)
    {
        NodesStorage storage $ = _getNodesStorage();
        // The ordinal (id / NODE_INCREMENT) of the first node at or after `fromNodeId`, rounding up between ids.
        uint256 first = (uint256(fromNodeId) + NODE_INCREMENT - 1) / NODE_INCREMENT;
        if (first == 0) first = 1;
        uint256 last = $.nodeCount;
        uint256 count = first > last ? 0 : last - first + 1;
        if (count > limit) count = limit;
        nodeIds = new uint32[](count);
        nodeRecords = new Node[](count);
        for (uint256 i; i < count; ++i) {
            // Cannot truncate: (first + i) * NODE_INCREMENT <= nodeCount * NODE_INCREMENT, which `addNode` keeps
            // within uint32.
            // forge-lint: disable-next-line(unsafe-typecast)
            uint32 nodeId = uint32((first + i) * NODE_INCREMENT);
            nodeIds[i] = nodeId;
            nodeRecords[i] = _node($, nodeId);
        }
    }

    /// @inheritdoc INodes
    function selectionManager() external view returns (address) {
        return _getNodesStorage().selectionManager;
    }

    /// @inheritdoc INodes
    function nodeCount() external view returns (uint32) {
        return _getNodesStorage().nodeCount;
    }

    /// @inheritdoc INodes
    function nodeExists(uint32 nodeId) external view returns (bool) {
        return _exists(_getNodesStorage(), nodeId);
    }

    /// @inheritdoc INodes
    function isEnabled(uint32 nodeId) external view returns (bool) {
        NodesStorage storage $ = _getNodesStorage();
        return _exists($, nodeId) && !$.records[nodeId].disabled;
    }

    /// @inheritdoc INodes
    function enabledNodeIds() external view returns (uint32[] memory nodeIds) {
        NodesStorage storage $ = _getNodesStorage();
        nodeIds = new uint32[]($.enabledCount);
        uint256 found = 0;
        uint32 count = $.nodeCount;
        for (uint32 ordinal = 1; ordinal <= count; ++ordinal) {
            uint32 nodeId = ordinal * NODE_INCREMENT;
            if (!$.records[nodeId].disabled) nodeIds[found++] = nodeId;
        }
    }

    /// @inheritdoc INodes
    function nodeSet() external view returns (bytes32 nodeSetHash, uint256 size) {
        NodesStorage storage $ = _getNodesStorage();
        return ($.nodeSetHash, $.enabledCount);
    }

    /// @inheritdoc INodes
    function quorumView(uint32[] calldata nodeIds)
        external
        view
        returns (bytes32 nodeSetHash, uint256 size, address[] memory signers)
    {
        NodesStorage storage $ = _getNodesStorage();
        signers = new address[](nodeIds.length);
        for (uint256 i; i < nodeIds.length; ++i) {
            // An unknown id reads as an empty record: zero signer, so it counts for nothing.
            NodeRecord memory record = $.records[nodeIds[i]];
            if (!record.disabled) signers[i] = record.signer;
        }
        return ($.nodeSetHash, $.enabledCount, signers);
    }

    /// @inheritdoc ERC721Upgradeable
    function supportsInterface(bytes4 interfaceId)
        public
        view
        override(ERC721Upgradeable, AccessControlUpgradeable)
        returns (bool)
    {
        return super.supportsInterface(interfaceId);
    }

    /* ============ Transfers are governance's ============ */

    /// @notice Refused: Node Operator NFTs move only through `transferNode`.
    function approve(address, uint256) public pure override {
        revert TransferNotAllowed();
    }

    /// @notice Refused: Node Operator NFTs move only through `transferNode`.
    function setApprovalForAll(address, bool) public pure override {
        revert TransferNotAllowed();
    }

    /// @dev Every owner-initiated transfer passes an `auth`; mints and governance moves do not.
    function _update(address to, uint256 tokenId, address auth) internal override returns (address) {
        if (auth != address(0)) revert TransferNotAllowed();
        return super._update(to, tokenId, auth);
    }

    /* ============ Internals ============ */

    function _setDisabled(uint32 nodeId, bool disabled) private {
        NodesStorage storage $ = _getNodesStorage();
        _requireNode($, nodeId);
        NodeRecord storage record = $.records[nodeId];
        if (record.disabled == disabled) revert NodeAlreadyInState(nodeId, disabled);
        record.disabled = disabled;
        _changeNodeSet($, nodeId, !disabled);
    }

    /// @dev Folds one change of the enabled set into the hash chain (see `INodes`) and keeps its size.
    function _changeNodeSet(NodesStorage storage $, uint32 nodeId, bool enabled) private {
        bytes32 nodeSetHash = keccak256(abi.encode($.nodeSetHash, nodeId, enabled));
        uint32 size = enabled ? $.enabledCount + 1 : $.enabledCount - 1;
        $.nodeSetHash = nodeSetHash;
        $.enabledCount = size;
        emit NodeSetUpdated(nodeSetHash, size);
    }

    /// @dev Moves the NFT of `nodeId` to `newOwner`, who must hold no node.
    function _transferNode(NodesStorage storage $, uint32 nodeId, address newOwner) private {
        if (newOwner == address(0)) revert InvalidOwner(newOwner);
        _requireNode($, nodeId);
        uint32 existing = $.nodeIdOf[newOwner];
        if (existing != 0) revert OwnerAlreadyHasNode(newOwner, existing);

        address previousOwner = _ownerOf(nodeId);
        delete $.nodeIdOf[previousOwner];
        $.nodeIdOf[newOwner] = nodeId;

        emit NodeTransferred(nodeId, previousOwner, newOwner);
        // No `auth`: governance's move is the one transfer `_update` lets through.
        _update(newOwner, nodeId, address(0));
    }

    /// @dev Gives `nodeId` a new signing key, answering to its current owner, and retires the previous one: from now
    ///      on that key's signatures count as evidence only up to the sequence id usage reports have covered, and
    ///      only against the owner that claimed it.
    function _rotateSigningKey(NodesStorage storage $, uint32 nodeId, bytes calldata signingPublicKey) private {
        address signer = _claimSigner($, signingPublicKey);
        address previousSigner = $.records[nodeId].signer;

        address payers_ = $.payers;
        // A retired key's evidence must be placeable before the retirement: only sequence ids the network had seen
        // settled by then. With no Payers contract nothing is placeable, so a leaked old key can never slash.
        uint64 lastCovered = payers_ == address(0) ? 0 : IPayers(payers_).lastReportedSequenceId(nodeId);
        SignerRecord storage previous = $.signerRecords[previousSigner];
        previous.lastCoveredSequenceId = lastCovered;
        $.signerRetiredAt[previousSigner] = block.timestamp;
        emit SignerRetired(nodeId, previousSigner, previous.owner, lastCovered);

        $.nodeIdOfSigner[signer] = nodeId;
        $.signerRecords[signer] = _currentSigner(nodeId, _ownerOf(nodeId));
        $.records[nodeId].signer = signer;
        $.signingPublicKeys[nodeId] = signingPublicKey;

        emit SigningKeyRotated(nodeId, previousSigner, signer, signingPublicKey);
    }

    /// @dev The record of a key that is `nodeId`'s signer: all of its sequence ids count, against `owner`.
    function _currentSigner(uint32 nodeId, address owner) private pure returns (SignerRecord memory) {
        return SignerRecord({nodeId: nodeId, owner: owner, lastCoveredSequenceId: type(uint64).max});
    }

    /// @dev Validates a public key, derives its signer and checks that no node ever had that signer.
    function _claimSigner(NodesStorage storage $, bytes calldata signingPublicKey) private view returns (address) {
        address signer = signerOf(signingPublicKey);
        uint32 holder = $.nodeIdOfSigner[signer];
        if (holder != 0) revert SignerAlreadyRegistered(signer, holder);
        return signer;
    }

    /**
     * @notice The address a 65-byte uncompressed secp256k1 public key signs as.
     * @dev    Reverts with `InvalidSigningPublicKey` unless the key is `0x04 ‖ X ‖ Y` with (X, Y) on the curve.
     */
    function signerOf(bytes calldata signingPublicKey) public pure returns (address) {
        if (signingPublicKey.length != 65 || signingPublicKey[0] != 0x04) {
            revert InvalidSigningPublicKey(signingPublicKey.length);
        }
        uint256 x = uint256(bytes32(signingPublicKey[1:33]));
        uint256 y = uint256(bytes32(signingPublicKey[33:65]));
        uint256 p = SECP256K1_P;
        if (x >= p || y >= p || mulmod(y, y, p) != addmod(mulmod(mulmod(x, x, p), x, p), 7, p)) {
            revert InvalidSigningPublicKey(signingPublicKey.length);
        }
        return address(uint160(uint256(keccak256(signingPublicKey[1:]))));
    }

    function _requireHttpAddress(string calldata httpAddress) private pure {
        uint256 length = bytes(httpAddress).length;
        if (length == 0 || length > MAX_HTTP_ADDRESS_LENGTH) revert InvalidHttpAddress(length);
    }

    function _requireNode(NodesStorage storage $, uint32 nodeId) private view {
        if (!_exists($, nodeId)) revert NodeNotFound(nodeId);
    }

    /// @dev The id the next node gets: the next multiple of `NODE_INCREMENT`, while it fits a uint32.
    function _nextNodeId(NodesStorage storage $) private returns (uint32) {
        uint32 count = $.nodeCount;
        // uint256 so that the last id that fits is accepted and the first that does not is refused, not overflowed.
        if ((uint256(count) + 1) * NODE_INCREMENT > type(uint32).max) revert MaxNodesReached();
        $.nodeCount = count + 1;
        return (count + 1) * NODE_INCREMENT;
    }

    function _exists(NodesStorage storage $, uint32 nodeId) private view returns (bool) {
        return nodeId != 0 && nodeId % NODE_INCREMENT == 0 && nodeId / NODE_INCREMENT <= $.nodeCount;
    }

    function _node(NodesStorage storage $, uint32 nodeId) private view returns (Node memory) {
        NodeRecord memory record = $.records[nodeId];
        return Node({
            signer: record.signer,
            disabled: record.disabled,
            signingPublicKey: $.signingPublicKeys[nodeId],
            httpAddress: $.httpAddresses[nodeId]
        });
    }

    /// @dev Upgrades are the admin's alone (the governance multisig).
    function _authorizeUpgrade(address) internal override onlyRole(DEFAULT_ADMIN_ROLE) {}
}
