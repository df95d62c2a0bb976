// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {RotationState} from "../../contracts/types/RotationState.sol";
import {Seat, TURNOVER_WINDOW} from "../../contracts/types/Seat.sol";
import {Test} from "forge-std/Test.sol";

/// @dev The packed words of `contracts/types/`: each setter writes its field and no other bit.
contract SelectionTypesTest is Test {
    uint256 internal constant OPERATOR_MASK = (uint256(1) << 160) - 1;
    uint256 internal constant SEQUENCE_MASK = uint256(type(uint32).max) << 160;
    uint256 internal constant SWAP_MASK = uint256(type(uint32).max) << 192;
    uint256 internal constant COUNT_MASK = uint256(type(uint32).max) << 224;

    function testFuzz_withOccupant_setsOperatorAndSequenceOnly(uint256 raw, address operator, uint32 sequence)
        public
        pure
    {
        Seat seat = Seat.wrap(raw).withOccupant(operator, sequence);
        assertEq(seat.operator(), operator);
        assertEq(seat.joinSequence(), sequence);
        uint256 kept = ~(OPERATOR_MASK | SEQUENCE_MASK);
        assertEq(Seat.unwrap(seat) & kept, raw & kept, "swap time and history kept");
        assertEq(seat.isEmpty(), operator == address(0));
        assertEq(seat.isLeaving(), operator != address(0) && sequence == 0);
    }

    function testFuzz_replacedBy_setsTheSwapTime(uint256 raw, address operator, uint32 sequence, uint32 timestamp)
        public
        pure
    {
        Seat seat = Seat.wrap(raw).replacedBy(operator, sequence, timestamp);
        assertEq(seat.operator(), operator);
        assertEq(seat.joinSequence(), sequence);
        assertEq(seat.lastSwapAt(), timestamp);
        assertEq(Seat.unwrap(seat) & COUNT_MASK, raw & COUNT_MASK, "history kept");
    }

    function testFuzz_withCheckpointCount_setsOnlyItsField(uint256 raw, uint32 count) public pure {
        Seat seat = Seat.wrap(raw).withCheckpointCount(count);
        assertEq(seat.checkpointCount(), count);
        assertEq(Seat.unwrap(seat) & ~COUNT_MASK, raw & ~COUNT_MASK);
    }

    function testFuzz_swappedWithinDay_isTheTurnoverWindow(uint32 swappedAt, uint256 elapsed) public pure {
        elapsed = bound(elapsed, 0, 3 days);
        Seat seat = Seat.wrap(0).withLastSwapAt(swappedAt);
        bool within = seat.swappedWithinDay(uint256(swappedAt) + elapsed);
        assertEq(within, swappedAt != 0 && elapsed < TURNOVER_WINDOW);
    }

    function testFuzz_rotationStateSetters_roundTrip(uint256 raw, uint32 epoch, uint24 duration, uint8 size, uint8 cap)
        public
        pure
    {
        RotationState state = RotationState.wrap(raw).withCurrentEpoch(epoch).withEpochDuration(duration)
            .withActiveSetSize(size).withTurnoverCap(cap);
        assertEq(state.currentEpoch(), epoch);
        assertEq(state.epochDuration(), duration);
        assertEq(state.activeSetSize(), size);
        assertEq(state.turnoverCap(), cap);
        assertEq(state.queueLength(), RotationState.wrap(raw).queueLength(), "other fields kept");
        assertEq(state.minimumStakeTokens(), RotationState.wrap(raw).minimumStakeTokens(), "other fields kept");
    }

    function testFuzz_minimumStake_isWholeTokens(uint40 tokens) public pure {
        assertEq(RotationState.wrap(0).withMinimumStakeTokens(tokens).minimumStake(), uint256(tokens) * 1e18);
    }

    function testFuzz_afterRotation_setsItsFourFields(
        uint256 raw,
        uint32 epoch,
        uint40 next,
        uint32 pointer,
        uint32 seq
    ) public pure {
        RotationState before = RotationState.wrap(raw);
        RotationState state = before.afterRotation(epoch, next, pointer, seq);
        assertEq(state.currentEpoch(), epoch);
        assertEq(state.nextRotationAt(), next);
        assertEq(state.queuePointer(), pointer);
        assertEq(state.joinSequence(), seq);
        assertEq(state.epochDuration(), before.epochDuration());
        assertEq(state.queueLength(), before.queueLength());
        assertEq(state.activeSetSize(), before.activeSetSize());
        assertEq(state.turnoverCap(), before.turnoverCap());
        assertEq(state.seatHighWater(), before.seatHighWater());
        assertEq(state.minimumStakeTokens(), before.minimumStakeTokens());
    }
}
