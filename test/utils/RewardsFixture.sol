// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {NodeEarningsTracker} from "../../contracts/NodeEarningsTracker.sol";
import {RewardDistributor} from "../../contracts/RewardDistributor.sol";
import {XMTPTreasury} from "../../contracts/XMTPTreasury.sol";
import {IPayers} from "../../contracts/interfaces/IPayers.sol";
import {SelectionFixture} from "./SelectionFixture.sol";

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
        return selection.currentEpoch();
    }

    /// @dev Sends `amount` of USDC to the distributor: it joins the pool at the next sync.
    function _fundPool(uint256 amount) internal {
        usdc.mint(address(distributor), amount);
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

    /// @dev Messages served set by `_setServed`, per epoch and node.
    mapping(uint256 epoch => mapping(uint32 nodeId => uint64 count)) internal served;

    /// @dev Makes Payers report `count` messages served by `nodeId` in `epoch` (a reached epoch), through both views:
    ///      the batch view is mocked for the epoch's active set, in seat order, as the distributor asks for it.
    function _setServed(uint256 epoch, uint32 nodeId, uint64 count) internal {
        served[epoch][nodeId] = count;
        // forge-lint: disable-next-line(unsafe-typecast)
        uint64 epoch64 = uint64(epoch);
        vm.mockCall(address(payers), abi.encodeCall(IPayers.messagesServed, (epoch64, nodeId)), abi.encode(count));
        uint32[] memory ids = selection.activeNodeIdsAt(epoch);
        uint64[] memory counts = new uint64[](ids.length);
        for (uint256 i; i < ids.length; ++i) {
            counts[i] = served[epoch][ids[i]];
        }
        vm.mockCall(address(payers), abi.encodeCall(IPayers.messagesServedBatch, (epoch64, ids)), abi.encode(counts));
    }

    /// @dev USDC held by the treasury's three buckets.
    function _treasuryHeld() internal view returns (uint256) {
        return treasury.buybackBalance() + treasury.treasuryBalance() + treasury.stakingRewardsBalance();
    }

    /// @dev The USDC the distributor accounts for.
    function _distributorHeld() internal view returns (uint256) {
        return
            distributor.pool() + distributor.unpaidEarnings() + distributor.totalClaimable()
                + distributor.pendingExcess();
    }
}
