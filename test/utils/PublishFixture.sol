// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {BaseTest} from "./BaseTest.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/**
 * @notice Publishing in a steady state: both broadcasters have published once, so their sequence ids are non-zero as
 *         on a live network (the first publish pays for initialising storage). Shared by the gas tests and the bench.
 */
abstract contract PublishFixture is BaseTest {
    bytes16 internal constant GROUP_ID = bytes16(uint128(2));
    bytes32 internal constant INBOX_ID = bytes32(uint256(2));

    function setUp() public virtual override {
        super.setUp();
        vm.startPrank(publisher);
        groupMessages.addMessage(GROUP_ID, _payload(1));
        identityUpdates.addIdentityUpdate(INBOX_ID, _payload(1));
        vm.stopPrank();
    }

    /// @dev `count` payloads of `size` bytes for groups 2, 3, …
    function _messageBatch(uint256 count, uint256 size)
        internal
        pure
        returns (bytes16[] memory groupIds, bytes[] memory messages)
    {
        groupIds = new bytes16[](count);
        for (uint256 i; i < count; ++i) {
            groupIds[i] = bytes16(SafeCast.toUint128(i + 2));
        }
        messages = _payloads(count, size);
    }
}
