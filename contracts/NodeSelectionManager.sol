// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {INodeSelectionManager} from "./interfaces/INodeSelectionManager.sol";
import {INodes} from "./interfaces/INodes.sol";
import {IXMTPTreasury} from "./interfaces/IXMTPTreasury.sol";
import {RotationState, Seat} from "./libraries/SelectionState.sol";
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
 * @dev    Gas layout of a rotation: one slot of rotation state, one slot per seat (occupant, join order, last swap,
 *         history length) at fixed slots, and per scanned queue entry the entry and its candidate record. No external
 *         call: the Nodes registry pushes disabled nodes here (`onNodeDisabled`). History is per seat: 64-bit
 *         checkpoints `(fromEpoch, nodeId)`, four per slot. A one-swap rotation reads 14 cold slots and writes three
 *         (state, seat, history word); the seats are read, and the `NodesRotated` log written, in inline assembly.
 */
contract NodeSelectionManager is INodeSelectionManager, Initializable, AccessControlUpgradeable, UUPSUpgradeable {
    using SafeERC20 for IERC20;

    /* ============ Constants ============ */

    /// @notice The role that may slash (the misbehavior contract, later).
    bytes32 public constant SLASHER_ROLE = keccak256("SLASHER_ROLE");

    /// @notice The most seats governance may set.
    uint256 public constant MAX_ACTIVE_SET_SIZE = 32;

    /// @notice The most queue entries one rotation or refill inspects, whatever the queue's length.
    uint256 public constant MAX_QUEUE_SCAN = 32;

    /// @notice The window the turnover cap applies to.
    uint256 public constant TURNOVER_WINDOW = 1 days;

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
    uint256 private constant TOKEN = 1e18;
    uint256 private constant MAX_MINIMUM_STAKE_TOKENS = 0xFFFFFFFFFF;
    uint256 private constant CHECKPOINTS_PER_SLOT = 4;
    uint256 private constant MASK_24 = 0xFFFFFF;
    uint256 private constant MASK_32 = 0xFFFFFFFF;
    uint256 private constant MASK_40 = 0xFFFFFFFFFF;
    uint256 private constant MASK_96 = 0xFFFFFFFFFFFFFFFFFFFFFFFF;

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
    }

    // keccak256(abi.encode(uint256(keccak256("xmtp.storage.NodeSelectionManager")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant SELECTION_STORAGE = 0x9cd940f3f4b17b4ee14a7a6bc424c48da9775a38283afa1595b2ae42fd466200;

    function _getNodeSelectionManagerStorage() private pure returns (NodeSelectionManagerStorage storage $) {
        assembly {
            $.slot := SELECTION_STORAGE
        }
    }

    /// @dev A walk along the queue: where it is, how far it went, and the eligibility parameters (read once).
    struct Scan {
        uint256 pointer;
        uint256 length;
        uint256 scanned;
        uint256 minimumStake;
        /// @dev Bit `uint8(operator)` set for every operator that may be seated: a clear bit spares the seat search.
        uint256 seatedBloom;
    }

    /// @dev A rotation in progress: the seats in memory, who joined which seat, and the queue walk.
    struct Round {
        Seat[] seats;
        uint32[] newNodeIds;
        /// @dev Bit i: seat i changed occupant in this rotation.
        uint256 changed;
        /// @dev Bit i: seat i is empty (after the leaving were vacated), to be filled first.
        uint256 empty;
        /// @dev Bit i: seat i was replaced by rotation within the last 24 hours (not replaceable again yet).
        uint256 recent;
        /// @dev The first seat to replace: the longest-serving occupied seat not in `recent`, or `type(uint256).max`.
        uint256 oldest;
        uint256 recentSwaps;
        uint256 sequence;
        Scan scan;
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
            .withTurnoverCap(DEFAULT_ACTIVE_SET_SIZE * DEFAULT_MAX_DAILY_TURNOVER_BPS / BPS);
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
        _reportStake($.config.treasury, msg.sender, newStake);
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
        _reportStake($.config.treasury, msg.sender, newStake);

        if (c.registered && newStake < _minimumStake($.state)) {
            c.registered = false;
            emit CandidateLeft(msg.sender, c.nodeId, LeaveReason.Unstaked);
            (bool seated, uint256 index, Seat seat) = _findSeat($, msg.sender);
            if (seated) {
                // Leaves at the next rotation: the seat keeps serving this epoch.
                $.seats[index] = seat.withOccupant(msg.sender, 0);
                emit SeatVacated(index, msg.sender, false);
            }
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
        uint256 minimum = _minimumStake(state);
        if (c.stake < minimum) revert InsufficientStake(c.stake, minimum);

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

        uint256 index = state.queueLength();
        $.queue[index] = msg.sender;
        $.state = state.withQueueLength(index + 1);
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
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        RotationState state = $.state;
        uint256 epoch;
        uint256 next;
        {
            uint256 due = state.nextRotationAt();
            // forge-lint: disable-next-line(block-timestamp)
            if (block.timestamp < due) revert RotationNotDue(due);
            uint256 duration = state.epochDuration();
            // Missed epochs keep the previous set: jump to the epoch containing now. Cannot overflow: the fields are
            // at most 40 bits and `afterRotation` checks that the results fit theirs.
            unchecked {
                uint256 missed = (block.timestamp - due) / duration;
                epoch = state.currentEpoch() + 1 + missed;
                next = due + (missed + 1) * duration;
            }
        }

        Round memory round = _startRound($, state);
        // Empty seats first: they are not turnover.
        if (round.empty != 0) _fillEmptySeats($, round);
        // Then the longest-serving, within the turnover cap.
        _swapLongestServing($, round, state.turnoverCap(), _rotationLimit(state));
        $.state = state.afterRotation(epoch, next, round.scan.pointer, round.sequence);
        (uint256 members, uint256 size) = _commitRound($, round, epoch);
        // No `EpochStarted`: see its NatSpec.
        if (members < size) emit ActiveSetShort(epoch, members, size);
    }

    /* ============ Slashing and the Nodes hook ============ */

    /// @inheritdoc INodeSelectionManager
    function slash(address operator, uint256 bps) external onlyRole(SLASHER_ROLE) returns (uint256 amount) {
        if (bps == 0 || bps > BPS) revert InvalidSlashBps(bps);
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        Candidate storage c = $.candidates[operator];
        Unbonding storage u = $.unbondings[operator];
        uint256 fromStake = uint256(c.stake) * bps / BPS;
        uint256 fromUnbonding = uint256(u.amount) * bps / BPS;
        // Cannot underflow or truncate: each part is at most the uint96 it is taken from.
        // forge-lint: disable-next-line(unsafe-typecast)
        c.stake -= uint96(fromStake);
        // forge-lint: disable-next-line(unsafe-typecast)
        u.amount -= uint96(fromUnbonding);
        amount = fromStake + fromUnbonding;
        uint40 jailedUntil = SafeCast.toUint40(block.timestamp + $.config.jailPeriod);
        c.jailedUntil = jailedUntil;
        address treasury_ = $.config.treasury;
        address recipient = treasury_ == address(0) ? $.slashRecipient : treasury_;
        emit Slashed(operator, bps, amount, recipient, jailedUntil);

        if (c.registered) {
            c.registered = false;
            emit CandidateLeft(operator, c.nodeId, LeaveReason.Slashed);
        }
        _vacateAndRefill($, operator);
        if (fromStake != 0) _reportStake(treasury_, operator, c.stake);
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
        _vacateAndRefill($, operator);
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
        if (size < previous) _dropSeats($, state.currentEpoch(), size, previous);
        if (size > state.seatHighWater()) state = state.withSeatHighWater(size);
        $.state = state.withActiveSetSize(size).withTurnoverCap(size * $.maxDailyTurnoverBps / BPS);
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
        $.state = state.withTurnoverCap(state.activeSetSize() * bps / BPS);
    }

    /// @inheritdoc INodeSelectionManager
    function setMinimumStake(uint256 amount) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _requireWithin(amount, TOKEN, MAX_MINIMUM_STAKE_TOKENS * TOKEN);
        if (amount % TOKEN != 0) revert MinimumStakeNotWholeTokens(amount);
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        RotationState state = $.state;
        emit MinimumStakeUpdated(_minimumStake(state), amount);
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
        address treasury_ = $.config.treasury;
        if (treasury_ == address(0)) revert TreasuryNotSet();
        IXMTPTreasury(treasury_).checkpointStake(operator, $.candidates[operator].stake);
    }

    /* ============ Views ============ */

    /// @inheritdoc INodeSelectionManager
    function getActiveNodes() external view returns (address[] memory active) {
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        uint256 size = $.state.activeSetSize();
        active = new address[](size);
        uint256 members;
        for (uint256 i; i < size; ++i) {
            Seat seat = $.seats[i];
            if (!seat.isEmpty()) active[members++] = seat.operator();
        }
        assembly {
            mstore(active, members)
        }
    }

    /// @inheritdoc INodeSelectionManager
    function getActiveNodeIds() external view returns (uint32[] memory) {
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        (uint32[] memory nodeIds,) = _setAt($, $.state.currentEpoch());
        return nodeIds;
    }

    /// @inheritdoc INodeSelectionManager
    function activeNodeIdsAt(uint256 epoch) external view returns (uint32[] memory nodeIds) {
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        _requireReached($, epoch);
        (nodeIds,) = _setAt($, epoch);
    }

    /// @inheritdoc INodeSelectionManager
    function activeNodesAt(uint256 epoch) external view returns (address[] memory operators) {
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        _requireReached($, epoch);
        (, operators) = _setAt($, epoch);
    }

    /// @inheritdoc INodeSelectionManager
    function activeSetAt(uint256 epoch) external view returns (uint32[] memory nodeIds, address[] memory operators) {
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        _requireReached($, epoch);
        (nodeIds, operators) = _setAt($, epoch);
    }

    /// @inheritdoc INodeSelectionManager
    function isActiveAt(uint32 nodeId, uint256 epoch) external view returns (bool) {
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        _requireReached($, epoch);
        if (nodeId == 0) return false;
        uint256 seatCount = $.state.seatHighWater();
        for (uint256 i; i < seatCount; ++i) {
            (uint32 occupant,) = _occupantAt($, i, epoch);
            if (occupant == nodeId) return true;
        }
        return false;
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
        return (uint256($.candidates[operator].stake) + $.unbondings[operator].amount, $.config.jailPeriod);
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
    function recentSwaps() external view returns (uint256 count) {
        NodeSelectionManagerStorage storage $ = _getNodeSelectionManagerStorage();
        uint256 size = $.state.activeSetSize();
        for (uint256 i; i < size; ++i) {
            if ($.seats[i].swappedWithinDay(block.timestamp)) ++count;
        }
    }

    /// @inheritdoc INodeSelectionManager
    function minimumStake() external view returns (uint256) {
        return _minimumStake(_getNodeSelectionManagerStorage().state);
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
     * @dev Loads the seats, empties those whose operators left, counts the window's swaps and finds the longest-serving
     *      replaceable seat (the smallest join sequence among occupied seats not replaced in the last 24 hours).
     */
    function _startRound(NodeSelectionManagerStorage storage $, RotationState state)
        private
        view
        returns (Round memory round)
    {
        uint256 size = state.activeSetSize();
        Seat[] memory seats = new Seat[](size);
        round.seats = seats;
        round.newNodeIds = new uint32[](size);
        Seat[32] storage seatSlots = $.seats;
        uint256 base;
        assembly ("memory-safe") {
            base := seatSlots.slot
        }
        // Bits 0-31: `recent`; 32-63: `empty`; 64-95: `changed`; from 96: the number of recent swaps.
        uint256 masks;
        uint256 oldest = type(uint256).max;
        uint256 bloom;
        // `shl(i, 1)` is `1 << i`, a one-bit mask: the constant is the value shifted, as meant. Slither's
        // incorrect-shift flags every constant shifted by a variable, taking it for swapped operands.
        // slither-disable-start incorrect-shift
        assembly ("memory-safe") {
            let best := not(0)
            for { let i := 0 } lt(i, size) { i := add(i, 1) } {
                let seat := sload(add(base, i))
                let sequence := shr(224, shl(64, seat))
                // `lastSwapAt` (bits 192-223) within the last 24 hours, or zero in the first day of the chain.
                let swappedAt := shr(224, shl(32, seat))
                switch or(gt(add(swappedAt, 86400), timestamp()), iszero(mul(sequence, shr(96, shl(96, seat)))))
                case 0 {
                    // The common case: occupied, staying, not replaced in the last 24 hours.
                    bloom := or(bloom, shl(and(seat, 0xff), 1))
                    if lt(sequence, best) {
                        best := sequence
                        oldest := i
                    }
                }
                default {
                    let recent := 0
                    if gt(add(swappedAt, 86400), timestamp()) {
                        if swappedAt {
                            recent := 1
                            masks := add(or(masks, shl(i, 1)), shl(96, 1))
                        }
                    }
                    switch shr(96, shl(96, seat))
                    case 0 { masks := or(masks, shl(add(i, 32), 1)) }
                    default {
                        switch sequence
                        case 0 {
                            // Join sequence zero: its operator left; empty it (swap time and history kept).
                            seat := and(seat, not(0xffffffffffffffffffffffffffffffffffffffffffffffff))
                            masks := or(masks, or(shl(add(i, 32), 1), shl(add(i, 64), 1)))
                        }
                        default {
                            bloom := or(bloom, shl(and(seat, 0xff), 1))
                            if iszero(recent) {
                                if lt(sequence, best) {
                                    best := sequence
                                    oldest := i
                                }
                            }
                        }
                    }
                }
                mstore(add(seats, shl(5, add(i, 1))), seat)
            }
        }
        // slither-disable-end incorrect-shift
        round.recent = masks & MASK_32;
        round.empty = (masks >> 32) & MASK_32;
        round.changed = (masks >> 64) & MASK_32;
        round.recentSwaps = masks >> 96;
        round.oldest = oldest;
        round.scan.pointer = state.queuePointer();
        round.scan.length = state.queueLength();
        round.scan.minimumStake = _minimumStake(state);
        round.scan.seatedBloom = bloom;
        round.sequence = state.joinSequence();
    }

    function _fillEmptySeats(NodeSelectionManagerStorage storage $, Round memory round)
        private
        view
        returns (uint256 filled)
    {
        Seat[] memory seats = round.seats;
        uint256 empty = round.empty;
        for (uint256 i; i < seats.length; ++i) {
            if (empty & (uint256(1) << i) == 0) continue;
            (address operator, uint32 nodeId) = _nextCandidate($, round.scan, seats);
            if (operator == address(0)) break;
            seats[i] = seats[i].withOccupant(operator, ++round.sequence);
            round.newNodeIds[i] = nodeId;
            round.changed |= uint256(1) << i;
            round.scan.seatedBloom |= _bloomBit(operator);
            ++filled;
        }
    }

    /**
     * @dev How many seats one rotation may replace, before the window's count: the cap spread evenly over the epochs
     *      of a window, `floor(cap × epochDuration / 24 h)`, at least 1 when the cap is not zero (so with the defaults,
     *      a cap of 2 per day and 12-hour epochs, one swap per epoch rather than two every other epoch).
     */
    function _rotationLimit(RotationState state) private pure returns (uint256) {
        uint256 cap = state.turnoverCap();
        uint256 perRotation;
        // Cannot overflow: an 8-bit cap times a 24-bit duration.
        unchecked {
            perRotation = cap * state.epochDuration() / TURNOVER_WINDOW;
        }
        if (perRotation > cap) return cap;
        return perRotation == 0 && cap != 0 ? 1 : perRotation;
    }

    /// @dev Replaces up to `limit` longest-serving seats, never more than the window's cap allows.
    function _swapLongestServing(NodeSelectionManagerStorage storage $, Round memory round, uint256 cap, uint256 limit)
        private
        view
        returns (uint256 swaps)
    {
        Seat[] memory seats = round.seats;
        while (swaps < limit && round.recentSwaps + swaps < cap) {
            // The first is known from loading; later ones exclude the seats changed since.
            uint256 oldest = swaps == 0 ? round.oldest : _longestServing(seats, round.changed | round.recent);
            if (oldest == type(uint256).max) break;
            (address operator, uint32 nodeId) = _nextCandidate($, round.scan, seats);
            if (operator == address(0)) break;
            seats[oldest] = seats[oldest].replacedBy(operator, ++round.sequence, block.timestamp);
            round.newNodeIds[oldest] = nodeId;
            round.changed |= uint256(1) << oldest;
            round.scan.seatedBloom |= _bloomBit(operator);
            ++swaps;
        }
    }

    /**
     * @dev Writes the changed seats and their history and emits `NodesRotated` with the occupied seats' operators;
     *      returns their number and the number of seats.
     */
    function _commitRound(NodeSelectionManagerStorage storage $, Round memory round, uint256 epoch)
        private
        returns (uint256 members, uint256 size)
    {
        Seat[32] storage seatSlots = $.seats;
        mapping(uint256 => uint256)[32] storage history = $.history;
        uint256 seatSlot;
        uint256 historySlot;
        assembly ("memory-safe") {
            seatSlot := seatSlots.slot
            historySlot := history.slot
        }
        _writeChanges(seatSlot, historySlot, round.seats, round.newNodeIds, round.changed, epoch);
        size = round.seats.length;
        members = _emitRotated(round.seats);
    }

    /**
     * @dev For each seat in `changed`: appends checkpoint `(epoch, nodeId)` to its history (seat `i`'s words are the
     *      mapping at `historySlot + i`, checkpoint `k` at bits `64 × (k % 4)` of word `k / 4`) and writes the seat
     *      (at `seatSlot + i`) with its checkpoint count (bits 224-255) one higher. The count cannot overflow: a seat
     *      gets at most one checkpoint per epoch (`_recordNow` replaces within one) and epochs fit 32 bits.
     *      `epoch` must fit 32 bits (the rotation state checked it).
     */
    function _writeChanges(
        uint256 seatSlot,
        uint256 historySlot,
        Seat[] memory seats,
        uint32[] memory newNodeIds,
        uint256 changed,
        uint256 epoch
    ) private {
        // `shl(i, 1)` is `1 << i`, seat i's bit in `changed`: the constant is the value shifted, as meant.
        // slither-disable-start incorrect-shift
        assembly ("memory-safe") {
            for { let i := 0 } changed { i := add(i, 1) } {
                if and(changed, shl(i, 1)) {
                    changed := xor(changed, shl(i, 1))
                    let seat := mload(add(seats, shl(5, add(i, 1))))
                    let count := shr(224, seat)
                    mstore(0, shr(2, count))
                    mstore(0x20, add(historySlot, i))
                    let slot := keccak256(0, 0x40)
                    let shift := shl(6, and(count, 3))
                    let nodeId := and(mload(add(newNodeIds, shl(5, add(i, 1)))), 0xffffffff)
                    let checkpoint := shl(shift, or(epoch, shl(32, nodeId)))
                    // A new word is all zero: no need to read it.
                    switch shift
                    case 0 { sstore(slot, checkpoint) }
                    default { sstore(slot, or(sload(slot), checkpoint)) }
                    sstore(add(seatSlot, i), add(seat, shl(224, 1)))
                }
            }
        }
        // slither-disable-end incorrect-shift
    }

    /**
     * @dev Emits `NodesRotated(address[] newActiveNodes, uint256 timestamp)` with the occupied seats' operators in seat
     *      order, encoded in place (the array's offset, the timestamp, its length, the operators); returns their number.
     */
    function _emitRotated(Seat[] memory seats) private returns (uint256 members) {
        bytes32 topic = NodesRotated.selector;
        assembly ("memory-safe") {
            let out := mload(0x40)
            mstore(out, 0x40)
            mstore(add(out, 0x20), timestamp())
            let list := add(out, 0x60)
            let end := add(seats, shl(5, add(mload(seats), 1)))
            for { let p := add(seats, 0x20) } lt(p, end) { p := add(p, 0x20) } {
                let operator := and(mload(p), 0xffffffffffffffffffffffffffffffffffffffff)
                if operator {
                    mstore(add(list, shl(5, members)), operator)
                    members := add(members, 1)
                }
            }
            mstore(add(out, 0x40), members)
            log1(out, add(0x60, shl(5, members)), topic)
        }
    }

    /**
     * @dev The next eligible candidate from the scan's pointer on (registered at that entry, past its waiting period,
     *      staked enough, not seated), moving the pointer past every entry inspected; zero when `MAX_QUEUE_SCAN`
     *      entries, or the whole queue, were inspected without one.
     */
    function _nextCandidate(NodeSelectionManagerStorage storage $, Scan memory scan, Seat[] memory seats)
        private
        view
        returns (address, uint32)
    {
        mapping(uint256 => address) storage queue = $.queue;
        mapping(address => Candidate) storage candidates = $.candidates;
        while (scan.scanned < MAX_QUEUE_SCAN && scan.scanned < scan.length) {
            uint256 index = scan.pointer;
            scan.pointer = index + 1 == scan.length ? 0 : index + 1;
            ++scan.scanned;
            address operator;
            uint256 record;
            // The queue entry, then the operator's `Candidate` slot, each read once.
            assembly ("memory-safe") {
                mstore(0, index)
                mstore(0x20, queue.slot)
                operator := sload(keccak256(0, 0x40))
                mstore(0, operator)
                mstore(0x20, candidates.slot)
                record := sload(keccak256(0, 0x40))
            }
            // `Candidate`: stake bits 0-95, nodeId 96-127, eligibleAt 128-167, queueIndex 168-199, registered 240.
            if ((record >> 240) & 0xFF == 0 || (record >> 168) & MASK_32 != index) continue;
            // forge-lint: disable-next-line(block-timestamp)
            if ((record >> 128) & MASK_40 > block.timestamp) continue;
            if (record & MASK_96 < scan.minimumStake) continue;
            if (scan.seatedBloom & _bloomBit(operator) != 0 && _isSeated(seats, operator)) continue;
            // casting to 'uint32' is safe because it selects the record's 32-bit node id by design
            // forge-lint: disable-next-line(unsafe-typecast)
            return (operator, uint32(record >> 96));
        }
        return (address(0), 0);
    }

    /// @dev `operator`'s bit in a `Scan.seatedBloom`: its lowest 8 bits select one of 256.
    function _bloomBit(address operator) private pure returns (uint256) {
        return uint256(1) << (uint160(operator) & 0xFF);
    }

    function _isSeated(Seat[] memory seats, address operator) private pure returns (bool seated) {
        assembly ("memory-safe") {
            operator := and(operator, 0xffffffffffffffffffffffffffffffffffffffff)
            let data := add(seats, 0x20)
            let end := add(data, shl(5, mload(seats)))
            for { let p := data } lt(p, end) { p := add(p, 0x20) } {
                // An address against an address: equality is the test (incorrect-equality). Slither's taint reaches
                // it through the seat word's other fields, which hold timestamps.
                // slither-disable-next-line incorrect-equality
                if eq(and(mload(p), 0xffffffffffffffffffffffffffffffffffffffff), operator) {
                    seated := 1
                    break
                }
            }
        }
    }

    /**
     * @dev The occupied seat with the smallest join sequence among those not in `excluded` (changed in this rotation,
     *      or replaced by rotation in the last 24 hours: a seat is replaced at most once per window, which is what lets
     *      the seats' last swap times count the window's turnover exactly); `type(uint256).max` when none.
     */
    function _longestServing(Seat[] memory seats, uint256 excluded) private pure returns (uint256 oldest) {
        oldest = type(uint256).max;
        uint256 best = type(uint256).max;
        for (uint256 i; i < seats.length; ++i) {
            Seat seat = seats[i];
            if (seat.isEmpty() || excluded & (uint256(1) << i) != 0) continue;
            uint256 sequence = seat.joinSequence();
            if (sequence < best) {
                best = sequence;
                oldest = i;
            }
        }
    }

    /// @dev Seat `index`'s record with checkpoint `(epoch, nodeId)` appended to its history (written here).
    function _appendCheckpoint(
        NodeSelectionManagerStorage storage $,
        uint256 index,
        Seat seat,
        uint256 epoch,
        uint32 nodeId
    ) private returns (Seat) {
        uint256 count = seat.checkpointCount();
        mapping(uint256 => uint256) storage seatHistory = $.history[index];
        assembly ("memory-safe") {
            let shift := shl(6, and(count, 3))
            mstore(0, shr(2, count))
            mstore(0x20, seatHistory.slot)
            let slot := keccak256(0, 0x40)
            let checkpoint := shl(shift, or(epoch, shl(32, and(nodeId, 0xffffffff))))
            // A new word is all zero: no need to read it.
            switch shift
            case 0 { sstore(slot, checkpoint) }
            default { sstore(slot, or(sload(slot), checkpoint)) }
        }
        return seat.withCheckpointCount(count + 1);
    }

    /**
     * @dev Records seat `index`'s occupant `nodeId` from `epoch` on, outside a rotation: replaces the last checkpoint
     *      when it is already of `epoch` (the history keeps each epoch's last occupant), else appends.
     */
    function _recordNow(NodeSelectionManagerStorage storage $, uint256 index, Seat seat, uint256 epoch, uint32 nodeId)
        private
        returns (Seat)
    {
        uint256 count = seat.checkpointCount();
        if (count != 0) {
            uint256 last = count - 1;
            uint256 word = last / CHECKPOINTS_PER_SLOT;
            uint256 shift = (last % CHECKPOINTS_PER_SLOT) * 64;
            uint256 value = $.history[index][word];
            if ((value >> shift) & MASK_32 == epoch) {
                uint256 cleared = value & ~(uint256(type(uint64).max) << shift);
                $.history[index][word] = cleared | ((epoch | (uint256(nodeId) << 32)) << shift);
                return seat;
            }
        }
        return _appendCheckpoint($, index, seat, epoch, nodeId);
    }

    /// @dev Empties `operator`'s seat at once, if it has one, and refills it at once (not turnover).
    function _vacateAndRefill(NodeSelectionManagerStorage storage $, address operator) private {
        RotationState state = $.state;
        uint256 size = state.activeSetSize();
        Seat[] memory seats = new Seat[](size);
        uint256 index = type(uint256).max;
        for (uint256 i; i < size; ++i) {
            seats[i] = $.seats[i];
            if (seats[i].operator() == operator && !seats[i].isEmpty()) index = i;
        }
        if (index == type(uint256).max) return;
        emit SeatVacated(index, operator, true);
        seats[index] = seats[index].withOccupant(address(0), 0);

        Scan memory scan = Scan({
            pointer: state.queuePointer(),
            length: state.queueLength(),
            scanned: 0,
            minimumStake: _minimumStake(state),
            seatedBloom: type(uint256).max
        });
        (address next, uint32 nodeId) = _nextCandidate($, scan, seats);
        uint256 epoch = state.currentEpoch();
        uint256 sequence = state.joinSequence();
        if (next != address(0)) {
            seats[index] = seats[index].withOccupant(next, ++sequence);
            emit SeatFilled(index, next, nodeId);
        } else {
            emit ActiveSetShort(epoch, _members(seats), size);
        }
        $.seats[index] = _recordNow($, index, seats[index], epoch, nodeId);
        $.state = state.withQueuePointer(scan.pointer).withJoinSequence(sequence);
    }

    /**
     * @dev Empties seats `[size, previous)` after the set shrank. Their recent swap times move to the kept seats that
     *      hold the oldest ones, so that the turnover of the current window stays counted (conservatively: the kept
     *      seats then hold the most recent swap times of all).
     */
    function _dropSeats(NodeSelectionManagerStorage storage $, uint256 epoch, uint256 size, uint256 previous) private {
        Seat[] memory kept = new Seat[](size);
        for (uint256 i; i < size; ++i) {
            kept[i] = $.seats[i];
        }
        uint256 moved = 0;
        for (uint256 i = size; i < previous; ++i) {
            Seat seat = $.seats[i];
            uint256 swappedAt = seat.lastSwapAt();
            if (seat.swappedWithinDay(block.timestamp)) {
                uint256 target = 0;
                for (uint256 k = 1; k < size; ++k) {
                    if (kept[k].lastSwapAt() < kept[target].lastSwapAt()) target = k;
                }
                if (kept[target].lastSwapAt() < swappedAt) {
                    kept[target] = kept[target].withLastSwapAt(swappedAt);
                    moved |= uint256(1) << target;
                }
            }
            if (!seat.isEmpty()) {
                emit SeatVacated(i, seat.operator(), true);
                seat = _recordNow($, i, seat.withOccupant(address(0), 0), epoch, 0);
            }
            $.seats[i] = seat.withLastSwapAt(0);
        }
        for (uint256 i; i < size; ++i) {
            if (moved & (uint256(1) << i) != 0) $.seats[i] = kept[i];
        }
    }

    function _findSeat(NodeSelectionManagerStorage storage $, address operator)
        private
        view
        returns (bool, uint256, Seat)
    {
        uint256 size = $.state.activeSetSize();
        for (uint256 i; i < size; ++i) {
            Seat seat = $.seats[i];
            if (!seat.isEmpty() && seat.operator() == operator) return (true, i, seat);
        }
        return (false, 0, Seat.wrap(0));
    }

    function _members(Seat[] memory seats) private pure returns (uint256 members) {
        for (uint256 i; i < seats.length; ++i) {
            if (!seats[i].isEmpty()) ++members;
        }
    }

    /// @dev The node ids and operators of every seat at the end of `epoch`, empty seats left out, in seat order.
    function _setAt(NodeSelectionManagerStorage storage $, uint256 epoch)
        private
        view
        returns (uint32[] memory nodeIds, address[] memory operators)
    {
        uint256 seatCount = $.state.seatHighWater();
        nodeIds = new uint32[](seatCount);
        operators = new address[](seatCount);
        uint256 members;
        for (uint256 i; i < seatCount; ++i) {
            (uint32 nodeId, address operator) = _occupantAt($, i, epoch);
            if (nodeId != 0) {
                nodeIds[members] = nodeId;
                operators[members] = operator;
                ++members;
            }
        }
        assembly {
            mstore(nodeIds, members)
            mstore(operators, members)
        }
    }

    /**
     * @dev Seat `index`'s occupant at the end of `epoch` and its operator. Recent epochs (the seat has not changed
     *      since) read the seat and its latest checkpoint only, the seat giving the operator; older ones search the
     *      history and read the node's operator.
     */
    function _occupantAt(NodeSelectionManagerStorage storage $, uint256 index, uint256 epoch)
        private
        view
        returns (uint32 nodeId, address operator)
    {
        Seat seat = $.seats[index];
        uint256 count = seat.checkpointCount();
        if (count == 0) return (0, address(0));
        mapping(uint256 => uint256) storage seatHistory = $.history[index];
        uint256 last = count - 1;
        uint256 latest = seatHistory[last / CHECKPOINTS_PER_SLOT] >> ((last % CHECKPOINTS_PER_SLOT) * 64);
        if (latest & MASK_32 <= epoch) {
            // casting to 'uint32' is safe because it selects the checkpoint's 32-bit node id by design
            // forge-lint: disable-next-line(unsafe-typecast)
            nodeId = uint32(latest >> 32);
            return (nodeId, nodeId == 0 ? address(0) : seat.operator());
        }
        // First checkpoint whose epoch is after `epoch`, in [low, high): the latest one is, already.
        uint256 low = 0;
        uint256 high = last;
        while (low < high) {
            uint256 mid = (low + high) / 2;
            uint256 checkpoint = seatHistory[mid / CHECKPOINTS_PER_SLOT] >> ((mid % CHECKPOINTS_PER_SLOT) * 64);
            if (checkpoint & MASK_32 > epoch) high = mid;
            else low = mid + 1;
        }
        if (low == 0) return (0, address(0));
        uint256 found = low - 1;
        uint256 value = seatHistory[found / CHECKPOINTS_PER_SLOT] >> ((found % CHECKPOINTS_PER_SLOT) * 64);
        // casting to 'uint32' is safe because it selects the checkpoint's 32-bit node id by design
        // forge-lint: disable-next-line(unsafe-typecast)
        nodeId = uint32(value >> 32);
        if (nodeId != 0) operator = $.operatorOfNode[nodeId];
    }

    /// @dev Reports `operator`'s new stake to `treasury_`, when one is wired.
    function _reportStake(address treasury_, address operator, uint256 newStake) private {
        if (treasury_ != address(0)) IXMTPTreasury(treasury_).checkpointStake(operator, newStake);
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

    function _minimumStake(RotationState state) private pure returns (uint256) {
        // Cannot overflow: a 40-bit number of tokens.
        unchecked {
            return state.minimumStakeTokens() * TOKEN;
        }
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
