// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {NodeEarningsTracker} from "../../../contracts/NodeEarningsTracker.sol";
import {UpgradeV2} from "./UpgradeV2.sol";

/// @notice A next version of `NodeEarningsTracker` for the upgrade tests (see `UpgradeV2`).
/// @custom:oz-upgrades-from NodeEarningsTracker
contract NodeEarningsTrackerV2 is NodeEarningsTracker, UpgradeV2 {}
