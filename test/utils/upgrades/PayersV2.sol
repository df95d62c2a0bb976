// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Payers} from "../../../contracts/Payers.sol";
import {UpgradeV2} from "./UpgradeV2.sol";

/// @notice A next version of `Payers` for the upgrade tests (see `UpgradeV2`).
/// @custom:oz-upgrades-from Payers
contract PayersV2 is Payers, UpgradeV2 {}
