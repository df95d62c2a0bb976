//! The keeper's benchmark figures (`cargo bench -p keeper`, written to `target/bench/keeper.json`)
//! and the goals the issue sets for them. The gas report shows them next to the gas figures so
//! that `make bench` ends in one document.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::number::{megabytes, thousands};

/// Goal: JSON-RPC requests per idle tick.
pub const RPC_REQUESTS_PER_IDLE_TICK_GOAL: f64 = 1.0;
/// Goal: blocks from the first block at which a rotation is due to the block that includes it.
pub const BLOCKS_DUE_TO_ROTATION_GOAL: u64 = 2;
/// Goal: the daemon's resident memory stays under this many kibibytes (30 MB).
pub const DAEMON_RSS_GOAL_KB: u64 = 30 * 1024;
/// Goal: a frozen chain turns `/health` unhealthy and raises an alert within this many seconds.
pub const FROZEN_CHAIN_DETECTION_GOAL_SECS: f64 = 120.0;

/// What the keeper benchmark measured. Unknown fields are ignored.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct KeeperBench {
    /// JSON-RPC requests per idle tick, averaged.
    pub rpc_requests_per_idle_tick: f64,
    /// For each observed rotation, blocks from due to included.
    pub blocks_due_to_rotation: Vec<u64>,
    /// The daemon's resident memory at the end, in KiB.
    pub daemon_rss_kb: u64,
    /// The daemon's peak resident memory, in KiB.
    pub daemon_peak_rss_kb: u64,
    /// Hostile POSTs sent to the intake (forged, padded, junk).
    #[serde(default)]
    pub hostile_posts: Option<u64>,
    /// ETH the keeper spent while they were handled.
    #[serde(default)]
    pub hostile_posts_eth_spent: Option<f64>,
    /// Blocks from due to the rotation while the evidence queue was full.
    #[serde(default)]
    pub full_queue_blocks_due_to_rotation: Option<u64>,
    /// Seconds from freezing the chain to `/health` answering 503.
    #[serde(default)]
    pub frozen_chain_to_503_secs: Option<f64>,
    /// Seconds from freezing the chain to the `chain_stalled` alert.
    #[serde(default)]
    pub frozen_chain_to_alert_secs: Option<f64>,
}

/// One line of the keeper table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measure {
    /// What was measured.
    pub measure: &'static str,
    /// The figure, formatted.
    pub value: String,
    /// The goal, formatted.
    pub goal: &'static str,
    /// Whether the figure meets the goal.
    pub met: bool,
}

impl KeeperBench {
    /// The figures against their goals, in the order the report shows them.
    pub fn measures(&self) -> Vec<Measure> {
        let worst = self.blocks_due_to_rotation.iter().copied().max();
        let each = self
            .blocks_due_to_rotation
            .iter()
            .map(|blocks| thousands(*blocks))
            .collect::<Vec<_>>()
            .join(", ");
        vec![
            Measure {
                measure: "JSON-RPC requests per idle tick",
                value: format!("{:.2}", self.rpc_requests_per_idle_tick),
                goal: "1",
                met: self.rpc_requests_per_idle_tick <= RPC_REQUESTS_PER_IDLE_TICK_GOAL,
            },
            Measure {
                measure: "Blocks from due to rotation included, worst (each rotation)",
                value: match worst {
                    Some(worst) => format!("{} ({each})", thousands(worst)),
                    None => "no rotation observed".to_owned(),
                },
                goal: "≤ 2",
                met: worst.is_some_and(|worst| worst <= BLOCKS_DUE_TO_ROTATION_GOAL),
            },
            Measure {
                measure: "Daemon resident memory, current / peak",
                value: format!(
                    "{} / {}",
                    megabytes(self.daemon_rss_kb),
                    megabytes(self.daemon_peak_rss_kb)
                ),
                goal: "< 30 MB",
                met: self.daemon_rss_kb.max(self.daemon_peak_rss_kb) < DAEMON_RSS_GOAL_KB,
            },
        ]
        .into_iter()
        .chain(self.under_attack())
        .collect()
    }

    /// The figures under attack, when the benchmark measured them: hostile POSTs, a full
    /// evidence queue, a frozen chain.
    fn under_attack(&self) -> Vec<Measure> {
        let mut measures = Vec::new();
        if let (Some(posts), Some(eth)) = (self.hostile_posts, self.hostile_posts_eth_spent) {
            measures.push(Measure {
                measure: if posts == 1_000 {
                    "ETH spent by the keeper per 1,000 hostile POSTs"
                } else {
                    "ETH spent by the keeper on the hostile POSTs"
                },
                value: format!("{eth}"),
                goal: "0",
                met: eth == 0.0,
            });
        }
        if let Some(blocks) = self.full_queue_blocks_due_to_rotation {
            measures.push(Measure {
                measure: "Blocks from due to rotation with a full evidence queue",
                value: thousands(blocks),
                goal: "≤ 2 (no delay)",
                met: blocks <= BLOCKS_DUE_TO_ROTATION_GOAL,
            });
        }
        if let (Some(to_503), Some(to_alert)) = (
            self.frozen_chain_to_503_secs,
            self.frozen_chain_to_alert_secs,
        ) {
            measures.push(Measure {
                measure: "Time to detect a frozen chain: /health 503 / alert",
                value: format!("{to_503:.0} s / {to_alert:.0} s"),
                goal: "< 120 s",
                met: to_503.max(to_alert) < FROZEN_CHAIN_DETECTION_GOAL_SECS,
            });
        }
        measures
    }
}

/// Why the keeper figures could not be read.
#[derive(Debug, thiserror::Error)]
pub enum KeeperError {
    /// The file exists but could not be read.
    #[error("cannot read the keeper benchmark {}: {source}", file.display())]
    Read {
        /// The file.
        file: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The file is not the keeper benchmark's JSON.
    #[error("malformed keeper benchmark {}: {source}", file.display())]
    Json {
        /// The file.
        file: PathBuf,
        /// What serde saw.
        #[source]
        source: serde_json::Error,
    },
}

/// Reads the keeper figures from `file`; `None` when the file does not exist (the keeper
/// benchmark has not run), which the report states instead of failing.
pub fn load(file: &Path) -> Result<Option<KeeperBench>, KeeperError> {
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => {
            return Err(KeeperError::Read {
                file: file.to_owned(),
                source,
            })
        }
    };
    serde_json::from_str(&text)
        .map(Some)
        .map_err(|source| KeeperError::Json {
            file: file.to_owned(),
            source,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `cargo bench -p keeper` writes.
    const KEEPER_JSON: &str = r#"{"blocks_due_to_rotation":[2,1,1,1,1],"daemon_peak_rss_kb":10776,"daemon_rss_kb":10776,"rpc_requests_per_idle_tick":1.0}"#;

    #[test]
    fn reads_the_bench_output_and_checks_the_goals() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("keeper.json");
        std::fs::write(&file, KEEPER_JSON).unwrap();
        let bench = load(&file).unwrap().unwrap();
        let measures = bench.measures();
        assert_eq!(measures[0].value, "1.00");
        assert_eq!(measures[1].value, "2 (2, 1, 1, 1, 1)");
        assert_eq!(measures[2].value, "10.5 MB / 10.5 MB");
        assert!(measures.iter().all(|m| m.met));
        assert_eq!(
            measures.len(),
            3,
            "no figures under attack in an older file"
        );

        let missed = KeeperBench {
            rpc_requests_per_idle_tick: 1.05,
            blocks_due_to_rotation: vec![1, 3],
            daemon_rss_kb: 20_000,
            daemon_peak_rss_kb: 31_000,
            hostile_posts: Some(1_000),
            hostile_posts_eth_spent: Some(0.0001),
            full_queue_blocks_due_to_rotation: Some(5),
            frozen_chain_to_503_secs: Some(91.0),
            frozen_chain_to_alert_secs: Some(130.0),
        };
        let measures = missed.measures();
        assert_eq!(measures.len(), 6);
        assert!(measures.iter().all(|m| !m.met), "{measures:?}");
    }

    /// The figures under attack, as `cargo bench -p keeper` writes them, against their goals.
    #[test]
    fn reads_the_figures_under_attack() {
        let json = r#"{"blocks_due_to_rotation":[1],"daemon_peak_rss_kb":10776,"daemon_rss_kb":10776,
            "rpc_requests_per_idle_tick":1.0,"hostile_posts":1000,"hostile_posts_eth_spent":0.0,
            "full_queue_blocks_due_to_rotation":1,"frozen_chain_to_503_secs":91.2,
            "frozen_chain_to_alert_secs":91.4}"#;
        let bench: KeeperBench = serde_json::from_str(json).unwrap();
        let measures = bench.measures();
        let values: Vec<&str> = measures.iter().map(|m| m.value.as_str()).collect();
        assert_eq!(values[3..], ["0", "1", "91 s / 91 s"]);
        assert_eq!(
            measures[3].measure,
            "ETH spent by the keeper per 1,000 hostile POSTs"
        );
        assert!(measures.iter().all(|m| m.met), "{measures:?}");
    }

    #[test]
    fn a_missing_file_is_not_measured_and_a_bad_one_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(load(&dir.path().join("keeper.json")).unwrap(), None);

        let file = dir.path().join("bad.json");
        std::fs::write(&file, r#"{"daemon_rss_kb": 1}"#).unwrap();
        let error = load(&file).unwrap_err().to_string();
        assert!(error.starts_with("malformed keeper benchmark "), "{error}");
        assert!(error.contains("bad.json: missing field"), "{error}");
    }
}
