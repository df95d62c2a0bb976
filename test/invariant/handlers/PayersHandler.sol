// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Payers} from "../../../contracts/Payers.sol";
import {INodeQuorum} from "../../../contracts/interfaces/INodeQuorum.sol";
import {IPayers} from "../../../contracts/interfaces/IPayers.sol";
import {MockUSDC} from "../../../contracts/mocks/MockUSDC.sol";
import {NodeSigning} from "../../utils/NodeSigning.sol";
import {PayerTree} from "../../utils/PayersFixture.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

/**
 * @notice Drives Payers through deposits, withdrawals, signed reports, batched settlement, fee forwarding and pause,
 *         valid or rejected, with a small fixed set of payers so that balances collide, go into debt and recover.
 *         Predicts every revert, and keeps its own account of what must be backed, forwarded and settled.
 */
contract PayersHandler is CommonBase, StdCheats, StdUtils {
    uint256 internal constant USDC = 1e6;
    uint256 public constant PAYER_COUNT = 6;

    Payers internal immutable payers;
    MockUSDC internal immutable usdc;
    address internal immutable admin;
    address internal immutable distributor;

    uint32[] internal nodeIds;
    uint256[] internal nodeKeys;
    /// @dev The epoch reports name: one in which every node of `nodeIds` was active, when Payers checks epochs.
    uint64 internal immutable epoch;

    /// @dev The payers: every balance this handler can touch belongs to one of them.
    address[PAYER_COUNT] internal actors;

    /// @dev Each accepted report's leaves, by report id, to settle them later.
    mapping(uint256 reportId => IPayers.PayerFee[] fees) internal reportFees;
    uint256 public reportsSubmitted;

    /// @dev Fees that became backed (covered at settlement, or debt repaid later), as this handler computes them.
    uint256 public ghost_feesBacked;
    /// @dev Fees sent to the distributor.
    uint256 public ghost_feesForwarded;
    /// @dev Fees settlement took from pending withdrawals (the payers could not run with them).
    uint256 public ghost_withdrawalsCharged;
    /// @dev How many times each leaf of each report was settled, and how many leaves were settled more than once.
    mapping(uint256 reportId => mapping(uint256 leaf => uint256 count)) public ghost_leafSettlements;
    mapping(uint256 reportId => uint256 count) public ghost_leavesSettled;
    uint256 public ghost_leavesSettledTwice;

    mapping(string action => uint256 count) public calls;

    constructor(
        Payers payers_,
        MockUSDC usdc_,
        address admin_,
        address distributor_,
        uint32[] memory nodeIds_,
        uint256[] memory nodeKeys_,
        uint64 epoch_
    ) {
        payers = payers_;
        usdc = usdc_;
        admin = admin_;
        distributor = distributor_;
        nodeIds = nodeIds_;
        nodeKeys = nodeKeys_;
        epoch = epoch_;
        for (uint256 i; i < PAYER_COUNT; ++i) {
            actors[i] = address(SafeCast.toUint160(0x1000 + i));
        }
    }

    function actor(uint256 index) external view returns (address) {
        return actors[index];
    }

    /* ============ Payers ============ */

    function deposit(uint256 depositorSeed, uint256 payerSeed, uint256 amount) external {
        address depositor = _actor(depositorSeed);
        address payer = _actor(payerSeed);
        uint256 minimum = payers.minimumDeposit();
        // Mostly at or above the minimum, one time in eight below it.
        amount = amount % 8 == 0 ? _bound(amount, 0, minimum - 1) : _bound(amount, minimum, minimum + 150 * USDC);
        usdc.mint(depositor, amount);
        vm.prank(depositor);
        usdc.approve(address(payers), amount);

        bytes memory expected;
        if (payers.paused()) {
            expected = abi.encodeWithSelector(IPayers.EnforcedPause.selector);
        } else if (amount < minimum) {
            expected = abi.encodeWithSelector(IPayers.DepositBelowMinimum.selector, amount, minimum);
        }
        uint256 repaid = _repaid(payer, amount);

        vm.prank(depositor);
        if (expected.length != 0) vm.expectRevert(expected);
        payers.deposit(payer, amount);
        if (expected.length == 0) ghost_feesBacked += repaid;
        ++calls[expected.length == 0 ? "deposit" : "deposit rejected"];
    }

    function requestWithdrawal(uint256 payerSeed, uint256 amount) external {
        address payer = _actor(payerSeed);
        int256 balance = payers.balanceOf(payer);
        // Mostly within the balance, sometimes above it.
        amount = balance > 0 && amount % 5 != 0
            ? _bound(amount, 1, SafeCast.toUint256(balance))
            : _bound(amount, 0, 300 * USDC);

        bytes memory expected;
        IPayers.Withdrawal memory pending = payers.pendingWithdrawal(payer);
        if (payers.paused()) {
            expected = abi.encodeWithSelector(IPayers.EnforcedPause.selector);
        } else if (amount == 0) {
            expected = abi.encodeWithSelector(IPayers.ZeroAmount.selector);
        } else if (pending.amount != 0) {
            expected =
                abi.encodeWithSelector(IPayers.WithdrawalAlreadyPending.selector, pending.amount, pending.readyAt);
        } else if (balance <= 0 || amount > SafeCast.toUint256(balance)) {
            expected = abi.encodeWithSelector(IPayers.InsufficientBalance.selector, balance, amount);
        }

        vm.prank(payer);
        if (expected.length != 0) vm.expectRevert(expected);
        payers.requestWithdrawal(amount);
        ++calls[expected.length == 0 ? "requestWithdrawal" : "requestWithdrawal rejected"];
    }

    function cancelWithdrawal(uint256 payerSeed) external {
        address payer = _actor(payerSeed);
        uint256 amount = payers.pendingWithdrawal(payer).amount;
        bytes memory expected;
        if (payers.paused()) expected = abi.encodeWithSelector(IPayers.EnforcedPause.selector);
        else if (amount == 0) expected = abi.encodeWithSelector(IPayers.NoPendingWithdrawal.selector);
        uint256 repaid = _repaid(payer, amount);

        vm.prank(payer);
        if (expected.length != 0) vm.expectRevert(expected);
        payers.cancelWithdrawal();
        if (expected.length == 0) ghost_feesBacked += repaid;
        ++calls[expected.length == 0 ? "cancelWithdrawal" : "cancelWithdrawal rejected"];
    }

    function finalizeWithdrawal(uint256 payerSeed, uint256 wait) external {
        address payer = _actor(payerSeed);
        vm.warp(block.timestamp + _bound(wait, 0, 3 days));
        IPayers.Withdrawal memory pending = payers.pendingWithdrawal(payer);
        int256 balance = payers.balanceOf(payer);
        // forge-lint: disable-next-line(block-timestamp)
        bool locked = block.timestamp < pending.readyAt;
        bytes memory expected;
        if (payers.paused()) {
            expected = abi.encodeWithSelector(IPayers.EnforcedPause.selector);
        } else if (pending.amount == 0) {
            expected = abi.encodeWithSelector(IPayers.NoPendingWithdrawal.selector);
        } else if (locked) {
            expected = abi.encodeWithSelector(IPayers.WithdrawalLocked.selector, pending.readyAt);
        } else if (balance < 0) {
            expected = abi.encodeWithSelector(IPayers.PayerInDebt.selector, balance);
        }

        vm.prank(payer);
        if (expected.length != 0) vm.expectRevert(expected);
        payers.finalizeWithdrawal(payer);
        ++calls[expected.length == 0 ? "finalizeWithdrawal" : "finalizeWithdrawal rejected"];
    }

    /* ============ Usage ============ */

    /// @dev A report of 1..12 leaves over the payers, signed by every node, or one time in eight by a minority.
    function submitUsageReport(uint256 originatorSeed, uint256 size, uint256 seed) external {
        uint32 originator = nodeIds[originatorSeed % nodeIds.length];
        size = _bound(size, 1, 12);
        IPayers.PayerFee[] memory fees = new IPayers.PayerFee[](size);
        for (uint256 i; i < size; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            fees[i] = IPayers.PayerFee({payer: actors[r % PAYER_COUNT], fee: SafeCast.toUint96((r >> 8) % (25 * USDC))});
        }
        (IPayers.UsageReport memory report, INodeQuorum.NodeSignature[] memory signatures) =
            _signedReport(originator, fees, seed % 8 == 0 ? 1 : nodeIds.length);

        bytes memory expected;
        if (payers.paused()) {
            expected = abi.encodeWithSelector(IPayers.EnforcedPause.selector);
        } else if (signatures.length < nodeIds.length / 2 + 1) {
            expected = abi.encodeWithSelector(
                INodeQuorum.InsufficientSignatures.selector, signatures.length, nodeIds.length / 2 + 1
            );
        }

        if (expected.length != 0) vm.expectRevert(expected);
        uint256 reportId = payers.submitUsageReport(report, signatures);
        if (expected.length == 0) {
            for (uint256 i; i < size; ++i) {
                reportFees[reportId].push(fees[i]);
            }
            ++reportsSubmitted;
        }
        ++calls[expected.length == 0 ? "submitUsageReport" : "submitUsageReport rejected"];
    }

    /// @dev Settles the next 1.. leaves of a report; one time in eight with a wrong fee, which must be refused.
    function settleUsage(uint256 reportSeed, uint256 count, uint256 tamper) external {
        if (reportsSubmitted == 0) return;
        uint256 reportId = reportSeed % reportsSubmitted;
        (, uint32 payerCount, uint32 settledCount,) = payers.getReport(reportId);
        if (settledCount == payerCount) return;
        count = _bound(count, 1, payerCount - settledCount);
        IPayers.PayerFee[] memory fees = reportFees[reportId];
        IPayers.PayerFee[] memory batch = PayerTree.slice(fees, settledCount, count);
        bytes32[] memory proof = PayerTree.rangeProof(PayerTree.leaves(fees), settledCount, count);
        bool tampered = tamper % 8 == 0;
        if (tampered) batch[0].fee += 1;

        bytes memory expected;
        if (payers.paused()) expected = abi.encodeWithSelector(IPayers.EnforcedPause.selector);
        else if (tampered) expected = abi.encodeWithSelector(IPayers.InvalidPayersProof.selector, reportId);
        (uint256 covered, uint256 fromWithdrawals) = _covered(batch);

        if (expected.length != 0) vm.expectRevert(expected);
        payers.settleUsage(reportId, batch, proof);
        if (expected.length == 0) {
            ghost_feesBacked += covered;
            ghost_withdrawalsCharged += fromWithdrawals;
            for (uint256 i; i < count; ++i) {
                if (++ghost_leafSettlements[reportId][settledCount + i] > 1) ++ghost_leavesSettledTwice;
            }
            ghost_leavesSettled[reportId] += count;
        }
        ++calls[expected.length == 0 ? "settleUsage" : "settleUsage rejected"];
    }

    function forwardFees() external {
        uint256 backed = payers.backedFees();
        bytes memory expected;
        if (payers.paused()) expected = abi.encodeWithSelector(IPayers.EnforcedPause.selector);
        else if (backed == 0) expected = abi.encodeWithSelector(IPayers.NothingToForward.selector);

        if (expected.length != 0) vm.expectRevert(expected);
        uint256 amount = payers.forwardFees();
        if (expected.length == 0) ghost_feesForwarded += amount;
        ++calls[expected.length == 0 ? "forwardFees" : "forwardFees rejected"];
    }

    /* ============ Governance ============ */

    /// @dev Unpauses a paused contract; pauses a running one one time in six, so that most calls can land.
    function togglePause(uint256 seed) external {
        bool wasPaused = payers.paused();
        if (!wasPaused && seed % 6 != 0) return;
        vm.prank(admin);
        if (wasPaused) payers.unpause();
        else payers.pause();
        ++calls["togglePause"];
    }

    function setMinimumDeposit(uint256 amount) external {
        vm.prank(admin);
        payers.setMinimumDeposit(_bound(amount, 1, 50 * USDC));
        ++calls["setMinimumDeposit"];
    }

    function setWithdrawalLockPeriod(uint256 lockPeriod) external {
        vm.prank(admin);
        payers.setWithdrawalLockPeriod(SafeCast.toUint32(_bound(lockPeriod, 0, 7 days)));
        ++calls["setWithdrawalLockPeriod"];
    }

    /* ============ Helpers ============ */

    function _actor(uint256 seed) internal view returns (address) {
        return actors[seed % PAYER_COUNT];
    }

    /// @dev What crediting `amount` to `payer` repays of its debt.
    function _repaid(address payer, uint256 amount) internal view returns (uint256) {
        int256 balance = payers.balanceOf(payer);
        if (balance >= 0) return 0;
        uint256 debt = SafeCast.toUint256(-balance);
        return amount < debt ? amount : debt;
    }

    /// @dev The part of the batch's fees the payers' balances and then their pending withdrawals cover, charging them
    ///      in order (a payer may repeat), and the part of it taken from pending withdrawals.
    function _covered(IPayers.PayerFee[] memory batch)
        internal
        view
        returns (uint256 covered, uint256 fromWithdrawals)
    {
        int256[PAYER_COUNT] memory balances;
        uint256[PAYER_COUNT] memory pending;
        for (uint256 i; i < PAYER_COUNT; ++i) {
            balances[i] = payers.balanceOf(actors[i]);
            pending[i] = payers.pendingWithdrawal(actors[i]).amount;
        }
        for (uint256 i; i < batch.length; ++i) {
            uint256 index = _indexOf(batch[i].payer);
            uint256 fee = batch[i].fee;
            int256 balance = balances[index];
            uint256 available = balance > 0 ? SafeCast.toUint256(balance) : 0;
            uint256 fromBalance = fee < available ? fee : available;
            uint256 shortfall = fee - fromBalance;
            uint256 taken = shortfall < pending[index] ? shortfall : pending[index];
            pending[index] -= taken;
            covered += fromBalance + taken;
            fromWithdrawals += taken;
            balances[index] = balance - SafeCast.toInt256(fee) + SafeCast.toInt256(taken);
        }
    }

    function _indexOf(address payer) internal view returns (uint256) {
        for (uint256 i; i < PAYER_COUNT; ++i) {
            if (actors[i] == payer) return i;
        }
        revert("PayersHandler: not a payer");
    }

    function _signedReport(uint32 originator, IPayers.PayerFee[] memory fees, uint256 signerCount)
        internal
        view
        returns (IPayers.UsageReport memory report, INodeQuorum.NodeSignature[] memory signatures)
    {
        uint64 start = payers.lastReportedSequenceId(originator) + 1;
        (bytes32 nodeSetHash,) = payers.reportNodeSet(epoch);
        report = IPayers.UsageReport({
            originatorNodeId: originator,
            startSequenceId: start,
            endSequenceId: start + 9,
            epoch: epoch,
            messagesServed: 10,
            payerCount: SafeCast.toUint32(fees.length),
            payersRoot: PayerTree.root(PayerTree.leaves(fees)),
            nodeSetHash: nodeSetHash
        });
        bytes32 digest = payers.usageReportDigest(report);
        signatures = new INodeQuorum.NodeSignature[](signerCount);
        for (uint256 i; i < signerCount; ++i) {
            signatures[i] = NodeSigning.nodeSignature(nodeIds[i], nodeKeys[i], digest);
        }
    }
}
