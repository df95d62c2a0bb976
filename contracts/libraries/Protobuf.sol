// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/**
 * @title  Protobuf
 * @notice The protobuf reads misbehavior evidence needs, over calldata, with protobuf-go's rules (what xmtpd and
 *         every node parse with): bytes it accepts are read to the same values, bytes it refuses revert here.
 *         - A key at message level names a field 1 to 2^29 − 1 and a wire type 0, 1, 2, 3 or 5; an end-group tag
 *           there, or wire type 6 or 7 anywhere, is refused.
 *         - Fields the reader does not know, and known fields with another wire type than their own, are skipped
 *           by their wire type, groups included: tags up to the end-group tag of the same field, nested up to
 *           10,001 groups open at once (protobuf-go's limit), field numbers inside a group up to 2^31 − 1.
 *         - A varint has at most 10 bytes and its tenth byte only bit 63; over-long encodings are accepted.
 * @dev    Callers decide which (field, wire type) pairs they read; everything else goes to `skip`. Every malformed
 *         input reverts with one of the errors below, never a panic.
 */
library Protobuf {
    uint256 internal constant WIRE_VARINT = 0;
    uint256 internal constant WIRE_FIXED64 = 1;
    uint256 internal constant WIRE_BYTES = 2;
    uint256 internal constant WIRE_START_GROUP = 3;
    uint256 internal constant WIRE_END_GROUP = 4;
    uint256 internal constant WIRE_FIXED32 = 5;

    /// @dev protobuf-go refuses a message-level key above this field number (`protowire.MaxValidNumber`).
    uint256 internal constant MAX_FIELD_NUMBER = (1 << 29) - 1;

    /// @dev Inside a skipped group protobuf-go only refuses field numbers that overflow an int32 (`DecodeTag`).
    uint256 internal constant MAX_GROUP_FIELD_NUMBER = (1 << 31) - 1;

    /// @dev protobuf-go skips a group with a recursion budget of 10,000 that may reach 0: 10,001 groups open at once.
    uint256 internal constant MAX_OPEN_GROUPS = 10_001;

    /// @notice A read ran past the end of the bytes, or they end inside a group.
    error ProtobufTruncated();

    /// @notice A varint is longer than 10 bytes or overflows 64 bits.
    error ProtobufVarintTooLong();

    /// @notice A key names field number 0, or one above the limit where it stands.
    error ProtobufInvalidFieldNumber();

    /// @notice A key names the reserved wire type 6 or 7.
    error ProtobufUnsupportedWireType(uint256 wireType);

    /// @notice An end-group tag of `field` closes no open group (at message level), or not the innermost one.
    error ProtobufUnexpectedEndGroup(uint256 field);

    /// @notice More than 10,001 groups are open at once.
    error ProtobufGroupTooDeep();

    /// @dev The varint at `offset` and the offset after it.
    function readVarint(bytes calldata data, uint256 offset) internal pure returns (uint256 value, uint256 next) {
        uint256 length = data.length;
        for (uint256 i; i < 10; ++i) {
            if (offset >= length) revert ProtobufTruncated();
            uint256 b = uint8(data[offset++]);
            // The tenth byte carries bit 63 only, and ends the varint.
            if (i == 9 && b > 1) revert ProtobufVarintTooLong();
            value |= (b & 0x7f) << (7 * i);
            if (b < 0x80) return (value, offset);
        }
        revert ProtobufVarintTooLong();
    }

    /// @dev The bounds `[start, end)` of the length-delimited value at `offset` (its end is the next offset).
    function readBytes(bytes calldata data, uint256 offset) internal pure returns (uint256 start, uint256 end) {
        uint256 length;
        (length, start) = readVarint(data, offset);
        if (length > data.length - start) revert ProtobufTruncated();
        end = start + length;
    }

    /**
     * @dev From `offset` in a message, skips every field whose key (`field << 3 | wire type`) is not a set bit of
     *      `wantedKeys`, groups included, as protobuf-go skips unknown fields, and returns the first wanted key with the
     *      offset after it; `(0, data.length)` at the end of the message. Only keys below 256 (fields 1 to 31) can be
     *      wanted; a key encoded in more bytes than it needs is the same key.
     *
     *      Assembly: a skipped field costs its reporter gas in proportion to its bytes, and a dishonest node chooses
     *      them, unknown fields and groups nested 10,001 deep included. Plain Solidity spends ~700 gas a byte here
     *      (~19 M gas for the deepest nesting protobuf-go accepts); this loop ~50. `ProtobufReference` in the tests is
     *      the plain twin it is fuzzed against.
     */
    function nextWanted(bytes calldata data, uint256 offset, uint256 wantedKeys)
        internal
        pure
        returns (uint256 key, uint256 next)
    {
        uint256 failure;
        uint256 detail;
        assembly ("memory-safe") {
            // The varint at calldata position `p` (reads stop at `end`): its value, the position after it, and an
            // error code: 0 none, 1 truncated, 2 longer than 10 bytes or above 2^64 - 1.
            function varint(p, end) -> value, after, err {
                for { let shift := 0 } 1 { shift := add(shift, 7) } {
                    if iszero(lt(p, end)) {
                        err := 1
                        break
                    }
                    let b := byte(0, calldataload(p))
                    p := add(p, 1)
                    // The tenth byte (shift 63) may carry bit 63 only, and then ends the varint.
                    if and(eq(shift, 63), gt(b, 1)) {
                        err := 2
                        break
                    }
                    value := or(value, shl(shift, and(b, 0x7f)))
                    if lt(b, 0x80) { break }
                }
                after := p
            }

            let start := data.offset
            let end := add(start, data.length)
            let p := add(start, offset)
            // The open groups' field numbers, 4 bytes each, in memory past the free memory pointer: nothing else is
            // allocated until this block ends, so it is scratch space (at most 10,001 × 4 bytes).
            let open := mload(0x40)
            let depth := 0
            // protobuf-go: a message-level field number is 1 to 2^29 - 1; inside a skipped group it only has to fit
            // an int32 (`ConsumeTag`).
            let maxField := 0x1fffffff
            for {} 1 {} {
                if iszero(lt(p, end)) {
                    // The message may end at message level; inside a group the bytes must go on to its end tag.
                    if depth { failure := 1 }
                    break
                }
                let k := byte(0, calldataload(p))
                // Most keys take one byte (fields 1 to 15): no varint loop, and no field number above the limits.
                switch lt(k, 0x80)
                case 1 {
                    p := add(p, 1)
                    if lt(k, 8) {
                        failure := 3
                        break
                    }
                }
                default {
                    let q, err
                    k, q, err := varint(p, end)
                    if err {
                        failure := err
                        break
                    }
                    p := q
                    if or(lt(k, 8), gt(shr(3, k), maxField)) {
                        failure := 3
                        break
                    }
                }
                let wireType := and(k, 7)
                if iszero(depth) {
                    if eq(wireType, 4) {
                        failure := 5
                        detail := shr(3, k)
                        break
                    }
                    // A wanted key (never of wire type 6 or 7) ends the skipping; SHR by 256 or more gives zero.
                    if and(shr(k, wantedKeys), 1) {
                        key := k
                        break
                    }
                }
                switch wireType
                case 0 {
                    // One-byte values are the common case here too.
                    switch and(lt(p, end), lt(byte(0, calldataload(p)), 0x80))
                    case 1 { p := add(p, 1) }
                    default {
                        let ignored, q, err := varint(p, end)
                        if err {
                            failure := err
                            break
                        }
                        p := q
                    }
                }
                case 1 {
                    p := add(p, 8)
                    if gt(p, end) {
                        failure := 1
                        break
                    }
                }
                case 2 {
                    let length, q, err := varint(p, end)
                    if err {
                        failure := err
                        break
                    }
                    if gt(length, sub(end, q)) {
                        failure := 1
                        break
                    }
                    p := add(q, length)
                }
                case 3 {
                    if eq(depth, 10001) {
                        failure := 6
                        break
                    }
                    // The number in the top 4 bytes of the word at its index; the word's other bytes lie above the
                    // top of the stack.
                    mstore(add(open, shl(2, depth)), shl(224, shr(3, k)))
                    depth := add(depth, 1)
                    maxField := 0x7fffffff
                }
                case 4 {
                    depth := sub(depth, 1)
                    // The start tag stored its field number.
                    if iszero(eq(shr(224, mload(add(open, shl(2, depth)))), shr(3, k))) {
                        failure := 5
                        detail := shr(3, k)
                        break
                    }
                    if iszero(depth) { maxField := 0x1fffffff }
                }
                case 5 {
                    p := add(p, 4)
                    if gt(p, end) {
                        failure := 1
                        break
                    }
                }
                default {
                    failure := 4
                    detail := wireType
                    break
                }
            }
            next := sub(p, start)
        }
        if (failure != 0) _revertWith(failure, detail);
    }

    /// @dev Reverts with the error of `nextWanted`'s code.
    function _revertWith(uint256 failure, uint256 detail) private pure {
        if (failure == 1) revert ProtobufTruncated();
        if (failure == 2) revert ProtobufVarintTooLong();
        if (failure == 3) revert ProtobufInvalidFieldNumber();
        if (failure == 4) revert ProtobufUnsupportedWireType(detail);
        if (failure == 5) revert ProtobufUnexpectedEndGroup(detail);
        revert ProtobufGroupTooDeep();
    }
}
