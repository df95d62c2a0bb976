// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {NodeIds} from "../../contracts/libraries/NodeIds.sol";

import {INodeQuorum} from "../../contracts/interfaces/INodeQuorum.sol";
import {IWitnessReports} from "../../contracts/interfaces/IWitnessReports.sol";
import {NodeSigning} from "./NodeSigning.sol";
import {SelectionFixture} from "./SelectionFixture.sol";
import {WitnessReportsHarness} from "./WitnessReportsHarness.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/**
 * @notice Seven staked nodes seated in the real selection manager (ten seats: all seated at bootstrap, none waiting),
 *         one closed epoch (`epoch`) they all served in, and a `WitnessReportsHarness` holding the manager's
 *         `SLASHER_ROLE`. Reports are signed with the nodes' real signing keys (`signingKeys`). `epoch` is
 *         `ALIGNED_EPOCH` (a multiple of every uptime window that divides 120), so that aligned windows start at it;
 *         the same set served every epoch since the bootstrap.
 */
abstract contract WitnessReportsFixture is SelectionFixture {
    uint256 internal constant NODE_COUNT = 7;
    /// @dev The first closed epoch the tests report on: a multiple of 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 30,
    ///      40, 60 and 120, above zero so that an aligned window before it exists.
    uint64 internal constant ALIGNED_EPOCH = 240;

    uint8 internal constant LIVENESS = uint8(IWitnessReports.MisbehaviorKind.Liveness);
    uint8 internal constant OMISSION = uint8(IWitnessReports.MisbehaviorKind.Omission);
    uint8 internal constant REORDERING = uint8(IWitnessReports.MisbehaviorKind.Reordering);

    WitnessReportsHarness internal harness;
    /// @dev The epoch every node served in, closed.
    uint64 internal epoch;

    function setUp() public virtual override {
        super.setUp();
        _candidates(NODE_COUNT);
        _bootstrap();
        _catchUpTo(ALIGNED_EPOCH);
        epoch = ALIGNED_EPOCH;
        _rotate();

        harness = new WitnessReportsHarness(selection, nodes, admin);
        bytes32 slasherRole = selection.SLASHER_ROLE();
        vm.prank(admin);
        selection.grantRole(slasherRole, address(harness));
    }

    /// @dev A report on `nodeId` in `epoch_`.
    function _report(uint32 nodeId, uint64 epoch_, uint8 kind, uint32 requests, uint32 failures)
        internal
        pure
        returns (IWitnessReports.PerformanceReport memory)
    {
        return IWitnessReports.PerformanceReport({
            nodeId: nodeId, epoch: epoch_, kind: kind, requests: requests, failures: failures, averageResponseMs: 120
        });
    }

    /// @dev The nodes active in `epoch_` other than `nodeId`, ascending.
    function _witnesses(uint32 nodeId, uint64 epoch_) internal view returns (uint32[] memory ids) {
        uint32[] memory active = NodeIds.sortAscending(selection.activeNodeIdsAt(epoch_));
        ids = new uint32[](active.length);
        uint256 count;
        for (uint256 i; i < active.length; ++i) {
            if (active[i] != nodeId) ids[count++] = active[i];
        }
        assembly ("memory-safe") {
            mstore(ids, count) // shorten to the witnesses found
        }
    }

    /// @dev The first `count` of `ids`.
    function _first(uint32[] memory ids, uint256 count) internal pure returns (uint32[] memory head) {
        head = new uint32[](count);
        for (uint256 i; i < count; ++i) {
            head[i] = ids[i];
        }
    }

    /// @dev Signatures of `report` by each of `ids` (ascending) with its signing key.
    function _sign(IWitnessReports.PerformanceReport memory report, uint32[] memory ids)
        internal
        view
        returns (INodeQuorum.NodeSignature[] memory signatures)
    {
        return NodeSigning.signAll(harness.performanceReportDigest(report), ids, _signingKeyOf);
    }

    /// @dev Node `nodeId`'s signing key.
    function _signingKeyOf(uint32 nodeId) internal view returns (uint256) {
        return signingKeys[nodeId];
    }

    /// @dev Submits `report` signed by every witness of its epoch.
    function _submit(IWitnessReports.PerformanceReport memory report) internal returns (bytes32) {
        return harness.submitPerformanceReport(report, _sign(report, _witnesses(report.nodeId, report.epoch)));
    }

    /// @dev `_submit` once `report.epoch` has just closed: rotates (warping to each rotation) until it is the epoch
    ///      before the current one, then submits at once, inside its report window. Reports go in epoch order, as a
    ///      live network sends them: an epoch further back is closed to reports for good (`ReportEpochClosed`).
    function _submitInWindow(IWitnessReports.PerformanceReport memory report) internal returns (bytes32) {
        _rotateTo(uint256(report.epoch) + 1);
        return _submit(report);
    }

    /// @dev Rotates on time until `target` is the current epoch (no-op once it is or is passed).
    function _rotateTo(uint256 target) internal {
        while (selection.currentEpoch() < target) {
            _rotate();
        }
    }

    /// @dev One late rotation that makes `target` the current epoch (missed epochs keep the set).
    function _catchUpTo(uint256 target) internal {
        uint256 current = selection.currentEpoch();
        vm.warp(selection.nextRotationAt() + (target - current - 1) * selection.epochDuration());
        selection.rotateNodes();
        assertEq(selection.currentEpoch(), target, "caught up");
    }

    /// @dev Rotates `count` times: `count` more closed epochs, same set (nobody waits for a seat).
    function _rotateTimes(uint256 count) internal {
        for (uint256 i; i < count; ++i) {
            _rotate();
        }
    }

    /// @dev The node ids seated in `epoch`, ascending.
    function _active() internal view returns (uint32[] memory) {
        return NodeIds.sortAscending(selection.activeNodeIdsAt(epoch));
    }
}
