// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IErrors} from "./IErrors.sol";
import {IWitnessReports} from "./IWitnessReports.sol";

/**
 * @title  IMisbehaviorReports
 * @notice Misbehavior evidence, verified on-chain. Safety faults that a node's own signatures prove are reported by
 *         anyone and slashed at once:
 *         - equivocation: two envelopes the node signed for the same sequence id that differ in `originator_ns` or in
 *           their payer envelope (an honest re-sign changes only fees and expiry, and is never slashed);
 *         - invalid payload: an envelope the node signed whose payer envelope xmtpd's publish checks refuse: another
 *           target originator, a retention outside 2 to 365 days (uint32 max means "keep forever" and is valid), or a
 *           payer signature xmtpd would not recover (`Signatures`: a high `s` is valid, `v` must be 0 to 7).
 *         Bytes are read as protobuf-go reads them (`Protobuf`, `Envelopes`): bytes it refuses are never evidence.
 *         A verified fault slashes `safetySlashBps` of the stake and unbonding stake of the owner the signing key
 *         answers to (`INodes.SignerRecord`) through the selection manager (which takes its seat at once, refills it
 *         and jails the operator), at most once per owner per jail period, and leaves the slashed XMTP in the
 *         treasury; `reporterRewardBps` of it goes to the reporter when the reporter committed to the report in an
 *         earlier block (`commitReport`), so that a report copied from the mempool earns nothing. A (node, sequence
 *         id) counts once, whatever the kind.
 *
 *         Faults only witnesses can show (liveness, omission, reordering) come as quorum-signed performance reports:
 *         see `IWitnessReports`. Every report, of either family, is kept (`getReport`) and emits `MisbehaviorReported`.
 *
 * @dev    Envelope formats: see the `Envelopes` library. Node signatures must recover to a key the node has had
 *         (`INodes.signerRecord`); a retired key counts only for sequence ids usage reports had covered when it was
 *         rotated out, and only against the owner that claimed it, so a leaked old key cannot reach a new owner.
 */
interface IMisbehaviorReports is IWitnessReports, IErrors {
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

    /// @notice Emitted when a reporter commits to a report (`commitReport`).
    event ReportCommitted(bytes32 indexed commitment, address indexed reporter);

    /// @notice Emitted when governance changes the safety slash.
    event SafetySlashBpsUpdated(uint256 previousBps, uint256 newBps);

    /// @notice Emitted when governance changes the reporter's share.
    event ReporterRewardBpsUpdated(uint256 previousBps, uint256 newBps);

    /* ============ Errors ============ */

    /// @notice A signature recovers to `signer`, which was never a signer of `nodeId`.
    error NotNodeSigner(uint32 nodeId, address signer);

    /// @notice `signer` was rotated out of `nodeId`, and `sequenceId` is above what usage reports had covered then.
    error SignedAfterRetirement(uint32 nodeId, address signer, uint64 sequenceId, uint64 lastCoveredSequenceId);

    /// @notice The two envelopes were signed by keys that answer to different owners.
    error SignersOfDifferentOwners(address ownerA, address ownerB);

    /// @notice The payer signature has recovery id 2 or 3 (x = r + n): xmtpd may recover it, the chain cannot check
    ///         it, so the payload is not evidence either way.
    error PayerSignatureUnverifiable();

    /// @notice This commitment was made already, in block `blockNumber`.
    error AlreadyCommitted(bytes32 commitment, uint256 blockNumber);

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

    /// @notice The account the signing key answers to has nothing staked and nothing unbonding: the report would slash
    ///         nothing, pay no one, and only cost its sender gas.
    error NothingToSlash(address owner);

    /// @notice The account the signing key answers to was slashed for a provable fault less than a jail period ago; a
    ///         report slashes it again from `until`.
    error SlashedInJailPeriod(address owner, uint256 until);

    /// @notice A basis-point parameter is out of `[0, maximum]`.
    error InvalidBps(uint256 bps, uint256 maximum);

    /* ============ Provable faults ============ */

    /**
     * @notice Commits the caller to a report before sending it, so that the reporter's reward cannot be taken by
     *         copying the report's transaction: a report pays its reward only to a caller that committed in an earlier
     *         block. `commitment` is `keccak256(abi.encode(reporter, reportId))` with `reportId` =
     *         `keccak256(abi.encode(nodeId, sequenceId))` (as `reportEquivocation` returns it): it reveals neither the
     *         evidence nor, without guessing both, the node and sequence id.
     * @dev    Anyone. Reverts with `AlreadyCommitted` when the commitment exists. Emits `ReportCommitted`.
     */
    function commitReport(bytes32 commitment) external;

    /**
     * @notice Reports that `nodeId` signed two different envelopes for one sequence id.
     * @dev    Anyone. Reverts with the protobuf or signature error of malformed input, `NotNodeSigner`,
     *         `SignedAfterRetirement`, `SignersOfDifferentOwners`, `OriginatorMismatch`, `SequenceIdMismatch`,
     *         `NotEquivocation`, `SequenceAlreadyReported`, and, when the report would slash nothing, `NothingToSlash`
     *         (no stake and nothing unbonding) or `SlashedInJailPeriod` (within a jail period of the owner's last
     *         safety slash): a report is accepted only when it slashes. Emits `MisbehaviorReported` and
     *         `SafetyFaultSlashed`.
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
     * @dev    Anyone. Reverts as `reportEquivocation` does, with `PayloadValid` when no rule is broken and with
     *         `PayerSignatureUnverifiable` when the payer signature has recovery id 2 or 3. Emits
     *         `MisbehaviorReported`, `InvalidPayloadReported` and `SafetyFaultSlashed`.
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

    /// @notice The block in which `commitment` was made (zero: never).
    function commitmentBlock(bytes32 commitment) external view returns (uint256);

    /// @notice The share of stake a provable fault slashes (default 1,000 bps).
    function safetySlashBps() external view returns (uint256);

    /// @notice The reporter's share of the slashed XMTP (default 1,000 bps).
    function reporterRewardBps() external view returns (uint256);

    /**
     * @notice What a provable fault of a key answering to `owner`, reported now by a caller that committed in an
     *         earlier block, would pay that caller, in XMTP: zero when the report would be refused (`NothingToSlash`,
     *         `SlashedInJailPeriod`) or the slash rounds to nothing. A relayer weighs it against the gas it would pay.
     * @dev    The slash takes its share of the stake and of the unbonding amount separately, each rounded down, so the
     *         reward paid can be one unit of the slash below this figure.
     */
    function expectedReporterReward(address owner) external view returns (uint256);

    /// @notice The Nodes registry.
    function nodes() external view returns (address);

    /// @notice The node selection manager (slashing).
    function selection() external view returns (address);

    /// @notice The treasury (slashed XMTP; reporter rewards).
    function treasury() external view returns (address);
}
