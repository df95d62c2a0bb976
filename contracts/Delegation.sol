// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IDelegation} from "./interfaces/IDelegation.sol";
import {INodeSelectionManager} from "./interfaces/INodeSelectionManager.sol";
import {INodes} from "./interfaces/INodes.sol";
import {IXMTPTreasury} from "./interfaces/IXMTPTreasury.sol";
import {IntervalRewards} from "./libraries/IntervalRewards.sol";
import {PoolShares} from "./libraries/PoolShares.sol";
import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/**
 * @title  Delegation
 * @notice Delegated staking: pools of delegated XMTP behind node operators, their commission, their share of slashes,
 *         and the staking rewards of operators and delegators (see `IDelegation`). Behind a UUPS proxy.
 * @dev    The share arithmetic is `PoolShares`, the reward rule `IntervalRewards`; this contract keeps the pools, the
 *         transfers, the hooks and governance. Every function touches a fixed number of slots: nothing loops over
 *         delegators.
 */
contract Delegation is IDelegation, Initializable, AccessControlUpgradeable, UUPSUpgradeable {
    using SafeERC20 for IERC20;
    using IntervalRewards for IntervalRewards.Pot;

    /* ============ Constants ============ */

    /// @notice The length of a staking-rewards interval: stake earns from the start of the interval after it came.
    uint256 public constant REWARD_INTERVAL = 7 days;

    /// @notice The governance maximum commission at initialization.
    uint16 public constant DEFAULT_MAX_COMMISSION_BPS = 2000;

    /// @notice The least own stake at initialization, in bps of the minimum stake (10%).
    uint16 public constant DEFAULT_MINIMUM_SELF_STAKE_BPS = 1000;

    /// @notice The highest commission maximum governance may set.
    uint256 public constant MAX_COMMISSION_CAP_BPS = 5000;

    /// @notice The least `minimumSelfStakeBps` governance may set: an operator always has its own stake at risk.
    uint256 public constant MIN_SELF_STAKE_FLOOR_BPS = 100;

    uint256 private constant BPS = 10_000;

    /* ============ Storage ============ */

    /// @dev The commission of a pool, in one slot. `pendingBps` applies from `effectiveAt` (zero: none waiting).
    struct Commission {
        uint16 bps;
        uint16 pendingBps;
        uint40 effectiveAt;
        /// @dev Delegations with shares in the pool (a view for operators and the keeper).
        uint32 delegators;
        /// @dev Whether the operator was found to hold a node when the pool took its first delegation: later ones
        ///      skip asking the registry again (a warm bit instead of three cold accounts and a slot).
        bool open;
    }

    /// @dev An operator's pool. The bonded delegated tokens are `delegated`'s weight and the shares `members`' weight,
    ///      so neither is stored twice. `own` is the operator's own stake as reported; its rewards and the commission
    ///      accumulate in `own.owed`.
    struct Pool {
        IntervalRewards.Position own;
        IntervalRewards.Position delegated;
        IntervalRewards.Pot members;
        Commission commission;
        uint96 unbondingTokens;
        uint128 unbondingShares;
        /// @dev Bumped when a 100% slash leaves the unbonding pool no tokens: shares of an older generation are void.
        uint32 unbondingGeneration;
    }

    /// @dev A delegator's unbonding in one pool, and when the delegation last took part in a redelegation.
    struct Unbonding {
        uint128 shares;
        uint40 releaseAt;
        uint40 redelegatedAt;
        /// @dev The pool's `unbondingGeneration` the shares belong to.
        uint32 generation;
    }

    /// @custom:storage-location erc7201:xmtp.storage.Delegation
    struct DelegationStorage {
        address selectionManager;
        uint16 maxCommissionBps;
        uint16 minimumSelfStakeBps;
        address treasury;
        address xmtpToken;
        /// @dev The pools' weights (own and delegated tokens) against the treasury's staking rewards.
        /// @dev One slot each: what a claim reads and writes, and what a notice writes (USDC units; a uint96 holds
        ///      7.9 × 10^22 USDC).
        address usdc;
        uint96 claimed;
        address nodes;
        uint96 notified;
        IntervalRewards.Pot stakers;
        mapping(address operator => Pool) pools;
        mapping(address delegator => mapping(address operator => IntervalRewards.Position)) members;
        mapping(address delegator => mapping(address operator => Unbonding)) unbondings;
    }

    // keccak256(abi.encode(uint256(keccak256("xmtp.storage.Delegation")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant DELEGATION_STORAGE = 0x2dbbb2714d3cf64f0730e456b2aecd84fe813188e5d943bcfa2650a3f34be300;

    function _getDelegationStorage() private pure returns (DelegationStorage storage $) {
        assembly {
            $.slot := DELEGATION_STORAGE
        }
    }

    /* ============ Initialization ============ */

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /**
     * @notice Initializes the proxy: roles, the selection manager, treasury and token, the defaults.
     * @param  admin              Receives `DEFAULT_ADMIN_ROLE` (parameters, roles, upgrades).
     * @param  selectionManager_  The node selection manager (own stakes, eligibility, slashes).
     * @param  treasury_          The treasury (staking rewards); governance wires it to this contract.
     * @param  xmtpToken_         The XMTP token delegated.
     */
    function initialize(address admin, address selectionManager_, address treasury_, address xmtpToken_)
        external
        initializer
    {
        if (
            admin == address(0) || selectionManager_ == address(0) || treasury_ == address(0)
                || xmtpToken_ == address(0)
        ) revert ZeroAddress();
        __AccessControl_init();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        DelegationStorage storage $ = _getDelegationStorage();
        $.selectionManager = selectionManager_;
        $.nodes = INodeSelectionManager(selectionManager_).nodes();
        $.usdc = IXMTPTreasury(treasury_).usdc();
        $.treasury = treasury_;
        $.xmtpToken = xmtpToken_;
        $.maxCommissionBps = DEFAULT_MAX_COMMISSION_BPS;
        $.minimumSelfStakeBps = DEFAULT_MINIMUM_SELF_STAKE_BPS;
        // The pot starts in the current interval: nothing before it can be owed.
        // Cannot truncate: a week-long interval index of a timestamp fits 32 bits.
        // forge-lint: disable-next-line(unsafe-typecast)
        $.stakers.interval = uint32(IntervalRewards.intervalOf(block.timestamp, REWARD_INTERVAL));
    }

    /* ============ Delegators ============ */

    /// @inheritdoc IDelegation
    function delegate(address operator, uint256 amount) external returns (uint256 shares) {
        if (amount == 0) revert ZeroAmount();
        if (operator == msg.sender) revert SelfDelegation(operator);
        DelegationStorage storage $ = _getDelegationStorage();
        Pool storage p = _sync($, operator);
        _requireOpen($, p, operator);
        shares = _mint($, p, operator, msg.sender, amount);
        emit Delegated(msg.sender, operator, amount, shares);
        IERC20($.xmtpToken).safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @inheritdoc IDelegation
    function undelegate(address operator, uint256 amount) external returns (uint256 shares) {
        if (amount == 0) revert ZeroAmount();
        DelegationStorage storage $ = _getDelegationStorage();
        Pool storage p = _sync($, operator);
        shares = _burn($, p, operator, msg.sender, amount);

        Unbonding storage u = $.unbondings[msg.sender][operator];
        uint256 unbondingShares = _unbond(p, u, amount);
        uint256 releaseAt = block.timestamp + INodeSelectionManager($.selectionManager).unbondingPeriod();
        u.releaseAt = SafeCast.toUint40(releaseAt);
        emit Undelegated(msg.sender, operator, amount, shares, unbondingShares, releaseAt);

        INodeSelectionManager($.selectionManager).onPoolShrunk(operator);
    }

    /// @inheritdoc IDelegation
    function withdrawUnbonded(address operator) external returns (uint256 amount) {
        DelegationStorage storage $ = _getDelegationStorage();
        Unbonding storage u = $.unbondings[msg.sender][operator];
        uint256 shares = u.shares;
        if (shares == 0) revert NothingUnbonding();
        // A validator's few seconds of timestamp leeway do not matter against a period of days.
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp < u.releaseAt) revert StillUnbonding(u.releaseAt);
        Pool storage p = $.pools[operator];
        u.shares = 0;
        // Shares of a generation a 100% slash ended are worth nothing and no longer counted in the pool.
        if (u.generation == p.unbondingGeneration) {
            uint256 poolShares = p.unbondingShares;
            uint256 poolTokens = p.unbondingTokens;
            amount = PoolShares.toTokens(shares, poolShares, poolTokens);
            // Cannot underflow: a delegation's shares and their worth are parts of the pool's.
            // forge-lint: disable-next-line(unsafe-typecast)
            p.unbondingShares = uint128(poolShares - shares);
            // forge-lint: disable-next-line(unsafe-typecast)
            p.unbondingTokens = uint96(poolTokens - amount);
        }
        emit DelegationWithdrawn(msg.sender, operator, amount, shares);
        if (amount != 0) IERC20($.xmtpToken).safeTransfer(msg.sender, amount);
    }

    /// @inheritdoc IDelegation
    function redelegate(address from, address to, uint256 amount) external returns (uint256 sharesMinted) {
        if (amount == 0) revert ZeroAmount();
        if (from == to) revert RedelegationToSamePool(from);
        if (to == msg.sender) revert SelfDelegation(to);
        DelegationStorage storage $ = _getDelegationStorage();
        uint256 period = INodeSelectionManager($.selectionManager).unbondingPeriod();
        _markRedelegated($.unbondings[msg.sender][from], period);
        _markRedelegated($.unbondings[msg.sender][to], period);

        uint256 sharesBurned = _burn($, _sync($, from), from, msg.sender, amount);
        Pool storage destination = _sync($, to);
        _requireOpen($, destination, to);
        sharesMinted = _mint($, destination, to, msg.sender, amount);
        emit Redelegated(msg.sender, from, to, amount, sharesBurned, sharesMinted);
        INodeSelectionManager($.selectionManager).onPoolShrunk(from);
    }

    /// @inheritdoc IDelegation
    function claimStakingRewards(address operator) external returns (uint256 amount) {
        DelegationStorage storage $ = _getDelegationStorage();
        (IntervalRewards.Position storage m, Pool storage p) = _settleFor($, operator, msg.sender);
        amount = IntervalRewards.take(m);
        if (msg.sender == operator) amount += IntervalRewards.take(p.own);
        if (amount == 0) revert NothingToClaim();
        // Cannot overflow: what is claimed never exceeds what was notified, a uint96.
        // forge-lint: disable-next-line(unsafe-typecast)
        $.claimed += uint96(amount);
        emit StakingRewardsClaimed(msg.sender, operator, amount);
        IERC20($.usdc).safeTransfer(msg.sender, amount);
    }

    /// @inheritdoc IDelegation
    function claimableStakingRewards(address operator, address account) external returns (uint256 amount) {
        // Settling moves nothing but time forward (anyone may sync a pool): it takes nothing from `account`.
        (IntervalRewards.Position storage m, Pool storage p) = _settleFor(_getDelegationStorage(), operator, account);
        amount = m.owed / IntervalRewards.PRECISION;
        if (account == operator) amount += p.own.owed / IntervalRewards.PRECISION;
    }

    /// @inheritdoc IDelegation
    function syncPool(address operator) external {
        _sync(_getDelegationStorage(), operator);
    }

    /* ============ Operators ============ */

    /// @inheritdoc IDelegation
    function setCommission(uint256 bps) external {
        DelegationStorage storage $ = _getDelegationStorage();
        uint256 maxBps = $.maxCommissionBps;
        if (bps > maxBps) revert CommissionTooHigh(bps, maxBps);
        Pool storage p = _sync($, msg.sender);
        Commission memory c = p.commission;
        uint256 current = c.bps;
        // Cannot truncate: at most `maxCommissionBps`, a uint16.
        // forge-lint: disable-next-line(unsafe-typecast)
        uint16 newBps = uint16(bps);
        if (bps <= current) {
            (c.bps, c.pendingBps, c.effectiveAt) = (newBps, 0, 0);
            p.commission = c;
            emit CommissionChangeScheduled(msg.sender, current, bps, block.timestamp);
            emit CommissionUpdated(msg.sender, current, bps);
        } else {
            uint256 effectiveAt = block.timestamp + INodeSelectionManager($.selectionManager).unbondingPeriod();
            c.pendingBps = newBps;
            c.effectiveAt = SafeCast.toUint40(effectiveAt);
            p.commission = c;
            emit CommissionChangeScheduled(msg.sender, current, bps, effectiveAt);
        }
    }

    /* ============ The suite's hooks ============ */

    /// @inheritdoc IDelegation
    function onOwnStakeChanged(address operator, uint256 newStake) external {
        DelegationStorage storage $ = _getDelegationStorage();
        if (msg.sender != $.selectionManager) revert NotSelectionManager(msg.sender);
        _setOwnStake($, _sync($, operator), operator, newStake);
    }

    /// @inheritdoc IDelegation
    function onSlashed(address operator, uint256 bps, uint256 newOwnStake) external returns (uint256 amount) {
        if (bps == 0 || bps > BPS) revert InvalidSlashBps(bps);
        DelegationStorage storage $ = _getDelegationStorage();
        if (msg.sender != $.selectionManager) revert NotSelectionManager(msg.sender);
        Pool storage p = _sync($, operator);
        _setOwnStake($, p, operator, newOwnStake);

        uint256 bonded = _weight(p.delegated);
        uint256 fromDelegated = bonded * bps / BPS;
        if (fromDelegated != 0) $.stakers.decrease(p.delegated, fromDelegated);
        uint256 unbonding = p.unbondingTokens;
        uint256 fromUnbonding = unbonding * bps / BPS;
        // Cannot truncate or underflow: a part of the uint96 it is taken from.
        // forge-lint: disable-next-line(unsafe-typecast)
        p.unbondingTokens = uint96(unbonding - fromUnbonding);
        amount = fromDelegated + fromUnbonding;
        emit PoolSlashed(operator, bps, fromDelegated, fromUnbonding);
        if (amount != 0) IERC20($.xmtpToken).safeTransfer(msg.sender, amount);
    }

    /// @inheritdoc IDelegation
    function notifyStakingRewards(uint256 amount) external {
        DelegationStorage storage $ = _getDelegationStorage();
        if (msg.sender != $.treasury) revert NotTreasury(msg.sender);
        uint256 interval = _rollStakers($);
        $.stakers.add(amount * IntervalRewards.PRECISION);
        $.notified = SafeCast.toUint96($.notified + amount);
        emit StakingRewardsNotified(amount, interval);
    }

    /* ============ Governance ============ */

    /// @inheritdoc IDelegation
    function setMaxCommissionBps(uint256 bps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _requireWithin(bps, 0, MAX_COMMISSION_CAP_BPS);
        DelegationStorage storage $ = _getDelegationStorage();
        emit MaxCommissionBpsUpdated($.maxCommissionBps, bps);
        // Cannot truncate: checked above.
        // forge-lint: disable-next-line(unsafe-typecast)
        $.maxCommissionBps = uint16(bps);
    }

    /// @inheritdoc IDelegation
    function setMinimumSelfStakeBps(uint256 bps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _requireWithin(bps, MIN_SELF_STAKE_FLOOR_BPS, BPS);
        DelegationStorage storage $ = _getDelegationStorage();
        emit MinimumSelfStakeBpsUpdated($.minimumSelfStakeBps, bps);
        // Cannot truncate: checked above.
        // forge-lint: disable-next-line(unsafe-typecast)
        $.minimumSelfStakeBps = uint16(bps);
    }

    /* ============ Views ============ */

    /// @inheritdoc IDelegation
    function isEligible(address operator, uint256 ownStake, uint256 minimumStake) external view returns (bool) {
        DelegationStorage storage $ = _getDelegationStorage();
        return PoolShares.eligible(ownStake, _weight($.pools[operator].delegated), minimumStake, $.minimumSelfStakeBps);
    }

    /// @inheritdoc IDelegation
    function delegatedTo(address operator) external view returns (uint256) {
        return _weight(_getDelegationStorage().pools[operator].delegated);
    }

    /// @inheritdoc IDelegation
    function slashableOf(address operator) external view returns (uint256) {
        Pool storage p = _getDelegationStorage().pools[operator];
        return _weight(p.delegated) + p.unbondingTokens;
    }

    /// @inheritdoc IDelegation
    function pool(address operator) external view returns (PoolView memory view_) {
        DelegationStorage storage $ = _getDelegationStorage();
        Pool storage p = $.pools[operator];
        Commission memory c = p.commission;
        uint256 maxBps = $.maxCommissionBps;
        view_ = PoolView({
            ownStake: _weight(p.own),
            delegatedTokens: _weight(p.delegated),
            delegatedShares: _shares(p),
            unbondingTokens: p.unbondingTokens,
            unbondingShares: p.unbondingShares,
            delegators: c.delegators,
            // What a split takes: a lower governance maximum caps a commission set before it.
            commissionBps: c.bps < maxBps ? c.bps : maxBps,
            pendingCommissionBps: c.pendingBps,
            commissionEffectiveAt: c.effectiveAt
        });
    }

    /// @inheritdoc IDelegation
    function delegation(address delegator, address operator) external view returns (DelegationView memory view_) {
        DelegationStorage storage $ = _getDelegationStorage();
        Pool storage p = $.pools[operator];
        IntervalRewards.Position storage m = $.members[delegator][operator];
        Unbonding memory u = $.unbondings[delegator][operator];
        if (u.generation != p.unbondingGeneration) u.shares = 0;
        uint256 shares = _weight(m);
        view_ = DelegationView({
            shares: shares,
            tokens: PoolShares.toTokens(shares, _shares(p), _weight(p.delegated)),
            unbondingShares: u.shares,
            unbondingTokens: PoolShares.toTokens(u.shares, p.unbondingShares, p.unbondingTokens),
            releaseAt: u.releaseAt,
            redelegatedAt: u.redelegatedAt,
            rewards: IntervalRewards.earned(p.members, m) / IntervalRewards.PRECISION
        });
    }

    /// @inheritdoc IDelegation
    function operatorRewards(address operator) external view returns (uint256) {
        DelegationStorage storage $ = _getDelegationStorage();
        return IntervalRewards.earned($.stakers, $.pools[operator].own) / IntervalRewards.PRECISION;
    }

    /// @inheritdoc IDelegation
    function intervalOf(uint256 timestamp) external pure returns (uint256) {
        return IntervalRewards.intervalOf(timestamp, REWARD_INTERVAL);
    }

    /// @inheritdoc IDelegation
    function heldStakingRewards() external view returns (uint256) {
        return _getDelegationStorage().stakers.held / IntervalRewards.PRECISION;
    }

    /// @inheritdoc IDelegation
    function stakingRewardTotals() external view returns (uint256 notified, uint256 claimed) {
        DelegationStorage storage $ = _getDelegationStorage();
        return ($.notified, $.claimed);
    }

    /// @inheritdoc IDelegation
    function maxCommissionBps() external view returns (uint256) {
        return _getDelegationStorage().maxCommissionBps;
    }

    /// @inheritdoc IDelegation
    function minimumSelfStakeBps() external view returns (uint256) {
        return _getDelegationStorage().minimumSelfStakeBps;
    }

    /// @inheritdoc IDelegation
    function selectionManager() external view returns (address) {
        return _getDelegationStorage().selectionManager;
    }

    /// @inheritdoc IDelegation
    function nodes() external view returns (address) {
        return _getDelegationStorage().nodes;
    }

    /// @inheritdoc IDelegation
    function treasury() external view returns (address) {
        return _getDelegationStorage().treasury;
    }

    /// @inheritdoc IDelegation
    function xmtpToken() external view returns (address) {
        return _getDelegationStorage().xmtpToken;
    }

    /// @inheritdoc IDelegation
    function usdc() external view returns (address) {
        return _getDelegationStorage().usdc;
    }

    /* ============ Internals ============ */

    /// @dev Rolls the stakers' pot into the current interval; returns it.
    function _rollStakers(DelegationStorage storage $) private returns (uint256 interval) {
        interval = IntervalRewards.intervalOf(block.timestamp, REWARD_INTERVAL);
        // Pools' positions split their earnings at the recorded accumulator: record every interval. Whether it rolled
        // does not matter here (unused-return): a pot already in the interval is what the caller needs too.
        // slither-disable-next-line unused-return
        $.stakers.roll(interval, true);
    }

    /**
     * @dev Brings `operator`'s pool up to date: the stakers' pot rolled, the operator's own position settled, and the
     *      delegated position's earnings split (commission to the operator, the rest to the members' pot) in two
     *      parts around the members' pot leaving its interval, so that delegators whose shares were pending in that
     *      interval earn nothing of it. A commission increase whose time came applies after the split.
     */
    function _sync(DelegationStorage storage $, address operator) private returns (Pool storage p) {
        uint256 interval = _rollStakers($);
        p = $.pools[operator];
        Commission memory c = p.commission;
        // Synced earlier in this interval: the stakers' accumulator moves only when the pot rolls, so neither of the
        // pool's positions has earned since and nothing is pending activation; only the commission can be due.
        if (p.members.interval != interval) {
            $.stakers.settle(p.own);
            (uint256 beforeRoll, uint256 afterRoll) = $.stakers.settleSplit(p.delegated);
            uint256 bps = 0;
            if (beforeRoll | afterRoll != 0) {
                uint256 maxBps = $.maxCommissionBps;
                bps = c.bps < maxBps ? c.bps : maxBps;
            }
            if (beforeRoll != 0) _share(p, beforeRoll, bps);
            // Rolled or already there, the members' pot is in the interval after it (unused-return).
            // slither-disable-next-line unused-return
            p.members.roll(interval, false);
            if (afterRoll != 0) _share(p, afterRoll, bps);
        }
        // forge-lint: disable-next-line(block-timestamp)
        if (c.effectiveAt != 0 && block.timestamp >= c.effectiveAt) {
            emit CommissionUpdated(operator, c.bps, c.pendingBps);
            (c.bps, c.pendingBps, c.effectiveAt) = (c.pendingBps, 0, 0);
            p.commission = c;
        }
    }

    /// @dev Splits `scaled` earned by the delegated tokens: the commission to the operator, the rest to the members.
    function _share(Pool storage p, uint256 scaled, uint256 bps) private {
        uint256 commission = scaled * bps / BPS;
        if (commission != 0) p.own.owed += commission;
        p.members.add(scaled - commission);
        p.members.distribute();
    }

    /// @dev Mints shares of `operator`'s pool for `amount` to `delegator` (pool synced); returns them.
    function _mint(DelegationStorage storage $, Pool storage p, address operator, address delegator, uint256 amount)
        private
        returns (uint256 shares)
    {
        uint256 tokens = _weight(p.delegated);
        uint256 totalShares = _shares(p);
        if (totalShares != 0 && tokens == 0) revert PoolWiped(operator);
        shares = PoolShares.toShares(amount, totalShares, tokens);
        if (shares == 0) revert ZeroShares(amount);
        IntervalRewards.Position storage m = $.members[delegator][operator];
        p.members.settle(m);
        if (_weight(m) == 0) ++p.commission.delegators;
        p.members.increase(m, shares);
        $.stakers.increase(p.delegated, amount);
    }

    /// @dev Burns the shares worth `amount` of `delegator`'s delegation to `operator` (pool synced); returns them.
    function _burn(DelegationStorage storage $, Pool storage p, address operator, address delegator, uint256 amount)
        private
        returns (uint256 shares)
    {
        IntervalRewards.Position storage m = $.members[delegator][operator];
        p.members.settle(m);
        uint256 held = _weight(m);
        shares = PoolShares.toSharesUp(amount, _shares(p), _weight(p.delegated));
        if (shares > held || shares == 0) revert InsufficientShares(held, shares);
        p.members.decrease(m, shares);
        if (shares == held) --p.commission.delegators;
        $.stakers.decrease(p.delegated, amount);
    }

    /**
     * @dev Adds `amount` to `p`'s unbonding pool for `u`; returns the unbonding shares minted. A pool slashed to no
     *      tokens while shares remain (a 100% slash) holds shares worth nothing: it starts a new generation (its share
     *      count restarts at zero) instead of refusing every later undelegation, and shares of older generations,
     *      worth nothing, are dropped from `u` here and paid zero by `withdrawUnbonded`.
     */
    function _unbond(Pool storage p, Unbonding storage u, uint256 amount) private returns (uint256 unbondingShares) {
        uint256 shares = p.unbondingShares;
        uint256 tokens = p.unbondingTokens;
        uint32 generation = p.unbondingGeneration;
        if (tokens == 0 && shares != 0) {
            shares = 0;
            p.unbondingGeneration = ++generation;
        }
        if (u.generation != generation) {
            u.shares = 0;
            u.generation = generation;
        }
        unbondingShares = PoolShares.toShares(amount, shares, tokens);
        if (unbondingShares == 0) revert ZeroShares(amount);
        p.unbondingTokens = SafeCast.toUint96(tokens + amount);
        p.unbondingShares = SafeCast.toUint128(shares + unbondingShares);
        u.shares = SafeCast.toUint128(u.shares + unbondingShares);
    }

    /// @dev Records the operator's own stake as its weight against the stakers' pot (pool synced).
    function _setOwnStake(DelegationStorage storage $, Pool storage p, address operator, uint256 newStake) private {
        uint256 previous = _weight(p.own);
        if (newStake > previous) $.stakers.increase(p.own, newStake - previous);
        else if (newStake < previous) $.stakers.decrease(p.own, previous - newStake);
        emit OwnStakeUpdated(operator, previous, newStake);
    }

    /// @dev Syncs `operator`'s pool and settles `account`'s delegation in it; returns both for the caller to read.
    function _settleFor(DelegationStorage storage $, address operator, address account)
        private
        returns (IntervalRewards.Position storage m, Pool storage p)
    {
        p = _sync($, operator);
        m = $.members[account][operator];
        p.members.settle(m);
    }

    /// @dev Refuses a second redelegation of a delegation within `period`, then records this one.
    function _markRedelegated(Unbonding storage u, uint256 period) private {
        uint256 last = u.redelegatedAt;
        // forge-lint: disable-next-line(block-timestamp)
        if (last != 0 && block.timestamp < last + period) revert RedelegationTooSoon(last, last + period);
        u.redelegatedAt = SafeCast.toUint40(block.timestamp);
    }

    /// @dev Refuses a pool whose operator holds no node, asking the registry once per pool (see `Commission.open`).
    function _requireOpen(DelegationStorage storage $, Pool storage p, address operator) private {
        if (p.commission.open) return;
        if (INodes($.nodes).nodeIdOf(operator) == 0) revert NotNodeOperator(operator);
        p.commission.open = true;
    }

    function _weight(IntervalRewards.Position storage position) private view returns (uint256) {
        return uint256(position.effective) + position.pending;
    }

    function _shares(Pool storage p) private view returns (uint256) {
        return uint256(p.members.effective) + p.members.pending;
    }

    function _requireWithin(uint256 value, uint256 minimum, uint256 maximum) private pure {
        if (value < minimum || value > maximum) revert ParameterOutOfBounds(value, minimum, maximum);
    }

    /// @dev Upgrades are the admin's alone (the governance multisig).
    function _authorizeUpgrade(address) internal override onlyRole(DEFAULT_ADMIN_ROLE) {}
}
