//! One module per subcommand; each turns its arguments into library calls. This module holds
//! what they share: loading the configuration, connecting, logging, and the exit codes.

pub(crate) mod demo;
pub(crate) mod gov;
pub(crate) mod relay;
pub(crate) mod run;
pub(crate) mod status;
pub(crate) mod tick;

use std::sync::Arc;

use tracing_subscriber::filter::LevelFilter;
use xmtp_control::keeper::{
    config::{Config, KeyRequirement, Overrides},
    one_line,
    sender::Sender,
    setup::Runtime,
    state::{LockGuard, TICK_LOCK},
};

use crate::cli::{Cli, Command, GlobalArgs, LogLevel};

/// Exit code: a job failed, or the chain could not be reached.
const JOB_FAILED: u8 = 1;
/// Exit code: bad configuration or input; nothing was sent.
const BAD_INPUT: u8 = 2;

/// Why the command failed: one line for stderr and the exit code.
#[derive(Debug)]
pub(crate) struct Failure {
    pub(crate) code: u8,
    pub(crate) message: String,
}

impl Failure {
    /// A job or the chain failed (exit 1).
    pub(crate) fn job(message: impl Into<String>) -> Self {
        Self {
            code: JOB_FAILED,
            message: message.into(),
        }
    }

    /// The configuration or the input is wrong (exit 2).
    pub(crate) fn input(message: impl Into<String>) -> Self {
        Self {
            code: BAD_INPUT,
            message: message.into(),
        }
    }
}

/// Runs the command to completion.
pub(crate) async fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        Command::Tick(args) => tick::run(&cli.global, args).await,
        Command::Run(args) => run::run(&cli.global, args).await,
        Command::Status(args) => status::run(&cli.global, args).await,
        Command::Relay(args) => relay::run(&cli.global, args).await,
        Command::Demo(args) => demo::run(args).await,
        Command::Gov(args) => gov::run(&cli.global, args).await,
    }
}

/// Logs go to stderr, so that stdout carries only results (`status --json`).
pub(crate) fn init_logging(level: LogLevel) {
    let filter = match level {
        LogLevel::Error => LevelFilter::ERROR,
        LogLevel::Warn => LevelFilter::WARN,
        LogLevel::Info => LevelFilter::INFO,
        LogLevel::Debug => LevelFilter::DEBUG,
        LogLevel::Trace => LevelFilter::TRACE,
    };
    let _ = tracing_subscriber::fmt()
        .with_max_level(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        // Colour only for a person watching: cron mails and journald get plain text.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .try_init();
}

/// The validated configuration: the file, then the environment, then `global`'s flags.
pub(crate) fn load_config(
    global: &GlobalArgs,
    keys: KeyRequirement,
    command_flags: Overrides,
) -> Result<Config, Failure> {
    let flags = Overrides {
        rpc_urls: (!global.rpc_urls.is_empty()).then(|| global.rpc_urls.clone()),
        deployments: global.deployments.clone(),
        keystore: global.keystore.clone(),
        keystore_password_file: global.keystore_password_file.clone(),
        confirmations: global.confirmations,
        max_fee_per_gas_gwei: global.max_fee_gwei,
        payout_batch_size: global.payout_batch_size,
        state_dir: global.state_dir.clone(),
        ..Overrides::default()
    };
    let overrides = Overrides::from_process_env()
        .then(flags)
        .then(command_flags);
    Config::load(global.config.as_deref(), overrides, keys)
        .map_err(|error| Failure::input(error.to_string()))
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
                Failure::input(one_line(&error))
            } else {
                Failure::job(one_line(&error))
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
    state
        .try_lock(TICK_LOCK)
        .map_err(|error| Failure::input(one_line(&error)))
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
async fn termination() {
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
