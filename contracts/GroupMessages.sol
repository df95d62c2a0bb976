// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PayloadBroadcaster} from "./abstract/PayloadBroadcaster.sol";
import {IGroupMessages} from "./interfaces/IGroupMessages.sol";
import {PublishConfig} from "./types/PublishConfig.sol";

/**
 * @title  GroupMessages
 * @notice The strictly ordered broadcaster of XMTP group messages. Behind a UUPS proxy.
 */
contract GroupMessages is PayloadBroadcaster, IGroupMessages {
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

    /// @inheritdoc IGroupMessages
    function addMessage(bytes16 groupId, bytes calldata message) external {
        emit MessageSent(groupId, message, _nextSequenceId(message.length));
    }

    /// @inheritdoc IGroupMessages
    function addMessages(bytes16[] calldata groupIds, bytes[] calldata messages) external {
        (PublishConfig config, uint64 sequenceId) = _reserveSequenceIds(groupIds.length, messages.length);
        for (uint256 i; i < messages.length; ++i) {
            _requirePayloadSize(config, messages[i].length);
            // Cannot overflow: _reserveSequenceIds checked the batch's last id.
            unchecked {
                ++sequenceId;
            }
            emit MessageSent(groupIds[i], messages[i], sequenceId);
        }
    }
}
