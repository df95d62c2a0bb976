// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PublishConfig} from "../../contracts/types/PublishConfig.sol";
import {Test} from "forge-std/Test.sol";

contract PublishConfigTest is Test {
    function testFuzz_withLastSequenceId_setsOnlyItsField(uint256 raw, uint64 sequenceId) public pure {
        PublishConfig config = PublishConfig.wrap(raw);
        PublishConfig updated = config.withLastSequenceId(sequenceId);
        assertEq(updated.lastSequenceId(), sequenceId);
        assertEq(updated.minPayloadSize(), config.minPayloadSize());
        assertEq(updated.maxPayloadSize(), config.maxPayloadSize());
        assertEq(updated.paused(), config.paused());
        assertEq(PublishConfig.unwrap(updated) >> 64, PublishConfig.unwrap(config) >> 64, "upper bits kept");
    }

    function testFuzz_withPayloadSizeBounds_setsOnlyItsFields(uint256 raw, uint32 minSize, uint32 maxSize) public pure {
        PublishConfig config = PublishConfig.wrap(raw);
        PublishConfig updated = config.withPayloadSizeBounds(minSize, maxSize);
        assertEq(updated.minPayloadSize(), minSize);
        assertEq(updated.maxPayloadSize(), maxSize);
        assertEq(updated.lastSequenceId(), config.lastSequenceId());
        assertEq(updated.paused(), config.paused());
        assertEq(PublishConfig.unwrap(updated) >> 128, PublishConfig.unwrap(config) >> 128, "upper bits kept");
    }

    function testFuzz_withPaused_setsOnlyItsBit(uint256 raw, bool isPaused) public pure {
        PublishConfig config = PublishConfig.wrap(raw);
        PublishConfig updated = config.withPaused(isPaused);
        assertEq(updated.paused(), isPaused);
        assertEq(
            PublishConfig.unwrap(updated) & ~(uint256(1) << 128), PublishConfig.unwrap(config) & ~(uint256(1) << 128)
        );
    }

    function test_layout_matchesDocumentedBits() public pure {
        PublishConfig config =
            PublishConfig.wrap(0).withLastSequenceId(7).withPayloadSizeBounds(1, 262_144).withPaused(true);
        assertEq(PublishConfig.unwrap(config), 7 | (uint256(1) << 64) | (uint256(262_144) << 96) | (uint256(1) << 128));
    }
}
