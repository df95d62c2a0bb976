// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPayers} from "../../contracts/interfaces/IPayers.sol";
import {PayersFixture} from "../utils/PayersFixture.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Vm} from "forge-std/Vm.sol";

/**
 * @notice Settlement charges a payer's pending withdrawal before it drives the balance negative, and says per payer
 *         what it charged (`PayerCharged`).
 *
 *         Threat model. A payer controls its own deposits and withdrawals and sees reports coming (they are public
 *         once submitted, and it knows its own usage before). The run it used to have: request a withdrawal of its
 *         whole balance, let its usage be reported, finalize after the lock and before anyone settles; settlement then
 *         only wrote debt against an empty account. Now a settlement during the lock takes the fee out of the pending
 *         withdrawal (backed at once, paid to the nodes), so the payer walks away with its balance less its fees: the
 *         lock is the settlers' window. Settlement is permissionless and the payer cannot make it revert or
 *         charge another payer: what it can choose (which withdrawal, when) only moves its own money.
 */
contract PayersWithdrawalChargingTest is PayersFixture {
    function setUp() public override {
        super.setUp();
        _addNodes(3);
    }

    /// @dev The attack: alice reserves her whole balance for withdrawal before her usage settles. Settlement during
    ///      the lock takes the fee from the withdrawal: she can finalize only the rest, and owes nothing.
    function test_settleUsage_payerCannotRunWithPendingWithdrawal() public {
        _fund(alice, 100 * USDC);
        vm.prank(alice);
        payers.requestWithdrawal(100 * USDC);
        (uint256 reportId, IPayers.PayerFee[] memory fees) = _reportCharging(alice, 30 * USDC);

        vm.expectEmit(address(payers));
        emit IPayers.PendingWithdrawalCharged(alice, 30 * USDC, 70 * USDC);
        vm.expectEmit(address(payers));
        emit IPayers.PayerCharged(reportId, alice, 30 * USDC, 0);
        vm.expectEmit(address(payers));
        emit IPayers.UsageSettled(reportId, 0, 1, 30 * USDC, 0);
        _settle(reportId, fees, 0, 1);

        assertEq(payers.balanceOf(alice), 0, "no debt");
        IPayers.Withdrawal memory pending = payers.pendingWithdrawal(alice);
        assertEq(pending.amount, 70 * USDC, "the fee left the withdrawal");
        assertEq(pending.readyAt, block.timestamp + DEFAULT_LOCK_PERIOD, "the lock is unchanged");
        assertEq(payers.totalPendingWithdrawals(), 70 * USDC);
        assertEq(payers.backedFees(), 30 * USDC, "backed at once");
        assertEq(payers.totalDebt(), 0);

        vm.warp(pending.readyAt);
        vm.prank(alice);
        payers.finalizeWithdrawal(alice);
        assertEq(usdc.balanceOf(alice), 70 * USDC, "she leaves with her balance less her fees");
        assertEq(usdc.balanceOf(address(payers)), 30 * USDC, "the fees stay for the nodes");
    }

    /// @dev Balance first, then the withdrawal, then debt: a fee larger than both leaves the rest as debt and the
    ///      withdrawal gone.
    function test_settleUsage_chargesTheBalanceThenTheWithdrawalThenDebt() public {
        _fund(alice, 15 * USDC);
        vm.prank(alice);
        payers.requestWithdrawal(10 * USDC); // balance 5, pending 10
        (uint256 reportId, IPayers.PayerFee[] memory fees) = _reportCharging(alice, 20 * USDC);

        vm.expectEmit(address(payers));
        emit IPayers.PendingWithdrawalCharged(alice, 10 * USDC, 0);
        vm.expectEmit(address(payers));
        emit IPayers.PayerCharged(reportId, alice, 20 * USDC, -_signed(5 * USDC));
        vm.expectEmit(address(payers));
        emit IPayers.UsageSettled(reportId, 0, 1, 20 * USDC, 5 * USDC);
        _settle(reportId, fees, 0, 1);

        assertEq(payers.balanceOf(alice), -_signed(5 * USDC));
        IPayers.Withdrawal memory pending = payers.pendingWithdrawal(alice);
        assertEq(pending.amount, 0, "taken whole");
        assertEq(pending.readyAt, 0, "deleted");
        assertEq(payers.totalPendingWithdrawals(), 0);
        assertEq(payers.backedFees(), 15 * USDC, "the balance and the withdrawal");
        assertEq(payers.totalDebt(), 5 * USDC);

        vm.expectRevert(IPayers.NoPendingWithdrawal.selector);
        vm.prank(alice);
        payers.finalizeWithdrawal(alice);
    }

    /// @dev A fee the balance covers leaves the withdrawal alone: no `PendingWithdrawalCharged`.
    function test_settleUsage_leavesTheWithdrawalWhenTheBalanceCovers() public {
        _fund(alice, 100 * USDC);
        vm.prank(alice);
        payers.requestWithdrawal(50 * USDC);
        (uint256 reportId, IPayers.PayerFee[] memory fees) = _reportCharging(alice, 50 * USDC);

        vm.recordLogs();
        _settle(reportId, fees, 0, 1);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            assertTrue(logs[i].topics[0] != IPayers.PendingWithdrawalCharged.selector, "withdrawal charged");
        }
        assertEq(payers.balanceOf(alice), 0);
        assertEq(payers.pendingWithdrawal(alice).amount, 50 * USDC);
        assertEq(payers.totalPendingWithdrawals(), 50 * USDC);
    }

    /// @dev Another payer's pending withdrawal is never touched: each leaf charges its own payer.
    function test_settleUsage_chargesOnlyThePayersOwnWithdrawal() public {
        _fund(bob, 100 * USDC);
        vm.prank(bob);
        payers.requestWithdrawal(100 * USDC);
        (uint256 reportId, IPayers.PayerFee[] memory fees) = _reportCharging(alice, 30 * USDC);
        _settle(reportId, fees, 0, 1);

        assertEq(payers.balanceOf(alice), -_signed(30 * USDC));
        assertEq(payers.pendingWithdrawal(bob).amount, 100 * USDC);
        assertEq(payers.totalPendingWithdrawals(), 100 * USDC);
    }

    /// @dev A payer twice in one batch: the second leaf takes what the first left of the withdrawal.
    function test_settleUsage_chargesTheWithdrawalAcrossLeavesOfOneBatch() public {
        _fund(alice, 10 * USDC);
        vm.prank(alice);
        payers.requestWithdrawal(10 * USDC);
        IPayers.PayerFee[] memory fees = new IPayers.PayerFee[](2);
        fees[0] = IPayers.PayerFee({payer: alice, fee: SafeCast.toUint96(6 * USDC)});
        fees[1] = IPayers.PayerFee({payer: alice, fee: SafeCast.toUint96(7 * USDC)});
        uint256 reportId = _submitFees(fees);

        vm.expectEmit(address(payers));
        emit IPayers.PendingWithdrawalCharged(alice, 6 * USDC, 4 * USDC);
        vm.expectEmit(address(payers));
        emit IPayers.PayerCharged(reportId, alice, 6 * USDC, 0);
        vm.expectEmit(address(payers));
        emit IPayers.PendingWithdrawalCharged(alice, 4 * USDC, 0);
        vm.expectEmit(address(payers));
        emit IPayers.PayerCharged(reportId, alice, 7 * USDC, -_signed(3 * USDC));
        vm.expectEmit(address(payers));
        emit IPayers.UsageSettled(reportId, 0, 2, 13 * USDC, 3 * USDC);
        _settle(reportId, fees, 0, 2);
        assertEq(payers.totalPendingWithdrawals(), 0);
        assertEq(payers.backedFees(), 10 * USDC);
    }

    /// @dev Any balance, withdrawal and fee: the fee comes from the balance, then the withdrawal, the rest is debt; the
    ///      contract's USDC still equals positive balances, pending withdrawals and backed fees.
    function testFuzz_settleUsage_chargesBalanceThenWithdrawalThenDebt(uint256 deposit, uint256 withdrawn, uint96 fee)
        public
    {
        deposit = bound(deposit, DEFAULT_MINIMUM_DEPOSIT, 1_000_000 * USDC);
        withdrawn = bound(withdrawn, 0, deposit);
        _fund(alice, deposit);
        if (withdrawn != 0) {
            vm.prank(alice);
            payers.requestWithdrawal(withdrawn);
        }
        uint256 balance = deposit - withdrawn;
        (uint256 reportId, IPayers.PayerFee[] memory fees) = _reportCharging(alice, fee);
        _settle(reportId, fees, 0, 1);

        uint256 fromBalance = fee < balance ? fee : balance;
        uint256 fromWithdrawal = fee - fromBalance < withdrawn ? fee - fromBalance : withdrawn;
        uint256 debt = fee - fromBalance - fromWithdrawal;
        assertEq(payers.balanceOf(alice), _signed(balance - fromBalance) - _signed(debt));
        assertEq(payers.pendingWithdrawal(alice).amount, withdrawn - fromWithdrawal);
        assertEq(payers.totalPendingWithdrawals(), withdrawn - fromWithdrawal);
        assertEq(payers.backedFees(), fromBalance + fromWithdrawal);
        assertEq(payers.totalDebt(), debt);
        assertEq(
            usdc.balanceOf(address(payers)),
            balance - fromBalance + payers.totalPendingWithdrawals() + payers.backedFees(),
            "USDC conserved"
        );
    }

    /* ============ PayerCharged ============ */

    /// @dev One `PayerCharged` per leaf, in leaf order, with the balance after the charge, then the batch's
    ///      `UsageSettled`.
    function test_settleUsage_emitsPayerChargedPerLeaf() public {
        IPayers.PayerFee[] memory fees = _payerFees(5, 3);
        for (uint256 i; i < 3; ++i) {
            _fund(fees[i].payer, 10 * USDC); // the last two have no balance: their charge is debt
        }
        uint256 reportId = _submitFees(fees);
        uint256 total;
        uint256 uncovered;
        for (uint256 i; i < fees.length; ++i) {
            int256 newBalance = (i < 3 ? _signed(10 * USDC) : int256(0)) - _signed(fees[i].fee);
            vm.expectEmit(address(payers));
            emit IPayers.PayerCharged(reportId, fees[i].payer, fees[i].fee, newBalance);
            total += fees[i].fee;
            if (i >= 3) uncovered += fees[i].fee;
        }
        vm.expectEmit(address(payers));
        emit IPayers.UsageSettled(reportId, 0, 5, total, uncovered);
        _settle(reportId, fees, 0, 5);
    }

    /* ============ Helpers ============ */

    /// @dev An accepted, unsettled report charging `payer` `fee`.
    function _reportCharging(address payer, uint256 fee)
        internal
        returns (uint256 reportId, IPayers.PayerFee[] memory fees)
    {
        fees = new IPayers.PayerFee[](1);
        fees[0] = IPayers.PayerFee({payer: payer, fee: SafeCast.toUint96(fee)});
        reportId = _submitFees(fees);
    }
}
