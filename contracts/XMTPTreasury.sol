// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IDelegation} from "./interfaces/IDelegation.sol";
import {ISwapAdapter} from "./interfaces/ISwapAdapter.sol";
import {IXMTPTreasury} from "./interfaces/IXMTPTreasury.sol";
import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/**
 * @title  XMTPTreasury
 * @notice Excess node rewards split into buyback-and-burn, staking rewards and treasury buckets, the base-pay reserve,
 *         plus slashed XMTP (see `IXMTPTreasury`). Behind a UUPS proxy.
 */
contract XMTPTreasury is
    IXMTPTreasury,
    Initializable,
    AccessControlUpgradeable,
    UUPSUpgradeable,
    ReentrancyGuardTransient
{
    using SafeERC20 for IERC20;

    /* ============ Constants ============ */

    /// @notice The role of the reward distributor: the only caller of `handleExcessRewards` and `drawBasePayReserve`.
    bytes32 public constant DISTRIBUTOR_ROLE = keccak256("DISTRIBUTOR_ROLE");

    /// @notice The role of the node selection manager: reports stakes with `checkpointStake`.
    bytes32 public constant STAKE_REPORTER_ROLE = keccak256("STAKE_REPORTER_ROLE");

    /// @notice The role that may run buybacks.
    bytes32 public constant BUYBACK_EXECUTOR_ROLE = keccak256("BUYBACK_EXECUTOR_ROLE");

    /// @notice The role that deposits slashed XMTP.
    bytes32 public constant SLASHER_ROLE = keccak256("SLASHER_ROLE");

    /// @notice The role that pays reporters their share of slashed XMTP.
    bytes32 public constant REWARDER_ROLE = keccak256("REWARDER_ROLE");

    /// @notice The whole, in basis points.
    uint16 public constant BPS = 10_000;

    /// @notice The buyback-and-burn share set at initialization, in basis points. The split is a placeholder until
    ///         governance decides: the proposal names the three uses but no proportions, so buyback-and-burn gets a
    ///         slightly larger share and the other two the rest.
    uint16 public constant DEFAULT_BUYBACK_BPS = 4000;

    /// @notice The staking-rewards share set at initialization, in basis points (see `DEFAULT_BUYBACK_BPS`).
    uint16 public constant DEFAULT_STAKING_REWARDS_BPS = 3000;

    /// @notice The treasury share set at initialization, in basis points (see `DEFAULT_BUYBACK_BPS`).
    uint16 public constant DEFAULT_TREASURY_BPS = 3000;

    /// @notice The scale of the reward-per-token accumulator. USDC has 6 decimals and XMTP 18: at 1e36, one USDC unit
    ///         spread over 10^27 XMTP units (a billion tokens) still moves the accumulator by 10^9.
    uint256 public constant REWARD_PRECISION = 1e36;

    /* ============ Storage ============ */

    /// @dev A staker's position. `rewardsScaled` is settled reward in USDC units times `REWARD_PRECISION`: keeping the
    ///      fraction means a staker never loses the sub-unit part of what it earned.
    struct Staker {
        uint256 stake;
        uint256 rewardPerTokenPaid;
        uint256 rewardsScaled;
    }

    /// @custom:storage-location erc7201:xmtp.storage.XMTPTreasury
    struct XMTPTreasuryStorage {
        /// @dev One slot: everything `handleExcessRewards` reads to split an amount.
        address usdc;
        uint16 buybackBps;
        uint16 stakingRewardsBps;
        uint16 treasuryBps;
        address xmtp;
        address swapAdapter;
        uint256 buybackBalance;
        uint256 treasuryBalance;
        /// @dev USDC held for stakers: credited and unclaimed, plus `undistributedScaled / REWARD_PRECISION`.
        uint256 stakingRewardsBalance;
        uint256 slashedXmtp;
        uint256 totalStaked;
        uint256 rewardPerToken;
        /// @dev Staking rewards not credited to anyone yet, in USDC units times `REWARD_PRECISION`: what arrived while
        ///      nothing was staked, and the remainder of dividing each deposit by the total stake.
        uint256 undistributedScaled;
        mapping(address staker => Staker position) stakers;
        /// @dev One slot, appended (upgrades keep every field above where it was): `handleExcessRewards` reads the share
        ///      and credits the reserve with one cold slot access instead of two. 240 bits cannot overflow in practice:
        ///      the reserve never exceeds the USDC this contract holds, so it would take a USDC supply above 10^72
        ///      units; `SafeCast` makes that impossible case a revert rather than a wrap.
        uint240 basePayReserve;
        uint16 basePayReserveShareBps;
        /// @dev Appended: where staking rewards go when wired (the delegation contract), else credited here.
        address stakingRewardsPool;
    }

    // keccak256(abi.encode(uint256(keccak256("xmtp.storage.XMTPTreasury")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant XMTP_TREASURY_STORAGE = 0x6fc61a2d29d80775d89762d40ad74901dce42e268fb12a407cade481443df600;

    function _getXMTPTreasuryStorage() private pure returns (XMTPTreasuryStorage storage $) {
        assembly {
            $.slot := XMTP_TREASURY_STORAGE
        }
    }

    /* ============ Initialization ============ */

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /**
     * @notice Initializes the proxy: the admin, the tokens and the default split (40% buyback, 30% staking rewards,
     *         30% treasury). The admin grants the other roles once the contracts that hold them are deployed.
     * @param  admin Receives `DEFAULT_ADMIN_ROLE` (parameters, withdrawals, upgrades).
     * @param  usdc_ The USDC token (6 decimals).
     * @param  xmtp_ The XMTP token (burnable).
     */
    function initialize(address admin, address usdc_, address xmtp_) external initializer {
        if (admin == address(0) || usdc_ == address(0) || xmtp_ == address(0)) revert ZeroAddress();
        uint8 decimals = IERC20Metadata(usdc_).decimals();
        if (decimals != 6) revert InvalidUsdcDecimals(decimals);

        __AccessControl_init();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);

        XMTPTreasuryStorage storage $ = _getXMTPTreasuryStorage();
        $.usdc = usdc_;
        $.xmtp = xmtp_;
        _setShares(DEFAULT_BUYBACK_BPS, DEFAULT_STAKING_REWARDS_BPS, DEFAULT_TREASURY_BPS);
    }

    /* ============ Excess rewards ============ */

    /// @inheritdoc IXMTPTreasury
    function handleExcessRewards(uint256 amount) external onlyRole(DISTRIBUTOR_ROLE) nonReentrant {
        if (amount == 0) revert ZeroAmount();
        XMTPTreasuryStorage storage $ = _getXMTPTreasuryStorage();
        // The reserve's share first (rounded down); the three buckets split what is left, exactly as before it existed.
        uint256 reserveAmount = amount * $.basePayReserveShareBps / BPS;
        uint256 rest = amount - reserveAmount;
        uint256 buybackAmount = rest * $.buybackBps / BPS;
        uint256 stakingRewardsAmount = rest * $.stakingRewardsBps / BPS;
        // The treasury takes the rest: the floor-division remainders included, so no unit is lost.
        uint256 treasuryAmount = rest - buybackAmount - stakingRewardsAmount;

        uint256 reserve = 0;
        if (reserveAmount != 0) reserve = _creditBasePayReserve($, reserveAmount);
        $.buybackBalance += buybackAmount;
        $.treasuryBalance += treasuryAmount;
        address pool = $.stakingRewardsPool;
        if (stakingRewardsAmount != 0 && pool == address(0)) _addStakingRewards($, stakingRewardsAmount);

        IERC20 usdc_ = IERC20($.usdc);
        usdc_.safeTransferFrom(msg.sender, address(this), amount);
        // The pool pays its claims itself: the USDC goes with the notice, and a claim costs no call back here.
        if (stakingRewardsAmount != 0 && pool != address(0)) {
            usdc_.safeTransfer(pool, stakingRewardsAmount);
            emit StakingRewardsForwarded(pool, stakingRewardsAmount);
            IDelegation(pool).notifyStakingRewards(stakingRewardsAmount);
        }
        emit ExcessRewardsHandled(amount, block.timestamp);
        emit ExcessRewardsSplit(msg.sender, buybackAmount, stakingRewardsAmount, treasuryAmount);
        if (reserveAmount != 0) emit BasePayReserveFunded(msg.sender, reserveAmount, reserve);
    }

    /* ============ Base-pay reserve ============ */

    /// @inheritdoc IXMTPTreasury
    function fundBasePayReserve(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        XMTPTreasuryStorage storage $ = _getXMTPTreasuryStorage();
        uint256 reserve = _creditBasePayReserve($, amount);
        IERC20($.usdc).safeTransferFrom(msg.sender, address(this), amount);
        emit BasePayReserveFunded(msg.sender, amount, reserve);
    }

    /// @inheritdoc IXMTPTreasury
    function drawBasePayReserve(uint256 amount)
        external
        onlyRole(DISTRIBUTOR_ROLE)
        nonReentrant
        returns (uint256 drawn)
    {
        XMTPTreasuryStorage storage $ = _getXMTPTreasuryStorage();
        uint256 reserve = $.basePayReserve;
        drawn = amount < reserve ? amount : reserve;
        // Nothing to send: the distributor records the rest as owed, so an empty reserve must not stop distribution.
        if (drawn == 0) return 0;

        // Cannot underflow (drawn <= reserve), and the difference fits in 240 bits because the reserve did.
        // forge-lint: disable-next-line(unsafe-typecast)
        uint240 balance = uint240(reserve - drawn);
        $.basePayReserve = balance;
        IERC20($.usdc).safeTransfer(msg.sender, drawn);
        emit BasePayReserveDrawn(msg.sender, drawn, balance);
    }

    /* ============ Buyback and burn ============ */

    /// @inheritdoc IXMTPTreasury
    function executeBuyback(uint256 usdcAmount, uint256 minXmtpOut)
        external
        onlyRole(BUYBACK_EXECUTOR_ROLE)
        nonReentrant
        returns (uint256 burned)
    {
        if (usdcAmount == 0) revert ZeroAmount();
        if (minXmtpOut == 0) revert ZeroMinimumOutput();
        XMTPTreasuryStorage storage $ = _getXMTPTreasuryStorage();
        address adapter = $.swapAdapter;
        if (adapter == address(0)) revert NoSwapAdapter();
        uint256 available = $.buybackBalance;
        if (usdcAmount > available) revert InsufficientBuybackBalance(available, usdcAmount);

        $.buybackBalance = available - usdcAmount;

        IERC20 usdc_ = IERC20($.usdc);
        IERC20 xmtp_ = IERC20($.xmtp);
        uint256 usdcBefore = usdc_.balanceOf(address(this));
        uint256 xmtpBefore = xmtp_.balanceOf(address(this));
        usdc_.forceApprove(adapter, usdcAmount);
        // The adapter's returned amount is not trusted (unused-return): what the swap moved is measured below. The
        // balances read above are that measure's baseline on purpose (reentrancy-balance): every treasury function
        // that moves tokens is `nonReentrant`, so none runs during the swap; XMTP others send meanwhile is burned.
        // slither-disable-next-line unused-return,reentrancy-balance
        ISwapAdapter(adapter).swap(address(usdc_), address(xmtp_), usdcAmount, minXmtpOut, address(this));
        if (usdc_.allowance(address(this), adapter) != 0) usdc_.forceApprove(adapter, 0);

        // Measured, not taken from the adapter's word. The guard keeps anything else from moving these balances
        // during the swap, and the allowance caps what the adapter can take at `usdcAmount`.
        uint256 usdcSpent = usdcBefore - usdc_.balanceOf(address(this));
        burned = xmtp_.balanceOf(address(this)) - xmtpBefore;
        if (burned < minXmtpOut) revert InsufficientXmtpReceived(burned, minXmtpOut);
        // What the adapter did not take goes back to the bucket.
        if (usdcSpent < usdcAmount) $.buybackBalance += usdcAmount - usdcSpent;

        ERC20Burnable(address(xmtp_)).burn(burned);
        emit BuybackExecuted(msg.sender, adapter, usdcSpent, burned);
    }

    /* ============ Staking rewards ============ */

    /// @inheritdoc IXMTPTreasury
    function checkpointStake(address staker, uint256 newStake) external onlyRole(STAKE_REPORTER_ROLE) {
        if (staker == address(0)) revert ZeroAddress();
        XMTPTreasuryStorage storage $ = _getXMTPTreasuryStorage();
        Staker storage position = _settle($, staker);
        uint256 previousStake = position.stake;
        position.stake = newStake;
        uint256 total = $.totalStaked - previousStake + newStake;
        $.totalStaked = total;
        emit StakeCheckpointed(staker, previousStake, newStake, total);
    }

    /// @inheritdoc IXMTPTreasury
    function claimStakingRewards() external nonReentrant returns (uint256 amount) {
        XMTPTreasuryStorage storage $ = _getXMTPTreasuryStorage();
        Staker storage position = _settle($, msg.sender);
        uint256 rewardsScaled = position.rewardsScaled;
        amount = rewardsScaled / REWARD_PRECISION;
        if (amount == 0) revert NothingToClaim();

        position.rewardsScaled = rewardsScaled % REWARD_PRECISION;
        $.stakingRewardsBalance -= amount;
        IERC20($.usdc).safeTransfer(msg.sender, amount);
        emit StakingRewardsClaimed(msg.sender, amount);
    }

    /* ============ Treasury and slashed XMTP ============ */

    /// @inheritdoc IXMTPTreasury
    function withdrawTreasury(address to, uint256 amount) external onlyRole(DEFAULT_ADMIN_ROLE) nonReentrant {
        if (to == address(0)) revert ZeroAddress();
        if (amount == 0) revert ZeroAmount();
        XMTPTreasuryStorage storage $ = _getXMTPTreasuryStorage();
        uint256 available = $.treasuryBalance;
        if (amount > available) revert InsufficientTreasuryBalance(available, amount);

        $.treasuryBalance = available - amount;
        IERC20($.usdc).safeTransfer(to, amount);
        emit TreasuryWithdrawn(to, amount);
    }

    /// @inheritdoc IXMTPTreasury
    function depositSlashedXmtp(address operator, uint256 amount) external onlyRole(SLASHER_ROLE) nonReentrant {
        if (operator == address(0)) revert ZeroAddress();
        if (amount == 0) revert ZeroAmount();
        XMTPTreasuryStorage storage $ = _getXMTPTreasuryStorage();

        $.slashedXmtp += amount;
        IERC20($.xmtp).safeTransferFrom(msg.sender, address(this), amount);
        emit SlashedXmtpDeposited(operator, msg.sender, amount);
    }

    /// @inheritdoc IXMTPTreasury
    function rewardReporter(address reporter, uint256 amount) external onlyRole(REWARDER_ROLE) nonReentrant {
        if (reporter == address(0)) revert ZeroAddress();
        if (amount == 0) revert ZeroAmount();
        XMTPTreasuryStorage storage $ = _getXMTPTreasuryStorage();
        uint256 available = $.slashedXmtp;
        if (amount > available) revert InsufficientSlashedXmtp(available, amount);
        $.slashedXmtp = available - amount;
        IERC20($.xmtp).safeTransfer(reporter, amount);
        emit ReporterRewarded(reporter, msg.sender, amount);
    }

    /// @inheritdoc IXMTPTreasury
    function withdrawSlashedXmtp(address to, uint256 amount) external onlyRole(DEFAULT_ADMIN_ROLE) nonReentrant {
        if (to == address(0)) revert ZeroAddress();
        if (amount == 0) revert ZeroAmount();
        XMTPTreasuryStorage storage $ = _getXMTPTreasuryStorage();
        uint256 available = $.slashedXmtp;
        if (amount > available) revert InsufficientSlashedXmtp(available, amount);

        $.slashedXmtp = available - amount;
        IERC20($.xmtp).safeTransfer(to, amount);
        emit SlashedXmtpWithdrawn(to, amount);
    }

    /* ============ Governance ============ */

    /// @inheritdoc IXMTPTreasury
    function setShares(uint16 buybackBps_, uint16 stakingRewardsBps_, uint16 treasuryBps_)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        _setShares(buybackBps_, stakingRewardsBps_, treasuryBps_);
    }

    /// @inheritdoc IXMTPTreasury
    function setSwapAdapter(address swapAdapter_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (swapAdapter_ == address(0)) revert ZeroAddress();
        XMTPTreasuryStorage storage $ = _getXMTPTreasuryStorage();
        address previous = $.swapAdapter;
        $.swapAdapter = swapAdapter_;
        emit SwapAdapterUpdated(previous, swapAdapter_);
    }

    /// @inheritdoc IXMTPTreasury
    function setStakingRewardsPool(address pool) external onlyRole(DEFAULT_ADMIN_ROLE) {
        XMTPTreasuryStorage storage $ = _getXMTPTreasuryStorage();
        emit StakingRewardsPoolUpdated($.stakingRewardsPool, pool);
        $.stakingRewardsPool = pool;
    }

    /// @inheritdoc IXMTPTreasury
    function setBasePayReserveShareBps(uint16 bps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (bps > BPS) revert InvalidBasePayReserveShare(bps, BPS);
        XMTPTreasuryStorage storage $ = _getXMTPTreasuryStorage();
        uint16 previous = $.basePayReserveShareBps;
        $.basePayReserveShareBps = bps;
        emit BasePayReserveShareUpdated(previous, bps);
    }

    /* ============ Views ============ */

    /// @inheritdoc IXMTPTreasury
    function usdc() external view returns (address) {
        return _getXMTPTreasuryStorage().usdc;
    }

    /// @inheritdoc IXMTPTreasury
    function xmtp() external view returns (address) {
        return _getXMTPTreasuryStorage().xmtp;
    }

    /// @inheritdoc IXMTPTreasury
    function swapAdapter() external view returns (address) {
        return _getXMTPTreasuryStorage().swapAdapter;
    }

    /// @inheritdoc IXMTPTreasury
    function buybackBps() external view returns (uint16) {
        return _getXMTPTreasuryStorage().buybackBps;
    }

    /// @inheritdoc IXMTPTreasury
    function stakingRewardsBps() external view returns (uint16) {
        return _getXMTPTreasuryStorage().stakingRewardsBps;
    }

    /// @inheritdoc IXMTPTreasury
    function treasuryBps() external view returns (uint16) {
        return _getXMTPTreasuryStorage().treasuryBps;
    }

    /// @inheritdoc IXMTPTreasury
    function buybackBalance() external view returns (uint256) {
        return _getXMTPTreasuryStorage().buybackBalance;
    }

    /// @inheritdoc IXMTPTreasury
    function treasuryBalance() external view returns (uint256) {
        return _getXMTPTreasuryStorage().treasuryBalance;
    }

    /// @inheritdoc IXMTPTreasury
    function stakingRewardsBalance() external view returns (uint256) {
        return _getXMTPTreasuryStorage().stakingRewardsBalance;
    }

    /// @inheritdoc IXMTPTreasury
    function undistributedStakingRewards() external view returns (uint256) {
        return _getXMTPTreasuryStorage().undistributedScaled / REWARD_PRECISION;
    }

    /// @inheritdoc IXMTPTreasury
    function slashedXmtp() external view returns (uint256) {
        return _getXMTPTreasuryStorage().slashedXmtp;
    }

    /// @inheritdoc IXMTPTreasury
    function totalStaked() external view returns (uint256) {
        return _getXMTPTreasuryStorage().totalStaked;
    }

    /// @inheritdoc IXMTPTreasury
    function stakedOf(address staker) external view returns (uint256) {
        return _getXMTPTreasuryStorage().stakers[staker].stake;
    }

    /// @inheritdoc IXMTPTreasury
    function earnedStakingRewards(address staker) external view returns (uint256) {
        XMTPTreasuryStorage storage $ = _getXMTPTreasuryStorage();
        Staker storage position = $.stakers[staker];
        uint256 pending = position.stake * ($.rewardPerToken - position.rewardPerTokenPaid);
        return (position.rewardsScaled + pending) / REWARD_PRECISION;
    }

    /// @inheritdoc IXMTPTreasury
    function stakingRewardPerToken() external view returns (uint256) {
        return _getXMTPTreasuryStorage().rewardPerToken;
    }

    /// @inheritdoc IXMTPTreasury
    function basePayReserve() external view returns (uint256) {
        return _getXMTPTreasuryStorage().basePayReserve;
    }

    /// @inheritdoc IXMTPTreasury
    function basePayReserveShareBps() external view returns (uint16) {
        return _getXMTPTreasuryStorage().basePayReserveShareBps;
    }

    /// @inheritdoc IXMTPTreasury
    function stakingRewardsPool() external view returns (address) {
        return _getXMTPTreasuryStorage().stakingRewardsPool;
    }

    /* ============ Internals ============ */

    /**
     * @dev Credits `amount` of staking rewards, with what was left undistributed, to the stakes in force. The part that
     *      does not divide evenly by the total stake stays undistributed for the next deposit, so that
     *      `stakingRewardsBalance * REWARD_PRECISION` always equals every staker's settled and pending rewards (scaled)
     *      plus `undistributedScaled`, exactly.
     */
    function _addStakingRewards(XMTPTreasuryStorage storage $, uint256 amount) internal {
        $.stakingRewardsBalance += amount;
        uint256 total = $.totalStaked;
        uint256 pending = $.undistributedScaled + amount * REWARD_PRECISION;
        uint256 rewardPerToken = $.rewardPerToken;
        if (total == 0) {
            $.undistributedScaled = pending;
        } else {
            rewardPerToken += pending / total;
            $.rewardPerToken = rewardPerToken;
            $.undistributedScaled = pending % total;
        }
        emit StakingRewardsAdded(amount, total, rewardPerToken);
    }

    /// @dev Adds `amount` to the base-pay reserve and returns the new balance.
    function _creditBasePayReserve(XMTPTreasuryStorage storage $, uint256 amount) internal returns (uint256 reserve) {
        reserve = $.basePayReserve + amount;
        $.basePayReserve = SafeCast.toUint240(reserve);
    }

    /// @dev Moves what `staker`'s stake earned since its last settlement into its settled rewards.
    function _settle(XMTPTreasuryStorage storage $, address staker) internal returns (Staker storage position) {
        position = $.stakers[staker];
        uint256 rewardPerToken = $.rewardPerToken;
        uint256 paid = position.rewardPerTokenPaid;
        if (rewardPerToken != paid) {
            position.rewardsScaled += position.stake * (rewardPerToken - paid);
            position.rewardPerTokenPaid = rewardPerToken;
        }
    }

    function _setShares(uint16 buybackBps_, uint16 stakingRewardsBps_, uint16 treasuryBps_) internal {
        if (uint256(buybackBps_) + stakingRewardsBps_ + treasuryBps_ != BPS) {
            revert InvalidShares(buybackBps_, stakingRewardsBps_, treasuryBps_);
        }
        XMTPTreasuryStorage storage $ = _getXMTPTreasuryStorage();
        emit SharesUpdated(
            $.buybackBps, $.stakingRewardsBps, $.treasuryBps, buybackBps_, stakingRewardsBps_, treasuryBps_
        );
        $.buybackBps = buybackBps_;
        $.stakingRewardsBps = stakingRewardsBps_;
        $.treasuryBps = treasuryBps_;
    }

    /// @dev Upgrades are the admin's alone (the governance multisig).
    function _authorizeUpgrade(address) internal override onlyRole(DEFAULT_ADMIN_ROLE) {}
}
