// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {NodeSelectionManager} from "../../contracts/NodeSelectionManager.sol";
import {INodeSelectionManager} from "../../contracts/interfaces/INodeSelectionManager.sol";
import {SelectionFixture} from "../utils/SelectionFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

/**
 * @notice The epoch clock (`epochDurationAt`, `epochEndsAt`) and the report window (`reportWindow`,
 *         `reportWindowClosesAt`, `oldestReportableEpoch`): the one rule that decides which epoch a usage or witness
 *         report may name and which epochs the reward distributor may pay.
 *
 *         Attacks: a report for an epoch already paid (it would never count, or count twice); a duration change that
 *         re-dates epochs already served (and so re-prices them); governance making the window longer than an epoch
 *         (two epochs open at once, or an epoch paid while still open). Each is a test below.
 */
contract SelectionEpochClockTest is SelectionFixture {
    uint256 internal constant TWELVE_HOURS = 12 hours;

    /// @dev The end of each epoch as observed: what `epochEndsAt` must give back.
    mapping(uint256 epoch => uint256 end) internal observedEnd;

    function setUp() public override {
        super.setUp();
        _candidates(3);
        _bootstrap();
    }

    /* ============ reportWindow ============ */

    function test_reportWindow_defaultsToSixHours() public view {
        assertEq(selection.reportWindow(), 6 hours);
        assertEq(NodeSelectionManager(address(selection)).DEFAULT_REPORT_WINDOW(), 6 hours);
    }

    function test_setReportWindow_updatesAndEmits() public {
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.ReportWindowUpdated(6 hours, 2 hours);
        vm.prank(admin);
        selection.setReportWindow(2 hours);
        assertEq(selection.reportWindow(), 2 hours);
    }

    function test_setReportWindow_acceptsOneEpoch() public {
        vm.prank(admin);
        selection.setReportWindow(TWELVE_HOURS);
        assertEq(selection.reportWindow(), TWELVE_HOURS);
    }

    function test_setReportWindow_revertsLongerThanAnEpoch() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                INodeSelectionManager.ParameterOutOfBounds.selector, TWELVE_HOURS + 1, 1, TWELVE_HOURS
            )
        );
        vm.prank(admin);
        selection.setReportWindow(TWELVE_HOURS + 1);
    }

    function test_setReportWindow_revertsOnZero() public {
        vm.expectRevert(abi.encodeWithSelector(INodeSelectionManager.ParameterOutOfBounds.selector, 0, 1, TWELVE_HOURS));
        vm.prank(admin);
        selection.setReportWindow(0);
    }

    function test_setReportWindow_revertsForNonAdmin() public {
        address stranger = makeAddr("stranger");
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, selection.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(stranger);
        selection.setReportWindow(1 hours);
    }

    function test_setEpochDuration_revertsBelowReportWindow() public {
        vm.expectRevert(
            abi.encodeWithSelector(INodeSelectionManager.ParameterOutOfBounds.selector, 6 hours - 1, 6 hours, 30 days)
        );
        vm.prank(admin);
        selection.setEpochDuration(6 hours - 1);
    }

    function test_setEpochDuration_acceptsTheMinimumBelowAShortWindow() public {
        vm.startPrank(admin);
        selection.setReportWindow(30 minutes);
        selection.setEpochDuration(1 hours);
        vm.stopPrank();
        assertEq(selection.epochDuration(), 1 hours);
    }

    /* ============ epochDurationAt / epochEndsAt ============ */

    function test_epochDurationAt_changeAppliesFromTheNextEpoch() public {
        uint256 current = selection.currentEpoch();
        vm.prank(admin);
        selection.setEpochDuration(7 hours);
        assertEq(selection.epochDurationAt(current), TWELVE_HOURS, "the current epoch keeps its duration");
        assertEq(selection.epochDurationAt(current - 1), TWELVE_HOURS);
        assertEq(selection.epochDurationAt(current + 1), 7 hours);
        assertEq(selection.epochDurationAt(current + 100), 7 hours);
        // Changed again within the same epoch: the later setting wins, from the same epoch.
        vm.prank(admin);
        selection.setEpochDuration(8 hours);
        assertEq(selection.epochDurationAt(current), TWELVE_HOURS);
        assertEq(selection.epochDurationAt(current + 1), 8 hours);
    }

    /// @notice The attack on pricing: a duration change must not re-date (or re-price) epochs already served.
    function test_epochEndsAt_durationChangeDoesNotRedateServedEpochs() public {
        uint256 first = selection.currentEpoch();
        uint256 firstEnd = selection.nextRotationAt();
        _rotate();
        uint256 secondEnd = selection.nextRotationAt();
        assertEq(selection.epochEndsAt(first), firstEnd);
        vm.prank(admin);
        selection.setEpochDuration(2 days);
        assertEq(selection.epochEndsAt(first), firstEnd, "an ended epoch keeps its end");
        assertEq(selection.epochEndsAt(first + 1), secondEnd, "the current epoch keeps its end");
        _rotate();
        assertEq(selection.nextRotationAt(), secondEnd + 2 days);
        assertEq(selection.epochEndsAt(first), firstEnd);
        assertEq(selection.epochEndsAt(first + 1), secondEnd);
        assertEq(selection.epochEndsAt(first + 2), secondEnd + 2 days);
    }

    function test_epochEndsAt_skippedEpochsLastTheDurationOfTheLateRotation() public {
        uint256 current = selection.currentEpoch();
        uint256 due = selection.nextRotationAt();
        vm.prank(admin);
        selection.setEpochDuration(6 hours);
        // Three 6-hour epochs late: epochs current+1 .. current+3 were skipped, current+4 is the new one.
        vm.warp(due + 3 * 6 hours + 1);
        selection.rotateNodes();
        assertEq(selection.currentEpoch(), current + 4);
        assertEq(selection.epochEndsAt(current), due);
        assertEq(selection.epochEndsAt(current + 1), due + 6 hours);
        assertEq(selection.epochEndsAt(current + 3), due + 18 hours);
        assertEq(selection.epochEndsAt(current + 4), due + 24 hours);
    }

    function test_epochEndsAt_revertsForAFutureEpoch() public {
        uint256 current = selection.currentEpoch();
        vm.expectRevert(abi.encodeWithSelector(INodeSelectionManager.EpochNotReached.selector, current + 1, current));
        selection.epochEndsAt(current + 1);
        vm.expectRevert(abi.encodeWithSelector(INodeSelectionManager.EpochNotReached.selector, current + 1, current));
        selection.reportWindowClosesAt(current + 1);
    }

    /**
     * @notice Against a model: rotations at random delays (on time, late, several epochs late) and duration and window
     *         changes between them; every epoch's end as observed when it happened must be what `epochEndsAt` says
     *         afterwards, and the oldest reportable epoch never goes back.
     */
    function testFuzz_epochEndsAt_matchesObservedEnds(uint256 seed) public {
        uint256 start = selection.currentEpoch();
        uint256 oldest = selection.oldestReportableEpoch();
        for (uint256 step; step < 12; ++step) {
            uint256 r = uint256(keccak256(abi.encode(seed, step)));
            if (r % 3 == 0) {
                uint256 newDuration = 1 hours + (r >> 8) % (3 days);
                vm.startPrank(admin);
                if (newDuration < selection.reportWindow()) selection.setReportWindow(newDuration);
                selection.setEpochDuration(newDuration);
                vm.stopPrank();
            }
            if ((r >> 4) % 4 == 0) {
                uint256 window = 1 + (r >> 40) % selection.epochDuration();
                vm.prank(admin);
                selection.setReportWindow(window);
            }
            uint256 current = selection.currentEpoch();
            uint256 due = selection.nextRotationAt();
            uint256 duration = selection.epochDuration();
            vm.warp(due + (r >> 80) % (duration * 3));
            uint256 seen = selection.oldestReportableEpoch();
            assertGe(seen, oldest, "the oldest reportable epoch never goes back");
            oldest = seen;
            selection.rotateNodes();
            uint256 next = selection.currentEpoch();
            observedEnd[current] = due;
            for (uint256 e = current + 1; e < next; ++e) {
                observedEnd[e] = due + (e - current) * duration;
            }
            seen = selection.oldestReportableEpoch();
            assertGe(seen, oldest, "the oldest reportable epoch never goes back");
            oldest = seen;
        }
        uint256 last = selection.currentEpoch();
        for (uint256 e = start; e < last; ++e) {
            assertEq(selection.epochEndsAt(e), observedEnd[e], "epoch end");
            if (e > start) assertEq(selection.epochDurationAt(e), observedEnd[e] - observedEnd[e - 1], "duration");
        }
        assertEq(selection.epochEndsAt(last), selection.nextRotationAt());
    }

    /* ============ oldestReportableEpoch / reportWindowClosesAt ============ */

    function test_oldestReportableEpoch_previousEpochUntilItsWindowCloses() public {
        vm.warp(selection.reportWindowClosesAt(selection.currentEpoch() - 1));
        uint256 previous = selection.currentEpoch();
        uint256 end = selection.nextRotationAt();
        assertEq(selection.oldestReportableEpoch(), previous);
        _rotate();
        assertEq(selection.reportWindowClosesAt(previous), end + 6 hours);
        assertEq(selection.oldestReportableEpoch(), previous, "just ended: still open");
        vm.warp(end + 6 hours - 1);
        assertEq(selection.oldestReportableEpoch(), previous, "last second of the window");
        vm.warp(end + 6 hours);
        assertEq(selection.oldestReportableEpoch(), previous + 1, "closed");
    }

    function test_oldestReportableEpoch_currentEpochStaysOpenWhileTheRotationIsLate() public {
        _rotate();
        uint256 current = selection.currentEpoch();
        vm.warp(selection.nextRotationAt() + 10 hours);
        assertEq(selection.oldestReportableEpoch(), current, "not rotated: the current epoch still takes reports");
        selection.rotateNodes();
        // Rotated 10 hours late: the old epoch's window (6 hours) is already past.
        assertEq(selection.oldestReportableEpoch(), current + 1);
    }

    /// @notice The window never spans more than the epoch after: an epoch shorter than the window closes it early.
    function test_reportWindowClosesAt_neverAfterTheNextEpochEnds() public {
        // One-hour epochs with a one-hour window, then 12 hours from the next epoch on, and a 12-hour window at once:
        // the current epoch still lasts one hour, so the previous epoch's window closes when it ends.
        vm.startPrank(admin);
        selection.setReportWindow(1 hours);
        selection.setEpochDuration(1 hours);
        vm.stopPrank();
        _rotate();
        uint256 previous = selection.currentEpoch();
        _rotate();
        vm.startPrank(admin);
        selection.setEpochDuration(TWELVE_HOURS);
        selection.setReportWindow(TWELVE_HOURS);
        vm.stopPrank();
        uint256 current = previous + 1;
        assertEq(selection.epochDurationAt(current), 1 hours);
        assertEq(selection.reportWindowClosesAt(previous), selection.epochEndsAt(previous) + 1 hours);
        assertEq(selection.reportWindowClosesAt(previous), selection.epochEndsAt(current));
        assertEq(selection.reportWindowClosesAt(current), selection.epochEndsAt(current) + TWELVE_HOURS);
    }
}
