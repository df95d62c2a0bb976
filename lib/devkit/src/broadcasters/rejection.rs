//! Why a broadcaster refused a publish, decoded from the revert data by the bindings.

use std::fmt;

use alloy::{
    primitives::{Bytes, U256},
    sol_types::SolInterface,
};
use xmtp_bindings::{
    group_messages::GroupMessages::GroupMessagesErrors,
    identity_updates::IdentityUpdates::IdentityUpdatesErrors,
};

use crate::tx::{ContractErrors, Revert};

/// A broadcaster's custom error, shared by both contracts (they revert with the same set).
///
/// The errors a publisher can act on get their own variant; the rest (access control, upgrade
/// plumbing) are kept by name with their decoded fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejection {
    /// The payload is shorter or longer than the contract accepts.
    PayloadSizeOutOfBounds {
        /// The payload's length in bytes.
        size: U256,
        /// The smallest accepted length.
        min_size: U256,
        /// The largest accepted length.
        max_size: U256,
    },
    /// A batch's id and payload arrays differ in length.
    ArrayLengthMismatch {
        /// Number of ids.
        ids_length: U256,
        /// Number of payloads.
        payloads_length: U256,
    },
    /// A batch was empty.
    EmptyBatch,
    /// The contract is paused.
    EnforcedPause,
    /// Another custom error of the contract.
    Other {
        /// The Solidity error's name.
        name: &'static str,
        /// The decoded error, as debug text.
        detail: String,
    },
    /// Revert data that matches none of the contract's errors.
    Undecoded {
        /// The raw revert data.
        data: Bytes,
    },
}

impl Rejection {
    /// The Solidity error's name, e.g. `PayloadSizeOutOfBounds`.
    pub fn name(&self) -> &'static str {
        match self {
            Self::PayloadSizeOutOfBounds { .. } => "PayloadSizeOutOfBounds",
            Self::ArrayLengthMismatch { .. } => "ArrayLengthMismatch",
            Self::EmptyBatch => "EmptyBatch",
            Self::EnforcedPause => "EnforcedPause",
            Self::Other { name, .. } => name,
            Self::Undecoded { .. } => "unknown error",
        }
    }
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::PayloadSizeOutOfBounds {
                size,
                min_size,
                max_size,
            } => write!(
                f,
                "PayloadSizeOutOfBounds: payload is {size} bytes, accepted {min_size}..={max_size}"
            ),
            Self::ArrayLengthMismatch {
                ids_length,
                payloads_length,
            } => write!(
                f,
                "ArrayLengthMismatch: {ids_length} ids but {payloads_length} payloads"
            ),
            Self::EmptyBatch => f.write_str("EmptyBatch: the batch has no entries"),
            Self::EnforcedPause => f.write_str("EnforcedPause: the contract is paused"),
            Self::Other { detail, .. } => f.write_str(detail),
            Self::Undecoded { data } => write!(f, "unrecognised revert data {data}"),
        }
    }
}

/// Maps the variants both generated error enums share; they are distinct types with identical
/// shapes, so one macro keeps the two conversions from drifting apart.
macro_rules! rejection_from {
    ($errors:ty) => {
        impl From<$errors> for Rejection {
            fn from(error: $errors) -> Self {
                type E = $errors;
                match error {
                    E::PayloadSizeOutOfBounds(e) => Self::PayloadSizeOutOfBounds {
                        size: e.size,
                        min_size: e.minSize,
                        max_size: e.maxSize,
                    },
                    E::ArrayLengthMismatch(e) => Self::ArrayLengthMismatch {
                        ids_length: e.idsLength,
                        payloads_length: e.payloadsLength,
                    },
                    E::EmptyBatch(_) => Self::EmptyBatch,
                    E::EnforcedPause(_) => Self::EnforcedPause,
                    other => Self::Other {
                        name: other.error_name(),
                        detail: format!("{other:?}"),
                    },
                }
            }
        }
    };
}

rejection_from!(IdentityUpdatesErrors);
rejection_from!(GroupMessagesErrors);

impl<E> From<Revert<E>> for Rejection
where
    E: SolInterface + Into<Rejection>,
{
    fn from(revert: Revert<E>) -> Self {
        match revert {
            Revert::Known(error) => error.into(),
            Revert::Unknown(data) => Self::Undecoded { data },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use xmtp_bindings::identity_updates::IdentityUpdates;

    #[test]
    fn decodes_payload_size_out_of_bounds_from_revert_data() {
        let error = IdentityUpdatesErrors::PayloadSizeOutOfBounds(
            IdentityUpdates::PayloadSizeOutOfBounds {
                size: U256::ZERO,
                minSize: U256::from(1),
                maxSize: U256::from(262_144),
            },
        );
        let data = error.abi_encode();
        let decoded = IdentityUpdatesErrors::abi_decode(&data).unwrap();
        let rejection = Rejection::from(decoded);
        assert_eq!(
            rejection,
            Rejection::PayloadSizeOutOfBounds {
                size: U256::ZERO,
                min_size: U256::from(1),
                max_size: U256::from(262_144),
            }
        );
        assert_eq!(rejection.name(), "PayloadSizeOutOfBounds");
        assert!(rejection.to_string().contains("1..=262144"));
    }

    #[test]
    fn other_errors_keep_their_name() {
        let error = IdentityUpdatesErrors::ZeroAddress(IdentityUpdates::ZeroAddress);
        let rejection = Rejection::from(error);
        assert_eq!(rejection.name(), "ZeroAddress");
    }
}
