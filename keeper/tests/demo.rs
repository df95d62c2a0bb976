//! The `keeper` binary as a user runs it: help, usage errors and the demo.

use std::process::{Command, Output};

fn keeper(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_keeper"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run keeper: {e}"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The sequence ids of the table rows under the section headed `contract`.
fn sequence_ids(stdout: &str, contract: &str) -> Vec<u64> {
    stdout
        .lines()
        .skip_while(|line| !line.starts_with(&format!("{contract} at ")))
        .skip(1)
        .take_while(|line| line.starts_with(' '))
        .filter_map(|line| line.split_whitespace().next()?.parse().ok())
        .collect()
}

#[test]
fn help_lists_the_demo_subcommand() {
    let out = keeper(&["--help"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", text(&out.stderr));
    assert!(
        stdout.lines().any(|l| l.trim_start().starts_with("demo")),
        "{stdout}"
    );
    assert!(stdout.contains("Run the local system tour"), "{stdout}");
}

#[test]
fn unknown_subcommand_is_a_usage_error() {
    let out = keeper(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("frobnicate"));
}

#[test]
fn demo_publishes_and_reads_back_in_order() {
    let out = keeper(&["demo"]);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(
        out.status.code(),
        Some(0),
        "stdout:\n{stdout}\nstderr:\n{stderr}"
    );
    for contract in ["IdentityUpdates", "GroupMessages"] {
        assert_eq!(
            sequence_ids(&stdout, contract),
            vec![1, 2, 3, 4, 5],
            "{contract}:\n{stdout}"
        );
    }
    assert!(
        stdout.contains("batch") && stdout.contains("single"),
        "{stdout}"
    );
    // The usage tour: a report signed by a majority of the epoch's active set settled, debt where
    // a payer was overcharged.
    assert!(
        stdout.contains("signed by 2 of the epoch's 3 active nodes"),
        "{stdout}"
    );
    let dave = stdout
        .lines()
        .find(|l| l.trim_start().starts_with("dave-app"))
        .unwrap_or_else(|| panic!("no dave-app line:\n{stdout}"));
    assert!(dave.trim_end().ends_with("-5.00"), "{dave}");
    assert!(
        stdout.contains("fees backed by deposits 32.00 USDC, owed as debt 5.00 USDC"),
        "{stdout}"
    );
    // The rewards tour: the backed fees reach the distributor, and the closed period is paid to
    // each node's NFT owner.
    assert!(
        stdout.contains("32.00 USDC forwarded from Payers"),
        "{stdout}"
    );
    assert!(stdout.contains("payout period 0 closed"), "{stdout}");
    let paid = stdout.lines().filter(|l| l.contains("10.66 to 0x")).count();
    assert_eq!(paid, 3, "{stdout}");
}
