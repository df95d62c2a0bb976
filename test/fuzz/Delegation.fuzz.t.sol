// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {XMTPTreasury} from "../../contracts/XMTPTreasury.sol";
import {NodesFixture} from "../utils/NodesFixture.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/**
 * @notice A stake made in the block of a distribution earns nothing of that distribution, whatever the order of the
 *         calls in that block (rewards before and after the stake, the stake left in the same block or kept), and
 *         whether the stake is an own stake, a delegation, a redelegation's destination or an operator's top-up; the
 *         long-term stakers share the rewards exactly by weight (the operator's commission off its delegated part).
 * @dev    The treasury hands the rewards over as the distributor's `forwardExcess` does (the distributor pranked into
 *         `handleExcessRewards`, every unit to staking).
 */
contract DelegationFuzzTest is NodesFixture {
    address internal opA = makeAddr("operator-a");
    address internal opB = makeAddr("operator-b");
    address internal dan = makeAddr("dan");
    address internal erin = makeAddr("erin");
    address internal whale = makeAddr("whale");

    XMTPTreasury internal treasury;
    address internal distributor;

    struct Weights {
        uint256 ownA;
        uint256 ownB;
        uint256 delegatedA;
        uint256 delegatedB;
        uint256 commission;
    }

    function setUp() public override {
        super.setUp();
        _addNode("operator-a");
        _addNode("operator-b");
        treasury = XMTPTreasury(suite.treasury.proxy);
        distributor = suite.rewardDistributor.proxy;
        vm.startPrank(admin);
        treasury.setShares(0, 10_000, 0);
        treasury.setBasePayReserveShareBps(0);
        vm.stopPrank();
        vm.prank(distributor);
        usdc.approve(address(treasury), type(uint256).max);
        address[5] memory accounts = [opA, opB, dan, erin, whale];
        for (uint256 i; i < accounts.length; ++i) {
            vm.startPrank(accounts[i]);
            xmtp.approve(address(selection), type(uint256).max);
            xmtp.approve(address(delegation), type(uint256).max);
            vm.stopPrank();
        }
    }

    /// @param mode 0: the whale's own stake; 1: a delegation to A; 2: a delegation to B redelegated to A in the block;
    ///        3: operator A tops up its own stake.
    /// @param before Rewards handed over in the block before the stake; `after_` after it.
    /// @param leaves Whether the stake is taken out again in the same block (else it stays).
    function testFuzz_stakeInDistributionBlock_earnsNothingOfIt(
        uint256 mode,
        uint256 amount,
        uint256 before,
        uint256 after_,
        bool leaves,
        uint256 offset,
        uint256[5] memory seeds
    ) public {
        mode = bound(mode, 0, 3);
        amount = bound(amount, 1e18, 1e27);
        before = bound(before, 0, 1e15);
        after_ = bound(after_, 0, 1e15);
        Weights memory w = _longTermStakers(seeds);

        // Into a later interval, at any moment of it: the long-term stakes are effective through all of it.
        uint256 length = delegation.REWARD_INTERVAL();
        uint256 interval = delegation.intervalOf(block.timestamp) + 1;
        vm.warp(interval * length + bound(offset, 0, length - 1));

        _handOver(before);
        _stake(mode, amount);
        _handOver(after_);
        if (leaves) _leave(mode, amount);

        vm.warp((interval + 1) * length);
        uint256 notified = before + after_;
        if (mode != 3) {
            address operator = mode == 0 ? whale : opA;
            assertEq(delegation.claimableStakingRewards(operator, whale), 0, "the block's stake earned something");
        }
        _assertSplitByWeight(w, notified);
    }

    /// @dev Rewards handed over during an interval go to the weights effective through it, split exactly by weight.
    function testFuzz_rewards_splitExactlyByWeight(uint256[5] memory seeds, uint256 amount) public {
        Weights memory w = _longTermStakers(seeds);
        uint256 length = delegation.REWARD_INTERVAL();
        vm.warp((delegation.intervalOf(block.timestamp) + 1) * length);
        amount = bound(amount, 1, 1e15);
        _handOver(amount);
        vm.warp(block.timestamp + length);
        _assertSplitByWeight(w, amount);
    }

    /* ============ Helpers ============ */

    /// @dev Operators A and B with own stakes, Dan delegating to A and Erin to B, A with a commission in force.
    function _longTermStakers(uint256[5] memory seeds) internal returns (Weights memory w) {
        w.ownA = bound(seeds[0], 1e18, 1e26);
        w.ownB = bound(seeds[1], 1e18, 1e26);
        w.delegatedA = bound(seeds[2], 1e18, 1e26);
        w.delegatedB = bound(seeds[3], 1e18, 1e26);
        w.commission = bound(seeds[4], 0, delegation.maxCommissionBps());
        _ownStake(opA, w.ownA);
        _ownStake(opB, w.ownB);
        _delegate(dan, opA, w.delegatedA);
        _delegate(erin, opB, w.delegatedB);
        vm.prank(opA);
        delegation.setCommission(w.commission);
        vm.warp(block.timestamp + selection.unbondingPeriod());
        delegation.syncPool(opA);
        assertEq(delegation.pool(opA).commissionBps, w.commission);
    }

    function _stake(uint256 mode, uint256 amount) internal {
        if (mode == 0) {
            _ownStake(whale, amount);
        } else if (mode == 1) {
            _delegate(whale, opA, amount);
        } else if (mode == 2) {
            _delegate(whale, opB, amount);
            vm.prank(whale);
            delegation.redelegate(opB, opA, amount);
        } else {
            _ownStake(opA, amount);
        }
    }

    function _leave(uint256 mode, uint256 amount) internal {
        if (mode == 0) {
            vm.prank(whale);
            selection.unstake(amount);
        } else if (mode == 3) {
            vm.prank(opA);
            selection.unstake(amount);
        } else {
            vm.prank(whale);
            delegation.undelegate(opA, amount);
        }
    }

    /**
     * @dev What each long-term staker can claim is its weight's part of `notified` (A's delegated part less A's
     *      commission, shared by Dan alone), to the unit; together with what is held, all of it but the sub-unit
     *      fractions the positions keep.
     */
    function _assertSplitByWeight(Weights memory w, uint256 notified) internal {
        uint256 total = w.ownA + w.ownB + w.delegatedA + w.delegatedB;
        uint256 poolA = Math.mulDiv(notified, w.delegatedA, total);
        uint256 commission = poolA * w.commission / 10_000;
        uint256 a = delegation.claimableStakingRewards(opA, opA);
        uint256 b = delegation.claimableStakingRewards(opB, opB);
        uint256 d = delegation.claimableStakingRewards(opA, dan);
        uint256 e = delegation.claimableStakingRewards(opB, erin);
        assertApproxEqAbs(a, Math.mulDiv(notified, w.ownA, total) + commission, 2, "A: own stake and commission");
        assertApproxEqAbs(b, Math.mulDiv(notified, w.ownB, total), 1, "B: own stake");
        assertApproxEqAbs(d, poolA - commission, 2, "Dan: A's pool less commission");
        assertApproxEqAbs(e, Math.mulDiv(notified, w.delegatedB, total), 1, "Erin: B's pool");
        uint256 held = delegation.heldStakingRewards();
        uint256 accounted = a + b + d + e + held;
        assertLe(accounted, notified, "promised more than handed over");
        assertLe(notified - accounted, 4, "lost more than the positions' sub-unit fractions");
    }

    function _handOver(uint256 amount) internal {
        if (amount == 0) return;
        usdc.mint(distributor, amount);
        vm.prank(distributor);
        treasury.handleExcessRewards(amount);
    }

    function _ownStake(address operator, uint256 amount) internal {
        xmtp.mint(operator, amount);
        vm.prank(operator);
        selection.stake(amount);
    }

    function _delegate(address delegator, address operator, uint256 amount) internal {
        xmtp.mint(delegator, amount);
        vm.prank(delegator);
        delegation.delegate(operator, amount);
    }
}
