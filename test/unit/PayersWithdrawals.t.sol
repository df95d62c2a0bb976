// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IErrors} from "../../contracts/interfaces/IErrors.sol";
import {IPayers} from "../../contracts/interfaces/IPayers.sol";
import {PayersFixture} from "../utils/PayersFixture.sol";
import {SlotDerivation} from "@openzeppelin/contracts/utils/SlotDerivation.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

contract PayersWithdrawalTest is PayersFixture {
    address internal recipient = makeAddr("recipient");

    function setUp() public override {
        super.setUp();
        _addNodes(1);
        _fund(alice, 100 * USDC);
    }

    /* ============ requestWithdrawal ============ */

    function test_requestWithdrawal_reservesAmountUntilReady() public {
        uint64 readyAt = SafeCast.toUint64(block.timestamp + DEFAULT_LOCK_PERIOD);
        vm.expectEmit(address(payers));
        emit IPayers.WithdrawalRequested(alice, 30 * USDC, readyAt);
        vm.prank(alice);
        payers.requestWithdrawal(30 * USDC);

        assertEq(payers.balanceOf(alice), _signed(70 * USDC));
        IPayers.Withdrawal memory pending = payers.pendingWithdrawal(alice);
        assertEq(pending.amount, 30 * USDC);
        assertEq(pending.readyAt, readyAt);
        assertEq(payers.totalPendingWithdrawals(), 30 * USDC);
        assertEq(usdc.balanceOf(address(payers)), 100 * USDC, "nothing leaves before finalization");
    }

    function test_requestWithdrawal_acceptsTheWholeBalance() public {
        vm.prank(alice);
        payers.requestWithdrawal(100 * USDC);
        assertEq(payers.balanceOf(alice), 0);
        assertEq(payers.pendingWithdrawal(alice).amount, 100 * USDC);
    }

    function test_requestWithdrawal_usesTheCurrentLockPeriod() public {
        vm.prank(admin);
        payers.setWithdrawalLockPeriod(1 hours);
        vm.prank(alice);
        payers.requestWithdrawal(1);
        assertEq(payers.pendingWithdrawal(alice).readyAt, block.timestamp + 1 hours);
    }

    function test_requestWithdrawal_revertsWhenAmountIsZero() public {
        vm.expectRevert(IPayers.ZeroAmount.selector);
        vm.prank(alice);
        payers.requestWithdrawal(0);
    }

    function test_requestWithdrawal_revertsWhenAboveBalance() public {
        vm.expectRevert(
            abi.encodeWithSelector(IPayers.InsufficientBalance.selector, _signed(100 * USDC), 100 * USDC + 1)
        );
        vm.prank(alice);
        payers.requestWithdrawal(100 * USDC + 1);
    }

    function test_requestWithdrawal_revertsWithoutBalance() public {
        vm.expectRevert(abi.encodeWithSelector(IPayers.InsufficientBalance.selector, 0, 1));
        vm.prank(bob);
        payers.requestWithdrawal(1);
    }

    function test_requestWithdrawal_revertsWhenInDebt() public {
        _putInDebt(bob, 5 * USDC);
        vm.expectRevert(abi.encodeWithSelector(IPayers.InsufficientBalance.selector, -_signed(5 * USDC), 1));
        vm.prank(bob);
        payers.requestWithdrawal(1);
    }

    function test_requestWithdrawal_revertsWhenOneIsPending() public {
        vm.prank(alice);
        payers.requestWithdrawal(10 * USDC);
        uint64 readyAt = SafeCast.toUint64(block.timestamp + DEFAULT_LOCK_PERIOD);
        vm.expectRevert(abi.encodeWithSelector(IPayers.WithdrawalAlreadyPending.selector, 10 * USDC, readyAt));
        vm.prank(alice);
        payers.requestWithdrawal(10 * USDC);
    }

    function test_requestWithdrawal_revertsWhenPaused() public {
        vm.prank(admin);
        payers.pause();
        vm.expectRevert(IPayers.EnforcedPause.selector);
        vm.prank(alice);
        payers.requestWithdrawal(1);
    }

    /* ============ cancelWithdrawal ============ */

    function test_cancelWithdrawal_returnsAmountToBalance() public {
        vm.prank(alice);
        payers.requestWithdrawal(30 * USDC);

        vm.expectEmit(address(payers));
        emit IPayers.WithdrawalCancelled(alice, 30 * USDC, _signed(100 * USDC));
        vm.prank(alice);
        payers.cancelWithdrawal();

        assertEq(payers.balanceOf(alice), _signed(100 * USDC));
        assertEq(payers.pendingWithdrawal(alice).amount, 0);
        assertEq(payers.pendingWithdrawal(alice).readyAt, 0);
        assertEq(payers.totalPendingWithdrawals(), 0);
    }

    /// @dev A fee settled during the lock came out of the withdrawal (not a debt): cancelling returns the rest.
    function test_cancelWithdrawal_returnsWhatSettlementLeftOfIt() public {
        vm.prank(alice);
        payers.requestWithdrawal(100 * USDC);
        _settleFee(alice, 40 * USDC); // balance 0, pending 100 -> 60
        assertEq(payers.totalDebt(), 0);

        vm.expectEmit(address(payers));
        emit IPayers.WithdrawalCancelled(alice, 60 * USDC, _signed(60 * USDC));
        vm.prank(alice);
        payers.cancelWithdrawal();

        assertEq(payers.balanceOf(alice), _signed(60 * USDC));
        assertEq(payers.totalDebt(), 0);
        assertEq(payers.backedFees(), 40 * USDC);
        assertEq(payers.totalPendingWithdrawals(), 0);
    }

    /// @dev A payer in debt with a withdrawal pending (only a proxy upgraded from the version that let settlement run
    ///      debt past a pending withdrawal holds one): cancelling repays the debt first.
    function test_cancelWithdrawal_repaysDebtFirst() public {
        vm.prank(alice);
        payers.requestWithdrawal(100 * USDC);
        _setLegacyDebt(alice, 40 * USDC);

        vm.expectEmit(address(payers));
        emit IPayers.WithdrawalCancelled(alice, 100 * USDC, _signed(60 * USDC));
        vm.prank(alice);
        payers.cancelWithdrawal();

        assertEq(payers.balanceOf(alice), _signed(60 * USDC));
        assertEq(payers.totalDebt(), 0);
        assertEq(payers.backedFees(), 40 * USDC);
        assertEq(payers.totalPendingWithdrawals(), 0);
    }

    function test_cancelWithdrawal_allowsANewRequest() public {
        vm.startPrank(alice);
        payers.requestWithdrawal(30 * USDC);
        payers.cancelWithdrawal();
        payers.requestWithdrawal(50 * USDC);
        vm.stopPrank();
        assertEq(payers.pendingWithdrawal(alice).amount, 50 * USDC);
        assertEq(payers.totalPendingWithdrawals(), 50 * USDC);
    }

    function test_cancelWithdrawal_revertsWhenNonePending() public {
        vm.expectRevert(IPayers.NoPendingWithdrawal.selector);
        vm.prank(alice);
        payers.cancelWithdrawal();
    }

    function test_cancelWithdrawal_revertsWhenPaused() public {
        vm.prank(alice);
        payers.requestWithdrawal(30 * USDC);
        vm.prank(admin);
        payers.pause();
        vm.expectRevert(IPayers.EnforcedPause.selector);
        vm.prank(alice);
        payers.cancelWithdrawal();
    }

    /* ============ finalizeWithdrawal ============ */

    function test_finalizeWithdrawal_paysRecipientOnceReady() public {
        vm.prank(alice);
        payers.requestWithdrawal(30 * USDC);
        vm.warp(block.timestamp + DEFAULT_LOCK_PERIOD);

        vm.expectEmit(address(payers));
        emit IPayers.WithdrawalFinalized(alice, recipient, 30 * USDC);
        vm.prank(alice);
        payers.finalizeWithdrawal(recipient);

        assertEq(usdc.balanceOf(recipient), 30 * USDC);
        assertEq(usdc.balanceOf(address(payers)), 70 * USDC);
        assertEq(payers.balanceOf(alice), _signed(70 * USDC));
        assertEq(payers.pendingWithdrawal(alice).amount, 0);
        assertEq(payers.totalPendingWithdrawals(), 0);
    }

    function test_finalizeWithdrawal_revertsBeforeReady() public {
        vm.prank(alice);
        payers.requestWithdrawal(30 * USDC);
        uint64 readyAt = SafeCast.toUint64(block.timestamp + DEFAULT_LOCK_PERIOD);
        vm.warp(readyAt - 1);
        vm.expectRevert(abi.encodeWithSelector(IPayers.WithdrawalLocked.selector, readyAt));
        vm.prank(alice);
        payers.finalizeWithdrawal(recipient);
    }

    function test_finalizeWithdrawal_keepsTheLockOfItsRequest() public {
        vm.prank(alice);
        payers.requestWithdrawal(30 * USDC);
        uint64 readyAt = SafeCast.toUint64(block.timestamp + DEFAULT_LOCK_PERIOD);
        vm.prank(admin);
        payers.setWithdrawalLockPeriod(0);
        vm.expectRevert(abi.encodeWithSelector(IPayers.WithdrawalLocked.selector, readyAt));
        vm.prank(alice);
        payers.finalizeWithdrawal(recipient);
    }

    /// @dev Only a proxy upgraded from the version that let settlement run debt past a pending withdrawal holds a
    ///      payer in debt with one (settlement now takes the withdrawal first): it cannot finalize.
    function test_finalizeWithdrawal_revertsWhenInDebt() public {
        vm.prank(alice);
        payers.requestWithdrawal(100 * USDC);
        _setLegacyDebt(alice, 1);
        vm.warp(block.timestamp + DEFAULT_LOCK_PERIOD);
        vm.expectRevert(abi.encodeWithSelector(IPayers.PayerInDebt.selector, -1));
        vm.prank(alice);
        payers.finalizeWithdrawal(recipient);
    }

    /// @dev A fee settled during the lock came out of the withdrawal: finalizing pays the rest, and a later deposit is
    ///      the payer's balance, untouched.
    function test_finalizeWithdrawal_paysWhatSettlementLeft() public {
        vm.prank(alice);
        payers.requestWithdrawal(100 * USDC);
        _settleFee(alice, 4 * USDC);
        vm.warp(block.timestamp + DEFAULT_LOCK_PERIOD);
        usdc.mint(bob, 10 * USDC);
        vm.prank(bob);
        usdc.approve(address(payers), 10 * USDC);
        vm.prank(bob);
        payers.deposit(alice, 10 * USDC);

        vm.prank(alice);
        payers.finalizeWithdrawal(recipient);
        assertEq(usdc.balanceOf(recipient), 96 * USDC);
        assertEq(payers.balanceOf(alice), _signed(10 * USDC));
        assertEq(usdc.balanceOf(address(payers)), 14 * USDC);
        assertEq(payers.backedFees(), 4 * USDC);
    }

    function test_finalizeWithdrawal_revertsWhenRecipientIsZero() public {
        vm.prank(alice);
        payers.requestWithdrawal(30 * USDC);
        vm.warp(block.timestamp + DEFAULT_LOCK_PERIOD);
        vm.expectRevert(IErrors.ZeroAddress.selector);
        vm.prank(alice);
        payers.finalizeWithdrawal(address(0));
    }

    function test_finalizeWithdrawal_revertsWhenNonePending() public {
        vm.expectRevert(IPayers.NoPendingWithdrawal.selector);
        vm.prank(alice);
        payers.finalizeWithdrawal(recipient);
    }

    function test_finalizeWithdrawal_revertsWhenAlreadyFinalized() public {
        vm.prank(alice);
        payers.requestWithdrawal(30 * USDC);
        vm.warp(block.timestamp + DEFAULT_LOCK_PERIOD);
        vm.prank(alice);
        payers.finalizeWithdrawal(recipient);
        vm.expectRevert(IPayers.NoPendingWithdrawal.selector);
        vm.prank(alice);
        payers.finalizeWithdrawal(recipient);
    }

    function test_finalizeWithdrawal_revertsWhenPaused() public {
        vm.prank(alice);
        payers.requestWithdrawal(30 * USDC);
        vm.warp(block.timestamp + DEFAULT_LOCK_PERIOD);
        vm.prank(admin);
        payers.pause();
        vm.expectRevert(IPayers.EnforcedPause.selector);
        vm.prank(alice);
        payers.finalizeWithdrawal(recipient);
    }

    /* ============ Fuzz ============ */

    function testFuzz_withdrawal_paysExactlyWhatWasRequested(uint256 deposited, uint256 amount, uint256 fee) public {
        deposited = bound(deposited, DEFAULT_MINIMUM_DEPOSIT, 1e15);
        amount = bound(amount, 1, deposited);
        fee = bound(fee, 0, deposited);
        _fund(bob, deposited);

        vm.prank(bob);
        payers.requestWithdrawal(amount);
        assertEq(payers.balanceOf(bob), _signed(deposited - amount));
        if (fee > 0) _settleFee(bob, fee);
        vm.warp(block.timestamp + DEFAULT_LOCK_PERIOD);

        // The balance pays first, the withdrawal the rest: fee <= deposited, so never a debt.
        uint256 fromBalance = fee < deposited - amount ? fee : deposited - amount;
        uint256 fromWithdrawal = fee - fromBalance;
        assertEq(payers.balanceOf(bob), _signed(deposited - amount - fromBalance));
        // Taken whole, the withdrawal is gone.
        if (fromWithdrawal == amount) vm.expectRevert(IPayers.NoPendingWithdrawal.selector);
        vm.prank(bob);
        payers.finalizeWithdrawal(recipient);
        assertEq(usdc.balanceOf(recipient), amount - fromWithdrawal);
        // Alice's 100 USDC, bob's rest and the backed fees remain.
        assertEq(usdc.balanceOf(address(payers)), 100 * USDC + deposited - amount + fromWithdrawal);
    }

    /* ============ Helpers ============ */

    /// @dev Writes `payer` `debt` into debt (balance and `totalDebt`) directly: the state a proxy upgraded from the
    ///      version that let settlement run debt past a pending withdrawal may hold.
    function _setLegacyDebt(address payer, uint256 debt) internal {
        bytes32 root = SlotDerivation.erc7201Slot("xmtp.storage.Payers");
        bytes32 balanceSlot = keccak256(abi.encode(payer, uint256(root) + 5));
        vm.store(address(payers), balanceSlot, bytes32(type(uint256).max - debt + 1)); // -debt, two's complement
        // totalDebt is the low half of slot 1; backedFees (high half) is zero here.
        vm.store(address(payers), bytes32(uint256(root) + 1), bytes32(debt));
        assertEq(payers.balanceOf(payer), -_signed(debt));
        assertEq(payers.totalDebt(), debt);
    }

    /// @dev Settles a one-leaf report charging `payer` `fee`.
    function _settleFee(address payer, uint256 fee) internal {
        IPayers.PayerFee[] memory fees = new IPayers.PayerFee[](1);
        fees[0] = IPayers.PayerFee({payer: payer, fee: SafeCast.toUint96(fee)});
        _settle(_submitFees(fees), fees, 0, 1);
    }
}
