// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PayersConfig} from "../../contracts/types/PayersConfig.sol";
import {Test} from "forge-std/Test.sol";

contract PayersConfigTest is Test {
    uint256 internal constant TOKEN_MASK = (uint256(1) << 160) - 1;
    uint256 internal constant MINIMUM_MASK = uint256(type(uint64).max) << 160;
    uint256 internal constant LOCK_MASK = uint256(type(uint24).max) << 224;
    uint256 internal constant PAUSED_MASK = uint256(1) << 248;

    function testFuzz_withFeeToken_setsOnlyItsField(uint256 raw, address token) public pure {
        PayersConfig config = PayersConfig.wrap(raw);
        PayersConfig updated = config.withFeeToken(token);
        assertEq(updated.feeToken(), token);
        assertEq(PayersConfig.unwrap(updated) & ~TOKEN_MASK, raw & ~TOKEN_MASK, "other bits kept");
    }

    function testFuzz_withMinimumDeposit_setsOnlyItsField(uint256 raw, uint64 amount) public pure {
        PayersConfig config = PayersConfig.wrap(raw);
        PayersConfig updated = config.withMinimumDeposit(amount);
        assertEq(updated.minimumDeposit(), amount);
        assertEq(PayersConfig.unwrap(updated) & ~MINIMUM_MASK, raw & ~MINIMUM_MASK, "other bits kept");
    }

    function testFuzz_withWithdrawalLockPeriod_setsOnlyItsField(uint256 raw, uint24 lockPeriod) public pure {
        PayersConfig config = PayersConfig.wrap(raw);
        PayersConfig updated = config.withWithdrawalLockPeriod(lockPeriod);
        assertEq(updated.withdrawalLockPeriod(), lockPeriod);
        assertEq(PayersConfig.unwrap(updated) & ~LOCK_MASK, raw & ~LOCK_MASK, "other bits kept");
    }

    function testFuzz_withPaused_setsOnlyItsBit(uint256 raw, bool isPaused) public pure {
        PayersConfig config = PayersConfig.wrap(raw);
        PayersConfig updated = config.withPaused(isPaused);
        assertEq(updated.paused(), isPaused);
        assertEq(PayersConfig.unwrap(updated) & ~PAUSED_MASK, raw & ~PAUSED_MASK, "other bits kept");
    }

    function test_layout_matchesDocumentedBits() public pure {
        address token = address(0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48);
        PayersConfig config = PayersConfig.wrap(0).withFeeToken(token).withMinimumDeposit(10_000_000)
            .withWithdrawalLockPeriod(2 days).withPaused(true);
        assertEq(
            PayersConfig.unwrap(config),
            uint256(uint160(token)) | (uint256(10_000_000) << 160) | (uint256(2 days) << 224) | (uint256(1) << 248)
        );
    }

    function test_layout_holdsTheLongestLockPeriod() public pure {
        // The setter caps the lock at 7 days: it must fit the field's 24 bits.
        assertLe(uint256(7 days), type(uint24).max);
    }
}
