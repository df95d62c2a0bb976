//! The suite's contracts, in one table: each contract's name in the deployment record, its bindings' error enum
//! (how a refusal is decoded), whether it sits behind an upgradeable proxy (and so has a storage-layout snapshot),
//! and whether the keeper drives it (a deployment record without it is refused).
//!
//! Everything that lists the contracts reads this table: the record's names ([`crate::deployments`] re-exports
//! them), revert decoding ([`SuiteError`], [`crate::revert`]), the storage-layout checker ([`UPGRADEABLE`]) and the
//! keeper's configuration ([`KEEPER_REQUIRED`]). The test doubles that `make bindings` also binds ([`MOCKS`]) are
//! decoded but are not part of the suite. A test checks the table against the Makefile's `BIND_SELECT`; the
//! Solidity side's one list is `DeploySuite.names()`.

use alloy::sol_types::SolInterface;

/// One contract of the suite.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Contract {
    /// Its name in the deployment record and in `make bindings`, e.g. `NodeSelectionManager`.
    pub name: &'static str,
    /// Whether it is deployed behind an ERC-1967 proxy (with a `<Name>StorageLayout` probe and a layout snapshot).
    pub upgradeable: bool,
    /// Whether the keeper drives it: the keeper refuses a deployment record without it.
    pub keeper: bool,
}

macro_rules! suite {
    (
        contracts {
            $($variant:ident, $constant:ident = $name:literal, $errors:ty, upgradeable: $upgradeable:literal, keeper: $keeper:literal;)*
        }
        mocks {
            $($mock:ident = $mock_name:literal, $mock_errors:ty;)*
        }
    ) => {
        $(
            #[doc = concat!("The record's name of `", $name, "`.")]
            pub const $constant: &str = $name;
        )*

        /// The suite's contracts, in the order a refusal is decoded (alphabetical).
        pub const CONTRACTS: &[Contract] = &[$(Contract {
            name: $name,
            upgradeable: $upgradeable,
            keeper: $keeper,
        }),*];

        /// The test doubles `make bindings` binds besides the suite: their errors are decoded, nothing else.
        pub const MOCKS: &[&str] = &[$($mock_name),*];

        /// A custom error of a suite contract (or test double), decoded by that contract's bindings.
        ///
        /// Errors several contracts declare (OpenZeppelin's, `IErrors`') are read as the first contract's in
        /// [`CONTRACTS`]; a caller that knows which contract it called reads the revert with that contract's enum
        /// instead ([`crate::revert::SuiteRevert::errors`]).
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum SuiteError {
            $(
                #[doc = concat!("An error of `", $name, "`.")]
                $variant($errors),
            )*
            $(
                #[doc = concat!("An error of the test double `", $mock_name, "`.")]
                $mock($mock_errors),
            )*
        }

        impl SuiteError {
            /// `data` as a custom error of the first contract (table order, then the test doubles) that declares
            /// its selector and whose fields decode; `None` if none does.
            pub fn decode(data: &[u8]) -> Option<Self> {
                $(
                    if let Ok(error) = <$errors as SolInterface>::abi_decode(data) {
                        return Some(Self::$variant(error));
                    }
                )*
                $(
                    if let Ok(error) = <$mock_errors as SolInterface>::abi_decode(data) {
                        return Some(Self::$mock(error));
                    }
                )*
                None
            }

            /// The record's name of the contract the error was read as, e.g. `NodeSelectionManager`.
            pub fn contract(&self) -> &'static str {
                match self {
                    $(Self::$variant(_) => $name,)*
                    $(Self::$mock(_) => $mock_name,)*
                }
            }

            /// The Solidity signature of the error, e.g. `RotationNotDue(uint256)`.
            pub fn signature(&self) -> &'static str {
                match self {
                    $(Self::$variant(error) => <$errors>::signature_by_selector(error.selector()),)*
                    $(Self::$mock(error) => <$mock_errors>::signature_by_selector(error.selector()),)*
                }
                .unwrap_or("unnamed()")
            }

            /// The error's name, e.g. `RotationNotDue`.
            pub fn name(&self) -> &'static str {
                name_by_selector(self.selector()).unwrap_or("unnamed error")
            }

            /// The error's 4-byte selector.
            pub fn selector(&self) -> [u8; 4] {
                match self {
                    $(Self::$variant(error) => error.selector(),)*
                    $(Self::$mock(error) => error.selector(),)*
                }
            }
        }

        /// The name of the suite's custom error with `selector`, from any contract that declares it.
        pub fn name_by_selector(selector: [u8; 4]) -> Option<&'static str> {
            None
                $(.or_else(|| <$errors>::name_by_selector(selector)))*
                $(.or_else(|| <$mock_errors>::name_by_selector(selector)))*
        }
    };
}

suite! {
    contracts {
        Automation, AUTOMATION = "Automation",
            xmtp_bindings::automation::Automation::AutomationErrors, upgradeable: true, keeper: true;
        Delegation, DELEGATION = "Delegation",
            xmtp_bindings::delegation::Delegation::DelegationErrors, upgradeable: true, keeper: true;
        GroupMessages, GROUP_MESSAGES = "GroupMessages",
            xmtp_bindings::group_messages::GroupMessages::GroupMessagesErrors, upgradeable: true, keeper: false;
        IdentityUpdates, IDENTITY_UPDATES = "IdentityUpdates",
            xmtp_bindings::identity_updates::IdentityUpdates::IdentityUpdatesErrors, upgradeable: true, keeper: false;
        MisbehaviorReports, MISBEHAVIOR_REPORTS = "MisbehaviorReports",
            xmtp_bindings::misbehavior_reports::MisbehaviorReports::MisbehaviorReportsErrors, upgradeable: true, keeper: true;
        NodeEarningsTracker, NODE_EARNINGS_TRACKER = "NodeEarningsTracker",
            xmtp_bindings::node_earnings_tracker::NodeEarningsTracker::NodeEarningsTrackerErrors, upgradeable: true, keeper: false;
        NodeSelectionManager, NODE_SELECTION_MANAGER = "NodeSelectionManager",
            xmtp_bindings::node_selection_manager::NodeSelectionManager::NodeSelectionManagerErrors, upgradeable: true, keeper: true;
        Nodes, NODES = "Nodes",
            xmtp_bindings::nodes::Nodes::NodesErrors, upgradeable: true, keeper: true;
        Payers, PAYERS = "Payers",
            xmtp_bindings::payers::Payers::PayersErrors, upgradeable: true, keeper: true;
        RewardDistributor, REWARD_DISTRIBUTOR = "RewardDistributor",
            xmtp_bindings::reward_distributor::RewardDistributor::RewardDistributorErrors, upgradeable: true, keeper: true;
        XMTPTreasury, XMTP_TREASURY = "XMTPTreasury",
            xmtp_bindings::xmtp_treasury::XMTPTreasury::XMTPTreasuryErrors, upgradeable: true, keeper: false;
    }
    mocks {
        MockUSDC = "MockUSDC", xmtp_bindings::mock_usdc::MockUSDC::MockUSDCErrors;
        MockXMTP = "MockXMTP", xmtp_bindings::mock_xmtp::MockXMTP::MockXMTPErrors;
        MockSwapAdapter = "MockSwapAdapter", xmtp_bindings::mock_swap_adapter::MockSwapAdapter::MockSwapAdapterErrors;
    }
}

/// A yes-or-no column of the table.
#[derive(Clone, Copy)]
enum Column {
    Upgradeable,
    Keeper,
}

const fn picked(contract: &Contract, column: Column) -> bool {
    match column {
        Column::Upgradeable => contract.upgradeable,
        Column::Keeper => contract.keeper,
    }
}

/// How many contracts of the table have `column`.
const fn count(column: Column) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < CONTRACTS.len() {
        if picked(&CONTRACTS[i], column) {
            n += 1;
        }
        i += 1;
    }
    n
}

/// The names of the contracts that have `column`, in table order.
const fn names<const N: usize>(column: Column) -> [&'static str; N] {
    let mut out = [""; N];
    let (mut i, mut j) = (0, 0);
    while i < CONTRACTS.len() {
        if picked(&CONTRACTS[i], column) {
            out[j] = CONTRACTS[i].name;
            j += 1;
        }
        i += 1;
    }
    out
}

/// The upgradeable contracts, each with a probe `<Name>StorageLayout` and a committed layout snapshot.
pub const UPGRADEABLE: [&str; count(Column::Upgradeable)] = names(Column::Upgradeable);

/// The contracts the keeper drives; a deployment record without one of them is refused.
pub const KEEPER_REQUIRED: [&str; count(Column::Keeper)] = names(Column::Keeper);

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    /// The Makefile's `BIND_SELECT` (what `make bindings` binds) is exactly the table and its test doubles.
    #[test]
    fn test_table_matches_the_makefiles_bind_list() {
        let makefile = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../Makefile");
        let text = std::fs::read_to_string(&makefile).unwrap();
        let line = text
            .lines()
            .find_map(|line| line.strip_prefix("BIND_SELECT := "))
            .expect("the Makefile defines BIND_SELECT");
        let list = line
            .strip_prefix("^(")
            .and_then(|rest| rest.strip_suffix(")$$"))
            .unwrap_or_else(|| panic!("BIND_SELECT is not ^(A|B|…)$$: {line}"));
        let bound: BTreeSet<&str> = list.split('|').collect();
        let mocks: BTreeSet<&str> = MOCKS.iter().copied().collect();
        let table: BTreeSet<&str> = CONTRACTS.iter().map(|c| c.name).collect();
        assert_eq!(table.len(), CONTRACTS.len(), "a contract is listed twice");
        assert!(mocks.is_subset(&bound), "{mocks:?} not all in {bound:?}");
        assert_eq!(
            bound.difference(&mocks).copied().collect::<BTreeSet<_>>(),
            table
        );
    }

    #[test]
    fn test_filtered_lists_follow_the_table() {
        assert_eq!(UPGRADEABLE.len(), 11);
        assert_eq!(
            KEEPER_REQUIRED,
            [
                AUTOMATION,
                DELEGATION,
                MISBEHAVIOR_REPORTS,
                NODE_SELECTION_MANAGER,
                NODES,
                PAYERS,
                REWARD_DISTRIBUTOR
            ]
        );
        let mut sorted = CONTRACTS.to_vec();
        sorted.sort_by_key(|c| c.name);
        assert_eq!(sorted, CONTRACTS, "the table is kept in alphabetical order");
    }
}
