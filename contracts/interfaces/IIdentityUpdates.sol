// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPayloadBroadcaster} from "./IPayloadBroadcaster.sol";

/**
 * @title  IIdentityUpdates
 * @notice The strictly ordered broadcaster of identity updates, indexed by the XMTP nodes.
 */
interface IIdentityUpdates is IPayloadBroadcaster {
    /**
     * @notice Emitted for every published identity update. The signature is what the XMTP node software indexes.
     * @param  inboxId    The inbox the update belongs to.
     * @param  update     The update payload.
     * @param  sequenceId The update's sequence id in this contract.
     */
    event IdentityUpdateCreated(bytes32 indexed inboxId, bytes update, uint64 indexed sequenceId);

    /**
     * @notice Publishes one identity update with the next sequence id.
     * @dev    Anyone may call. Reverts with `EnforcedPause` when paused and `PayloadSizeOutOfBounds` when the update's size
     *         is outside the bounds. Emits `IdentityUpdateCreated`.
     * @param  inboxId The inbox the update belongs to.
     * @param  update  The update payload.
     */
    function addIdentityUpdate(bytes32 inboxId, bytes calldata update) external;

    /**
     * @notice Publishes several identity updates in one transaction, in order, one event each.
     * @dev    Same rules as `addIdentityUpdate` for every update; the whole batch reverts if one is rejected. Reverts with
     *         `ArrayLengthMismatch` when the arrays differ in length and `EmptyBatch` when they are empty.
     * @param  inboxIds The inbox of each update.
     * @param  updates  The update payloads.
     */
    function addIdentityUpdates(bytes32[] calldata inboxIds, bytes[] calldata updates) external;
}
