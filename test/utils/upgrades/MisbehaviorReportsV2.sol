// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {MisbehaviorReports} from "../../../contracts/MisbehaviorReports.sol";
import {UpgradeV2} from "./UpgradeV2.sol";

/// @notice A next version of `MisbehaviorReports` for the upgrade tests (see `UpgradeV2`), built with the addresses
///         `DeploySuite` gives the original.
/// @custom:oz-upgrades-from MisbehaviorReports
contract MisbehaviorReportsV2 is MisbehaviorReports, UpgradeV2 {
    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor(address nodes_, address selection_, address treasury_)
        MisbehaviorReports(nodes_, selection_, treasury_)
    {}
}
