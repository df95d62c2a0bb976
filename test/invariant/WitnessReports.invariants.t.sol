// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {WitnessReportsFixture} from "../utils/WitnessReportsFixture.sol";
import {WitnessReportsHandler} from "./handlers/WitnessReportsHandler.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {console} from "forge-std/console.sol";

/**
 * @notice Whatever the sequence of valid and invalid performance reports, enforcements and rotations: no node loses
 *         stake except through an enforcement that the valid reports alone justify (a closed window, not overlapping
 *         an earlier punished one, aligned, with enough reported epochs, uptime below the threshold), every such
 *         enforcement takes exactly its slash, no invalid report is ever accepted, and the recorded uptime and
 *         reported epochs are the ones the valid reports give.
 * @dev    Three-epoch windows needing two reported epochs, so that enforcement is reachable within a run's depth.
 */
contract WitnessReportsInvariantTest is WitnessReportsFixture {
    uint256 internal constant WINDOW = 3;
    uint256 internal constant MIN_REPORTED = 2;

    WitnessReportsHandler internal handler;
    uint256 internal initialStake;
    uint256 internal recipientBefore;

    function setUp() public override {
        super.setUp();
        vm.startPrank(admin);
        harness.setUptimeWindowEpochs(WINDOW);
        harness.setMinReportedEpochs(MIN_REPORTED);
        vm.stopPrank();
        initialStake = selection.stakeOf(operators[0]);
        recipientBefore = xmtp.balanceOf(selection.slashRecipient());

        uint256[] memory keys = new uint256[](NODE_COUNT);
        for (uint256 i; i < NODE_COUNT; ++i) {
            keys[i] = signingKeys[operatorNodeIds[i]];
        }
        handler = new WitnessReportsHandler(harness, selection, epoch, operatorNodeIds, operators, keys);

        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](10);
        selectors[0] = WitnessReportsHandler.submitValid.selector;
        selectors[1] = WitnessReportsHandler.submitValid.selector;
        selectors[2] = WitnessReportsHandler.submitValid.selector;
        selectors[3] = WitnessReportsHandler.submitInvalid.selector;
        selectors[4] = WitnessReportsHandler.submitInvalid.selector;
        selectors[5] = WitnessReportsHandler.enforce.selector;
        selectors[6] = WitnessReportsHandler.enforce.selector;
        selectors[7] = WitnessReportsHandler.rotate.selector;
        selectors[8] = WitnessReportsHandler.rotate.selector;
        selectors[9] = WitnessReportsHandler.wait.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    function invariant_noNodeLosesStakeWithoutAJustifiedEnforcement() public view {
        uint256 lost;
        for (uint256 i; i < NODE_COUNT; ++i) {
            address operator = operators[i];
            uint256 held = selection.stakeOf(operator) + selection.unbondingOf(operator).amount;
            if (held != initialStake) {
                assertGt(handler.ghost_justifiedPunishments(operatorNodeIds[i]), 0, "slashed without evidence");
            }
            lost += initialStake - held;
        }
        assertEq(lost, handler.ghost_slashed(), "stake lost is what enforcements slashed");
        assertEq(xmtp.balanceOf(selection.slashRecipient()) - recipientBefore, lost, "slashed XMTP went elsewhere");
    }

    function invariant_enforcementsFollowTheValidReports() public view {
        assertEq(handler.ghost_mispredicted(), 0, "an enforcement the valid reports do not justify, or one refused");
    }

    function invariant_invalidReportsAreNeverAccepted() public view {
        assertEq(handler.ghost_invalidAccepted(), 0);
        assertEq(harness.reportCount(), handler.ghost_accepted());
    }

    function invariant_uptimeIsWhatTheValidReportsGive() public view {
        uint256 span = selection.currentEpoch() - epoch + 1;
        for (uint256 i; i < NODE_COUNT; ++i) {
            uint32 nodeId = operatorNodeIds[i];
            assertEq(harness.uptimeBps(nodeId, epoch, span), handler.ghostUptime(nodeId, epoch, span));
            assertEq(harness.reportedEpochs(nodeId, epoch, span), handler.ghostReportedEpochs(nodeId, epoch, span));
            assertEq(harness.uptimeEnforcedUntil(nodeId), handler.ghost_enforcedUntil(nodeId));
        }
    }

    function invariant_callSummary() public view {
        console.log("submitValid", handler.calls("submitValid"), "accepted", handler.ghost_accepted());
        console.log("invalid rejected", handler.ghost_rejected());
        console.log("enforce slashed", handler.calls("enforce (slashed)"));
        console.log("enforce refused", handler.calls("enforce (refused)"));
        console.log("wait", handler.calls("wait"));
        console.log("rotate", handler.calls("rotate"), "epochs", SafeCast.toUint64(selection.currentEpoch() - epoch));
    }
}
