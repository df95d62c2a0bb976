//! `xmtp-ops vectors` and `xmtp-ops layouts` as a developer runs them, against the committed files.

use xmtp_devkit::binary::{command, stdout, text};

const OPS: &str = env!("CARGO_BIN_EXE_xmtp-ops");

#[test]
fn test_vectors_finds_the_committed_evidence_vectors_up_to_date() {
    let output = command(OPS, &["vectors"]).output().expect("xmtp-ops runs");
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    assert!(
        stdout(&output).ends_with("test/vectors/evidence.json is up to date\n"),
        "{}",
        text(&output)
    );
}

#[test]
fn test_vectors_refuses_an_unknown_option_as_a_usage_error() {
    let output = command(OPS, &["vectors", "--overwrite"])
        .output()
        .expect("xmtp-ops runs");
    assert_eq!(output.status.code(), Some(2), "{}", text(&output));
}
