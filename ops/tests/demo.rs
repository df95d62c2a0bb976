//! The `xmtp-ops` binary as a developer runs it: help, usage errors and the tour's short form, which drives the
//! real `keeper` binary.

use std::{
    path::PathBuf,
    process::{Command, Output},
};

const OPS: &str = env!("CARGO_BIN_EXE_xmtp-ops");

/// The keeper binary of this build: cargo builds it beside `xmtp-ops`, and builds it fresh for `cargo test` of
/// the workspace (its own integration tests need it). Built here when missing, e.g. for `cargo test -p xmtp-ops`.
fn keeper_binary() -> PathBuf {
    let path = PathBuf::from(OPS).with_file_name(format!("keeper{}", std::env::consts::EXE_SUFFIX));
    if !path.is_file() {
        let status = Command::new(env!("CARGO"))
            .args(["build", "--quiet", "-p", "keeper", "--bin", "keeper"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .expect("cargo runs");
        assert!(status.success(), "cannot build the keeper binary");
    }
    path
}

fn ops(args: &[&str]) -> Output {
    Command::new(OPS)
        .args(args)
        .env("XMTP_KEEPER_BIN", keeper_binary())
        .output()
        .unwrap_or_else(|e| panic!("cannot run xmtp-ops: {e}"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The rows of the rotation schedule: the lines after its header, up to the keeper's summary.
fn schedule(stdout: &str) -> Vec<Vec<&str>> {
    stdout
        .lines()
        .skip_while(|line| !line.trim_start().starts_with("day  epochs  rotations"))
        .skip(1)
        .take_while(|line| !line.trim_start().starts_with("keeper:"))
        .map(|line| line.split_whitespace().collect())
        .collect()
}

/// The one line containing `needle`.
fn line<'a>(stdout: &'a str, needle: &str) -> &'a str {
    stdout
        .lines()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle:?}:\n{stdout}"))
}

#[test]
fn help_lists_the_demo_subcommand() {
    let out = ops(&["--help"]);
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
    let out = ops(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("frobnicate"));
}

#[test]
fn demo_options_out_of_range_are_usage_errors() {
    for args in [["demo", "--days", "0"], ["demo", "--nodes", "3"]] {
        let out = ops(&args);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
}

/// The short form CI runs: 3 days, 6 nodes (3 seats), every chapter but the payout, which
/// only comes after 30 days.
#[test]
fn demo_short_form_runs_every_chapter_with_the_real_keeper() {
    let out = ops(&["demo", "--days", "3", "--nodes", "6"]);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(
        out.status.code(),
        Some(0),
        "stdout:\n{stdout}\nstderr:\n{stderr}"
    );
    assert!(!stderr.contains("ERROR"), "stderr:\n{stderr}");

    // Both broadcasters read back what was published, in order.
    for contract in ["IdentityUpdates", "GroupMessages"] {
        let l = line(&stdout, &format!("  {contract} "));
        assert!(
            l.contains("read back as sequence ids 1..=5 in order"),
            "{l}"
        );
    }

    // Three seats for six nodes; the keeper seats them, then rotates twice a day.
    assert!(stdout.contains("active set 3 seats"), "{stdout}");
    assert!(
        line(&stdout, "day 0: the keeper's first rotation seated nodes").contains("into epoch"),
        "{stdout}"
    );
    let rows = schedule(&stdout);
    assert_eq!(rows.len(), 3, "{stdout}");
    for (day, row) in rows.iter().enumerate() {
        assert_eq!(row[0], (day + 1).to_string(), "{row:?}");
        assert_eq!(row[2], "2", "two rotations on day {}: {row:?}", day + 1);
    }
    // Two ticks at the seating, then two an epoch: at the rotation, and when the ended epoch's
    // report window closes (its distribution, with the reports that landed an hour after it).
    let keeper = line(&stdout, "keeper: ");
    assert!(keeper.starts_with("  keeper: 14 ticks,"), "{keeper}");
    assert!(keeper.contains("rotate 7,"), "{keeper}");
    let distributions: usize = keeper
        .split("distribute ")
        .nth(1)
        .and_then(|rest| rest.split(',').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_default();
    assert!(distributions >= 7, "{keeper}");
    assert!(
        line(&stdout, "its reports landed an hour after it ended")
            .contains("every reported message in its costs"),
        "{stdout}"
    );
    assert!(
        line(&stdout, "governance deposited").contains("base-pay reserve"),
        "{stdout}"
    );
    assert!(
        line(&stdout, "base-pay reserve: ").contains("month(s) of the full set's base pay"),
        "{stdout}"
    );
    assert!(
        stdout.contains("each signed by 2 of the epoch's 3 active nodes"),
        "{stdout}"
    );

    // The equivocation, found by the binary's watcher without being told and relayed: its passes,
    // the report id, slash, reward, refill.
    assert!(
        line(
            &stdout,
            "the watcher was not told which node or which sequence id"
        )
        .contains("`keeper watch --once`"),
        "{stdout}"
    );
    let passes: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("    pass "))
        .collect();
    assert!(
        passes
            .iter()
            .any(|l| l.contains("findings: equivocation 1")),
        "{stdout}"
    );
    assert!(
        passes.last().is_some_and(|l| l.ends_with("; 1 relayed")),
        "{stdout}"
    );
    let report = line(&stdout, "proved them with the contract's rules");
    assert!(report.contains("none against any other node"), "{report}");
    let id = report.rsplit("report ").next().unwrap_or_default();
    assert!(
        id.len() == 66 && id.starts_with("0x"),
        "no report id in {report:?}"
    );
    assert!(
        line(&stdout, "stake of operator")
            .contains("10,000.00 -> 9,000.00 XMTP (1,000.00 slashed, 10%)"),
        "{stdout}"
    );
    // The slashed node is a delegated pool's operator: its pool and the undelegated XMTP still
    // unbonding lose the same 10%, each delegator's too.
    assert!(
        line(&stdout, "its pool, shared pro rata: ")
            .contains("(-10%), unbonding 2,000.00 -> 1,800.00 XMTP (-10%)"),
        "{stdout}"
    );
    let ben = line(&stdout, "    ben ");
    assert!(
        ben.contains("-> 7,200.00 XMTP bonded (-10%), 2,000.00 -> 1,800.00 XMTP unbonding (-10%)"),
        "{ben}"
    );
    assert!(line(&stdout, "the reporter, the keeper").contains("received"));

    // Delegation: three delegators, the commission increases waiting their unbonding period, a
    // redelegation out of the slashed pool and the second one refused.
    for name in ["ana", "ben", "cleo"] {
        assert!(
            line(&stdout, &format!("  {name} (0x")).contains("approved and delegated"),
            "{stdout}"
        );
    }
    assert!(
        line(&stdout, "'s operator set its commission to 10%")
            .contains("in force now: 0%, pending 10%"),
        "{stdout}"
    );
    assert!(
        line(&stdout, "a second redelegation within the unbonding period")
            .contains("RedelegationTooSoon"),
        "{stdout}"
    );
    assert!(stdout.contains("Staking rewards (USDC"), "{stdout}");
    assert!(
        line(&stdout, "ben withdrew its unbonded XMTP").contains("1,800.00 XMTP"),
        "{stdout}"
    );
    assert!(
        line(&stdout, "jailed until day").contains("its seat refilled at once by node"),
        "{stdout}"
    );

    // Earnings of the open period for all six nodes; the payout is not reached in three days.
    assert!(stdout.contains("Period 0: earnings against costs and the cap (125% of costs), open"));
    assert!(stdout.contains("Monthly payout: none yet"), "{stdout}");
    assert!(stdout.contains("Treasury: "), "{stdout}");
    let erin = stdout
        .lines()
        .find(|l| l.trim_start().starts_with("erin-app "))
        .unwrap_or_else(|| panic!("no erin-app row:\n{stdout}"));
    assert!(
        erin.split_whitespace()
            .last()
            .is_some_and(|b| b.starts_with('-')),
        "erin-app ends in debt: {erin}"
    );

    // The upgrade: a new implementation behind the proxy through a Safe batch written to the
    // git-ignored safe-batches/, executed as the Safe, and the distributor's state unchanged.
    let batch = line(
        &stdout,
        "Safe batch (upgradeToAndCall(newImplementation, 0x) on the proxy): ",
    )
    .rsplit(": ")
    .next()
    .unwrap_or_default()
    .to_owned();
    let batch = std::path::Path::new(&batch);
    assert!(
        batch.parent().is_some_and(|d| d.ends_with("safe-batches")) && batch.is_file(),
        "{}",
        batch.display()
    );
    let slot = line(&stdout, "ERC-1967 implementation slot: ");
    let addresses: Vec<&str> = slot
        .split_whitespace()
        .filter(|w| w.starts_with("0x"))
        .collect();
    assert!(
        addresses.len() == 2 && addresses[0] != addresses[1],
        "{slot}"
    );
    assert!(
        stdout.contains("state survived the upgrade: every field above and each of the 6 nodes' earnings unchanged"),
        "{stdout}"
    );
    assert!(!stdout.contains("CHANGED"), "{stdout}");
    // The tour keeps its batch for the reader; the test does not.
    std::fs::remove_file(batch).unwrap_or_else(|e| panic!("{}: {e}", batch.display()));
    assert!(stdout.contains("anvil stopped"), "{stdout}");
}
