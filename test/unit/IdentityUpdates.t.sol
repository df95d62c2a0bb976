// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IdentityUpdates} from "../../contracts/IdentityUpdates.sol";
import {IIdentityUpdates} from "../../contracts/interfaces/IIdentityUpdates.sol";
import {BroadcasterTest} from "../utils/BroadcasterTest.sol";

contract IdentityUpdatesTest is BroadcasterTest {
    function setUp() public override {
        super.setUp();
        broadcaster = identityUpdates;
    }

    function _inboxId(uint256 seed) internal pure returns (bytes32) {
        return keccak256(abi.encode("inbox", seed));
    }

    function _publish(uint256 seed, bytes memory payload) internal override {
        vm.prank(publisher);
        identityUpdates.addIdentityUpdate(_inboxId(seed), payload);
    }

    function _publishBatch(uint256 idsLength, bytes[] memory payloads) internal override {
        bytes32[] memory inboxIds = new bytes32[](idsLength);
        for (uint256 i; i < idsLength; ++i) {
            inboxIds[i] = _inboxId(i);
        }
        vm.prank(publisher);
        identityUpdates.addIdentityUpdates(inboxIds, payloads);
    }

    function _expectPublished(uint256 seed, bytes memory payload, uint64 sequenceId) internal override {
        vm.expectEmit(address(identityUpdates));
        emit IIdentityUpdates.IdentityUpdateCreated(_inboxId(seed), payload, sequenceId);
    }

    function _newImplementation() internal override returns (address) {
        return address(new IdentityUpdates());
    }

    function _initializeCall(address initialAdmin) internal pure override returns (bytes memory) {
        return abi.encodeCall(IdentityUpdates.initialize, (initialAdmin));
    }

    function test_addIdentityUpdate_anyoneMayPublish() public {
        vm.expectEmit(address(identityUpdates));
        emit IIdentityUpdates.IdentityUpdateCreated(bytes32(uint256(7)), hex"01", 1);
        vm.prank(stranger);
        identityUpdates.addIdentityUpdate(bytes32(uint256(7)), hex"01");
    }
}
