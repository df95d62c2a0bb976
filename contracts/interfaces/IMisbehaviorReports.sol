// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IWitnessReports} from "./IWitnessReports.sol";

/**
 * @title  IMisbehaviorReports
 * @notice Misbehavior evidence, verified on-chain. Safety faults that a node's own signatures prove are reported by
 *         anyone and slashed at once:
 *         - equivocation: two envelopes the node signed for the same sequence id that differ in `originator_ns` or in
 *           their payer envelope (an honest re-sign changes only fees and expiry, and is never slashed);
 *         - invalid payload: an envelope the node signed whose payer envelope names another target originator, a
 *           retention outside 2 to 365 days (uint32 max means "keep forever" and is valid), or a payer signature
 *           that does not recover.
 *         A verified fault slashes `safetySlashBps` of the operator's stake through the selection manager (which takes
 *         its seat at once, refills it and jails the operator), pays `reporterRewardBps` of the slashed XMTP to the
 *         reporter from the treasury and leaves the rest there. A (node, sequence id) counts once, whatever the kind.
 *
 *         Faults only witnesses can show (liveness, omission, reordering) come as quorum-signed performance reports:
 *         see `IWitnessReports`. Every report, of either family, is kept (`getReport`) and emits `MisbehaviorReported`.
 *
 * @dev    Envelope formats: see the `Envelopes` library. Signatures must recover to a signer the node has ever had
 *         (`Nodes.isSigner`), so a rotated key stays accountable for what it signed.
 */
interface IMisbehaviorReports is IWitnessReports {
    /* ============ Types ============ */

    /// @notice Which rule an invalid payload broke.
    enum PayloadViolation {
        None,
        TargetOriginator,
        Retention,
        PayerSignature
    }

    /// @notice What is kept of every report. `kind`: 0 equivocation, 1 invalid payload, 2 liveness, 3 omission, 4
    ///         reordering (the last three from witness reports). When it was reported is in the block of its
    ///         `MisbehaviorReported` log.
    /// @dev    The first slot holds reporter, sequence id and node; the second, kind and slash, stays untouched for an
    ///         equivocation that slashed nothing: a report costs one new slot where it can.
    struct Report {
        address reporter;
        /// @dev The sequence id of a provable fault (zero for witness reports).
        uint64 sequenceId;
        uint32 nodeId;
        uint8 kind;
        /// @dev XMTP slashed for it (zero when nothing was); 2^96 units is 79 billion XMTP.
        uint96 slashed;
    }

    /* ============ Events ============ */

    /// @notice Emitted when a provable fault slashed `operator`: `reward` of `slashed` XMTP went to the reporter.
    event SafetyFaultSlashed(
        bytes32 indexed reportId, address indexed operator, uint256 slashed, address reporter, uint256 reward
    );

    /// @notice Emitted with an invalid-payload report: the rule it broke.
    event InvalidPayloadReported(bytes32 indexed reportId, PayloadViolation violation);

    /// @notice Emitted when governance changes the safety slash.
    event SafetySlashBpsUpdated(uint256 previousBps, uint256 newBps);

    /// @notice Emitted when governance changes the reporter's share.
    event ReporterRewardBpsUpdated(uint256 previousBps, uint256 newBps);

    /* ============ Errors ============ */

    /// @notice An address that must be set is zero.
    error ZeroAddress();

    /// @notice A signature recovers to `signer`, which was never a signer of `nodeId`.
    error NotNodeSigner(uint32 nodeId, address signer);

    /// @notice The envelope names `actual` as originator, not the accused `nodeId`.
    error OriginatorMismatch(uint32 nodeId, uint32 actual);

    /// @notice The two envelopes have different sequence ids.
    error SequenceIdMismatch(uint64 sequenceIdA, uint64 sequenceIdB);

    /// @notice The two envelopes agree on `originator_ns` and their payer envelope: at most an honest re-sign.
    error NotEquivocation();

    /// @notice The payer envelope breaks no rule.
    error PayloadValid();

    /// @notice This (node, sequence id) was reported already.
    error SequenceAlreadyReported(uint32 nodeId, uint64 sequenceId);

    /// @notice A basis-point parameter is out of `[0, maximum]`.
    error InvalidBps(uint256 bps, uint256 maximum);

    /* ============ Provable faults ============ */

    /**
     * @notice Reports that `nodeId` signed two different envelopes for one sequence id.
     * @dev    Anyone. Reverts with the protobuf or signature error of malformed input, `NotNodeSigner`,
     *         `OriginatorMismatch`, `SequenceIdMismatch`, `NotEquivocation` or `SequenceAlreadyReported`. Emits
     *         `MisbehaviorReported` and, when stake was slashed, `SafetyFaultSlashed`.
     * @return reportId `keccak256(abi.encode(nodeId, sequenceId))`.
     */
    function reportEquivocation(
        uint32 nodeId,
        bytes calldata unsignedEnvelopeA,
        bytes calldata signatureA,
        bytes calldata unsignedEnvelopeB,
        bytes calldata signatureB
    ) external returns (bytes32 reportId);

    /**
     * @notice Reports that `nodeId` signed an envelope whose payer envelope breaks a rule (checked in this order:
     *         target originator, retention, payer signature).
     * @dev    Anyone. Reverts as `reportEquivocation` does, and with `PayloadValid` when no rule is broken. Emits
     *         `MisbehaviorReported`, `InvalidPayloadReported` and, when stake was slashed, `SafetyFaultSlashed`.
     * @return reportId `keccak256(abi.encode(nodeId, sequenceId))`.
     */
    function reportInvalidPayload(uint32 nodeId, bytes calldata unsignedEnvelope, bytes calldata signature)
        external
        returns (bytes32 reportId);

    /// @notice Checks an invalid-payload report without submitting it: the rule broken, or `None`.
    function payloadViolation(uint32 nodeId, bytes calldata unsignedEnvelope, bytes calldata signature)
        external
        view
        returns (PayloadViolation violation, uint64 sequenceId);

    /* ============ Governance ============ */

    /// @notice Sets the share of stake a provable fault slashes (1 to 10,000 bps). Only `DEFAULT_ADMIN_ROLE`.
    function setSafetySlashBps(uint256 bps) external;

    /// @notice Sets the reporter's share of the slashed XMTP (0 to 5,000 bps). Only `DEFAULT_ADMIN_ROLE`.
    function setReporterRewardBps(uint256 bps) external;

    /* ============ Views ============ */

    /// @notice A report by id (zero when none).
    function getReport(bytes32 reportId) external view returns (Report memory);

    /// @notice Whether (node, sequence id) was reported.
    function isReported(uint32 nodeId, uint64 sequenceId) external view returns (bool);

    /// @notice The share of stake a provable fault slashes (default 1,000 bps).
    function safetySlashBps() external view returns (uint256);

    /// @notice The reporter's share of the slashed XMTP (default 1,000 bps).
    function reporterRewardBps() external view returns (uint256);

    /// @notice The Nodes registry.
    function nodes() external view returns (address);

    /// @notice The node selection manager (slashing).
    function selection() external view returns (address);

    /// @notice The treasury (slashed XMTP; reporter rewards).
    function treasury() external view returns (address);
}
