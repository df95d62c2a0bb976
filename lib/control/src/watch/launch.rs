//! From a connected keeper to a running watcher: the witness key (its node read from the chain), where proven
//! faults go, the state directory and its lock. What `keeper watch` does before its first pass.

use std::{path::PathBuf, sync::Arc};

use alloy::primitives::Address;
use xmtp_bindings::nodes::Nodes;

use super::{
    network::Chain,
    runner::{WatchError, Watcher},
    settings::{SettingsError, WatchSettings},
    sink::EvidenceSink,
    witness::{self, WitnessSigner},
};
use crate::keeper::{
    config::{Config, ConfigError},
    setup::Runtime,
    state::{LockGuard, StateDir, StateError},
};

/// The lock a watcher holds on its state directory for its life: one watcher per directory.
pub const WATCH_LOCK: &str = "watch.lock";

/// The state directory's subdirectory the watcher keeps its database in.
pub const WATCH_DIR: &str = "watch";

/// Why the watcher could not start.
#[derive(Debug, thiserror::Error)]
pub enum LaunchError {
    /// A setting is out of range.
    #[error(transparent)]
    Settings(#[from] SettingsError),
    /// No state directory is configured and there is no default.
    #[error(
        "no state directory: set state_dir in the config file, KEEPER_STATE_DIR or --state-dir"
    )]
    NoStateDir,
    /// The state directory cannot be used.
    #[error(transparent)]
    State(#[from] StateError),
    /// Another watcher holds the directory's lock.
    #[error("another watcher holds {0}: one watcher per state directory")]
    Locked(PathBuf),
    /// The witness key cannot be read.
    #[error("--witness-key: {0}")]
    WitnessKey(#[source] ConfigError),
    /// A witness key without an aggregator to post its reports to.
    #[error("--witness-key needs at least one --aggregator: signed reports go to aggregators")]
    NoAggregator,
    /// A witness key without its password file.
    #[error(
        "--witness-key needs its password file: set {} or --witness-key-password-file",
        witness::ENV_WITNESS_PASSWORD_FILE
    )]
    NoWitnessPassword,
    /// The witness key is no node's current signer.
    #[error("the witness key {0} is no node's signer in the registry: a witness signs with its node's key")]
    NotASigner(Address),
    /// The registry could not be read.
    #[error("cannot read Nodes.nodeIdOfSigner")]
    Read(#[source] alloy::contract::Error),
    /// The watcher's store could not be opened.
    #[error(transparent)]
    Watch(#[from] WatchError),
}

impl LaunchError {
    /// Whether the configuration is at fault (exit 2) rather than the chain or the disk (exit 1).
    pub fn is_bad_configuration(&self) -> bool {
        !matches!(self, Self::Read(_) | Self::Watch(_))
    }
}

/// What `keeper watch` was asked for, beyond the keeper's configuration.
#[derive(Debug, Clone, Default)]
pub struct LaunchOptions {
    /// The watcher's settings.
    pub settings: WatchSettings,
    /// The node's encrypted keystore, to sign witness reports with; none: an independent monitor.
    pub witness_key: Option<PathBuf>,
    /// The keystore's password file (else [`witness::ENV_WITNESS_PASSWORD_FILE`]).
    pub witness_password_file: Option<PathBuf>,
}

/// A watcher ready to run, and the lock it holds.
#[derive(Debug)]
pub struct Launched {
    /// The watcher.
    pub watcher: Watcher,
    /// Held for the watcher's life.
    pub lock: LockGuard,
    /// The witness's node, when it signs reports.
    pub witness_node_id: Option<u32>,
}

/// Opens the watcher for `runtime`: the witness key and its node, the sink (this keeper's relay when it has a key,
/// else the aggregators), the state directory `<state_dir>/<chain id>-<witness or zero address>/watch/` and its
/// lock.
pub async fn launch(
    config: &Config,
    runtime: &Runtime,
    options: LaunchOptions,
) -> Result<Launched, LaunchError> {
    options.settings.validate()?;
    let witness = match &options.witness_key {
        Some(_) if options.settings.aggregators.is_empty() => {
            return Err(LaunchError::NoAggregator);
        }
        Some(keystore) => {
            let password_file = WitnessSigner::password_file(options.witness_password_file.clone())
                .ok_or(LaunchError::NoWitnessPassword)?;
            let domain = witness::domain(runtime.chain_id, runtime.contracts.reports);
            let key = crate::keeper::config::load_keystore(keystore, &password_file)
                .map_err(LaunchError::WitnessKey)?;
            let address = key.address();
            let node_id = Nodes::new(runtime.contracts.nodes, &runtime.provider)
                .nodeIdOfSigner(address)
                .call()
                .await
                .map_err(LaunchError::Read)?;
            if node_id == 0 {
                return Err(LaunchError::NotASigner(address));
            }
            Some(WitnessSigner::new(key, node_id, domain))
        }
        None => None,
    };
    let base = config.state_dir.as_ref().ok_or(LaunchError::NoStateDir)?;
    let owner = witness
        .as_ref()
        .map_or(Address::ZERO, WitnessSigner::address);
    let state = StateDir::open(base, runtime.chain_id, owner)?;
    let lock = state
        .try_lock(WATCH_LOCK)?
        .ok_or_else(|| LaunchError::Locked(state.path(WATCH_LOCK)))?;
    let dir = state.subdir(WATCH_DIR)?;
    let sink = match &runtime.signing {
        Some(signing) => Some(EvidenceSink::Relay(Arc::clone(&signing.relay))),
        None if !options.settings.aggregators.is_empty() => Some(EvidenceSink::aggregators(
            options.settings.aggregators.clone(),
        )),
        None => None,
    };
    let chain = Arc::new(Chain::new(
        runtime.provider.clone(),
        runtime.contracts.nodes,
        runtime.contracts.selection,
    ));
    let witness_node_id = witness.as_ref().map(WitnessSigner::node_id);
    let watcher = Watcher::open(
        chain,
        options.settings,
        &dir,
        Arc::clone(&runtime.metrics),
        sink,
        witness,
    )?;
    Ok(Launched {
        watcher,
        lock,
        witness_node_id,
    })
}
