//! Governance on anvil, as the tour and the tests run it: the suite deployed by [`LocalChain::deploy_suite`], the
//! Safe impersonated. Production governance (`xmtp-gov`) never needs a local chain.

use std::path::{Path, PathBuf};

use alloy::{
    primitives::Address,
    providers::{Provider, ProviderBuilder},
};
use xmtp_gov::{
    execute, upgrade, ConnectError, Executed, GovError, Governance, PreparedUpgrade, UpgradeRequest,
};

use crate::{deployments::Deployments, devnet::LocalChain};

/// For a suite deployed on `chain` by [`LocalChain::deploy_suite`], governed by `safe` (the deployer,
/// `chain.signer().address()`, holds every role of such a suite).
pub async fn governance(
    chain: &LocalChain,
    deployments: &Deployments,
    safe: Address,
) -> Result<Governance, ConnectError> {
    let provider = ProviderBuilder::new()
        .connect_http(chain.endpoint_url())
        .erased();
    Governance::connect(
        provider,
        chain.endpoint_url(),
        deployments.clone(),
        safe,
        chain.toolchain().clone(),
    )
    .await
}

/// An upgrade done on a local chain, as the tour and the tests do it: prepared, written, executed as the Safe.
#[derive(Debug, Clone)]
pub struct LocalUpgrade {
    /// What was deployed and the batch.
    pub prepared: PreparedUpgrade,
    /// Where the batch was written.
    pub path: PathBuf,
    /// The transactions that executed it.
    pub executed: Executed,
}

/// On anvil: checks `contract`'s layout against the committed snapshots, deploys its new implementation from the
/// chain's dev key, writes the Safe batch calling `upgradeToAndCall(newImplementation, 0x)` into `out_dir` (the
/// project's `safe-batches/` when `None`), and executes it as `safe` by impersonation.
pub async fn upgrade_on_local_chain(
    chain: &LocalChain,
    deployments: &Deployments,
    contract: &str,
    safe: Address,
    out_dir: Option<&Path>,
) -> Result<LocalUpgrade, GovError> {
    let gov = governance(chain, deployments, safe).await?;
    let prepared = upgrade::prepare(&gov, chain.signer(), &UpgradeRequest::new(contract)).await?;
    let path = match out_dir {
        Some(dir) => dir.join(prepared.batch.file_name()),
        None => gov.default_batch_path(&prepared.batch),
    };
    prepared.batch.write(&path)?;
    let executed = execute::execute(&gov.provider, &prepared.batch).await?;
    Ok(LocalUpgrade {
        prepared,
        path,
        executed,
    })
}
