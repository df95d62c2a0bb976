// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IErrors} from "../../contracts/interfaces/IErrors.sol";
import {IRewardDistributor} from "../../contracts/interfaces/IRewardDistributor.sol";
import {RewardsFixture} from "../utils/RewardsFixture.sol";

/// @notice Monthly payouts: when they are due, who gets what, the cursor, and recipients that cannot receive.
contract RewardDistributorPayoutsTest is RewardsFixture {
    uint256 internal constant NODES = 10;

    uint256 internal deployedAt;
    uint256 internal base;

    function setUp() public override {
        deployedAt = vm.getBlockTimestamp();
        super.setUp();
        _seat(NODES);
        base = _baseCost();
    }

    /// @dev Runs period 0 to its close with costs and a 10% bonus funded every epoch.
    function _closeFirstPeriod() internal {
        _runPeriod(NODES * base * 11 / 10);
        assertEq(distributor.currentPeriod(), 1);
    }

    function test_executePayouts_revertsBeforeAPeriodCloses() public {
        _rotate();
        distributor.distributeRewards();
        vm.expectRevert(abi.encodeWithSelector(IRewardDistributor.PayoutNotDue.selector, distributor.nextPayoutAt()));
        distributor.executePayouts(NODES);
    }

    function test_executePayouts_revertsOnZeroMaxNodes() public {
        _closeFirstPeriod();
        vm.expectRevert(IRewardDistributor.ZeroAmount.selector);
        distributor.executePayouts(0);
    }

    function test_executePayouts_paysEachNodeItsPeriodEarnings() public {
        _closeFirstPeriod();
        uint256 unpaidBefore = distributor.unpaidEarnings();
        uint256 total;
        for (uint256 i; i < NODES; ++i) {
            uint256 earned = tracker.earningsOf(operators[i], 0);
            assertGt(earned, 0);
            total += earned;
            vm.expectEmit(address(distributor));
            emit IRewardDistributor.PayoutExecuted(0, operators[i], operatorNodeIds[i], operators[i], earned);
        }
        assertEq(distributor.pendingPayouts(), NODES);

        uint256 remaining = distributor.executePayouts(NODES);

        assertEq(remaining, 0);
        for (uint256 i; i < NODES; ++i) {
            assertEq(usdc.balanceOf(operators[i]), tracker.earningsOf(operators[i], 0), "paid its earnings");
        }
        assertEq(distributor.unpaidEarnings(), unpaidBefore - total);
        assertEq(distributor.pendingPayouts(), 0);
        (uint256 period, uint256 index) = distributor.payoutCursor();
        assertEq(period, 1);
        assertEq(index, 0);
    }

    function test_executePayouts_paysEachNodeOnce() public {
        _closeFirstPeriod();
        distributor.executePayouts(NODES);
        vm.expectRevert(abi.encodeWithSelector(IRewardDistributor.PayoutNotDue.selector, distributor.nextPayoutAt()));
        distributor.executePayouts(NODES);
        for (uint256 i; i < NODES; ++i) {
            assertEq(usdc.balanceOf(operators[i]), tracker.earningsOf(operators[i], 0));
        }
    }

    function test_executePayouts_continuesFromTheCursorInBatches() public {
        _closeFirstPeriod();
        vm.expectEmit(address(distributor));
        emit IRewardDistributor.PayoutsExecuted(3, NODES - 3);
        assertEq(distributor.executePayouts(3), NODES - 3);
        (, uint256 index) = distributor.payoutCursor();
        assertEq(index, 3);
        assertEq(usdc.balanceOf(operators[3]), 0, "not reached yet");
        assertEq(distributor.executePayouts(3), NODES - 6);
        assertEq(distributor.executePayouts(100), 0);
        for (uint256 i; i < NODES; ++i) {
            assertEq(usdc.balanceOf(operators[i]), tracker.earningsOf(operators[i], 0));
        }
    }

    function test_executePayouts_paysSeveralClosedPeriodsInOrder() public {
        _closeFirstPeriod();
        _runPeriod(NODES * base);
        assertEq(distributor.pendingPayouts(), 2 * NODES);
        assertEq(distributor.executePayouts(NODES + 1), NODES - 1);
        (uint256 period, uint256 index) = distributor.payoutCursor();
        assertEq(period, 1);
        assertEq(index, 1);
        assertEq(distributor.executePayouts(NODES), 0);
        for (uint256 i; i < NODES; ++i) {
            assertEq(
                usdc.balanceOf(operators[i]), tracker.earningsOf(operators[i], 0) + tracker.earningsOf(operators[i], 1)
            );
        }
    }

    function test_executePayouts_paysTheNodesCurrentNftOwner() public {
        _closeFirstPeriod();
        address buyer = makeAddr("buyer");
        vm.prank(admin);
        nodes.transferNode(operatorNodeIds[0], buyer);

        distributor.executePayouts(NODES);
        assertEq(usdc.balanceOf(buyer), tracker.earningsOf(operators[0], 0));
        assertEq(usdc.balanceOf(operators[0]), 0);
    }

    function test_executePayouts_keepsAFailedPayoutClaimable() public {
        _closeFirstPeriod();
        address blocked = operators[0];
        uint256 owedToBlocked = tracker.earningsOf(blocked, 0);
        usdc.setBlocked(blocked, true);

        vm.expectEmit(address(distributor));
        emit IRewardDistributor.PayoutDeferred(0, blocked, operatorNodeIds[0], blocked, owedToBlocked);
        assertEq(distributor.executePayouts(NODES), 0);

        // The others were paid; the blocked one's amount waits for it.
        for (uint256 i = 1; i < NODES; ++i) {
            assertEq(usdc.balanceOf(operators[i]), tracker.earningsOf(operators[i], 0));
        }
        assertEq(distributor.claimableOf(blocked), owedToBlocked);
        assertEq(distributor.totalClaimable(), owedToBlocked);
        assertEq(usdc.balanceOf(address(distributor)), _distributorHeld());
    }

    function test_claimTo_sendsDeferredPayoutsElsewhere() public {
        _closeFirstPeriod();
        address blocked = operators[0];
        uint256 amount = tracker.earningsOf(blocked, 0);
        usdc.setBlocked(blocked, true);
        distributor.executePayouts(NODES);

        // Still blocked: a plain claim fails and loses nothing.
        vm.prank(blocked);
        vm.expectRevert();
        distributor.claim();
        assertEq(distributor.claimableOf(blocked), amount);

        address wallet = makeAddr("wallet");
        vm.expectEmit(address(distributor));
        emit IRewardDistributor.Claimed(blocked, wallet, amount);
        vm.prank(blocked);
        assertEq(distributor.claimTo(wallet), amount);
        assertEq(usdc.balanceOf(wallet), amount);
        assertEq(distributor.claimableOf(blocked), 0);
        assertEq(distributor.totalClaimable(), 0);
    }

    function test_claim_paysTheCallerOnceUnblocked() public {
        _closeFirstPeriod();
        address blocked = operators[0];
        uint256 amount = tracker.earningsOf(blocked, 0);
        usdc.setBlocked(blocked, true);
        distributor.executePayouts(NODES);
        usdc.setBlocked(blocked, false);

        vm.prank(blocked);
        assertEq(distributor.claim(), amount);
        assertEq(usdc.balanceOf(blocked), amount);

        vm.prank(blocked);
        vm.expectRevert(IRewardDistributor.NothingToClaim.selector);
        distributor.claim();
    }

    function test_claim_revertsWithNothingToClaim() public {
        vm.prank(stranger);
        vm.expectRevert(IRewardDistributor.NothingToClaim.selector);
        distributor.claim();
    }

    function test_claimTo_revertsForTheDistributorItself() public {
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(IRewardDistributor.InvalidRecipient.selector, address(distributor)));
        distributor.claimTo(address(distributor));
    }

    function test_claimTo_revertsForTheZeroAddress() public {
        vm.prank(stranger);
        vm.expectRevert(IErrors.ZeroAddress.selector);
        distributor.claimTo(address(0));
    }

    function test_nextPayoutAt_isTheEndOfTheFirstPeriodsLastEpoch() public view {
        // Epoch 0 started at deployment; the first period is 60 epochs of 12 hours.
        assertEq(distributor.nextPayoutAt(), deployedAt + distributor.payoutPeriod());
    }

    function test_nextPayoutAt_isWhenTheUnpaidPeriodClosed() public {
        _closeFirstPeriod();
        assertEq(distributor.nextPayoutAt(), distributor.periodClosedAt(0));
        assertEq(distributor.periodClosedAt(0), deployedAt + distributor.payoutPeriod());
        distributor.executePayouts(NODES);
        assertEq(distributor.nextPayoutAt(), deployedAt + 2 * distributor.payoutPeriod());
    }

    function test_pendingPayouts_isZeroWhileNoPeriodIsClosed() public view {
        assertEq(distributor.pendingPayouts(), 0);
    }

    function test_executePayouts_keepsTheBooksBalanced() public {
        _closeFirstPeriod();
        distributor.executePayouts(4);
        assertEq(usdc.balanceOf(address(distributor)), _distributorHeld());
        distributor.executePayouts(NODES);
        assertEq(usdc.balanceOf(address(distributor)), _distributorHeld());
    }
}
