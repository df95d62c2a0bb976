// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IErrors} from "./IErrors.sol";

/**
 * @title  IDelegation
 * @notice XMTP holders back the node operators they trust: they delegate XMTP to an operator's pool, share its staking
 *         rewards (net of the operator's commission) and its slashes, and leave through the same unbonding as an
 *         operator's own stake. Beside `NodeSelectionManager`, which holds the operators' own stakes and asks this
 *         contract whether a pool makes its operator eligible.
 *
 * @dev    Pools. A delegator holds shares of an operator's pool; a share is worth `pool tokens / pool shares` XMTP, so a
 *         slash (or any change to the pool's tokens) touches the pool's slots only, whatever the number of delegators.
 *         Undelegated XMTP moves into the pool's unbonding pool, also share-based, so unbonding amounts are slashed with
 *         the pool in O(1) too. Shares round against the caller: delegating mints down, undelegating burns up.
 *
 *         Eligibility (asked by the selection manager): own stake `>= minimumStake × minimumSelfStakeBps / 10,000` and
 *         own stake plus the pool's bonded tokens `>= minimumStake`.
 *
 *         Staking rewards (the treasury's staking bucket, in USDC) follow `IntervalRewards`: time is cut into
 *         `REWARD_INTERVAL`s; what arrives during an interval is credited when it ends to the stake that was staked
 *         through all of it. Stake added (own stake, a delegation, a redelegation's destination) earns from the next
 *         interval on; stake removed (unstaked, undelegated, slashed) stops earning at once. So stake made in the
 *         block of a distribution earns nothing of it. Each pool earns as two positions, the operator's own stake and
 *         the delegated tokens; of the delegated part's earnings the operator takes its commission and the delegators
 *         share the rest by shares, under the same interval rule. The treasury sends the USDC with each notice; this
 *         contract pays the claims.
 *
 *         Commission: set by the operator, at most `maxCommissionBps` (a lower governance maximum caps it at once). A
 *         decrease applies at once; an increase applies from the first pool sync one unbonding period after it was
 *         set, so delegators can leave before it applies to them (rewards up to that sync are split at the old rate).
 */
interface IDelegation is IErrors {
    /* ============ Structs ============ */

    /// @notice An operator's pool as a view.
    struct PoolView {
        /// @dev The operator's own stake as the selection manager last reported it.
        uint256 ownStake;
        /// @dev Delegated XMTP, bonded (not unbonding).
        uint256 delegatedTokens;
        uint256 delegatedShares;
        uint256 unbondingTokens;
        uint256 unbondingShares;
        /// @dev Delegations with shares in the pool.
        uint256 delegators;
        /// @dev The commission in force, in bps of the delegated part's staking rewards.
        uint256 commissionBps;
        /// @dev An increase waiting for `commissionEffectiveAt` (zero when none).
        uint256 pendingCommissionBps;
        uint256 commissionEffectiveAt;
    }

    /// @notice One delegation (a delegator's position in an operator's pool) as a view.
    struct DelegationView {
        uint256 shares;
        /// @dev What the shares are worth now, rounded down.
        uint256 tokens;
        uint256 unbondingShares;
        /// @dev What the unbonding shares are worth now, rounded down.
        uint256 unbondingTokens;
        uint256 releaseAt;
        /// @dev When this delegation last took part in a redelegation (zero when never).
        uint256 redelegatedAt;
        /// @dev Staking rewards settled and unclaimed as of the pool's last sync, in whole USDC units.
        uint256 rewards;
    }

    /* ============ Events ============ */

    /// @notice Emitted when `delegator` delegates `amount` XMTP to `operator`'s pool for `shares`.
    event Delegated(address indexed delegator, address indexed operator, uint256 amount, uint256 shares);

    /// @notice Emitted when `delegator` undelegates `amount` XMTP (`shares` burned) into `unbondingShares` of the
    ///         operator's unbonding pool, withdrawable from `releaseAt`.
    event Undelegated(
        address indexed delegator,
        address indexed operator,
        uint256 amount,
        uint256 shares,
        uint256 unbondingShares,
        uint256 releaseAt
    );

    /// @notice Emitted when `delegator` withdraws `amount` XMTP for `unbondingShares` of `operator`'s unbonding pool.
    event DelegationWithdrawn(
        address indexed delegator, address indexed operator, uint256 amount, uint256 unbondingShares
    );

    /// @notice Emitted when `delegator` moves `amount` XMTP from `from`'s pool (`sharesBurned`) to `to`'s
    ///         (`sharesMinted`) without unbonding.
    event Redelegated(
        address indexed delegator,
        address indexed from,
        address indexed to,
        uint256 amount,
        uint256 sharesBurned,
        uint256 sharesMinted
    );

    /// @notice Emitted when `operator`'s pool is slashed `bps`: `fromDelegated` of its bonded tokens and
    ///         `fromUnbonding` of its unbonding pool, sent to the selection manager with the operator's own slash.
    event PoolSlashed(address indexed operator, uint256 bps, uint256 fromDelegated, uint256 fromUnbonding);

    /// @notice Emitted when `operator` sets its commission: in force at once (`effectiveAt` now) when not higher,
    ///         else from the first pool sync at or after `effectiveAt`.
    event CommissionChangeScheduled(address indexed operator, uint256 previousBps, uint256 newBps, uint256 effectiveAt);

    /// @notice Emitted when a commission comes into force.
    event CommissionUpdated(address indexed operator, uint256 previousBps, uint256 newBps);

    /// @notice Emitted when the treasury hands over `amount` USDC of staking rewards during `interval`.
    event StakingRewardsNotified(uint256 amount, uint256 indexed interval);

    /// @notice Emitted when `account` claims `amount` USDC of staking rewards from `operator`'s pool.
    event StakingRewardsClaimed(address indexed account, address indexed operator, uint256 amount);

    /// @notice Emitted when the operator's own stake changes as reported by the selection manager.
    event OwnStakeUpdated(address indexed operator, uint256 previousStake, uint256 newStake);

    /// @notice Emitted when governance sets the most commission an operator may take.
    event MaxCommissionBpsUpdated(uint256 previousBps, uint256 newBps);

    /// @notice Emitted when governance sets the least own stake of an eligible operator, in bps of the minimum stake.
    event MinimumSelfStakeBpsUpdated(uint256 previousBps, uint256 newBps);

    /* ============ Errors ============ */

    /// @notice A zero amount.
    error ZeroAmount();

    /// @notice The caller is not the selection manager.
    error NotSelectionManager(address caller);

    /// @notice The caller is not the treasury.
    error NotTreasury(address caller);

    /// @notice An operator cannot delegate to its own pool: its own stake is staked in the selection manager.
    error SelfDelegation(address operator);

    /// @notice Delegations go to node operators only (holders of a Node Operator NFT): a pool behind no node would
    ///         earn staking rewards with no slashing risk.
    error NotNodeOperator(address operator);

    /// @notice The amount buys no share of the pool (rounds to zero).
    error ZeroShares(uint256 amount);

    /// @notice The pool's tokens were slashed to nothing while shares remain: its shares are worth nothing.
    error PoolWiped(address operator);

    /// @notice The delegation holds `shares` shares, fewer than `required` for the amount.
    error InsufficientShares(uint256 shares, uint256 required);

    /// @notice Nothing is unbonding in this delegation.
    error NothingUnbonding();

    /// @notice The unbonding is withdrawable from `releaseAt`.
    error StillUnbonding(uint256 releaseAt);

    /// @notice The delegation took part in a redelegation at `redelegatedAt`: the next one is possible from `allowedAt`.
    error RedelegationTooSoon(uint256 redelegatedAt, uint256 allowedAt);

    /// @notice A redelegation to the pool it comes from.
    error RedelegationToSamePool(address operator);

    /// @notice The commission exceeds the governance maximum.
    error CommissionTooHigh(uint256 bps, uint256 maxBps);

    /// @notice Nothing to claim (less than one USDC unit).
    error NothingToClaim();

    /// @notice A parameter outside its bounds.
    error ParameterOutOfBounds(uint256 value, uint256 minimum, uint256 maximum);

    /// @notice The slash share is zero or above 10,000 bps.
    error InvalidSlashBps(uint256 bps);

    /* ============ Delegators ============ */

    /**
     * @notice Delegates `amount` XMTP (pulled from the caller, who approved it) to `operator`'s pool.
     * @dev    Mints `amount × shares / tokens` shares, rounded down (`amount` shares into an empty pool). The stake earns
     *         staking rewards from the next interval. Reverts with `SelfDelegation`, `ZeroShares`, `PoolWiped`.
     *         Emits `Delegated`.
     * @return shares The shares minted.
     */
    function delegate(address operator, uint256 amount) external returns (uint256 shares);

    /**
     * @notice Undelegates `amount` XMTP from `operator`'s pool into its unbonding pool, withdrawable one unbonding
     *         period (the selection manager's) from now; a later undelegation from the same pool restarts the wait.
     * @dev    Burns `amount × shares / tokens` shares, rounded up. The amount stops earning at once and stays
     *         slashable until withdrawn. When the pool no longer makes its operator eligible, the operator leaves the
     *         queue. Reverts with `InsufficientShares`. Emits `Undelegated`.
     * @return shares The shares burned.
     */
    function undelegate(address operator, uint256 amount) external returns (uint256 shares);

    /**
     * @notice Pays out what the caller has unbonding in `operator`'s pool, once its wait is over.
     * @dev    Reverts with `NothingUnbonding`, `StillUnbonding`. Emits `DelegationWithdrawn`.
     */
    function withdrawUnbonded(address operator) external returns (uint256 amount);

    /**
     * @notice Moves `amount` XMTP of the caller's delegation from `from`'s pool to `to`'s without unbonding, at most
     *         once per unbonding period for each of the two delegations.
     * @dev    Burns rounded up in `from`, mints rounded down in `to`; the moved stake earns in `to` from the next
     *         interval. Reverts with `RedelegationToSamePool`, `RedelegationTooSoon`, `InsufficientShares`,
     *         `SelfDelegation`, `NotNodeOperator`. Emits `Redelegated`.
     */
    function redelegate(address from, address to, uint256 amount) external returns (uint256 sharesMinted);

    /**
     * @notice Pays the caller its staking rewards in `operator`'s pool (whole USDC units): as a delegator, and, when the
     *         caller is the operator, its own stake's rewards and its commission too.
     * @dev    Reverts with `NothingToClaim`. Emits `StakingRewardsClaimed`.
     */
    function claimStakingRewards(address operator) external returns (uint256 amount);

    /**
     * @notice What `claimStakingRewards(operator)` would pay `account` now. Not a view (it syncs the pool): call it
     *         with `eth_call`.
     */
    function claimableStakingRewards(address operator, address account) external returns (uint256 amount);

    /// @notice Brings `operator`'s pool up to date with the rewards credited so far. Anyone may call it.
    function syncPool(address operator) external;

    /* ============ Operators ============ */

    /**
     * @notice Sets the caller's commission on its delegators' staking rewards.
     * @dev    At most `maxCommissionBps`. Not higher than the one in force: applies at once. Higher: applies from the first
     *         sync one unbonding period later (a later call replaces a waiting increase). Emits
     *         `CommissionChangeScheduled`, and `CommissionUpdated` when it applies at once.
     */
    function setCommission(uint256 bps) external;

    /* ============ The suite's hooks ============ */

    /// @notice The selection manager reports `operator`'s own stake after every change. Selection manager only.
    function onOwnStakeChanged(address operator, uint256 newStake) external;

    /**
     * @notice Slashes `bps` of `operator`'s pool, bonded and unbonding, and sends the XMTP to the selection manager;
     *         `newOwnStake` is the operator's own stake after its own slash. Selection manager only.
     * @dev    Emits `PoolSlashed` and `OwnStakeUpdated`.
     * @return amount The XMTP taken from the pool.
     */
    function onSlashed(address operator, uint256 bps, uint256 newOwnStake) external returns (uint256 amount);

    /// @notice The treasury hands over `amount` USDC of staking rewards, sent to this contract just before. Treasury
    ///         only. Emits `StakingRewardsNotified`.
    function notifyStakingRewards(uint256 amount) external;

    /* ============ Governance ============ */

    /// @notice Sets the most commission an operator may take. Emits `MaxCommissionBpsUpdated`.
    function setMaxCommissionBps(uint256 bps) external;

    /// @notice Sets the least own stake of an eligible operator, in bps of the minimum stake. Emits
    ///         `MinimumSelfStakeBpsUpdated`.
    function setMinimumSelfStakeBps(uint256 bps) external;

    /* ============ Views ============ */

    /// @notice Whether an operator with `ownStake` and its pool reaches `minimumStake` (see the eligibility rule).
    function isEligible(address operator, uint256 ownStake, uint256 minimumStake) external view returns (bool);

    /// @notice `operator`'s delegated XMTP, bonded.
    function delegatedTo(address operator) external view returns (uint256);

    /// @notice What a slash of `operator` can take from its pool: bonded and unbonding delegated XMTP.
    function slashableOf(address operator) external view returns (uint256);

    /// @notice `operator`'s pool.
    function pool(address operator) external view returns (PoolView memory);

    /// @notice `delegator`'s delegation to `operator`.
    function delegation(address delegator, address operator) external view returns (DelegationView memory);

    /// @notice The operator's own and commission rewards settled and unclaimed as of its pool's last sync (whole USDC).
    function operatorRewards(address operator) external view returns (uint256);

    /// @notice The interval `timestamp` falls in.
    function intervalOf(uint256 timestamp) external pure returns (uint256);

    /// @notice The staking rewards handed over and not yet credited: arrived during the current interval (credited
    ///         when it ends) or while nothing was staked, in whole USDC units.
    function heldStakingRewards() external view returns (uint256);

    /// @notice All staking rewards the treasury handed over, and all claimed, in USDC units.
    function stakingRewardTotals() external view returns (uint256 notified, uint256 claimed);

    function maxCommissionBps() external view returns (uint256);

    function minimumSelfStakeBps() external view returns (uint256);

    function selectionManager() external view returns (address);

    /// @notice The Nodes registry (whose NFT holders may receive delegations), the selection manager's.
    function nodes() external view returns (address);

    function treasury() external view returns (address);

    function xmtpToken() external view returns (address);

    /// @notice The USDC token staking rewards are paid in (the treasury's).
    function usdc() external view returns (address);
}
