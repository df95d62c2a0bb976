//! Governance by the multisig: every change to the suite (an upgrade, a parameter, a pause) is prepared here as a
//! Safe Transaction Builder batch file that the Safe's owners import into the Safe web app, review and sign. Nothing
//! here signs for the Safe.
//!
//! - [`layout`] snapshots each contract's ERC-7201 storage and refuses a layout that would misread it.
//! - [`batch`] is the batch file: built from a contract call, written, read back and checked.
//! - [`upgrade`] checks the layout, deploys the new implementation with `script/Upgrade.s.sol` and writes the batch
//!   calling `upgradeToAndCall` on the proxy.
//! - [`params`] writes one batch per parameter change, checked against the contract's bounds and simulated from the
//!   Safe first.
//! - [`execute`] runs a batch on anvil by impersonating the Safe, so that every path is exercised in tests and the
//!   local tour.

pub mod batch;
pub mod execute;
pub mod forge;
pub mod layout;
pub mod params;
pub mod toolchain;
pub mod upgrade;

use std::{fmt, path::PathBuf, sync::Arc};

use alloy::{
    providers::{DynProvider, Provider},
    transports::{http::reqwest::Url, TransportError},
};

// Named at the root so that every module reaches the keeper's crate as `crate::deployments`, `crate::keeper`,
// `crate::revert` and `crate::suite`.
use xmtp_control::{deployments, keeper, revert, suite};

use crate::{
    deployments::Deployments,
    keeper::{
        chain::{self, ChainError, RpcPolicy},
        config::Config,
        metrics::Metrics,
    },
    toolchain::Toolchain,
};

/// The types governance commands take, re-exported so that the binary needs no alloy of its own.
pub use alloy::primitives::{Address, Bytes, U256};

pub use self::{
    batch::{Batch, BatchError},
    execute::{ExecuteError, Executed},
    layout::LayoutError,
    params::{ParamChange, ParamsError},
    upgrade::{PreparedUpgrade, UpgradeError, UpgradeRequest},
};

/// What every governance command works with: the chain, the suite's deployment record, the Safe, and the project
/// (forge, the build, the layout snapshots).
#[derive(Clone)]
pub struct Governance {
    /// Reads and simulations.
    pub provider: DynProvider,
    /// The URL forge scripts broadcast to.
    pub rpc_url: Url,
    /// The chain's id, checked against the record.
    pub chain_id: u64,
    /// The suite.
    pub deployments: Deployments,
    /// The governance multisig: the admin of every contract.
    pub safe: Address,
    /// The project root and the Foundry binaries.
    pub toolchain: Toolchain,
}

impl fmt::Debug for Governance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Governance")
            .field(
                "rpc_host",
                &crate::keeper::chain::redacted_host(&self.rpc_url),
            )
            .field("chain_id", &self.chain_id)
            .field("record", &self.deployments.origin())
            .field("safe", &self.safe)
            .field("root", &self.toolchain.root())
            .finish_non_exhaustive()
    }
}

/// Why the chain and the record do not go together.
#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    /// The RPC endpoints could not be set up.
    #[error(transparent)]
    Chain(#[from] ChainError),
    /// The chain id could not be read.
    #[error("cannot read the chain id")]
    Rpc(#[source] TransportError),
    /// The record is for another chain.
    #[error(
        "the deployment record {record} is for chain {expected}, but the RPC serves chain {actual}"
    )]
    WrongChain {
        /// Where the record came from.
        record: String,
        /// The record's chain id.
        expected: u64,
        /// The RPC's chain id.
        actual: u64,
    },
}

impl Governance {
    /// Checks that `provider` serves the chain of `deployments`; `rpc_url` is the same chain's URL for forge.
    pub async fn connect(
        provider: DynProvider,
        rpc_url: Url,
        deployments: Deployments,
        safe: Address,
        toolchain: Toolchain,
    ) -> Result<Self, ConnectError> {
        let chain_id = provider.get_chain_id().await.map_err(ConnectError::Rpc)?;
        if chain_id != deployments.chain_id {
            return Err(ConnectError::WrongChain {
                record: deployments.origin().to_owned(),
                expected: deployments.chain_id,
                actual: chain_id,
            });
        }
        Ok(Self {
            provider,
            rpc_url,
            chain_id,
            deployments,
            safe,
            toolchain,
        })
    }

    /// From the keeper's validated configuration: its RPC URLs (with failover; forge gets the first) and deployment
    /// record.
    pub async fn from_config(
        config: &Config,
        safe: Address,
        toolchain: Toolchain,
    ) -> Result<Self, ConnectError> {
        let policy = RpcPolicy {
            request_timeout: config.rpc.request_timeout,
            attempts: config.rpc.attempts,
            initial_backoff: config.rpc.initial_backoff,
            max_backoff: config.rpc.max_backoff,
        };
        let provider = chain::connect(&config.rpc_urls, policy, Arc::new(Metrics::default()))?;
        let rpc_url = config.rpc_urls.first().cloned().ok_or(ChainError::NoUrls)?;
        Self::connect(
            provider,
            rpc_url,
            config.deployments.clone(),
            safe,
            toolchain,
        )
        .await
    }

    /// The committed storage-layout snapshots, `snapshots/storage/` in the project.
    pub fn default_snapshots(&self) -> PathBuf {
        self.toolchain.root().join(layout::SNAPSHOT_DIR)
    }

    /// Where a batch goes by default: `safe-batches/<chainId>-<name>-<createdAt>.json` in the project.
    pub fn default_batch_path(&self, batch: &Batch) -> PathBuf {
        batch.default_path(self.toolchain.root())
    }
}

/// Any governance failure, for callers that chain several steps (the CLI, the local tour).
#[derive(Debug, thiserror::Error)]
pub enum GovError {
    /// The chain and the record do not go together.
    #[error(transparent)]
    Connect(#[from] ConnectError),
    /// The upgrade could not be prepared.
    #[error(transparent)]
    Upgrade(#[from] UpgradeError),
    /// The parameter change could not be prepared.
    #[error(transparent)]
    Params(#[from] ParamsError),
    /// The batch could not be written or read.
    #[error(transparent)]
    Batch(#[from] BatchError),
    /// The batch could not be executed.
    #[error(transparent)]
    Execute(#[from] ExecuteError),
}

impl GovError {
    /// Whether the input is at fault (exit code 2: nothing was sent, or nothing that matters) rather than the chain
    /// or a tool (exit code 1).
    pub fn is_bad_input(&self) -> bool {
        match self {
            Self::Connect(ConnectError::WrongChain { .. } | ConnectError::Chain(_)) => true,
            Self::Connect(ConnectError::Rpc(_)) => false,
            Self::Upgrade(error) => error.is_bad_input(),
            Self::Params(error) => error.is_bad_input(),
            Self::Batch(error) => matches!(error, BatchError::Method { .. }),
            Self::Execute(error) => error.is_bad_input(),
        }
    }
}
