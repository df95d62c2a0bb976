// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IErrors} from "./IErrors.sol";

/**
 * @title  INodeSelectionManager
 * @notice Which nodes serve, epoch by epoch. Node operators (Node Operator NFT owners) stake XMTP and register as
 *         candidates; a queue of candidates feeds an active set of `activeSetSize` seats, rotated round-robin every
 *         `epochDuration`: each rotation replaces the longest-serving active nodes with the next eligible candidates in
 *         queue order, at most `floor(activeSetSize × maxDailyTurnoverBps / 10,000)` replacements in any 24-hour
 *         window. Empty seats (at bootstrap, after a slash, a disabled node or an unstake) are filled without counting
 *         as turnover. The set of every past epoch stays readable (`activeNodesAt`, `activeNodeIdsAt`).
 *
 * @dev    The first five members are the published proposal's interface, kept exactly; everything else extends it.
 *
 *         Eligibility of a candidate at a rotation: registered (not left through unstake, slash or a disabled node),
 *         past its `eligibleAt` (registration plus the `waitingPeriod` in force then), stake at least `minimumStake`
 *         (the current one) or, with a delegation contract wired, its own stake and its pool eligible by that
 *         contract's rule (`IDelegation.isEligible`: own stake at least `minimumSelfStakeBps` of the minimum and pool
 *         plus own stake at least the minimum), and not already seated. Eligibility is checked when it registers and
 *         whenever its own stake or its pool shrinks (an operator no longer eligible leaves the queue).
 *
 *         History: `activeNodesAt(epoch)` is the set as it stood at the end of that epoch (a seat emptied and refilled
 *         during the epoch shows its last occupant). Addresses are the operator seated with each node: for a seat's latest
 *         occupant, the operator in the seat; for earlier occupants, the operator that last registered the node (the
 *         same, unless the node changed hands and was registered again since).
 */
interface INodeSelectionManager is IErrors {
    /* ============ Proposal interface (kept exactly) ============ */

    /// @notice Emitted when an operator joins the candidate queue.
    event NodeRegistered(address indexed operator, uint256 timestamp);

    /// @notice Emitted by every rotation with the whole active set in force from the new epoch.
    event NodesRotated(address[] newActiveNodes, uint256 timestamp);

    /**
     * @notice Joins the candidate queue (at its end).
     * @dev    Requires an enabled Node Operator NFT, no other registration of that node, a stake of at least
     *         `minimumStake` (or, with delegation wired, an eligible pool: `InsufficientPool` otherwise), not being
     *         jailed and not being registered. Eligible `waitingPeriod` later. Emits `NodeRegistered`.
     */
    function register() external;

    /// @notice The operators of the current active set, in seat order (empty seats left out).
    function getActiveNodes() external view returns (address[] memory);

    /**
     * @notice Starts the epoch containing `block.timestamp` (one call catches up any number of missed epochs, which keep
     *         the previous set): vacates seats of operators that left, fills every empty seat, then replaces the
     *         longest-serving nodes with the next eligible candidates within the turnover cap.
     * @dev    Anyone, once `block.timestamp >= nextRotationAt()`, else `RotationNotDue`. Never reverts for lack of
     *         candidates: the set then runs short and `ActiveSetShort` says so. Scans at most `MAX_QUEUE_SCAN` queue
     *         entries. Emits `NodesRotated` (not `EpochStarted`: see there).
     */
    function rotateNodes() external;

    /* ============ Structs ============ */

    /// @notice What the manager keeps of an operator, in one slot.
    struct Candidate {
        /// @dev Staked XMTP, not unbonding.
        uint96 stake;
        /// @dev The node id bound at the last `register`.
        uint32 nodeId;
        /// @dev When it becomes eligible: its last registration plus the `waitingPeriod` of then.
        uint40 eligibleAt;
        /// @dev Its entry in the queue (entries at other indices holding its address are stale).
        uint32 queueIndex;
        /// @dev Until when `register` refuses it after a slash.
        uint40 jailedUntil;
        /// @dev Whether it is in the queue.
        bool registered;
    }

    /// @notice Stake on its way out.
    struct Unbonding {
        uint96 amount;
        uint40 releaseAt;
    }

    /* ============ Events ============ */

    /// @notice Emitted when `operator` adds `amount` to its stake.
    event Staked(address indexed operator, uint256 amount, uint256 newStake);

    /// @notice Emitted when `operator` starts unbonding `amount`, withdrawable from `releaseAt`.
    event UnstakeStarted(address indexed operator, uint256 amount, uint256 newStake, uint256 releaseAt);

    /// @notice Emitted when `operator` withdraws its unbonded stake.
    event UnbondedWithdrawn(address indexed operator, uint256 amount);

    /// @notice Emitted when an operator leaves the queue (`reason`: see `LeaveReason`).
    event CandidateLeft(address indexed operator, uint32 indexed nodeId, LeaveReason reason);

    /// @notice Emitted when a seat is emptied at once (slash or disabled node) or marked to empty at the next rotation.
    event SeatVacated(uint256 indexed seat, address indexed operator, bool immediately);

    /// @notice Emitted when an empty seat gets `operator` outside a rotation (after a slash or a disabled node).
    event SeatFilled(uint256 indexed seat, address indexed operator, uint32 nodeId);

    /**
     * @notice Not emitted: declared for ABI stability only. Rotations used to emit it next to `NodesRotated` (the new
     *         epoch, seats replaced and filled, the next rotation time); it cost about 2,000 gas of a rotation held to
     *         80,000. What it said is read instead: the epoch and the next rotation time from `currentEpoch()` and
     *         `nextRotationAt()` at the block of a `NodesRotated` log, replacements from consecutive `NodesRotated`
     *         sets and `recentSwaps()`.
     */
    event EpochStarted(uint256 indexed epoch, uint256 swaps, uint256 filled, uint256 nextRotationAt);

    /// @notice Emitted when the active set has fewer members than `activeSetSize` after a rotation or a refill.
    event ActiveSetShort(uint256 indexed epoch, uint256 size, uint256 activeSetSize);

    /// @notice Emitted when `operator` is slashed: `amount` XMTP went to `recipient`; jailed until `jailedUntil`.
    event Slashed(address indexed operator, uint256 bps, uint256 amount, address recipient, uint256 jailedUntil);

    /// @notice Emitted when governance changes the epoch duration (used from the next rotation on).
    event EpochDurationUpdated(uint256 previousEpochDuration, uint256 newEpochDuration);

    /// @notice Emitted when governance changes the report window (`reportWindow`).
    event ReportWindowUpdated(uint256 previousReportWindow, uint256 newReportWindow);

    /// @notice Emitted when governance changes the number of seats.
    event ActiveSetSizeUpdated(uint256 previousActiveSetSize, uint256 newActiveSetSize);

    /// @notice Emitted when governance changes the turnover cap.
    event MaxDailyTurnoverBpsUpdated(uint256 previousBps, uint256 newBps);

    /// @notice Emitted when governance changes the minimum stake.
    event MinimumStakeUpdated(uint256 previousMinimumStake, uint256 newMinimumStake);

    /// @notice Emitted when governance changes the waiting period.
    event WaitingPeriodUpdated(uint256 previousWaitingPeriod, uint256 newWaitingPeriod);

    /// @notice Emitted when governance changes the jail period.
    event JailPeriodUpdated(uint256 previousJailPeriod, uint256 newJailPeriod);

    /// @notice Emitted when governance changes the unbonding period.
    event UnbondingPeriodUpdated(uint256 previousUnbondingPeriod, uint256 newUnbondingPeriod);

    /// @notice Emitted when governance changes where slashed XMTP goes.
    event SlashRecipientUpdated(address previousRecipient, address newRecipient);

    /// @notice Emitted when governance wires the treasury (stake reports and slashed XMTP), or unwires it (zero).
    event TreasuryUpdated(address previousTreasury, address newTreasury);

    /// @notice Emitted when governance wires the delegation contract (pools, eligibility, staking rewards), or unwires it.
    event DelegationUpdated(address previousDelegation, address newDelegation);

    /* ============ Enums ============ */

    /// @notice Why an operator left the queue.
    enum LeaveReason {
        Unstaked,
        Slashed,
        NodeDisabled,
        /// @dev Undelegations or a redelegation left its pool short of the minimum (or its own stake short of its share).
        PoolBelowMinimum
    }

    /* ============ Errors ============ */

    /// @notice The next rotation is not due before `nextRotationAt`.
    error RotationNotDue(uint256 nextRotationAt);

    /// @notice An amount that must be positive is zero.
    error ZeroAmount();

    /// @notice `operator` holds no Node Operator NFT.
    error NotNodeOperator(address operator);

    /// @notice The operator's node is disabled.
    error NodeNotEnabled(uint32 nodeId);

    /// @notice Another operator (`operator`, the NFT's previous owner) is still registered with this node.
    error NodeAlreadyRegistered(uint32 nodeId, address operator);

    /// @notice The operator is already in the queue.
    error AlreadyRegistered(address operator);

    /// @notice The stake is below `minimumStake`.
    error InsufficientStake(uint256 stake, uint256 minimumStake);

    /// @notice The operator is jailed until `jailedUntil`.
    error Jailed(uint256 jailedUntil);

    /// @notice An unstake of `amount` exceeds the stake.
    error UnstakeExceedsStake(uint256 stake, uint256 amount);

    /// @notice Nothing is unbonding.
    error NothingUnbonding();

    /// @notice The unbonding stake is locked until `releaseAt`.
    error StillUnbonding(uint256 releaseAt);

    /// @notice Only the Nodes registry may call this.
    error NotNodes(address caller);

    /// @notice No treasury is wired (`treasury()` is zero).
    error TreasuryNotSet();

    /// @notice Only the delegation contract may call this.
    error NotDelegation(address caller);

    /// @notice The operator's own stake and its pool do not make it eligible (see `IDelegation.isEligible`).
    error InsufficientPool(uint256 ownStake, uint256 delegated, uint256 minimumStake);

    /// @notice A slash share is zero or above 10,000 bps.
    error InvalidSlashBps(uint256 bps);

    /// @notice `epoch` has not started yet (the current one is `currentEpoch`).
    error EpochNotReached(uint256 epoch, uint256 currentEpoch);

    /// @notice The minimum stake must be a whole number of XMTP (a multiple of 10^18).
    error MinimumStakeNotWholeTokens(uint256 amount);

    /// @notice A governance parameter is out of its bounds `[minimum, maximum]`.
    error ParameterOutOfBounds(uint256 value, uint256 minimum, uint256 maximum);

    /* ============ Staking ============ */

    /**
     * @notice Adds `amount` XMTP (pulled from the caller, who must have approved it) to the caller's stake.
     * @dev    Emits `Staked`. When a treasury is wired, reports the new stake to it (`checkpointStake`).
     */
    function stake(uint256 amount) external;

    /**
     * @notice Starts unbonding `amount` of the caller's stake, withdrawable `unbondingPeriod` later (a further unstake
     *         restarts the clock for the whole unbonding amount). Unbonding stake can still be slashed. When the stake
     *         left falls below `minimumStake`, the caller leaves the queue and, at the next rotation, its seat.
     * @dev    Emits `UnstakeStarted`, and `CandidateLeft` and `SeatVacated` when it leaves. When a treasury is wired,
     *         reports the new stake to it: unbonding stake earns no staking rewards.
     */
    function unstake(uint256 amount) external;

    /**
     * @notice Sends the caller its unbonded stake once `unbondingPeriod` has passed since its last unstake.
     * @dev    Emits `UnbondedWithdrawn`. Reports nothing to the treasury: the stake it knows (`stakeOf`, unbonding
     *         excluded) does not change.
     */
    function withdrawUnbonded() external;

    /* ============ Slashing and the Nodes hook ============ */

    /**
     * @notice Takes `bps` of the operator's stake and of its unbonding stake, removes the operator from the queue and
     *         from its seat at once (the seat is refilled at once, not as turnover) and jails it for `jailPeriod`. The
     *         XMTP taken goes to the treasury when one is wired (`depositSlashedXmtp`, through an allowance of exactly
     *         the amount, none left behind), else to `slashRecipient`.
     * @dev    Only `SLASHER_ROLE`. Emits `Slashed` (its `recipient` is the treasury or the slash recipient), and
     *         `CandidateLeft`, `SeatVacated`, `SeatFilled` as they happen. When a treasury is wired and the stake
     *         changed, reports the new stake to it. The treasury must have granted this contract its
     *         `STAKE_REPORTER_ROLE` and `SLASHER_ROLE`.
     * @return amount The XMTP taken.
     */
    function slash(address operator, uint256 bps) external returns (uint256 amount);

    /**
     * @notice Called by `Nodes.disableNode`: the node's operator leaves the queue and its seat at once (refilled at
     *         once, not as turnover). A node nobody registered is ignored.
     * @dev    Only the Nodes registry. Never reverts for an unknown or unregistered node.
     */
    function onNodeDisabled(uint32 nodeId) external;

    /* ============ Governance (DEFAULT_ADMIN_ROLE) ============ */

    /// @notice Sets the epoch duration, from the next rotation on (1 hour to 30 days).
    function setEpochDuration(uint256 duration) external;

    /// @notice Sets the number of seats (1 to `MAX_ACTIVE_SET_SIZE`). Seats above a smaller size are emptied at once.
    function setActiveSetSize(uint256 size) external;

    /**
     * @notice Sets how long after its end an epoch still takes usage and witness reports (`reportWindow`).
     * @dev    From 1 second to the epoch duration: the window of an epoch closes before the next one ends, so at most
     *         the current epoch and the one before it are open. `setEpochDuration` refuses a duration below it.
     */
    function setReportWindow(uint256 window) external;

    /// @notice Sets the turnover cap in bps of the active set per 24 hours (0 to 10,000).
    function setMaxDailyTurnoverBps(uint256 bps) external;

    /// @notice Sets the minimum stake: a whole number of XMTP, from 1 to 2^40 - 1 XMTP.
    function setMinimumStake(uint256 amount) external;

    /// @notice Sets the waiting period between registering and eligibility (at most 30 days), for later registrations.
    function setWaitingPeriod(uint256 period) external;

    /// @notice Sets how long a slashed operator may not register (at most 365 days).
    function setJailPeriod(uint256 period) external;

    /// @notice Sets the unbonding period of later unstakes (1 day to 90 days).
    function setUnbondingPeriod(uint256 period) external;

    /// @notice Sets where slashed XMTP goes while no treasury is wired (see `setTreasury`).
    function setSlashRecipient(address recipient) external;

    /**
     * @notice Wires the treasury, or unwires it with zero. While wired, every change of an operator's stake (`stake`,
     *         `unstake`, `slash`) is reported to it with `checkpointStake(operator, stakeOf(operator))`, so that
     *         stakers earn staking rewards pro rata to their stake over time, and slashed XMTP is deposited there
     *         (`depositSlashedXmtp`) rather than sent to `slashRecipient`.
     * @dev    Only `DEFAULT_ADMIN_ROLE`. Emits `TreasuryUpdated`. The treasury must grant this contract its
     *         `STAKE_REPORTER_ROLE` and `SLASHER_ROLE` first, or stakes, unstakes and slashes revert. Stakes that
     *         existed before the treasury was wired are unknown to it until their next change or `syncStake`.
     */
    function setTreasury(address newTreasury) external;

    /**
     * @notice Reports `operator`'s current stake (`stakeOf`) to the treasury: for stakes made before the treasury was
     *         wired (or while another one was). Reporting the true stake again changes nothing but the treasury's
     *         settlement time, so anyone may call it.
     * @dev    Reverts with `TreasuryNotSet` when no treasury is wired. The treasury emits `StakeCheckpointed`.
     */
    function syncStake(address operator) external;

    /**
     * @notice Wires the delegation contract: from then on, eligibility counts the operator's pool (see
     *         `IDelegation.isEligible`), stake changes are reported there (its staking rewards) instead of to the
     *         treasury, and a slash takes its share of the pool. Zero unwires it.
     * @dev    Only `DEFAULT_ADMIN_ROLE`. Emits `DelegationUpdated`. Own stakes made before are unknown to it until their
     *         next change or `syncStake`.
     */
    function setDelegation(address newDelegation) external;

    /**
     * @notice The delegation contract reports that `operator`'s pool shrank: an operator no longer eligible leaves the
     *         queue (`CandidateLeft` with `PoolBelowMinimum`) and its seat at the next rotation, as after an unstake.
     * @dev    Only the delegation contract (`NotDelegation`).
     */
    function onPoolShrunk(address operator) external;

    /// @notice The delegation contract (zero: not wired).
    function delegation() external view returns (address);

    /* ============ Views ============ */

    /// @notice The operator's stake (unbonding stake excluded).
    function stakeOf(address operator) external view returns (uint256);

    /// @notice The operator's record.
    function candidate(address operator) external view returns (Candidate memory);

    /// @notice The operator's unbonding stake and when it is released.
    function unbondingOf(address operator) external view returns (Unbonding memory);

    /// @notice What a slash of `operator` can take (its stake and unbonding stake), and the jail period a slash
    ///         imposes: what a slasher reads in one call before it slashes.
    function slashableStakeOf(address operator) external view returns (uint256 amount, uint256 jailPeriod);

    /// @notice The epoch whose set is in force.
    function currentEpoch() external view returns (uint256);

    /// @notice When the next rotation may happen.
    function nextRotationAt() external view returns (uint256);

    /// @notice The epoch duration in seconds (default 12 hours).
    function epochDuration() external view returns (uint256);

    /// @notice The number of seats (default 10).
    function activeSetSize() external view returns (uint256);

    /// @notice The turnover cap in bps of the active set per 24 hours (default 2,000).
    function maxDailyTurnoverBps() external view returns (uint256);

    /// @notice Seats rotation may replace in any 24-hour window: `floor(activeSetSize × maxDailyTurnoverBps / 10,000)`.
    function turnoverCap() external view returns (uint256);

    /// @notice Replacements by rotation in the 24 hours up to now (`(now - 24 h, now]`).
    function recentSwaps() external view returns (uint256);

    /// @notice The minimum stake to register and to stay eligible.
    function minimumStake() external view returns (uint256);

    /// @notice The delay between registering and eligibility (default 24 hours).
    function waitingPeriod() external view returns (uint256);

    /// @notice How long a slashed operator may not register.
    function jailPeriod() external view returns (uint256);

    /// @notice The unbonding period (default 7 days).
    function unbondingPeriod() external view returns (uint256);

    /// @notice Where slashed XMTP goes while no treasury is wired.
    function slashRecipient() external view returns (address);

    /// @notice The treasury stakes are reported to and slashed XMTP goes to (zero: not wired).
    function treasury() external view returns (address);

    /// @notice The Nodes registry.
    function nodes() external view returns (address);

    /// @notice The XMTP token staked.
    function xmtpToken() external view returns (address);

    /// @notice Queue entries ever appended (stale ones included) and the entry the next scan starts at.
    function queueInfo() external view returns (uint256 length, uint256 pointer);

    /// @notice The operator of queue entry `index` (possibly stale: see `Candidate.queueIndex`).
    function queueAt(uint256 index) external view returns (address);

    /// @notice The node ids of the current active set, in seat order (empty seats left out).
    function getActiveNodeIds() external view returns (uint32[] memory);

    /// @notice The operators active at the end of `epoch` (at most the current epoch).
    function activeNodesAt(uint256 epoch) external view returns (address[] memory);

    /// @notice The node ids active at the end of `epoch` (at most the current epoch).
    function activeNodeIdsAt(uint256 epoch) external view returns (uint32[] memory);

    /**
     * @notice The set active at the end of `epoch`, as `activeNodeIdsAt` and `activeNodesAt` give it, in one call: what
     *         a reward distributor pays an epoch against.
     * @dev    Reverts with `EpochNotReached` for an epoch after the current one.
     * @param  epoch     At most `currentEpoch()`.
     * @return nodeIds   The node ids, in seat order, empty seats left out.
     * @return operators The operator of each of those node ids (the one that last registered it), in the same order.
     */
    function activeSetAt(uint256 epoch) external view returns (uint32[] memory nodeIds, address[] memory operators);

    /**
     * @notice How long after its end an epoch still takes reports; default 6 hours. Usage reports (`IPayers`) and
     *         witness reports name an epoch from `oldestReportableEpoch()` to `currentEpoch()`, and the reward
     *         distributor pays an epoch only once its window has closed: a report that lands in time counts toward
     *         its epoch, and none lands after the epoch is paid.
     */
    function reportWindow() external view returns (uint256);

    /**
     * @notice How long `epoch` lasts. A `setEpochDuration` during epoch `c` applies from epoch `c + 1` (the current
     *         epoch keeps the end it was given), so every epoch has one duration, fixed by the time it starts.
     */
    function epochDurationAt(uint256 epoch) external view returns (uint256);

    /**
     * @notice When `epoch` ended, or ends: the current epoch at `nextRotationAt()` (or later, if the rotation is
     *         late), each earlier one its successors' durations before.
     * @dev    Reverts with `EpochNotReached` for an epoch after the current one.
     */
    function epochEndsAt(uint256 epoch) external view returns (uint256);

    /**
     * @notice When the report window of `epoch` closes: `epochEndsAt(epoch) + min(reportWindow(),
     *         epochDurationAt(epoch + 1))`, never later than the end of the epoch after it.
     * @dev    Reverts with `EpochNotReached` for an epoch after the current one.
     */
    function reportWindowClosesAt(uint256 epoch) external view returns (uint256);

    /**
     * @notice The oldest epoch that still takes reports: the one before the current epoch while its window is open,
     *         else the current epoch. Never decreases. Every epoch before it is closed for good, and distributable.
     */
    function oldestReportableEpoch() external view returns (uint256);

    /// @notice The operator that last registered `nodeId` (zero when none did): whose stake answers for it.
    function operatorOfNode(uint32 nodeId) external view returns (address);

    /// @notice Whether `nodeId` was active at the end of `epoch` (at most the current epoch).
    function isActiveAt(uint32 nodeId, uint256 epoch) external view returns (bool);
}
