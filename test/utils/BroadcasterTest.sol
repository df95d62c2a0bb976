// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PayloadBroadcaster} from "../../contracts/abstract/PayloadBroadcaster.sol";
import {IErrors} from "../../contracts/interfaces/IErrors.sol";
import {IPayloadBroadcaster} from "../../contracts/interfaces/IPayloadBroadcaster.sol";
import {BaseTest} from "./BaseTest.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";
import {ERC1967Utils} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Utils.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";
import {SlotDerivation} from "@openzeppelin/contracts/utils/SlotDerivation.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/**
 * @notice What both broadcasters must do, written once. A concrete test contract names the broadcaster and says how to
 *         publish on it (single, batch) and which event a payload produces.
 */
abstract contract BroadcasterTest is BaseTest {
    PayloadBroadcaster internal broadcaster;

    /// @dev Publishes one payload as `publisher`, with the id derived from `seed`.
    function _publish(uint256 seed, bytes memory payload) internal virtual;

    /// @dev Publishes a batch as `publisher`: `idsLength` ids (payload `i` gets the id of seed `i`) and the payloads.
    function _publishBatch(uint256 idsLength, bytes[] memory payloads) internal virtual;

    /// @dev Expects the event of the payload published with id seed `seed`.
    function _expectPublished(uint256 seed, bytes memory payload, uint64 sequenceId) internal virtual;

    /// @dev Deploys a fresh implementation of the broadcaster under test.
    function _newImplementation() internal virtual returns (address);

    /// @dev The broadcaster's `initialize(admin)` calldata.
    function _initializeCall(address initialAdmin) internal pure virtual returns (bytes memory);

    /* ============ initialize ============ */

    function test_initialize_setsDefaultsAndRoles() public view {
        assertEq(broadcaster.lastSequenceId(), 0);
        assertEq(broadcaster.minPayloadSize(), 1);
        assertEq(broadcaster.maxPayloadSize(), 256 * 1024);
        assertFalse(broadcaster.paused());
        assertTrue(broadcaster.hasRole(broadcaster.DEFAULT_ADMIN_ROLE(), admin));
        assertTrue(broadcaster.hasRole(broadcaster.PAUSER_ROLE(), admin));
        assertFalse(broadcaster.hasRole(broadcaster.DEFAULT_ADMIN_ROLE(), address(this)));
    }

    function test_initialize_revertsWhenCalledTwice() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        Address.functionCall(address(broadcaster), _initializeCall(stranger));
    }

    function test_initialize_revertsOnImplementation() public {
        address implementation = _newImplementation();
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        Address.functionCall(implementation, _initializeCall(stranger));
    }

    function test_initialize_revertsWhenAdminIsZero() public {
        address implementation = _newImplementation();
        vm.expectRevert(IErrors.ZeroAddress.selector);
        _deployProxy(implementation, _initializeCall(address(0)));
    }

    /* ============ publish ============ */

    function test_publish_numbersPayloadsFromOne() public {
        for (uint64 i = 1; i <= 3; ++i) {
            bytes memory payload = _payload(i * 10);
            _expectPublished(i, payload, i);
            _publish(i, payload);
            assertEq(broadcaster.lastSequenceId(), i);
        }
    }

    function test_publish_acceptsBoundarySizes() public {
        vm.prank(admin);
        broadcaster.setPayloadSizeBounds(8, 16);
        _publish(1, _payload(8));
        _publish(2, _payload(16));
        assertEq(broadcaster.lastSequenceId(), 2);
    }

    function test_publish_revertsWhenEmpty() public {
        vm.expectRevert(abi.encodeWithSelector(IPayloadBroadcaster.PayloadSizeOutOfBounds.selector, 0, 1, 256 * 1024));
        _publish(1, "");
    }

    function test_publish_revertsWhenTooLarge() public {
        uint256 size = 256 * 1024 + 1;
        vm.expectRevert(
            abi.encodeWithSelector(IPayloadBroadcaster.PayloadSizeOutOfBounds.selector, size, 1, 256 * 1024)
        );
        _publish(1, new bytes(size));
    }

    function test_publish_revertsWhenBelowRaisedMinimum() public {
        vm.prank(admin);
        broadcaster.setPayloadSizeBounds(100, 200);
        vm.expectRevert(abi.encodeWithSelector(IPayloadBroadcaster.PayloadSizeOutOfBounds.selector, 99, 100, 200));
        _publish(1, _payload(99));
    }

    function test_publish_revertsWhenPaused() public {
        vm.prank(admin);
        broadcaster.pause();
        vm.expectRevert(IPayloadBroadcaster.EnforcedPause.selector);
        _publish(1, _payload(10));
    }

    function test_publish_resumesNumberingAfterUnpause() public {
        _publish(1, _payload(10));
        vm.startPrank(admin);
        broadcaster.pause();
        broadcaster.unpause();
        vm.stopPrank();
        _expectPublished(2, _payload(10), 2);
        _publish(2, _payload(10));
    }

    function testFuzz_publish_acceptsExactlySizesWithinBounds(uint256 size, uint32 minSize, uint32 maxSize) public {
        maxSize = uint32(bound(maxSize, 1, 4096));
        minSize = uint32(bound(minSize, 1, maxSize));
        size = bound(size, 0, 4200);
        vm.prank(admin);
        broadcaster.setPayloadSizeBounds(minSize, maxSize);

        bytes memory payload = _payload(size);
        if (size < minSize || size > maxSize) {
            vm.expectRevert(
                abi.encodeWithSelector(IPayloadBroadcaster.PayloadSizeOutOfBounds.selector, size, minSize, maxSize)
            );
            _publish(size, payload);
            assertEq(broadcaster.lastSequenceId(), 0);
        } else {
            _expectPublished(size, payload, 1);
            _publish(size, payload);
            assertEq(broadcaster.lastSequenceId(), 1);
        }
    }

    /* ============ publish batch ============ */

    function test_publishBatch_numbersEveryPayloadInOrder() public {
        _publish(0, _payload(1));
        bytes[] memory payloads = new bytes[](4);
        for (uint256 i; i < 4; ++i) {
            payloads[i] = _payload(i + 1);
            _expectPublished(i, payloads[i], SafeCast.toUint64(i + 2));
        }
        _publishBatch(4, payloads);
        assertEq(broadcaster.lastSequenceId(), 5);
    }

    function test_publishBatch_revertsWhenLengthsDiffer() public {
        vm.expectRevert(abi.encodeWithSelector(IPayloadBroadcaster.ArrayLengthMismatch.selector, 3, 2));
        _publishBatch(3, _payloads(2, 10));
    }

    function test_publishBatch_revertsWhenEmpty() public {
        vm.expectRevert(IPayloadBroadcaster.EmptyBatch.selector);
        _publishBatch(0, new bytes[](0));
    }

    function test_publishBatch_revertsWholeBatchWhenOnePayloadIsOutOfBounds() public {
        bytes[] memory payloads = _payloads(3, 10);
        payloads[2] = "";
        vm.expectRevert(abi.encodeWithSelector(IPayloadBroadcaster.PayloadSizeOutOfBounds.selector, 0, 1, 256 * 1024));
        _publishBatch(3, payloads);
        assertEq(broadcaster.lastSequenceId(), 0);
    }

    function test_publishBatch_revertsWhenPaused() public {
        vm.prank(admin);
        broadcaster.pause();
        vm.expectRevert(IPayloadBroadcaster.EnforcedPause.selector);
        _publishBatch(2, _payloads(2, 10));
    }

    function testFuzz_publishBatch_numbersEveryPayload(uint8 before, uint8 count, uint16 size) public {
        before = uint8(bound(before, 0, 5));
        count = uint8(bound(count, 1, 40));
        size = uint16(bound(size, 1, 600));
        for (uint256 i; i < before; ++i) {
            _publish(i, _payload(1));
        }
        bytes[] memory payloads = new bytes[](count);
        for (uint256 i; i < count; ++i) {
            // Sizes differ across the batch: 1 … size.
            payloads[i] = _payload(1 + (uint256(size) * (i + 1)) / count - (uint256(size) / count));
            _expectPublished(i, payloads[i], SafeCast.toUint64(before + i + 1));
        }
        _publishBatch(count, payloads);
        assertEq(broadcaster.lastSequenceId(), uint64(before) + count);
    }

    /* ============ setPayloadSizeBounds ============ */

    function test_setPayloadSizeBounds_updatesAndEmits() public {
        vm.expectEmit(address(broadcaster));
        emit IPayloadBroadcaster.PayloadSizeBoundsUpdated(1, 256 * 1024, 78, 1024);
        vm.prank(admin);
        broadcaster.setPayloadSizeBounds(78, 1024);
        assertEq(broadcaster.minPayloadSize(), 78);
        assertEq(broadcaster.maxPayloadSize(), 1024);
    }

    function test_setPayloadSizeBounds_keepsSequenceIdAndPause() public {
        _publish(1, _payload(5));
        vm.startPrank(admin);
        broadcaster.pause();
        broadcaster.setPayloadSizeBounds(2, 3);
        vm.stopPrank();
        assertEq(broadcaster.lastSequenceId(), 1);
        assertTrue(broadcaster.paused());
    }

    function test_setPayloadSizeBounds_revertsWhenNotAdmin() public {
        bytes32 role = broadcaster.DEFAULT_ADMIN_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role)
        );
        vm.prank(stranger);
        broadcaster.setPayloadSizeBounds(1, 2);
    }

    function test_setPayloadSizeBounds_revertsWhenMinimumIsZero() public {
        vm.expectRevert(abi.encodeWithSelector(IPayloadBroadcaster.InvalidPayloadSizeBounds.selector, 0, 10));
        vm.prank(admin);
        broadcaster.setPayloadSizeBounds(0, 10);
    }

    function test_setPayloadSizeBounds_revertsWhenMinimumAboveMaximum() public {
        vm.expectRevert(abi.encodeWithSelector(IPayloadBroadcaster.InvalidPayloadSizeBounds.selector, 11, 10));
        vm.prank(admin);
        broadcaster.setPayloadSizeBounds(11, 10);
    }

    /* ============ pause / unpause ============ */

    function test_pause_pausesAndEmits() public {
        address pauser = makeAddr("pauser");
        bytes32 pauserRole = broadcaster.PAUSER_ROLE();
        vm.prank(admin);
        broadcaster.grantRole(pauserRole, pauser);

        vm.expectEmit(address(broadcaster));
        emit IPayloadBroadcaster.Paused(pauser);
        vm.prank(pauser);
        broadcaster.pause();
        assertTrue(broadcaster.paused());
    }

    function test_pause_revertsWhenNotPauser() public {
        bytes32 role = broadcaster.PAUSER_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role)
        );
        vm.prank(stranger);
        broadcaster.pause();
    }

    function test_pause_revertsWhenAlreadyPaused() public {
        vm.startPrank(admin);
        broadcaster.pause();
        vm.expectRevert(IPayloadBroadcaster.EnforcedPause.selector);
        broadcaster.pause();
        vm.stopPrank();
    }

    function test_unpause_unpausesAndEmits() public {
        vm.startPrank(admin);
        broadcaster.pause();
        vm.expectEmit(address(broadcaster));
        emit IPayloadBroadcaster.Unpaused(admin);
        broadcaster.unpause();
        vm.stopPrank();
        assertFalse(broadcaster.paused());
    }

    function test_unpause_revertsWhenOnlyPauser() public {
        address pauser = makeAddr("pauser");
        vm.startPrank(admin);
        broadcaster.grantRole(broadcaster.PAUSER_ROLE(), pauser);
        broadcaster.pause();
        vm.stopPrank();

        bytes32 role = broadcaster.DEFAULT_ADMIN_ROLE();
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, pauser, role));
        vm.prank(pauser);
        broadcaster.unpause();
    }

    function test_unpause_revertsWhenNotPaused() public {
        vm.expectRevert(IPayloadBroadcaster.ExpectedPause.selector);
        vm.prank(admin);
        broadcaster.unpause();
    }

    /* ============ upgrades and storage ============ */

    function test_upgradeToAndCall_preservesSequenceIdsAndBounds() public {
        _publish(1, _payload(10));
        _publish(2, _payload(10));
        vm.prank(admin);
        broadcaster.setPayloadSizeBounds(5, 500);

        address newImplementation = _newImplementation();
        vm.prank(admin);
        broadcaster.upgradeToAndCall(newImplementation, "");

        assertEq(
            address(uint160(uint256(vm.load(address(broadcaster), ERC1967Utils.IMPLEMENTATION_SLOT)))),
            newImplementation
        );
        assertEq(broadcaster.lastSequenceId(), 2);
        assertEq(broadcaster.minPayloadSize(), 5);
        assertEq(broadcaster.maxPayloadSize(), 500);
        _expectPublished(3, _payload(10), 3);
        _publish(3, _payload(10));
    }

    function test_upgradeToAndCall_revertsWhenNotAdmin() public {
        address newImplementation = _newImplementation();
        bytes32 role = broadcaster.DEFAULT_ADMIN_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role)
        );
        vm.prank(stranger);
        broadcaster.upgradeToAndCall(newImplementation, "");
    }

    function test_storage_usesErc7201Slot() public {
        _publish(1, _payload(10));
        bytes32 slot = SlotDerivation.erc7201Slot("xmtp.storage.PayloadBroadcaster");
        uint256 word = uint256(vm.load(address(broadcaster), slot));
        assertEq(word & type(uint64).max, 1, "lastSequenceId in bits 0-63");
        assertEq((word >> 64) & type(uint32).max, 1, "minPayloadSize in bits 64-95");
        assertEq((word >> 96) & type(uint32).max, 256 * 1024, "maxPayloadSize in bits 96-127");
        assertEq(word >> 128, 0, "not paused");
    }

    function _deployProxy(address implementation, bytes memory initializeCall) internal returns (address) {
        return address(new ERC1967Proxy(implementation, initializeCall));
    }
}
