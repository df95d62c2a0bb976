//! Whether relaying a report pays for itself, and how much ETH relaying may spend.
//!
//! Anyone can hand in evidence, and every relayed report costs the keeper two transactions
//! (`commitReport`, then the report). Evidence that slashes nothing (an unstaked node, an owner
//! already slashed in its jail period) pays no reward; a padded envelope costs millions of gas.
//! So before anything is signed, the chain is asked what the report would pay the keeper
//! (`expectedReporterReward`) and what both transactions would cost (`eth_estimateGas` against
//! `pending`, times the fee the sender would pay), and the report is relayed only when the
//! reward, valued at the configured XMTP price, covers the cost times a margin. What relay
//! transactions actually spent is kept for a rolling hour against a budget.

use std::{
    collections::VecDeque,
    sync::Mutex,
    time::{Duration, Instant},
};

use alloy::{
    eips::BlockId,
    primitives::{Address, Bytes, U256},
    providers::{DynProvider, Provider},
    rpc::types::{TransactionInput, TransactionRequest},
    transports::TransportError,
};
use reqwest::{Client, Url};

use xmtp_bindings::misbehavior_reports::MisbehaviorReports::{self, MisbehaviorReportsErrors};

use crate::{
    keeper::config::PriceSetting,
    revert::{decode_revert, revert_data, SuiteError, SuiteRevert},
};

/// Chain ids of local development chains (anvil, hardhat, ganache), where relaying is free of
/// real cost and the profit check is off unless a price is configured.
pub const LOCAL_CHAIN_IDS: [u64; 2] = [31_337, 1_337];

/// The rolling window of the gas budget.
pub const BUDGET_WINDOW: Duration = Duration::from_secs(3_600);

/// How long one price fetch may take.
const PRICE_FETCH_TIMEOUT: Duration = Duration::from_secs(10);

/// Why the contract would refuse a report: not a failure, nothing is sent and the evidence is
/// dropped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// `NothingToSlash(owner)`: the owner has nothing at stake.
    NothingToSlash {
        /// The owner.
        owner: Address,
    },
    /// `SlashedInJailPeriod(owner, until)`: already slashed until `until` (unix seconds).
    SlashedInJailPeriod {
        /// The owner.
        owner: Address,
        /// When its jail period ends.
        until: u64,
    },
    /// The report would pay no reward.
    NoReward,
}

impl Refusal {
    /// A stable name for logs and metrics.
    pub fn name(&self) -> &'static str {
        match self {
            Self::NothingToSlash { .. } => "nothing_to_slash",
            Self::SlashedInJailPeriod { .. } => "slashed_in_jail_period",
            Self::NoReward => "no_reward",
        }
    }

    /// The refusal a decoded revert is, if it is one (matched on the typed error).
    pub fn from_revert(revert: &SuiteRevert) -> Option<Self> {
        match &**revert.error.as_ref()? {
            SuiteError::MisbehaviorReports(MisbehaviorReportsErrors::NothingToSlash(error)) => {
                Some(Self::NothingToSlash { owner: error.owner })
            }
            SuiteError::MisbehaviorReports(MisbehaviorReportsErrors::SlashedInJailPeriod(
                error,
            )) => Some(Self::SlashedInJailPeriod {
                owner: error.owner,
                until: error.until.saturating_to(),
            }),
            _ => None,
        }
    }
}

/// Why the relay could not tell whether a report pays: nothing is sent, the evidence waits.
#[derive(Debug, thiserror::Error)]
pub enum EconomicsError {
    /// No price source on a chain where relaying costs real ETH.
    #[error("no XMTP price configured (relay.xmtp_price_eth or relay.price_url): relaying is off on chain {chain_id}")]
    NoPrice {
        /// The chain.
        chain_id: u64,
    },
    /// The price could not be fetched.
    #[error("fetching the XMTP price from {host} failed")]
    PriceFetch {
        /// The price source's host (never its path or query, which may hold a key).
        host: String,
        /// The failure.
        #[source]
        source: reqwest::Error,
    },
    /// The price document has no positive number at the pointer.
    #[error("the price document from {host} has no positive number at {pointer}")]
    PriceMissing {
        /// The price source's host.
        host: String,
        /// The configured JSON pointer.
        pointer: String,
    },
    /// A chain read failed.
    #[error("{method} failed")]
    Read {
        /// The request, e.g. `eth_estimateGas`.
        method: &'static str,
        /// The failure.
        #[source]
        source: TransportError,
    },
    /// The reward could not be read.
    #[error("reading MisbehaviorReports.expectedReporterReward failed")]
    Reward(#[source] alloy::contract::Error),
    /// A simulation reverted with something other than a refusal: the report would fail.
    #[error("{label} would revert: {revert}")]
    WouldRevert {
        /// The call.
        label: &'static str,
        /// The decoded revert.
        revert: Box<SuiteRevert>,
    },
}

/// The XMTP price in ETH: fixed, or fetched and cached.
#[derive(Debug)]
pub struct PriceFeed {
    setting: Option<PriceSetting>,
    cache_for: Duration,
    client: Client,
    cached: Mutex<Option<(Instant, f64)>>,
}

impl PriceFeed {
    /// A feed for `setting` (none: no price), a fetched price used for `cache_for`.
    pub fn new(setting: Option<PriceSetting>, cache_for: Duration) -> Self {
        let client = Client::builder()
            .timeout(PRICE_FETCH_TIMEOUT)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap_or_default();
        Self {
            setting,
            cache_for,
            client,
            cached: Mutex::new(None),
        }
    }

    /// Whether a price source is configured.
    pub fn is_configured(&self) -> bool {
        self.setting.is_some()
    }

    /// One XMTP in ETH; `None` when no source is configured.
    pub async fn xmtp_in_eth(&self) -> Result<Option<f64>, EconomicsError> {
        let (url, pointer) = match &self.setting {
            None => return Ok(None),
            Some(PriceSetting::Fixed(eth)) => return Ok(Some(*eth)),
            Some(PriceSetting::Url { url, json_pointer }) => (url, json_pointer),
        };
        if let Some((at, price)) = *self.lock() {
            if at.elapsed() < self.cache_for {
                return Ok(Some(price));
            }
        }
        let price = self.fetch(url, pointer).await?;
        *self.lock() = Some((Instant::now(), price));
        Ok(Some(price))
    }

    async fn fetch(&self, url: &Url, pointer: &str) -> Result<f64, EconomicsError> {
        let host = url.host_str().unwrap_or_default().to_owned();
        let failed = |source: reqwest::Error| EconomicsError::PriceFetch {
            host: host.clone(),
            source: source.without_url(),
        };
        let document: serde_json::Value = self
            .client
            .get(url.clone())
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .map_err(failed)?
            .json()
            .await
            .map_err(failed)?;
        let price = document.pointer(pointer).and_then(|value| {
            value
                .as_f64()
                .or_else(|| value.as_str().and_then(|text| text.trim().parse().ok()))
        });
        price
            .filter(|price| price.is_finite() && *price > 0.0)
            .ok_or_else(|| EconomicsError::PriceMissing {
                host,
                pointer: pointer.to_owned(),
            })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<(Instant, f64)>> {
        self.cached
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// What relaying one report would earn and cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// The reporter's reward, XMTP wei.
    pub reward: U256,
    /// Gas of the commitment and the report together.
    pub gas: u64,
    /// The fee per gas the sender would pay (base fee plus tip, at most the cap).
    pub fee_per_gas: u128,
}

impl Quote {
    /// What both transactions would cost, wei.
    pub fn cost_wei(&self) -> u128 {
        u128::from(self.gas).saturating_mul(self.fee_per_gas)
    }

    /// The reward valued in ETH wei at `xmtp_in_eth`.
    pub fn reward_wei(&self, xmtp_in_eth: f64) -> U256 {
        // At most 1e6 ETH per XMTP (the config's bound): 1e24, exact enough in u128.
        let price = U256::from((xmtp_in_eth * 1e18).round() as u128);
        self.reward.saturating_mul(price) / U256::from(10u128.pow(18))
    }

    /// Whether the reward, valued at `xmtp_in_eth`, covers the cost times `margin_bps`/10,000.
    pub fn pays(&self, xmtp_in_eth: f64, margin_bps: u64) -> bool {
        let value = self
            .reward_wei(xmtp_in_eth)
            .saturating_mul(U256::from(10_000u64));
        let needed = U256::from(self.cost_wei()).saturating_mul(U256::from(margin_bps));
        !self.reward.is_zero() && value >= needed
    }
}

/// One relay transaction to price: the commitment or the report.
#[derive(Debug, Clone)]
pub struct Priced {
    /// The contract.
    pub to: Address,
    /// The calldata.
    pub data: Bytes,
    /// For errors.
    pub label: &'static str,
}

/// Who pays for relay transactions, and at what fees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Payer {
    /// The keeper's address.
    pub from: Address,
    /// The sender's tip, wei per gas.
    pub tip: u128,
    /// The sender's fee cap, wei per gas.
    pub cap: u128,
}

/// Asks the chain what a report against `owner` pays and what `calls` cost from the payer.
///
/// A call that would revert with a [`Refusal`] gives `Ok(Err(refusal))`; a zero reward gives
/// [`Refusal::NoReward`]. `skip_revert` names reverts that mean the call is not needed (a
/// commitment already on chain): such a call costs nothing.
pub async fn quote(
    provider: &DynProvider,
    reports: Address,
    owner: Address,
    payer: Payer,
    calls: &[Priced],
    skip_revert: impl Fn(&SuiteRevert) -> bool,
) -> Result<Result<Quote, Refusal>, EconomicsError> {
    let mut gas = 0u64;
    for call in calls {
        let request = TransactionRequest {
            from: Some(payer.from),
            to: Some(call.to.into()),
            input: TransactionInput::new(call.data.clone()),
            ..Default::default()
        };
        match provider
            .estimate_gas(request)
            .block(BlockId::pending())
            .await
        {
            Ok(estimate) => gas = gas.saturating_add(estimate),
            Err(error) => match revert_data(&error) {
                Some(data) => {
                    let revert = decode_revert(&data);
                    if let Some(refusal) = Refusal::from_revert(&revert) {
                        return Ok(Err(refusal));
                    }
                    if !skip_revert(&revert) {
                        return Err(EconomicsError::WouldRevert {
                            label: call.label,
                            revert: Box::new(revert),
                        });
                    }
                }
                None => {
                    return Err(EconomicsError::Read {
                        method: "eth_estimateGas",
                        source: error,
                    })
                }
            },
        }
    }
    let reward = MisbehaviorReports::new(reports, provider)
        .expectedReporterReward(owner)
        .call()
        .await
        .map_err(EconomicsError::Reward)?;
    if reward.is_zero() {
        return Ok(Err(Refusal::NoReward));
    }
    let base_fee = provider
        .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
        .await
        .map_err(|source| EconomicsError::Read {
            method: "eth_getBlockByNumber",
            source,
        })?
        .and_then(|block| block.header.base_fee_per_gas)
        .map_or(0, u128::from);
    Ok(Ok(Quote {
        reward,
        gas,
        fee_per_gas: base_fee.saturating_add(payer.tip).min(payer.cap),
    }))
}

/// What relay transactions spent in the last [`BUDGET_WINDOW`], against an hourly budget.
#[derive(Debug)]
pub struct GasLedger {
    budget_wei: Mutex<u128>,
    spent: Mutex<VecDeque<(Instant, u128)>>,
}

impl GasLedger {
    /// A ledger allowing `budget_wei` per rolling hour (0: nothing, relaying is off).
    pub fn new(budget_wei: u128) -> Self {
        Self {
            budget_wei: Mutex::new(budget_wei),
            spent: Mutex::new(VecDeque::new()),
        }
    }

    /// The hourly budget, wei.
    pub fn budget_wei(&self) -> u128 {
        *self
            .budget_wei
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Sets the hourly budget (the configured `relay.hourly_gas_budget_eth`).
    pub fn set_budget_wei(&self, budget_wei: u128) {
        *self
            .budget_wei
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = budget_wei;
    }

    /// Records `wei` spent by a relay transaction (its receipt's gas used × effective price).
    pub fn record(&self, wei: u128) {
        self.record_at(Instant::now(), wei);
    }

    /// Records `wei` spent at `at`.
    pub fn record_at(&self, at: Instant, wei: u128) {
        self.lock().push_back((at, wei));
    }

    /// Wei spent in the window ending at `now`.
    pub fn spent_at(&self, now: Instant) -> u128 {
        let mut spent = self.lock();
        while spent
            .front()
            .is_some_and(|(at, _)| now.saturating_duration_since(*at) >= BUDGET_WINDOW)
        {
            spent.pop_front();
        }
        spent.iter().map(|(_, wei)| *wei).sum()
    }

    /// Wei spent in the last hour.
    pub fn spent(&self) -> u128 {
        self.spent_at(Instant::now())
    }

    /// Whether spending `more` wei now stays within the budget; if not, when it might (the
    /// oldest spending leaves the window).
    pub fn room_for(&self, more: u128, now: Instant) -> Result<(), Duration> {
        let budget = self.budget_wei();
        if budget == 0 {
            return Err(BUDGET_WINDOW);
        }
        if self.spent_at(now).saturating_add(more) <= budget {
            return Ok(());
        }
        let oldest = self.lock().front().map(|(at, _)| *at);
        Err(oldest.map_or(BUDGET_WINDOW, |at| {
            (at + BUDGET_WINDOW).saturating_duration_since(now)
        }))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, VecDeque<(Instant, u128)>> {
        self.spent
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::sol_types::SolError;

    const ETH: u128 = 1_000_000_000_000_000_000;

    #[test]
    fn a_report_pays_only_when_the_reward_covers_the_fee_times_the_margin() {
        // 200,000 gas at 10 gwei: 0.002 ETH.
        let quote = Quote {
            reward: U256::from(ETH), // one XMTP
            gas: 200_000,
            fee_per_gas: 10_000_000_000,
        };
        assert_eq!(quote.cost_wei(), 2_000_000_000_000_000);
        assert!(quote.pays(0.003, 15_000), "0.003 ETH ≥ 1.5 × 0.002");
        assert!(!quote.pays(0.0029, 15_000));
        assert!(quote.pays(0.002, 10_000), "break even");
        let nothing = Quote {
            reward: U256::ZERO,
            ..quote
        };
        assert!(!nothing.pays(1e6, 10_000), "no reward never pays");
    }

    #[test]
    fn a_padded_envelope_costs_more_than_any_small_reward() {
        // The issue's padded envelope: 4,831,610 gas at the 200 gwei cap is ~0.97 ETH.
        let quote = Quote {
            reward: U256::from(ETH / 100),
            gas: 4_831_610,
            fee_per_gas: 200_000_000_000,
        };
        assert!(!quote.pays(1.0, 10_000));
    }

    #[test]
    fn refusals_are_read_from_revert_data() {
        let owner = Address::repeat_byte(7);
        let data = MisbehaviorReports::NothingToSlash { owner }.abi_encode();
        assert_eq!(
            Refusal::from_revert(&decode_revert(&data)),
            Some(Refusal::NothingToSlash { owner })
        );
        let data = MisbehaviorReports::SlashedInJailPeriod {
            owner,
            until: U256::from(1_700_000_000u64),
        }
        .abi_encode();
        assert_eq!(
            Refusal::from_revert(&decode_revert(&data)),
            Some(Refusal::SlashedInJailPeriod {
                owner,
                until: 1_700_000_000
            })
        );
        assert_eq!(
            Refusal::from_revert(&decode_revert(&[0xde, 0xad, 0xbe, 0xef])),
            None
        );
    }

    #[test]
    fn the_budget_is_a_rolling_hour() {
        let ledger = GasLedger::new(ETH / 20);
        let start = Instant::now();
        assert_eq!(ledger.room_for(ETH / 20, start), Ok(()));
        ledger.record_at(start, ETH / 40);
        ledger.record_at(start + Duration::from_secs(600), ETH / 40);
        let later = start + Duration::from_secs(1_200);
        assert_eq!(ledger.spent_at(later), ETH / 20);
        assert_eq!(ledger.room_for(1, later), Err(Duration::from_secs(2_400)));
        // The first spending leaves the window an hour after it.
        let freed = start + BUDGET_WINDOW;
        assert_eq!(ledger.spent_at(freed), ETH / 40);
        assert_eq!(ledger.room_for(ETH / 40, freed), Ok(()));
    }

    #[test]
    fn a_zero_budget_relays_nothing() {
        let ledger = GasLedger::new(0);
        assert!(ledger.room_for(0, Instant::now()).is_err());
    }

    /// A one-shot HTTP server answering every request with `status` and `body`; counts requests.
    async fn price_server(
        status: u16,
        body: &'static str,
    ) -> (Url, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
        use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!(
            "http://{}/v1/price?key=secret",
            listener.local_addr().unwrap()
        );
        let hits = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counted = std::sync::Arc::clone(&hits);
        tokio::spawn(async move {
            while let Ok((mut stream, _)) = listener.accept().await {
                counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let mut buf = [0u8; 4096];
                let _ = stream.read(&mut buf).await;
                let reply = format!(
                    "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = stream.write_all(reply.as_bytes()).await;
            }
        });
        (Url::parse(&url).unwrap(), hits)
    }

    #[tokio::test]
    async fn a_fetched_price_is_read_at_its_pointer_and_cached() {
        let (url, hits) = price_server(200, r#"{"xmtp": {"eth": "0.00025"}}"#).await;
        let feed = PriceFeed::new(
            Some(PriceSetting::Url {
                url,
                json_pointer: "/xmtp/eth".to_owned(),
            }),
            Duration::from_secs(60),
        );
        assert_eq!(feed.xmtp_in_eth().await.unwrap(), Some(0.00025));
        assert_eq!(feed.xmtp_in_eth().await.unwrap(), Some(0.00025));
        assert_eq!(hits.load(std::sync::atomic::Ordering::SeqCst), 1, "cached");
    }

    #[tokio::test]
    async fn a_price_source_that_fails_stops_relaying_with_a_typed_error_naming_only_its_host() {
        for (status, body, pointer) in [
            (500, "{}", "/eth"),
            (200, r#"{"eth": -1}"#, "/eth"),
            (200, r#"{"eth": 1}"#, "/usd"),
            (200, "not json", "/eth"),
        ] {
            let (url, _) = price_server(status, body).await;
            let feed = PriceFeed::new(
                Some(PriceSetting::Url {
                    url,
                    json_pointer: pointer.to_owned(),
                }),
                Duration::from_secs(60),
            );
            let error = feed.xmtp_in_eth().await.unwrap_err();
            assert!(
                matches!(
                    error,
                    EconomicsError::PriceFetch { .. } | EconomicsError::PriceMissing { .. }
                ),
                "{error:?}"
            );
            let line = crate::keeper::one_line(&error);
            assert!(line.contains("127.0.0.1"), "{line}");
            assert!(!line.contains("secret"), "the URL's key leaked: {line}");
        }
    }

    #[test]
    fn a_fixed_price_needs_no_fetch() {
        let feed = PriceFeed::new(Some(PriceSetting::Fixed(0.25)), Duration::from_secs(1));
        let price = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(feed.xmtp_in_eth())
            .unwrap();
        assert_eq!(price, Some(0.25));
        assert!(!PriceFeed::new(None, Duration::from_secs(1)).is_configured());
    }
}
