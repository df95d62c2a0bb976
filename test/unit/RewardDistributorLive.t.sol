// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPayers} from "../../contracts/interfaces/IPayers.sol";
import {IRewardDistributor} from "../../contracts/interfaces/IRewardDistributor.sol";
import {RewardsFixture} from "../utils/RewardsFixture.sol";

/**
 * @notice The distributor as a live network runs it and as an attacker would try it (issue 15).
 *
 *         Who can do what: anyone calls `distributeRewards`, `executePayouts`, `fundBasePayReserve`; a majority of an
 *         epoch's active set signs usage reports (so it chooses `messagesServed` within the report's sequence range);
 *         governance sets prices, the owed cap and the reserve share. What the worst caller gains, and why not:
 *         - a distribution run right after a rotation would pay an epoch before its usage reports land: the window
 *           (`test_distributeRewards_waitsForTheReportWindow`, `..._reportLandingAnHourAfterItsEpochCounts`);
 *         - absurd message counts would overflow the cost arithmetic and halt every distribution, or take the whole
 *           pool as "costs": variable costs are paid last, from fees only, never owed
 *           (`..._absurdMessageCountsCannotStopDistribution`, `..._inflatedCountsCannotTakeBasePay`);
 *         - months without fees would leave nodes an IOU growing without bound: the reserve pays, the owed cap bounds
 *           it (`..._reserveCoversBasePay...`, `..._owedIsCappedAndTheRestWrittenOff`);
 *         - a repaid shortfall counted as a cost twice would lift the profit cap above 1.25x true costs
 *           (`..._shortWeeksThenAmpleFeesKeepTheCapAtTrueCosts`);
 *         - a duration or price change would re-price epochs already served (`..._epochKeepsItsDuration...`).
 */
contract RewardDistributorLiveTest is RewardsFixture {
    uint256 internal constant NODES = 10;

    uint256 internal firstEpoch;
    uint256 internal base;

    function setUp() public override {
        super.setUp();
        firstEpoch = _seat(NODES);
        base = _baseCost();
        distributor.distributeRewards();
        assertEq(distributor.nextEpoch(), firstEpoch);
    }

    /// @dev Every unit of USDC the distributor and the treasury hold is accounted for.
    function _assertConserved() internal view {
        assertEq(usdc.balanceOf(address(distributor)), _distributorHeld(), "distributor accounts for its USDC");
        assertEq(_treasuryUsdc(), _treasuryHeld() + treasury.basePayReserve(), "treasury accounts for it");
    }

    /* ============ The report window ============ */

    function test_distributeRewards_waitsForTheReportWindow() public {
        _rotateOnly();
        uint256 end = selection.epochEndsAt(firstEpoch);
        assertEq(distributor.pendingEpochs(), 0, "the window of the epoch that just ended is open");
        assertEq(distributor.nextDistributionAt(), end + 6 hours);
        _fundPool(NODES * base);
        distributor.distributeRewards();
        assertEq(distributor.nextEpoch(), firstEpoch, "nothing distributed inside the window");

        vm.warp(end + 6 hours - 1);
        assertEq(distributor.pendingEpochs(), 0);
        vm.warp(end + 6 hours);
        assertEq(distributor.pendingEpochs(), 1);
        assertLe(distributor.nextDistributionAt(), vm.getBlockTimestamp());
        distributor.distributeRewards();
        assertEq(distributor.nextEpoch(), firstEpoch + 1);
        assertEq(tracker.earningsOf(operators[0], 0), base);
    }

    function test_nextDistributionAt_isTheCurrentEpochsWindowWhenCaughtUp() public {
        _rotate();
        distributor.distributeRewards();
        uint256 current = selection.currentEpoch();
        assertEq(distributor.nextEpoch(), current);
        assertEq(distributor.nextDistributionAt(), selection.nextRotationAt() + 6 hours);
    }

    function test_distributeRewards_reportLandingAnHourAfterItsEpochCounts() public {
        uint256 perMessage = 1000;
        vm.prank(admin);
        distributor.setVariableCostPerMessage(perMessage);
        _fundPool(NODES * base);
        _rotate();
        distributor.distributeRewards();
        uint256 epoch = selection.currentEpoch();
        assertEq(distributor.nextEpoch(), epoch);

        // The epoch ends; an hour later the originator's usage report for it lands, signed by that epoch's set.
        _rotateOnly();
        vm.warp(vm.getBlockTimestamp() + 1 hours);
        _serve(epoch, operatorNodeIds[3], 5000);
        _closeWindow();
        _fundPool(NODES * base + perMessage * 5000);
        distributor.distributeRewards();

        assertEq(tracker.costsOf(operators[3], 0), 2 * base + perMessage * 5000, "the late report counts");
        assertEq(tracker.costsOf(operators[4], 0), 2 * base);
        _assertConserved();
    }

    /* ============ Attacks on the arithmetic ============ */

    function test_distributeRewards_absurdMessageCountsCannotStopDistribution() public {
        uint256 maxPerMessage = distributor.MAX_VARIABLE_COST_PER_MESSAGE();
        vm.prank(admin);
        distributor.setVariableCostPerMessage(maxPerMessage);
        _fundPool(NODES * base);
        _rotate();
        distributor.distributeRewards();
        // Every node claims the most messages Payers could ever hold for it.
        uint64[] memory served = new uint64[](NODES);
        for (uint256 i; i < NODES; ++i) {
            served[i] = type(uint64).max;
        }
        vm.mockCall(address(payers), abi.encodeWithSelector(IPayers.messagesServedBatch.selector), abi.encode(served));
        for (uint256 k; k < 3; ++k) {
            _fundPool(NODES * base + 12_345);
            _rotate();
            distributor.distributeRewards();
        }
        assertEq(distributor.pendingEpochs(), 0, "distribution went on");
        // Base pay came first; the rest of each share was spread pro rata over the (equal) absurd claims.
        for (uint256 i; i < NODES; ++i) {
            assertGe(tracker.costsOf(operators[i], 0), 4 * base);
        }
        assertEq(distributor.totalOwed(), 0, "variable costs are never owed");
        _assertConserved();
    }

    function test_distributeRewards_inflatedCountsCannotTakeBasePay() public {
        vm.prank(admin);
        distributor.setVariableCostPerMessage(1000);
        _fundPool(NODES * base);
        _rotate();
        distributor.distributeRewards();
        uint256 epoch = selection.currentEpoch();
        // One originator claims a huge count (its majority signed it); fees cover base pay and 1 USDC more.
        _serve(epoch, operatorNodeIds[0], 90_000_000);
        _fundPool(NODES * base + 1e6);
        _rotate();
        distributor.distributeRewards();

        for (uint256 i = 1; i < NODES; ++i) {
            assertEq(tracker.earningsOf(operators[i], 0), 2 * base, "honest nodes keep their base pay");
        }
        assertEq(tracker.earningsOf(operators[0], 0), 2 * base + 1e6, "the inflater gets only what was left");
        assertEq(distributor.totalOwed(), 0);
    }

    /* ============ The base-pay reserve and the owed cap ============ */

    function test_distributeRewards_reserveCoversBasePayWhenFeesAreShort() public {
        _fundReserve(NODES * base);
        _fundPool(NODES * base / 4);
        _rotate();
        distributor.distributeRewards();

        for (uint256 i; i < NODES; ++i) {
            assertEq(tracker.earningsOf(operators[i], 0), base, "full base pay");
            assertEq(tracker.costsOf(operators[i], 0), base);
            assertEq(tracker.owedOf(operators[i]), 0);
        }
        assertEq(treasury.basePayReserve(), NODES * base / 4, "drew only the difference");
        assertEq(distributor.totalOwed(), 0);
        _assertConserved();
    }

    function test_distributeRewards_zeroFeeWeekPaysFullBasePayFromTheReserve() public {
        _fundReserve(14 * NODES * base);
        for (uint256 k; k < 14; ++k) {
            _rotate();
            distributor.distributeRewards();
        }
        for (uint256 i; i < NODES; ++i) {
            assertEq(tracker.earningsOf(operators[i], 0), 14 * base);
        }
        assertEq(treasury.basePayReserve(), 0);
        assertEq(distributor.totalOwed(), 0);
        _assertConserved();
    }

    function test_distributeRewards_repaysOwedFromTheReserveOnceFunded() public {
        _rotate();
        distributor.distributeRewards();
        assertEq(distributor.totalOwed(), NODES * base, "no fees, no reserve: owed");
        _fundReserve(2 * NODES * base);
        _rotate();
        distributor.distributeRewards();
        assertEq(distributor.totalOwed(), 0);
        for (uint256 i; i < NODES; ++i) {
            assertEq(tracker.earningsOf(operators[i], 0), 2 * base);
            assertEq(tracker.costsOf(operators[i], 0), 2 * base, "each base pay a cost once");
        }
        assertEq(treasury.basePayReserve(), 0);
        _assertConserved();
    }

    function test_distributeRewards_owedIsCappedAndTheRestWrittenOff() public {
        vm.prank(admin);
        distributor.setOwedCapBps(10_000); // one month of base pay
        uint256 cap = distributor.basePayPerMonth();
        uint256 epochsToCap = cap / base;
        for (uint256 k; k < epochsToCap; ++k) {
            _rotate();
            distributor.distributeRewards();
        }
        uint256 owedBefore = tracker.owedOf(operators[0]);
        assertLe(owedBefore, cap);
        _rotate();
        vm.expectEmit(address(distributor));
        emit IRewardDistributor.OwedWrittenOff(operators[0], operatorNodeIds[0], owedBefore + base - cap);
        distributor.distributeRewards();
        for (uint256 i; i < NODES; ++i) {
            assertEq(tracker.owedOf(operators[i]), cap, "never above the cap");
        }
        assertEq(distributor.totalOwed(), NODES * cap, "the total follows the write-offs");
    }

    function test_setOwedCapBps_zeroOwesNothing() public {
        vm.expectEmit(address(distributor));
        emit IRewardDistributor.OwedCapBpsUpdated(30_000, 0);
        vm.prank(admin);
        distributor.setOwedCapBps(0);
        assertEq(distributor.owedCapBps(), 0);
        _rotate();
        distributor.distributeRewards();
        assertEq(distributor.totalOwed(), 0);
    }

    function test_setOwedCapBps_revertsAboveTwelveMonths() public {
        vm.expectRevert(abi.encodeWithSelector(IRewardDistributor.ParameterOutOfBounds.selector, 120_001, 0, 120_000));
        vm.prank(admin);
        distributor.setOwedCapBps(120_001);
    }

    /**
     * @notice The issue's month: 12 candidates for 10 seats, 15 epochs with fees below base pay and no reserve, then
     *         ample fees to the end of the period. Every node's recorded costs are its base pay for the epochs it
     *         held a seat (a repaid shortfall is a cost once), its earnings are 1.25x those, and the treasury gets the
     *         rest of the fees.
     */
    function test_distributeRewards_shortWeeksThenAmpleFeesKeepTheCapAtTrueCosts() public {
        _candidates(2); // 12 candidates for 10 seats: the set rotates
        uint256 fees = 0;
        uint256 period = distributor.currentPeriod();
        uint256 k = 0;
        while (distributor.currentPeriod() == period) {
            uint256 amount = k < 15 ? NODES * base / 3 : NODES * base * 3;
            _fundPool(amount);
            fees += amount;
            _rotate();
            distributor.distributeRewards();
            ++k;
        }
        uint256 lastEpoch = distributor.nextEpoch() - 1;
        uint256 earned = 0;
        for (uint256 i; i < operators.length; ++i) {
            uint256 seated = 0;
            for (uint256 e = firstEpoch; e <= lastEpoch; ++e) {
                if (selection.isActiveAt(operatorNodeIds[i], e)) ++seated;
            }
            uint256 owed = tracker.owedOf(operators[i]);
            uint256 costs = tracker.costsOf(operators[i], period);
            assertEq(costs + owed, seated * base, "costs are the base pay of its epochs, paid or owed");
            uint256 earnings = tracker.earningsOf(operators[i], period);
            assertLe(earnings, costs * 12_500 / 10_000, "1.25x its true costs at most");
            earned += earnings;
        }
        // Fees went to nodes (within the cap), to the treasury as excess, or stay in the pool: nothing else.
        assertEq(fees, earned + distributor.pendingExcess() + _treasuryHeld() + distributor.pool());
        _assertConserved();
    }

    /* ============ Prices and durations fixed when served ============ */

    function test_distributeRewards_epochKeepsItsDurationAfterAChange() public {
        // During firstEpoch, the epoch duration doubles from the next epoch on.
        vm.prank(admin);
        selection.setEpochDuration(24 hours);
        _fundPool(NODES * base * 10);
        _rotate();
        distributor.distributeRewards();
        for (uint256 i; i < NODES; ++i) {
            assertEq(tracker.costsOf(operators[i], 0), base, "12 hours of base pay for a 12-hour epoch");
        }
        _fundPool(NODES * base * 10);
        _rotate();
        distributor.distributeRewards();
        assertEq(
            tracker.costsOf(operators[0], 0),
            base + uint256(1000e6) * 24 hours / 30 days,
            "then 24 hours for a 24-hour one"
        );
    }

    function test_distributeRewards_basePayChangeAppliesFromTheNextEpoch() public {
        vm.prank(admin);
        distributor.setBasePayPerMonth(2000e6);
        _fundPool(NODES * base * 10);
        _rotate();
        distributor.distributeRewards();
        assertEq(tracker.costsOf(operators[0], 0), base, "the epoch it was set in keeps the old base pay");
        _fundPool(NODES * base * 10);
        _rotate();
        distributor.distributeRewards();
        assertEq(tracker.costsOf(operators[0], 0), base + uint256(2000e6) * 12 hours / 30 days);
    }

    function test_pricesAt_followsTheCheckpoints() public {
        uint256 current = selection.currentEpoch();
        vm.startPrank(admin);
        distributor.setBasePayPerMonth(2000e6);
        distributor.setVariableCostPerMessage(5);
        distributor.setBasePayPerMonth(3000e6); // same epoch: the later value wins
        vm.stopPrank();
        (uint256 basePay, uint256 perMessage) = distributor.pricesAt(current);
        assertEq(basePay, 1000e6);
        assertEq(perMessage, 0);
        (basePay, perMessage) = distributor.pricesAt(current + 1);
        assertEq(basePay, 3000e6);
        assertEq(perMessage, 5);
        _rotate();
        vm.prank(admin);
        distributor.setVariableCostPerMessage(7);
        (basePay, perMessage) = distributor.pricesAt(current + 1);
        assertEq(perMessage, 5);
        (basePay, perMessage) = distributor.pricesAt(current + 2);
        assertEq(basePay, 3000e6);
        assertEq(perMessage, 7);
        (basePay,) = distributor.pricesAt(0);
        assertEq(basePay, 1000e6);
    }

    /* ============ Payout slots reused across periods ============ */

    function test_distributeRewards_waitsForThePayoutsOfThePeriodTwoBack() public {
        _runPeriod(NODES * base);
        _runPeriod(NODES * base);
        assertEq(distributor.currentPeriod(), 2);
        // Period 2 would write over period 0's records: it waits for them to be paid.
        _fundPool(NODES * base);
        _rotate();
        assertEq(distributor.pendingEpochs(), 0);
        uint256 next = distributor.nextEpoch();
        distributor.distributeRewards();
        assertEq(distributor.nextEpoch(), next, "nothing distributed");

        distributor.executePayouts(100);
        assertGt(distributor.pendingEpochs(), 0);
        distributor.distributeRewards();
        assertGt(distributor.nextEpoch(), next);
        _assertConserved();
    }

    function test_updateNodeEarnings_revertsWhileThePeriodTwoBackIsUnpaid() public {
        _runPeriod(NODES * base);
        _runPeriod(NODES * base);
        _fundPool(1e6);
        vm.expectRevert(abi.encodeWithSelector(IRewardDistributor.PayoutsPending.selector, 0));
        vm.prank(admin);
        distributor.updateNodeEarnings(operators[0], 1e6);
        distributor.executePayouts(100);
        // Paid out: the adjustment goes through (no costs yet in period 2, so the cap sends it all on as excess).
        vm.expectEmit(address(distributor));
        emit IRewardDistributor.EarningsAdjusted(operators[0], 2, 1e6, 1e6);
        vm.prank(admin);
        distributor.updateNodeEarnings(operators[0], 1e6);
    }
}
