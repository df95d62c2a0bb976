// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Vm} from "forge-std/Vm.sol";

/// @notice Builds protobuf envelopes as the XMTP node software writes them, and signs them, for tests.
library EnvelopeBuilder {
    /// @dev The fields of an `UnsignedOriginatorEnvelope` a test sets; `fee` stands for the fields an honest re-sign
    ///      may change (written as field 5 when non-zero).
    struct Originator {
        uint32 nodeId;
        uint64 sequenceId;
        int64 originatorNs;
        bytes payerEnvelope;
        uint64 fee;
    }

    function varint(uint256 value) internal pure returns (bytes memory out) {
        do {
            uint256 b = value & 0x7f;
            value >>= 7;
            out = bytes.concat(out, bytes1(uint8(value == 0 ? b : b | 0x80)));
        } while (value != 0);
    }

    function key(uint256 field, uint256 wireType) internal pure returns (bytes memory) {
        return varint((field << 3) | wireType);
    }

    function varintField(uint256 field, uint256 value) internal pure returns (bytes memory) {
        if (value == 0) return "";
        return bytes.concat(key(field, 0), varint(value));
    }

    function bytesField(uint256 field, bytes memory value) internal pure returns (bytes memory) {
        if (value.length == 0) return "";
        return bytes.concat(key(field, 2), varint(value.length), value);
    }

    function originator(Originator memory o) internal pure returns (bytes memory) {
        return bytes.concat(
            varintField(1, o.nodeId),
            varintField(2, o.sequenceId),
            // forge-lint: disable-next-line(unsafe-typecast)
            varintField(3, uint64(o.originatorNs)),
            bytesField(4, o.payerEnvelope),
            varintField(5, o.fee)
        );
    }

    function payer(bytes memory clientEnvelope, bytes memory payerSignature, uint32 target, uint32 retentionDays)
        internal
        pure
        returns (bytes memory)
    {
        return bytes.concat(
            bytesField(1, clientEnvelope),
            bytesField(2, bytesField(1, payerSignature)),
            varintField(3, target),
            varintField(4, retentionDays)
        );
    }

    /// @dev `r ‖ s ‖ v` with v 0/1, as the node software writes it.
    function sign(Vm vm, uint256 privateKey, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(privateKey, digest);
        return abi.encodePacked(r, s, v - 27);
    }

    function originatorDigest(bytes memory unsignedEnvelope) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked("originator|", unsignedEnvelope));
    }

    function payerDigest(bytes memory clientEnvelope, uint32 target) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked("target|", target, "payer|", clientEnvelope));
    }
}
