// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IErrors} from "./IErrors.sol";

/**
 * @title  INodeEarningsTracker
 * @notice The ledger of node rewards: per node (the operator address the selection manager knows it by, the Node
 *         Operator NFT owner that registered it), per payout period, what it earned and what it cost; per node, its
 *         lifetime earnings and the shortfall it is owed. Written only by the reward distributor, which holds the
 *         money; the tracker holds none.
 *
 * @dev    The first four members are the published proposal's interface, kept exactly; everything else extends it.
 *
 *         The profit cap: a node's earnings in a period never exceed `capBps / 10,000` of its costs in that period.
 *         Every write that adds earnings applies it (`recordEpoch`), and `enforceProfitCap` applies it again after a
 *         governance change, moving what is above the cap in the open period to the treasury through the distributor.
 */
interface INodeEarningsTracker is IErrors {
    /* ============ Proposal interface (kept exactly) ============ */

    /// @notice Emitted whenever `node`'s lifetime earnings change; `newTotal` is the new lifetime total.
    event EarningsUpdated(address indexed node, uint256 newTotal, uint256 timestamp);

    /**
     * @notice Adds `amount` to `node`'s earnings in the distributor's current payout period (no cap applied here:
     *         the distributor enforces it right after).
     * @dev    Only the distributor. `node` must have been active once (its node id is known). Emits `EarningsUpdated`.
     */
    function addRewards(address node, uint256 amount) external;

    /// @notice `node`'s earnings over all periods (what is above the cap excluded).
    function getTotalEarnings(address node) external view returns (uint256);

    /**
     * @notice Moves what `node` earned above the profit cap in the open payout period to the treasury, through the
     *         distributor (`IRewardDistributor.enforceProfitCap`). Anyone may call.
     * @return excess The USDC moved (zero when the node is within the cap).
     */
    function enforceProfitCap(address node) external returns (uint256 excess);

    /* ============ Structs ============ */

    /// @notice A node's record of one payout period, in one slot: the only slot an epoch's distribution writes for a
    ///         node already in the period.
    struct PeriodRecord {
        /// @dev USDC units earned in the period, within the cap (2^64 units is 18 trillion USDC).
        uint64 earnings;
        /// @dev USDC units of costs in the period: base pay, served messages, and shortfall repaid in it.
        uint64 costs;
        /// @dev The node's lifetime earnings before this period: lifetime earnings are this plus `earnings`. Stored in
        ///      80 bits (over 10^18 USDC).
        uint96 priorEarnings;
        /// @dev The node id the earnings were for (the payout goes to this NFT's owner).
        uint32 nodeId;
    }

    /// @notice A node's running account, in one slot. Written when the node enters a new period or its owed shortfall
    ///         changes.
    struct Account {
        /// @dev Costs not covered by the pools of the epochs they were incurred in, to be repaid first later.
        uint96 owed;
        /// @dev The node id of its latest record.
        uint32 nodeId;
        /// @dev The period of its latest record.
        uint32 lastPeriod;
    }

    /// @notice One node's share of an epoch, as the distributor records it.
    struct EpochEntry {
        address node;
        uint32 nodeId;
        /// @dev Whether `owed` is to be written: the distributor read or changed the node's owed shortfall.
        bool syncOwed;
        /// @dev Added to its period earnings (before the cap).
        uint256 earnings;
        /// @dev Added to its period costs.
        uint256 costs;
        /// @dev Its owed shortfall after the epoch (used when `syncOwed`).
        uint256 owed;
    }

    /* ============ Events ============ */

    /// @notice Emitted when governance sets the distributor, the only writer.
    event DistributorUpdated(address previousDistributor, address newDistributor);

    /// @notice Emitted when `node`'s owed shortfall changes.
    event OwedUpdated(address indexed node, uint256 owed);

    /// @notice Emitted when `applyProfitCap` takes `excess` above the cap from `node`'s record of `period`.
    event ProfitCapApplied(address indexed node, uint256 indexed period, uint256 excess);

    /* ============ Errors ============ */

    /// @notice Only the distributor may write.
    error NotDistributor(address caller);

    /// @notice `node` has no record yet: it was never active, so its node id is unknown.
    error UnknownNode(address node);

    /// @notice A node id of zero (node ids start at 1).
    error ZeroNodeId(address node);

    /* ============ Distributor writes ============ */

    /**
     * @notice Records one epoch's allocation in `period`: for each entry, its earnings and costs are added to the node's
     *         record, the profit cap (`capBps` of the period's costs) is applied, and its owed shortfall is set when
     *         `syncOwed`. Nodes new to `period` join its payout list.
     * @dev    Only the distributor. Emits `EarningsUpdated` per node and `OwedUpdated` when owed changes. The excess
     *         is reported in total (the distributor's `EpochRewardsDistributed`), not per node, to keep epochs cheap.
     * @return excess The sum of what was above the cap (the distributor sends it to the treasury).
     */
    function recordEpoch(uint256 period, EpochEntry[] calldata entries, uint256 capBps)
        external
        returns (uint256 excess);

    /**
     * @notice Applies the cap of `capBps` to `node`'s latest record, if its period is `openPeriod` (the distributor's
     *         current period: closed periods are final, they may be paid already).
     * @dev    Only the distributor. Emits `ProfitCapApplied` and `EarningsUpdated` when something is taken.
     * @return excess What was taken off the record.
     */
    function applyProfitCap(address node, uint256 capBps, uint256 openPeriod) external returns (uint256 excess);

    /* ============ Governance ============ */

    /// @notice Sets the distributor. Only `DEFAULT_ADMIN_ROLE`. Emits `DistributorUpdated`.
    function setDistributor(address distributor) external;

    /* ============ Views ============ */

    /// @notice The reward distributor: the only writer.
    function distributor() external view returns (address);

    /// @notice `node`'s record of `period` (zero when it earned nothing then). Records are kept for the open period
    ///         and the one before it: period `p + 2` reuses the slots of period `p`, once `p` is paid out.
    function periodRecord(uint256 period, address node) external view returns (PeriodRecord memory);

    /// @notice `node`'s earnings in `period`.
    function earningsOf(address node, uint256 period) external view returns (uint256);

    /// @notice `node`'s costs in `period`.
    function costsOf(address node, uint256 period) external view returns (uint256);

    /// @notice `node`'s running account.
    function account(address node) external view returns (Account memory);

    /// @notice `node`'s owed shortfall.
    function owedOf(address node) external view returns (uint256);

    /// @notice The owed shortfall of each of `nodes`.
    function owedOfBatch(address[] calldata nodes) external view returns (uint256[] memory owed);

    /// @notice How many nodes have a record in `period` (the length of its payout list): zero for a period whose list
    ///         period `period + 2` has reused.
    function periodNodeCount(uint256 period) external view returns (uint256);

    /// @notice Entries `[start, start + count)` of `period`'s payout list, with their records (clamped to the list).
    function periodNodes(uint256 period, uint256 start, uint256 count)
        external
        view
        returns (address[] memory nodes, PeriodRecord[] memory records);
}
