//! A gRPC-Web server (HTTP/1.1) for the same three methods, over any [`NodeApi`]: fake xmtpd nodes for tests and
//! the demo. Failures are answered trailers-only (the status in the HTTP headers, no body), successes as one data
//! frame and a trailer frame, as connect-go does.

use std::{
    convert::Infallible,
    future::Future,
    pin::{pin, Pin},
    sync::Arc,
    time::Duration,
};

use http_body_util::{BodyExt as _, Full, Limited};
use hyper::{
    body::{Bytes, Incoming},
    header::{self, HeaderValue},
    server::conn::http1,
    service::service_fn,
    Method, Request, Response, StatusCode,
};
use hyper_util::rt::TokioIo;
use prost::Message;
use tokio::{net::TcpListener, sync::watch, task::JoinSet};

use crate::{
    grpc_web::{self, Code, Frame, GrpcStatus, FLAG_DATA, FLAG_TRAILER},
    paths,
    proto::{message_api, metadata_api},
};

/// The largest request body read (requests here are a few hundred bytes).
pub const MAX_REQUEST_BYTES: usize = 1 << 20;
/// How long open connections get to finish after shutdown is asked for.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

/// A boxed, sendable future: what [`NodeApi`]'s methods return, so that the trait is object safe.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// A failed call: the gRPC status answered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{code}: {message}")]
pub struct Status {
    /// The status code (never [`Code::Ok`] in practice).
    pub code: Code,
    /// The message, sent percent-encoded.
    pub message: String,
}

impl Status {
    /// A status of `code` with `message`.
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }
}

/// What a node answers to the three methods.
pub trait NodeApi: Send + Sync + 'static {
    /// `QueryApi.QueryEnvelopes`.
    fn query_envelopes(
        &self,
        request: message_api::QueryEnvelopesRequest,
    ) -> BoxFuture<'_, Result<message_api::QueryEnvelopesResponse, Status>>;

    /// `MetadataApi.GetSyncCursor`.
    fn get_sync_cursor(
        &self,
        request: metadata_api::GetSyncCursorRequest,
    ) -> BoxFuture<'_, Result<metadata_api::GetSyncCursorResponse, Status>>;

    /// `MetadataApi.GetVersion`.
    fn get_version(
        &self,
        request: metadata_api::GetVersionRequest,
    ) -> BoxFuture<'_, Result<metadata_api::GetVersionResponse, Status>>;
}

/// Serves `api` on `listener` until `shutdown` completes; then stops accepting, lets each open connection finish
/// the request in flight (at most [`SHUTDOWN_GRACE`]), and returns. Accept errors are retried after a short pause.
pub async fn serve(
    listener: TcpListener,
    api: Arc<dyn NodeApi>,
    shutdown: impl Future<Output = ()> + Send,
) {
    let (stop, stopping) = watch::channel(false);
    let mut connections = JoinSet::new();
    let mut shutdown = pin!(shutdown);
    loop {
        tokio::select! {
            biased;
            () = &mut shutdown => break,
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
            accepted = listener.accept() => match accepted {
                Ok((stream, _peer)) => {
                    connections.spawn(connection(stream, Arc::clone(&api), stopping.clone()));
                }
                // Out of file descriptors and the like: pause rather than spin.
                Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
            },
        }
    }
    drop(listener);
    stop.send_replace(true);
    let drained = tokio::time::timeout(SHUTDOWN_GRACE, async {
        while connections.join_next().await.is_some() {}
    })
    .await;
    if drained.is_err() {
        connections.shutdown().await;
    }
}

async fn connection(
    stream: tokio::net::TcpStream,
    api: Arc<dyn NodeApi>,
    mut stopping: watch::Receiver<bool>,
) {
    let service = service_fn(move |request| {
        let api = Arc::clone(&api);
        async move { Ok::<_, Infallible>(respond(api.as_ref(), request).await) }
    });
    let mut conn = pin!(http1::Builder::new().serve_connection(TokioIo::new(stream), service));
    // Connection errors (a client hanging up) concern nobody here: the client sees its own error.
    let _ = tokio::select! {
        result = conn.as_mut() => result,
        _ = async { stopping.wait_for(|stop| *stop).await.map(|_| ()) } => {
            conn.as_mut().graceful_shutdown();
            conn.await
        }
    };
}

/// Answers one HTTP request.
async fn respond(api: &dyn NodeApi, request: Request<Incoming>) -> Response<Full<Bytes>> {
    if request.method() != Method::POST {
        return http_error(StatusCode::METHOD_NOT_ALLOWED);
    }
    let path = request.uri().path().to_owned();
    let body = match Limited::new(request.into_body(), MAX_REQUEST_BYTES)
        .collect()
        .await
    {
        Ok(collected) => collected.to_bytes(),
        Err(_) => return http_error(StatusCode::PAYLOAD_TOO_LARGE),
    };
    match path.as_str() {
        paths::QUERY_ENVELOPES | paths::REPLICATION_QUERY_ENVELOPES => {
            call(&body, |request| api.query_envelopes(request)).await
        }
        paths::GET_SYNC_CURSOR => call(&body, |request| api.get_sync_cursor(request)).await,
        paths::GET_VERSION => call(&body, |request| api.get_version(request)).await,
        other => trailers_only(&Status::new(
            Code::Unimplemented,
            format!("unknown method {other}"),
        )),
    }
}

async fn call<'a, Req, Resp, F>(body: &[u8], handler: F) -> Response<Full<Bytes>>
where
    Req: Message + Default,
    Resp: Message,
    F: FnOnce(Req) -> BoxFuture<'a, Result<Resp, Status>>,
{
    let request = match decode_request::<Req>(body) {
        Ok(request) => request,
        Err(status) => return trailers_only(&status),
    };
    match handler(request).await {
        Ok(response) => ok(&response),
        Err(status) => trailers_only(&status),
    }
}

/// The one message of a unary request body.
fn decode_request<Req: Message + Default>(body: &[u8]) -> Result<Req, Status> {
    let frames = grpc_web::decode_frames(body)
        .map_err(|error| Status::new(Code::InvalidArgument, error.to_string()))?;
    match frames.as_slice() {
        [Frame::Data(message)] => Req::decode(*message)
            .map_err(|error| Status::new(Code::InvalidArgument, error.to_string())),
        _ => Err(Status::new(
            Code::InvalidArgument,
            "a unary request carries exactly one message",
        )),
    }
}

fn grpc_response(body: Vec<u8>) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(body)));
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(grpc_web::CONTENT_TYPE),
    );
    response
}

fn ok(message: &impl Message) -> Response<Full<Bytes>> {
    let status = GrpcStatus {
        code: Code::Ok,
        message: String::new(),
    };
    let frames =
        grpc_web::encode_frame(FLAG_DATA, &message.encode_to_vec()).and_then(|mut body| {
            body.extend(grpc_web::encode_frame(
                FLAG_TRAILER,
                &status.trailer_block(),
            )?);
            Ok(body)
        });
    match frames {
        Ok(body) => grpc_response(body),
        Err(error) => trailers_only(&Status::new(Code::Internal, error.to_string())),
    }
}

/// A failure as headers only: `grpc-status` and `grpc-message`, no body.
fn trailers_only(status: &Status) -> Response<Full<Bytes>> {
    let mut response = grpc_response(Vec::new());
    let headers = response.headers_mut();
    headers.insert(
        grpc_web::GRPC_STATUS,
        HeaderValue::from(status.code.as_u32()),
    );
    // Percent-encoding leaves only printable ASCII, which is always a valid header value.
    if let Ok(message) = HeaderValue::from_str(&grpc_web::percent_encode(&status.message)) {
        headers.insert(grpc_web::GRPC_MESSAGE, message);
    }
    response
}

fn http_error(status: StatusCode) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::new()));
    *response.status_mut() = status;
    response
}
