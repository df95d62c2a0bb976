// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/**
 * @dev Everything a rotation reads and writes of the manager's own state, in one storage slot:
 *
 *      | bits    | field          |
 *      |---------|----------------|
 *      | 0-31    | currentEpoch   |
 *      | 32-71   | nextRotationAt |
 *      | 72-95   | epochDuration  |
 *      | 96-127  | queuePointer   |
 *      | 128-159 | queueLength    |
 *      | 160-191 | joinSequence   |
 *      | 192-199 | activeSetSize  |
 *      | 200-207 | turnoverCap    |
 *      | 208-215 | seatHighWater  |
 *      | 216-255 | minimumStakeTokens |
 *
 *      The epoch duration has 24 bits: its setter caps it at 30 days (2,592,000 s), below 2^24 s (194 days).
 *      `turnoverCap` is `floor(activeSetSize × maxDailyTurnoverBps / 10,000)`, kept here so that a rotation need not
 *      read the bps; at most 32 since the bps are at most 10,000 and the set at most 32 seats. `seatHighWater` is the
 *      largest `activeSetSize` ever set: the seats that may have history. `minimumStakeTokens`
 *      is the minimum stake in whole XMTP (10^18 units), so that a rotation checks stakes without another slot.
 */
type RotationState is uint256;

using RotationStateLibrary for RotationState global;

/// @notice Getters and setters of the packed `RotationState` word.
library RotationStateLibrary {
    /// @dev One whole XMTP in token units: `minimumStakeTokens` counts these.
    uint256 internal constant TOKEN = 1e18;

    uint256 private constant MASK_8 = 0xFF;
    uint256 private constant MASK_24 = 0xFFFFFF;
    uint256 private constant MASK_32 = 0xFFFFFFFF;
    uint256 private constant MASK_40 = 0xFFFFFFFFFF;
    uint256 private constant NEXT_ROTATION_OFFSET = 32;
    uint256 private constant DURATION_OFFSET = 72;
    uint256 private constant POINTER_OFFSET = 96;
    uint256 private constant LENGTH_OFFSET = 128;
    uint256 private constant SEQUENCE_OFFSET = 160;
    uint256 private constant SIZE_OFFSET = 192;
    uint256 private constant CAP_OFFSET = 200;
    uint256 private constant HIGH_WATER_OFFSET = 208;
    uint256 private constant MINIMUM_STAKE_OFFSET = 216;

    function currentEpoch(RotationState state) internal pure returns (uint256) {
        return RotationState.unwrap(state) & MASK_32;
    }

    function nextRotationAt(RotationState state) internal pure returns (uint256) {
        return (RotationState.unwrap(state) >> NEXT_ROTATION_OFFSET) & MASK_40;
    }

    function epochDuration(RotationState state) internal pure returns (uint256) {
        return (RotationState.unwrap(state) >> DURATION_OFFSET) & MASK_24;
    }

    function queuePointer(RotationState state) internal pure returns (uint256) {
        return (RotationState.unwrap(state) >> POINTER_OFFSET) & MASK_32;
    }

    function queueLength(RotationState state) internal pure returns (uint256) {
        return (RotationState.unwrap(state) >> LENGTH_OFFSET) & MASK_32;
    }

    function joinSequence(RotationState state) internal pure returns (uint256) {
        return (RotationState.unwrap(state) >> SEQUENCE_OFFSET) & MASK_32;
    }

    function activeSetSize(RotationState state) internal pure returns (uint256) {
        return (RotationState.unwrap(state) >> SIZE_OFFSET) & MASK_8;
    }

    function turnoverCap(RotationState state) internal pure returns (uint256) {
        return (RotationState.unwrap(state) >> CAP_OFFSET) & MASK_8;
    }

    function seatHighWater(RotationState state) internal pure returns (uint256) {
        return (RotationState.unwrap(state) >> HIGH_WATER_OFFSET) & MASK_8;
    }

    function minimumStakeTokens(RotationState state) internal pure returns (uint256) {
        return RotationState.unwrap(state) >> MINIMUM_STAKE_OFFSET;
    }

    /// @dev The minimum stake in XMTP units: `minimumStakeTokens` whole tokens.
    function minimumStake(RotationState state) internal pure returns (uint256) {
        // Cannot overflow: a 40-bit number of tokens.
        unchecked {
            return state.minimumStakeTokens() * TOKEN;
        }
    }

    function withMinimumStakeTokens(RotationState state, uint256 value) internal pure returns (RotationState) {
        return _with(state, MINIMUM_STAKE_OFFSET, MASK_40, value);
    }

    function withCurrentEpoch(RotationState state, uint256 value) internal pure returns (RotationState) {
        return _with(state, 0, MASK_32, value);
    }

    function withNextRotationAt(RotationState state, uint256 value) internal pure returns (RotationState) {
        return _with(state, NEXT_ROTATION_OFFSET, MASK_40, value);
    }

    function withEpochDuration(RotationState state, uint256 value) internal pure returns (RotationState) {
        return _with(state, DURATION_OFFSET, MASK_24, value);
    }

    function withQueuePointer(RotationState state, uint256 value) internal pure returns (RotationState) {
        return _with(state, POINTER_OFFSET, MASK_32, value);
    }

    function withQueueLength(RotationState state, uint256 value) internal pure returns (RotationState) {
        return _with(state, LENGTH_OFFSET, MASK_32, value);
    }

    function withJoinSequence(RotationState state, uint256 value) internal pure returns (RotationState) {
        return _with(state, SEQUENCE_OFFSET, MASK_32, value);
    }

    function withActiveSetSize(RotationState state, uint256 value) internal pure returns (RotationState) {
        return _with(state, SIZE_OFFSET, MASK_8, value);
    }

    function withTurnoverCap(RotationState state, uint256 value) internal pure returns (RotationState) {
        return _with(state, CAP_OFFSET, MASK_8, value);
    }

    function withSeatHighWater(RotationState state, uint256 value) internal pure returns (RotationState) {
        return _with(state, HIGH_WATER_OFFSET, MASK_8, value);
    }

    /**
     * @dev The state a rotation leaves: epoch `epoch` started, the next rotation due at `next`, the queue walked to
     *      `pointer` and the join counter at `sequence`, in one update (each value must fit its field, else a panic).
     */
    function afterRotation(RotationState state, uint256 epoch, uint256 next, uint256 pointer, uint256 sequence)
        internal
        pure
        returns (RotationState)
    {
        assert(epoch <= MASK_32 && next <= MASK_40 && pointer <= MASK_32 && sequence <= MASK_32);
        uint256 cleared = RotationState.unwrap(state)
            & ~(MASK_32
                | (MASK_40 << NEXT_ROTATION_OFFSET)
                | (MASK_32 << POINTER_OFFSET)
                | (MASK_32 << SEQUENCE_OFFSET));
        return RotationState.wrap(
            cleared | epoch | (next << NEXT_ROTATION_OFFSET) | (pointer << POINTER_OFFSET)
                | (sequence << SEQUENCE_OFFSET)
        );
    }

    /// @dev Sets the field at `offset` to `value`, which must fit in `mask` (the field panics rather than truncate).
    function _with(RotationState state, uint256 offset, uint256 mask, uint256 value)
        private
        pure
        returns (RotationState)
    {
        assert(value <= mask);
        uint256 cleared = RotationState.unwrap(state) & ~(mask << offset);
        return RotationState.wrap(cleared | (value << offset));
    }
}
