// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {NodeIds} from "../libraries/NodeIds.sol";
import {NodeQuorum} from "../libraries/NodeQuorum.sol";

import {INodeSelectionManager} from "../interfaces/INodeSelectionManager.sol";
import {INodes} from "../interfaces/INodes.sol";
import {IWitnessReports} from "../interfaces/IWitnessReports.sol";
import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {EIP712Upgradeable} from "@openzeppelin/contracts-upgradeable/utils/cryptography/EIP712Upgradeable.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/**
 * @title  WitnessReports
 * @notice Performance reports signed by a strict majority of an epoch's other active nodes, the per-node performance
 *         data they build, and the uptime rule that acts on it (see `IWitnessReports`).
 * @dev    Inherited by the misbehavior reports contract, which supplies the hooks: where the node selection manager and
 *         the node registry are, how a node is punished (`_punish`: node to operator, then the manager's `slash`) and
 *         how every accepted report is recorded (`_recordReport`: the common record and `MisbehaviorReported`). The
 *         inheriting contract initializes EIP-712 itself (`__EIP712_init("XMTP Misbehavior Reports", "1")`), grants
 *         `DEFAULT_ADMIN_ROLE` and calls `__WitnessReports_init()`. Its state lives in its own ERC-7201 namespace.
 */
abstract contract WitnessReports is IWitnessReports, EIP712Upgradeable, AccessControlUpgradeable {
    /* ============ Constants ============ */

    /// @notice The EIP-712 type hash of `PerformanceReport`.
    bytes32 public constant PERFORMANCE_REPORT_TYPEHASH = keccak256(
        "PerformanceReport(uint32 nodeId,uint64 epoch,uint8 kind,uint32 requests,uint32 failures,uint32 averageResponseMs)"
    );

    /// @notice The uptime threshold set at initialization: 95%.
    uint16 public constant DEFAULT_MIN_UPTIME_BPS = 9500;

    /// @notice The uptime window set at initialization: 60 epochs, 30 days of 12-hour epochs (one payout period).
    uint16 public constant DEFAULT_UPTIME_WINDOW_EPOCHS = 60;

    /// @notice The slash for low uptime set at initialization: 1%.
    uint16 public constant DEFAULT_LIVENESS_SLASH_BPS = 100;

    /// @notice The reported epochs a window needs, set at initialization: 30, half the default window.
    uint16 public constant DEFAULT_MIN_REPORTED_EPOCHS = 30;

    /// @notice The longest uptime window: bounds the epochs `enforceUptime` reads (one slot each).
    uint16 public constant MAX_UPTIME_WINDOW_EPOCHS = 120;

    /// @notice The largest slash for low uptime: 10%. A witnessed fault rests on a majority's word, not on proof.
    uint16 public constant MAX_LIVENESS_SLASH_BPS = 1000;

    /// @dev Basis points in a whole; `MisbehaviorReports` uses it too.
    uint256 internal constant BPS = 10_000;
    uint8 private constant LIVENESS = uint8(MisbehaviorKind.Liveness);
    uint8 private constant OMISSION = uint8(MisbehaviorKind.Omission);
    uint8 private constant REORDERING = uint8(MisbehaviorKind.Reordering);

    /* ============ Storage ============ */

    /// @dev One accepted report's numbers, in one slot. `requests` is at least 1 in an accepted report, so zero
    ///      means no report.
    struct Observation {
        uint32 requests;
        uint32 failures;
        uint32 averageResponseMs;
    }

    /// @custom:storage-location erc7201:xmtp.storage.WitnessReports
    struct WitnessReportsStorage {
        /// @dev One slot: what `enforceUptime` reads besides the observations.
        uint16 minUptimeBps;
        uint16 uptimeWindowEpochs;
        uint16 livenessSlashBps;
        /// @dev Each node's reports, by epoch and kind (2 to 4).
        mapping(uint32 nodeId => mapping(uint64 epoch => mapping(uint8 kind => Observation))) observations;
        /// @dev The end (exclusive) of each node's last punished uptime window.
        mapping(uint32 nodeId => uint64 endEpoch) uptimeEnforcedUntil;
        /// @dev The reported epochs a window needs before it can be punished (appended). Zero on a contract deployed
        ///      before it existed: read as half the window, rounded up (`_minReportedEpochs`), until governance sets
        ///      it. `setMinReportedEpochs` never stores zero.
        uint16 minReportedEpochs;
    }

    // keccak256(abi.encode(uint256(keccak256("xmtp.storage.WitnessReports")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant WITNESS_REPORTS_STORAGE =
        0x1af94f6a0f1bfede939dfe44c0a732e7308fa39c4383fbbc381837043f1ec100;

    function _getWitnessReportsStorage() private pure returns (WitnessReportsStorage storage $) {
        assembly {
            $.slot := WITNESS_REPORTS_STORAGE
        }
    }

    /* ============ Initialization ============ */

    /// @dev Sets the defaults (emitting each setter's event). EIP-712 and roles are the inheriting contract's.
    // slither-disable-next-line naming-convention
    function __WitnessReports_init() internal onlyInitializing {
        _setMinUptimeBps(DEFAULT_MIN_UPTIME_BPS);
        _setUptimeWindowEpochs(DEFAULT_UPTIME_WINDOW_EPOCHS);
        _setLivenessSlashBps(DEFAULT_LIVENESS_SLASH_BPS);
        _setMinReportedEpochs(DEFAULT_MIN_REPORTED_EPOCHS); // after the window, which bounds it
    }

    /* ============ Hooks ============ */

    /// @dev The node selection manager whose epochs and active sets reports are checked against.
    function _selectionManager() internal view virtual returns (INodeSelectionManager);

    /// @dev The node registry whose signers sign reports.
    function _nodesRegistry() internal view virtual returns (INodes);

    /// @dev Punishes `nodeId` (its operator) with a slash of `bps`; returns the XMTP slashed.
    function _punish(uint32 nodeId, uint256 bps) internal virtual returns (uint256 slashed);

    /// @dev Records an accepted report under `reportId` and emits `MisbehaviorReported` (reporter: `msg.sender`).
    function _recordReport(bytes32 reportId, uint32 nodeId, uint8 kind) internal virtual;

    /* ============ Reports ============ */

    /// @inheritdoc IWitnessReports
    function submitPerformanceReport(PerformanceReport calldata report, NodeSignature[] calldata signatures)
        external
        returns (bytes32 reportId)
    {
        (INodeSelectionManager selection, Observation storage observation) = _checkReport(report);
        reportId = performanceReportDigest(report);
        uint256 valid = _countWitnessSignatures(selection, report.nodeId, report.epoch, reportId, signatures);

        observation.requests = report.requests;
        observation.failures = report.failures;
        observation.averageResponseMs = report.averageResponseMs;
        _recordReport(reportId, report.nodeId, report.kind);
        _emitPerformanceReported(reportId, report, valid);
    }

    /// @inheritdoc IWitnessReports
    function enforceUptime(uint32 nodeId, uint64 firstEpoch) external returns (uint256 slashed) {
        WitnessReportsStorage storage $ = _getWitnessReportsStorage();
        (uint64 end, uint256 uptime, uint256 threshold) = _checkUptimeWindow($, nodeId, firstEpoch);
        // Effects before the slash: the window is spent whatever the slash finds to take.
        $.uptimeEnforcedUntil[nodeId] = end;
        uint256 bps = $.livenessSlashBps;
        slashed = _punish(nodeId, bps);
        emit UptimeEnforced(nodeId, firstEpoch, end, uptime, threshold, bps, slashed);
    }

    /* ============ Governance ============ */

    /// @inheritdoc IWitnessReports
    function setMinUptimeBps(uint256 bps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setMinUptimeBps(bps);
    }

    /// @inheritdoc IWitnessReports
    function setUptimeWindowEpochs(uint256 epochs) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setUptimeWindowEpochs(epochs);
    }

    /// @inheritdoc IWitnessReports
    function setLivenessSlashBps(uint256 bps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setLivenessSlashBps(bps);
    }

    /// @inheritdoc IWitnessReports
    function setMinReportedEpochs(uint256 epochs) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setMinReportedEpochs(epochs);
    }

    /* ============ Views ============ */

    /// @inheritdoc IWitnessReports
    function performanceOf(uint32 nodeId, uint64 epoch) external view returns (Performance memory performance) {
        mapping(uint8 kind => Observation) storage byKind = _getWitnessReportsStorage().observations[nodeId][epoch];
        uint256 weightedResponse = 0;
        for (uint8 kind = LIVENESS; kind <= REORDERING; ++kind) {
            Observation memory observation = byKind[kind];
            if (observation.requests == 0) continue;
            performance.requests += observation.requests;
            performance.failures += observation.failures;
            weightedResponse += uint256(observation.averageResponseMs) * observation.requests;
            if (kind == LIVENESS) performance.livenessReports = 1;
            else if (kind == OMISSION) performance.omissionReports = 1;
            else performance.reorderingReports = 1;
        }
        // At most the largest averageResponseMs (a weighted mean), so it fits 32 bits.
        if (performance.requests != 0) {
            performance.averageResponseMs = SafeCast.toUint32(weightedResponse / performance.requests);
        }
    }

    /// @inheritdoc IWitnessReports
    function performanceReportOf(uint32 nodeId, uint64 epoch, uint8 kind)
        external
        view
        returns (PerformanceReport memory)
    {
        Observation memory observation = _getWitnessReportsStorage().observations[nodeId][epoch][kind];
        return PerformanceReport({
            nodeId: nodeId,
            epoch: epoch,
            kind: kind,
            requests: observation.requests,
            failures: observation.failures,
            averageResponseMs: observation.averageResponseMs
        });
    }

    /// @inheritdoc IWitnessReports
    function performanceReportDigest(PerformanceReport calldata report) public view returns (bytes32) {
        // A PerformanceReport has static fields only, so abi.encode lays it out in place: the type hash, then each
        // field as one 32-byte word, as EIP-712's encodeData requires.
        return _hashTypedDataV4(keccak256(abi.encode(PERFORMANCE_REPORT_TYPEHASH, report)));
    }

    /// @inheritdoc IWitnessReports
    function uptimeBps(uint32 nodeId, uint64 firstEpoch, uint256 epochCount) external view returns (uint256 uptime) {
        (uptime,) = _uptime(_getWitnessReportsStorage(), nodeId, firstEpoch, epochCount);
    }

    /// @inheritdoc IWitnessReports
    function uptimeEnforcedUntil(uint32 nodeId) external view returns (uint64) {
        return _getWitnessReportsStorage().uptimeEnforcedUntil[nodeId];
    }

    /// @inheritdoc IWitnessReports
    function minUptimeBps() external view returns (uint256) {
        return _getWitnessReportsStorage().minUptimeBps;
    }

    /// @inheritdoc IWitnessReports
    function uptimeWindowEpochs() external view returns (uint256) {
        return _getWitnessReportsStorage().uptimeWindowEpochs;
    }

    /// @inheritdoc IWitnessReports
    function livenessSlashBps() external view returns (uint256) {
        return _getWitnessReportsStorage().livenessSlashBps;
    }

    /// @inheritdoc IWitnessReports
    function minReportedEpochs() external view returns (uint256) {
        WitnessReportsStorage storage $ = _getWitnessReportsStorage();
        return _minReportedEpochs($, $.uptimeWindowEpochs);
    }

    /* ============ Internals ============ */

    /**
     * @dev Checks what a report says on its own and against the epoch (closed, its window open, not reported yet), and
     *      returns the selection manager and the report's slot.
     */
    function _checkReport(PerformanceReport calldata report)
        internal
        view
        returns (INodeSelectionManager selection, Observation storage observation)
    {
        uint8 kind = report.kind;
        if (kind < LIVENESS || kind > REORDERING) revert InvalidReportKind(kind);
        uint32 requests = report.requests;
        if (requests == 0) revert NoRequestsObserved();
        if (report.failures > requests) revert FailuresExceedRequests(report.failures, requests);

        // Closed epochs only: the current one's set may still change (a seat refilled after a slash) and its
        // observations are not complete.
        selection = _selectionManager();
        uint64 epoch = report.epoch;
        uint256 current = selection.currentEpoch();
        if (epoch >= current) revert EpochNotClosed(epoch, current);
        // And while its report window is open: a majority cannot fill an uptime window long after the fact, and an
        // epoch the distributor may have paid takes no more reports.
        uint256 oldest = selection.oldestReportableEpoch();
        if (epoch < oldest) revert ReportEpochClosed(epoch, oldest);

        uint32 nodeId = report.nodeId;
        observation = _getWitnessReportsStorage().observations[nodeId][epoch][kind];
        if (observation.requests != 0) revert AlreadyReported(nodeId, epoch, kind);
    }

    /**
     * @dev Checks that the window from `firstEpoch` can be punished (aligned, closed, not punished yet, enough reported
     *      epochs, uptime below the threshold) and returns its end, the uptime and the threshold.
     */
    function _checkUptimeWindow(WitnessReportsStorage storage $, uint32 nodeId, uint64 firstEpoch)
        internal
        view
        returns (uint64 end, uint256 uptime, uint256 threshold)
    {
        uint256 window = $.uptimeWindowEpochs;
        // Fixed, aligned windows: a caller cannot place one around a bad epoch of its choosing.
        if (firstEpoch % window != 0) revert UnalignedUptimeWindow(firstEpoch, window);
        uint256 endEpoch = uint256(firstEpoch) + window;
        uint256 current = _selectionManager().currentEpoch();
        if (endEpoch > current) revert WindowNotClosed(endEpoch, current);
        uint64 enforcedUntil = $.uptimeEnforcedUntil[nodeId];
        if (firstEpoch < enforcedUntil) revert WindowAlreadyEnforced(nodeId, firstEpoch, enforcedUntil);

        uint256 reported;
        (uptime, reported) = _uptime($, nodeId, firstEpoch, window);
        // Unreported epochs are unknown, not up: with too few reported ones a window says too little to punish.
        uint256 minimum = _minReportedEpochs($, window);
        if (reported < minimum) revert TooFewReportedEpochs(reported, minimum);
        threshold = $.minUptimeBps;
        if (uptime >= threshold) revert UptimeAboveThreshold(uptime, threshold);
        end = SafeCast.toUint64(endEpoch);
    }

    /// @dev Its own frame: the event's eight fields do not fit the stack beside `submitPerformanceReport`'s locals.
    function _emitPerformanceReported(bytes32 reportId, PerformanceReport calldata report, uint256 valid) internal {
        emit PerformanceReported(
            reportId,
            report.nodeId,
            report.epoch,
            report.kind,
            report.requests,
            report.failures,
            report.averageResponseMs,
            valid
        );
    }

    /**
     * @dev Counts the signatures of `digest` by witnesses of `epoch` (its active set without `nodeId`) that recover to
     *      their node's current signer while the node is enabled, and requires a strict majority of the witnesses.
     *      Reverts when `nodeId` is not in the set or the signatures are not in strictly ascending node id order.
     *      One call for the set, one to the registry for the witnesses' signers (`quorumView`: zero for a disabled or
     *      unknown node); signatures by non-witnesses are skipped without recovery.
     */
    function _countWitnessSignatures(
        INodeSelectionManager selection,
        uint32 nodeId,
        uint64 epoch,
        bytes32 digest,
        NodeSignature[] calldata signatures
    ) internal view returns (uint256 valid) {
        uint32[] memory active = NodeIds.sortAscending(selection.activeNodeIdsAt(epoch));
        uint256 size = active.length;
        bool accusedActive = false;
        for (uint256 i; i < size; ++i) {
            if (active[i] == nodeId) {
                accusedActive = true;
                break;
            }
        }
        if (!accusedActive) revert NodeNotActiveInEpoch(nodeId, epoch);

        // The witnesses are the set less the accused, which is no witness of itself.
        (uint32[] memory witnessIds, uint256[] memory signatureIndices) = NodeQuorum.members(active, nodeId, signatures);
        // Only the signers: the quorum here is the epoch's witnesses, not the registry's enabled set that
        // `quorumView`'s hash and size describe.
        // slither-disable-next-line unused-return
        (,, address[] memory signers) = _nodesRegistry().quorumView(witnessIds);
        // A witness disabled since has no signer, and a key rotated out is no longer it: both count for nothing (the
        // accused's own signature, like a non-member's, is not even recovered).
        valid = NodeQuorum.countValid(digest, signers, signatures, signatureIndices);
        // The population is the witnesses, `size - 1` (none when the accused was alone: then the quorum is 1, which
        // nobody can give).
        NodeQuorum.requireQuorum(valid, size - 1);
    }

    /// @dev How many epochs of `[firstEpoch, firstEpoch + epochCount)` have a Liveness report on the node (not an
    ///      external view: the contract is at EIP-170's limit; test harnesses expose it).
    function _reportedEpochs(uint32 nodeId, uint64 firstEpoch, uint256 epochCount)
        internal
        view
        returns (uint256 reported)
    {
        (, reported) = _uptime(_getWitnessReportsStorage(), nodeId, firstEpoch, epochCount);
    }

    /**
     * @dev Uptime over the reported epochs of `[firstEpoch, firstEpoch + epochCount)` from their Liveness reports (see
     *      `uptimeBps`), and how many epochs were reported. An unreported epoch adds nothing to either sum.
     */
    function _uptime(WitnessReportsStorage storage $, uint32 nodeId, uint64 firstEpoch, uint256 epochCount)
        internal
        view
        returns (uint256 uptime, uint256 reported)
    {
        mapping(uint64 epoch => mapping(uint8 kind => Observation)) storage byEpoch = $.observations[nodeId];
        uint256 requests = 0;
        uint256 failures = 0;
        uint256 end = uint256(firstEpoch) + epochCount;
        for (uint256 epoch = firstEpoch; epoch < end; ++epoch) {
            Observation storage observation = byEpoch[SafeCast.toUint64(epoch)][LIVENESS];
            uint256 epochRequests = observation.requests;
            if (epochRequests == 0) continue; // no report: unknown
            ++reported;
            requests += epochRequests;
            failures += observation.failures;
        }
        if (requests == 0) return (BPS, 0);
        // failures <= requests in every report: the result is in [0, BPS]. Rounding the failure share down rounds
        // the uptime up: the node gets the benefit of the doubt.
        uptime = BPS - failures * BPS / requests;
    }

    /**
     * @dev The reported epochs a window of `window` epochs needs: the stored minimum, at most the window; half the
     *      window rounded up when none is stored (a contract deployed before the parameter, never set since).
     */
    function _minReportedEpochs(WitnessReportsStorage storage $, uint256 window) internal view returns (uint256) {
        uint256 minimum = $.minReportedEpochs;
        if (minimum == 0) return (window + 1) / 2;
        return minimum < window ? minimum : window;
    }

    function _setMinUptimeBps(uint256 bps) internal {
        if (bps > BPS) revert ParameterOutOfBounds(bps, 0, BPS);
        WitnessReportsStorage storage $ = _getWitnessReportsStorage();
        uint256 previous = $.minUptimeBps;
        // casting to 'uint16' is safe because bps <= 10,000 was checked above
        // forge-lint: disable-next-line(unsafe-typecast)
        $.minUptimeBps = uint16(bps);
        emit MinUptimeBpsUpdated(previous, bps);
    }

    function _setUptimeWindowEpochs(uint256 epochs) internal {
        if (epochs == 0 || epochs > MAX_UPTIME_WINDOW_EPOCHS) {
            revert ParameterOutOfBounds(epochs, 1, MAX_UPTIME_WINDOW_EPOCHS);
        }
        WitnessReportsStorage storage $ = _getWitnessReportsStorage();
        uint256 previous = $.uptimeWindowEpochs;
        // casting to 'uint16' is safe because epochs <= MAX_UPTIME_WINDOW_EPOCHS was checked above
        // forge-lint: disable-next-line(unsafe-typecast)
        $.uptimeWindowEpochs = uint16(epochs);
        emit UptimeWindowEpochsUpdated(previous, epochs);
    }

    function _setMinReportedEpochs(uint256 epochs) internal {
        WitnessReportsStorage storage $ = _getWitnessReportsStorage();
        uint256 window = $.uptimeWindowEpochs;
        if (epochs == 0 || epochs > window) revert ParameterOutOfBounds(epochs, 1, window);
        uint256 previous = $.minReportedEpochs;
        // casting to 'uint16' is safe because epochs <= uptimeWindowEpochs <= MAX_UPTIME_WINDOW_EPOCHS was checked
        // forge-lint: disable-next-line(unsafe-typecast)
        $.minReportedEpochs = uint16(epochs);
        emit MinReportedEpochsUpdated(previous, epochs);
    }

    function _setLivenessSlashBps(uint256 bps) internal {
        if (bps == 0 || bps > MAX_LIVENESS_SLASH_BPS) revert ParameterOutOfBounds(bps, 1, MAX_LIVENESS_SLASH_BPS);
        WitnessReportsStorage storage $ = _getWitnessReportsStorage();
        uint256 previous = $.livenessSlashBps;
        // casting to 'uint16' is safe because bps <= MAX_LIVENESS_SLASH_BPS was checked above
        // forge-lint: disable-next-line(unsafe-typecast)
        $.livenessSlashBps = uint16(bps);
        emit LivenessSlashBpsUpdated(previous, bps);
    }
}
