// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PayersFixture} from "../utils/PayersFixture.sol";
import {PayersHandler} from "./handlers/PayersHandler.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {console} from "forge-std/console.sol";

/**
 * @notice Whatever the sequence of deposits, withdrawals, reports, settlements, forwarding and pauses: the tokens held
 *         cover every obligation, debt is exactly the negative balances, only backed fees move on, and no payer leaf is
 *         charged twice.
 */
contract PayersInvariantTest is PayersFixture {
    PayersHandler internal handler;
    address internal distributor = makeAddr("distributor");

    function setUp() public override {
        super.setUp();
        _addNodes(3);
        uint256[] memory keys = new uint256[](nodeWallets.length);
        for (uint256 i; i < keys.length; ++i) {
            keys[i] = nodeWallets[i].privateKey;
        }
        vm.prank(admin);
        payers.setFeeDistributor(distributor);
        // As deployed: reports are checked against the active set of their epoch, which holds all three nodes.
        uint64 epoch = _activate(nodeIds);
        handler = new PayersHandler(payers, usdc, admin, distributor, nodeIds, keys, epoch);

        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](10);
        selectors[0] = PayersHandler.deposit.selector;
        selectors[1] = PayersHandler.requestWithdrawal.selector;
        selectors[2] = PayersHandler.cancelWithdrawal.selector;
        selectors[3] = PayersHandler.finalizeWithdrawal.selector;
        selectors[4] = PayersHandler.submitUsageReport.selector;
        selectors[5] = PayersHandler.settleUsage.selector;
        selectors[6] = PayersHandler.forwardFees.selector;
        selectors[7] = PayersHandler.togglePause.selector;
        selectors[8] = PayersHandler.setMinimumDeposit.selector;
        selectors[9] = PayersHandler.setWithdrawalLockPeriod.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// @dev feeToken.balanceOf(payers) >= Σ positive balances + Σ pending withdrawals + backedFees.
    function invariant_tokensCoverObligations() public view {
        (uint256 positive,) = _sumBalances();
        assertGe(usdc.balanceOf(address(payers)), positive + payers.totalPendingWithdrawals() + payers.backedFees());
    }

    /// @dev Nobody sends tokens to Payers but through it, so the cover is exact: no unit is lost or double-counted.
    function invariant_tokensEqualObligationsExactly() public view {
        (uint256 positive,) = _sumBalances();
        assertEq(usdc.balanceOf(address(payers)), positive + payers.totalPendingWithdrawals() + payers.backedFees());
    }

    function invariant_totalDebtIsTheSumOfNegativeBalances() public view {
        (, uint256 negative) = _sumBalances();
        assertEq(payers.totalDebt(), negative);
    }

    function invariant_totalPendingWithdrawalsIsTheSumOfPending() public view {
        uint256 pending;
        for (uint256 i; i < handler.PAYER_COUNT(); ++i) {
            pending += payers.pendingWithdrawal(handler.actor(i)).amount;
        }
        assertEq(payers.totalPendingWithdrawals(), pending);
    }

    function invariant_onlyBackedFeesAreForwarded() public view {
        assertLe(handler.ghost_feesForwarded(), handler.ghost_feesBacked(), "forwarded more than was backed");
        assertEq(payers.backedFees(), handler.ghost_feesBacked() - handler.ghost_feesForwarded(), "backed fees drift");
        assertEq(usdc.balanceOf(distributor), handler.ghost_feesForwarded());
    }

    function invariant_noLeafIsSettledTwice() public view {
        assertEq(handler.ghost_leavesSettledTwice(), 0);
        uint256 reportCount = payers.reportCount();
        assertEq(reportCount, handler.reportsSubmitted());
        for (uint256 reportId; reportId < reportCount; ++reportId) {
            (, uint32 payerCount, uint32 settledCount,) = payers.getReport(reportId);
            assertLe(settledCount, payerCount, "settled past the last leaf");
            assertEq(settledCount, handler.ghost_leavesSettled(reportId), "settledCount drift");
        }
    }

    /// @dev Settlement takes what a balance does not cover from the pending withdrawal before it makes debt: a payer
    ///      in debt never holds a withdrawal it could run with.
    function invariant_noPayerInDebtHoldsAPendingWithdrawal() public view {
        for (uint256 i; i < handler.PAYER_COUNT(); ++i) {
            address payer = handler.actor(i);
            if (payers.balanceOf(payer) < 0) assertEq(payers.pendingWithdrawal(payer).amount, 0, "in debt, pending");
        }
    }

    /// @dev Shows with `-vv` how the runs spread over the actions, rejected ones included.
    function invariant_callSummary() public view {
        string[17] memory actions = [
            "deposit",
            "deposit rejected",
            "requestWithdrawal",
            "requestWithdrawal rejected",
            "cancelWithdrawal",
            "cancelWithdrawal rejected",
            "finalizeWithdrawal",
            "finalizeWithdrawal rejected",
            "submitUsageReport",
            "submitUsageReport rejected",
            "settleUsage",
            "settleUsage rejected",
            "forwardFees",
            "forwardFees rejected",
            "togglePause",
            "setMinimumDeposit",
            "setWithdrawalLockPeriod"
        ];
        for (uint256 i; i < actions.length; ++i) {
            console.log(actions[i], handler.calls(actions[i]));
        }
        console.log("fees taken from pending withdrawals", handler.ghost_withdrawalsCharged());
    }

    function _sumBalances() internal view returns (uint256 positive, uint256 negative) {
        for (uint256 i; i < handler.PAYER_COUNT(); ++i) {
            int256 balance = payers.balanceOf(handler.actor(i));
            if (balance > 0) positive += SafeCast.toUint256(balance);
            else negative += SafeCast.toUint256(-balance);
        }
    }
}
