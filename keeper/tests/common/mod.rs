//! What the binary's tests share: the `keeper` binary run with none of the operator's `KEEPER_*`
//! environment (`xmtp_devkit::binary` reads its output), and `xmtp_devkit::world::World` with a
//! funded keeper key and the environment that points the binary at it.

// Each test file uses the part it needs.
#![allow(dead_code)]

use std::{
    ops::{Deref, DerefMut},
    path::PathBuf,
    process::Command,
};

use alloy::{providers::Provider, signers::local::PrivateKeySigner};
use xmtp_devkit::{binary, world};

/// The binary under test.
pub(crate) const KEEPER: &str = env!("CARGO_BIN_EXE_keeper");

/// The `keeper` binary with `args`, and none of the `KEEPER_*` variables of the shell running
/// the tests.
pub(crate) fn keeper(args: &[&str]) -> Command {
    binary::command(KEEPER, args)
}

/// The suite on anvil, a keeper key holding 10 ETH, and a state directory of the world's own.
pub(crate) struct World {
    world: world::World,
    /// The keeper's key.
    pub(crate) key: PrivateKeySigner,
    /// The keeper's state directory (`KEEPER_STATE_DIR`).
    pub(crate) state: PathBuf,
}

impl Deref for World {
    type Target = world::World;

    fn deref(&self) -> &world::World {
        &self.world
    }
}

impl DerefMut for World {
    fn deref_mut(&mut self) -> &mut world::World {
        &mut self.world
    }
}

impl World {
    /// A fresh anvil with the suite deployed (no node seated) and a funded keeper key; `tag`
    /// names its files.
    pub(crate) async fn deployed(tag: &str) -> Self {
        let world = world::World::deployed(tag)
            .await
            .expect("anvil starts and the suite deploys");
        let key = world.funded_key().await.expect("anvil funds the key");
        let state = world.path("state");
        Self { world, key, state }
    }

    /// [`World::deployed`] with `nodes` nodes staked and seated.
    pub(crate) async fn seated(tag: &str, nodes: usize) -> Self {
        let mut world = Self::deployed(tag).await;
        world.seat(nodes).await.expect("the nodes are seated");
        world
    }

    /// The environment that points the binary at this world with the keeper's key.
    pub(crate) fn env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("KEEPER_RPC_URL", self.chain.endpoint()),
            ("KEEPER_DEPLOYMENTS", self.record.display().to_string()),
            ("KEEPER_STATE_DIR", self.state.display().to_string()),
            (
                "KEEPER_PRIVATE_KEY",
                alloy::hex::encode_prefixed(self.key.to_bytes()),
            ),
        ]
    }

    /// The `keeper` binary with `args`, pointed at this world (see [`World::env`]).
    pub(crate) fn keeper(&self, args: &[&str]) -> Command {
        let mut command = keeper(args);
        command.envs(self.env());
        command
    }

    /// The keeper key's next nonce.
    pub(crate) async fn nonce(&self) -> u64 {
        self.admin
            .get_transaction_count(self.key.address())
            .await
            .expect("anvil answers")
    }
}
