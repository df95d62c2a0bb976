// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {NodesFixture} from "../utils/NodesFixture.sol";
import {NodesHandler} from "./handlers/NodesHandler.sol";

/// @notice Node Operator NFTs move only through governance, and the node-set commitment always matches the set.
contract NodesInvariantTest is NodesFixture {
    NodesHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new NodesHandler(nodes, admin);
        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](4);
        selectors[0] = NodesHandler.addNode.selector;
        selectors[1] = NodesHandler.transferNode.selector;
        selectors[2] = NodesHandler.toggleNode.selector;
        selectors[3] = NodesHandler.ownerTriesToMove.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    function invariant_nftOwnersChangeOnlyThroughGovernance() public view {
        for (uint32 nodeId = 100; nodeId <= nodes.nodeCount() * 100; nodeId += 100) {
            address owner = handler.ghost_owner(nodeId);
            assertEq(nodes.ownerOf(nodeId), owner, "owner moved outside governance");
            assertEq(nodes.nodeIdOf(owner), nodeId, "owner index out of step");
            assertEq(nodes.getApproved(nodeId), address(0), "an approval was recorded");
        }
    }

    function invariant_oneNodePerOperator() public view {
        uint256 held;
        for (uint256 i; i < handler.operatorCount(); ++i) {
            address operator = handler.operators(i);
            held += nodes.balanceOf(operator);
            assertLe(nodes.balanceOf(operator), 1);
        }
        assertEq(held, nodes.nodeCount());
    }

    function invariant_nodeSetCommitmentMatchesTheSet() public view {
        (bytes32 hash, uint256 size) = nodes.nodeSet();
        assertEq(hash, handler.ghost_nodeSetHash());
        assertEq(size, handler.ghost_enabledCount());
        assertEq(nodes.enabledNodeIds().length, size);
        for (uint32 nodeId = 100; nodeId <= nodes.nodeCount() * 100; nodeId += 100) {
            assertEq(nodes.isEnabled(nodeId), !handler.ghost_disabled(nodeId));
        }
    }

    function invariant_nodeIdsAreTheMultiplesOfOneHundredAdded() public view {
        uint32 count = nodes.nodeCount();
        assertEq(handler.ghost_addedCount(), count, "a node was added without the handler");
        for (uint32 ordinal = 1; ordinal <= count; ++ordinal) {
            assertTrue(handler.ghost_owner(ordinal * 100) != address(0), "the n-th node added is not n * 100");
            assertTrue(nodes.nodeExists(ordinal * 100));
            // The ids in between, xmtpd's reserved originators below 100 included, never name a node.
            assertFalse(nodes.nodeExists(ordinal * 100 - 1));
            assertFalse(nodes.nodeExists(ordinal * 100 - 90));
        }
        assertFalse(nodes.nodeExists(0));
        assertFalse(nodes.nodeExists((count + 1) * 100));
    }
}
