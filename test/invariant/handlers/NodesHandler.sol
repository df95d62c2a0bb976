// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Nodes} from "../../../contracts/Nodes.sol";
import {INodes} from "../../../contracts/interfaces/INodes.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";
import {Vm} from "forge-std/Vm.sol";

/**
 * @notice Drives the registry through governance actions and through every way an owner might try to move its NFT,
 *         and keeps what the registry must say: who owns each node and the node set's hash chain.
 */
contract NodesHandler is CommonBase, StdCheats, StdUtils {
    Nodes internal immutable nodes;
    address internal immutable manager;

    uint256 internal walletCount;
    address[] public operators;

    mapping(uint32 nodeId => address owner) public ghost_owner;
    mapping(uint32 nodeId => bool disabled) public ghost_disabled;
    bytes32 public ghost_nodeSetHash;
    uint256 public ghost_enabledCount;
    uint256 public ghost_refusedTransfers;
    uint32 public ghost_addedCount;

    constructor(Nodes nodes_, address manager_) {
        nodes = nodes_;
        manager = manager_;
        for (uint256 i; i < 8; ++i) {
            operators.push(makeAddr(string.concat("operator", vm.toString(i))));
        }
    }

    function operatorCount() external view returns (uint256) {
        return operators.length;
    }

    function addNode(uint256 operatorSeed) external {
        address owner = operators[operatorSeed % operators.length];
        if (nodes.nodeIdOf(owner) != 0) return;
        Vm.Wallet memory wallet = vm.createWallet(string.concat("node-key-", vm.toString(++walletCount)));
        bytes memory key = abi.encodePacked(bytes1(0x04), bytes32(wallet.publicKeyX), bytes32(wallet.publicKeyY));
        vm.prank(manager);
        uint32 nodeId = nodes.addNode(owner, key, "https://node.example");
        ++ghost_addedCount;
        ghost_owner[nodeId] = owner;
        _fold(nodeId, true);
    }

    function transferNode(uint256 nodeSeed, uint256 operatorSeed) external {
        uint32 nodeId = _existingNode(nodeSeed);
        address newOwner = operators[operatorSeed % operators.length];
        if (nodeId == 0 || nodes.nodeIdOf(newOwner) != 0) return;
        vm.prank(manager);
        nodes.transferNode(nodeId, newOwner);
        ghost_owner[nodeId] = newOwner;
    }

    function toggleNode(uint256 nodeSeed) external {
        uint32 nodeId = _existingNode(nodeSeed);
        if (nodeId == 0) return;
        bool disable = !ghost_disabled[nodeId];
        vm.prank(manager);
        if (disable) nodes.disableNode(nodeId);
        else nodes.enableNode(nodeId);
        ghost_disabled[nodeId] = disable;
        _fold(nodeId, !disable);
    }

    /// @dev The owner, or anyone it might collude with, tries every ERC-721 path to move the NFT: all must fail.
    function ownerTriesToMove(uint256 nodeSeed, uint256 operatorSeed, uint8 path) external {
        uint32 nodeId = _existingNode(nodeSeed);
        if (nodeId == 0) return;
        address owner = ghost_owner[nodeId];
        address to = operators[operatorSeed % operators.length];
        vm.startPrank(owner);
        vm.expectRevert(INodes.TransferNotAllowed.selector);
        if (path % 4 == 0) nodes.transferFrom(owner, to, nodeId);
        else if (path % 4 == 1) nodes.safeTransferFrom(owner, to, nodeId);
        else if (path % 4 == 2) nodes.approve(to, nodeId);
        else nodes.setApprovalForAll(to, true);
        vm.stopPrank();
        ++ghost_refusedTransfers;
    }

    function _existingNode(uint256 seed) internal view returns (uint32) {
        uint256 count = nodes.nodeCount();
        // Node ids are the multiples of 100 up to nodeCount * 100.
        return count == 0 ? 0 : SafeCast.toUint32((1 + seed % count) * 100);
    }

    function _fold(uint32 nodeId, bool enabled) internal {
        ghost_nodeSetHash = keccak256(abi.encode(ghost_nodeSetHash, nodeId, enabled));
        ghost_enabledCount = enabled ? ghost_enabledCount + 1 : ghost_enabledCount - 1;
    }
}
