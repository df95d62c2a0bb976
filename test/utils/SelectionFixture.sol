// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {NodesFixture} from "./NodesFixture.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice Staked, registered node operators for the NodeSelectionManager tests.
abstract contract SelectionFixture is NodesFixture {
    /// @dev Operators made by `_candidates`, in registration (queue) order.
    address[] internal operators;
    uint32[] internal operatorNodeIds;
    /// @dev Each node's signing key (usage reports).
    mapping(uint32 nodeId => uint256 privateKey) internal signingKeys;

    function setUp() public virtual override {
        super.setUp();
        // The deployment wires the treasury; selection tests start without it (slashed XMTP to `slashRecipient`, no
        // stake reports), and the tests of the wiring connect it themselves.
        vm.prank(admin);
        selection.setTreasury(address(0));
    }

    /// @dev Adds a node for operator `name`, mints it `amount` XMTP and approves the manager for all of it.
    function _operator(string memory name, uint256 amount) internal returns (address operator, uint32 nodeId) {
        Vm.Wallet memory wallet;
        (nodeId, wallet) = _addNode(name);
        signingKeys[nodeId] = wallet.privateKey;
        operator = makeAddr(name);
        xmtp.mint(operator, amount);
        vm.prank(operator);
        xmtp.approve(address(selection), type(uint256).max);
    }

    /// @dev Stakes `amount` for `operator`.
    function _stake(address operator, uint256 amount) internal {
        vm.prank(operator);
        selection.stake(amount);
    }

    /// @dev An operator with the minimum stake, registered now (eligible after the waiting period).
    function _candidate(string memory name) internal returns (address operator, uint32 nodeId) {
        uint256 minimum = selection.minimumStake();
        (operator, nodeId) = _operator(name, minimum);
        _stake(operator, minimum);
        vm.prank(operator);
        selection.register();
        operators.push(operator);
        operatorNodeIds.push(nodeId);
    }

    /// @dev `count` registered candidates named `candidate-<i>` from `operators.length` on.
    function _candidates(uint256 count) internal {
        uint256 first = operators.length;
        for (uint256 i; i < count; ++i) {
            _candidate(string.concat("candidate-", vm.toString(first + i)));
        }
    }

    /// @dev Warps to the next rotation and rotates.
    function _rotate() internal virtual {
        vm.warp(selection.nextRotationAt());
        selection.rotateNodes();
    }

    /// @dev Warps past the waiting period, then rotates: the bootstrap fill.
    function _bootstrap() internal {
        vm.warp(vm.getBlockTimestamp() + selection.waitingPeriod());
        if (vm.getBlockTimestamp() < selection.nextRotationAt()) vm.warp(selection.nextRotationAt());
        selection.rotateNodes();
    }

    function _contains(address[] memory list, address item) internal pure returns (bool) {
        for (uint256 i; i < list.length; ++i) {
            if (list[i] == item) return true;
        }
        return false;
    }
}
