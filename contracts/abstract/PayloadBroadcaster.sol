// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPayloadBroadcaster} from "../interfaces/IPayloadBroadcaster.sol";
import {PublishConfig} from "../types/PublishConfig.sol";
import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";

/**
 * @title  PayloadBroadcaster
 * @notice Sequence ids, size bounds, pause, roles and upgrades shared by `IdentityUpdates` and `GroupMessages`.
 * @dev    Each broadcaster is its own proxy, so both use the same ERC-7201 namespace without sharing storage.
 */
abstract contract PayloadBroadcaster is IPayloadBroadcaster, Initializable, AccessControlUpgradeable, UUPSUpgradeable {
    /// @notice The role that may pause publishing (not unpause it).
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");

    /// @notice The minimum payload size set at initialization, in bytes.
    uint32 public constant DEFAULT_MIN_PAYLOAD_SIZE = 1;

    /// @notice The maximum payload size set at initialization, in bytes (256 KiB).
    uint32 public constant DEFAULT_MAX_PAYLOAD_SIZE = 256 * 1024;

    /// @custom:storage-location erc7201:xmtp.storage.PayloadBroadcaster
    struct PayloadBroadcasterStorage {
        PublishConfig config;
    }

    // keccak256(abi.encode(uint256(keccak256("xmtp.storage.PayloadBroadcaster")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant PAYLOAD_BROADCASTER_STORAGE =
        0xeda186f2b85b2c197e0a3ff15dc0c5c16c74d00b5c7f432acaa215db84203b00;

    function _getPayloadBroadcasterStorage() private pure returns (PayloadBroadcasterStorage storage $) {
        assembly {
            $.slot := PAYLOAD_BROADCASTER_STORAGE
        }
    }

    // slither-disable-next-line naming-convention
    function __PayloadBroadcaster_init(address admin) internal onlyInitializing {
        if (admin == address(0)) revert ZeroAddress();
        __AccessControl_init();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(PAUSER_ROLE, admin);
        _setPayloadSizeBounds(DEFAULT_MIN_PAYLOAD_SIZE, DEFAULT_MAX_PAYLOAD_SIZE);
    }

    /* ============ Publishing ============ */

    /// @dev Checks one payload and consumes the next sequence id for it.
    function _nextSequenceId(uint256 payloadSize) internal returns (uint64 sequenceId) {
        PayloadBroadcasterStorage storage $ = _getPayloadBroadcasterStorage();
        PublishConfig config = $.config;
        if (config.paused()) revert EnforcedPause();
        _requirePayloadSize(config, payloadSize);
        // Cannot overflow: 2^64 publishes at 21,000 gas each are beyond any chain's lifetime.
        unchecked {
            sequenceId = config.lastSequenceId() + 1;
        }
        $.config = config.withLastSequenceId(sequenceId);
    }

    /**
     * @dev Consumes `count` sequence ids for a batch and returns the config and the id before the first, so that the
     *      caller checks each payload against the bounds and numbers them `previousSequenceId + 1 …`.
     */
    function _reserveSequenceIds(uint256 idsLength, uint256 payloadsLength)
        internal
        returns (PublishConfig config, uint64 previousSequenceId)
    {
        if (idsLength != payloadsLength) revert ArrayLengthMismatch(idsLength, payloadsLength);
        if (idsLength == 0) revert EmptyBatch();
        PayloadBroadcasterStorage storage $ = _getPayloadBroadcasterStorage();
        config = $.config;
        if (config.paused()) revert EnforcedPause();
        previousSequenceId = config.lastSequenceId();
        // Checked: a batch can never push the counter past 2^64 - 1 without reverting.
        // casting to 'uint64' is safe because a batch's length is bounded by its calldata, far below 2^64
        // forge-lint: disable-next-line(unsafe-typecast)
        $.config = config.withLastSequenceId(previousSequenceId + uint64(idsLength));
    }

    function _requirePayloadSize(PublishConfig config, uint256 payloadSize) internal pure {
        uint256 minSize = config.minPayloadSize();
        uint256 maxSize = config.maxPayloadSize();
        // One comparison for both bounds: below `minSize` the subtraction wraps to a huge number. Cannot underflow
        // on the right: the setter keeps minSize <= maxSize.
        unchecked {
            if (payloadSize - minSize > maxSize - minSize) {
                revert PayloadSizeOutOfBounds(payloadSize, minSize, maxSize);
            }
        }
    }

    /* ============ Governance ============ */

    /// @inheritdoc IPayloadBroadcaster
    function setPayloadSizeBounds(uint32 minSize, uint32 maxSize) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setPayloadSizeBounds(minSize, maxSize);
    }

    /// @inheritdoc IPayloadBroadcaster
    function pause() external onlyRole(PAUSER_ROLE) {
        PayloadBroadcasterStorage storage $ = _getPayloadBroadcasterStorage();
        if ($.config.paused()) revert EnforcedPause();
        $.config = $.config.withPaused(true);
        emit Paused(msg.sender);
    }

    /// @inheritdoc IPayloadBroadcaster
    function unpause() external onlyRole(DEFAULT_ADMIN_ROLE) {
        PayloadBroadcasterStorage storage $ = _getPayloadBroadcasterStorage();
        if (!$.config.paused()) revert ExpectedPause();
        $.config = $.config.withPaused(false);
        emit Unpaused(msg.sender);
    }

    function _setPayloadSizeBounds(uint32 minSize, uint32 maxSize) private {
        if (minSize == 0 || minSize > maxSize) revert InvalidPayloadSizeBounds(minSize, maxSize);
        PayloadBroadcasterStorage storage $ = _getPayloadBroadcasterStorage();
        PublishConfig config = $.config;
        $.config = config.withPayloadSizeBounds(minSize, maxSize);
        emit PayloadSizeBoundsUpdated(config.minPayloadSize(), config.maxPayloadSize(), minSize, maxSize);
    }

    /* ============ Views ============ */

    /// @inheritdoc IPayloadBroadcaster
    function lastSequenceId() external view returns (uint64) {
        return _getPayloadBroadcasterStorage().config.lastSequenceId();
    }

    /// @inheritdoc IPayloadBroadcaster
    function minPayloadSize() external view returns (uint32) {
        return _getPayloadBroadcasterStorage().config.minPayloadSize();
    }

    /// @inheritdoc IPayloadBroadcaster
    function maxPayloadSize() external view returns (uint32) {
        return _getPayloadBroadcasterStorage().config.maxPayloadSize();
    }

    /// @inheritdoc IPayloadBroadcaster
    function paused() external view returns (bool) {
        return _getPayloadBroadcasterStorage().config.paused();
    }

    /* ============ Upgrades ============ */

    /// @dev Upgrades are the admin's alone (the governance multisig).
    function _authorizeUpgrade(address) internal override onlyRole(DEFAULT_ADMIN_ROLE) {}
}
