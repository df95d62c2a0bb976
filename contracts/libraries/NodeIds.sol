// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title NodeIds
/// @notice Helpers for lists of node ids, as the node selection manager returns them (in seat order).
library NodeIds {
    /// @dev Sorts `ids` ascending in place and returns it. Insertion sort: an active set has at most 32 members.
    function sortAscending(uint32[] memory ids) internal pure returns (uint32[] memory) {
        uint256 length = ids.length;
        for (uint256 i = 1; i < length; ++i) {
            uint32 id = ids[i];
            uint256 j = i;
            while (j > 0 && ids[j - 1] > id) {
                ids[j] = ids[j - 1];
                --j;
            }
            ids[j] = id;
        }
        return ids;
    }
}
