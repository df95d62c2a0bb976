//! The calldata of the two report functions and of the commitment that precedes them.
//!
//! Declared here by signature until the generated bindings carry the functions; then these
//! declarations give way to the bindings' (`lib/` never redeclares a suite contract for long).

use alloy::{
    primitives::{keccak256, Address, Bytes, B256},
    sol,
    sol_types::{SolCall, SolValue},
};

use super::verify::equivocation_report_id;

sol! {
    /// Reports two envelopes a node signed with the same sequence id but different contents.
    function reportEquivocation(
        uint32 nodeId,
        bytes unsignedEnvelopeA,
        bytes signatureA,
        bytes unsignedEnvelopeB,
        bytes signatureB
    ) returns (bytes32 reportId);

    /// Reports an envelope a node signed whose payer envelope breaks a rule.
    function reportInvalidPayload(uint32 nodeId, bytes unsignedEnvelope, bytes signature)
        returns (bytes32 reportId);

    /// Records the block of a reporter's commitment to a report (spec section 7).
    function commitReport(bytes32 commitment);

    /// A second commitment to the same report.
    error AlreadyCommitted(bytes32 commitment, uint256 blockNumber);
}

/// `keccak256(abi.encode(reporter, reportId))` with `reportId = keccak256(abi.encode(nodeId,
/// sequenceId))`: what `reporter` commits to before reporting, so that a copy of its report
/// transaction, which commits to nothing, earns no reward.
pub fn report_commitment(reporter: Address, node_id: u32, sequence_id: u64) -> B256 {
    keccak256((reporter, equivocation_report_id(node_id, sequence_id)).abi_encode_params())
}

/// The calldata of `commitReport(commitment)`.
pub fn commit_report(commitment: B256) -> Bytes {
    commitReportCall { commitment }.abi_encode().into()
}

/// The calldata of `reportEquivocation(nodeId, unsignedA, signatureA, unsignedB, signatureB)`.
pub fn report_equivocation(
    node_id: u32,
    unsigned_a: &[u8],
    signature_a: &[u8],
    unsigned_b: &[u8],
    signature_b: &[u8],
) -> Bytes {
    reportEquivocationCall {
        nodeId: node_id,
        unsignedEnvelopeA: Bytes::copy_from_slice(unsigned_a),
        signatureA: Bytes::copy_from_slice(signature_a),
        unsignedEnvelopeB: Bytes::copy_from_slice(unsigned_b),
        signatureB: Bytes::copy_from_slice(signature_b),
    }
    .abi_encode()
    .into()
}

/// The calldata of `reportInvalidPayload(nodeId, unsigned, signature)`.
pub fn report_invalid_payload(node_id: u32, unsigned: &[u8], signature: &[u8]) -> Bytes {
    reportInvalidPayloadCall {
        nodeId: node_id,
        unsignedEnvelope: Bytes::copy_from_slice(unsigned),
        signature: Bytes::copy_from_slice(signature),
    }
    .abi_encode()
    .into()
}

/// Decodes the `bytes32 reportId` both functions return.
pub fn decode_report_id(returned: &[u8]) -> Result<B256, alloy::sol_types::Error> {
    reportEquivocationCall::abi_decode_returns(returned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::{
        primitives::{hex, keccak256},
        sol_types::SolError,
    };

    #[test]
    fn selectors_follow_the_signatures() {
        assert_eq!(
            reportEquivocationCall::SELECTOR,
            keccak256("reportEquivocation(uint32,bytes,bytes,bytes,bytes)")[..4]
        );
        assert_eq!(
            reportInvalidPayloadCall::SELECTOR,
            keccak256("reportInvalidPayload(uint32,bytes,bytes)")[..4]
        );
    }

    #[test]
    fn invalid_payload_calldata_layout() {
        let data = report_invalid_payload(7, &hex!("0807"), &[0xab; 65]);
        assert_eq!(data[..4], reportInvalidPayloadCall::SELECTOR);
        let words: Vec<&[u8]> = data[4..].chunks(32).collect();
        assert_eq!(words[0][31], 7); // nodeId
        assert_eq!(words[1][31], 0x60); // offset of unsignedEnvelope
        assert_eq!(words[2][31], 0xa0); // offset of signature
        assert_eq!(words[3][31], 2); // its length
        assert_eq!(&words[4][..2], hex!("0807"));
        assert_eq!(words[5][31], 65);
        assert_eq!(data.len(), 4 + 32 * 9);
        let call = reportInvalidPayloadCall::abi_decode(&data).unwrap();
        assert_eq!(call.nodeId, 7);
    }

    #[test]
    fn commitment_follows_the_spec() {
        assert_eq!(
            commitReportCall::SELECTOR,
            keccak256("commitReport(bytes32)")[..4]
        );
        assert_eq!(
            AlreadyCommitted::SELECTOR,
            keccak256("AlreadyCommitted(bytes32,uint256)")[..4]
        );
        let reporter = Address::repeat_byte(0x11);
        let report_id = keccak256((100u32, 7u64).abi_encode_params());
        let commitment = report_commitment(reporter, 100, 7);
        assert_eq!(
            commitment,
            keccak256([reporter.into_word(), report_id].concat())
        );
        assert_ne!(commitment, report_commitment(reporter, 100, 8));
        let data = commit_report(commitment);
        assert_eq!(data[..4], commitReportCall::SELECTOR);
        assert_eq!(&data[4..], commitment.as_slice());
    }

    #[test]
    fn report_id_decodes() {
        let id = B256::repeat_byte(0x42);
        assert_eq!(decode_report_id(id.as_slice()), Ok(id));
    }
}
