// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IErrors} from "./IErrors.sol";

/**
 * @title  IXMTPTreasury
 * @notice Where node rewards above the profit cap go, and the reserve that guarantees base pay. Each amount of USDC handed
 *         over by the reward distributor first credits the base-pay reserve with its governance share
 *         (`basePayReserveShareBps`, 0 by default), and the rest is split by governance shares (basis points summing to
 *         10,000) into three buckets:
 *         - buyback and burn: an executor swaps bucket USDC for XMTP through a governance-set swap adapter, and the
 *           treasury burns every XMTP unit the swap delivered in the same transaction;
 *         - staking rewards: claimable by XMTP stakers pro rata to their stake, with a reward-per-token accumulator
 *           and pull claims; stakes are reported by the node selection manager;
 *         - treasury: withdrawable by governance.
 *         The base-pay reserve is a fourth USDC balance, apart from the three buckets: anyone funds it (governance
 *         deposits this way), only the reward distributor draws from it (to pay base pay that an epoch's fees cannot
 *         cover), and nothing else moves it: no withdrawal, buyback or claim can spend reserve USDC.
 *         Slashed XMTP also lands here, accounted apart from everything else and withdrawable by governance.
 *
 * @dev    The proposal's interface (`ExcessRewardsHandled`, `handleExcessRewards`) is kept exactly and extended.
 *
 *         Accounting: `usdc.balanceOf(this) == buybackBalance() + treasuryBalance() + stakingRewardsBalance() +
 *         basePayReserve()` and `xmtp.balanceOf(this) == slashedXmtp()`, for tokens moved through this contract
 *         (USDC sent to it directly is in no balance and stays where it is).
 *
 *         Staking rewards are credited when they arrive, to the stakes in force at that moment: over many deposits a
 *         staker earns in proportion to its stake over time. Accumulator units are USDC units scaled by
 *         `REWARD_PRECISION` per XMTP unit staked. Nothing is lost to rounding: what does not divide evenly across the
 *         total stake is carried to the next deposit, each staker's sub-unit remainder stays credited to it until it
 *         adds up to a whole unit, and rewards arriving while nothing is staked are held until a deposit finds stake.
 */
interface IXMTPTreasury is IErrors {
    /* ============ Events ============ */

    /// @notice Emitted when the distributor hands over `amount` of USDC above the profit cap.
    event ExcessRewardsHandled(uint256 amount, uint256 timestamp);

    /// @notice Emitted with `ExcessRewardsHandled`: how the amount was split between the buckets.
    event ExcessRewardsSplit(
        address indexed distributor, uint256 buybackAmount, uint256 stakingRewardsAmount, uint256 treasuryAmount
    );

    /// @notice Emitted when staking rewards arrive: `amount` is credited to `totalStaked` (or held when it is zero).
    event StakingRewardsAdded(uint256 amount, uint256 totalStaked, uint256 rewardPerToken);

    /// @notice Emitted when the stake reporter records a staker's new stake (its rewards up to now are settled first).
    event StakeCheckpointed(address indexed staker, uint256 previousStake, uint256 newStake, uint256 totalStaked);

    /// @notice Emitted when a staker claims its staking rewards.
    event StakingRewardsClaimed(address indexed staker, uint256 amount);

    /// @notice Emitted when a buyback swapped `usdcSpent` of the buyback bucket for `xmtpBurned` XMTP, all burned.
    event BuybackExecuted(address indexed executor, address indexed swapAdapter, uint256 usdcSpent, uint256 xmtpBurned);

    /// @notice Emitted when governance withdraws from the treasury bucket.
    event TreasuryWithdrawn(address indexed to, uint256 amount);

    /// @notice Emitted when the slasher deposits XMTP slashed from `operator`.
    event SlashedXmtpDeposited(address indexed operator, address indexed slasher, uint256 amount);

    /// @notice Emitted when the rewarder pays `reporter` `amount` of slashed XMTP for reporting misbehavior.
    event ReporterRewarded(address indexed reporter, address indexed rewarder, uint256 amount);

    /// @notice Emitted when governance withdraws slashed XMTP.
    event SlashedXmtpWithdrawn(address indexed to, uint256 amount);

    /// @notice Emitted when governance changes the split.
    event SharesUpdated(
        uint16 previousBuybackBps,
        uint16 previousStakingRewardsBps,
        uint16 previousTreasuryBps,
        uint16 newBuybackBps,
        uint16 newStakingRewardsBps,
        uint16 newTreasuryBps
    );

    /// @notice Emitted when governance sets the swap adapter the buyback uses.
    event SwapAdapterUpdated(address previousSwapAdapter, address newSwapAdapter);

    /// @notice Emitted when `amount` of USDC is added to the base-pay reserve, by `fundBasePayReserve` (the funder is
    ///         the caller) or as the reserve's share of excess rewards (the funder is the distributor). `balance` is the
    ///         reserve after it.
    event BasePayReserveFunded(address indexed funder, uint256 amount, uint256 balance);

    /// @notice Emitted when the distributor draws `amount` of USDC from the base-pay reserve; `balance` is what is left.
    event BasePayReserveDrawn(address indexed distributor, uint256 amount, uint256 balance);

    /// @notice Emitted when governance changes the base-pay reserve's share of excess rewards.
    event BasePayReserveShareUpdated(uint16 previousBps, uint16 newBps);

    /// @notice Emitted when governance wires the staking-rewards pool (the delegation contract), or unwires it (zero).
    event StakingRewardsPoolUpdated(address previousPool, address newPool);

    /// @notice Emitted when `amount` of staking rewards (USDC) is sent to the pool, which pays its claims itself.
    event StakingRewardsForwarded(address indexed pool, uint256 amount);

    /* ============ Errors ============ */

    /// @notice A zero amount where one is needed.
    error ZeroAmount();

    /// @notice The USDC token must have 6 decimals.
    error InvalidUsdcDecimals(uint8 decimals);

    /// @notice The shares do not add up to 10,000 basis points.
    error InvalidShares(uint16 buybackBps, uint16 stakingRewardsBps, uint16 treasuryBps);

    /// @notice No swap adapter is set yet.
    error NoSwapAdapter();

    /// @notice A buyback must name a non-zero minimum output (slippage protection).
    error ZeroMinimumOutput();

    /// @notice A buyback asked for more than the buyback bucket holds.
    error InsufficientBuybackBalance(uint256 available, uint256 requested);

    /// @notice The swap delivered less XMTP than the buyback's minimum.
    error InsufficientXmtpReceived(uint256 received, uint256 minimum);

    /// @notice A withdrawal above the treasury bucket.
    error InsufficientTreasuryBalance(uint256 available, uint256 requested);

    /// @notice A withdrawal above the slashed XMTP held.
    error InsufficientSlashedXmtp(uint256 available, uint256 requested);

    /// @notice The caller has no whole unit of staking rewards to claim.
    error NothingToClaim();

    /// @notice The base-pay reserve's share of excess rewards is above 10,000 basis points.
    error InvalidBasePayReserveShare(uint16 bps, uint16 maximum);

    /* ============ Excess rewards ============ */

    /**
     * @notice Pulls `amount` of USDC from the caller (who approved it), credits the base-pay reserve with its share and
     *         splits the rest into the three buckets.
     * @dev    Only `DISTRIBUTOR_ROLE`. The reserve's share is `amount * basePayReserveShareBps / 10,000`, rounded
     *         down; of the rest, the buyback and staking shares are floor-divided and the treasury takes what remains,
     *         so the reserve's share and the three buckets always add up to `amount`, to the unit. Emits
     *         `ExcessRewardsHandled`, `ExcessRewardsSplit` (the three buckets' parts, after the reserve's share), and,
     *         when their amounts are non-zero, `BasePayReserveFunded` (funder: the caller) and `StakingRewardsAdded`.
     */
    function handleExcessRewards(uint256 amount) external;

    /* ============ Base-pay reserve ============ */

    /**
     * @notice Pulls `amount` of USDC from the caller (who approved it) into the base-pay reserve. Anyone may fund it;
     *         governance deposits this way. The USDC can then only leave through `drawBasePayReserve`.
     * @dev    Reverts with `ZeroAmount` when `amount` is zero. Emits `BasePayReserveFunded`.
     */
    function fundBasePayReserve(uint256 amount) external;

    /**
     * @notice Sends the caller `min(amount, basePayReserve())` of the base-pay reserve: what an epoch's fees could not
     *         cover of base pay, or of what nodes are owed.
     * @dev    Only `DISTRIBUTOR_ROLE`. Never reverts for want of funds: with an empty reserve, or a zero `amount`, it
     *         returns 0 and neither transfers nor emits. Otherwise emits `BasePayReserveDrawn`.
     * @param  amount What the distributor needs.
     * @return drawn  What it was sent: `amount`, or all the reserve held if that was less.
     */
    function drawBasePayReserve(uint256 amount) external returns (uint256 drawn);

    /* ============ Buyback and burn ============ */

    /**
     * @notice Swaps `usdcAmount` of the buyback bucket for XMTP through the swap adapter and burns all XMTP received.
     * @dev    Only `BUYBACK_EXECUTOR_ROLE`. The XMTP received is measured as this contract's balance change and must
     *         be at least `minXmtpOut`. USDC the adapter did not take returns to the bucket, and no allowance to the
     *         adapter is left behind. Emits `BuybackExecuted`.
     * @param  usdcAmount At most `buybackBalance()`.
     * @param  minXmtpOut The least XMTP the swap must deliver (non-zero).
     * @return burned     The XMTP received and burned.
     */
    function executeBuyback(uint256 usdcAmount, uint256 minXmtpOut) external returns (uint256 burned);

    /* ============ Staking rewards ============ */

    /**
     * @notice Records `staker`'s new stake, after settling the rewards its previous stake earned.
     * @dev    Only `STAKE_REPORTER_ROLE` (the node selection manager), on every stake change. Emits `StakeCheckpointed`.
     */
    function checkpointStake(address staker, uint256 newStake) external;

    /**
     * @notice Pays the caller its staking rewards (whole USDC units; a sub-unit remainder stays credited to it).
     * @dev    Reverts with `NothingToClaim` below one unit. Emits `StakingRewardsClaimed`.
     * @return amount The USDC paid.
     */
    function claimStakingRewards() external returns (uint256 amount);

    /* ============ Treasury and slashed XMTP ============ */

    /// @notice Sends `amount` of the treasury bucket to `to`. Only `DEFAULT_ADMIN_ROLE`. Emits `TreasuryWithdrawn`.
    function withdrawTreasury(address to, uint256 amount) external;

    /**
     * @notice Pulls `amount` of XMTP slashed from `operator` from the caller (who approved it).
     * @dev    Only `SLASHER_ROLE`. Emits `SlashedXmtpDeposited`.
     */
    function depositSlashedXmtp(address operator, uint256 amount) external;

    /**
     * @notice Pays `amount` of slashed XMTP to `reporter`, the reward for evidence that got a node slashed.
     * @dev    Only `REWARDER_ROLE` (the misbehavior reports contract). Emits `ReporterRewarded`.
     */
    function rewardReporter(address reporter, uint256 amount) external;

    /// @notice Sends `amount` of slashed XMTP to `to`. Only `DEFAULT_ADMIN_ROLE`. Emits `SlashedXmtpWithdrawn`.
    function withdrawSlashedXmtp(address to, uint256 amount) external;

    /* ============ Governance ============ */

    /**
     * @notice Sets the split of excess rewards, in basis points that must add up to 10,000.
     * @dev    Only `DEFAULT_ADMIN_ROLE`. Applies to later amounts only. Emits `SharesUpdated`.
     */
    function setShares(uint16 buybackBps, uint16 stakingRewardsBps, uint16 treasuryBps) external;

    /// @notice Sets the swap adapter buybacks go through. Only `DEFAULT_ADMIN_ROLE`. Emits `SwapAdapterUpdated`.
    function setSwapAdapter(address swapAdapter) external;

    /**
     * @notice Sets the share of each excess amount credited to the base-pay reserve before the three buckets split
     *         the rest, in basis points: 0 (the default: the reserve is funded only by deposits) to 10,000 (all excess
     *         goes to the reserve).
     * @dev    Only `DEFAULT_ADMIN_ROLE`. Applies to later amounts only. Emits `BasePayReserveShareUpdated`.
     */
    function setBasePayReserveShareBps(uint16 bps) external;

    /**
     * @notice Wires the staking-rewards pool (the delegation contract): from then on the staking share of each excess
     *         amount is sent to it (`notifyStakingRewards`) instead of credited here, and it pays its claims itself.
     *         Rewards credited here before stay claimable here. Zero unwires it.
     * @dev    Only `DEFAULT_ADMIN_ROLE`. Emits `StakingRewardsPoolUpdated`.
     */
    function setStakingRewardsPool(address pool) external;

    /* ============ Views ============ */

    /// @notice The USDC token.
    function usdc() external view returns (address);

    /// @notice The XMTP token.
    function xmtp() external view returns (address);

    /// @notice The swap adapter buybacks go through (zero until governance sets it).
    function swapAdapter() external view returns (address);

    /// @notice The buyback-and-burn share of each amount, in basis points.
    function buybackBps() external view returns (uint16);

    /// @notice The staking-rewards share of each amount, in basis points.
    function stakingRewardsBps() external view returns (uint16);

    /// @notice The treasury share of each amount, in basis points (it also takes the rounding remainder).
    function treasuryBps() external view returns (uint16);

    /// @notice USDC waiting to be swapped for XMTP and burned.
    function buybackBalance() external view returns (uint256);

    /// @notice USDC withdrawable by governance.
    function treasuryBalance() external view returns (uint256);

    /// @notice USDC held for stakers: credited and unclaimed, plus undistributed (see `undistributedStakingRewards`).
    function stakingRewardsBalance() external view returns (uint256);

    /// @notice Staking rewards not yet credited to any staker (arrived while nothing was staked, or rounding carry),
    ///         in whole USDC units, rounded down. They go to the stakers at the next deposit that finds stake.
    function undistributedStakingRewards() external view returns (uint256);

    /// @notice XMTP slashed and deposited here, not yet withdrawn.
    function slashedXmtp() external view returns (uint256);

    /// @notice The sum of all recorded stakes.
    function totalStaked() external view returns (uint256);

    /// @notice `staker`'s recorded stake.
    function stakedOf(address staker) external view returns (uint256);

    /// @notice What `staker` could claim now, in whole USDC units.
    function earnedStakingRewards(address staker) external view returns (uint256);

    /// @notice The reward-per-token accumulator (USDC units times `REWARD_PRECISION` per XMTP unit staked).
    function stakingRewardPerToken() external view returns (uint256);

    /// @notice USDC held to pay base pay that fees cannot cover; only the reward distributor draws it.
    function basePayReserve() external view returns (uint256);

    /// @notice The base-pay reserve's share of each excess amount, in basis points (taken before the three buckets').
    function basePayReserveShareBps() external view returns (uint16);

    /// @notice The staking-rewards pool (zero: staking rewards are credited here).
    function stakingRewardsPool() external view returns (address);
}
