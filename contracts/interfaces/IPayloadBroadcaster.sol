// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IErrors} from "./IErrors.sol";

/**
 * @title  IPayloadBroadcaster
 * @notice What the strictly ordered payload broadcasters (`IdentityUpdates`, `GroupMessages`) share: sequence ids,
 *         payload size bounds and the publishing pause.
 * @dev    Payloads live only in events, which the nodes index. Every published payload gets the next sequence id of its
 *         contract: the first is 1, each next one exactly +1, never reused, preserved across upgrades.
 */
interface IPayloadBroadcaster is IErrors {
    /* ============ Events ============ */

    /**
     * @notice Emitted when governance changes the accepted payload sizes.
     * @param  previousMinSize The previous minimum payload size, in bytes.
     * @param  previousMaxSize The previous maximum payload size, in bytes.
     * @param  newMinSize      The new minimum payload size, in bytes.
     * @param  newMaxSize      The new maximum payload size, in bytes.
     */
    event PayloadSizeBoundsUpdated(
        uint32 previousMinSize, uint32 previousMaxSize, uint32 newMinSize, uint32 newMaxSize
    );

    /**
     * @notice Emitted when publishing is paused.
     * @param  account The pauser that paused it.
     */
    event Paused(address account);

    /**
     * @notice Emitted when publishing resumes.
     * @param  account The admin that unpaused it.
     */
    event Unpaused(address account);

    /* ============ Errors ============ */

    /// @notice A payload's size is outside the accepted bounds (inclusive).
    error PayloadSizeOutOfBounds(uint256 size, uint256 minSize, uint256 maxSize);

    /// @notice Proposed payload size bounds are unusable: the minimum must be at least 1 and at most the maximum.
    error InvalidPayloadSizeBounds(uint256 minSize, uint256 maxSize);

    /// @notice The ids and payloads of a batch differ in length.
    error ArrayLengthMismatch(uint256 idsLength, uint256 payloadsLength);

    /// @notice A batch holds no payload.
    error EmptyBatch();

    /// @notice Publishing is paused.
    error EnforcedPause();

    /// @notice Publishing is not paused (so it cannot be unpaused).
    error ExpectedPause();

    /* ============ Governance ============ */

    /**
     * @notice Sets the accepted payload sizes (inclusive bounds, in bytes).
     * @dev    Only the admin role (`DEFAULT_ADMIN_ROLE`). Emits `PayloadSizeBoundsUpdated`.
     * @param  minSize The minimum payload size, at least 1.
     * @param  maxSize The maximum payload size, at least `minSize`.
     */
    function setPayloadSizeBounds(uint32 minSize, uint32 maxSize) external;

    /**
     * @notice Stops publishing until the admin unpauses.
     * @dev    Only the pauser role (`PAUSER_ROLE`): a fast-response key that can stop, never restart. Emits `Paused`.
     */
    function pause() external;

    /**
     * @notice Resumes publishing.
     * @dev    Only the admin role (`DEFAULT_ADMIN_ROLE`). Emits `Unpaused`.
     */
    function unpause() external;

    /* ============ Views ============ */

    /// @notice The sequence id of the last published payload (0 before the first).
    function lastSequenceId() external view returns (uint64);

    /// @notice The smallest accepted payload, in bytes.
    function minPayloadSize() external view returns (uint32);

    /// @notice The largest accepted payload, in bytes.
    function maxPayloadSize() external view returns (uint32);

    /// @notice Whether publishing is paused.
    function paused() external view returns (bool);
}
