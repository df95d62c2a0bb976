//! A throw-away local chain: anvil plus the suite deployed by the project's deploy script.
//!
//! Deployment goes through `script/Deploy.s.sol` rather than through the bindings' bytecode so
//! that the local chain exercises exactly what production deployments run.

use std::{
    ffi::OsString,
    path::{Path, PathBuf},
    process::ExitStatus,
    time::Duration,
};

use alloy::{
    node_bindings::{Anvil, AnvilInstance, NodeError},
    primitives::Address,
    providers::{ext::AnvilApi, DynProvider, Provider, ProviderBuilder},
    signers::local::PrivateKeySigner,
    transports::{http::reqwest::Url, TransportError},
};

use crate::{
    deployments::{Deployments, DeploymentsError},
    forge::{self, ForgeError, TmpFile},
    toolchain::{Toolchain, ToolchainError},
};

/// The deploy script, relative to the project root.
const DEPLOY_SCRIPT: &str = "script/Deploy.s.sol:Deploy";

/// How long a deploy may take. Generous because forge compiles first when `out/` is stale, and
/// the solc-js compiler behind the shim is slow.
const DEPLOY_TIMEOUT: Duration = Duration::from_secs(900);

/// How often providers of the local chain poll for receipts and blocks.
const POLL_INTERVAL: Duration = Duration::from_millis(20);

/// Why the local chain could not be started or the suite not deployed.
#[derive(Debug, thiserror::Error)]
pub enum DevnetError {
    /// The toolchain could not be located.
    #[error(transparent)]
    Toolchain(#[from] ToolchainError),
    /// anvil did not start.
    #[error("could not start anvil at {}", path.display())]
    Spawn {
        /// The anvil binary.
        path: PathBuf,
        /// What went wrong.
        #[source]
        source: NodeError,
    },
    /// The blocking task that starts anvil panicked or was cancelled.
    #[error("the task starting anvil failed")]
    SpawnTask(#[source] tokio::task::JoinError),
    /// anvil printed no dev accounts, so there is no key to deploy with.
    #[error("anvil reported no dev accounts")]
    NoDevKey,
    /// The folder for temporary deployment records could not be created.
    #[error("cannot create {}", path.display())]
    TmpDir {
        /// The folder.
        path: PathBuf,
        /// The I/O failure.
        #[source]
        source: std::io::Error,
    },
    /// forge could not be launched.
    #[error("could not run forge at {}", path.display())]
    ForgeLaunch {
        /// The forge binary.
        path: PathBuf,
        /// The I/O failure.
        #[source]
        source: std::io::Error,
    },
    /// forge did not finish in time.
    #[error("the deploy script did not finish within {}s", timeout.as_secs())]
    ForgeTimeout {
        /// The limit.
        timeout: Duration,
    },
    /// A contract's runtime code is over EIP-170's limit, so no chain with the limit would take
    /// it.
    #[error(
        "a contract is over EIP-170's 24,576-byte code size limit: it would not deploy to a real \
         chain either (`make build` names it)\n{output}"
    )]
    CodeSizeLimit {
        /// The last lines forge printed, naming the contract and its size.
        output: String,
    },
    /// The deploy script failed.
    #[error("the deploy script failed ({status})\n{output}")]
    DeployFailed {
        /// forge's exit status.
        status: ExitStatus,
        /// The last lines forge printed.
        output: String,
    },
    /// The script succeeded but its record could not be read.
    #[error("cannot read the deployment record {}", path.display())]
    RecordRead {
        /// The record.
        path: PathBuf,
        /// The I/O failure.
        #[source]
        source: std::io::Error,
    },
    /// The record is malformed.
    #[error("the deploy script wrote an invalid record")]
    Record(#[source] DeploymentsError),
    /// The record is for another chain.
    #[error("the deploy script recorded chain {recorded}, but anvil is chain {expected}")]
    ChainMismatch {
        /// anvil's chain id.
        expected: u64,
        /// The record's chain id.
        recorded: u64,
    },
    /// A recorded proxy has no code, e.g. the script only simulated.
    #[error("no code at the {name} proxy {address} after deployment")]
    NoCode {
        /// The contract.
        name: String,
        /// The proxy address.
        address: Address,
    },
    /// The chain could not be queried.
    #[error("cannot read the code at {address}")]
    Rpc {
        /// The address queried.
        address: Address,
        /// The transport failure.
        #[source]
        source: TransportError,
    },
}

/// A running anvil and the means to deploy the suite to it. Dropping it stops anvil.
#[derive(Debug)]
pub struct LocalChain {
    anvil: AnvilInstance,
    signer: PrivateKeySigner,
    toolchain: Toolchain,
}

impl LocalChain {
    /// Starts anvil from the toolchain found by [`Toolchain::locate`].
    pub async fn start() -> Result<Self, DevnetError> {
        Self::start_with(Toolchain::locate()?).await
    }

    /// Starts anvil from the toolchain found by [`Toolchain::locate`], with `accounts` funded dev
    /// accounts instead of anvil's default 10: the first is [`Self::signer`], the others
    /// [`Self::other_dev_signers`].
    pub async fn start_with_accounts(accounts: usize) -> Result<Self, DevnetError> {
        Self::spawn(Toolchain::locate()?, Some(accounts)).await
    }

    /// Starts anvil from `toolchain`.
    pub async fn start_with(toolchain: Toolchain) -> Result<Self, DevnetError> {
        Self::spawn(toolchain, None).await
    }

    async fn spawn(toolchain: Toolchain, accounts: Option<usize>) -> Result<Self, DevnetError> {
        let path = toolchain.anvil().to_path_buf();
        let mut anvil = Anvil::at(&path);
        if let Some(accounts) = accounts {
            anvil = anvil.args(["--accounts".to_owned(), accounts.to_string()]);
        }
        // `try_spawn` blocks while it reads anvil's banner; keep that off the async workers.
        let anvil = tokio::task::spawn_blocking(move || anvil.try_spawn())
            .await
            .map_err(DevnetError::SpawnTask)?
            .map_err(|source| DevnetError::Spawn { path, source })?;
        let key = anvil.keys().first().ok_or(DevnetError::NoDevKey)?;
        let signer = PrivateKeySigner::from(key.clone());
        Ok(Self {
            anvil,
            signer,
            toolchain,
        })
    }

    /// The HTTP JSON-RPC endpoint, e.g. `http://localhost:34567`.
    pub fn endpoint(&self) -> String {
        self.anvil.endpoint()
    }

    /// The HTTP JSON-RPC endpoint as a URL.
    pub fn endpoint_url(&self) -> Url {
        self.anvil.endpoint_url()
    }

    /// The chain id anvil reports.
    pub fn chain_id(&self) -> u64 {
        self.anvil.chain_id()
    }

    /// The first dev account's key: the deployer, admin and publisher of the local suite.
    pub fn signer(&self) -> &PrivateKeySigner {
        &self.signer
    }

    /// The toolchain this chain was started with.
    pub fn toolchain(&self) -> &Toolchain {
        &self.toolchain
    }

    /// A provider that signs with [`Self::signer`].
    ///
    /// Nonces are read from the chain for every transaction: alloy's default cached nonce
    /// manager reserves a nonce before gas estimation, so a call the contract refuses would leave
    /// a gap and every later transaction would wait forever in anvil's queue.
    pub fn provider(&self) -> DynProvider {
        self.provider_for(&self.signer)
    }

    /// anvil's funded dev accounts after the first (which is [`Self::signer`]), for tests and
    /// the tour to act as operators and payers.
    pub fn other_dev_signers(&self) -> Vec<PrivateKeySigner> {
        self.anvil
            .keys()
            .iter()
            .skip(1)
            .map(|key| PrivateKeySigner::from(key.clone()))
            .collect()
    }

    /// A provider that signs with `signer` (see [`Self::provider`] for its nonce handling).
    ///
    /// It polls every 20 ms: anvil mines each transaction as it arrives, and a
    /// receipt that misses alloy's first look would otherwise wait for its 250 ms local default.
    pub fn provider_for(&self, signer: &PrivateKeySigner) -> DynProvider {
        let provider = ProviderBuilder::default()
            .with_gas_estimation()
            .with_simple_nonce_management()
            .with_chain_id(self.chain_id())
            .wallet(signer.clone())
            .connect_http(self.endpoint_url())
            .erased();
        provider.client().set_poll_interval(POLL_INTERVAL);
        provider
    }

    /// Deploys the suite with the project's deploy script and returns its record, after
    /// checking that every recorded proxy has code.
    pub async fn deploy_suite(&self) -> Result<Deployments, DevnetError> {
        let tag = format!("localchain-{}", self.anvil.port());
        let record =
            TmpFile::create(self.toolchain.root(), &tag).map_err(|source| DevnetError::TmpDir {
                path: forge::tmp_dir(self.toolchain.root()),
                source,
            })?;
        self.run_deploy_script(record.path()).await?;
        let json =
            std::fs::read_to_string(record.path()).map_err(|source| DevnetError::RecordRead {
                path: record.path().to_path_buf(),
                source,
            })?;
        let origin = format!("the deploy script's record for {}", self.endpoint());
        let deployments = Deployments::from_json(&json, origin).map_err(DevnetError::Record)?;
        if deployments.chain_id != self.chain_id() {
            return Err(DevnetError::ChainMismatch {
                expected: self.chain_id(),
                recorded: deployments.chain_id,
            });
        }
        self.verify_code(&deployments).await?;
        Ok(deployments)
    }

    async fn run_deploy_script(&self, record: &Path) -> Result<(), DevnetError> {
        let env: [(&str, OsString); 2] = [
            // The key goes through the environment only: argv is visible to every local user.
            ("PRIVATE_KEY", self.signer.to_bytes().to_string().into()),
            ("DEPLOYMENTS_PATH", record.as_os_str().to_owned()),
        ];
        // Inherited role holders (or a timelock delay) would hand the local suite's roles to
        // someone else; the local suite is the deployer's alone, with the contracts' defaults
        // (callers set prices themselves).
        let remove = [
            "ADMIN",
            "PAUSER",
            "NODE_MANAGER",
            "TIMELOCK_DELAY",
            "VARIABLE_COST_PER_MESSAGE",
        ];
        forge::run_script(
            &self.toolchain,
            DEPLOY_SCRIPT,
            &self.endpoint(),
            &env,
            &remove,
            DEPLOY_TIMEOUT,
        )
        .await
        .map_err(|error| match error {
            ForgeError::Launch { path, source } => DevnetError::ForgeLaunch { path, source },
            ForgeError::Timeout { timeout, .. } => DevnetError::ForgeTimeout { timeout },
            ForgeError::CodeSizeLimit { output } => DevnetError::CodeSizeLimit { output },
            ForgeError::Failed { status, output, .. } => {
                DevnetError::DeployFailed { status, output }
            }
        })
    }

    async fn verify_code(&self, deployments: &Deployments) -> Result<(), DevnetError> {
        // The script writes its record during simulation, so a record alone does not prove
        // that anything reached the chain.
        let provider = ProviderBuilder::new().connect_http(self.endpoint_url());
        for (name, contract) in &deployments.contracts {
            let address = contract.proxy;
            let code = provider
                .get_code_at(address)
                .await
                .map_err(|source| DevnetError::Rpc { address, source })?;
            if code.is_empty() {
                return Err(DevnetError::NoCode {
                    name: name.clone(),
                    address,
                });
            }
        }
        Ok(())
    }
}

/// Moves anvil's clock `seconds` forward and mines a block at the new time, so that the next
/// call sees it (a view runs against the latest block, not the clock).
pub async fn advance_time<P: Provider>(provider: &P, seconds: u64) -> Result<(), TransportError> {
    provider.anvil_increase_time(seconds).await?;
    provider.anvil_mine(Some(1), None).await
}

/// Mines a block at `timestamp` on anvil, which must be later than the latest block's.
pub async fn advance_to<P: Provider>(provider: &P, timestamp: u64) -> Result<(), TransportError> {
    provider.anvil_set_next_block_timestamp(timestamp).await?;
    provider.anvil_mine(Some(1), None).await
}
