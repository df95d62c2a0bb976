//! `gas-report`: the `make bench` gas report. Reads the rows the Solidity bench tests wrote and
//! the keeper benchmark's figures, writes the Markdown report and the publish chart, and prints
//! the Markdown. All logic lives in the `xmtp-bench` library; this binary parses flags and turns
//! the outcome into an exit code: 0 written, 1 a row below its floor or a failed write, 2 bad
//! input (no rows, a malformed row or keeper file).

use std::{path::PathBuf, process::ExitCode};

use clap::Parser;
use xmtp_bench::report::{self, Paths, ReportError};

/// Exit code: a row measured below its floor, or an output could not be written.
const FAILED: u8 = 1;
/// Exit code: missing or malformed input.
const BAD_INPUT: u8 = 2;

/// Writes the gas report (Markdown) and the publish chart (PNG) from the bench rows.
#[derive(Debug, Parser)]
#[command(version)]
struct Cli {
    /// Directory of row files, one JSON object per measured transaction.
    #[arg(long, value_name = "DIR", default_value = "target/bench/gas")]
    rows: PathBuf,
    /// The keeper benchmark's JSON; reported as not measured when missing.
    #[arg(long, value_name = "FILE", default_value = "target/bench/keeper.json")]
    keeper: PathBuf,
    /// Where to write the Markdown report.
    #[arg(long, value_name = "FILE", default_value = "target/bench/gas.md")]
    markdown: PathBuf,
    /// Where to write the publish chart (PNG).
    #[arg(
        long,
        value_name = "FILE",
        default_value = "target/bench/publish-gas.png"
    )]
    chart: PathBuf,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let paths = Paths {
        rows: cli.rows,
        keeper: cli.keeper,
        markdown: cli.markdown,
        chart: cli.chart,
    };
    match run(&paths) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(if error.is_bad_input() {
                BAD_INPUT
            } else {
                FAILED
            })
        }
    }
}

/// Writes the report, prints it, and fails afterwards if a row is below its floor.
fn run(paths: &Paths) -> Result<(), ReportError> {
    let report = report::generate(paths)?;
    print!("{}", report.markdown);
    eprintln!("wrote {}", paths.markdown.display());
    if report.chart_written {
        eprintln!("wrote {}", paths.chart.display());
    } else {
        eprintln!("no charted rows: {} not written", paths.chart.display());
    }
    report.check()
}
