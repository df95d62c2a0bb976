// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPayers} from "../../contracts/interfaces/IPayers.sol";
import {IRewardDistributor} from "../../contracts/interfaces/IRewardDistributor.sol";
import {RewardsFixture} from "../utils/RewardsFixture.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice `distributeRewards`: which epochs, how each epoch's share is split, the cap, shortfalls and periods.
contract RewardDistributorAllocationTest is RewardsFixture {
    uint256 internal constant NODES = 10;

    /// @dev The epoch the seated nodes first serve.
    uint256 internal firstEpoch;
    uint256 internal base;

    function setUp() public override {
        super.setUp();
        firstEpoch = _seat(NODES);
        base = _baseCost();
        // Epochs before `firstEpoch` had nobody seated: distribute them away with an empty pool.
        distributor.distributeRewards();
        assertEq(distributor.nextEpoch(), firstEpoch);
    }

    /// @dev Closes `firstEpoch` and distributes `amount` to it.
    function _distributeFirstEpoch(uint256 amount) internal {
        _rotate();
        _fundPool(amount);
        distributor.distributeRewards();
    }

    function test_distributeRewards_paysCostsThenSplitsTheRestEvenly() public {
        uint256 bonus = 1 * USDC;
        _distributeFirstEpoch(NODES * (base + bonus) + 7);

        for (uint256 i; i < NODES; ++i) {
            assertEq(tracker.earningsOf(operators[i], 0), base + bonus, "earnings");
            assertEq(tracker.costsOf(operators[i], 0), base, "costs");
            assertEq(tracker.getTotalEarnings(operators[i]), base + bonus, "lifetime");
        }
        // What does not divide by the node count stays in the pool.
        assertEq(distributor.pool(), 7);
        assertEq(distributor.unpaidEarnings(), NODES * (base + bonus));
        assertEq(_treasuryHeld(), 0);
        assertEq(distributor.nextEpoch(), firstEpoch + 1);
    }

    function test_distributeRewards_emitsTheEpochSplit() public {
        _rotate();
        _fundPool(NODES * base * 2);
        vm.expectEmit(address(distributor));
        uint256 excess = NODES * (2 * base - base * 12_500 / 10_000);
        emit IRewardDistributor.EpochRewardsDistributed(
            firstEpoch, 0, NODES, NODES * base * 2, 0, NODES * base, base, 0, excess
        );
        vm.expectEmit(address(distributor));
        emit IRewardDistributor.RewardsDistributed(NODES * base * 2, block.timestamp);
        distributor.distributeRewards();
    }

    function test_distributeRewards_capsEarningsAndSetsTheExcessAside() public {
        uint256 amount = 100 * NODES * base;
        _distributeFirstEpoch(amount);

        uint256 cap = base * distributor.profitCapBps() / 10_000;
        for (uint256 i; i < NODES; ++i) {
            assertEq(tracker.earningsOf(operators[i], 0), cap, "capped");
        }
        assertEq(distributor.pool(), 0);
        assertEq(distributor.unpaidEarnings(), NODES * cap);
        assertEq(distributor.pendingExcess(), amount - NODES * cap, "excess set aside");
        assertEq(_treasuryHeld(), 0, "not forwarded yet");
        assertEq(usdc.balanceOf(address(distributor)), _distributorHeld());
    }

    function test_forwardExcess_handsThePendingExcessToTheTreasury() public {
        _distributeFirstEpoch(100 * NODES * base);
        uint256 pending = distributor.pendingExcess();

        vm.expectEmit(address(distributor));
        emit IRewardDistributor.ExcessForwarded(address(treasury), pending);
        vm.prank(stranger);
        assertEq(distributor.forwardExcess(), pending);

        assertEq(distributor.pendingExcess(), 0);
        assertEq(_treasuryHeld(), pending);
        assertEq(usdc.balanceOf(address(distributor)), _distributorHeld());
    }

    function test_forwardExcess_revertsWhenNothingIsPending() public {
        vm.expectRevert(IRewardDistributor.NothingToForward.selector);
        distributor.forwardExcess();
    }

    function test_forwardExcess_pendingExcessSurvivesLaterDistributions() public {
        _distributeFirstEpoch(100 * NODES * base);
        uint256 first = distributor.pendingExcess();
        _rotate();
        _fundPool(100 * NODES * base);
        distributor.distributeRewards();
        assertGt(distributor.pendingExcess(), first);
        assertEq(distributor.forwardExcess(), _treasuryHeld());
    }

    function test_distributeRewards_forwardsThePendingExcessWhenAPeriodCloses() public {
        _distributeFirstEpoch(100 * NODES * base);
        assertGt(distributor.pendingExcess(), 0);
        _runPeriod(0);
        assertEq(distributor.pendingExcess(), 0);
        assertGt(_treasuryHeld(), 0);
    }

    function test_distributeRewards_shortPoolPaysCostsProRataAndRecordsWhatIsOwed() public {
        _distributeFirstEpoch(NODES * base / 2);

        // Half of each node's base pay (the pool is half the total, rounded down per node); costs are what was paid,
        // the rest is owed (the reserve is empty).
        uint256 paid = base / 2;
        for (uint256 i; i < NODES; ++i) {
            assertEq(tracker.earningsOf(operators[i], 0), paid);
            assertEq(tracker.costsOf(operators[i], 0), paid);
            assertEq(tracker.owedOf(operators[i]), base - paid);
        }
        assertEq(distributor.totalOwed(), NODES * (base - paid));
        assertEq(distributor.pool() + distributor.unpaidEarnings(), NODES * base / 2, "nothing lost");
    }

    function test_distributeRewards_repaysWhatIsOwedFirstFromLaterPools() public {
        _distributeFirstEpoch(NODES * base / 2);
        uint256 owed = tracker.owedOf(operators[0]);
        uint256 earnedBefore = tracker.earningsOf(operators[0], 0);

        // Next epoch: enough for the debt and the epoch's costs, nothing more.
        _rotate();
        _fundPool(NODES * (owed + base));
        distributor.distributeRewards();

        assertEq(distributor.totalOwed(), 0);
        for (uint256 i; i < NODES; ++i) {
            assertEq(tracker.owedOf(operators[i]), 0);
            assertEq(tracker.earningsOf(operators[i], 0), earnedBefore + owed + base);
            // A repaid shortfall counts as a cost of the period it is paid in, once: two epochs, two base pays.
            assertEq(tracker.costsOf(operators[i], 0), 2 * base);
        }
        assertEq(distributor.pool(), 0);
    }

    function test_distributeRewards_paysTheEpochsBasePayBeforeOldDebt() public {
        _distributeFirstEpoch(NODES * base / 2);
        uint256 owedTotal = distributor.totalOwed();

        _rotate();
        _fundPool(owedTotal / 2);
        distributor.distributeRewards();

        // The whole share went to this epoch's base pay (but rounding dust, kept in the pool); nothing repaid, and
        // what it could not cover is owed on top.
        uint256 paidNow = owedTotal / 2 - distributor.pool();
        assertLt(distributor.pool(), NODES, "only dust carried");
        assertEq(distributor.totalOwed(), owedTotal + NODES * base - paidNow);
    }

    function test_distributeRewards_repaysPartiallyProRataWhenThePoolIsShortAgain() public {
        _distributeFirstEpoch(NODES * base / 2);
        uint256 owedTotal = distributor.totalOwed();

        _rotate();
        _fundPool(NODES * base + owedTotal / 2);
        distributor.distributeRewards();

        // Base pay in full, then half the debt, pro rata (rounding dust kept in the pool).
        assertLt(distributor.pool(), NODES, "only dust carried");
        uint256 repaid = owedTotal / 2 - distributor.pool();
        assertEq(distributor.totalOwed(), owedTotal - repaid);
        for (uint256 i; i < NODES; ++i) {
            assertApproxEqAbs(tracker.owedOf(operators[i]), (base - base / 2) / 2, 1);
        }
    }

    /// @dev Sets the cost per message (it applies from the next epoch), pays `firstEpoch` its base pay and moves to
    ///      the next epoch, which the price applies to; returns that epoch.
    function _priceMessagesFromNextEpoch(uint256 perMessage) internal returns (uint256 epoch) {
        vm.prank(admin);
        distributor.setVariableCostPerMessage(perMessage);
        _distributeFirstEpoch(NODES * base);
        return firstEpoch + 1;
    }

    function test_distributeRewards_chargesTheVariableCostPerMessageServed() public {
        uint256 perMessage = 100;
        uint256 epoch = _priceMessagesFromNextEpoch(perMessage);
        uint256 total;
        for (uint256 i; i < NODES; ++i) {
            // forge-lint: disable-next-line(unsafe-typecast)
            uint64 served = uint64(1000 * (i + 1));
            _serve(epoch, operatorNodeIds[i], served);
            total += base + perMessage * served;
        }
        _rotate();
        _fundPool(total);
        distributor.distributeRewards();

        for (uint256 i; i < NODES; ++i) {
            uint256 cost = 2 * base + perMessage * 1000 * (i + 1);
            assertEq(tracker.costsOf(operators[i], 0), cost);
            assertEq(tracker.earningsOf(operators[i], 0), cost);
        }
        assertEq(distributor.pool(), 0);
    }

    /// @notice Prices fixed when served: a cost per message set during an epoch does not reach back into it.
    function test_distributeRewards_priceSetDuringAnEpochDoesNotApplyToIt() public {
        _serve(firstEpoch, operatorNodeIds[0], 1000);
        vm.prank(admin);
        distributor.setVariableCostPerMessage(100);
        (uint256 basePay, uint256 perMessage) = distributor.pricesAt(firstEpoch);
        assertEq(basePay, 1000 * USDC);
        assertEq(perMessage, 0);
        (, perMessage) = distributor.pricesAt(firstEpoch + 1);
        assertEq(perMessage, 100);
        _distributeFirstEpoch(NODES * base * 2);
        assertEq(tracker.costsOf(operators[0], 0), base, "the message was served at the old price: zero");
    }

    function test_distributeRewards_readsMessagesOfTheDistributedEpoch() public {
        // forge-lint: disable-next-line(unsafe-typecast)
        uint64 epoch = uint64(_priceMessagesFromNextEpoch(1));
        _rotate();
        vm.expectCall(
            address(payers), abi.encodeCall(IPayers.messagesServedBatch, (epoch, selection.activeNodeIdsAt(epoch)))
        );
        distributor.distributeRewards();
    }

    function test_distributeRewards_isIdempotent() public {
        _distributeFirstEpoch(NODES * base);
        uint256 unpaid = distributor.unpaidEarnings();
        uint256 next = distributor.nextEpoch();

        vm.recordLogs();
        distributor.distributeRewards();
        assertEq(vm.getRecordedLogs().length, 0, "no event");
        assertEq(distributor.unpaidEarnings(), unpaid);
        assertEq(distributor.nextEpoch(), next);
        assertEq(distributor.pendingEpochs(), 0);
    }

    function test_distributeRewards_keepsTheShareOfAnEpochWithoutNodes() public {
        // Every node disabled during the epoch: it ends with no active node.
        vm.startPrank(admin);
        for (uint256 i; i < NODES; ++i) {
            nodes.disableNode(operatorNodeIds[i]);
        }
        vm.stopPrank();
        _rotate();
        assertEq(selection.activeNodeIdsAt(firstEpoch).length, 0);
        _fundPool(NODES * base);

        vm.expectEmit(address(distributor));
        emit IRewardDistributor.EpochRewardsDistributed(firstEpoch, 0, 0, NODES * base, 0, 0, 0, 0, 0);
        distributor.distributeRewards();
        assertEq(distributor.pool(), NODES * base, "kept for later epochs");
        assertEq(distributor.nextEpoch(), firstEpoch + 1);
    }

    function test_distributeRewards_splitsThePoolEquallyAcrossPendingEpochs() public {
        // Three epochs close before anyone distributes: each gets a third of the pool.
        vm.warp(selection.nextRotationAt() + 2 * selection.epochDuration());
        selection.rotateNodes();
        _closeWindow();
        assertEq(distributor.pendingEpochs(), 3);
        uint256 amount = 3 * NODES * base * 11 / 10;
        _fundPool(amount);
        distributor.distributeRewards();

        assertEq(distributor.pendingEpochs(), 0);
        uint256 perEpoch = amount / 3 / NODES;
        for (uint256 i; i < NODES; ++i) {
            assertApproxEqAbs(tracker.earningsOf(operators[i], 0), 3 * perEpoch, 3);
        }
        assertLt(distributor.pool(), 3 * NODES, "only rounding dust carried");
    }

    function test_distributeRewards_catchesUpAtMostEightEpochsPerCall() public {
        vm.warp(selection.nextRotationAt() + 19 * selection.epochDuration());
        selection.rotateNodes();
        _closeWindow();
        assertEq(distributor.pendingEpochs(), 20);

        distributor.distributeRewards();
        assertEq(distributor.pendingEpochs(), 12);
        distributor.distributeRewards();
        distributor.distributeRewards();
        assertEq(distributor.pendingEpochs(), 0);
        assertEq(distributor.nextEpoch(), selection.currentEpoch());
    }

    function test_distributeRewards_addsUsdcSentDirectlyToThePool() public {
        _fundPool(123);
        vm.expectEmit(address(distributor));
        emit IRewardDistributor.RewardsReceived(123, 123);
        distributor.distributeRewards();
        assertEq(distributor.pool(), 123);
    }

    function test_distributeRewards_leavesPayersAlone() public {
        // Fees reach the pool through `Payers.forwardFees` (anyone): a paused Payers cannot stop a distribution.
        vm.prank(admin);
        payers.pause();
        vm.expectCall(address(payers), abi.encodeCall(IPayers.forwardFees, ()), 0);
        _distributeFirstEpoch(NODES * base);
        assertEq(distributor.pool(), 0);
    }

    function test_distributeRewards_keepsTheExcessPendingWhenTheTreasuryRefusesItAtAPeriodClose() public {
        _distributeFirstEpoch(100 * NODES * base);
        uint256 pending = distributor.pendingExcess();
        vm.startPrank(admin);
        treasury.revokeRole(treasury.DISTRIBUTOR_ROLE(), address(distributor));
        vm.stopPrank();

        vm.recordLogs();
        _runPeriod(0);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        uint256 failures;
        for (uint256 i; i < logs.length; ++i) {
            if (
                logs[i].emitter == address(distributor)
                    && logs[i].topics[0] == IRewardDistributor.ExcessForwardFailed.selector
            ) {
                assertEq(abi.decode(logs[i].data, (uint256)), pending);
                ++failures;
            }
        }
        assertEq(failures, 1, "one failed hand-over, at the close");

        assertEq(distributor.currentPeriod(), 1, "the period closed anyway");
        assertEq(distributor.pendingExcess(), pending, "still pending");
        assertEq(_treasuryHeld(), 0);
        assertEq(usdc.balanceOf(address(distributor)), _distributorHeld());
    }

    function test_distributeRewards_closesThePeriodOnceItsEpochsFillIt() public {
        uint256 epochsPerPeriod = distributor.payoutPeriod() / selection.epochDuration();
        // The first period started at epoch 0, at deployment.
        uint256 lastEpoch = epochsPerPeriod - 1;
        while (selection.currentEpoch() <= lastEpoch) {
            distributor.distributeRewards();
            _rotate();
        }
        // One epoch late: the period's last epoch ended two durations before the next rotation.
        _rotate();
        uint256 duration = selection.epochDuration();
        uint256 closedAt = selection.nextRotationAt() - 2 * duration;
        assertEq(distributor.currentPeriod(), 0);
        vm.expectEmit(address(distributor));
        emit IRewardDistributor.PeriodClosed(0, lastEpoch, closedAt);
        distributor.distributeRewards();

        assertEq(distributor.currentPeriod(), 1);
        assertEq(distributor.periodClosedAt(0), closedAt);
        assertEq(distributor.periodClosedAt(1), 0);
    }

    function test_distributeRewards_newPeriodTakesTheNewPayoutPeriod() public {
        vm.prank(admin);
        distributor.setPayoutPeriod(1 days);
        // The open period keeps its 30 days; the next lasts two epochs.
        _runPeriod(0);
        assertEq(distributor.currentPeriod(), 1);
        _rotate();
        distributor.distributeRewards();
        _rotate();
        distributor.distributeRewards();
        assertEq(distributor.currentPeriod(), 2);
    }
}
