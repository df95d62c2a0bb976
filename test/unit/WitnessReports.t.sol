// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {INodeQuorum} from "../../contracts/interfaces/INodeQuorum.sol";
import {INodeSelectionManager} from "../../contracts/interfaces/INodeSelectionManager.sol";
import {IWitnessReports} from "../../contracts/interfaces/IWitnessReports.sol";
import {NodeSigning} from "../utils/NodeSigning.sol";
import {WitnessReportsFixture} from "../utils/WitnessReportsFixture.sol";
import {WitnessReportsHarness} from "../utils/WitnessReportsHarness.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {SlotDerivation} from "@openzeppelin/contracts/utils/SlotDerivation.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice What a report must say on its own and about its epoch, and what an accepted one records.
contract WitnessReportsSubmissionTest is WitnessReportsFixture {
    uint32 internal accused;

    function setUp() public override {
        super.setUp();
        accused = operatorNodeIds[0];
    }

    function test_submitPerformanceReport_recordsTheReportAndEmits() public {
        IWitnessReports.PerformanceReport memory report = _report(accused, epoch, LIVENESS, 1000, 40);
        bytes32 digest = harness.performanceReportDigest(report);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _witnesses(accused, epoch));

        vm.expectEmit(address(harness));
        emit IWitnessReports.MisbehaviorReported(digest, accused, LIVENESS, stranger);
        vm.expectEmit(address(harness));
        emit IWitnessReports.PerformanceReported(digest, accused, epoch, LIVENESS, 1000, 40, 120, 6);
        vm.prank(stranger);
        bytes32 reportId = harness.submitPerformanceReport(report, signatures);

        assertEq(reportId, digest, "the report id is the digest");
        WitnessReportsHarness.Record memory record = harness.reportOf(reportId);
        assertEq(record.nodeId, accused);
        assertEq(record.kind, LIVENESS);
        assertEq(record.reporter, stranger);
        IWitnessReports.PerformanceReport memory stored = harness.performanceReportOf(accused, epoch, LIVENESS);
        assertEq(keccak256(abi.encode(stored)), keccak256(abi.encode(report)), "the report reads back as submitted");
        assertEq(harness.performanceReportDigest(stored), reportId, "its digest is its id");
    }

    function test_submitPerformanceReport_acceptsEveryWitnessedKind() public {
        for (uint8 kind = LIVENESS; kind <= REORDERING; ++kind) {
            _submit(_report(accused, epoch, kind, 10, 1));
            assertEq(harness.performanceReportOf(accused, epoch, kind).requests, 10);
        }
        assertEq(harness.reportCount(), 3);
    }

    function test_submitPerformanceReport_acceptsFailuresEqualToRequests() public {
        _submit(_report(accused, epoch, LIVENESS, 7, 7));
        assertEq(harness.performanceReportOf(accused, epoch, LIVENESS).failures, 7);
    }

    function test_submitPerformanceReport_revertsWhenKindIsNotWitnessed() public {
        uint8[4] memory kinds = [uint8(0), 1, 5, 255];
        for (uint256 i; i < kinds.length; ++i) {
            IWitnessReports.PerformanceReport memory report = _report(accused, epoch, kinds[i], 10, 1);
            INodeQuorum.NodeSignature[] memory signatures = _sign(report, _witnesses(accused, epoch));
            vm.expectRevert(abi.encodeWithSelector(IWitnessReports.InvalidReportKind.selector, kinds[i]));
            harness.submitPerformanceReport(report, signatures);
        }
    }

    function test_submitPerformanceReport_revertsWhenNoRequests() public {
        IWitnessReports.PerformanceReport memory report = _report(accused, epoch, LIVENESS, 0, 0);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _witnesses(accused, epoch));
        vm.expectRevert(IWitnessReports.NoRequestsObserved.selector);
        harness.submitPerformanceReport(report, signatures);
    }

    function test_submitPerformanceReport_revertsWhenFailuresExceedRequests() public {
        IWitnessReports.PerformanceReport memory report = _report(accused, epoch, LIVENESS, 10, 11);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _witnesses(accused, epoch));
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.FailuresExceedRequests.selector, 11, 10));
        harness.submitPerformanceReport(report, signatures);
    }

    function test_submitPerformanceReport_revertsWhenEpochIsCurrent() public {
        uint64 current = epoch + 1;
        assertEq(selection.currentEpoch(), current);
        IWitnessReports.PerformanceReport memory report = _report(accused, current, LIVENESS, 10, 1);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _witnesses(accused, current));
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.EpochNotClosed.selector, current, current));
        harness.submitPerformanceReport(report, signatures);
    }

    function test_submitPerformanceReport_revertsWhenEpochIsInTheFuture() public {
        IWitnessReports.PerformanceReport memory report = _report(accused, epoch + 5, LIVENESS, 10, 1);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _witnesses(accused, epoch));
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.EpochNotClosed.selector, epoch + 5, epoch + 1));
        harness.submitPerformanceReport(report, signatures);
    }

    function test_submitPerformanceReport_acceptsTheLastSecondOfTheReportWindow() public {
        uint256 closesAt = selection.reportWindowClosesAt(epoch);
        assertEq(closesAt, selection.epochEndsAt(epoch) + selection.reportWindow());
        vm.warp(closesAt - 1);
        _submit(_report(accused, epoch, LIVENESS, 10, 1));
        assertEq(harness.performanceReportOf(accused, epoch, LIVENESS).requests, 10);
    }

    function test_submitPerformanceReport_revertsWhenTheReportWindowClosed() public {
        vm.warp(selection.reportWindowClosesAt(epoch));
        IWitnessReports.PerformanceReport memory report = _report(accused, epoch, LIVENESS, 10, 1);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _witnesses(accused, epoch));
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.ReportEpochClosed.selector, epoch, epoch + 1));
        harness.submitPerformanceReport(report, signatures);
    }

    function test_submitPerformanceReport_revertsWhenTheEpochIsBeforeTheOneJustClosed() public {
        _rotate(); // epoch + 1 closes: its window is open, the window of epoch was closed before
        IWitnessReports.PerformanceReport memory report = _report(accused, epoch, LIVENESS, 10, 1);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _witnesses(accused, epoch));
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.ReportEpochClosed.selector, epoch, epoch + 1));
        harness.submitPerformanceReport(report, signatures);
    }

    function test_submitPerformanceReport_revertsWhenAlreadyReported() public {
        _submit(_report(accused, epoch, OMISSION, 10, 1));
        // Other numbers, fully signed: still the same node, epoch and kind.
        IWitnessReports.PerformanceReport memory again = _report(accused, epoch, OMISSION, 20, 0);
        INodeQuorum.NodeSignature[] memory signatures = _sign(again, _witnesses(accused, epoch));
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.AlreadyReported.selector, accused, epoch, OMISSION));
        harness.submitPerformanceReport(again, signatures);
    }

    function test_submitPerformanceReport_acceptsTheSameKindForAnotherEpochOrNode() public {
        _submit(_report(accused, epoch, LIVENESS, 10, 1));
        _submit(_report(operatorNodeIds[1], epoch, LIVENESS, 10, 1));
        _submitInWindow(_report(accused, epoch + 1, LIVENESS, 10, 1)); // once epoch + 1 closes
        assertEq(harness.reportCount(), 3);
    }

    function test_submitPerformanceReport_revertsWhenNodeWasNotActive() public {
        (, uint32 outsider) = _operator("outsider", 0); // registered in Nodes, never seated
        IWitnessReports.PerformanceReport memory report = _report(outsider, epoch, LIVENESS, 10, 1);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _active());
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.NodeNotActiveInEpoch.selector, outsider, epoch));
        harness.submitPerformanceReport(report, signatures);

        report.nodeId = 999; // no such node
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.NodeNotActiveInEpoch.selector, 999, epoch));
        harness.submitPerformanceReport(report, signatures);
    }

    function test_submitPerformanceReport_revertsWhenNodeWasSlashedOutDuringTheEpoch() public {
        // Slashed in epoch + 1 (its seat is emptied at once): not in that epoch's set once it closes.
        bytes32 slasherRole = selection.SLASHER_ROLE();
        vm.startPrank(admin);
        selection.grantRole(slasherRole, admin);
        selection.slash(operators[0], 100);
        vm.stopPrank();
        _rotate();
        IWitnessReports.PerformanceReport memory report = _report(accused, epoch + 1, LIVENESS, 10, 1);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _witnesses(accused, epoch + 1));
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.NodeNotActiveInEpoch.selector, accused, epoch + 1));
        harness.submitPerformanceReport(report, signatures);
    }
}

/// @notice Who may sign, how many must, and why signatures never serve another report.
contract WitnessReportsQuorumTest is WitnessReportsFixture {
    uint32 internal accused;
    /// @dev The six other nodes of `epoch`: a strict majority is four.
    uint32[] internal witnesses;
    IWitnessReports.PerformanceReport internal report;

    function setUp() public override {
        super.setUp();
        accused = operatorNodeIds[0];
        witnesses = _witnesses(accused, epoch);
        assertEq(witnesses.length, 6);
        report = _report(accused, epoch, LIVENESS, 1000, 100);
    }

    function test_submitPerformanceReport_passesWithExactlyAStrictMajority() public {
        bytes32 digest = harness.performanceReportDigest(report);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _first(witnesses, 4));
        vm.expectEmit(address(harness));
        emit IWitnessReports.PerformanceReported(digest, accused, epoch, LIVENESS, 1000, 100, 120, 4);
        harness.submitPerformanceReport(report, signatures);
    }

    function test_submitPerformanceReport_revertsWhenOneShortOfAMajority() public {
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _first(witnesses, 3));
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 3, 4));
        harness.submitPerformanceReport(report, signatures);
    }

    function test_submitPerformanceReport_revertsWhenTheAccusedSignsForItself() public {
        // The accused (node 1) plus three witnesses: four signatures, three count.
        uint32[] memory signers = new uint32[](4);
        signers[0] = accused;
        for (uint256 i; i < 3; ++i) {
            signers[i + 1] = witnesses[i];
        }
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, signers);
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 3, 4));
        harness.submitPerformanceReport(report, signatures);
    }

    function test_submitPerformanceReport_ignoresANodeOutsideTheEpochsSet() public {
        (, uint32 outsider) = _operator("outsider", 0);
        uint32[] memory signers = new uint32[](4);
        for (uint256 i; i < 3; ++i) {
            signers[i] = witnesses[i];
        }
        signers[3] = outsider; // the highest id: still ascending
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, signers);
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 3, 4));
        harness.submitPerformanceReport(report, signatures);
    }

    function test_submitPerformanceReport_ignoresAWrongKey() public {
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _first(witnesses, 4));
        // Witness 0's slot signed with witness 5's key.
        signatures[0] =
            NodeSigning.nodeSignature(witnesses[0], signingKeys[witnesses[5]], harness.performanceReportDigest(report));
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 3, 4));
        harness.submitPerformanceReport(report, signatures);
    }

    function test_submitPerformanceReport_ignoresMalformedSignatures() public {
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, witnesses);
        // A 64-byte signature and one with `v` 29: both count for nothing.
        signatures[0].signature = _slice(signatures[0].signature, 64);
        signatures[1].signature[64] = bytes1(uint8(29));
        bytes32 digest = harness.performanceReportDigest(report);
        vm.expectEmit(address(harness));
        emit IWitnessReports.PerformanceReported(digest, accused, epoch, LIVENESS, 1000, 100, 120, 4);
        harness.submitPerformanceReport(report, signatures);
    }

    /// @dev A node's high-s signature is still that node's signature (the shared `Signatures` rule); it counts once, as
    ///      the node ids must be strictly ascending.
    function test_submitPerformanceReport_countsAHighSSignatureAsTheNodes() public {
        IWitnessReports.PerformanceReport memory other = _report(accused, epoch, OMISSION, 10, 1);
        INodeQuorum.NodeSignature[] memory signatures = _sign(other, _first(witnesses, 4));
        signatures[3].signature = _highS(signatures[3].signature);
        bytes32 digest = harness.performanceReportDigest(other);
        vm.expectEmit(address(harness));
        emit IWitnessReports.PerformanceReported(digest, accused, epoch, OMISSION, 10, 1, 120, 4);
        harness.submitPerformanceReport(other, signatures);
    }

    function test_submitPerformanceReport_revertsWhenSignaturesAreUnsorted() public {
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _first(witnesses, 4));
        (signatures[1], signatures[2]) = (signatures[2], signatures[1]);
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.UnsortedSignatures.selector, witnesses[2], witnesses[1]));
        harness.submitPerformanceReport(report, signatures);
    }

    function test_submitPerformanceReport_revertsWhenASignatureIsRepeated() public {
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _first(witnesses, 4));
        signatures[2] = signatures[1];
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.UnsortedSignatures.selector, witnesses[1], witnesses[1]));
        harness.submitPerformanceReport(report, signatures);
    }

    function test_submitPerformanceReport_revertsWhenANodeIdIsZero() public {
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _first(witnesses, 4));
        signatures[0].nodeId = 0;
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.UnsortedSignatures.selector, 0, 0));
        harness.submitPerformanceReport(report, signatures);
    }

    function test_submitPerformanceReport_revertsWhenReplayedForAnotherEpoch() public {
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, witnesses);
        harness.submitPerformanceReport(report, signatures); // where they belong
        _rotate(); // epoch + 1 closes, same set
        IWitnessReports.PerformanceReport memory replay = report;
        replay.epoch = epoch + 1;
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 0, 4));
        harness.submitPerformanceReport(replay, signatures);
    }

    function test_submitPerformanceReport_revertsWhenReplayedForAnotherNode() public {
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, witnesses);
        IWitnessReports.PerformanceReport memory replay = report;
        replay.nodeId = witnesses[0];
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 0, 4));
        harness.submitPerformanceReport(replay, signatures);
    }

    function test_submitPerformanceReport_revertsWhenReplayedOnAnotherContract() public {
        WitnessReportsHarness other = new WitnessReportsHarness(selection, nodes, admin);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, witnesses);
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 0, 4));
        other.submitPerformanceReport(report, signatures);
    }

    /// @dev Attack: a key its node rotated out (leaked, or the previous operator's) signs a report. It counts for
    ///      nothing: only the node's current signer does.
    function test_submitPerformanceReport_revertsWhenARotatedOutKeyWouldCompleteTheQuorum() public {
        Vm.Wallet memory fresh = vm.createWallet("fresh-key-0");
        vm.prank(admin);
        nodes.rotateSigningKey(witnesses[0], _publicKey(fresh));
        assertEq(nodes.getSigner(witnesses[0]), fresh.addr);
        assertTrue(nodes.isSigner(witnesses[0], vm.addr(signingKeys[witnesses[0]])), "the old key was its signer");

        // Four signatures, witness 0's by its retired key: three count.
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _first(witnesses, 4));
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 3, 4));
        harness.submitPerformanceReport(report, signatures);

        // The same witness with its current key counts.
        bytes32 digest = harness.performanceReportDigest(report);
        signatures[0] = NodeSigning.nodeSignature(witnesses[0], fresh.privateKey, digest);
        vm.expectEmit(address(harness));
        emit IWitnessReports.PerformanceReported(digest, accused, epoch, LIVENESS, 1000, 100, 120, 4);
        harness.submitPerformanceReport(report, signatures);
    }

    /// @dev Attack: a node governance disabled (compromised, or leaving) lends its signature to a report. It counts
    ///      for nothing, and the quorum stays a majority of the epoch's witnesses: the bar is not lowered.
    function test_submitPerformanceReport_revertsWhenADisabledNodesSignatureWouldCompleteTheQuorum() public {
        vm.prank(admin);
        nodes.disableNode(witnesses[0]);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _first(witnesses, 4));
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 3, 4));
        harness.submitPerformanceReport(report, signatures);

        // Four other witnesses, all enabled, carry it without the disabled one.
        signatures = _sign(report, _last(witnesses, 4));
        bytes32 digest = harness.performanceReportDigest(report);
        vm.expectEmit(address(harness));
        emit IWitnessReports.PerformanceReported(digest, accused, epoch, LIVENESS, 1000, 100, 120, 4);
        harness.submitPerformanceReport(report, signatures);
    }

    function test_submitPerformanceReport_countsAWitnessEnabledAgain() public {
        vm.startPrank(admin);
        nodes.disableNode(witnesses[0]);
        nodes.enableNode(witnesses[0]);
        vm.stopPrank();
        bytes32 digest = harness.performanceReportDigest(report);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _first(witnesses, 4));
        vm.expectEmit(address(harness));
        emit IWitnessReports.PerformanceReported(digest, accused, epoch, LIVENESS, 1000, 100, 120, 4);
        harness.submitPerformanceReport(report, signatures);
    }

    /// @dev The last `count` of `ids`.
    function _last(uint32[] memory ids, uint256 count) internal pure returns (uint32[] memory tail) {
        tail = new uint32[](count);
        for (uint256 i; i < count; ++i) {
            tail[i] = ids[ids.length - count + i];
        }
    }

    function _slice(bytes memory data, uint256 length) internal pure returns (bytes memory out) {
        out = new bytes(length);
        for (uint256 i; i < length; ++i) {
            out[i] = data[i];
        }
    }

    /// @dev The same signature with `s` replaced by `n - s` and `v` flipped: valid for ecrecover, refused by ECDSA.
    function _highS(bytes memory signature) internal pure returns (bytes memory) {
        uint256 n = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly ("memory-safe") {
            r := mload(add(signature, 0x20)) // first word: r
            s := mload(add(signature, 0x40)) // second word: s
            v := byte(0, mload(add(signature, 0x60))) // the 65th byte: v
        }
        return abi.encodePacked(r, bytes32(n - uint256(s)), v == 27 ? uint8(28) : uint8(27));
    }
}

/// @notice The performance data: per node and epoch, and the uptime it gives.
contract WitnessReportsPerformanceTest is WitnessReportsFixture {
    uint32 internal accused;

    function setUp() public override {
        super.setUp();
        accused = operatorNodeIds[0];
    }

    function test_performanceOf_addsUpTheEpochsReports() public {
        IWitnessReports.PerformanceReport memory liveness = _report(accused, epoch, LIVENESS, 1000, 50);
        liveness.averageResponseMs = 100;
        IWitnessReports.PerformanceReport memory omission = _report(accused, epoch, OMISSION, 500, 5);
        omission.averageResponseMs = 200;
        IWitnessReports.PerformanceReport memory reordering = _report(accused, epoch, REORDERING, 500, 0);
        reordering.averageResponseMs = 0;
        _submit(liveness);
        _submit(omission);
        _submit(reordering);
        _submitInWindow(_report(accused, epoch + 1, LIVENESS, 9, 9)); // another epoch: not added

        IWitnessReports.Performance memory performance = harness.performanceOf(accused, epoch);
        assertEq(performance.requests, 2000);
        assertEq(performance.failures, 55);
        assertEq(performance.averageResponseMs, 100, "(1000 x 100 + 500 x 200 + 500 x 0) / 2000");
        assertEq(performance.livenessReports, 1);
        assertEq(performance.omissionReports, 1);
        assertEq(performance.reorderingReports, 1);
    }

    function test_performanceOf_isEmptyWithoutReports() public view {
        IWitnessReports.Performance memory performance = harness.performanceOf(accused, epoch);
        assertEq(performance.requests, 0);
        assertEq(performance.failures, 0);
        assertEq(performance.averageResponseMs, 0);
        assertEq(performance.livenessReports + performance.omissionReports + performance.reorderingReports, 0);
    }

    function test_performanceReportOf_isEmptyWithoutAReport() public view {
        IWitnessReports.PerformanceReport memory report = harness.performanceReportOf(accused, epoch, OMISSION);
        assertEq(report.nodeId, accused);
        assertEq(report.epoch, epoch);
        assertEq(report.kind, OMISSION);
        assertEq(report.requests, 0);
    }

    function test_uptimeBps_isFullWithoutRequests() public view {
        assertEq(harness.uptimeBps(accused, epoch, 3), 10_000);
        assertEq(harness.uptimeBps(accused, epoch, 0), 10_000);
    }

    function test_uptimeBps_addsUpTheWindowsLivenessReports() public {
        _submitInWindow(_report(accused, epoch, LIVENESS, 1000, 0));
        _submitInWindow(_report(accused, epoch + 1, LIVENESS, 1000, 120));
        _submitInWindow(_report(accused, epoch + 2, LIVENESS, 1000, 1000)); // outside a two-epoch window
        assertEq(harness.uptimeBps(accused, epoch, 2), 9400, "1 - 120 / 2000");
        assertEq(harness.uptimeBps(accused, epoch + 1, 1), 8800);
        assertEq(harness.uptimeBps(accused, epoch, 3), 6267, "1 - 1120 / 3000 = 62.67%, rounded up");
    }

    function test_uptimeBps_roundsInTheNodesFavour() public {
        _submitInWindow(_report(accused, epoch, LIVENESS, 3, 1));
        assertEq(harness.uptimeBps(accused, epoch, 1), 6667, "66.666...% rounds up");
    }

    function test_uptimeBps_countsOnlyReportedEpochs() public {
        _submitInWindow(_report(accused, epoch, LIVENESS, 1000, 100)); // 90%
        _submitInWindow(_report(accused, epoch + 2, LIVENESS, 1000, 0)); // 100%
        // Epoch + 1 has no report: unknown, neither up nor down. The range gives the two reported epochs' uptime.
        assertEq(harness.uptimeBps(accused, epoch, 3), 9500, "1 - 100 / 2000");
        assertEq(harness.uptimeBps(accused, epoch + 1, 1), 10_000, "nothing known: no failure to count");
        assertEq(harness.reportedEpochs(accused, epoch, 3), 2);
        assertEq(harness.reportedEpochs(accused, epoch + 1, 1), 0);
        assertEq(harness.reportedEpochs(accused, epoch, 0), 0);
    }

    function test_reportedEpochs_countsLivenessReportsOnly() public {
        _submitInWindow(_report(accused, epoch, OMISSION, 100, 100));
        _submitInWindow(_report(accused, epoch + 1, REORDERING, 100, 100));
        _submitInWindow(_report(accused, epoch + 2, LIVENESS, 100, 0));
        assertEq(harness.reportedEpochs(accused, epoch, 3), 1);
    }

    function test_uptimeBps_ignoresOmissionAndReordering() public {
        _submitInWindow(_report(accused, epoch, OMISSION, 100, 100));
        _submitInWindow(_report(accused, epoch, REORDERING, 100, 100));
        assertEq(harness.uptimeBps(accused, epoch, 1), 10_000);
    }
}

/// @notice The consequence: a small slash, out of the seat and the queue, once per window below the threshold.
contract WitnessReportsUptimeTest is WitnessReportsFixture {
    uint32 internal accused;
    address internal accusedOperator;

    function setUp() public override {
        super.setUp();
        accused = operatorNodeIds[0];
        accusedOperator = operators[0];
        vm.prank(admin);
        harness.setUptimeWindowEpochs(2); // the default minimum (30) asks for both epochs of such a window
        assertEq(harness.minReportedEpochs(), 2);
    }

    function test_enforceUptime_slashesAndRemovesANodeBelowTheThreshold() public {
        _submitInWindow(_report(accused, epoch, LIVENESS, 1000, 0));
        _submitInWindow(_report(accused, epoch + 1, LIVENESS, 1000, 120)); // 94.00%
        uint256 stake = selection.stakeOf(accusedOperator);
        uint256 expected = stake / 100;
        uint256 jailedUntil = vm.getBlockTimestamp() + selection.jailPeriod();

        vm.expectEmit(address(selection));
        emit INodeSelectionManager.Slashed(accusedOperator, 100, expected, admin, jailedUntil);
        vm.expectEmit(address(harness));
        emit IWitnessReports.UptimeEnforced(accused, epoch, epoch + 2, 9400, 9500, 100, expected);
        vm.prank(stranger);
        uint256 slashed = harness.enforceUptime(accused, epoch);

        assertEq(slashed, expected);
        assertEq(selection.stakeOf(accusedOperator), stake - expected);
        assertEq(harness.uptimeEnforcedUntil(accused), epoch + 2);
        INodeSelectionManager.Candidate memory c = selection.candidate(accusedOperator);
        assertFalse(c.registered, "out of the queue");
        assertEq(c.jailedUntil, jailedUntil, "jailed");
        uint32[] memory active = selection.getActiveNodeIds();
        for (uint256 i; i < active.length; ++i) {
            assertTrue(active[i] != accused, "out of its seat");
        }
    }

    /// @dev Attack: the node served a whole window with no report filed, and the window was left alone. Later a
    ///      majority of its fellow witnesses (colluding, or bribed) signs all-failed Liveness reports for the window's
    ///      epochs to have it slashed and jailed after the fact. Each epoch's window closed long ago: nothing is
    ///      recorded, and the window stays too little known to punish.
    function test_submitPerformanceReport_revertsWhenAMajorityFillsAnUptimeWindowAfterTheFact() public {
        _rotateTo(epoch + 4); // [epoch, epoch + 2) closed two epochs ago, without a report
        uint256 stake = selection.stakeOf(accusedOperator);
        for (uint64 i; i < 2; ++i) {
            IWitnessReports.PerformanceReport memory report = _report(accused, epoch + i, LIVENESS, 1000, 1000);
            INodeQuorum.NodeSignature[] memory signatures = _sign(report, _witnesses(accused, epoch + i));
            vm.expectRevert(abi.encodeWithSelector(IWitnessReports.ReportEpochClosed.selector, epoch + i, epoch + 3));
            harness.submitPerformanceReport(report, signatures);
        }
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.TooFewReportedEpochs.selector, 0, 2));
        harness.enforceUptime(accused, epoch);
        assertEq(selection.stakeOf(accusedOperator), stake, "not slashed");
    }

    function test_enforceUptime_revertsWhenUptimeIsAtTheThreshold() public {
        _submitInWindow(_report(accused, epoch, LIVENESS, 1000, 50));
        _submitInWindow(_report(accused, epoch + 1, LIVENESS, 1000, 50)); // exactly 95.00%
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.UptimeAboveThreshold.selector, 9500, 9500));
        harness.enforceUptime(accused, epoch);
    }

    function test_enforceUptime_revertsWithoutLivenessReports() public {
        _submitInWindow(_report(accused, epoch, OMISSION, 1000, 1000));
        _submitInWindow(_report(accused, epoch + 1, REORDERING, 1000, 1000));
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.TooFewReportedEpochs.selector, 0, 2));
        harness.enforceUptime(accused, epoch);
        assertEq(harness.uptimeEnforcedUntil(accused), 0, "records nothing");
    }

    function test_enforceUptime_revertsWhenTheWindowIsNotClosed() public {
        _submitInWindow(_report(accused, epoch + 1, LIVENESS, 1000, 1000));
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.WindowNotClosed.selector, epoch + 4, epoch + 2));
        harness.enforceUptime(accused, epoch + 2);
    }

    function test_enforceUptime_revertsWhenWindowsOverlap() public {
        _submitInWindow(_report(accused, epoch, LIVENESS, 1000, 1000));
        _submitInWindow(_report(accused, epoch + 1, LIVENESS, 1000, 1000));
        harness.enforceUptime(accused, epoch);
        _rotateTimes(2); // the current epoch is epoch + 4

        // Epochs epoch and epoch + 1 were punished with the first window: the window before it is refused, and so,
        // once governance shortens the window, is a window that holds epoch + 1 again.
        vm.expectRevert(
            abi.encodeWithSelector(IWitnessReports.WindowAlreadyEnforced.selector, accused, epoch - 2, epoch + 2)
        );
        harness.enforceUptime(accused, epoch - 2);
        vm.prank(admin);
        harness.setUptimeWindowEpochs(1);
        vm.expectRevert(
            abi.encodeWithSelector(IWitnessReports.WindowAlreadyEnforced.selector, accused, epoch + 1, epoch + 2)
        );
        harness.enforceUptime(accused, epoch + 1);
        // The next window is judged on its own (no report: too little known to punish).
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.TooFewReportedEpochs.selector, 0, 1));
        harness.enforceUptime(accused, epoch + 2);
    }

    function test_enforceUptime_usesThirtyDaysOfEpochsByDefault() public {
        vm.prank(admin);
        harness.setUptimeWindowEpochs(60);
        assertEq(harness.minReportedEpochs(), 30, "the default minimum: half the default window");
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.WindowNotClosed.selector, epoch + 60, epoch + 1));
        harness.enforceUptime(accused, epoch);

        // Every other epoch reported as it closes, then the window closes (the current epoch is epoch + 60).
        for (uint64 i; i < 29; ++i) {
            _submitInWindow(_report(accused, epoch + 2 * i, LIVENESS, 10, 10));
        }
        _rotateTo(epoch + 60);
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.TooFewReportedEpochs.selector, 29, 30));
        harness.enforceUptime(accused, epoch);

        _submitInWindow(_report(accused, epoch + 59, LIVENESS, 10, 10));
        uint256 slashed = harness.enforceUptime(accused, epoch);
        assertEq(slashed, selection.minimumStake() / 100);
        assertEq(harness.uptimeEnforcedUntil(accused), epoch + 60);
    }

    function test_enforceUptime_slashesTheGovernedShare() public {
        vm.prank(admin);
        harness.setLivenessSlashBps(1000);
        _submitInWindow(_report(accused, epoch, LIVENESS, 10, 10));
        _submitInWindow(_report(accused, epoch + 1, LIVENESS, 10, 10));
        uint256 stake = selection.stakeOf(accusedOperator);
        assertEq(harness.enforceUptime(accused, epoch), stake / 10);
    }

    function test_enforceUptime_neverActsWhenTheThresholdIsZero() public {
        vm.prank(admin);
        harness.setMinUptimeBps(0);
        _submitInWindow(_report(accused, epoch, LIVENESS, 10, 10));
        _submitInWindow(_report(accused, epoch + 1, LIVENESS, 10, 10));
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.UptimeAboveThreshold.selector, 0, 0));
        harness.enforceUptime(accused, epoch);
    }
}

/// @notice Fixed, aligned windows and the reported epochs a window needs: the ways a window was placed or read to
///         punish a node on too little.
contract WitnessReportsWindowTest is WitnessReportsFixture {
    bytes32 internal constant WITNESS_REPORTS_SLOT = 0x1af94f6a0f1bfede939dfe44c0a732e7308fa39c4383fbbc381837043f1ec100;

    uint32 internal accused;

    function setUp() public override {
        super.setUp();
        accused = operatorNodeIds[0];
        vm.startPrank(admin);
        harness.setUptimeWindowEpochs(4);
        harness.setMinReportedEpochs(2);
        vm.stopPrank();
    }

    /// @dev Attack: a watcher places a window so that it starts on the node's one bad epoch and runs over epochs that
    ///      have no report yet, so the bad epoch is all the window knows. Windows are fixed: it is not one.
    function test_enforceUptime_revertsWhenTheWindowIsPlacedOnOneBadEpoch() public {
        _submitInWindow(_report(accused, epoch, LIVENESS, 10_000, 0));
        _submitInWindow(_report(accused, epoch + 1, LIVENESS, 10_000, 0));
        _submitInWindow(_report(accused, epoch + 2, LIVENESS, 1000, 1000)); // the bad epoch
        _submitInWindow(_report(accused, epoch + 3, LIVENESS, 10_000, 0));
        // A window placed on it: the bad epoch, one good one and two not reported yet (enough reported epochs).
        uint64 bad = epoch + 2;
        assertEq(harness.uptimeBps(accused, bad, 4), 9091, "1 - 1000 / 11000: below the threshold");
        assertEq(harness.reportedEpochs(accused, bad, 4), 2);

        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.UnalignedUptimeWindow.selector, bad, 4));
        harness.enforceUptime(accused, bad);
        // The one window that holds it judges it with its neighbours: 1 - 1000 / 31000, above the threshold.
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.UptimeAboveThreshold.selector, 9678, 9500));
        harness.enforceUptime(accused, epoch);
        assertEq(harness.uptimeEnforcedUntil(accused), 0);
    }

    /// @dev Attack: a window whose only reported epoch is bad, every other epoch without a report. Unreported epochs
    ///      are unknown, not up and not down, and one reported epoch is below the minimum: nothing to punish.
    function test_enforceUptime_revertsWhenTheOnlyReportedEpochIsBad() public {
        _submitInWindow(_report(accused, epoch + 1, LIVENESS, 1000, 1000));
        _rotateTo(epoch + 4); // the window closes; its last epoch still takes reports for a while
        assertEq(harness.uptimeBps(accused, epoch, 4), 0, "the one reported epoch: all failed");
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.TooFewReportedEpochs.selector, 1, 2));
        harness.enforceUptime(accused, epoch);
        assertEq(harness.uptimeEnforcedUntil(accused), 0, "records nothing: the window stays open to more reports");

        // A second report comes in for the window: now it can be judged.
        _submitInWindow(_report(accused, epoch + 3, LIVENESS, 1000, 0));
        assertEq(harness.enforceUptime(accused, epoch), selection.minimumStake() / 100);
    }

    /// @dev The same attack at the defaults: one bad epoch in a 60-epoch window, the other 59 unreported.
    function test_enforceUptime_revertsWhenTheOnlyReportedEpochIsBadAtTheDefaults() public {
        vm.startPrank(admin);
        harness.setUptimeWindowEpochs(60);
        harness.setMinReportedEpochs(30);
        vm.stopPrank();
        _submitInWindow(_report(accused, epoch + 17, LIVENESS, 1000, 1000));
        _rotateTo(epoch + 60);
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.TooFewReportedEpochs.selector, 1, 30));
        harness.enforceUptime(accused, epoch);
    }

    function test_enforceUptime_acceptsEveryAlignedStart() public {
        // k * window for k = epoch / 4 and the next: both closed, each with its own reports.
        for (uint64 i; i < 8; ++i) {
            _submitInWindow(_report(accused, epoch + i, LIVENESS, 10, 10));
        }
        harness.enforceUptime(accused, epoch);
        harness.enforceUptime(accused, epoch + 4);
        assertEq(harness.uptimeEnforcedUntil(accused), epoch + 8);
    }

    function test_enforceUptime_revertsWhenTheStartIsOneOffAligned() public {
        for (uint64 i; i < 8; ++i) {
            _submitInWindow(_report(accused, epoch + i, LIVENESS, 10, 10));
        }
        uint64[4] memory starts = [epoch - 1, epoch + 1, epoch + 3, epoch + 5];
        for (uint256 i; i < starts.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IWitnessReports.UnalignedUptimeWindow.selector, starts[i], 4));
            harness.enforceUptime(accused, starts[i]);
        }
    }

    function test_enforceUptime_checksAlignmentBeforeAnythingElse() public {
        // Open, and unaligned: the alignment is what it is told.
        uint64 current = SafeCast.toUint64(selection.currentEpoch());
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.UnalignedUptimeWindow.selector, current + 1, 4));
        harness.enforceUptime(accused, current + 1);
    }

    function test_enforceUptime_acceptsEveryStartWithAOneEpochWindow() public {
        vm.startPrank(admin);
        harness.setUptimeWindowEpochs(1);
        vm.stopPrank();
        assertEq(harness.minReportedEpochs(), 1, "the minimum is at most the window");
        _submitInWindow(_report(accused, epoch + 3, LIVENESS, 10, 10));
        harness.enforceUptime(accused, epoch + 3);
        assertEq(harness.uptimeEnforcedUntil(accused), epoch + 4);
    }

    function test_enforceUptime_acceptsExactlyTheMinimumOfReportedEpochs() public {
        vm.prank(admin);
        harness.setMinReportedEpochs(3);
        _submitInWindow(_report(accused, epoch, LIVENESS, 10, 10));
        _submitInWindow(_report(accused, epoch + 1, LIVENESS, 10, 10));
        _rotateTo(epoch + 4); // the window closes; its last epoch still takes reports for a while
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.TooFewReportedEpochs.selector, 2, 3));
        harness.enforceUptime(accused, epoch);

        _submitInWindow(_report(accused, epoch + 3, LIVENESS, 10, 10));
        vm.expectEmit(address(harness));
        emit IWitnessReports.UptimeEnforced(accused, epoch, epoch + 4, 0, 9500, 100, selection.minimumStake() / 100);
        harness.enforceUptime(accused, epoch);
    }

    function test_enforceUptime_needsEveryEpochWhenTheMinimumIsTheWindow() public {
        vm.prank(admin);
        harness.setMinReportedEpochs(4);
        for (uint64 i; i < 3; ++i) {
            _submitInWindow(_report(accused, epoch + i, LIVENESS, 10, 10));
        }
        _rotateTo(epoch + 4); // the window closes; its last epoch still takes reports for a while
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.TooFewReportedEpochs.selector, 3, 4));
        harness.enforceUptime(accused, epoch);
        _submitInWindow(_report(accused, epoch + 3, LIVENESS, 10, 10));
        harness.enforceUptime(accused, epoch);
    }

    function test_enforceUptime_needsTheWholeWindowWhenShortenedBelowTheMinimum() public {
        vm.startPrank(admin);
        harness.setMinReportedEpochs(4);
        harness.setUptimeWindowEpochs(2);
        vm.stopPrank();
        assertEq(harness.minReportedEpochs(), 2, "capped at the window");
        _submitInWindow(_report(accused, epoch, LIVENESS, 10, 10));
        _rotateTo(epoch + 2); // the window closes; its last epoch still takes reports for a while
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.TooFewReportedEpochs.selector, 1, 2));
        harness.enforceUptime(accused, epoch);
        _submitInWindow(_report(accused, epoch + 1, LIVENESS, 10, 10));
        harness.enforceUptime(accused, epoch);
    }

    function test_enforceUptime_readsAnUnsetMinimumAsHalfTheWindow() public {
        // A contract deployed before the parameter: its slot holds zero until governance sets it.
        vm.store(address(harness), bytes32(uint256(WITNESS_REPORTS_SLOT) + 3), bytes32(0));
        assertEq(harness.minReportedEpochs(), 2, "half of 4");
        _submitInWindow(_report(accused, epoch, LIVENESS, 10, 10));
        _rotateTo(epoch + 4); // the window closes; its last epoch still takes reports for a while
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.TooFewReportedEpochs.selector, 1, 2));
        harness.enforceUptime(accused, epoch);
        _submitInWindow(_report(accused, epoch + 3, LIVENESS, 10, 10));
        harness.enforceUptime(accused, epoch);
    }

    function test_minReportedEpochs_readsZeroAsHalfTheWindowRoundedUp() public {
        vm.store(address(harness), bytes32(uint256(WITNESS_REPORTS_SLOT) + 3), bytes32(0));
        uint256[6] memory windows = [uint256(1), 2, 3, 59, 60, 120];
        uint256[6] memory halves = [uint256(1), 1, 2, 30, 30, 60];
        for (uint256 i; i < windows.length; ++i) {
            vm.prank(admin);
            harness.setUptimeWindowEpochs(windows[i]);
            assertEq(harness.minReportedEpochs(), halves[i]);
        }
    }
}

/// @notice Defaults, bounds, roles and events of the governance parameters.
contract WitnessReportsGovernanceTest is WitnessReportsFixture {
    function test_constructor_setsTheDefaultsAndEmits() public {
        vm.expectEmit();
        emit IWitnessReports.MinUptimeBpsUpdated(0, 9500);
        vm.expectEmit();
        emit IWitnessReports.UptimeWindowEpochsUpdated(0, 60);
        vm.expectEmit();
        emit IWitnessReports.LivenessSlashBpsUpdated(0, 100);
        vm.expectEmit();
        emit IWitnessReports.MinReportedEpochsUpdated(0, 30);
        WitnessReportsHarness fresh = new WitnessReportsHarness(selection, nodes, admin);
        assertEq(fresh.minUptimeBps(), 9500);
        assertEq(fresh.uptimeWindowEpochs(), 60);
        assertEq(fresh.livenessSlashBps(), 100);
        assertEq(fresh.minReportedEpochs(), 30);
        assertTrue(fresh.hasRole(fresh.DEFAULT_ADMIN_ROLE(), admin));
    }

    function test_setMinUptimeBps_updatesAndEmits() public {
        vm.expectEmit(address(harness));
        emit IWitnessReports.MinUptimeBpsUpdated(9500, 9900);
        vm.prank(admin);
        harness.setMinUptimeBps(9900);
        assertEq(harness.minUptimeBps(), 9900);
        vm.startPrank(admin);
        harness.setMinUptimeBps(0);
        harness.setMinUptimeBps(10_000);
        vm.stopPrank();
        assertEq(harness.minUptimeBps(), 10_000);
    }

    function test_setMinUptimeBps_revertsWhenOutOfBounds() public {
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.ParameterOutOfBounds.selector, 10_001, 0, 10_000));
        vm.prank(admin);
        harness.setMinUptimeBps(10_001);
    }

    function test_setMinUptimeBps_revertsWhenNotAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, bytes32(0))
        );
        vm.prank(stranger);
        harness.setMinUptimeBps(9000);
    }

    function test_setUptimeWindowEpochs_updatesAndEmits() public {
        vm.expectEmit(address(harness));
        emit IWitnessReports.UptimeWindowEpochsUpdated(60, 120);
        vm.prank(admin);
        harness.setUptimeWindowEpochs(120);
        assertEq(harness.uptimeWindowEpochs(), 120);
        vm.prank(admin);
        harness.setUptimeWindowEpochs(1);
        assertEq(harness.uptimeWindowEpochs(), 1);
    }

    function test_setUptimeWindowEpochs_revertsWhenOutOfBounds() public {
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.ParameterOutOfBounds.selector, 0, 1, 120));
        harness.setUptimeWindowEpochs(0);
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.ParameterOutOfBounds.selector, 121, 1, 120));
        harness.setUptimeWindowEpochs(121);
        vm.stopPrank();
    }

    function test_setUptimeWindowEpochs_revertsWhenNotAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, bytes32(0))
        );
        vm.prank(stranger);
        harness.setUptimeWindowEpochs(30);
    }

    function test_setLivenessSlashBps_updatesAndEmits() public {
        vm.expectEmit(address(harness));
        emit IWitnessReports.LivenessSlashBpsUpdated(100, 1000);
        vm.prank(admin);
        harness.setLivenessSlashBps(1000);
        assertEq(harness.livenessSlashBps(), 1000);
        vm.prank(admin);
        harness.setLivenessSlashBps(1);
        assertEq(harness.livenessSlashBps(), 1);
    }

    function test_setLivenessSlashBps_revertsWhenOutOfBounds() public {
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.ParameterOutOfBounds.selector, 0, 1, 1000));
        harness.setLivenessSlashBps(0);
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.ParameterOutOfBounds.selector, 1001, 1, 1000));
        harness.setLivenessSlashBps(1001);
        vm.stopPrank();
    }

    function test_setLivenessSlashBps_revertsWhenNotAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, bytes32(0))
        );
        vm.prank(stranger);
        harness.setLivenessSlashBps(200);
    }

    function test_setMinReportedEpochs_updatesAndEmits() public {
        vm.expectEmit(address(harness));
        emit IWitnessReports.MinReportedEpochsUpdated(30, 45);
        vm.prank(admin);
        harness.setMinReportedEpochs(45);
        assertEq(harness.minReportedEpochs(), 45);
        vm.startPrank(admin);
        harness.setMinReportedEpochs(1);
        assertEq(harness.minReportedEpochs(), 1);
        harness.setMinReportedEpochs(60); // the whole window
        vm.stopPrank();
        assertEq(harness.minReportedEpochs(), 60);
    }

    function test_setMinReportedEpochs_revertsWhenOutOfBounds() public {
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.ParameterOutOfBounds.selector, 0, 1, 60));
        harness.setMinReportedEpochs(0);
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.ParameterOutOfBounds.selector, 61, 1, 60));
        harness.setMinReportedEpochs(61);
        // The bound is the window in force.
        harness.setUptimeWindowEpochs(120);
        harness.setMinReportedEpochs(120);
        vm.expectRevert(abi.encodeWithSelector(IWitnessReports.ParameterOutOfBounds.selector, 121, 1, 120));
        harness.setMinReportedEpochs(121);
        vm.stopPrank();
    }

    function test_setMinReportedEpochs_revertsWhenNotAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, bytes32(0))
        );
        vm.prank(stranger);
        harness.setMinReportedEpochs(10);
    }

    function test_setMinReportedEpochs_emitsZeroAsThePreviousValueWhenNoneWasSet() public {
        // A contract deployed before the parameter: nothing stored, the half-window default in force.
        bytes32 slot = bytes32(uint256(0x1af94f6a0f1bfede939dfe44c0a732e7308fa39c4383fbbc381837043f1ec100) + 3);
        vm.store(address(harness), slot, bytes32(0));
        assertEq(harness.minReportedEpochs(), 30);
        vm.expectEmit(address(harness));
        emit IWitnessReports.MinReportedEpochsUpdated(0, 20);
        vm.prank(admin);
        harness.setMinReportedEpochs(20);
        assertEq(harness.minReportedEpochs(), 20);
    }
}

/// @notice The state lives in its own ERC-7201 namespace, the first parameters packed in its first slot, the minimum of
///         reported epochs appended after the mappings.
contract WitnessReportsStorageTest is WitnessReportsFixture {
    bytes32 internal constant SLOT = 0x1af94f6a0f1bfede939dfe44c0a732e7308fa39c4383fbbc381837043f1ec100;

    function test_storage_usesTheErc7201SlotOfItsNamespace() public view {
        assertEq(SlotDerivation.erc7201Slot("xmtp.storage.WitnessReports"), SLOT);
        // minUptimeBps | uptimeWindowEpochs << 16 | livenessSlashBps << 32
        assertEq(vm.load(address(harness), SLOT), bytes32(uint256(9500) | (uint256(60) << 16) | (uint256(100) << 32)));
        // minReportedEpochs, appended after the two mappings (slots 1 and 2)
        assertEq(vm.load(address(harness), bytes32(uint256(SLOT) + 3)), bytes32(uint256(30)));
    }
}
