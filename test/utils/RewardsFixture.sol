// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {NodeEarningsTracker} from "../../contracts/NodeEarningsTracker.sol";
import {RewardDistributor} from "../../contracts/RewardDistributor.sol";
import {XMTPTreasury} from "../../contracts/XMTPTreasury.sol";
import {SelectionFixture} from "./SelectionFixture.sol";
import {UsageReports} from "./UsageReports.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @notice The reward distributor, its tracker and the treasury, wired as governance wires them, with seated nodes.
abstract contract RewardsFixture is SelectionFixture {
    uint256 internal constant USDC = 1e6;

    RewardDistributor internal distributor;
    NodeEarningsTracker internal tracker;
    XMTPTreasury internal treasury;

    function setUp() public virtual override {
        super.setUp();
        distributor = RewardDistributor(suite.rewardDistributor.proxy);
        tracker = NodeEarningsTracker(suite.earningsTracker.proxy);
        treasury = XMTPTreasury(suite.treasury.proxy);
    }

    /// @dev `count` candidates registered and seated by the bootstrap rotation; returns the epoch they serve first.
    function _seat(uint256 count) internal returns (uint256 epoch) {
        _candidates(count);
        _bootstrap();
        _closeWindow();
        return selection.currentEpoch();
    }

    /// @dev Sends `amount` of USDC to the distributor: it joins the pool at the next sync.
    function _fundPool(uint256 amount) internal {
        usdc.mint(address(distributor), amount);
    }

    /// @dev Rotates, then waits for the report window of the epoch that just ended to close: the earliest moment it
    ///      can be distributed. Tests of what happens inside the window use `_rotateOnly`.
    function _rotate() internal virtual override {
        super._rotate();
        _closeWindow();
    }

    /// @dev Rotates and stays at the rotation time: the epoch that just ended still takes reports.
    function _rotateOnly() internal {
        super._rotate();
    }

    /// @dev Warps to the close of the previous epoch's report window, if it is still open.
    function _closeWindow() internal {
        uint256 current = selection.currentEpoch();
        if (current == 0) return;
        uint256 closesAt = selection.reportWindowClosesAt(current - 1);
        if (vm.getBlockTimestamp() < closesAt) vm.warp(closesAt);
    }

    /// @dev Rotates `count` times (each one epoch later).
    function _advanceEpochs(uint256 count) internal {
        for (uint256 i; i < count; ++i) {
            _rotate();
        }
    }

    /// @dev Rotates until the current payout period has closed, distributing along the way with `perEpoch` new USDC.
    function _runPeriod(uint256 perEpoch) internal {
        uint256 period = distributor.currentPeriod();
        while (distributor.currentPeriod() == period) {
            _rotate();
            if (perEpoch != 0) _fundPool(perEpoch);
            distributor.distributeRewards();
        }
    }

    /// @dev The base pay of one node for one epoch, as the distributor computes it.
    function _baseCost() internal view returns (uint256) {
        return distributor.basePayPerMonth() * selection.epochDuration() / distributor.payoutPeriod();
    }

    /// @dev Has Payers accept a usage report in which `nodeId` served `count` messages in `epoch` (a reached epoch),
    ///      signed by the epoch's active nodes: what the distributor then charges as variable costs.
    function _serve(uint256 epoch, uint32 nodeId, uint64 count) internal {
        UsageReports.serve(payers, selection, SafeCast.toUint64(epoch), nodeId, count, _signingKey);
    }

    function _signingKey(uint32 nodeId) internal view returns (uint256) {
        return signingKeys[nodeId];
    }

    /// @dev Governance deposits `amount` into the treasury's base-pay reserve (nothing for zero, which it refuses).
    function _fundReserve(uint256 amount) internal {
        if (amount == 0) return;
        usdc.mint(admin, amount);
        vm.startPrank(admin);
        usdc.approve(address(treasury), amount);
        treasury.fundBasePayReserve(amount);
        vm.stopPrank();
    }

    /// @dev USDC held by the treasury's three buckets (not its base-pay reserve).
    function _treasuryHeld() internal view returns (uint256) {
        // The staking share goes on to the staking-rewards pool (Delegation) with its USDC: still the excess received.
        return treasury.buybackBalance() + treasury.treasuryBalance() + treasury.stakingRewardsBalance()
            + usdc.balanceOf(suite.delegation.proxy);
    }

    /// @dev The USDC the treasury holds and what it sent on to the staking-rewards pool, which holds it until claimed.
    function _treasuryUsdc() internal view returns (uint256) {
        return usdc.balanceOf(address(treasury)) + usdc.balanceOf(suite.delegation.proxy);
    }

    /// @dev The USDC the distributor accounts for.
    function _distributorHeld() internal view returns (uint256) {
        return
            distributor.pool() + distributor.unpaidEarnings() + distributor.totalClaimable()
                + distributor.pendingExcess();
    }
}
