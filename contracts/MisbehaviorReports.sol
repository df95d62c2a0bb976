// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {EvidenceReader} from "./EvidenceReader.sol";
import {WitnessReports} from "./abstract/WitnessReports.sol";
import {IEvidenceReader} from "./interfaces/IEvidenceReader.sol";
import {IMisbehaviorReports} from "./interfaces/IMisbehaviorReports.sol";
import {INodeSelectionManager} from "./interfaces/INodeSelectionManager.sol";
import {INodes} from "./interfaces/INodes.sol";
import {IXMTPTreasury} from "./interfaces/IXMTPTreasury.sol";
import {Envelopes} from "./libraries/Envelopes.sol";
import {Signatures} from "./libraries/Signatures.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";

/**
 * @title  MisbehaviorReports
 * @notice Provable safety faults verified on-chain and slashed (see `IMisbehaviorReports`). Behind a UUPS proxy; the
 *         contracts it reads and calls are immutables of the implementation.
 */
contract MisbehaviorReports is IMisbehaviorReports, Initializable, WitnessReports, UUPSUpgradeable {
    /* ============ Constants ============ */

    /// @notice The report kind of an equivocation (`reportEquivocation`).
    uint8 public constant KIND_EQUIVOCATION = 0;

    /// @notice The report kind of an invalid payload (`reportInvalidPayload`).
    uint8 public constant KIND_INVALID_PAYLOAD = 1;

    /// @notice The share of the operator's stake a provable fault slashes at initialization, in basis points (10%).
    uint16 public constant DEFAULT_SAFETY_SLASH_BPS = 1000;

    /// @notice The reporter's share of the slashed XMTP at initialization, in basis points (10%).
    uint16 public constant DEFAULT_REPORTER_REWARD_BPS = 1000;

    /// @notice The largest reporter share governance may set, in basis points (50%).
    uint256 public constant MAX_REPORTER_REWARD_BPS = 5000;

    /* ============ Immutables ============ */

    /// @custom:oz-upgrades-unsafe-allow state-variable-immutable
    INodes private immutable _nodes;
    /// @custom:oz-upgrades-unsafe-allow state-variable-immutable
    INodeSelectionManager private immutable _selection;
    /// @custom:oz-upgrades-unsafe-allow state-variable-immutable
    IXMTPTreasury private immutable _treasury;
    /// @dev Parses envelopes and recovers signatures (deployed by the constructor: the parsing would not fit here).
    /// @custom:oz-upgrades-unsafe-allow state-variable-immutable
    IEvidenceReader private immutable _reader;

    /* ============ Storage ============ */

    /// @custom:storage-location erc7201:xmtp.storage.MisbehaviorReports
    struct MisbehaviorReportsStorage {
        uint16 safetySlashBps;
        uint16 reporterRewardBps;
        mapping(bytes32 reportId => Report) reports;
        /// @dev The block of each reporter's commitment to a report (`commitReport`).
        mapping(bytes32 commitment => uint256 blockNumber) commitments;
        /// @dev When each owner was last slashed for a provable fault: one safety slash per jail period.
        mapping(address owner => uint256 timestamp) lastSafetySlashAt;
    }

    // keccak256(abi.encode(uint256(keccak256("xmtp.storage.MisbehaviorReports")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant REPORTS_STORAGE = 0xc49417d0e15e4cf78396075afe81d70e486db44af95a4270385528da2da35e00;

    function _getMisbehaviorReportsStorage() private pure returns (MisbehaviorReportsStorage storage $) {
        assembly {
            $.slot := REPORTS_STORAGE
        }
    }

    /* ============ Initialization ============ */

    /**
     * @param nodes_     The Nodes registry (signers, ever).
     * @param selection_ The node selection manager (slashing; this contract needs its `SLASHER_ROLE`).
     * @param treasury_  The treasury (slashed XMTP; this contract needs its `REWARDER_ROLE`).
     * @custom:oz-upgrades-unsafe-allow constructor
     */
    constructor(address nodes_, address selection_, address treasury_) {
        if (nodes_ == address(0) || selection_ == address(0) || treasury_ == address(0)) revert ZeroAddress();
        _nodes = INodes(nodes_);
        _selection = INodeSelectionManager(selection_);
        _treasury = IXMTPTreasury(treasury_);
        _reader = new EvidenceReader();
        _disableInitializers();
    }

    /// @notice Initializes the proxy: the admin, the EIP-712 domain of witness reports, and the defaults (a provable
    ///         fault slashes 10%, of which 10% goes to the reporter; the uptime rule's defaults).
    function initialize(address admin) external initializer {
        if (admin == address(0)) revert ZeroAddress();
        __AccessControl_init();
        __EIP712_init("XMTP Misbehavior Reports", "1");
        __WitnessReports_init();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        MisbehaviorReportsStorage storage $ = _getMisbehaviorReportsStorage();
        $.safetySlashBps = DEFAULT_SAFETY_SLASH_BPS;
        $.reporterRewardBps = DEFAULT_REPORTER_REWARD_BPS;
        emit SafetySlashBpsUpdated(0, DEFAULT_SAFETY_SLASH_BPS);
        emit ReporterRewardBpsUpdated(0, DEFAULT_REPORTER_REWARD_BPS);
    }

    /* ============ Provable faults ============ */

    /// @inheritdoc IMisbehaviorReports
    function commitReport(bytes32 commitment) external {
        MisbehaviorReportsStorage storage $ = _getMisbehaviorReportsStorage();
        uint256 committedAt = $.commitments[commitment];
        if (committedAt != 0) revert AlreadyCommitted(commitment, committedAt);
        $.commitments[commitment] = block.number;
        emit ReportCommitted(commitment, msg.sender);
    }

    /// @inheritdoc IMisbehaviorReports
    function reportEquivocation(
        uint32 nodeId,
        bytes calldata unsignedEnvelopeA,
        bytes calldata signatureA,
        bytes calldata unsignedEnvelopeB,
        bytes calldata signatureB
    ) external returns (bytes32 reportId) {
        // Checked in the order the Rust `evidence` module checks them, so both name the same error.
        IEvidenceReader.SignedEnvelope memory a = _parse(unsignedEnvelopeA);
        IEvidenceReader.SignedEnvelope memory b = _parse(unsignedEnvelopeB);
        a.signer = Envelopes.recoverNode(Envelopes.originatorDigest(unsignedEnvelopeA), signatureA);
        b.signer = Envelopes.recoverNode(Envelopes.originatorDigest(unsignedEnvelopeB), signatureB);
        address owner = _ownerOfPair(nodeId, a, b);
        _requireOriginator(nodeId, a.originatorNodeId);
        _requireOriginator(nodeId, b.originatorNodeId);
        if (a.sequenceId != b.sequenceId) revert SequenceIdMismatch(a.sequenceId, b.sequenceId);
        // Fees and expiry may change on an honest re-sign; the timestamp and the payload may not.
        if (a.originatorNs == b.originatorNs && a.payerEnvelopeHash == b.payerEnvelopeHash) revert NotEquivocation();
        reportId = _punishSafetyFault(nodeId, a.sequenceId, KIND_EQUIVOCATION, owner);
    }

    /// @inheritdoc IMisbehaviorReports
    function reportInvalidPayload(uint32 nodeId, bytes calldata unsignedEnvelope, bytes calldata signature)
        external
        returns (bytes32 reportId)
    {
        (PayloadViolation violation, uint64 sequenceId, address owner) =
            _payloadViolation(nodeId, unsignedEnvelope, signature);
        if (violation == PayloadViolation.None) revert PayloadValid();
        reportId = _punishSafetyFault(nodeId, sequenceId, KIND_INVALID_PAYLOAD, owner);
        emit InvalidPayloadReported(reportId, violation);
    }

    /// @inheritdoc IMisbehaviorReports
    function payloadViolation(uint32 nodeId, bytes calldata unsignedEnvelope, bytes calldata signature)
        external
        view
        returns (PayloadViolation violation, uint64 sequenceId)
    {
        (violation, sequenceId,) = _payloadViolation(nodeId, unsignedEnvelope, signature);
    }

    /* ============ Governance ============ */

    /// @inheritdoc IMisbehaviorReports
    function setSafetySlashBps(uint256 bps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (bps == 0 || bps > BPS) revert InvalidBps(bps, BPS);
        MisbehaviorReportsStorage storage $ = _getMisbehaviorReportsStorage();
        emit SafetySlashBpsUpdated($.safetySlashBps, bps);
        // forge-lint: disable-next-line(unsafe-typecast)
        $.safetySlashBps = uint16(bps); // at most 10,000
    }

    /// @inheritdoc IMisbehaviorReports
    function setReporterRewardBps(uint256 bps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (bps > MAX_REPORTER_REWARD_BPS) revert InvalidBps(bps, MAX_REPORTER_REWARD_BPS);
        MisbehaviorReportsStorage storage $ = _getMisbehaviorReportsStorage();
        emit ReporterRewardBpsUpdated($.reporterRewardBps, bps);
        // forge-lint: disable-next-line(unsafe-typecast)
        $.reporterRewardBps = uint16(bps); // at most 5,000
    }

    /* ============ Views ============ */

    /// @inheritdoc IMisbehaviorReports
    function getReport(bytes32 reportId) external view returns (Report memory) {
        return _getMisbehaviorReportsStorage().reports[reportId];
    }

    /// @inheritdoc IMisbehaviorReports
    function isReported(uint32 nodeId, uint64 sequenceId) external view returns (bool) {
        return _getMisbehaviorReportsStorage().reports[_reportId(nodeId, sequenceId)].reporter != address(0);
    }

    /// @inheritdoc IMisbehaviorReports
    function commitmentBlock(bytes32 commitment) external view returns (uint256) {
        return _getMisbehaviorReportsStorage().commitments[commitment];
    }

    /// @inheritdoc IMisbehaviorReports
    function safetySlashBps() external view returns (uint256) {
        return _getMisbehaviorReportsStorage().safetySlashBps;
    }

    /// @inheritdoc IMisbehaviorReports
    function reporterRewardBps() external view returns (uint256) {
        return _getMisbehaviorReportsStorage().reporterRewardBps;
    }

    /// @inheritdoc IMisbehaviorReports
    function expectedReporterReward(address owner) external view returns (uint256) {
        MisbehaviorReportsStorage storage $ = _getMisbehaviorReportsStorage();
        (uint256 slashable, uint256 jailPeriod) = _selection.slashableStakeOf(owner);
        if (slashable == 0 || _safetySlashBarredUntil($, owner, jailPeriod) != 0) return 0;
        return _reporterReward($, slashable * $.safetySlashBps / BPS);
    }

    /// @inheritdoc IMisbehaviorReports
    function nodes() external view returns (address) {
        return address(_nodes);
    }

    /// @inheritdoc IMisbehaviorReports
    function selection() external view returns (address) {
        return address(_selection);
    }

    /// @inheritdoc IMisbehaviorReports
    function treasury() external view returns (address) {
        return address(_treasury);
    }

    /* ============ Internal ============ */

    /// @dev What evidence compares of an unsigned originator envelope (the signer is filled in by the caller).
    function _parse(bytes calldata unsignedEnvelope)
        private
        pure
        returns (IEvidenceReader.SignedEnvelope memory envelope)
    {
        Envelopes.OriginatorEnvelope memory parsed = Envelopes.parseOriginator(unsignedEnvelope);
        envelope.originatorNodeId = parsed.originatorNodeId;
        envelope.sequenceId = parsed.sequenceId;
        envelope.originatorNs = parsed.originatorNs;
        envelope.payerEnvelopeHash = keccak256(unsignedEnvelope[parsed.payerStart:parsed.payerEnd]);
    }

    function _requireOriginator(uint32 nodeId, uint32 originatorNodeId) private pure {
        if (originatorNodeId != nodeId) revert OriginatorMismatch(nodeId, originatorNodeId);
    }

    /// @dev The owner both signers of an equivocation answer to (the keys may differ: a node may have rotated).
    function _ownerOfPair(
        uint32 nodeId,
        IEvidenceReader.SignedEnvelope memory a,
        IEvidenceReader.SignedEnvelope memory b
    ) private view returns (address owner) {
        owner = _accountableOwner(nodeId, a.signer, a.sequenceId);
        if (b.signer == a.signer) return owner;
        address ownerB = _accountableOwner(nodeId, b.signer, b.sequenceId);
        if (ownerB != owner) revert SignersOfDifferentOwners(owner, ownerB);
    }

    /// @dev The owner `signer` answers to for what it signed at `sequenceId` of `nodeId`: it must be a key of that
    ///      node, and a retired key counts only for sequence ids covered before its retirement.
    function _accountableOwner(uint32 nodeId, address signer, uint64 sequenceId) private view returns (address) {
        INodes.SignerRecord memory record = _nodes.signerRecord(signer);
        if (record.nodeId != nodeId || nodeId == 0) revert NotNodeSigner(nodeId, signer);
        if (sequenceId > record.lastCoveredSequenceId) {
            revert SignedAfterRetirement(nodeId, signer, sequenceId, record.lastCoveredSequenceId);
        }
        return record.owner;
    }

    /// @dev The first rule the node-signed envelope's payer envelope breaks (target, retention, payer signature), with
    ///      its sequence id and the owner the node's key answers to.
    function _payloadViolation(uint32 nodeId, bytes calldata unsignedEnvelope, bytes calldata signature)
        private
        view
        returns (PayloadViolation, uint64, address)
    {
        Envelopes.OriginatorEnvelope memory envelope = Envelopes.parseOriginator(unsignedEnvelope);
        address signer = Envelopes.recoverNode(Envelopes.originatorDigest(unsignedEnvelope), signature);
        uint64 sequenceId = envelope.sequenceId;
        address owner = _accountableOwner(nodeId, signer, sequenceId);
        _requireOriginator(nodeId, envelope.originatorNodeId);
        (uint32 target, uint32 retention, Signatures.Verdict verdict) =
            _reader.readPayer(unsignedEnvelope[envelope.payerStart:envelope.payerEnd]);
        if (target != nodeId) return (PayloadViolation.TargetOriginator, sequenceId, owner);
        if (!Envelopes.isValidRetention(retention)) return (PayloadViolation.Retention, sequenceId, owner);
        if (verdict == Signatures.Verdict.Unverifiable) revert PayerSignatureUnverifiable();
        if (verdict == Signatures.Verdict.Invalid) return (PayloadViolation.PayerSignature, sequenceId, owner);
        return (PayloadViolation.None, sequenceId, owner);
    }

    /// @dev Records a provable fault of (node, sequence id) once and slashes `owner`, the account the signing key
    ///      answers to, at most once per jail period. The reporter is rewarded only when it committed to the report
    ///      in an earlier block (`commitReport`): a copied transaction earns nothing.
    function _punishSafetyFault(uint32 nodeId, uint64 sequenceId, uint8 kind, address owner)
        private
        returns (bytes32 reportId)
    {
        MisbehaviorReportsStorage storage $ = _getMisbehaviorReportsStorage();
        reportId = _reportId(nodeId, sequenceId);
        if ($.reports[reportId].reporter != address(0)) revert SequenceAlreadyReported(nodeId, sequenceId);
        // A report that slashes nothing is refused, so that nobody pays gas for it: a relayer's simulation stops it.
        (uint256 slashable, uint256 jailPeriod) = _selection.slashableStakeOf(owner);
        _requireSlashable($, owner, slashable, jailPeriod);
        Report storage report = _store($, reportId, nodeId, kind);
        report.sequenceId = sequenceId;
        $.lastSafetySlashAt[owner] = block.timestamp;
        uint256 slashed = _selection.slash(owner, $.safetySlashBps);
        // Cannot truncate: a slash takes part of a stake and an unbonding amount, each a uint96, and XMTP's supply is
        // far below 2^95.
        // forge-lint: disable-next-line(unsafe-typecast)
        report.slashed = uint96(slashed);
        uint256 reward = 0;
        uint256 committedAt = $.commitments[_commitment(msg.sender, reportId)];
        if (committedAt != 0 && committedAt < block.number) reward = _reporterReward($, slashed);
        if (reward != 0) _treasury.rewardReporter(msg.sender, reward);
        emit SafetyFaultSlashed(reportId, owner, slashed, msg.sender, reward);
    }

    /// @dev The one rule for whether a provable fault of `owner` slashes: something staked or unbonding, and no safety
    ///      slash in the last jail period (a leaked key, or a burst of faults, costs the owner one slash at a time).
    function _requireSlashable(
        MisbehaviorReportsStorage storage $,
        address owner,
        uint256 slashable,
        uint256 jailPeriod
    ) private view {
        if (slashable == 0) revert NothingToSlash(owner);
        uint256 until = _safetySlashBarredUntil($, owner, jailPeriod);
        if (until != 0) revert SlashedInJailPeriod(owner, until);
    }

    /// @dev When `owner` can be safety-slashed again, or zero when it can be now.
    function _safetySlashBarredUntil(MisbehaviorReportsStorage storage $, address owner, uint256 jailPeriod)
        private
        view
        returns (uint256 until)
    {
        uint256 lastSlashedAt = $.lastSafetySlashAt[owner];
        if (lastSlashedAt == 0) return 0;
        until = lastSlashedAt + jailPeriod;
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp >= until) return 0;
    }

    /// @dev The reporter's share of a slash.
    function _reporterReward(MisbehaviorReportsStorage storage $, uint256 slashed) private view returns (uint256) {
        return slashed * $.reporterRewardBps / BPS;
    }

    /// @dev Keeps a report and emits `MisbehaviorReported`, the reporter being the caller.
    function _store(MisbehaviorReportsStorage storage $, bytes32 reportId, uint32 nodeId, uint8 kind)
        private
        returns (Report storage report)
    {
        report = $.reports[reportId];
        report.reporter = msg.sender;
        report.nodeId = nodeId;
        if (kind != 0) report.kind = kind;
        emit MisbehaviorReported(reportId, nodeId, kind, msg.sender);
    }

    /* ============ Witness report hooks ============ */

    function _selectionManager() internal view override returns (INodeSelectionManager) {
        return _selection;
    }

    function _nodesRegistry() internal view override returns (INodes) {
        return _nodes;
    }

    /// @dev A witnessed fault slashes without a reporter's reward: the slashed XMTP stays in the treasury.
    function _punish(uint32 nodeId, uint256 bps) internal override returns (uint256 slashed) {
        address operator = _selection.operatorOfNode(nodeId);
        if (operator == address(0)) return 0;
        return _selection.slash(operator, bps);
    }

    function _recordReport(bytes32 reportId, uint32 nodeId, uint8 kind) internal override {
        _store(_getMisbehaviorReportsStorage(), reportId, nodeId, kind);
    }

    function _reportId(uint32 nodeId, uint64 sequenceId) private pure returns (bytes32) {
        return keccak256(abi.encode(nodeId, sequenceId));
    }

    function _commitment(address reporter, bytes32 reportId) private pure returns (bytes32) {
        return keccak256(abi.encode(reporter, reportId));
    }

    /// @dev Upgrades are governance's.
    function _authorizeUpgrade(address) internal override onlyRole(DEFAULT_ADMIN_ROLE) {}
}
