//! The anvil world the keeper's integration tests share: `xmtp_devkit::world::World` (the suite
//! deployed, nodes seated by stake, the deployment record on disk for a keeper to read), keeper
//! keys funded, and a keeper configured and started exactly as the binary does it.

// Each test file uses the part it needs.
#![allow(dead_code)]

use std::{
    ops::{Deref, DerefMut},
    path::{Path, PathBuf},
    sync::Arc,
};

use alloy::{
    providers::Provider, rpc::types::Filter, signers::local::PrivateKeySigner, sol_types::SolEvent,
};
use xmtp_bindings::node_selection_manager::NodeSelectionManager;
use xmtp_devkit::{
    keeper::{
        config::{parse_file, Config, KeyRequirement, Overrides},
        jobs::Keeper,
        setup::Runtime,
    },
    world,
};

/// A chain with the suite, and the nodes seated in the active set.
pub(crate) struct World(world::World);

impl Deref for World {
    type Target = world::World;

    fn deref(&self) -> &world::World {
        &self.0
    }
}

impl DerefMut for World {
    fn deref_mut(&mut self) -> &mut world::World {
        &mut self.0
    }
}

impl World {
    /// A fresh anvil with the suite deployed and `nodes` nodes staked and seated.
    pub(crate) async fn new(nodes: usize) -> Self {
        Self(
            world::World::seated("keeper", nodes)
                .await
                .expect("anvil starts, the suite deploys and the nodes are seated"),
        )
    }

    /// A fresh anvil with the suite deployed and no node seated.
    pub(crate) async fn deployed() -> Self {
        Self(
            world::World::deployed("keeper")
                .await
                .expect("anvil starts and the suite deploys"),
        )
    }

    /// A keeper key with 10 ETH.
    pub(crate) async fn keeper_key(&self) -> PrivateKeySigner {
        self.funded_key().await.expect("anvil funds the key")
    }

    /// How many `NodesRotated` were emitted so far (each rotation emits one).
    pub(crate) async fn rotations(&self) -> usize {
        let filter = Filter::new()
            .address(self.contracts.selection)
            .event_signature(NodeSelectionManager::NodesRotated::SIGNATURE_HASH)
            .from_block(0);
        self.admin
            .get_logs(&filter)
            .await
            .expect("anvil answers")
            .len()
    }

    /// The keeper's configuration as the binary resolves it: `toml` as its file, the world's
    /// deployment record, `key`, the RPC `urls` and, if given, its state directory.
    pub(crate) fn config(
        &self,
        toml: &str,
        key: &PrivateKeySigner,
        urls: &[String],
        state_dir: Option<PathBuf>,
    ) -> Config {
        let overrides = Overrides {
            rpc_urls: Some(urls.to_vec()),
            deployments: Some(self.record.clone()),
            private_key: Some(alloy::hex::encode_prefixed(key.to_bytes())),
            state_dir,
            ..Overrides::default()
        };
        let file = parse_file(toml, Path::new("test.toml")).expect("the test's TOML parses");
        Config::resolve(file, overrides, KeyRequirement::Required).expect("the test's config")
    }

    /// A keeper started exactly as the binary starts one: configuration, then connection.
    pub(crate) async fn start_keeper(
        &self,
        toml: &str,
        key: &PrivateKeySigner,
        urls: &[String],
        state_dir: Option<PathBuf>,
    ) -> Arc<Keeper> {
        let config = self.config(toml, key, urls, state_dir);
        Runtime::start(&config, false)
            .await
            .expect("the keeper connects")
            .signing
            .expect("a key is configured")
            .keeper
    }
}
