//! What the chain says about the network the watcher reads: the epoch in force, its active set, each node's
//! address, and the signer records that decide whose signature an envelope carries.

use std::{
    collections::{BTreeMap, HashMap},
    time::{Duration, Instant},
};

use alloy::{primitives::Address, providers::DynProvider};
use reqwest::Url;
use xmtp_bindings::{node_selection_manager::NodeSelectionManager, nodes::Nodes};

use crate::evidence::{signer_cache::SignerCache, SignerRecord};

/// How long a signer record is trusted before it is read again (a key may be rotated out).
const SIGNER_TTL: Duration = Duration::from_secs(300);

/// Why the chain could not be read.
#[derive(Debug, thiserror::Error)]
pub enum NetworkError {
    /// A contract read failed.
    #[error("cannot read {what}")]
    Read {
        /// What was read.
        what: &'static str,
        /// Why.
        #[source]
        source: Box<alloy::contract::Error>,
    },
    /// A number read does not fit.
    #[error("{what} does not fit in a u64")]
    Overflow {
        /// What was read.
        what: &'static str,
    },
}

/// One node the watcher reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WatchedNode {
    /// The node's id.
    pub node_id: u32,
    /// Where its API answers: the override, else the registry's `httpAddress`; `None` when neither parses.
    pub url: Option<Url>,
}

/// The epoch in force and the nodes to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkView {
    /// `NodeSelectionManager.currentEpoch()`.
    pub epoch: u64,
    /// The epoch's active set, ascending by id.
    pub active: Vec<WatchedNode>,
}

impl NetworkView {
    /// The active node ids.
    pub fn node_ids(&self) -> Vec<u32> {
        self.active.iter().map(|node| node.node_id).collect()
    }
}

/// The suite's registry and selection manager, read for the watcher.
#[derive(Debug)]
pub struct Chain {
    provider: DynProvider,
    nodes: Address,
    selection: Address,
    signers: SignerCache,
}

impl Chain {
    /// Reads through `provider` the registry at `nodes` and the selection manager at `selection`.
    pub fn new(provider: DynProvider, nodes: Address, selection: Address) -> Self {
        Self {
            provider,
            nodes,
            selection,
            signers: SignerCache::new(SIGNER_TTL),
        }
    }

    /// The current epoch.
    pub async fn current_epoch(&self) -> Result<u64, NetworkError> {
        let epoch = NodeSelectionManager::new(self.selection, &self.provider)
            .currentEpoch()
            .call()
            .await
            .map_err(|source| NetworkError::Read {
                what: "NodeSelectionManager.currentEpoch()",
                source: Box::new(source),
            })?;
        u64::try_from(epoch).map_err(|_| NetworkError::Overflow {
            what: "currentEpoch",
        })
    }

    /// The active node ids of `epoch`, ascending.
    pub async fn active_at(&self, epoch: u64) -> Result<Vec<u32>, NetworkError> {
        let mut ids = NodeSelectionManager::new(self.selection, &self.provider)
            .activeNodeIdsAt(alloy::primitives::U256::from(epoch))
            .call()
            .await
            .map_err(|source| NetworkError::Read {
                what: "NodeSelectionManager.activeNodeIdsAt(epoch)",
                source: Box::new(source),
            })?;
        ids.sort_unstable();
        ids.dedup();
        Ok(ids)
    }

    /// The epoch in force, its active set and where each node answers (`overrides` first).
    pub async fn view(&self, overrides: &BTreeMap<u32, Url>) -> Result<NetworkView, NetworkError> {
        let epoch = self.current_epoch().await?;
        let ids = self.active_at(epoch).await?;
        let registry = Nodes::new(self.nodes, &self.provider);
        let mut active = Vec::with_capacity(ids.len());
        for node_id in ids {
            let node =
                registry
                    .getNode(node_id)
                    .call()
                    .await
                    .map_err(|source| NetworkError::Read {
                        what: "Nodes.getNode(nodeId)",
                        source: Box::new(source),
                    })?;
            // Each active node's current key is known before its envelopes are read.
            self.signer_record(node.signer).await?;
            let url = match overrides.get(&node_id) {
                Some(url) => Some(url.clone()),
                None => Url::parse(&node.httpAddress)
                    .ok()
                    .filter(|url| matches!(url.scheme(), "http" | "https")),
            };
            active.push(WatchedNode { node_id, url });
        }
        Ok(NetworkView { epoch, active })
    }

    /// The cached record of `signer`, while fresh; `None` when it was not read lately (the checks then defer the
    /// envelopes it signed until it is).
    pub fn cached_signer_record(&self, signer: Address) -> Option<SignerRecord> {
        self.signers.get(signer, Instant::now())
    }

    /// `Nodes.signerRecord(signer)`, cached for a few minutes.
    pub async fn signer_record(&self, signer: Address) -> Result<SignerRecord, NetworkError> {
        if let Some(record) = self.cached_signer_record(signer) {
            return Ok(record);
        }
        let record = Nodes::new(self.nodes, &self.provider)
            .signerRecord(signer)
            .call()
            .await
            .map_err(|source| NetworkError::Read {
                what: "Nodes.signerRecord(signer)",
                source: Box::new(source),
            })?;
        let record = SignerRecord::from(record);
        self.signers.insert(signer, record, Instant::now());
        Ok(record)
    }

    /// The records of `signers`, each read once.
    pub async fn signer_records(
        &self,
        signers: impl IntoIterator<Item = Address>,
    ) -> Result<HashMap<Address, SignerRecord>, NetworkError> {
        let mut records = HashMap::new();
        for signer in signers {
            if let std::collections::hash_map::Entry::Vacant(entry) = records.entry(signer) {
                entry.insert(self.signer_record(signer).await?);
            }
        }
        Ok(records)
    }
}
