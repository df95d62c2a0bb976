// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {RewardDistributor} from "../../../contracts/RewardDistributor.sol";
import {UpgradeV2} from "./UpgradeV2.sol";

/// @notice A next version of `RewardDistributor` for the upgrade tests (see `UpgradeV2`), built with the addresses
///         `DeploySuite` gives the original.
/// @custom:oz-upgrades-from RewardDistributor
contract RewardDistributorV2 is RewardDistributor, UpgradeV2 {
    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor(address usdc_, address selection_, address payers_, address nodes_, address tracker_, address treasury_)
        RewardDistributor(usdc_, selection_, payers_, nodes_, tracker_, treasury_)
    {}
}
