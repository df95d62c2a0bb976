// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IDelegation} from "./interfaces/IDelegation.sol";
import {INodeSelectionManager} from "./interfaces/INodeSelectionManager.sol";
import {INodes} from "./interfaces/INodes.sol";
import {IXMTPTreasury} from "./interfaces/IXMTPTreasury.sol";
import {RoundRobin} from "./libraries/RoundRobin.sol";
import {RotationState, RotationStateLibrary} from "./types/RotationState.sol";
import {Seat, TURNOVER_WINDOW as SEAT_TURNOVER_WINDOW} from "./types/Seat.sol";
import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/**
 * @title  NodeSelectionManager
 * @notice Staked candidates and the round-robin rotation of the active node set (see `INodeSelectionManager`). Behind a
 *         UUPS proxy.
 * @dev    The rotation itself (queue, seats, turnover window and cap, history) is the `RoundRobin` library, inlined
 *         here; this contract keeps access control, staking and slashing, the epoch clock, governance and the wiring.
 *         No external call in a rotation: the Nodes registry pushes disabled nodes here (`onNodeDisabled`).
 */
contract NodeSelectionManager is INodeSelectionManager, Initializable, AccessControlUpgradeable, UUPSUpgradeable {
    using SafeERC20 for IERC20;
    using RoundRobin for NodeSelectionManagerStorage;

    /* ============ Constants ============ */

    /// @notice The role that may slash (the misbehavior contract, later).
    bytes32 public constant SLASHER_ROLE = keccak256("SLASHER_ROLE");

    /// @notice The most seats governance may set.
    uint256 public constant MAX_ACTIVE_SET_SIZE = RoundRobin.MAX_SEATS;

    /// @notice The most queue entries one rotation or refill inspects, whatever the queue's length.
    uint256 public constant MAX_QUEUE_SCAN = RoundRobin.MAX_QUEUE_SCAN;

    /// @notice The window the turnover cap applies to.
    uint256 public constant TURNOVER_WINDOW = SEAT_TURNOVER_WINDOW;

    /// @notice The time between rotations at initialization (`epochDuration`).
    uint256 public constant DEFAULT_EPOCH_DURATION = 12 hours;

    /// @notice The number of seats at initialization (`activeSetSize`).
    uint256 public constant DEFAULT_ACTIVE_SET_SIZE = 10;

    /// @notice The most seats replaced in any 24 hours at initialization, in basis points of the seats (20%).
    uint16 public constant DEFAULT_MAX_DAILY_TURNOVER_BPS = 2000;

    /// @notice The least stake of a candidate at initialization (`minimumStake`), in XMTP units (10,000 XMTP).
    uint256 public constant DEFAULT_MINIMUM_STAKE = 10_000e18;

    /// @notice How long a new candidate waits before it may be seated, at initialization (`waitingPeriod`).
    uint32 public constant DEFAULT_WAITING_PERIOD = 24 hours;

    /// @notice How long a slashed operator stays jailed, at initialization (`jailPeriod`).
    uint32 public constant DEFAULT_JAIL_PERIOD = 30 days;

    /// @notice How long unstaked XMTP stays locked, at initialization (`unbondingPeriod`).
    uint32 public constant DEFAULT_UNBONDING_PERIOD = 7 days;

    /// @notice The shortest epoch governance may set (`setEpochDuration`).
    uint256 public constant MIN_EPOCH_DURATION = 1 hours;

    /// @notice The longest epoch governance may set (`setEpochDuration`).
    uint256 public constant MAX_EPOCH_DURATION = 30 days;

    /// @notice The report window at initialization (`reportWindow`).
    uint32 public constant DEFAULT_REPORT_WINDOW = 6 hours;

    /// @notice The longest waiting period governance may set (`setWaitingPeriod`).
    uint256 public constant MAX_WAITING_PERIOD = 30 days;

    /// @notice The longest jail period governance may set (`setJailPeriod`).
    uint256 public constant MAX_JAIL_PERIOD = 365 days;

    /// @notice The shortest unbonding period governance may set (`setUnbondingPeriod`).
    uint256 public constant MIN_UNBONDING_PERIOD = 1 days;

    /// @notice The longest unbonding period governance may set (`setUnbondingPeriod`).
    uint256 public constant MAX_UNBONDING_PERIOD = 90 days;

    uint256 private constant BPS = 10_000;
    uint256 private constant TOKEN = RotationStateLibrary.TOKEN;
    uint256 private constant MAX_MINIMUM_STAKE_TOKENS = 0xFFFFFFFFFF;
    uint256 private constant MASK_24 = 0xFFFFFF;

    /* ============ Storage ============ */

    /// @dev What staking, unstaking and slashing read besides the operator's records, in one slot (the minimum
    ///      stake is in `RotationState`). `treasury` is zero until governance wires it: then stake changes are
    ///      reported there and slashed XMTP goes there.
    struct Config {
        uint32 waitingPeriod;
        uint32 jailPeriod;
        uint32 unbondingPeriod;
        address treasury;
    }

    /// @custom:storage-location erc7201:xmtp.storage.NodeSelectionManager
    struct NodeSelectionManagerStorage {
        RotationState state;
        Config config;
        address nodes;
        address xmtpToken;
        address slashRecipient;
        /// @dev Only setters read it: a rotation reads `RotationState.turnoverCap`.
        uint16 maxDailyTurnoverBps;
        /// @dev In the slot's free bytes (zero on a proxy initialized before it: read as `DEFAULT_REPORT_WINDOW`).
        uint32 reportWindow;
        /// @dev Fixed slots: seat `i` is the struct's slot plus a constant plus `i`, no hashing on the hot path.
        Seat[32] seats;
        /// @dev Per seat, checkpoint `k` is bits `64 × (k % 4)` of word `k / 4`: `fromEpoch` (low 32) and `nodeId`.
        mapping(uint256 word => uint256 checkpoints)[32] history;
        mapping(uint256 index => address operator) queue;
        mapping(address operator => Candidate) candidates;
        mapping(address operator => Unbonding) unbondings;
        /// @dev The operator that last registered each node: how history's node ids read as addresses.
        mapping(uint32 nodeId => address operator) operatorOfNode;
        /// @dev Epoch durations: entry `k` is `fromEpoch << 24 | duration`, ascending in `fromEpoch`, the first from
        ///      epoch 0. Empty until the duration first changes: then every epoch has `RotationState.epochDuration`.
        uint64[] durationCheckpoints;
        /// @dev Appended. Zero until governance wires it: then eligibility counts pools, and stake reports go there.
        address delegation;
    }

    // keccak256(abi.encode(uint256(keccak256("xmtp.storage.NodeSelectionManager")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant SELECTION_STORAGE = 0x9cd940f3f4b17b4ee14a7a6bc424c48da9775a38283afa1595b2ae42fd466200;

    function _getNodeSelectionManagerStorage() private pure returns (NodeSelectionManagerStorage storage $) {
        assembly {
            $.slot := SELECTION_STORAGE
        }
    }

    /* ============ Initialization ============ */

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /**
     * @notice Initializes the proxy: roles, the registry and token, the defaults; epoch 0 starts now.
     * @param  admin       Receives `DEFAULT_ADMIN_ROLE` (parameters, roles, upgrades) and is the first slash recipient.
     * @param  nodes_      The Nodes registry.
     * @param  xmtpToken_  The XMTP token staked.
     */
    function initialize(address admin, address nodes_, address xmtpToken_) external initializer {
        if (admin == address(0) || nodes_ == address(0) || xmtpToken_ == address(0)) revert ZeroAddress();
        __AccessControl_init();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);

        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        $.nodes = nodes_;
        $.xmtpToken = xmtpToken_;
        $.slashRecipient = admin;
        $.config = Config({
            waitingPeriod: DEFAULT_WAITING_PERIOD,
            jailPeriod: DEFAULT_JAIL_PERIOD,
            unbondingPeriod: DEFAULT_UNBONDING_PERIOD,
            treasury: address(0)
        });
        $.maxDailyTurnoverBps = DEFAULT_MAX_DAILY_TURNOVER_BPS;
        $.reportWindow = DEFAULT_REPORT_WINDOW;
        $.state = RotationState.wrap(0).withNextRotationAt(block.timestamp + DEFAULT_EPOCH_DURATION)
            .withEpochDuration(DEFAULT_EPOCH_DURATION).withActiveSetSize(DEFAULT_ACTIVE_SET_SIZE)
            .withSeatHighWater(DEFAULT_ACTIVE_SET_SIZE).withMinimumStakeTokens(DEFAULT_MINIMUM_STAKE / TOKEN)
            .withTurnoverCap(RoundRobin.turnoverCap(DEFAULT_ACTIVE_SET_SIZE, DEFAULT_MAX_DAILY_TURNOVER_BPS));
    }

    /* ============ Staking ============ */

    /// @inheritdoc INodeSelectionManager
    function stake(uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        Candidate storage c = $.candidates[msg.sender];
        uint96 newStake = SafeCast.toUint96(c.stake + amount);
        c.stake = newStake;
        emit Staked(msg.sender, amount, newStake);
        _reportStake($, msg.sender, newStake);
        IERC20($.xmtpToken).safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @inheritdoc INodeSelectionManager
    function unstake(uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        Candidate storage c = $.candidates[msg.sender];
        uint256 staked = c.stake;
        if (amount > staked) revert UnstakeExceedsStake(staked, amount);

        // Cannot truncate or underflow: amount <= staked, a uint96.
        // forge-lint: disable-next-line(unsafe-typecast)
        uint96 newStake = uint96(staked - amount);
        c.stake = newStake;
        Unbonding storage u = $.unbondings[msg.sender];
        uint40 releaseAt = SafeCast.toUint40(block.timestamp + $.config.unbondingPeriod);
        u.amount = SafeCast.toUint96(u.amount + amount);
        u.releaseAt = releaseAt;
        emit UnstakeStarted(msg.sender, amount, newStake, releaseAt);
        _reportStake($, msg.sender, newStake);

        if (c.registered && !_eligible($, msg.sender, newStake, $.state.minimumStake())) {
            c.registered = false;
            emit CandidateLeft(msg.sender, c.nodeId, LeaveReason.Unstaked);
            // Leaves at the next rotation: the seat keeps serving this epoch.
            $.markLeaving(msg.sender);
        }
    }

    /// @inheritdoc INodeSelectionManager
    function withdrawUnbonded() external {
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        Unbonding memory u = $.unbondings[msg.sender];
        if (u.amount == 0) revert NothingUnbonding();
        // A validator's few seconds of timestamp leeway do not matter against a period of days.
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp < u.releaseAt) revert StillUnbonding(u.releaseAt);
        delete $.unbondings[msg.sender];
        emit UnbondedWithdrawn(msg.sender, u.amount);
        IERC20($.xmtpToken).safeTransfer(msg.sender, u.amount);
    }

    /* ============ Candidates ============ */

    /// @inheritdoc INodeSelectionManager
    function register() external {
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        Candidate memory c = $.candidates[msg.sender];
        if (c.registered) revert AlreadyRegistered(msg.sender);
        // forge-lint: disable-next-line(block-timestamp)
        if (c.jailedUntil > block.timestamp) revert Jailed(c.jailedUntil);
        RotationState state = $.state;
        uint256 minimum = state.minimumStake();
        if (!_eligible($, msg.sender, c.stake, minimum)) {
            address delegation_ = $.delegation;
            if (delegation_ == address(0)) revert InsufficientStake(c.stake, minimum);
            revert InsufficientPool(c.stake, IDelegation(delegation_).delegatedTo(msg.sender), minimum);
        }

        INodes registry = INodes($.nodes);
        uint32 nodeId = registry.nodeIdOf(msg.sender);
        if (nodeId == 0) revert NotNodeOperator(msg.sender);
        if (!registry.isEnabled(nodeId)) revert NodeNotEnabled(nodeId);
        address previous = $.operatorOfNode[nodeId];
        if (previous != msg.sender) {
            if (previous != address(0) && $.candidates[previous].registered) {
                revert NodeAlreadyRegistered(nodeId, previous);
            }
            $.operatorOfNode[nodeId] = msg.sender;
        }

        uint256 index = $.enqueue(state, msg.sender);
        c.nodeId = nodeId;
        c.eligibleAt = SafeCast.toUint40(block.timestamp + $.config.waitingPeriod);
        c.queueIndex = SafeCast.toUint32(index);
        c.registered = true;
        $.candidates[msg.sender] = c;
        emit NodeRegistered(msg.sender, block.timestamp);
    }

    /* ============ Rotation ============ */

    /// @inheritdoc INodeSelectionManager
    function rotateNodes() external {
        _getNodeSelectionManagerStorage().rotate();
    }

    /* ============ Slashing and the Nodes hook ============ */

    /// @inheritdoc INodeSelectionManager
    function slash(address operator, uint256 bps) external onlyRole(SLASHER_ROLE) returns (uint256 amount) {
        if (bps == 0 || bps > BPS) revert InvalidSlashBps(bps);
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        Candidate storage c = $.candidates[operator];
        amount = _take($, c, operator, bps);
        uint40 jailedUntil = SafeCast.toUint40(block.timestamp + $.config.jailPeriod);
        c.jailedUntil = jailedUntil;
        address treasury_ = $.config.treasury;
        address recipient = treasury_ == address(0) ? $.slashRecipient : treasury_;
        emit Slashed(operator, bps, amount, recipient, jailedUntil);

        if (c.registered) {
            c.registered = false;
            emit CandidateLeft(operator, c.nodeId, LeaveReason.Slashed);
        }
        $.vacateAndRefill(operator);
        if (amount != 0) _sendSlashed(IERC20($.xmtpToken), treasury_, recipient, operator, amount);
    }

    /// @inheritdoc INodeSelectionManager
    function onNodeDisabled(uint32 nodeId) external {
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        if (msg.sender != $.nodes) revert NotNodes(msg.sender);
        address operator = $.operatorOfNode[nodeId];
        if (operator == address(0)) return;
        Candidate storage c = $.candidates[operator];
        // The operator moved on to another node since: this one is not its candidacy.
        if (c.nodeId != nodeId) return;
        if (c.registered) {
            c.registered = false;
            emit CandidateLeft(operator, nodeId, LeaveReason.NodeDisabled);
        }
        $.vacateAndRefill(operator);
    }

    /// @inheritdoc INodeSelectionManager
    function onPoolShrunk(address operator) external {
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        if (msg.sender != $.delegation) revert NotDelegation(msg.sender);
        Candidate storage c = $.candidates[operator];
        if (!c.registered || _eligible($, operator, c.stake, $.state.minimumStake())) return;
        c.registered = false;
        emit CandidateLeft(operator, c.nodeId, LeaveReason.PoolBelowMinimum);
        $.markLeaving(operator);
    }

    /* ============ Governance ============ */

    /// @inheritdoc INodeSelectionManager
    function setEpochDuration(uint256 duration) external onlyRole(DEFAULT_ADMIN_ROLE) {
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        uint256 window = _reportWindow($);
        _requireWithin(duration, window > MIN_EPOCH_DURATION ? window : MIN_EPOCH_DURATION, MAX_EPOCH_DURATION);
        RotationState state = $.state;
        uint256 previous = state.epochDuration();
        emit EpochDurationUpdated(previous, duration);
        $.state = state.withEpochDuration(duration);
        // The current epoch keeps its end: the new duration is every later epoch's, from the next one.
        uint64[] storage checkpoints = $.durationCheckpoints;
        uint256 length = checkpoints.length;
        // An epoch duration fits 24 bits (at most MAX_EPOCH_DURATION): the first checkpoint, from epoch 0.
        // forge-lint: disable-next-line(unsafe-typecast)
        if (length == 0) checkpoints.push(uint64(previous));
        uint256 from = state.currentEpoch() + 1;
        // Both fit: epochs are 32 bits and durations at most MAX_EPOCH_DURATION < 2^24.
        // forge-lint: disable-next-line(unsafe-typecast)
        uint64 checkpoint = uint64(from << 24 | duration);
        if (length != 0 && checkpoints[length - 1] >> 24 == from) checkpoints[length - 1] = checkpoint;
        else checkpoints.push(checkpoint);
    }

    /// @inheritdoc INodeSelectionManager
    function setReportWindow(uint256 window) external onlyRole(DEFAULT_ADMIN_ROLE) {
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        _requireWithin(window, 1, $.state.epochDuration());
        emit ReportWindowUpdated(_reportWindow($), window);
        // Fits: at most the epoch duration, below 2^24.
        // forge-lint: disable-next-line(unsafe-typecast)
        $.reportWindow = uint32(window);
    }

    /// @inheritdoc INodeSelectionManager
    function setActiveSetSize(uint256 size) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _requireWithin(size, 1, MAX_ACTIVE_SET_SIZE);
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        RotationState state = $.state;
        uint256 previous = state.activeSetSize();
        if (size < previous) $.dropSeats(state.currentEpoch(), size, previous);
        if (size > state.seatHighWater()) state = state.withSeatHighWater(size);
        $.state = state.withActiveSetSize(size).withTurnoverCap(RoundRobin.turnoverCap(size, $.maxDailyTurnoverBps));
        emit ActiveSetSizeUpdated(previous, size);
    }

    /// @inheritdoc INodeSelectionManager
    function setMaxDailyTurnoverBps(uint256 bps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _requireWithin(bps, 0, BPS);
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        emit MaxDailyTurnoverBpsUpdated($.maxDailyTurnoverBps, bps);
        // Cannot truncate: bps <= 10,000.
        // forge-lint: disable-next-line(unsafe-typecast)
        $.maxDailyTurnoverBps = uint16(bps);
        RotationState state = $.state;
        $.state = state.withTurnoverCap(RoundRobin.turnoverCap(state.activeSetSize(), bps));
    }

    /// @inheritdoc INodeSelectionManager
    function setMinimumStake(uint256 amount) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _requireWithin(amount, TOKEN, MAX_MINIMUM_STAKE_TOKENS * TOKEN);
        if (amount % TOKEN != 0) revert MinimumStakeNotWholeTokens(amount);
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        RotationState state = $.state;
        emit MinimumStakeUpdated(state.minimumStake(), amount);
        $.state = state.withMinimumStakeTokens(amount / TOKEN);
    }

    /// @inheritdoc INodeSelectionManager
    function setWaitingPeriod(uint256 period) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _requireWithin(period, 0, MAX_WAITING_PERIOD);
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        emit WaitingPeriodUpdated($.config.waitingPeriod, period);
        // Cannot truncate: checked above.
        // forge-lint: disable-next-line(unsafe-typecast)
        $.config.waitingPeriod = uint32(period);
    }

    /// @inheritdoc INodeSelectionManager
    function setJailPeriod(uint256 period) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _requireWithin(period, 0, MAX_JAIL_PERIOD);
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        emit JailPeriodUpdated($.config.jailPeriod, period);
        // Cannot truncate: checked above.
        // forge-lint: disable-next-line(unsafe-typecast)
        $.config.jailPeriod = uint32(period);
    }

    /// @inheritdoc INodeSelectionManager
    function setUnbondingPeriod(uint256 period) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _requireWithin(period, MIN_UNBONDING_PERIOD, MAX_UNBONDING_PERIOD);
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        emit UnbondingPeriodUpdated($.config.unbondingPeriod, period);
        // Cannot truncate: checked above.
        // forge-lint: disable-next-line(unsafe-typecast)
        $.config.unbondingPeriod = uint32(period);
    }

    /// @inheritdoc INodeSelectionManager
    function setSlashRecipient(address recipient) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (recipient == address(0)) revert ZeroAddress();
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        emit SlashRecipientUpdated($.slashRecipient, recipient);
        $.slashRecipient = recipient;
    }

    /// @inheritdoc INodeSelectionManager
    function setTreasury(address newTreasury) external onlyRole(DEFAULT_ADMIN_ROLE) {
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        emit TreasuryUpdated($.config.treasury, newTreasury);
        $.config.treasury = newTreasury;
    }

    /// @inheritdoc INodeSelectionManager
    function syncStake(address operator) external {
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        if ($.config.treasury == address(0) && $.delegation == address(0)) revert TreasuryNotSet();
        _reportStake($, operator, $.candidates[operator].stake);
    }

    /// @inheritdoc INodeSelectionManager
    function setDelegation(address newDelegation) external onlyRole(DEFAULT_ADMIN_ROLE) {
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        emit DelegationUpdated($.delegation, newDelegation);
        $.delegation = newDelegation;
    }

    /* ============ Views ============ */

    /// @inheritdoc INodeSelectionManager
    function getActiveNodes() external view returns (address[] memory) {
        return _getNodeSelectionManagerStorage().activeOperators();
    }

    /// @inheritdoc INodeSelectionManager
    function getActiveNodeIds() external view returns (uint32[] memory) {
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        // The view wants one half of the set's pair (unused-return: the other half is not needed).
        // slither-disable-next-line unused-return
        (uint32[] memory nodeIds,) = $.setAt($.state.currentEpoch());
        return nodeIds;
    }

    /// @inheritdoc INodeSelectionManager
    function activeNodeIdsAt(uint256 epoch) external view returns (uint32[] memory nodeIds) {
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        _requireReached($, epoch);
        // The view wants one half of the set's pair (unused-return: the other half is not needed).
        // slither-disable-next-line unused-return
        (nodeIds,) = $.setAt(epoch);
    }

    /// @inheritdoc INodeSelectionManager
    function activeNodesAt(uint256 epoch) external view returns (address[] memory operators) {
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        _requireReached($, epoch);
        // The view wants one half of the set's pair (unused-return: the other half is not needed).
        // slither-disable-next-line unused-return
        (, operators) = $.setAt(epoch);
    }

    /// @inheritdoc INodeSelectionManager
    function activeSetAt(uint256 epoch) external view returns (uint32[] memory nodeIds, address[] memory operators) {
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        _requireReached($, epoch);
        (nodeIds, operators) = $.setAt(epoch);
    }

    /// @inheritdoc INodeSelectionManager
    function isActiveAt(uint32 nodeId, uint256 epoch) external view returns (bool) {
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        _requireReached($, epoch);
        return $.isActiveAt(nodeId, epoch);
    }

    /// @inheritdoc INodeSelectionManager
    function operatorOfNode(uint32 nodeId) external view returns (address) {
        return _getNodeSelectionManagerStorage().operatorOfNode[nodeId];
    }

    /// @inheritdoc INodeSelectionManager
    function stakeOf(address operator) external view returns (uint256) {
        return _getNodeSelectionManagerStorage().candidates[operator].stake;
    }

    /// @inheritdoc INodeSelectionManager
    function candidate(address operator) external view returns (Candidate memory) {
        return _getNodeSelectionManagerStorage().candidates[operator];
    }

    /// @inheritdoc INodeSelectionManager
    function unbondingOf(address operator) external view returns (Unbonding memory) {
        return _getNodeSelectionManagerStorage().unbondings[operator];
    }

    /// @inheritdoc INodeSelectionManager
    function slashableStakeOf(address operator) external view returns (uint256 amount, uint256 jailPeriod_) {
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        amount = uint256($.candidates[operator].stake) + $.unbondings[operator].amount;
        address delegation_ = $.delegation;
        if (delegation_ != address(0)) amount += IDelegation(delegation_).slashableOf(operator);
        jailPeriod_ = $.config.jailPeriod;
    }

    /// @inheritdoc INodeSelectionManager
    function currentEpoch() external view returns (uint256) {
        return _getNodeSelectionManagerStorage().state.currentEpoch();
    }

    /// @inheritdoc INodeSelectionManager
    function nextRotationAt() external view returns (uint256) {
        return _getNodeSelectionManagerStorage().state.nextRotationAt();
    }

    /// @inheritdoc INodeSelectionManager
    function epochDuration() external view returns (uint256) {
        return _getNodeSelectionManagerStorage().state.epochDuration();
    }

    /// @inheritdoc INodeSelectionManager
    function reportWindow() external view returns (uint256) {
        return _reportWindow(_getNodeSelectionManagerStorage());
    }

    /// @inheritdoc INodeSelectionManager
    function epochDurationAt(uint256 epoch) external view returns (uint256) {
        return _epochDurationAt(_getNodeSelectionManagerStorage(), epoch);
    }

    /// @inheritdoc INodeSelectionManager
    function epochEndsAt(uint256 epoch) external view returns (uint256) {
        return _epochEndsAt(_getNodeSelectionManagerStorage(), epoch);
    }

    /// @inheritdoc INodeSelectionManager
    function reportWindowClosesAt(uint256 epoch) external view returns (uint256) {
        return _reportWindowClosesAt(_getNodeSelectionManagerStorage(), epoch);
    }

    /// @inheritdoc INodeSelectionManager
    function oldestReportableEpoch() external view returns (uint256) {
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        uint256 current = $.state.currentEpoch();
        // forge-lint: disable-next-line(block-timestamp)
        if (current != 0 && block.timestamp < _reportWindowClosesAt($, current - 1)) return current - 1;
        return current;
    }

    /// @inheritdoc INodeSelectionManager
    function activeSetSize() external view returns (uint256) {
        return _getNodeSelectionManagerStorage().state.activeSetSize();
    }

    /// @inheritdoc INodeSelectionManager
    function maxDailyTurnoverBps() external view returns (uint256) {
        return _getNodeSelectionManagerStorage().maxDailyTurnoverBps;
    }

    /// @inheritdoc INodeSelectionManager
    function turnoverCap() external view returns (uint256) {
        return _getNodeSelectionManagerStorage().state.turnoverCap();
    }

    /// @inheritdoc INodeSelectionManager
    function recentSwaps() external view returns (uint256) {
        return _getNodeSelectionManagerStorage().recentSwaps();
    }

    /// @inheritdoc INodeSelectionManager
    function minimumStake() external view returns (uint256) {
        return _getNodeSelectionManagerStorage().state.minimumStake();
    }

    /// @inheritdoc INodeSelectionManager
    function waitingPeriod() external view returns (uint256) {
        return _getNodeSelectionManagerStorage().config.waitingPeriod;
    }

    /// @inheritdoc INodeSelectionManager
    function jailPeriod() external view returns (uint256) {
        return _getNodeSelectionManagerStorage().config.jailPeriod;
    }

    /// @inheritdoc INodeSelectionManager
    function unbondingPeriod() external view returns (uint256) {
        return _getNodeSelectionManagerStorage().config.unbondingPeriod;
    }

    /// @inheritdoc INodeSelectionManager
    function slashRecipient() external view returns (address) {
        return _getNodeSelectionManagerStorage().slashRecipient;
    }

    /// @inheritdoc INodeSelectionManager
    function treasury() external view returns (address) {
        return _getNodeSelectionManagerStorage().config.treasury;
    }

    /// @inheritdoc INodeSelectionManager
    function delegation() external view returns (address) {
        return _getNodeSelectionManagerStorage().delegation;
    }

    /// @inheritdoc INodeSelectionManager
    function nodes() external view returns (address) {
        return _getNodeSelectionManagerStorage().nodes;
    }

    /// @inheritdoc INodeSelectionManager
    function xmtpToken() external view returns (address) {
        return _getNodeSelectionManagerStorage().xmtpToken;
    }

    /// @inheritdoc INodeSelectionManager
    function queueInfo() external view returns (uint256 length, uint256 pointer) {
        RotationState state = _getNodeSelectionManagerStorage().state;
        return (state.queueLength(), state.queuePointer());
    }

    /// @inheritdoc INodeSelectionManager
    function queueAt(uint256 index) external view returns (address) {
        return _getNodeSelectionManagerStorage().queue[index];
    }

    /* ============ Internals ============ */

    /**
     * @dev Takes `bps` of `operator`'s stake and unbonding amount, and of its pool when delegation is wired (which sends
     *      its part here, so that one deposit carries the whole slash); returns the XMTP taken.
     */
    function _take(NodeSelectionManagerStorage storage $, Candidate storage c, address operator, uint256 bps)
        private
        returns (uint256 amount)
    {
        Unbonding storage u = $.unbondings[operator];
        uint256 fromStake = uint256(c.stake) * bps / BPS;
        uint256 fromUnbonding = uint256(u.amount) * bps / BPS;
        // Cannot underflow or truncate: each part is at most the uint96 it is taken from.
        // forge-lint: disable-next-line(unsafe-typecast)
        uint96 newStake = c.stake - uint96(fromStake);
        c.stake = newStake;
        // forge-lint: disable-next-line(unsafe-typecast)
        u.amount -= uint96(fromUnbonding);
        amount = fromStake + fromUnbonding;
        address delegation_ = $.delegation;
        if (delegation_ != address(0)) amount += IDelegation(delegation_).onSlashed(operator, bps, newStake);
        else if (fromStake != 0) _reportStake($, operator, newStake);
    }

    /// @dev Reports `operator`'s new stake for staking rewards: to the delegation contract when wired, else to the
    ///      treasury when wired.
    function _reportStake(NodeSelectionManagerStorage storage $, address operator, uint256 newStake) private {
        address delegation_ = $.delegation;
        if (delegation_ != address(0)) {
            IDelegation(delegation_).onOwnStakeChanged(operator, newStake);
            return;
        }
        address treasury_ = $.config.treasury;
        if (treasury_ != address(0)) IXMTPTreasury(treasury_).checkpointStake(operator, newStake);
    }

    /// @dev Whether `ownStake` (with `operator`'s pool, when delegation is wired) reaches `minimum`. Own stake at the
    ///      minimum is enough whatever the pool (the pool rule asks less of it), so the common case reads no pool.
    function _eligible(NodeSelectionManagerStorage storage $, address operator, uint256 ownStake, uint256 minimum)
        private
        view
        returns (bool)
    {
        if (ownStake >= minimum) return true;
        address delegation_ = $.delegation;
        return delegation_ != address(0) && IDelegation(delegation_).isEligible(operator, ownStake, minimum);
    }

    /**
     * @dev Sends `amount` slashed from `operator` to the treasury (which pulls it, through an allowance of exactly the
     *      amount) or, when none is wired, to `recipient`. No allowance outlives the call: the treasury pulls all of
     *      it, and should another implementation not, what is left is revoked.
     */
    function _sendSlashed(IERC20 token, address treasury_, address recipient, address operator, uint256 amount)
        private
    {
        if (treasury_ == address(0)) {
            token.safeTransfer(recipient, amount);
            return;
        }
        token.forceApprove(treasury_, amount);
        IXMTPTreasury(treasury_).depositSlashedXmtp(operator, amount);
        if (token.allowance(address(this), treasury_) != 0) token.forceApprove(treasury_, 0);
    }

    function _requireReached(NodeSelectionManagerStorage storage $, uint256 epoch) private view {
        uint256 current = $.state.currentEpoch();
        if (epoch > current) revert EpochNotReached(epoch, current);
    }

    function _reportWindow(NodeSelectionManagerStorage storage $) private view returns (uint256 window) {
        window = $.reportWindow;
        if (window == 0) window = DEFAULT_REPORT_WINDOW;
    }

    function _epochDurationAt(NodeSelectionManagerStorage storage $, uint256 epoch) private view returns (uint256) {
        uint64[] storage checkpoints = $.durationCheckpoints;
        // Newest first: distribution asks about recent epochs, and the duration rarely changes.
        for (uint256 i = checkpoints.length; i != 0; --i) {
            uint256 checkpoint = checkpoints[i - 1];
            if (checkpoint >> 24 <= epoch) return checkpoint & MASK_24;
        }
        return $.state.epochDuration();
    }

    /// @dev Walks back from the current epoch's end, one run of equal durations (a checkpoint) at a time.
    function _epochEndsAt(NodeSelectionManagerStorage storage $, uint256 epoch) private view returns (uint256 end) {
        RotationState state = $.state;
        uint256 current = state.currentEpoch();
        if (epoch > current) revert EpochNotReached(epoch, current);
        end = state.nextRotationAt();
        uint64[] storage checkpoints = $.durationCheckpoints;
        uint256 i = checkpoints.length;
        // Epochs `epoch + 1` to `current` ended after `epoch` did: subtract their durations.
        while (current > epoch) {
            uint256 from = 0;
            uint256 duration = state.epochDuration();
            if (i != 0) {
                uint256 checkpoint = checkpoints[--i];
                from = checkpoint >> 24;
                duration = checkpoint & MASK_24;
                // A checkpoint for epochs after the current one (set during it) is not reached yet.
                if (from > current) continue;
            }
            uint256 first = from > epoch ? from : epoch + 1;
            end -= (current + 1 - first) * duration;
            current = first - 1;
        }
    }

    function _reportWindowClosesAt(NodeSelectionManagerStorage storage $, uint256 epoch)
        private
        view
        returns (uint256)
    {
        uint256 window = _reportWindow($);
        uint256 next = _epochDurationAt($, epoch + 1);
        return _epochEndsAt($, epoch) + (window < next ? window : next);
    }

    function _requireWithin(uint256 value, uint256 minimum, uint256 maximum) private pure {
        if (value < minimum || value > maximum) revert ParameterOutOfBounds(value, minimum, maximum);
    }

    /// @dev Upgrades are the admin's alone (the governance multisig).
    function _authorizeUpgrade(address) internal override onlyRole(DEFAULT_ADMIN_ROLE) {}
}
