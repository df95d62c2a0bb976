// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {GroupMessages} from "../../../contracts/GroupMessages.sol";
import {IdentityUpdates} from "../../../contracts/IdentityUpdates.sol";
import {IPayloadBroadcaster} from "../../../contracts/interfaces/IPayloadBroadcaster.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";
import {Vm} from "forge-std/Vm.sol";

/**
 * @notice Drives both broadcasters through every user and governance action, valid or rejected, and records each
 *         sequence id that an event announces, in the order the events were emitted.
 */
contract BroadcasterHandler is CommonBase, StdCheats, StdUtils {
    IdentityUpdates internal immutable identityUpdates;
    GroupMessages internal immutable groupMessages;
    address internal immutable admin;

    bytes32 internal constant IDENTITY_UPDATE_CREATED = keccak256("IdentityUpdateCreated(bytes32,bytes,uint64)");
    bytes32 internal constant MESSAGE_SENT = keccak256("MessageSent(bytes16,bytes,uint64)");

    /// @dev Sequence ids seen in events, in emission order, per contract.
    uint64[] public ghost_identityUpdateIds;
    uint64[] public ghost_messageIds;
    /// @dev Payload bytes seen in events must equal what was sent: counted here.
    uint256 public ghost_payloadMismatches;

    mapping(string action => uint256 count) public calls;

    constructor(IdentityUpdates identityUpdates_, GroupMessages groupMessages_, address admin_) {
        identityUpdates = identityUpdates_;
        groupMessages = groupMessages_;
        admin = admin_;
    }

    function ghostIdentityUpdateIds() external view returns (uint64[] memory) {
        return ghost_identityUpdateIds;
    }

    function ghostMessageIds() external view returns (uint64[] memory) {
        return ghost_messageIds;
    }

    /* ============ Publishing ============ */

    function addIdentityUpdate(bytes32 inboxId, uint256 size, uint256 actorSeed) external {
        bytes memory update = _payload(_size(identityUpdates, size), inboxId);
        bytes memory expectedRevert = _expectedRevert(identityUpdates, update.length);
        vm.recordLogs();
        vm.prank(_actor(actorSeed));
        if (expectedRevert.length != 0) vm.expectRevert(expectedRevert);
        identityUpdates.addIdentityUpdate(inboxId, update);
        _collect(
            address(identityUpdates),
            IDENTITY_UPDATE_CREATED,
            _single(update),
            expectedRevert.length == 0,
            ghost_identityUpdateIds
        );
        ++calls[expectedRevert.length == 0 ? "addIdentityUpdate" : "addIdentityUpdate rejected"];
    }

    function addIdentityUpdates(uint256 count, uint256 size, uint256 mismatch, uint256 actorSeed) external {
        count = _bound(count, 0, 12);
        size = _bound(size, 0, 800);
        uint256 idsLength = mismatch % 8 == 0 ? _bound(mismatch, 0, 12) : count;
        bytes32[] memory inboxIds = new bytes32[](idsLength);
        bytes[] memory updates = new bytes[](count);
        for (uint256 i; i < count; ++i) {
            updates[i] = _payload(_size(identityUpdates, size + i * 31), bytes32(i));
        }
        bytes memory expectedRevert = _expectedBatchRevert(identityUpdates, idsLength, updates);
        vm.recordLogs();
        vm.prank(_actor(actorSeed));
        if (expectedRevert.length != 0) vm.expectRevert(expectedRevert);
        identityUpdates.addIdentityUpdates(inboxIds, updates);
        _collect(
            address(identityUpdates),
            IDENTITY_UPDATE_CREATED,
            updates,
            expectedRevert.length == 0,
            ghost_identityUpdateIds
        );
        ++calls[expectedRevert.length == 0 ? "addIdentityUpdates" : "addIdentityUpdates rejected"];
    }

    function addMessage(bytes16 groupId, uint256 size, uint256 actorSeed) external {
        bytes memory message = _payload(_size(groupMessages, size), groupId);
        bytes memory expectedRevert = _expectedRevert(groupMessages, message.length);
        vm.recordLogs();
        vm.prank(_actor(actorSeed));
        if (expectedRevert.length != 0) vm.expectRevert(expectedRevert);
        groupMessages.addMessage(groupId, message);
        _collect(address(groupMessages), MESSAGE_SENT, _single(message), expectedRevert.length == 0, ghost_messageIds);
        ++calls[expectedRevert.length == 0 ? "addMessage" : "addMessage rejected"];
    }

    function addMessages(uint256 count, uint256 size, uint256 mismatch, uint256 actorSeed) external {
        count = _bound(count, 0, 12);
        size = _bound(size, 0, 800);
        uint256 idsLength = mismatch % 8 == 0 ? _bound(mismatch, 0, 12) : count;
        bytes16[] memory groupIds = new bytes16[](idsLength);
        bytes[] memory messages = new bytes[](count);
        for (uint256 i; i < count; ++i) {
            messages[i] = _payload(_size(groupMessages, size + i * 17), bytes32(i));
        }
        bytes memory expectedRevert = _expectedBatchRevert(groupMessages, idsLength, messages);
        vm.recordLogs();
        vm.prank(_actor(actorSeed));
        if (expectedRevert.length != 0) vm.expectRevert(expectedRevert);
        groupMessages.addMessages(groupIds, messages);
        _collect(address(groupMessages), MESSAGE_SENT, messages, expectedRevert.length == 0, ghost_messageIds);
        ++calls[expectedRevert.length == 0 ? "addMessages" : "addMessages rejected"];
    }

    /* ============ Governance ============ */

    function setPayloadSizeBounds(uint256 minSize, uint256 maxSize, bool onIdentityUpdates) external {
        maxSize = _bound(maxSize, 1, 700);
        minSize = _bound(minSize, 1, maxSize);
        vm.prank(admin);
        _target(onIdentityUpdates).setPayloadSizeBounds(SafeCast.toUint32(minSize), SafeCast.toUint32(maxSize));
        ++calls["setPayloadSizeBounds"];
    }

    /// @dev Unpauses a paused broadcaster; pauses a running one one time in four, so that most publishes can land.
    function togglePause(bool onIdentityUpdates, uint256 seed) external {
        IPayloadBroadcaster broadcaster = _target(onIdentityUpdates);
        bool wasPaused = broadcaster.paused();
        if (!wasPaused && seed % 4 != 0) return;
        vm.prank(admin);
        if (wasPaused) broadcaster.unpause();
        else broadcaster.pause();
        ++calls["togglePause"];
    }

    /* ============ Helpers ============ */

    function _target(bool onIdentityUpdates) internal view returns (IPayloadBroadcaster) {
        return onIdentityUpdates ? IPayloadBroadcaster(address(identityUpdates)) : groupMessages;
    }

    function _actor(uint256 seed) internal pure returns (address) {
        return address(SafeCast.toUint160(_bound(seed, 1, 5)));
    }

    /// @dev A payload size from `seed`: within the broadcaster's bounds nine times in ten, else anything up to 800.
    function _size(IPayloadBroadcaster broadcaster, uint256 seed) internal view returns (uint256) {
        if (seed % 10 == 0) return (seed / 10) % 801;
        uint256 minSize = broadcaster.minPayloadSize();
        return minSize + seed % (broadcaster.maxPayloadSize() - minSize + 1);
    }

    function _payload(uint256 size, bytes32 salt) internal pure returns (bytes memory payload) {
        payload = new bytes(size);
        for (uint256 i; i < payload.length; ++i) {
            payload[i] = salt[i % 32] ^ bytes1(SafeCast.toUint8(i % 256));
        }
    }

    function _single(bytes memory payload) internal pure returns (bytes[] memory payloads) {
        payloads = new bytes[](1);
        payloads[0] = payload;
    }

    /// @dev The revert a publish of `size` must produce, or empty when it must succeed.
    function _expectedRevert(IPayloadBroadcaster broadcaster, uint256 size) internal view returns (bytes memory) {
        if (broadcaster.paused()) return abi.encodeWithSelector(IPayloadBroadcaster.EnforcedPause.selector);
        uint256 minSize = broadcaster.minPayloadSize();
        uint256 maxSize = broadcaster.maxPayloadSize();
        if (size < minSize || size > maxSize) {
            return abi.encodeWithSelector(IPayloadBroadcaster.PayloadSizeOutOfBounds.selector, size, minSize, maxSize);
        }
        return "";
    }

    function _expectedBatchRevert(IPayloadBroadcaster broadcaster, uint256 idsLength, bytes[] memory payloads)
        internal
        view
        returns (bytes memory)
    {
        if (idsLength != payloads.length) {
            return abi.encodeWithSelector(IPayloadBroadcaster.ArrayLengthMismatch.selector, idsLength, payloads.length);
        }
        if (idsLength == 0) return abi.encodeWithSelector(IPayloadBroadcaster.EmptyBatch.selector);
        for (uint256 i; i < payloads.length; ++i) {
            bytes memory revertData = _expectedRevert(broadcaster, payloads[i].length);
            if (revertData.length != 0) return revertData;
        }
        return "";
    }

    /// @dev Appends the sequence ids of the recorded events of `emitter` and checks their payloads against `sent`.
    function _collect(address emitter, bytes32 topic0, bytes[] memory sent, bool succeeded, uint64[] storage ids)
        internal
    {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        // Forge records the logs of a call that reverted too; the chain drops them, so skip them.
        if (!succeeded) return;
        uint256 seen;
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter != emitter || logs[i].topics[0] != topic0) continue;
            ids.push(SafeCast.toUint64(uint256(logs[i].topics[2])));
            bytes memory payload = abi.decode(logs[i].data, (bytes));
            if (seen >= sent.length || keccak256(payload) != keccak256(sent[seen])) ++ghost_payloadMismatches;
            ++seen;
        }
        // An accepted call announces exactly what it was given.
        if (seen != sent.length) ++ghost_payloadMismatches;
    }
}
