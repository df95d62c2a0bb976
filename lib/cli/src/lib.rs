//! What the control plane's two binaries (`keeper`, `xmtp-ops`) share at their edge: the options every command
//! takes, loading the configuration from them, logging, and the exit codes.

use std::{error::Error, path::PathBuf, process::ExitCode};

use clap::{Args, Command, ValueEnum};
use tracing_subscriber::filter::LevelFilter;
use xmtp_control::keeper::{
    config::{Config, KeyRequirement, Overrides},
    one_line,
};

/// Options every subcommand takes; each overrides the config file and the environment.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// The TOML configuration file (see the README for every setting).
    #[arg(long, short = 'c', global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// A JSON-RPC URL; repeat or comma-separate for failover, first preferred [overrides KEEPER_RPC_URL].
    #[arg(
        long = "rpc-url",
        global = true,
        value_name = "URL",
        value_delimiter = ','
    )]
    pub rpc_urls: Vec<String>,
    /// The deployment record written by the deploy script [overrides KEEPER_DEPLOYMENTS].
    #[arg(long, global = true, value_name = "FILE")]
    pub deployments: Option<PathBuf>,
    /// An encrypted JSON keystore holding the keeper's key [overrides KEEPER_KEYSTORE].
    #[arg(long, global = true, value_name = "FILE")]
    pub keystore: Option<PathBuf>,
    /// The keystore's password file [overrides KEEPER_KEYSTORE_PASSWORD_FILE].
    #[arg(long, global = true, value_name = "FILE")]
    pub keystore_password_file: Option<PathBuf>,
    /// Build, simulate and print every transaction instead of sending it.
    #[arg(long, global = true)]
    pub dry_run: bool,
    /// Blocks to wait for after inclusion (1 = included) [overrides sender.confirmations].
    #[arg(long, global = true, value_name = "N")]
    pub confirmations: Option<u64>,
    /// The cap on maxFeePerGas, in gwei [overrides sender.max_fee_per_gas_gwei].
    #[arg(long, global = true, value_name = "GWEI")]
    pub max_fee_gwei: Option<f64>,
    /// Nodes paid per executePayouts transaction [overrides jobs.payout_batch_size].
    #[arg(long, global = true, value_name = "N")]
    pub payout_batch_size: Option<u64>,
    /// The base of the state directories (lock, in-flight journal, evidence); default
    /// $XDG_STATE_HOME/xmtp-keeper or ~/.local/state/xmtp-keeper [overrides KEEPER_STATE_DIR].
    #[arg(long, global = true, value_name = "DIR")]
    pub state_dir: Option<PathBuf>,
    /// How much to log (to stderr).
    #[arg(long, global = true, value_enum, default_value_t = LogLevel::Info)]
    pub log_level: LogLevel,
}

/// Log verbosity.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LogLevel {
    /// Failures only.
    Error,
    /// Failures and warnings (late epochs, low balance, RPC failover).
    Warn,
    /// Every transaction and step.
    Info,
    /// Requests and decisions.
    Debug,
    /// Everything.
    Trace,
}

/// Exit code: a job failed, or the chain could not be reached.
const JOB_FAILED: u8 = 1;
/// Exit code: bad configuration or input; nothing was sent.
const BAD_INPUT: u8 = 2;

/// Why the command failed: the exit code, and an [`eyre::Report`] whose message is the one line for stderr and
/// whose causes are the typed errors beneath it (kept for a debug log, never flattened into the line's `String`).
#[derive(Debug)]
pub struct Failure {
    /// The process's exit code: 1 a job failed, 2 bad configuration or input.
    pub code: u8,
    /// The one-line message (its `Display`) with the typed error it came from as its source.
    pub report: eyre::Report,
}

impl Failure {
    /// A job or the chain failed (exit 1).
    pub fn job(message: impl Into<String>) -> Self {
        Self {
            code: JOB_FAILED,
            report: eyre::Report::msg(message.into()),
        }
    }

    /// The configuration or the input is wrong (exit 2).
    pub fn input(message: impl Into<String>) -> Self {
        Self {
            code: BAD_INPUT,
            report: eyre::Report::msg(message.into()),
        }
    }

    /// A job failed with `error`; the line is `error` with its causes ([`one_line`]).
    pub fn job_error<E: Error + Send + Sync + 'static>(error: E) -> Self {
        Self::job(one_line(&error)).because(error)
    }

    /// The configuration or input is wrong, as `error` says with its causes ([`one_line`]).
    pub fn input_error<E: Error + Send + Sync + 'static>(error: E) -> Self {
        Self::input(one_line(&error)).because(error)
    }

    /// Keeps `error` as the typed source beneath this failure's line (the line does not change).
    pub fn because<E: Error + Send + Sync + 'static>(self, error: E) -> Self {
        let line = self.report.to_string();
        Self {
            code: self.code,
            report: eyre::Report::new(error).wrap_err(line),
        }
    }

    /// The one line for stderr, after `error: `.
    pub fn message(&self) -> String {
        self.report.to_string()
    }

    /// Prints the failure at the binary's edge (`error: <line>` on stderr, the typed causes in the debug log) and
    /// turns it into the exit code.
    pub fn exit(self) -> ExitCode {
        tracing::debug!(causes = ?self.report, "failure");
        eprintln!("error: {}", self.report);
        ExitCode::from(self.code)
    }
}

/// Logs go to stderr, so that stdout carries only results (`status --json`).
pub fn init_logging(level: LogLevel) {
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
pub fn load_config(
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
        .map_err(|error| Failure::input(error.to_string()).because(error))
}

/// The subcommands without help and their options without help (hidden ones aside), as `sub --option`: what a
/// binary's `--help` would leave unexplained. Each binary's tests require none.
pub fn unexplained(command: &Command) -> Vec<String> {
    let mut missing = Vec::new();
    for sub in command.get_subcommands() {
        if sub.get_about().is_none() {
            missing.push(sub.get_name().to_owned());
        }
        missing.extend(
            sub.get_arguments()
                .filter(|arg| arg.get_help().is_none() && !arg.is_hide_set())
                .map(|arg| format!("{} --{}", sub.get_name(), arg.get_id())),
        );
    }
    missing
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stderr line is exactly the message given; the error it came from stays beneath it, typed.
    #[test]
    fn test_because_keeps_the_line_and_the_typed_source() {
        let gone = || std::io::Error::new(std::io::ErrorKind::NotFound, "gone");
        let failure = Failure::input("cannot read x: gone").because(gone());
        assert_eq!(failure.code, BAD_INPUT);
        assert_eq!(failure.message(), "cannot read x: gone");
        assert!(failure.report.downcast_ref::<std::io::Error>().is_some());

        let failure = Failure::job_error(gone());
        assert_eq!(failure.code, JOB_FAILED);
        assert_eq!(failure.message(), "gone");
        assert_eq!(
            failure
                .report
                .downcast_ref::<std::io::Error>()
                .map(std::io::Error::kind),
            Some(std::io::ErrorKind::NotFound)
        );
    }

    #[test]
    fn test_unexplained_names_each_subcommand_and_option_without_help() {
        let command = clap::Command::new("tool")
            .subcommand(clap::Command::new("quiet").arg(clap::Arg::new("level").long("level")))
            .subcommand(
                clap::Command::new("told")
                    .about("Has help.")
                    .arg(clap::Arg::new("fine").long("fine").help("Has help."))
                    .arg(clap::Arg::new("secret").long("secret").hide(true)),
            );
        assert_eq!(
            super::unexplained(&command),
            vec!["quiet".to_owned(), "quiet --level".to_owned()]
        );
    }
}
