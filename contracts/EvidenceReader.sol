// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IEvidenceReader} from "./interfaces/IEvidenceReader.sol";
import {Envelopes} from "./libraries/Envelopes.sol";
import {Signatures} from "./libraries/Signatures.sol";

/**
 * @title  EvidenceReader
 * @notice See `IEvidenceReader`. No storage, no owner, nothing to upgrade: a new `MisbehaviorReports` implementation
 *         deploys its own.
 */
contract EvidenceReader is IEvidenceReader {
    /// @inheritdoc IEvidenceReader
    function readPayer(bytes calldata payerEnvelope)
        external
        pure
        returns (uint32 targetOriginator, uint32 retentionDays, Signatures.Verdict payerSignature)
    {
        Envelopes.PayerEnvelope memory payer = Envelopes.parsePayer(payerEnvelope, 0, payerEnvelope.length);
        // Any payer may sign its envelope: the rule broken or kept is whether xmtpd would recover it, not who signed.
        // slither-disable-next-line unused-return
        (, payerSignature) = Signatures.recover(
            Envelopes.payerDigest(payerEnvelope[payer.clientStart:payer.clientEnd], payer.targetOriginator),
            payerEnvelope[payer.signatureStart:payer.signatureEnd]
        );
        return (payer.targetOriginator, payer.retentionDays, payerSignature);
    }
}
