//! The watcher's test world: anvil with the suite deployed and nodes seated (a [`World`]), governance set for a fast
//! test (uptime windows of one epoch, one reported epoch enough), and a [`FakeNetwork`] of gRPC-Web nodes signing with
//! the seated nodes' own keys, each registered at its fake URL. The end-to-end watcher test, the demo chapter and the
//! bench all start from [`WatchWorld::start`].
//!
//! Around it: [`WatchWorld::next_epoch`] moves the clock and rotates, so that the epoch just closed takes reports;
//! [`write_keystore`] writes a witness key the way the keeper reads one; and thin reads of what the watcher's reports
//! and evidence change on chain (stake, reported sequences, performance reports, enforced uptime windows).

use std::{
    collections::BTreeMap,
    io::Write as _,
    path::{Path, PathBuf},
};

use alloy::{
    primitives::{Address, U256},
    providers::{DynProvider, Provider},
    signers::local::{LocalSignerError, PrivateKeySigner},
    sol_types::Eip712Domain,
    transports::{http::reqwest::Url, TransportError},
};
use xmtp_bindings::{
    misbehavior_reports::{
        IWitnessReports::PerformanceReport,
        MisbehaviorReports::{self, MisbehaviorReportsErrors},
    },
    node_selection_manager::NodeSelectionManager,
    nodes::Nodes::{self, NodesErrors},
};

use crate::{
    deployments::MISBEHAVIOR_REPORTS,
    devnet,
    fakenet::{FakeNetError, FakeNetwork},
    nodes::NodesError,
    selection::{rotate, Rotation, SeatedNode, SelectionError},
    tx::{self, Revert, TxError},
    world::{World, WorldError},
};

/// The uptime window [`WatchWorld::start`] sets: one epoch, so that a window closes at every rotation.
pub const UPTIME_WINDOW_EPOCHS: u64 = 1;
/// The reported epochs [`WatchWorld::start`] requires in a window before it can be punished: one.
pub const MIN_REPORTED_EPOCHS: u64 = 1;

/// Why a call to `MisbehaviorReports` did not land, with its error decoded by name.
pub type MisbehaviorReportsError = TxError<Revert<MisbehaviorReportsErrors>>;

/// Why the watcher's world could not be built, moved or read.
#[derive(Debug, thiserror::Error)]
pub enum WatchNetError {
    /// The anvil world could not be built or moved.
    #[error(transparent)]
    World(#[from] WorldError),
    /// The fake network could not start or does not know a node.
    #[error(transparent)]
    FakeNet(#[from] FakeNetError),
    /// `MisbehaviorReports` refused a governance setting.
    #[error(transparent)]
    Misbehavior(#[from] MisbehaviorReportsError),
    /// `Nodes` refused a node's new HTTP address.
    #[error(transparent)]
    Nodes(#[from] NodesError),
    /// `NodeSelectionManager` refused the rotation.
    #[error(transparent)]
    Selection(#[from] SelectionError),
    /// A view call failed.
    #[error("reading {what} failed")]
    Read {
        /// The contract and function read.
        what: &'static str,
        /// Why.
        #[source]
        source: Box<alloy::contract::Error>,
    },
    /// An RPC request to anvil failed.
    #[error(transparent)]
    Rpc(#[from] TransportError),
    /// anvil has no latest block to read the clock from.
    #[error("anvil has no latest block")]
    NoBlock,
    /// A number read from the chain does not fit.
    #[error("{what} does not fit in a u64")]
    Overflow {
        /// What was read.
        what: &'static str,
    },
    /// The rotation was not due at its due time.
    #[error("rotation not due at its due time (next at {next_rotation_at})")]
    NotDue {
        /// When the manager says the next rotation may happen.
        next_rotation_at: U256,
    },
    /// A governance setting reads back other than it was set.
    #[error("{what} reads {found} after being set to {wanted}")]
    Setting {
        /// The setting.
        what: &'static str,
        /// What was set.
        wanted: u64,
        /// What the contract answers.
        found: U256,
    },
    /// The active set is not the seated nodes.
    #[error("epoch {epoch}'s active set is {found:?}, not the seated nodes {seated:?}")]
    ActiveSet {
        /// The epoch read.
        epoch: u64,
        /// The seated node ids, ascending.
        seated: Vec<u32>,
        /// The active node ids, ascending.
        found: Vec<u32>,
    },
    /// A fake node's address is not a URL.
    #[error("node {node_id}'s fake address {address} is not a URL")]
    BadUrl {
        /// The node.
        node_id: u32,
        /// The address.
        address: String,
    },
    /// No seated node has this id.
    #[error("no seated node {0}")]
    UnknownNode(u32),
    /// A keystore or its password file could not be written.
    #[error(transparent)]
    Keystore(#[from] KeystoreError),
}

/// Why [`write_keystore`] failed.
#[derive(Debug, thiserror::Error)]
pub enum KeystoreError {
    /// A file or the folder could not be written or its mode set.
    #[error("cannot write {}", path.display())]
    Write {
        /// The file or folder.
        path: PathBuf,
        /// The I/O failure.
        #[source]
        source: std::io::Error,
    },
    /// The key could not be encrypted.
    #[error("encrypting the keystore for {address} failed")]
    Encrypt {
        /// The key's address.
        address: Address,
        /// Why.
        #[source]
        source: LocalSignerError,
    },
}

/// The seated world and its fake xmtpd network, each node serving at the URL the registry lists for it.
#[derive(Debug)]
pub struct WatchWorld {
    /// anvil, the suite and the seated nodes.
    pub world: World,
    /// The fake nodes, one per seated node, signing with its registered key.
    pub network: FakeNetwork,
    /// The `MisbehaviorReports` proxy.
    pub misbehavior_reports: Address,
}

impl WatchWorld {
    /// A [`World::seated`] with `nodes` nodes, `MisbehaviorReports` set to windows of [`UPTIME_WINDOW_EPOCHS`] needing
    /// [`MIN_REPORTED_EPOCHS`], the active set checked to be the seated nodes, a [`FakeNetwork`] started with their
    /// ids and signing keys, and each node's registry `httpAddress` set (by its operator, the NFT's owner) to its fake
    /// URL, so that a watcher with no URL overrides finds them.
    pub async fn start(tag: &str, nodes: usize) -> Result<Self, WatchNetError> {
        let world = World::seated(tag, nodes).await?;
        let misbehavior_reports = world.proxy(MISBEHAVIOR_REPORTS)?;
        let watch = Self {
            network: FakeNetwork::start(
                world
                    .seated
                    .iter()
                    .map(|node| (node.id, node.signing_key.clone()))
                    .collect(),
            )
            .await?,
            world,
            misbehavior_reports,
        };
        watch.govern_for_speed().await?;
        let epoch = watch.current_epoch().await?;
        let found = watch.active_node_ids(epoch).await?;
        let mut seated: Vec<u32> = watch.world.seated.iter().map(|node| node.id).collect();
        seated.sort_unstable();
        if found != seated {
            return Err(WatchNetError::ActiveSet {
                epoch,
                seated,
                found,
            });
        }
        watch.register_fake_urls().await?;
        Ok(watch)
    }

    /// Window first: `setMinReportedEpochs` refuses more than the window in force.
    async fn govern_for_speed(&self) -> Result<(), WatchNetError> {
        let reports = MisbehaviorReports::new(self.misbehavior_reports, &self.world.admin);
        send_reports(
            reports.setUptimeWindowEpochs(U256::from(UPTIME_WINDOW_EPOCHS)),
            "setUptimeWindowEpochs",
        )
        .await?;
        send_reports(
            reports.setMinReportedEpochs(U256::from(MIN_REPORTED_EPOCHS)),
            "setMinReportedEpochs",
        )
        .await?;
        let window = read(
            reports.uptimeWindowEpochs().call().await,
            "MisbehaviorReports.uptimeWindowEpochs",
        )?;
        let minimum = read(
            reports.minReportedEpochs().call().await,
            "MisbehaviorReports.minReportedEpochs",
        )?;
        for (what, wanted, found) in [
            ("uptimeWindowEpochs", UPTIME_WINDOW_EPOCHS, window),
            ("minReportedEpochs", MIN_REPORTED_EPOCHS, minimum),
        ] {
            if found != U256::from(wanted) {
                return Err(WatchNetError::Setting {
                    what,
                    wanted,
                    found,
                });
            }
        }
        Ok(())
    }

    async fn register_fake_urls(&self) -> Result<(), WatchNetError> {
        for node in &self.world.seated {
            let url = self.network.url(node.id)?;
            let operator = self.world.chain.provider_for(&node.operator);
            tx::send::<_, _, NodesErrors, Revert<NodesErrors>>(
                Nodes::new(self.world.contracts.nodes, &operator).setHttpAddress(node.id, url),
                "Nodes",
                "setHttpAddress",
            )
            .await?;
        }
        Ok(())
    }

    /// The seated nodes, ids ascending.
    pub fn nodes(&self) -> &[SeatedNode] {
        &self.world.seated
    }

    /// The seated node `node_id`.
    pub fn node(&self, node_id: u32) -> Result<&SeatedNode, WatchNetError> {
        self.world
            .seated
            .iter()
            .find(|node| node.id == node_id)
            .ok_or(WatchNetError::UnknownNode(node_id))
    }

    /// The fake nodes' base URLs by node id, as the watcher's `--node-url` overrides take them.
    pub fn node_urls(&self) -> Result<BTreeMap<u32, Url>, WatchNetError> {
        self.network
            .node_ids()
            .into_iter()
            .map(|node_id| {
                let address = self.network.url(node_id)?;
                let url =
                    Url::parse(&address).map_err(|_| WatchNetError::BadUrl { node_id, address })?;
                Ok((node_id, url))
            })
            .collect()
    }

    /// The EIP-712 domain witnesses sign their performance reports in: this chain's `MisbehaviorReports`.
    pub fn witness_domain(&self) -> Eip712Domain {
        crate::watch::witness::domain(self.world.chain.chain_id(), self.misbehavior_reports)
    }

    /// The admin's provider (the deployer, holding every role).
    pub fn admin(&self) -> &DynProvider {
        &self.world.admin
    }

    fn selection(&self) -> NodeSelectionManager::NodeSelectionManagerInstance<&DynProvider> {
        NodeSelectionManager::new(self.world.contracts.selection, &self.world.admin)
    }

    fn reports(&self) -> MisbehaviorReports::MisbehaviorReportsInstance<&DynProvider> {
        MisbehaviorReports::new(self.misbehavior_reports, &self.world.admin)
    }

    /// `NodeSelectionManager.currentEpoch()`.
    pub async fn current_epoch(&self) -> Result<u64, WatchNetError> {
        let epoch = read(
            self.selection().currentEpoch().call().await,
            "NodeSelectionManager.currentEpoch",
        )?;
        to_u64(epoch, "currentEpoch")
    }

    /// `NodeSelectionManager.activeNodeIdsAt(epoch)`, ascending.
    pub async fn active_node_ids(&self, epoch: u64) -> Result<Vec<u32>, WatchNetError> {
        let mut ids = read(
            self.selection()
                .activeNodeIdsAt(U256::from(epoch))
                .call()
                .await,
            "NodeSelectionManager.activeNodeIdsAt",
        )?;
        ids.sort_unstable();
        Ok(ids)
    }

    /// The registry's `httpAddress` of `node_id` (`Nodes.getNode`).
    pub async fn http_address(&self, node_id: u32) -> Result<String, WatchNetError> {
        let node = read(
            Nodes::new(self.world.contracts.nodes, &self.world.admin)
                .getNode(node_id)
                .call()
                .await,
            "Nodes.getNode",
        )?;
        Ok(node.httpAddress)
    }

    /// Moves anvil's clock to the next rotation's due time (unless it is already there) and rotates; the new current
    /// epoch. The epoch just closed takes reports at once: its report window (`reportWindowClosesAt`) runs from its
    /// end, which is now, so no further move is needed (see [`Self::close_report_window`] for the other way).
    pub async fn next_epoch(&self) -> Result<u64, WatchNetError> {
        let due = self.world.next_rotation_at().await?;
        if self.now().await? < due {
            devnet::advance_to(&self.world.admin, due).await?;
        }
        if let Rotation::NotDue { next_rotation_at } =
            rotate(&self.world.admin, self.world.contracts.selection).await?
        {
            return Err(WatchNetError::NotDue { next_rotation_at });
        }
        self.current_epoch().await
    }

    /// `NodeSelectionManager.reportWindowClosesAt(epoch)`: until when (unix seconds, exclusive) reports on the closed
    /// `epoch` are accepted.
    pub async fn report_window_closes_at(&self, epoch: u64) -> Result<u64, WatchNetError> {
        let closes = read(
            self.selection()
                .reportWindowClosesAt(U256::from(epoch))
                .call()
                .await,
            "NodeSelectionManager.reportWindowClosesAt",
        )?;
        to_u64(closes, "reportWindowClosesAt")
    }

    /// `NodeSelectionManager.oldestReportableEpoch()`.
    pub async fn oldest_reportable_epoch(&self) -> Result<u64, WatchNetError> {
        let oldest = read(
            self.selection().oldestReportableEpoch().call().await,
            "NodeSelectionManager.oldestReportableEpoch",
        )?;
        to_u64(oldest, "oldestReportableEpoch")
    }

    /// Moves anvil's clock to the close of `epoch`'s report window (unless it is past it), after which its reports
    /// are refused; for tests of late reports.
    pub async fn close_report_window(&self, epoch: u64) -> Result<(), WatchNetError> {
        let closes = self.report_window_closes_at(epoch).await?;
        if self.now().await? < closes {
            devnet::advance_to(&self.world.admin, closes).await?;
        }
        Ok(())
    }

    /// The latest block's timestamp: the chain's clock as views see it.
    pub async fn now(&self) -> Result<u64, WatchNetError> {
        let block = self
            .world
            .admin
            .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
            .await?
            .ok_or(WatchNetError::NoBlock)?;
        Ok(block.header.timestamp)
    }

    /// The stake of `node_id`'s operator (`NodeSelectionManager.stakeOf(operator)`), which a slash lowers.
    pub async fn stake_of(&self, node_id: u32) -> Result<U256, WatchNetError> {
        let operator = self.node(node_id)?.operator.address();
        read(
            self.selection().stakeOf(operator).call().await,
            "NodeSelectionManager.stakeOf",
        )
    }

    /// `MisbehaviorReports.isReported(nodeId, sequenceId)`: whether a proven fault on that envelope was reported.
    pub async fn is_reported(&self, node_id: u32, sequence_id: u64) -> Result<bool, WatchNetError> {
        read(
            self.reports().isReported(node_id, sequence_id).call().await,
            "MisbehaviorReports.isReported",
        )
    }

    /// `MisbehaviorReports.performanceReportOf(nodeId, epoch, kind)`: the accepted report (`requests` 0 when none).
    pub async fn performance_report_of(
        &self,
        node_id: u32,
        epoch: u64,
        kind: u8,
    ) -> Result<PerformanceReport, WatchNetError> {
        read(
            self.reports()
                .performanceReportOf(node_id, epoch, kind)
                .call()
                .await,
            "MisbehaviorReports.performanceReportOf",
        )
    }

    /// `MisbehaviorReports.uptimeEnforcedUntil(nodeId)`: the end (exclusive) of the node's last punished window.
    pub async fn uptime_enforced_until(&self, node_id: u32) -> Result<u64, WatchNetError> {
        read(
            self.reports().uptimeEnforcedUntil(node_id).call().await,
            "MisbehaviorReports.uptimeEnforcedUntil",
        )
    }

    /// Writes `node_id`'s signing key as a keystore with `password` into the world's scratch folder (a folder of
    /// its own per node); the keystore and its password file, for the node's watcher's `--witness-key`.
    pub fn witness_keystore(
        &self,
        node_id: u32,
        password: &str,
    ) -> Result<(PathBuf, PathBuf), WatchNetError> {
        let node = self.node(node_id)?;
        let dir = self.world.path(&format!("witness-{node_id}"));
        Ok(write_keystore(&dir, &node.signing_key, password)?)
    }

    /// Stops the fake nodes and waits for them; anvil stops when the world drops.
    pub async fn stop(self) {
        self.network.stop().await;
    }
}

/// Writes `key` encrypted with `password` as a JSON keystore `<address>.json` in `dir` (created if missing), and
/// `password` on the first line of `<address>.password` beside it, both mode 0600 as the keeper demands of key files
/// (it refuses any bit for group or others). Returns the keystore's path and the password file's.
pub fn write_keystore(
    dir: &Path,
    key: &PrivateKeySigner,
    password: &str,
) -> Result<(PathBuf, PathBuf), KeystoreError> {
    let write = |path: &Path| {
        let path = path.to_owned();
        move |source| KeystoreError::Write { path, source }
    };
    std::fs::create_dir_all(dir).map_err(write(dir))?;
    let address = key.address();
    let name = format!("{address}.json");
    let keystore = dir.join(&name);
    let mut rng = alloy::signers::k256::elliptic_curve::rand_core::OsRng;
    PrivateKeySigner::encrypt_keystore(
        dir,
        &mut rng,
        key.credential().to_bytes(),
        password,
        Some(&name),
    )
    .map_err(|source| KeystoreError::Encrypt { address, source })?;
    private(&keystore).map_err(write(&keystore))?;
    let password_file = dir.join(format!("{address}.password"));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let mut file = options
        .open(&password_file)
        .map_err(write(&password_file))?;
    file.write_all(format!("{password}\n").as_bytes())
        .map_err(write(&password_file))?;
    // A file that existed before keeps its mode through `open`: set it either way.
    private(&password_file).map_err(write(&password_file))?;
    Ok((keystore, password_file))
}

fn private(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        Ok(())
    }
}

async fn send_reports<P: Provider, C: alloy::sol_types::SolCall>(
    call: alloy::contract::SolCallBuilder<P, C>,
    function: &'static str,
) -> Result<(), MisbehaviorReportsError> {
    tx::send::<_, _, MisbehaviorReportsErrors, _>(call, MISBEHAVIOR_REPORTS, function).await?;
    Ok(())
}

fn read<T>(
    result: Result<T, alloy::contract::Error>,
    what: &'static str,
) -> Result<T, WatchNetError> {
    result.map_err(|source| WatchNetError::Read {
        what,
        source: Box::new(source),
    })
}

fn to_u64(value: U256, what: &'static str) -> Result<u64, WatchNetError> {
    u64::try_from(value).map_err(|_| WatchNetError::Overflow { what })
}
