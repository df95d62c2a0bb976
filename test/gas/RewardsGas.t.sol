// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {RewardsFixture} from "../utils/RewardsFixture.sol";

/**
 * @notice Gas of whole RewardDistributor transactions, proxy included (tests run isolated). Figures go to
 *         `snapshots/RewardsGasTest.json`; the issue's ceilings are asserted.
 *
 *         Steady state: an epoch in the middle of a payout period, when every node already has a record for the
 *         period. The first epoch of a period writes each node's record and payout-list entry over those of the
 *         period two back (paid out by then): updates, not new slots, held to their own ceiling. Only the first two
 *         periods a node ever serves create its slots (measured, not held to the ceiling).
 */
contract RewardsGasTest is RewardsFixture {
    uint256 internal constant DISTRIBUTE_ONE_EPOCH_CEILING = 250_000;
    /// @dev Once a period per node: its record, its payout-list entry and its account are updated (issue 15: 300,000).
    uint256 internal constant DISTRIBUTE_FIRST_OF_PERIOD_CEILING = 300_000;
    uint256 internal constant PAYOUT_PER_NODE_CEILING = 45_000;
    uint256 internal constant NODES = 10;

    function setUp() public override {
        super.setUp();
        _seat(NODES);
        // Every node's record of period 0 exists from the first distribution on.
        _rotate();
        _fundPool(1000 * USDC);
        distributor.distributeRewards();
    }

    /// @dev One epoch of 10 nodes whose costs the pool covers, with an even split under the cap: no treasury call.
    function test_distributeRewards_oneEpoch_withinCap_gas() public {
        _rotate();
        _fundPool(10 * _baseCost() * 11 / 10);
        distributor.distributeRewards();
        uint256 gasUsed = vm.snapshotGasLastCall("distributeRewards 1 epoch, 10 nodes, within cap");
        assertEq(distributor.pendingEpochs(), 0);
        assertLe(gasUsed, DISTRIBUTE_ONE_EPOCH_CEILING, "distributeRewards above ceiling");
    }

    /// @dev The same with fees above the cap: the excess is set aside for the treasury.
    function test_distributeRewards_oneEpoch_aboveCap_gas() public {
        _rotate();
        _fundPool(10 * _baseCost() * 3);
        distributor.distributeRewards();
        uint256 gasUsed = vm.snapshotGasLastCall("distributeRewards 1 epoch, 10 nodes, above cap");
        assertGt(distributor.pendingExcess(), 0, "excess set aside");
        assertLe(gasUsed, DISTRIBUTE_ONE_EPOCH_CEILING, "distributeRewards above ceiling");
    }

    /// @dev Handing the excess to the treasury, which splits it into its three buckets (not their first deposit).
    function test_forwardExcess_gas() public {
        for (uint256 i; i < 2; ++i) {
            _rotate();
            _fundPool(10 * _baseCost() * 3);
            distributor.distributeRewards();
            distributor.forwardExcess();
        }
        vm.snapshotGasLastCall("forwardExcess (treasury split, no stakers)");
        assertEq(distributor.pendingExcess(), 0);
    }

    /// @dev The first epoch of a period in live operation: the slots of the period two back are reused.
    function test_distributeRewards_firstEpochOfPeriod_gas() public {
        // One-day periods from period 1 on (two epochs each); every period paid out as it closes.
        vm.prank(admin);
        distributor.setPayoutPeriod(1 days);
        for (uint256 k; k < 3; ++k) {
            _runPeriod(10 * _baseCost());
            distributor.executePayouts(100);
        }
        assertGe(distributor.currentPeriod(), 3);
        _rotate();
        _fundPool(10 * _baseCost() * 11 / 10);
        distributor.distributeRewards();
        uint256 gasUsed = vm.snapshotGasLastCall("distributeRewards 1 epoch, 10 nodes, first of a period");
        assertEq(tracker.periodNodeCount(distributor.currentPeriod()), NODES);
        assertLe(gasUsed, DISTRIBUTE_FIRST_OF_PERIOD_CEILING, "first epoch of a period above ceiling");
    }

    /// @dev The first epoch of the second period a node ever serves: its second generation of slots is created.
    function test_distributeRewards_firstEpochOfSecondPeriod_gas() public {
        _runPeriod(10 * _baseCost());
        _rotate();
        _fundPool(10 * _baseCost() * 11 / 10);
        distributor.distributeRewards();
        vm.snapshotGasLastCall("distributeRewards 1 epoch, 10 nodes, first of a period, new slots");
        assertEq(tracker.periodNodeCount(1), NODES);
    }

    /// @dev A closed period's 10 nodes paid in one call, to recipients that already hold USDC.
    function test_executePayouts_perNode_gas() public {
        _runPeriod(10 * _baseCost());
        for (uint256 i; i < operators.length; ++i) {
            usdc.mint(operators[i], 1);
        }
        uint256 remaining = distributor.executePayouts(NODES);
        uint256 gasUsed = vm.snapshotGasLastCall("executePayouts 10 nodes");
        assertEq(remaining, 0);
        vm.snapshotValue("executePayouts 10 nodes, per node", gasUsed / NODES);
        assertLe(gasUsed / NODES, PAYOUT_PER_NODE_CEILING, "payout per node above ceiling");
    }

    /// @dev The same to recipients holding no USDC yet: each balance is a new slot.
    function test_executePayouts_perNode_firstUsdc_gas() public {
        _runPeriod(10 * _baseCost());
        uint256 remaining = distributor.executePayouts(NODES);
        uint256 gasUsed = vm.snapshotGasLastCall("executePayouts 10 nodes, recipients' first USDC");
        assertEq(remaining, 0);
        vm.snapshotValue("executePayouts 10 nodes, recipients' first USDC, per node", gasUsed / NODES);
    }
}
