// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PayloadBroadcaster} from "./abstract/PayloadBroadcaster.sol";
import {IIdentityUpdates} from "./interfaces/IIdentityUpdates.sol";
import {PublishConfig} from "./types/PublishConfig.sol";

/**
 * @title  IdentityUpdates
 * @notice The strictly ordered broadcaster of XMTP identity updates. Behind a UUPS proxy.
 */
contract IdentityUpdates is PayloadBroadcaster, IIdentityUpdates {
    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /**
     * @notice Initializes the proxy: roles to `admin`, default payload size bounds, sequence ids from 1.
     * @param  admin Receives `DEFAULT_ADMIN_ROLE` (parameters, unpause, upgrades) and `PAUSER_ROLE`.
     */
    function initialize(address admin) external initializer {
        __PayloadBroadcaster_init(admin);
    }

    /// @inheritdoc IIdentityUpdates
    function addIdentityUpdate(bytes32 inboxId, bytes calldata update) external {
        emit IdentityUpdateCreated(inboxId, update, _nextSequenceId(update.length));
    }

    /// @inheritdoc IIdentityUpdates
    function addIdentityUpdates(bytes32[] calldata inboxIds, bytes[] calldata updates) external {
        (PublishConfig config, uint64 sequenceId) = _reserveSequenceIds(inboxIds.length, updates.length);
        for (uint256 i; i < updates.length; ++i) {
            _requirePayloadSize(config, updates[i].length);
            // Cannot overflow: _reserveSequenceIds checked the batch's last id.
            unchecked {
                ++sequenceId;
            }
            emit IdentityUpdateCreated(inboxIds[i], updates[i], sequenceId);
        }
    }
}
