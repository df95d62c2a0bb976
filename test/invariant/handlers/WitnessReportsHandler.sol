// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {NodeIds} from "../../../contracts/libraries/NodeIds.sol";

import {NodeSelectionManager} from "../../../contracts/NodeSelectionManager.sol";
import {INodeQuorum} from "../../../contracts/interfaces/INodeQuorum.sol";
import {IWitnessReports} from "../../../contracts/interfaces/IWitnessReports.sol";
import {NodeSigning} from "../../utils/NodeSigning.sol";
import {WitnessReportsHarness} from "../../utils/WitnessReportsHarness.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

/**
 * @notice Submits valid performance reports (random node, the epoch just closed while its report window is open, kind,
 *         numbers and majority of witnesses), tries invalid ones (too few witnesses, the accused's own word, wrong
 *         keys, replays for another epoch or node, duplicates, unsorted signatures, open epochs, epochs whose report
 *         window closed), enforces uptime over random windows (aligned ones mostly, unaligned ones too), lets time
 *         pass within an epoch (closing report windows) and rotates epochs, in random order. Ghosts keep every valid report's liveness numbers
 *         and, from them alone, predict each enforcement's outcome (aligned, closed, not punished yet, enough reported
 *         epochs, uptime below the threshold); an enforcement that succeeds against the prediction or an invalid
 *         report that is accepted is counted, and the invariants require both counts to stay zero.
 */
contract WitnessReportsHandler is CommonBase, StdCheats, StdUtils {
    uint256 internal constant BPS = 10_000;
    uint8 internal constant LIVENESS = uint8(IWitnessReports.MisbehaviorKind.Liveness);

    WitnessReportsHarness internal immutable harness;
    NodeSelectionManager internal immutable selection;
    /// @dev The first epoch with an active set.
    uint64 public immutable firstEpoch;

    uint32[] public nodeIds;
    address[] public operators;
    mapping(uint32 nodeId => uint256 key) internal keys;

    /// @dev Liveness numbers of every accepted report.
    mapping(uint32 nodeId => mapping(uint64 epoch => uint256)) public ghost_livenessRequests;
    mapping(uint32 nodeId => mapping(uint64 epoch => uint256)) public ghost_livenessFailures;
    mapping(uint32 nodeId => mapping(uint64 epoch => mapping(uint8 kind => bool))) public ghost_reported;
    /// @dev Enforcements that succeeded, each predicted from the ghosts (closed, no overlap, uptime below).
    mapping(uint32 nodeId => uint256) public ghost_justifiedPunishments;
    mapping(uint32 nodeId => uint64) public ghost_enforcedUntil;
    uint256 public ghost_slashed;
    uint256 public ghost_accepted;
    uint256 public ghost_rejected;
    /// @dev Invalid reports accepted: must stay zero.
    uint256 public ghost_invalidAccepted;
    /// @dev Enforcements whose outcome differed from the ghosts' prediction: must stay zero.
    uint256 public ghost_mispredicted;

    /// @dev The last accepted report and its signatures, for replays.
    IWitnessReports.PerformanceReport internal lastReport;
    uint32[] internal lastSignerIds;
    bytes[] internal lastSignatures;

    mapping(bytes32 => uint256) public calls;

    constructor(
        WitnessReportsHarness harness_,
        NodeSelectionManager selection_,
        uint64 firstEpoch_,
        uint32[] memory nodeIds_,
        address[] memory operators_,
        uint256[] memory keys_
    ) {
        harness = harness_;
        selection = selection_;
        firstEpoch = firstEpoch_;
        for (uint256 i; i < nodeIds_.length; ++i) {
            nodeIds.push(nodeIds_[i]);
            operators.push(operators_[i]);
            keys[nodeIds_[i]] = keys_[i];
        }
    }

    function nodeCount() external view returns (uint256) {
        return nodeIds.length;
    }

    /* ============ Actions ============ */

    function submitValid(uint256 nodeSeed, uint256 kindSeed, uint256 requests, uint256 failures, uint256 signerSeed)
        external
    {
        (bool found, uint64 epoch, uint32[] memory active) = _reportableEpoch();
        if (!found || active.length < 2) return;
        // Three in four on one target (while it is seated) and mostly Liveness, so that windows fill up enough to
        // be judged within a run's depth.
        uint32 nodeId = active[nodeSeed % active.length];
        if (nodeSeed % 4 != 0 && _contains(active, nodeIds[0])) nodeId = nodeIds[0];
        uint8 kind = kindSeed % 2 == 0 ? LIVENESS : SafeCast.toUint8(LIVENESS + kindSeed % 3);
        if (ghost_reported[nodeId][epoch][kind]) return;

        IWitnessReports.PerformanceReport memory report;
        report.nodeId = nodeId;
        report.epoch = epoch;
        report.kind = kind;
        report.requests = SafeCast.toUint32(_bound(requests, 1, 10_000));
        // Half the reports see no failure, so that windows land on both sides of the threshold.
        report.failures = failures % 2 == 0 ? 0 : SafeCast.toUint32(_bound(failures, 0, report.requests));
        report.averageResponseMs = SafeCast.toUint32(_bound(requests, 0, 5000));

        uint32[] memory witnesses = _without(active, nodeId);
        uint32[] memory signers = _majority(witnesses, signerSeed);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, signers);
        vm.prank(operators[signerSeed % operators.length]); // anyone may submit
        harness.submitPerformanceReport(report, signatures);

        ghost_reported[nodeId][epoch][kind] = true;
        if (kind == LIVENESS) {
            ghost_livenessRequests[nodeId][epoch] = report.requests;
            ghost_livenessFailures[nodeId][epoch] = report.failures;
        }
        ++ghost_accepted;
        lastReport = report;
        delete lastSignerIds;
        delete lastSignatures;
        for (uint256 i; i < signatures.length; ++i) {
            lastSignerIds.push(signatures[i].nodeId);
            lastSignatures.push(signatures[i].signature);
        }
        ++calls["submitValid"];
    }

    function submitInvalid(uint256 variant, uint256 nodeSeed, uint256 epochSeed, uint256 seed) external {
        (bool found, uint64 epoch, uint32[] memory active) = _closedEpoch(epochSeed);
        if (!found || active.length < 2) return;
        uint32 nodeId = active[nodeSeed % active.length];
        IWitnessReports.PerformanceReport memory report = IWitnessReports.PerformanceReport({
            nodeId: nodeId,
            epoch: epoch,
            kind: SafeCast.toUint8(LIVENESS + seed % 3),
            requests: 100,
            failures: 100,
            averageResponseMs: 1
        });
        uint32[] memory witnesses = _without(active, nodeId);
        uint256 required = witnesses.length / 2 + 1;
        INodeQuorum.NodeSignature[] memory signatures;

        variant = _bound(variant, 0, 7);
        if (variant == 0) {
            // One short of a majority, with the accused's own signature added.
            uint32[] memory signers = new uint32[](required);
            for (uint256 i; i < required - 1; ++i) {
                signers[i] = witnesses[i];
            }
            signers[required - 1] = nodeId;
            signatures = _sign(report, NodeIds.sortAscending(signers));
        } else if (variant == 1) {
            // Every witness, each with another witness's key (or the accused's, when alone).
            signatures = _sign(report, witnesses);
            bytes32 digest = harness.performanceReportDigest(report);
            for (uint256 i; i < witnesses.length; ++i) {
                uint32 other = witnesses.length > 1 ? witnesses[(i + 1) % witnesses.length] : nodeId;
                signatures[i] = NodeSigning.nodeSignature(witnesses[i], keys[other], digest);
            }
        } else if (variant == 5) {
            // Every witness, in descending order (only one witness: sorted, so make it a duplicate).
            signatures = _sign(report, witnesses);
            _reverse(signatures);
            if (signatures.length == 1) signatures = _duplicate(signatures[0]);
        } else if (variant == 6) {
            // The current epoch, signed by its whole set: not closed yet.
            uint64 current = SafeCast.toUint64(selection.currentEpoch());
            report.epoch = current;
            uint32[] memory all = NodeIds.sortAscending(selection.activeNodeIdsAt(current));
            if (all.length == 0) return;
            report.nodeId = all[0];
            signatures = _sign(report, all);
        } else if (variant == 7) {
            // A closed epoch whose report window closed too, signed by every witness: too late.
            uint256 oldest = selection.oldestReportableEpoch();
            if (oldest <= firstEpoch) return;
            report.epoch = SafeCast.toUint64(firstEpoch + seed % (oldest - firstEpoch));
            active = NodeIds.sortAscending(selection.activeNodeIdsAt(report.epoch));
            if (!_contains(active, nodeId) || active.length < 2) return;
            signatures = _sign(report, _without(active, nodeId));
        } else {
            // Replays of the last accepted report: for another epoch (2), another node (3), or as is (4).
            if (ghost_accepted == 0) return;
            report = lastReport;
            if (variant == 2) report.epoch = epoch == report.epoch ? epoch + 1 : epoch;
            if (variant == 3) report.nodeId = nodeId == report.nodeId ? nodeId + 1 : nodeId;
            signatures = new INodeQuorum.NodeSignature[](lastSignerIds.length);
            for (uint256 i; i < signatures.length; ++i) {
                signatures[i] = INodeQuorum.NodeSignature({nodeId: lastSignerIds[i], signature: lastSignatures[i]});
            }
        }

        uint256 countBefore = harness.reportCount();
        try harness.submitPerformanceReport(report, signatures) {
            ++ghost_invalidAccepted;
        } catch {
            ++ghost_rejected;
        }
        if (harness.reportCount() != countBefore) ++ghost_invalidAccepted;
        ++calls[bytes32(abi.encodePacked("submitInvalid-", bytes1(SafeCast.toUint8(48 + variant))))];
    }

    function enforce(uint256 nodeSeed, uint256 epochSeed) external {
        uint256 index = nodeSeed % 4 == 0 ? (nodeSeed >> 2) % nodeIds.length : 0; // mostly the target
        uint32 nodeId = nodeIds[index];
        address operator = operators[index];
        uint256 current = selection.currentEpoch();
        uint256 window = harness.uptimeWindowEpochs();
        uint64 first;
        if (epochSeed % 4 != 0) {
            // Three in four: an aligned start, from the window before the first served epoch up to the current
            // epoch's window: open, closed and already punished windows.
            uint256 low = firstEpoch / window - 1;
            first = SafeCast.toUint64((low + (epochSeed >> 2) % (current / window - low + 1)) * window);
        } else {
            // Any start from one epoch before the first served one up to the current one, aligned or not.
            first = SafeCast.toUint64(firstEpoch - 1 + (epochSeed >> 2) % (current - firstEpoch + 2));
        }
        bool expected = first % window == 0 && first + window <= current && first >= ghost_enforcedUntil[nodeId]
            && _ghostReportedEpochs(nodeId, first, window) >= harness.minReportedEpochs()
            && _ghostUptime(nodeId, first, window) < harness.minUptimeBps();

        uint256 before = _holdings(operator);
        try harness.enforceUptime(nodeId, first) returns (uint256 slashed) {
            if (!expected) ++ghost_mispredicted;
            if (before - _holdings(operator) != slashed) ++ghost_mispredicted;
            ++ghost_justifiedPunishments[nodeId];
            ghost_enforcedUntil[nodeId] = SafeCast.toUint64(first + window);
            ghost_slashed += slashed;
            ++calls["enforce (slashed)"];
        } catch {
            if (expected) ++ghost_mispredicted;
            if (_holdings(operator) != before) ++ghost_mispredicted;
            ++calls["enforce (refused)"];
        }
    }

    /// @dev Time passes within the epoch (never past its rotation time, which `rotate` warps to): the window of the
    ///      epoch just closed may close.
    function wait(uint256 duration) external {
        uint256 nextRotationAt = selection.nextRotationAt();
        uint256 now_ = vm.getBlockTimestamp();
        if (now_ >= nextRotationAt) return;
        vm.warp(now_ + _bound(duration, 1, nextRotationAt - now_));
        ++calls["wait"];
    }

    function rotate() external {
        vm.warp(selection.nextRotationAt());
        selection.rotateNodes();
        ++calls["rotate"];
    }

    /* ============ Ghost views ============ */

    /// @dev The uptime the ghosts give for `[first, first + count)`: the contract's rule, restated.
    function ghostUptime(uint32 nodeId, uint64 first, uint256 count) external view returns (uint256) {
        return _ghostUptime(nodeId, first, count);
    }

    /// @dev The epochs of `[first, first + count)` with an accepted Liveness report, from the ghosts.
    function ghostReportedEpochs(uint32 nodeId, uint64 first, uint256 count) external view returns (uint256) {
        return _ghostReportedEpochs(nodeId, first, count);
    }

    function _ghostReportedEpochs(uint32 nodeId, uint64 first, uint256 count) internal view returns (uint256 reported) {
        for (uint256 i; i < count; ++i) {
            if (ghost_reported[nodeId][SafeCast.toUint64(first + i)][LIVENESS]) ++reported;
        }
    }

    function _ghostUptime(uint32 nodeId, uint64 first, uint256 count) internal view returns (uint256) {
        uint256 requests;
        uint256 failures;
        for (uint256 i; i < count; ++i) {
            uint64 epoch = SafeCast.toUint64(first + i);
            requests += ghost_livenessRequests[nodeId][epoch];
            failures += ghost_livenessFailures[nodeId][epoch];
        }
        if (requests == 0) return BPS;
        return ((requests - failures) * BPS + requests - 1) / requests;
    }

    /* ============ Helpers ============ */

    function _holdings(address operator) internal view returns (uint256) {
        return selection.stakeOf(operator) + selection.unbondingOf(operator).amount;
    }

    /// @dev The epoch just closed, while its report window is open (the one closed epoch that takes reports), and its
    ///      active set ascending.
    function _reportableEpoch() internal view returns (bool found, uint64 epoch, uint32[] memory active) {
        uint256 oldest = selection.oldestReportableEpoch();
        if (oldest < firstEpoch || oldest >= selection.currentEpoch()) return (false, 0, active);
        epoch = SafeCast.toUint64(oldest);
        return (true, epoch, NodeIds.sortAscending(selection.activeNodeIdsAt(epoch)));
    }

    /// @dev A closed epoch from the first served one on, and its active set ascending.
    function _closedEpoch(uint256 seed) internal view returns (bool found, uint64 epoch, uint32[] memory active) {
        uint256 current = selection.currentEpoch();
        if (current <= firstEpoch) return (false, 0, active);
        epoch = SafeCast.toUint64(firstEpoch + seed % (current - firstEpoch));
        return (true, epoch, NodeIds.sortAscending(selection.activeNodeIdsAt(epoch)));
    }

    /// @dev A strict majority or more of `witnesses` (ascending), chosen from `seed`.
    function _majority(uint32[] memory witnesses, uint256 seed) internal pure returns (uint32[] memory signers) {
        uint256 size = witnesses.length;
        uint256 count = _bound(seed, size / 2 + 1, size);
        bool[] memory dropped = new bool[](size);
        for (uint256 k; k < size - count; ++k) {
            uint256 index = uint256(keccak256(abi.encode(seed, k))) % size;
            while (dropped[index]) index = (index + 1) % size;
            dropped[index] = true;
        }
        signers = new uint32[](count);
        uint256 n;
        for (uint256 i; i < size; ++i) {
            if (!dropped[i]) signers[n++] = witnesses[i];
        }
    }

    function _contains(uint32[] memory ids, uint32 nodeId) internal pure returns (bool) {
        for (uint256 i; i < ids.length; ++i) {
            if (ids[i] == nodeId) return true;
        }
        return false;
    }

    function _without(uint32[] memory ids, uint32 nodeId) internal pure returns (uint32[] memory out) {
        out = new uint32[](ids.length - 1);
        uint256 n;
        for (uint256 i; i < ids.length; ++i) {
            if (ids[i] != nodeId) out[n++] = ids[i];
        }
    }

    function _sign(IWitnessReports.PerformanceReport memory report, uint32[] memory signers)
        internal
        view
        returns (INodeQuorum.NodeSignature[] memory signatures)
    {
        return NodeSigning.signAll(harness.performanceReportDigest(report), signers, _keyOf);
    }

    function _keyOf(uint32 nodeId) internal view returns (uint256) {
        return keys[nodeId];
    }

    function _reverse(INodeQuorum.NodeSignature[] memory signatures) internal pure {
        uint256 length = signatures.length;
        for (uint256 i; i < length / 2; ++i) {
            (signatures[i], signatures[length - 1 - i]) = (signatures[length - 1 - i], signatures[i]);
        }
    }

    function _duplicate(INodeQuorum.NodeSignature memory signature)
        internal
        pure
        returns (INodeQuorum.NodeSignature[] memory signatures)
    {
        signatures = new INodeQuorum.NodeSignature[](2);
        signatures[0] = signature;
        signatures[1] = signature;
    }
}
