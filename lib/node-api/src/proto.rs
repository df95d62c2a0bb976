//! The generated prost types, laid out by protobuf package (generated code refers to other packages by relative
//! paths), with short re-exports of the four packages.

#[allow(
    missing_docs,
    unreachable_pub,
    clippy::all,
    clippy::unwrap_used,
    clippy::pedantic,
    clippy::nursery
)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/protos.rs"));
}

pub use generated::xmtp;
/// `xmtp.identity.associations`: the node signature.
pub use generated::xmtp::identity::associations;
/// `xmtp.xmtpv4.envelopes`: cursors and originator envelopes.
pub use generated::xmtp::xmtpv4::envelopes;
/// `xmtp.xmtpv4.message_api`: `QueryEnvelopes`.
pub use generated::xmtp::xmtpv4::message_api;
/// `xmtp.xmtpv4.metadata_api`: `GetSyncCursor` and `GetVersion`.
pub use generated::xmtp::xmtpv4::metadata_api;
