//! Generates the prost types from `proto/` with the protoc binary vendored as a build dependency, so that a fresh
//! machine needs no system protoc.

use std::error::Error;

const PROTOS: [&str; 4] = [
    "proto/xmtp/identity/associations/signature.proto",
    "proto/xmtp/xmtpv4/envelopes/envelopes.proto",
    "proto/xmtp/xmtpv4/message_api/message_api.proto",
    "proto/xmtp/xmtpv4/metadata_api/metadata_api.proto",
];

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo:rerun-if-changed=proto");
    let protoc = protoc_bin_vendored::protoc_bin_path()?;
    let mut config = prost_build::Config::new();
    config
        .protoc_executable(protoc)
        // Cursors are compared and iterated in node id order; a BTreeMap makes that the type's own order.
        .btree_map(["."])
        .include_file("protos.rs");
    config.compile_protos(&PROTOS, &["proto"])?;
    Ok(())
}
