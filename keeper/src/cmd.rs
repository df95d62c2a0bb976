//! One module per subcommand; each turns its arguments into library calls. This module holds
//! what they share beyond `xmtp-cli` (options, configuration, logging, exit codes): connecting, the key's lock and
//! stopping on a signal.

pub(crate) mod relay;
pub(crate) mod run;
pub(crate) mod status;
pub(crate) mod tick;
pub(crate) mod watch;

use std::sync::Arc;

use xmtp_cli::GlobalArgs;
pub(crate) use xmtp_cli::{init_logging, load_config, Failure};
use xmtp_control::keeper::{
    config::{Config, KeyRequirement, Overrides},
    sender::Sender,
    setup::Runtime,
    state::{LockGuard, TICK_LOCK},
};

use crate::cli::{Cli, Command};

/// Runs the command to completion.
pub(crate) async fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        Command::Tick(args) => tick::run(&cli.global, args).await,
        Command::Run(args) => run::run(&cli.global, args).await,
        Command::Status(args) => status::run(&cli.global, args).await,
        Command::Relay(args) => relay::run(&cli.global, args).await,
        Command::Watch(args) => watch::run(&cli.global, args).await,
    }
}

/// Loads the configuration and connects.
pub(crate) async fn start(
    global: &GlobalArgs,
    keys: KeyRequirement,
    command_flags: Overrides,
) -> Result<(Config, Runtime), Failure> {
    let config = load_config(global, keys, command_flags)?;
    let runtime = Runtime::start(&config, global.dry_run)
        .await
        .map_err(|error| {
            if error.is_bad_configuration() {
                Failure::input_error(error)
            } else {
                Failure::job_error(error)
            }
        })?;
    Ok((config, runtime))
}

/// Takes the key's lock (`tick.lock` in its state directory) without waiting: `None` if another
/// process holds it. One process per key: `keeper tick` for its pass, `keeper run` for its life.
pub(crate) fn lock_key(runtime: &Runtime) -> Result<Option<LockGuard>, Failure> {
    let state = runtime
        .state
        .as_ref()
        .ok_or_else(|| Failure::input("no key configured"))?;
    state.try_lock(TICK_LOCK).map_err(Failure::input_error)
}

/// Stops `sender` (nothing more is signed; a send in flight returns within a poll interval,
/// recorded in the journal) on the first SIGTERM or SIGINT, then resolves `stopped`.
pub(crate) fn stop_on_signal(sender: Arc<Sender>) -> tokio::sync::oneshot::Receiver<()> {
    let (stopping, stopped) = tokio::sync::oneshot::channel();
    tokio::spawn(async move {
        termination().await;
        tracing::info!("signal received: stopping; nothing more is signed");
        sender.stop();
        let _ = stopping.send(());
    });
    stopped
}

/// Resolves on the first SIGTERM or SIGINT.
pub(crate) async fn termination() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut terminate =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(signal) => signal,
                Err(error) => {
                    tracing::warn!(%error, "cannot watch SIGTERM; SIGINT only");
                    let _ = interrupt.await;
                    return;
                }
            };
        tokio::select! {
            _ = interrupt => {}
            _ = terminate.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = interrupt.await;
    }
}
