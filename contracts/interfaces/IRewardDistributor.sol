// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IErrors} from "./IErrors.sol";

/**
 * @title  IRewardDistributor
 * @notice Turns the fees settled in `Payers` into node rewards, epoch by epoch, and pays them out monthly.
 *
 *         Fees forwarded by `Payers.forwardFees` (anyone; the keeper calls it before distributing) and any USDC sent here
 *         join the undistributed pool. `distributeRewards` allocates the pool to each epoch whose report window has
 *         closed since the last call (`INodeSelectionManager.oldestReportableEpoch`: usage reports that land in the
 *         window count toward their epoch), an equal share of the pool per pending epoch, among the nodes active in
 *         that epoch (`INodeSelectionManager.activeSetAt`), in this order:
 *         1. base pay, per seat: `basePayPerMonth × epochDurationAt(epoch) / payoutPeriod` to each node of the set, so
 *            that the network's base-pay budget is `activeSetSize × basePayPerMonth` a period whatever the number of
 *            candidates. What the share cannot cover is drawn from the treasury's base-pay reserve
 *            (`IXMTPTreasury.drawBasePayReserve`); only what the reserve cannot cover either is owed to the nodes,
 *            each the same amount, up to `owedCapBps` of a month's base pay per node (the rest is written off,
 *            `OwedWrittenOff`);
 *         2. the shortfall owed to the epoch's nodes from earlier epochs: from the share, then the reserve (pro rata
 *            when short);
 *         3. variable costs: `variableCostPerMessage` per message each node originated in the epoch
 *            (`IPayers.messagesServed`), from the share only (pro rata when short; the rest is not owed: only base pay
 *            is guaranteed);
 *         4. what is left, split evenly among the epoch's nodes;
 *         5. the profit cap: a node's earnings in a payout period never exceed `profitCapBps` of its costs in that
 *            period; what is above is set aside for `XMTPTreasury.handleExcessRewards` (`pendingExcess`), and handed
 *            over by `forwardExcess` (anyone; the keeper calls it after each distribution), at every period close,
 *            and with every `enforceProfitCap` or `updateNodeEarnings`. Apart from the distribution, the treasury's
 *            split costs a distribution about 60,000 gas of its own, like `Payers.forwardFees` for fees.
 *         Costs are recorded when paid: base pay, variable costs and repaid shortfall each count once, in the period
 *         they are paid in. Prices are those in force during the epoch: a `setBasePayPerMonth` or
 *         `setVariableCostPerMessage` during epoch `c` applies from epoch `c + 1`, and the duration is the epoch's own.
 *         Nothing is lost to rounding: what does not divide evenly stays in the pool for the next epoch.
 *
 *         Payout periods are `payoutPeriod` long (30 days by default), counted in epoch time: a period closes once the
 *         epochs distributed into it add up to its length. `executePayouts` pays each node's earnings of each closed
 *         period to the current owner of its Node Operator NFT, each (node, period) exactly once, in batches that an
 *         on-chain cursor continues. A transfer that fails leaves the amount claimable by that recipient (`claim`).
 *
 * @dev    The first three members are the published proposal's interface, kept exactly; everything else extends it.
 *
 *         Accounting: `usdc.balanceOf(this) >= pool() + unpaidEarnings() + totalClaimable() + pendingExcess()`, with
 *         equality after every call that syncs (`distributeRewards`). `totalOwed()` is a debt to nodes, not money held.
 *
 *         The treasury holds a standing USDC allowance from the distributor (set at initialization): it pulls each
 *         excess in `handleExcessRewards`, and an exact approval per epoch would cost a fresh storage write each time.
 *         Both are proxies under the same governance, which could upgrade either.
 *
 *         Bounds: no accepted usage report can stop distribution. Per originator, messages served over all time are at
 *         most 2^64 - 1 (`IPayers` bounds each report by its sequence range), so a node's variable cost is below 2^84
 *         units and every sum and product here fits 256 bits; what is recorded (paid, owed) is bounded by the USDC
 *         that moves and by the owed cap.
 */
interface IRewardDistributor is IErrors {
    /* ============ Proposal interface (kept exactly) ============ */

    /// @notice Emitted by each `distributeRewards` that allocated epochs: `totalRewards` is what left the pool.
    event RewardsDistributed(uint256 totalRewards, uint256 timestamp);

    /**
     * @notice Adds USDC that arrived (fees `Payers.forwardFees` sent, anything else) to the pool, then allocates the
     *         pool to every epoch closed since the last call, at most `MAX_EPOCHS_PER_CALL` of them (call again to catch
     *         up). Does nothing when no epoch is pending. Call `Payers.forwardFees` first for settled fees to count.
     * @dev    Anyone. Emits `EpochRewardsDistributed` per epoch, `RewardsDistributed`, and `PeriodClosed` when a
     *         payout period fills up.
     */
    function distributeRewards() external;

    /**
     * @notice Governance adjustment: moves `amount` from the pool to `node`'s earnings in the current period, subject
     *         to the profit cap (the excess, and any excess pending, goes to the treasury at once).
     * @dev    Only `DEFAULT_ADMIN_ROLE`. `node` must have been active once. Emits `EarningsAdjusted`.
     */
    function updateNodeEarnings(address node, uint256 amount) external;

    /**
     * @notice Applies the profit cap in force to `node`'s earnings in the open payout period and sends the excess (and
     *         any excess pending) to the treasury.
     *         Useful after governance lowers the cap. Anyone may call. Emits `ProfitCapEnforced` when it takes some.
     * @return excess What was taken off the node's earnings.
     */
    function enforceProfitCap(address node) external returns (uint256 excess);

    /* ============ Events ============ */

    /// @notice Emitted when USDC that arrived (forwarded fees or transfers) joins the pool.
    event RewardsReceived(uint256 amount, uint256 newPool);

    /// @notice Emitted per distributed epoch: the share of the pool it got and where that went.
    event EpochRewardsDistributed(
        uint256 indexed epoch,
        uint256 indexed period,
        uint256 nodeCount,
        uint256 share,
        uint256 owedRepaid,
        uint256 costsPaid,
        uint256 bonusPerNode,
        uint256 newShortfall,
        uint256 excess
    );

    /// @notice Emitted when excess above the profit cap set aside so far is handed to the treasury.
    event ExcessForwarded(address indexed treasury, uint256 amount);

    /// @notice Emitted when a period close could not hand the pending excess to the treasury: it stays pending.
    event ExcessForwardFailed(address indexed treasury, uint256 amount);

    /// @notice Emitted when payout period `period` closes: its epochs are distributed and it can be paid.
    event PeriodClosed(uint256 indexed period, uint256 lastEpoch, uint256 closedAt);

    /// @notice Emitted when `node`'s earnings of `period` are paid to `recipient` (its NFT owner).
    event PayoutExecuted(
        uint256 indexed period, address indexed node, uint32 nodeId, address indexed recipient, uint256 amount
    );

    /// @notice Emitted when paying `recipient` failed: the amount is claimable by it.
    event PayoutDeferred(
        uint256 indexed period, address indexed node, uint32 nodeId, address indexed recipient, uint256 amount
    );

    /// @notice Emitted at the end of each `executePayouts`: entries it went through, and entries of closed periods left.
    event PayoutsExecuted(uint256 processed, uint256 remaining);

    /// @notice Emitted when `account` claims its deferred payouts to `to`.
    event Claimed(address indexed account, address indexed to, uint256 amount);

    /// @notice Emitted by `updateNodeEarnings`.
    event EarningsAdjusted(address indexed node, uint256 indexed period, uint256 amount, uint256 excess);

    /// @notice Emitted by `enforceProfitCap` when it moved something.
    event ProfitCapEnforced(address indexed node, uint256 excess);

    /// @notice Emitted when governance changes the base pay.
    event BasePayPerMonthUpdated(uint256 previousAmount, uint256 newAmount);

    /// @notice Emitted when governance changes the cost per message.
    event VariableCostPerMessageUpdated(uint256 previousAmount, uint256 newAmount);

    /// @notice Emitted when governance changes the payout period (applied from the next period on).
    event PayoutPeriodUpdated(uint256 previousPeriod, uint256 newPeriod);

    /// @notice Emitted when governance changes the profit cap.
    event ProfitCapBpsUpdated(uint256 previousBps, uint256 newBps);

    /// @notice Emitted when governance changes the owed cap.
    event OwedCapBpsUpdated(uint256 previousBps, uint256 newBps);

    /// @notice Emitted when a node's owed shortfall would pass the owed cap: `amount` is written off for good.
    event OwedWrittenOff(address indexed node, uint32 indexed nodeId, uint256 amount);

    /// @notice Emitted when the pauser pauses the distributor.
    event Paused(address account);

    /// @notice Emitted when the admin unpauses the distributor.
    event Unpaused(address account);

    /* ============ Errors ============ */

    /// @notice A zero amount where one is needed.
    error ZeroAmount();

    /// @notice The USDC token must have 6 decimals.
    error InvalidUsdcDecimals(uint8 decimals);

    /// @notice No closed payout period is waiting; the next closes at `nextPayoutAt`.
    error PayoutNotDue(uint256 nextPayoutAt);

    /// @notice The caller has nothing to claim.
    error NothingToClaim();

    /// @notice Claims cannot be sent to the distributor itself.
    error InvalidRecipient(address recipient);

    /// @notice No excess is waiting for the treasury.
    error NothingToForward();

    /// @notice The pool holds `available`, less than `requested`.
    error InsufficientPool(uint256 available, uint256 requested);

    /// @notice A governance parameter is out of its bounds `[minimum, maximum]`.
    error ParameterOutOfBounds(uint256 value, uint256 minimum, uint256 maximum);

    /// @notice Period `period` is closed and not paid out yet, and the open period would reuse its records: run
    ///         `executePayouts` first.
    error PayoutsPending(uint256 period);

    /// @notice The distributor is paused.
    error EnforcedPause();

    /// @notice The distributor is not paused.
    error ExpectedPause();

    /* ============ Payouts ============ */

    /**
     * @notice Pays up to `maxNodes` (node, period) earnings of closed periods, continuing from the cursor.
     * @dev    Anyone. Reverts with `PayoutNotDue` when no closed period is unpaid. Emits `PayoutExecuted` or
     *         `PayoutDeferred` per node paid, then `PayoutsExecuted`.
     * @return remaining The (node, period) entries of closed periods still unpaid.
     */
    function executePayouts(uint256 maxNodes) external returns (uint256 remaining);

    /**
     * @notice Hands the excess set aside (`pendingExcess`) to `XMTPTreasury.handleExcessRewards`.
     * @dev    Anyone. Reverts with `NothingToForward` when none is pending. Emits `ExcessForwarded`.
     * @return amount The USDC handed over.
     */
    function forwardExcess() external returns (uint256 amount);

    /// @notice Sends the caller its deferred payouts. Emits `Claimed`.
    function claim() external returns (uint256 amount);

    /// @notice Sends the caller's deferred payouts to `to` (for a recipient that cannot receive). Emits `Claimed`.
    function claimTo(address to) external returns (uint256 amount);

    /* ============ Governance ============ */

    /// @notice Sets the base pay per node per payout period (at most 1,000,000 USDC). Only `DEFAULT_ADMIN_ROLE`.
    function setBasePayPerMonth(uint256 amount) external;

    /// @notice Sets the variable cost per message served (at most 1 USDC). Only `DEFAULT_ADMIN_ROLE`.
    function setVariableCostPerMessage(uint256 amount) external;

    /// @notice Sets the payout period (1 to 365 days), from the next period on. Only `DEFAULT_ADMIN_ROLE`.
    function setPayoutPeriod(uint256 period) external;

    /// @notice Sets the profit cap in bps of costs (10,000 to 100,000). Only `DEFAULT_ADMIN_ROLE`.
    function setProfitCapBps(uint256 bps) external;

    /**
     * @notice Sets the most a node may be owed, in bps of a month's base pay (0 to 120,000, twelve months; default
     *         30,000). Applies to shortfalls recorded from now on. Only `DEFAULT_ADMIN_ROLE`.
     */
    function setOwedCapBps(uint256 bps) external;

    /// @notice Stops distributions, payouts, claims and adjustments. Only `PAUSER_ROLE`.
    function pause() external;

    /// @notice Resumes. Only `DEFAULT_ADMIN_ROLE`.
    function unpause() external;

    /* ============ Views ============ */

    /// @notice The earliest time a payout may be due: when the earliest unpaid closed period closed, or else when the
    ///         current period's last epoch ends (projected with the current epoch duration).
    function nextPayoutAt() external view returns (uint256);

    /// @notice USDC not yet allocated to any epoch.
    function pool() external view returns (uint256);

    /// @notice USDC allocated to nodes and not yet paid out.
    function unpaidEarnings() external view returns (uint256);

    /// @notice USDC of failed payouts, claimable by their recipients.
    function totalClaimable() external view returns (uint256);

    /// @notice Costs nodes were not paid for yet (a debt, not money held).
    function totalOwed() external view returns (uint256);

    /// @notice Excess above the cap set aside and not yet handed to the treasury.
    function pendingExcess() external view returns (uint256);

    /// @notice What `account` may claim.
    function claimableOf(address account) external view returns (uint256);

    /// @notice The first epoch not yet distributed.
    function nextEpoch() external view returns (uint256);

    /// @notice Epochs whose report window has closed, waiting for `distributeRewards`. Zero while the payouts of the
    ///         period two back are pending (its records are reused by the next period: pay it out first).
    function pendingEpochs() external view returns (uint256);

    /**
     * @notice When the next epoch becomes distributable: the close of its report window
     *         (`INodeSelectionManager.reportWindowClosesAt(nextEpoch())`). In the past when epochs are pending. For
     *         the current epoch, its rotation must have happened too.
     */
    function nextDistributionAt() external view returns (uint256);

    /// @notice The payout period epochs are now distributed into (earlier ones are closed).
    function currentPeriod() external view returns (uint256);

    /// @notice The payout cursor: the period and the index in its list of the next entry to pay.
    function payoutCursor() external view returns (uint256 period, uint256 index);

    /// @notice Unpaid (node, period) entries of closed periods.
    function pendingPayouts() external view returns (uint256);

    /// @notice When payout period `period` closed (zero while open).
    function periodClosedAt(uint256 period) external view returns (uint256);

    /// @notice Base pay per node per payout period, USDC units (default 1,000 USDC).
    function basePayPerMonth() external view returns (uint256);

    /// @notice Cost per message served, USDC units.
    function variableCostPerMessage() external view returns (uint256);

    /// @notice The payout period applied to periods opened from now on (default 30 days).
    function payoutPeriod() external view returns (uint256);

    /// @notice The profit cap in bps of costs (default 12,500).
    function profitCapBps() external view returns (uint256);

    /// @notice The most a node may be owed, in bps of a month's base pay (default 30,000: three months).
    function owedCapBps() external view returns (uint256);

    /**
     * @notice The base pay per month and the cost per message that apply to `epoch` (changes apply from the epoch
     *         after the one they were made in).
     */
    function pricesAt(uint256 epoch) external view returns (uint256 basePayPerMonth_, uint256 variableCostPerMessage_);

    /// @notice Whether the distributor is paused.
    function paused() external view returns (bool);

    /// @notice The USDC token.
    function usdc() external view returns (address);

    /// @notice The node selection manager (active sets per epoch).
    function selection() external view returns (address);

    /// @notice The Payers contract (fees and messages served).
    function payers() external view returns (address);

    /// @notice The Nodes registry (NFT owners).
    function nodes() external view returns (address);

    /// @notice The earnings tracker.
    function tracker() external view returns (address);

    /// @notice The treasury receiving excess rewards.
    function treasury() external view returns (address);
}
