// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {GroupMessages} from "../../../contracts/GroupMessages.sol";
import {UpgradeV2} from "./UpgradeV2.sol";

/// @notice A next version of `GroupMessages` for the upgrade tests (see `UpgradeV2`).
/// @custom:oz-upgrades-from GroupMessages
contract GroupMessagesV2 is GroupMessages, UpgradeV2 {}
