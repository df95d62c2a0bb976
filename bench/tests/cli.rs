//! The `gas-report` binary as `make bench` runs it: the Markdown on stdout, the paths on stderr,
//! one `error:` line and exit 2 on bad input, exit 1 on a row below its floor.

// Helpers outside `#[test]` functions fail the test on any error, as the tests themselves do.
#![allow(clippy::unwrap_used)]

use std::{
    path::Path,
    process::{Command, Output},
};

const GAS_REPORT: &str = env!("CARGO_BIN_EXE_gas-report");

/// The issue's example row.
const ROW: &str = r#"{"table": "Publish", "order": 100, "name": "addMessage 78 B", "gas": 36531,
    "units": 1, "unit": "message", "chart": "single", "payloadBytes": 78,
    "calldataBytes": 196, "calldataZeroBytes": 70, "logCount": 1, "logTopics": 2,
    "logDataBytes": 160, "slotsCreated": 0, "slotsUpdated": 1, "slotsCleared": 0,
    "accounts": 0, "proxies": 1, "signatures": 0, "storage": "the sequence id",
    "referenceLow": 36700, "referenceHigh": 36700}"#;

fn run(dir: &Path) -> Output {
    Command::new(GAS_REPORT)
        .arg("--rows")
        .arg(dir.join("gas"))
        .arg("--keeper")
        .arg(dir.join("keeper.json"))
        .arg("--markdown")
        .arg(dir.join("gas.md"))
        .arg("--chart")
        .arg(dir.join("publish-gas.png"))
        .output()
        .unwrap()
}

fn rows(dir: &Path, files: &[(&str, &str)]) {
    std::fs::create_dir_all(dir.join("gas")).unwrap();
    for (name, text) in files {
        std::fs::write(dir.join("gas").join(name), text).unwrap();
    }
}

/// The one line of stderr that is an error.
fn error_line(output: &Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr);
    let errors: Vec<&str> = stderr
        .lines()
        .filter(|line| line.starts_with("error: "))
        .collect();
    assert_eq!(errors.len(), 1, "stderr: {stderr}");
    errors[0].to_owned()
}

#[test]
fn writes_and_prints_the_report() {
    let dir = tempfile::tempdir().unwrap();
    rows(dir.path(), &[("publish-78.json", ROW)]);
    let output = run(dir.path());
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.starts_with("# Gas report\n"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("gas.md")).unwrap(),
        stdout
    );
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(
        stderr,
        format!(
            "wrote {}\nwrote {}\n",
            dir.path().join("gas.md").display(),
            dir.path().join("publish-gas.png").display()
        )
    );
}

#[test]
fn no_rows_or_a_malformed_row_exits_2_naming_the_problem() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(dir.path());
    assert_eq!(output.status.code(), Some(2));
    assert!(error_line(&output).starts_with("error: cannot read the rows directory "));

    rows(dir.path(), &[]);
    let output = run(dir.path());
    assert_eq!(output.status.code(), Some(2));
    assert!(error_line(&output).starts_with("error: no rows found: "));

    rows(dir.path(), &[("bad.json", &ROW.replace("36531", "-1"))]);
    let output = run(dir.path());
    assert_eq!(output.status.code(), Some(2));
    let line = error_line(&output);
    assert!(line.starts_with("error: malformed row "), "{line}");
    assert!(
        line.contains("bad.json: invalid value: integer `-1`"),
        "{line}"
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn a_row_below_its_floor_exits_1_after_writing_the_report() {
    let dir = tempfile::tempdir().unwrap();
    rows(
        dir.path(),
        &[("publish-78.json", &ROW.replace("36531", "30000"))],
    );
    let output = run(dir.path());
    assert_eq!(output.status.code(), Some(1));
    assert!(error_line(&output).starts_with("error: row \"addMessage 78 B\" (",));
    assert!(error_line(&output).ends_with(
        "publish-78.json) measured 30,000 gas, below its floor of 35,401: the floor model counts \
         something this operation does not do"
    ));
    let markdown = std::fs::read_to_string(dir.path().join("gas.md")).unwrap();
    assert!(markdown.contains("**0.85 ⚠ BELOW FLOOR**"));
}
