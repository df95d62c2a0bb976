//! Wiring: from a validated [`Config`] to a connected keeper, relay and metrics.
//!
//! A keeper that signs gets its state directory here, once the chain id is known: the sender's
//! in-flight journal lives there, and the commands take their lock there.

use std::sync::Arc;

use alloy::{
    primitives::{Address, U256},
    providers::{DynProvider, Provider},
    transports::TransportError,
};
use xmtp_bindings::automation::Automation;

use super::{
    alerts::Alerter,
    chain::{self, ChainError, RpcPolicy},
    config::{knobs, Config},
    jobs::{Contracts, Keeper},
    metrics::Metrics,
    relay::Relay,
    sender::{journal::Journal, Sender, SenderSettings, SenderSettingsError},
    state::{StateDir, StateError},
};
use crate::deployments::{self, DeploymentsError};

/// Why the keeper could not start.
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    /// The RPC endpoints could not be set up.
    #[error(transparent)]
    Chain(#[from] ChainError),
    /// A startup read failed (every URL tried).
    #[error("cannot reach the chain")]
    Unreachable(#[source] TransportError),
    /// A startup read of a contract failed (every URL tried).
    #[error("cannot read {what}")]
    ReadFailed {
        /// What was read, e.g. `Automation.payoutBatchSize()`.
        what: &'static str,
        /// Why.
        #[source]
        source: alloy::contract::Error,
    },
    /// The deployment record is for another chain.
    #[error(
        "the deployment record {record} is for chain {expected}, but the RPC serves chain {actual}"
    )]
    WrongChain {
        /// The record's path.
        record: String,
        /// The record's chain id.
        expected: u64,
        /// The RPC's chain id.
        actual: u64,
    },
    /// A contract of the record has no code on this chain.
    #[error("no contract at {name} {address} on chain {chain_id}: wrong deployment record?")]
    NoCode {
        /// The record's name of the contract.
        name: &'static str,
        /// Its recorded address.
        address: Address,
        /// The chain.
        chain_id: u64,
    },
    /// The sender's settings are invalid, or its fees do not fit the chain.
    #[error(transparent)]
    Sender(#[from] SenderSettingsError),
    /// The record lacks a contract.
    #[error(transparent)]
    Deployments(#[from] DeploymentsError),
    /// The payout batch set is above what the deployed `Automation` allows.
    #[error("{setting} = {size} is out of range: 1 to {maximum} (Automation.MAX_PAYOUT_BATCH_SIZE on chain {chain_id})")]
    PayoutBatchTooLarge {
        /// Where it was set: `jobs.payout_batch_size` or `--payout-batch-size`.
        setting: &'static str,
        /// The size set.
        size: u64,
        /// The contract's maximum.
        maximum: u64,
        /// The chain.
        chain_id: u64,
    },
    /// No state directory is configured and there is no default.
    #[error("no state directory: set state_dir in the config file, KEEPER_STATE_DIR or --state-dir (neither XDG_STATE_HOME nor HOME is set)")]
    NoStateDir,
    /// The state directory or its journal cannot be used.
    #[error(transparent)]
    State(#[from] StateError),
}

impl SetupError {
    /// Whether the configuration is at fault (exit code 2) rather than the chain (exit code 1).
    pub fn is_bad_configuration(&self) -> bool {
        !matches!(self, Self::Unreachable(_) | Self::ReadFailed { .. })
    }
}

/// A connected keeper: what every subcommand needs.
pub struct Runtime {
    /// The chain, with failover.
    pub provider: DynProvider,
    /// The chain's id, read once.
    pub chain_id: u64,
    /// The counters and gauges.
    pub metrics: Arc<Metrics>,
    /// The suite's contracts.
    pub contracts: Contracts,
    /// The keeper and relay, when a key is configured.
    pub signing: Option<Signing>,
    /// The state directory of this chain and key, when a key is configured.
    pub state: Option<StateDir>,
}

/// The parts that sign: one sender shared by the jobs and the relay.
pub struct Signing {
    /// The jobs.
    pub keeper: Arc<Keeper>,
    /// The misbehavior relay.
    pub relay: Arc<Relay>,
}

impl std::fmt::Debug for Runtime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Runtime")
            .field("chain_id", &self.chain_id)
            .field("contracts", &self.contracts)
            .field(
                "signing",
                &self.signing.as_ref().map(|s| s.keeper.address()),
            )
            .finish_non_exhaustive()
    }
}

impl Runtime {
    /// Connects, checks that the record matches the chain (chain id, code at the `Automation`
    /// proxy), and builds the keeper and relay when `config` has a key.
    pub async fn start(config: &Config, dry_run: bool) -> Result<Self, SetupError> {
        let metrics = Arc::new(Metrics::default());
        let policy = RpcPolicy {
            request_timeout: config.rpc.request_timeout,
            attempts: config.rpc.attempts,
            initial_backoff: config.rpc.initial_backoff,
            max_backoff: config.rpc.max_backoff,
        };
        let provider = chain::connect_with(
            &config.rpc_urls,
            policy,
            config.rpc.failover,
            Arc::clone(&metrics),
        )?;
        let chain_id = provider
            .get_chain_id()
            .await
            .map_err(SetupError::Unreachable)?;
        let expected = config.deployments.chain_id;
        if expected != chain_id {
            return Err(SetupError::WrongChain {
                record: config.deployments_path.display().to_string(),
                expected,
                actual: chain_id,
            });
        }
        let contracts = Contracts::from_deployments(&config.deployments)?;
        let code = provider
            .get_code_at(contracts.automation)
            .await
            .map_err(SetupError::Unreachable)?;
        if code.is_empty() {
            return Err(SetupError::NoCode {
                name: deployments::AUTOMATION,
                address: contracts.automation,
                chain_id,
            });
        }

        let state = match &config.signer {
            None => None,
            Some(signer) => {
                let base = config.state_dir.as_deref().ok_or(SetupError::NoStateDir)?;
                Some(StateDir::open(base, chain_id, signer.address())?)
            }
        };
        let signing = match config.signer.clone() {
            None => None,
            Some(signer) => {
                let sender = Sender::new(
                    provider.clone(),
                    signer,
                    chain_id,
                    SenderSettings {
                        dry_run,
                        ..config.sender.clone()
                    },
                    Arc::clone(&metrics),
                )?;
                let payout_batch_size = payout_batch_size(
                    &provider,
                    &contracts,
                    config.jobs.payout_batch_size,
                    chain_id,
                )
                .await?;
                let sender = Arc::new(match &state {
                    Some(state) => sender.with_journal(Journal::open(state.clone())?),
                    None => sender,
                });
                let alerter = Arc::new(
                    Alerter::new(
                        config.alerts.webhook_url.clone(),
                        sender.address(),
                        chain_id,
                    )
                    .with_repeat_interval(config.alerts.repeat_interval),
                );
                let keeper = Arc::new(Keeper::new(
                    provider.clone(),
                    Arc::clone(&sender),
                    contracts,
                    chain_id,
                    config.jobs.clone(),
                    payout_batch_size,
                    Arc::clone(&metrics),
                    alerter,
                ));
                let relay = Arc::new(Relay::new(
                    provider.clone(),
                    sender,
                    contracts.nodes,
                    contracts.reports,
                    Arc::clone(&metrics),
                ));
                Some(Signing { keeper, relay })
            }
        };
        Ok(Self {
            provider,
            chain_id,
            metrics,
            contracts,
            signing,
            state,
        })
    }
}

/// The payout batch: the one configured, if `Automation` allows it (`MAX_PAYOUT_BATCH_SIZE`),
/// else `Automation.payoutBatchSize()`, what Chainlink's upkeep pays per call, so that the keeper
/// and the upkeep pay in the same batches unless the operator chose otherwise.
async fn payout_batch_size(
    provider: &DynProvider,
    contracts: &Contracts,
    configured: Option<u64>,
    chain_id: u64,
) -> Result<u64, SetupError> {
    let automation = Automation::new(contracts.automation, provider);
    let unreadable = |what: &'static str| {
        move |source: alloy::contract::Error| SetupError::ReadFailed { what, source }
    };
    let read = |value: U256| u64::try_from(value).unwrap_or(u64::MAX);
    match configured {
        None => Ok(read(
            automation
                .payoutBatchSize()
                .call()
                .await
                .map_err(unreadable("Automation.payoutBatchSize()"))?,
        )),
        Some(size) => {
            let maximum = read(
                automation
                    .MAX_PAYOUT_BATCH_SIZE()
                    .call()
                    .await
                    .map_err(unreadable("Automation.MAX_PAYOUT_BATCH_SIZE()"))?,
            );
            if size > maximum {
                return Err(SetupError::PayoutBatchTooLarge {
                    setting: knobs::JOBS_PAYOUT_BATCH_SIZE.key,
                    size,
                    maximum,
                    chain_id,
                });
            }
            Ok(size)
        }
    }
}
