//! The project's binaries (`keeper`, `xmtp-ops`) run from tests as operators run them: with none of the `KEEPER_*`
//! variables of the shell running the tests, and their output read the way an operator reads it.

use std::process::{Command, Output};

use crate::keeper::config::ENV_VARIABLES;

/// `binary` (a path, e.g. `env!("CARGO_BIN_EXE_keeper")`) with `args` and none of the keeper's environment variables.
pub fn command(binary: &str, args: &[&str]) -> Command {
    let mut command = Command::new(binary);
    for name in ENV_VARIABLES {
        command.env_remove(name);
    }
    command.args(args);
    command
}

/// What the run printed on stdout.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// What the run printed on stderr.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Everything the run said, for an assertion's message.
pub fn text(output: &Output) -> String {
    format!(
        "exit {:?}\nstdout: {}\nstderr: {}",
        output.status.code(),
        stdout(output),
        stderr(output)
    )
}

/// The one `error:` line a binary prints on failure.
///
/// # Panics
///
/// When stderr has no `error:` line or more than one: the binaries promise exactly one, and a test asking for it
/// fails there, showing stderr.
pub fn error_line(output: &Output) -> String {
    let errors: Vec<_> = stderr(output)
        .lines()
        .filter(|line| line.starts_with("error: "))
        .map(str::to_owned)
        .collect();
    match <[String; 1]>::try_from(errors) {
        Ok([line]) => line,
        Err(errors) => panic!(
            "{} error lines, one expected; stderr: {}",
            errors.len(),
            stderr(output)
        ),
    }
}
