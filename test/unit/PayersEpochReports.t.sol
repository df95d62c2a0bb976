// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {INodeQuorum} from "../../contracts/interfaces/INodeQuorum.sol";
import {IPayers} from "../../contracts/interfaces/IPayers.sol";
import {PayersFixture} from "../utils/PayersFixture.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @notice A selection manager outside the suite whose history read fails for a reason of its own.
contract FailingSelection {
    error HistoryUnavailable();

    address public immutable nodes;

    constructor(address nodes_) {
        nodes = nodes_;
    }

    function currentEpoch() external pure returns (uint256) {
        return 100;
    }

    /// @dev Every epoch takes reports: the history read is what fails.
    function oldestReportableEpoch() external pure returns (uint256) {
        return 0;
    }

    function activeNodeIdsAt(uint256) external pure returns (uint32[] memory) {
        revert HistoryUnavailable();
    }
}

/**
 * @notice Reports checked against the active set of their epoch, once governance set the node selection manager:
 *         seven registered nodes, of which nodes 100 to 500 hold the seats (registered in the order 500, 300, 100,
 *         400, 200, so that seat order is not id order).
 */
contract PayersEpochReportTest is PayersFixture {
    IPayers.PayerFee[] internal storedFees;
    uint64 internal epoch;

    function setUp() public override {
        super.setUp();
        _addNodes(7);
        uint32[] memory seated = new uint32[](5);
        (seated[0], seated[1], seated[2], seated[3], seated[4]) = (500, 300, 100, 400, 200);
        epoch = _activate(seated); // a strict majority of the active set is 3; of the registry it would be 4
        IPayers.PayerFee[] memory fees = _payerFees(4, 1);
        for (uint256 i; i < fees.length; ++i) {
            storedFees.push(fees[i]);
        }
    }

    /* ============ reportNodeSet ============ */

    function test_reportNodeSet_hashesTheEpochsActiveIdsInAscendingOrder() public view {
        (bytes32 nodeSetHash, uint256 size) = payers.reportNodeSet(epoch);
        assertEq(nodeSetHash, keccak256(abi.encodePacked(_range(100, 5))));
        assertEq(size, 5);
        assertTrue(selection.activeNodeIdsAt(epoch)[0] != 100, "the seats are not in id order");
        (bytes32 registryHash,) = nodes.nodeSet();
        assertTrue(nodeSetHash != registryHash);
    }

    function test_reportNodeSet_revertsForAFutureEpoch() public {
        vm.expectRevert(abi.encodeWithSelector(IPayers.ReportEpochNotReached.selector, epoch + 1, epoch));
        payers.reportNodeSet(epoch + 1);
    }

    /* ============ Accepted reports ============ */

    function test_submitUsageReport_acceptsAMajorityOfTheEpochsActiveSet() public {
        IPayers.UsageReport memory report = _reportIn(epoch, 600, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _ids(100, 300, 500));

        vm.expectEmit(address(payers));
        emit IPayers.UsageReportSubmitted(0, 600, epoch, 1, 10, 10, 4, report.payersRoot, 3);
        vm.prank(stranger);
        uint256 reportId = payers.submitUsageReport(report, signatures);

        assertEq(reportId, 0);
        assertEq(payers.lastReportedSequenceId(600), 10);
        assertEq(payers.messagesServed(epoch, 600), 10);
    }

    function test_submitUsageReport_countsEveryActiveSigner() public {
        IPayers.UsageReport memory report = _reportIn(epoch, 100, 10, storedFees);
        vm.expectEmit(address(payers));
        emit IPayers.UsageReportSubmitted(0, 100, epoch, 1, 10, 10, 4, report.payersRoot, 5);
        _submit(report); // signed by all seven registered nodes
    }

    function test_submitUsageReport_revertsWithAMinorityOfTheActiveSet() public {
        IPayers.UsageReport memory report = _reportIn(epoch, 100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _ids(200, 400));
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 2, 3));
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_ignoresSignersOutsideTheActiveSet() public {
        IPayers.UsageReport memory report = _reportIn(epoch, 100, 10, storedFees);
        // Nodes 600 and 700 are registered and enabled, with valid signatures, but hold no seat in the epoch.
        uint32[] memory withOutsiders = new uint32[](4);
        (withOutsiders[0], withOutsiders[1], withOutsiders[2], withOutsiders[3]) = (100, 200, 600, 700);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, withOutsiders);
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 2, 3));
        payers.submitUsageReport(report, signatures);

        // One more active signer makes the quorum; the outsiders neither help nor hurt.
        uint32[] memory enough = new uint32[](5);
        (enough[0], enough[1], enough[2], enough[3], enough[4]) = (100, 200, 400, 600, 700);
        signatures = _sign(report, enough);
        vm.expectEmit(address(payers));
        emit IPayers.UsageReportSubmitted(0, 100, epoch, 1, 10, 10, 4, report.payersRoot, 3);
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_checksEachEpochAgainstItsOwnSet() public {
        // Node 600 joins at the first rotation after its waiting period: it may sign for the new epoch, not for the
        // one just ended (whose window is open: rotations on time).
        _registerCandidates(_ids(600));
        uint64 next = epoch;
        while (!_isSeated(600)) {
            next = _rotateOnTime();
        }
        uint64 ended = next - 1;
        assertGe(ended, epoch);

        IPayers.UsageReport memory before = _reportIn(ended, 100, 10, storedFees);
        IPayers.UsageReport memory later = _reportIn(next, 200, 10, storedFees);
        uint32[] memory four = new uint32[](4);
        (four[0], four[1], four[2], four[3]) = (300, 400, 500, 600);
        INodeQuorum.NodeSignature[] memory beforeByThree = _sign(before, _ids(400, 500, 600));
        INodeQuorum.NodeSignature[] memory laterByThree = _sign(later, _ids(400, 500, 600));
        INodeQuorum.NodeSignature[] memory beforeByFour = _sign(before, four);
        INodeQuorum.NodeSignature[] memory laterByFour = _sign(later, four);

        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 2, 3));
        payers.submitUsageReport(before, beforeByThree);
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 3, 4));
        payers.submitUsageReport(later, laterByThree);

        vm.expectEmit(address(payers));
        emit IPayers.UsageReportSubmitted(0, 100, ended, 1, 10, 10, 4, before.payersRoot, 3);
        payers.submitUsageReport(before, beforeByFour);
        vm.expectEmit(address(payers));
        emit IPayers.UsageReportSubmitted(1, 200, next, 1, 10, 10, 4, later.payersRoot, 4);
        payers.submitUsageReport(later, laterByFour);
    }

    function test_submitUsageReport_ignoresANodeDisabledAfterItsEpoch() public {
        uint64 next = _rotateOnTime(); // the same five seats; epoch just ended
        vm.prank(admin);
        nodes.disableNode(100); // leaves its seat at once; stays in the past epochs' history

        // In the past epoch node 100 still holds a seat (the quorum stays 3 of 5) but has no signer any more.
        IPayers.UsageReport memory report = _reportIn(epoch, 200, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _ids(100, 200, 300));
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 2, 3));
        payers.submitUsageReport(report, signatures);

        // In the current epoch it holds no seat: 2 of the 4 left.
        (, uint256 size) = payers.reportNodeSet(next);
        assertEq(size, 4);
        report = _reportIn(next, 200, 10, storedFees);
        signatures = _sign(report, _ids(100, 200, 300));
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 2, 3));
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_checksTheRegistryAgainOnceTheManagerIsUnset() public {
        vm.prank(admin);
        payers.setNodeSelectionManager(address(0));
        IPayers.UsageReport memory report = _report(100, 10, storedFees); // the registry's hash, any epoch
        INodeQuorum.NodeSignature[] memory three = _sign(report, _ids(100, 200, 300));
        INodeQuorum.NodeSignature[] memory four = _sign(report, _range(100, 4));
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 3, 4));
        payers.submitUsageReport(report, three);
        payers.submitUsageReport(report, four);
        assertEq(payers.reportCount(), 1);
    }

    /* ============ Rejected reports ============ */

    function test_submitUsageReport_revertsForAFutureEpoch() public {
        IPayers.UsageReport memory report = _reportIn(epoch, 100, 10, storedFees);
        report.epoch = epoch + 1;
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _range(100, 5));
        vm.expectRevert(abi.encodeWithSelector(IPayers.ReportEpochNotReached.selector, epoch + 1, epoch));
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_revertsForAnEpochWithoutActiveNodes() public {
        // Governance disables every seated node: each leaves its seat at once, and the current epoch has none.
        uint32[] memory seated = _range(100, 5);
        vm.startPrank(admin);
        for (uint256 i; i < seated.length; ++i) {
            nodes.disableNode(seated[i]);
        }
        vm.stopPrank();
        IPayers.UsageReport memory report = _reportIn(epoch, 100, 10, storedFees);
        (bytes32 nodeSetHash, uint256 size) = payers.reportNodeSet(epoch);
        assertEq(size, 0);
        assertEq(report.nodeSetHash, nodeSetHash);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, seated);
        vm.expectRevert(abi.encodeWithSelector(IPayers.NoActiveNodes.selector, epoch));
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_revertsForAnEpochALateRotationLeftBehind() public {
        // A rotation half a day late: the epochs it passes ended when they were due, `epoch` over six hours ago.
        _rotateSelection();
        uint256 oldest = selection.oldestReportableEpoch();
        assertGt(oldest, epoch);
        IPayers.UsageReport memory report = _reportIn(epoch, 100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _range(100, 5));
        vm.expectRevert(abi.encodeWithSelector(IPayers.ReportEpochClosed.selector, epoch, oldest));
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_revertsWhenNodeSetHashNamesTheRegistry() public {
        IPayers.UsageReport memory report = _reportIn(epoch, 100, 10, storedFees);
        bytes32 activeHash = report.nodeSetHash;
        (report.nodeSetHash,) = nodes.nodeSet();
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _range(100, 5));
        vm.expectRevert(abi.encodeWithSelector(IPayers.NodeSetMismatch.selector, activeHash, report.nodeSetHash));
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_revertsWhenNodeSetHashNamesAnotherEpoch() public {
        _registerCandidates(_ids(600));
        uint64 next = _rotateSelection();
        IPayers.UsageReport memory report = _reportIn(epoch, 100, 10, storedFees);
        report.epoch = next; // signed for the earlier set
        (bytes32 expected,) = payers.reportNodeSet(next);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _range(100, 6));
        vm.expectRevert(abi.encodeWithSelector(IPayers.NodeSetMismatch.selector, expected, report.nodeSetHash));
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_revertsWhenSignaturesAreUnsorted() public {
        IPayers.UsageReport memory report = _reportIn(epoch, 100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _ids(200, 100, 300));
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.UnsortedSignatures.selector, 200, 100));
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_revertsWhenAnOutsiderRepeats() public {
        IPayers.UsageReport memory report = _reportIn(epoch, 100, 10, storedFees);
        uint32[] memory signers = new uint32[](5);
        (signers[0], signers[1], signers[2], signers[3], signers[4]) = (100, 200, 300, 600, 600);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, signers);
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.UnsortedSignatures.selector, 600, 600));
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_revertsWhenNodeIdIsZero() public {
        IPayers.UsageReport memory report = _reportIn(epoch, 100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _ids(100, 200, 300));
        signatures[0].nodeId = 0;
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.UnsortedSignatures.selector, 0, 0));
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_raisesTheManagersOwnFailure() public {
        IPayers.UsageReport memory report = _reportIn(epoch, 100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _range(100, 5));
        FailingSelection failing = new FailingSelection(address(nodes));
        vm.prank(admin);
        payers.setNodeSelectionManager(address(failing));
        vm.expectRevert(FailingSelection.HistoryUnavailable.selector);
        payers.submitUsageReport(report, signatures);
    }

    function _isSeated(uint32 nodeId) internal view returns (bool) {
        uint32[] memory active = selection.getActiveNodeIds();
        for (uint256 i; i < active.length; ++i) {
            if (active[i] == nodeId) return true;
        }
        return false;
    }
}

/// @notice Any active set, any signers: a report passes exactly when a strict majority of the active set signed.
contract PayersEpochQuorumFuzzTest is PayersFixture {
    uint256 internal constant NODE_COUNT = 8;

    function setUp() public override {
        super.setUp();
        _addNodes(NODE_COUNT);
    }

    /// forge-config: default.fuzz.runs = 64
    function testFuzz_submitUsageReport_countsOnlyTheEpochsActiveSigners(uint256 activeMask, uint256 signerMask)
        public
    {
        activeMask = bound(activeMask, 1, 2 ** NODE_COUNT - 1);
        signerMask = bound(signerMask, 0, 2 ** NODE_COUNT - 1);
        // Seats filled in descending id order.
        uint32[] memory active = _subset(activeMask, true);
        uint64 epoch = _activate(active);

        uint256 valid = _popCount(activeMask & signerMask);
        uint256 required = active.length / 2 + 1;
        IPayers.PayerFee[] memory fees = _payerFees(3, signerMask);
        IPayers.UsageReport memory report = _reportIn(epoch, 100, 10, fees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _subset(signerMask, false));
        if (valid < required) {
            vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, valid, required));
        } else {
            vm.expectEmit(address(payers));
            emit IPayers.UsageReportSubmitted(0, 100, epoch, 1, 10, 10, 3, report.payersRoot, valid);
        }
        payers.submitUsageReport(report, signatures);
        assertEq(payers.reportCount(), valid < required ? 0 : 1);
    }

    /// @dev The node ids whose bit is set in `mask` (bit i: node (i + 1) * 100), ascending or descending.
    function _subset(uint256 mask, bool descending) internal pure returns (uint32[] memory ids) {
        ids = new uint32[](_popCount(mask));
        uint256 n;
        for (uint256 i; i < NODE_COUNT; ++i) {
            uint256 bit = descending ? NODE_COUNT - 1 - i : i;
            if ((mask >> bit) & 1 == 1) ids[n++] = SafeCast.toUint32((bit + 1) * 100);
        }
    }

    function _popCount(uint256 mask) internal pure returns (uint256 count) {
        for (; mask != 0; mask &= mask - 1) {
            ++count;
        }
    }
}

/**
 * @notice The report window: a usage report names the current epoch or the one just ended, until that one's window
 *         closes (`reportWindowClosesAt`), so that the signers of an old epoch's set have no power today and an epoch
 *         the distributor may have paid takes no more usage.
 */
contract PayersReportWindowTest is PayersFixture {
    IPayers.PayerFee[] internal storedFees;
    /// @dev The epoch that ended at the last rotation (on time); `epoch + 1` is the current one.
    uint64 internal epoch;

    function setUp() public override {
        super.setUp();
        _addNodes(5);
        _activate(_range(100, 5));
        _rotateOnTime();
        epoch = SafeCast.toUint64(selection.currentEpoch() - 1);
        IPayers.PayerFee[] memory fees = _payerFees(4, 1);
        for (uint256 i; i < fees.length; ++i) {
            storedFees.push(fees[i]);
        }
    }

    function test_submitUsageReport_acceptsTheEpochJustEndedUntilTheLastSecondOfItsWindow() public {
        uint256 closesAt = selection.reportWindowClosesAt(epoch);
        assertEq(closesAt, selection.epochEndsAt(epoch) + selection.reportWindow());
        vm.warp(closesAt - 1);
        IPayers.UsageReport memory report = _reportIn(epoch, 100, 10, storedFees);
        payers.submitUsageReport(report, _sign(report, _range(100, 3)));
        assertEq(payers.messagesServed(epoch, 100), 10);
    }

    function test_submitUsageReport_revertsWhenTheReportWindowClosed() public {
        vm.warp(selection.reportWindowClosesAt(epoch));
        IPayers.UsageReport memory report = _reportIn(epoch, 100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _range(100, 5));
        vm.expectRevert(abi.encodeWithSelector(IPayers.ReportEpochClosed.selector, epoch, epoch + 1));
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_acceptsTheCurrentEpochAfterTheWindowClosed() public {
        vm.warp(selection.reportWindowClosesAt(epoch));
        IPayers.UsageReport memory report = _reportIn(epoch + 1, 100, 10, storedFees);
        payers.submitUsageReport(report, _sign(report, _range(100, 3)));
        assertEq(payers.messagesServed(epoch + 1, 100), 10);
    }

    function test_submitUsageReport_revertsWhenTheEpochIsBeforeTheOneJustEnded() public {
        _rotateOnTime(); // epoch + 1 ends: its window is open; the window of epoch closed before it
        IPayers.UsageReport memory report = _reportIn(epoch, 100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _range(100, 5));
        vm.expectRevert(abi.encodeWithSelector(IPayers.ReportEpochClosed.selector, epoch, epoch + 1));
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_checksTheWindowBeforeTheSignatures() public {
        vm.warp(selection.reportWindowClosesAt(epoch));
        IPayers.UsageReport memory report = _reportIn(epoch, 100, 10, storedFees);
        vm.expectRevert(abi.encodeWithSelector(IPayers.ReportEpochClosed.selector, epoch, epoch + 1));
        payers.submitUsageReport(report, new INodeQuorum.NodeSignature[](0));
    }

    /// forge-config: default.fuzz.runs = 256
    /// @dev Any time after the epoch ends, before the next rotation: the epoch just ended takes reports up to the last
    ///      second before its window closes and none from that second on; the current epoch takes them throughout.
    function testFuzz_submitUsageReport_takesTheEpochJustEndedOnlyWithinItsWindow(uint256 delay) public {
        uint256 endedAt = selection.epochEndsAt(epoch);
        uint256 window = selection.reportWindowClosesAt(epoch) - endedAt;
        delay = bound(delay, 0, selection.nextRotationAt() - endedAt - 1);
        // The edges themselves, often: the last second accepted and the first refused.
        if (delay % 3 == 0) delay = window - 1;
        else if (delay % 3 == 1) delay = window;
        vm.warp(endedAt + delay);

        IPayers.UsageReport memory late = _reportIn(epoch, 100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(late, _range(100, 3));
        if (delay < window) {
            assertEq(selection.oldestReportableEpoch(), epoch);
            payers.submitUsageReport(late, signatures);
            assertEq(payers.messagesServed(epoch, 100), 10);
        } else {
            assertEq(selection.oldestReportableEpoch(), epoch + 1);
            vm.expectRevert(abi.encodeWithSelector(IPayers.ReportEpochClosed.selector, epoch, epoch + 1));
            payers.submitUsageReport(late, signatures);
        }
        // The current epoch, for another originator, at any time.
        IPayers.UsageReport memory current = _reportIn(epoch + 1, 200, 10, storedFees);
        payers.submitUsageReport(current, _sign(current, _range(100, 3)));
        assertEq(payers.messagesServed(epoch + 1, 200), 10);
    }

    /// forge-config: default.fuzz.runs = 256
    /// @dev Any epoch named after any number of rotations on time: a future epoch is not reached, one before the
    ///      epoch just ended is closed, the epoch just ended and the current one pass (the same set served them all).
    function testFuzz_submitUsageReport_takesOnlyTheCurrentEpochAndTheOneJustEnded(uint64 named, uint256 rotations)
        public
    {
        for (uint256 i = bound(rotations, 0, 3); i > 0; --i) {
            _rotateOnTime();
        }
        uint64 current = SafeCast.toUint64(selection.currentEpoch());
        named = SafeCast.toUint64(bound(named, epoch, current + 2));
        IPayers.UsageReport memory report = _reportIn(current, 100, 10, storedFees);
        report.epoch = named; // the set is the same in every epoch from `epoch` on: its hash too
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _range(100, 5));
        if (named > current) {
            vm.expectRevert(abi.encodeWithSelector(IPayers.ReportEpochNotReached.selector, named, current));
        } else if (named < current - 1) {
            vm.expectRevert(abi.encodeWithSelector(IPayers.ReportEpochClosed.selector, named, current - 1));
        }
        payers.submitUsageReport(report, signatures);
    }
}

/**
 * @notice The attack the report window closes: a node that alone formed an early (bootstrap) set is a majority of that
 *         epoch's set for ever; naming that epoch, it used to sign any usage report on its own.
 */
contract PayersBootstrapMajorityTest is PayersFixture {
    function setUp() public override {
        super.setUp();
        _addNodes(5);
    }

    /// @dev Attack: node 100 alone was seated at the bootstrap, so one signature is a majority of that epoch's set.
    ///      Once four more nodes hold seats, it names the bootstrap epoch to charge payers any fee for another
    ///      originator's next range (and to take that range). The bootstrap epoch's window closed long ago: the
    ///      report is refused before a signature is read, and nothing is recorded.
    function test_submitUsageReport_bootstrapMajorityCannotNameItsOldEpochToChargePayers() public {
        uint64 bootstrap = _activate(_ids(100));
        (, uint256 size) = payers.reportNodeSet(bootstrap);
        assertEq(size, 1, "node 100 alone: its signature is a majority");
        _registerCandidates(_range(200, 4));
        uint64 current = _rotateSelection(); // the newcomers waited their period: seated
        (, size) = payers.reportNodeSet(current);
        assertEq(size, 5);
        uint256 oldest = selection.oldestReportableEpoch();
        assertGt(oldest, bootstrap);

        IPayers.PayerFee[] memory fees = _payerFees(3, 7);
        IPayers.UsageReport memory report = _reportIn(bootstrap, 200, 1000, fees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _ids(100));
        vm.expectRevert(abi.encodeWithSelector(IPayers.ReportEpochClosed.selector, bootstrap, oldest));
        payers.submitUsageReport(report, signatures);
        assertEq(payers.reportCount(), 0);
        assertEq(payers.lastReportedSequenceId(200), 0, "the originator's range is untouched");
        assertEq(payers.messagesServed(bootstrap, 200), 0);

        // The same node alone cannot sign for an epoch that takes reports: a majority of five is three.
        report = _reportIn(current, 200, 1000, fees);
        signatures = _sign(report, _ids(100));
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 1, 3));
        payers.submitUsageReport(report, signatures);
    }
}

