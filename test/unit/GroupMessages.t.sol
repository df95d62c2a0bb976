// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {GroupMessages} from "../../contracts/GroupMessages.sol";
import {IGroupMessages} from "../../contracts/interfaces/IGroupMessages.sol";
import {BroadcasterTest} from "../utils/BroadcasterTest.sol";

contract GroupMessagesTest is BroadcasterTest {
    function setUp() public override {
        super.setUp();
        broadcaster = groupMessages;
    }

    function _groupId(uint256 seed) internal pure returns (bytes16) {
        return bytes16(keccak256(abi.encode("group", seed)));
    }

    function _publish(uint256 seed, bytes memory payload) internal override {
        vm.prank(publisher);
        groupMessages.addMessage(_groupId(seed), payload);
    }

    function _publishBatch(uint256 idsLength, bytes[] memory payloads) internal override {
        bytes16[] memory groupIds = new bytes16[](idsLength);
        for (uint256 i; i < idsLength; ++i) {
            groupIds[i] = _groupId(i);
        }
        vm.prank(publisher);
        groupMessages.addMessages(groupIds, payloads);
    }

    function _expectPublished(uint256 seed, bytes memory payload, uint64 sequenceId) internal override {
        vm.expectEmit(address(groupMessages));
        emit IGroupMessages.MessageSent(_groupId(seed), payload, sequenceId);
    }

    function _newImplementation() internal override returns (address) {
        return address(new GroupMessages());
    }

    function _initializeCall(address initialAdmin) internal pure override returns (bytes memory) {
        return abi.encodeCall(GroupMessages.initialize, (initialAdmin));
    }

    function test_addMessage_anyoneMayPublish() public {
        vm.expectEmit(address(groupMessages));
        emit IGroupMessages.MessageSent(bytes16(uint128(2)), hex"01", 1);
        vm.prank(stranger);
        groupMessages.addMessage(bytes16(uint128(2)), hex"01");
    }

    function test_broadcasters_numberIndependently() public {
        vm.prank(publisher);
        identityUpdates.addIdentityUpdate(bytes32(uint256(1)), hex"aa");
        _expectPublished(1, hex"bb", 1);
        _publish(1, hex"bb");
        assertEq(identityUpdates.lastSequenceId(), 1);
        assertEq(groupMessages.lastSequenceId(), 1);
    }
}
