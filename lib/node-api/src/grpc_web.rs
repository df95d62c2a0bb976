//! gRPC-Web framing over HTTP/1.1: length-prefixed frames, the trailer block, and status codes.
//!
//! A body is a sequence of frames: one flag byte, a big-endian `u32` length, the payload. Flag `0x00` is a
//! protobuf message; flag `0x80` is the trailer block, HTTP/1-style header lines carrying `grpc-status` and
//! `grpc-message`. A failure may instead come as a "trailers-only" response: the status in the HTTP headers and no
//! body.

use std::fmt;

/// The flag of a frame that carries one protobuf message.
pub const FLAG_DATA: u8 = 0x00;
/// The flag of the frame that carries the trailers (the high bit set).
pub const FLAG_TRAILER: u8 = 0x80;
/// The bit of a flag that marks a compressed payload (never sent nor accepted here).
pub const FLAG_COMPRESSED: u8 = 0x01;
/// Flag byte and length.
pub const FRAME_HEADER_LEN: usize = 5;
/// The request and response content type.
pub const CONTENT_TYPE: &str = "application/grpc-web+proto";
/// The status header and trailer.
pub const GRPC_STATUS: &str = "grpc-status";
/// The status message header and trailer (percent-encoded).
pub const GRPC_MESSAGE: &str = "grpc-message";

/// Why a gRPC-Web body or trailer block is malformed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FramingError {
    /// The body ends inside a frame header or payload.
    #[error("frame truncated: {needed} bytes announced, {available} left")]
    Truncated {
        /// Bytes the frame needs (header or announced payload).
        needed: usize,
        /// Bytes left in the body.
        available: usize,
    },
    /// A compressed frame or an unknown flag.
    #[error("unsupported frame flag {0:#04x}")]
    UnsupportedFlag(u8),
    /// A frame follows the trailer frame.
    #[error("frame after the trailers")]
    AfterTrailers,
    /// The trailer block is not `name: value` lines.
    #[error("malformed trailer line: {0:?}")]
    TrailerLine(String),
    /// `grpc-status` is not a decimal number.
    #[error("malformed grpc-status: {0:?}")]
    Status(String),
    /// A payload too large for a `u32` length.
    #[error("frame payload of {0} bytes is too large")]
    TooLarge(usize),
}

/// A gRPC status code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum Code {
    /// 0: success.
    Ok = 0,
    /// 1: the caller cancelled.
    Cancelled = 1,
    /// 2: unknown error (also any code outside 0..=16).
    Unknown = 2,
    /// 3: the request is malformed.
    InvalidArgument = 3,
    /// 4: the deadline passed.
    DeadlineExceeded = 4,
    /// 5: not found.
    NotFound = 5,
    /// 6: already exists.
    AlreadyExists = 6,
    /// 7: the caller may not do this.
    PermissionDenied = 7,
    /// 8: out of some resource (quota, rate).
    ResourceExhausted = 8,
    /// 9: the system is not in a state for this.
    FailedPrecondition = 9,
    /// 10: aborted, often by a concurrency conflict.
    Aborted = 10,
    /// 11: past the valid range.
    OutOfRange = 11,
    /// 12: the method is not served.
    Unimplemented = 12,
    /// 13: internal error.
    Internal = 13,
    /// 14: the service is unavailable for now.
    Unavailable = 14,
    /// 15: data lost.
    DataLoss = 15,
    /// 16: no valid credentials.
    Unauthenticated = 16,
}

impl Code {
    const ALL: [Code; 17] = [
        Code::Ok,
        Code::Cancelled,
        Code::Unknown,
        Code::InvalidArgument,
        Code::DeadlineExceeded,
        Code::NotFound,
        Code::AlreadyExists,
        Code::PermissionDenied,
        Code::ResourceExhausted,
        Code::FailedPrecondition,
        Code::Aborted,
        Code::OutOfRange,
        Code::Unimplemented,
        Code::Internal,
        Code::Unavailable,
        Code::DataLoss,
        Code::Unauthenticated,
    ];

    /// The code numbered `value`; gRPC reads a number it does not know as [`Code::Unknown`].
    pub fn from_u32(value: u32) -> Self {
        usize::try_from(value)
            .ok()
            .and_then(|index| Self::ALL.get(index))
            .copied()
            .unwrap_or(Self::Unknown)
    }

    /// The code's number.
    pub fn as_u32(self) -> u32 {
        self as u32
    }

    /// The code's canonical name, e.g. `UNAVAILABLE`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Ok => "OK",
            Self::Cancelled => "CANCELLED",
            Self::Unknown => "UNKNOWN",
            Self::InvalidArgument => "INVALID_ARGUMENT",
            Self::DeadlineExceeded => "DEADLINE_EXCEEDED",
            Self::NotFound => "NOT_FOUND",
            Self::AlreadyExists => "ALREADY_EXISTS",
            Self::PermissionDenied => "PERMISSION_DENIED",
            Self::ResourceExhausted => "RESOURCE_EXHAUSTED",
            Self::FailedPrecondition => "FAILED_PRECONDITION",
            Self::Aborted => "ABORTED",
            Self::OutOfRange => "OUT_OF_RANGE",
            Self::Unimplemented => "UNIMPLEMENTED",
            Self::Internal => "INTERNAL",
            Self::Unavailable => "UNAVAILABLE",
            Self::DataLoss => "DATA_LOSS",
            Self::Unauthenticated => "UNAUTHENTICATED",
        }
    }

    /// The name in lower snake case, e.g. `unavailable`: a metrics label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Ok => "ok",
            Self::Cancelled => "cancelled",
            Self::Unknown => "unknown",
            Self::InvalidArgument => "invalid_argument",
            Self::DeadlineExceeded => "deadline_exceeded",
            Self::NotFound => "not_found",
            Self::AlreadyExists => "already_exists",
            Self::PermissionDenied => "permission_denied",
            Self::ResourceExhausted => "resource_exhausted",
            Self::FailedPrecondition => "failed_precondition",
            Self::Aborted => "aborted",
            Self::OutOfRange => "out_of_range",
            Self::Unimplemented => "unimplemented",
            Self::Internal => "internal",
            Self::Unavailable => "unavailable",
            Self::DataLoss => "data_loss",
            Self::Unauthenticated => "unauthenticated",
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.name(), self.as_u32())
    }
}

/// One frame of a body, borrowing its payload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame<'a> {
    /// A protobuf message.
    Data(&'a [u8]),
    /// The trailer block.
    Trailers(&'a [u8]),
}

/// `flag ‖ u32be(len) ‖ payload`.
pub fn encode_frame(flag: u8, payload: &[u8]) -> Result<Vec<u8>, FramingError> {
    let len = u32::try_from(payload.len()).map_err(|_| FramingError::TooLarge(payload.len()))?;
    let mut frame = Vec::with_capacity(FRAME_HEADER_LEN + payload.len());
    frame.push(flag);
    frame.extend_from_slice(&len.to_be_bytes());
    frame.extend_from_slice(payload);
    Ok(frame)
}

/// `message` encoded as one data frame: a unary request body.
pub fn encode_message(message: &impl prost::Message) -> Result<Vec<u8>, FramingError> {
    encode_frame(FLAG_DATA, &message.encode_to_vec())
}

/// Splits `body` into frames. Compressed or unknown flags, a frame after the trailers, and a truncated frame are
/// errors.
pub fn decode_frames(body: &[u8]) -> Result<Vec<Frame<'_>>, FramingError> {
    let mut frames = Vec::new();
    let mut rest = body;
    let mut trailers_seen = false;
    while !rest.is_empty() {
        let Some((header, after)) = rest.split_first_chunk::<FRAME_HEADER_LEN>() else {
            return Err(FramingError::Truncated {
                needed: FRAME_HEADER_LEN,
                available: rest.len(),
            });
        };
        let [flag, l0, l1, l2, l3] = *header;
        // u32 always fits in usize on the targets we build for; saturate rather than wrap anyway.
        let len = usize::try_from(u32::from_be_bytes([l0, l1, l2, l3])).unwrap_or(usize::MAX);
        if after.len() < len {
            return Err(FramingError::Truncated {
                needed: len,
                available: after.len(),
            });
        }
        let (payload, next) = after.split_at(len);
        if trailers_seen {
            return Err(FramingError::AfterTrailers);
        }
        match flag {
            FLAG_DATA => frames.push(Frame::Data(payload)),
            FLAG_TRAILER => {
                trailers_seen = true;
                frames.push(Frame::Trailers(payload));
            }
            other => return Err(FramingError::UnsupportedFlag(other)),
        }
        rest = next;
    }
    Ok(frames)
}

/// A call's outcome as its trailers state it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrpcStatus {
    /// `grpc-status`.
    pub code: Code,
    /// `grpc-message`, percent-decoded (empty when absent).
    pub message: String,
}

impl GrpcStatus {
    /// The status from `(name, value)` header pairs (names compared case-insensitively); `None` without a
    /// `grpc-status`.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Option<Self>, FramingError> {
        let mut code = None;
        let mut message = String::new();
        for (name, value) in pairs {
            let value = value.trim();
            if name.eq_ignore_ascii_case(GRPC_STATUS) {
                let number = value
                    .parse::<u32>()
                    .map_err(|_| FramingError::Status(value.to_owned()))?;
                code = Some(Code::from_u32(number));
            } else if name.eq_ignore_ascii_case(GRPC_MESSAGE) {
                message = percent_decode(value);
            }
        }
        Ok(code.map(|code| Self { code, message }))
    }

    /// Parses a trailer frame's payload: `name: value` lines separated by CRLF (a bare LF is accepted too).
    pub fn from_trailer_block(block: &[u8]) -> Result<Option<Self>, FramingError> {
        let text = String::from_utf8_lossy(block);
        let mut pairs = Vec::new();
        for line in text.split('\n') {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() {
                continue;
            }
            let (name, value) = line
                .split_once(':')
                .ok_or_else(|| FramingError::TrailerLine(line.to_owned()))?;
            pairs.push((name.trim(), value));
        }
        Self::from_pairs(pairs)
    }

    /// The trailer block stating this status: `grpc-status: N\r\n` and, when there is a message,
    /// `grpc-message: <percent-encoded>\r\n`.
    pub fn trailer_block(&self) -> Vec<u8> {
        let mut block = format!("{GRPC_STATUS}: {}\r\n", self.code.as_u32());
        if !self.message.is_empty() {
            block.push_str(&format!(
                "{GRPC_MESSAGE}: {}\r\n",
                percent_encode(&self.message)
            ));
        }
        block.into_bytes()
    }
}

/// Percent-encodes `message` as gRPC does for `grpc-message`: printable ASCII other than `%` is kept, every other
/// byte of its UTF-8 is `%XX`.
pub fn percent_encode(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    for byte in message.bytes() {
        if (0x20..=0x7e).contains(&byte) && byte != b'%' {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes; a malformed escape is kept as written (gRPC never fails a call over its message), and
/// invalid UTF-8 is replaced.
pub fn percent_decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match (bytes.get(i), bytes.get(i + 1), bytes.get(i + 2)) {
            (Some(b'%'), Some(&high), Some(&low)) => hex(high).zip(hex(low)),
            _ => None,
        };
        match escaped {
            Some((high, low)) => {
                out.push(high << 4 | low);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(digit: u8) -> Option<u8> {
    char::from(digit)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_unknown_numbers_read_as_unknown() {
        for (number, code) in Code::ALL.iter().enumerate() {
            assert_eq!(Code::from_u32(number as u32), *code);
            assert_eq!(code.as_u32(), number as u32);
            assert_eq!(code.label(), code.name().to_ascii_lowercase());
        }
        assert_eq!(Code::from_u32(17), Code::Unknown);
        assert_eq!(Code::from_u32(u32::MAX), Code::Unknown);
        assert_eq!(Code::Unavailable.to_string(), "UNAVAILABLE (14)");
    }

    #[test]
    fn frames_encode_with_a_big_endian_length() {
        assert_eq!(
            encode_frame(FLAG_DATA, b"").expect("frame"),
            [0, 0, 0, 0, 0]
        );
        assert_eq!(
            encode_frame(FLAG_TRAILER, &[7; 258]).expect("frame")[..5],
            [0x80, 0, 0, 1, 2]
        );
    }

    #[test]
    fn decode_frames_splits_data_and_trailers() {
        let mut body = encode_frame(FLAG_DATA, b"abc").expect("frame");
        body.extend(encode_frame(FLAG_DATA, b"").expect("frame"));
        body.extend(encode_frame(FLAG_TRAILER, b"grpc-status: 0\r\n").expect("frame"));
        assert_eq!(
            decode_frames(&body).expect("frames"),
            [
                Frame::Data(b"abc"),
                Frame::Data(b""),
                Frame::Trailers(b"grpc-status: 0\r\n")
            ]
        );
        assert_eq!(decode_frames(&[]).expect("frames"), []);
    }

    #[test]
    fn decode_frames_refuses_malformed_bodies() {
        assert_eq!(
            decode_frames(&[0, 0, 0]),
            Err(FramingError::Truncated {
                needed: 5,
                available: 3
            })
        );
        assert_eq!(
            decode_frames(&[0, 0, 0, 0, 4, 1, 2]),
            Err(FramingError::Truncated {
                needed: 4,
                available: 2
            })
        );
        assert_eq!(
            decode_frames(&[FLAG_COMPRESSED, 0, 0, 0, 0]),
            Err(FramingError::UnsupportedFlag(1))
        );
        let mut body = encode_frame(FLAG_TRAILER, b"grpc-status: 0\r\n").expect("frame");
        body.extend(encode_frame(FLAG_DATA, b"x").expect("frame"));
        assert_eq!(decode_frames(&body), Err(FramingError::AfterTrailers));
    }

    #[test]
    fn trailer_block_round_trips_with_percent_encoding() {
        let status = GrpcStatus {
            code: Code::InvalidArgument,
            message: "topics: 100% unsupported — é\n".to_owned(),
        };
        let block = status.trailer_block();
        let text = String::from_utf8(block.clone()).expect("ascii");
        assert!(text.starts_with(
            "grpc-status: 3\r\ngrpc-message: topics: 100%25 unsupported %E2%80%94 %C3%A9%0A\r\n"
        ));
        assert_eq!(
            GrpcStatus::from_trailer_block(&block).expect("parses"),
            Some(status)
        );
    }

    #[test]
    fn trailer_block_parsing_is_lenient_where_grpc_is() {
        let parsed = GrpcStatus::from_trailer_block(b"Grpc-Status:14\nGRPC-MESSAGE: down%2\n\n")
            .expect("parses")
            .expect("status");
        assert_eq!(parsed.code, Code::Unavailable);
        assert_eq!(parsed.message, "down%2");
        assert_eq!(GrpcStatus::from_trailer_block(b"x-other: 1\r\n"), Ok(None));
        assert!(matches!(
            GrpcStatus::from_trailer_block(b"no colon here\r\n"),
            Err(FramingError::TrailerLine(_))
        ));
        assert!(matches!(
            GrpcStatus::from_trailer_block(b"grpc-status: fourteen\r\n"),
            Err(FramingError::Status(_))
        ));
    }
}
