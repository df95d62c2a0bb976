// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {MisbehaviorFixture} from "../utils/MisbehaviorFixture.sol";
import {MisbehaviorHandler} from "./handlers/MisbehaviorHandler.sol";

/**
 * @notice Whatever evidence is submitted, valid or not, and whenever: no operator loses stake unless a report against
 *         its node was accepted, and exactly the accepted reports that came first or a jail period after the owner's
 *         last safety slash took `safetySlashBps` of the stake its operator then had.
 */
contract MisbehaviorInvariantTest is MisbehaviorFixture {
    MisbehaviorHandler internal handler;
    mapping(address operator => uint256) internal initialStake;

    function setUp() public override {
        super.setUp();
        uint256[] memory keys = new uint256[](operatorNodeIds.length);
        for (uint256 i; i < operatorNodeIds.length; ++i) {
            keys[i] = signingKeys[operatorNodeIds[i]];
            initialStake[operators[i]] = selection.stakeOf(operators[i]);
        }
        handler = new MisbehaviorHandler(reports, operatorNodeIds, keys, selection.jailPeriod());
        targetContract(address(handler));
    }

    function invariant_noSlashWithoutAnAcceptedReport() public view {
        for (uint256 i; i < operators.length; ++i) {
            uint256 slashes = handler.ghost_slashes(operatorNodeIds[i]);
            assertLe(slashes, handler.ghost_accepted(operatorNodeIds[i]));
            uint256 expected = initialStake[operators[i]];
            for (uint256 k; k < slashes; ++k) {
                expected -= expected * reports.safetySlashBps() / 10_000;
            }
            assertEq(selection.stakeOf(operators[i]), expected, "stake follows the accepted reports exactly");
        }
    }

    function invariant_slashedXmtpIsInTheTreasuryOrWithReporters() public view {
        uint256 lost;
        for (uint256 i; i < operators.length; ++i) {
            lost += initialStake[operators[i]] - selection.stakeOf(operators[i]);
        }
        assertEq(treasury.slashedXmtp() + xmtp.balanceOf(address(handler)), lost);
    }
}
