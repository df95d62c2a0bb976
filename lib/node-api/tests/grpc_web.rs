//! The client against hand-made HTTP answers on a real socket, the request's bytes against a hand-derived
//! encoding, and (feature `server`) the client and the server together.

use std::{collections::BTreeMap, time::Duration};

use tokio::{
    io::{AsyncReadExt as _, AsyncWriteExt as _},
    net::TcpListener,
    sync::oneshot,
};
use xmtp_node_api::{
    client::{query_request, CallError, NodeClient},
    grpc_web::{self, encode_frame, Code, FLAG_DATA, FLAG_TRAILER},
    proto::metadata_api,
};

/// `QueryEnvelopesRequest { query: { originator_node_ids: [100, 200], last_seen: { 100: 5 } }, limit: 1000 }`,
/// framed, derived by hand from the field numbers.
const GOLDEN_QUERY: [u8; 23] = [
    0x00, 0x00, 0x00, 0x00, 18, // data frame, 18 bytes
    0x0a, 13, // field 1 (query), LEN 13
    0x12, 3, 100, 0xc8, 0x01, // field 2 (originator_node_ids), packed: 100, 200
    0x1a, 6, // field 3 (last_seen), LEN 6
    0x0a, 4, // Cursor field 1 (map entry), LEN 4
    0x08, 100, // key 100
    0x10, 5, // value 5
    0x10, 0xe8, 0x07, // field 2 (limit) 1000
];

#[derive(Debug, PartialEq, Eq)]
enum Value<'a> {
    Varint(u64),
    Len(&'a [u8]),
}

/// A protobuf tag walker independent of prost: (field, value) pairs, varint and length-delimited only.
fn walk(mut bytes: &[u8]) -> Vec<(u64, Value<'_>)> {
    fn varint(bytes: &mut &[u8]) -> u64 {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let (&byte, rest) = bytes.split_first().expect("varint continues");
            *bytes = rest;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                break;
            }
        }
        value
    }
    let mut fields = Vec::new();
    while !bytes.is_empty() {
        let key = varint(&mut bytes);
        let value = match key & 7 {
            0 => Value::Varint(varint(&mut bytes)),
            2 => {
                let len = varint(&mut bytes) as usize;
                let (value, rest) = bytes.split_at(len);
                bytes = rest;
                Value::Len(value)
            }
            other => panic!("unexpected wire type {other}"),
        };
        fields.push((key >> 3, value));
    }
    fields
}

fn golden_request() -> Vec<u8> {
    let cursor = BTreeMap::from([(100, 5)]);
    grpc_web::encode_message(&query_request(&[100, 200], &cursor, 1000)).expect("frame")
}

#[test]
fn query_request_matches_the_hand_derived_bytes() {
    let framed = golden_request();
    assert_eq!(framed, GOLDEN_QUERY);

    let message = &framed[5..];
    let top = walk(message);
    let [(1, Value::Len(query)), (2, Value::Varint(1000))] = top.as_slice() else {
        panic!("request fields: {top:?}");
    };
    let query = walk(query);
    let [(2, Value::Len(ids)), (3, Value::Len(cursor))] = query.as_slice() else {
        panic!("query fields: {query:?}");
    };
    let mut ids = *ids;
    let mut decoded = Vec::new();
    while !ids.is_empty() {
        let mut one = Vec::new();
        loop {
            let (&byte, rest) = ids.split_first().expect("id");
            ids = rest;
            one.push(byte);
            if byte & 0x80 == 0 {
                break;
            }
        }
        decoded.push(
            one.iter()
                .rev()
                .fold(0u64, |acc, b| acc << 7 | u64::from(b & 0x7f)),
        );
    }
    assert_eq!(decoded, [100, 200]);
    let cursor = walk(cursor);
    let [(1, Value::Len(entry))] = cursor.as_slice() else {
        panic!("cursor fields: {cursor:?}");
    };
    assert_eq!(
        walk(entry),
        [(1, Value::Varint(100)), (2, Value::Varint(5))]
    );
}

/// Serves one connection with `response` (a whole HTTP/1.1 response) after reading the request, or never answers
/// when `response` is `None`; sends the request's body back.
async fn canned(response: Option<Vec<u8>>) -> (String, oneshot::Receiver<Vec<u8>>) {
    canned_then(response, false).await
}

/// [`canned`], then, when `stall`, keeps the connection open without closing it.
async fn canned_then(
    response: Option<Vec<u8>>,
    stall: bool,
) -> (String, oneshot::Receiver<Vec<u8>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let (sent, received) = oneshot::channel();
    tokio::spawn(async move {
        let (mut stream, _) = listener.accept().await.expect("accept");
        let mut request = Vec::new();
        let mut buffer = [0u8; 4096];
        let body = loop {
            let n = stream.read(&mut buffer).await.expect("read");
            assert!(n > 0, "client closed early");
            request.extend_from_slice(&buffer[..n]);
            let Some(end) = request.windows(4).position(|w| w == b"\r\n\r\n") else {
                continue;
            };
            let head = String::from_utf8_lossy(&request[..end]).to_ascii_lowercase();
            let length: usize = head
                .lines()
                .find_map(|line| line.strip_prefix("content-length:"))
                .map(|v| v.trim().parse().expect("length"))
                .unwrap_or(0);
            if request.len() >= end + 4 + length {
                break request[end + 4..end + 4 + length].to_vec();
            }
        };
        let _ = sent.send(body);
        match response {
            Some(response) => {
                stream.write_all(&response).await.expect("write");
                if stall {
                    tokio::time::sleep(Duration::from_secs(30)).await;
                }
                stream.shutdown().await.expect("shutdown");
            }
            None => tokio::time::sleep(Duration::from_secs(30)).await,
        }
    });
    (url, received)
}

fn http_response(status: &str, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut head = format!(
        "HTTP/1.1 {status}\r\ncontent-type: application/grpc-web+proto\r\ncontent-length: {}\r\nconnection: close\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let mut response = head.into_bytes();
    response.extend_from_slice(body);
    response
}

fn client(url: &str) -> NodeClient {
    NodeClient::new(url, Duration::from_secs(5)).expect("client")
}

#[tokio::test]
async fn the_client_sends_the_golden_request_and_reads_an_empty_page() {
    let body = encode_frame(FLAG_DATA, &[])
        .into_iter()
        .chain(encode_frame(FLAG_TRAILER, b"grpc-status: 0\r\n"))
        .flatten()
        .collect::<Vec<u8>>();
    let (url, request) = canned(Some(http_response("200 OK", &[], &body))).await;
    let envelopes = client(&url)
        .query_envelopes(&[100, 200], &BTreeMap::from([(100, 5)]), 1000)
        .await
        .expect("empty page");
    assert!(envelopes.is_empty());
    assert_eq!(request.await.expect("request"), GOLDEN_QUERY);
}

#[tokio::test]
async fn a_status_in_the_trailer_frame_is_an_error() {
    let body = encode_frame(
        FLAG_TRAILER,
        b"grpc-status: 8\r\ngrpc-message: slow%20down\r\n",
    )
    .expect("frame");
    let (url, _) = canned(Some(http_response("200 OK", &[], &body))).await;
    let error = client(&url).get_version().await.expect_err("status 8");
    assert!(
        matches!(&error, CallError::Status { code: Code::ResourceExhausted, message } if message == "slow down"),
        "{error:?}"
    );
    assert_eq!(error.label(), "resource_exhausted");
}

#[tokio::test]
async fn a_trailers_only_status_is_an_error() {
    let headers = [("grpc-status", "14"), ("grpc-message", "node%20draining")];
    let (url, _) = canned(Some(http_response("200 OK", &headers, &[]))).await;
    let error = client(&url).get_sync_cursor().await.expect_err("status 14");
    assert!(
        matches!(&error, CallError::Status { code: Code::Unavailable, message } if message == "node draining"),
        "{error:?}"
    );
    assert_eq!(error.label(), "unavailable");
}

#[tokio::test]
async fn an_http_error_status_is_an_error() {
    let (url, _) = canned(Some(http_response("503 Service Unavailable", &[], b"busy"))).await;
    let error = client(&url).get_version().await.expect_err("503");
    assert!(
        matches!(error, CallError::Http { status: 503 }),
        "{error:?}"
    );
    assert_eq!(error.label(), "http");
}

#[tokio::test]
async fn several_messages_in_a_unary_response_are_refused() {
    let one = metadata_api::GetVersionResponse {
        version: "v".to_owned(),
    };
    let mut body = grpc_web::encode_message(&one).expect("frame");
    body.extend(grpc_web::encode_message(&one).expect("frame"));
    body.extend(encode_frame(FLAG_TRAILER, b"grpc-status: 0\r\n").expect("frame"));
    let (url, _) = canned(Some(http_response("200 OK", &[], &body))).await;
    let error = client(&url).get_version().await.expect_err("two messages");
    assert!(matches!(error, CallError::Framing(_)), "{error:?}");
}

#[tokio::test]
async fn a_response_over_the_size_bound_is_refused() {
    let big = metadata_api::GetVersionResponse {
        version: "v".repeat(2000),
    };
    let mut body = grpc_web::encode_message(&big).expect("frame");
    body.extend(encode_frame(FLAG_TRAILER, b"grpc-status: 0\r\n").expect("frame"));
    let (url, _) = canned(Some(http_response("200 OK", &[], &body))).await;
    let error = client(&url)
        .with_max_response_bytes(1024)
        .get_version()
        .await
        .expect_err("too large");
    assert!(matches!(error, CallError::Framing(_)), "{error:?}");
}

#[tokio::test]
async fn a_node_that_never_answers_times_out() {
    let (url, _) = canned(None).await;
    let client = NodeClient::new(&url, Duration::from_millis(300)).expect("client");
    let started = std::time::Instant::now();
    let error = client.get_version().await.expect_err("timeout");
    assert!(matches!(error, CallError::Timeout), "{error:?}");
    assert_eq!(error.label(), "timeout");
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test]
async fn a_body_that_stalls_after_the_headers_times_out() {
    let mut response = http_response("200 OK", &[], &[0; 100]);
    // Announce 100 bytes, send 10.
    response.truncate(response.len() - 90);
    let (url, _) = canned_then(Some(response), true).await;
    let client = NodeClient::new(&url, Duration::from_millis(300)).expect("client");
    let error = client.get_version().await.expect_err("timeout");
    assert!(matches!(error, CallError::Timeout), "{error:?}");
}

#[tokio::test]
async fn a_closed_port_is_a_transport_error() {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    drop(listener);
    let error = client(&url).get_version().await.expect_err("refused");
    assert_eq!(error.label(), "transport", "{error:?}");
}

#[cfg(feature = "server")]
mod with_server {
    use std::sync::Arc;

    use xmtp_node_api::{
        paths,
        proto::{envelopes, message_api},
        server::{serve, BoxFuture, NodeApi, Status},
    };

    use super::*;

    /// Answers each query with one envelope per requested originator, whose bytes name the originator and the
    /// cursor; refuses topics.
    struct Echo;

    impl NodeApi for Echo {
        fn query_envelopes(
            &self,
            request: message_api::QueryEnvelopesRequest,
        ) -> BoxFuture<'_, Result<message_api::QueryEnvelopesResponse, Status>> {
            Box::pin(async move {
                let query = request.query.unwrap_or_default();
                if !query.topics.is_empty() {
                    return Err(Status::new(Code::InvalidArgument, "topics: not served ✗"));
                }
                let cursor = query.last_seen.unwrap_or_default().node_id_to_sequence_id;
                let envelopes = query
                    .originator_node_ids
                    .iter()
                    .map(|id| envelopes::OriginatorEnvelope {
                        unsigned_originator_envelope: format!(
                            "{id}@{}/{}",
                            cursor.get(id).copied().unwrap_or(0),
                            request.limit
                        )
                        .into_bytes(),
                        proof: Some(envelopes::originator_envelope::Proof::OriginatorSignature(
                            xmtp_node_api::proto::associations::RecoverableEcdsaSignature {
                                bytes: vec![7; 65],
                            },
                        )),
                    })
                    .collect();
                Ok(message_api::QueryEnvelopesResponse { envelopes })
            })
        }

        fn get_sync_cursor(
            &self,
            _: metadata_api::GetSyncCursorRequest,
        ) -> BoxFuture<'_, Result<metadata_api::GetSyncCursorResponse, Status>> {
            Box::pin(async {
                Ok(metadata_api::GetSyncCursorResponse {
                    latest_sync: Some(envelopes::Cursor {
                        node_id_to_sequence_id: BTreeMap::from([(100, 9), (200, 4)]),
                    }),
                })
            })
        }

        fn get_version(
            &self,
            _: metadata_api::GetVersionRequest,
        ) -> BoxFuture<'_, Result<metadata_api::GetVersionResponse, Status>> {
            Box::pin(async {
                Ok(metadata_api::GetVersionResponse {
                    version: "v9.9.9".to_owned(),
                })
            })
        }
    }

    async fn start() -> (String, oneshot::Sender<()>, tokio::task::JoinHandle<()>) {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let (stop, stopped) = oneshot::channel::<()>();
        let server = tokio::spawn(serve(listener, Arc::new(Echo), async {
            let _ = stopped.await;
        }));
        (url, stop, server)
    }

    #[tokio::test]
    async fn client_and_server_round_trip_every_method() {
        let (url, stop, server) = start().await;
        let client = client(&url);
        assert_eq!(client.get_version().await.expect("version"), "v9.9.9");
        assert_eq!(
            client.get_sync_cursor().await.expect("cursor"),
            BTreeMap::from([(100, 9), (200, 4)])
        );
        let page = client
            .query_envelopes(&[100, 200], &BTreeMap::from([(100, 5)]), 1000)
            .await
            .expect("page");
        let unsigned: Vec<_> = page
            .iter()
            .map(|e| String::from_utf8(e.unsigned_originator_envelope.clone()).expect("utf8"))
            .collect();
        assert_eq!(unsigned, ["100@5/1000", "200@0/1000"]);
        assert!(matches!(
            &page[0].proof,
            Some(envelopes::originator_envelope::Proof::OriginatorSignature(s)) if s.bytes == [7; 65]
        ));
        stop.send(()).expect("server running");
        tokio::time::timeout(Duration::from_secs(10), server)
            .await
            .expect("server stops")
            .expect("server task");
        let error = client.get_version().await.expect_err("stopped");
        assert_eq!(error.label(), "transport");
    }

    #[tokio::test]
    async fn server_statuses_reach_the_client_decoded() {
        let (url, _stop, _server) = start().await;
        let request = message_api::QueryEnvelopesRequest {
            query: Some(message_api::EnvelopesQuery {
                topics: vec![b"t".to_vec()],
                ..Default::default()
            }),
            limit: 0,
        };
        let http = reqwest::Client::new();
        let response = http
            .post(format!("{url}{}", paths::QUERY_ENVELOPES))
            .header("content-type", grpc_web::CONTENT_TYPE)
            .body(grpc_web::encode_message(&request).expect("frame"))
            .send()
            .await
            .expect("sent");
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["grpc-status"], "3");
        assert_eq!(
            grpc_web::percent_decode(response.headers()["grpc-message"].to_str().expect("ascii")),
            "topics: not served ✗"
        );
        assert!(response.bytes().await.expect("body").is_empty());
    }

    #[tokio::test]
    async fn unknown_methods_and_malformed_requests_are_refused() {
        let (url, _stop, _server) = start().await;
        let http = reqwest::Client::new();
        let post = |path: &str, body: Vec<u8>| {
            http.post(format!("{url}{path}"))
                .header("content-type", grpc_web::CONTENT_TYPE)
                .body(body)
                .send()
        };
        let empty = grpc_web::encode_message(&metadata_api::GetVersionRequest {}).expect("frame");
        let unknown = post(
            "/xmtp.xmtpv4.message_api.ReplicationApi/PublishPayerEnvelopes",
            empty.clone(),
        )
        .await
        .expect("sent");
        assert_eq!(unknown.headers()["grpc-status"], "12");
        let two_messages = post(paths::GET_VERSION, [empty.clone(), empty].concat())
            .await
            .expect("sent");
        assert_eq!(two_messages.headers()["grpc-status"], "3");
        let older = post(
            paths::REPLICATION_QUERY_ENVELOPES,
            grpc_web::encode_message(&query_request(&[1], &BTreeMap::new(), 0)).expect("frame"),
        )
        .await
        .expect("sent");
        assert_eq!(older.status(), 200);
        assert!(older.headers().get("grpc-status").is_none());
        let get = http
            .get(format!("{url}{}", paths::GET_VERSION))
            .send()
            .await
            .expect("sent");
        assert_eq!(get.status(), 405);
    }
}
