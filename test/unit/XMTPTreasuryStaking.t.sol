// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IErrors} from "../../contracts/interfaces/IErrors.sol";
import {IXMTPTreasury} from "../../contracts/interfaces/IXMTPTreasury.sol";
import {TreasuryFixture} from "../utils/TreasuryFixture.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

contract XMTPTreasuryStakingTest is TreasuryFixture {
    uint256 internal constant PRECISION = 1e36;

    function setUp() public override {
        super.setUp();
        _setShares(0, 10_000, 0); // every unit handled goes to stakers: the amounts below are staking rewards
    }

    /* ============ checkpointStake ============ */

    function test_checkpointStake_recordsAndEmits() public {
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.StakeCheckpointed(alice, 0, 3 * XMTP, 3 * XMTP);
        _checkpoint(alice, 3 * XMTP);
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.StakeCheckpointed(bob, 0, 1 * XMTP, 4 * XMTP);
        _checkpoint(bob, 1 * XMTP);
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.StakeCheckpointed(alice, 3 * XMTP, 2 * XMTP, 3 * XMTP);
        _checkpoint(alice, 2 * XMTP);
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.StakeCheckpointed(bob, 1 * XMTP, 0, 2 * XMTP);
        _checkpoint(bob, 0);

        assertEq(treasury.stakedOf(alice), 2 * XMTP);
        assertEq(treasury.stakedOf(bob), 0);
        assertEq(treasury.stakedOf(carol), 0);
        assertEq(treasury.totalStaked(), 2 * XMTP);
    }

    function test_checkpointStake_settlesTheOldStakeFirst() public {
        _checkpoint(alice, 1 * XMTP);
        _checkpoint(bob, 1 * XMTP);
        _handle(100 * USDC);
        _checkpoint(alice, 3 * XMTP); // alice's 50 were earned with a stake of 1
        assertEq(treasury.earnedStakingRewards(alice), 50 * USDC);
        _handle(100 * USDC);
        assertEq(treasury.earnedStakingRewards(alice), 125 * USDC);
        assertEq(treasury.earnedStakingRewards(bob), 75 * USDC);
    }

    function test_checkpointStake_toZeroKeepsWhatWasEarned() public {
        _checkpoint(alice, 1 * XMTP);
        _handle(100 * USDC);
        _checkpoint(alice, 0);
        _handle(100 * USDC); // nobody staked: held
        assertEq(treasury.earnedStakingRewards(alice), 100 * USDC);
        assertEq(treasury.undistributedStakingRewards(), 100 * USDC);
        assertEq(_claim(alice), 100 * USDC);
    }

    function test_checkpointStake_revertsWhenStakerIsZero() public {
        vm.expectRevert(IErrors.ZeroAddress.selector);
        vm.prank(stakeReporter);
        treasury.checkpointStake(address(0), 1);
    }

    function test_checkpointStake_revertsWhenNotReporter() public {
        _expectUnauthorized(alice, treasury.STAKE_REPORTER_ROLE());
        vm.prank(alice);
        treasury.checkpointStake(alice, 1);
    }

    /* ============ Accrual ============ */

    function test_rewards_areProRataToStake() public {
        _checkpoint(alice, 3 * XMTP);
        _checkpoint(bob, 1 * XMTP);
        usdc.mint(distributor, 100 * USDC);
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.StakingRewardsAdded(100 * USDC, 4 * XMTP, 100 * USDC * PRECISION / (4 * XMTP));
        vm.prank(distributor);
        treasury.handleExcessRewards(100 * USDC);
        assertEq(treasury.earnedStakingRewards(alice), 75 * USDC);
        assertEq(treasury.earnedStakingRewards(bob), 25 * USDC);
        assertEq(treasury.stakingRewardPerToken(), 100 * USDC * PRECISION / (4 * XMTP));
    }

    function test_rewards_followTheStakeOverTime() public {
        _checkpoint(alice, 1 * XMTP);
        _handle(100 * USDC);
        vm.warp(block.timestamp + 30 days);
        _checkpoint(bob, 1 * XMTP);
        _handle(100 * USDC);
        vm.warp(block.timestamp + 1 days);
        _checkpoint(alice, 0);
        _handle(100 * USDC);
        assertEq(treasury.earnedStakingRewards(alice), 150 * USDC);
        assertEq(treasury.earnedStakingRewards(bob), 150 * USDC);
    }

    function test_rewards_doNotAccrueWithTimeAlone() public {
        _checkpoint(alice, 1 * XMTP);
        _handle(100 * USDC);
        vm.warp(block.timestamp + 365 days);
        assertEq(treasury.earnedStakingRewards(alice), 100 * USDC);
    }

    function test_rewards_arrivingWithNothingStakedAreHeldForTheNextDeposit() public {
        usdc.mint(distributor, 100 * USDC);
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.StakingRewardsAdded(100 * USDC, 0, 0);
        vm.prank(distributor);
        treasury.handleExcessRewards(100 * USDC);
        assertEq(treasury.undistributedStakingRewards(), 100 * USDC);
        assertEq(treasury.stakingRewardsBalance(), 100 * USDC);
        assertEq(treasury.stakingRewardPerToken(), 0);

        _checkpoint(alice, 1 * XMTP);
        assertEq(treasury.earnedStakingRewards(alice), 0, "held until a deposit");
        assertEq(treasury.undistributedStakingRewards(), 100 * USDC);
        _checkpoint(bob, 1 * XMTP);

        _handle(10 * USDC);
        assertEq(treasury.undistributedStakingRewards(), 0);
        assertEq(treasury.earnedStakingRewards(alice), 55 * USDC);
        assertEq(treasury.earnedStakingRewards(bob), 55 * USDC);
    }

    function test_rewards_carryTheDivisionRemainderAndLoseNoUnit() public {
        _checkpoint(alice, 1);
        _checkpoint(bob, 1);
        _checkpoint(carol, 1);
        _handle(10); // 10 / 3: 3 each, one unit spread as fractions
        assertEq(treasury.earnedStakingRewards(alice), 3);
        assertEq(treasury.earnedStakingRewards(bob), 3);
        assertEq(treasury.earnedStakingRewards(carol), 3);
        _handle(2); // the fractions and the new 2 make 12: 4 each
        assertEq(treasury.earnedStakingRewards(alice), 4);
        assertEq(treasury.earnedStakingRewards(bob), 4);
        assertEq(treasury.earnedStakingRewards(carol), 4);
        assertEq(_claim(alice) + _claim(bob) + _claim(carol), 12);
        assertEq(treasury.stakingRewardsBalance(), 0);
        assertEq(usdc.balanceOf(address(treasury)), 0);
    }

    function test_rewards_keepEachStakersSubUnitRemainder() public {
        _checkpoint(alice, 1);
        _checkpoint(bob, 2);
        _handle(10);
        assertEq(_claim(alice), 3); // 3.33...
        assertEq(_claim(bob), 6); // 6.66...
        _handle(2);
        assertEq(_claim(alice), 1); // 0.33... + 0.66...
        assertEq(_claim(bob), 2); // 0.66... + 1.33...
        assertEq(treasury.stakingRewardsBalance(), 0);
    }

    function test_rewards_tinyDepositsOverAHugeStakeAddUp() public {
        _checkpoint(alice, 1e9 * XMTP);
        _checkpoint(bob, 3e9 * XMTP);
        for (uint256 i; i < 4; ++i) {
            _handle(1);
        }
        assertEq(treasury.earnedStakingRewards(alice), 1);
        assertEq(treasury.earnedStakingRewards(bob), 3);
    }

    /* ============ claimStakingRewards ============ */

    function test_claimStakingRewards_paysAndEmits() public {
        _checkpoint(alice, 1 * XMTP);
        _handle(100 * USDC);
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.StakingRewardsClaimed(alice, 100 * USDC);
        vm.prank(alice);
        uint256 amount = treasury.claimStakingRewards();
        assertEq(amount, 100 * USDC);
        assertEq(usdc.balanceOf(alice), 100 * USDC);
        assertEq(treasury.earnedStakingRewards(alice), 0);
        assertEq(treasury.stakingRewardsBalance(), 0);
        assertEq(treasury.stakedOf(alice), 1 * XMTP, "the stake stays");
    }

    function test_claimStakingRewards_onlyWhatIsNew() public {
        _checkpoint(alice, 1 * XMTP);
        _handle(100 * USDC);
        _claim(alice);
        _handle(40 * USDC);
        assertEq(_claim(alice), 40 * USDC);
    }

    function test_claimStakingRewards_revertsWhenClaimedTwice() public {
        _checkpoint(alice, 1 * XMTP);
        _handle(100 * USDC);
        _claim(alice);
        vm.expectRevert(IXMTPTreasury.NothingToClaim.selector);
        vm.prank(alice);
        treasury.claimStakingRewards();
    }

    function test_claimStakingRewards_revertsForANonStaker() public {
        _checkpoint(alice, 1 * XMTP);
        _handle(100 * USDC);
        vm.expectRevert(IXMTPTreasury.NothingToClaim.selector);
        vm.prank(stranger);
        treasury.claimStakingRewards();
    }

    function test_claimStakingRewards_revertsBelowOneUnit() public {
        _checkpoint(alice, 1);
        _checkpoint(bob, 2);
        _handle(1); // alice has a third of a unit
        vm.expectRevert(IXMTPTreasury.NothingToClaim.selector);
        vm.prank(alice);
        treasury.claimStakingRewards();
    }

    /* ============ Fuzz ============ */

    /// @dev Random stakes, deposits, claims and time for three stakers: each one's paid and claimable rewards match an
    ///      independent pro-rata reference within one unit, and the units add up to what was deposited, to the unit.
    function testFuzz_rewards_matchAProRataReference(uint256[16] memory ops) public {
        address[3] memory stakers = [alice, bob, carol];
        uint256[3] memory stakes;
        uint256[3] memory claimed;
        uint256[3] memory ideal; // scaled by 1e18
        uint256 total;
        uint256 held;
        uint256 deposited;

        for (uint256 step; step < ops.length; ++step) {
            uint256 op = ops[step];
            uint256 kind = op % 4;
            uint256 who = (op >> 8) % 3;
            uint256 value = op >> 16;
            if (kind == 0) {
                uint256 stake = value % 5 == 0 ? 0 : bound(value, 1, 1e27);
                _checkpoint(stakers[who], stake);
                total = total - stakes[who] + stake;
                stakes[who] = stake;
            } else if (kind == 1) {
                uint256 amount = bound(value, 1, 1e15);
                _handle(amount);
                deposited += amount;
                if (total == 0) {
                    held += amount;
                } else {
                    for (uint256 i; i < 3; ++i) {
                        ideal[i] += Math.mulDiv((amount + held) * 1e18, stakes[i], total);
                    }
                    held = 0;
                }
            } else if (kind == 2) {
                if (treasury.earnedStakingRewards(stakers[who]) != 0) claimed[who] += _claim(stakers[who]);
            } else {
                vm.warp(block.timestamp + bound(value, 1, 90 days));
            }
        }

        uint256 accounted = treasury.undistributedStakingRewards();
        for (uint256 i; i < 3; ++i) {
            uint256 got = claimed[i] + treasury.earnedStakingRewards(stakers[i]);
            assertLe(got, ideal[i] / 1e18 + 1, "paid above the pro-rata share");
            assertGe(got + 1, ideal[i] / 1e18, "paid below the pro-rata share");
            accounted += got;
        }
        assertEq(treasury.undistributedStakingRewards(), held, "held while nothing was staked");
        assertEq(treasury.stakingRewardsBalance(), deposited - claimed[0] - claimed[1] - claimed[2]);
        assertLe(accounted, deposited, "double-paid");
        // What no one can claim yet: each staker's sub-unit remainder and the carry, less than one unit each.
        assertLe(deposited - accounted, 4, "lost");
        assertEq(usdc.balanceOf(address(treasury)), treasury.stakingRewardsBalance());
    }
}
