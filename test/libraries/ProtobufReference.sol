// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Protobuf} from "../../contracts/libraries/Protobuf.sol";

/**
 * @notice The plain-Solidity twin of `Protobuf.nextWanted`'s assembly, written the obvious way (a key, then a skip
 *         by wire type, groups on a memory stack), for the differential fuzz test. Same errors, same arguments.
 */
library ProtobufReference {
    function nextWanted(bytes calldata data, uint256 offset, uint256 wantedKeys)
        internal
        pure
        returns (uint256 key, uint256 next)
    {
        while (offset < data.length) {
            uint256 k;
            (k, offset) = Protobuf.readVarint(data, offset);
            uint256 field = k >> 3;
            uint256 wireType = k & 7;
            if (field == 0 || field > Protobuf.MAX_FIELD_NUMBER) revert Protobuf.ProtobufInvalidFieldNumber();
            if (wireType == Protobuf.WIRE_END_GROUP) revert Protobuf.ProtobufUnexpectedEndGroup(field);
            if (k < 256 && (wantedKeys >> k) & 1 == 1) return (k, offset);
            if (wireType == Protobuf.WIRE_START_GROUP) offset = _skipGroup(data, offset, field);
            else offset = _skipValue(data, offset, wireType);
        }
        return (0, data.length);
    }

    function _skipValue(bytes calldata data, uint256 offset, uint256 wireType) private pure returns (uint256 next) {
        if (wireType == Protobuf.WIRE_VARINT) {
            (, next) = Protobuf.readVarint(data, offset);
        } else if (wireType == Protobuf.WIRE_BYTES) {
            (, next) = Protobuf.readBytes(data, offset);
        } else if (wireType == Protobuf.WIRE_FIXED64 || wireType == Protobuf.WIRE_FIXED32) {
            uint256 size = wireType == Protobuf.WIRE_FIXED64 ? 8 : 4;
            if (size > data.length - offset) revert Protobuf.ProtobufTruncated();
            next = offset + size;
        } else {
            revert Protobuf.ProtobufUnsupportedWireType(wireType);
        }
    }

    function _skipGroup(bytes calldata data, uint256 offset, uint256 field) private pure returns (uint256) {
        uint256[] memory open = new uint256[](Protobuf.MAX_OPEN_GROUPS);
        uint256 depth = 1;
        open[0] = field;
        while (true) {
            uint256 k;
            (k, offset) = Protobuf.readVarint(data, offset);
            uint256 inner = k >> 3;
            uint256 wireType = k & 7;
            if (inner == 0 || inner > Protobuf.MAX_GROUP_FIELD_NUMBER) revert Protobuf.ProtobufInvalidFieldNumber();
            if (wireType == Protobuf.WIRE_END_GROUP) {
                if (open[depth - 1] != inner) revert Protobuf.ProtobufUnexpectedEndGroup(inner);
                if (--depth == 0) return offset;
            } else if (wireType == Protobuf.WIRE_START_GROUP) {
                if (depth == Protobuf.MAX_OPEN_GROUPS) revert Protobuf.ProtobufGroupTooDeep();
                open[depth++] = inner;
            } else {
                offset = _skipValue(data, offset, wireType);
            }
        }
        return offset;
    }
}
