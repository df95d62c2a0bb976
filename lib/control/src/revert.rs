//! The one revert decoder: revert data read by the suite's errors ([`crate::suite`]), typed.
//!
//! [`decode_revert`] names any refusal: a custom error of the suite (typed as a [`SuiteError`], with its arguments
//! formatted), else `Error(string)`, else `Panic(uint256)`, else `unknown`. The keeper's sender, the governance
//! tooling and the test and demo clients ([`crate::tx`]) all decode through it. "Already done" refusals (another
//! keeper was first) are matched on the typed errors by [`SuiteRevert::already_done`], never by name.
//!
//! A caller that knows which contract it called reads the refusal with that contract's error enum
//! ([`SuiteRevert::errors`], [`Revert`]): an error several contracts inherit is typed as the first contract's in
//! the table, which need not be the one called.

use std::fmt;

use alloy::{
    contract::Error as ContractError,
    dyn_abi::{DynSolType, DynSolValue},
    primitives::Bytes,
    sol_types::{Panic, Revert as RevertString, SolError, SolInterface},
    transports::TransportError,
};
use xmtp_bindings::{
    misbehavior_reports::MisbehaviorReports::MisbehaviorReportsErrors,
    node_selection_manager::NodeSelectionManager::NodeSelectionManagerErrors,
    payers::Payers::PayersErrors, reward_distributor::RewardDistributor::RewardDistributorErrors,
};

pub use crate::suite::SuiteError;

/// A revert decoded by the suite's errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuiteRevert {
    /// The error's name, e.g. `RotationNotDue`; `Error` for a revert string, `Panic` for a
    /// panic, `unknown` for data nothing matches.
    pub name: &'static str,
    /// The first contract of the suite (in table order) declaring the error, e.g.
    /// `NodeSelectionManager`; empty for `Error`, `Panic` and `unknown`. Errors that several
    /// contracts inherit (OpenZeppelin's) are named after the first.
    pub contract: &'static str,
    /// The error's arguments, comma-separated (`1700000000`); the raw data for `unknown`.
    pub details: String,
    /// The revert data.
    pub data: Bytes,
    /// The custom error, typed; `None` for `Error`, `Panic` and `unknown` (boxed: some errors are large, and a
    /// refusal travels inside every send error).
    pub error: Option<Box<SuiteError>>,
}

impl fmt::Display for SuiteRevert {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}({})", self.name, self.details)
    }
}

/// A refusal that means the work is already done (by another keeper, or by an earlier attempt of ours).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlreadyDone {
    /// `NodeSelectionManager.RotationNotDue`: the epoch was rotated.
    RotationNotDue,
    /// `NothingToForward` (`Payers` and `RewardDistributor` both declare it): the fees or excess were forwarded.
    NothingToForward,
    /// `RewardDistributor.PayoutNotDue`: the payout batch ran.
    PayoutNotDue,
    /// `MisbehaviorReports.SequenceAlreadyReported`: the misbehavior was reported.
    SequenceAlreadyReported,
    /// `MisbehaviorReports.AlreadyCommitted`: the report's commitment is on chain.
    AlreadyCommitted,
}

impl SuiteRevert {
    /// Decodes `data`; see [`decode_revert`].
    pub fn decode(data: &[u8]) -> Self {
        decode_revert(data)
    }

    /// The refusal read as the errors `E` of the contract the caller called, e.g. `PayersErrors`.
    pub fn errors<E: SolInterface>(&self) -> Option<E> {
        E::abi_decode(&self.data).ok()
    }

    /// Which "already done" refusal this is, if any, matched on the typed error.
    pub fn already_done(&self) -> Option<AlreadyDone> {
        use SuiteError as S;
        Some(match &**self.error.as_ref()? {
            S::NodeSelectionManager(NodeSelectionManagerErrors::RotationNotDue(_)) => {
                AlreadyDone::RotationNotDue
            }
            S::Payers(PayersErrors::NothingToForward(_))
            | S::RewardDistributor(RewardDistributorErrors::NothingToForward(_)) => {
                AlreadyDone::NothingToForward
            }
            S::RewardDistributor(RewardDistributorErrors::PayoutNotDue(_)) => {
                AlreadyDone::PayoutNotDue
            }
            S::MisbehaviorReports(MisbehaviorReportsErrors::SequenceAlreadyReported(_)) => {
                AlreadyDone::SequenceAlreadyReported
            }
            S::MisbehaviorReports(MisbehaviorReportsErrors::AlreadyCommitted(_)) => {
                AlreadyDone::AlreadyCommitted
            }
            _ => return None,
        })
    }
}

/// Names revert data: a custom error of the suite (with its arguments), then `Error(string)`,
/// then `Panic(uint256)`; anything else is `unknown`.
pub fn decode_revert(data: &[u8]) -> SuiteRevert {
    let bytes = Bytes::copy_from_slice(data);
    if let Some(error) = SuiteError::decode(data) {
        return SuiteRevert {
            name: error.name(),
            contract: error.contract(),
            details: format_arguments(error.signature(), data),
            data: bytes,
            error: Some(Box::new(error)),
        };
    }
    let (name, details) = if let Ok(revert) = RevertString::abi_decode(data) {
        ("Error", format!("{:?}", revert.reason))
    } else if let Ok(panic) = Panic::abi_decode(data) {
        let details = match panic.kind() {
            Some(kind) => format!("{:#x}: {}", panic.code, kind.as_str()),
            None => format!("{:#x}", panic.code),
        };
        ("Panic", details)
    } else {
        ("unknown", bytes.to_string())
    };
    SuiteRevert {
        name,
        contract: "",
        details,
        data: bytes,
        error: None,
    }
}

/// The revert data in a JSON-RPC error, if it is a revert (empty for a bare `revert()`).
pub fn revert_data(error: &TransportError) -> Option<Bytes> {
    let payload = error.as_error_resp()?;
    if !payload.message.to_ascii_lowercase().contains("revert") {
        return None;
    }
    Some(payload.as_revert_data().unwrap_or_default())
}

/// The revert data behind a contract call's `error`, if it is a revert that carries any: a bare
/// `revert()` names nothing worth decoding.
pub fn call_revert_data(error: &ContractError) -> Option<Bytes> {
    error.as_revert_data().filter(|data| !data.is_empty())
}

/// The arguments of an error with `signature` (`Name(type,…)`), decoded from `data`.
fn format_arguments(signature: &str, data: &[u8]) -> String {
    let params = signature.find('(').map_or("()", |at| &signature[at..]);
    let decoded = DynSolType::parse(params)
        .ok()
        .and_then(|ty| ty.abi_decode_params(data.get(4..)?).ok());
    match decoded {
        Some(DynSolValue::Tuple(values)) => values
            .iter()
            .map(format_value)
            .collect::<Vec<_>>()
            .join(", "),
        Some(value) => format_value(&value),
        None => Bytes::copy_from_slice(data.get(4..).unwrap_or_default()).to_string(),
    }
}

fn format_value(value: &DynSolValue) -> String {
    let list = |values: &[DynSolValue], open: &str, close: &str| {
        let inner: Vec<String> = values.iter().map(format_value).collect();
        format!("{open}{}{close}", inner.join(", "))
    };
    match value {
        DynSolValue::Bool(b) => b.to_string(),
        DynSolValue::Int(i, _) => i.to_string(),
        DynSolValue::Uint(u, _) => u.to_string(),
        DynSolValue::FixedBytes(word, size) => {
            Bytes::copy_from_slice(&word[..(*size).min(32)]).to_string()
        }
        DynSolValue::Address(address) => address.to_string(),
        DynSolValue::Bytes(bytes) => Bytes::copy_from_slice(bytes).to_string(),
        DynSolValue::String(s) => format!("{s:?}"),
        DynSolValue::Array(values) | DynSolValue::FixedArray(values) => list(values, "[", "]"),
        DynSolValue::Tuple(values) => list(values, "(", ")"),
        other => format!("{other:?}"),
    }
}

/// A refusal read as the errors `E` of the contract called (e.g. `PayersErrors`), for the test and demo clients
/// that match on one contract's errors; built from the one decoder's [`SuiteRevert`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Revert<E> {
    /// One of the contract's custom errors, with its fields.
    Known(E),
    /// Revert data that matches none of the contract's errors.
    Unknown(Bytes),
}

impl<E: SolInterface> Revert<E> {
    /// Decodes revert data with the contract's errors.
    pub fn decode(data: Bytes) -> Self {
        decode_revert(&data).into()
    }
}

impl<E: SolInterface> From<SuiteRevert> for Revert<E> {
    fn from(revert: SuiteRevert) -> Self {
        match revert.errors::<E>() {
            Some(error) => Self::Known(error),
            None => Self::Unknown(revert.data),
        }
    }
}

impl<E: ContractErrors> Revert<E> {
    /// The Solidity error's name, e.g. `InsufficientSignatures`.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Known(error) => error.error_name(),
            Self::Unknown(_) => "unknown error",
        }
    }
}

impl<E: ContractErrors> fmt::Display for Revert<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Known(error) => write!(f, "{}: {error:?}", error.error_name()),
            Self::Unknown(data) => write!(f, "unrecognised revert data {data}"),
        }
    }
}

/// A generated error enum that can name its variants, by the suite table ([`crate::suite::name_by_selector`]).
pub trait ContractErrors: SolInterface + fmt::Debug {
    /// The Solidity name of this error.
    fn error_name(&self) -> &'static str {
        crate::suite::name_by_selector(self.selector()).unwrap_or("unnamed error")
    }
}

impl<E: SolInterface + fmt::Debug> ContractErrors for E {}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::{Address, U256};
    use xmtp_bindings::{
        misbehavior_reports::MisbehaviorReports, node_selection_manager::NodeSelectionManager,
        payers::Payers, reward_distributor::RewardDistributor,
    };

    #[test]
    fn test_decode_revert_names_suite_errors_with_their_arguments() {
        let data = NodeSelectionManager::RotationNotDue {
            nextRotationAt: U256::from(1_700_000_000u64),
        }
        .abi_encode();
        let revert = decode_revert(&data);
        assert_eq!(revert.name, "RotationNotDue");
        assert_eq!(revert.contract, "NodeSelectionManager");
        assert_eq!(revert.to_string(), "RotationNotDue(1700000000)");
        assert_eq!(revert.data.as_ref(), data.as_slice());

        let data = RewardDistributor::PayoutNotDue {
            nextPayoutAt: U256::from(5),
        }
        .abi_encode();
        assert_eq!(decode_revert(&data).to_string(), "PayoutNotDue(5)");

        let data = MisbehaviorReports::SequenceAlreadyReported {
            nodeId: 100,
            sequenceId: 7,
        }
        .abi_encode();
        let revert = decode_revert(&data);
        assert_eq!(
            (revert.name, revert.contract),
            ("SequenceAlreadyReported", "MisbehaviorReports")
        );
        assert_eq!(revert.details, "100, 7");
    }

    #[test]
    fn test_decode_revert_names_errors_without_arguments_and_with_addresses() {
        let data = RewardDistributor::NothingToForward.abi_encode();
        let revert = decode_revert(&data);
        assert_eq!(revert.to_string(), "NothingToForward()");

        let account = Address::repeat_byte(0x11);
        let data = NodeSelectionManager::AccessControlUnauthorizedAccount {
            account,
            neededRole: [0xab; 32].into(),
        }
        .abi_encode();
        let revert = decode_revert(&data);
        assert_eq!(revert.name, "AccessControlUnauthorizedAccount");
        assert!(revert.details.starts_with(&account.to_string()), "{revert}");
        assert!(
            revert.details.ends_with(&format!("0x{}", "ab".repeat(32))),
            "{revert}"
        );
    }

    #[test]
    fn test_decode_revert_names_revert_strings_panics_and_unknown_data() {
        let data = RevertString::from("not allowed").abi_encode();
        let revert = decode_revert(&data);
        assert_eq!((revert.name, revert.contract), ("Error", ""));
        assert_eq!(revert.to_string(), "Error(\"not allowed\")");
        assert_eq!(revert.error, None);

        let data = Panic::from(0x11).abi_encode();
        let revert = decode_revert(&data);
        assert_eq!(revert.name, "Panic");
        assert!(revert.details.starts_with("0x11: arithmetic"), "{revert}");

        let revert = decode_revert(&[0xde, 0xad, 0xbe, 0xef, 1]);
        assert_eq!(revert.name, "unknown");
        assert_eq!(revert.to_string(), "unknown(0xdeadbeef01)");
        assert_eq!(decode_revert(&[]).to_string(), "unknown(0x)");
    }

    /// Each "already done" refusal is recognised by its typed error, whichever contract declaring it raised it.
    #[test]
    fn test_already_done_matches_typed_errors_only() {
        let done = |data: Vec<u8>| decode_revert(&data).already_done();
        assert_eq!(
            done(
                NodeSelectionManager::RotationNotDue {
                    nextRotationAt: U256::from(1)
                }
                .abi_encode()
            ),
            Some(AlreadyDone::RotationNotDue)
        );
        assert_eq!(
            done(RewardDistributor::NothingToForward.abi_encode()),
            Some(AlreadyDone::NothingToForward)
        );
        assert_eq!(
            done(Payers::NothingToForward.abi_encode()),
            Some(AlreadyDone::NothingToForward)
        );
        assert_eq!(
            done(
                RewardDistributor::PayoutNotDue {
                    nextPayoutAt: U256::from(1)
                }
                .abi_encode()
            ),
            Some(AlreadyDone::PayoutNotDue)
        );
        assert_eq!(
            done(
                MisbehaviorReports::SequenceAlreadyReported {
                    nodeId: 1,
                    sequenceId: 2
                }
                .abi_encode()
            ),
            Some(AlreadyDone::SequenceAlreadyReported)
        );
        assert_eq!(
            done(RevertString::from("RotationNotDue").abi_encode()),
            None
        );
        assert_eq!(
            done(
                MisbehaviorReports::AlreadyCommitted {
                    commitment: [2; 32].into(),
                    blockNumber: U256::from(3),
                }
                .abi_encode()
            ),
            Some(AlreadyDone::AlreadyCommitted)
        );
        assert_eq!(done(RewardDistributor::ZeroAddress.abi_encode()), None);
    }

    #[test]
    fn test_revert_reads_a_known_error_with_its_fields_and_name() {
        let data = Payers::PayersErrors::InsufficientSignatures(Payers::InsufficientSignatures {
            valid: U256::from(2),
            required: U256::from(4),
        })
        .abi_encode();
        let revert = Revert::<Payers::PayersErrors>::decode(data.into());
        assert_eq!(revert.name(), "InsufficientSignatures");
        assert!(matches!(
            revert,
            Revert::Known(Payers::PayersErrors::InsufficientSignatures(ref e)) if e.required == U256::from(4)
        ));
    }

    /// An inherited error is typed as the table's first contract, yet reads as the called contract's.
    #[test]
    fn test_revert_reads_an_inherited_error_as_the_called_contracts() {
        let data = RewardDistributor::NothingToForward.abi_encode();
        assert_eq!(decode_revert(&data).contract, "Payers");
        let revert = Revert::<RewardDistributor::RewardDistributorErrors>::decode(data.into());
        assert!(matches!(
            revert,
            Revert::Known(RewardDistributor::RewardDistributorErrors::NothingToForward(_))
        ));
    }

    #[test]
    fn test_revert_keeps_unknown_data() {
        let revert = Revert::<Payers::PayersErrors>::decode(Bytes::from_static(&[1, 2, 3, 4]));
        assert_eq!(revert.name(), "unknown error");
        assert!(revert.to_string().contains("0x01020304"));
    }
}
