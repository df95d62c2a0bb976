//! The part of xmtpd's node API the watcher speaks, and nothing more: `QueryEnvelopes`, `GetSyncCursor` and
//! `GetVersion`, as gRPC-Web over HTTP/1.1 (what xmtpd serves through connect-go).
//!
//! - [`proto`]: the prost types of our own minimal `.proto` files (xmtp/proto's packages, names and field numbers).
//! - [`grpc_web`]: framing, trailers and status [`grpc_web::Code`]s.
//! - [`client`]: [`client::NodeClient`], one node's API with a per-call timeout and typed errors.
//! - `server` (feature `server`): a gRPC-Web server over a `NodeApi` implementation, for fake networks in tests and
//!   the demo.

pub mod client;
pub mod grpc_web;
pub mod proto;
#[cfg(feature = "server")]
pub mod server;

/// The HTTP paths of the three methods, `/<package>.<Service>/<Method>`.
pub mod paths {
    /// `QueryApi.QueryEnvelopes`.
    pub const QUERY_ENVELOPES: &str = "/xmtp.xmtpv4.message_api.QueryApi/QueryEnvelopes";
    /// The same `QueryEnvelopes` under xmtpd's older `ReplicationApi` service, which xmtpd still serves; the
    /// server here answers it too, the client uses [`QUERY_ENVELOPES`].
    pub const REPLICATION_QUERY_ENVELOPES: &str =
        "/xmtp.xmtpv4.message_api.ReplicationApi/QueryEnvelopes";
    /// `MetadataApi.GetSyncCursor`.
    pub const GET_SYNC_CURSOR: &str = "/xmtp.xmtpv4.metadata_api.MetadataApi/GetSyncCursor";
    /// `MetadataApi.GetVersion`.
    pub const GET_VERSION: &str = "/xmtp.xmtpv4.metadata_api.MetadataApi/GetVersion";
}

/// xmtpd's page size when a query asks for 0 or for more than it serves at once.
pub const MAX_QUERY_LIMIT: u32 = 1000;
