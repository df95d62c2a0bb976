//! The real `keeper` binary, run as an operator runs it: the deployment record and a TOML
//! configuration in files, the RPC URL and the key in the environment (never on the command
//! line), one process per `tick` or `watch --once`, its exit code checked and its stdout read.

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
    process::Stdio,
};

use alloy::{primitives::TxHash, signers::local::PrivateKeySigner};
use tokio::process::Command;

use super::DemoError;
use crate::{deployments::Deployments, devnet::LocalChain};

use crate::keeper::config::ENV_VARIABLES as KEEPER_ENV;

/// The tour's keeper configuration: anvil mines at once, so receipts are polled every 20 ms
/// rather than every second.
const KEEPER_TOML: &str = "\
# Written by `xmtp-ops demo` for its local anvil.
[sender]
poll_interval_ms = 20
confirmation_timeout_secs = 30
";

/// One transaction a `keeper tick` reported, from its stdout line
/// `rotate: 0x… (block 123, gas 45678)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct KeeperTx {
    /// The step's name (`rotate`, `forward_fees`, `distribute`, `forward_excess`, `payout`).
    pub(super) step: String,
    /// The transaction.
    pub(super) tx_hash: TxHash,
    /// The block it landed in.
    pub(super) block: u64,
    /// Gas it used.
    pub(super) gas: u64,
}

/// What one `keeper watch --once` pass did, from the JSON line it printed (the watcher's
/// `PassSummary`).
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub(super) struct WatchPass {
    /// The epoch in force.
    pub(super) epoch: u64,
    /// Nodes read.
    pub(super) nodes: usize,
    /// Requests sent to nodes.
    pub(super) requests: u64,
    /// Envelopes received.
    pub(super) envelopes: u64,
    /// New findings, by kind.
    pub(super) findings: BTreeMap<String, u64>,
    /// Proven faults handed on (relayed through the keeper's key).
    pub(super) handed: u64,
}

/// The keeper binary with its configuration files in a private temporary folder, removed when
/// this is dropped.
pub(super) struct KeeperBinary {
    program: PathBuf,
    folder: TempFolder,
    config: PathBuf,
    record: PathBuf,
    rpc_url: String,
    key: PrivateKeySigner,
}

impl KeeperBinary {
    /// Writes the deployment record and the configuration for `chain`; the keeper signs with
    /// `key`.
    pub(super) fn new(
        program: &Path,
        chain: &LocalChain,
        deployments: &Deployments,
        key: PrivateKeySigner,
    ) -> Result<Self, DemoError> {
        let folder = TempFolder::create(chain.endpoint_url().port().unwrap_or_default())?;
        let record = folder.write(
            "deployments.json",
            &serde_json::to_string_pretty(deployments).map_err(DemoError::Record)?,
        )?;
        let config = folder.write("keeper.toml", KEEPER_TOML)?;
        Ok(Self {
            program: program.to_path_buf(),
            folder,
            config,
            record,
            rpc_url: chain.endpoint(),
            key,
        })
    }

    /// The keeper's key.
    pub(super) fn key(&self) -> &PrivateKeySigner {
        &self.key
    }

    /// Runs `keeper tick` and returns the transactions it reports.
    pub(super) async fn tick(&self) -> Result<Vec<KeeperTx>, DemoError> {
        let stdout = self.run(&["tick"]).await?.0;
        Ok(stdout.lines().filter_map(parse_tick_line).collect())
    }

    /// Runs one pass of `keeper watch --once` with the keeper's key (proven faults relayed
    /// through it), reading node `id` at `url` for each of `node_urls`, and returns its summary.
    pub(super) async fn watch_once(
        &self,
        node_urls: &[(u32, String)],
    ) -> Result<WatchPass, DemoError> {
        let mut args = vec![
            "watch".to_owned(),
            "--once".to_owned(),
            // Local servers answer in microseconds: a request that takes a second is lost.
            "--request-timeout-ms".to_owned(),
            "1000".to_owned(),
            "--requests-per-second".to_owned(),
            "1000".to_owned(),
            "--probe-interval-ms".to_owned(),
            "10".to_owned(),
        ];
        for (id, url) in node_urls {
            args.push("--node-url".to_owned());
            args.push(format!("{id}={url}"));
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let stdout = self.run(&args).await?.0;
        let line = stdout
            .lines()
            .rfind(|l| !l.trim().is_empty())
            .unwrap_or_default();
        serde_json::from_str(line).map_err(|_| DemoError::KeeperOutput {
            command: "watch",
            line: line.to_owned(),
        })
    }

    /// The keeper's state directory (the `state` folder of its temporary folder).
    pub(super) fn state_dir(&self) -> PathBuf {
        self.folder.0.join("state")
    }

    /// Runs the binary with `args`; returns stdout and stderr when it exits 0.
    async fn run(&self, args: &[&str]) -> Result<(String, String), DemoError> {
        let mut command = Command::new(&self.program);
        for name in KEEPER_ENV {
            command.env_remove(name);
        }
        let config = self.config.display().to_string();
        command
            .args(["--log-level", "warn", "--config", &config])
            .args(args)
            .env("KEEPER_RPC_URL", &self.rpc_url)
            .env("KEEPER_DEPLOYMENTS", &self.record)
            // The lock and journal of this tour only: two tours at once must not share them.
            .env("KEEPER_STATE_DIR", self.state_dir())
            // The key through the environment only: argv is visible to every local user.
            .env(
                "KEEPER_PRIVATE_KEY",
                alloy::hex::encode_prefixed(self.key.to_bytes()),
            )
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        let output = command
            .output()
            .await
            .map_err(|source| DemoError::KeeperLaunch {
                program: self.program.clone(),
                source,
            })?;
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        if !output.status.success() {
            let error = stderr
                .lines()
                .rev()
                .find(|l| l.starts_with("error: "))
                .or_else(|| stderr.lines().next_back())
                .unwrap_or("(nothing on stderr)")
                .to_owned();
            return Err(DemoError::Keeper {
                command: args.first().copied().unwrap_or_default().to_owned(),
                status: output.status,
                error,
            });
        }
        Ok((stdout, stderr))
    }
}

/// Parses `rotate: 0x… (block 123, gas 45678)`; other lines (`nothing due …`) are not
/// transactions.
fn parse_tick_line(line: &str) -> Option<KeeperTx> {
    let (step, rest) = line.split_once(": ")?;
    let (hash, rest) = rest.split_once(" (block ")?;
    let (block, rest) = rest.split_once(", gas ")?;
    let gas = rest.strip_suffix(')')?;
    Some(KeeperTx {
        step: step.to_owned(),
        tx_hash: hash.parse().ok()?,
        block: block.parse().ok()?,
        gas: gas.parse().ok()?,
    })
}

/// A private folder under the system's temporary directory, removed on drop.
struct TempFolder(PathBuf);

impl TempFolder {
    fn create(port: u16) -> Result<Self, DemoError> {
        let path =
            std::env::temp_dir().join(format!("xmtp-keeper-demo-{}-{port}", std::process::id()));
        std::fs::create_dir_all(&path).map_err(|source| DemoError::TempFile {
            path: path.clone(),
            source,
        })?;
        Ok(Self(path))
    }

    fn write(&self, name: &str, contents: &str) -> Result<PathBuf, DemoError> {
        let path = self.0.join(name);
        std::fs::write(&path, contents).map_err(|source| DemoError::TempFile {
            path: path.clone(),
            source,
        })?;
        Ok(path)
    }
}

impl Drop for TempFolder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_tick_lines_of_transactions_only() {
        let hash = format!("0x{}", "ab".repeat(32));
        let tx = parse_tick_line(&format!("rotate: {hash} (block 812, gas 118588)")).unwrap();
        assert_eq!(tx.step, "rotate");
        assert_eq!(tx.tx_hash, hash.parse::<TxHash>().unwrap());
        assert_eq!((tx.block, tx.gas), (812, 118_588));
        assert!(
            parse_tick_line("nothing due (epoch 3, next rotation at 1, next payout at 2)")
                .is_none()
        );
        assert!(parse_tick_line("payout: already done by another keeper").is_none());
    }
}
