// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Delegation} from "../../contracts/Delegation.sol";
import {NodeSelectionManager} from "../../contracts/NodeSelectionManager.sol";
import {XMTPTreasury} from "../../contracts/XMTPTreasury.sol";
import {NodesFixture} from "../utils/NodesFixture.sol";
import {GasBench} from "./GasBench.sol";

/**
 * @notice Delegators' calls and a slash shared with a pool. The floors count what a share-based pool cannot avoid:
 *         the delegator's position, the pool's tokens and shares (one slot at best), the delegator's and the pool's
 *         XMTP balances; a claim also the treasury's staking-rewards balance and two USDC balances. The reward
 *         accumulators (the stakers' pot, the pool's, the interval bookkeeping) are left out: a design without the
 *         next-interval rule would not need all of them. Steady state: the pools were synced earlier in the interval.
 */
contract DelegationBench is NodesFixture, GasBench {
    string internal constant TABLE = "Delegation";
    uint256 internal constant STAKE = 10_000e18;

    address internal opA = makeAddr("operator-a");
    address internal opB = makeAddr("operator-b");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
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
        _nextInterval();
        _handOver(1000e6);
        _nextInterval();
        // Alice has claimed before; Bob has something unbonding in A's pool; the treasury holds slashed XMTP.
        vm.prank(alice);
        delegation.claimStakingRewards(opA);
        vm.prank(bob);
        delegation.undelegate(opA, 100e18);
        vm.prank(slasher);
        selection.slash(opB, 1000);
        _handOver(1000e6);
        _nextInterval();
        delegation.syncPool(opA);
        delegation.syncPool(opB);
    }

    function test_bench_delegator() public {
        address newcomer = makeAddr("newcomer");
        xmtp.mint(newcomer, 500e18);
        vm.prank(newcomer);
        xmtp.approve(address(delegation), 500e18);
        Floor memory floor = _floor(
            1,
            4,
            0,
            "the delegator's position; the pool's tokens and shares; XMTP: the delegator's balance and allowance, "
            "the contract's balance"
        );
        floor.accounts = 1;
        _bench(
            _row(TABLE, 700, "delegate (new delegator)"),
            newcomer,
            address(delegation),
            abi.encodeCall(Delegation.delegate, (opA, 500e18)),
            floor
        );

        Floor memory unbond = _floor(
            1, 3, 0, "the delegator's unbonding entry; its position; the pool's bonded and unbonding tokens and shares"
        );
        (unbond.accounts, unbond.proxies) = (1, 2);
        _bench(
            _row(TABLE, 701, "undelegate (partial)"),
            alice,
            address(delegation),
            abi.encodeCall(Delegation.undelegate, (opA, 400e18)),
            unbond
        );

        Floor memory claim = _floor(
            0,
            4,
            0,
            "the delegator's reward checkpoint; USDC: the treasury's and the delegator's balances; the staking bucket"
        );
        (claim.accounts, claim.proxies) = (2, 2);
        _bench(
            _row(TABLE, 702, "claimStakingRewards (delegator)"),
            alice,
            address(delegation),
            abi.encodeCall(Delegation.claimStakingRewards, (opA)),
            claim
        );

        Floor memory redelegation = _floor(
            1,
            5,
            0,
            "the destination's redelegation time (new); both positions; both pools' tokens and shares; the source's "
            "redelegation time"
        );
        (redelegation.accounts, redelegation.proxies) = (1, 2);
        _bench(
            _row(TABLE, 703, "redelegate (partial)"),
            bob,
            address(delegation),
            abi.encodeCall(Delegation.redelegate, (opA, opB, 400e18)),
            redelegation
        );

        vm.warp(block.timestamp + selection.unbondingPeriod());
        Floor memory withdrawal = _floor(
            0,
            4,
            0,
            "the unbonding entry (its release time stays); the unbonding pool; XMTP: the contract's and delegator's "
            "balances"
        );
        withdrawal.accounts = 1;
        _bench(
            _row(TABLE, 704, "withdrawUnbonded"),
            alice,
            address(delegation),
            abi.encodeCall(Delegation.withdrawUnbonded, (opA)),
            withdrawal
        );
    }

    function test_bench_slash_1Delegator() public {
        _benchSlash(710, 1, "1 delegator");
    }

    function test_bench_slash_1000Delegators() public {
        _benchSlash(711, 1000, "1,000 delegators");
    }

    /// @dev A 10% slash of an operator whose pool has `count` delegators and something unbonding.
    function _benchSlash(uint256 order, uint256 count, string memory delegators) internal {
        _addNode("slashed-operator");
        address operator = makeAddr("slashed-operator");
        _mintAndStake(operator, STAKE);
        vm.pauseGasMetering();
        for (uint256 i; i < count; ++i) {
            // Cannot truncate: below 0x10000 + 1,000.
            // forge-lint: disable-next-line(unsafe-typecast)
            _delegate(address(uint160(0x10000 + i)), operator, 1000e18);
        }
        vm.resumeGasMetering();
        vm.prank(address(uint160(0x10000)));
        delegation.undelegate(operator, 100e18);
        Floor memory floor = _floor(
            0,
            6,
            0,
            "the operator's stake and jail; the pool's bonded and unbonding tokens; XMTP: the pool's, the manager's "
            "and the treasury's balances; the treasury's slashed XMTP"
        );
        (floor.accounts, floor.proxies) = (2, 3);
        _bench(
            _row(TABLE, order, string.concat("slash 10% (own stake and pool, ", delegators, ")")),
            slasher,
            address(selection),
            abi.encodeCall(NodeSelectionManager.slash, (operator, 1000)),
            floor
        );
    }

    function _nextInterval() internal {
        vm.warp((delegation.intervalOf(block.timestamp) + 1) * delegation.REWARD_INTERVAL());
    }

    function _handOver(uint256 amount) internal {
        address distributor = suite.rewardDistributor.proxy;
        usdc.mint(distributor, amount);
        vm.prank(distributor);
        treasury.handleExcessRewards(amount);
    }

    function _delegate(address delegator, address operator, uint256 amount) internal {
        xmtp.mint(delegator, amount);
        vm.prank(delegator);
        xmtp.approve(address(delegation), amount);
        vm.prank(delegator);
        delegation.delegate(operator, amount);
    }
}
