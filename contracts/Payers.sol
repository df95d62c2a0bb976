// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {NodeIds} from "./libraries/NodeIds.sol";
import {NodeQuorum} from "./libraries/NodeQuorum.sol";

import {INodeSelectionManager} from "./interfaces/INodeSelectionManager.sol";
import {INodes} from "./interfaces/INodes.sol";
import {IPayers} from "./interfaces/IPayers.sol";
import {MerkleRange} from "./libraries/MerkleRange.sol";
import {PayersConfig} from "./types/PayersConfig.sol";
import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";
import {EIP712Upgradeable} from "@openzeppelin/contracts-upgradeable/utils/cryptography/EIP712Upgradeable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/**
 * @title  Payers
 * @notice Payer balances in USDC, signed usage reports and their settlement (see `IPayers`). Behind a UUPS proxy.
 */
contract Payers is IPayers, Initializable, AccessControlUpgradeable, EIP712Upgradeable, UUPSUpgradeable {
    using SafeERC20 for IERC20;

    /* ============ Constants ============ */

    /// @notice The role that may pause (not unpause).
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");

    /// @notice The longest withdrawal lock governance may set.
    uint32 public constant MAX_WITHDRAWAL_LOCK_PERIOD = 7 days;

    /// @notice The minimum deposit set at initialization: 10 USDC.
    uint64 public constant DEFAULT_MINIMUM_DEPOSIT = 10_000_000;

    /// @notice The withdrawal lock period set at initialization.
    uint32 public constant DEFAULT_WITHDRAWAL_LOCK_PERIOD = 2 days;

    /// @notice The longest sequence-id range of one report set at initialization: 100 million ids. A busy originator
    ///         reports every few minutes; this only stops ranges no honest report covers.
    uint64 public constant DEFAULT_MAX_REPORT_RANGE = 100_000_000;

    /// @notice The EIP-712 type hash of `UsageReport`.
    bytes32 public constant USAGE_REPORT_TYPEHASH = keccak256(
        "UsageReport(uint32 originatorNodeId,uint64 startSequenceId,uint64 endSequenceId,uint64 epoch,"
        "uint64 messagesServed,uint32 payerCount,bytes32 payersRoot,bytes32 nodeSetHash)"
    );

    string private constant EIP712_NAME = "XMTP Payers";
    string private constant EIP712_VERSION = "1";

    /* ============ Storage ============ */

    /// @dev A report's settlement state, in two slots.
    struct Report {
        bytes32 payersRoot;
        uint32 originatorNodeId;
        uint32 payerCount;
        uint32 settledCount;
    }

    /// @dev What an originator's next report is checked against, in one slot. The sequence id is the first member: a
    ///      contract deployed when the mapping's value was that id alone reads its values unchanged (epoch 0).
    struct LastReport {
        uint64 sequenceId;
        uint64 epoch;
    }

    /// @custom:storage-location erc7201:xmtp.storage.Payers
    struct PayersStorage {
        /// @dev Fee token, minimum deposit, lock period and pause bit: all a deposit reads but the payer's balance.
        PayersConfig config;
        /// @dev One slot: settlement and debt repayment update both with one SSTORE.
        uint128 totalDebt;
        uint128 backedFees;
        uint256 totalPendingWithdrawals;
        /// @dev One slot: what `submitUsageReport` reads besides the pause bit.
        address nodes;
        uint64 reportCount;
        address feeDistributor;
        mapping(address payer => int256 balance) balances;
        mapping(address payer => Withdrawal withdrawal) pendingWithdrawals;
        /// @dev Named for its first member, as before it became a struct.
        mapping(uint32 nodeId => LastReport) lastReportedSequenceIds;
        mapping(uint64 epoch => mapping(uint32 nodeId => uint64 count)) messagesServed;
        mapping(uint256 reportId => Report report) reports;
        /// @dev Zero: reports are checked against the registry's enabled nodes; else against this manager's epochs.
        ///      One slot with the range bound: `submitUsageReport` reads both.
        address nodeSelectionManager;
        /// @dev Zero on a contract deployed before it existed: read as `DEFAULT_MAX_REPORT_RANGE` until governance sets
        ///      it (`setMaxReportRange` never stores zero).
        uint64 maxReportRange;
    }

    // keccak256(abi.encode(uint256(keccak256("xmtp.storage.Payers")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant PAYERS_STORAGE = 0x233240f685bd74e771cd62fa936c2901dfbc08d074ff73e0a4419ef926463600;

    function _getPayersStorage() private pure returns (PayersStorage storage $) {
        assembly {
            $.slot := PAYERS_STORAGE
        }
    }

    /* ============ Initialization ============ */

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /**
     * @notice Initializes the proxy: roles, tokens, defaults (10 USDC minimum deposit, 2-day withdrawal lock).
     * @param  admin     Receives `DEFAULT_ADMIN_ROLE` (parameters, unpause, upgrades) and `PAUSER_ROLE`.
     * @param  feeToken_ The fee token: USDC (6 decimals).
     * @param  nodes_    The node registry (`INodes`).
     */
    function initialize(address admin, address feeToken_, address nodes_) external initializer {
        if (admin == address(0) || feeToken_ == address(0) || nodes_ == address(0)) revert ZeroAddress();
        uint8 decimals = IERC20Metadata(feeToken_).decimals();
        if (decimals != 6) revert InvalidFeeTokenDecimals(decimals);

        __AccessControl_init();
        __EIP712_init(EIP712_NAME, EIP712_VERSION);
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(PAUSER_ROLE, admin);

        PayersStorage storage $ = _getPayersStorage();
        $.config = $.config.withFeeToken(feeToken_);
        $.nodes = nodes_;
        _setMinimumDeposit(DEFAULT_MINIMUM_DEPOSIT);
        _setWithdrawalLockPeriod(DEFAULT_WITHDRAWAL_LOCK_PERIOD);
        // The report range bound stays unset: zero reads as `DEFAULT_MAX_REPORT_RANGE`, as on a proxy upgraded to it.
    }

    /* ============ Payers ============ */

    /// @inheritdoc IPayers
    function deposit(address payer, uint256 amount) external {
        _deposit(payer, amount);
    }

    /// @inheritdoc IPayers
    function depositWithPermit(address payer, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
    {
        address token = _getPayersStorage().config.feeToken();
        // A failed permit (front-run, or already used) is ignored: the transfer below fails anyway when the allowance
        // does not cover `amount`. The call goes to the fee token, the token `_deposit` then pulls from: nothing read
        // before it is used after it, and `_deposit` writes the balance before its transfer (reentrancy-no-eth).
        // slither-disable-next-line reentrancy-no-eth
        try IERC20Permit(token).permit(msg.sender, address(this), amount, deadline, v, r, s) {} catch {}
        _deposit(payer, amount);
    }

    /// @inheritdoc IPayers
    function requestWithdrawal(uint256 amount) external {
        PayersStorage storage $ = _getPayersStorage();
        PayersConfig config = $.config;
        if (config.paused()) revert EnforcedPause();
        if (amount == 0) revert ZeroAmount();
        Withdrawal memory pending = $.pendingWithdrawals[msg.sender];
        if (pending.amount != 0) revert WithdrawalAlreadyPending(pending.amount, pending.readyAt);
        int256 balance = $.balances[msg.sender];
        // casting to 'uint256' is safe because the left operand already rejected balance <= 0
        // forge-lint: disable-next-line(unsafe-typecast)
        if (balance <= 0 || amount > uint256(balance)) revert InsufficientBalance(balance, amount);

        // Cannot underflow: amount <= balance, checked above.
        // casting to 'int256' is safe because amount <= balance <= type(int256).max, checked above
        // forge-lint: disable-next-line(unsafe-typecast)
        $.balances[msg.sender] = balance - int256(amount);
        uint64 readyAt = SafeCast.toUint64(block.timestamp + config.withdrawalLockPeriod());
        $.pendingWithdrawals[msg.sender] = Withdrawal({amount: SafeCast.toUint128(amount), readyAt: readyAt});
        $.totalPendingWithdrawals += amount;
        emit WithdrawalRequested(msg.sender, amount, readyAt);
    }

    /// @inheritdoc IPayers
    function cancelWithdrawal() external {
        PayersStorage storage $ = _getPayersStorage();
        if ($.config.paused()) revert EnforcedPause();
        uint256 amount = $.pendingWithdrawals[msg.sender].amount;
        if (amount == 0) revert NoPendingWithdrawal();

        delete $.pendingWithdrawals[msg.sender];
        $.totalPendingWithdrawals -= amount;
        int256 newBalance = _credit($, msg.sender, amount);
        emit WithdrawalCancelled(msg.sender, amount, newBalance);
    }

    /// @inheritdoc IPayers
    function finalizeWithdrawal(address recipient) external {
        if (recipient == address(0)) revert ZeroAddress();
        PayersStorage storage $ = _getPayersStorage();
        PayersConfig config = $.config;
        if (config.paused()) revert EnforcedPause();
        Withdrawal memory pending = $.pendingWithdrawals[msg.sender];
        if (pending.amount == 0) revert NoPendingWithdrawal();
        // A validator's few seconds of timestamp leeway do not matter against a lock of days.
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp < pending.readyAt) revert WithdrawalLocked(pending.readyAt);
        int256 balance = $.balances[msg.sender];
        if (balance < 0) revert PayerInDebt(balance);

        delete $.pendingWithdrawals[msg.sender];
        $.totalPendingWithdrawals -= pending.amount;
        IERC20(config.feeToken()).safeTransfer(recipient, pending.amount);
        emit WithdrawalFinalized(msg.sender, recipient, pending.amount);
    }

    /* ============ Usage ============ */

    /// @inheritdoc IPayers
    function submitUsageReport(UsageReport calldata report, NodeSignature[] calldata signatures)
        external
        returns (uint256 reportId)
    {
        PayersStorage storage $ = _getPayersStorage();
        if ($.config.paused()) revert EnforcedPause();
        if (report.payerCount == 0) revert EmptyReport();
        INodes nodes_ = INodes($.nodes);
        uint32 originator = report.originatorNodeId;
        // Not `originator <= nodeCount()`: node ids are multiples of 100, and any other id (xmtpd's own originators
        // among them: 1 identity updates, 10–14 its migrator) has served nothing a usage report could charge for.
        if (!nodes_.nodeExists(originator)) revert UnknownOriginator(originator);

        address selection = _checkRangeAndEpoch($, report);
        uint256 signatureCount = _countValidSignatures(nodes_, selection, report, signatures);

        // Effects. With a selection manager, the epoch is one whose active set signed; without, it is as reported.
        uint64 epoch = report.epoch;
        $.lastReportedSequenceIds[originator] = LastReport({sequenceId: report.endSequenceId, epoch: epoch});
        // Checked, and it never reverts: `_checkRangeAndEpoch` bounds an originator's messages over all time by 2^64 - 1.
        $.messagesServed[epoch][originator] += report.messagesServed;
        reportId = $.reportCount++;
        $.reports[reportId] = Report({
            payersRoot: report.payersRoot, originatorNodeId: originator, payerCount: report.payerCount, settledCount: 0
        });
        _emitUsageReportSubmitted(reportId, report, signatureCount);
    }

    /// @inheritdoc IPayers
    function settleUsage(uint256 reportId, PayerFee[] calldata fees, bytes32[] calldata proof) external {
        PayersStorage storage $ = _getPayersStorage();
        if ($.config.paused()) revert EnforcedPause();
        Report storage report = $.reports[reportId];
        uint32 payerCount = report.payerCount;
        // Every accepted report has at least one payer: a zero count means no report.
        if (payerCount == 0) revert ReportNotFound(reportId);
        uint32 firstIndex = report.settledCount;
        uint256 count = fees.length;
        if (count == 0 || count > payerCount - firstIndex) {
            revert InvalidSettlementRange(reportId, firstIndex, count, payerCount);
        }

        {
            bytes32[] memory leaves = new bytes32[](count);
            for (uint256 i; i < count; ++i) {
                leaves[i] = MerkleRange.leafHash(fees[i].payer, fees[i].fee);
            }
            if (MerkleRange.computeRoot(leaves, firstIndex, payerCount, proof) != report.payersRoot) {
                revert InvalidPayersProof(reportId);
            }
        }

        // Both sums start at zero, as every local does. Written out (`= 0`), solc 0.8.30 emits code that costs 2 gas
        // more per call.
        // slither-disable-next-line uninitialized-local
        uint256 totalFees;
        // slither-disable-next-line uninitialized-local
        uint256 uncoveredFees;
        for (uint256 i; i < count; ++i) {
            uint256 fee = fees[i].fee;
            uncoveredFees += _charge($, reportId, fees[i].payer, fee);
            totalFees += fee;
        }

        // casting to 'uint32' is safe because count <= payerCount - firstIndex, checked above
        // forge-lint: disable-next-line(unsafe-typecast)
        report.settledCount = firstIndex + uint32(count);
        // Checked: both totals stay far below 2^128 (each fee is a uint96 and the batch is bounded by calldata).
        $.totalDebt += SafeCast.toUint128(uncoveredFees);
        $.backedFees += SafeCast.toUint128(totalFees - uncoveredFees);
        // casting to 'uint32' is safe because count <= payerCount - firstIndex, checked above
        // forge-lint: disable-next-line(unsafe-typecast)
        emit UsageSettled(reportId, firstIndex, uint32(count), totalFees, uncoveredFees);
    }

    /// @inheritdoc IPayers
    function forwardFees() external returns (uint256 amount) {
        PayersStorage storage $ = _getPayersStorage();
        PayersConfig config = $.config;
        if (config.paused()) revert EnforcedPause();
        address distributor = $.feeDistributor;
        if (distributor == address(0)) revert NoFeeDistributor();
        amount = $.backedFees;
        if (amount == 0) revert NothingToForward();

        $.backedFees = 0;
        IERC20(config.feeToken()).safeTransfer(distributor, amount);
        emit FeesForwarded(distributor, amount);
    }

    /* ============ Governance ============ */

    /// @inheritdoc IPayers
    function setMinimumDeposit(uint256 minimumDeposit_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setMinimumDeposit(minimumDeposit_);
    }

    /// @inheritdoc IPayers
    function setWithdrawalLockPeriod(uint32 lockPeriod) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setWithdrawalLockPeriod(lockPeriod);
    }

    /// @inheritdoc IPayers
    function setMaxReportRange(uint256 maxReportRange_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setMaxReportRange(maxReportRange_);
    }

    /// @inheritdoc IPayers
    function setFeeDistributor(address distributor) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (distributor == address(0)) revert ZeroAddress();
        PayersStorage storage $ = _getPayersStorage();
        address previous = $.feeDistributor;
        $.feeDistributor = distributor;
        emit FeeDistributorUpdated(previous, distributor);
    }

    /// @inheritdoc IPayers
    function setNodeSelectionManager(address manager) external onlyRole(DEFAULT_ADMIN_ROLE) {
        PayersStorage storage $ = _getPayersStorage();
        if (manager != address(0)) {
            address managerNodes = INodeSelectionManager(manager).nodes();
            if (managerNodes != $.nodes) revert NodeSelectionManagerRegistryMismatch($.nodes, managerNodes);
        }
        address previous = $.nodeSelectionManager;
        $.nodeSelectionManager = manager;
        emit NodeSelectionManagerUpdated(previous, manager);
    }

    /// @inheritdoc IPayers
    function pause() external onlyRole(PAUSER_ROLE) {
        PayersStorage storage $ = _getPayersStorage();
        if ($.config.paused()) revert EnforcedPause();
        $.config = $.config.withPaused(true);
        emit Paused(msg.sender);
    }

    /// @inheritdoc IPayers
    function unpause() external onlyRole(DEFAULT_ADMIN_ROLE) {
        PayersStorage storage $ = _getPayersStorage();
        if (!$.config.paused()) revert ExpectedPause();
        $.config = $.config.withPaused(false);
        emit Unpaused(msg.sender);
    }

    /* ============ Views ============ */

    /// @inheritdoc IPayers
    function balanceOf(address payer) external view returns (int256) {
        return _getPayersStorage().balances[payer];
    }

    /// @inheritdoc IPayers
    function pendingWithdrawal(address payer) external view returns (Withdrawal memory) {
        return _getPayersStorage().pendingWithdrawals[payer];
    }

    /// @inheritdoc IPayers
    function feeToken() external view returns (address) {
        return _getPayersStorage().config.feeToken();
    }

    /// @inheritdoc IPayers
    function nodes() external view returns (address) {
        return _getPayersStorage().nodes;
    }

    /// @inheritdoc IPayers
    function feeDistributor() external view returns (address) {
        return _getPayersStorage().feeDistributor;
    }

    /// @inheritdoc IPayers
    function nodeSelectionManager() external view returns (address) {
        return _getPayersStorage().nodeSelectionManager;
    }

    /// @inheritdoc IPayers
    function reportNodeSet(uint64 epoch) external view returns (bytes32 nodeSetHash, uint256 size) {
        PayersStorage storage $ = _getPayersStorage();
        address selection = $.nodeSelectionManager;
        if (selection == address(0)) return INodes($.nodes).nodeSet();
        uint32[] memory active = _sortedActiveSet(INodeSelectionManager(selection), epoch);
        return (_hashNodeIds(active), active.length);
    }

    /// @inheritdoc IPayers
    function minimumDeposit() external view returns (uint256) {
        return _getPayersStorage().config.minimumDeposit();
    }

    /// @inheritdoc IPayers
    function withdrawalLockPeriod() external view returns (uint32) {
        return _getPayersStorage().config.withdrawalLockPeriod();
    }

    /// @inheritdoc IPayers
    function totalDebt() external view returns (uint256) {
        return _getPayersStorage().totalDebt;
    }

    /// @inheritdoc IPayers
    function backedFees() external view returns (uint256) {
        return _getPayersStorage().backedFees;
    }

    /// @inheritdoc IPayers
    function totalPendingWithdrawals() external view returns (uint256) {
        return _getPayersStorage().totalPendingWithdrawals;
    }

    /// @inheritdoc IPayers
    function paused() external view returns (bool) {
        return _getPayersStorage().config.paused();
    }

    /// @inheritdoc IPayers
    function usageReportDigest(UsageReport calldata report) public view returns (bytes32) {
        // A UsageReport has static fields only, so abi.encode lays it out in place: the type hash, then each field as
        // one 32-byte word, as EIP-712's encodeData requires.
        return _hashTypedDataV4(keccak256(abi.encode(USAGE_REPORT_TYPEHASH, report)));
    }

    /// @inheritdoc IPayers
    function lastReportedSequenceId(uint32 originatorNodeId) external view returns (uint64) {
        return _getPayersStorage().lastReportedSequenceIds[originatorNodeId].sequenceId;
    }

    /// @inheritdoc IPayers
    function maxReportRange() external view returns (uint256) {
        return _maxReportRange(_getPayersStorage().maxReportRange);
    }

    /// @inheritdoc IPayers
    function messagesServed(uint64 epoch, uint32 nodeId) external view returns (uint64) {
        return _getPayersStorage().messagesServed[epoch][nodeId];
    }

    /// @inheritdoc IPayers
    function messagesServedBatch(uint64 epoch, uint32[] calldata nodeIds)
        external
        view
        returns (uint64[] memory counts)
    {
        mapping(uint32 nodeId => uint64 count) storage served = _getPayersStorage().messagesServed[epoch];
        uint256 length = nodeIds.length;
        counts = new uint64[](length);
        for (uint256 i; i < length; ++i) {
            counts[i] = served[nodeIds[i]];
        }
    }

    /// @inheritdoc IPayers
    function getReport(uint256 reportId)
        external
        view
        returns (uint32 originatorNodeId, uint32 payerCount, uint32 settledCount, bytes32 payersRoot)
    {
        Report storage report = _getPayersStorage().reports[reportId];
        return (report.originatorNodeId, report.payerCount, report.settledCount, report.payersRoot);
    }

    /// @inheritdoc IPayers
    function reportCount() external view returns (uint256) {
        return _getPayersStorage().reportCount;
    }

    /* ============ Internals ============ */

    function _deposit(address payer, uint256 amount) internal {
        if (payer == address(0)) revert ZeroAddress();
        PayersStorage storage $ = _getPayersStorage();
        PayersConfig config = $.config;
        if (config.paused()) revert EnforcedPause();
        uint256 minimum = config.minimumDeposit();
        if (amount < minimum) revert DepositBelowMinimum(amount, minimum);

        int256 newBalance = _credit($, payer, amount);
        IERC20(config.feeToken()).safeTransferFrom(msg.sender, address(this), amount);
        emit Deposited(payer, msg.sender, amount, newBalance);
    }

    /// @dev Adds `amount` to the payer's balance; the part that repays debt moves from `totalDebt` to `backedFees`.
    function _credit(PayersStorage storage $, address payer, uint256 amount) internal returns (int256 newBalance) {
        int256 balance = $.balances[payer];
        newBalance = balance + SafeCast.toInt256(amount);
        $.balances[payer] = newBalance;
        if (balance < 0) {
            // casting to 'uint256' is safe because balance < 0 here, and a balance never reaches type(int256).min
            // (it only drops by uint96 fees from a non-negative start)
            // forge-lint: disable-next-line(unsafe-typecast)
            uint256 debt = uint256(-balance);
            // casting to 'uint128' is safe because repaid <= debt <= totalDebt, a uint128
            // forge-lint: disable-next-line(unsafe-typecast)
            uint128 repaid = uint128(amount < debt ? amount : debt);
            $.totalDebt -= repaid;
            $.backedFees += repaid;
        }
    }

    /**
     * @dev Checks the report's range and epoch against its originator's last report and the bounds, and returns the
     *      selection manager (zero: none). The range starts right after the last reported sequence id and covers at
     *      most `maxReportRange()` ids and at least as many as the messages it counts: ranges of one originator are
     *      contiguous and disjoint from 1, so its messages over all reports add up to at most 2^64 - 1. The epoch is
     *      not before the originator's last one and, with a selection manager, not before `oldestReportableEpoch()`
     *      (a future epoch is refused later, when its active set is read).
     */
    function _checkRangeAndEpoch(PayersStorage storage $, UsageReport calldata report)
        internal
        view
        returns (address selection)
    {
        uint32 originator = report.originatorNodeId;
        LastReport storage last = $.lastReportedSequenceIds[originator];
        // Checked: it reverts (panics) only after a report ended at 2^64 - 1, which takes over 10^11 reports of the
        // longest range: the originator's sequence ids are spent then.
        uint64 expectedStart = last.sequenceId + 1;
        uint64 start = report.startSequenceId;
        uint64 end = report.endSequenceId;
        if (start != expectedStart || end < start) revert InvalidSequenceRange(originator, expectedStart, start, end);
        // At most 2^64 - 1: end < 2^64 and start >= 1.
        uint256 length = uint256(end) - start + 1;
        selection = $.nodeSelectionManager;
        uint256 maximum = _maxReportRange($.maxReportRange);
        if (length > maximum) revert ReportRangeTooLarge(length, maximum);
        uint64 served = report.messagesServed;
        if (served > length) revert MessagesServedExceedRange(served, length);
        uint64 lastEpoch = last.epoch;
        uint64 epoch = report.epoch;
        if (epoch < lastEpoch) revert ReportEpochRegressed(originator, lastEpoch, epoch);
        if (selection != address(0)) {
            // An old epoch's majority signs nothing today, and an epoch the distributor may have paid takes no usage.
            uint256 oldest = INodeSelectionManager(selection).oldestReportableEpoch();
            if (epoch < oldest) revert ReportEpochClosed(epoch, oldest);
        }
    }

    /**
     * @dev Charges `fee` to `payer` for report `reportId`: the balance first, then the pending withdrawal; returns the
     *      part that became debt. What it takes from the withdrawal is backed (it is not in that part). Emits
     *      `PayerCharged`.
     */
    function _charge(PayersStorage storage $, uint256 reportId, address payer, uint256 fee)
        internal
        returns (uint256 uncovered)
    {
        int256 balance = $.balances[payer];
        // casting to 'int256' is safe because fee is a uint96
        // forge-lint: disable-next-line(unsafe-typecast)
        int256 newBalance = balance - int256(fee);
        if (newBalance < 0) {
            // What the balance does not cover (all of the fee when the payer was in debt already) comes from the
            // pending withdrawal first: the payer cannot take that money out while the fee turns into debt.
            // casting to 'uint256' is safe because newBalance < 0 here
            // forge-lint: disable-next-line(unsafe-typecast)
            uint256 shortfall = balance > 0 ? uint256(-newBalance) : fee;
            uint256 taken = _chargePendingWithdrawal($, payer, shortfall);
            uncovered = shortfall - taken;
            // casting to 'int256' is safe because taken <= shortfall <= fee, a uint96
            // forge-lint: disable-next-line(unsafe-typecast)
            newBalance += int256(taken);
        }
        $.balances[payer] = newBalance;
        emit PayerCharged(reportId, payer, fee, newBalance);
    }

    /**
     * @dev Takes up to `shortfall` from `payer`'s pending withdrawal and returns what it took (zero without one); a
     *      withdrawal taken whole is deleted. Emits `PendingWithdrawalCharged`.
     */
    function _chargePendingWithdrawal(PayersStorage storage $, address payer, uint256 shortfall)
        internal
        returns (uint256 taken)
    {
        Withdrawal storage pending = $.pendingWithdrawals[payer];
        uint256 amount = pending.amount;
        if (amount == 0) return 0;
        taken = shortfall < amount ? shortfall : amount;
        uint256 remaining = amount - taken;
        if (remaining == 0) {
            delete $.pendingWithdrawals[payer];
        } else {
            // casting to 'uint128' is safe because remaining < amount, a uint128
            // forge-lint: disable-next-line(unsafe-typecast)
            pending.amount = uint128(remaining);
        }
        // Per payer charged, not per batch: only a payer whose balance falls short pays for it.
        $.totalPendingWithdrawals -= taken;
        emit PendingWithdrawalCharged(payer, taken, remaining);
    }

    /**
     * @dev Counts the signatures that recover to their node's current signer, by nodes of the set the report is
     *      checked against, and requires a strict majority of that set. Without a selection manager the set is the
     *      registry's enabled nodes (`quorumView` of the signing nodes gives its hash and size); with one, it is the
     *      active set of `report.epoch` (one call for the set), and signatures by nodes outside it are skipped without
     *      recovery. Either way one call to the registry gives the signers.
     */
    function _countValidSignatures(
        INodes nodes_,
        address selection,
        UsageReport calldata report,
        NodeSignature[] calldata signatures
    ) internal view returns (uint256 valid) {
        bytes32 nodeSetHash;
        uint256 size;
        address[] memory signers;
        // Zero length: signer k signed `signatures[k]`. Declared without a value, it is the zero-length array; Slither
        // reads that as uninitialized (uninitialized-local).
        // slither-disable-next-line uninitialized-local
        uint256[] memory signatureIndices;
        if (selection == address(0)) {
            (nodeSetHash, size, signers) = nodes_.quorumView(NodeQuorum.nodeIds(signatures));
        } else {
            uint32[] memory active = _sortedActiveSet(INodeSelectionManager(selection), report.epoch);
            size = active.length;
            if (size == 0) revert NoActiveNodes(report.epoch);
            nodeSetHash = _hashNodeIds(active);
            uint32[] memory memberIds;
            // Excluding nobody: node 0 is never a node.
            (memberIds, signatureIndices) = NodeQuorum.members(active, 0, signatures);
            // Only the signers: the quorum here is the epoch's active set, hashed above, not the registry's enabled
            // set that `quorumView`'s hash and size describe.
            // slither-disable-next-line unused-return
            (,, signers) = nodes_.quorumView(memberIds);
        }
        if (report.nodeSetHash != nodeSetHash) revert NodeSetMismatch(nodeSetHash, report.nodeSetHash);

        // A disabled or unknown node (or a member disabled since, its seat kept in the epoch's history) has no
        // signer: its signature counts for nothing.
        valid = NodeQuorum.countValid(usageReportDigest(report), signers, signatures, signatureIndices);
        // The population is the whole set: every node of it may sign.
        NodeQuorum.requireQuorum(valid, size);
    }

    /**
     * @dev The active node ids of `epoch`, ascending. One call on the way that succeeds; when it reverts, a second
     *      says whether the epoch lies in the future (`ReportEpochNotReached`), else the manager's reason is re-raised.
     */
    function _sortedActiveSet(INodeSelectionManager selection, uint64 epoch)
        internal
        view
        returns (uint32[] memory ids)
    {
        try selection.activeNodeIdsAt(epoch) returns (uint32[] memory active) {
            ids = active;
        } catch (bytes memory reason) {
            uint256 current = selection.currentEpoch();
            if (epoch > current) revert ReportEpochNotReached(epoch, current);
            // With `false` it never returns: it re-raises `reason` (or `FailedCall` when empty), so nothing to use.
            // slither-disable-next-line unused-return
            Address.verifyCallResult(false, reason);
        }
        ids = NodeIds.sortAscending(ids);
    }

    /// @dev The commitment to a sorted node set: `keccak256(abi.encodePacked(ids))`, each id a 32-byte word.
    function _hashNodeIds(uint32[] memory ids) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(ids));
    }

    /// @dev Its own frame: the event's nine fields do not fit the stack beside `submitUsageReport`'s locals.
    function _emitUsageReportSubmitted(uint256 reportId, UsageReport calldata report, uint256 signatureCount) internal {
        emit UsageReportSubmitted(
            reportId,
            report.originatorNodeId,
            report.epoch,
            report.startSequenceId,
            report.endSequenceId,
            report.messagesServed,
            report.payerCount,
            report.payersRoot,
            signatureCount
        );
    }

    function _setMinimumDeposit(uint256 minimumDeposit_) internal {
        if (minimumDeposit_ == 0 || minimumDeposit_ > type(uint64).max) revert InvalidMinimumDeposit(minimumDeposit_);
        PayersStorage storage $ = _getPayersStorage();
        PayersConfig config = $.config;
        // casting to 'uint64' is safe because it was checked against type(uint64).max above
        // forge-lint: disable-next-line(unsafe-typecast)
        $.config = config.withMinimumDeposit(uint64(minimumDeposit_));
        emit MinimumDepositUpdated(config.minimumDeposit(), minimumDeposit_);
    }

    function _setMaxReportRange(uint256 maxReportRange_) internal {
        if (maxReportRange_ == 0 || maxReportRange_ > type(uint64).max) revert InvalidMaxReportRange(maxReportRange_);
        PayersStorage storage $ = _getPayersStorage();
        uint256 previous = _maxReportRange($.maxReportRange);
        // casting to 'uint64' is safe because it was checked against type(uint64).max above
        // forge-lint: disable-next-line(unsafe-typecast)
        $.maxReportRange = uint64(maxReportRange_);
        emit MaxReportRangeUpdated(previous, maxReportRange_);
    }

    /// @dev The stored maximum, or the default where none is stored (a contract deployed before the bound existed).
    function _maxReportRange(uint64 stored) internal pure returns (uint256) {
        return stored == 0 ? DEFAULT_MAX_REPORT_RANGE : stored;
    }

    function _setWithdrawalLockPeriod(uint32 lockPeriod) internal {
        if (lockPeriod > MAX_WITHDRAWAL_LOCK_PERIOD) revert InvalidWithdrawalLockPeriod(lockPeriod);
        PayersStorage storage $ = _getPayersStorage();
        PayersConfig config = $.config;
        // Fits: MAX_WITHDRAWAL_LOCK_PERIOD < 2^24 (see PayersConfig).
        $.config = config.withWithdrawalLockPeriod(SafeCast.toUint24(lockPeriod));
        emit WithdrawalLockPeriodUpdated(config.withdrawalLockPeriod(), lockPeriod);
    }

    /// @dev The domain name, constant: saves reading the stored string on every report.
    function _EIP712Name() internal pure override returns (string memory) {
        return EIP712_NAME;
    }

    /// @dev The domain version, constant: saves reading the stored string on every report.
    function _EIP712Version() internal pure override returns (string memory) {
        return EIP712_VERSION;
    }

    /// @dev Upgrades are the admin's alone (the governance multisig).
    function _authorizeUpgrade(address) internal override onlyRole(DEFAULT_ADMIN_ROLE) {}
}
