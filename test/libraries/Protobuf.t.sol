// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Envelopes} from "../../contracts/libraries/Envelopes.sol";
import {Protobuf} from "../../contracts/libraries/Protobuf.sol";
import {EnvelopeBuilder} from "../utils/EnvelopeBuilder.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Exposes the readers to external calls, so that a test can see how they fail.
contract ProtobufReader {
    function readVarint(bytes calldata data) external pure returns (uint256 value, uint256 next) {
        return Protobuf.readVarint(data, 0);
    }

    function parseOriginator(bytes calldata data) external pure returns (Envelopes.OriginatorEnvelope memory) {
        return Envelopes.parseOriginator(data);
    }

    function parsePayer(bytes calldata data) external pure returns (Envelopes.PayerEnvelope memory) {
        return Envelopes.parsePayer(data, 0, data.length);
    }
}

/// @notice The protobuf reader: round trips, and malformed input that fails with a named error, never a panic.
contract ProtobufTest is Test {
    ProtobufReader internal reader = new ProtobufReader();

    function testFuzz_readVarint_roundTrips(uint64 value) public view {
        bytes memory encoded = EnvelopeBuilder.varint(value);
        (uint256 decoded, uint256 next) = reader.readVarint(encoded);
        assertEq(decoded, value);
        assertEq(next, encoded.length);
    }

    function test_readVarint_refusesAnElevenByteVarint() public {
        vm.expectRevert(Protobuf.ProtobufVarintTooLong.selector);
        reader.readVarint(hex"ffffffffffffffffffff01");
    }

    function test_readVarint_refusesATenthByteAbove1() public {
        vm.expectRevert(Protobuf.ProtobufVarintTooLong.selector);
        reader.readVarint(hex"ffffffffffffffffff02");
    }

    function test_readVarint_readsTheLargestUint64() public view {
        (uint256 value,) = reader.readVarint(hex"ffffffffffffffffff01");
        assertEq(value, type(uint64).max);
    }

    function testFuzz_parseOriginator_roundTrips(
        uint32 nodeId,
        uint64 sequenceId,
        int64 originatorNs,
        bytes memory payer,
        uint64 fee
    ) public view {
        bytes memory encoded = EnvelopeBuilder.originator(
            EnvelopeBuilder.Originator({
                nodeId: nodeId, sequenceId: sequenceId, originatorNs: originatorNs, payerEnvelope: payer, fee: fee
            })
        );
        Envelopes.OriginatorEnvelope memory e = reader.parseOriginator(encoded);
        assertEq(e.originatorNodeId, nodeId);
        assertEq(e.sequenceId, sequenceId);
        assertEq(e.originatorNs, originatorNs);
        assertEq(e.payerEnd - e.payerStart, payer.length);
    }

    /// @dev Any bytes either parse or fail with one of the reader's errors: never a panic, never an unnamed revert.
    function testFuzz_parseOriginator_failsOnlyWithNamedErrors(bytes calldata data) public view {
        try reader.parseOriginator(data) {}
        catch (bytes memory reason) {
            _assertNamed(reason);
        }
        try reader.parsePayer(data) {}
        catch (bytes memory reason) {
            _assertNamed(reason);
        }
    }

    /// @dev Every truncation of a valid envelope parses or fails with a named error.
    function testFuzz_parseOriginator_truncatedAnywhere(uint256 cut) public view {
        bytes memory full = EnvelopeBuilder.originator(
            EnvelopeBuilder.Originator({
                nodeId: 7,
                sequenceId: type(uint64).max,
                originatorNs: -1,
                payerEnvelope: EnvelopeBuilder.payer("client", new bytes(65), 7, 30),
                fee: 12_345
            })
        );
        cut = bound(cut, 0, full.length);
        bytes memory truncated = new bytes(cut);
        for (uint256 i; i < cut; ++i) {
            truncated[i] = full[i];
        }
        try reader.parseOriginator(truncated) {}
        catch (bytes memory reason) {
            _assertNamed(reason);
        }
    }

    function test_parseOriginator_keepsTheLastOfARepeatedField() public view {
        Envelopes.OriginatorEnvelope memory e = reader.parseOriginator(hex"080108021003");
        assertEq(e.originatorNodeId, 2);
        assertEq(e.sequenceId, 3);
    }

    function test_parseOriginator_skipsUnknownFieldsOfEveryWireType() public view {
        // Field 9 as varint, 64-bit, length-delimited and 32-bit, then field 1.
        Envelopes.OriginatorEnvelope memory e =
            reader.parseOriginator(hex"4801" hex"490102030405060708" hex"4a020a0b" hex"4d01020304" hex"0805");
        assertEq(e.originatorNodeId, 5);
    }

    function test_parseOriginator_refusesEachUnsupportedWireType() public {
        uint8[4] memory wireTypes = [3, 4, 6, 7];
        for (uint256 i; i < wireTypes.length; ++i) {
            bytes memory data = abi.encodePacked(uint8((9 << 3) | wireTypes[i]));
            vm.expectRevert(abi.encodeWithSelector(Protobuf.ProtobufUnsupportedWireType.selector, wireTypes[i]));
            reader.parseOriginator(data);
        }
    }

    function test_parseOriginator_refusesA64BitValueCutShort() public {
        vm.expectRevert(Protobuf.ProtobufTruncated.selector);
        reader.parseOriginator(hex"49010203");
    }

    function _assertNamed(bytes memory reason) internal pure {
        assertGe(reason.length, 4, "a named error");
        // casting to 'bytes4' is safe because the length was checked: the first four bytes are the selector
        // forge-lint: disable-next-line(unsafe-typecast)
        bytes4 selector = bytes4(reason);
        assertTrue(
            selector == Protobuf.ProtobufTruncated.selector || selector == Protobuf.ProtobufVarintTooLong.selector
                || selector == Protobuf.ProtobufUnsupportedWireType.selector
                || selector == Protobuf.ProtobufInvalidFieldNumber.selector
                || selector == Protobuf.ProtobufValueOutOfRange.selector
                || selector == Protobuf.ProtobufWrongWireType.selector,
            "one of the reader's errors"
        );
    }
}
