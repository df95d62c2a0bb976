// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IdentityUpdates} from "../../../contracts/IdentityUpdates.sol";
import {UpgradeV2} from "./UpgradeV2.sol";

/// @notice A next version of `IdentityUpdates` for the upgrade tests (see `UpgradeV2`).
/// @custom:oz-upgrades-from IdentityUpdates
contract IdentityUpdatesV2 is IdentityUpdates, UpgradeV2 {}
