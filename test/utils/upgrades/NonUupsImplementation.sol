// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice A next version that forgot `UUPSUpgradeable`: a proxy pointed at it could never be upgraded again, so
///         `upgradeToAndCall` must refuse it.
contract NonUupsImplementation {
    /// @notice The version it claims.
    function upgradeVersion() external pure returns (uint256) {
        return 2;
    }
}
