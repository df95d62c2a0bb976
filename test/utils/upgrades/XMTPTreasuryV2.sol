// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {XMTPTreasury} from "../../../contracts/XMTPTreasury.sol";
import {UpgradeV2} from "./UpgradeV2.sol";

/// @notice A next version of `XMTPTreasury` for the upgrade tests (see `UpgradeV2`).
/// @custom:oz-upgrades-from XMTPTreasury
contract XMTPTreasuryV2 is XMTPTreasury, UpgradeV2 {}
