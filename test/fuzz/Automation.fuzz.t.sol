// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAutomation} from "../../contracts/interfaces/IAutomation.sol";
import {AutomationFixture} from "../utils/AutomationFixture.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice `performUpkeep` against random data and random time: the data never matters, and `checkUpkeep` says exactly
///         when it goes through.
contract AutomationFuzzTest is AutomationFixture {
    uint256 internal constant NODES = 10;
    uint256 internal constant STEPS = 8;

    function setUp() public override {
        super.setUp();
        _seat(NODES);
        while (distributor.pendingEpochs() != 0) {
            distributor.distributeRewards();
        }
        // Payout period 0 closed above the cap; later periods last a day, so that periods close within a run.
        _closeFirstPeriod(NODES * _baseCost() * 2, 1 days);
    }

    /// @dev Everything the steps change, and every log of the last call, in one hash.
    function _outcome(Vm.Log[] memory logs) internal view returns (bytes32) {
        (uint256 payoutPeriod, uint256 payoutIndex) = distributor.payoutCursor();
        return keccak256(
            bytes.concat(
                abi.encode(
                    selection.currentEpoch(),
                    selection.nextRotationAt(),
                    selection.getActiveNodes(),
                    payers.backedFees(),
                    distributor.nextEpoch(),
                    distributor.currentPeriod(),
                    distributor.pool(),
                    distributor.unpaidEarnings(),
                    distributor.pendingExcess(),
                    payoutPeriod,
                    payoutIndex
                ),
                abi.encode(
                    usdc.balanceOf(address(payers)),
                    usdc.balanceOf(address(distributor)),
                    usdc.balanceOf(address(treasury)),
                    usdc.balanceOf(operators[0]),
                    usdc.balanceOf(operators[NODES - 1]),
                    logs
                )
            )
        );
    }

    /// @dev Runs `performUpkeep(performData)` and returns what it did.
    function _perform(bytes memory performData) internal returns (bytes32) {
        vm.recordLogs();
        automation.performUpkeep(performData);
        return _outcome(vm.getRecordedLogs());
    }

    /// forge-config: default.fuzz.runs = 64
    function testFuzz_performUpkeep_ignoresPerformData(bytes calldata performData) public {
        // Nothing due: no data makes it do anything.
        assertEq(automation.dueSteps(), PAYOUT);
        distributor.executePayouts(NODES);
        assertEq(automation.dueSteps(), 0);
        vm.expectRevert(IAutomation.UpkeepNotNeeded.selector);
        automation.performUpkeep(performData);

        // Every step due: the data changes nothing about what is done, to the last log. Period 1 (two epochs) closes
        // unpaid and unfunded, period 2 sets excess aside in its first epoch, fees are settled and its second epoch is pending.
        _rotate();
        distributor.distributeRewards();
        _rotate();
        distributor.distributeRewards();
        assertEq(distributor.pendingPayouts(), NODES);
        _rotate();
        // Three times the costs repay the two unfunded epochs of period 1 and pay this one's; three more are excess.
        _fundPool(NODES * _baseCost() * 6);
        distributor.distributeRewards();
        assertGt(distributor.pendingExcess(), 0);
        _settleFees(40 * USDC);
        _rotate();
        vm.warp(selection.nextRotationAt());
        assertEq(automation.dueSteps(), ROTATE | FORWARD_FEES | DISTRIBUTE | FORWARD_EXCESS | PAYOUT);
        uint256 snapshot = vm.snapshotState();
        bytes32 honest = _perform("");
        vm.revertToState(snapshot);
        assertEq(_perform(performData), honest, "the data changed the outcome");
    }

    /// forge-config: default.fuzz.runs = 64
    function testFuzz_checkUpkeep_trueIffPerformUpkeepSucceeds(
        uint256[STEPS] calldata warps,
        uint256[STEPS] calldata amounts,
        uint256 batchSize
    ) public {
        vm.prank(admin);
        automation.setPayoutBatchSize(bound(batchSize, 1, 15));
        for (uint256 i; i < STEPS; ++i) {
            // From no time at all to three days, with some steps landing on the rotation exactly.
            uint256 warp = bound(warps[i], 0, 3 days);
            if (warp % 3 == 0) vm.warp(selection.nextRotationAt());
            else vm.warp(vm.getBlockTimestamp() + warp);
            // Sometimes settled fees, sometimes USDC sent straight to the pool, up to three epochs' costs.
            uint256 amount = bound(amounts[i], 0, 3 * NODES * _baseCost());
            if (amount % 2 == 1) _settleFees(amount);
            else if (amount != 0) _fundPool(amount);

            (bool needed, uint256 due) = _check();
            if (needed) {
                vm.recordLogs();
                automation.performUpkeep(abi.encode(due));
                (uint256 performed, uint256 failed) = _upkeepPerformed(vm.getRecordedLogs());
                assertGt(performed, 0, "did something");
                assertEq(failed, 0, "no step fails here");
                // Every step due at the check is done, but the excess, which a distribution closing a period may
                // hand over first.
                assertEq(due & ~FORWARD_EXCESS & ~performed, 0, "a due step was not done");
                // Without a rotation, only a distribution makes new steps due: the excess it sets aside and the
                // payouts of the period it closes.
                if (due & ROTATE == 0) assertEq(performed & ~(due | FORWARD_EXCESS | PAYOUT), 0, "not due");
            } else {
                bytes32 before = _outcome(new Vm.Log[](0));
                vm.expectRevert(IAutomation.UpkeepNotNeeded.selector);
                automation.performUpkeep(abi.encode(due));
                assertEq(_outcome(new Vm.Log[](0)), before);
            }
        }
    }

    function _upkeepPerformed(Vm.Log[] memory logs) internal view returns (uint256 performed, uint256 failed) {
        uint256 found;
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter != address(automation)) continue;
            if (logs[i].topics[0] != IAutomation.UpkeepPerformed.selector) continue;
            (performed, failed) = abi.decode(logs[i].data, (uint256, uint256));
            ++found;
        }
        assertEq(found, 1, "one UpkeepPerformed");
    }
}
