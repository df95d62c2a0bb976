//! Fee settings as operators give them, with the real binary on anvil: a low cap alone is taken
//! (the default tip clamped to it, with a warning), a tip set above the cap set is refused
//! naming both settings, and an absurd cap is refused at start.

// Helpers outside `#[test]` functions fail the test on any error, as the tests themselves do.
#![allow(clippy::unwrap_used)]

use std::process::{Command, Output};

use alloy::{primitives::U256, providers::ext::AnvilApi, signers::local::PrivateKeySigner};
use xmtp_devkit::{devnet::LocalChain, keeper::config::ENV_VARIABLES};

const KEEPER: &str = env!("CARGO_BIN_EXE_keeper");

fn text(output: &Output) -> String {
    format!(
        "exit {:?}\nstdout: {}\nstderr: {}",
        output.status.code(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn fee_settings_are_taken_clamped_or_refused_by_name() {
    let chain = LocalChain::start().await.unwrap();
    let deployments = chain.deploy_suite().await.unwrap();
    let tag = format!(
        "{}-{}",
        std::process::id(),
        chain.endpoint_url().port().unwrap()
    );
    let dir = std::env::temp_dir();
    let record = dir.join(format!("keeper-fees-{tag}.json"));
    std::fs::write(&record, serde_json::to_string(&deployments).unwrap()).unwrap();
    let state = dir.join(format!("keeper-fees-state-{tag}"));
    let tip_file = dir.join(format!("keeper-fees-{tag}.toml"));
    std::fs::write(&tip_file, "[sender]\nmax_priority_fee_per_gas_gwei = 1\n").unwrap();
    let key = PrivateKeySigner::random();
    chain
        .provider()
        .anvil_set_balance(key.address(), U256::from(10u128.pow(18)))
        .await
        .unwrap();
    let keeper = |args: &[&str]| {
        let mut command = Command::new(KEEPER);
        for name in ENV_VARIABLES {
            command.env_remove(name);
        }
        command
            .args(args)
            .env("KEEPER_RPC_URL", chain.endpoint())
            .env("KEEPER_DEPLOYMENTS", &record)
            .env("KEEPER_STATE_DIR", &state)
            .env(
                "KEEPER_PRIVATE_KEY",
                alloy::hex::encode_prefixed(key.to_bytes()),
            )
            .output()
            .unwrap()
    };

    // `--max-fee-gwei 0.5` alone: below the local default tip of 1 gwei, which is clamped.
    let output = keeper(&["--max-fee-gwei", "0.5", "tick"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    let log = String::from_utf8_lossy(&output.stderr);
    assert!(log.contains("the tip is the cap"), "{}", text(&output));
    assert!(!log.contains("error"), "{}", text(&output));

    // A tip set in the file above the cap set by the flag: both named, as set.
    let output = keeper(&[
        "--config",
        tip_file.to_str().unwrap(),
        "--max-fee-gwei",
        "0.5",
        "tick",
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains(
            "error: sender.max_priority_fee_per_gas_gwei = 1 is above --max-fee-gwei = 0.5"
        ),
        "{}",
        text(&output)
    );

    // A cap of a billion gwei is a typo: refused with the bounds, naming the flag.
    let output = keeper(&["--max-fee-gwei", "1000000000", "tick"]);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains(
            "error: --max-fee-gwei = 1000000000 is out of range: 0.000000001 to 1000000 gwei"
        ),
        "{}",
        text(&output)
    );
    // Ten thousand gwei and more is taken with a warning.
    let output = keeper(&["--max-fee-gwei", "20000", "tick"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("is above 10000 gwei"),
        "{}",
        text(&output)
    );

    let _ = std::fs::remove_file(&record);
    let _ = std::fs::remove_file(&tip_file);
    let _ = std::fs::remove_dir_all(&state);
}
