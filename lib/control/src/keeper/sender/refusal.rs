//! How a refusal is named for people: why a send did not end well ([`SendError`], one line each,
//! with a stable [`SendError::kind`] for the alerts), the contract's refusal read from a JSON-RPC
//! error, and a node's refusal of a raw transaction read from its wording.

use std::time::Duration;

use alloy::{primitives::TxHash, transports::TransportError};

use super::{decode_revert, SuiteRevert, MAX_NONCE_RESYNCS};
use crate::keeper::state::StateError;
use crate::revert::revert_data;

/// Why a send did not end well.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// The simulation (or gas estimation) reverted: nothing was sent.
    #[error("{label} refused by the contract: {revert}")]
    Rejected {
        /// What the call is.
        label: &'static str,
        /// Why.
        revert: SuiteRevert,
    },
    /// The transaction was mined but reverted.
    #[error("{label}: transaction {tx_hash} reverted on chain{}", revert.as_ref().map(|r| format!(": {r}")).unwrap_or_default())]
    RevertedOnChain {
        /// What the call is.
        label: &'static str,
        /// The mined transaction.
        tx_hash: TxHash,
        /// Why, from replaying the call at the mined block; `None` if the replay succeeds.
        revert: Option<SuiteRevert>,
    },
    /// No transaction for the nonce was mined, after the fees reached the cap and one more
    /// timeout.
    #[error("{label}: nonce {nonce} not mined after {} attempts, the last at the fee cap", hashes.len())]
    Stuck {
        /// What the call is.
        label: &'static str,
        /// The nonce.
        nonce: u64,
        /// Every transaction signed and offered for the nonce, first to last.
        hashes: Vec<TxHash>,
    },
    /// The transaction was mined but did not get the confirmations in time.
    #[error("{label}: transaction {tx_hash} mined but without {confirmations} confirmations after {}s", waited.as_secs())]
    Unconfirmed {
        /// What the call is.
        label: &'static str,
        /// The mined transaction.
        tx_hash: TxHash,
        /// The confirmations required.
        confirmations: u64,
        /// How long the sender waited after seeing it mined.
        waited: Duration,
    },
    /// The nonce kept going to transactions that are not ours (the key is used elsewhere).
    #[error("{label}: nonce {nonce} was taken by another transaction of this key {MAX_NONCE_RESYNCS} times over")]
    NonceConflict {
        /// What the call is.
        label: &'static str,
        /// The last nonce tried.
        nonce: u64,
    },
    /// A JSON-RPC request failed (after the RPC layer's failover and retries) or was refused.
    #[error("{label}: {method} failed")]
    Rpc {
        /// What the call is.
        label: &'static str,
        /// The request, e.g. `eth_sendRawTransaction`.
        method: &'static str,
        /// The failure.
        #[source]
        source: TransportError,
    },
    /// The latest block has no base fee: the chain does not do EIP-1559.
    #[error("{label}: the latest block has no base fee (EIP-1559 is required)")]
    NoBaseFee {
        /// What the call is.
        label: &'static str,
    },
    /// The transaction could not be signed.
    #[error("{label}: cannot sign the transaction")]
    Signing {
        /// What the call is.
        label: &'static str,
        /// The failure.
        #[source]
        source: alloy::signers::Error,
    },
    /// The base fee is above the cap: nothing was sent.
    #[error("{label}: base fee {base_fee} wei is above the fee cap {cap} wei; nothing sent")]
    FeeCapTooLow {
        /// What the call is.
        label: &'static str,
        /// The latest block's base fee, wei per gas.
        base_fee: u128,
        /// The configured cap, wei per gas.
        cap: u128,
    },
    /// [`Sender::stop`] was called: nothing more is signed. A transaction already sent stays in
    /// the journal and is watched at the next start.
    #[error("{label}: stopped{}", nonce.map(|n| format!(" with nonce {n} in flight ({} transaction(s) recorded)", hashes.len())).unwrap_or_else(|| " before signing".into()))]
    Stopped {
        /// What the call is.
        label: &'static str,
        /// The nonce in flight, if a transaction was sent.
        nonce: Option<u64>,
        /// Every transaction signed for it.
        hashes: Vec<TxHash>,
    },
    /// The in-flight journal could not be written: nothing is broadcast unrecorded.
    #[error("{label}: cannot record the transaction in the in-flight journal")]
    Journal {
        /// What the call is.
        label: &'static str,
        /// The failure.
        #[source]
        source: StateError,
    },
    /// Transactions of ours are still pending from before and could not be settled.
    #[error("{label}: nonce {nonce} of an earlier transaction is still pending; no new work until it settles")]
    PendingBefore {
        /// What the call is.
        label: &'static str,
        /// The nonce still pending.
        nonce: u64,
        /// Why it could not be settled.
        #[source]
        source: Box<SendError>,
    },
}

impl SendError {
    /// The suite error's name for a refused or reverted call, e.g. `RotationNotDue`: "not due"
    /// or "already reported" means another keeper got there first.
    pub fn revert_name(&self) -> Option<&'static str> {
        self.revert().map(|revert| revert.name)
    }

    /// What kind of failure this is, for logs and the alerts' repeat suppression: the suite
    /// error's name for a refused call (`RotationNotDue`), else a fixed snake_case word. The
    /// numbers and hashes that differ between two failures of one kind are not part of it.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Rejected { revert, .. } => revert.name,
            Self::RevertedOnChain { .. } => "reverted_on_chain",
            Self::Stuck { .. } => "stuck",
            Self::Unconfirmed { .. } => "unconfirmed",
            Self::NonceConflict { .. } => "nonce_conflict",
            Self::Rpc { .. } => "rpc",
            Self::NoBaseFee { .. } => "no_base_fee",
            Self::Signing { .. } => "signing",
            Self::FeeCapTooLow { .. } => "fee_cap",
            Self::Stopped { .. } => "stopped",
            Self::Journal { .. } => "journal",
            Self::PendingBefore { .. } => "pending_before",
        }
    }

    /// The decoded revert for a refused or reverted call.
    pub fn revert(&self) -> Option<&SuiteRevert> {
        match self {
            Self::Rejected { revert, .. } => Some(revert),
            Self::RevertedOnChain { revert, .. } => revert.as_ref(),
            _ => None,
        }
    }
}

/// What a node's refusal of a raw transaction means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Refusal {
    /// This very transaction is in its pool.
    AlreadyKnown,
    /// The nonce is used: mined, by us or not.
    NonceTooLow,
    /// Another transaction with this nonce and at least these fees is in its pool.
    Underpriced,
}

/// Reads a node's refusal of a raw transaction, from the wording of geth, reth, anvil, erigon
/// and nethermind.
pub(super) fn refusal(message: &str) -> Option<Refusal> {
    let message = message.to_ascii_lowercase();
    if message.contains("already known")
        || message.contains("known transaction")
        || message.contains("already imported")
        || message.contains("alreadyknown")
    {
        Some(Refusal::AlreadyKnown)
    } else if message.contains("nonce too low")
        || message.contains("oldnonce")
        || message.contains("nonce has already been used")
    {
        Some(Refusal::NonceTooLow)
    } else if message.contains("replacement transaction underpriced")
        || message.contains("replacementnotallowed")
        || message.contains("could not replace existing tx")
    {
        Some(Refusal::Underpriced)
    } else {
        None
    }
}

/// A failed simulation or estimate: a refusal if the contract reverted, else an RPC failure.
pub(super) fn rejection_or_rpc(
    label: &'static str,
    method: &'static str,
    source: TransportError,
) -> SendError {
    match revert_data(&source) {
        Some(data) => SendError::Rejected {
            label,
            revert: decode_revert(&data),
        },
        None => SendError::Rpc {
            label,
            method,
            source,
        },
    }
}

pub(super) fn stopped_before_signing(label: &'static str) -> SendError {
    SendError::Stopped {
        label,
        nonce: None,
        hashes: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::{primitives::U256, sol_types::SolError};
    use xmtp_bindings::node_selection_manager::NodeSelectionManager;

    /// The alerts' repeat key: two fee-cap failures with other numbers are one kind; a refusal
    /// is known by its error's name, not its arguments.
    #[test]
    fn a_failure_kind_leaves_out_the_numbers() {
        let spike = |base_fee| SendError::FeeCapTooLow {
            label: "NodeSelectionManager.rotateNodes",
            base_fee,
            cap: 50,
        };
        assert_ne!(spike(60).to_string(), spike(90).to_string());
        assert_eq!(spike(60).kind(), spike(90).kind());
        assert_eq!(spike(60).kind(), "fee_cap");
        let not_due = |at: u64| SendError::Rejected {
            label: "NodeSelectionManager.rotateNodes",
            revert: decode_revert(
                &NodeSelectionManager::RotationNotDue {
                    nextRotationAt: U256::from(at),
                }
                .abi_encode(),
            ),
        };
        assert_eq!(not_due(1).kind(), not_due(2).kind());
        assert_eq!(not_due(1).kind(), "RotationNotDue");
    }

    #[test]
    fn revert_name_is_given_for_refusals_and_reverts_only() {
        let revert = decode_revert(
            &NodeSelectionManager::RotationNotDue {
                nextRotationAt: U256::from(1),
            }
            .abi_encode(),
        );
        let rejected = SendError::Rejected {
            label: "NodeSelectionManager.rotateNodes",
            revert: revert.clone(),
        };
        assert_eq!(rejected.revert_name(), Some("RotationNotDue"));
        assert_eq!(
            rejected.to_string(),
            "NodeSelectionManager.rotateNodes refused by the contract: RotationNotDue(1)"
        );
        let reverted = SendError::RevertedOnChain {
            label: "x",
            tx_hash: TxHash::ZERO,
            revert: Some(revert),
        };
        assert_eq!(reverted.revert_name(), Some("RotationNotDue"));
        let stuck = SendError::Stuck {
            label: "x",
            nonce: 1,
            hashes: vec![],
        };
        assert_eq!(stuck.revert_name(), None);
    }

    #[test]
    fn reads_node_refusals() {
        assert_eq!(refusal("already known"), Some(Refusal::AlreadyKnown));
        assert_eq!(
            refusal("nonce too low: next nonce 5, tx nonce 4"),
            Some(Refusal::NonceTooLow)
        );
        assert_eq!(
            refusal("replacement transaction underpriced"),
            Some(Refusal::Underpriced)
        );
        assert_eq!(refusal("insufficient funds for gas * price + value"), None);
        assert_eq!(refusal("transaction underpriced"), None);
    }
}
