// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Automation} from "../../contracts/Automation.sol";
import {IPayers} from "../../contracts/interfaces/IPayers.sol";
import {RewardsFixture} from "./RewardsFixture.sol";
import {UsageReports} from "./UsageReports.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @notice The Automation proxy of the deployed suite, over the rewards fixture, with real settled fees.
abstract contract AutomationFixture is RewardsFixture {
    uint256 internal constant ROTATE = 1 << 0;
    uint256 internal constant FORWARD_FEES = 1 << 1;
    uint256 internal constant DISTRIBUTE = 1 << 2;
    uint256 internal constant FORWARD_EXCESS = 1 << 3;
    uint256 internal constant PAYOUT = 1 << 4;

    Automation internal automation;
    /// @dev The payer every `_settleFees` charges; it deposits what it is charged first, so the fees are backed.
    address internal feePayer = makeAddr("fee payer");

    function setUp() public virtual override {
        super.setUp();
        automation = Automation(suite.automation.proxy);
    }

    /**
     * @dev Has `feePayer` deposit `fee` (or Payers' minimum deposit if more), then has Payers accept and settle a usage
     *      report of the current epoch charging it `fee`, from the epoch's first active node and signed by the whole
     *      active set: `fee` joins Payers' backed fees, ready for `forwardFees`.
     */
    function _settleFees(uint256 fee) internal {
        _settleFeesFor(selection.currentEpoch(), fee);
    }

    /// @dev As `_settleFees`, for a report naming `epoch` (the current epoch, or the last one inside its report window).
    function _settleFeesFor(uint256 epoch, uint256 fee) internal {
        uint256 deposit = fee < payers.minimumDeposit() ? payers.minimumDeposit() : fee;
        usdc.mint(feePayer, deposit);
        vm.startPrank(feePayer);
        usdc.approve(address(payers), deposit);
        payers.deposit(feePayer, deposit);
        vm.stopPrank();
        UsageReports.settle(
            payers,
            selection,
            SafeCast.toUint64(epoch),
            selection.activeNodeIdsAt(epoch)[0],
            IPayers.PayerFee({payer: feePayer, fee: SafeCast.toUint96(fee)}),
            _signingKey
        );
    }

    /// @dev `checkUpkeep`'s answer, decoded.
    function _check() internal view returns (bool needed, uint256 steps) {
        bytes memory performData;
        (needed, performData) = automation.checkUpkeep("");
        steps = abi.decode(performData, (uint256));
    }

    /// @dev Sets later payout periods to `nextPeriod`, then runs payout period 0 (its 30 days) to its close, rotating
    ///      and distributing epoch by epoch with `perEpoch` new USDC each. Leaves no epoch pending.
    function _closeFirstPeriod(uint256 perEpoch, uint256 nextPeriod) internal {
        vm.prank(admin);
        distributor.setPayoutPeriod(nextPeriod);
        _runPeriod(perEpoch);
        assertEq(distributor.currentPeriod(), 1, "period 0 closed");
        assertEq(distributor.pendingEpochs(), 0);
    }
}
