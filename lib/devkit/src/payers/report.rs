//! Usage reports: the EIP-712 digest the nodes sign, signing it with their keys, and
//! [`build_and_sign`], the one place a client turns what a node served into a signed report.

use alloy::{
    primitives::{Address, Bytes, B256},
    signers::{local::PrivateKeySigner, SignerSync},
    sol_types::{eip712_domain, Eip712Domain, SolStruct},
};
pub use xmtp_bindings::payers::{INodeQuorum::NodeSignature, IPayers::UsageReport};

use super::tree::PayerTree;

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

/// What one node served in one epoch: the facts its usage report states.
#[derive(Clone, Copy, Debug)]
pub struct Served<'a> {
    /// The node that originated the messages.
    pub originator: u32,
    /// The epoch they were served in.
    pub epoch: u64,
    /// The first sequence id of the range (the one after the node's last reported).
    pub start: u64,
    /// How many messages, the range's length.
    pub messages: u64,
    /// The payers charged for them.
    pub payers: &'a PayerTree,
}

/// How many of an epoch's `set_size` nodes must sign its usage reports: a strict majority, as
/// `Payers.submitUsageReport` requires.
pub fn majority(set_size: usize) -> usize {
    set_size / 2 + 1
}

/// Builds the usage report of `served` against the epoch's report node set (`node_set`: its hash
/// and size, as `report_node_set` reads them) and signs it with the first strict majority of
/// `members` (nodes of that set, with their signing keys). The report and its signatures, ready
/// for `submit_usage_report`.
///
/// Fewer members than a majority sign what they can: the contract then refuses the report by
/// name, which is what a test of that refusal wants.
pub fn build_and_sign<'k>(
    served: Served<'_>,
    node_set: (B256, usize),
    members: impl IntoIterator<Item = (u32, &'k PrivateKeySigner)>,
    domain: &Eip712Domain,
) -> Result<(UsageReport, Vec<NodeSignature>), alloy::signers::Error> {
    let (node_set_hash, set_size) = node_set;
    let report = UsageReport {
        originatorNodeId: served.originator,
        startSequenceId: served.start,
        endSequenceId: served.start + served.messages - 1,
        epoch: served.epoch,
        messagesServed: served.messages,
        // A tree has at most a few thousand leaves; the contract bounds it far below u32.
        payerCount: u32::try_from(served.payers.len()).unwrap_or(u32::MAX),
        payersRoot: served.payers.root(),
        nodeSetHash: node_set_hash,
    };
    let signers: Vec<_> = members.into_iter().take(majority(set_size)).collect();
    let signatures = sign(&report, domain, &signers)?;
    Ok((report, signatures))
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

    #[test]
    fn build_and_sign_states_the_range_and_signs_with_a_strict_majority() {
        use super::super::tree::PayerFee;
        use alloy::primitives::aliases::U96;

        let domain = domain(31337, Address::repeat_byte(7));
        let keys: Vec<_> = (0..5).map(|_| PrivateKeySigner::random()).collect();
        let members: Vec<_> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| (9 - i as u32, k))
            .collect();
        let tree = PayerTree::new(vec![PayerFee {
            payer: Address::repeat_byte(1),
            fee: U96::from(5),
        }])
        .unwrap();
        let served = Served {
            originator: 9,
            epoch: 4,
            start: 11,
            messages: 10,
            payers: &tree,
        };
        let (report, signatures) =
            build_and_sign(served, (B256::repeat_byte(3), 5), members, &domain).unwrap();
        assert_eq!((report.startSequenceId, report.endSequenceId), (11, 20));
        assert_eq!(
            (report.epoch, report.messagesServed, report.payerCount),
            (4, 10, 1)
        );
        assert_eq!(report.payersRoot, tree.root());
        assert_eq!(report.nodeSetHash, B256::repeat_byte(3));
        // The first three members (ids 9, 8, 7), in ascending id order.
        assert_eq!(
            signatures.iter().map(|s| s.nodeId).collect::<Vec<_>>(),
            [7, 8, 9]
        );
        assert_eq!(majority(4), 3);
        assert_eq!(majority(1), 1);
    }
}
