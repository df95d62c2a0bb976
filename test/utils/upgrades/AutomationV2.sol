// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Automation} from "../../../contracts/Automation.sol";
import {UpgradeV2} from "./UpgradeV2.sol";

/// @notice A next version of `Automation` for the upgrade tests (see `UpgradeV2`), built with the addresses
///         `DeploySuite` gives the original.
/// @custom:oz-upgrades-from Automation
contract AutomationV2 is Automation, UpgradeV2 {
    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor(address selection_, address payers_, address distributor_, address treasury_)
        Automation(selection_, payers_, distributor_, treasury_)
    {}
}
