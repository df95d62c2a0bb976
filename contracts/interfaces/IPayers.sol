// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IErrors} from "./IErrors.sol";
import {INodeQuorum} from "./INodeQuorum.sol";

/**
 * @title  IPayers
 * @notice Who pays for messages, and how nodes get paid. Payers hold USDC balances (deposited by anyone for anyone);
 *         nodes report usage per originator and sequence-id range, signed by a strict majority of the node set, and
 *         anyone settles a report's per-payer fees in batches against its Merkle root.
 *
 *         The node set a report is checked against depends on governance: until a node selection manager is set, it
 *         is the registry's enabled nodes (`INodes.nodeSet()`, at submission); once one is set, it is the active set
 *         of the report's epoch (`INodeSelectionManager.activeNodeIdsAt(report.epoch)`), and `nodeSetHash` commits to
 *         it (see `reportNodeSet`). A balance may go negative
 *         (debt); deposits repay debt first. Withdrawals are time-locked so a payer cannot run from usage about to settle:
 *         a fee its balance does not cover is taken from its pending withdrawal before any of it becomes debt.
 *
 * @dev    Usage report digest (EIP-712, domain `name = "XMTP Payers"`, `version = "1"`, the chain id and this contract):
 *         `UsageReport(uint32 originatorNodeId,uint64 startSequenceId,uint64 endSequenceId,uint64 epoch,
 *         uint64 messagesServed,uint32 payerCount,bytes32 payersRoot,bytes32 nodeSetHash)`.
 *
 *         Payer tree (`payersRoot`): leaf `i` is `keccak256(abi.encodePacked(uint8(0), payer, uint96 fee))`; an inner
 *         node is `keccak256(abi.encodePacked(uint8(1), left, right))`; leaves stay in index order and a node without a
 *         sibling (the last of an odd-length level) moves up unchanged. Settlement proves a contiguous range of leaves
 *         with the sibling hashes on the range's left and right edges, level by level from the leaves up
 *         (see `MerkleRange`).
 *
 *         Accounting: `feeToken.balanceOf(this) >= Σ positive balances + Σ pending withdrawals + backedFees`, and
 *         `totalDebt == Σ negative balances`. Fees charged to a payer's positive balance or its pending withdrawal are
 *         backed at once; fees that drive it negative become backed only when the payer's next deposit repays the debt.
 *         Only backed fees move on.
 */
interface IPayers is IErrors, INodeQuorum {
    /* ============ Structs ============ */

    /// @notice A usage report: what an originator node served over a contiguous range of its sequence ids.
    struct UsageReport {
        /// @dev The node that originated (and was paid for) the messages.
        uint32 originatorNodeId;
        /// @dev First sequence id covered: exactly one past the originator's last reported id.
        uint64 startSequenceId;
        /// @dev Last sequence id covered (inclusive, at least `startSequenceId`, at most `maxReportRange() - 1` past it).
        uint64 endSequenceId;
        /// @dev The epoch the messages were served in (recorded per node for rewards).
        uint64 epoch;
        /// @dev How many messages the originator served in the range: at most one per sequence id of the range.
        uint64 messagesServed;
        /// @dev Leaves in the payer tree (at least 1).
        uint32 payerCount;
        /// @dev Root of the payer tree (see the interface's notice).
        bytes32 payersRoot;
        /// @dev The node set the signers signed for: `reportNodeSet(epoch)` (the registry's `INodes.nodeSet()` until a
        ///      selection manager is set, then the hash of the epoch's active node ids).
        bytes32 nodeSetHash;
    }

    /// @notice A leaf of the payer tree.
    struct PayerFee {
        address payer;
        uint96 fee;
    }

    /// @notice A pending withdrawal.
    struct Withdrawal {
        uint128 amount;
        uint64 readyAt;
    }

    /* ============ Events ============ */

    /// @notice Emitted when `depositor` funds `payer`.
    event Deposited(address indexed payer, address indexed depositor, uint256 amount, int256 newBalance);

    /// @notice Emitted when a payer reserves `amount` for withdrawal, available from `readyAt`.
    event WithdrawalRequested(address indexed payer, uint256 amount, uint64 readyAt);

    /// @notice Emitted when a payer cancels its pending withdrawal; the amount returns to its balance.
    event WithdrawalCancelled(address indexed payer, uint256 amount, int256 newBalance);

    /// @notice Emitted when a payer's withdrawal is paid out to `recipient`.
    event WithdrawalFinalized(address indexed payer, address indexed recipient, uint256 amount);

    /// @notice Emitted when a signed usage report is accepted.
    event UsageReportSubmitted(
        uint256 indexed reportId,
        uint32 indexed originatorNodeId,
        uint64 indexed epoch,
        uint64 startSequenceId,
        uint64 endSequenceId,
        uint64 messagesServed,
        uint32 payerCount,
        bytes32 payersRoot,
        uint256 signatureCount
    );

    /**
     * @notice Emitted for each settled batch of a report's payer leaves `[firstIndex, firstIndex + count)`.
     * @param  totalFees     The batch's fees, all charged.
     * @param  uncoveredFees The part of them that became debt (neither balance nor pending withdrawal covered it).
     */
    event UsageSettled(
        uint256 indexed reportId, uint32 firstIndex, uint32 count, uint256 totalFees, uint256 uncoveredFees
    );

    /**
     * @notice Emitted for each payer leaf settled, after the batch's `PendingWithdrawalCharged` for that payer if any
     *         (one per payer and report: the chain shows what each payer paid for, report by report).
     * @param  reportId   The report settled.
     * @param  payer      The payer charged.
     * @param  fee        The leaf's fee, charged in full.
     * @param  newBalance The payer's balance after the charge (negative: debt).
     */
    event PayerCharged(uint256 indexed reportId, address indexed payer, uint256 fee, int256 newBalance);

    /**
     * @notice Emitted when settlement takes `amount` of a fee the payer's balance did not cover from its pending
     *         withdrawal; `remaining` is left pending (zero: the withdrawal is gone).
     */
    event PendingWithdrawalCharged(address indexed payer, uint256 amount, uint256 remaining);

    /// @notice Emitted when backed fees are forwarded to the fee distributor.
    event FeesForwarded(address indexed distributor, uint256 amount);

    /// @notice Emitted when governance changes the minimum deposit.
    event MinimumDepositUpdated(uint256 previousMinimumDeposit, uint256 newMinimumDeposit);

    /// @notice Emitted when governance changes the withdrawal lock period.
    event WithdrawalLockPeriodUpdated(uint32 previousLockPeriod, uint32 newLockPeriod);

    /// @notice Emitted when governance changes the longest sequence-id range one report may cover.
    event MaxReportRangeUpdated(uint256 previousMaxReportRange, uint256 newMaxReportRange);

    /// @notice Emitted when governance sets where forwarded fees go.
    event FeeDistributorUpdated(address previousDistributor, address newDistributor);

    /// @notice Emitted when governance sets (or, with zero, unsets) the node selection manager whose active sets
    ///         reports are checked against.
    event NodeSelectionManagerUpdated(address previous, address next);

    /// @notice Emitted when the pauser pauses deposits, withdrawals, reports and settlement.
    event Paused(address account);

    /// @notice Emitted when the admin unpauses.
    event Unpaused(address account);

    /* ============ Errors ============ */

    /// @notice The fee token must have 6 decimals (USDC).
    error InvalidFeeTokenDecimals(uint8 decimals);

    /// @notice A deposit below the minimum.
    error DepositBelowMinimum(uint256 amount, uint256 minimumDeposit);

    /// @notice A zero amount where one is needed.
    error ZeroAmount();

    /// @notice A withdrawal request above the payer's available balance (a withdrawal cannot create debt).
    error InsufficientBalance(int256 balance, uint256 amount);

    /// @notice The payer already has a pending withdrawal.
    error WithdrawalAlreadyPending(uint256 amount, uint64 readyAt);

    /// @notice The payer has no pending withdrawal.
    error NoPendingWithdrawal();

    /// @notice The pending withdrawal's lock has not passed yet.
    error WithdrawalLocked(uint64 readyAt);

    /// @notice The payer is in debt: usage settled during the lock must be paid before a withdrawal.
    error PayerInDebt(int256 balance);

    /// @notice A lock period above `MAX_WITHDRAWAL_LOCK_PERIOD`.
    error InvalidWithdrawalLockPeriod(uint32 lockPeriod);

    /// @notice A minimum deposit that does not fit the packed configuration (or is zero).
    error InvalidMinimumDeposit(uint256 minimumDeposit);

    /// @notice A report's range does not start right after the originator's last reported id, or ends before it starts.
    error InvalidSequenceRange(uint32 originatorNodeId, uint64 expectedStart, uint64 start, uint64 end);

    /// @notice A report covers more sequence ids (`end - start + 1`) than `maxReportRange()`.
    error ReportRangeTooLarge(uint256 length, uint256 maximum);

    /// @notice A report counts more messages served than its range has sequence ids.
    error MessagesServedExceedRange(uint64 messagesServed, uint256 length);

    /// @notice The report's epoch is before `oldestReportableEpoch`, the oldest whose report window is open.
    error ReportEpochClosed(uint64 epoch, uint256 oldestReportableEpoch);

    /// @notice A report names an epoch before the last one reported for its originator.
    error ReportEpochRegressed(uint32 originatorNodeId, uint64 lastEpoch, uint64 epoch);

    /// @notice A maximum report range of zero, or one that does not fit 64 bits.
    error InvalidMaxReportRange(uint256 maxReportRange);

    /// @notice A report without payers.
    error EmptyReport();

    /// @notice The originator is not a registered node.
    error UnknownOriginator(uint32 originatorNodeId);

    /// @notice The report names a node set other than the one in force.
    error NodeSetMismatch(bytes32 expected, bytes32 actual);

    /// @notice The report's epoch has not started yet in the node selection manager (the current one is
    ///         `currentEpoch`): its active set is not known.
    error ReportEpochNotReached(uint64 epoch, uint256 currentEpoch);

    /// @notice The report's epoch had no active node: nobody can sign for it.
    error NoActiveNodes(uint64 epoch);

    /// @notice A node selection manager that reads another node registry than this contract's (`nodes()`).
    error NodeSelectionManagerRegistryMismatch(address expectedNodes, address actualNodes);

    /// @notice No report has this id.
    error ReportNotFound(uint256 reportId);

    /// @notice A settlement batch does not start at the report's next unsettled leaf, or runs past its last.
    error InvalidSettlementRange(uint256 reportId, uint32 nextIndex, uint256 count, uint32 payerCount);

    /// @notice The batch's leaves and proof do not produce the report's root.
    error InvalidPayersProof(uint256 reportId);

    /// @notice No fee distributor is set yet.
    error NoFeeDistributor();

    /// @notice No backed fees to forward.
    error NothingToForward();

    /// @notice Paused.
    error EnforcedPause();

    /// @notice Not paused.
    error ExpectedPause();

    /* ============ Payers ============ */

    /**
     * @notice Funds `payer` with `amount` of the fee token from the caller (who must have approved it).
     * @dev    Anyone may fund anyone. At least `minimumDeposit()`. Repays the payer's debt first. Emits `Deposited`.
     */
    function deposit(address payer, uint256 amount) external;

    /**
     * @notice `deposit` with an EIP-2612 permit instead of a prior approval.
     * @dev    A permit that fails (for example because someone front-ran it) is ignored when the allowance already covers
     *         `amount`, so that the deposit cannot be griefed.
     */
    function depositWithPermit(address payer, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) external;

    /**
     * @notice Reserves `amount` of the caller's balance for withdrawal after `withdrawalLockPeriod()`.
     * @dev    One pending withdrawal at a time; cannot create debt. Emits `WithdrawalRequested`.
     */
    function requestWithdrawal(uint256 amount) external;

    /**
     * @notice Returns the caller's pending withdrawal to its balance (repaying debt first).
     * @dev    Emits `WithdrawalCancelled`.
     */
    function cancelWithdrawal() external;

    /**
     * @notice Pays the caller's pending withdrawal to `recipient` once the lock has passed and the caller is not in debt.
     * @dev    Emits `WithdrawalFinalized`.
     */
    function finalizeWithdrawal(address recipient) external;

    /* ============ Usage ============ */

    /**
     * @notice Accepts a usage report signed by a strict majority of the node set.
     * @dev    Anyone may submit. Each signature must recover to its node's current signer and the node must be in the
     *         set; invalid signatures are ignored and do not count. Emits `UsageReportSubmitted`.
     *
     *         Once a node selection manager is set, the set is the active set of `report.epoch` (one call to
     *         `activeNodeIdsAt`): the quorum is a strict majority of that set, `report.nodeSetHash` must be
     *         `reportNodeSet(report.epoch)`'s hash (else `NodeSetMismatch`), and a signature by a node outside that set
     *         is ignored like any other invalid one (not even recovered). A future epoch reverts with
     *         `ReportEpochNotReached`, an epoch without active nodes with `NoActiveNodes`. A report may name the current
     *         epoch; its set is then the set as it stands (a seat refilled later in the epoch changes it).
     *
     *         Bounds, whatever the signers: the range is at most `maxReportRange()` sequence ids
     *         (`ReportRangeTooLarge`) and counts at most one message served per sequence id
     *         (`MessagesServedExceedRange`). Ranges of one originator are contiguous and disjoint from 1, so the
     *         `messagesServed` of all its reports add up to at most 2^64 - 1: `messagesServed(epoch, node)` never
     *         overflows, and no report is refused for that. Per originator, epochs never go back: `report.epoch` is at
     *         least the epoch of its last accepted report (`ReportEpochRegressed`). With a selection manager, the epoch
     *         must also be one whose report window is open: `oldestReportableEpoch() <= report.epoch` (the current
     *         epoch, or the one before until its window closes; else `ReportEpochClosed`), so that a majority of some
     *         old epoch's set cannot sign anything today, and an epoch the distributor may already have paid out takes
     *         no more usage.
     * @param  report     The report.
     * @param  signatures The nodes' signatures of `usageReportDigest(report)`, in ascending node id order.
     * @return reportId   The report's id, from 0.
     */
    function submitUsageReport(UsageReport calldata report, NodeSignature[] calldata signatures)
        external
        returns (uint256 reportId);

    /**
     * @notice Settles the report's next `fees.length` payer leaves: debits each payer once.
     * @dev    Anyone may call. A fee above the payer's positive balance is taken first from the balance, then from its
     *         pending withdrawal (its amount and `totalPendingWithdrawals` drop, `PendingWithdrawalCharged`; a
     *         withdrawal taken whole is gone), and only the rest becomes debt: a payer cannot withdraw the money a
     *         report settled before its lock ended charges. Emits `PayerCharged` per leaf, then `UsageSettled`.
     * @param  reportId The report.
     * @param  fees     Leaves `[nextIndex, nextIndex + fees.length)` of the report's payer tree.
     * @param  proof    The range proof: the edge sibling hashes, bottom level first, left before right.
     */
    function settleUsage(uint256 reportId, PayerFee[] calldata fees, bytes32[] calldata proof) external;

    /**
     * @notice Forwards all backed fees to the fee distributor.
     * @dev    Anyone may call once governance set a distributor. Emits `FeesForwarded`.
     */
    function forwardFees() external returns (uint256 amount);

    /* ============ Governance ============ */

    /// @notice Sets the minimum deposit. Only `DEFAULT_ADMIN_ROLE`. Emits `MinimumDepositUpdated`.
    function setMinimumDeposit(uint256 minimumDeposit) external;

    /// @notice Sets the withdrawal lock period (at most 7 days). Only `DEFAULT_ADMIN_ROLE`.
    function setWithdrawalLockPeriod(uint32 lockPeriod) external;

    /**
     * @notice Sets the longest sequence-id range one usage report may cover (`end - start + 1`).
     * @dev    Only `DEFAULT_ADMIN_ROLE`. From 1 to 2^64 - 1 (`InvalidMaxReportRange`). Emits `MaxReportRangeUpdated`.
     * @param  maxReportRange_ The new maximum, in sequence ids.
     */
    function setMaxReportRange(uint256 maxReportRange_) external;

    /// @notice Sets where `forwardFees` sends backed fees. Only `DEFAULT_ADMIN_ROLE`.
    function setFeeDistributor(address distributor) external;

    /**
     * @notice Sets the node selection manager whose active sets reports are checked against, or with zero returns to
     *         checking them against the registry's enabled nodes.
     * @dev    Only `DEFAULT_ADMIN_ROLE`. A non-zero manager must read this contract's node registry
     *         (`NodeSelectionManagerRegistryMismatch`). Reports signed for the other mode's `nodeSetHash` no longer
     *         verify. Emits `NodeSelectionManagerUpdated`.
     * @param  manager The `INodeSelectionManager`, or zero.
     */
    function setNodeSelectionManager(address manager) external;

    /// @notice Pauses deposits, withdrawals, reports and settlement. Only `PAUSER_ROLE`.
    function pause() external;

    /// @notice Unpauses. Only `DEFAULT_ADMIN_ROLE`.
    function unpause() external;

    /* ============ Views ============ */

    /// @notice The payer's balance; negative when settled usage exceeded it (debt).
    function balanceOf(address payer) external view returns (int256);

    /// @notice The payer's pending withdrawal (zero amount when none).
    function pendingWithdrawal(address payer) external view returns (Withdrawal memory);

    /// @notice The fee token (USDC).
    function feeToken() external view returns (address);

    /// @notice The node registry.
    function nodes() external view returns (address);

    /// @notice Where forwarded fees go (zero until governance sets it).
    function feeDistributor() external view returns (address);

    /// @notice The node selection manager reports are checked against (zero: the registry's enabled nodes).
    function nodeSelectionManager() external view returns (address);

    /**
     * @notice The node set a report for `epoch` is checked against, as signers must name it.
     * @dev    Without a selection manager: `INodes.nodeSet()` (the registry's enabled nodes now, whatever the epoch).
     *         With one: `nodeSetHash = keccak256(abi.encodePacked(ids))` where `ids` are
     *         `activeNodeIdsAt(epoch)` sorted ascending (each id padded to a 32-byte word, as `abi.encodePacked` lays
     *         out arrays), and `size = ids.length`; reverts like `submitUsageReport` for a future epoch. A report needs
     *         `size / 2 + 1` valid signatures.
     * @return nodeSetHash The value for `UsageReport.nodeSetHash`.
     * @return size        The number of nodes in the set.
     */
    function reportNodeSet(uint64 epoch) external view returns (bytes32 nodeSetHash, uint256 size);

    /// @notice The smallest accepted deposit, in fee token units.
    function minimumDeposit() external view returns (uint256);

    /// @notice How long a withdrawal stays locked, in seconds.
    function withdrawalLockPeriod() external view returns (uint32);

    /// @notice Sum of all negative balances, as a positive number.
    function totalDebt() external view returns (uint256);

    /// @notice Settled fees backed by tokens and not yet forwarded.
    function backedFees() external view returns (uint256);

    /// @notice Sum of all pending withdrawals.
    function totalPendingWithdrawals() external view returns (uint256);

    /// @notice Whether the contract is paused.
    function paused() external view returns (bool);

    /// @notice The EIP-712 digest the nodes sign for `report`.
    function usageReportDigest(UsageReport calldata report) external view returns (bytes32);

    /// @notice The last sequence id reported for `originatorNodeId` (0 before its first report).
    function lastReportedSequenceId(uint32 originatorNodeId) external view returns (uint64);

    /// @notice The longest sequence-id range one usage report may cover (`DEFAULT_MAX_REPORT_RANGE` until set).
    function maxReportRange() external view returns (uint256);

    /// @notice Messages `nodeId` served in `epoch`, as reported (at most 2^64 - 1 over all epochs: see
    ///         `submitUsageReport`).
    function messagesServed(uint64 epoch, uint32 nodeId) external view returns (uint64);

    /**
     * @notice `messagesServed(epoch, nodeIds[i])` for each node, in one call (for the reward distributor).
     * @dev    Same order and length as `nodeIds`; duplicates and unknown nodes are allowed (unknown ones served 0).
     * @param  epoch   The epoch.
     * @param  nodeIds The nodes.
     * @return counts  Messages each node served in `epoch`, as reported.
     */
    function messagesServedBatch(uint64 epoch, uint32[] calldata nodeIds) external view returns (uint64[] memory counts);

    /// @notice A report's settlement state.
    function getReport(uint256 reportId)
        external
        view
        returns (uint32 originatorNodeId, uint32 payerCount, uint32 settledCount, bytes32 payersRoot);

    /// @notice How many reports were accepted.
    function reportCount() external view returns (uint256);
}
