// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPayloadBroadcaster} from "./IPayloadBroadcaster.sol";

/**
 * @title  IGroupMessages
 * @notice The strictly ordered broadcaster of group messages, indexed by the XMTP nodes.
 */
interface IGroupMessages is IPayloadBroadcaster {
    /**
     * @notice Emitted for every published group message. The signature is what the XMTP node software indexes.
     * @param  groupId    The group the message is sent to.
     * @param  message    The message payload.
     * @param  sequenceId The message's sequence id in this contract.
     */
    event MessageSent(bytes16 indexed groupId, bytes message, uint64 indexed sequenceId);

    /**
     * @notice Publishes one group message with the next sequence id.
     * @dev    Anyone may call. Reverts with `EnforcedPause` when paused and `PayloadSizeOutOfBounds` when the message's
     *         size is outside the bounds. Emits `MessageSent`.
     * @param  groupId The group the message is sent to.
     * @param  message The message payload.
     */
    function addMessage(bytes16 groupId, bytes calldata message) external;

    /**
     * @notice Publishes several group messages in one transaction, in order, one event each.
     * @dev    Same rules as `addMessage` for every message; the whole batch reverts if one is rejected. Reverts with
     *         `ArrayLengthMismatch` when the arrays differ in length and `EmptyBatch` when they are empty.
     * @param  groupIds The group of each message.
     * @param  messages The message payloads.
     */
    function addMessages(bytes16[] calldata groupIds, bytes[] calldata messages) external;
}
