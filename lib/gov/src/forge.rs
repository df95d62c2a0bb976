//! Running forge from the library: the deploy script (`xmtp-devkit`'s devnet), the upgrade script and builds
//! (governance).
//!
//! One forge process at a time per library user ([`FORGE_LOCK`]): two forge processes in one project race on
//! `cache/` and `broadcast/`. Keys and RPC URLs (which carry API keys) reach forge through the environment only,
//! never argv, which every local user can read (`ps`, `/proc/<pid>/cmdline`); the keeper's own secret variables are
//! not passed on at all. A failure carries the last lines forge printed.

use std::{
    ffi::OsString,
    path::{Path, PathBuf},
    process::{ExitStatus, Stdio},
    sync::atomic::{AtomicU64, Ordering},
    time::Duration,
};

use tokio::{process::Command, sync::Mutex};

use crate::toolchain::Toolchain;

/// How many trailing lines of forge's output an error carries.
const OUTPUT_TAIL_LINES: usize = 25;

/// Serializes forge runs: two forge processes in one project race on `cache/` and `broadcast/`.
pub static FORGE_LOCK: Mutex<()> = Mutex::const_new(());

/// How forge is told the RPC URL without argv: foundry's configuration variable for `eth_rpc_url`, which
/// `forge script` uses when `--rpc-url` is not given (forge 1.x ignores `ETH_RPC_URL` there).
pub const RPC_URL_ENV: &str = "FOUNDRY_ETH_RPC_URL";

/// The keeper's secrets, which no child process needs.
const WITHHELD_ENV: [&str; 2] = [
    crate::keeper::config::ENV_PRIVATE_KEY,
    crate::keeper::config::ENV_KEYSTORE_PASSWORD_FILE,
];

/// Distinguishes the temporary files of one process.
static TMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// Why a forge run failed.
#[derive(Debug, thiserror::Error)]
pub enum ForgeError {
    /// forge could not be launched.
    #[error("could not run forge at {}", path.display())]
    Launch {
        /// The forge binary.
        path: PathBuf,
        /// The I/O failure.
        #[source]
        source: std::io::Error,
    },
    /// forge did not finish in time.
    #[error("{what} did not finish within {}s", timeout.as_secs())]
    Timeout {
        /// What forge was running, e.g. `script/Upgrade.s.sol`.
        what: String,
        /// The limit.
        timeout: Duration,
    },
    /// A contract's runtime code is over EIP-170's limit, so no chain with the limit would take it.
    #[error(
        "a contract is over EIP-170's 24,576-byte code size limit: it would not deploy to a real \
         chain either (`make build` names it)\n{output}"
    )]
    CodeSizeLimit {
        /// The last lines forge printed, naming the contract and its size.
        output: String,
    },
    /// forge exited with a failure.
    #[error("{what} failed ({status})\n{output}")]
    Failed {
        /// What forge was running.
        what: String,
        /// forge's exit status.
        status: ExitStatus,
        /// The last lines forge printed.
        output: String,
    },
}

/// Runs `forge script <script> --broadcast --slow` against `rpc_url` (passed as [`RPC_URL_ENV`]) in the project root
/// with `env` added (and `remove_env` and the keeper's secret variables removed), under [`FORGE_LOCK`], killed after
/// `timeout`.
///
/// `--slow` sends one transaction at a time: anvil's automine packs a burst into one block and leaves a transaction
/// that no longer fits in the pool until the next one arrives, which never comes, so forge would wait forever.
pub async fn run_script(
    toolchain: &Toolchain,
    script: &str,
    rpc_url: &str,
    env: &[(&str, OsString)],
    remove_env: &[&str],
    timeout: Duration,
) -> Result<(), ForgeError> {
    let mut command = Command::new(toolchain.forge());
    command.args(["script", script, "--broadcast", "--slow"]);
    command.env(RPC_URL_ENV, rpc_url);
    for (name, value) in env {
        command.env(name, value);
    }
    for name in remove_env.iter().chain(&WITHHELD_ENV) {
        command.env_remove(name);
    }
    run(toolchain, command, script, timeout).await
}

/// Runs `forge build` in the project root under [`FORGE_LOCK`]: compiles what changed, so that `out/` (the
/// artifacts and their storage layouts) matches the sources.
pub async fn build(toolchain: &Toolchain, timeout: Duration) -> Result<(), ForgeError> {
    let mut command = Command::new(toolchain.forge());
    command.arg("build");
    run(toolchain, command, "forge build", timeout).await
}

async fn run(
    toolchain: &Toolchain,
    mut command: Command,
    what: &str,
    timeout: Duration,
) -> Result<(), ForgeError> {
    command
        .current_dir(toolchain.root())
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        // If the timeout below fires, dropping the future must not leave forge running.
        .kill_on_drop(true);
    let _guard = FORGE_LOCK.lock().await;
    let output = tokio::time::timeout(timeout, command.output())
        .await
        .map_err(|_| ForgeError::Timeout {
            what: what.to_owned(),
            timeout,
        })?
        .map_err(|source| ForgeError::Launch {
            path: toolchain.forge().to_path_buf(),
            source,
        })?;
    if output.status.success() {
        return Ok(());
    }
    let text = describe_output(&output.stdout, &output.stderr);
    // forge's wording when it refuses to broadcast an oversized contract.
    if text.contains("above the contract size limit") {
        return Err(ForgeError::CodeSizeLimit { output: text });
    }
    Err(ForgeError::Failed {
        what: what.to_owned(),
        status: output.status,
        output: text,
    })
}

/// A unique path under `deployments/tmp/` (the only folder forge scripts may write, and git-ignored) for one run's
/// input or output, removed on drop.
#[derive(Debug)]
pub struct TmpFile(PathBuf);

impl TmpFile {
    /// A fresh path `deployments/tmp/<tag>-<pid>-<n>.json` under `root`; creates the folder.
    pub fn create(root: &Path, tag: &str) -> std::io::Result<Self> {
        let dir = tmp_dir(root);
        std::fs::create_dir_all(&dir)?;
        let n = TMP_COUNTER.fetch_add(1, Ordering::Relaxed);
        Ok(Self(
            dir.join(format!("{tag}-{}-{n}.json", std::process::id())),
        ))
    }

    /// The path.
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TmpFile {
    fn drop(&mut self) {
        // Nothing to do if nothing was written.
        let _ = std::fs::remove_file(&self.0);
    }
}

/// `deployments/tmp/` under `root`.
pub fn tmp_dir(root: &Path) -> PathBuf {
    root.join("deployments").join("tmp")
}

/// The last lines of forge's stderr and stdout, for error messages.
pub fn describe_output(stdout: &[u8], stderr: &[u8]) -> String {
    let mut text = String::new();
    for (label, bytes) in [("stderr", stderr), ("stdout", stdout)] {
        let tail = last_lines(&String::from_utf8_lossy(bytes), OUTPUT_TAIL_LINES);
        if !tail.is_empty() {
            text.push_str(&format!("--- forge {label} (last lines) ---\n{tail}\n"));
        }
    }
    if text.is_empty() {
        text.push_str("(forge printed nothing)");
    }
    text
}

fn last_lines(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_lines_keeps_the_tail_without_blank_lines() {
        assert_eq!(last_lines("a\n\nb\nc\n", 2), "b\nc");
        assert_eq!(last_lines("a\n", 5), "a");
        assert_eq!(last_lines("", 5), "");
    }

    #[test]
    fn describe_output_labels_both_streams() {
        let text = describe_output(
            b"compiled\n",
            b"Error: script failed: MissingDeployerKey()\n",
        );
        assert!(text.contains("forge stderr"));
        assert!(text.contains("MissingDeployerKey"));
        assert!(text.contains("compiled"));
        assert_eq!(describe_output(b"", b""), "(forge printed nothing)");
    }

    #[test]
    fn tmp_files_are_distinct_and_removed() {
        let root = std::env::temp_dir().join(format!("xmtp-forge-tmp-{}", std::process::id()));
        let a = TmpFile::create(&root, "t").unwrap();
        let b = TmpFile::create(&root, "t").unwrap();
        assert_ne!(a.path(), b.path());
        assert!(a.path().starts_with(root.join("deployments/tmp")));
        std::fs::write(a.path(), "{}").unwrap();
        let path = a.path().to_path_buf();
        drop(a);
        assert!(!path.exists());
        let _ = std::fs::remove_dir_all(&root);
    }

    #[cfg(unix)]
    #[tokio::test]
    async fn a_script_gets_the_rpc_url_and_key_through_its_environment_never_argv() {
        use std::os::unix::fs::PermissionsExt as _;
        let root = std::env::temp_dir().join(format!("xmtp-forge-argv-{}", std::process::id()));
        std::fs::create_dir_all(&root).unwrap();
        std::fs::write(root.join("foundry.toml"), "").unwrap();
        let dump = root.join("dump.txt");
        let fake = root.join("forge");
        std::fs::write(
            &fake,
            format!(
                "#!/bin/sh\n{{ echo \"ARGV: $*\"; env; }} > '{}'\n",
                dump.display()
            ),
        )
        .unwrap();
        std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o700)).unwrap();
        let vars = |name: &str| match name {
            "XMTP_PROJECT_ROOT" => Some(root.clone().into_os_string()),
            "FORGE_BIN" | "ANVIL_BIN" => Some(fake.clone().into_os_string()),
            _ => None,
        };
        let toolchain = Toolchain::locate_with(vars, &root).unwrap();
        let key = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
        run_script(
            &toolchain,
            "script/Upgrade.s.sol:Upgrade",
            "https://rpc.example.org/v2/APIKEY123",
            &[("PRIVATE_KEY", key.into())],
            &[],
            Duration::from_secs(30),
        )
        .await
        .unwrap();
        let text = std::fs::read_to_string(&dump).unwrap();
        let argv = text.lines().next().unwrap();
        assert_eq!(
            argv,
            "ARGV: script script/Upgrade.s.sol:Upgrade --broadcast --slow"
        );
        assert!(
            text.lines()
                .any(|line| line == "FOUNDRY_ETH_RPC_URL=https://rpc.example.org/v2/APIKEY123"),
            "{text}"
        );
        assert!(text
            .lines()
            .any(|line| line == format!("PRIVATE_KEY={key}")));
        assert!(
            !text.contains("KEEPER_PRIVATE_KEY="),
            "the keeper's key is withheld"
        );
        let _ = std::fs::remove_dir_all(&root);
    }
}
