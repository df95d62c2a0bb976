// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {RewardsFixture} from "../utils/RewardsFixture.sol";

/// @notice One epoch's allocation over random pools, node counts, messages served, costs per message and caps: nothing
///         is created or lost, no node earns above its cap, and a shortfall is owed exactly when the pool was short.
contract RewardDistributorFuzzTest is RewardsFixture {
    /// @dev The most messages one node serves in an epoch here: with 1 USDC a message, 10M USDC of costs.
    uint256 internal constant MAX_SERVED = 10_000_000;
    uint256 internal constant MAX_POOL = 100_000_000 * USDC;

    struct Expected {
        uint256[] costs;
        uint256 totalCosts;
        uint256 allocated;
        uint256 excess;
    }

    /// @dev Seats `count` nodes, distributes the empty epochs before them and sets the parameters; returns the epoch
    ///      the nodes serve first (still open).
    function _setUpEpoch(uint256 count, uint256 perMessage, uint256 capBps) internal returns (uint256 epoch) {
        epoch = _seat(count);
        distributor.distributeRewards();
        assertEq(distributor.nextEpoch(), epoch);
        assertEq(selection.activeNodesAt(epoch).length, count, "all candidates seated");
        vm.startPrank(admin);
        distributor.setVariableCostPerMessage(perMessage);
        distributor.setProfitCapBps(capBps);
        vm.stopPrank();
    }

    /// @dev Random messages served by each operator's node in `epoch`; returns each node's costs for the epoch.
    function _serveRandomly(uint256 epoch, uint256 servedSeed, uint256 perMessage)
        internal
        returns (Expected memory e)
    {
        uint256 count = operators.length;
        e.costs = new uint256[](count);
        uint256 base = _baseCost();
        for (uint256 i; i < count; ++i) {
            uint256 served = bound(uint256(keccak256(abi.encode(servedSeed, i))), 0, MAX_SERVED);
            // Some nodes serve nothing at all.
            if (uint256(keccak256(abi.encode(servedSeed, i, "idle"))) % 4 == 0) served = 0;
            // forge-lint: disable-next-line(unsafe-typecast)
            if (served != 0) _serve(epoch, operatorNodeIds[i], uint64(served));
            e.costs[i] = base + perMessage * served;
            e.totalCosts += e.costs[i];
        }
    }

    /// @dev One distribution as the test sees it.
    struct Outcome {
        uint256 pool;
        uint256 count;
        uint256 capBps;
        uint256 period;
        bool short;
        uint256 bonus;
        uint256 earningsSum;
        uint256 owedSum;
    }

    function testFuzz_distributeRewards_conservesAndCapsOneEpoch(
        uint256 poolAmount,
        uint256 count,
        uint256 servedSeed,
        uint256 perMessage,
        uint256 capBps
    ) public {
        Outcome memory o;
        o.count = bound(count, 1, 10);
        o.capBps = bound(capBps, 10_000, 100_000);
        perMessage = bound(perMessage, 0, USDC);
        uint256 epoch = _setUpEpoch(o.count, perMessage, o.capBps);
        Expected memory e = _serveRandomly(epoch, servedSeed, perMessage);
        // Pools on both sides of the epoch's costs.
        o.pool = servedSeed % 2 == 0 ? bound(poolAmount, 0, e.totalCosts) : bound(poolAmount, 0, MAX_POOL);

        _fundPool(o.pool);
        _rotate();
        uint256 treasuryBefore = usdc.balanceOf(address(treasury));
        o.period = distributor.currentPeriod();
        distributor.distributeRewards();
        assertEq(distributor.nextEpoch(), epoch + 1);

        o.short = o.pool < e.totalCosts;
        o.bonus = o.short ? 0 : (o.pool - e.totalCosts) / o.count;
        for (uint256 i; i < o.count; ++i) {
            _checkNode(o, e, i);
        }

        uint256 toTreasury = distributor.pendingExcess();
        assertEq(usdc.balanceOf(address(treasury)), treasuryBefore, "set aside, not forwarded yet");
        assertEq(toTreasury, e.excess, "the excess is set aside for the treasury");
        assertEq(o.pool, distributor.pool() + o.earningsSum + toTreasury, "conservation");
        assertEq(distributor.pool(), o.pool - e.allocated, "what does not divide stays in the pool");
        assertLt(distributor.pool(), o.count, "at most the rounding stays");
        assertEq(distributor.unpaidEarnings(), o.earningsSum);
        assertEq(distributor.totalOwed(), o.owedSum);
        assertEq(usdc.balanceOf(address(distributor)), _distributorHeld());
        assertEq(tracker.periodNodeCount(o.period), o.count);
        (address[] memory listed,) = tracker.periodNodes(o.period, 0, o.count);
        for (uint256 i; i < o.count; ++i) {
            assertTrue(_contains(listed, operators[i]), "every node is on the payout list");
        }
    }

    /// @dev Checks node `i`'s record against what the rules give, adding to the sums.
    function _checkNode(Outcome memory o, Expected memory e, uint256 i) internal view {
        address node = operators[i];
        uint256 earned = tracker.earningsOf(node, o.period);
        uint256 costs = tracker.costsOf(node, o.period);
        assertEq(costs, e.costs[i], "costs are base pay plus messages");
        uint256 cap = costs * o.capBps / 10_000;
        assertLe(earned, cap, "above the cap");
        // Before the cap: the pro rata share of costs when short, else costs plus an even bonus.
        uint256 allotted = o.short ? o.pool * costs / e.totalCosts : costs + o.bonus;
        e.allocated += allotted;
        assertEq(earned, allotted < cap ? allotted : cap);
        e.excess += allotted - earned;

        uint256 owed = tracker.owedOf(node);
        assertEq(owed > 0, o.short, "owed iff the share was below costs");
        assertEq(owed, costs - (o.short ? allotted : costs));
        assertEq(tracker.getTotalEarnings(node), earned, "lifetime total is this epoch's earnings");
        assertEq(tracker.account(node).nodeId, operatorNodeIds[i]);
        o.earningsSum += earned;
        o.owedSum += owed;
    }

    function testFuzz_distributeRewards_conservesOverTwoEpochsWithShortfalls(
        uint256 firstPool,
        uint256 secondPool,
        uint256 count,
        uint256 servedSeed,
        uint256 perMessage
    ) public {
        count = bound(count, 1, 10);
        perMessage = bound(perMessage, 0, USDC);
        uint256 epoch = _setUpEpoch(count, perMessage, 12_500);
        Expected memory first = _serveRandomly(epoch, servedSeed, perMessage);
        firstPool = bound(firstPool, 0, first.totalCosts);
        secondPool = bound(secondPool, 0, MAX_POOL);

        uint256 treasuryBefore = usdc.balanceOf(address(treasury));
        _fundPool(firstPool);
        _rotate();
        distributor.distributeRewards();
        uint256 owedAfterFirst = distributor.totalOwed();
        // The second epoch is open now: its messages can be reported.
        Expected memory second = _serveRandomly(epoch + 1, uint256(keccak256(abi.encode(servedSeed))), perMessage);
        assertEq(owedAfterFirst, _sumOwed(count));
        _fundPool(secondPool);
        _rotate();
        distributor.distributeRewards();
        assertEq(distributor.nextEpoch(), epoch + 2);

        uint256 earningsSum;
        for (uint256 i; i < count; ++i) {
            address node = operators[i];
            uint256 earned = tracker.earningsOf(node, 0);
            // Repaid shortfall counts as a cost of the period it is paid in.
            uint256 costs = tracker.costsOf(node, 0);
            assertGe(costs, first.costs[i] + second.costs[i]);
            assertLe(earned, costs * 12_500 / 10_000, "above the cap");
            assertEq(tracker.getTotalEarnings(node), earned);
            earningsSum += earned;
        }
        uint256 toTreasury = distributor.pendingExcess() + usdc.balanceOf(address(treasury)) - treasuryBefore;
        assertEq(firstPool + secondPool, distributor.pool() + earningsSum + toTreasury, "conservation");
        assertEq(distributor.unpaidEarnings(), earningsSum);
        assertEq(distributor.totalOwed(), _sumOwed(count));
        assertEq(usdc.balanceOf(address(distributor)), _distributorHeld());
        // Enough for both epochs' costs and the first's shortfall: nothing is owed any more.
        if (secondPool >= owedAfterFirst + second.totalCosts) assertEq(distributor.totalOwed(), 0);
    }

    function _sumOwed(uint256 count) internal view returns (uint256 sum) {
        for (uint256 i; i < count; ++i) {
            sum += tracker.owedOf(operators[i]);
        }
    }
}
