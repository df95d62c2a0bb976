// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {NodeSelectionManager} from "../../contracts/NodeSelectionManager.sol";
import {INodeSelectionManager} from "../../contracts/interfaces/INodeSelectionManager.sol";
import {RoundRobin} from "../../contracts/libraries/RoundRobin.sol";
import {RotationState} from "../../contracts/types/RotationState.sol";
import {Seat, TURNOVER_WINDOW} from "../../contracts/types/Seat.sol";
import {Test} from "forge-std/Test.sol";

/// @dev The library on a storage of its own: the manager's struct, candidates written directly, no staking or tokens.
contract RoundRobinHarness {
    using RoundRobin for NodeSelectionManager.NodeSelectionManagerStorage;

    NodeSelectionManager.NodeSelectionManagerStorage internal $;

    /// @dev `size` seats, a cap of `cap` per window, epochs of `duration` seconds; epoch 0 ends `duration` from now.
    function setUp(uint256 size, uint256 cap, uint256 duration) external {
        $.state = RotationState.wrap(0).withNextRotationAt(block.timestamp + duration).withEpochDuration(duration)
            .withActiveSetSize(size).withSeatHighWater(size).withMinimumStakeTokens(1).withTurnoverCap(cap);
    }

    /// @dev Registers `operator` with node `nodeId`, eligible now and staked one token.
    function register(address operator, uint32 nodeId) external {
        uint256 index = $.enqueue($.state, operator);
        $.candidates[operator] = INodeSelectionManager.Candidate({
            stake: 1e18,
            nodeId: nodeId,
            eligibleAt: uint40(block.timestamp),
            // casting to 'uint32' is safe because the harness's queue holds a handful of entries
            // forge-lint: disable-next-line(unsafe-typecast)
            queueIndex: uint32(index),
            jailedUntil: 0,
            registered: true
        });
        $.operatorOfNode[nodeId] = operator;
    }

    function deregister(address operator) external {
        $.candidates[operator].registered = false;
    }

    function rotate() external {
        $.rotate();
    }

    function markLeaving(address operator) external {
        $.markLeaving(operator);
    }

    function vacateAndRefill(address operator) external {
        $.vacateAndRefill(operator);
    }

    function activeOperators() external view returns (address[] memory) {
        return $.activeOperators();
    }

    function setAt(uint256 epoch) external view returns (uint32[] memory nodeIds, address[] memory operators) {
        return $.setAt(epoch);
    }

    function isActiveAt(uint32 nodeId, uint256 epoch) external view returns (bool) {
        return $.isActiveAt(nodeId, epoch);
    }

    function recentSwaps() external view returns (uint256) {
        return $.recentSwaps();
    }

    function state() external view returns (RotationState) {
        return $.state;
    }

    function queueAt(uint256 index) external view returns (address) {
        return $.queue[index];
    }
}

contract RoundRobinTest is Test {
    uint256 internal constant EPOCH = 12 hours;

    RoundRobinHarness internal harness;

    function setUp() public {
        vm.warp(1_700_000_000);
        harness = new RoundRobinHarness();
    }

    /* ============ turnoverCap and rotationLimit ============ */

    function test_turnoverCap_defaultsGiveTwo() public pure {
        // 10 seats at 20%.
        assertEq(RoundRobin.turnoverCap(10, 2000), 2);
    }

    function testFuzz_turnoverCap_isFloorOfSizeTimesBps(uint256 size, uint256 bps) public pure {
        size = bound(size, 0, RoundRobin.MAX_SEATS);
        bps = bound(bps, 0, 10_000);
        uint256 cap = RoundRobin.turnoverCap(size, bps);
        assertEq(cap, size * bps / 10_000, "floor(size x bps / 10,000)");
        assertLe(cap, size, "never more than the seats");
        // The state's field has 8 bits.
        assertLe(cap, type(uint8).max);
    }

    function test_rotationLimit_spreadsTheCapOverTheWindow() public pure {
        RotationState state = RotationState.wrap(0).withEpochDuration(EPOCH);
        assertEq(RoundRobin.rotationLimit(state.withTurnoverCap(2)), 1, "2 per day, 12-hour epochs");
        assertEq(RoundRobin.rotationLimit(state.withTurnoverCap(4)), 2, "4 per day, 12-hour epochs");
        assertEq(RoundRobin.rotationLimit(state.withTurnoverCap(1)), 1, "at least one");
        assertEq(RoundRobin.rotationLimit(state.withTurnoverCap(0)), 0, "none without a cap");
        assertEq(RoundRobin.rotationLimit(state.withTurnoverCap(3).withEpochDuration(2 days)), 3, "at most the cap");
    }

    function testFuzz_rotationLimit_isTheCapPerEpoch(uint256 cap, uint256 duration) public pure {
        cap = bound(cap, 0, RoundRobin.MAX_SEATS);
        duration = bound(duration, 1 hours, 30 days);
        uint256 limit = RoundRobin.rotationLimit(RotationState.wrap(0).withTurnoverCap(cap).withEpochDuration(duration));
        uint256 spread = cap * duration / TURNOVER_WINDOW;
        uint256 expected = spread > cap ? cap : spread;
        if (expected == 0 && cap != 0) expected = 1;
        assertEq(limit, expected);
    }

    /* ============ The queue and rotation ============ */

    function test_enqueue_appendsAndCountsTheQueue() public {
        harness.setUp(3, 1, EPOCH);
        harness.register(address(0xA1), 100);
        harness.register(address(0xA2), 200);
        assertEq(harness.state().queueLength(), 2);
        assertEq(harness.queueAt(0), address(0xA1));
        assertEq(harness.queueAt(1), address(0xA2));
    }

    function test_rotate_revertsBeforeItIsDue() public {
        harness.setUp(3, 1, EPOCH);
        uint256 due = block.timestamp + EPOCH;
        vm.expectRevert(abi.encodeWithSelector(INodeSelectionManager.RotationNotDue.selector, due));
        harness.rotate();
    }

    function test_rotate_fillsEmptySeatsInQueueOrderWithoutTurnover() public {
        harness.setUp(2, 1, EPOCH);
        _registerMany(3);
        vm.warp(block.timestamp + EPOCH);
        harness.rotate();
        address[] memory active = harness.activeOperators();
        assertEq(active.length, 2);
        assertEq(active[0], _operator(0));
        assertEq(active[1], _operator(1));
        assertEq(harness.state().currentEpoch(), 1);
        assertEq(harness.recentSwaps(), 0, "filling an empty seat is not turnover");
    }

    function test_rotate_replacesTheLongestServingWithinTheCap() public {
        harness.setUp(2, 1, EPOCH);
        _registerMany(4);
        vm.warp(block.timestamp + EPOCH);
        harness.rotate(); // seats: 0, 1
        vm.warp(block.timestamp + EPOCH);
        harness.rotate(); // the longest-serving (0) replaced by 2
        address[] memory active = harness.activeOperators();
        assertEq(active[0], _operator(2));
        assertEq(active[1], _operator(1));
        assertEq(harness.recentSwaps(), 1);
        vm.warp(block.timestamp + EPOCH);
        harness.rotate(); // the window's cap (1) is spent: no swap
        active = harness.activeOperators();
        assertEq(active[0], _operator(2));
        assertEq(active[1], _operator(1));
        vm.warp(block.timestamp + EPOCH);
        harness.rotate(); // a day after the swap: seat 1 (longest-serving) replaced by 3
        active = harness.activeOperators();
        assertEq(active[0], _operator(2));
        assertEq(active[1], _operator(3));
    }

    function test_rotate_emitsActiveSetShortWhenSeatsStayEmpty() public {
        harness.setUp(3, 1, EPOCH);
        _registerMany(1);
        vm.warp(block.timestamp + EPOCH);
        vm.expectEmit(address(harness));
        emit INodeSelectionManager.ActiveSetShort(1, 1, 3);
        harness.rotate();
    }

    function test_rotate_catchesUpMissedEpochs() public {
        harness.setUp(1, 1, EPOCH);
        _registerMany(1);
        vm.warp(block.timestamp + 4 * EPOCH + 1);
        harness.rotate();
        assertEq(harness.state().currentEpoch(), 4);
        assertEq(harness.state().nextRotationAt(), block.timestamp - 1 + EPOCH);
    }

    function test_setAt_readsEachEpochsSet() public {
        harness.setUp(1, 1, EPOCH);
        _registerMany(2);
        vm.warp(block.timestamp + EPOCH);
        harness.rotate(); // epoch 1: node 100
        vm.warp(block.timestamp + EPOCH);
        harness.rotate(); // epoch 2: node 200 (the seat's fill was not turnover: it may be replaced at once)
        (uint32[] memory nodeIds, address[] memory operators) = harness.setAt(0);
        assertEq(nodeIds.length, 0, "nobody before the first rotation");
        (nodeIds, operators) = harness.setAt(1);
        assertEq(nodeIds.length, 1);
        assertEq(nodeIds[0], 100);
        assertEq(operators[0], _operator(0));
        (nodeIds, operators) = harness.setAt(2);
        assertEq(nodeIds[0], 200);
        assertEq(operators[0], _operator(1));
        assertTrue(harness.isActiveAt(100, 1));
        assertFalse(harness.isActiveAt(100, 2));
        assertFalse(harness.isActiveAt(0, 2), "node 0 is the empty seat's, never active");
    }

    function test_markLeaving_keepsTheSeatUntilTheNextRotation() public {
        harness.setUp(1, 0, EPOCH);
        _registerMany(2);
        vm.warp(block.timestamp + EPOCH);
        harness.rotate();
        vm.expectEmit(address(harness));
        emit INodeSelectionManager.SeatVacated(0, _operator(0), false);
        harness.markLeaving(_operator(0));
        harness.deregister(_operator(0));
        assertEq(harness.activeOperators()[0], _operator(0), "still serving this epoch");
        vm.warp(block.timestamp + EPOCH);
        harness.rotate();
        // Emptied and refilled, though the cap is zero: a refill is not turnover.
        assertEq(harness.activeOperators()[0], _operator(1));
    }

    function test_vacateAndRefill_refillsAtOnceInTheSameEpoch() public {
        harness.setUp(1, 0, EPOCH);
        _registerMany(2);
        vm.warp(block.timestamp + EPOCH);
        harness.rotate();
        harness.deregister(_operator(0));
        vm.expectEmit(address(harness));
        emit INodeSelectionManager.SeatVacated(0, _operator(0), true);
        vm.expectEmit(address(harness));
        emit INodeSelectionManager.SeatFilled(0, _operator(1), 200);
        harness.vacateAndRefill(_operator(0));
        assertEq(harness.activeOperators()[0], _operator(1));
        // The history keeps the epoch's last occupant only.
        (uint32[] memory nodeIds,) = harness.setAt(1);
        assertEq(nodeIds[0], 200);
    }

    function _registerMany(uint256 count) internal {
        for (uint256 i; i < count; ++i) {
            harness.register(_operator(i), uint32(100 * (i + 1)));
        }
    }

    function _operator(uint256 i) internal pure returns (address) {
        // casting to 'uint160' is safe because `i` is a small index
        // forge-lint: disable-next-line(unsafe-typecast)
        return address(uint160(0xA000 + i));
    }
}
