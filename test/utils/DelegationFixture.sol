// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {XMTPTreasury} from "../../contracts/XMTPTreasury.sol";
import {SelectionFixture} from "./SelectionFixture.sol";

/**
 * @notice Delegated staking as the suite deploys it: the selection manager wired to the treasury (slashed XMTP) and to
 *         `Delegation` (pools, own-stake reports), the treasury handing its staking rewards to `Delegation`. Helpers
 *         for operators with a node and own stake, delegators, reward intervals and staking rewards.
 */
abstract contract DelegationFixture is SelectionFixture {
    uint256 internal constant USDC = 1e6;

    address internal slasher = makeAddr("slasher");
    XMTPTreasury internal treasury;
    /// @dev The treasury's distributor: the suite's reward distributor proxy (it holds `DISTRIBUTOR_ROLE`).
    address internal rewardDistributor;

    function setUp() public virtual override {
        super.setUp();
        treasury = XMTPTreasury(suite.treasury.proxy);
        rewardDistributor = suite.rewardDistributor.proxy;
        bytes32 slasherRole = selection.SLASHER_ROLE();
        vm.startPrank(admin);
        // `SelectionFixture` unwires the treasury; delegated staking runs with the suite's wiring.
        selection.setTreasury(address(treasury));
        selection.grantRole(slasherRole, slasher);
        // Every excess unit is a staking reward: what a test hands over is what `Delegation` is notified of.
        treasury.setShares(0, 10_000, 0);
        vm.stopPrank();
    }

    /// @dev An operator `name` with a node, `ownStake` XMTP staked (none when zero) and not registered.
    function _delegationOperator(string memory name, uint256 ownStake)
        internal
        returns (address operator, uint32 nodeId)
    {
        (operator, nodeId) = _operator(name, ownStake);
        if (ownStake != 0) _stake(operator, ownStake);
    }

    /// @dev Mints `amount` XMTP to `delegator`, approves `Delegation` and delegates it to `operator`; returns the shares.
    function _delegate(address delegator, address operator, uint256 amount) internal returns (uint256 shares) {
        xmtp.mint(delegator, amount);
        vm.startPrank(delegator);
        xmtp.approve(address(delegation), amount);
        shares = delegation.delegate(operator, amount);
        vm.stopPrank();
    }

    function _undelegate(address delegator, address operator, uint256 amount) internal returns (uint256 shares) {
        vm.prank(delegator);
        shares = delegation.undelegate(operator, amount);
    }

    function _register(address operator) internal {
        vm.prank(operator);
        selection.register();
    }

    /// @dev Sets `operator`'s commission to `bps` in force now: an increase is waited out (one unbonding period) and
    ///      applied by a sync.
    function _commissionInForce(address operator, uint256 bps) internal {
        vm.prank(operator);
        delegation.setCommission(bps);
        if (delegation.pool(operator).pendingCommissionBps != 0) {
            vm.warp(delegation.pool(operator).commissionEffectiveAt);
            delegation.syncPool(operator);
        }
    }

    /// @dev The distributor hands the treasury `amount` USDC of excess, all of it staking rewards (see `setUp`), which
    ///      the treasury hands over to `Delegation` for the current interval.
    function _stakingRewards(uint256 amount) internal {
        usdc.mint(rewardDistributor, amount);
        vm.startPrank(rewardDistributor);
        usdc.approve(address(treasury), amount);
        treasury.handleExcessRewards(amount);
        vm.stopPrank();
    }

    /// @dev Warps to the start of the next reward interval.
    function _nextInterval() internal {
        uint256 length = delegation.REWARD_INTERVAL();
        vm.warp((vm.getBlockTimestamp() / length + 1) * length);
    }

    function _slash(address operator, uint256 bps) internal returns (uint256) {
        vm.prank(slasher);
        return selection.slash(operator, bps);
    }

    function _claim(address account, address operator) internal returns (uint256) {
        vm.prank(account);
        return delegation.claimStakingRewards(operator);
    }

    /// @dev What `account` could claim from `operator`'s pool now, without claiming (state rolled back).
    function _claimable(address operator, address account) internal returns (uint256 amount) {
        uint256 snapshot = vm.snapshotState();
        amount = delegation.claimableStakingRewards(operator, account);
        vm.revertToState(snapshot);
    }
}
