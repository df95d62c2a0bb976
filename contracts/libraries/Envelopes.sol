// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Protobuf} from "./Protobuf.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/**
 * @title  Envelopes
 * @notice Reads and checks the envelopes XMTP nodes sign, as the node software writes them.
 *
 *         An originator envelope is the protobuf `UnsignedOriginatorEnvelope` plus a 65-byte secp256k1 signature
 *         `r ‖ s ‖ v` (v 0/1, or 27/28) over `keccak256("originator|" ‖ unsignedBytes)`. Its fields: 1
 *         `originator_node_id` (uint32), 2 `originator_sequence_id` (uint64), 3 `originator_ns` (int64), 4
 *         `payer_envelope_bytes`; the rest (fees, expiry) an honest node may change when it re-signs.
 *
 *         A `PayerEnvelope`: 1 `unsigned_client_envelope`, 2 `payer_signature` (a message whose field 1 is the 65-byte
 *         signature), 3 `target_originator` (uint32), 4 `message_retention_days` (uint32). The payer signs
 *         `keccak256("target|" ‖ uint32 big-endian target_originator ‖ "payer|" ‖ unsigned_client_envelope)`.
 *
 * @dev    Proto3: an absent field is zero (or empty); a repeated field keeps its last value.
 */
library Envelopes {
    /// @notice The fields of an `UnsignedOriginatorEnvelope` that evidence compares, and where its payer envelope is.
    struct OriginatorEnvelope {
        uint32 originatorNodeId;
        uint64 sequenceId;
        int64 originatorNs;
        uint256 payerStart;
        uint256 payerEnd;
    }

    /// @notice The fields of a `PayerEnvelope`, with its client envelope and payer signature as bounds.
    struct PayerEnvelope {
        uint256 clientStart;
        uint256 clientEnd;
        uint256 signatureStart;
        uint256 signatureEnd;
        uint32 targetOriginator;
        uint32 retentionDays;
    }

    /// @notice A signature is not 65 bytes.
    error InvalidSignatureLength(uint256 length);

    /// @notice A signature does not recover to any address.
    error InvalidSignature();

    /// @dev `message_retention_days` that means "keep forever".
    uint32 internal constant RETENTION_FOREVER = type(uint32).max;
    uint32 internal constant MIN_RETENTION_DAYS = 2;
    uint32 internal constant MAX_RETENTION_DAYS = 365;

    /// @dev Parses an `UnsignedOriginatorEnvelope`.
    function parseOriginator(bytes calldata data) internal pure returns (OriginatorEnvelope memory envelope) {
        uint256 offset = 0;
        uint256 length = data.length;
        while (offset < length) {
            (uint256 field, uint256 wireType, uint256 next) = Protobuf.readKey(data, offset);
            uint256 value;
            if (field == 1) {
                (value, offset) = Protobuf.readUint(data, next, 1, wireType, type(uint32).max);
                // forge-lint: disable-next-line(unsafe-typecast)
                envelope.originatorNodeId = uint32(value);
            } else if (field == 2) {
                (value, offset) = Protobuf.readUint(data, next, 2, wireType, type(uint64).max);
                // forge-lint: disable-next-line(unsafe-typecast)
                envelope.sequenceId = uint64(value);
            } else if (field == 3) {
                (value, offset) = Protobuf.readUint(data, next, 3, wireType, type(uint64).max);
                // casting to 'int64' is safe because an int64 varint is its 64-bit two's complement
                // forge-lint: disable-next-line(unsafe-typecast)
                envelope.originatorNs = int64(uint64(value));
            } else if (field == 4) {
                (envelope.payerStart, envelope.payerEnd) = Protobuf.readField(data, next, 4, wireType);
                offset = envelope.payerEnd;
            } else {
                offset = Protobuf.skip(data, next, wireType);
            }
        }
    }

    /// @dev Parses the `PayerEnvelope` at `[start, end)` of `data`.
    function parsePayer(bytes calldata data, uint256 start, uint256 end)
        internal
        pure
        returns (PayerEnvelope memory envelope)
    {
        bytes calldata payer = data[start:end];
        uint256 offset;
        while (offset < payer.length) {
            (uint256 field, uint256 wireType, uint256 next) = Protobuf.readKey(payer, offset);
            uint256 value;
            if (field == 1) {
                (envelope.clientStart, envelope.clientEnd) = Protobuf.readField(payer, next, 1, wireType);
                offset = envelope.clientEnd;
                envelope.clientStart += start;
                envelope.clientEnd += start;
            } else if (field == 2) {
                uint256 messageStart;
                (messageStart, offset) = Protobuf.readField(payer, next, 2, wireType);
                (envelope.signatureStart, envelope.signatureEnd) = _signatureField(payer, messageStart, offset);
                envelope.signatureStart += start;
                envelope.signatureEnd += start;
            } else if (field == 3) {
                (value, offset) = Protobuf.readUint(payer, next, 3, wireType, type(uint32).max);
                // forge-lint: disable-next-line(unsafe-typecast)
                envelope.targetOriginator = uint32(value);
            } else if (field == 4) {
                (value, offset) = Protobuf.readUint(payer, next, 4, wireType, type(uint32).max);
                // forge-lint: disable-next-line(unsafe-typecast)
                envelope.retentionDays = uint32(value);
            } else {
                offset = Protobuf.skip(payer, next, wireType);
            }
        }
    }

    /// @dev The digest a node signs for an `UnsignedOriginatorEnvelope`.
    function originatorDigest(bytes calldata unsignedEnvelope) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked("originator|", unsignedEnvelope));
    }

    /// @dev The digest a payer signs for its client envelope sent to `targetOriginator`.
    function payerDigest(bytes calldata clientEnvelope, uint32 targetOriginator) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked("target|", targetOriginator, "payer|", clientEnvelope));
    }

    /// @dev The signer of `digest`; reverts unless `signature` is 65 bytes that recover.
    function recover(bytes32 digest, bytes calldata signature) internal pure returns (address signer) {
        if (signature.length != 65) revert InvalidSignatureLength(signature.length);
        ECDSA.RecoverError error;
        (signer, error) = tryRecover(digest, signature);
        if (error != ECDSA.RecoverError.NoError) revert InvalidSignature();
    }

    /// @dev `r ‖ s ‖ v` with v 0/1 or 27/28, through OpenZeppelin's checks (low s, valid v).
    function tryRecover(bytes32 digest, bytes calldata signature)
        internal
        pure
        returns (address signer, ECDSA.RecoverError error)
    {
        if (signature.length != 65) return (address(0), ECDSA.RecoverError.InvalidSignatureLength);
        bytes32 r = bytes32(signature[0:32]);
        bytes32 s = bytes32(signature[32:64]);
        uint8 v = uint8(signature[64]);
        if (v < 27) v += 27;
        // The third value only details the error (the bad length or `s`): callers act on the error alone.
        // slither-disable-next-line unused-return
        (signer, error,) = ECDSA.tryRecover(digest, v, r, s);
    }

    /// @dev Whether a retention in days is allowed: 2 to 365, or forever.
    function isValidRetention(uint32 days_) internal pure returns (bool) {
        return days_ == RETENTION_FOREVER || (days_ >= MIN_RETENTION_DAYS && days_ <= MAX_RETENTION_DAYS);
    }

    /// @dev The bounds of field 1 of the `payer_signature` message at `[start, end)` (empty when absent).
    function _signatureField(bytes calldata payer, uint256 start, uint256 end)
        private
        pure
        returns (uint256 signatureStart, uint256 signatureEnd)
    {
        bytes calldata message = payer[start:end];
        uint256 offset;
        while (offset < message.length) {
            (uint256 field, uint256 wireType, uint256 next) = Protobuf.readKey(message, offset);
            if (field == 1) {
                (signatureStart, signatureEnd) = Protobuf.readField(message, next, 1, wireType);
                offset = signatureEnd;
            } else {
                offset = Protobuf.skip(message, next, wireType);
            }
        }
        if (signatureEnd != 0) {
            signatureStart += start;
            signatureEnd += start;
        }
    }
}
