//! The network before the month: node operators with a node NFT each stake the minimum and
//! register as candidates, governance sizes the active set and prices served messages, and the
//! payers deposit USDC.

use std::io::Write;

use alloy::primitives::{keccak256, Address, U256};
use xmtp_bindings::{
    mock_usdc::MockUSDC::{self, MockUSDCErrors},
    node_selection_manager::NodeSelectionManager::{self, NodeSelectionManagerErrors},
    reward_distributor::RewardDistributor::{self, RewardDistributorErrors},
    xmtp_treasury::XMTPTreasury::{self, XMTPTreasuryErrors},
};

use super::{
    read_error,
    report::{percent, usdc, usdc_exact, usdc_units, xmtp, USDC_UNIT},
    to_u64, DemoError, Options, Tour,
};
use crate::{
    payers::approve_and_deposit,
    selection::{register_nodes, SeatedNode, SeatingContracts},
    tx::{self, Revert},
};

/// The contract's default number of seats; a smaller tour halves its node count instead.
const DEFAULT_SEATS: usize = 10;

/// What a payer pays per message served, in USDC units (0.0065 USDC): about a fifth above the
/// nodes' average costs, so that the cap holds back the light nodes' earnings and not the heavy
/// nodes'.
pub(super) const PRICE_PER_MESSAGE: u64 = 6_500;

/// What a node's costs grow by per message it serves, in USDC units (0.002 USDC): set by
/// governance, so that nodes serving more cost more.
pub(super) const VARIABLE_COST_PER_MESSAGE: u64 = 2_000;

/// Governance's deposit into the base-pay reserve, in months of the full set's base pay.
const RESERVE_MONTHS: u64 = 1;

/// The share of each excess above the cap that refills the reserve (governance's choice), bps.
const RESERVE_SHARE_BPS: u16 = 2_000;

/// The average messages a node serves in an epoch (see `usage::messages`).
const AVERAGE_MESSAGES: u64 = 5_000;

/// The payers: (name, percent of every report's fees). The last deposits too little.
pub(super) const PAYERS: [(&str, u64); 5] = [
    ("alice-app", 35),
    ("bob-app", 25),
    ("carol-app", 20),
    ("dave-app", 12),
    ("erin-app", 8),
];

/// Deposits cover this many percent of a payer's expected fees; the last payer's cover
/// [`SHORT_DEPOSIT_PERCENT`].
const DEPOSIT_PERCENT: u64 = 130;
const SHORT_DEPOSIT_PERCENT: u64 = 40;

/// A payer of the tour.
#[derive(Debug, Clone)]
pub(super) struct Payer {
    pub(super) name: &'static str,
    pub(super) address: Address,
    /// Percent of each report's fees charged to it.
    pub(super) share: u64,
    /// USDC units deposited.
    pub(super) deposit: U256,
}

/// The network the month runs on.
pub(super) struct Network {
    /// The nodes, ids ascending.
    pub(super) nodes: Vec<SeatedNode>,
    /// Seats in the active set.
    pub(super) seats: usize,
    /// Seconds.
    pub(super) epoch_duration: u64,
    /// The payers.
    pub(super) payers: Vec<Payer>,
}

impl Network {
    /// The node with id `id`.
    pub(super) fn node(&self, id: u32) -> Option<&SeatedNode> {
        self.nodes.iter().find(|n| n.id == id)
    }
}

/// Registers the nodes, configures the set and the costs, funds the payers; prints each.
pub(super) async fn run(
    tour: &Tour,
    options: &Options,
    out: &mut impl Write,
) -> Result<Network, DemoError> {
    let c = &tour.contracts;
    let seating = SeatingContracts {
        nodes: c.nodes,
        selection: c.selection,
        xmtp: c.xmtp,
    };
    let nodes = register_nodes(&tour.chain, &tour.admin, seating, options.nodes).await?;

    let manager = NodeSelectionManager::new(c.selection, &tour.admin);
    let seats = DEFAULT_SEATS.min(options.nodes / 2);
    if seats != DEFAULT_SEATS {
        send_selection(
            manager.setActiveSetSize(U256::from(seats)),
            "setActiveSetSize",
        )
        .await?;
    }
    let bps = to_u64(
        manager
            .maxDailyTurnoverBps()
            .call()
            .await
            .map_err(read_error("NodeSelectionManager.maxDailyTurnoverBps"))?,
    );
    // A small set would round the default 20% down to no replacement at all: allow one a day.
    let raised = seats as u64 * bps / 10_000 == 0;
    if raised {
        let one_a_day = 10_000u64.div_ceil(seats as u64);
        send_selection(
            manager.setMaxDailyTurnoverBps(U256::from(one_a_day)),
            "setMaxDailyTurnoverBps",
        )
        .await?;
    }
    let read = |what| read_error(what);
    let turnover_cap = to_u64(
        manager
            .turnoverCap()
            .call()
            .await
            .map_err(read("NodeSelectionManager.turnoverCap"))?,
    );
    let turnover_bps = to_u64(
        manager
            .maxDailyTurnoverBps()
            .call()
            .await
            .map_err(read("NodeSelectionManager.maxDailyTurnoverBps"))?,
    );
    let epoch_duration = to_u64(
        manager
            .epochDuration()
            .call()
            .await
            .map_err(read("NodeSelectionManager.epochDuration"))?,
    );
    let waiting = to_u64(
        manager
            .waitingPeriod()
            .call()
            .await
            .map_err(read("NodeSelectionManager.waitingPeriod"))?,
    );
    let stake = manager
        .minimumStake()
        .call()
        .await
        .map_err(read("NodeSelectionManager.minimumStake"))?;

    let distributor = RewardDistributor::new(c.distributor, &tour.admin);
    tx::send::<_, _, RewardDistributorErrors, Revert<RewardDistributorErrors>>(
        distributor.setVariableCostPerMessage(U256::from(VARIABLE_COST_PER_MESSAGE)),
        "RewardDistributor",
        "setVariableCostPerMessage",
    )
    .await?;
    let base_pay = distributor
        .basePayPerMonth()
        .call()
        .await
        .map_err(read("RewardDistributor.basePayPerMonth"))?;
    let cap_bps = to_u64(
        distributor
            .profitCapBps()
            .call()
            .await
            .map_err(read("RewardDistributor.profitCapBps"))?,
    );
    let payout_period = to_u64(
        distributor
            .payoutPeriod()
            .call()
            .await
            .map_err(read("RewardDistributor.payoutPeriod"))?,
    );

    let (first, last) = (
        nodes.first().map_or(0, |n| n.id),
        nodes.last().map_or(0, |n| n.id),
    );
    writeln!(out, "Nodes")?;
    writeln!(
        out,
        "  {} operators (anvil dev accounts) each own a node NFT (nodes {first} to {last}, in \
         steps of 100: ids below 100 are xmtpd's own originators) with a fresh signing key, \
         staked {} XMTP and registered as candidates",
        nodes.len(),
        xmtp(stake)
    )?;
    writeln!(
        out,
        "  active set {seats} seats{}; epochs of {} h; at most {turnover_cap} replacement{} in any \
         24 h ({}){}; eligible {} h after registering",
        if seats == DEFAULT_SEATS {
            ""
        } else {
            " (set by governance)"
        },
        epoch_duration / 3600,
        super::report::plural(turnover_cap as usize),
        percent(turnover_bps),
        if raised {
            " (raised by governance)"
        } else {
            ""
        },
        waiting / 3600
    )?;
    writeln!(
        out,
        "  node costs: base pay {} USDC a month, plus {} USDC a message served (set by \
         governance); earnings capped at {} of costs per payout period of {} days",
        usdc(base_pay),
        usdc_exact(VARIABLE_COST_PER_MESSAGE),
        percent(cap_bps),
        payout_period / 86_400
    )?;

    let reserve = fund_reserve(tour, base_pay * U256::from(seats as u64 * RESERVE_MONTHS)).await?;
    writeln!(
        out,
        "  base pay is guaranteed: governance deposited {} USDC into the treasury's base-pay \
         reserve (fundBasePayReserve), {} month(s) of the full set's base pay ({seats} seats × \
         {} USDC), drawn when an epoch's fees cannot pay it; {} of each excess above the cap \
         refills it (setBasePayReserveShareBps)",
        usdc(reserve.0),
        months(reserve.1),
        usdc(base_pay),
        percent(u64::from(RESERVE_SHARE_BPS))
    )?;

    let payers = fund_payers(tour, options, seats).await?;
    writeln!(out)?;
    writeln!(out, "Payers")?;
    let total: U256 = payers.iter().map(|p| p.deposit).sum();
    let list = payers
        .iter()
        .map(|p| format!("{} {}", p.name, usdc(p.deposit)))
        .collect::<Vec<_>>()
        .join(", ");
    writeln!(
        out,
        "  {} payers deposited {} USDC: {list}",
        payers.len(),
        usdc(total)
    )?;
    writeln!(
        out,
        "  each report charges its fees ({} USDC a message) to them in shares of {}; {} \
         deposited too little and will run into debt",
        usdc_exact(PRICE_PER_MESSAGE),
        PAYERS
            .iter()
            .map(|(_, share)| format!("{share}%"))
            .collect::<Vec<_>>()
            .join(" / "),
        PAYERS.last().map_or("", |(name, _)| name)
    )?;
    Ok(Network {
        nodes,
        seats,
        epoch_duration,
        payers,
    })
}

/// Governance funds the base-pay reserve with `amount` and sets the reserve's share of the
/// excess; returns the reserve and the months of base pay it covers (bps).
async fn fund_reserve(tour: &Tour, amount: U256) -> Result<(U256, U256), DemoError> {
    let c = &tour.contracts;
    tx::send::<_, _, MockUSDCErrors, Revert<MockUSDCErrors>>(
        MockUSDC::new(c.usdc, &tour.admin).mint(tour.chain.signer().address(), amount),
        "USDC",
        "mint",
    )
    .await?;
    tx::send::<_, _, MockUSDCErrors, Revert<MockUSDCErrors>>(
        MockUSDC::new(c.usdc, &tour.admin).approve(c.treasury, amount),
        "USDC",
        "approve",
    )
    .await?;
    let treasury = XMTPTreasury::new(c.treasury, &tour.admin);
    tx::send::<_, _, XMTPTreasuryErrors, Revert<XMTPTreasuryErrors>>(
        treasury.fundBasePayReserve(amount),
        "XMTPTreasury",
        "fundBasePayReserve",
    )
    .await?;
    tx::send::<_, _, XMTPTreasuryErrors, Revert<XMTPTreasuryErrors>>(
        treasury.setBasePayReserveShareBps(RESERVE_SHARE_BPS),
        "XMTPTreasury",
        "setBasePayReserveShareBps",
    )
    .await?;
    reserve_coverage(tour).await
}

/// The base-pay reserve and the months of the full set's base pay it covers, in bps
/// (`Automation.basePayReserveCoverage`).
pub(super) async fn reserve_coverage(tour: &Tour) -> Result<(U256, U256), DemoError> {
    let coverage =
        xmtp_bindings::automation::Automation::new(tour.contracts.automation, &tour.admin)
            .basePayReserveCoverage()
            .call()
            .await
            .map_err(read_error("Automation.basePayReserveCoverage"))?;
    Ok((coverage.reserve, coverage.monthsBps))
}

/// Months in bps as a readable number of months: `1`, `0.75`, `unlimited`.
pub(super) fn months(bps: U256) -> String {
    if bps == U256::MAX {
        return "unlimited".to_owned();
    }
    let bps = to_u64(bps);
    let (whole, rest) = (bps / 10_000, bps % 10_000 / 100);
    if rest == 0 {
        whole.to_string()
    } else {
        format!("{whole}.{rest:02}")
            .trim_end_matches('0')
            .to_owned()
    }
}

/// Mints the deposits and deposits them for each payer: enough for the tour's expected fees,
/// except for the last payer.
async fn fund_payers(
    tour: &Tour,
    options: &Options,
    seats: usize,
) -> Result<Vec<Payer>, DemoError> {
    let c = &tour.contracts;
    // Expected fees of the whole tour, in USDC units.
    let expected =
        seats as u64 * AVERAGE_MESSAGES * PRICE_PER_MESSAGE * 2 * u64::from(options.days);
    let payers: Vec<Payer> = PAYERS
        .iter()
        .enumerate()
        .map(|(i, (name, share))| {
            let cover = if i + 1 == PAYERS.len() {
                SHORT_DEPOSIT_PERCENT
            } else {
                DEPOSIT_PERCENT
            };
            // Whole USDC, at least Payers' minimum deposit of 10.
            let whole = (expected * share / 100 * cover / 100 / USDC_UNIT).max(10);
            Payer {
                name,
                address: payer_address(name),
                share: *share,
                deposit: usdc_units(whole),
            }
        })
        .collect();
    let total: U256 = payers.iter().map(|p| p.deposit).sum();
    tx::send::<_, _, MockUSDCErrors, Revert<MockUSDCErrors>>(
        MockUSDC::new(c.usdc, &tour.admin).mint(tour.chain.signer().address(), total),
        "USDC",
        "mint",
    )
    .await?;
    for payer in &payers {
        approve_and_deposit(&tour.admin, c.payers, c.usdc, payer.address, payer.deposit).await?;
    }
    Ok(payers)
}

/// The demo's address for a payer name: a stand-in for an app's account.
fn payer_address(name: &str) -> Address {
    Address::from_word(keccak256(format!("payer:{name}")))
}

async fn send_selection<P: alloy::providers::Provider, C: alloy::sol_types::SolCall>(
    call: alloy::contract::SolCallBuilder<P, C>,
    function: &'static str,
) -> Result<(), DemoError> {
    tx::send::<_, _, NodeSelectionManagerErrors, Revert<NodeSelectionManagerErrors>>(
        call,
        "NodeSelectionManager",
        function,
    )
    .await?;
    Ok(())
}
