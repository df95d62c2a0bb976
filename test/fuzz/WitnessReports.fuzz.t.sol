// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {INodeQuorum} from "../../contracts/interfaces/INodeQuorum.sol";
import {IWitnessReports} from "../../contracts/interfaces/IWitnessReports.sol";
import {WitnessReportsFixture} from "../utils/WitnessReportsFixture.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/**
 * @notice Random witness subsets, random reports and random changes to a signed report: a report passes exactly when
 *         a strict majority of the other active nodes signed exactly it, uptime matches a plain reference over the
 *         reported epochs, and no window but an aligned one is ever judged.
 */
contract WitnessReportsFuzzTest is WitnessReportsFixture {
    uint32 internal accused;
    uint32[] internal witnesses;

    function setUp() public override {
        super.setUp();
        accused = operatorNodeIds[0];
        witnesses = _witnesses(accused, epoch);
    }

    /// forge-config: default.fuzz.runs = 128
    function testFuzz_submitPerformanceReport_passesExactlyWithAStrictMajority(uint256 mask, bool withAccused) public {
        // Any subset of the six witnesses, with or without the accused's own signature.
        mask = bound(mask, 0, 63);
        uint32[] memory signers = new uint32[](7);
        uint256 count;
        uint256 witnessCount;
        if (withAccused) signers[count++] = accused; // node 1: the lowest id
        for (uint256 i; i < witnesses.length; ++i) {
            if ((mask >> i) & 1 == 1) {
                signers[count++] = witnesses[i];
                ++witnessCount;
            }
        }
        assembly ("memory-safe") {
            mstore(signers, count) // shorten to the signers chosen
        }
        IWitnessReports.PerformanceReport memory report = _report(accused, epoch, LIVENESS, 100, 10);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, signers);
        if (witnessCount >= 4) {
            vm.expectEmit(address(harness));
            emit IWitnessReports.PerformanceReported(
                harness.performanceReportDigest(report), accused, epoch, LIVENESS, 100, 10, 120, witnessCount
            );
        } else {
            vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, witnessCount, 4));
        }
        harness.submitPerformanceReport(report, signatures);
    }

    /// forge-config: default.fuzz.runs = 128
    function testFuzz_performanceReportDigest_bindsEveryField(uint256 field, uint32 value) public {
        IWitnessReports.PerformanceReport memory report = _report(accused, epoch, LIVENESS, 1000, 100);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, witnesses);
        field = bound(field, 0, 5);
        if (field == 0) report.nodeId = witnesses[bound(value, 0, witnesses.length - 1)];
        else if (field == 1) report.epoch = _closeTheNextEpoch();
        else if (field == 2) report.kind = SafeCast.toUint8(bound(value, OMISSION, REORDERING));
        else if (field == 3) report.requests = SafeCast.toUint32(bound(value, 1001, type(uint32).max));
        else if (field == 4) report.failures = SafeCast.toUint32(value % 1000 < 100 ? value % 100 : 101 + value % 899);
        else report.averageResponseMs = value == 120 ? 121 : value;
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 0, 4));
        harness.submitPerformanceReport(report, signatures);
    }

    /// forge-config: default.fuzz.runs = 128
    /// @dev Any subset of an eight-epoch window reported, with any numbers: the uptime, the reported epochs and
    ///      `enforceUptime`'s verdict are those of a plain reference over the reported epochs only.
    function testFuzz_enforceUptime_matchesAReference(
        uint256 reportedMask,
        uint256 minimum,
        uint32[8] memory requests,
        uint32[8] memory failures
    ) public {
        vm.startPrank(admin);
        harness.setUptimeWindowEpochs(8);
        minimum = bound(minimum, 1, 8);
        harness.setMinReportedEpochs(minimum);
        vm.stopPrank();
        reportedMask = bound(reportedMask, 0, 255);

        uint256 totalRequests;
        uint256 totalFailures;
        uint256 reported;
        for (uint256 i; i < 8; ++i) {
            if ((reportedMask >> i) & 1 == 0) continue; // unreported: unknown
            requests[i] = SafeCast.toUint32(bound(requests[i], 1, type(uint32).max));
            failures[i] = SafeCast.toUint32(bound(failures[i], 0, requests[i] / (i + 1))); // often few, sometimes many
            _submitInWindow(_report(accused, epoch + SafeCast.toUint64(i), LIVENESS, requests[i], failures[i]));
            totalRequests += requests[i];
            totalFailures += failures[i];
            ++reported;
        }
        _rotateTo(epoch + 8); // [epoch, epoch + 8) closed; epoch is a multiple of 8
        // Reference: the served share of the reported requests, rounded up; everything when nothing is reported.
        uint256 expected = totalRequests == 0
            ? 10_000
            : ((totalRequests - totalFailures) * 10_000 + totalRequests - 1) / totalRequests;
        assertEq(harness.uptimeBps(accused, epoch, 8), expected);
        assertEq(harness.reportedEpochs(accused, epoch, 8), reported);

        if (reported < minimum) {
            vm.expectRevert(abi.encodeWithSelector(IWitnessReports.TooFewReportedEpochs.selector, reported, minimum));
            harness.enforceUptime(accused, epoch);
        } else if (expected < 9500) {
            uint256 stake = selection.stakeOf(operators[0]);
            assertEq(harness.enforceUptime(accused, epoch), stake / 100);
        } else {
            vm.expectRevert(abi.encodeWithSelector(IWitnessReports.UptimeAboveThreshold.selector, expected, 9500));
            harness.enforceUptime(accused, epoch);
        }
    }

    /// forge-config: default.fuzz.runs = 256
    /// @dev Any window length and start: a start that is not a multiple of the length is refused first, whatever
    ///      else holds; an aligned one is never refused for its alignment.
    function testFuzz_enforceUptime_refusesEveryUnalignedWindow(uint256 window, uint64 firstEpoch) public {
        window = bound(window, 1, 120);
        vm.prank(admin);
        harness.setUptimeWindowEpochs(window);
        if (firstEpoch % window != 0) {
            vm.expectRevert(abi.encodeWithSelector(IWitnessReports.UnalignedUptimeWindow.selector, firstEpoch, window));
            harness.enforceUptime(accused, firstEpoch);
        } else {
            // Aligned: refused, if at all, for another reason (closed, enforced, reported, threshold).
            try harness.enforceUptime(accused, firstEpoch) {}
            catch (bytes memory reason) {
                // casting to 'bytes4' is safe because only the selector, the first four bytes, is compared
                // forge-lint: disable-next-line(unsafe-typecast)
                assertTrue(bytes4(reason) != IWitnessReports.UnalignedUptimeWindow.selector, "aligned but refused");
            }
        }
    }

    /// forge-config: default.fuzz.runs = 256
    /// @dev Any time after the epoch ends, before the next rotation: the epoch just closed takes reports up to the last
    ///      second before `reportWindowClosesAt(epoch)` and none from that second on, rotation or not.
    function testFuzz_submitPerformanceReport_takesTheClosedEpochOnlyWithinItsWindow(uint256 delay) public {
        uint256 endedAt = selection.epochEndsAt(epoch);
        uint256 window = selection.reportWindowClosesAt(epoch) - endedAt;
        assertEq(window, selection.reportWindow(), "6 hours, within a 12-hour epoch");
        delay = bound(delay, 0, selection.epochDuration() - 1);
        // The edges themselves, often: the last second accepted and the first refused.
        if (delay % 3 == 0) delay = window - 1;
        else if (delay % 3 == 1) delay = window;
        vm.warp(endedAt + delay);
        IWitnessReports.PerformanceReport memory report = _report(accused, epoch, LIVENESS, 100, 10);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, witnesses);
        if (delay < window) {
            assertEq(selection.oldestReportableEpoch(), epoch);
            vm.expectEmit(address(harness));
            emit IWitnessReports.PerformanceReported(
                harness.performanceReportDigest(report), accused, epoch, LIVENESS, 100, 10, 120, witnesses.length
            );
        } else {
            assertEq(selection.oldestReportableEpoch(), epoch + 1);
            vm.expectRevert(abi.encodeWithSelector(IWitnessReports.ReportEpochClosed.selector, epoch, epoch + 1));
        }
        harness.submitPerformanceReport(report, signatures);
    }

    /// forge-config: default.fuzz.runs = 256
    /// @dev Any epoch named, with the set of `epoch` signing (it served every epoch): the current epoch or a later one
    ///      is not closed, an epoch before the one just closed has no window open, and the epoch just closed passes.
    function testFuzz_submitPerformanceReport_takesOnlyTheEpochJustClosed(uint64 named, uint256 rotations) public {
        _rotateTimes(bound(rotations, 0, 3));
        uint64 current = SafeCast.toUint64(selection.currentEpoch());
        named = SafeCast.toUint64(bound(named, 1, current + 2));
        IWitnessReports.PerformanceReport memory report = _report(accused, named, LIVENESS, 100, 10);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, witnesses);
        if (named >= current) {
            vm.expectRevert(abi.encodeWithSelector(IWitnessReports.EpochNotClosed.selector, named, current));
        } else if (named < current - 1) {
            vm.expectRevert(abi.encodeWithSelector(IWitnessReports.ReportEpochClosed.selector, named, current - 1));
        } else {
            vm.expectEmit(address(harness));
            emit IWitnessReports.PerformanceReported(
                harness.performanceReportDigest(report), accused, named, LIVENESS, 100, 10, 120, witnesses.length
            );
        }
        harness.submitPerformanceReport(report, signatures);
    }

    /// @dev Rotates: the next epoch closes (same set), the one other epoch that takes reports now. Returns it.
    function _closeTheNextEpoch() internal returns (uint64) {
        _rotate();
        return epoch + 1;
    }
}
