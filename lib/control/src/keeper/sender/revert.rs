//! Revert decoding: revert data named by the suite's custom errors ([`decode_revert`]).
//!
//! Moved here unchanged from `sender.rs`; the typed decoder that replaces it lives outside the
//! sender.

use std::fmt;

use alloy::{
    dyn_abi::{DynSolType, DynSolValue},
    primitives::Bytes,
    sol_types::{Panic, Revert, SolError, SolInterface},
};

/// A revert decoded by the suite's errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuiteRevert {
    /// The error's name, e.g. `RotationNotDue`; `Error` for a revert string, `Panic` for a
    /// panic, `unknown` for data nothing matches.
    pub name: &'static str,
    /// The first contract of the suite (in a fixed order) declaring the error, e.g.
    /// `NodeSelectionManager`; empty for `Error`, `Panic` and `unknown`. Errors that several
    /// contracts inherit (OpenZeppelin's) are named after the first.
    pub contract: &'static str,
    /// The error's arguments, comma-separated (`1700000000`); the raw data for `unknown`.
    pub details: String,
    /// The revert data.
    pub data: Bytes,
}

impl fmt::Display for SuiteRevert {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}({})", self.name, self.details)
    }
}

/// A decoder for one contract's errors: the error's name and signature if `data` is one of them.
type ErrorDecoder = fn(&[u8]) -> Option<(&'static str, &'static str)>;

macro_rules! suite_errors {
    ($($contract:literal => $errors:ty),* $(,)?) => {
        &[$((
            $contract,
            |data: &[u8]| {
                let selector: [u8; 4] = data.get(..4)?.try_into().ok()?;
                <$errors as SolInterface>::abi_decode(data).ok()?;
                Some((
                    <$errors>::name_by_selector(selector)?,
                    <$errors>::signature_by_selector(selector)?,
                ))
            },
        )),*]
    };
}

/// Every contract's generated error enum, in the order tried: the keeper's targets first.
const SUITE_ERRORS: &[(&str, ErrorDecoder)] = suite_errors!(
    "NodeSelectionManager" => xmtp_bindings::node_selection_manager::NodeSelectionManager::NodeSelectionManagerErrors,
    "RewardDistributor" => xmtp_bindings::reward_distributor::RewardDistributor::RewardDistributorErrors,
    "Automation" => xmtp_bindings::automation::Automation::AutomationErrors,
    "MisbehaviorReports" => xmtp_bindings::misbehavior_reports::MisbehaviorReports::MisbehaviorReportsErrors,
    "NodeEarningsTracker" => xmtp_bindings::node_earnings_tracker::NodeEarningsTracker::NodeEarningsTrackerErrors,
    "XMTPTreasury" => xmtp_bindings::xmtp_treasury::XMTPTreasury::XMTPTreasuryErrors,
    "Payers" => xmtp_bindings::payers::Payers::PayersErrors,
    "Nodes" => xmtp_bindings::nodes::Nodes::NodesErrors,
    "GroupMessages" => xmtp_bindings::group_messages::GroupMessages::GroupMessagesErrors,
    "IdentityUpdates" => xmtp_bindings::identity_updates::IdentityUpdates::IdentityUpdatesErrors,
    "MockUSDC" => xmtp_bindings::mock_usdc::MockUSDC::MockUSDCErrors,
    "MockXMTP" => xmtp_bindings::mock_xmtp::MockXMTP::MockXMTPErrors,
    "MockSwapAdapter" => xmtp_bindings::mock_swap_adapter::MockSwapAdapter::MockSwapAdapterErrors,
);

/// Names revert data: a custom error of the suite (with its arguments), then `Error(string)`,
/// then `Panic(uint256)`; anything else is `unknown`.
pub fn decode_revert(data: &[u8]) -> SuiteRevert {
    let bytes = Bytes::copy_from_slice(data);
    for (contract, decode) in SUITE_ERRORS {
        if let Some((name, signature)) = decode(data) {
            return SuiteRevert {
                name,
                contract,
                details: format_arguments(signature, data),
                data: bytes,
            };
        }
    }
    if let Ok(revert) = Revert::abi_decode(data) {
        return SuiteRevert {
            name: "Error",
            contract: "",
            details: format!("{:?}", revert.reason),
            data: bytes,
        };
    }
    if let Ok(panic) = Panic::abi_decode(data) {
        let details = match panic.kind() {
            Some(kind) => format!("{:#x}: {}", panic.code, kind.as_str()),
            None => format!("{:#x}", panic.code),
        };
        return SuiteRevert {
            name: "Panic",
            contract: "",
            details,
            data: bytes,
        };
    }
    SuiteRevert {
        name: "unknown",
        contract: "",
        details: bytes.to_string(),
        data: bytes,
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::{Address, U256};
    use xmtp_bindings::{
        misbehavior_reports::MisbehaviorReports, node_selection_manager::NodeSelectionManager,
        reward_distributor::RewardDistributor,
    };

    #[test]
    fn names_suite_errors_with_their_arguments() {
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
    fn names_errors_without_arguments_and_with_addresses() {
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
    fn names_revert_strings_panics_and_unknown_data() {
        let data = Revert::from("not allowed").abi_encode();
        let revert = decode_revert(&data);
        assert_eq!((revert.name, revert.contract), ("Error", ""));
        assert_eq!(revert.to_string(), "Error(\"not allowed\")");

        let data = Panic::from(0x11).abi_encode();
        let revert = decode_revert(&data);
        assert_eq!(revert.name, "Panic");
        assert!(revert.details.starts_with("0x11: arithmetic"), "{revert}");

        let revert = decode_revert(&[0xde, 0xad, 0xbe, 0xef, 1]);
        assert_eq!(revert.name, "unknown");
        assert_eq!(revert.to_string(), "unknown(0xdeadbeef01)");
        assert_eq!(decode_revert(&[]).to_string(), "unknown(0x)");
    }
}
