// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAutomation} from "./interfaces/IAutomation.sol";
import {INodeSelectionManager} from "./interfaces/INodeSelectionManager.sol";
import {IPayers} from "./interfaces/IPayers.sol";
import {IRewardDistributor} from "./interfaces/IRewardDistributor.sol";
import {IXMTPTreasury} from "./interfaces/IXMTPTreasury.sol";
import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";

/**
 * @title  Automation
 * @notice The suite's periodic work behind Chainlink Automation's `checkUpkeep` / `performUpkeep` (see `IAutomation`).
 *         Behind a UUPS proxy; the contracts it drives are immutables of the implementation, read on every call.
 */
contract Automation is IAutomation, Initializable, AccessControlUpgradeable, UUPSUpgradeable {
    /* ============ Constants ============ */

    /// @notice `NodeSelectionManager.rotateNodes`: the next rotation is due.
    uint256 public constant ROTATE_STEP = 1 << 0;
    /// @notice `Payers.forwardFees`: settled fees wait in Payers and an epoch is (or is about to be) distributable.
    uint256 public constant FORWARD_FEES_STEP = 1 << 1;
    /// @notice `RewardDistributor.distributeRewards`: closed epochs wait for their rewards.
    uint256 public constant DISTRIBUTE_STEP = 1 << 2;
    /// @notice `RewardDistributor.forwardExcess`: excess above the profit cap waits for the treasury.
    uint256 public constant FORWARD_EXCESS_STEP = 1 << 3;
    /// @notice `RewardDistributor.executePayouts`: a closed payout period has nodes left to pay.
    uint256 public constant PAYOUT_STEP = 1 << 4;

    /// @notice Basis points in a whole: `basePayReserveCoverage` counts months in bps.
    uint256 private constant BPS = 10_000;

    /// @notice How many nodes one `performUpkeep` pays unless governance says otherwise.
    uint256 public constant DEFAULT_PAYOUT_BATCH_SIZE = 40;
    /// @notice The largest payout batch: about 47,000 gas per node keeps `performUpkeep` under 10M gas.
    uint256 public constant MAX_PAYOUT_BATCH_SIZE = 200;

    /* ============ Immutables ============ */

    /// @custom:oz-upgrades-unsafe-allow state-variable-immutable
    INodeSelectionManager private immutable _selection;
    /// @custom:oz-upgrades-unsafe-allow state-variable-immutable
    IPayers private immutable _payers;
    /// @custom:oz-upgrades-unsafe-allow state-variable-immutable
    IRewardDistributor private immutable _distributor;
    /// @custom:oz-upgrades-unsafe-allow state-variable-immutable
    IXMTPTreasury private immutable _treasury;

    /* ============ Storage ============ */

    /// @custom:storage-location erc7201:xmtp.storage.Automation
    struct AutomationStorage {
        uint256 payoutBatchSize;
    }

    // keccak256(abi.encode(uint256(keccak256("xmtp.storage.Automation")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant AUTOMATION_STORAGE = 0x15e46be45d589ef726ed8dc06c11f7c17a1287cc4e08c269508a8639d7b66800;

    function _getAutomationStorage() private pure returns (AutomationStorage storage $) {
        assembly {
            $.slot := AUTOMATION_STORAGE
        }
    }

    /* ============ Initialization ============ */

    /**
     * @param selection_   The node selection manager.
     * @param payers_      The Payers contract.
     * @param distributor_ The reward distributor.
     * @param treasury_    The treasury (read for `status`).
     * @custom:oz-upgrades-unsafe-allow constructor
     */
    constructor(address selection_, address payers_, address distributor_, address treasury_) {
        if (selection_ == address(0) || payers_ == address(0) || distributor_ == address(0) || treasury_ == address(0)) revert ZeroAddress();
        _selection = INodeSelectionManager(selection_);
        _payers = IPayers(payers_);
        _distributor = IRewardDistributor(distributor_);
        _treasury = IXMTPTreasury(treasury_);
        _disableInitializers();
    }

    /**
     * @notice Initializes the proxy.
     * @param  admin Receives `DEFAULT_ADMIN_ROLE` (the batch size and upgrades).
     */
    function initialize(address admin) external initializer {
        if (admin == address(0)) revert ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _setPayoutBatchSize(DEFAULT_PAYOUT_BATCH_SIZE);
    }

    /* ============ Chainlink Automation ============ */

    /// @inheritdoc IAutomation
    function checkUpkeep(bytes calldata) external view returns (bool upkeepNeeded, bytes memory performData) {
        uint256 due = _dueSteps();
        return (due != 0, abi.encode(due));
    }

    /// @inheritdoc IAutomation
    function performUpkeep(bytes calldata) external {
        // Both counts start at zero, as every local does. Written out (`= 0`), solc 0.8.30 emits slightly different
        // code here that costs 14 gas more per call, so Slither's uninitialized-local is silenced instead.
        // slither-disable-next-line uninitialized-local
        uint256 performed;
        // slither-disable-next-line uninitialized-local
        uint256 failed;
        // Each step is re-checked when it is reached, after the steps before it: a rotation makes the epoch it closed
        // distributable when that epoch's report window has closed too (a keeper that lagged past it), fees must
        // reach the pool right before the distribution, which sets aside the excess. Payouts come last: the
        // distributor does not enter period p + 2 while period p has payouts pending, and a period's payouts are
        // due a whole period before that.
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp >= _selection.nextRotationAt()) {
            (performed, failed) = _step(
                ROTATE_STEP,
                address(_selection),
                abi.encodeCall(INodeSelectionManager.rotateNodes, ()),
                performed,
                failed
            );
        }
        bool distributorOpen = !_distributor.paused();
        bool distributable = distributorOpen && _distributor.pendingEpochs() != 0;
        if (distributable && _feesForwardable()) {
            (performed, failed) =
                _step(FORWARD_FEES_STEP, address(_payers), abi.encodeCall(IPayers.forwardFees, ()), performed, failed);
        }
        if (distributable) {
            (performed, failed) = _step(
                DISTRIBUTE_STEP,
                address(_distributor),
                abi.encodeCall(IRewardDistributor.distributeRewards, ()),
                performed,
                failed
            );
        }
        if (distributorOpen && _distributor.pendingExcess() != 0) {
            (performed, failed) = _step(
                FORWARD_EXCESS_STEP,
                address(_distributor),
                abi.encodeCall(IRewardDistributor.forwardExcess, ()),
                performed,
                failed
            );
        }
        if (distributorOpen && _distributor.pendingPayouts() != 0) {
            (performed, failed) = _step(
                PAYOUT_STEP,
                address(_distributor),
                abi.encodeCall(IRewardDistributor.executePayouts, (_getAutomationStorage().payoutBatchSize)),
                performed,
                failed
            );
        }
        if (performed == 0) revert UpkeepNotNeeded();
        emit UpkeepPerformed(msg.sender, performed, failed);
    }

    /* ============ Governance ============ */

    /// @inheritdoc IAutomation
    function setPayoutBatchSize(uint256 size) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setPayoutBatchSize(size);
    }

    /* ============ Views ============ */

    /// @inheritdoc IAutomation
    function dueSteps() external view returns (uint256) {
        return _dueSteps();
    }

    /// @inheritdoc IAutomation
    function status(address account) external view returns (Status memory s) {
        s.dueSteps = _dueSteps();
        s.blockNumber = block.number;
        s.timestamp = block.timestamp;
        s.epoch = _selection.currentEpoch();
        s.nextRotationAt = _selection.nextRotationAt();
        s.epochDuration = _selection.epochDuration();
        s.activeNodeIds = _selection.getActiveNodeIds();
        s.activeSetSize = _selection.activeSetSize();
        s.backedFees = _payers.backedFees();
        s.pendingEpochs = _distributor.pendingEpochs();
        s.nextDistributionAt = _distributor.nextDistributionAt();
        s.pool = _distributor.pool();
        s.pendingExcess = _distributor.pendingExcess();
        s.currentPeriod = _distributor.currentPeriod();
        s.nextPayoutAt = _distributor.nextPayoutAt();
        s.pendingPayouts = _distributor.pendingPayouts();
        s.buybackBalance = _treasury.buybackBalance();
        s.stakingRewardsBalance = _treasury.stakingRewardsBalance();
        s.treasuryBalance = _treasury.treasuryBalance();
        (s.basePayReserve,, s.basePayReserveMonthsBps) = _basePayReserveCoverage(s.activeSetSize);
        s.accountBalance = account.balance;
        s.payersPaused = _payers.paused();
        s.distributorPaused = _distributor.paused();
    }

    /// @inheritdoc IAutomation
    function basePayReserveCoverage()
        external
        view
        returns (uint256 reserve, uint256 monthlyBudget, uint256 monthsBps)
    {
        return _basePayReserveCoverage(_selection.activeSetSize());
    }

    /// @inheritdoc IAutomation
    function payoutBatchSize() external view returns (uint256) {
        return _getAutomationStorage().payoutBatchSize;
    }

    /// @inheritdoc IAutomation
    function selection() external view returns (address) {
        return address(_selection);
    }

    /// @inheritdoc IAutomation
    function payers() external view returns (address) {
        return address(_payers);
    }

    /// @inheritdoc IAutomation
    function distributor() external view returns (address) {
        return address(_distributor);
    }

    /// @inheritdoc IAutomation
    function treasury() external view returns (address) {
        return address(_treasury);
    }

    /* ============ Internals ============ */

    function _dueSteps() private view returns (uint256 due) {
        // forge-lint: disable-next-line(block-timestamp)
        bool rotationDue = block.timestamp >= _selection.nextRotationAt();
        if (rotationDue) due |= ROTATE_STEP;
        if (_distributor.paused()) return due;
        bool distributable = _distributor.pendingEpochs() != 0;
        if (distributable) due |= DISTRIBUTE_STEP;
        // Fees are forwarded just before a distribution: forwarding on every settlement would cost a transfer each
        // time for nothing. An epoch is distributable once its report window has closed (`nextDistributionAt`), and
        // the current epoch also needs its rotation: a due rotation by a keeper that lagged past the window makes it
        // distributable in the same upkeep, unless unpaid payouts hold the distributor back (it does not enter
        // period p + 2 while period p has payouts pending). With payouts pending this says nothing, and the upkeep,
        // due for its rotation anyway, still forwards the fees if the distribution follows.
        if (!distributable && rotationDue && _distributor.pendingPayouts() == 0) {
            // forge-lint: disable-next-line(block-timestamp)
            distributable = block.timestamp >= _distributor.nextDistributionAt();
        }
        if (distributable && _feesForwardable()) due |= FORWARD_FEES_STEP;
        if (_distributor.pendingExcess() != 0) due |= FORWARD_EXCESS_STEP;
        if (_distributor.pendingPayouts() != 0) due |= PAYOUT_STEP;
    }

    /// @dev The reserve, the full set's base pay for a month and how many months (in bps) the reserve covers:
    ///      `type(uint256).max` when the budget is zero (nothing to cover).
    function _basePayReserveCoverage(uint256 activeSetSize)
        private
        view
        returns (uint256 reserve, uint256 monthlyBudget, uint256 monthsBps)
    {
        reserve = _treasury.basePayReserve();
        monthlyBudget = activeSetSize * _distributor.basePayPerMonth();
        // A product of parameters, not a balance: Slither's coarse taint ties it to the reserve (incorrect-equality).
        // slither-disable-next-line incorrect-equality
        monthsBps = monthlyBudget == 0 ? type(uint256).max : reserve * BPS / monthlyBudget;
    }

    function _feesForwardable() private view returns (bool) {
        return !_payers.paused() && _payers.feeDistributor() == address(_distributor) && _payers.backedFees() != 0;
    }

    /// @dev Calls one step; a failure is reported and counted, not propagated, so that one stuck step (a treasury that
    ///      refuses the excess) cannot block the rotation or the payouts.
    function _step(uint256 step, address target, bytes memory data, uint256 performed, uint256 failed)
        private
        returns (uint256, uint256)
    {
        // Only the suite's own proxies are called, so their return data is trusted in size.
        (bool ok, bytes memory reason) = target.call(data);
        if (ok) return (performed | step, failed);
        emit UpkeepStepFailed(step, reason);
        return (performed, failed | step);
    }

    function _setPayoutBatchSize(uint256 size) private {
        if (size == 0 || size > MAX_PAYOUT_BATCH_SIZE) revert InvalidPayoutBatchSize(size, MAX_PAYOUT_BATCH_SIZE);
        AutomationStorage storage $ = _getAutomationStorage();
        emit PayoutBatchSizeUpdated($.payoutBatchSize, size);
        $.payoutBatchSize = size;
    }

    function _authorizeUpgrade(address) internal override onlyRole(DEFAULT_ADMIN_ROLE) {}
}
