//! Misbehavior evidence: originator envelopes a node signed that prove it equivocated or
//! accepted an invalid payload, encoded, decoded and checked exactly as the contract does.
//!
//! - [`protobuf`] reads and writes protobuf exactly as protobuf-go reads it.
//! - [`envelope`] holds the envelope types, their digests and signing.
//! - [`signature`] judges payer and node signatures as xmtpd's released binaries do.
//! - [`verify`] checks the two rules, failing with the contract's error names.
//! - [`calldata`] builds the calldata of `reportEquivocation` and `reportInvalidPayload`.
//! - [`vectors`] generates the test vectors the contract's tests read from
//!   `test/vectors/evidence.json`; `UPDATE_VECTORS=1 cargo test -p xmtp-control evidence_vectors`
//!   rewrites that file.

pub mod calldata;
pub mod envelope;
pub mod protobuf;
pub mod signature;
pub mod vectors;
pub mod verify;

pub use envelope::{
    originator_digest, payer_digest, PayerEnvelope, SignedOriginatorEnvelope,
    UnsignedOriginatorEnvelope,
};
pub use protobuf::ProtobufError;
pub use signature::{judge, normalize, recover_signer, sign_digest, SignatureError, Verdict};
pub use verify::{
    equivocation_report_id, verify_equivocation, verify_invalid_payload, EquivocationReport,
    EvidenceError, InvalidPayloadReport, SignerRecord, SignerRecords, Violation,
};
