// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";

/**
 * @notice What every test V2 adds to the contract it upgrades: a version number, and a `reinitializer(2)` migration that
 *         writes a field of its own ERC-7201 namespace, the shape a real V2's migration takes. A V2 inherits the real
 *         contract first and this second, and adds nothing else: its storage is the original's, untouched.
 */
abstract contract UpgradeV2 is Initializable {
    /// @custom:storage-location erc7201:xmtp.storage.UpgradeV2
    struct UpgradeV2Storage {
        uint256 marker;
    }

    // keccak256(abi.encode(uint256(keccak256("xmtp.storage.UpgradeV2")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant UPGRADE_V2_STORAGE = 0x2a0921bc8e974fd078f9b6931dfb6d380fec87f7a0674a5c8bfd2443c348b800;

    /// @notice Emitted by the migration.
    event MigratedToV2(uint256 marker);

    /// @notice The version of the implementation: 2.
    function upgradeVersion() external pure returns (uint256) {
        return 2;
    }

    /// @notice The migration to version 2, run once through `upgradeToAndCall`: records `marker`.
    function initializeV2(uint256 marker) external reinitializer(2) {
        _getUpgradeV2Storage().marker = marker;
        emit MigratedToV2(marker);
    }

    /// @notice What the migration recorded.
    function v2Marker() external view returns (uint256) {
        return _getUpgradeV2Storage().marker;
    }

    function _getUpgradeV2Storage() private pure returns (UpgradeV2Storage storage $) {
        assembly {
            $.slot := UPGRADE_V2_STORAGE
        }
    }
}
