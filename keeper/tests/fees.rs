//! Fee settings as operators give them, with the real binary on anvil: a low cap alone is taken
//! (the default tip clamped to it, with a warning), a tip set above the cap set is refused
//! naming both settings, and an absurd cap is refused at start.

// Helpers outside `#[test]` functions fail the test on any error, as the tests themselves do.
#![allow(clippy::unwrap_used)]

mod common;

use common::World;
use xmtp_devkit::binary::text;

#[tokio::test(flavor = "multi_thread")]
async fn fee_settings_are_taken_clamped_or_refused_by_name() {
    let world = World::deployed("fees").await;
    let tip_file = world
        .file("tip.toml", "[sender]\nmax_priority_fee_per_gas_gwei = 1\n")
        .unwrap();
    let keeper = |args: &[&str]| world.keeper(args).output().unwrap();

    // `--max-fee-gwei 0.5` alone: below the local default tip of 1 gwei, which is clamped.
    let output = keeper(&["--max-fee-gwei", "0.5", "tick"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    let log = String::from_utf8_lossy(&output.stderr);
    assert!(log.contains("the tip is the cap"), "{}", text(&output));
    assert!(!log.contains("error"), "{}", text(&output));

    // A tip set in the file above the cap set by the flag: both named, as set.
    let output = keeper(&[
        "--config",
        tip_file.to_str().unwrap(),
        "--max-fee-gwei",
        "0.5",
        "tick",
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains(
            "error: sender.max_priority_fee_per_gas_gwei = 1 is above --max-fee-gwei = 0.5"
        ),
        "{}",
        text(&output)
    );

    // A cap of a billion gwei is a typo: refused with the bounds, naming the flag.
    let output = keeper(&["--max-fee-gwei", "1000000000", "tick"]);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains(
            "error: --max-fee-gwei = 1000000000 is out of range: 0.000000001 to 1000000 gwei"
        ),
        "{}",
        text(&output)
    );
    // Ten thousand gwei and more is taken with a warning.
    let output = keeper(&["--max-fee-gwei", "20000", "tick"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("is above 10000 gwei"),
        "{}",
        text(&output)
    );
}
