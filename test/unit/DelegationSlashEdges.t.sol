// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IDelegation} from "../../contracts/interfaces/IDelegation.sol";
import {NodesFixture} from "../utils/NodesFixture.sol";

/// @notice Pools after a slash that takes everything (bps 10,000): what delegators can still do.
contract DelegationSlashEdgesTest is NodesFixture {
    address internal operator = makeAddr("operator");
    address internal dan = makeAddr("dan");
    address internal erin = makeAddr("erin");
    address internal slasher = makeAddr("slasher");

    function setUp() public override {
        super.setUp();
        _addNode("operator");
        bytes32 role = selection.SLASHER_ROLE();
        vm.prank(admin);
        selection.grantRole(role, slasher);
        _mintAndStake(operator, 10_000e18);
        address[2] memory delegators = [dan, erin];
        for (uint256 i; i < delegators.length; ++i) {
            xmtp.mint(delegators[i], 10_000e18);
            vm.prank(delegators[i]);
            xmtp.approve(address(delegation), type(uint256).max);
        }
    }

    /// @dev BUG (bugs18.md): an unbonding pool slashed to nothing keeps the shares of those who have not withdrawn
    ///      their nothing; the next undelegation from the pool divides by its zero tokens and panics, so no delegator
    ///      of the pool can undelegate until every such holder calls `withdrawUnbonded`.
    function test_undelegate_afterUnbondingPoolWipedOut_succeeds() public {
        vm.prank(dan);
        delegation.delegate(operator, 1000e18);
        vm.prank(dan);
        delegation.undelegate(operator, 1000e18); // the bonded pool is empty, the unbonding pool holds it all
        vm.prank(slasher);
        selection.slash(operator, 10_000);
        IDelegation.PoolView memory p = delegation.pool(operator);
        assertEq(p.unbondingTokens, 0);
        assertEq(p.unbondingShares, 1000e18, "dan's shares of nothing remain");

        vm.prank(erin);
        delegation.delegate(operator, 500e18);
        vm.prank(erin);
        delegation.undelegate(operator, 500e18); // panics: division by zero in PoolShares.toShares
        assertEq(delegation.delegation(erin, operator).unbondingTokens, 500e18);
    }

    /// @dev A bonded pool slashed to nothing refuses every later delegation, for good (documented `PoolWiped`).
    function test_delegate_afterPoolWipedOut_revertsPoolWiped() public {
        vm.prank(dan);
        delegation.delegate(operator, 1000e18);
        vm.prank(slasher);
        selection.slash(operator, 10_000);
        vm.expectRevert(abi.encodeWithSelector(IDelegation.PoolWiped.selector, operator));
        vm.prank(erin);
        delegation.delegate(operator, 500e18);
    }
}
