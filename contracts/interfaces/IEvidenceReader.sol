// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Signatures} from "../libraries/Signatures.sol";

/**
 * @title  IEvidenceReader
 * @notice Reads the payer envelope of an invalid-payload report as xmtpd reads it: protobuf-go's rules (`Protobuf`,
 *         `Envelopes`) and xmtpd's signature rule (`Signatures`). Stateless: `MisbehaviorReports` deploys one from its
 *         constructor and calls it, so that its own code stays within EIP-170's limit (the equivocation path, whose gas
 *         counts, stays inside). Every malformed input reverts with the libraries' errors.
 */
interface IEvidenceReader {
    /// @notice What evidence compares of an unsigned originator envelope, and who signed it.
    struct SignedEnvelope {
        uint32 originatorNodeId;
        uint64 sequenceId;
        int64 originatorNs;
        /// @dev `keccak256` of `payer_envelope_bytes` (of empty bytes when absent).
        bytes32 payerEnvelopeHash;
        /// @dev The node key that signed it (`Signatures.recoverNode`); never zero.
        address signer;
    }

    /// @notice A payer envelope (an originator envelope's `payer_envelope_bytes`): its target originator, its
    ///         retention in days, and xmtpd's verdict on its payer signature.
    /// @dev    Reverts with a `Protobuf` error when it cannot be read.
    function readPayer(bytes calldata payerEnvelope)
        external
        pure
        returns (uint32 targetOriginator, uint32 retentionDays, Signatures.Verdict payerSignature);
}
