//! Usage reports: the EIP-712 digest the nodes sign, and signing it with their keys.

use alloy::{
    primitives::{Address, Bytes, B256},
    signers::{local::PrivateKeySigner, SignerSync},
    sol_types::{eip712_domain, Eip712Domain, SolStruct},
};
pub use xmtp_bindings::payers::{INodeQuorum::NodeSignature, IPayers::UsageReport};

/// The EIP-712 domain of the `Payers` contract at `payers` on chain `chain_id`.
pub fn domain(chain_id: u64, payers: Address) -> Eip712Domain {
    eip712_domain! {
        name: "XMTP Payers",
        version: "1",
        chain_id: chain_id,
        verifying_contract: payers,
    }
}

/// The digest the nodes sign for `report` (what `Payers.usageReportDigest` returns).
pub fn digest(report: &UsageReport, domain: &Eip712Domain) -> B256 {
    report.eip712_signing_hash(domain)
}

/// Signs `report` with each node's key and returns the signatures in ascending node id order,
/// as `submitUsageReport` requires.
pub fn sign(
    report: &UsageReport,
    domain: &Eip712Domain,
    node_keys: &[(u32, &PrivateKeySigner)],
) -> Result<Vec<NodeSignature>, alloy::signers::Error> {
    let digest = digest(report, domain);
    let mut signatures = node_keys
        .iter()
        .map(|(node_id, key)| {
            let signature = key.sign_hash_sync(&digest)?;
            Ok(NodeSignature {
                nodeId: *node_id,
                signature: Bytes::from(signature.as_bytes()),
            })
        })
        .collect::<Result<Vec<_>, alloy::signers::Error>>()?;
    signatures.sort_by_key(|s| s.nodeId);
    Ok(signatures)
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::{address, keccak256, Signature};

    fn report() -> UsageReport {
        UsageReport {
            originatorNodeId: 100,
            startSequenceId: 1,
            endSequenceId: 100,
            epoch: 0,
            messagesServed: 100,
            payerCount: 3,
            payersRoot: B256::repeat_byte(0x11),
            nodeSetHash: B256::repeat_byte(0x22),
        }
    }

    #[test]
    fn digest_follows_the_documented_type_string() {
        let domain = domain(31337, address!("5FbDB2315678afecb367f032d93F642f64180aa3"));
        let type_hash = keccak256(
            "UsageReport(uint32 originatorNodeId,uint64 startSequenceId,uint64 endSequenceId,\
             uint64 epoch,uint64 messagesServed,uint32 payerCount,bytes32 payersRoot,bytes32 nodeSetHash)",
        );
        assert_eq!(report().eip712_type_hash(), type_hash);
        let on_other_chain = super::domain(1, domain.verifying_contract.unwrap_or_default());
        assert_ne!(
            digest(&report(), &domain),
            digest(&report(), &on_other_chain)
        );
    }

    #[test]
    fn signatures_recover_to_their_nodes_in_id_order() {
        let domain = domain(31337, Address::repeat_byte(7));
        let (a, b) = (PrivateKeySigner::random(), PrivateKeySigner::random());
        let signatures = sign(&report(), &domain, &[(5, &a), (2, &b)]).unwrap();
        assert_eq!(
            signatures.iter().map(|s| s.nodeId).collect::<Vec<_>>(),
            [2, 5]
        );
        let digest = digest(&report(), &domain);
        let recovered = Signature::try_from(signatures[1].signature.as_ref())
            .unwrap()
            .recover_address_from_prehash(&digest)
            .unwrap();
        assert_eq!(recovered, a.address());
        assert_eq!(signatures[0].signature.len(), 65);
    }
}
