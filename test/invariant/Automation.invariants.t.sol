// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAutomation} from "../../contracts/interfaces/IAutomation.sol";
import {INodeEarningsTracker} from "../../contracts/interfaces/INodeEarningsTracker.sol";
import {AutomationFixture} from "../utils/AutomationFixture.sol";
import {AutomationHandler} from "./handlers/AutomationHandler.sol";
import {console} from "forge-std/console.sol";

/**
 * @notice Whatever several drivers do, in any order (upkeeps with any data or during a pause, the steps called directly, usage,
 *         a treasury refusing excess, time): no epoch is closed by two rotations and none is closed early, each
 *         (node, period) is paid at most once and exactly once when the cursor passes it, `performUpkeep` goes through
 *         exactly when `checkUpkeep` says so (but for a due excess the treasury refuses), and the distributor holds
 *         every USDC unit that reached it and was not paid or handed to the treasury.
 */
contract AutomationInvariantTest is AutomationFixture {
    AutomationHandler internal handler;
    uint256 internal startEpoch;

    function setUp() public override {
        super.setUp();
        // Twelve candidates for ten seats, so that rotations swap.
        _seat(12);
        vm.startPrank(admin);
        // One-day payout periods from period 1 on, so that periods close and are paid within a run; period 0 keeps
        // its 30 days and is run through without costs, so that it leaves no debt behind.
        distributor.setPayoutPeriod(1 days);
        distributor.setBasePayPerMonth(0);
        vm.stopPrank();
        vm.warp(selection.nextRotationAt() + 30 days);
        selection.rotateNodes();
        while (distributor.currentPeriod() == 0) {
            distributor.distributeRewards();
        }
        distributor.executePayouts(type(uint256).max);
        vm.startPrank(admin);
        distributor.setBasePayPerMonth(1000 * USDC);
        distributor.setVariableCostPerMessage(100);
        vm.stopPrank();
        startEpoch = selection.currentEpoch();

        handler = new AutomationHandler(automation, selection, payers, distributor, treasury, usdc, admin);
        for (uint256 i; i < operatorNodeIds.length; ++i) {
            handler.setSigningKey(operatorNodeIds[i], signingKeys[operatorNodeIds[i]]);
        }
        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](18);
        // The drivers' upkeeps, three times as likely as any other action.
        selectors[0] = AutomationHandler.performUpkeep.selector;
        selectors[1] = AutomationHandler.performUpkeep.selector;
        selectors[2] = AutomationHandler.performUpkeep.selector;
        selectors[3] = AutomationHandler.rotate.selector;
        selectors[4] = AutomationHandler.forwardFees.selector;
        selectors[5] = AutomationHandler.distribute.selector;
        selectors[6] = AutomationHandler.forwardExcess.selector;
        selectors[7] = AutomationHandler.executePayouts.selector;
        selectors[8] = AutomationHandler.settleFees.selector;
        selectors[9] = AutomationHandler.settleFees.selector;
        selectors[10] = AutomationHandler.serve.selector;
        selectors[11] = AutomationHandler.fund.selector;
        selectors[12] = AutomationHandler.toggleTreasury.selector;
        selectors[13] = AutomationHandler.performUpkeepWhilePaused.selector;
        selectors[14] = AutomationHandler.setPayoutBatchSize.selector;
        selectors[15] = AutomationHandler.warp.selector;
        selectors[16] = AutomationHandler.warp.selector;
        selectors[17] = AutomationHandler.warp.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    function invariant_neverRotatesTwiceInAnEpoch() public view {
        assertEq(handler.ghost_doubleRotations(), 0, "an epoch closed by two rotations");
        assertEq(handler.ghost_earlyRotations(), 0, "a rotation before it was due");
        assertLe(handler.ghost_rotations(), selection.currentEpoch() - startEpoch, "more rotations than epochs");
    }

    function invariant_eachNodeIsPaidAtMostOncePerPeriod() public view {
        assertEq(handler.ghost_repeatPayouts(), 0, "a (node, period) paid twice");
        (uint256 cursorPeriod, uint256 cursorIndex) = distributor.payoutCursor();
        for (uint256 p = 1; p <= distributor.currentPeriod(); ++p) {
            (address[] memory list, INodeEarningsTracker.PeriodRecord[] memory records) =
                tracker.periodNodes(p, 0, type(uint256).max);
            for (uint256 i; i < list.length; ++i) {
                bool passed = p < cursorPeriod || (p == cursorPeriod && i < cursorIndex);
                uint256 expected = passed && records[i].earnings != 0 ? 1 : 0;
                assertEq(handler.ghost_payouts(p, list[i]), expected, "paid once when the cursor passed");
                if (passed) assertEq(handler.ghost_payoutAmount(p, list[i]), records[i].earnings, "paid its earnings");
            }
        }
    }

    /// @dev Not a view: it calls `performUpkeep` when `checkUpkeep` says nothing is due, and expects it to revert.
    function invariant_performUpkeepRevertsWhenCheckUpkeepIsFalse() public {
        assertEq(handler.ghost_performedWhenNotNeeded(), 0, "an upkeep went through with nothing due");
        assertEq(handler.ghost_wrongReverts(), 0, "an upkeep reverted with another error");
        assertEq(handler.ghost_revertedWhenNeeded(), 0, "an upkeep reverted with a step due that could not fail");
        (bool needed,) = automation.checkUpkeep("");
        if (needed) return;
        try automation.performUpkeep("") {
            assertTrue(false, "performUpkeep went through with checkUpkeep false");
        } catch (bytes memory reason) {
            assertEq(reason, abi.encodeWithSelector(IAutomation.UpkeepNotNeeded.selector));
        }
    }

    function invariant_distributorUsdcIsAccountedFor() public view {
        assertEq(handler.ghost_unsyncedAfterDistribution(), 0, "books differ from the balance after a distribution");
        uint256 balance = usdc.balanceOf(address(distributor));
        uint256 held = _distributorHeld();
        assertGe(balance, held, "the distributor holds what it accounts for");
        assertEq(_treasuryHeld(), _treasuryUsdc(), "treasury buckets are its balance");
        assertEq(
            handler.ghost_funded() + handler.ghost_feesForwarded(),
            handler.ghost_paidOut() + distributor.totalClaimable() + distributor.unpaidEarnings() + distributor.pool()
                + distributor.pendingExcess() + (balance - held) + _treasuryHeld(),
            "in = paid + claimable + unpaid + pool + pending excess + unsynced + treasury"
        );
        assertEq(distributor.totalClaimable(), handler.ghost_deferred(), "deferred payouts are claimable");
        uint256 received;
        for (uint256 i; i < operators.length; ++i) {
            received += usdc.balanceOf(operators[i]);
        }
        assertEq(received, handler.ghost_paidOut(), "operators hold what was paid");
    }

    function invariant_callSummary() public view {
        console.log("performUpkeep", handler.calls("performUpkeep"));
        console.log("performUpkeep, not needed", handler.calls("performUpkeep, not needed"));
        console.log("performUpkeep, every step failed", handler.calls("performUpkeep, every step failed"));
        console.log("rotate", handler.calls("rotate"));
        console.log("forwardFees", handler.calls("forwardFees"));
        console.log("distribute", handler.calls("distribute"));
        console.log("forwardExcess", handler.calls("forwardExcess"));
        console.log("executePayouts", handler.calls("executePayouts"));
        console.log("settleFees", handler.calls("settleFees"));
        console.log("serve", handler.calls("serve"));
        console.log("fund", handler.calls("fund"));
        console.log("toggleTreasury", handler.calls("toggleTreasury"));
        console.log("performUpkeepWhilePaused", handler.calls("performUpkeepWhilePaused"));
        console.log("setPayoutBatchSize", handler.calls("setPayoutBatchSize"));
        console.log("warp", handler.calls("warp"));
        console.log("rotations", handler.ghost_rotations());
        console.log("steps failed", handler.ghost_stepsFailed());
        console.log("current period", distributor.currentPeriod());
        console.log("paid out", handler.ghost_paidOut());
    }
}
