//! The `gas-report` run: read the rows and the keeper figures, compute the floors, write the
//! Markdown and the chart. The binary only parses flags, prints and picks the exit code.

use std::path::{Path, PathBuf};

use crate::{
    chart::{self, ChartError},
    floor::Measured,
    keeper::{self, KeeperError},
    markdown,
    number::thousands,
    row::{self, RowError},
};

/// Where the report reads and writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// The directory of row files.
    pub rows: PathBuf,
    /// The keeper benchmark's JSON (may be missing).
    pub keeper: PathBuf,
    /// The Markdown report to write.
    pub markdown: PathBuf,
    /// The PNG chart to write.
    pub chart: PathBuf,
}

/// What a run produced.
#[derive(Debug, Clone)]
pub struct Report {
    /// The rows with their floors, in the order they were read.
    pub rows: Vec<Measured>,
    /// The Markdown written.
    pub markdown: String,
    /// Whether the chart was written (`false`: no row is charted).
    pub chart_written: bool,
}

impl Report {
    /// An error naming the first row measured below its floor, if any: the report is written
    /// (with the marker), but the run must fail.
    pub fn check(&self) -> Result<(), ReportError> {
        let mut below = self.rows.iter().filter(|m| m.below_floor());
        match below.next() {
            None => Ok(()),
            Some(first) => Err(ReportError::BelowFloor {
                name: first.row.name.clone(),
                file: first.row.file.clone(),
                gas: first.row.gas,
                floor: first.floor.total,
                others: below.count(),
            }),
        }
    }
}

/// Why the report failed.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The rows are missing or malformed.
    #[error(transparent)]
    Rows(#[from] RowError),
    /// The keeper figures are malformed.
    #[error(transparent)]
    Keeper(#[from] KeeperError),
    /// The chart path does not name a PNG.
    #[error("the chart path {} must end in .png", file.display())]
    ChartNotPng {
        /// The path given.
        file: PathBuf,
    },
    /// An output could not be written.
    #[error("cannot write {}: {source}", file.display())]
    Write {
        /// The file.
        file: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The chart could not be drawn.
    #[error("cannot write the chart {}: {source}", file.display())]
    Chart {
        /// The file.
        file: PathBuf,
        /// Why.
        #[source]
        source: ChartError,
    },
    /// A row measured below its floor: the floor model is wrong.
    #[error(
        "row \"{name}\" ({}) measured {} gas, below its floor of {}: the floor model counts \
         something this operation does not do{}",
        file.display(), thousands(*gas), thousands(*floor),
        if *others > 0 { format!(" ({others} more rows below their floor)") } else { String::new() }
    )]
    BelowFloor {
        /// The operation.
        name: String,
        /// Its row file.
        file: PathBuf,
        /// Measured gas.
        gas: u64,
        /// Its floor.
        floor: u64,
        /// Further rows below their floor.
        others: usize,
    },
}

impl ReportError {
    /// Whether the input is at fault (missing or malformed rows or keeper figures, a bad path),
    /// as opposed to a failed write or a floor model bug.
    pub fn is_bad_input(&self) -> bool {
        matches!(
            self,
            Self::Rows(_) | Self::Keeper(_) | Self::ChartNotPng { .. }
        )
    }
}

/// Reads everything, writes the Markdown and the chart, and returns what was written. A row
/// below its floor does not stop the run: [`Report::check`] reports it after the files exist.
pub fn generate(paths: &Paths) -> Result<Report, ReportError> {
    if !paths
        .chart
        .extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("png"))
    {
        return Err(ReportError::ChartNotPng {
            file: paths.chart.clone(),
        });
    }
    let rows: Vec<Measured> = row::load(&paths.rows)?
        .into_iter()
        .map(Measured::new)
        .collect();
    let keeper = keeper::load(&paths.keeper)?;
    let markdown = markdown::render(&rows, keeper.as_ref());
    create_parent(&paths.markdown)?;
    std::fs::write(&paths.markdown, &markdown).map_err(|source| ReportError::Write {
        file: paths.markdown.clone(),
        source,
    })?;
    create_parent(&paths.chart)?;
    let chart_written = chart::draw(&rows, &paths.chart).map_err(|source| ReportError::Chart {
        file: paths.chart.clone(),
        source,
    })?;
    Ok(Report {
        rows,
        markdown,
        chart_written,
    })
}

/// Creates the directory `file` goes in.
fn create_parent(file: &Path) -> Result<(), ReportError> {
    match file.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => {
            std::fs::create_dir_all(dir).map_err(|source| ReportError::Write {
                file: file.to_owned(),
                source,
            })
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::PUBLISH_78;

    fn paths(dir: &Path) -> Paths {
        Paths {
            rows: dir.join("gas"),
            keeper: dir.join("keeper.json"),
            markdown: dir.join("out/gas.md"),
            chart: dir.join("out/publish-gas.png"),
        }
    }

    #[test]
    fn writes_both_files_and_reports_the_keeper_as_not_measured() {
        let dir = tempfile::tempdir().unwrap();
        let paths = paths(dir.path());
        std::fs::create_dir(&paths.rows).unwrap();
        std::fs::write(paths.rows.join("publish-78.json"), PUBLISH_78).unwrap();
        let report = generate(&paths).unwrap();
        report.check().unwrap();
        assert!(report.chart_written);
        assert_eq!(
            std::fs::read_to_string(&paths.markdown).unwrap(),
            report.markdown
        );
        assert!(report.markdown.contains("Not measured (run `make bench`)."));
        assert!(paths.chart.is_file());
    }

    #[test]
    fn a_row_below_its_floor_is_written_then_fails_naming_the_row() {
        let dir = tempfile::tempdir().unwrap();
        let paths = paths(dir.path());
        std::fs::create_dir(&paths.rows).unwrap();
        let file = paths.rows.join("publish-78.json");
        std::fs::write(&file, PUBLISH_78.replace("36531", "30000")).unwrap();
        let report = generate(&paths).unwrap();
        assert!(report.markdown.contains("BELOW FLOOR"));
        let error = report.check().unwrap_err();
        assert!(!error.is_bad_input());
        assert_eq!(
            error.to_string(),
            format!(
                "row \"addMessage 78 B\" ({}) measured 30,000 gas, below its floor of 35,401: \
                 the floor model counts something this operation does not do",
                file.display()
            )
        );
    }

    #[test]
    fn bad_input_is_classified() {
        let dir = tempfile::tempdir().unwrap();
        let mut paths = paths(dir.path());
        let error = generate(&paths).unwrap_err();
        assert!(error.is_bad_input(), "{error}");

        std::fs::create_dir(&paths.rows).unwrap();
        std::fs::write(paths.rows.join("publish-78.json"), PUBLISH_78).unwrap();
        std::fs::write(&paths.keeper, "{}").unwrap();
        let error = generate(&paths).unwrap_err();
        assert!(matches!(error, ReportError::Keeper(_)), "{error}");
        assert!(error.is_bad_input());

        std::fs::remove_file(&paths.keeper).unwrap();
        paths.chart = dir.path().join("chart.svg");
        assert!(generate(&paths).unwrap_err().is_bad_input());
    }
}
