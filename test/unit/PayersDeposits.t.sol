// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IErrors} from "../../contracts/interfaces/IErrors.sol";
import {IPayers} from "../../contracts/interfaces/IPayers.sol";
import {PayersFixture} from "../utils/PayersFixture.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Vm} from "forge-std/Vm.sol";

contract PayersDepositTest is PayersFixture {
    address internal depositor = makeAddr("depositor");

    function setUp() public override {
        super.setUp();
        usdc.mint(depositor, 1000 * USDC);
        vm.prank(depositor);
        usdc.approve(address(payers), type(uint256).max);
    }

    /* ============ deposit ============ */

    function test_deposit_creditsPayerAndTakesTokens() public {
        vm.expectEmit(address(payers));
        emit IPayers.Deposited(alice, depositor, 25 * USDC, _signed(25 * USDC));
        vm.prank(depositor);
        payers.deposit(alice, 25 * USDC);

        assertEq(payers.balanceOf(alice), _signed(25 * USDC));
        assertEq(payers.balanceOf(depositor), 0, "the depositor funds the payer, not itself");
        assertEq(usdc.balanceOf(address(payers)), 25 * USDC);
        assertEq(usdc.balanceOf(depositor), 975 * USDC);
        assertEq(payers.totalDebt(), 0);
        assertEq(payers.backedFees(), 0);
    }

    function test_deposit_addsToExistingBalance() public {
        vm.startPrank(depositor);
        payers.deposit(alice, 10 * USDC);
        vm.expectEmit(address(payers));
        emit IPayers.Deposited(alice, depositor, 15 * USDC, _signed(25 * USDC));
        payers.deposit(alice, 15 * USDC);
        vm.stopPrank();
        assertEq(payers.balanceOf(alice), _signed(25 * USDC));
    }

    function test_deposit_acceptsExactlyTheMinimum() public {
        vm.prank(depositor);
        payers.deposit(alice, DEFAULT_MINIMUM_DEPOSIT);
        assertEq(payers.balanceOf(alice), _signed(DEFAULT_MINIMUM_DEPOSIT));
    }

    function test_deposit_revertsWhenBelowMinimum() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IPayers.DepositBelowMinimum.selector, DEFAULT_MINIMUM_DEPOSIT - 1, DEFAULT_MINIMUM_DEPOSIT
            )
        );
        vm.prank(depositor);
        payers.deposit(alice, DEFAULT_MINIMUM_DEPOSIT - 1);
    }

    function test_deposit_revertsWhenBelowRaisedMinimum() public {
        vm.prank(admin);
        payers.setMinimumDeposit(50 * USDC);
        vm.expectRevert(abi.encodeWithSelector(IPayers.DepositBelowMinimum.selector, 49 * USDC, 50 * USDC));
        vm.prank(depositor);
        payers.deposit(alice, 49 * USDC);
    }

    function test_deposit_revertsWhenPayerIsZero() public {
        vm.expectRevert(IErrors.ZeroAddress.selector);
        vm.prank(depositor);
        payers.deposit(address(0), 10 * USDC);
    }

    function test_deposit_revertsWhenPaused() public {
        vm.prank(admin);
        payers.pause();
        vm.expectRevert(IPayers.EnforcedPause.selector);
        vm.prank(depositor);
        payers.deposit(alice, 10 * USDC);
    }

    function test_deposit_revertsWithoutAllowance() public {
        usdc.mint(stranger, 10 * USDC);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(payers), 0, 10 * USDC)
        );
        vm.prank(stranger);
        payers.deposit(alice, 10 * USDC);
    }

    function test_deposit_revertsWithoutFunds() public {
        vm.prank(stranger);
        usdc.approve(address(payers), 10 * USDC);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, stranger, 0, 10 * USDC));
        vm.prank(stranger);
        payers.deposit(alice, 10 * USDC);
    }

    function test_deposit_repaysPartOfTheDebt() public {
        _putInDebt(alice, 30 * USDC); // balance -30
        assertEq(payers.totalDebt(), 30 * USDC);
        assertEq(payers.backedFees(), 0);

        vm.expectEmit(address(payers));
        emit IPayers.Deposited(alice, depositor, 12 * USDC, -_signed(18 * USDC));
        vm.prank(depositor);
        payers.deposit(alice, 12 * USDC);

        assertEq(payers.balanceOf(alice), -_signed(18 * USDC));
        assertEq(payers.totalDebt(), 18 * USDC);
        assertEq(payers.backedFees(), 12 * USDC);
    }

    function test_deposit_repaysAllTheDebtAndCreditsTheRest() public {
        _putInDebt(alice, 30 * USDC);

        vm.expectEmit(address(payers));
        emit IPayers.Deposited(alice, depositor, 50 * USDC, _signed(20 * USDC));
        vm.prank(depositor);
        payers.deposit(alice, 50 * USDC);

        assertEq(payers.balanceOf(alice), _signed(20 * USDC));
        assertEq(payers.totalDebt(), 0);
        assertEq(payers.backedFees(), 30 * USDC);
        assertGe(usdc.balanceOf(address(payers)), 20 * USDC + payers.backedFees());
    }

    function testFuzz_deposit_creditsExactlyTheAmount(uint256 first, uint256 second, uint256 debt) public {
        first = bound(first, DEFAULT_MINIMUM_DEPOSIT, 1e15);
        second = bound(second, DEFAULT_MINIMUM_DEPOSIT, 1e15);
        debt = bound(debt, 0, 5e14);
        if (debt > 0) _putInDebt(alice, debt);
        usdc.mint(depositor, first + second);

        vm.startPrank(depositor);
        payers.deposit(alice, first);
        payers.deposit(alice, second);
        vm.stopPrank();

        int256 expected = _signed(first) + _signed(second) - _signed(debt);
        assertEq(payers.balanceOf(alice), expected);
        uint256 repaid = debt < first + second ? debt : first + second;
        assertEq(payers.totalDebt(), debt - repaid);
        assertEq(payers.backedFees(), repaid);
        assertEq(usdc.balanceOf(address(payers)), first + second);
    }

    /* ============ depositWithPermit ============ */

    function test_depositWithPermit_depositsWithoutPriorApproval() public {
        Vm.Wallet memory owner = vm.createWallet("permit owner");
        usdc.mint(owner.addr, 40 * USDC);
        (uint8 v, bytes32 r, bytes32 s) = _permit(owner, 40 * USDC, block.timestamp + 1 hours);

        vm.expectEmit(address(payers));
        emit IPayers.Deposited(alice, owner.addr, 40 * USDC, _signed(40 * USDC));
        vm.prank(owner.addr);
        payers.depositWithPermit(alice, 40 * USDC, block.timestamp + 1 hours, v, r, s);

        assertEq(payers.balanceOf(alice), _signed(40 * USDC));
        assertEq(usdc.balanceOf(address(payers)), 40 * USDC);
        assertEq(usdc.nonces(owner.addr), 1);
        assertEq(usdc.allowance(owner.addr, address(payers)), 0);
    }

    function test_depositWithPermit_succeedsWhenThePermitWasFrontRun() public {
        Vm.Wallet memory owner = vm.createWallet("permit owner");
        usdc.mint(owner.addr, 40 * USDC);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _permit(owner, 40 * USDC, deadline);
        // Someone sees the permit in the mempool and uses it first.
        vm.prank(stranger);
        usdc.permit(owner.addr, address(payers), 40 * USDC, deadline, v, r, s);

        vm.prank(owner.addr);
        payers.depositWithPermit(alice, 40 * USDC, deadline, v, r, s);
        assertEq(payers.balanceOf(alice), _signed(40 * USDC));
    }

    function test_depositWithPermit_revertsWhenPermitFailsAndNoAllowance() public {
        Vm.Wallet memory owner = vm.createWallet("permit owner");
        usdc.mint(owner.addr, 40 * USDC);
        // Signed for 30, used for 40: the permit fails, and no allowance covers the deposit.
        (uint8 v, bytes32 r, bytes32 s) = _permit(owner, 30 * USDC, block.timestamp + 1 hours);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(payers), 0, 40 * USDC)
        );
        vm.prank(owner.addr);
        payers.depositWithPermit(alice, 40 * USDC, block.timestamp + 1 hours, v, r, s);
    }

    function test_depositWithPermit_revertsWhenBelowMinimum() public {
        Vm.Wallet memory owner = vm.createWallet("permit owner");
        (uint8 v, bytes32 r, bytes32 s) = _permit(owner, 1, block.timestamp + 1 hours);
        vm.expectRevert(abi.encodeWithSelector(IPayers.DepositBelowMinimum.selector, 1, DEFAULT_MINIMUM_DEPOSIT));
        vm.prank(owner.addr);
        payers.depositWithPermit(alice, 1, block.timestamp + 1 hours, v, r, s);
    }

    function test_depositWithPermit_revertsWhenPaused() public {
        Vm.Wallet memory owner = vm.createWallet("permit owner");
        (uint8 v, bytes32 r, bytes32 s) = _permit(owner, 40 * USDC, block.timestamp + 1 hours);
        vm.prank(admin);
        payers.pause();
        vm.expectRevert(IPayers.EnforcedPause.selector);
        vm.prank(owner.addr);
        payers.depositWithPermit(alice, 40 * USDC, block.timestamp + 1 hours, v, r, s);
    }
}
