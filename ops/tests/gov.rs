//! `xmtp-ops gov` as the multisig's operators run it: batch files written and executed on anvil, and bad input (a value
//! out of bounds, a contract that is not there, an incompatible storage layout) refused with exit code 2 and one line.

// Helpers outside `#[test]` functions fail the test on any error, as the tests themselves do.
#![allow(clippy::unwrap_used)]

use std::{
    path::{Path, PathBuf},
    process::Output,
};

use alloy::{
    primitives::{Address, B256, U256},
    providers::Provider,
};
use serde_json::Value;
use xmtp_bindings::reward_distributor::RewardDistributor;
use xmtp_devkit::{
    binary::{self, error_line, stderr, stdout},
    deployments::REWARD_DISTRIBUTOR,
    gov::{layout, upgrade::IMPLEMENTATION_SLOT},
    world::World,
};

const OPS: &str = env!("CARGO_BIN_EXE_xmtp-ops");

fn run(args: &[&str], env: &[(&str, String)]) -> Output {
    binary::command(OPS, &["--log-level", "warn"])
        .args(args)
        .envs(env.iter().map(|(name, value)| (name, value)))
        .output()
        .unwrap()
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn help_explains_every_gov_command() {
    for args in [
        &["gov", "--help"][..],
        &["gov", "upgrade", "--help"],
        &["gov", "set", "--help"],
        &["gov", "set", "treasury-shares", "--help"],
        &["gov", "layouts", "--help"],
    ] {
        let output = run(args, &[]);
        assert!(output.status.success(), "{args:?}");
        assert!(stdout(&output).contains("Usage: xmtp-ops gov"), "{args:?}");
    }
    // A bad value is refused before any configuration is needed.
    let output = run(
        &[
            "gov",
            "set",
            "profit-cap-bps",
            "9999",
            "--safe",
            &Address::ZERO.to_string(),
        ],
        &[],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        error_line(&output)
            .starts_with("error: profit-cap-bps 9999: must be from 10000 to 100000 bps"),
        "{}",
        stderr(&output)
    );
    // Delegation's parameters, by the contract's bounds.
    for (param, value, message) in [
        (
            "max-commission-bps",
            "5001",
            "error: max-commission-bps 5001: must be at most 5000 bps of the delegators' staking rewards",
        ),
        (
            "minimum-self-stake-bps",
            "99",
            "error: minimum-self-stake-bps 99: must be from 100 to 10000 bps of the minimum stake",
        ),
    ] {
        let output = run(
            &["gov", "set", param, value, "--safe", &Address::ZERO.to_string()],
            &[],
        );
        assert_eq!(output.status.code(), Some(2), "{param}");
        assert_eq!(error_line(&output), message);
    }
    // So is a contract that has no such parameter.
    let output = run(
        &[
            "gov",
            "set",
            "pause",
            "Nodes",
            "--safe",
            &Address::ZERO.to_string(),
        ],
        &[],
    );
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        error_line(&output),
        "error: pause: `Nodes` is not one of IdentityUpdates, GroupMessages, Payers, RewardDistributor"
    );
    let output = run(&["--dry-run", "gov", "layouts"], &[]);
    assert_eq!(output.status.code(), Some(2));
}

#[tokio::test]
async fn gov_writes_batches_executes_them_on_anvil_and_refuses_bad_input() {
    let world = World::deployed("ops-gov").await.unwrap();
    let (chain, deployments, admin) = (&world.chain, &world.deployments, &world.admin);
    let (dir, record) = (world.path(""), &world.record);
    // The implementation's deployer is a funded key of its own; the deployer of the suite, its admin, is the Safe.
    let deployer = chain.other_dev_signers().remove(0);
    let safe = chain.signer().address().to_string();
    let env = [
        ("KEEPER_RPC_URL", chain.endpoint()),
        ("KEEPER_DEPLOYMENTS", record.display().to_string()),
        (
            "KEEPER_PRIVATE_KEY",
            alloy::hex::encode_prefixed(deployer.to_bytes()),
        ),
    ];
    let distributor_proxy = deployments.proxy(REWARD_DISTRIBUTOR).unwrap();
    let distributor = RewardDistributor::new(distributor_proxy, &admin);

    // A parameter: the batch is written where asked, its path printed, and executed as the Safe.
    let out = dir.join("profit-cap.json");
    let output = run(
        &[
            "gov",
            "set",
            "profit-cap-bps",
            "15000",
            "--safe",
            &safe,
            "--out",
            out.to_str().unwrap(),
            "--execute",
        ],
        &env,
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output).trim(), out.display().to_string());
    let batch = read_json(&out);
    assert_eq!(batch["chainId"], "31337");
    assert_eq!(batch["meta"]["createdFromSafeAddress"], safe);
    assert_eq!(
        batch["transactions"][0]["contractMethod"]["name"],
        "setProfitCapBps"
    );
    assert_eq!(
        batch["transactions"][0]["contractInputsValues"]["bps"],
        "15000"
    );
    assert_eq!(
        distributor.profitCapBps().call().await.unwrap(),
        U256::from(15_000)
    );

    // Without --out: safe-batches/<chainId>-<name>-<createdAt>.json in the project.
    let output = run(&["gov", "set", "base-pay", "2000", "--safe", &safe], &env);
    assert!(output.status.success(), "{}", stderr(&output));
    let default_path = PathBuf::from(stdout(&output).trim());
    let project = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    assert!(
        default_path.starts_with(project.join("safe-batches")),
        "{}",
        default_path.display()
    );
    let name = default_path
        .file_name()
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        name.starts_with("31337-Set-base-pay-") && name.ends_with(".json"),
        "{name}"
    );
    assert_eq!(
        read_json(&default_path)["transactions"][0]["contractInputsValues"]["amount"],
        "2000000000"
    );
    std::fs::remove_file(&default_path).unwrap();
    // Not executed: only written.
    assert_eq!(
        distributor.basePayPerMonth().call().await.unwrap(),
        U256::from(1_000_000_000u64)
    );

    // Refused by the contract, by name, from the simulation: nothing to unpause.
    let output = run(&["gov", "set", "unpause", "payers", "--safe", &safe], &env);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        error_line(&output).ends_with("would be refused by the contract: ExpectedPause()"),
        "{}",
        stderr(&output)
    );

    // An incompatible layout: exit 2 naming the field, and no implementation deployed.
    let snapshots = dir.join("snapshots");
    let committed = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(layout::SNAPSHOT_DIR);
    for contract in layout::UPGRADEABLE {
        layout::write_snapshot(
            &snapshots,
            &layout::load_snapshot(&committed, contract).unwrap(),
        )
        .unwrap();
    }
    let mut snapshot = layout::load_snapshot(&snapshots, REWARD_DISTRIBUTOR).unwrap();
    for member in &mut snapshot.namespaces[0].members {
        if member.path == "params.profitCapBps" {
            member.path = "params.profitCap".into();
        }
    }
    layout::write_snapshot(&snapshots, &snapshot).unwrap();
    let nonce = admin
        .get_transaction_count(deployer.address())
        .await
        .unwrap();
    let output = run(
        &[
            "gov",
            "upgrade",
            REWARD_DISTRIBUTOR,
            "--safe",
            &safe,
            "--snapshots",
            snapshots.to_str().unwrap(),
        ],
        &env,
    );
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert_eq!(
        error_line(&output),
        "error: RewardDistributor: field `params.profitCap` was renamed to `params.profitCapBps`"
    );
    assert_eq!(
        admin
            .get_transaction_count(deployer.address())
            .await
            .unwrap(),
        nonce
    );
    // The same snapshots fail the layout check, which names the field too.
    let output = run(
        &["gov", "layouts", "--snapshots", snapshots.to_str().unwrap()],
        &[],
    );
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        error_line(&output),
        "error: RewardDistributor: field `params.profitCap` was renamed to `params.profitCapBps`"
    );

    let output = run(&["gov", "upgrade", "MockUSDC", "--safe", &safe], &env);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        error_line(&output).contains("`MockUSDC` is not an upgradeable contract"),
        "{}",
        stderr(&output)
    );

    // The upgrade: the implementation deployed from the keeper's key, the batch executed as the Safe.
    let out = dir.join("upgrade.json");
    let output = run(
        &[
            "gov",
            "upgrade",
            REWARD_DISTRIBUTOR,
            "--safe",
            &safe,
            "--out",
            out.to_str().unwrap(),
            "--execute",
        ],
        &env,
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output).trim(), out.display().to_string());
    let word = admin
        .get_storage_at(distributor_proxy, IMPLEMENTATION_SLOT.into())
        .await
        .unwrap();
    let implementation = Address::from_word(B256::from(word));
    assert_ne!(
        implementation,
        deployments
            .contract(REWARD_DISTRIBUTOR)
            .unwrap()
            .implementation
    );
    let batch = read_json(&out);
    let tx = &batch["transactions"][0];
    assert_eq!(tx["to"], distributor_proxy.to_checksum(None));
    assert_eq!(tx["contractMethod"]["name"], "upgradeToAndCall");
    assert_eq!(
        tx["contractInputsValues"]["newImplementation"],
        implementation.to_checksum(None)
    );
    assert_eq!(tx["contractInputsValues"]["data"], "0x");
    assert!(
        admin
            .get_transaction_count(deployer.address())
            .await
            .unwrap()
            > nonce
    );
    // State kept through the upgrade.
    assert_eq!(
        distributor.profitCapBps().call().await.unwrap(),
        U256::from(15_000)
    );

    // The committed snapshots match the build.
    let output = run(&["gov", "layouts"], &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).starts_with(&format!(
            "storage layouts of {} contracts match",
            layout::UPGRADEABLE.len()
        )),
        "{}",
        stdout(&output)
    );
}
