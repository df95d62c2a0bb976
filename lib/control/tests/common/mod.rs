//! The anvil world the keeper's integration tests share: the suite deployed, nodes seated by
//! stake, the deployment record on disk for a keeper to read, keeper keys funded.

// Each test file uses the part it needs.
#![allow(dead_code)]

use std::path::PathBuf;

use alloy::{
    primitives::U256,
    providers::{ext::AnvilApi, DynProvider},
    signers::local::PrivateKeySigner,
};
use xmtp_devkit::{
    deployments::Deployments,
    devnet::LocalChain,
    selection::{seat_nodes, SeatedNode, SeatingContracts},
};

/// A chain with the suite and `seated` nodes in the active set.
pub(crate) struct World {
    pub(crate) chain: LocalChain,
    pub(crate) deployments: Deployments,
    /// The deployment record, as `KEEPER_DEPLOYMENTS` names it; removed on drop.
    pub(crate) record: PathBuf,
    pub(crate) admin: DynProvider,
    pub(crate) seated: Vec<SeatedNode>,
    pub(crate) contracts: SeatingContracts,
}

impl Drop for World {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.record);
    }
}

impl World {
    /// A fresh anvil with the suite deployed and `nodes` nodes staked and seated.
    pub(crate) async fn new(nodes: usize) -> Self {
        let chain = LocalChain::start().await.expect("anvil starts");
        let deployments = chain.deploy_suite().await.expect("the suite deploys");
        let admin = chain.provider();
        let contracts = SeatingContracts::from_deployments(&deployments).unwrap();
        let (seated, _) = seat_nodes(&chain, &admin, contracts, nodes).await.unwrap();
        let record = std::env::temp_dir().join(format!(
            "keeper-world-{}-{}.json",
            std::process::id(),
            chain.endpoint_url().port().unwrap()
        ));
        std::fs::write(&record, serde_json::to_string(&deployments).unwrap()).unwrap();
        Self {
            chain,
            deployments,
            record,
            admin,
            seated,
            contracts,
        }
    }

    /// A keeper key with 10 ETH.
    pub(crate) async fn keeper_key(&self) -> PrivateKeySigner {
        let key = PrivateKeySigner::random();
        self.admin
            .anvil_set_balance(key.address(), U256::from(10u128.pow(19)))
            .await
            .unwrap();
        key
    }
}
