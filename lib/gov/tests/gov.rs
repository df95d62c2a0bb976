//! Governance end to end on anvil, with the suite the deploy script deploys: every contract upgraded through a Safe
//! batch executed by impersonating the Safe, every parameter command, and the refusals (an incompatible storage
//! layout, a value out of bounds, a call the contract would refuse).

// Helpers outside `#[test]` functions fail the test on any error, as the tests themselves do.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use alloy::{
    primitives::{Address, B256, U256},
    providers::{DynProvider, Provider},
    sol_types::SolCall,
};
use xmtp_bindings::{
    automation::Automation, delegation::Delegation, group_messages::GroupMessages,
    identity_updates::IdentityUpdates, node_selection_manager::NodeSelectionManager, nodes::Nodes,
    payers::Payers, reward_distributor::RewardDistributor, xmtp_treasury::XMTPTreasury,
};
use xmtp_devkit::{
    deployments::{self, Deployments},
    devnet::LocalChain,
    gov::{
        batch::Batch,
        execute,
        layout::{self, LayoutError, UPGRADEABLE},
        params::{self, Broadcaster, ParamChange, Pausable},
        upgrade::{self, UpgradeRequest, IMPLEMENTATION_SLOT},
        Governance, ParamsError, UpgradeError,
    },
    local_gov,
};

/// A scratch folder under the system temp dir, removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new(tag: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("xmtp-gov-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

async fn implementation_of(provider: &DynProvider, proxy: Address) -> Address {
    let word = provider
        .get_storage_at(proxy, IMPLEMENTATION_SLOT.into())
        .await
        .unwrap();
    Address::from_word(B256::from(word))
}

/// The first words of each of `contract`'s namespaces (as its committed snapshot places them).
async fn namespace_words(provider: &DynProvider, contract: &str, proxy: Address) -> Vec<U256> {
    let snapshot =
        layout::load_snapshot(&project_root().join(layout::SNAPSHOT_DIR), contract).unwrap();
    let mut words = Vec::new();
    for namespace in &snapshot.namespaces {
        let root = U256::from_be_bytes(namespace.root.0);
        for i in 0..(namespace.bytes / 32).min(12) {
            words.push(
                provider
                    .get_storage_at(proxy, root + U256::from(i))
                    .await
                    .unwrap(),
            );
        }
    }
    words
}

/// Writes `batch` into `dir`, reads it back, and checks that its one transaction is `upgradeToAndCall(implementation,
/// 0x)` on `proxy`, described as the Safe Transaction Builder describes it.
fn check_upgrade_batch(
    batch: &Batch,
    path: &Path,
    proxy: Address,
    implementation: Address,
    safe: Address,
) {
    let read = Batch::read(path).unwrap();
    assert_eq!(&read, batch);
    read.verify().unwrap();
    assert_eq!(read.version, "1.0");
    assert_eq!(read.chain_id, "31337");
    assert_eq!(read.safe(), safe);
    assert_eq!(read.transactions.len(), 1);
    let tx = &read.transactions[0];
    assert_eq!(tx.to, proxy);
    assert_eq!(tx.value, "0");
    let call = RewardDistributor::upgradeToAndCallCall::abi_decode(&tx.data).unwrap();
    assert_eq!(call.newImplementation, implementation);
    assert!(call.data.is_empty());
    assert_eq!(tx.contract_method.name, "upgradeToAndCall");
    assert!(!tx.contract_method.payable);
    let inputs: Vec<(&str, &str, &str)> = tx
        .contract_method
        .inputs
        .iter()
        .map(|i| (i.internal_type.as_str(), i.name.as_str(), i.ty.as_str()))
        .collect();
    assert_eq!(
        inputs,
        [
            ("address", "newImplementation", "address"),
            ("bytes", "data", "bytes")
        ]
    );
    assert_eq!(
        &tx.contract_inputs_values["newImplementation"],
        implementation.to_checksum(None)
    );
    assert_eq!(&tx.contract_inputs_values["data"], "0x");
    // The raw JSON has exactly the documented keys.
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let keys = |v: &serde_json::Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(
        keys(&json),
        ["chainId", "createdAt", "meta", "transactions", "version"]
    );
    assert_eq!(
        keys(&json["meta"]),
        ["createdFromSafeAddress", "description", "name"]
    );
    assert_eq!(
        keys(&json["transactions"][0]),
        [
            "contractInputsValues",
            "contractMethod",
            "data",
            "to",
            "value"
        ]
    );
    assert!(json["createdAt"].is_u64());
}

/// A Safe other than the deployer: every contract's admin role (and the pausers') granted to a fresh address.
async fn grant_safe(admin: &DynProvider, deployments: &Deployments) -> Address {
    let safe = Address::repeat_byte(0x5a);
    for name in UPGRADEABLE {
        let proxy = deployments.proxy(name).unwrap();
        // Every contract has AccessControl's ABI.
        let contract = Payers::new(proxy, admin);
        contract
            .grantRole(B256::ZERO, safe)
            .send()
            .await
            .unwrap()
            .get_receipt()
            .await
            .unwrap();
    }
    safe
}

#[tokio::test]
async fn every_contract_upgrades_through_a_batch_executed_as_the_safe() {
    let chain = LocalChain::start().await.expect("anvil starts");
    let deployments = chain.deploy_suite().await.expect("the suite deploys");
    let admin = chain.provider();
    let safe = grant_safe(&admin, &deployments).await;
    let gov = local_gov::governance(&chain, &deployments, safe)
        .await
        .unwrap();
    let deployer = chain.signer().address();
    let scratch = Scratch::new("upgrades");

    // An incompatible layout is refused before anything is deployed: the snapshot says `params.profitCapBps` was a
    // uint64, the build has a uint32 there.
    let snapshots = scratch.0.join("snapshots");
    std::fs::create_dir_all(&snapshots).unwrap();
    let committed =
        layout::load_snapshot(&gov.default_snapshots(), deployments::REWARD_DISTRIBUTOR).unwrap();
    let mut edited = committed.clone();
    let field = edited.namespaces[0]
        .members
        .iter_mut()
        .find(|m| m.path == "params.profitCapBps")
        .unwrap();
    assert_eq!(field.ty, "uint32");
    field.ty = "uint64".into();
    layout::write_snapshot(&snapshots, &edited).unwrap();
    let nonce = admin.get_transaction_count(deployer).await.unwrap();
    let request = UpgradeRequest {
        snapshots: Some(snapshots.clone()),
        ..UpgradeRequest::new(deployments::REWARD_DISTRIBUTOR)
    };
    let error = upgrade::prepare(&gov, chain.signer(), &request)
        .await
        .unwrap_err();
    assert!(error.is_bad_input());
    assert!(
        matches!(error, UpgradeError::Layout(LayoutError::Incompatible(_))),
        "{error}"
    );
    assert_eq!(
        error.to_string(),
        "RewardDistributor: field `params.profitCapBps` was retyped from uint64 to uint32"
    );
    assert_eq!(
        admin.get_transaction_count(deployer).await.unwrap(),
        nonce,
        "nothing was deployed"
    );

    // A Safe without the admin role is refused by the contract's error, before anyone signs.
    let stranger = local_gov::governance(&chain, &deployments, Address::repeat_byte(0x77))
        .await
        .unwrap();
    let error = upgrade::prepare(
        &stranger,
        chain.signer(),
        &UpgradeRequest::new(deployments::NODES),
    )
    .await
    .unwrap_err();
    assert!(error.is_bad_input());
    assert!(
        error
            .to_string()
            .contains("AccessControlUnauthorizedAccount"),
        "{error}"
    );

    let distributor = RewardDistributor::new(
        deployments.proxy(deployments::REWARD_DISTRIBUTOR).unwrap(),
        &admin,
    );
    let base_pay = distributor.basePayPerMonth().call().await.unwrap();
    let profit_cap = distributor.profitCapBps().call().await.unwrap();
    let nodes = Nodes::new(deployments.proxy(deployments::NODES).unwrap(), &admin);
    let selection_manager = nodes.selectionManager().call().await.unwrap();
    assert_eq!(
        selection_manager,
        deployments
            .proxy(deployments::NODE_SELECTION_MANAGER)
            .unwrap()
    );
    let automation = Automation::new(deployments.proxy(deployments::AUTOMATION).unwrap(), &admin);
    let batch_size = automation.payoutBatchSize().call().await.unwrap();

    let mut nonzero_words = 0;
    for name in UPGRADEABLE {
        let proxy = deployments.proxy(name).unwrap();
        let previous = implementation_of(&admin, proxy).await;
        let words = namespace_words(&admin, name, proxy).await;
        nonzero_words += words.iter().filter(|w| !w.is_zero()).count();

        let (prepared, path) = if name == deployments::REWARD_DISTRIBUTOR {
            // What the local tour calls.
            let done = local_gov::upgrade_on_local_chain(
                &chain,
                &deployments,
                name,
                safe,
                Some(&scratch.0),
            )
            .await
            .unwrap();
            assert_eq!(done.executed.transactions.len(), 1);
            (done.prepared, done.path)
        } else {
            let prepared = upgrade::prepare(&gov, chain.signer(), &UpgradeRequest::new(name))
                .await
                .unwrap();
            let path = scratch.0.join(prepared.batch.file_name());
            prepared.batch.write(&path).unwrap();
            // Executed from the file, as the Safe would import it.
            let executed = execute::execute(&gov.provider, &Batch::read(&path).unwrap())
                .await
                .unwrap();
            assert_eq!(executed.transactions.len(), 1);
            (prepared, path)
        };
        assert!(path.starts_with(&scratch.0), "{}", path.display());
        assert_eq!(prepared.layout, layout::Compatibility::Identical, "{name}");
        assert_eq!(prepared.previous_implementation, previous, "{name}");
        assert_ne!(prepared.implementation, previous, "{name}");
        assert_eq!(prepared.batch.meta.name, format!("Upgrade {name}"));
        assert!(
            prepared
                .batch
                .meta
                .description
                .contains(&previous.to_string()),
            "{name}"
        );
        check_upgrade_batch(&prepared.batch, &path, proxy, prepared.implementation, safe);

        assert_eq!(
            implementation_of(&admin, proxy).await,
            prepared.implementation,
            "{name} upgraded"
        );
        assert_eq!(
            namespace_words(&admin, name, proxy).await,
            words,
            "{name}'s state kept"
        );
        let still_admin = Payers::new(proxy, &admin)
            .hasRole(B256::ZERO, safe)
            .call()
            .await
            .unwrap();
        assert!(still_admin, "{name}'s roles kept");
    }
    assert!(
        nonzero_words >= UPGRADEABLE.len(),
        "the compared words hold state"
    );
    assert_eq!(
        distributor.basePayPerMonth().call().await.unwrap(),
        base_pay
    );
    assert_eq!(distributor.profitCapBps().call().await.unwrap(), profit_cap);
    assert_eq!(
        nodes.selectionManager().call().await.unwrap(),
        selection_manager
    );
    assert_eq!(
        automation.payoutBatchSize().call().await.unwrap(),
        batch_size
    );
    // The new implementations work: a call through an upgraded proxy.
    let identity = IdentityUpdates::new(
        deployments.proxy(deployments::IDENTITY_UPDATES).unwrap(),
        &admin,
    );
    assert_eq!(identity.lastSequenceId().call().await.unwrap(), 0);
}

/// Prepares `change` as the Safe, writes and reads back its batch, checks it, executes it.
async fn set(gov: &Governance, change: ParamChange, dir: &Path) -> Batch {
    let batch = params::prepare(gov, &change).await.unwrap();
    let path = dir.join(batch.file_name());
    batch.write(&path).unwrap();
    let read = Batch::read(&path).unwrap();
    assert_eq!(read, batch);
    read.verify().unwrap();
    let tx = &read.transactions[0];
    assert_eq!(tx.to, gov.deployments.proxy(change.contract()).unwrap());
    assert_eq!(tx.contract_method.name, change.function());
    assert!(!tx.contract_method.payable);
    execute::execute(&gov.provider, &read).await.unwrap();
    read
}

#[tokio::test]
async fn every_parameter_command_writes_a_batch_that_executes() {
    let chain = LocalChain::start().await.expect("anvil starts");
    let deployments = chain.deploy_suite().await.expect("the suite deploys");
    let admin = chain.provider();
    // The deployer is the admin of a local suite: here it plays the Safe.
    let safe = chain.signer().address();
    let gov = local_gov::governance(&chain, &deployments, safe)
        .await
        .unwrap();
    let scratch = Scratch::new("params");
    let dir = &scratch.0;
    let proxy = |name| deployments.proxy(name).unwrap();
    let xmtp = |tokens: u64| U256::from(tokens) * U256::from(10u64).pow(U256::from(18));

    let selection = NodeSelectionManager::new(proxy(deployments::NODE_SELECTION_MANAGER), &admin);
    let batch = set(
        &gov,
        ParamChange::MinimumStake {
            amount: xmtp(20_000),
        },
        dir,
    )
    .await;
    assert_eq!(batch.meta.name, "Set minimum-stake");
    assert!(
        batch
            .meta
            .description
            .contains("from 10000 XMTP to 20000 XMTP"),
        "{}",
        batch.meta.description
    );
    assert_eq!(
        &batch.transactions[0].contract_inputs_values["amount"],
        xmtp(20_000).to_string()
    );
    assert_eq!(selection.minimumStake().call().await.unwrap(), xmtp(20_000));
    set(
        &gov,
        ParamChange::TurnoverCapBps {
            bps: U256::from(3_000),
        },
        dir,
    )
    .await;
    assert_eq!(
        selection.maxDailyTurnoverBps().call().await.unwrap(),
        U256::from(3_000)
    );

    let distributor = RewardDistributor::new(proxy(deployments::REWARD_DISTRIBUTOR), &admin);
    let base_pay = params::parse_units("base-pay", "2000.5", params::USDC_DECIMALS).unwrap();
    set(&gov, ParamChange::BasePay { amount: base_pay }, dir).await;
    assert_eq!(
        distributor.basePayPerMonth().call().await.unwrap(),
        U256::from(2_000_500_000u64)
    );
    set(
        &gov,
        ParamChange::ProfitCapBps {
            bps: U256::from(15_000),
        },
        dir,
    )
    .await;
    assert_eq!(
        distributor.profitCapBps().call().await.unwrap(),
        U256::from(15_000)
    );

    let treasury = XMTPTreasury::new(proxy(deployments::XMTP_TREASURY), &admin);
    let shares = ParamChange::TreasuryShares {
        buyback_bps: 5_000,
        staking_rewards_bps: 2_500,
        treasury_bps: 2_500,
    };
    let batch = set(&gov, shares, dir).await;
    assert_eq!(
        &batch.transactions[0].contract_inputs_values["stakingRewardsBps_"],
        "2500"
    );
    assert_eq!(treasury.buybackBps().call().await.unwrap(), 5_000);
    assert_eq!(treasury.stakingRewardsBps().call().await.unwrap(), 2_500);
    assert_eq!(treasury.treasuryBps().call().await.unwrap(), 2_500);

    let delegation = Delegation::new(proxy(deployments::DELEGATION), &admin);
    let batch = set(
        &gov,
        ParamChange::MaxCommissionBps {
            bps: U256::from(1_500),
        },
        dir,
    )
    .await;
    assert_eq!(batch.meta.name, "Set max-commission-bps");
    assert!(
        batch.meta.description.contains(
            "from 2000 bps of the delegators' staking rewards to 1500 bps of the delegators' staking rewards"
        ),
        "{}",
        batch.meta.description
    );
    assert_eq!(
        delegation.maxCommissionBps().call().await.unwrap(),
        U256::from(1_500)
    );
    let batch = set(
        &gov,
        ParamChange::MinimumSelfStakeBps {
            bps: U256::from(2_500),
        },
        dir,
    )
    .await;
    assert!(
        batch
            .meta
            .description
            .contains("from 1000 bps of the minimum stake to 2500 bps of the minimum stake"),
        "{}",
        batch.meta.description
    );
    assert_eq!(
        delegation.minimumSelfStakeBps().call().await.unwrap(),
        U256::from(2_500)
    );

    set(
        &gov,
        ParamChange::PayloadSizes {
            contract: Broadcaster::IdentityUpdates,
            min: 2,
            max: 1_024,
        },
        dir,
    )
    .await;
    let identity = IdentityUpdates::new(proxy(deployments::IDENTITY_UPDATES), &admin);
    assert_eq!(identity.minPayloadSize().call().await.unwrap(), 2);
    assert_eq!(identity.maxPayloadSize().call().await.unwrap(), 1_024);
    set(
        &gov,
        ParamChange::PayloadSizes {
            contract: Broadcaster::GroupMessages,
            min: 3,
            max: 2_048,
        },
        dir,
    )
    .await;
    let messages = GroupMessages::new(proxy(deployments::GROUP_MESSAGES), &admin);
    assert_eq!(messages.maxPayloadSize().call().await.unwrap(), 2_048);

    for contract in [
        Pausable::IdentityUpdates,
        Pausable::GroupMessages,
        Pausable::Payers,
        Pausable::RewardDistributor,
    ] {
        let paused = || async {
            Payers::new(proxy(contract.record_name()), &admin)
                .paused()
                .call()
                .await
                .unwrap()
        };
        let batch = set(&gov, ParamChange::Pause { contract }, dir).await;
        assert_eq!(batch.meta.name, format!("Pause {}", contract.record_name()));
        assert!(paused().await, "{contract:?} paused");
        // Pausing twice is refused by the contract's error, before anything is written.
        let error = params::prepare(&gov, &ParamChange::Pause { contract })
            .await
            .unwrap_err();
        assert!(error.is_bad_input());
        assert!(
            error
                .to_string()
                .ends_with("would be refused by the contract: EnforcedPause()"),
            "{error}"
        );
        set(&gov, ParamChange::Unpause { contract }, dir).await;
        assert!(!paused().await, "{contract:?} unpaused");
    }

    // Bad values are refused by name before anything is read, simulated or written.
    let written = std::fs::read_dir(dir).unwrap().count();
    let error = params::prepare(
        &gov,
        &ParamChange::ProfitCapBps {
            bps: U256::from(9_999),
        },
    )
    .await
    .unwrap_err();
    assert!(
        matches!(
            error,
            ParamsError::OutOfBounds {
                param: "profit-cap-bps",
                ..
            }
        ),
        "{error}"
    );
    let error = params::prepare(
        &gov,
        &ParamChange::MinimumStake {
            amount: xmtp(1) / U256::from(2),
        },
    )
    .await
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        "minimum-stake 0.5 XMTP: must be whole XMTP, from 1 to 1099511627775"
    );
    // A Safe that is not the admin: refused by the contract's error, by name.
    let stranger = local_gov::governance(&chain, &deployments, Address::repeat_byte(0x77))
        .await
        .unwrap();
    let error = params::prepare(
        &stranger,
        &ParamChange::TurnoverCapBps { bps: U256::from(1) },
    )
    .await
    .unwrap_err();
    assert!(
        error
            .to_string()
            .contains("AccessControlUnauthorizedAccount"),
        "{error}"
    );
    assert_eq!(std::fs::read_dir(dir).unwrap().count(), written);

    // Executing a batch whose data was tampered with is refused: data and description disagree.
    let mut batch = params::prepare(
        &gov,
        &ParamChange::ProfitCapBps {
            bps: U256::from(20_000),
        },
    )
    .await
    .unwrap();
    batch.transactions[0]
        .contract_inputs_values
        .insert("bps", "30000");
    let error = execute::execute(&gov.provider, &batch).await.unwrap_err();
    assert!(error.is_bad_input());
    assert!(
        error.to_string().contains("input `bps` is `30000`"),
        "{error}"
    );
    // And a batch for another chain.
    batch.transactions[0]
        .contract_inputs_values
        .insert("bps", "20000");
    batch.chain_id = "8453".into();
    let error = execute::execute(&gov.provider, &batch).await.unwrap_err();
    assert_eq!(
        error.to_string(),
        "the batch is for chain 8453, but the RPC serves chain 31337"
    );
    assert_eq!(
        distributor.profitCapBps().call().await.unwrap(),
        U256::from(15_000)
    );
}
