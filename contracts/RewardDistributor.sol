// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {INodeEarningsTracker} from "./interfaces/INodeEarningsTracker.sol";
import {INodeSelectionManager} from "./interfaces/INodeSelectionManager.sol";
import {IPayers} from "./interfaces/IPayers.sol";
import {IRewardDistributor} from "./interfaces/IRewardDistributor.sol";
import {IXMTPTreasury} from "./interfaces/IXMTPTreasury.sol";
import {RewardSplit} from "./libraries/RewardSplit.sol";
import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/**
 * @title  RewardDistributor
 * @notice Epoch-by-epoch allocation of settled fees to the active nodes, the profit cap, and monthly payouts (see
 *         `IRewardDistributor`). Behind a UUPS proxy. The contracts it reads and pays are immutables of the
 *         implementation: every distribution reads all of them, and an upgrade can change them.
 */
contract RewardDistributor is
    IRewardDistributor,
    Initializable,
    AccessControlUpgradeable,
    UUPSUpgradeable,
    ReentrancyGuardTransient
{
    using SafeCast for uint256;
    using SafeERC20 for IERC20;

    /* ============ Constants ============ */

    /// @notice The role that may pause.
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");

    /// @notice The most epochs one `distributeRewards` allocates.
    uint256 public constant MAX_EPOCHS_PER_CALL = 8;

    /// @notice A node's base pay per payout period at initialization (`basePayPerMonth`), in USDC units (1,000 USDC).
    uint64 public constant DEFAULT_BASE_PAY_PER_MONTH = 1000e6;

    /// @notice The length of a payout period at initialization (`payoutPeriod`).
    uint32 public constant DEFAULT_PAYOUT_PERIOD = 30 days;

    /// @notice The profit cap at initialization (`profitCapBps`), in basis points of costs (1.25x).
    uint32 public constant DEFAULT_PROFIT_CAP_BPS = 12_500;

    /// @notice The largest base pay governance may set (`setBasePayPerMonth`), in USDC units.
    uint256 public constant MAX_BASE_PAY_PER_MONTH = 1_000_000e6;

    /// @notice The largest variable cost per message governance may set (`setVariableCostPerMessage`), in USDC units.
    uint256 public constant MAX_VARIABLE_COST_PER_MESSAGE = 1e6;

    /// @notice The shortest payout period governance may set (`setPayoutPeriod`).
    uint256 public constant MIN_PAYOUT_PERIOD = 1 days;

    /// @notice The longest payout period governance may set (`setPayoutPeriod`).
    uint256 public constant MAX_PAYOUT_PERIOD = 365 days;

    /// @notice The lowest profit cap governance may set (`setProfitCapBps`), in basis points of costs (1x).
    uint256 public constant MIN_PROFIT_CAP_BPS = 10_000;

    /// @notice The highest profit cap governance may set (`setProfitCapBps`), in basis points of costs (10x).
    uint256 public constant MAX_PROFIT_CAP_BPS = 100_000;

    /// @dev The owed cap at initialization (`owedCapBps`), in basis points of a month's base pay (three months).
    uint32 internal constant DEFAULT_OWED_CAP_BPS = 30_000;

    /// @dev The highest owed cap governance may set (`setOwedCapBps`): twelve months of base pay.
    uint256 internal constant MAX_OWED_CAP_BPS = 120_000;

    /* ============ Immutables ============ */

    /// @custom:oz-upgrades-unsafe-allow state-variable-immutable
    IERC20 private immutable _usdc;
    /// @custom:oz-upgrades-unsafe-allow state-variable-immutable
    INodeSelectionManager private immutable _selection;
    /// @custom:oz-upgrades-unsafe-allow state-variable-immutable
    IPayers private immutable _payers;
    /// @custom:oz-upgrades-unsafe-allow state-variable-immutable
    IERC721 private immutable _nodes;
    /// @custom:oz-upgrades-unsafe-allow state-variable-immutable
    INodeEarningsTracker private immutable _tracker;
    /// @custom:oz-upgrades-unsafe-allow state-variable-immutable
    IXMTPTreasury private immutable _treasury;

    /* ============ Storage ============ */

    /// @dev Where distribution and payouts stand, in one slot. Epoch time (`epochClock`) is the sum of the durations of
    ///      the epochs distributed; periods are measured in it.
    struct Cursor {
        uint32 nextEpoch;
        uint32 currentPeriod;
        uint40 epochClock;
        uint40 periodStartClock;
        uint32 periodLength;
        uint32 payoutPeriod;
        uint32 payoutIndex;
    }

    /// @dev Governance parameters and the pause flag, in one slot. The prices are those of epochs from
    ///      `PriceCheckpoint`s' last `fromEpoch` on (all epochs while there is none).
    struct Params {
        uint64 basePayPerMonth;
        uint64 variableCostPerMessage;
        uint32 payoutPeriod;
        uint32 profitCapBps;
        bool paused;
        /// @dev The owed cap plus one, so that a cap of zero can be set: zero (a proxy initialized before it) reads as
        ///      `DEFAULT_OWED_CAP_BPS` (`_owedCapBps`).
        uint32 owedCapBpsPlusOne;
    }

    /// @dev The prices of epochs from `fromEpoch` on (until the next checkpoint's), in one slot.
    struct PriceCheckpoint {
        uint32 fromEpoch;
        uint64 basePayPerMonth;
        uint64 variableCostPerMessage;
    }

    /// @custom:storage-location erc7201:xmtp.storage.RewardDistributor
    struct RewardDistributorStorage {
        Cursor cursor;
        Params params;
        uint128 pool;
        uint128 unpaid;
        /// @dev One slot, read by every sync. 2^64 USDC units is 18 trillion USDC.
        uint64 totalClaimable;
        uint64 totalOwed;
        /// @dev Excess above the cap ever set aside, and the part of it handed to the treasury: running totals, so
        ///      that setting aside never writes a zero slot.
        uint64 excessAccrued;
        uint64 excessForwarded;
        mapping(address account => uint256) claimable;
        mapping(uint256 period => uint256) periodClosedAt;
        /// @dev Empty until a price first changes; then the first is from epoch 0 (ascending `fromEpoch`).
        PriceCheckpoint[] prices;
    }

    // keccak256(abi.encode(uint256(keccak256("xmtp.storage.RewardDistributor")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant DISTRIBUTOR_STORAGE = 0x4cc88f0703a6c4f42269dc65ccae9cd757532835ba12a325f924398e942af400;

    function _getRewardDistributorStorage() private pure returns (RewardDistributorStorage storage $) {
        assembly {
            $.slot := DISTRIBUTOR_STORAGE
        }
    }

    /// @dev A `distributeRewards` call in progress.
    struct Run {
        uint256 pool;
        uint256 allocated;
        uint256 excess;
        uint256 totalOwed;
        bool periodClosed;
    }

    /// @dev One epoch's allocation, built in memory and handed to the tracker.
    struct Allocation {
        uint32[] nodeIds;
        INodeEarningsTracker.EpochEntry[] entries;
        uint256 owedRepaid;
        uint256 costsPaid;
        uint256 bonus;
        uint256 newShortfall;
        uint256 writtenOff;
        /// @dev USDC drawn from the treasury's base-pay reserve for this epoch.
        uint256 drawn;
        /// @dev The epoch's prices: base pay per seat for the epoch, the owed cap per node, the cost per message.
        uint256 baseCost;
        uint256 owedCap;
        uint256 perMessage;
    }

    modifier whenNotPaused() {
        if (_getRewardDistributorStorage().params.paused) revert EnforcedPause();
        _;
    }

    /* ============ Initialization ============ */

    /**
     * @param usdc_      The USDC token (6 decimals).
     * @param selection_ The node selection manager.
     * @param payers_    The Payers contract.
     * @param nodes_     The Nodes registry (ERC-721).
     * @param tracker_   The earnings tracker.
     * @param treasury_  The treasury receiving excess rewards.
     * @custom:oz-upgrades-unsafe-allow constructor
     */
    constructor(
        address usdc_,
        address selection_,
        address payers_,
        address nodes_,
        address tracker_,
        address treasury_
    ) {
        if (
            usdc_ == address(0) || selection_ == address(0) || payers_ == address(0) || nodes_ == address(0)
                || tracker_ == address(0) || treasury_ == address(0)
        ) revert ZeroAddress();
        uint8 decimals = IERC20Metadata(usdc_).decimals();
        if (decimals != 6) revert InvalidUsdcDecimals(decimals);
        _usdc = IERC20(usdc_);
        _selection = INodeSelectionManager(selection_);
        _payers = IPayers(payers_);
        _nodes = IERC721(nodes_);
        _tracker = INodeEarningsTracker(tracker_);
        _treasury = IXMTPTreasury(treasury_);
        _disableInitializers();
    }

    /**
     * @notice Initializes the proxy: the admin, the defaults, and distribution starting at the selection manager's
     *         current epoch.
     * @param  admin Receives `DEFAULT_ADMIN_ROLE` and `PAUSER_ROLE`.
     */
    function initialize(address admin) external initializer {
        if (admin == address(0)) revert ZeroAddress();
        __AccessControl_init();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(PAUSER_ROLE, admin);

        RewardDistributorStorage storage $ = _getRewardDistributorStorage();
        $.params = Params({
            basePayPerMonth: DEFAULT_BASE_PAY_PER_MONTH,
            variableCostPerMessage: 0,
            payoutPeriod: DEFAULT_PAYOUT_PERIOD,
            profitCapBps: DEFAULT_PROFIT_CAP_BPS,
            paused: false,
            owedCapBpsPlusOne: DEFAULT_OWED_CAP_BPS + 1
        });
        emit OwedCapBpsUpdated(0, DEFAULT_OWED_CAP_BPS);
        emit BasePayPerMonthUpdated(0, DEFAULT_BASE_PAY_PER_MONTH);
        emit VariableCostPerMessageUpdated(0, 0);
        emit PayoutPeriodUpdated(0, DEFAULT_PAYOUT_PERIOD);
        emit ProfitCapBpsUpdated(0, DEFAULT_PROFIT_CAP_BPS);
        $.cursor.nextEpoch = _selection.currentEpoch().toUint32();
        $.cursor.periodLength = DEFAULT_PAYOUT_PERIOD;
        // The treasury pulls each excess (see the interface's notes on this standing allowance).
        _usdc.forceApprove(address(_treasury), type(uint256).max);
    }

    /* ============ Distribution ============ */

    /// @inheritdoc IRewardDistributor
    function distributeRewards() external nonReentrant whenNotPaused {
        RewardDistributorStorage storage $ = _getRewardDistributorStorage();
        // A memory struct declared without a value is allocated zeroed (uninitialized-local): filled below.
        // slither-disable-next-line uninitialized-local
        Run memory run;
        run.pool = _syncPool($);

        Cursor memory cursor = $.cursor;
        // Only epochs whose report window has closed: no usage report can reach them any more.
        uint256 closed = _selection.oldestReportableEpoch();
        if (cursor.nextEpoch >= closed) return;
        uint256 pending = closed - cursor.nextEpoch;
        uint256 batch = pending < MAX_EPOCHS_PER_CALL ? pending : MAX_EPOCHS_PER_CALL;

        Params memory params = $.params;
        run.totalOwed = $.totalOwed;
        uint256 done = 0;
        for (; done < batch; ++done) {
            if (_awaitsPayouts(cursor)) break;
            uint256 duration = _selection.epochDurationAt(cursor.nextEpoch);
            // An equal share of the pool per pending epoch: a lagging call treats every epoch alike.
            _distributeEpoch($, run, cursor, params, duration, run.pool / (pending - done));
            cursor.nextEpoch += 1;
            // Widened explicitly: solc widens the sum anyway, but Slither would type it narrow and skip this function.
            cursor.epochClock = (uint256(cursor.epochClock) + duration).toUint40();
            if (cursor.epochClock - cursor.periodStartClock >= cursor.periodLength) {
                _closePeriod($, cursor, run, params.payoutPeriod);
            }
        }
        if (done == 0) return;

        _storeCursor($, cursor);
        $.pool = run.pool.toUint128();
        // Widened explicitly: solc widens the sum anyway, but Slither would type it narrow and skip this function.
        $.unpaid = (uint256($.unpaid) + run.allocated - run.excess).toUint128();
        if (run.totalOwed != $.totalOwed) $.totalOwed = run.totalOwed.toUint64();
        if (run.excess != 0) $.excessAccrued += run.excess.toUint64();
        emit RewardsDistributed(run.allocated, block.timestamp);
        // At least once a period, the excess reaches the treasury without anyone calling `forwardExcess`; a treasury
        // that refuses it (a revoked role, a pause) must not stop the distribution, and the excess stays pending.
        if (run.periodClosed) _forwardPendingExcess($, true);
    }

    /// @inheritdoc IRewardDistributor
    function updateNodeEarnings(address node, uint256 amount)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
        nonReentrant
        whenNotPaused
    {
        if (amount == 0) revert ZeroAmount();
        RewardDistributorStorage storage $ = _getRewardDistributorStorage();
        Cursor memory cursor = $.cursor;
        if (_awaitsPayouts(cursor)) revert PayoutsPending(cursor.payoutPeriod);
        uint256 pool_ = _syncPool($);
        if (amount > pool_) revert InsufficientPool(pool_, amount);
        $.pool = (pool_ - amount).toUint128();
        _tracker.addRewards(node, amount);
        uint256 excess = _tracker.applyProfitCap(node, $.params.profitCapBps, cursor.currentPeriod);
        // Widened explicitly: solc widens the sum anyway, but Slither would type it narrow and skip this function.
        $.unpaid = (uint256($.unpaid) + amount - excess).toUint128();
        emit EarningsAdjusted(node, cursor.currentPeriod, amount, excess);
        if (excess != 0) {
            $.excessAccrued += excess.toUint64();
            _forwardPendingExcess($, false);
        }
    }

    /// @inheritdoc IRewardDistributor
    function enforceProfitCap(address node) external nonReentrant whenNotPaused returns (uint256 excess) {
        RewardDistributorStorage storage $ = _getRewardDistributorStorage();
        excess = _tracker.applyProfitCap(node, $.params.profitCapBps, $.cursor.currentPeriod);
        if (excess == 0) return 0;
        $.unpaid -= excess.toUint128();
        $.excessAccrued += excess.toUint64();
        emit ProfitCapEnforced(node, excess);
        _forwardPendingExcess($, false);
    }

    /// @inheritdoc IRewardDistributor
    function forwardExcess() external nonReentrant whenNotPaused returns (uint256 amount) {
        amount = _forwardPendingExcess(_getRewardDistributorStorage(), false);
        if (amount == 0) revert NothingToForward();
    }

    /* ============ Payouts ============ */

    /// @inheritdoc IRewardDistributor
    function executePayouts(uint256 maxNodes) external nonReentrant whenNotPaused returns (uint256 remaining) {
        if (maxNodes == 0) revert ZeroAmount();
        RewardDistributorStorage storage $ = _getRewardDistributorStorage();
        Cursor memory cursor = $.cursor;
        if (cursor.payoutPeriod >= cursor.currentPeriod) revert PayoutNotDue(_nextPayoutAt($, cursor));

        // The three sums start at zero, as every local does. Written out (`= 0`), they make solc 0.8.30 emit
        // different bytecode, so Slither's uninitialized-local is silenced instead.
        // slither-disable-next-line uninitialized-local
        uint256 paidOut;
        // slither-disable-next-line uninitialized-local
        uint256 deferred;
        // slither-disable-next-line uninitialized-local
        uint256 done;
        uint256 length = _tracker.periodNodeCount(cursor.payoutPeriod);
        while (cursor.payoutPeriod < cursor.currentPeriod) {
            if (cursor.payoutIndex >= length) {
                ++cursor.payoutPeriod;
                cursor.payoutIndex = 0;
                length = cursor.payoutPeriod < cursor.currentPeriod ? _tracker.periodNodeCount(cursor.payoutPeriod) : 0;
                continue;
            }
            if (done == maxNodes) break;
            uint256 take = length - cursor.payoutIndex;
            if (take > maxNodes - done) take = maxNodes - done;
            (address[] memory list, INodeEarningsTracker.PeriodRecord[] memory records) =
                _tracker.periodNodes(cursor.payoutPeriod, cursor.payoutIndex, take);
            for (uint256 i; i < take; ++i) {
                (uint256 paid, uint256 kept) = _payNode($, cursor.payoutPeriod, list[i], records[i]);
                paidOut += paid;
                deferred += kept;
            }
            cursor.payoutIndex += take.toUint32();
            done += take;
        }
        _storeCursor($, cursor);
        $.unpaid -= (paidOut + deferred).toUint128();
        if (deferred != 0) $.totalClaimable += deferred.toUint64();
        remaining = _pendingPayouts(cursor, length);
        emit PayoutsExecuted(done, remaining);
    }

    /// @inheritdoc IRewardDistributor
    function claim() external returns (uint256 amount) {
        return _claim(msg.sender);
    }

    /// @inheritdoc IRewardDistributor
    function claimTo(address to) external returns (uint256 amount) {
        if (to == address(0)) revert ZeroAddress();
        if (to == address(this)) revert InvalidRecipient(to);
        return _claim(to);
    }

    /* ============ Governance ============ */

    /// @inheritdoc IRewardDistributor
    function setBasePayPerMonth(uint256 amount) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _requireWithin(amount, 0, MAX_BASE_PAY_PER_MONTH);
        RewardDistributorStorage storage $ = _getRewardDistributorStorage();
        emit BasePayPerMonthUpdated($.params.basePayPerMonth, amount);
        _setPrices($, amount, $.params.variableCostPerMessage);
    }

    /// @inheritdoc IRewardDistributor
    function setVariableCostPerMessage(uint256 amount) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _requireWithin(amount, 0, MAX_VARIABLE_COST_PER_MESSAGE);
        RewardDistributorStorage storage $ = _getRewardDistributorStorage();
        emit VariableCostPerMessageUpdated($.params.variableCostPerMessage, amount);
        _setPrices($, $.params.basePayPerMonth, amount);
    }

    /// @inheritdoc IRewardDistributor
    function setPayoutPeriod(uint256 period) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _requireWithin(period, MIN_PAYOUT_PERIOD, MAX_PAYOUT_PERIOD);
        Params storage params = _getRewardDistributorStorage().params;
        emit PayoutPeriodUpdated(params.payoutPeriod, period);
        params.payoutPeriod = period.toUint32();
    }

    /// @inheritdoc IRewardDistributor
    function setProfitCapBps(uint256 bps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _requireWithin(bps, MIN_PROFIT_CAP_BPS, MAX_PROFIT_CAP_BPS);
        Params storage params = _getRewardDistributorStorage().params;
        emit ProfitCapBpsUpdated(params.profitCapBps, bps);
        params.profitCapBps = bps.toUint32();
    }

    /// @inheritdoc IRewardDistributor
    function setOwedCapBps(uint256 bps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _requireWithin(bps, 0, MAX_OWED_CAP_BPS);
        Params storage params = _getRewardDistributorStorage().params;
        emit OwedCapBpsUpdated(_owedCapBps(params), bps);
        params.owedCapBpsPlusOne = (bps + 1).toUint32();
    }

    /// @inheritdoc IRewardDistributor
    function pause() external onlyRole(PAUSER_ROLE) {
        Params storage params = _getRewardDistributorStorage().params;
        if (params.paused) revert EnforcedPause();
        params.paused = true;
        emit Paused(msg.sender);
    }

    /// @inheritdoc IRewardDistributor
    function unpause() external onlyRole(DEFAULT_ADMIN_ROLE) {
        Params storage params = _getRewardDistributorStorage().params;
        if (!params.paused) revert ExpectedPause();
        params.paused = false;
        emit Unpaused(msg.sender);
    }

    /* ============ Views ============ */

    /// @inheritdoc IRewardDistributor
    function nextPayoutAt() external view returns (uint256) {
        RewardDistributorStorage storage $ = _getRewardDistributorStorage();
        return _nextPayoutAt($, $.cursor);
    }

    /// @inheritdoc IRewardDistributor
    function pool() external view returns (uint256) {
        return _getRewardDistributorStorage().pool;
    }

    /// @inheritdoc IRewardDistributor
    function unpaidEarnings() external view returns (uint256) {
        return _getRewardDistributorStorage().unpaid;
    }

    /// @inheritdoc IRewardDistributor
    function totalClaimable() external view returns (uint256) {
        return _getRewardDistributorStorage().totalClaimable;
    }

    /// @inheritdoc IRewardDistributor
    function totalOwed() external view returns (uint256) {
        return _getRewardDistributorStorage().totalOwed;
    }

    /// @inheritdoc IRewardDistributor
    function pendingExcess() external view returns (uint256) {
        RewardDistributorStorage storage $ = _getRewardDistributorStorage();
        return $.excessAccrued - $.excessForwarded;
    }

    /// @inheritdoc IRewardDistributor
    function claimableOf(address account) external view returns (uint256) {
        return _getRewardDistributorStorage().claimable[account];
    }

    /// @inheritdoc IRewardDistributor
    function nextEpoch() external view returns (uint256) {
        return _getRewardDistributorStorage().cursor.nextEpoch;
    }

    /// @inheritdoc IRewardDistributor
    function pendingEpochs() external view returns (uint256) {
        Cursor memory cursor = _getRewardDistributorStorage().cursor;
        if (_awaitsPayouts(cursor)) return 0;
        uint256 closed = _selection.oldestReportableEpoch();
        return closed > cursor.nextEpoch ? closed - cursor.nextEpoch : 0;
    }

    /// @inheritdoc IRewardDistributor
    function currentPeriod() external view returns (uint256) {
        return _getRewardDistributorStorage().cursor.currentPeriod;
    }

    /// @inheritdoc IRewardDistributor
    function payoutCursor() external view returns (uint256 period, uint256 index) {
        Cursor memory cursor = _getRewardDistributorStorage().cursor;
        return (cursor.payoutPeriod, cursor.payoutIndex);
    }

    /// @inheritdoc IRewardDistributor
    function pendingPayouts() external view returns (uint256) {
        Cursor memory cursor = _getRewardDistributorStorage().cursor;
        if (cursor.payoutPeriod >= cursor.currentPeriod) return 0;
        return _pendingPayouts(cursor, _tracker.periodNodeCount(cursor.payoutPeriod));
    }

    /// @inheritdoc IRewardDistributor
    function periodClosedAt(uint256 period) external view returns (uint256) {
        return _getRewardDistributorStorage().periodClosedAt[period];
    }

    /// @inheritdoc IRewardDistributor
    function basePayPerMonth() external view returns (uint256) {
        return _getRewardDistributorStorage().params.basePayPerMonth;
    }

    /// @inheritdoc IRewardDistributor
    function variableCostPerMessage() external view returns (uint256) {
        return _getRewardDistributorStorage().params.variableCostPerMessage;
    }

    /// @inheritdoc IRewardDistributor
    function payoutPeriod() external view returns (uint256) {
        return _getRewardDistributorStorage().params.payoutPeriod;
    }

    /// @inheritdoc IRewardDistributor
    function profitCapBps() external view returns (uint256) {
        return _getRewardDistributorStorage().params.profitCapBps;
    }

    /// @inheritdoc IRewardDistributor
    function owedCapBps() external view returns (uint256) {
        return _owedCapBps(_getRewardDistributorStorage().params);
    }

    /// @inheritdoc IRewardDistributor
    function pricesAt(uint256 epoch) external view returns (uint256 basePayPerMonth_, uint256 variableCostPerMessage_) {
        RewardDistributorStorage storage $ = _getRewardDistributorStorage();
        return _pricesAt($, $.params, epoch);
    }

    /// @inheritdoc IRewardDistributor
    function nextDistributionAt() external view returns (uint256) {
        return _selection.reportWindowClosesAt(_getRewardDistributorStorage().cursor.nextEpoch);
    }

    /// @inheritdoc IRewardDistributor
    function paused() external view returns (bool) {
        return _getRewardDistributorStorage().params.paused;
    }

    /// @inheritdoc IRewardDistributor
    function usdc() external view returns (address) {
        return address(_usdc);
    }

    /// @inheritdoc IRewardDistributor
    function selection() external view returns (address) {
        return address(_selection);
    }

    /// @inheritdoc IRewardDistributor
    function payers() external view returns (address) {
        return address(_payers);
    }

    /// @inheritdoc IRewardDistributor
    function nodes() external view returns (address) {
        return address(_nodes);
    }

    /// @inheritdoc IRewardDistributor
    function tracker() external view returns (address) {
        return address(_tracker);
    }

    /// @inheritdoc IRewardDistributor
    function treasury() external view returns (address) {
        return address(_treasury);
    }

    /* ============ Internal ============ */

    /// @dev Adds USDC that arrived since the last sync to the pool; returns the pool.
    function _syncPool(RewardDistributorStorage storage $) private returns (uint256 pool_) {
        pool_ = $.pool;
        uint256 held = pool_ + $.unpaid + $.totalClaimable + ($.excessAccrued - $.excessForwarded);
        uint256 balance = _usdc.balanceOf(address(this));
        if (balance > held) {
            pool_ += balance - held;
            $.pool = pool_.toUint128();
            emit RewardsReceived(balance - held, pool_);
        }
    }

    /// @dev Allocates `share` of the pool (and what the reserve adds) to the cursor's next epoch, records it in the
    ///      tracker.
    function _distributeEpoch(
        RewardDistributorStorage storage $,
        Run memory run,
        Cursor memory cursor,
        Params memory params,
        uint256 duration,
        uint256 share
    ) private {
        uint256 epoch = cursor.nextEpoch;
        // A memory struct declared without a value is allocated zeroed (uninitialized-local): filled below.
        // slither-disable-next-line uninitialized-local
        Allocation memory a;
        address[] memory operators;
        (a.nodeIds, operators) = _selection.activeSetAt(epoch);
        uint256 count = a.nodeIds.length;
        // An empty set has nothing to share. A length, not a balance: Slither's coarse taint ties it to the pool's
        // `balanceOf` (incorrect-equality).
        // slither-disable-next-line incorrect-equality
        if (count == 0) {
            emit EpochRewardsDistributed(epoch, cursor.currentPeriod, 0, share, 0, 0, 0, 0, 0);
            return;
        }
        uint256[] memory owed = run.totalOwed != 0 ? _tracker.owedOfBatch(operators) : new uint256[](count);
        a.entries = new INodeEarningsTracker.EpochEntry[](count);
        for (uint256 i; i < count; ++i) {
            a.entries[i] = INodeEarningsTracker.EpochEntry({
                node: operators[i], nodeId: a.nodeIds[i], syncOwed: false, earnings: 0, costs: 0, owed: owed[i]
            });
        }

        _priceEpoch($, a, params, epoch, duration, cursor.periodLength);
        uint256 left = _payBasePay(a, share);
        if (run.totalOwed != 0 || a.newShortfall != 0) left = _repayOwed(a, left);
        if (a.perMessage != 0) left = _payVariableCosts(a, left, epoch);
        // What is left, shared evenly: the units that do not divide stay in the pool.
        (a.bonus, left) = RewardSplit.evenSplit(left, count);
        if (a.bonus != 0) {
            for (uint256 i; i < count; ++i) {
                a.entries[i].earnings += a.bonus;
            }
        }

        // What left the pool: the share but what is left of it, plus what the reserve added and was not spent.
        uint256 allocated = share + a.drawn - left;
        run.pool = run.pool + a.drawn - allocated;
        run.allocated += allocated;
        run.totalOwed = run.totalOwed + a.newShortfall - a.owedRepaid;
        uint256 excess = _tracker.recordEpoch(cursor.currentPeriod, a.entries, params.profitCapBps);
        run.excess += excess;
        emit EpochRewardsDistributed(
            epoch, cursor.currentPeriod, count, share, a.owedRepaid, a.costsPaid, a.bonus, a.newShortfall, excess
        );
    }

    /**
     * @dev Pays each node of the epoch its base pay: from `left` (the epoch's share), then from the treasury's
     *      reserve; what neither covers is owed, the same to each, up to the owed cap. Returns what is left of `left`.
     */
    function _payBasePay(Allocation memory a, uint256 left) private returns (uint256) {
        uint256 count = a.entries.length;
        uint256 baseCost = a.baseCost;
        uint256 total = baseCost * count;
        // No base pay (governance set none): nothing to pay. A product of parameters, not a balance: Slither's coarse
        // taint ties it to the pool's `balanceOf` (incorrect-equality).
        // slither-disable-next-line incorrect-equality
        if (total == 0) return left;
        (uint256 fromShare, uint256 available) = _shareThenReserve(a, left, total);
        left -= fromShare;
        // Equal costs: each node gets the same part; the units that do not divide stay in the pool (the division in
        // `evenPay` before the product below is that rounding, on purpose).
        uint256 pay = RewardSplit.evenPay(available, baseCost, count);
        uint256 paid = pay * count;
        a.costsPaid = paid;
        uint256 shortfall = baseCost - pay;
        for (uint256 i; i < count; ++i) {
            INodeEarningsTracker.EpochEntry memory entry = a.entries[i];
            // Paid, so a cost of this period: costs are recorded when paid, and so counted once.
            entry.earnings = pay;
            entry.costs = pay;
            // No shortfall: a shortcut, since the code below would owe nothing. A difference of amounts that are not
            // balances (incorrect-equality).
            // slither-disable-next-line incorrect-equality
            if (shortfall != 0) _owe(a, entry, shortfall);
        }
        return left + available - paid;
    }

    /// @dev Adds `shortfall` to what `entry`'s node is owed, up to the owed cap; writes off the rest (a node already
    ///      above a since-lowered cap keeps what it had).
    function _owe(Allocation memory a, INodeEarningsTracker.EpochEntry memory entry, uint256 shortfall) private {
        uint256 before = entry.owed;
        (uint256 kept, uint256 lost) = RewardSplit.owe(before, shortfall, a.owedCap);
        if (lost != 0) {
            a.writtenOff += lost;
            emit OwedWrittenOff(entry.node, entry.nodeId, lost);
        }
        a.newShortfall += kept - before;
        entry.owed = kept;
        entry.syncOwed = true;
    }

    /// @dev Repays the owed shortfall of the epoch's nodes from `left`, then from the reserve (pro rata when short);
    ///      returns what is left of `left`.
    function _repayOwed(Allocation memory a, uint256 left) private returns (uint256) {
        uint256 count = a.entries.length;
        uint256 owedHere = 0;
        for (uint256 i; i < count; ++i) {
            owedHere += a.entries[i].owed;
        }
        // Nothing owed here: a shortcut, since the loop below repays zero then too. A sum of debts, not a balance
        // (incorrect-equality).
        // slither-disable-next-line incorrect-equality
        if (owedHere == 0) return left;
        (uint256 fromShare, uint256 available) = _shareThenReserve(a, left, owedHere);
        uint256 repaid = 0;
        for (uint256 i; i < count; ++i) {
            INodeEarningsTracker.EpochEntry memory entry = a.entries[i];
            uint256 r = RewardSplit.proRata(entry.owed, available, owedHere);
            // Nothing for this node: its owed stays unwritten. An amount, not a balance (incorrect-equality).
            // slither-disable-next-line incorrect-equality
            if (r == 0) continue;
            entry.owed -= r;
            entry.syncOwed = true;
            entry.earnings += r;
            // A repaid shortfall is a cost of the period it is paid in, and only there: it was never recorded as one.
            entry.costs += r;
            repaid += r;
        }
        a.owedRepaid = repaid;
        // What the reserve added and the rounding did not hand out goes back to `left` (and so to the pool).
        return left - fromShare + available - repaid;
    }

    /**
     * @dev Pays each node its variable costs (`perMessage` per message it originated in `epoch`) from `left` only, the
     *      same fraction to all when short; the rest is not owed. Returns what is left.
     */
    function _payVariableCosts(Allocation memory a, uint256 left, uint256 epoch) private view returns (uint256) {
        uint256 count = a.entries.length;
        uint256 perMessage = a.perMessage;
        // At most 2^64 - 1 messages per node (IPayers bounds them) times at most 10^6: below 2^84 each, 2^89 in sum.
        uint64[] memory served = _payers.messagesServedBatch(epoch.toUint64(), a.nodeIds);
        uint256 total = 0;
        for (uint256 i; i < count; ++i) {
            total += perMessage * served[i];
        }
        // No messages, or nothing to pay them with: a shortcut. Sums, not balances (incorrect-equality).
        // slither-disable-next-line incorrect-equality
        if (total == 0 || left == 0) return left;
        uint256 paid = 0;
        for (uint256 i; i < count; ++i) {
            // `left` < 2^128 and the cost < 2^84: `proRata`'s product fits.
            uint256 pay = RewardSplit.proRata(perMessage * served[i], left, total);
            INodeEarningsTracker.EpochEntry memory entry = a.entries[i];
            entry.earnings += pay;
            entry.costs += pay;
            paid += pay;
        }
        a.costsPaid += paid;
        return left - paid;
    }

    /// @dev Funds `needed` from `left` (the epoch's share) and then, for what that leaves uncovered, from the reserve
    ///      (added to `a.drawn`): returns the part taken from `left` and the total available.
    function _shareThenReserve(Allocation memory a, uint256 left, uint256 needed)
        private
        returns (uint256 fromShare, uint256 available)
    {
        fromShare = left < needed ? left : needed;
        available = fromShare;
        if (fromShare < needed) {
            uint256 drawn = _drawReserve(needed - fromShare);
            a.drawn += drawn;
            available += drawn;
        }
    }

    /// @dev Whether the open period would reuse the records of a closed period not paid out yet (period p + 2
    ///      writes over period p's slots): distribution and adjustments wait for `executePayouts`.
    function _awaitsPayouts(Cursor memory cursor) private pure returns (bool) {
        return cursor.currentPeriod >= uint256(cursor.payoutPeriod) + 2;
    }

    /// @dev Draws up to `amount` from the treasury's base-pay reserve; a treasury that refuses (paused, no role) gives
    ///      nothing rather than stopping the distribution.
    function _drawReserve(uint256 amount) private returns (uint256 drawn) {
        try _treasury.drawBasePayReserve(amount) returns (uint256 got) {
            // Never more than asked: a treasury answer above it would make the pool count money it does not hold.
            drawn = got < amount ? got : amount;
        } catch {
            drawn = 0;
        }
    }

    /// @dev Sets the allocation's prices for `epoch`, `duration` long, in a period `periodLength` long.
    function _priceEpoch(
        RewardDistributorStorage storage $,
        Allocation memory a,
        Params memory params,
        uint256 epoch,
        uint256 duration,
        uint256 periodLength
    ) private view {
        (uint256 basePay, uint256 perMessage) = _pricesAt($, params, epoch);
        a.baseCost = RewardSplit.epochBasePay(basePay, duration, periodLength);
        a.owedCap = RewardSplit.owedCap(_owedCapBps(params), basePay);
        a.perMessage = perMessage;
    }

    /// @dev The prices of `epoch`: the latest checkpoint from it or before, else the parameters.
    function _pricesAt(RewardDistributorStorage storage $, Params memory params, uint256 epoch)
        private
        view
        returns (uint256 basePay, uint256 perMessage)
    {
        PriceCheckpoint[] storage prices = $.prices;
        for (uint256 i = prices.length; i != 0; --i) {
            PriceCheckpoint memory checkpoint = prices[i - 1];
            if (checkpoint.fromEpoch <= epoch) return (checkpoint.basePayPerMonth, checkpoint.variableCostPerMessage);
        }
        return (params.basePayPerMonth, params.variableCostPerMessage);
    }

    /**
     * @dev Sets the prices, from the epoch after the current one: the epochs up to the current one keep theirs, in a
     *      checkpoint (the first one, from epoch 0, holds the prices before any change).
     */
    function _setPrices(RewardDistributorStorage storage $, uint256 basePay, uint256 perMessage) private {
        PriceCheckpoint[] storage prices = $.prices;
        Params storage params = $.params;
        if (prices.length == 0) {
            prices.push(PriceCheckpoint(0, params.basePayPerMonth, params.variableCostPerMessage));
        }
        PriceCheckpoint memory checkpoint =
            PriceCheckpoint((_selection.currentEpoch() + 1).toUint32(), basePay.toUint64(), perMessage.toUint64());
        params.basePayPerMonth = checkpoint.basePayPerMonth;
        params.variableCostPerMessage = checkpoint.variableCostPerMessage;
        PriceCheckpoint storage last = prices[prices.length - 1];
        if (last.fromEpoch == checkpoint.fromEpoch) {
            last.basePayPerMonth = checkpoint.basePayPerMonth;
            last.variableCostPerMessage = checkpoint.variableCostPerMessage;
        } else {
            prices.push(checkpoint);
        }
    }

    function _owedCapBps(Params memory params) private pure returns (uint256) {
        uint256 stored = params.owedCapBpsPlusOne;
        return stored == 0 ? DEFAULT_OWED_CAP_BPS : stored - 1;
    }

    /// @dev Closes the cursor's period after the epoch just distributed; the next period takes the payout period now
    ///      in force.
    function _closePeriod(RewardDistributorStorage storage $, Cursor memory cursor, Run memory run, uint32 nextLength)
        private
    {
        uint256 lastEpoch = cursor.nextEpoch - 1;
        uint256 closedAt = _selection.epochEndsAt(lastEpoch);
        $.periodClosedAt[cursor.currentPeriod] = closedAt;
        emit PeriodClosed(cursor.currentPeriod, lastEpoch, closedAt);
        ++cursor.currentPeriod;
        run.periodClosed = true;
        cursor.periodStartClock = cursor.epochClock;
        cursor.periodLength = nextLength;
    }

    /// @dev Pays one node's period earnings to its NFT owner, or keeps them claimable if the transfer fails.
    function _payNode(
        RewardDistributorStorage storage $,
        uint256 period,
        address node,
        INodeEarningsTracker.PeriodRecord memory record
    ) private returns (uint256 paid, uint256 deferred) {
        uint256 amount = record.earnings;
        if (amount == 0) return (0, 0);
        address recipient = node;
        try _nodes.ownerOf(record.nodeId) returns (address owner) {
            recipient = owner;
        } catch {}
        if (_usdc.trySafeTransfer(recipient, amount)) {
            emit PayoutExecuted(period, node, record.nodeId, recipient, amount);
            return (amount, 0);
        }
        $.claimable[recipient] += amount;
        emit PayoutDeferred(period, node, record.nodeId, recipient, amount);
        return (0, amount);
    }

    /// @dev Entries of closed periods not yet paid, given the length of the cursor's period.
    function _pendingPayouts(Cursor memory cursor, uint256 cursorPeriodLength) private view returns (uint256 pending) {
        if (cursor.payoutPeriod >= cursor.currentPeriod) return 0;
        pending = cursorPeriodLength - cursor.payoutIndex;
        for (uint256 p = cursor.payoutPeriod + 1; p < cursor.currentPeriod; ++p) {
            pending += _tracker.periodNodeCount(p);
        }
    }

    function _claim(address to) private nonReentrant whenNotPaused returns (uint256 amount) {
        RewardDistributorStorage storage $ = _getRewardDistributorStorage();
        amount = $.claimable[msg.sender];
        if (amount == 0) revert NothingToClaim();
        $.claimable[msg.sender] = 0;
        $.totalClaimable -= amount.toUint64();
        _usdc.safeTransfer(to, amount);
        emit Claimed(msg.sender, to, amount);
    }

    /**
     * @dev Hands the excess set aside and not yet forwarded to the treasury; returns it. With `bestEffort`, a treasury
     *      that refuses it leaves it pending (and returns zero) instead of reverting.
     */
    function _forwardPendingExcess(RewardDistributorStorage storage $, bool bestEffort)
        private
        returns (uint256 amount)
    {
        uint64 accrued = $.excessAccrued;
        uint64 forwarded = $.excessForwarded;
        amount = accrued - forwarded;
        if (amount == 0) return 0;
        $.excessForwarded = accrued;
        if (bestEffort) {
            try _treasury.handleExcessRewards(amount) {}
            catch {
                $.excessForwarded = forwarded;
                emit ExcessForwardFailed(address(_treasury), amount);
                return 0;
            }
        } else {
            _treasury.handleExcessRewards(amount);
        }
        emit ExcessForwarded(address(_treasury), amount);
    }

    function _nextPayoutAt(RewardDistributorStorage storage $, Cursor memory cursor) private view returns (uint256) {
        if (cursor.payoutPeriod < cursor.currentPeriod) return $.periodClosedAt[cursor.payoutPeriod];
        // The current period closes with the epoch during which its epoch time fills up.
        uint256 duration = _selection.epochDuration();
        uint256 left = cursor.periodStartClock + cursor.periodLength - cursor.epochClock;
        uint256 epochsLeft = (left + duration - 1) / duration;
        uint256 lastEpoch = cursor.nextEpoch + epochsLeft - 1;
        uint256 current = _selection.currentEpoch();
        uint256 rotation = _selection.nextRotationAt();
        // The current epoch ends at `rotation`; others are whole durations before or after it.
        return lastEpoch >= current
            ? rotation + (lastEpoch - current) * duration
            : rotation - (current - lastEpoch) * duration;
    }

    function _requireWithin(uint256 value, uint256 minimum, uint256 maximum) private pure {
        if (value < minimum || value > maximum) revert ParameterOutOfBounds(value, minimum, maximum);
    }

    /// @dev Writes the cursor in one store: assigning the memory struct would write it field by field.
    function _storeCursor(RewardDistributorStorage storage $, Cursor memory cursor) private {
        // Solidity packs a struct's fields from the slot's low-order bytes, in declaration order.
        uint256 packed = uint256(cursor.nextEpoch) | (uint256(cursor.currentPeriod) << 32)
            | (uint256(cursor.epochClock) << 64) | (uint256(cursor.periodStartClock) << 104)
            | (uint256(cursor.periodLength) << 144) | (uint256(cursor.payoutPeriod) << 176)
            | (uint256(cursor.payoutIndex) << 208);
        assembly ("memory-safe") {
            // `cursor` is the storage struct's first member: its slot is `$.slot`.
            sstore($.slot, packed)
        }
    }

    /// @dev Upgrades are governance's.
    function _authorizeUpgrade(address) internal override onlyRole(DEFAULT_ADMIN_ROLE) {}
}
