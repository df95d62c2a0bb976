//! The Safe Transaction Builder's batch file: what the governance multisig imports into the Safe web app, reviews and
//! signs.
//!
//! ```json
//! {"version": "1.0", "chainId": "8453", "createdAt": 1718000000000,
//!  "meta": {"name": "Upgrade RewardDistributor", "description": "…", "createdFromSafeAddress": "0x…"},
//!  "transactions": [{"to": "0x…", "value": "0", "data": "0x4f1ef286…",
//!    "contractMethod": {"inputs": [{"internalType": "address", "name": "newImplementation", "type": "address"},
//!                                  {"internalType": "bytes", "name": "data", "type": "bytes"}],
//!                       "name": "upgradeToAndCall", "payable": false},
//!    "contractInputsValues": {"newImplementation": "0x…", "data": "0x"}}]}
//! ```
//!
//! `data` is the full calldata; `contractMethod` and `contractInputsValues` describe it the way the Safe Transaction
//! Builder does (input names and types as in the contract's ABI, values as strings: addresses checksummed, integers
//! in decimal, bytes in hex). [`BatchTransaction::verify`] checks that the two agree.

use std::{
    path::{Path, PathBuf},
    time::{SystemTime, UNIX_EPOCH},
};

use alloy::{
    dyn_abi::{DynSolType, DynSolValue},
    primitives::{keccak256, Address, Bytes, U256},
    sol_types::SolCall,
};
use serde::{Deserialize, Serialize};

/// The batch format's version.
pub const BATCH_VERSION: &str = "1.0";

/// Where batch files go by default, relative to the project root (git-ignored).
pub const DEFAULT_DIR: &str = "safe-batches";

/// Why a batch could not be built, read, written or trusted.
#[derive(Debug, thiserror::Error)]
pub enum BatchError {
    /// The method description does not fit the call.
    #[error("{method}: {detail}")]
    Method {
        /// The method's signature.
        method: String,
        /// What does not fit.
        detail: String,
    },
    /// The file could not be read.
    #[error("cannot read {}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O failure.
        #[source]
        source: std::io::Error,
    },
    /// The file could not be written.
    #[error("cannot write {}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// The I/O failure.
        #[source]
        source: std::io::Error,
    },
    /// The text is not a batch file.
    #[error("{origin} is not a Safe Transaction Builder batch")]
    Parse {
        /// Where the text came from.
        origin: String,
        /// The JSON failure.
        #[source]
        source: serde_json::Error,
    },
    /// A transaction's `data` does not say what its `contractMethod` and `contractInputsValues` say.
    #[error("transaction {index} ({method}): {detail}")]
    Mismatch {
        /// The transaction's index in the batch.
        index: usize,
        /// The method it describes.
        method: String,
        /// What disagrees.
        detail: String,
    },
}

/// A Safe Transaction Builder batch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Batch {
    /// The format's version, [`BATCH_VERSION`].
    pub version: String,
    /// The chain id, in decimal.
    pub chain_id: String,
    /// When it was made, in milliseconds since the Unix epoch.
    pub created_at: u64,
    /// Its name, description and Safe.
    pub meta: BatchMeta,
    /// The calls, executed in order, all or none.
    pub transactions: Vec<BatchTransaction>,
}

/// A batch's description.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchMeta {
    /// A short name, e.g. `Upgrade RewardDistributor`.
    pub name: String,
    /// What it does and what was checked, for the signers.
    pub description: String,
    /// The Safe that executes it.
    #[serde(with = "checksummed")]
    pub created_from_safe_address: Address,
}

/// One call of a batch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchTransaction {
    /// The contract called (a proxy).
    #[serde(with = "checksummed")]
    pub to: Address,
    /// Wei sent with the call, in decimal.
    pub value: String,
    /// The full calldata.
    pub data: Bytes,
    /// The method, as the Safe Transaction Builder describes it.
    pub contract_method: ContractMethod,
    /// Each input's value by input name, as a string, in the method's input order.
    pub contract_inputs_values: InputValues,
}

/// `contractInputsValues`: input names to values, kept in the order written (the method's input order, as the Safe
/// Transaction Builder writes them).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InputValues(Vec<(String, String)>);

impl InputValues {
    /// The value of input `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Sets input `name` to `value`, in place if present, else at the end.
    pub fn insert(&mut self, name: impl Into<String>, value: impl Into<String>) {
        let (name, value) = (name.into(), value.into());
        match self.0.iter_mut().find(|(n, _)| *n == name) {
            Some(entry) => entry.1 = value,
            None => self.0.push((name, value)),
        }
    }

    /// Removes input `name`; returns its value.
    pub fn remove(&mut self, name: &str) -> Option<String> {
        let at = self.0.iter().position(|(n, _)| n == name)?;
        Some(self.0.remove(at).1)
    }

    /// The input names, in order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(n, _)| n.as_str())
    }

    /// How many inputs have values.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no input has a value.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl std::ops::Index<&str> for InputValues {
    type Output = str;

    /// The value of input `name`; panics when there is none, as a map's index does.
    fn index(&self, name: &str) -> &str {
        match self.get(name) {
            Some(value) => value,
            None => panic!("no input `{name}` in contractInputsValues"),
        }
    }
}

impl FromIterator<(String, String)> for InputValues {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(iter: I) -> Self {
        let mut values = Self::default();
        for (name, value) in iter {
            values.insert(name, value);
        }
        values
    }
}

impl Serialize for InputValues {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in &self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for InputValues {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;

        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = InputValues;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object of input names to string values")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<InputValues, A::Error> {
                let mut values = InputValues::default();
                while let Some((name, value)) = map.next_entry::<String, String>()? {
                    if values.get(&name).is_some() {
                        return Err(serde::de::Error::custom(format!(
                            "input `{name}` given twice"
                        )));
                    }
                    values.insert(name, value);
                }
                Ok(values)
            }

            // The Transaction Builder writes null for a method without inputs.
            fn visit_unit<E: serde::de::Error>(self) -> Result<InputValues, E> {
                Ok(InputValues::default())
            }
        }

        deserializer.deserialize_any(Visitor)
    }
}

/// A method as the Safe Transaction Builder describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContractMethod {
    /// Its inputs, in order.
    pub inputs: Vec<MethodInput>,
    /// Its name, e.g. `upgradeToAndCall`.
    pub name: String,
    /// Whether it accepts ether.
    pub payable: bool,
}

/// One input of a method.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MethodInput {
    /// The Solidity type as the ABI's `internalType` gives it.
    #[serde(rename = "internalType")]
    pub internal_type: String,
    /// The input's name in the ABI.
    pub name: String,
    /// The ABI type.
    #[serde(rename = "type")]
    pub ty: String,
}

impl ContractMethod {
    /// The method's signature, e.g. `upgradeToAndCall(address,bytes)`.
    pub fn signature(&self) -> String {
        let types: Vec<&str> = self.inputs.iter().map(|i| i.ty.as_str()).collect();
        format!("{}({})", self.name, types.join(","))
    }
}

impl BatchTransaction {
    /// The transaction calling `call` on `to` with no value; `input_names` are the method's input names in the ABI
    /// (their types come from the call's signature), `payable` what the file says (`false` for every batch we write).
    pub fn from_call<C: SolCall>(
        to: Address,
        call: &C,
        input_names: &[&str],
        payable: bool,
    ) -> Result<Self, BatchError> {
        let method_error = |detail: String| BatchError::Method {
            method: C::SIGNATURE.to_owned(),
            detail,
        };
        let open = C::SIGNATURE
            .find('(')
            .ok_or_else(|| method_error("no parameter list".into()))?;
        let name = &C::SIGNATURE[..open];
        let types = parameter_types(&C::SIGNATURE[open..]).map_err(method_error)?;
        if types.len() != input_names.len() {
            return Err(method_error(format!(
                "{} input names for {} inputs",
                input_names.len(),
                types.len()
            )));
        }
        let data = Bytes::from(call.abi_encode());
        let values = decode_values(&types, &data).map_err(method_error)?;
        let inputs = types
            .iter()
            .zip(input_names)
            .map(|(ty, name)| MethodInput {
                internal_type: ty.sol_type_name().into_owned(),
                name: (*name).to_owned(),
                ty: ty.sol_type_name().into_owned(),
            })
            .collect();
        let contract_inputs_values = input_names
            .iter()
            .map(|name| (*name).to_owned())
            .zip(values)
            .collect();
        Ok(Self {
            to,
            value: "0".to_owned(),
            data,
            contract_method: ContractMethod {
                inputs,
                name: name.to_owned(),
                payable,
            },
            contract_inputs_values,
        })
    }

    /// Checks that `data` calls the method `contractMethod` describes with exactly the values of
    /// `contractInputsValues`, and that `value` is a decimal amount; `index` names the transaction in errors.
    pub fn verify(&self, index: usize) -> Result<(), BatchError> {
        let method = self.contract_method.signature();
        let mismatch = |detail: String| BatchError::Mismatch {
            index,
            method: method.clone(),
            detail,
        };
        U256::from_str_radix(&self.value, 10)
            .map_err(|_| mismatch(format!("value `{}` is not a decimal amount", self.value)))?;
        let selector = &keccak256(method.as_bytes())[..4];
        if self.data.get(..4) != Some(selector) {
            return Err(mismatch(format!(
                "data starts with {}, not the method's selector {}",
                Bytes::copy_from_slice(self.data.get(..4).unwrap_or_default()),
                Bytes::copy_from_slice(selector)
            )));
        }
        let types = self
            .contract_method
            .inputs
            .iter()
            .map(|input| {
                DynSolType::parse(&input.ty)
                    .map_err(|_| mismatch(format!("unknown input type `{}`", input.ty)))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let values = decode_values(&types, &self.data).map_err(&mismatch)?;
        let names: Vec<&str> = self
            .contract_method
            .inputs
            .iter()
            .map(|i| i.name.as_str())
            .collect();
        if self.contract_inputs_values.len() != names.len()
            || names
                .iter()
                .any(|n| self.contract_inputs_values.get(n).is_none())
        {
            return Err(mismatch(format!(
                "contractInputsValues names {:?}, the method's inputs are {names:?}",
                self.contract_inputs_values.names().collect::<Vec<_>>()
            )));
        }
        for (name, value) in names.iter().zip(values) {
            let given = &self.contract_inputs_values[*name];
            if !same_value(given, &value) {
                return Err(mismatch(format!(
                    "input `{name}` is `{given}` in contractInputsValues but `{value}` in data"
                )));
            }
        }
        Ok(())
    }
}

/// Whether two string renderings are the same value (addresses compared without case).
fn same_value(given: &str, decoded: &str) -> bool {
    given == decoded || (given.starts_with("0x") && given.eq_ignore_ascii_case(decoded))
}

/// The types of a parameter list `(t1,t2,…)`.
fn parameter_types(list: &str) -> Result<Vec<DynSolType>, String> {
    match DynSolType::parse(list) {
        Ok(DynSolType::Tuple(types)) => Ok(types),
        Ok(other) => Ok(vec![other]),
        Err(error) => Err(format!("unparsable parameter list {list}: {error}")),
    }
}

/// The arguments in calldata `data` (selector first) of `types`, as the Safe Transaction Builder writes them.
fn decode_values(types: &[DynSolType], data: &[u8]) -> Result<Vec<String>, String> {
    let params = data
        .get(4..)
        .ok_or_else(|| "calldata shorter than a selector".to_owned())?;
    let decoded = DynSolType::Tuple(types.to_vec())
        .abi_decode_params(params)
        .map_err(|error| format!("calldata does not decode: {error}"))?;
    let DynSolValue::Tuple(values) = decoded else {
        return Err("calldata does not decode to a parameter list".into());
    };
    values.iter().map(render).collect()
}

fn render(value: &DynSolValue) -> Result<String, String> {
    Ok(match value {
        DynSolValue::Address(address) => address.to_checksum(None),
        DynSolValue::Uint(n, _) => n.to_string(),
        DynSolValue::Int(n, _) => n.to_string(),
        DynSolValue::Bool(b) => b.to_string(),
        DynSolValue::Bytes(bytes) => Bytes::copy_from_slice(bytes).to_string(),
        DynSolValue::FixedBytes(word, size) => {
            Bytes::copy_from_slice(&word[..(*size).min(32)]).to_string()
        }
        DynSolValue::String(s) => s.clone(),
        other => return Err(format!("unsupported input value {other:?}")),
    })
}

impl Batch {
    /// A batch for the Safe `safe` on chain `chain_id`, made now.
    pub fn new(
        chain_id: u64,
        name: impl Into<String>,
        description: impl Into<String>,
        safe: Address,
        transactions: Vec<BatchTransaction>,
    ) -> Self {
        let created_at = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX));
        Self {
            version: BATCH_VERSION.to_owned(),
            chain_id: chain_id.to_string(),
            created_at,
            meta: BatchMeta {
                name: name.into(),
                description: description.into(),
                created_from_safe_address: safe,
            },
            transactions,
        }
    }

    /// The Safe that executes it.
    pub fn safe(&self) -> Address {
        self.meta.created_from_safe_address
    }

    /// Parses a batch; `origin` says where `json` came from.
    pub fn from_json(json: &str, origin: impl Into<String>) -> Result<Self, BatchError> {
        serde_json::from_str(json).map_err(|source| BatchError::Parse {
            origin: origin.into(),
            source,
        })
    }

    /// Reads a batch file.
    pub fn read(path: &Path) -> Result<Self, BatchError> {
        let json = std::fs::read_to_string(path).map_err(|source| BatchError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Self::from_json(&json, path.display().to_string())
    }

    /// Pretty JSON with a trailing newline.
    pub fn to_json(&self) -> String {
        let mut json = serde_json::to_string_pretty(self).unwrap_or_default();
        json.push('\n');
        json
    }

    /// Writes the batch to `path`, creating its folder.
    pub fn write(&self, path: &Path) -> Result<(), BatchError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| BatchError::Write {
                path: dir.to_path_buf(),
                source,
            })?;
        }
        std::fs::write(path, self.to_json()).map_err(|source| BatchError::Write {
            path: path.to_path_buf(),
            source,
        })
    }

    /// `<chainId>-<name>-<createdAt>.json`, the name's spaces and punctuation as dashes.
    pub fn file_name(&self) -> String {
        let mut slug = String::new();
        for c in self.meta.name.chars() {
            if c.is_ascii_alphanumeric() {
                slug.push(c);
            } else if !slug.ends_with('-') {
                slug.push('-');
            }
        }
        format!(
            "{}-{}-{}.json",
            self.chain_id,
            slug.trim_matches('-'),
            self.created_at
        )
    }

    /// The default path of this batch: [`Self::file_name`] in `root`'s [`DEFAULT_DIR`].
    pub fn default_path(&self, root: &Path) -> PathBuf {
        root.join(DEFAULT_DIR).join(self.file_name())
    }

    /// Checks every transaction ([`BatchTransaction::verify`]) and the version and chain id fields.
    pub fn verify(&self) -> Result<(), BatchError> {
        let header = |detail: String| BatchError::Mismatch {
            index: 0,
            method: "batch".into(),
            detail,
        };
        if self.version != BATCH_VERSION {
            return Err(header(format!(
                "version `{}`, expected `{BATCH_VERSION}`",
                self.version
            )));
        }
        self.chain_id
            .parse::<u64>()
            .map_err(|_| header(format!("chainId `{}` is not decimal", self.chain_id)))?;
        self.transactions
            .iter()
            .enumerate()
            .try_for_each(|(index, tx)| tx.verify(index))
    }
}

/// Addresses written with their EIP-55 checksum, as the Safe apps write them (alloy writes lower case); read in any
/// case.
mod checksummed {
    use alloy::primitives::Address;
    use serde::{Deserialize, Deserializer, Serializer};

    pub(super) fn serialize<S: Serializer>(
        address: &Address,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&address.to_checksum(None))
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Address, D::Error> {
        Address::deserialize(deserializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::address;
    use xmtp_bindings::{
        reward_distributor::RewardDistributor::upgradeToAndCallCall,
        xmtp_treasury::XMTPTreasury::setSharesCall,
    };

    const SAFE: Address = address!("00000000000000000000000000000000005AFE00");
    const PROXY: Address = address!("5FbDB2315678afecb367f032d93F642f64180aa3");
    const IMPLEMENTATION: Address = address!("e7f1725E7734CE288F8367e1Bb143E90bb3F0512");

    fn upgrade_batch() -> Batch {
        let call = upgradeToAndCallCall {
            newImplementation: IMPLEMENTATION,
            data: Bytes::new(),
        };
        let tx = BatchTransaction::from_call(PROXY, &call, &["newImplementation", "data"], false)
            .unwrap();
        Batch::new(8453, "Upgrade RewardDistributor", "test", SAFE, vec![tx])
    }

    #[test]
    fn writes_exactly_the_transaction_builders_shape() {
        let mut batch = upgrade_batch();
        batch.created_at = 1_718_000_000_000;
        let value: serde_json::Value = serde_json::from_str(&batch.to_json()).unwrap();
        assert_eq!(
            value,
            serde_json::json!({
                "version": "1.0",
                "chainId": "8453",
                "createdAt": 1_718_000_000_000u64,
                "meta": {"name": "Upgrade RewardDistributor", "description": "test",
                         "createdFromSafeAddress": "0x00000000000000000000000000000000005aFE00"},
                "transactions": [{
                    "to": "0x5FbDB2315678afecb367f032d93F642f64180aa3",
                    "value": "0",
                    "data": format!("0x4f1ef286{:0>64}{:0>64}{:0>64}",
                                    "e7f1725e7734ce288f8367e1bb143e90bb3f0512", "40", "0"),
                    "contractMethod": {
                        "inputs": [
                            {"internalType": "address", "name": "newImplementation", "type": "address"},
                            {"internalType": "bytes", "name": "data", "type": "bytes"}],
                        "name": "upgradeToAndCall",
                        "payable": false},
                    "contractInputsValues": {
                        "newImplementation": "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
                        "data": "0x"}
                }]
            })
        );
        // Keys in the order the Transaction Builder writes them.
        let json = batch.to_json();
        let at = |key: &str| json.find(key).unwrap();
        assert!(at("\"version\"") < at("\"chainId\"") && at("\"chainId\"") < at("\"createdAt\""));
        assert!(at("\"internalType\"") < at("\"name\": \"newImplementation\""));
        // Input values in the method's input order too.
        assert!(at("\"newImplementation\": \"0x") < at("\"data\": \"0x\""));
        assert_eq!(
            batch.file_name(),
            "8453-Upgrade-RewardDistributor-1718000000000.json"
        );
    }

    #[test]
    fn parses_back_and_its_data_decodes_to_the_described_call() {
        let batch = upgrade_batch();
        let parsed = Batch::from_json(&batch.to_json(), "test").unwrap();
        assert_eq!(parsed, batch);
        parsed.verify().unwrap();
        let tx = &parsed.transactions[0];
        let call = upgradeToAndCallCall::abi_decode(&tx.data).unwrap();
        assert_eq!(call.newImplementation, IMPLEMENTATION);
        assert!(call.data.is_empty());
        assert_eq!(
            tx.contract_method.signature(),
            upgradeToAndCallCall::SIGNATURE
        );
    }

    #[test]
    fn verify_catches_data_and_description_that_disagree() {
        let mut batch = upgrade_batch();
        batch.transactions[0]
            .contract_inputs_values
            .insert("newImplementation", PROXY.to_string());
        let message = batch.verify().unwrap_err().to_string();
        assert!(
            message.starts_with(
                "transaction 0 (upgradeToAndCall(address,bytes)): input `newImplementation`"
            ),
            "{message}"
        );

        let mut batch = upgrade_batch();
        batch.transactions[0].contract_method.name = "upgradeTo".into();
        let message = batch.verify().unwrap_err().to_string();
        assert!(message.contains("not the method's selector"), "{message}");

        let mut batch = upgrade_batch();
        batch.transactions[0].contract_inputs_values.remove("data");
        assert!(batch.verify().is_err());
    }

    #[test]
    fn integers_are_decimal_strings() {
        let call = setSharesCall {
            buybackBps_: 5_000,
            stakingRewardsBps_: 2_500,
            treasuryBps_: 2_500,
        };
        let tx = BatchTransaction::from_call(
            PROXY,
            &call,
            &["buybackBps_", "stakingRewardsBps_", "treasuryBps_"],
            false,
        )
        .unwrap();
        assert_eq!(&tx.contract_inputs_values["buybackBps_"], "5000");
        assert_eq!(tx.contract_method.inputs[2].ty, "uint16");
        assert_eq!(tx.contract_method.inputs[2].internal_type, "uint16");
        tx.verify(0).unwrap();
        let error = BatchTransaction::from_call(PROXY, &call, &["a"], false).unwrap_err();
        assert!(error.to_string().contains("1 input names for 3 inputs"));
    }

    #[test]
    fn writes_and_reads_a_file() {
        let batch = upgrade_batch();
        let dir = std::env::temp_dir().join(format!("xmtp-batch-{}", std::process::id()));
        let path = batch.default_path(&dir);
        batch.write(&path).unwrap();
        assert!(path.starts_with(dir.join(DEFAULT_DIR)));
        assert_eq!(Batch::read(&path).unwrap(), batch);
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(matches!(
            Batch::read(&path).unwrap_err(),
            BatchError::Read { .. }
        ));
    }
}
