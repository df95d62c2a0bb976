// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/**
 * @dev Everything a deposit reads, packed in one storage slot so that a deposit costs one configuration SLOAD:
 *
 *      | bits    | field                |
 *      |---------|----------------------|
 *      | 0-159   | feeToken             |
 *      | 160-223 | minimumDeposit       |
 *      | 224-247 | withdrawalLockPeriod |
 *      | 248     | paused               |
 *      | 249-255 | zero                 |
 *
 *      The lock period has 24 bits: its setter caps it at 7 days (604,800 s), far below 2^24 s (194 days).
 */
type PayersConfig is uint256;

using PayersConfigLibrary for PayersConfig global;

/// @notice Getters and setters of the packed `PayersConfig` word.
library PayersConfigLibrary {
    uint256 private constant MASK_160 = (uint256(1) << 160) - 1;
    uint256 private constant MASK_64 = 0xFFFFFFFFFFFFFFFF;
    uint256 private constant MASK_24 = 0xFFFFFF;
    uint256 private constant MINIMUM_DEPOSIT_OFFSET = 160;
    uint256 private constant LOCK_PERIOD_OFFSET = 224;
    uint256 private constant PAUSED_OFFSET = 248;

    function feeToken(PayersConfig config) internal pure returns (address) {
        // casting to 'uint160' is safe because it selects the field's 160 bits by design
        // forge-lint: disable-next-line(unsafe-typecast)
        return address(uint160(PayersConfig.unwrap(config)));
    }

    function minimumDeposit(PayersConfig config) internal pure returns (uint64) {
        // casting to 'uint64' is safe because it selects the field's 64 bits by design
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint64(PayersConfig.unwrap(config) >> MINIMUM_DEPOSIT_OFFSET);
    }

    function withdrawalLockPeriod(PayersConfig config) internal pure returns (uint24) {
        // casting to 'uint24' is safe because it selects the field's 24 bits by design
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint24(PayersConfig.unwrap(config) >> LOCK_PERIOD_OFFSET);
    }

    function paused(PayersConfig config) internal pure returns (bool) {
        return (PayersConfig.unwrap(config) >> PAUSED_OFFSET) & 1 == 1;
    }

    function withFeeToken(PayersConfig config, address token) internal pure returns (PayersConfig) {
        return PayersConfig.wrap((PayersConfig.unwrap(config) & ~MASK_160) | uint256(uint160(token)));
    }

    function withMinimumDeposit(PayersConfig config, uint64 amount) internal pure returns (PayersConfig) {
        uint256 cleared = PayersConfig.unwrap(config) & ~(MASK_64 << MINIMUM_DEPOSIT_OFFSET);
        return PayersConfig.wrap(cleared | (uint256(amount) << MINIMUM_DEPOSIT_OFFSET));
    }

    function withWithdrawalLockPeriod(PayersConfig config, uint24 lockPeriod) internal pure returns (PayersConfig) {
        uint256 cleared = PayersConfig.unwrap(config) & ~(MASK_24 << LOCK_PERIOD_OFFSET);
        return PayersConfig.wrap(cleared | (uint256(lockPeriod) << LOCK_PERIOD_OFFSET));
    }

    function withPaused(PayersConfig config, bool isPaused) internal pure returns (PayersConfig) {
        uint256 cleared = PayersConfig.unwrap(config) & ~(uint256(1) << PAUSED_OFFSET);
        return PayersConfig.wrap(cleared | (isPaused ? uint256(1) << PAUSED_OFFSET : 0));
    }
}
