// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {INodeQuorum} from "./INodeQuorum.sol";

/**
 * @title  IWitnessReports
 * @notice Faults that only witnesses can show. One node's own signatures prove equivocation or an invalid payload; they
 *         cannot prove that it dropped requests (liveness), left envelopes out (omission) or served them out of order
 *         (reordering). Those come as performance reports: per accused node, epoch and kind, what the other nodes of
 *         the epoch's active set observed, signed (EIP-712) by a strict majority of them. Accepted reports are the
 *         nodes' performance data, readable per node and epoch.
 *
 *         Consequences, decided by a governance threshold over a payout period (`uptimeWindowEpochs`, default 60
 *         epochs = 30 days of 12-hour epochs): windows are fixed and aligned (epochs `k·window` to
 *         `(k+1)·window − 1`); a node whose uptime over a closed window, measured from the Liveness reports of its
 *         reported epochs (at least `minReportedEpochs` of them, default 30), falls below `minUptimeBps` (default
 *         9,500 = 95%) can be punished once for that window by anyone (`enforceUptime`): a small slash
 *         (`livenessSlashBps`, default 100 = 1%), which in the node selection manager also removes it from its seat and
 *         from the queue and jails it for the manager's jail period. An epoch without a Liveness report is unknown,
 *         neither up nor down. Omission and Reordering reports are recorded as performance data only: no rule acts on
 *         them on-chain.
 *
 * @dev    Kinds share one numbering with the provable faults (`MisbehaviorKind`): 0 Equivocation, 1 InvalidPayload
 *         (the provable kinds, reported with evidence elsewhere), 2 Liveness, 3 Omission, 4 Reordering (the witnessed
 *         kinds, reported here). A contract reporting both kinds should inherit this interface rather than redeclare
 *         `MisbehaviorKind`, `MisbehaviorReported` or its errors: Solidity refuses a second
 *         declaration of the same name in one inheritance tree.
 *
 *         Report digest (EIP-712, domain `name = "XMTP Misbehavior Reports"`, `version = "1"`, the chain id and the
 *         reporting contract): `PerformanceReport(uint32 nodeId,uint64 epoch,uint8 kind,uint32 requests,
 *         uint32 failures,uint32 averageResponseMs)`. Every field is signed, so a signature binds the report to its
 *         node, epoch and kind: the same signatures never serve another node or epoch (the digest differs). The
 *         report id is that digest.
 */
interface IWitnessReports is INodeQuorum {
    /* ============ Enums ============ */

    /// @notice What a node is reported for. Reports carry it as a `uint8` (`uint8(MisbehaviorKind.Liveness)` = 2).
    enum MisbehaviorKind {
        // Two conflicting messages signed by the node (provable, not reported here).
        Equivocation,
        // A payload the node signed that breaks the protocol (provable, not reported here).
        InvalidPayload,
        // Requests the node did not answer in time: the only kind that counts towards uptime.
        Liveness,
        // Envelopes the node should have served or replicated and left out.
        Omission,
        // Envelopes the node served out of their originator's sequence order.
        Reordering
    }

    /* ============ Structs ============ */

    /// @notice What the witnesses of an epoch observed of one node, for one kind.
    struct PerformanceReport {
        /// @dev The accused node: active in `epoch` (`INodeSelectionManager.activeNodeIdsAt(epoch)`).
        uint32 nodeId;
        /// @dev The epoch observed; closed (before the selection manager's `currentEpoch()`).
        uint64 epoch;
        /// @dev 2 Liveness, 3 Omission or 4 Reordering (see `MisbehaviorKind`).
        uint8 kind;
        /// @dev What the witnesses checked, at least 1: Liveness, the requests sent to the node; Omission, the
        ///      envelopes it should have served; Reordering, the envelopes whose order was checked.
        uint32 requests;
        /// @dev How many of `requests` failed (at most `requests`): unanswered or timed out, left out, out of order.
        uint32 failures;
        /// @dev The mean response time of the answered requests, in milliseconds (informational; 0 if not measured).
        uint32 averageResponseMs;
    }

    /// @notice A node's performance in one epoch: its accepted reports, every kind, added up.
    struct Performance {
        /// @dev Σ `requests` of the epoch's reports.
        uint64 requests;
        /// @dev Σ `failures` of the epoch's reports.
        uint64 failures;
        /// @dev The reports' `averageResponseMs`, weighted by their `requests` (0 without reports).
        uint32 averageResponseMs;
        /// @dev Liveness reports accepted (0 or 1: one report per node, epoch and kind).
        uint8 livenessReports;
        /// @dev Omission reports accepted (0 or 1).
        uint8 omissionReports;
        /// @dev Reordering reports accepted (0 or 1).
        uint8 reorderingReports;
    }

    /* ============ Events ============ */

    /**
     * @notice Emitted for every accepted report, provable or witnessed. The report stays readable by its id.
     * @param  reportId The report's id (for a witnessed report, its EIP-712 digest).
     * @param  nodeId   The accused node.
     * @param  kind     The kind (see `MisbehaviorKind`).
     * @param  reporter Who submitted it.
     */
    event MisbehaviorReported(bytes32 indexed reportId, uint32 indexed nodeId, uint8 kind, address reporter);

    /**
     * @notice Emitted with `MisbehaviorReported` for every accepted performance report: what it recorded.
     * @param  reportId          The report's EIP-712 digest.
     * @param  nodeId            The accused node.
     * @param  epoch             The epoch observed.
     * @param  kind              2 Liveness, 3 Omission or 4 Reordering.
     * @param  requests          What the witnesses checked.
     * @param  failures          What failed.
     * @param  averageResponseMs The mean response time, in milliseconds.
     * @param  signatureCount    The valid witness signatures (at least the quorum).
     */
    event PerformanceReported(
        bytes32 indexed reportId,
        uint32 indexed nodeId,
        uint64 indexed epoch,
        uint8 kind,
        uint32 requests,
        uint32 failures,
        uint32 averageResponseMs,
        uint256 signatureCount
    );

    /**
     * @notice Emitted when a node is punished for its uptime over `[firstEpoch, endEpoch)`.
     * @param  nodeId       The node.
     * @param  firstEpoch   The window's first epoch.
     * @param  endEpoch     The epoch after the window's last.
     * @param  uptimeBps    The uptime measured over the window, in bps.
     * @param  minUptimeBps The threshold it fell below, in bps.
     * @param  slashBps     The share of stake slashed, in bps.
     * @param  slashed      The XMTP slashed.
     */
    event UptimeEnforced(
        uint32 indexed nodeId,
        uint64 indexed firstEpoch,
        uint64 endEpoch,
        uint256 uptimeBps,
        uint256 minUptimeBps,
        uint256 slashBps,
        uint256 slashed
    );

    /// @notice Emitted when governance changes the uptime threshold.
    event MinUptimeBpsUpdated(uint256 previousBps, uint256 newBps);

    /// @notice Emitted when governance changes the uptime window.
    event UptimeWindowEpochsUpdated(uint256 previousEpochs, uint256 newEpochs);

    /// @notice Emitted when governance changes the slash for low uptime.
    event LivenessSlashBpsUpdated(uint256 previousBps, uint256 newBps);

    /**
     * @notice Emitted when governance changes the reported epochs a window needs before it can be punished.
     * @param  previousEpochs The value stored before: 0 when none was ever set (a contract deployed before this
     *                        parameter, where the default, half the window rounded up, was in force).
     * @param  newEpochs      The new value.
     */
    event MinReportedEpochsUpdated(uint256 previousEpochs, uint256 newEpochs);

    /* ============ Errors ============ */

    /// @notice The kind is not a witnessed one (2 Liveness, 3 Omission, 4 Reordering).
    error InvalidReportKind(uint8 kind);

    /// @notice A report that checked nothing (`requests` is 0).
    error NoRequestsObserved();

    /// @notice More failures than requests.
    error FailuresExceedRequests(uint32 failures, uint32 requests);

    /// @notice The epoch is not closed yet: it is the current epoch (`currentEpoch`) or a later one.
    error EpochNotClosed(uint64 epoch, uint256 currentEpoch);

    /// @notice The report's epoch is before `oldestReportableEpoch`, the oldest whose report window is open.
    error ReportEpochClosed(uint64 epoch, uint256 oldestReportableEpoch);

    /// @notice The accused node was not in the epoch's active set.
    error NodeNotActiveInEpoch(uint32 nodeId, uint64 epoch);

    /// @notice The node already has a report of this kind for this epoch.
    error AlreadyReported(uint32 nodeId, uint64 epoch, uint8 kind);

    /// @notice The window `[firstEpoch, endEpoch)` is not closed: `endEpoch` is after the current epoch.
    error WindowNotClosed(uint256 endEpoch, uint256 currentEpoch);

    /// @notice The window starts before the end of the node's last punished window (`enforcedUntil`).
    error WindowAlreadyEnforced(uint32 nodeId, uint64 firstEpoch, uint64 enforcedUntil);

    /// @notice The window does not start at a multiple of the window length: windows are fixed and aligned.
    error UnalignedUptimeWindow(uint64 firstEpoch, uint256 windowEpochs);

    /// @notice Too few epochs of the window have a Liveness report for its uptime to be punished.
    error TooFewReportedEpochs(uint256 reported, uint256 minimum);

    /// @notice The uptime is at or above the threshold: nothing to enforce.
    error UptimeAboveThreshold(uint256 uptimeBps, uint256 minUptimeBps);

    /// @notice A governance parameter is out of its bounds `[minimum, maximum]`.
    error ParameterOutOfBounds(uint256 value, uint256 minimum, uint256 maximum);

    /* ============ Reports ============ */

    /**
     * @notice Records what a strict majority of the epoch's other active nodes observed of one node.
     * @dev    Anyone may submit. The report must name a witnessed kind (else `InvalidReportKind`), at least one request
     *         (`NoRequestsObserved`) and no more failures than requests (`FailuresExceedRequests`); its epoch must be
     *         closed (`EpochNotClosed`) and its report window still open (the selection manager's
     *         `oldestReportableEpoch()` at most the epoch, else `ReportEpochClosed`: in practice the epoch just ended,
     *         until `reportWindowClosesAt(epoch)`); the node must not have a report of that kind for that epoch
     *         (`AlreadyReported`) and must be in the epoch's active set (`NodeNotActiveInEpoch`).
     *
     *         Quorum: the witnesses are the epoch's active set without the accused; more than half of them must sign
     *         `performanceReportDigest(report)` (`InsufficientSignatures(valid, witnesses / 2 + 1)`; with no other
     *         active node no report can pass). Signatures come in strictly ascending node id order
     *         (`UnsortedSignatures`). A signature counts when its node is a witness, is enabled in the node registry
     *         now, and the signature recovers to the node's current signer (`INodes.quorumView`, as `Payers` counts
     *         its quorums); any other (the accused's own, a node outside the set, a node disabled since, a key rotated
     *         out, a wrong key, a malformed or malleable signature) counts for nothing without reverting, so that one
     *         bad signature among those a relayer gathered does not sink a report a majority signed. A witness
     *         disabled since the epoch still counts in the quorum's size: its word is lost, not the bar lowered.
     *
     *         Emits `MisbehaviorReported` (through the reporting contract's record) and `PerformanceReported`.
     * @param  report     The report.
     * @param  signatures The witnesses' signatures of `performanceReportDigest(report)`, ascending by node id.
     * @return reportId   The report's EIP-712 digest.
     */
    function submitPerformanceReport(PerformanceReport calldata report, NodeSignature[] calldata signatures)
        external
        returns (bytes32 reportId);

    /**
     * @notice Punishes `nodeId` for low uptime over the window `[firstEpoch, firstEpoch + uptimeWindowEpochs())`.
     * @dev    Anyone may call (keeper work): it re-checks everything. Windows are fixed and aligned: `firstEpoch`
     *         must be a multiple of `uptimeWindowEpochs()` (`UnalignedUptimeWindow`), so that no caller can place a
     *         window around a chosen bad epoch. The window must be closed: its last epoch before the current one
     *         (`WindowNotClosed`). It must start at or after the end of the node's last punished window
     *         (`WindowAlreadyEnforced`), so that no epoch is punished twice; windows are thus punished in increasing
     *         order (after a change of the window length, the epochs between the last punished end and the next
     *         aligned start are never punished). An epoch without a Liveness report is unknown, neither up nor down:
     *         at least `minReportedEpochs()` of the window's epochs must have one (`TooFewReportedEpochs(reported,
     *         minimum)`), so that one bad epoch among unreported ones cannot decide a window. Uptime is
     *         `uptimeBps(nodeId, firstEpoch, uptimeWindowEpochs())`, over the reported epochs; at or above
     *         `minUptimeBps` it reverts with `UptimeAboveThreshold(uptime, threshold)`. Every refusal records
     *         nothing, so a keeper sees why and may retry. Below the threshold, records the window's end as the
     *         node's `uptimeEnforcedUntil`, slashes `livenessSlashBps` of the node operator's stake through the
     *         selection manager (which also vacates its seat, removes it from the queue and jails it) and emits
     *         `UptimeEnforced`.
     *
     *         Why a small slash and removal rather than withheld pay: payouts are settled per epoch by the reward
     *         distributor, possibly before a window closes, so pay cannot be clawed back here; a node that misses
     *         more than 5% of requests over a month should stop serving users, and the selection manager's slash is
     *         the one tool that takes it out of the active set and the queue at once. The 1% (bounded by
     *         `MAX_LIVENESS_SLASH_BPS`) keeps a witnessed fault, which rests on a majority's word rather than on
     *         proof, far cheaper than a provable one.
     * @param  nodeId     The node.
     * @param  firstEpoch The window's first epoch: a multiple of `uptimeWindowEpochs()`.
     * @return slashed    The XMTP slashed.
     */
    function enforceUptime(uint32 nodeId, uint64 firstEpoch) external returns (uint256 slashed);

    /* ============ Governance (DEFAULT_ADMIN_ROLE) ============ */

    /**
     * @notice Sets the uptime below which `enforceUptime` punishes, in bps (0 to 10,000; 0 disables enforcement).
     * @dev    Only `DEFAULT_ADMIN_ROLE`. Emits `MinUptimeBpsUpdated`.
     */
    function setMinUptimeBps(uint256 bps) external;

    /**
     * @notice Sets the uptime window, in epochs (1 to `MAX_UPTIME_WINDOW_EPOCHS`, which bounds `enforceUptime`'s loop).
     * @dev    Only `DEFAULT_ADMIN_ROLE`. Emits `UptimeWindowEpochsUpdated`. Windows punished before keep their end.
     */
    function setUptimeWindowEpochs(uint256 epochs) external;

    /**
     * @notice Sets the share of stake slashed for low uptime, in bps (1 to `MAX_LIVENESS_SLASH_BPS`).
     * @dev    Only `DEFAULT_ADMIN_ROLE`. Emits `LivenessSlashBpsUpdated`.
     */
    function setLivenessSlashBps(uint256 bps) external;

    /**
     * @notice Sets how many epochs of a window must have a Liveness report before the window can be punished
     *         (1 to the current `uptimeWindowEpochs()`).
     * @dev    Only `DEFAULT_ADMIN_ROLE`. Emits `MinReportedEpochsUpdated`. A window shortened later below this value
     *         needs every one of its epochs reported (see `minReportedEpochs`).
     */
    function setMinReportedEpochs(uint256 epochs) external;

    /* ============ Views ============ */

    /**
     * @notice The node's performance in `epoch`: its accepted reports added up (all zero without reports).
     * @param  nodeId The node.
     * @param  epoch  The epoch.
     */
    function performanceOf(uint32 nodeId, uint64 epoch) external view returns (Performance memory);

    /**
     * @notice The node's accepted report of `kind` for `epoch`, as submitted: its `performanceReportDigest` is its id.
     * @dev    Without such a report, `requests` (always at least 1 in an accepted one) and the other counts are 0.
     */
    function performanceReportOf(uint32 nodeId, uint64 epoch, uint8 kind)
        external
        view
        returns (PerformanceReport memory);

    /// @notice The EIP-712 digest the witnesses sign, and the report's id once accepted.
    function performanceReportDigest(PerformanceReport calldata report) external view returns (bytes32);

    /**
     * @notice The node's uptime over `[firstEpoch, firstEpoch + epochCount)`, in bps: 10,000 minus the failures of its
     *         Liveness reports in those epochs per 10,000 of their requests, rounded in the node's favour; 10,000 when
     *         no epoch of the range has one. Only reported epochs count: an epoch without a Liveness report is
     *         unknown and adds nothing either way (it is not counted as up). Any range, aligned or not, closed or not:
     *         a measure, not a verdict; `enforceUptime` also requires an aligned closed window and at least
     *         `minReportedEpochs()` reported epochs (the Liveness reports `performanceReportOf` holds).
     * @dev    Reads one slot per epoch.
     */
    function uptimeBps(uint32 nodeId, uint64 firstEpoch, uint256 epochCount) external view returns (uint256);

    /// @notice The end (exclusive) of the node's last punished uptime window; later windows start at or after it.
    function uptimeEnforcedUntil(uint32 nodeId) external view returns (uint64);

    /// @notice The uptime below which a window is punished, in bps (default 9,500).
    function minUptimeBps() external view returns (uint256);

    /// @notice The uptime window, in epochs (default 60: 30 days of 12-hour epochs).
    function uptimeWindowEpochs() external view returns (uint256);

    /// @notice The share of stake slashed for low uptime, in bps (default 100).
    function livenessSlashBps() external view returns (uint256);

    /**
     * @notice The reported epochs a window needs before `enforceUptime` can punish it, as in force now: the value
     *         governance set (default 30), or the whole window when the window is shorter; on a contract deployed
     *         before this parameter existed, until governance sets one, half the window rounded up.
     */
    function minReportedEpochs() external view returns (uint256);
}
