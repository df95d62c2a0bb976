// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {GroupMessages} from "../../contracts/GroupMessages.sol";
import {IdentityUpdates} from "../../contracts/IdentityUpdates.sol";
import {PublishFixture} from "../utils/PublishFixture.sol";

/**
 * @notice Gas of whole publish transactions, proxy included. Run with `--isolate` (as `make test` and `make snapshot`
 *         do) so that each call is its own transaction with cold storage and its intrinsic and calldata cost; the figures
 *         are written to `snapshots/PublishGasTest.json` and the issue's ceilings are asserted.
 */
contract PublishGasTest is PublishFixture {
    /// @dev What XMTP's deployed broadcaster costs for a 256-byte publish, whole transaction.
    uint256 internal constant REFERENCE_PUBLISH_256_GAS = 40_800;

    /// @dev A batch may cost at most this much above its EIP-7623 calldata floor, in per mille.
    uint256 internal constant BATCH_FLOOR_TOLERANCE_PER_MILLE = 50;

    function test_addMessage_gas() public {
        uint256[5] memory sizes = [uint256(78), 256, 1024, 4096, 16_384];
        for (uint256 i; i < sizes.length; ++i) {
            bytes memory payload = _payload(sizes[i]);
            vm.prank(publisher);
            groupMessages.addMessage(GROUP_ID, payload);
            uint256 gasUsed = vm.snapshotGasLastCall(string.concat("addMessage ", vm.toString(sizes[i]), " B"));
            assertGe(gasUsed, _calldataFloor(abi.encodeCall(GroupMessages.addMessage, (GROUP_ID, payload))));
            if (sizes[i] == 256) assertLe(gasUsed, REFERENCE_PUBLISH_256_GAS, "addMessage 256 B above reference");
        }
    }

    function test_addIdentityUpdate_gas() public {
        bytes memory payload = _payload(256);
        vm.prank(publisher);
        identityUpdates.addIdentityUpdate(INBOX_ID, payload);
        uint256 gasUsed = vm.snapshotGasLastCall("addIdentityUpdate 256 B");
        assertLe(gasUsed, REFERENCE_PUBLISH_256_GAS, "addIdentityUpdate 256 B above reference");
    }

    function test_addMessages_gas() public {
        uint256[4] memory counts = [uint256(1), 10, 50, 100];
        for (uint256 i; i < counts.length; ++i) {
            (bytes16[] memory groupIds, bytes[] memory messages) = _messageBatch(counts[i], 256);
            vm.prank(publisher);
            groupMessages.addMessages(groupIds, messages);
            uint256 gasUsed = vm.snapshotGasLastCall(string.concat("addMessages ", vm.toString(counts[i]), " x 256 B"));
            uint256 floor = _calldataFloor(abi.encodeCall(GroupMessages.addMessages, (groupIds, messages)));
            assertGe(gasUsed, floor);
            if (counts[i] >= 50) {
                assertLe(gasUsed, floor * (1000 + BATCH_FLOOR_TOLERANCE_PER_MILLE) / 1000, "batch too far above floor");
            }
        }
    }

    function test_addIdentityUpdates_gas() public {
        bytes32[] memory inboxIds = new bytes32[](50);
        for (uint256 i; i < 50; ++i) {
            inboxIds[i] = bytes32(i + 1);
        }
        bytes[] memory updates = _payloads(50, 256);
        vm.prank(publisher);
        identityUpdates.addIdentityUpdates(inboxIds, updates);
        uint256 gasUsed = vm.snapshotGasLastCall("addIdentityUpdates 50 x 256 B");
        uint256 floor = _calldataFloor(abi.encodeCall(IdentityUpdates.addIdentityUpdates, (inboxIds, updates)));
        assertLe(gasUsed, floor * (1000 + BATCH_FLOOR_TOLERANCE_PER_MILLE) / 1000, "batch too far above floor");
    }
}
