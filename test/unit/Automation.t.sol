// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Automation} from "../../contracts/Automation.sol";
import {IAutomation} from "../../contracts/interfaces/IAutomation.sol";
import {IErrors} from "../../contracts/interfaces/IErrors.sol";
import {INodeSelectionManager} from "../../contracts/interfaces/INodeSelectionManager.sol";
import {IPayers} from "../../contracts/interfaces/IPayers.sol";
import {IRewardDistributor} from "../../contracts/interfaces/IRewardDistributor.sol";
import {AutomationFixture} from "../utils/AutomationFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";
import {ERC1967Utils} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Utils.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {SlotDerivation} from "@openzeppelin/contracts/utils/SlotDerivation.sol";

/// @notice Ten seated nodes with the empty epochs before them distributed: nothing is due until the next rotation.
abstract contract AutomationTest is AutomationFixture {
    uint256 internal constant NODES = 10;
    uint256 internal constant ALL_STEPS = ROTATE | FORWARD_FEES | DISTRIBUTE | FORWARD_EXCESS | PAYOUT;

    address internal driver = makeAddr("driver");
    address internal otherDriver = makeAddr("other driver");

    function setUp() public virtual override {
        super.setUp();
        _seat(NODES);
        while (distributor.pendingEpochs() != 0) {
            distributor.distributeRewards();
        }
    }

    /// @dev `dueSteps()` and `checkUpkeep` both say exactly `expected`.
    function _assertDue(uint256 expected) internal view {
        assertEq(automation.dueSteps(), expected, "dueSteps");
        (bool needed, bytes memory performData) = automation.checkUpkeep("");
        assertEq(needed, expected != 0, "upkeepNeeded");
        assertEq(performData, abi.encode(expected), "performData");
    }

    /// @dev Closes payout period 0 with the nodes' costs and a 10% bonus funded every epoch (within the cap, so no
    ///      excess), later periods one day long; the period's ten payouts are then due and nothing else.
    function _closePeriodWithinCap() internal {
        _closeFirstPeriod(NODES * _baseCost() * 11 / 10, 1 days);
        assertEq(distributor.pendingExcess(), 0);
        assertEq(distributor.pendingPayouts(), NODES);
    }

    /// @dev After `_closePeriodWithinCap`: pays period 0 directly, then distributes one epoch funded at three times
    ///      the costs (above the 1.25x cap): excess is set aside, and nothing else is due.
    function _pendingExcessOnly() internal {
        _closePeriodWithinCap();
        distributor.executePayouts(NODES);
        _rotate();
        _fundPool(NODES * _baseCost() * 3);
        distributor.distributeRewards();
        assertGt(distributor.pendingExcess(), 0, "excess set aside");
        _assertDue(FORWARD_EXCESS);
    }

    /// @dev Every step due at once: period 0 closed and unpaid, excess pending, an epoch pending, settled fees, and
    ///      the next rotation due.
    function _everythingDue() internal {
        _closePeriodWithinCap();
        _rotate();
        _fundPool(NODES * _baseCost() * 3);
        distributor.distributeRewards();
        _settleFees(25 * USDC);
        _rotate();
        vm.warp(selection.nextRotationAt());
        _assertDue(ALL_STEPS);
    }

    /// @dev Warps to when the current epoch's report window will have closed: its rotation is due and, once done,
    ///      makes it distributable at once (a keeper that lagged past the window).
    function _warpPastTheWindow() internal {
        vm.warp(selection.nextRotationAt() + selection.reportWindow());
    }

    /// @dev What the steps change, in one value.
    function _state() internal view returns (bytes memory) {
        (uint256 payoutPeriod, uint256 payoutIndex) = distributor.payoutCursor();
        return bytes.concat(
            abi.encode(
                selection.currentEpoch(),
                selection.nextRotationAt(),
                selection.getActiveNodes(),
                payers.backedFees(),
                distributor.nextEpoch(),
                distributor.currentPeriod(),
                distributor.pool(),
                distributor.unpaidEarnings(),
                distributor.pendingExcess()
            ),
            abi.encode(
                payoutPeriod,
                payoutIndex,
                usdc.balanceOf(address(payers)),
                usdc.balanceOf(address(distributor)),
                _treasuryUsdc(),
                automation.payoutBatchSize()
            )
        );
    }
}

/// @notice `checkUpkeep` and `dueSteps`: each step's bit is set exactly when the step is due.
contract AutomationCheckUpkeepTest is AutomationTest {
    function test_checkUpkeep_nothingDueAfterTheCatchUp() public view {
        _assertDue(0);
    }

    function test_checkUpkeep_rotationDueAtNextRotationAt() public {
        vm.warp(selection.nextRotationAt() - 1);
        _assertDue(0);
        vm.warp(selection.nextRotationAt());
        // The epoch the rotation closes takes reports for its window: it is not distributable yet.
        _assertDue(ROTATE);
        vm.warp(selection.nextRotationAt() + 3 days);
        _assertDue(ROTATE);
    }

    function test_checkUpkeep_distributionDueWhileEpochsArePending() public {
        _rotate();
        _assertDue(DISTRIBUTE);
        distributor.distributeRewards();
        _assertDue(0);
    }

    function test_checkUpkeep_distributionStaysDueBeyondOneCallsEpochs() public {
        // Ten missed epochs, the last one's window closed too: one distribution takes eight, the other two stay due.
        vm.warp(selection.nextRotationAt() + 9 * selection.epochDuration() + selection.reportWindow());
        selection.rotateNodes();
        assertEq(distributor.pendingEpochs(), 10);
        distributor.distributeRewards();
        assertEq(distributor.pendingEpochs(), 2);
        _assertDue(DISTRIBUTE);
    }

    function test_checkUpkeep_feesDueOnlyWhenADistributionIsPossible() public {
        _settleFees(50 * USDC);
        assertEq(payers.backedFees(), 50 * USDC);
        // Nothing to distribute them into yet: forwarding now would cost a transfer for nothing.
        _assertDue(0);
        vm.warp(selection.nextRotationAt());
        _assertDue(ROTATE);
        selection.rotateNodes();
        // The epoch just closed takes usage reports until its window closes: more fees may come.
        _assertDue(0);
        uint256 distributableAt = distributor.nextDistributionAt();
        assertEq(distributableAt, vm.getBlockTimestamp() + selection.reportWindow());
        vm.warp(distributableAt - 1);
        _assertDue(0);
        vm.warp(distributableAt);
        _assertDue(FORWARD_FEES | DISTRIBUTE);
        payers.forwardFees();
        _assertDue(DISTRIBUTE);
    }

    function test_checkUpkeep_lateRotationOpensTheDistributionWhenTheWindowHasClosed() public {
        _settleFees(50 * USDC);
        // The keeper lagged: by the time it rotates, the closing epoch's window is over as well.
        vm.warp(selection.nextRotationAt() + selection.reportWindow() - 1);
        _assertDue(ROTATE);
        _warpPastTheWindow();
        _assertDue(ROTATE | FORWARD_FEES);
        selection.rotateNodes();
        _assertDue(FORWARD_FEES | DISTRIBUTE);
    }

    function test_checkUpkeep_followsAShorterReportWindow() public {
        vm.prank(admin);
        selection.setReportWindow(1 hours);
        _settleFees(50 * USDC);
        _rotate();
        assertEq(distributor.nextDistributionAt(), vm.getBlockTimestamp(), "the window closes an hour after");
        _assertDue(FORWARD_FEES | DISTRIBUTE);
    }

    function test_checkUpkeep_feesHiddenWhilePayersIsPaused() public {
        _settleFees(50 * USDC);
        _rotate();
        vm.prank(admin);
        payers.pause();
        _assertDue(DISTRIBUTE);
        vm.prank(admin);
        payers.unpause();
        _assertDue(FORWARD_FEES | DISTRIBUTE);
    }

    function test_checkUpkeep_feesHiddenWhenPayersForwardsElsewhere() public {
        _settleFees(50 * USDC);
        _rotate();
        vm.prank(admin);
        payers.setFeeDistributor(stranger);
        _assertDue(DISTRIBUTE);
    }

    function test_checkUpkeep_excessDueWhilePending() public {
        _pendingExcessOnly();
        distributor.forwardExcess();
        _assertDue(0);
    }

    function test_checkUpkeep_payoutDueWhileAClosedPeriodIsUnpaid() public {
        // Rotate and distribute until the pending epoch is the last of period 0 (it ended by now): the period is not
        // closed before that epoch is distributed, and nothing is payable yet.
        while (true) {
            _rotate();
            _fundPool(NODES * _baseCost());
            if (distributor.nextPayoutAt() <= vm.getBlockTimestamp()) break;
            _assertDue(DISTRIBUTE);
            distributor.distributeRewards();
        }
        assertEq(distributor.currentPeriod(), 0);
        _assertDue(DISTRIBUTE);
        distributor.distributeRewards();
        assertEq(distributor.currentPeriod(), 1, "the distribution closed period 0");
        _assertDue(PAYOUT);
        distributor.executePayouts(NODES - 1);
        _assertDue(PAYOUT);
        distributor.executePayouts(1);
        _assertDue(0);
    }

    function test_checkUpkeep_everyStepDueAtOnce() public {
        _everythingDue();
    }

    function test_checkUpkeep_pausedDistributorHidesItsSteps() public {
        _everythingDue();
        vm.prank(admin);
        distributor.pause();
        // Fees are forwarded only into a distribution: they wait with the distributor's own steps.
        _assertDue(ROTATE);
        vm.prank(admin);
        distributor.unpause();
        _assertDue(ALL_STEPS);
    }

    function test_checkUpkeep_pausedPayersHidesOnlyFeeForwarding() public {
        _everythingDue();
        vm.prank(admin);
        payers.pause();
        _assertDue(ALL_STEPS & ~FORWARD_FEES);
    }

    function test_checkUpkeep_ignoresCheckData() public {
        _settleFees(50 * USDC);
        _warpPastTheWindow();
        (bool needed, bytes memory performData) = automation.checkUpkeep(abi.encode(PAYOUT, "anything"));
        assertTrue(needed);
        assertEq(performData, abi.encode(ROTATE | FORWARD_FEES));
    }
}

/// @notice `performUpkeep`: what it does, in which order, and what it refuses.
contract AutomationPerformUpkeepTest is AutomationTest {
    function test_performUpkeep_revertsWhenNothingDue() public {
        bytes memory before = _state();
        vm.expectRevert(IAutomation.UpkeepNotNeeded.selector);
        vm.prank(driver);
        automation.performUpkeep("");
        assertEq(_state(), before);
    }

    function test_performUpkeep_revertsWhenOnlySettledFeesWait() public {
        // Fees move only into a distribution: with none possible, they are not a reason to act.
        _settleFees(50 * USDC);
        _assertDue(0);
        bytes memory before = _state();
        vm.expectRevert(IAutomation.UpkeepNotNeeded.selector);
        vm.prank(driver);
        automation.performUpkeep("");
        assertEq(_state(), before);
        assertEq(payers.backedFees(), 50 * USDC);
    }

    function test_performUpkeep_rotatesOnlyWhileTheClosedEpochTakesReports() public {
        uint256 epoch = selection.currentEpoch();
        _settleFees(100 * USDC);
        vm.warp(selection.nextRotationAt());
        vm.expectEmit(address(automation));
        emit IAutomation.UpkeepPerformed(driver, ROTATE, 0);
        vm.prank(driver);
        automation.performUpkeep("");
        assertEq(selection.currentEpoch(), epoch + 1);
        assertEq(payers.backedFees(), 100 * USDC, "fees wait for the distribution");
        assertEq(distributor.nextEpoch(), epoch, "the closed epoch waits for its window");

        // A report of the closed epoch lands inside its window; the upkeep after the window distributes both.
        _settleFeesFor(epoch, 20 * USDC);
        vm.warp(distributor.nextDistributionAt());
        vm.expectEmit(address(payers));
        emit IPayers.FeesForwarded(address(distributor), 120 * USDC);
        vm.expectEmit(address(automation));
        emit IAutomation.UpkeepPerformed(driver, FORWARD_FEES | DISTRIBUTE, 0);
        vm.prank(driver);
        automation.performUpkeep("");
        assertEq(distributor.nextEpoch(), epoch + 1, "the closed epoch is distributed");
        for (uint256 i; i < NODES; ++i) {
            assertEq(tracker.earningsOf(operators[i], 0), 12 * USDC, "a tenth of both reports' fees each");
        }
        _assertDue(0);
    }

    function test_performUpkeep_rotatesForwardsFeesAndDistributesInOneCall() public {
        uint256 epoch = selection.currentEpoch();
        _settleFees(100 * USDC);
        // A keeper that lagged past the closing epoch's window does everything in one call.
        _warpPastTheWindow();
        _assertDue(ROTATE | FORWARD_FEES);
        address[] memory set = selection.getActiveNodes();
        assertEq(set.length, NODES);
        uint256 costs = NODES * _baseCost();
        assertGt(costs, 100 * USDC, "the fees cover part of the costs: each node gets a tenth of them");

        vm.expectEmit(address(selection));
        emit INodeSelectionManager.NodesRotated(set, vm.getBlockTimestamp());
        vm.expectEmit(address(payers));
        emit IPayers.FeesForwarded(address(distributor), 100 * USDC);
        vm.expectEmit(address(distributor));
        emit IRewardDistributor.RewardsReceived(100 * USDC, 100 * USDC);
        vm.expectEmit(address(distributor));
        emit IRewardDistributor.RewardsDistributed(100 * USDC, vm.getBlockTimestamp());
        vm.expectEmit(address(automation));
        emit IAutomation.UpkeepPerformed(driver, ROTATE | FORWARD_FEES | DISTRIBUTE, 0);
        vm.prank(driver);
        automation.performUpkeep("");

        assertEq(selection.currentEpoch(), epoch + 1, "rotated once");
        assertEq(payers.backedFees(), 0, "fees forwarded");
        assertEq(distributor.nextEpoch(), epoch + 1, "the epoch the rotation closed is distributed");
        assertEq(distributor.pool(), 0, "the fees were in the pool before the distribution");
        for (uint256 i; i < NODES; ++i) {
            assertEq(tracker.earningsOf(operators[i], 0), 10 * USDC, "a tenth of the fees each");
        }
        _assertDue(0);
    }

    function test_performUpkeep_rotatesAndDistributesWithoutFees() public {
        _warpPastTheWindow();
        vm.expectCall(address(payers), abi.encodeCall(IPayers.forwardFees, ()), 0);
        vm.expectEmit(address(automation));
        emit IAutomation.UpkeepPerformed(driver, ROTATE | DISTRIBUTE, 0);
        vm.prank(driver);
        automation.performUpkeep("");
        assertEq(distributor.pendingEpochs(), 0);
    }

    function test_performUpkeep_rotatesOnlyWhileTheDistributorIsPaused() public {
        _settleFees(100 * USDC);
        _warpPastTheWindow();
        vm.prank(admin);
        distributor.pause();
        uint256 epoch = selection.currentEpoch();
        vm.expectCall(address(payers), abi.encodeCall(IPayers.forwardFees, ()), 0);
        vm.expectCall(address(distributor), abi.encodeCall(IRewardDistributor.distributeRewards, ()), 0);
        vm.expectEmit(address(automation));
        emit IAutomation.UpkeepPerformed(driver, ROTATE, 0);
        vm.prank(driver);
        automation.performUpkeep("");
        assertEq(selection.currentEpoch(), epoch + 1);
        assertEq(payers.backedFees(), 100 * USDC, "fees wait for the distribution");
        assertEq(distributor.pendingEpochs(), 1);
    }

    function test_performUpkeep_paysInBatchesOfPayoutBatchSize() public {
        _closePeriodWithinCap();
        _assertDue(PAYOUT);
        vm.prank(admin);
        automation.setPayoutBatchSize(4);

        uint256[3] memory processed = [uint256(4), 4, 2];
        uint256[3] memory cursorIndex = [uint256(4), 8, 0];
        for (uint256 call; call < 3; ++call) {
            vm.expectEmit(address(distributor));
            emit IRewardDistributor.PayoutsExecuted(processed[call], NODES - 4 * call - processed[call]);
            vm.expectEmit(address(automation));
            emit IAutomation.UpkeepPerformed(driver, PAYOUT, 0);
            vm.prank(driver);
            automation.performUpkeep("");
            (uint256 period, uint256 index) = distributor.payoutCursor();
            assertEq(period, call < 2 ? 0 : 1, "cursor period");
            assertEq(index, cursorIndex[call], "cursor index");
            for (uint256 i; i < NODES; ++i) {
                uint256 expected = i < 4 * call + processed[call] ? tracker.earningsOf(operators[i], 0) : 0;
                assertEq(usdc.balanceOf(operators[i]), expected, "paid up to the cursor");
            }
        }
        assertGt(usdc.balanceOf(operators[NODES - 1]), 0);
        _assertDue(0);
        vm.expectRevert(IAutomation.UpkeepNotNeeded.selector);
        automation.performUpkeep("");
    }

    function test_performUpkeep_aFailedStepDoesNotBlockTheOthers() public {
        _everythingDue();
        uint256 excess = distributor.pendingExcess();
        bytes32 role = treasury.DISTRIBUTOR_ROLE();
        vm.prank(admin);
        treasury.revokeRole(role, address(distributor));
        uint256 epoch = selection.currentEpoch();

        vm.expectEmit(address(automation));
        emit IAutomation.UpkeepStepFailed(
            FORWARD_EXCESS,
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, address(distributor), role)
        );
        vm.expectEmit(address(automation));
        emit IAutomation.UpkeepPerformed(driver, ROTATE | FORWARD_FEES | DISTRIBUTE | PAYOUT, FORWARD_EXCESS);
        vm.prank(driver);
        automation.performUpkeep("");

        assertEq(selection.currentEpoch(), epoch + 1, "rotated");
        assertEq(payers.backedFees(), 0, "fees forwarded");
        assertEq(distributor.pendingEpochs(), 0, "distributed");
        assertEq(distributor.pendingPayouts(), 0, "periods 0 and 1 paid");
        assertEq(distributor.currentPeriod(), 2, "the distribution closed period 1");
        assertGe(distributor.pendingExcess(), excess, "the excess stays pending");
        assertEq(_treasuryHeld(), 0, "the treasury took nothing");
        _assertDue(FORWARD_EXCESS);
    }

    function test_performUpkeep_revertsWhenEveryDueStepFails() public {
        _pendingExcessOnly();
        bytes32 role = treasury.DISTRIBUTOR_ROLE();
        vm.prank(admin);
        treasury.revokeRole(role, address(distributor));
        bytes memory before = _state();

        vm.expectRevert(IAutomation.UpkeepNotNeeded.selector);
        vm.prank(driver);
        automation.performUpkeep("");
        assertEq(_state(), before);

        // Once the treasury takes it again, the same upkeep goes through.
        uint256 excess = distributor.pendingExcess();
        vm.prank(admin);
        treasury.grantRole(role, address(distributor));
        vm.expectEmit(address(distributor));
        emit IRewardDistributor.ExcessForwarded(address(treasury), excess);
        vm.expectEmit(address(automation));
        emit IAutomation.UpkeepPerformed(driver, FORWARD_EXCESS, 0);
        vm.prank(driver);
        automation.performUpkeep("");
        assertEq(distributor.pendingExcess(), 0);
        assertEq(_treasuryHeld(), excess);
    }

    function test_performUpkeep_secondDriverRevertsAndChangesNothing() public {
        _everythingDue();
        vm.prank(driver);
        automation.performUpkeep("");
        _assertDue(0);
        bytes memory afterFirst = _state();

        vm.expectRevert(IAutomation.UpkeepNotNeeded.selector);
        vm.prank(otherDriver);
        automation.performUpkeep("");
        assertEq(_state(), afterFirst, "the loser of the race changed nothing");
    }

    function test_performUpkeep_stepsCalledDirectlyLeaveNothingToDo() public {
        _everythingDue();
        // Another keeper does every step by hand first.
        selection.rotateNodes();
        payers.forwardFees();
        distributor.distributeRewards();
        if (distributor.pendingExcess() != 0) distributor.forwardExcess();
        distributor.executePayouts(100);
        _assertDue(0);
        bytes memory before = _state();
        vm.expectRevert(IAutomation.UpkeepNotNeeded.selector);
        vm.prank(driver);
        automation.performUpkeep("");
        assertEq(_state(), before);
    }

    function test_performUpkeep_ignoresForgedPerformData() public {
        // Nothing due: data claiming every step does nothing.
        vm.expectRevert(IAutomation.UpkeepNotNeeded.selector);
        automation.performUpkeep(abi.encode(ALL_STEPS));

        // Only the rotation (and the distribution it opens) is due: data claiming payouts, excess and fees changes
        // nothing about that.
        _settleFees(10 * USDC);
        vm.prank(admin);
        payers.pause();
        _warpPastTheWindow();
        _assertDue(ROTATE);
        vm.expectCall(address(payers), abi.encodeCall(IPayers.forwardFees, ()), 0);
        vm.expectCall(address(distributor), abi.encodeCall(IRewardDistributor.forwardExcess, ()), 0);
        vm.expectCall(
            address(distributor), abi.encodeCall(IRewardDistributor.executePayouts, (automation.payoutBatchSize())), 0
        );
        vm.expectEmit(address(automation));
        emit IAutomation.UpkeepPerformed(driver, ROTATE | DISTRIBUTE, 0);
        vm.prank(driver);
        automation.performUpkeep(abi.encode(ALL_STEPS));
        assertEq(payers.backedFees(), 10 * USDC);
    }

    function test_performUpkeep_doesNotStopAtTheDataItWasGiven() public {
        // Stale data from an earlier check that saw only the rotation: the epoch's distribution is done as well.
        _warpPastTheWindow();
        (, bytes memory stale) = automation.checkUpkeep("");
        assertEq(stale, abi.encode(ROTATE));
        vm.expectEmit(address(automation));
        emit IAutomation.UpkeepPerformed(driver, ROTATE | DISTRIBUTE, 0);
        vm.prank(driver);
        automation.performUpkeep(stale);
    }
}

/// @notice `status`: everything a keeper reads in one call, equal to the individual views.
contract AutomationStatusTest is AutomationTest {
    address internal keeper = makeAddr("keeper");

    function _assertStatusMatchesViews(address account) internal view {
        IAutomation.Status memory s = automation.status(account);
        assertEq(s.dueSteps, automation.dueSteps(), "dueSteps");
        assertEq(s.blockNumber, vm.getBlockNumber(), "blockNumber");
        assertEq(s.timestamp, vm.getBlockTimestamp(), "timestamp");
        assertEq(s.epoch, selection.currentEpoch(), "epoch");
        assertEq(s.nextRotationAt, selection.nextRotationAt(), "nextRotationAt");
        assertEq(s.epochDuration, selection.epochDuration(), "epochDuration");
        assertEq(abi.encode(s.activeNodeIds), abi.encode(selection.getActiveNodeIds()), "activeNodeIds");
        assertEq(s.activeSetSize, selection.activeSetSize(), "activeSetSize");
        assertEq(s.backedFees, payers.backedFees(), "backedFees");
        assertEq(s.pendingEpochs, distributor.pendingEpochs(), "pendingEpochs");
        assertEq(s.nextDistributionAt, distributor.nextDistributionAt(), "nextDistributionAt");
        assertEq(s.pool, distributor.pool(), "pool");
        assertEq(s.pendingExcess, distributor.pendingExcess(), "pendingExcess");
        assertEq(s.currentPeriod, distributor.currentPeriod(), "currentPeriod");
        assertEq(s.nextPayoutAt, distributor.nextPayoutAt(), "nextPayoutAt");
        assertEq(s.pendingPayouts, distributor.pendingPayouts(), "pendingPayouts");
        assertEq(s.buybackBalance, treasury.buybackBalance(), "buybackBalance");
        assertEq(s.stakingRewardsBalance, treasury.stakingRewardsBalance(), "stakingRewardsBalance");
        assertEq(s.treasuryBalance, treasury.treasuryBalance(), "treasuryBalance");
        assertEq(s.basePayReserve, treasury.basePayReserve(), "basePayReserve");
        (,, uint256 monthsBps) = automation.basePayReserveCoverage();
        assertEq(s.basePayReserveMonthsBps, monthsBps, "basePayReserveMonthsBps");
        assertEq(s.accountBalance, account.balance, "accountBalance");
        assertEq(s.payersPaused, payers.paused(), "payersPaused");
        assertEq(s.distributorPaused, distributor.paused(), "distributorPaused");
    }

    function test_status_matchesTheViewsWhenIdle() public {
        vm.deal(keeper, 0.25 ether);
        _assertStatusMatchesViews(keeper);
        IAutomation.Status memory s = automation.status(keeper);
        assertEq(s.dueSteps, 0);
        assertEq(s.accountBalance, 0.25 ether);
        assertEq(s.activeNodeIds.length, NODES);
        assertFalse(s.payersPaused);
        assertFalse(s.distributorPaused);
    }

    function test_status_matchesTheViewsWhenEverythingIsDue() public {
        // The treasury's own staking bucket fills only while no staking-rewards pool takes the share: unwired here, so
        // that `stakingRewardsBalance` too has something to match.
        vm.prank(admin);
        treasury.setStakingRewardsPool(address(0));
        _everythingDue();
        // Period 1 closes in this upkeep and its excess reaches the treasury's buckets.
        vm.prank(driver);
        automation.performUpkeep("");
        assertGt(_treasuryHeld(), 0);
        // Then the treasury refuses excess, and ten epochs are missed with a large pool: one distribution takes eight
        // of them (closing four periods whose excess stays pending), and leaves the share of the other two in the pool.
        bytes32 role = treasury.DISTRIBUTOR_ROLE();
        vm.prank(admin);
        treasury.revokeRole(role, address(distributor));
        _fundPool(NODES * _baseCost() * 30);
        vm.warp(selection.nextRotationAt() + 9 * selection.epochDuration() + selection.reportWindow());
        selection.rotateNodes();
        distributor.distributeRewards();
        // The distributor does not enter period p + 2 while p has payouts pending: pay the older periods, leaving the
        // last closed one's payouts pending and the rest of the missed epochs distributable.
        while (distributor.pendingEpochs() == 0) {
            distributor.executePayouts(1);
        }
        _settleFees(7 * USDC);
        vm.warp(selection.nextRotationAt());
        vm.deal(keeper, 1.5 ether);
        _fundReserve(2500 * USDC);

        // Something in every field, so that none can pass by being zero on both sides.
        IAutomation.Status memory s = automation.status(keeper);
        assertEq(s.dueSteps, ALL_STEPS);
        assertEq(s.backedFees, 7 * USDC);
        assertGt(s.pendingEpochs, 0);
        assertGt(s.pool, 0);
        assertGt(s.pendingExcess, 0);
        assertGt(s.pendingPayouts, 0);
        assertGt(s.currentPeriod, 2);
        assertGt(s.buybackBalance, 0);
        assertGt(s.stakingRewardsBalance, 0);
        assertGt(s.treasuryBalance, 0);
        assertEq(s.accountBalance, 1.5 ether);
        assertLt(s.nextDistributionAt, s.timestamp, "epochs are pending");
        assertEq(s.basePayReserve, 2500 * USDC);
        assertEq(s.basePayReserveMonthsBps, 2500, "a quarter of the ten seats' month");
        _assertStatusMatchesViews(keeper);
    }

    function test_status_nextDistributionIsTheClosedEpochsWindow() public {
        vm.warp(selection.nextRotationAt());
        selection.rotateNodes();
        IAutomation.Status memory s = automation.status(keeper);
        assertEq(s.nextDistributionAt, s.timestamp + selection.reportWindow());
        assertEq(s.pendingEpochs, 0);
        _assertStatusMatchesViews(keeper);
    }

    function test_status_reportsPauses() public {
        vm.startPrank(admin);
        payers.pause();
        distributor.pause();
        vm.stopPrank();
        IAutomation.Status memory s = automation.status(keeper);
        assertTrue(s.payersPaused);
        assertTrue(s.distributorPaused);
        _assertStatusMatchesViews(keeper);
    }

    function test_status_readsAnyAccountsBalance() public {
        vm.deal(stranger, 42);
        assertEq(automation.status(stranger).accountBalance, 42);
        assertEq(automation.status(address(0)).accountBalance, address(0).balance);
    }
}

/// @notice `basePayReserveCoverage`: the reserve against the full set's base pay.
contract AutomationReserveCoverageTest is AutomationTest {
    function test_basePayReserveCoverage_isZeroWithAnEmptyReserve() public view {
        (uint256 reserve, uint256 budget, uint256 monthsBps) = automation.basePayReserveCoverage();
        assertEq(reserve, 0);
        assertEq(budget, selection.activeSetSize() * distributor.basePayPerMonth());
        assertEq(monthsBps, 0);
    }

    function test_basePayReserveCoverage_countsMonthsOfTheFullSetsBasePay() public {
        _fundReserve(25_000 * USDC);
        (uint256 reserve, uint256 budget, uint256 monthsBps) = automation.basePayReserveCoverage();
        assertEq(reserve, 25_000 * USDC);
        // Per seat, whatever the number of candidates: ten seats of 1,000 USDC.
        assertEq(budget, 10_000 * USDC);
        assertEq(monthsBps, 25_000, "two and a half months");
    }

    function test_basePayReserveCoverage_followsTheSetSizeAndBasePay() public {
        _fundReserve(3000 * USDC);
        vm.startPrank(admin);
        selection.setActiveSetSize(4);
        distributor.setBasePayPerMonth(500 * USDC);
        vm.stopPrank();
        (, uint256 budget, uint256 monthsBps) = automation.basePayReserveCoverage();
        assertEq(budget, 2000 * USDC);
        assertEq(monthsBps, 15_000);
    }

    function test_basePayReserveCoverage_isUnboundedWithoutBasePay() public {
        _fundReserve(1 * USDC);
        vm.prank(admin);
        distributor.setBasePayPerMonth(0);
        (uint256 reserve, uint256 budget, uint256 monthsBps) = automation.basePayReserveCoverage();
        assertEq(reserve, 1 * USDC);
        assertEq(budget, 0);
        assertEq(monthsBps, type(uint256).max);
    }

    function testFuzz_basePayReserveCoverage_roundsDown(uint96 amount) public {
        vm.assume(amount != 0);
        _fundReserve(amount);
        (uint256 reserve, uint256 budget, uint256 monthsBps) = automation.basePayReserveCoverage();
        assertEq(monthsBps, reserve * 10_000 / budget);
        assertLe(monthsBps * budget, reserve * 10_000);
        assertGt((monthsBps + 1) * budget, reserve * 10_000);
    }
}

/// @notice Governance: initialization, the payout batch size, upgrades and storage.
contract AutomationGovernanceTest is AutomationFixture {
    function _newImplementation() internal returns (address) {
        return address(new Automation(address(selection), address(payers), address(distributor), address(treasury)));
    }

    function _implementationOf(address proxy) internal view returns (address) {
        return address(uint160(uint256(vm.load(proxy, ERC1967Utils.IMPLEMENTATION_SLOT))));
    }

    function _expectUnauthorized(address account) internal {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, account, automation.DEFAULT_ADMIN_ROLE()
            )
        );
    }

    /* ============ initialize and constructor ============ */

    function test_initialize_setsDefaultsAndRoles() public view {
        assertEq(automation.payoutBatchSize(), 40);
        assertEq(automation.DEFAULT_PAYOUT_BATCH_SIZE(), 40);
        assertEq(automation.MAX_PAYOUT_BATCH_SIZE(), 200);
        assertEq(automation.selection(), address(selection));
        assertEq(automation.payers(), address(payers));
        assertEq(automation.distributor(), address(distributor));
        assertEq(automation.treasury(), address(treasury));
        assertTrue(automation.hasRole(automation.DEFAULT_ADMIN_ROLE(), admin));
        assertFalse(automation.hasRole(automation.DEFAULT_ADMIN_ROLE(), address(this)));
        assertEq(_implementationOf(address(automation)), suite.automation.implementation);
    }

    function test_stepConstants_areDistinctBits() public view {
        assertEq(automation.ROTATE_STEP(), ROTATE);
        assertEq(automation.FORWARD_FEES_STEP(), FORWARD_FEES);
        assertEq(automation.DISTRIBUTE_STEP(), DISTRIBUTE);
        assertEq(automation.FORWARD_EXCESS_STEP(), FORWARD_EXCESS);
        assertEq(automation.PAYOUT_STEP(), PAYOUT);
    }

    function test_initialize_emitsTheBatchSize() public {
        address implementation = _newImplementation();
        vm.expectEmit();
        emit IAutomation.PayoutBatchSizeUpdated(0, 40);
        new ERC1967Proxy(implementation, abi.encodeCall(Automation.initialize, (admin)));
    }

    function test_initialize_revertsWhenCalledTwice() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        automation.initialize(stranger);
        assertFalse(automation.hasRole(automation.DEFAULT_ADMIN_ROLE(), stranger));
    }

    function test_initialize_revertsOnTheDeployedImplementation() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        Automation(suite.automation.implementation).initialize(stranger);
    }

    function test_initialize_revertsOnANewImplementation() public {
        Automation implementation = Automation(_newImplementation());
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        implementation.initialize(stranger);
    }

    function test_initialize_revertsWhenAdminIsZero() public {
        address implementation = _newImplementation();
        vm.expectRevert(IErrors.ZeroAddress.selector);
        new ERC1967Proxy(implementation, abi.encodeCall(Automation.initialize, (address(0))));
    }

    function test_constructor_revertsWhenAnAddressIsZero() public {
        address[4] memory args = [address(selection), address(payers), address(distributor), address(treasury)];
        for (uint256 i; i < 4; ++i) {
            address[4] memory a = args;
            a[i] = address(0);
            vm.expectRevert(IErrors.ZeroAddress.selector);
            new Automation(a[0], a[1], a[2], a[3]);
        }
    }

    /* ============ setPayoutBatchSize ============ */

    function test_setPayoutBatchSize_updatesAndEmits() public {
        vm.expectEmit(address(automation));
        emit IAutomation.PayoutBatchSizeUpdated(40, 7);
        vm.prank(admin);
        automation.setPayoutBatchSize(7);
        assertEq(automation.payoutBatchSize(), 7);
    }

    function test_setPayoutBatchSize_acceptsOneAndTheMaximum() public {
        vm.startPrank(admin);
        automation.setPayoutBatchSize(1);
        assertEq(automation.payoutBatchSize(), 1);
        vm.expectEmit(address(automation));
        emit IAutomation.PayoutBatchSizeUpdated(1, 200);
        automation.setPayoutBatchSize(200);
        vm.stopPrank();
        assertEq(automation.payoutBatchSize(), 200);
    }

    function test_setPayoutBatchSize_revertsWhenZero() public {
        vm.expectRevert(abi.encodeWithSelector(IAutomation.InvalidPayoutBatchSize.selector, 0, 200));
        vm.prank(admin);
        automation.setPayoutBatchSize(0);
        assertEq(automation.payoutBatchSize(), 40);
    }

    function test_setPayoutBatchSize_revertsAboveTheMaximum() public {
        vm.expectRevert(abi.encodeWithSelector(IAutomation.InvalidPayoutBatchSize.selector, 201, 200));
        vm.prank(admin);
        automation.setPayoutBatchSize(201);
        assertEq(automation.payoutBatchSize(), 40);
    }

    function testFuzz_setPayoutBatchSize_acceptsExactlyTheBounds(uint256 size) public {
        bool valid = size >= 1 && size <= 200;
        if (!valid) vm.expectRevert(abi.encodeWithSelector(IAutomation.InvalidPayoutBatchSize.selector, size, 200));
        vm.prank(admin);
        automation.setPayoutBatchSize(size);
        assertEq(automation.payoutBatchSize(), valid ? size : 40);
    }

    function test_setPayoutBatchSize_revertsWhenNotAdmin() public {
        _expectUnauthorized(stranger);
        vm.prank(stranger);
        automation.setPayoutBatchSize(7);
        assertEq(automation.payoutBatchSize(), 40);
    }

    /* ============ Upgrades and storage ============ */

    function test_upgradeToAndCall_keepsTheBatchSize() public {
        vm.prank(admin);
        automation.setPayoutBatchSize(13);
        address implementation = _newImplementation();
        vm.prank(admin);
        automation.upgradeToAndCall(implementation, "");
        assertEq(_implementationOf(address(automation)), implementation);
        assertEq(automation.payoutBatchSize(), 13);
        assertTrue(automation.hasRole(automation.DEFAULT_ADMIN_ROLE(), admin));
    }

    function test_upgradeToAndCall_revertsWhenNotAdmin() public {
        address implementation = _newImplementation();
        _expectUnauthorized(stranger);
        vm.prank(stranger);
        automation.upgradeToAndCall(implementation, "");
        assertEq(_implementationOf(address(automation)), suite.automation.implementation);
    }

    function test_storage_usesErc7201Slot() public {
        bytes32 slot = SlotDerivation.erc7201Slot("xmtp.storage.Automation");
        assertEq(uint256(vm.load(address(automation), slot)), 40);
        vm.prank(admin);
        automation.setPayoutBatchSize(123);
        assertEq(uint256(vm.load(address(automation), slot)), 123);
    }
}
