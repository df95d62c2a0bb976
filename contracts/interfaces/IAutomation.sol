// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IErrors} from "./IErrors.sol";

/**
 * @title  IAutomation
 * @notice The suite's periodic work behind one Chainlink-Automation-compatible pair, so that Chainlink Automation,
 *         Gelato, the project's keeper or anyone can drive it: the 12-hour rotation, forwarding settled fees,
 *         distributing rewards, forwarding the excess above the profit cap, and paying closed periods.
 *
 *         `checkUpkeep` says what is due; `performUpkeep` re-checks everything on-chain and does, in order, each step
 *         that is due when it is reached. An epoch is distributed once its report window has closed
 *         (`RewardDistributor.nextDistributionAt`), so that usage reports landing in the window count toward it: a
 *         rotation makes the epoch it closed distributable in the same call only when the window has closed too. The
 *         `performData` is informational: forged or stale data cannot make it do anything that is not due.
 *         Every step it calls is itself permissionless and idempotent, so racing drivers cannot double-rotate or
 *         double-pay: the loser of a race reverts with `UpkeepNotNeeded` and changes nothing.
 *
 * @dev    Gas: one `performUpkeep` does at most one rotation, one `distributeRewards` (at most 8 epochs) and one
 *         `executePayouts(payoutBatchSize)`, so its cost is bounded by governance's `payoutBatchSize`.
 */
interface IAutomation is IErrors {
    /* ============ Types ============ */

    /// @notice Everything a keeper needs for one idle tick and for `keeper status`, read in one call.
    struct Status {
        /// @dev `checkUpkeep`'s answer: the due steps as a bit mask of the `*_STEP` constants (0 when nothing is due).
        uint256 dueSteps;
        uint256 blockNumber;
        uint256 timestamp;
        /// @dev The selection manager: the current epoch, when the next rotation is due, the epoch length, the set.
        uint256 epoch;
        uint256 nextRotationAt;
        uint256 epochDuration;
        uint32[] activeNodeIds;
        uint256 activeSetSize;
        /// @dev Payers: settled fees not yet forwarded to the distributor.
        uint256 backedFees;
        /// @dev The distributor: epochs to distribute (those whose report window has closed), when the next one becomes
        ///      distributable (`nextDistributionAt`, in the past while epochs are pending), its pool, the excess set
        ///      aside, the payout schedule.
        uint256 pendingEpochs;
        uint256 nextDistributionAt;
        uint256 pool;
        uint256 pendingExcess;
        uint256 currentPeriod;
        uint256 nextPayoutAt;
        uint256 pendingPayouts;
        /// @dev The treasury's buckets (USDC).
        uint256 buybackBalance;
        uint256 stakingRewardsBalance;
        uint256 treasuryBalance;
        /// @dev The treasury's base-pay reserve (USDC) and the months of the full set's base pay it covers, in bps
        ///      (`basePayReserveCoverage`).
        uint256 basePayReserve;
        uint256 basePayReserveMonthsBps;
        /// @dev The native balance of the account asked about (the keeper's, for its low-balance warning).
        uint256 accountBalance;
        bool payersPaused;
        bool distributorPaused;
    }

    /* ============ Events ============ */

    /// @notice Emitted by each `performUpkeep`: the steps it did and the ones that were due but failed.
    event UpkeepPerformed(address indexed caller, uint256 performedSteps, uint256 failedSteps);

    /// @notice Emitted when a due step failed inside `performUpkeep`, with the callee's revert data.
    event UpkeepStepFailed(uint256 indexed step, bytes reason);

    /// @notice Emitted when governance changes how many nodes one `performUpkeep` pays.
    event PayoutBatchSizeUpdated(uint256 previousSize, uint256 newSize);

    /* ============ Errors ============ */

    /// @notice Nothing was due when `performUpkeep` ran (another driver got there first), or every due step failed.
    error UpkeepNotNeeded();

    /// @notice The payout batch size is outside `[1, MAX_PAYOUT_BATCH_SIZE]`.
    error InvalidPayoutBatchSize(uint256 size, uint256 maximum);

    /* ============ Chainlink Automation ============ */

    /**
     * @notice Whether any step is due, off-chain simulation only (Chainlink's `AutomationCompatibleInterface`).
     * @return upkeepNeeded Whether `performUpkeep` would do anything now.
     * @return performData  `abi.encode(uint256 dueSteps)`: the due steps as a bit mask, informational.
     */
    function checkUpkeep(bytes calldata checkData) external view returns (bool upkeepNeeded, bytes memory performData);

    /**
     * @notice Does every step that is due, in order: rotation, fee forwarding, distribution, excess forwarding,
     *         payouts. A step that fails is reported (`UpkeepStepFailed`) and does not stop the others.
     * @dev    Anyone. Reverts with `UpkeepNotNeeded` when no step was done. Emits `UpkeepPerformed`.
     */
    function performUpkeep(bytes calldata performData) external;

    /* ============ Governance ============ */

    /**
     * @notice Sets how many nodes one `performUpkeep` pays at most.
     * @dev    Only `DEFAULT_ADMIN_ROLE`. Emits `PayoutBatchSizeUpdated`.
     */
    function setPayoutBatchSize(uint256 size) external;

    /* ============ Views ============ */

    /// @notice The due steps as a bit mask of the `*_STEP` constants.
    function dueSteps() external view returns (uint256);

    /// @notice The suite's state for a keeper's tick, with `account`'s native balance.
    function status(address account) external view returns (Status memory);

    /**
     * @notice How long the treasury's base-pay reserve would pay the full active set's base pay with no fees at all.
     * @return reserve       `XMTPTreasury.basePayReserve()`, USDC units.
     * @return monthlyBudget The network's base pay for a month: `activeSetSize() × basePayPerMonth()` (base pay is per
     *                       seat, whatever the number of candidates), USDC units.
     * @return monthsBps     `reserve × 10,000 / monthlyBudget`, rounded down: 25,000 is two and a half months;
     *                       `type(uint256).max` when the budget is zero.
     */
    function basePayReserveCoverage() external view returns (uint256 reserve, uint256 monthlyBudget, uint256 monthsBps);

    /// @notice How many nodes one `performUpkeep` pays at most.
    function payoutBatchSize() external view returns (uint256);

    /// @notice The selection manager.
    function selection() external view returns (address);

    /// @notice The Payers contract.
    function payers() external view returns (address);

    /// @notice The reward distributor.
    function distributor() external view returns (address);

    /// @notice The treasury.
    function treasury() external view returns (address);
}
