// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/**
 * @dev One seat of the active set, in one storage slot:
 *
 *      | bits    | field           |
 *      |---------|-----------------|
 *      | 0-159   | operator        |
 *      | 160-191 | joinSequence    |
 *      | 192-223 | lastSwapAt      |
 *      | 224-255 | checkpointCount |
 *
 *      `operator` is zero for an empty seat. `joinSequence` orders occupants by when they took their seats (a global
 *      counter, so ties of one rotation follow queue order): the smallest is the longest-serving. An occupied seat with
 *      `joinSequence` zero is leaving (its operator unstaked) and is emptied at the next rotation. `lastSwapAt` is when
 *      rotation last replaced the seat's occupant (turnover; refills keep it), a 32-bit timestamp (until 2106).
 *      `checkpointCount` counts the seat's history checkpoints.
 */
type Seat is uint256;

/// @dev The window the turnover cap applies to (24 hours): a seat replaced by rotation within it is not replaced again.
uint256 constant TURNOVER_WINDOW = 1 days;

using SeatLibrary for Seat global;

/// @notice Getters and setters of the packed `Seat` word.
library SeatLibrary {
    uint256 private constant MASK_160 = (uint256(1) << 160) - 1;
    uint256 private constant MASK_32 = 0xFFFFFFFF;
    uint256 private constant SEQUENCE_OFFSET = 160;
    uint256 private constant SWAP_OFFSET = 192;
    uint256 private constant COUNT_OFFSET = 224;

    function operator(Seat seat) internal pure returns (address) {
        // casting to 'uint160' is safe because it selects the field's 160 bits by design
        // forge-lint: disable-next-line(unsafe-typecast)
        return address(uint160(Seat.unwrap(seat)));
    }

    function joinSequence(Seat seat) internal pure returns (uint256) {
        return (Seat.unwrap(seat) >> SEQUENCE_OFFSET) & MASK_32;
    }

    function lastSwapAt(Seat seat) internal pure returns (uint256) {
        return (Seat.unwrap(seat) >> SWAP_OFFSET) & MASK_32;
    }

    function checkpointCount(Seat seat) internal pure returns (uint256) {
        return Seat.unwrap(seat) >> COUNT_OFFSET;
    }

    function isEmpty(Seat seat) internal pure returns (bool) {
        return Seat.unwrap(seat) & MASK_160 == 0;
    }

    function isLeaving(Seat seat) internal pure returns (bool) {
        return !seat.isEmpty() && seat.joinSequence() == 0;
    }

    /// @dev Whether rotation replaced the seat's occupant within the `TURNOVER_WINDOW` (24 hours) up to `timestamp`.
    function swappedWithinDay(Seat seat, uint256 timestamp) internal pure returns (bool) {
        uint256 swappedAt = seat.lastSwapAt();
        return swappedAt != 0 && swappedAt + TURNOVER_WINDOW > timestamp;
    }

    /// @dev The seat with a new occupant (or none, with `operator` and `sequence` zero); swap time and history kept.
    function withOccupant(Seat seat, address operator_, uint256 sequence) internal pure returns (Seat) {
        assert(sequence <= MASK_32);
        uint256 kept = Seat.unwrap(seat) & ~((MASK_32 << SEQUENCE_OFFSET) | MASK_160);
        return Seat.wrap(kept | (sequence << SEQUENCE_OFFSET) | uint256(uint160(operator_)));
    }

    /// @dev The seat replaced by rotation at `timestamp`: `operator_` joins with `sequence`; history kept.
    function replacedBy(Seat seat, address operator_, uint256 sequence, uint256 timestamp)
        internal
        pure
        returns (Seat)
    {
        assert(sequence <= MASK_32 && timestamp <= MASK_32);
        uint256 kept = Seat.unwrap(seat) & ~((MASK_32 << SWAP_OFFSET) | (MASK_32 << SEQUENCE_OFFSET) | MASK_160);
        return
            Seat.wrap(kept | (timestamp << SWAP_OFFSET) | (sequence << SEQUENCE_OFFSET) | uint256(uint160(operator_)));
    }

    function withLastSwapAt(Seat seat, uint256 timestamp) internal pure returns (Seat) {
        assert(timestamp <= MASK_32);
        uint256 cleared = Seat.unwrap(seat) & ~(MASK_32 << SWAP_OFFSET);
        return Seat.wrap(cleared | (timestamp << SWAP_OFFSET));
    }

    function withCheckpointCount(Seat seat, uint256 count) internal pure returns (Seat) {
        assert(count <= MASK_32);
        uint256 cleared = Seat.unwrap(seat) & ~(MASK_32 << COUNT_OFFSET);
        return Seat.wrap(cleared | (count << COUNT_OFFSET));
    }
}
