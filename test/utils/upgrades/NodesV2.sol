// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Nodes} from "../../../contracts/Nodes.sol";
import {UpgradeV2} from "./UpgradeV2.sol";

/// @notice A next version of `Nodes` for the upgrade tests (see `UpgradeV2`).
/// @custom:oz-upgrades-from Nodes
contract NodesV2 is Nodes, UpgradeV2 {}
