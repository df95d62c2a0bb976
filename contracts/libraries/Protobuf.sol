// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/**
 * @title  Protobuf
 * @notice The few protobuf reads misbehavior evidence needs, over calldata: keys, varints, length-delimited fields and
 *         skipping unknown fields. Every malformed input reverts with one of the errors below, never a panic.
 * @dev    Wire types 0 (varint), 1 (64-bit), 2 (length-delimited) and 5 (32-bit) are read; the group wire types 3 and 4
 *         and the undefined 6 and 7 are refused. A varint has at most 10 bytes and, in its tenth, only the lowest bit.
 */
library Protobuf {
    uint256 internal constant WIRE_VARINT = 0;
    uint256 internal constant WIRE_FIXED64 = 1;
    uint256 internal constant WIRE_BYTES = 2;
    uint256 internal constant WIRE_FIXED32 = 5;

    /// @notice A read ran past the end of the bytes.
    error ProtobufTruncated();

    /// @notice A varint is longer than 10 bytes or overflows 64 bits.
    error ProtobufVarintTooLong();

    /// @notice A field uses a wire type this reader does not accept.
    error ProtobufUnsupportedWireType(uint256 wireType);

    /// @notice A key names field number 0.
    error ProtobufInvalidFieldNumber();

    /// @notice A known field's value does not fit its type.
    error ProtobufValueOutOfRange(uint256 field);

    /// @notice A known field came with another wire type than its own.
    error ProtobufWrongWireType(uint256 field);

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

    /// @dev The key at `offset`: its field number and wire type, and the offset after it.
    function readKey(bytes calldata data, uint256 offset)
        internal
        pure
        returns (uint256 field, uint256 wireType, uint256 next)
    {
        uint256 key;
        (key, next) = readVarint(data, offset);
        field = key >> 3;
        wireType = key & 7;
        if (field == 0) revert ProtobufInvalidFieldNumber();
        if (wireType == 3 || wireType == 4 || wireType > 5) revert ProtobufUnsupportedWireType(wireType);
    }

    /// @dev The bounds `[start, end)` of the length-delimited value at `offset` (its end is the next offset).
    function readBytes(bytes calldata data, uint256 offset) internal pure returns (uint256 start, uint256 end) {
        uint256 length;
        (length, start) = readVarint(data, offset);
        if (length > data.length - start) revert ProtobufTruncated();
        end = start + length;
    }

    /// @dev The offset after a value of `wireType` at `offset` (a key already read).
    function skip(bytes calldata data, uint256 offset, uint256 wireType) internal pure returns (uint256 next) {
        if (wireType == WIRE_VARINT) {
            (, next) = readVarint(data, offset);
        } else if (wireType == WIRE_BYTES) {
            (, next) = readBytes(data, offset);
        } else {
            uint256 size = wireType == WIRE_FIXED64 ? 8 : 4;
            if (size > data.length - offset) revert ProtobufTruncated();
            next = offset + size;
        }
    }

    /// @dev A varint field's value, checked against its wire type and `max`.
    function readUint(bytes calldata data, uint256 offset, uint256 field, uint256 wireType, uint256 max)
        internal
        pure
        returns (uint256 value, uint256 next)
    {
        if (wireType != WIRE_VARINT) revert ProtobufWrongWireType(field);
        (value, next) = readVarint(data, offset);
        if (value > max) revert ProtobufValueOutOfRange(field);
    }

    /// @dev A length-delimited field's bounds, checked against its wire type.
    function readField(bytes calldata data, uint256 offset, uint256 field, uint256 wireType)
        internal
        pure
        returns (uint256 start, uint256 end)
    {
        if (wireType != WIRE_BYTES) revert ProtobufWrongWireType(field);
        return readBytes(data, offset);
    }
}
