//! Exactly once per key, with the real binary on anvil and mining held back so that a
//! transaction sits in the pool while the keeper is killed, overlapped or stopped:
//!
//! - a `keeper tick` killed (SIGKILL) with its `rotateNodes`, then with its `distributeRewards`,
//!   in the pool: the restarted tick watches that transaction from the journal and sends neither
//!   again;
//! - a second tick while the first holds the key's lock does nothing and exits 0 (cron overlap);
//! - `keeper run` sent SIGTERM mid-transaction exits within seconds, signs nothing after the
//!   signal, and the next start confirms the transaction it left in flight.

// Helpers outside `#[test]` functions fail the test on any error, as the tests themselves do.
#![allow(clippy::unwrap_used)]

mod common;

use std::{
    ops::Deref,
    path::PathBuf,
    process::{Child, Command, Output, Stdio},
    time::{Duration, Instant},
};

use common::World;
use xmtp_devkit::binary::text;

use alloy::{
    consensus::Transaction as _,
    eips::BlockNumberOrTag,
    primitives::{TxHash, U256},
    providers::{ext::AnvilApi, Provider},
    sol_types::SolCall,
};
use xmtp_bindings::{
    node_selection_manager::NodeSelectionManager, reward_distributor::RewardDistributor,
};
use xmtp_devkit::devnet;

/// The keeper's settings here: fast polls; a timeout long enough that nothing is replaced during
/// a test.
const KEEPER_TOML: &str = "[sender]\npoll_interval_ms = 50\nconfirmation_timeout_secs = 60\n\
                           [daemon]\npoll_interval_ms = 200\n";

/// The binary's world, with its configuration file.
struct Once {
    world: World,
    config: PathBuf,
}

impl Deref for Once {
    type Target = World;

    fn deref(&self) -> &World {
        &self.world
    }
}

impl Once {
    async fn new(name: &str) -> Self {
        let world = World::deployed(&format!("once-{name}")).await;
        let config = world.file("keeper.toml", KEEPER_TOML).unwrap();
        Self { world, config }
    }

    fn spawn(&self, args: &[&str]) -> Running {
        let mut command = self
            .world
            .keeper(&["--config", self.config.to_str().unwrap()]);
        command
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        Running(Some(command.spawn().unwrap()))
    }

    /// Runs the keeper to its end, at most 30 s.
    fn run(&self, args: &[&str]) -> Output {
        self.spawn(args).finish(Duration::from_secs(30))
    }

    async fn epoch(&self) -> U256 {
        NodeSelectionManager::new(self.contracts.selection, &self.admin)
            .currentEpoch()
            .call()
            .await
            .unwrap()
    }

    /// Waits until the keeper's transaction with `nonce` is in the pool; its hash and input.
    async fn until_pooled(&self, nonce: u64) -> (TxHash, String) {
        let from = self.key.address();
        let tx = self
            .world
            .deref()
            .until_pooled(
                &format!("{nonce} of the keeper"),
                Duration::from_secs(60),
                |tx| tx.from == from && tx.nonce == nonce,
            )
            .await
            .unwrap();
        (tx.hash, tx.input)
    }

    /// The 4-byte selectors of every transaction the keeper sent in blocks `from..`.
    async fn keeper_selectors(&self, from: u64) -> Vec<[u8; 4]> {
        let head = self.admin.get_block_number().await.unwrap();
        let mut selectors = Vec::new();
        for number in from..=head {
            let block = self
                .admin
                .get_block_by_number(BlockNumberOrTag::Number(number))
                .full()
                .await
                .unwrap()
                .unwrap();
            for tx in block.transactions.txns() {
                if tx.inner.signer() == self.key.address() {
                    let input = tx.inner.input();
                    selectors.push(input[..4].try_into().unwrap());
                }
            }
        }
        selectors
    }
}

/// A keeper process, killed if the test ends (or fails) before it exits.
struct Running(Option<Child>);

impl Running {
    fn id(&self) -> u32 {
        self.0.as_ref().map_or(0, Child::id)
    }

    /// SIGKILL: no handler runs.
    fn kill(mut self) {
        if let Some(mut child) = self.0.take() {
            child.kill().unwrap();
            child.wait().unwrap();
        }
    }

    /// Waits for the exit, at most `limit` (then kills it and fails); the output.
    fn finish(mut self, limit: Duration) -> Output {
        let deadline = Instant::now() + limit;
        let child = self.0.as_mut().unwrap();
        while child.try_wait().unwrap().is_none() {
            if Instant::now() >= deadline {
                let _ = child.kill();
                panic!("the keeper did not exit in {limit:?}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        self.0.take().unwrap().wait_with_output().unwrap()
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(mut child) = self.0.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Kills a tick once its transaction with `nonce` is in the pool (SIGKILL: no handler runs),
/// starts another, lets it find the pool, then mines: the restarted tick must have waited
/// for that transaction instead of sending its own.
async fn kill_and_restart(world: &Once, nonce: u64, selector: [u8; 4]) -> Output {
    let killed = world.spawn(&["tick"]);
    let (hash, input) = world.until_pooled(nonce).await;
    assert!(
        input.starts_with(&alloy::hex::encode_prefixed(selector)),
        "{input}"
    );
    killed.kill();

    let restarted = world.spawn(&["tick"]);
    // Time enough for the restarted tick to have sent a duplicate, were it to send one.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let pooled = world.pending().await.unwrap();
    let pending = pooled
        .iter()
        .filter(|tx| tx.from == world.key.address())
        .count();
    assert_eq!(pending, 1, "only the killed tick's transaction: {pooled:?}");
    world.admin.anvil_set_auto_mine(true).await.unwrap();
    world.admin.evm_mine(None).await.unwrap();
    let output = tokio::task::spawn_blocking(move || restarted.finish(Duration::from_secs(60)))
        .await
        .unwrap();
    assert!(output.status.success(), "{}", text(&output));
    let receipt = world
        .admin
        .get_transaction_receipt(hash)
        .await
        .unwrap()
        .unwrap();
    assert!(receipt.status());
    output
}

#[tokio::test(flavor = "multi_thread")]
async fn ticks_killed_mid_rotation_and_mid_distribution_send_neither_twice() {
    let world = Once::new("killed").await;
    let start = world.admin.get_block_number().await.unwrap() + 1;
    let epoch = world.epoch().await;
    let rotate = NodeSelectionManager::rotateNodesCall::SELECTOR;
    let distribute = RewardDistributor::distributeRewardsCall::SELECTOR;

    world.warp_to_next_rotation().await.unwrap();
    world.admin.anvil_set_auto_mine(false).await.unwrap();
    let nonce = world.nonce().await;
    let output = kill_and_restart(&world, nonce, rotate).await;
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("earlier run"),
        "{}",
        text(&output)
    );
    assert_eq!(world.epoch().await, epoch + U256::from(1));

    // The ended epoch becomes distributable once its report window has closed.
    let window = NodeSelectionManager::new(world.contracts.selection, &world.admin)
        .reportWindow()
        .call()
        .await
        .unwrap();
    devnet::advance_time(&world.admin, u64::try_from(window).unwrap() + 1)
        .await
        .unwrap();
    world.admin.anvil_set_auto_mine(false).await.unwrap();
    let nonce = world.nonce().await;
    kill_and_restart(&world, nonce, distribute).await;

    let selectors = world.keeper_selectors(start).await;
    let count = |selector| selectors.iter().filter(|s| **s == selector).count();
    assert_eq!(count(rotate), 1, "rotateNodes once: {selectors:?}");
    assert_eq!(
        count(distribute),
        1,
        "distributeRewards once: {selectors:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn an_overlapping_tick_finds_the_lock_held_and_does_nothing() {
    let world = Once::new("overlap").await;
    world.warp_to_next_rotation().await.unwrap();
    world.admin.anvil_set_auto_mine(false).await.unwrap();
    let nonce = world.nonce().await;
    let first = world.spawn(&["tick"]);
    world.until_pooled(nonce).await;

    // cron's next minute, while the first pass waits for its receipt.
    let second = world.run(&["tick"]);
    assert_eq!(second.status.code(), Some(0), "{}", text(&second));
    assert_eq!(
        String::from_utf8_lossy(&second.stdout).trim(),
        "another tick holds the lock; nothing done"
    );
    world.admin.anvil_set_auto_mine(true).await.unwrap();
    world.admin.evm_mine(None).await.unwrap();
    let first = tokio::task::spawn_blocking(move || first.finish(Duration::from_secs(60)))
        .await
        .unwrap();
    assert!(first.status.success(), "{}", text(&first));
    assert_eq!(world.nonce().await, nonce + 1, "one rotation sent in all");

    // The daemon holds the same lock for its life.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let listen = format!("127.0.0.1:{port}");
    let daemon = world.spawn(&["run", "--listen", &listen]);
    let deadline = Instant::now() + Duration::from_secs(30);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "the daemon did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    let tick = world.run(&["tick"]);
    assert_eq!(tick.status.code(), Some(0), "{}", text(&tick));
    assert!(String::from_utf8_lossy(&tick.stdout).contains("another tick holds the lock"));
    let second_daemon = world.run(&["run", "--listen", "127.0.0.1:0"]);
    assert_eq!(
        second_daemon.status.code(),
        Some(2),
        "{}",
        text(&second_daemon)
    );
    assert!(
        String::from_utf8_lossy(&second_daemon.stderr).contains("one process per key"),
        "{}",
        text(&second_daemon)
    );
    let _ = Command::new("kill")
        .args(["-TERM", &daemon.id().to_string()])
        .status();
    daemon.finish(Duration::from_secs(30));
}

#[tokio::test(flavor = "multi_thread")]
async fn sigterm_mid_transaction_stops_the_daemon_in_seconds_and_the_next_start_confirms() {
    let world = Once::new("sigterm").await;
    let epoch = world.epoch().await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let listen = format!("127.0.0.1:{port}");
    world.admin.anvil_set_auto_mine(false).await.unwrap();
    let nonce = world.nonce().await;
    let daemon = world.spawn(&["run", "--listen", &listen]);
    world.warp_to_next_rotation().await.unwrap();
    let (hash, _) = world.until_pooled(nonce).await;

    let signalled = Instant::now();
    let killed = Command::new("kill")
        .args(["-TERM", &daemon.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let output = tokio::task::spawn_blocking(move || daemon.finish(Duration::from_secs(15)))
        .await
        .unwrap();
    let took = signalled.elapsed();
    eprintln!("keeper run exited {took:?} after SIGTERM mid-transaction");
    assert!(output.status.success(), "{}", text(&output));
    assert!(took < Duration::from_secs(15), "{took:?}");
    // Nothing signed after the signal: the pool holds the one transaction sent before it.
    let (still, _) = world.until_pooled(nonce).await;
    assert_eq!(still, hash);

    // The next start watches it from the journal and confirms it; nothing is sent twice.
    let tick = world.spawn(&["tick"]);
    tokio::time::sleep(Duration::from_secs(1)).await;
    world.admin.anvil_set_auto_mine(true).await.unwrap();
    world.admin.evm_mine(None).await.unwrap();
    let output = tokio::task::spawn_blocking(move || tick.finish(Duration::from_secs(60)))
        .await
        .unwrap();
    assert!(output.status.success(), "{}", text(&output));
    assert!(world
        .admin
        .get_transaction_receipt(hash)
        .await
        .unwrap()
        .unwrap()
        .status());
    assert_eq!(world.nonce().await, nonce + 1);
    assert_eq!(world.epoch().await, epoch + U256::from(1));
}
