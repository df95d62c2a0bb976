// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IErrors} from "../../contracts/interfaces/IErrors.sol";
import {IXMTPTreasury} from "../../contracts/interfaces/IXMTPTreasury.sol";
import {TreasuryFixture} from "../utils/TreasuryFixture.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

contract XMTPTreasuryExcessRewardsTest is TreasuryFixture {
    /* ============ handleExcessRewards ============ */

    function test_handleExcessRewards_splitsByTheDefaultShares() public {
        _checkpoint(alice, 1 * XMTP);
        usdc.mint(distributor, 1000 * USDC);

        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.StakingRewardsAdded(300 * USDC, 1 * XMTP, 300 * USDC * 1e36 / XMTP);
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.ExcessRewardsHandled(1000 * USDC, block.timestamp);
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.ExcessRewardsSplit(distributor, 400 * USDC, 300 * USDC, 300 * USDC);
        vm.prank(distributor);
        treasury.handleExcessRewards(1000 * USDC);

        assertEq(treasury.buybackBalance(), 400 * USDC);
        assertEq(treasury.stakingRewardsBalance(), 300 * USDC);
        assertEq(treasury.treasuryBalance(), 300 * USDC);
        assertEq(usdc.balanceOf(address(treasury)), 1000 * USDC);
        assertEq(usdc.balanceOf(distributor), 0);
        assertEq(treasury.earnedStakingRewards(alice), 300 * USDC);
    }

    function test_handleExcessRewards_emitsTheTimestamp() public {
        vm.warp(1_900_000_000);
        usdc.mint(distributor, 10);
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.ExcessRewardsHandled(10, 1_900_000_000);
        vm.prank(distributor);
        treasury.handleExcessRewards(10);
    }

    function test_handleExcessRewards_givesTheRoundingRemainderToTheTreasury() public {
        // 4000/3000/3000 of 9: floor(3.6) = 3 and floor(2.7) = 2, the treasury takes 9 - 3 - 2 = 4.
        usdc.mint(distributor, 9);
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.ExcessRewardsSplit(distributor, 3, 2, 4);
        vm.prank(distributor);
        treasury.handleExcessRewards(9);
        assertEq(treasury.buybackBalance(), 3);
        assertEq(treasury.stakingRewardsBalance(), 2);
        assertEq(treasury.treasuryBalance(), 4);
    }

    function test_handleExcessRewards_oneUnitGoesToTheTreasury() public {
        _handle(1);
        assertEq(treasury.buybackBalance(), 0);
        assertEq(treasury.stakingRewardsBalance(), 0);
        assertEq(treasury.treasuryBalance(), 1);
    }

    function test_handleExcessRewards_skipsTheStakingEventWithoutAStakingShare() public {
        _setShares(5000, 0, 5000);
        usdc.mint(distributor, 100);
        vm.recordLogs();
        vm.prank(distributor);
        treasury.handleExcessRewards(100);
        assertEq(vm.getRecordedLogs().length, 3, "Transfer, ExcessRewardsHandled, ExcessRewardsSplit");
        assertEq(treasury.buybackBalance(), 50);
        assertEq(treasury.treasuryBalance(), 50);
        assertEq(treasury.stakingRewardsBalance(), 0);
    }

    function test_handleExcessRewards_usesTheCurrentShares() public {
        _handle(100);
        _setShares(0, 10_000, 0);
        _handle(100);
        assertEq(treasury.buybackBalance(), 40);
        assertEq(treasury.stakingRewardsBalance(), 130);
        assertEq(treasury.treasuryBalance(), 30);
    }

    function test_handleExcessRewards_accumulates() public {
        _handle(1000 * USDC);
        _handle(10 * USDC);
        assertEq(treasury.buybackBalance(), 404 * USDC);
        assertEq(treasury.stakingRewardsBalance(), 303 * USDC);
        assertEq(treasury.treasuryBalance(), 303 * USDC);
    }

    function testFuzz_handleExcessRewards_losesNoUnit(
        uint256[4] memory amounts,
        uint16 buyback,
        uint16 staking,
        bool stake
    ) public {
        buyback = SafeCast.toUint16(bound(buyback, 0, 10_000));
        staking = SafeCast.toUint16(bound(staking, 0, 10_000 - buyback));
        _setShares(buyback, staking, 10_000 - buyback - staking);
        if (stake) _checkpoint(alice, 3);

        uint256 total;
        for (uint256 i; i < amounts.length; ++i) {
            uint256 amount = bound(amounts[i], 1, 1e30);
            uint256 expectedBuyback = amount * buyback / 10_000;
            uint256 expectedStaking = amount * staking / 10_000;
            uint256 buybackBefore = treasury.buybackBalance();
            uint256 stakingBefore = treasury.stakingRewardsBalance();
            uint256 treasuryBefore = treasury.treasuryBalance();
            _handle(amount);
            total += amount;
            assertEq(treasury.buybackBalance() - buybackBefore, expectedBuyback, "buyback share");
            assertEq(treasury.stakingRewardsBalance() - stakingBefore, expectedStaking, "staking share");
            assertEq(
                treasury.treasuryBalance() - treasuryBefore, amount - expectedBuyback - expectedStaking, "treasury"
            );
            // The remainder is under one unit per floor-divided share.
            assertLe(treasury.treasuryBalance() - treasuryBefore, amount * (10_000 - buyback - staking) / 10_000 + 2);
        }
        assertEq(treasury.buybackBalance() + treasury.stakingRewardsBalance() + treasury.treasuryBalance(), total);
        assertEq(usdc.balanceOf(address(treasury)), total);
    }

    function test_handleExcessRewards_revertsWhenZero() public {
        vm.expectRevert(IXMTPTreasury.ZeroAmount.selector);
        vm.prank(distributor);
        treasury.handleExcessRewards(0);
    }

    function test_handleExcessRewards_revertsWhenNotDistributor() public {
        usdc.mint(admin, 100);
        vm.prank(admin);
        usdc.approve(address(treasury), 100);
        _expectUnauthorized(admin, treasury.DISTRIBUTOR_ROLE());
        vm.prank(admin);
        treasury.handleExcessRewards(100);
    }

    function test_handleExcessRewards_revertsWithoutTheTokens() public {
        usdc.mint(distributor, 99);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, distributor, 99, 100));
        vm.prank(distributor);
        treasury.handleExcessRewards(100);
    }

    function test_handleExcessRewards_revertsWithoutTheAllowance() public {
        vm.prank(distributor);
        usdc.approve(address(treasury), 99);
        usdc.mint(distributor, 100);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(treasury), 99, 100)
        );
        vm.prank(distributor);
        treasury.handleExcessRewards(100);
    }

    /* ============ withdrawTreasury ============ */

    function test_withdrawTreasury_paysAndEmits() public {
        _handle(1000 * USDC);
        address grants = makeAddr("grants");
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.TreasuryWithdrawn(grants, 120 * USDC);
        vm.prank(admin);
        treasury.withdrawTreasury(grants, 120 * USDC);
        assertEq(usdc.balanceOf(grants), 120 * USDC);
        assertEq(treasury.treasuryBalance(), 180 * USDC);
        assertEq(treasury.buybackBalance(), 400 * USDC, "other buckets untouched");
        assertEq(treasury.stakingRewardsBalance(), 300 * USDC, "other buckets untouched");
        assertEq(usdc.balanceOf(address(treasury)), 880 * USDC);
    }

    function test_withdrawTreasury_allOfIt() public {
        _handle(1000 * USDC);
        vm.prank(admin);
        treasury.withdrawTreasury(admin, 300 * USDC);
        assertEq(treasury.treasuryBalance(), 0);
    }

    function test_withdrawTreasury_revertsAboveTheBucket() public {
        _handle(1000 * USDC);
        vm.expectRevert(
            abi.encodeWithSelector(IXMTPTreasury.InsufficientTreasuryBalance.selector, 300 * USDC, 300 * USDC + 1)
        );
        vm.prank(admin);
        treasury.withdrawTreasury(admin, 300 * USDC + 1);
    }

    function test_withdrawTreasury_revertsWhenZeroAmount() public {
        vm.expectRevert(IXMTPTreasury.ZeroAmount.selector);
        vm.prank(admin);
        treasury.withdrawTreasury(admin, 0);
    }

    function test_withdrawTreasury_revertsWhenZeroRecipient() public {
        _handle(1000 * USDC);
        vm.expectRevert(IErrors.ZeroAddress.selector);
        vm.prank(admin);
        treasury.withdrawTreasury(address(0), 1);
    }

    function test_withdrawTreasury_revertsWhenNotAdmin() public {
        _handle(1000 * USDC);
        _expectUnauthorized(distributor, treasury.DEFAULT_ADMIN_ROLE());
        vm.prank(distributor);
        treasury.withdrawTreasury(distributor, 1);
    }

    /* ============ depositSlashedXmtp ============ */

    function test_depositSlashedXmtp_pullsAndEmits() public {
        xmtp.mint(slasher, 50 * XMTP);
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.SlashedXmtpDeposited(operator, slasher, 50 * XMTP);
        vm.prank(slasher);
        treasury.depositSlashedXmtp(operator, 50 * XMTP);
        assertEq(treasury.slashedXmtp(), 50 * XMTP);
        assertEq(xmtp.balanceOf(address(treasury)), 50 * XMTP);
        assertEq(xmtp.balanceOf(slasher), 0);

        _slash(makeAddr("other operator"), 5 * XMTP);
        assertEq(treasury.slashedXmtp(), 55 * XMTP);
    }

    function test_depositSlashedXmtp_touchesNoUsdcBucket() public {
        _handle(100);
        _slash(operator, 1);
        assertEq(treasury.buybackBalance(), 40);
        assertEq(treasury.treasuryBalance(), 30);
        assertEq(treasury.stakingRewardsBalance(), 30);
    }

    function test_depositSlashedXmtp_revertsWhenZeroAmount() public {
        vm.expectRevert(IXMTPTreasury.ZeroAmount.selector);
        vm.prank(slasher);
        treasury.depositSlashedXmtp(operator, 0);
    }

    function test_depositSlashedXmtp_revertsWhenOperatorIsZero() public {
        xmtp.mint(slasher, 1);
        vm.expectRevert(IErrors.ZeroAddress.selector);
        vm.prank(slasher);
        treasury.depositSlashedXmtp(address(0), 1);
    }

    function test_depositSlashedXmtp_revertsWhenNotSlasher() public {
        _expectUnauthorized(stakeReporter, treasury.SLASHER_ROLE());
        vm.prank(stakeReporter);
        treasury.depositSlashedXmtp(operator, 1);
    }

    function test_depositSlashedXmtp_revertsWithoutTheTokens() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, slasher, 0, 1));
        vm.prank(slasher);
        treasury.depositSlashedXmtp(operator, 1);
    }

    /* ============ withdrawSlashedXmtp ============ */

    function test_withdrawSlashedXmtp_paysAndEmits() public {
        _slash(operator, 50 * XMTP);
        address grants = makeAddr("grants");
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.SlashedXmtpWithdrawn(grants, 20 * XMTP);
        vm.prank(admin);
        treasury.withdrawSlashedXmtp(grants, 20 * XMTP);
        assertEq(xmtp.balanceOf(grants), 20 * XMTP);
        assertEq(treasury.slashedXmtp(), 30 * XMTP);
        assertEq(xmtp.balanceOf(address(treasury)), 30 * XMTP);
    }

    function test_withdrawSlashedXmtp_revertsAboveTheAccount() public {
        _slash(operator, 50 * XMTP);
        vm.expectRevert(
            abi.encodeWithSelector(IXMTPTreasury.InsufficientSlashedXmtp.selector, 50 * XMTP, 50 * XMTP + 1)
        );
        vm.prank(admin);
        treasury.withdrawSlashedXmtp(admin, 50 * XMTP + 1);
    }

    function test_withdrawSlashedXmtp_revertsWhenZeroAmount() public {
        vm.expectRevert(IXMTPTreasury.ZeroAmount.selector);
        vm.prank(admin);
        treasury.withdrawSlashedXmtp(admin, 0);
    }

    function test_withdrawSlashedXmtp_revertsWhenZeroRecipient() public {
        _slash(operator, 1);
        vm.expectRevert(IErrors.ZeroAddress.selector);
        vm.prank(admin);
        treasury.withdrawSlashedXmtp(address(0), 1);
    }

    function test_withdrawSlashedXmtp_revertsWhenNotAdmin() public {
        _slash(operator, 1);
        _expectUnauthorized(slasher, treasury.DEFAULT_ADMIN_ROLE());
        vm.prank(slasher);
        treasury.withdrawSlashedXmtp(slasher, 1);
    }
}
