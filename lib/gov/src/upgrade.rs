//! Preparing an upgrade for the Safe: check the storage layout, deploy the new implementation, write the batch.
//!
//! 1. `forge build`, so that `out/` matches the sources about to be deployed, then the contract's layout against its
//!    snapshot ([`super::layout::check_contract`]): a reordered, retyped, renamed or removed field stops everything
//!    here, naming the field.
//! 2. `script/Upgrade.s.sol` deploys the implementation from the given deployer key (any funded account, never the
//!    Safe), with the record's addresses as constructor arguments.
//! 3. `upgradeToAndCall(newImplementation, data)` is simulated from the Safe against the proxy, so that a Safe without
//!    the admin role, or a migration call that reverts, is refused by name before anyone signs.
//! 4. The batch: one transaction, described with the previous and new implementations and the layout check's result.

use std::{ffi::OsString, path::PathBuf, time::Duration};

use alloy::{
    primitives::{Address, Bytes, B256},
    providers::Provider,
    rpc::types::TransactionRequest,
    signers::local::PrivateKeySigner,
    sol_types::SolCall,
    transports::TransportError,
};
use serde::Deserialize;
use xmtp_bindings::reward_distributor::RewardDistributor::upgradeToAndCallCall;

use super::{
    batch::{Batch, BatchError, BatchTransaction},
    layout::{self, Compatibility, LayoutError},
    Governance,
};
use crate::{
    deployments::DeploymentsError,
    forge::{self, ForgeError, TmpFile},
    revert::{decode_revert, revert_data, SuiteRevert},
};

/// The upgrade script, relative to the project root.
const UPGRADE_SCRIPT: &str = "script/Upgrade.s.sol:Upgrade";

/// How long `forge build` and the script may take: a cold build with solc-js takes minutes.
const FORGE_TIMEOUT: Duration = Duration::from_secs(900);

/// ERC-1967's implementation slot: `bytes32(uint256(keccak256("eip1967.proxy.implementation")) - 1)`.
pub const IMPLEMENTATION_SLOT: B256 =
    alloy::primitives::b256!("360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc");

/// The ABI's names of `upgradeToAndCall`'s inputs (OpenZeppelin's `UUPSUpgradeable`).
const UPGRADE_INPUTS: [&str; 2] = ["newImplementation", "data"];

/// Why an upgrade could not be prepared.
#[derive(Debug, thiserror::Error)]
pub enum UpgradeError {
    /// The layout check failed: incompatible, no snapshot, or no build.
    #[error(transparent)]
    Layout(#[from] LayoutError),
    /// The record lacks the contract.
    #[error(transparent)]
    Deployments(#[from] DeploymentsError),
    /// forge failed (the build or the script).
    #[error(transparent)]
    Forge(#[from] ForgeError),
    /// The temporary record or output under `deployments/tmp/` could not be written or read.
    #[error("{what} {}", path.display())]
    TmpFile {
        /// What failed, e.g. "cannot write".
        what: &'static str,
        /// The file.
        path: PathBuf,
        /// The I/O failure.
        #[source]
        source: std::io::Error,
    },
    /// The script's output is not what it writes.
    #[error("the upgrade script wrote an unreadable output {}", path.display())]
    Output {
        /// The file.
        path: PathBuf,
        /// The JSON failure.
        #[source]
        source: serde_json::Error,
    },
    /// The script's output does not match the request.
    #[error("the upgrade script deployed {contract} for proxy {recorded}, but the record's proxy is {expected}")]
    WrongProxy {
        /// The contract.
        contract: String,
        /// The proxy the script read.
        recorded: Address,
        /// The record's.
        expected: Address,
    },
    /// There is no code where code must be.
    #[error("no code at the {what} {address}")]
    NoCode {
        /// What the address is.
        what: String,
        /// The address.
        address: Address,
    },
    /// A read failed.
    #[error("{what} failed")]
    Rpc {
        /// The request.
        what: &'static str,
        /// The failure.
        #[source]
        source: TransportError,
    },
    /// The Safe's `upgradeToAndCall` would revert.
    #[error("{contract}.upgradeToAndCall from the Safe {safe} would be refused by the contract: {revert}")]
    Refused {
        /// The contract.
        contract: String,
        /// The Safe.
        safe: Address,
        /// Why (boxed: errors travel by value).
        revert: Box<SuiteRevert>,
    },
    /// The batch could not be built.
    #[error(transparent)]
    Batch(#[from] BatchError),
}

impl UpgradeError {
    /// Whether the request is at fault (exit code 2) rather than the chain or a tool (exit code 1).
    pub fn is_bad_input(&self) -> bool {
        match self {
            Self::Layout(error) => {
                !matches!(error, LayoutError::Read { .. } | LayoutError::Write { .. })
            }
            Self::Deployments(_) | Self::Refused { .. } | Self::WrongProxy { .. } => true,
            _ => false,
        }
    }
}

/// What to upgrade.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpgradeRequest {
    /// The record's name of the contract, e.g. `RewardDistributor`.
    pub contract: String,
    /// The call `upgradeToAndCall` makes on the new implementation (a `reinitializer` migration); empty for none.
    pub call: Bytes,
    /// The snapshots to check the layout against; `None` for the committed ones.
    pub snapshots: Option<PathBuf>,
}

impl UpgradeRequest {
    /// An upgrade of `contract` with no migration call, checked against the committed snapshots.
    pub fn new(contract: impl Into<String>) -> Self {
        Self {
            contract: contract.into(),
            call: Bytes::new(),
            snapshots: None,
        }
    }
}

/// A deployed implementation and the batch that upgrades the proxy to it.
#[derive(Debug, Clone)]
pub struct PreparedUpgrade {
    /// The contract.
    pub contract: String,
    /// Its proxy.
    pub proxy: Address,
    /// The implementation the proxy uses now.
    pub previous_implementation: Address,
    /// The new implementation.
    pub implementation: Address,
    /// How its layout relates to the snapshot.
    pub layout: Compatibility,
    /// The batch for the Safe.
    pub batch: Batch,
}

#[derive(Deserialize)]
struct ScriptOutput {
    contract: String,
    proxy: Address,
    implementation: Address,
}

/// Checks the layout, deploys the new implementation from `deployer`'s account and builds the Safe batch (see the
/// module's documentation). Writes nothing but the implementation to the chain; the caller writes the batch.
pub async fn prepare(
    gov: &Governance,
    deployer: &PrivateKeySigner,
    request: &UpgradeRequest,
) -> Result<PreparedUpgrade, UpgradeError> {
    let contract = request.contract.as_str();
    let root = gov.toolchain.root();
    if !layout::UPGRADEABLE.contains(&contract) {
        return Err(LayoutError::UnknownContract {
            name: contract.to_owned(),
        }
        .into());
    }
    let proxy = gov.deployments.proxy(contract)?;

    forge::build(&gov.toolchain, FORGE_TIMEOUT).await?;
    let snapshots = request
        .snapshots
        .clone()
        .unwrap_or_else(|| gov.default_snapshots());
    let compatibility = layout::check_contract(root, &snapshots, contract)?;
    tracing::info!(contract, layout = %compatibility.describe(), "storage layout checked");

    let previous_implementation = implementation_of(gov, proxy).await?;
    require_code(gov, &format!("{contract} proxy"), proxy).await?;

    let record =
        TmpFile::create(root, "upgrade-record").map_err(|source| UpgradeError::TmpFile {
            what: "cannot create",
            path: forge::tmp_dir(root),
            source,
        })?;
    let json = serde_json::to_string(&gov.deployments).map_err(|source| UpgradeError::Output {
        path: record.path().to_path_buf(),
        source,
    })?;
    std::fs::write(record.path(), json).map_err(|source| UpgradeError::TmpFile {
        what: "cannot write",
        path: record.path().to_path_buf(),
        source,
    })?;
    let output =
        TmpFile::create(root, "upgrade-output").map_err(|source| UpgradeError::TmpFile {
            what: "cannot create",
            path: forge::tmp_dir(root),
            source,
        })?;
    let env: [(&str, OsString); 4] = [
        // The key goes through the environment only: argv is visible to every local user.
        ("PRIVATE_KEY", deployer.to_bytes().to_string().into()),
        ("CONTRACT", contract.into()),
        ("DEPLOYMENTS_PATH", record.path().as_os_str().to_owned()),
        ("OUTPUT_PATH", output.path().as_os_str().to_owned()),
    ];
    forge::run_script(
        &gov.toolchain,
        UPGRADE_SCRIPT,
        gov.rpc_url.as_str(),
        &env,
        &[],
        FORGE_TIMEOUT,
    )
    .await?;
    let text = std::fs::read_to_string(output.path()).map_err(|source| UpgradeError::TmpFile {
        what: "cannot read",
        path: output.path().to_path_buf(),
        source,
    })?;
    let deployed: ScriptOutput =
        serde_json::from_str(&text).map_err(|source| UpgradeError::Output {
            path: output.path().to_path_buf(),
            source,
        })?;
    if deployed.proxy != proxy || deployed.contract != contract {
        return Err(UpgradeError::WrongProxy {
            contract: deployed.contract,
            recorded: deployed.proxy,
            expected: proxy,
        });
    }
    let implementation = deployed.implementation;
    // The script writes its output while simulating: only code proves the deployment reached the chain.
    require_code(
        gov,
        &format!("new {contract} implementation"),
        implementation,
    )
    .await?;
    tracing::info!(contract, %implementation, "implementation deployed");

    let call = upgradeToAndCallCall {
        newImplementation: implementation,
        data: request.call.clone(),
    };
    simulate(gov, contract, proxy, &call).await?;
    // `upgradeToAndCall` is payable in the ABI, but the batch format the issue fixes writes
    // `"payable": false` (the value is always "0"); tools reading these files rely on it.
    let transaction = BatchTransaction::from_call(proxy, &call, &UPGRADE_INPUTS, false)?;
    let snapshot = layout::snapshot_path(&snapshots, contract);
    let shown_snapshot = snapshot
        .strip_prefix(root)
        .map_or(snapshot.clone(), PathBuf::from);
    let description = format!(
        "Upgrade the {contract} proxy {proxy} from implementation {previous_implementation} to {implementation}: \
         upgradeToAndCall({implementation}, {}). Storage layout checked against {}: {}.",
        request.call,
        shown_snapshot.display(),
        compatibility.describe()
    );
    let batch = Batch::new(
        gov.chain_id,
        format!("Upgrade {contract}"),
        description,
        gov.safe,
        vec![transaction],
    );
    Ok(PreparedUpgrade {
        contract: contract.to_owned(),
        proxy,
        previous_implementation,
        implementation,
        layout: compatibility,
        batch,
    })
}

/// The implementation behind the ERC-1967 `proxy`.
pub async fn implementation_of(gov: &Governance, proxy: Address) -> Result<Address, UpgradeError> {
    let word = gov
        .provider
        .get_storage_at(proxy, IMPLEMENTATION_SLOT.into())
        .await
        .map_err(|source| UpgradeError::Rpc {
            what: "reading the proxy's implementation slot",
            source,
        })?;
    Ok(Address::from_word(B256::from(word)))
}

async fn require_code(gov: &Governance, what: &str, address: Address) -> Result<(), UpgradeError> {
    let code = gov
        .provider
        .get_code_at(address)
        .await
        .map_err(|source| UpgradeError::Rpc {
            what: "eth_getCode",
            source,
        })?;
    if code.is_empty() {
        return Err(UpgradeError::NoCode {
            what: what.to_owned(),
            address,
        });
    }
    Ok(())
}

async fn simulate(
    gov: &Governance,
    contract: &str,
    proxy: Address,
    call: &upgradeToAndCallCall,
) -> Result<(), UpgradeError> {
    let request = TransactionRequest::default()
        .from(gov.safe)
        .to(proxy)
        .input(call.abi_encode().into());
    match gov.provider.call(request).await {
        Ok(_) => Ok(()),
        Err(error) => match revert_data(&error) {
            Some(data) => Err(UpgradeError::Refused {
                contract: contract.to_owned(),
                safe: gov.safe,
                revert: Box::new(decode_revert(&data)),
            }),
            None => Err(UpgradeError::Rpc {
                what: "simulating upgradeToAndCall from the Safe",
                source: error,
            }),
        },
    }
}
