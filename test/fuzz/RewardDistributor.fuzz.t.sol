// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {RewardsFixture} from "../utils/RewardsFixture.sol";

/// @notice One epoch's allocation over random pools, reserves, node counts, messages served, costs per message and
///         caps, against a model of the rules (base pay per seat from fees then the reserve, the rest owed; variable
///         costs from fees only; an even bonus; the cap): nothing is created or lost, no node earns above its cap, and
///         base pay is owed exactly when fees and the reserve together fell short of it.
contract RewardDistributorFuzzTest is RewardsFixture {
    /// @dev The most messages one node serves in an epoch here: with 1 USDC a message, 10M USDC of costs.
    uint256 internal constant MAX_SERVED = 10_000_000;
    uint256 internal constant MAX_POOL = 100_000_000 * USDC;

    struct Expected {
        uint256[] costs;
        uint256 totalCosts;
        uint256 allocated;
        uint256 excess;
        /// @dev Variable costs per node, and their total.
        uint256[] variable;
        uint256 totalVariable;
    }

    /// @dev Seats `count` nodes, distributes the empty epochs before them and sets the parameters; returns the epoch
    ///      the nodes serve first (still open).
    function _setUpEpoch(uint256 count, uint256 perMessage, uint256 capBps) internal returns (uint256 epoch) {
        // Prices first: they apply from the epoch after the one they are set in.
        vm.startPrank(admin);
        distributor.setVariableCostPerMessage(perMessage);
        distributor.setProfitCapBps(capBps);
        vm.stopPrank();
        epoch = _seat(count);
        distributor.distributeRewards();
        assertEq(distributor.nextEpoch(), epoch);
        assertEq(selection.activeNodesAt(epoch).length, count, "all candidates seated");
    }

    /// @dev Random messages served by each operator's node in `epoch`; returns each node's costs for the epoch.
    function _serveRandomly(uint256 epoch, uint256 servedSeed, uint256 perMessage)
        internal
        returns (Expected memory e)
    {
        uint256 count = operators.length;
        e.costs = new uint256[](count);
        e.variable = new uint256[](count);
        uint256 base = _baseCost();
        for (uint256 i; i < count; ++i) {
            uint256 served = bound(uint256(keccak256(abi.encode(servedSeed, i))), 0, MAX_SERVED);
            // Some nodes serve nothing at all.
            if (uint256(keccak256(abi.encode(servedSeed, i, "idle"))) % 4 == 0) served = 0;
            // forge-lint: disable-next-line(unsafe-typecast)
            if (served != 0) _serve(epoch, operatorNodeIds[i], uint64(served));
            e.costs[i] = base + perMessage * served;
            e.totalCosts += e.costs[i];
            e.variable[i] = perMessage * served;
            e.totalVariable += e.variable[i];
        }
    }

    /// @dev One distribution as the test sees it.
    struct Outcome {
        uint256 pool;
        uint256 reserve;
        uint256 count;
        uint256 capBps;
        uint256 period;
        bool short;
        uint256 bonus;
        uint256 earningsSum;
        uint256 owedSum;
        /// @dev The model: base pay per node, what the fees left for variable costs, whether those were paid whole.
        uint256 basePaid;
        uint256 drawn;
        uint256 leftForVariable;
        bool variableInFull;
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
        uint256 base = _baseCost();
        // Pools on both sides of the epoch's costs, and a reserve from nothing to two epochs of base pay.
        o.pool = servedSeed % 2 == 0 ? bound(poolAmount, 0, e.totalCosts) : bound(poolAmount, 0, MAX_POOL);
        o.reserve = bound(uint256(keccak256(abi.encode(poolAmount, "reserve"))), 0, 2 * base * o.count);
        if (uint256(keccak256(abi.encode(servedSeed, "no reserve"))) % 3 == 0) o.reserve = 0;
        _fundReserve(o.reserve);

        _fundPool(o.pool);
        _rotate();
        uint256 treasuryBefore = usdc.balanceOf(address(treasury));
        o.period = distributor.currentPeriod();
        distributor.distributeRewards();
        assertEq(distributor.nextEpoch(), epoch + 1);

        _model(o, base);
        for (uint256 i; i < o.count; ++i) {
            _checkNode(o, e, i);
        }

        uint256 toTreasury = distributor.pendingExcess();
        assertEq(usdc.balanceOf(address(treasury)), treasuryBefore - o.drawn, "set aside, not forwarded yet");
        assertEq(treasury.basePayReserve(), o.reserve - o.drawn, "the reserve paid what fees could not");
        assertEq(toTreasury, e.excess, "the excess is set aside for the treasury");
        assertEq(o.pool + o.drawn, distributor.pool() + o.earningsSum + toTreasury, "conservation");
        assertEq(distributor.pool(), o.pool + o.drawn - e.allocated, "what does not divide stays in the pool");
        assertLt(distributor.pool(), 2 * o.count, "at most the rounding stays");
        assertEq(distributor.unpaidEarnings(), o.earningsSum);
        assertEq(distributor.totalOwed(), o.owedSum);
        assertEq(usdc.balanceOf(address(distributor)), _distributorHeld());
        assertEq(tracker.periodNodeCount(o.period), o.count);
        (address[] memory listed,) = tracker.periodNodes(o.period, 0, o.count);
        for (uint256 i; i < o.count; ++i) {
            assertTrue(_contains(listed, operators[i]), "every node is on the payout list");
        }
    }

    /**
     * @dev The rules, written from the issue: base pay per seat from the pool, then the reserve (the same to each
     *      node when short, the rest owed); variable costs from what the pool has left (pro rata when short, never
     *      owed); what is left after that split evenly.
     */
    function _model(Outcome memory o, uint256 base) internal pure {
        uint256 baseTotal = base * o.count;
        uint256 fromPool = o.pool < baseTotal ? o.pool : baseTotal;
        uint256 needed = baseTotal - fromPool;
        o.drawn = needed < o.reserve ? needed : o.reserve;
        uint256 available = fromPool + o.drawn;
        o.short = available < baseTotal;
        o.basePaid = o.short ? available / o.count : base;
        // The pool's rest, plus the reserve's units the even split could not hand out.
        o.leftForVariable = o.pool - fromPool + available - o.basePaid * o.count;
    }

    /// @dev Checks node `i`'s record against the model, adding to the sums.
    function _checkNode(Outcome memory o, Expected memory e, uint256 i) internal view {
        address node = operators[i];
        uint256 earned = tracker.earningsOf(node, o.period);
        uint256 costs = tracker.costsOf(node, o.period);
        // Owed shortfalls of this very epoch are left alone by its repayment (nothing is left to repay them with
        // but rounding units below the node count, which divide to zero).
        uint256 variablePaid = e.totalVariable == 0
            ? 0
            : (o.leftForVariable >= e.totalVariable
                    ? e.variable[i]
                    : o.leftForVariable * e.variable[i] / e.totalVariable);
        assertEq(costs, o.basePaid + variablePaid, "costs are what was paid: base pay and messages");
        uint256 cap = costs * o.capBps / 10_000;
        assertLe(earned, cap, "above the cap");
        uint256 allotted = costs + _bonus(o, e);
        e.allocated += allotted;
        assertEq(earned, allotted < cap ? allotted : cap);
        e.excess += allotted - earned;

        uint256 owed = tracker.owedOf(node);
        assertEq(owed > 0, o.short, "owed iff fees and the reserve fell short of base pay");
        assertEq(owed, _baseCost() - o.basePaid);
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
        uint256 base = _baseCost();
        for (uint256 i; i < count; ++i) {
            address node = operators[i];
            uint256 earned = tracker.earningsOf(node, 0);
            // Costs are what was paid, a repaid shortfall once: the two base pays are paid or still owed.
            uint256 costs = tracker.costsOf(node, 0);
            assertGe(costs + tracker.owedOf(node), 2 * base, "base pay is paid or owed");
            assertLe(costs, 2 * base + first.variable[i] + second.variable[i], "never more than the costs");
            assertLe(earned, costs * 12_500 / 10_000, "above the cap");
            assertEq(tracker.getTotalEarnings(node), earned);
            earningsSum += earned;
        }
        uint256 toTreasury = distributor.pendingExcess() + usdc.balanceOf(address(treasury)) - treasuryBefore;
        assertEq(firstPool + secondPool, distributor.pool() + earningsSum + toTreasury, "conservation");
        assertEq(distributor.unpaidEarnings(), earningsSum);
        assertEq(distributor.totalOwed(), _sumOwed(count));
        assertEq(usdc.balanceOf(address(distributor)), _distributorHeld());
        // Enough for the second epoch's base pay and the first's shortfall: nothing is owed any more.
        if (secondPool >= owedAfterFirst + base * count) assertEq(distributor.totalOwed(), 0);
    }

    /// @dev The even bonus: what the pool has left after variable costs, per node.
    function _bonus(Outcome memory o, Expected memory e) internal pure returns (uint256) {
        if (o.leftForVariable <= e.totalVariable) return 0;
        return (o.leftForVariable - e.totalVariable) / o.count;
    }

    function _sumOwed(uint256 count) internal view returns (uint256 sum) {
        for (uint256 i; i < count; ++i) {
            sum += tracker.owedOf(operators[i]);
        }
    }
}
