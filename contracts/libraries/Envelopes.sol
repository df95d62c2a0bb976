// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Protobuf} from "./Protobuf.sol";
import {Signatures} from "./Signatures.sol";

/**
 * @title  Envelopes
 * @notice Reads and checks the envelopes XMTP nodes sign, as xmtpd reads them (protobuf-go, see `Protobuf`).
 *
 *         An originator envelope is the protobuf `UnsignedOriginatorEnvelope` plus a 65-byte secp256k1 signature
 *         `r ‖ s ‖ v` over `keccak256("originator|" ‖ unsignedBytes)` (judged by `Signatures.recoverNode`). Its
 *         fields: 1 `originator_node_id` (uint32), 2 `originator_sequence_id` (uint64), 3 `originator_ns` (int64),
 *         4 `payer_envelope_bytes`; the rest (fees, expiry) an honest node may change when it re-signs.
 *
 *         A `PayerEnvelope`: 1 `unsigned_client_envelope`, 2 `payer_signature` (a `RecoverableEcdsaSignature`
 *         message whose field 1 is the 65-byte signature), 3 `target_originator` (uint32), 4
 *         `message_retention_days` (uint32). The payer signs `keccak256("target|" ‖ uint32 big-endian
 *         target_originator ‖ "payer|" ‖ unsigned_client_envelope)` (judged by `Signatures.recover`).
 *
 * @dev    As protobuf-go: an absent field is zero (or empty); a field seen twice keeps its last value, except the
 *         `payer_signature` message, whose occurrences merge (its last field 1 wins); a uint32 keeps the low 32
 *         bits of its varint; a known field with another wire type than its own is an unknown field, skipped.
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

    /// @notice The fields of a `PayerEnvelope`, with its client envelope and payer signature as bounds (empty when
    ///         absent).
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

    /// @dev Keys (`field << 3 | wire type`) of the fields read, each with its own wire type; any other key, a known
    ///      field with another wire type included, is an unknown field to protobuf-go, and skipped.
    uint256 internal constant KEY_ORIGINATOR_NODE_ID = (1 << 3) | 0;
    uint256 internal constant KEY_SEQUENCE_ID = (2 << 3) | 0;
    uint256 internal constant KEY_ORIGINATOR_NS = (3 << 3) | 0;
    uint256 internal constant KEY_PAYER_ENVELOPE_BYTES = (4 << 3) | 2;
    uint256 internal constant KEY_CLIENT_ENVELOPE = (1 << 3) | 2;
    uint256 internal constant KEY_PAYER_SIGNATURE = (2 << 3) | 2;
    uint256 internal constant KEY_TARGET_ORIGINATOR = (3 << 3) | 0;
    uint256 internal constant KEY_RETENTION_DAYS = (4 << 3) | 0;
    uint256 internal constant KEY_SIGNATURE_BYTES = (1 << 3) | 2;
    // Bit `key` set for each key read (a mask, so 1 is the value shifted).
    // forge-lint: disable-start(incorrect-shift)
    uint256 internal constant ORIGINATOR_KEYS = (1 << KEY_ORIGINATOR_NODE_ID) | (1 << KEY_SEQUENCE_ID)
        | (1 << KEY_ORIGINATOR_NS) | (1 << KEY_PAYER_ENVELOPE_BYTES);
    uint256 internal constant PAYER_KEYS = (1 << KEY_CLIENT_ENVELOPE) | (1 << KEY_PAYER_SIGNATURE)
        | (1 << KEY_TARGET_ORIGINATOR) | (1 << KEY_RETENTION_DAYS);
    uint256 internal constant SIGNATURE_KEYS = 1 << KEY_SIGNATURE_BYTES;
    // forge-lint: disable-end(incorrect-shift)

    /// @dev `message_retention_days` that means "keep forever".
    uint32 internal constant RETENTION_FOREVER = type(uint32).max;
    uint32 internal constant MIN_RETENTION_DAYS = 2;
    uint32 internal constant MAX_RETENTION_DAYS = 365;

    /// @dev Parses an `UnsignedOriginatorEnvelope`.
    function parseOriginator(bytes calldata data) internal pure returns (OriginatorEnvelope memory envelope) {
        uint256 offset = 0;
        while (true) {
            uint256 key;
            (key, offset) = Protobuf.nextWanted(data, offset, ORIGINATOR_KEYS);
            if (key == 0) break;
            if (key == KEY_PAYER_ENVELOPE_BYTES) {
                (envelope.payerStart, envelope.payerEnd) = Protobuf.readBytes(data, offset);
                offset = envelope.payerEnd;
                continue;
            }
            uint256 value;
            (value, offset) = Protobuf.readVarint(data, offset);
            // Truncating on purpose: a uint32 keeps the varint's low 32 bits and an int64 is its 64-bit two's
            // complement, as protobuf-go reads them; a varint is at most 64 bits.
            // forge-lint: disable-next-line(unsafe-typecast)
            if (key == KEY_ORIGINATOR_NODE_ID) envelope.originatorNodeId = uint32(value);
            // forge-lint: disable-next-line(unsafe-typecast)
            else if (key == KEY_SEQUENCE_ID) envelope.sequenceId = uint64(value);
            // forge-lint: disable-next-line(unsafe-typecast)
            else envelope.originatorNs = int64(uint64(value));
        }
    }

    /// @dev Parses the `PayerEnvelope` at `[start, end)` of `data`. Bounds in the result are offsets into `data`.
    function parsePayer(bytes calldata data, uint256 start, uint256 end)
        internal
        pure
        returns (PayerEnvelope memory envelope)
    {
        bytes calldata payer = data[start:end];
        uint256 offset = 0;
        uint256 signatureStart = 0;
        uint256 signatureEnd = 0;
        while (true) {
            uint256 key;
            (key, offset) = Protobuf.nextWanted(payer, offset, PAYER_KEYS);
            if (key == 0) break;
            if (key == KEY_CLIENT_ENVELOPE || key == KEY_PAYER_SIGNATURE) {
                uint256 valueStart;
                (valueStart, offset) = Protobuf.readBytes(payer, offset);
                if (key == KEY_CLIENT_ENVELOPE) {
                    (envelope.clientStart, envelope.clientEnd) = (start + valueStart, start + offset);
                } else {
                    (signatureStart, signatureEnd) =
                        _mergeSignature(payer, valueStart, offset, signatureStart, signatureEnd);
                }
                continue;
            }
            uint256 value;
            (value, offset) = Protobuf.readVarint(payer, offset);
            // Truncating on purpose: a uint32 keeps the varint's low 32 bits, as protobuf-go reads it.
            // forge-lint: disable-next-line(unsafe-typecast)
            if (key == KEY_TARGET_ORIGINATOR) envelope.targetOriginator = uint32(value);
            // forge-lint: disable-next-line(unsafe-typecast)
            else envelope.retentionDays = uint32(value);
        }
        if (signatureEnd != 0) {
            (envelope.signatureStart, envelope.signatureEnd) = (start + signatureStart, start + signatureEnd);
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

    /// @dev The node that signed `digest`; reverts unless `signature` is a valid node signature (`Signatures`).
    function recoverNode(bytes32 digest, bytes calldata signature) internal pure returns (address signer) {
        if (signature.length != 65) revert InvalidSignatureLength(signature.length);
        signer = Signatures.recoverNode(digest, signature);
        if (signer == address(0)) revert InvalidSignature();
    }

    /// @dev Whether a retention in days is allowed: 2 to 365, or forever.
    function isValidRetention(uint32 days_) internal pure returns (bool) {
        return days_ == RETENTION_FOREVER || (days_ >= MIN_RETENTION_DAYS && days_ <= MAX_RETENTION_DAYS);
    }

    /// @dev Merges one occurrence `[start, end)` of the `payer_signature` message into the signature found so far:
    ///      its last field 1 replaces it. Bounds are offsets into `payer`; an absent signature is `(0, 0)`.
    function _mergeSignature(
        bytes calldata payer,
        uint256 start,
        uint256 end,
        uint256 signatureStart,
        uint256 signatureEnd
    ) private pure returns (uint256, uint256) {
        bytes calldata message = payer[start:end];
        uint256 offset = 0;
        while (true) {
            uint256 key;
            (key, offset) = Protobuf.nextWanted(message, offset, SIGNATURE_KEYS);
            if (key == 0) break;
            uint256 valueStart;
            (valueStart, offset) = Protobuf.readBytes(message, offset);
            (signatureStart, signatureEnd) = (start + valueStart, start + offset);
        }
        return (signatureStart, signatureEnd);
    }
}
