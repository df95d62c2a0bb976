//! One xmtpd node's API over gRPC-Web: unary calls with a per-call timeout and typed failures.

use std::{collections::BTreeMap, time::Duration};

use prost::Message;

use crate::{
    grpc_web::{self, Code, Frame, GrpcStatus},
    paths,
    proto::{envelopes, message_api, metadata_api},
};

/// Why a [`NodeClient`] could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// The base URL is not an absolute `http` or `https` URL.
    #[error("node URL {0:?} is not an http(s) URL")]
    InvalidUrl(String),
    /// The HTTP client could not be built.
    #[error("building the HTTP client failed: {0}")]
    Build(#[source] reqwest::Error),
}

/// Why one call failed.
#[derive(Debug, thiserror::Error)]
pub enum CallError {
    /// No complete answer within the call's timeout.
    #[error("timed out")]
    Timeout,
    /// Connecting, sending or reading failed.
    #[error("transport: {0}")]
    Transport(#[source] reqwest::Error),
    /// An HTTP status other than 200.
    #[error("HTTP status {status}")]
    Http {
        /// The HTTP status code.
        status: u16,
    },
    /// The node answered a gRPC status other than OK.
    #[error("gRPC status {code}: {message}")]
    Status {
        /// The status code.
        code: Code,
        /// The status message, percent-decoded.
        message: String,
    },
    /// The response message does not decode.
    #[error("response does not decode: {0}")]
    Decode(#[source] prost::DecodeError),
    /// The gRPC-Web body is malformed or not one message and a status.
    #[error("gRPC-Web framing: {0}")]
    Framing(String),
}

impl CallError {
    /// The failure's metrics label: `timeout`, `transport`, `http`, `decode`, `framing`, or for a gRPC status the
    /// code's name in lower snake case (`unavailable`, `internal`, …).
    pub fn label(&self) -> &'static str {
        match self {
            Self::Timeout => "timeout",
            Self::Transport(_) => "transport",
            Self::Http { .. } => "http",
            Self::Status { code, .. } => code.label(),
            Self::Decode(_) => "decode",
            Self::Framing(_) => "framing",
        }
    }

    fn from_reqwest(error: reqwest::Error) -> Self {
        if error.is_timeout() {
            Self::Timeout
        } else {
            Self::Transport(error)
        }
    }
}

impl From<grpc_web::FramingError> for CallError {
    fn from(error: grpc_web::FramingError) -> Self {
        Self::Framing(error.to_string())
    }
}

/// The default bound on a response body: a full page of 1,000 envelopes with room to spare.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 64 << 20;

/// A client of one node's API.
#[derive(Debug, Clone)]
pub struct NodeClient {
    http: reqwest::Client,
    base: String,
    timeout: Duration,
    max_response_bytes: usize,
}

impl NodeClient {
    /// A client of the node at `base_url` (e.g. `http://10.0.0.1:5050`, a trailing `/` allowed) whose every call
    /// fails with [`CallError::Timeout`] when it has not completed, body included, within `timeout`.
    pub fn new(base_url: &str, timeout: Duration) -> Result<Self, ClientError> {
        let base = base_url.trim_end_matches('/');
        let scheme_ok = base
            .split_once("://")
            .is_some_and(|(scheme, rest)| matches!(scheme, "http" | "https") && !rest.is_empty());
        if !scheme_ok {
            return Err(ClientError::InvalidUrl(base_url.to_owned()));
        }
        let http = reqwest::Client::builder()
            .connect_timeout(timeout)
            .build()
            .map_err(ClientError::Build)?;
        Ok(Self {
            http,
            base: base.to_owned(),
            timeout,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
        })
    }

    /// The same client, refusing (as [`CallError::Framing`]) any response body longer than `max` bytes, so that a
    /// hostile node cannot make the watcher buffer without bound. [`DEFAULT_MAX_RESPONSE_BYTES`] otherwise.
    pub fn with_max_response_bytes(mut self, max: usize) -> Self {
        self.max_response_bytes = max;
        self
    }

    /// The node's base URL, without a trailing `/`.
    pub fn base_url(&self) -> &str {
        &self.base
    }

    /// `QueryEnvelopes` for the envelopes `originator_node_ids` originated after `last_seen`, at most `limit`
    /// (the node reads 0 as its maximum, 1000).
    pub async fn query_envelopes(
        &self,
        originator_node_ids: &[u32],
        last_seen: &BTreeMap<u32, u64>,
        limit: u32,
    ) -> Result<Vec<envelopes::OriginatorEnvelope>, CallError> {
        let request = query_request(originator_node_ids, last_seen, limit);
        let response: message_api::QueryEnvelopesResponse =
            self.unary(paths::QUERY_ENVELOPES, &request).await?;
        Ok(response.envelopes)
    }

    /// `GetSyncCursor`: the highest sequence id the node holds per originator (empty when it holds none).
    pub async fn get_sync_cursor(&self) -> Result<BTreeMap<u32, u64>, CallError> {
        let response: metadata_api::GetSyncCursorResponse = self
            .unary(
                paths::GET_SYNC_CURSOR,
                &metadata_api::GetSyncCursorRequest {},
            )
            .await?;
        Ok(response
            .latest_sync
            .map(|cursor| cursor.node_id_to_sequence_id)
            .unwrap_or_default())
    }

    /// `GetVersion`: the node's software version.
    pub async fn get_version(&self) -> Result<String, CallError> {
        let response: metadata_api::GetVersionResponse = self
            .unary(paths::GET_VERSION, &metadata_api::GetVersionRequest {})
            .await?;
        Ok(response.version)
    }

    /// One unary call: one framed request, exactly one message and an OK status back.
    async fn unary<Req: Message, Resp: Message + Default>(
        &self,
        path: &str,
        request: &Req,
    ) -> Result<Resp, CallError> {
        let body = grpc_web::encode_message(request)?;
        let mut response = self
            .http
            .post(format!("{}{path}", self.base))
            .timeout(self.timeout)
            .header(reqwest::header::CONTENT_TYPE, grpc_web::CONTENT_TYPE)
            .header(reqwest::header::ACCEPT, grpc_web::CONTENT_TYPE)
            .header("x-grpc-web", "1")
            .body(body)
            .send()
            .await
            .map_err(CallError::from_reqwest)?;
        let status = response.status().as_u16();
        if status != 200 {
            return Err(CallError::Http { status });
        }
        let header_status = GrpcStatus::from_pairs(
            response
                .headers()
                .iter()
                .filter_map(|(name, value)| Some((name.as_str(), value.to_str().ok()?))),
        )?;
        let too_large = || {
            CallError::Framing(format!(
                "response body longer than {} bytes",
                self.max_response_bytes
            ))
        };
        let announced = response.content_length().unwrap_or(0);
        if usize::try_from(announced).map_or(true, |len| len > self.max_response_bytes) {
            return Err(too_large());
        }
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(CallError::from_reqwest)? {
            if body.len().saturating_add(chunk.len()) > self.max_response_bytes {
                return Err(too_large());
            }
            body.extend_from_slice(&chunk);
        }
        decode_unary(header_status, &body)
    }
}

/// The `QueryEnvelopesRequest` [`NodeClient::query_envelopes`] sends.
pub fn query_request(
    originator_node_ids: &[u32],
    last_seen: &BTreeMap<u32, u64>,
    limit: u32,
) -> message_api::QueryEnvelopesRequest {
    message_api::QueryEnvelopesRequest {
        query: Some(message_api::EnvelopesQuery {
            topics: Vec::new(),
            originator_node_ids: originator_node_ids.to_vec(),
            last_seen: Some(envelopes::Cursor {
                node_id_to_sequence_id: last_seen.clone(),
            }),
        }),
        limit,
    }
}

/// Reads a unary response: `header_status` (a trailers-only answer) or the trailer frame's status decides; an OK
/// call must carry exactly one message (gRPC's unary rule), which is decoded.
pub fn decode_unary<Resp: Message + Default>(
    header_status: Option<GrpcStatus>,
    body: &[u8],
) -> Result<Resp, CallError> {
    let frames = grpc_web::decode_frames(body)?;
    let mut messages = Vec::new();
    let mut trailer_status = None;
    for frame in frames {
        match frame {
            Frame::Data(payload) => messages.push(payload),
            Frame::Trailers(block) => trailer_status = GrpcStatus::from_trailer_block(block)?,
        }
    }
    // A trailers-only response has no trailer frame; if both exist, the trailers are the final word.
    let status = trailer_status
        .or(header_status)
        .ok_or_else(|| CallError::Framing("no grpc-status in headers or trailers".to_owned()))?;
    if status.code != Code::Ok {
        return Err(CallError::Status {
            code: status.code,
            message: status.message,
        });
    }
    match messages.as_slice() {
        [message] => Resp::decode(*message).map_err(CallError::Decode),
        other => Err(CallError::Framing(format!(
            "a unary response carries exactly one message, got {}",
            other.len()
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grpc_web::{encode_frame, FLAG_DATA, FLAG_TRAILER};

    fn ok_trailers() -> Vec<u8> {
        encode_frame(FLAG_TRAILER, b"grpc-status: 0\r\n").expect("frame")
    }

    fn version(text: &str) -> Vec<u8> {
        metadata_api::GetVersionResponse {
            version: text.to_owned(),
        }
        .encode_to_vec()
    }

    #[test]
    fn new_refuses_urls_without_an_http_scheme() {
        let timeout = Duration::from_secs(1);
        for bad in ["", "localhost:5050", "ftp://x", "http://"] {
            assert!(matches!(
                NodeClient::new(bad, timeout),
                Err(ClientError::InvalidUrl(_))
            ));
        }
        let client = NodeClient::new("http://127.0.0.1:5050/", timeout).expect("client");
        assert_eq!(client.base_url(), "http://127.0.0.1:5050");
    }

    #[test]
    fn decode_unary_reads_one_message_and_an_ok_trailer() {
        let mut body = encode_frame(FLAG_DATA, &version("v1")).expect("frame");
        body.extend(ok_trailers());
        let response: metadata_api::GetVersionResponse =
            decode_unary(None, &body).expect("decodes");
        assert_eq!(response.version, "v1");
    }

    #[test]
    fn decode_unary_maps_a_trailer_frame_status() {
        let body = encode_frame(
            FLAG_TRAILER,
            b"grpc-status: 13\r\ngrpc-message: db%20down\r\n",
        )
        .expect("frame");
        let error =
            decode_unary::<metadata_api::GetVersionResponse>(None, &body).expect_err("status 13");
        assert!(
            matches!(&error, CallError::Status { code: Code::Internal, message } if message == "db down")
        );
        assert_eq!(error.label(), "internal");
    }

    #[test]
    fn decode_unary_maps_a_trailers_only_status() {
        let status = GrpcStatus {
            code: Code::Unavailable,
            message: "down".to_owned(),
        };
        let error = decode_unary::<metadata_api::GetVersionResponse>(Some(status), &[])
            .expect_err("status 14");
        assert_eq!(error.label(), "unavailable");
    }

    #[test]
    fn decode_unary_refuses_zero_or_several_messages() {
        let mut two = encode_frame(FLAG_DATA, &version("a")).expect("frame");
        two.extend(encode_frame(FLAG_DATA, &version("b")).expect("frame"));
        two.extend(ok_trailers());
        for body in [two, ok_trailers()] {
            let error = decode_unary::<metadata_api::GetVersionResponse>(None, &body)
                .expect_err("not unary");
            assert_eq!(error.label(), "framing");
        }
    }

    #[test]
    fn decode_unary_needs_a_status_and_a_decodable_message() {
        let body = encode_frame(FLAG_DATA, &version("a")).expect("frame");
        let error =
            decode_unary::<metadata_api::GetVersionResponse>(None, &body).expect_err("no status");
        assert_eq!(error.label(), "framing");
        // Field 1 as a length-delimited field whose length runs past the end.
        let mut body = encode_frame(FLAG_DATA, &[0x0a, 0x05, b'a']).expect("frame");
        body.extend(ok_trailers());
        let error = decode_unary::<metadata_api::GetVersionResponse>(None, &body)
            .expect_err("truncated message");
        assert_eq!(error.label(), "decode");
    }
}
