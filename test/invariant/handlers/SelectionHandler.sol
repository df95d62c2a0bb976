// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {NodeSelectionManager} from "../../../contracts/NodeSelectionManager.sol";
import {Nodes} from "../../../contracts/Nodes.sol";
import {XMTPTreasury} from "../../../contracts/XMTPTreasury.sol";
import {INodeSelectionManager} from "../../../contracts/interfaces/INodeSelectionManager.sol";
import {MockXMTP} from "../../../contracts/mocks/MockXMTP.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";
import {Vm} from "forge-std/Vm.sol";

/**
 * @notice Stakes, registers, unstakes, withdraws, rotates, slashes, disables and re-enables nodes and warps time, in
 *         random order, keeping what the manager must account for: XMTP in and out, every rotation's swaps and whether
 *         the set it left was as full as the eligible candidates allow. Given a treasury, it also unwires and rewires
 *         it (syncing every operator's stake on rewiring), so that slashes go to either destination.
 * @dev    The queue is kept within `MAX_QUEUE_SCAN` entries (stale ones included) so that one rotation inspects all of
 *         it: with a longer queue the bounded scan may by design leave eligible candidates for the next rotations.
 */
contract SelectionHandler is CommonBase, StdCheats, StdUtils {
    NodeSelectionManager internal immutable selection;
    Nodes internal immutable nodes;
    MockXMTP internal immutable xmtp;
    address internal immutable admin;
    address internal immutable slasher;
    /// @dev Zero when the run keeps the manager unwired.
    XMTPTreasury internal immutable treasury;

    address[] public operators;
    uint32[] public nodeIds;

    uint256 public ghost_deposited;
    uint256 public ghost_slashed;
    uint256 public ghost_withdrawn;
    /// @dev Timestamp of every swap rotation made, one entry per swap.
    uint256[] public ghost_swapTimes;
    uint256 public ghost_rotations;
    /// @dev Rotations after which the set was not `min(activeSetSize, eligible)` strong.
    uint256 public ghost_shortRotations;

    mapping(bytes32 => uint256) public calls;

    constructor(
        NodeSelectionManager selection_,
        Nodes nodes_,
        MockXMTP xmtp_,
        address admin_,
        address slasher_,
        XMTPTreasury treasury_
    ) {
        selection = selection_;
        treasury = treasury_;
        nodes = nodes_;
        xmtp = xmtp_;
        admin = admin_;
        slasher = slasher_;
        for (uint256 i; i < 12; ++i) {
            address operator = makeAddr(string.concat("selection-operator-", vm.toString(i)));
            Vm.Wallet memory wallet = vm.createWallet(string.concat("selection-key-", vm.toString(i)));
            bytes memory key = abi.encodePacked(bytes1(0x04), bytes32(wallet.publicKeyX), bytes32(wallet.publicKeyY));
            vm.prank(admin);
            nodeIds.push(nodes.addNode(operator, key, "https://node.example"));
            operators.push(operator);
            vm.prank(operator);
            xmtp.approve(address(selection), type(uint256).max);
        }
    }

    function operatorCount() external view returns (uint256) {
        return operators.length;
    }

    function swapCount() external view returns (uint256) {
        return ghost_swapTimes.length;
    }

    function stake(uint256 seed, uint256 amount) external {
        address operator = operators[seed % operators.length];
        amount = bound(amount, 1, 1000e18);
        xmtp.mint(operator, amount);
        vm.prank(operator);
        selection.stake(amount);
        ghost_deposited += amount;
        ++calls["stake"];
    }

    function register(uint256 seed) external {
        uint256 index = seed % operators.length;
        address operator = operators[index];
        INodeSelectionManager.Candidate memory c = selection.candidate(operator);
        (uint256 length,) = selection.queueInfo();
        if (c.registered || c.jailedUntil > vm.getBlockTimestamp()) return;
        if (!nodes.isEnabled(nodeIds[index]) || length >= selection.MAX_QUEUE_SCAN()) return;
        uint256 minimum = selection.minimumStake();
        if (c.stake < minimum) {
            // Tops the stake up to three times the minimum, so that registrations happen often and outlast unstakes.
            uint256 topUp = 3 * minimum - c.stake;
            xmtp.mint(operator, topUp);
            vm.prank(operator);
            selection.stake(topUp);
            ghost_deposited += topUp;
        }
        vm.prank(operator);
        selection.register();
        ++calls["register"];
    }

    function unstake(uint256 seed, uint256 amount) external {
        address operator = operators[seed % operators.length];
        uint256 staked = selection.stakeOf(operator);
        if (staked == 0) return;
        amount = bound(amount, 1, staked);
        vm.prank(operator);
        selection.unstake(amount);
        ++calls["unstake"];
    }

    function withdrawUnbonded(uint256 seed) external {
        address operator = operators[seed % operators.length];
        INodeSelectionManager.Unbonding memory u = selection.unbondingOf(operator);
        if (u.amount == 0 || vm.getBlockTimestamp() < u.releaseAt) return;
        vm.prank(operator);
        selection.withdrawUnbonded();
        ghost_withdrawn += u.amount;
        ++calls["withdrawUnbonded"];
    }

    function rotate() external {
        if (vm.getBlockTimestamp() < selection.nextRotationAt()) vm.warp(selection.nextRotationAt());
        // A seat is replaced at most once per 24 hours, so each swap adds one to the window's count, read at the
        // same timestamp before and after.
        uint256 before = selection.recentSwaps();
        selection.rotateNodes();
        for (uint256 k = before; k < selection.recentSwaps(); ++k) {
            ghost_swapTimes.push(vm.getBlockTimestamp());
        }
        uint256 size = selection.activeSetSize();
        uint256 eligible = _eligibleCount();
        uint256 expected = eligible < size ? eligible : size;
        if (selection.getActiveNodes().length != expected) ++ghost_shortRotations;
        ++ghost_rotations;
        ++calls["rotate"];
    }

    function slash(uint256 seed, uint256 bps) external {
        address operator = operators[seed % operators.length];
        bps = bound(bps, 1, 10_000);
        vm.prank(slasher);
        ghost_slashed += selection.slash(operator, bps);
        ++calls["slash"];
    }

    function toggleNode(uint256 seed) external {
        uint32 nodeId = nodeIds[seed % nodeIds.length];
        bool enabled = nodes.isEnabled(nodeId);
        vm.prank(admin);
        if (enabled) nodes.disableNode(nodeId);
        else nodes.enableNode(nodeId);
        ++calls["toggleNode"];
    }

    /// @dev Unwires the treasury, or rewires it and reports every operator's stake it missed meanwhile.
    function toggleTreasury() external {
        if (address(treasury) == address(0)) return;
        bool wired = selection.treasury() != address(0);
        vm.prank(admin);
        selection.setTreasury(wired ? address(0) : address(treasury));
        if (!wired) {
            for (uint256 i; i < operators.length; ++i) {
                selection.syncStake(operators[i]);
            }
        }
        ++calls["toggleTreasury"];
    }

    function warp(uint256 seconds_) external {
        vm.warp(vm.getBlockTimestamp() + bound(seconds_, 1, 3 days));
        ++calls["warp"];
    }

    /// @dev Registered, past the waiting period, staked enough (a disabled node's operator is never registered).
    function _eligibleCount() internal view returns (uint256 count) {
        uint256 minimum = selection.minimumStake();
        for (uint256 i; i < operators.length; ++i) {
            INodeSelectionManager.Candidate memory c = selection.candidate(operators[i]);
            if (c.registered && c.eligibleAt <= vm.getBlockTimestamp() && c.stake >= minimum) ++count;
        }
    }
}
