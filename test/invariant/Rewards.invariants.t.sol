// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {INodeEarningsTracker} from "../../contracts/interfaces/INodeEarningsTracker.sol";
import {RewardsFixture} from "../utils/RewardsFixture.sol";
import {RewardsHandler} from "./handlers/RewardsHandler.sol";
import {console} from "forge-std/console.sol";

/**
 * @notice Whatever the sequence of funding, rotations, distributions, payout batches, blocked recipients, claims,
 *         messages served (real usage reports), operators slashed, unstaking and rejoining, earnings adjustments,
 *         governance changes and time: every USDC unit that reached the distributor is in its pool, set aside for the
 *         treasury, owed to nodes, claimable, paid or in the treasury; the open period is within the
 *         cap; each (node, period) is paid once, for its earnings; the payout cursor never passes the open period.
 */
contract RewardsInvariantTest is RewardsFixture {
    RewardsHandler internal handler;

    function setUp() public override {
        super.setUp();
        // Twelve candidates for ten seats, so that rotations swap.
        _seat(12);
        vm.startPrank(admin);
        // One-day payout periods from period 1 on, so that periods close and are paid within a run.
        distributor.setPayoutPeriod(1 days);
        // Period 0 keeps its 30 days: run through it with no costs, so that it leaves no debt behind.
        distributor.setBasePayPerMonth(0);
        vm.stopPrank();
        vm.warp(selection.nextRotationAt() + 30 days);
        selection.rotateNodes();
        _closeWindow();
        while (distributor.currentPeriod() == 0) {
            distributor.distributeRewards();
        }
        distributor.executePayouts(type(uint256).max);
        vm.prank(admin);
        distributor.setBasePayPerMonth(1000 * USDC);

        handler = new RewardsHandler(distributor, tracker, selection, address(payers), usdc, admin, operators, xmtp);
        vm.startPrank(admin);
        selection.grantRole(selection.SLASHER_ROLE(), address(handler));
        vm.stopPrank();
        for (uint256 i; i < operatorNodeIds.length; ++i) {
            handler.setSigningKey(operatorNodeIds[i], signingKeys[operatorNodeIds[i]]);
        }
        handler.setTreasury(treasury);
        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](28);
        selectors[0] = RewardsHandler.fund.selector;
        selectors[1] = RewardsHandler.fund.selector;
        selectors[2] = RewardsHandler.rotate.selector;
        selectors[3] = RewardsHandler.rotate.selector;
        selectors[4] = RewardsHandler.rotate.selector;
        selectors[5] = RewardsHandler.distribute.selector;
        selectors[6] = RewardsHandler.distribute.selector;
        selectors[7] = RewardsHandler.distribute.selector;
        selectors[8] = RewardsHandler.executePayouts.selector;
        selectors[9] = RewardsHandler.executePayouts.selector;
        selectors[10] = RewardsHandler.toggleBlocked.selector;
        selectors[11] = RewardsHandler.claim.selector;
        selectors[12] = RewardsHandler.serve.selector;
        selectors[13] = RewardsHandler.setProfitCap.selector;
        selectors[14] = RewardsHandler.setBasePay.selector;
        selectors[15] = RewardsHandler.setVariableCost.selector;
        selectors[16] = RewardsHandler.setPayoutPeriod.selector;
        selectors[17] = RewardsHandler.adjustEarnings.selector;
        selectors[18] = RewardsHandler.warp.selector;
        selectors[19] = RewardsHandler.claim.selector;
        selectors[20] = RewardsHandler.forwardExcess.selector;
        selectors[21] = RewardsHandler.slash.selector;
        selectors[22] = RewardsHandler.unstake.selector;
        selectors[23] = RewardsHandler.rejoin.selector;
        selectors[24] = RewardsHandler.fundReserve.selector;
        selectors[25] = RewardsHandler.setOwedCap.selector;
        selectors[26] = RewardsHandler.setReserveShare.selector;
        selectors[27] = RewardsHandler.serve.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    function invariant_usdcIsConserved() public view {
        uint256 balance = usdc.balanceOf(address(distributor));
        uint256 held = _distributorHeld();
        assertGe(balance, held, "the distributor holds what it accounts for");
        uint256 unsynced = balance - held;
        uint256 reserve = treasury.basePayReserve();
        assertEq(_treasuryHeld() + reserve, _treasuryUsdc(), "treasury buckets are its balance");
        assertEq(
            handler.ghost_funded() + handler.ghost_reserveFunded(),
            handler.ghost_paidOut() + handler.ghost_claimed() + distributor.totalClaimable()
                + distributor.unpaidEarnings() + distributor.pool() + distributor.pendingExcess() + unsynced
                + _treasuryHeld() + reserve,
            "funded = paid + claimed + claimable + unpaid + pool + pending excess + unsynced + treasury + reserve"
        );
        // What left as payouts and claims is with the recipients, and nowhere else.
        uint256 received = usdc.balanceOf(handler.receiver());
        for (uint256 i; i < handler.operatorCount(); ++i) {
            received += usdc.balanceOf(handler.operators(i));
        }
        assertEq(received, handler.ghost_paidOut() + handler.ghost_claimed(), "recipients hold what was paid");
        assertEq(distributor.totalClaimable(), handler.ghost_deferred() - handler.ghost_claimed());
    }

    function invariant_openPeriodIsWithinTheCap() public view {
        uint256 period = distributor.currentPeriod();
        uint256 capBps = distributor.profitCapBps();
        for (uint256 i; i < handler.operatorCount(); ++i) {
            INodeEarningsTracker.PeriodRecord memory record = tracker.periodRecord(period, handler.operators(i));
            assertLe(uint256(record.earnings), uint256(record.costs) * capBps / 10_000, "above the cap");
        }
    }

    /// @dev Records of periods before the payout cursor's may have been reused by later periods: the checks start at
    ///      the cursor's period (whose records, and the open period's, are intact).
    function invariant_eachNodeIsPaidOncePerPeriodForItsEarnings() public view {
        assertEq(handler.ghost_repeatPayouts(), 0, "a (node, period) paid twice");
        (uint256 cursorPeriod, uint256 cursorIndex) = distributor.payoutCursor();
        uint256 current = distributor.currentPeriod();
        uint256 unpaid;
        for (uint256 p = cursorPeriod; p <= current; ++p) {
            (address[] memory list, INodeEarningsTracker.PeriodRecord[] memory records) =
                tracker.periodNodes(p, 0, type(uint256).max);
            for (uint256 i; i < list.length; ++i) {
                bool passed = p == cursorPeriod && i < cursorIndex;
                uint256 expectedPayouts = passed && records[i].earnings != 0 ? 1 : 0;
                assertEq(handler.ghost_payouts(p, list[i]), expectedPayouts, "paid once when the cursor passed");
                if (passed) assertEq(handler.ghost_payoutAmount(p, list[i]), records[i].earnings);
                else unpaid += records[i].earnings;
            }
        }
        assertEq(distributor.unpaidEarnings(), unpaid, "unpaid is the earnings the cursor has not reached");
    }

    /// @dev Period p + 2 reuses period p's slots: the open period is at most two past the cursor's, and when it is,
    ///      nothing is recorded in it yet.
    function invariant_openPeriodNeverOverwritesUnpaidRecords() public view {
        (uint256 cursorPeriod,) = distributor.payoutCursor();
        uint256 current = distributor.currentPeriod();
        assertLe(current, cursorPeriod + 2, "the open period ran ahead of the payouts");
        if (current == cursorPeriod + 2) assertEq(tracker.periodNodeCount(current), 0, "wrote over unpaid records");
    }

    /// @dev No accepted report, however absurd, stops the engine: every distribution with epochs due made progress.
    function invariant_distributionAlwaysProceeds() public view {
        assertEq(handler.ghost_stalledDistributions(), 0, "a distribution with epochs due did nothing");
    }

    function invariant_payoutCursorNeverPassesTheOpenPeriod() public view {
        (uint256 period, uint256 index) = distributor.payoutCursor();
        uint256 current = distributor.currentPeriod();
        assertLe(period, current);
        if (period == current) assertEq(index, 0);
        else assertLe(index, tracker.periodNodeCount(period));
        assertEq(distributor.pendingPayouts() == 0, period == current || _onlyPaidLeft(period, index, current));
    }

    /// @dev Lifetime earnings: what was paid out for the periods before the cursor's, plus the records from it on.
    function invariant_trackerTotalsMatchItsRecords() public view {
        (uint256 cursorPeriod,) = distributor.payoutCursor();
        uint256 current = distributor.currentPeriod();
        uint256 owed;
        for (uint256 i; i < handler.operatorCount(); ++i) {
            address node = handler.operators(i);
            uint256 sum;
            for (uint256 p; p < cursorPeriod; ++p) {
                sum += handler.ghost_payoutAmount(p, node);
            }
            for (uint256 p = cursorPeriod; p <= current; ++p) {
                sum += tracker.earningsOf(node, p);
            }
            assertEq(tracker.getTotalEarnings(node), sum, "lifetime total is the sum of period earnings");
            owed += tracker.owedOf(node);
        }
        assertEq(distributor.totalOwed(), owed, "total owed is the nodes' owed");
    }

    function invariant_callSummary() public view {
        console.log("fund", handler.calls("fund"));
        console.log("forwardExcess", handler.calls("forwardExcess"));
        console.log("slash", handler.calls("slash"));
        console.log("unstake", handler.calls("unstake"));
        console.log("rejoin", handler.calls("rejoin"));
        console.log("rotate", handler.calls("rotate"));
        console.log("distribute", handler.calls("distribute"));
        console.log("executePayouts", handler.calls("executePayouts"));
        console.log("toggleBlocked", handler.calls("toggleBlocked"));
        console.log("claim", handler.calls("claim"));
        console.log("serve", handler.calls("serve"));
        console.log("setProfitCap", handler.calls("setProfitCap"));
        console.log("setBasePay", handler.calls("setBasePay"));
        console.log("setVariableCost", handler.calls("setVariableCost"));
        console.log("setPayoutPeriod", handler.calls("setPayoutPeriod"));
        console.log("adjustEarnings", handler.calls("adjustEarnings"));
        console.log("warp", handler.calls("warp"));
        console.log("fundReserve", handler.calls("fundReserve"));
        console.log("setOwedCap", handler.calls("setOwedCap"));
        console.log("setReserveShare", handler.calls("setReserveShare"));
        console.log("current period", distributor.currentPeriod());
        console.log("paid out", handler.ghost_paidOut());
        console.log("deferred", handler.ghost_deferred());
    }

    /// @dev Whether the entries from the cursor to the open period are none (the cursor only has to move past).
    function _onlyPaidLeft(uint256 period, uint256 index, uint256 current) internal view returns (bool) {
        uint256 left = tracker.periodNodeCount(period) - index;
        for (uint256 p = period + 1; p < current; ++p) {
            left += tracker.periodNodeCount(p);
        }
        return left == 0;
    }
}
