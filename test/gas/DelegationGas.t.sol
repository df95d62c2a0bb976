// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {XMTPTreasury} from "../../contracts/XMTPTreasury.sol";
import {NodesFixture} from "../utils/NodesFixture.sol";

/**
 * @notice Gas of whole Delegation transactions, proxy included (tests run isolated: each call is its own transaction,
 *         with cold storage, intrinsic and calldata cost). Figures go to `snapshots/DelegationGasTest.json`; the
 *         ceilings are asserted (the issue's where met, see the constants), and a slash costs the same (within 2%)
 *         with 1 and with 1,000 delegators.
 *
 *         Steady state: two operators with own stakes, delegators in both pools, staking rewards handed over in an
 *         earlier interval and credited; the measured call is not the first touch of its interval (someone synced
 *         the pool before), except where the name says "first in interval".
 */
contract DelegationGasTest is NodesFixture {
    /// @dev The issue's targets are 90,000 for `delegate` and `undelegate` and 80,000 for `claimStakingRewards`. A claim
    ///      and a top-up meet theirs; a new delegator's first slot (a zero-to-nonzero write) and the undelegation's two
    ///      calls to the selection manager (its unbonding period, and whether the operator stays eligible) do not yet
    ///      (the closing note of issue 18 gives the figures). Those two ceilings are the measured figures rounded up, so
    ///      that no change makes them worse.
    uint256 internal constant DELEGATE_TOP_UP_CEILING = 90_000;
    uint256 internal constant DELEGATE_CEILING = 96_000;
    uint256 internal constant UNDELEGATE_CEILING = 119_000;
    uint256 internal constant CLAIM_CEILING = 80_000;
    /// @dev The issue's "within 2%" between a slash of a pool with 1 and with 1,000 delegators.
    uint256 internal constant SLASH_SPREAD_BPS = 200;

    uint256 internal constant STAKE = 10_000e18;

    address internal opA = makeAddr("operator-a");
    address internal opB = makeAddr("operator-b");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal newcomer = makeAddr("newcomer");
    address internal slasher = makeAddr("slasher");
    XMTPTreasury internal treasury;

    function setUp() public override {
        super.setUp();
        _addNode("operator-a");
        _addNode("operator-b");
        treasury = XMTPTreasury(suite.treasury.proxy);
        bytes32 role = selection.SLASHER_ROLE();
        vm.prank(admin);
        selection.grantRole(role, slasher);
        address distributor = suite.rewardDistributor.proxy;
        vm.prank(distributor);
        usdc.approve(address(treasury), type(uint256).max);

        _mintAndStake(opA, STAKE);
        _mintAndStake(opB, STAKE);
        _delegate(alice, opA, 1000e18);
        _delegate(bob, opA, 1000e18);
        _delegate(bob, opB, 1000e18);
        vm.prank(opA);
        delegation.setCommission(500);
        // Rewards in the next interval, credited when it ends; Alice claims them once (her reward checkpoint, the
        // claimed total and her USDC balance exist), Bob has something unbonding in A's pool.
        _nextInterval();
        _handOver(1000e6);
        _nextInterval();
        vm.prank(alice);
        delegation.claimStakingRewards(opA);
        vm.prank(bob);
        delegation.undelegate(opA, 100e18);
        _handOver(1000e6);
        _nextInterval();
        _handOver(1000e6);
        // Someone else touched both pools in this interval already.
        delegation.syncPool(opA);
        delegation.syncPool(opB);
    }

    function test_delegate_gas() public {
        _mintApprove(newcomer, 500e18);
        vm.prank(newcomer);
        delegation.delegate(opA, 500e18);
        uint256 newDelegator = vm.snapshotGasLastCall("delegate (new delegator, existing pool)");

        _mintApprove(alice, 500e18);
        vm.prank(alice);
        delegation.delegate(opA, 500e18);
        uint256 topUp = vm.snapshotGasLastCall("delegate (top-up)");
        assertLe(newDelegator, DELEGATE_CEILING, "delegate above its ceiling");
        assertLe(topUp, DELEGATE_TOP_UP_CEILING, "delegate top-up above the issue's target");
    }

    function test_delegate_firstInInterval_gas() public {
        _nextInterval();
        _mintApprove(newcomer, 500e18);
        vm.prank(newcomer);
        delegation.delegate(opA, 500e18);
        vm.snapshotGasLastCall("delegate (new delegator, first in interval)");
    }

    function test_undelegate_gas() public {
        vm.prank(alice);
        delegation.undelegate(opA, 400e18);
        uint256 gasUsed = vm.snapshotGasLastCall("undelegate (partial)");

        vm.warp(block.timestamp + selection.unbondingPeriod());
        vm.prank(alice);
        delegation.withdrawUnbonded(opA);
        vm.snapshotGasLastCall("withdrawUnbonded");
        assertLe(gasUsed, UNDELEGATE_CEILING, "undelegate above its ceiling");
    }

    function test_redelegate_gas() public {
        vm.prank(alice);
        delegation.redelegate(opA, opB, 400e18);
        vm.snapshotGasLastCall("redelegate (partial, to a pool with delegators)");
    }

    function test_claimStakingRewards_gas() public {
        vm.prank(alice);
        delegation.claimStakingRewards(opA);
        uint256 gasUsed = vm.snapshotGasLastCall("claimStakingRewards (delegator, claimed before)");

        vm.prank(opA);
        delegation.claimStakingRewards(opA);
        vm.snapshotGasLastCall("claimStakingRewards (operator: own stake and commission, first claim)");
        assertLe(gasUsed, CLAIM_CEILING, "claimStakingRewards above the issue's target");
    }

    function test_claimStakingRewards_firstInInterval_gas() public {
        _handOver(1000e6);
        _nextInterval();
        vm.prank(alice);
        delegation.claimStakingRewards(opA);
        vm.snapshotGasLastCall("claimStakingRewards (delegator, first in interval)");
    }

    function test_setCommission_gas() public {
        vm.prank(opA);
        delegation.setCommission(1500);
        vm.snapshotGasLastCall("setCommission (increase, scheduled)");
        vm.prank(opA);
        delegation.setCommission(200);
        vm.snapshotGasLastCall("setCommission (decrease, at once)");
    }

    function test_slash_1_vs_1000_delegators_gas() public {
        // A slash before, so that the treasury's slashed-XMTP slots exist for both measured ones.
        vm.prank(slasher);
        selection.slash(opB, 1000);
        address single = makeAddr("single");
        address crowded = makeAddr("crowded");
        _addNode("single");
        _addNode("crowded");
        _mintAndStake(single, STAKE);
        _mintAndStake(crowded, STAKE);
        _delegate(makeAddr("only delegator"), single, 1000e18);
        vm.pauseGasMetering();
        for (uint256 i; i < 1000; ++i) {
            // Cannot truncate: below 0x10000 + 1,000.
            // forge-lint: disable-next-line(unsafe-typecast)
            _delegate(address(uint160(0x10000 + i)), crowded, 1000e18);
        }
        vm.resumeGasMetering();
        // Both pools have something unbonding, and both were synced in this interval.
        vm.prank(makeAddr("only delegator"));
        delegation.undelegate(single, 100e18);
        vm.prank(address(uint160(0x10000)));
        delegation.undelegate(crowded, 100e18);
        assertEq(delegation.pool(crowded).delegators, 1000);

        vm.prank(slasher);
        selection.slash(single, 1000);
        uint256 one = vm.snapshotGasLastCall("slash 10% (own stake and pool), 1 delegator");
        vm.prank(slasher);
        selection.slash(crowded, 1000);
        uint256 thousand = vm.snapshotGasLastCall("slash 10% (own stake and pool), 1,000 delegators");
        uint256 difference = one > thousand ? one - thousand : thousand - one;
        assertLe(difference * 10_000, one * SLASH_SPREAD_BPS, "slash gas depends on the delegators");
    }

    /* ============ Helpers ============ */

    function _nextInterval() internal {
        uint256 length = delegation.REWARD_INTERVAL();
        vm.warp((delegation.intervalOf(block.timestamp) + 1) * length);
    }

    function _handOver(uint256 amount) internal {
        address distributor = suite.rewardDistributor.proxy;
        usdc.mint(distributor, amount);
        vm.prank(distributor);
        treasury.handleExcessRewards(amount);
    }

    function _mintApprove(address account, uint256 amount) internal {
        xmtp.mint(account, amount);
        vm.prank(account);
        xmtp.approve(address(delegation), amount);
    }

    function _delegate(address delegator, address operator, uint256 amount) internal {
        _mintApprove(delegator, amount);
        vm.prank(delegator);
        delegation.delegate(operator, amount);
    }
}
