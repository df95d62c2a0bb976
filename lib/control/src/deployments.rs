//! The deployment record written by `script/Deploy.s.sol`. Its contracts' names are the suite table's
//! ([`crate::suite`]), re-exported here.
//!
//! ```json
//! {"chainId": 31337, "tokens": {"USDC": "0x…", "XMTP": "0x…"},
//!  "contracts": {"IdentityUpdates": {"proxy": "0x…", "implementation": "0x…"}, …}}
//! ```

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
};

use alloy::primitives::Address;
use serde::{Deserialize, Serialize};

pub use crate::suite::{
    AUTOMATION, DELEGATION, GROUP_MESSAGES, IDENTITY_UPDATES, MISBEHAVIOR_REPORTS, NODES,
    NODE_EARNINGS_TRACKER, NODE_SELECTION_MANAGER, PAYERS, REWARD_DISTRIBUTOR, XMTP_TREASURY,
};

/// The record's name of the fee token.
pub const USDC: &str = "USDC";

/// The record's name of the XMTP token.
pub const XMTP: &str = "XMTP";

/// Why a deployment record could not be read or lacks what was asked for.
#[derive(Debug, thiserror::Error)]
pub enum DeploymentsError {
    /// The file could not be read.
    #[error("cannot read deployments file {}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O failure.
        #[source]
        source: std::io::Error,
    },
    /// The text is not a valid deployment record.
    #[error("invalid deployments record in {origin}")]
    Parse {
        /// Where the text came from.
        origin: String,
        /// The JSON failure.
        #[source]
        source: serde_json::Error,
    },
    /// The record does not list the requested contract.
    #[error("no `{name}` contract in {origin} (it lists: {})", available.join(", "))]
    MissingContract {
        /// The contract asked for.
        name: String,
        /// Where the record came from.
        origin: String,
        /// The contracts the record does list.
        available: Vec<String>,
    },
    /// The record does not list the requested token.
    #[error("no `{name}` token in {origin} (it lists: {})", available.join(", "))]
    MissingToken {
        /// The token asked for.
        name: String,
        /// Where the record came from.
        origin: String,
        /// The tokens the record does list.
        available: Vec<String>,
    },
}

/// The addresses of one upgradeable contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContractDeployment {
    /// The ERC-1967 proxy: the address to call.
    pub proxy: Address,
    /// The implementation behind the proxy.
    pub implementation: Address,
}

/// A deployment record: the chain and the contracts deployed on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Deployments {
    /// The chain the contracts live on.
    pub chain_id: u64,
    /// The contracts by name (e.g. [`IDENTITY_UPDATES`]).
    pub contracts: BTreeMap<String, ContractDeployment>,
    /// The tokens the suite uses, by symbol (e.g. [`USDC`]); older records have none.
    #[serde(default)]
    pub tokens: BTreeMap<String, Address>,
    /// Where the record came from, so that errors can point at it.
    #[serde(skip)]
    origin: String,
}

impl Deployments {
    /// Parses a record; `origin` describes where `json` came from, for error messages.
    pub fn from_json(json: &str, origin: impl Into<String>) -> Result<Self, DeploymentsError> {
        let origin = origin.into();
        let mut parsed: Self =
            serde_json::from_str(json).map_err(|source| DeploymentsError::Parse {
                origin: origin.clone(),
                source,
            })?;
        parsed.origin = origin;
        Ok(parsed)
    }

    /// Where the record came from: a file path or a description.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The record's entry for contract `name`.
    pub fn contract(&self, name: &str) -> Result<&ContractDeployment, DeploymentsError> {
        self.contracts
            .get(name)
            .ok_or_else(|| DeploymentsError::MissingContract {
                name: name.to_owned(),
                origin: self.origin.clone(),
                available: self.contracts.keys().cloned().collect(),
            })
    }

    /// The proxy address of contract `name`, the address clients call.
    pub fn proxy(&self, name: &str) -> Result<Address, DeploymentsError> {
        self.contract(name).map(|c| c.proxy)
    }

    /// The address of token `name` (e.g. [`USDC`]).
    pub fn token(&self, name: &str) -> Result<Address, DeploymentsError> {
        self.tokens
            .get(name)
            .copied()
            .ok_or_else(|| DeploymentsError::MissingToken {
                name: name.to_owned(),
                origin: self.origin.clone(),
                available: self.tokens.keys().cloned().collect(),
            })
    }
}

/// Reads the deployment record at `path`.
pub fn load(path: impl AsRef<Path>) -> Result<Deployments, DeploymentsError> {
    let path = path.as_ref();
    let json = std::fs::read_to_string(path).map_err(|source| DeploymentsError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    Deployments::from_json(&json, path.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::address;

    const RECORD: &str = r#"{
      "chainId": 31337,
      "tokens": {
        "USDC": "0x5FbDB2315678afecb367f032d93F642f64180aa3",
        "XMTP": "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"
      },
      "contracts": {
        "GroupMessages": {
          "implementation": "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0",
          "proxy": "0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9"
        },
        "IdentityUpdates": {
          "implementation": "0x5FbDB2315678afecb367f032d93F642f64180aa3",
          "proxy": "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"
        }
      }
    }"#;

    #[test]
    fn parses_the_deploy_scripts_record() {
        let d = Deployments::from_json(RECORD, "test record").unwrap();
        assert_eq!(d.chain_id, 31337);
        assert_eq!(d.origin(), "test record");
        assert_eq!(
            d.proxy(IDENTITY_UPDATES).unwrap(),
            address!("e7f1725E7734CE288F8367e1Bb143E90bb3F0512")
        );
        assert_eq!(
            d.contract(GROUP_MESSAGES).unwrap().implementation,
            address!("9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0")
        );
    }

    #[test]
    fn reads_tokens_and_names_a_missing_one() {
        let d = Deployments::from_json(RECORD, "test record").unwrap();
        assert_eq!(
            d.token(USDC).unwrap(),
            address!("5FbDB2315678afecb367f032d93F642f64180aa3")
        );
        let msg = d.token("DAI").unwrap_err().to_string();
        assert!(msg.contains("DAI") && msg.contains("USDC, XMTP"), "{msg}");
    }

    #[test]
    fn missing_contract_names_contract_and_file() {
        let json = r#"{"chainId": 1, "contracts": {"IdentityUpdates": {
            "proxy": "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
            "implementation": "0x5FbDB2315678afecb367f032d93F642f64180aa3"}}}"#;
        let d = Deployments::from_json(json, "deployments/1.json").unwrap();
        let err = d.proxy(GROUP_MESSAGES).unwrap_err();
        assert!(matches!(err, DeploymentsError::MissingContract { .. }));
        let msg = err.to_string();
        assert!(msg.contains("GroupMessages"), "{msg}");
        assert!(msg.contains("deployments/1.json"), "{msg}");
        assert!(msg.contains("IdentityUpdates"), "{msg}");
    }

    #[test]
    fn malformed_address_is_a_parse_error_naming_the_origin() {
        let json =
            r#"{"chainId": 1, "contracts": {"X": {"proxy": "0x12", "implementation": "0x12"}}}"#;
        let err = Deployments::from_json(json, "bad.json").unwrap_err();
        assert!(matches!(err, DeploymentsError::Parse { .. }));
        assert!(err.to_string().contains("bad.json"));
    }

    #[test]
    fn load_reports_the_missing_file() {
        let path = std::env::temp_dir().join("xmtp-no-such-deployments-file.json");
        let err = load(&path).unwrap_err();
        assert!(matches!(err, DeploymentsError::Read { .. }));
        assert!(err
            .to_string()
            .contains("xmtp-no-such-deployments-file.json"));
    }

    #[test]
    fn load_reads_a_file() {
        let path =
            std::env::temp_dir().join(format!("xmtp-deployments-{}.json", std::process::id()));
        std::fs::write(&path, RECORD).unwrap();
        let d = load(&path);
        std::fs::remove_file(&path).unwrap();
        let d = d.unwrap();
        assert_eq!(d.origin(), path.display().to_string());
        assert_eq!(d.contracts.len(), 2);
    }
}
