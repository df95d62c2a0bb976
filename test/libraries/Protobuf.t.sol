// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Envelopes} from "../../contracts/libraries/Envelopes.sol";
import {Protobuf} from "../../contracts/libraries/Protobuf.sol";
import {EnvelopeBuilder} from "../utils/EnvelopeBuilder.sol";
import {ProtobufReference} from "./ProtobufReference.sol";
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

    function nextWanted(bytes calldata data, uint256 wantedKeys) external pure returns (uint256 key, uint256 next) {
        return Protobuf.nextWanted(data, 0, wantedKeys);
    }

    function nextWantedReference(bytes calldata data, uint256 wantedKeys)
        external
        pure
        returns (uint256 key, uint256 next)
    {
        return ProtobufReference.nextWanted(data, 0, wantedKeys);
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

    /// @dev The assembly skipper and its plain twin agree on any bytes: the same key and offset, or the same error.
    ///      The bytes are drawn from an alphabet of keys of every wire type (groups of two field numbers, nested),
    ///      one-byte values and continuation bytes, so that groups, mismatches and truncations are frequent.
    function testFuzz_nextWanted_matchesReference(uint256 seed, uint8 length, uint256 wantedKeys) public view {
        bytes16 alphabet = hex"4b4c535408100a121d1901800b0c7f00";
        bytes memory data = new bytes(length);
        for (uint256 i; i < length; ++i) {
            data[i] = alphabet[uint256(keccak256(abi.encode(seed, i))) % 16];
        }
        (bool ok, bytes memory result) =
            address(reader).staticcall(abi.encodeCall(reader.nextWanted, (data, wantedKeys)));
        (bool okReference, bytes memory resultReference) =
            address(reader).staticcall(abi.encodeCall(reader.nextWantedReference, (data, wantedKeys)));
        assertEq(ok, okReference, "both accept or both refuse");
        assertEq(result, resultReference, "the same key and offset, or the same error");
    }

    function testFuzz_nextWanted_matchesReferenceOnRandomBytes(bytes calldata data, uint256 wantedKeys) public view {
        (bool ok, bytes memory result) =
            address(reader).staticcall(abi.encodeCall(reader.nextWanted, (data, wantedKeys)));
        (bool okReference, bytes memory resultReference) =
            address(reader).staticcall(abi.encodeCall(reader.nextWantedReference, (data, wantedKeys)));
        assertEq(ok, okReference, "both accept or both refuse");
        assertEq(result, resultReference, "the same key and offset, or the same error");
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

    function test_parseOriginator_refusesEachReservedWireType() public {
        uint8[2] memory wireTypes = [6, 7];
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

    /// @dev The attack: a node appends an unknown group (field 15: 0x7b … 0x7c) to what it signs. protobuf-go skips
    ///      it, so every node reads the envelope; so must the contract, or the node's equivocation is unprovable.
    function test_parseOriginator_readsAnEnvelopeWithAnAppendedEmptyGroup() public view {
        Envelopes.OriginatorEnvelope memory e = reader.parseOriginator(hex"0864" hex"1007" hex"7b7c");
        assertEq(e.originatorNodeId, 100);
        assertEq(e.sequenceId, 7);
    }

    function test_parseOriginator_skipsAGroupHoldingEveryWireTypeAndANestedGroup() public view {
        // Field 9 group: field 1 varint, field 2 64-bit, field 3 bytes, field 4 32-bit, field 5 group { field 6
        // varint }, end 9; then field 1 = 100.
        Envelopes.OriginatorEnvelope memory e = reader.parseOriginator(
            hex"4b" hex"0801" hex"110102030405060708" hex"1a020a0b" hex"2501020304" hex"2b" hex"3001" hex"2c" hex"4c"
            hex"0864"
        );
        assertEq(e.originatorNodeId, 100);
    }

    function test_parseOriginator_skipsAGroupUnderAKnownFieldNumber() public view {
        // Field 1 as a group (wire type 3) is an unknown field: skipped, the value stays from the varint.
        Envelopes.OriginatorEnvelope memory e = reader.parseOriginator(hex"0864" hex"0b" hex"0805" hex"0c");
        assertEq(e.originatorNodeId, 100);
    }

    function test_parseOriginator_refusesAMismatchedEndGroup() public {
        vm.expectRevert(abi.encodeWithSelector(Protobuf.ProtobufUnexpectedEndGroup.selector, 10));
        reader.parseOriginator(hex"4b" hex"54");
    }

    function test_parseOriginator_refusesAnEndGroupAtMessageLevel() public {
        vm.expectRevert(abi.encodeWithSelector(Protobuf.ProtobufUnexpectedEndGroup.selector, 9));
        reader.parseOriginator(hex"0864" hex"4c");
    }

    function test_parseOriginator_refusesAnUnterminatedGroup() public {
        vm.expectRevert(Protobuf.ProtobufTruncated.selector);
        reader.parseOriginator(hex"4b" hex"0801");
    }

    function test_parseOriginator_refusesAReservedWireTypeInsideAGroup() public {
        vm.expectRevert(abi.encodeWithSelector(Protobuf.ProtobufUnsupportedWireType.selector, 7));
        reader.parseOriginator(hex"4b" hex"0f" hex"4c");
    }

    function test_parseOriginator_refusesFieldZero() public {
        vm.expectRevert(Protobuf.ProtobufInvalidFieldNumber.selector);
        reader.parseOriginator(hex"0001");
        vm.expectRevert(Protobuf.ProtobufInvalidFieldNumber.selector);
        reader.parseOriginator(hex"4b" hex"0001" hex"4c");
    }

    /// @dev protobuf-go refuses a message-level field number above 2^29 − 1 but, inside a skipped group, only one that
    ///      overflows an int32.
    function test_parseOriginator_appliesEachFieldNumberLimitWhereItStands() public {
        reader.parseOriginator(abi.encodePacked(EnvelopeBuilder.key((1 << 29) - 1, 0), hex"01"));
        vm.expectRevert(Protobuf.ProtobufInvalidFieldNumber.selector);
        reader.parseOriginator(abi.encodePacked(EnvelopeBuilder.key(1 << 29, 0), hex"01"));

        reader.parseOriginator(abi.encodePacked(hex"4b", EnvelopeBuilder.key((1 << 31) - 1, 0), hex"01", hex"4c"));
        reader.parseOriginator(abi.encodePacked(hex"4b", EnvelopeBuilder.key(1 << 29, 0), hex"01", hex"4c"));
        vm.expectRevert(Protobuf.ProtobufInvalidFieldNumber.selector);
        reader.parseOriginator(abi.encodePacked(hex"4b", EnvelopeBuilder.key(1 << 31, 0), hex"01", hex"4c"));
    }

    /// @dev The attack: a node nests groups deeper than the EVM could recurse. protobuf-go skips up to 10,001 open
    ///      groups, and so does the contract; one more is refused by both.
    function test_parseOriginator_skipsTheDeepestGroupNestingProtobufGoAccepts() public view {
        Envelopes.OriginatorEnvelope memory e =
            reader.parseOriginator(abi.encodePacked(_nestedGroups(10_001), hex"0864"));
        assertEq(e.originatorNodeId, 100);
    }

    function test_parseOriginator_refusesOneGroupDeeperThanProtobufGo() public {
        vm.expectRevert(Protobuf.ProtobufGroupTooDeep.selector);
        reader.parseOriginator(_nestedGroups(10_002));
    }

    /// @dev The attack: a known field sent with another wire type. protobuf-go keeps it as an unknown field and reads
    ///      the field as absent, so the contract must neither refuse it nor read it.
    function test_parseOriginator_skipsKnownFieldsWithAnotherWireType() public view {
        // Field 1 as 32-bit, field 2 as bytes, field 3 as 64-bit, field 4 as a varint.
        Envelopes.OriginatorEnvelope memory e =
            reader.parseOriginator(hex"0d64000000" hex"12020707" hex"190100000000000000" hex"2005");
        assertEq(e.originatorNodeId, 0);
        assertEq(e.sequenceId, 0);
        assertEq(e.originatorNs, 0);
        assertEq(e.payerEnd, 0);
    }

    /// @dev The attack: a uint32 field given a value above 2^32 − 1. protobuf-go keeps the low 32 bits.
    function test_parseOriginator_keepsTheLow32BitsOfAUint32() public view {
        Envelopes.OriginatorEnvelope memory e =
            reader.parseOriginator(abi.encodePacked(hex"08", EnvelopeBuilder.varint((uint256(7) << 32) | 100)));
        assertEq(e.originatorNodeId, 100);
    }

    function test_parseOriginator_readsOverLongVarints() public view {
        // 100 as 0xe4 0x80 0x80 0x00: four bytes where one would do.
        Envelopes.OriginatorEnvelope memory e = reader.parseOriginator(hex"08e4808000");
        assertEq(e.originatorNodeId, 100);
    }

    function test_parseOriginator_readsANegativeTimestamp() public view {
        Envelopes.OriginatorEnvelope memory e = reader.parseOriginator(hex"18ffffffffffffffffff01");
        assertEq(e.originatorNs, -1);
    }

    /// @dev protobuf-go merges an embedded message seen twice: the signature of a later occurrence wins, and an
    ///      occurrence without one keeps the earlier.
    function test_parsePayer_mergesRepeatedPayerSignatureMessages() public view {
        Envelopes.PayerEnvelope memory e =
            reader.parsePayer(hex"1203" hex"0a01aa" hex"1203" hex"0a01bb" hex"1202" hex"1001");
        assertEq(e.signatureEnd - e.signatureStart, 1);
        // The second occurrence's byte (0xbb) sits at offset 9.
        assertEq(e.signatureStart, 9);
    }

    function test_parsePayer_refusesAMalformedSecondPayerSignature() public {
        vm.expectRevert(Protobuf.ProtobufTruncated.selector);
        reader.parsePayer(hex"1203" hex"0a01aa" hex"1202" hex"0a05");
    }

    function test_parsePayer_readsAnAbsentSignatureAsEmpty() public view {
        Envelopes.PayerEnvelope memory e = reader.parsePayer(hex"0a0161" hex"1864" hex"201e");
        assertEq(e.signatureEnd, e.signatureStart);
        assertEq(e.targetOriginator, 100);
        assertEq(e.retentionDays, 30);
    }

    function test_parsePayer_keepsTheLow32BitsOfTheTargetOriginator() public view {
        Envelopes.PayerEnvelope memory e =
            reader.parsePayer(abi.encodePacked(hex"18", EnvelopeBuilder.varint((uint256(1) << 32) | 100)));
        assertEq(e.targetOriginator, 100);
    }

    /// @dev `count` groups of field 9, each holding the next, closed in order.
    function _nestedGroups(uint256 count) internal pure returns (bytes memory data) {
        data = new bytes(2 * count);
        for (uint256 i; i < count; ++i) {
            data[i] = 0x4b;
            data[2 * count - 1 - i] = 0x4c;
        }
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
                || selector == Protobuf.ProtobufUnexpectedEndGroup.selector
                || selector == Protobuf.ProtobufGroupTooDeep.selector,
            "one of the reader's errors"
        );
    }
}
