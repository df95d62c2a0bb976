//! The report as Markdown: one table per section of rows, the keeper's figures, and what the floor
//! leaves out. Pure text from data, so every line of it is tested without files.

use std::fmt::Write as _;

use crate::{
    floor::Measured,
    keeper::KeeperBench,
    number::{per_unit, ratio, thousands},
};

/// The columns of every gas table.
const HEADER: &str =
    "| Operation | Gas | Per unit | Floor | Gas / floor | Reference (XMTP deployed) \
                      | Gas / reference | Floor derivation |\n\
                      | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n";

/// What the floor does not count, and so where the gap between a row and its floor comes from.
const LEFT_OUT: &str = "The floor counts only work no design can avoid: the transaction itself, \
its calldata, the logs it must emit, the cold storage writes, calls, proxy hops and signature checks \
the operation needs. A real call pays for more, so a ratio above 1 is expected. The gap is \
memory expansion to hold the log data and the proxy's copy of the calldata (quadratic in size, \
which is why the largest payloads drift upwards), storage reads besides the writes (configuration, \
the pause flag, size bounds), hashing (keccak of payloads and Merkle leaves), ABI decoding, bounds \
checks, access-control reads, and the opcodes that tie them together. Where the EIP-7623 minimum \
binds (large payloads), a transaction pays that minimum until its other costs exceed it, so a \
ratio near 1 there says calldata dominates, not that the rest is free. A ratio below 1 cannot \
happen: it means the floor counts something the operation does not do, and the report says so \
at the top.";

/// The whole report. Sections appear in the order of their smallest `order`, rows within a
/// section by `order` then name; `keeper` is `None` when the keeper benchmark has not run.
pub fn render(rows: &[Measured], keeper: Option<&KeeperBench>) -> String {
    let mut out = String::from("# Gas report\n\n");
    out.push_str(
        "Each operation is one call measured as a whole transaction (intrinsic gas, calldata and \
         execution, after refunds) in `forge test --isolate`, and set against its floor, the least \
         any design pays for the same work on Prague gas rules, and against XMTP's deployed \
         contracts.\n\n",
    );
    let below: Vec<&Measured> = rows.iter().filter(|m| m.below_floor()).collect();
    if !below.is_empty() {
        out.push_str(
            "> **⚠ Floor model bug:** no transaction can cost less than its floor, so the floor \
             model counts something these operations do not do:\n",
        );
        for measured in &below {
            let _ = writeln!(
                out,
                "> - `{}` measured {} gas, below its floor of {} ({}).",
                cell(&measured.row.name),
                thousands(measured.row.gas),
                thousands(measured.floor.total),
                measured.row.file.display()
            );
        }
        out.push('\n');
    }
    for (table, section) in sections(rows) {
        let _ = write!(out, "## {table}\n\n{HEADER}");
        for measured in section {
            out.push_str(&table_row(measured));
        }
        out.push('\n');
    }
    out.push_str("## Keeper\n\n");
    match keeper {
        Some(keeper) => {
            out.push_str("| Measure | Value | Goal |\n| --- | ---: | ---: |\n");
            for measure in keeper.measures() {
                let missed = if measure.met { "" } else { " **(missed)**" };
                let _ = writeln!(
                    out,
                    "| {} | {}{missed} | {} |",
                    measure.measure, measure.value, measure.goal
                );
            }
        }
        None => out.push_str("Not measured (run `make bench`).\n"),
    }
    let _ = write!(out, "\n## What the floor leaves out\n\n{LEFT_OUT}\n");
    out
}

/// Rows grouped by table, sections in the order of their smallest `order` (ties by table name),
/// rows by `order` then name.
fn sections(rows: &[Measured]) -> Vec<(&str, Vec<&Measured>)> {
    let mut sorted: Vec<&Measured> = rows.iter().collect();
    sorted.sort_by(|a, b| (a.row.order, &a.row.name).cmp(&(b.row.order, &b.row.name)));
    let mut sections: Vec<(&str, Vec<&Measured>)> = Vec::new();
    for measured in sorted {
        let table = measured.row.table.as_str();
        match sections.iter_mut().find(|(name, _)| *name == table) {
            Some((_, section)) => section.push(measured),
            // Rows come in ascending order, so a section's first row is its smallest.
            None => sections.push((table, vec![measured])),
        }
    }
    sections
}

/// One table line.
fn table_row(measured: &Measured) -> String {
    let Measured { row, floor } = measured;
    let per_unit = if row.units > 1 {
        let unit = match row.unit.trim() {
            "" => String::new(),
            unit => format!(" / {}", cell(unit)),
        };
        format!(
            "{}{unit} (floor {})",
            per_unit(row.gas, row.units),
            per_unit(floor.total, row.units)
        )
    } else {
        "—".to_owned()
    };
    let gas_per_floor = if measured.below_floor() {
        format!("**{} ⚠ BELOW FLOOR**", ratio(row.gas, floor.total))
    } else {
        ratio(row.gas, floor.total)
    };
    let (reference, gas_per_reference) = match row.reference() {
        None => ("—".to_owned(), "—".to_owned()),
        Some((low, high)) if low == high => (thousands(low), ratio(row.gas, low)),
        Some((low, high)) => (
            format!("{}–{}", thousands(low), thousands(high)),
            format!("{}–{}", ratio(row.gas, high), ratio(row.gas, low)),
        ),
    };
    format!(
        "| {} | {} | {per_unit} | {} | {gas_per_floor} | {reference} | {gas_per_reference} | {} |\n",
        cell(&row.name),
        thousands(row.gas),
        thousands(floor.total),
        cell(&floor.derivation(row)),
    )
}

/// Text made safe for one table cell: no pipes, no line breaks.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        fixtures::{publish, publish_78, settle_payers},
        row::Row,
    };

    fn keeper() -> KeeperBench {
        KeeperBench {
            rpc_requests_per_idle_tick: 1.0,
            blocks_due_to_rotation: vec![2, 1, 1, 1, 1],
            daemon_rss_kb: 10_776,
            daemon_peak_rss_kb: 10_776,
            hostile_posts: None,
            hostile_posts_eth_spent: None,
            full_queue_blocks_due_to_rotation: None,
            frozen_chain_to_503_secs: None,
            frozen_chain_to_alert_secs: None,
        }
    }

    fn measured(rows: Vec<Row>) -> Vec<Measured> {
        rows.into_iter().map(Measured::new).collect()
    }

    /// The line of the table whose operation is `name`.
    fn line<'a>(report: &'a str, name: &str) -> &'a str {
        let prefix = format!("| {name} |");
        report
            .lines()
            .find(|line| line.starts_with(&prefix))
            .unwrap_or_else(|| panic!("no line for {name} in\n{report}"))
    }

    #[test]
    fn sections_follow_their_smallest_order_and_rows_their_order_then_name() {
        let early_payers = Row {
            order: 50,
            name: "deposit".into(),
            ..settle_payers()
        };
        let rows = measured(vec![
            publish(1024, 1, 40_000),
            settle_payers(),
            publish_78(),
            early_payers,
            Row {
                name: "addMessage 78 B (again)".into(),
                ..publish_78()
            },
        ]);
        let report = render(&rows, None);
        let payers = report.find("## Payers").unwrap();
        let publish = report.find("## Publish").unwrap();
        assert!(payers < publish, "{report}");
        let names: Vec<&str> = report
            .lines()
            .filter(|line| {
                line.starts_with("| ")
                    && !line.starts_with("| Operation")
                    && !line.starts_with("| ---")
            })
            .map(|line| line.split(" | ").next().unwrap().trim_start_matches("| "))
            .collect();
        assert_eq!(
            names,
            [
                "deposit",
                "settleUsage 10 payers",
                "addMessage 78 B",
                "addMessage 78 B (again)",
                "addMessage 1024 B"
            ]
        );
    }

    #[test]
    fn a_row_reads_with_separators_ratios_and_its_derivation() {
        let report = render(&measured(vec![publish_78()]), Some(&keeper()));
        assert!(report.starts_with("# Gas report\n\n"));
        assert!(report.contains(HEADER));
        assert_eq!(
            line(&report, "addMessage 78 B"),
            "| addMessage 78 B | 36,531 | — | 35,401 | 1.03 | 36,700 | 1.00 | 21,000 base + 2,296 \
             calldata (196 B, 70 zero) + 2,405 logs (1 log, 2 topics, 160 B) + 5,000 storage \
             (1 updated: the sequence id) + 4,700 proxy = 35,401 |"
        );
        assert!(!report.contains("Floor model bug"));
    }

    #[test]
    fn per_unit_figures_and_a_reference_range() {
        // Floor: 21,000 + calldata 500 × 16 + 400 × 4 = 9,600 + logs 375 + 750 + 512 = 1,637 +
        // storage 55,000 + proxy 4,700 + signatures 9,000 = 100,937. Per payer 14,000 and 10,094.
        let report = render(&measured(vec![settle_payers()]), None);
        let line = line(&report, "settleUsage 10 payers");
        assert!(
            line.starts_with(
                "| settleUsage 10 payers | 140,000 | 14,000 / payer (floor 10,094) | 100,937 | 1.39 \
                 | 150,000–190,000 | 0.74–0.93 | "
            ),
            "{line}"
        );
        assert!(
            line.contains("55,000 storage (11 updated: 10 payer balances and the report nonce)")
        );
        assert!(
            line.ends_with("+ 9,000 signatures (3 ecrecovers) = 100,937 |"),
            "{line}"
        );
    }

    #[test]
    fn no_reference_is_a_dash_and_pipes_are_escaped() {
        let row = Row {
            name: "a | b".into(),
            reference_low: 0,
            reference_high: 0,
            ..publish_78()
        };
        let report = render(&measured(vec![row]), None);
        assert!(line(&report, "a \\| b").contains(" | 1.03 | — | — | "));
    }

    #[test]
    fn a_row_below_its_floor_is_marked_loudly() {
        let row = Row {
            gas: 30_000,
            ..publish_78()
        };
        let report = render(&measured(vec![row]), None);
        assert!(line(&report, "addMessage 78 B").contains(" | **0.85 ⚠ BELOW FLOOR** | "));
        assert!(report.contains(
            "> - `addMessage 78 B` measured 30,000 gas, below its floor of 35,401 (publish-78.json).\n\n"
        ));
    }

    #[test]
    fn keeper_section_present_missed_or_missing() {
        let report = render(&measured(vec![publish_78()]), Some(&keeper()));
        assert!(report.contains(
            "## Keeper\n\n| Measure | Value | Goal |\n| --- | ---: | ---: |\n\
             | JSON-RPC requests per idle tick | 1.00 | 1 |\n\
             | Blocks from due to rotation included, worst (each rotation) | 2 (2, 1, 1, 1, 1) | ≤ 2 |\n\
             | Daemon resident memory, current / peak | 10.5 MB / 10.5 MB | < 30 MB |\n"
        ));

        let slow = KeeperBench {
            blocks_due_to_rotation: vec![3],
            ..keeper()
        };
        let report = render(&measured(vec![publish_78()]), Some(&slow));
        assert!(report.contains("| 3 (3) **(missed)** | ≤ 2 |"));

        let report = render(&measured(vec![publish_78()]), None);
        assert!(report.contains("## Keeper\n\nNot measured (run `make bench`).\n"));
        assert!(report.contains("## What the floor leaves out\n\nThe floor counts only"));
    }
}
