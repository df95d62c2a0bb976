//! The world the integration tests build again and again: a throw-away
//! anvil with the suite deployed, the deployment record on disk where a keeper reads it
//! (`KEEPER_DEPLOYMENTS`), a scratch folder for configuration files and state directories,
//! nodes seated when asked, keys funded, and the pool and clock moves the keeper's tests make.
//!
//! Each crate's `tests/common` builds on this one type, so that starting a world is written once
//! for the library's tests and the binaries' tests.

use std::{
    path::{Path, PathBuf},
    time::Duration,
};

use alloy::{
    primitives::{Address, TxHash, U256},
    providers::{ext::AnvilApi, DynProvider, Provider},
    signers::local::PrivateKeySigner,
    transports::TransportError,
};
use xmtp_bindings::node_selection_manager::NodeSelectionManager;

use crate::{
    deployments::{Deployments, DeploymentsError},
    devnet::{self, DevnetError, LocalChain},
    selection::{seat_nodes, SeatError, SeatedNode, SeatingContracts},
};

/// What a keeper key is funded with: 10 ETH, far more than any test spends.
pub const KEEPER_FUNDS: u128 = 10u128.pow(19);

/// Why a world could not be built or moved.
#[derive(Debug, thiserror::Error)]
pub enum WorldError {
    /// anvil did not start or the suite did not deploy.
    #[error(transparent)]
    Devnet(#[from] DevnetError),
    /// The deployment record lacks a contract the world needs.
    #[error(transparent)]
    Deployments(#[from] DeploymentsError),
    /// Seating the nodes failed.
    #[error(transparent)]
    Seat(#[from] SeatError),
    /// A call to anvil failed.
    #[error("anvil refused {what}")]
    Anvil {
        /// The call.
        what: &'static str,
        /// Why.
        #[source]
        source: Box<alloy::contract::Error>,
    },
    /// An RPC request to anvil failed.
    #[error(transparent)]
    Rpc(#[from] TransportError),
    /// The scratch folder or the deployment record could not be written.
    #[error("cannot write {}", path.display())]
    Write {
        /// The file or folder.
        path: PathBuf,
        /// The I/O failure.
        #[source]
        source: std::io::Error,
    },
    /// A number read from the chain does not fit.
    #[error("{what} does not fit in a u64")]
    Overflow {
        /// What was read.
        what: &'static str,
    },
    /// The awaited transaction did not reach the pool in time.
    #[error("no transaction {what} reached the pool within {within:?}")]
    NotPooled {
        /// The transaction looked for.
        what: String,
        /// How long it was waited for.
        within: Duration,
    },
}

/// anvil with the suite deployed, its record on disk, and the nodes seated so far.
#[derive(Debug)]
pub struct World {
    /// The chain; anvil stops when the world is dropped.
    pub chain: LocalChain,
    /// A provider signing with the deployer, the suite's admin.
    pub admin: DynProvider,
    /// Where the suite was deployed.
    pub deployments: Deployments,
    /// The deployment record, as `KEEPER_DEPLOYMENTS` names it.
    pub record: PathBuf,
    /// The seating contracts (registry, selection manager, XMTP).
    pub contracts: SeatingContracts,
    /// The nodes seated so far, by [`World::seat`].
    pub seated: Vec<SeatedNode>,
    /// A folder of the world's own, removed with it.
    scratch: PathBuf,
}

impl Drop for World {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.scratch);
    }
}

impl World {
    /// A fresh anvil with the suite deployed and its record written to the world's scratch
    /// folder (named after `tag`, the process and the port, so that tests run side by side).
    pub async fn deployed(tag: &str) -> Result<Self, WorldError> {
        let chain = LocalChain::start().await?;
        let deployments = chain.deploy_suite().await?;
        let admin = chain.provider();
        let contracts = SeatingContracts::from_deployments(&deployments)?;
        let port = chain.endpoint_url().port().unwrap_or_default();
        let scratch =
            std::env::temp_dir().join(format!("xmtp-world-{tag}-{}-{port}", std::process::id()));
        // A leftover of an earlier run with the same process id and port is stale.
        let _ = std::fs::remove_dir_all(&scratch);
        std::fs::create_dir_all(&scratch).map_err(|source| WorldError::Write {
            path: scratch.clone(),
            source,
        })?;
        let record = scratch.join("deployments.json");
        let json = serde_json::to_string(&deployments).map_err(|source| WorldError::Write {
            path: record.clone(),
            source: source.into(),
        })?;
        write(&record, &json)?;
        Ok(Self {
            chain,
            admin,
            deployments,
            record,
            contracts,
            seated: Vec::new(),
            scratch,
        })
    }

    /// [`World::deployed`] with `nodes` nodes staked and seated.
    pub async fn seated(tag: &str, nodes: usize) -> Result<Self, WorldError> {
        let mut world = Self::deployed(tag).await?;
        world.seat(nodes).await?;
        Ok(world)
    }

    /// Stakes, registers and seats `nodes` more nodes (see [`seat_nodes`]); the epoch they are
    /// seated from.
    pub async fn seat(&mut self, nodes: usize) -> Result<u64, WorldError> {
        let (seated, epoch) = seat_nodes(&self.chain, &self.admin, self.contracts, nodes).await?;
        self.seated.extend(seated);
        Ok(epoch)
    }

    /// A path in the world's scratch folder (for a configuration file or a state directory).
    pub fn path(&self, name: &str) -> PathBuf {
        self.scratch.join(name)
    }

    /// Writes `contents` to [`World::path`]`(name)`; the path.
    pub fn file(&self, name: &str, contents: &str) -> Result<PathBuf, WorldError> {
        let path = self.path(name);
        write(&path, contents)?;
        Ok(path)
    }

    /// A fresh key holding [`KEEPER_FUNDS`].
    pub async fn funded_key(&self) -> Result<PrivateKeySigner, WorldError> {
        let key = PrivateKeySigner::random();
        self.admin
            .anvil_set_balance(key.address(), U256::from(KEEPER_FUNDS))
            .await?;
        Ok(key)
    }

    /// The proxy of the suite's contract `name`.
    pub fn proxy(&self, name: &str) -> Result<Address, WorldError> {
        Ok(self.deployments.proxy(name)?)
    }

    /// When the next rotation is due (`NodeSelectionManager.nextRotationAt`).
    pub async fn next_rotation_at(&self) -> Result<u64, WorldError> {
        let next = NodeSelectionManager::new(self.contracts.selection, &self.admin)
            .nextRotationAt()
            .call()
            .await
            .map_err(|source| WorldError::Anvil {
                what: "nextRotationAt",
                source: Box::new(source),
            })?;
        u64::try_from(next).map_err(|_| WorldError::Overflow {
            what: "nextRotationAt",
        })
    }

    /// Moves the clock to the next rotation's due time.
    pub async fn warp_to_next_rotation(&self) -> Result<(), WorldError> {
        devnet::advance_to(&self.admin, self.next_rotation_at().await?).await?;
        Ok(())
    }

    /// The pending transactions in anvil's pool, as `txpool_content` lists them by sender and
    /// nonce.
    pub async fn pending(&self) -> Result<Vec<Pooled>, WorldError> {
        let content: serde_json::Value =
            self.admin.raw_request("txpool_content".into(), ()).await?;
        let mut pooled = Vec::new();
        for (from, by_nonce) in content["pending"].as_object().into_iter().flatten() {
            let Ok(from) = from.parse::<Address>() else {
                continue;
            };
            for (nonce, tx) in by_nonce.as_object().into_iter().flatten() {
                let hash = tx["hash"].as_str().and_then(|hash| hash.parse().ok());
                let (Ok(nonce), Some(hash)) = (nonce.parse(), hash) else {
                    continue;
                };
                pooled.push(Pooled {
                    from,
                    nonce,
                    hash,
                    input: tx["input"].as_str().unwrap_or_default().to_owned(),
                });
            }
        }
        Ok(pooled)
    }

    /// Waits, polling every 20 ms for at most `within`, until a pending transaction matches
    /// `wanted`. `what` names it in the error.
    pub async fn until_pooled(
        &self,
        what: &str,
        within: Duration,
        wanted: impl Fn(&Pooled) -> bool,
    ) -> Result<Pooled, WorldError> {
        let deadline = tokio::time::Instant::now() + within;
        loop {
            if let Some(tx) = self.pending().await?.into_iter().find(|tx| wanted(tx)) {
                return Ok(tx);
            }
            if tokio::time::Instant::now() >= deadline {
                return Err(WorldError::NotPooled {
                    what: what.to_owned(),
                    within,
                });
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

/// A pending transaction in anvil's pool.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pooled {
    /// Its sender.
    pub from: Address,
    /// Its nonce.
    pub nonce: u64,
    /// Its hash.
    pub hash: TxHash,
    /// Its calldata, 0x-prefixed hex.
    pub input: String,
}

impl Pooled {
    /// Whether it calls the function with `selector`.
    pub fn calls(&self, selector: [u8; 4]) -> bool {
        self.input
            .starts_with(&alloy::hex::encode_prefixed(selector))
    }
}

fn write(path: &Path, contents: &str) -> Result<(), WorldError> {
    std::fs::write(path, contents).map_err(|source| WorldError::Write {
        path: path.to_owned(),
        source,
    })
}
