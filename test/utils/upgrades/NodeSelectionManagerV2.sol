// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {NodeSelectionManager} from "../../../contracts/NodeSelectionManager.sol";
import {UpgradeV2} from "./UpgradeV2.sol";

/// @notice A next version of `NodeSelectionManager` for the upgrade tests (see `UpgradeV2`).
/// @custom:oz-upgrades-from NodeSelectionManager
contract NodeSelectionManagerV2 is NodeSelectionManager, UpgradeV2 {}
