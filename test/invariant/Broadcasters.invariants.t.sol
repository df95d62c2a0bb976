// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {BaseTest} from "../utils/BaseTest.sol";
import {BroadcasterHandler} from "./handlers/BroadcasterHandler.sol";
import {console} from "forge-std/console.sol";

/// @notice Whatever the call sequence, each broadcaster announces sequence ids exactly 1..n, in order, once each.
contract BroadcastersInvariantTest is BaseTest {
    BroadcasterHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new BroadcasterHandler(identityUpdates, groupMessages, admin);
        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](6);
        selectors[0] = BroadcasterHandler.addIdentityUpdate.selector;
        selectors[1] = BroadcasterHandler.addIdentityUpdates.selector;
        selectors[2] = BroadcasterHandler.addMessage.selector;
        selectors[3] = BroadcasterHandler.addMessages.selector;
        selectors[4] = BroadcasterHandler.setPayloadSizeBounds.selector;
        selectors[5] = BroadcasterHandler.togglePause.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    function invariant_identityUpdateIdsAreOneToN() public view {
        _assertOneToN(handler.ghostIdentityUpdateIds(), identityUpdates.lastSequenceId());
    }

    function invariant_messageIdsAreOneToN() public view {
        _assertOneToN(handler.ghostMessageIds(), groupMessages.lastSequenceId());
    }

    function invariant_eventsCarryExactlyThePayloadsSent() public view {
        assertEq(handler.ghost_payloadMismatches(), 0);
    }

    /// @dev Shows with `-vv` how the runs spread over the actions, rejected ones included.
    function invariant_callSummary() public view {
        string[10] memory actions = [
            "addIdentityUpdate",
            "addIdentityUpdate rejected",
            "addIdentityUpdates",
            "addIdentityUpdates rejected",
            "addMessage",
            "addMessage rejected",
            "addMessages",
            "addMessages rejected",
            "setPayloadSizeBounds",
            "togglePause"
        ];
        for (uint256 i; i < actions.length; ++i) {
            console.log(actions[i], handler.calls(actions[i]));
        }
    }

    function _assertOneToN(uint64[] memory ids, uint64 lastSequenceId) internal pure {
        assertEq(ids.length, lastSequenceId, "events seen != lastSequenceId");
        for (uint256 i; i < ids.length; ++i) {
            assertEq(ids[i], i + 1, "sequence id out of order, repeated or skipped");
        }
    }
}
