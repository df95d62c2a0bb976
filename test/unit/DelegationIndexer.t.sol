// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IDelegation} from "../../contracts/interfaces/IDelegation.sol";
import {NodesFixture} from "../utils/NodesFixture.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {Vm} from "forge-std/Vm.sol";

/**
 * @notice An indexer rebuilds every delegator's position and every pool from the Delegation contract's logs alone:
 *         a scripted history (three delegators, two operators; delegations, undelegations, redelegations, slashes,
 *         withdrawals, commission changes) is recorded, replayed from its events, and compared with the views.
 */
contract DelegationIndexerTest is NodesFixture {
    struct Position {
        uint256 shares;
        uint256 unbondingShares;
        uint256 releaseAt;
    }

    struct Pool {
        uint256 ownStake;
        uint256 tokens;
        uint256 shares;
        uint256 unbondingTokens;
        uint256 unbondingShares;
        uint256 commissionBps;
        uint256 pendingCommissionBps;
        uint256 commissionEffectiveAt;
    }

    address internal opA = makeAddr("operator-a");
    address internal opB = makeAddr("operator-b");
    address internal dan = makeAddr("dan");
    address internal erin = makeAddr("erin");
    address internal fay = makeAddr("fay");
    address internal slasher = makeAddr("slasher");

    address[] internal operatorList;
    address[] internal delegatorList;
    mapping(address delegator => mapping(address operator => Position)) internal positions;
    mapping(address operator => Pool) internal pools;

    function setUp() public override {
        super.setUp();
        _addNode("operator-a");
        _addNode("operator-b");
        bytes32 role = selection.SLASHER_ROLE();
        vm.prank(admin);
        selection.grantRole(role, slasher);
        operatorList = [opA, opB];
        delegatorList = [dan, erin, fay];
        for (uint256 i; i < delegatorList.length; ++i) {
            xmtp.mint(delegatorList[i], 100_000e18);
            vm.prank(delegatorList[i]);
            xmtp.approve(address(delegation), type(uint256).max);
        }
    }

    function test_events_rebuildEveryPositionAndPool() public {
        vm.recordLogs();
        _history();
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter == address(delegation)) _apply(logs[i]);
        }
        _assertRebuilt();
    }

    /// @dev A history touching every event that moves a position or a pool.
    function _history() internal {
        _mintAndStake(opA, 10_000e18);
        _mintAndStake(opB, 8000e18);
        _delegate(dan, opA, 1000e18);
        _delegate(erin, opA, 2000e18 + 7);
        _delegate(fay, opB, 3000e18);
        vm.prank(opA);
        delegation.setCommission(1000); // an increase: scheduled
        vm.prank(opB);
        delegation.setCommission(0); // not higher: at once
        vm.warp(block.timestamp + 1 days);
        _undelegate(erin, opA, 500e18);
        _slash(opA, 2000); // 20% of A's own stake, bonded and unbonding pool
        _delegate(fay, opA, 333e18 + 1); // after the slash: a different share price
        vm.prank(dan);
        delegation.redelegate(opA, opB, 300e18);
        vm.warp(block.timestamp + 3 days);
        _undelegate(fay, opB, 1000e18);
        _slash(opB, 5000);
        vm.warp(block.timestamp + 4 days);
        _withdraw(erin, opA);
        delegation.syncPool(opA); // the commission increase comes into force
        vm.prank(opA);
        delegation.setCommission(1500); // another increase, waiting
        vm.prank(opB);
        delegation.setCommission(700);
        _undelegate(dan, opB, 100e18);
        _slash(opB, 1234);
        vm.warp(block.timestamp + 8 days);
        _withdraw(fay, opB);
        _delegate(erin, opB, 42e18);
        vm.prank(opA);
        selection.unstake(1000e18);
        vm.prank(opA);
        delegation.setCommission(300); // a decrease replaces the waiting increase
    }

    /* ============ The indexer ============ */

    function _apply(Vm.Log memory log) internal {
        bytes32 topic = log.topics[0];
        if (topic == IDelegation.Delegated.selector) {
            (address delegator, address operator) = _pair(log);
            (uint256 amount, uint256 shares) = abi.decode(log.data, (uint256, uint256));
            positions[delegator][operator].shares += shares;
            pools[operator].tokens += amount;
            pools[operator].shares += shares;
        } else if (topic == IDelegation.Undelegated.selector) {
            (address delegator, address operator) = _pair(log);
            (uint256 amount, uint256 shares, uint256 unbondingShares, uint256 releaseAt) =
                abi.decode(log.data, (uint256, uint256, uint256, uint256));
            Position storage p = positions[delegator][operator];
            p.shares -= shares;
            p.unbondingShares += unbondingShares;
            p.releaseAt = releaseAt;
            Pool storage pool = pools[operator];
            pool.tokens -= amount;
            pool.shares -= shares;
            pool.unbondingTokens += amount;
            pool.unbondingShares += unbondingShares;
        } else if (topic == IDelegation.DelegationWithdrawn.selector) {
            (address delegator, address operator) = _pair(log);
            (uint256 amount, uint256 unbondingShares) = abi.decode(log.data, (uint256, uint256));
            positions[delegator][operator].unbondingShares -= unbondingShares;
            pools[operator].unbondingTokens -= amount;
            pools[operator].unbondingShares -= unbondingShares;
        } else if (topic == IDelegation.Redelegated.selector) {
            address delegator = _address(log.topics[1]);
            address from = _address(log.topics[2]);
            address to = _address(log.topics[3]);
            (uint256 amount, uint256 burned, uint256 minted) = abi.decode(log.data, (uint256, uint256, uint256));
            positions[delegator][from].shares -= burned;
            positions[delegator][to].shares += minted;
            pools[from].tokens -= amount;
            pools[from].shares -= burned;
            pools[to].tokens += amount;
            pools[to].shares += minted;
        } else if (topic == IDelegation.PoolSlashed.selector) {
            address operator = _address(log.topics[1]);
            (, uint256 fromDelegated, uint256 fromUnbonding) = abi.decode(log.data, (uint256, uint256, uint256));
            pools[operator].tokens -= fromDelegated;
            pools[operator].unbondingTokens -= fromUnbonding;
        } else if (topic == IDelegation.OwnStakeUpdated.selector) {
            (, uint256 newStake) = abi.decode(log.data, (uint256, uint256));
            pools[_address(log.topics[1])].ownStake = newStake;
        } else if (topic == IDelegation.CommissionChangeScheduled.selector) {
            (uint256 previousBps, uint256 newBps, uint256 effectiveAt) =
                abi.decode(log.data, (uint256, uint256, uint256));
            // Not higher: `CommissionUpdated` follows in the same transaction.
            if (newBps > previousBps) {
                Pool storage pool = pools[_address(log.topics[1])];
                pool.pendingCommissionBps = newBps;
                pool.commissionEffectiveAt = effectiveAt;
            }
        } else if (topic == IDelegation.CommissionUpdated.selector) {
            (, uint256 newBps) = abi.decode(log.data, (uint256, uint256));
            Pool storage pool = pools[_address(log.topics[1])];
            pool.commissionBps = newBps;
            pool.pendingCommissionBps = 0;
            pool.commissionEffectiveAt = 0;
        }
    }

    function _assertRebuilt() internal view {
        for (uint256 i; i < operatorList.length; ++i) {
            address operator = operatorList[i];
            Pool memory rebuilt = pools[operator];
            IDelegation.PoolView memory view_ = delegation.pool(operator);
            assertEq(rebuilt.ownStake, view_.ownStake, "ownStake");
            assertEq(rebuilt.tokens, view_.delegatedTokens, "delegatedTokens");
            assertEq(rebuilt.shares, view_.delegatedShares, "delegatedShares");
            assertEq(rebuilt.unbondingTokens, view_.unbondingTokens, "unbondingTokens");
            assertEq(rebuilt.unbondingShares, view_.unbondingShares, "unbondingShares");
            assertEq(rebuilt.commissionBps, view_.commissionBps, "commissionBps");
            assertEq(rebuilt.pendingCommissionBps, view_.pendingCommissionBps, "pendingCommissionBps");
            assertEq(rebuilt.commissionEffectiveAt, view_.commissionEffectiveAt, "commissionEffectiveAt");
            uint256 members;
            for (uint256 j; j < delegatorList.length; ++j) {
                address delegator = delegatorList[j];
                Position memory p = positions[delegator][operator];
                IDelegation.DelegationView memory d = delegation.delegation(delegator, operator);
                assertEq(p.shares, d.shares, "shares");
                assertEq(_worth(p.shares, rebuilt.shares, rebuilt.tokens), d.tokens, "tokens");
                assertEq(p.unbondingShares, d.unbondingShares, "unbondingShares");
                assertEq(
                    _worth(p.unbondingShares, rebuilt.unbondingShares, rebuilt.unbondingTokens),
                    d.unbondingTokens,
                    "unbonding tokens"
                );
                // A withdrawal leaves the last release time in the view; the indexer keeps it too.
                assertEq(p.releaseAt, d.releaseAt, "releaseAt");
                if (p.shares != 0) ++members;
            }
            assertEq(members, view_.delegators, "delegators");
        }
    }

    function _worth(uint256 held, uint256 shares, uint256 tokens) internal pure returns (uint256) {
        return shares == 0 ? 0 : Math.mulDiv(held, tokens, shares);
    }

    function _pair(Vm.Log memory log) internal pure returns (address, address) {
        return (_address(log.topics[1]), _address(log.topics[2]));
    }

    function _address(bytes32 topic) internal pure returns (address) {
        return address(uint160(uint256(topic)));
    }

    /* ============ The history's calls ============ */

    function _delegate(address delegator, address operator, uint256 amount) internal {
        vm.prank(delegator);
        delegation.delegate(operator, amount);
    }

    function _undelegate(address delegator, address operator, uint256 amount) internal {
        vm.prank(delegator);
        delegation.undelegate(operator, amount);
    }

    function _withdraw(address delegator, address operator) internal {
        vm.prank(delegator);
        delegation.withdrawUnbonded(operator);
    }

    function _slash(address operator, uint256 bps) internal {
        vm.prank(slasher);
        selection.slash(operator, bps);
    }
}
