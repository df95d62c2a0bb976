// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/**
 * @dev Everything a publish reads and writes, packed in one storage slot so that a publish costs one SLOAD and one
 *      SSTORE:
 *
 *      | bits    | field          |
 *      |---------|----------------|
 *      | 0-63    | lastSequenceId |
 *      | 64-95   | minPayloadSize |
 *      | 96-127  | maxPayloadSize |
 *      | 128     | paused         |
 *      | 129-255 | zero           |
 */
type PublishConfig is uint256;

using PublishConfigLibrary for PublishConfig global;

/// @notice Getters and setters of the packed `PublishConfig` word.
library PublishConfigLibrary {
    uint256 private constant MASK_64 = 0xFFFFFFFFFFFFFFFF;
    uint256 private constant MASK_32 = 0xFFFFFFFF;
    uint256 private constant MIN_SIZE_OFFSET = 64;
    uint256 private constant MAX_SIZE_OFFSET = 96;
    uint256 private constant PAUSED_OFFSET = 128;

    function lastSequenceId(PublishConfig config) internal pure returns (uint64) {
        return uint64(PublishConfig.unwrap(config));
    }

    function minPayloadSize(PublishConfig config) internal pure returns (uint32) {
        // casting to 'uint32' is safe because it selects the field's 32 bits by design
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint32(PublishConfig.unwrap(config) >> MIN_SIZE_OFFSET);
    }

    function maxPayloadSize(PublishConfig config) internal pure returns (uint32) {
        // casting to 'uint32' is safe because it selects the field's 32 bits by design
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint32(PublishConfig.unwrap(config) >> MAX_SIZE_OFFSET);
    }

    function paused(PublishConfig config) internal pure returns (bool) {
        return (PublishConfig.unwrap(config) >> PAUSED_OFFSET) & 1 == 1;
    }

    function withLastSequenceId(PublishConfig config, uint64 sequenceId) internal pure returns (PublishConfig) {
        return PublishConfig.wrap((PublishConfig.unwrap(config) & ~MASK_64) | sequenceId);
    }

    function withPayloadSizeBounds(PublishConfig config, uint32 minSize, uint32 maxSize)
        internal
        pure
        returns (PublishConfig)
    {
        uint256 cleared =
            PublishConfig.unwrap(config) & ~((MASK_32 << MIN_SIZE_OFFSET) | (MASK_32 << MAX_SIZE_OFFSET));
        return
            PublishConfig.wrap(cleared | (uint256(minSize) << MIN_SIZE_OFFSET) | (uint256(maxSize) << MAX_SIZE_OFFSET));
    }

    function withPaused(PublishConfig config, bool isPaused) internal pure returns (PublishConfig) {
        uint256 cleared = PublishConfig.unwrap(config) & ~(uint256(1) << PAUSED_OFFSET);
        return PublishConfig.wrap(cleared | (isPaused ? uint256(1) << PAUSED_OFFSET : 0));
    }
}
