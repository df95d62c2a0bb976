// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {NodeSelectionManager} from "../NodeSelectionManager.sol";
import {IDelegation} from "../interfaces/IDelegation.sol";
import {INodeSelectionManager} from "../interfaces/INodeSelectionManager.sol";
import {RotationState} from "../types/RotationState.sol";
import {Seat, TURNOVER_WINDOW} from "../types/Seat.sol";

/**
 * @title  RoundRobin
 * @notice The round-robin rotation of `NodeSelectionManager`'s active set: the candidate queue, the seats, the turnover
 *         window and cap, and each seat's history. `NodeSelectionManager` keeps access control, staking and slashing,
 *         governance, the epoch durations' history and the report window, and calls in here with its storage.
 * @dev    A storage library, as v4-core's `Pool` is to `PoolManager`: every function is `internal` (compiled into the
 *         manager's bytecode: no external call, no library to deploy or link) and takes the manager's ERC-7201 struct
 *         by `storage` reference. The struct stays declared in `NodeSelectionManager` (the two files import each other)
 *         because the storage-layout snapshot names each struct by its declaring contract
 *         (`struct NodeSelectionManager.Config`): declared here, it would read as a retyped field.
 *
 *         Gas layout of a rotation: one slot of rotation state, one slot per seat (occupant, join order, last swap,
 *         history length) at fixed slots, and per scanned queue entry the entry and its candidate record. History is
 *         per seat: 64-bit checkpoints `(fromEpoch, nodeId)`, four per slot. A one-swap rotation reads 14 cold slots
 *         and writes three (state, seat, history word); the seats are read, and the `NodesRotated` log written, in
 *         inline assembly.
 */
library RoundRobin {
    /// @notice The most seats: the rotation keeps one bit per seat in 32-bit masks, and the storage has 32 seats.
    uint256 internal constant MAX_SEATS = 32;

    /// @notice The most queue entries one rotation or refill inspects, whatever the queue's length.
    uint256 internal constant MAX_QUEUE_SCAN = 32;

    /// @dev Basis points: `maxDailyTurnoverBps` is in ten-thousandths of the seats.
    uint256 private constant BPS = 10_000;
    uint256 private constant CHECKPOINTS_PER_SLOT = 4;
    uint256 private constant MASK_32 = 0xFFFFFFFF;
    uint256 private constant MASK_40 = 0xFFFFFFFFFF;
    uint256 private constant MASK_96 = 0xFFFFFFFFFFFFFFFFFFFFFFFF;

    /// @dev A walk along the queue: where it is, how far it went, and the eligibility parameters (read once).
    struct Scan {
        uint256 pointer;
        uint256 length;
        uint256 scanned;
        uint256 minimumStake;
        /// @dev Bit `uint8(operator)` set for every operator that may be seated: a clear bit spares the seat search.
        uint256 seatedBloom;
    }

    /// @dev A rotation in progress: the seats in memory, who joined which seat, and the queue walk.
    struct Round {
        Seat[] seats;
        uint32[] newNodeIds;
        /// @dev Bit i: seat i changed occupant in this rotation.
        uint256 changed;
        /// @dev Bit i: seat i is empty (after the leaving were vacated), to be filled first.
        uint256 empty;
        /// @dev Bit i: seat i was replaced by rotation within the last 24 hours (not replaceable again yet).
        uint256 recent;
        /// @dev The first seat to replace: the longest-serving occupied seat not in `recent`, or `type(uint256).max`.
        uint256 oldest;
        uint256 recentSwaps;
        uint256 sequence;
        Scan scan;
    }

    /* ============ The turnover cap ============ */

    /**
     * @notice The most seats rotation may replace in any `TURNOVER_WINDOW`: `floor(activeSetSize × maxDailyTurnoverBps
     *         / 10,000)`. The manager stores it in `RotationState.turnoverCap` whenever either parameter changes, so
     *         that a rotation need not read the bps.
     * @dev    At most `activeSetSize` for bps up to 10,000: fits the state's 8-bit field for up to `MAX_SEATS` seats.
     */
    function turnoverCap(uint256 activeSetSize, uint256 maxDailyTurnoverBps) internal pure returns (uint256) {
        return activeSetSize * maxDailyTurnoverBps / BPS;
    }

    /* ============ The queue ============ */

    /**
     * @dev Appends `operator` to the queue (whose length `state` holds, as read by the caller) and writes the new
     *      length; returns its index.
     */
    function enqueue(NodeSelectionManager.NodeSelectionManagerStorage storage $, RotationState state, address operator)
        internal
        returns (uint256 index)
    {
        index = state.queueLength();
        $.queue[index] = operator;
        $.state = state.withQueueLength(index + 1);
    }

    /* ============ Rotation ============ */

    /**
     * @dev Starts the epoch containing `block.timestamp` (missed epochs keep the previous set), once the rotation is
     *      due (else `RotationNotDue`): vacates the seats of operators that left, fills every empty seat (not
     *      turnover), then replaces the longest-serving within the turnover cap; writes the state, the changed seats and
     *      their history, and emits `NodesRotated` (and `ActiveSetShort` when seats stay empty).
     */
    function rotate(NodeSelectionManager.NodeSelectionManagerStorage storage $) internal {
        RotationState state = $.state;
        uint256 epoch;
        uint256 next;
        {
            uint256 due = state.nextRotationAt();
            // forge-lint: disable-next-line(block-timestamp)
            if (block.timestamp < due) revert INodeSelectionManager.RotationNotDue(due);
            uint256 duration = state.epochDuration();
            // Missed epochs keep the previous set: jump to the epoch containing now. Cannot overflow: the fields are
            // at most 40 bits and `afterRotation` checks that the results fit theirs.
            unchecked {
                uint256 missed = (block.timestamp - due) / duration;
                epoch = state.currentEpoch() + 1 + missed;
                next = due + (missed + 1) * duration;
            }
        }

        Round memory round = _startRound($, state);
        // Empty seats first: they are not turnover.
        if (round.empty != 0) _fillEmptySeats($, round);
        // Then the longest-serving, within the turnover cap.
        _swapLongestServing($, round, state.turnoverCap(), rotationLimit(state));
        $.state = state.afterRotation(epoch, next, round.scan.pointer, round.sequence);

        // The changed seats and their history, then `NodesRotated` with the occupied seats' operators.
        Seat[32] storage seatSlots = $.seats;
        mapping(uint256 => uint256)[32] storage history = $.history;
        uint256 seatSlot;
        uint256 historySlot;
        assembly ("memory-safe") {
            seatSlot := seatSlots.slot
            historySlot := history.slot
        }
        _writeChanges(seatSlot, historySlot, round.seats, round.newNodeIds, round.changed, epoch);
        uint256 size = round.seats.length;
        uint256 members = _emitRotated(round.seats);
        // No `EpochStarted`: see its NatSpec.
        if (members < size) emit INodeSelectionManager.ActiveSetShort(epoch, members, size);
    }

    /**
     * @dev Marks `operator`'s seat, if it has one, to be emptied at the next rotation (join sequence zero): the seat
     *      keeps serving this epoch.
     */
    function markLeaving(NodeSelectionManager.NodeSelectionManagerStorage storage $, address operator) internal {
        (bool seated, uint256 index, Seat seat) = _findSeat($, operator);
        if (seated) {
            $.seats[index] = seat.withOccupant(operator, 0);
            emit INodeSelectionManager.SeatVacated(index, operator, false);
        }
    }

    /* ============ Views ============ */

    /// @dev The operators of the current seats, in seat order, empty seats left out.
    function activeOperators(NodeSelectionManager.NodeSelectionManagerStorage storage $)
        internal
        view
        returns (address[] memory active)
    {
        uint256 size = $.state.activeSetSize();
        active = new address[](size);
        uint256 members;
        for (uint256 i; i < size; ++i) {
            Seat seat = $.seats[i];
            if (!seat.isEmpty()) active[members++] = seat.operator();
        }
        assembly {
            mstore(active, members)
        }
    }

    /// @dev Whether node `nodeId` held a seat at the end of `epoch` (never node 0, the empty seat's).
    function isActiveAt(NodeSelectionManager.NodeSelectionManagerStorage storage $, uint32 nodeId, uint256 epoch)
        internal
        view
        returns (bool)
    {
        if (nodeId == 0) return false;
        uint256 seatCount = $.state.seatHighWater();
        for (uint256 i; i < seatCount; ++i) {
            (uint32 occupant,) = _occupantAt($, i, epoch);
            if (occupant == nodeId) return true;
        }
        return false;
    }

    /// @dev The seats rotation replaced within the `TURNOVER_WINDOW` up to now.
    function recentSwaps(NodeSelectionManager.NodeSelectionManagerStorage storage $)
        internal
        view
        returns (uint256 count)
    {
        uint256 size = $.state.activeSetSize();
        for (uint256 i; i < size; ++i) {
            if ($.seats[i].swappedWithinDay(block.timestamp)) ++count;
        }
    }

    /* ============ Internals ============ */

    /**
     * @dev Loads the seats, empties those whose operators left, counts the window's swaps and finds the longest-serving
     *      replaceable seat (the smallest join sequence among occupied seats not replaced in the last 24 hours).
     */
    function _startRound(NodeSelectionManager.NodeSelectionManagerStorage storage $, RotationState state)
        private
        view
        returns (Round memory round)
    {
        uint256 size = state.activeSetSize();
        Seat[] memory seats = new Seat[](size);
        round.seats = seats;
        round.newNodeIds = new uint32[](size);
        Seat[32] storage seatSlots = $.seats;
        uint256 base;
        assembly ("memory-safe") {
            base := seatSlots.slot
        }
        // Bits 0-31: `recent`; 32-63: `empty`; 64-95: `changed`; from 96: the number of recent swaps.
        uint256 masks;
        uint256 oldest = type(uint256).max;
        uint256 bloom;
        // `shl(i, 1)` is `1 << i`, a one-bit mask: the constant is the value shifted, as meant. Slither's
        // incorrect-shift flags every constant shifted by a variable, taking it for swapped operands.
        // slither-disable-start incorrect-shift
        assembly ("memory-safe") {
            let best := not(0)
            for { let i := 0 } lt(i, size) { i := add(i, 1) } {
                let seat := sload(add(base, i))
                let sequence := shr(224, shl(64, seat))
                // `lastSwapAt` (bits 192-223) within the last 24 hours, or zero in the first day of the chain.
                let swappedAt := shr(224, shl(32, seat))
                switch or(
                    gt(add(swappedAt, TURNOVER_WINDOW), timestamp()),
                    iszero(mul(sequence, shr(96, shl(96, seat))))
                )
                case 0 {
                    // The common case: occupied, staying, not replaced in the last 24 hours.
                    bloom := or(bloom, shl(and(seat, 0xff), 1))
                    if lt(sequence, best) {
                        best := sequence
                        oldest := i
                    }
                }
                default {
                    let recent := 0
                    if gt(add(swappedAt, TURNOVER_WINDOW), timestamp()) {
                        if swappedAt {
                            recent := 1
                            masks := add(or(masks, shl(i, 1)), shl(96, 1))
                        }
                    }
                    switch shr(96, shl(96, seat))
                    case 0 { masks := or(masks, shl(add(i, 32), 1)) }
                    default {
                        switch sequence
                        case 0 {
                            // Join sequence zero: its operator left; empty it (swap time and history kept).
                            seat := and(seat, not(0xffffffffffffffffffffffffffffffffffffffffffffffff))
                            masks := or(masks, or(shl(add(i, 32), 1), shl(add(i, 64), 1)))
                        }
                        default {
                            bloom := or(bloom, shl(and(seat, 0xff), 1))
                            if iszero(recent) {
                                if lt(sequence, best) {
                                    best := sequence
                                    oldest := i
                                }
                            }
                        }
                    }
                }
                mstore(add(seats, shl(5, add(i, 1))), seat)
            }
        }
        // slither-disable-end incorrect-shift
        round.recent = masks & MASK_32;
        round.empty = (masks >> 32) & MASK_32;
        round.changed = (masks >> 64) & MASK_32;
        round.recentSwaps = masks >> 96;
        round.oldest = oldest;
        round.scan.pointer = state.queuePointer();
        round.scan.length = state.queueLength();
        round.scan.minimumStake = state.minimumStake();
        round.scan.seatedBloom = bloom;
        round.sequence = state.joinSequence();
    }

    function _fillEmptySeats(NodeSelectionManager.NodeSelectionManagerStorage storage $, Round memory round)
        private
        view
        returns (uint256 filled)
    {
        Seat[] memory seats = round.seats;
        uint256 empty = round.empty;
        for (uint256 i; i < seats.length; ++i) {
            if (empty & (uint256(1) << i) == 0) continue;
            (address operator, uint32 nodeId) = _nextCandidate($, round.scan, seats);
            if (operator == address(0)) break;
            seats[i] = seats[i].withOccupant(operator, ++round.sequence);
            round.newNodeIds[i] = nodeId;
            round.changed |= uint256(1) << i;
            round.scan.seatedBloom |= _bloomBit(operator);
            ++filled;
        }
    }

    /**
     * @dev How many seats one rotation may replace, before the window's count: the cap spread evenly over the epochs
     *      of a window, `floor(cap × epochDuration / 24 h)`, at least 1 when the cap is not zero (so with the defaults,
     *      a cap of 2 per day and 12-hour epochs, one swap per epoch rather than two every other epoch).
     */
    function rotationLimit(RotationState state) internal pure returns (uint256) {
        uint256 cap = state.turnoverCap();
        uint256 perRotation;
        // Cannot overflow: an 8-bit cap times a 24-bit duration.
        unchecked {
            perRotation = cap * state.epochDuration() / TURNOVER_WINDOW;
        }
        if (perRotation > cap) return cap;
        return perRotation == 0 && cap != 0 ? 1 : perRotation;
    }

    /// @dev Replaces up to `limit` longest-serving seats, never more than the window's cap allows.
    function _swapLongestServing(
        NodeSelectionManager.NodeSelectionManagerStorage storage $,
        Round memory round,
        uint256 cap,
        uint256 limit
    ) private view returns (uint256 swaps) {
        Seat[] memory seats = round.seats;
        while (swaps < limit && round.recentSwaps + swaps < cap) {
            // The first is known from loading; later ones exclude the seats changed since.
            uint256 oldest = swaps == 0 ? round.oldest : _longestServing(seats, round.changed | round.recent);
            if (oldest == type(uint256).max) break;
            (address operator, uint32 nodeId) = _nextCandidate($, round.scan, seats);
            if (operator == address(0)) break;
            seats[oldest] = seats[oldest].replacedBy(operator, ++round.sequence, block.timestamp);
            round.newNodeIds[oldest] = nodeId;
            round.changed |= uint256(1) << oldest;
            round.scan.seatedBloom |= _bloomBit(operator);
            ++swaps;
        }
    }

    /**
     * @dev For each seat in `changed`: appends checkpoint `(epoch, nodeId)` to its history (seat `i`'s words are the
     *      mapping at `historySlot + i`, checkpoint `k` at bits `64 × (k % 4)` of word `k / 4`) and writes the seat
     *      (at `seatSlot + i`) with its checkpoint count (bits 224-255) one higher. The count cannot overflow: a seat
     *      gets at most one checkpoint per epoch (`_recordNow` replaces within one) and epochs fit 32 bits.
     *      `epoch` must fit 32 bits (the rotation state checked it).
     */
    function _writeChanges(
        uint256 seatSlot,
        uint256 historySlot,
        Seat[] memory seats,
        uint32[] memory newNodeIds,
        uint256 changed,
        uint256 epoch
    ) private {
        // `shl(i, 1)` is `1 << i`, seat i's bit in `changed`: the constant is the value shifted, as meant.
        // slither-disable-start incorrect-shift
        assembly ("memory-safe") {
            for { let i := 0 } changed { i := add(i, 1) } {
                if and(changed, shl(i, 1)) {
                    changed := xor(changed, shl(i, 1))
                    let seat := mload(add(seats, shl(5, add(i, 1))))
                    let count := shr(224, seat)
                    mstore(0, shr(2, count))
                    mstore(0x20, add(historySlot, i))
                    let slot := keccak256(0, 0x40)
                    let shift := shl(6, and(count, 3))
                    let nodeId := and(mload(add(newNodeIds, shl(5, add(i, 1)))), 0xffffffff)
                    let checkpoint := shl(shift, or(epoch, shl(32, nodeId)))
                    // A new word is all zero: no need to read it.
                    switch shift
                    case 0 { sstore(slot, checkpoint) }
                    default { sstore(slot, or(sload(slot), checkpoint)) }
                    sstore(add(seatSlot, i), add(seat, shl(224, 1)))
                }
            }
        }
        // slither-disable-end incorrect-shift
    }

    /**
     * @dev Emits `NodesRotated(address[] newActiveNodes, uint256 timestamp)` with the occupied seats' operators in seat
     *      order, encoded in place (the array's offset, the timestamp, its length, the operators); returns their number.
     */
    function _emitRotated(Seat[] memory seats) private returns (uint256 members) {
        bytes32 topic = INodeSelectionManager.NodesRotated.selector;
        assembly ("memory-safe") {
            let out := mload(0x40)
            mstore(out, 0x40)
            mstore(add(out, 0x20), timestamp())
            let list := add(out, 0x60)
            let end := add(seats, shl(5, add(mload(seats), 1)))
            for { let p := add(seats, 0x20) } lt(p, end) { p := add(p, 0x20) } {
                let operator := and(mload(p), 0xffffffffffffffffffffffffffffffffffffffff)
                if operator {
                    mstore(add(list, shl(5, members)), operator)
                    members := add(members, 1)
                }
            }
            mstore(add(out, 0x40), members)
            log1(out, add(0x60, shl(5, members)), topic)
        }
    }

    /**
     * @dev The next eligible candidate from the scan's pointer on (registered at that entry, past its waiting period,
     *      staked enough, not seated), moving the pointer past every entry inspected; zero when `MAX_QUEUE_SCAN`
     *      entries, or the whole queue, were inspected without one.
     */
    function _nextCandidate(
        NodeSelectionManager.NodeSelectionManagerStorage storage $,
        Scan memory scan,
        Seat[] memory seats
    ) private view returns (address, uint32) {
        mapping(uint256 => address) storage queue = $.queue;
        mapping(address => INodeSelectionManager.Candidate) storage candidates = $.candidates;
        while (scan.scanned < MAX_QUEUE_SCAN && scan.scanned < scan.length) {
            uint256 index = scan.pointer;
            scan.pointer = index + 1 == scan.length ? 0 : index + 1;
            ++scan.scanned;
            address operator;
            uint256 record;
            // The queue entry, then the operator's `Candidate` slot, each read once.
            assembly ("memory-safe") {
                mstore(0, index)
                mstore(0x20, queue.slot)
                operator := sload(keccak256(0, 0x40))
                mstore(0, operator)
                mstore(0x20, candidates.slot)
                record := sload(keccak256(0, 0x40))
            }
            // `Candidate`: stake bits 0-95, nodeId 96-127, eligibleAt 128-167, queueIndex 168-199, registered 240.
            if ((record >> 240) & 0xFF == 0 || (record >> 168) & MASK_32 != index) continue;
            // forge-lint: disable-next-line(block-timestamp)
            if ((record >> 128) & MASK_40 > block.timestamp) continue;
            if (
                record & MASK_96 < scan.minimumStake && !_poolEligible($, operator, record & MASK_96, scan.minimumStake)
            ) {
                continue;
            }
            if (scan.seatedBloom & _bloomBit(operator) != 0 && _isSeated(seats, operator)) continue;
            // casting to 'uint32' is safe because it selects the record's 32-bit node id by design
            // forge-lint: disable-next-line(unsafe-typecast)
            return (operator, uint32(record >> 96));
        }
        return (address(0), 0);
    }

    /**
     * @dev Whether `operator`, whose own stake is below the minimum, is eligible through its delegated pool: only then is
     *      the delegation contract asked (one call per such candidate scanned, bounded by `MAX_QUEUE_SCAN`), so an
     *      operator staking the whole minimum itself costs a rotation nothing more.
     */
    function _poolEligible(
        NodeSelectionManager.NodeSelectionManagerStorage storage $,
        address operator,
        uint256 ownStake,
        uint256 minimum
    ) private view returns (bool) {
        address delegation = $.delegation;
        return delegation != address(0) && IDelegation(delegation).isEligible(operator, ownStake, minimum);
    }

    /// @dev `operator`'s bit in a `Scan.seatedBloom`: its lowest 8 bits select one of 256.
    function _bloomBit(address operator) private pure returns (uint256) {
        return uint256(1) << (uint160(operator) & 0xFF);
    }

    function _isSeated(Seat[] memory seats, address operator) private pure returns (bool seated) {
        assembly ("memory-safe") {
            operator := and(operator, 0xffffffffffffffffffffffffffffffffffffffff)
            let data := add(seats, 0x20)
            let end := add(data, shl(5, mload(seats)))
            for { let p := data } lt(p, end) { p := add(p, 0x20) } {
                // An address against an address: equality is the test (incorrect-equality). Slither's taint reaches
                // it through the seat word's other fields, which hold timestamps.
                // slither-disable-next-line incorrect-equality
                if eq(and(mload(p), 0xffffffffffffffffffffffffffffffffffffffff), operator) {
                    seated := 1
                    break
                }
            }
        }
    }

    /**
     * @dev The occupied seat with the smallest join sequence among those not in `excluded` (changed in this rotation,
     *      or replaced by rotation in the last 24 hours: a seat is replaced at most once per window, which is what lets
     *      the seats' last swap times count the window's turnover exactly); `type(uint256).max` when none.
     */
    function _longestServing(Seat[] memory seats, uint256 excluded) private pure returns (uint256 oldest) {
        oldest = type(uint256).max;
        uint256 best = type(uint256).max;
        for (uint256 i; i < seats.length; ++i) {
            Seat seat = seats[i];
            if (seat.isEmpty() || excluded & (uint256(1) << i) != 0) continue;
            uint256 sequence = seat.joinSequence();
            if (sequence < best) {
                best = sequence;
                oldest = i;
            }
        }
    }

    /// @dev Seat `index`'s record with checkpoint `(epoch, nodeId)` appended to its history (written here).
    function _appendCheckpoint(
        NodeSelectionManager.NodeSelectionManagerStorage storage $,
        uint256 index,
        Seat seat,
        uint256 epoch,
        uint32 nodeId
    ) private returns (Seat) {
        uint256 count = seat.checkpointCount();
        mapping(uint256 => uint256) storage seatHistory = $.history[index];
        assembly ("memory-safe") {
            let shift := shl(6, and(count, 3))
            mstore(0, shr(2, count))
            mstore(0x20, seatHistory.slot)
            let slot := keccak256(0, 0x40)
            let checkpoint := shl(shift, or(epoch, shl(32, and(nodeId, 0xffffffff))))
            // A new word is all zero: no need to read it.
            switch shift
            case 0 { sstore(slot, checkpoint) }
            default { sstore(slot, or(sload(slot), checkpoint)) }
        }
        return seat.withCheckpointCount(count + 1);
    }

    /**
     * @dev Records seat `index`'s occupant `nodeId` from `epoch` on, outside a rotation: replaces the last checkpoint
     *      when it is already of `epoch` (the history keeps each epoch's last occupant), else appends.
     */
    function _recordNow(
        NodeSelectionManager.NodeSelectionManagerStorage storage $,
        uint256 index,
        Seat seat,
        uint256 epoch,
        uint32 nodeId
    ) private returns (Seat) {
        uint256 count = seat.checkpointCount();
        if (count != 0) {
            uint256 last = count - 1;
            uint256 word = last / CHECKPOINTS_PER_SLOT;
            uint256 shift = (last % CHECKPOINTS_PER_SLOT) * 64;
            uint256 value = $.history[index][word];
            if ((value >> shift) & MASK_32 == epoch) {
                uint256 cleared = value & ~(uint256(type(uint64).max) << shift);
                $.history[index][word] = cleared | ((epoch | (uint256(nodeId) << 32)) << shift);
                return seat;
            }
        }
        return _appendCheckpoint($, index, seat, epoch, nodeId);
    }

    /// @dev Empties `operator`'s seat at once, if it has one, and refills it at once (not turnover).
    function vacateAndRefill(NodeSelectionManager.NodeSelectionManagerStorage storage $, address operator) internal {
        RotationState state = $.state;
        uint256 size = state.activeSetSize();
        Seat[] memory seats = new Seat[](size);
        uint256 index = type(uint256).max;
        for (uint256 i; i < size; ++i) {
            seats[i] = $.seats[i];
            if (seats[i].operator() == operator && !seats[i].isEmpty()) index = i;
        }
        if (index == type(uint256).max) return;
        emit INodeSelectionManager.SeatVacated(index, operator, true);
        seats[index] = seats[index].withOccupant(address(0), 0);

        Scan memory scan = Scan({
            pointer: state.queuePointer(),
            length: state.queueLength(),
            scanned: 0,
            minimumStake: state.minimumStake(),
            seatedBloom: type(uint256).max
        });
        (address next, uint32 nodeId) = _nextCandidate($, scan, seats);
        uint256 epoch = state.currentEpoch();
        uint256 sequence = state.joinSequence();
        if (next != address(0)) {
            seats[index] = seats[index].withOccupant(next, ++sequence);
            emit INodeSelectionManager.SeatFilled(index, next, nodeId);
        } else {
            emit INodeSelectionManager.ActiveSetShort(epoch, _members(seats), size);
        }
        $.seats[index] = _recordNow($, index, seats[index], epoch, nodeId);
        $.state = state.withQueuePointer(scan.pointer).withJoinSequence(sequence);
    }

    /**
     * @dev Empties seats `[size, previous)` after the set shrank. Their recent swap times move to the kept seats that
     *      hold the oldest ones, so that the turnover of the current window stays counted (conservatively: the kept
     *      seats then hold the most recent swap times of all).
     */
    function dropSeats(
        NodeSelectionManager.NodeSelectionManagerStorage storage $,
        uint256 epoch,
        uint256 size,
        uint256 previous
    ) internal {
        Seat[] memory kept = new Seat[](size);
        for (uint256 i; i < size; ++i) {
            kept[i] = $.seats[i];
        }
        uint256 moved = 0;
        for (uint256 i = size; i < previous; ++i) {
            Seat seat = $.seats[i];
            uint256 swappedAt = seat.lastSwapAt();
            if (seat.swappedWithinDay(block.timestamp)) {
                uint256 target = 0;
                for (uint256 k = 1; k < size; ++k) {
                    if (kept[k].lastSwapAt() < kept[target].lastSwapAt()) target = k;
                }
                if (kept[target].lastSwapAt() < swappedAt) {
                    kept[target] = kept[target].withLastSwapAt(swappedAt);
                    moved |= uint256(1) << target;
                }
            }
            if (!seat.isEmpty()) {
                emit INodeSelectionManager.SeatVacated(i, seat.operator(), true);
                seat = _recordNow($, i, seat.withOccupant(address(0), 0), epoch, 0);
            }
            $.seats[i] = seat.withLastSwapAt(0);
        }
        for (uint256 i; i < size; ++i) {
            if (moved & (uint256(1) << i) != 0) $.seats[i] = kept[i];
        }
    }

    function _findSeat(NodeSelectionManager.NodeSelectionManagerStorage storage $, address operator)
        private
        view
        returns (bool, uint256, Seat)
    {
        uint256 size = $.state.activeSetSize();
        for (uint256 i; i < size; ++i) {
            Seat seat = $.seats[i];
            if (!seat.isEmpty() && seat.operator() == operator) return (true, i, seat);
        }
        return (false, 0, Seat.wrap(0));
    }

    function _members(Seat[] memory seats) private pure returns (uint256 members) {
        for (uint256 i; i < seats.length; ++i) {
            if (!seats[i].isEmpty()) ++members;
        }
    }

    /// @dev The node ids and operators of every seat at the end of `epoch`, empty seats left out, in seat order.
    function setAt(NodeSelectionManager.NodeSelectionManagerStorage storage $, uint256 epoch)
        internal
        view
        returns (uint32[] memory nodeIds, address[] memory operators)
    {
        uint256 seatCount = $.state.seatHighWater();
        nodeIds = new uint32[](seatCount);
        operators = new address[](seatCount);
        uint256 members;
        for (uint256 i; i < seatCount; ++i) {
            (uint32 nodeId, address operator) = _occupantAt($, i, epoch);
            if (nodeId != 0) {
                nodeIds[members] = nodeId;
                operators[members] = operator;
                ++members;
            }
        }
        assembly {
            mstore(nodeIds, members)
            mstore(operators, members)
        }
    }

    /**
     * @dev Seat `index`'s occupant at the end of `epoch` and its operator. Recent epochs (the seat has not changed
     *      since) read the seat and its latest checkpoint only, the seat giving the operator; older ones search the
     *      history and read the node's operator.
     */
    function _occupantAt(NodeSelectionManager.NodeSelectionManagerStorage storage $, uint256 index, uint256 epoch)
        private
        view
        returns (uint32 nodeId, address operator)
    {
        Seat seat = $.seats[index];
        uint256 count = seat.checkpointCount();
        if (count == 0) return (0, address(0));
        mapping(uint256 => uint256) storage seatHistory = $.history[index];
        uint256 last = count - 1;
        uint256 latest = seatHistory[last / CHECKPOINTS_PER_SLOT] >> ((last % CHECKPOINTS_PER_SLOT) * 64);
        if (latest & MASK_32 <= epoch) {
            // casting to 'uint32' is safe because it selects the checkpoint's 32-bit node id by design
            // forge-lint: disable-next-line(unsafe-typecast)
            nodeId = uint32(latest >> 32);
            return (nodeId, nodeId == 0 ? address(0) : seat.operator());
        }
        // First checkpoint whose epoch is after `epoch`, in [low, high): the latest one is, already.
        uint256 low = 0;
        uint256 high = last;
        while (low < high) {
            uint256 mid = (low + high) / 2;
            uint256 checkpoint = seatHistory[mid / CHECKPOINTS_PER_SLOT] >> ((mid % CHECKPOINTS_PER_SLOT) * 64);
            if (checkpoint & MASK_32 > epoch) high = mid;
            else low = mid + 1;
        }
        if (low == 0) return (0, address(0));
        uint256 found = low - 1;
        uint256 value = seatHistory[found / CHECKPOINTS_PER_SLOT] >> ((found % CHECKPOINTS_PER_SLOT) * 64);
        // casting to 'uint32' is safe because it selects the checkpoint's 32-bit node id by design
        // forge-lint: disable-next-line(unsafe-typecast)
        nodeId = uint32(value >> 32);
        if (nodeId != 0) operator = $.operatorOfNode[nodeId];
    }
}
