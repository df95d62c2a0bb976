//! Where proven faults go the moment they are proven: through this keeper's own relay when it holds a key (the
//! relay verifies again, skips what the chain already has, and submits only when the reward pays for the gas), else
//! to the configured aggregators' public evidence intake (`POST /v1/misbehavior`), whose keepers relay it.

use std::{sync::Arc, time::Duration};

use reqwest::Url;

use crate::keeper::{
    one_line,
    relay::{Evidence, Relay, RelayError, Relayed},
};

/// How long one post to an aggregator may take.
const POST_TIMEOUT: Duration = Duration::from_secs(10);

/// What became of a proven fault handed on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Handed {
    /// Submitted on chain by this keeper, or accepted by at least one aggregator.
    Relayed,
    /// Already on chain: nothing sent.
    AlreadyReported,
    /// Verified, but the contract would slash nothing, or the reward would not pay for the gas: nothing sent (the
    /// reason, e.g. `NothingToSlash`).
    Refused(String),
    /// Dry run: verified and simulated, nothing sent.
    DryRun,
}

/// Why a proven fault could not be handed on; it stays pending and is tried again.
#[derive(Debug, thiserror::Error)]
pub enum SinkError {
    /// This keeper's relay failed.
    #[error(transparent)]
    Relay(#[from] RelayError),
    /// No aggregator took it (each one's reason, on one line).
    #[error("no aggregator took the evidence: {0}")]
    Aggregators(String),
    /// Neither a key nor an aggregator is configured.
    #[error("no way to relay: configure a keeper key or an --aggregator")]
    Nowhere,
}

impl SinkError {
    /// Whether trying again cannot help: the evidence itself is refused (it is dropped, not retried).
    pub fn is_final(&self) -> bool {
        match self {
            Self::Relay(error) => error.is_bad_input(),
            Self::Aggregators(_) | Self::Nowhere => false,
        }
    }
}

/// Where proven faults go.
#[derive(Clone)]
pub enum EvidenceSink {
    /// This keeper's relay.
    Relay(Arc<Relay>),
    /// The aggregators' public intake.
    Aggregators {
        /// The HTTP client.
        client: reqwest::Client,
        /// The aggregators' base URLs.
        urls: Vec<Url>,
    },
}

impl std::fmt::Debug for EvidenceSink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Relay(_) => f.write_str("EvidenceSink::Relay"),
            Self::Aggregators { urls, .. } => f
                .debug_struct("EvidenceSink::Aggregators")
                .field("urls", urls)
                .finish(),
        }
    }
}

impl EvidenceSink {
    /// Posts to `urls` (base URLs of keeper daemons with a public intake).
    pub fn aggregators(urls: Vec<Url>) -> Self {
        Self::Aggregators {
            client: reqwest::Client::new(),
            urls,
        }
    }

    /// Hands `evidence` on.
    pub async fn hand(&self, evidence: &Evidence) -> Result<Handed, SinkError> {
        match self {
            Self::Relay(relay) => Ok(match relay.relay(evidence).await? {
                Relayed::Submitted { .. } => Handed::Relayed,
                Relayed::Duplicate { .. } => Handed::AlreadyReported,
                Relayed::Refused { refusal, .. } => Handed::Refused(refusal.name().to_owned()),
                Relayed::DryRun { .. } => Handed::DryRun,
            }),
            Self::Aggregators { client, urls } => post(client, urls, evidence).await,
        }
    }
}

/// Posts `evidence` to every aggregator; relayed when one accepted it (or already had it).
async fn post(
    client: &reqwest::Client,
    urls: &[Url],
    evidence: &Evidence,
) -> Result<Handed, SinkError> {
    if urls.is_empty() {
        return Err(SinkError::Nowhere);
    }
    let body =
        serde_json::to_vec(evidence).map_err(|error| SinkError::Aggregators(error.to_string()))?;
    let mut reasons = Vec::new();
    let mut taken = false;
    for base in urls {
        let Ok(url) = base.join("v1/misbehavior") else {
            reasons.push(format!("{base}: not a base URL"));
            continue;
        };
        let sent = client
            .post(url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .timeout(POST_TIMEOUT)
            .body(body.clone())
            .send()
            .await;
        match sent {
            Ok(response) if response.status().is_success() => taken = true,
            Ok(response) => reasons.push(format!("{base}: HTTP {}", response.status().as_u16())),
            Err(error) => reasons.push(format!("{base}: {}", one_line(&error))),
        }
    }
    if taken {
        Ok(Handed::Relayed)
    } else {
        Err(SinkError::Aggregators(reasons.join("; ")))
    }
}
