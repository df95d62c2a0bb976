//! Our storage-layout checker (`xmtp_gov::layout`) against OpenZeppelin's `@openzeppelin/upgrades-core` on the same
//! pairs of ERC-7201 layouts: fields renamed, retyped, reordered, removed and inserted, gaps shrunk and grown, arrays
//! resized, the struct values of a mapping changed, namespaces moved, removed and added.
//!
//! `tools/layout-compare/compare.js` compiles each pair once with solc-js and gives upgrades-core the contract with the
//! `@custom:storage-location erc7201:` annotations (it finds the namespaces itself, as its plugins do); it gives us the
//! same source (for the annotations) and solc's layout of a probe declaring the namespaced structs, as
//! `test/storage/StorageLayouts.sol` does for the suite. The test holds when ours refuses every pair upgrades-core
//! refuses, and refuses more only where it says why below.

// Helpers outside `#[test]` functions fail the test on any error, as the tests themselves do.
#![allow(clippy::unwrap_used)]

use std::{collections::BTreeMap, path::PathBuf, process::Command};

use serde_json::Value;
use xmtp_gov::layout::{check, parse_annotations, snapshot_from_layout, Snapshot, SolcLayout};

/// Pairs upgrades-core accepts and ours refuses, and why that is the right call for this suite.
const STRICTER: [(&str, &str); 1] = [(
    "inserted before the gap, gap shrunk by one",
    // A gap is how pre-namespace contracts reserved room; every contract here keeps its state in ERC-7201
    // namespaces, which grow at their end, so a field written over a gap's slots is a field that moved.
    "`__gap` moved: namespaced structs have no gaps, they grow at their end",
)];

fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// One version as our checker reads it: the annotations of its source and its probe's layout.
fn snapshot(version: &Value) -> Snapshot {
    let namespaces: BTreeMap<String, String> =
        parse_annotations(version["source"].as_str().unwrap())
            .into_iter()
            .collect();
    let layout: SolcLayout = serde_json::from_value(version["layout"].clone()).unwrap();
    snapshot_from_layout("Store", &layout, &namespaces).unwrap()
}

#[test]
fn test_check_refuses_every_pair_upgrades_core_refuses() {
    let root = project_root();
    let output = Command::new("node")
        .arg(root.join("tools/layout-compare/compare.js"))
        .current_dir(&root)
        .output()
        .expect("node runs (install Node.js 20 or newer, then `npm install`)");
    assert!(
        output.status.success(),
        "compare.js failed (`npm install` installs solc and upgrades-core): {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let verdicts = report["verdicts"].as_array().unwrap();
    assert!(verdicts.len() >= 20, "{} pairs", verdicts.len());

    let mut missed = Vec::new();
    let mut stricter = Vec::new();
    for verdict in verdicts {
        let name = verdict["name"].as_str().unwrap();
        let theirs = verdict["upgradesCore"]["ok"].as_bool().unwrap();
        let ours = check(&snapshot(&verdict["old"]), &snapshot(&verdict["new"]));
        match (theirs, &ours) {
            (false, Ok(compatibility)) => missed.push(format!(
                "{name}: upgrades-core refuses ({}), ours accepts ({})",
                verdict["upgradesCore"]["explain"].as_str().unwrap(),
                compatibility.describe()
            )),
            (true, Err(incompatible)) => stricter.push((name.to_owned(), incompatible.to_string())),
            _ => {}
        }
    }
    assert!(missed.is_empty(), "{}", missed.join("\n"));
    let expected: Vec<&str> = STRICTER.iter().map(|(name, _)| *name).collect();
    let found: Vec<&str> = stricter.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(
        found, expected,
        "ours refuses what upgrades-core accepts: {stricter:?}"
    );
}
