//! The rows the Solidity bench tests write: one JSON file per measured transaction, read from a
//! directory and checked, so that every later step works on rows that make sense.

use std::path::{Path, PathBuf};

use serde::Deserialize;

/// Whether and how a row appears on the publish chart.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
pub enum Chart {
    /// Not charted (`""`).
    #[default]
    #[serde(rename = "")]
    None,
    /// One publish per transaction (`"single"`): charted as is.
    #[serde(rename = "single")]
    Single,
    /// A batch of `units` publishes in one transaction (`"batched"`): charted per message.
    #[serde(rename = "batched")]
    Batched,
}

/// One measured transaction and what the design must do in it, as the bench test wrote it.
///
/// The counts describe the design's unavoidable work (slots it must write, accounts it must call),
/// not what the implementation happens to do: they are what the floor is computed from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Row {
    /// The file the row was read from (not part of the JSON).
    #[serde(skip)]
    pub file: PathBuf,
    /// The report section the row belongs to.
    pub table: String,
    /// Sort key across the whole report; sections appear in the order of their smallest.
    pub order: u64,
    /// The operation, as shown.
    pub name: String,
    /// Gas of the whole transaction: intrinsic, calldata and execution, after refunds.
    pub gas: u64,
    /// Messages, payers or nodes the transaction handles (at least 1).
    pub units: u64,
    /// What a unit is (`""` when units is 1 and it means nothing).
    pub unit: String,
    /// Whether and how the row is charted.
    pub chart: Chart,
    /// Payload size of each published message, the chart's x (0 when not charted).
    pub payload_bytes: u64,
    /// Calldata length.
    pub calldata_bytes: u64,
    /// Zero bytes in the calldata.
    pub calldata_zero_bytes: u64,
    /// Logs emitted.
    pub log_count: u64,
    /// Topics over all logs.
    pub log_topics: u64,
    /// Data bytes over all logs.
    pub log_data_bytes: u64,
    /// Cold slots the design must write from zero to non-zero.
    pub slots_created: u64,
    /// Cold slots the design must change from non-zero to non-zero.
    pub slots_updated: u64,
    /// Cold slots the design must clear to zero.
    pub slots_cleared: u64,
    /// Other contracts the design must call (cold account access).
    pub accounts: u64,
    /// Proxies the call goes through.
    pub proxies: u64,
    /// Signatures the design must verify.
    pub signatures: u64,
    /// Plain words naming those slots and accounts.
    pub storage: String,
    /// XMTP's deployed contracts' gas for the same operation, low end (0: none).
    pub reference_low: u64,
    /// XMTP's deployed contracts' gas, high end (equal to the low end when not a range).
    pub reference_high: u64,
}

impl Row {
    /// The reference figure as `(low, high)`, or `None` when there is none.
    pub fn reference(&self) -> Option<(u64, u64)> {
        (self.reference_low > 0).then_some((self.reference_low, self.reference_high))
    }

    /// Calldata bytes that are not zero.
    pub fn calldata_nonzero_bytes(&self) -> u64 {
        self.calldata_bytes.saturating_sub(self.calldata_zero_bytes)
    }

    /// What is wrong with a row that parsed, if anything: values no measurement can produce.
    fn problem(&self) -> Option<String> {
        if self.name.trim().is_empty() {
            return Some("name is empty".to_owned());
        }
        if self.table.trim().is_empty() {
            return Some("table is empty".to_owned());
        }
        if self.gas == 0 {
            return Some("gas is 0".to_owned());
        }
        if self.units == 0 {
            return Some("units is 0; a transaction handles at least 1".to_owned());
        }
        if self.calldata_zero_bytes > self.calldata_bytes {
            return Some(format!(
                "calldataZeroBytes ({}) exceeds calldataBytes ({})",
                self.calldata_zero_bytes, self.calldata_bytes
            ));
        }
        if self.chart != Chart::None && self.payload_bytes == 0 {
            return Some("a charted row needs payloadBytes above 0".to_owned());
        }
        if self.reference_low == 0 && self.reference_high != 0 {
            return Some(format!(
                "referenceHigh is {} but referenceLow is 0 (no reference)",
                self.reference_high
            ));
        }
        if self.reference_high < self.reference_low {
            return Some(format!(
                "referenceHigh ({}) is below referenceLow ({})",
                self.reference_high, self.reference_low
            ));
        }
        None
    }
}

/// Why the rows could not be read.
#[derive(Debug, thiserror::Error)]
pub enum RowError {
    /// The directory could not be listed (typically: the bench has not run).
    #[error("cannot read the rows directory {}: {source} (run `make bench`)", dir.display())]
    Directory {
        /// The directory.
        dir: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The directory holds no `.json` file.
    #[error("no rows found: {} holds no .json file (run `make bench`)", dir.display())]
    NoRows {
        /// The directory.
        dir: PathBuf,
    },
    /// A row file could not be read.
    #[error("cannot read {}: {source}", file.display())]
    Read {
        /// The file.
        file: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// A row file is not a row.
    #[error("malformed row {}: {source}", file.display())]
    Json {
        /// The file.
        file: PathBuf,
        /// What serde saw.
        #[source]
        source: serde_json::Error,
    },
    /// A row file parsed but holds values no measurement can produce.
    #[error("malformed row {}: {problem}", file.display())]
    Invalid {
        /// The file.
        file: PathBuf,
        /// What is wrong.
        problem: String,
    },
}

/// Parses one row; `file` only names it in errors and in the row.
pub fn parse(file: &Path, text: &str) -> Result<Row, RowError> {
    let mut row: Row = serde_json::from_str(text).map_err(|source| RowError::Json {
        file: file.to_owned(),
        source,
    })?;
    if let Some(problem) = row.problem() {
        return Err(RowError::Invalid {
            file: file.to_owned(),
            problem,
        });
    }
    row.file = file.to_owned();
    Ok(row)
}

/// Reads every `*.json` file in `dir` (other files are left alone), in file name order.
pub fn load(dir: &Path) -> Result<Vec<Row>, RowError> {
    let directory = |source| RowError::Directory {
        dir: dir.to_owned(),
        source,
    };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(directory)? {
        let path = entry.map_err(directory)?.path();
        if path.extension().is_some_and(|ext| ext == "json") && path.is_file() {
            files.push(path);
        }
    }
    if files.is_empty() {
        return Err(RowError::NoRows {
            dir: dir.to_owned(),
        });
    }
    files.sort();
    files
        .iter()
        .map(|file| {
            let text = std::fs::read_to_string(file).map_err(|source| RowError::Read {
                file: file.clone(),
                source,
            })?;
            parse(file, &text)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::PUBLISH_78;

    fn write(dir: &Path, name: &str, text: &str) {
        std::fs::write(dir.join(name), text).unwrap();
    }

    #[test]
    fn parses_the_documented_row() {
        let with_unknown =
            PUBLISH_78.replacen('{', r#"{ "comment": "ignored", "extra": [1, 2],"#, 1);
        let row = parse(Path::new("a.json"), &with_unknown).unwrap();
        assert_eq!(row.name, "addMessage 78 B");
        assert_eq!(row.chart, Chart::Single);
        assert_eq!(row.calldata_nonzero_bytes(), 126);
        assert_eq!(row.reference(), Some((36_700, 36_700)));
        assert_eq!(row.file, Path::new("a.json"));
    }

    #[test]
    fn errors_name_the_file_and_the_problem() {
        let file = Path::new("target/bench/gas/bad.json");
        let missing = PUBLISH_78.replace(r#""gas": 36531,"#, "");
        let error = parse(file, &missing).unwrap_err().to_string();
        assert!(
            error.starts_with("malformed row target/bench/gas/bad.json: missing field `gas`"),
            "{error}"
        );

        let string_gas = PUBLISH_78.replace("36531", "\"36531\"");
        let error = parse(file, &string_gas).unwrap_err().to_string();
        assert!(error.contains("bad.json: invalid type: string"), "{error}");

        let chart = PUBLISH_78.replace(r#""single""#, r#""stacked""#);
        let error = parse(file, &chart).unwrap_err().to_string();
        assert!(error.contains("unknown variant `stacked`"), "{error}");

        let no_units = PUBLISH_78.replace(r#""units": 1"#, r#""units": 0"#);
        assert_eq!(
            parse(file, &no_units).unwrap_err().to_string(),
            "malformed row target/bench/gas/bad.json: units is 0; a transaction handles at least 1"
        );

        let range = PUBLISH_78.replace(r#""referenceHigh": 36700"#, r#""referenceHigh": 30000"#);
        assert_eq!(
            parse(file, &range).unwrap_err().to_string(),
            "malformed row target/bench/gas/bad.json: referenceHigh (30000) is below referenceLow (36700)"
        );

        let zeros = PUBLISH_78.replace(r#""calldataZeroBytes": 70"#, r#""calldataZeroBytes": 197"#);
        assert!(parse(file, &zeros)
            .unwrap_err()
            .to_string()
            .ends_with("calldataZeroBytes (197) exceeds calldataBytes (196)"));
    }

    #[test]
    fn load_reads_json_files_in_name_order_and_skips_others() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "b.json", PUBLISH_78);
        write(
            dir.path(),
            "a.json",
            &PUBLISH_78.replace("addMessage 78 B", "first"),
        );
        write(dir.path(), "notes.txt", "not a row");
        let rows = load(dir.path()).unwrap();
        assert_eq!(
            rows.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(),
            ["first", "addMessage 78 B"]
        );
        assert_eq!(rows[1].file, dir.path().join("b.json"));
    }

    #[test]
    fn load_fails_on_no_rows_a_missing_directory_or_one_bad_file() {
        let dir = tempfile::tempdir().unwrap();
        let error = load(dir.path()).unwrap_err();
        assert!(matches!(error, RowError::NoRows { .. }), "{error}");
        assert!(error.to_string().starts_with("no rows found: "));

        let missing = load(&dir.path().join("absent")).unwrap_err();
        assert!(matches!(missing, RowError::Directory { .. }), "{missing}");

        write(dir.path(), "good.json", PUBLISH_78);
        write(dir.path(), "truncated.json", &PUBLISH_78[..40]);
        let error = load(dir.path()).unwrap_err().to_string();
        assert!(
            error.contains("truncated.json: EOF while parsing"),
            "{error}"
        );
    }
}
