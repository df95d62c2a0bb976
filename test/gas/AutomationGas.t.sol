// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AutomationFixture} from "../utils/AutomationFixture.sol";

/**
 * @notice Gas of whole Automation transactions, proxy included (tests run isolated). Figures go to
 *         `snapshots/AutomationGasTest.json`.
 *
 *         Steady state: ten seated nodes (no candidate waiting, so rotations swap nobody), an epoch in the middle of a
 *         payout period whose nodes already have their records, Payers and the distributor already holding USDC. Each
 *         upkeep is compared with the same steps sent as separate transactions, from the same state.
 */
contract AutomationGasTest is AutomationFixture {
    uint256 internal constant NODES = 10;
    /// @dev `MAX_PAYOUT_BATCH_SIZE` is meant to keep one upkeep's payouts under this.
    uint256 internal constant PAYOUT_BATCH_GAS_TARGET = 10_000_000;

    address internal keeper = makeAddr("keeper");

    function setUp() public override {
        super.setUp();
        _seat(NODES);
        while (distributor.pendingEpochs() != 0) {
            distributor.distributeRewards();
        }
        // One full upkeep with fees covering the costs first: every node's record of period 0 exists, every balance is
        // non-zero, nothing is owed.
        _settleFees(NODES * _baseCost() * 11 / 10);
        _warpPastTheWindow();
        automation.performUpkeep("");
        assertEq(distributor.pendingEpochs(), 0);
        vm.deal(keeper, 1 ether);
    }

    function test_checkUpkeep_idle_gas() public {
        (bool needed,) = automation.checkUpkeep("");
        vm.snapshotGasLastCall("checkUpkeep, nothing due");
        assertFalse(needed);
    }

    function test_status_gas() public {
        automation.status(keeper);
        vm.snapshotGasLastCall("status, 10 active nodes");
        assertEq(automation.status(keeper).activeNodeIds.length, NODES);
    }

    /// @dev Warps to when the current epoch's report window will have closed: a keeper that lagged past it rotates,
    ///      forwards and distributes the closing epoch in one upkeep.
    function _warpPastTheWindow() internal {
        vm.warp(selection.nextRotationAt() + selection.reportWindow());
    }

    /// @dev The rotation alone, as every on-time upkeep does it: the epoch it closes takes reports until its window
    ///      closes. The distributor is paused too, so that the lagging case below rotates alone as well.
    function test_performUpkeep_rotationOnly_gas() public {
        vm.prank(admin);
        distributor.pause();
        _warpPastTheWindow();
        assertEq(automation.dueSteps(), ROTATE);

        uint256 snapshot = vm.snapshotState();
        selection.rotateNodes();
        uint256 direct = vm.snapshotGasLastCall("rotateNodes, no swap, called directly");
        vm.revertToState(snapshot);

        automation.performUpkeep("");
        uint256 gasUsed = vm.snapshotGasLastCall("performUpkeep, rotation only (no swap, distributor paused)");
        assertEq(distributor.pendingEpochs(), 1, "nothing but the rotation");
        vm.snapshotValue("performUpkeep, rotation only, over rotateNodes", gasUsed - direct);
    }

    /// @dev A keeper that lagged past the closing epoch's window: the rotation opens the epoch to distribution at once.
    function test_performUpkeep_rotationAndDistribution_gas() public {
        _fundPool(NODES * _baseCost());
        _warpPastTheWindow();
        assertEq(automation.dueSteps(), ROTATE);
        automation.performUpkeep("");
        vm.snapshotGasLastCall("performUpkeep, rotation + distribution, 10 nodes");
        assertEq(distributor.pendingEpochs(), 0);
    }

    /// @dev The costliest upkeep: a keeper that lagged past the closing epoch's report window rotates, forwards the
    ///      epoch's settled fees and distributes it (within the cap). One transaction costs less than the three a keeper
    ///      would otherwise send. (On time, the rotation and the distribution are two upkeeps, the window apart.)
    function test_performUpkeep_rotationFeesAndDistribution_gas() public {
        _settleFees(NODES * _baseCost() * 11 / 10);
        _warpPastTheWindow();
        assertEq(automation.dueSteps(), ROTATE | FORWARD_FEES);

        uint256 snapshot = vm.snapshotState();
        selection.rotateNodes();
        uint256 separately = vm.lastCallGas().gasTotalUsed;
        payers.forwardFees();
        separately += vm.lastCallGas().gasTotalUsed;
        distributor.distributeRewards();
        separately += vm.lastCallGas().gasTotalUsed;
        vm.snapshotValue("rotateNodes + forwardFees + distributeRewards, three transactions", separately);
        vm.revertToState(snapshot);

        automation.performUpkeep("");
        uint256 gasUsed = vm.snapshotGasLastCall("performUpkeep, rotation + fees + distribution, 10 nodes");
        assertLe(gasUsed, 380_000, "issue 15's ceiling");
        assertEq(payers.backedFees(), 0);
        assertEq(distributor.pendingEpochs(), 0);
        assertEq(distributor.pendingExcess(), 0, "within the cap");
        assertLt(gasUsed, separately, "one upkeep costs more than the three transactions");
    }

    /// @dev A closed period's ten payouts in one upkeep, to recipients holding no USDC yet (each balance a new slot,
    ///      the costliest case), and the same state paid five at a time: the difference is what each further node
    ///      costs. At that rate a batch of `MAX_PAYOUT_BATCH_SIZE` payouts, the upkeep's payout step on its own, stays
    ///      within the gas it was sized for.
    function test_performUpkeep_payouts_gas() public {
        _runPeriod(NODES * _baseCost());
        assertEq(automation.dueSteps(), PAYOUT);
        assertEq(usdc.balanceOf(operators[0]), 0);

        uint256 snapshot = vm.snapshotState();
        vm.prank(admin);
        automation.setPayoutBatchSize(NODES / 2);
        automation.performUpkeep("");
        uint256 half = vm.snapshotGasLastCall("performUpkeep, 5 payouts, recipients' first USDC");
        vm.revertToState(snapshot);

        automation.performUpkeep("");
        uint256 gasUsed = vm.snapshotGasLastCall("performUpkeep, 10 payouts, recipients' first USDC");
        assertEq(distributor.pendingPayouts(), 0);
        uint256 perNode = (gasUsed - half) / (NODES / 2);
        vm.snapshotValue("performUpkeep, each further payout, recipient's first USDC", perNode);
        uint256 fullBatch = gasUsed + (automation.MAX_PAYOUT_BATCH_SIZE() - NODES) * perNode;
        vm.snapshotValue("performUpkeep, 200 payouts, recipients' first USDC (extrapolated)", fullBatch);
        assertLe(fullBatch, PAYOUT_BATCH_GAS_TARGET, "a full payout batch would exceed its gas target");
    }
}
