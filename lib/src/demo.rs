//! The system tour behind `keeper demo`: start anvil, deploy the suite with the deploy script,
//! publish singles and batches to both broadcasters, read the events back, check their
//! ordering, seat staked nodes, settle a usage report signed by the epoch's active nodes against
//! funded payers, distribute the fees to the nodes and pay them, and print what happened.

mod report;
mod rewards;
mod usage;

use std::io::Write;

use alloy::{
    primitives::{keccak256, Bytes, FixedBytes, B256, U256},
    providers::Provider,
    transports::TransportError,
};

use crate::{
    broadcasters::{
        add_identity_update, add_identity_updates, add_message, add_messages, check_contiguous,
        group_messages, identity_updates, EventsError, Kind, OrderingError, PublishError,
        Published,
    },
    deployments::{
        DeploymentsError, GROUP_MESSAGES, IDENTITY_UPDATES, NODES, NODE_EARNINGS_TRACKER,
        NODE_SELECTION_MANAGER, PAYERS, REWARD_DISTRIBUTOR, USDC, XMTP,
    },
    devnet::{DevnetError, LocalChain},
    payers::{tree::TreeError, DepositError, UsageError},
    rewards::RewardsError,
    selection::{SeatError, SelectionError},
    tx::{Revert, TxError},
};
use report::{Section, TxSummary};
use xmtp_bindings::mock_usdc::MockUSDC::MockUSDCErrors;

/// Identity updates published one per transaction: (inbox owner, payload).
const SINGLE_UPDATES: [(&str, &str); 2] = [
    ("alice", "alice: created inbox"),
    ("alice", "alice: added installation 1"),
];

/// Identity updates published in one batch.
const BATCH_UPDATES: [(&str, &str); 3] = [
    ("bob", "bob: created inbox"),
    ("bob", "bob: added installation 1"),
    ("alice", "alice: added installation 2"),
];

/// Group messages published one per transaction: (group, payload).
const SINGLE_MESSAGES: [(&str, &str); 2] = [
    ("book-club", "alice: hi everyone"),
    ("book-club", "bob: hello alice"),
];

/// Group messages published in one batch.
const BATCH_MESSAGES: [(&str, &str); 3] = [
    ("book-club", "alice: chapter 3 tonight?"),
    ("dev-chat", "bob: pushed the fix"),
    ("book-club", "bob: sounds good"),
];

/// Why the tour stopped.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    /// anvil did not start or the suite did not deploy.
    #[error("setting up the local chain")]
    Devnet(#[from] DevnetError),
    /// The deployment record lacks a broadcaster.
    #[error("finding the broadcasters")]
    Deployments(#[from] DeploymentsError),
    /// The chain could not be queried.
    #[error("reading the chain head")]
    Rpc(#[source] TransportError),
    /// A publish failed.
    #[error("publishing")]
    Publish(#[from] PublishError),
    /// The events could not be read back.
    #[error("reading the publishes back")]
    Events(#[from] EventsError),
    /// The events are not numbered 1..=n.
    #[error("checking the read-back order")]
    Ordering(#[from] OrderingError),
    /// The events differ from what was published.
    #[error("{kind} with sequence id {sequence_id} differs from what was published: {detail}")]
    Mismatch {
        /// The broadcaster.
        kind: Kind,
        /// The event's sequence id.
        sequence_id: u64,
        /// What differs.
        detail: String,
    },
    /// The read-back has a different number of events than were published.
    #[error("published {sent} {kind}s but read back {read}")]
    Count {
        /// The broadcaster.
        kind: Kind,
        /// Number published.
        sent: usize,
        /// Number read back.
        read: usize,
    },
    /// The nodes could not be added, staked, registered or seated.
    #[error("seating the nodes")]
    Seat(#[from] SeatError),
    /// The demo's USDC could not be minted.
    #[error("minting the demo's USDC")]
    Mint(#[from] TxError<Revert<MockUSDCErrors>>),
    /// A deposit failed.
    #[error("depositing for a payer")]
    Deposit(#[from] DepositError),
    /// The payer tree could not be built.
    #[error("building the payer tree")]
    Tree(#[from] TreeError),
    /// A node could not sign the report.
    #[error("signing the usage report")]
    Sign(#[from] alloy::signers::Error),
    /// The report could not be submitted or settled.
    #[error("submitting or settling the usage report")]
    Usage(#[from] UsageError),
    /// A payer's balance after settlement is not its deposit minus its charge.
    #[error("{payer} holds {actual} USDC after settlement, expected {expected}")]
    Balance {
        /// The payer's name in the demo.
        payer: &'static str,
        /// Deposit minus charge.
        expected: String,
        /// What `Payers.balanceOf` says.
        actual: String,
    },
    /// The rotation was refused.
    #[error("rotating the node set")]
    Rotate(#[from] SelectionError),
    /// The rotation was not due after the clock moved to when it was due.
    #[error("rotation not due (next at {0}) after advancing the clock")]
    RotationNotDue(U256),
    /// anvil's clock could not be moved.
    #[error("advancing anvil's clock")]
    Clock(#[source] TransportError),
    /// Distribution, payout or an earnings read failed.
    #[error("distributing or paying rewards")]
    Rewards(#[from] RewardsError),
    /// A node's payout differs from what the tracker says it earned.
    #[error("node {node} earned {earned} in the period but was paid {paid}")]
    Payout {
        /// The node id.
        node: u32,
        /// What the tracker records.
        earned: String,
        /// What the payout events carried.
        paid: String,
    },
    /// A view call failed.
    #[error("reading {0}")]
    Read(&'static str, #[source] Box<alloy::contract::Error>),
    /// The report could not be written.
    #[error("writing the report")]
    Output(#[from] std::io::Error),
}

/// Runs the tour, writing its report to `out`. anvil is stopped before this returns.
pub async fn run(out: &mut impl Write) -> Result<(), DemoError> {
    let chain = LocalChain::start().await?;
    writeln!(
        out,
        "anvil     chain {} at {}",
        chain.chain_id(),
        chain.endpoint()
    )?;
    let deployments = chain.deploy_suite().await?;
    let identity = deployments.proxy(IDENTITY_UPDATES)?;
    let groups = deployments.proxy(GROUP_MESSAGES)?;
    writeln!(
        out,
        "deployed  {IDENTITY_UPDATES} at {identity}, {GROUP_MESSAGES} at {groups}"
    )?;

    let provider = chain.provider();
    // Deployment emits no publish events, so reading from the current head on is complete.
    let from_block = provider.get_block_number().await.map_err(DemoError::Rpc)?;

    let mut identity_txs = Vec::new();
    for (owner, text) in SINGLE_UPDATES {
        let receipt =
            add_identity_update(&provider, identity, inbox_id(owner), Bytes::from(text)).await?;
        identity_txs.push(TxSummary::new("addIdentityUpdate", &receipt));
    }
    let (ids, payloads) = BATCH_UPDATES
        .iter()
        .map(|(o, t)| (inbox_id(o), Bytes::from(*t)))
        .unzip();
    let receipt = add_identity_updates(&provider, identity, ids, payloads).await?;
    identity_txs.push(TxSummary::new("addIdentityUpdates", &receipt));

    let mut group_txs = Vec::new();
    for (group, text) in SINGLE_MESSAGES {
        let receipt = add_message(&provider, groups, group_id(group), Bytes::from(text)).await?;
        group_txs.push(TxSummary::new("addMessage", &receipt));
    }
    let (ids, payloads) = BATCH_MESSAGES
        .iter()
        .map(|(g, t)| (group_id(g), Bytes::from(*t)))
        .unzip();
    let receipt = add_messages(&provider, groups, ids, payloads).await?;
    group_txs.push(TxSummary::new("addMessages", &receipt));

    let updates = identity_updates(&provider, identity, from_block).await?;
    let sent_updates = sent(SINGLE_UPDATES.iter().chain(&BATCH_UPDATES), |o| {
        Bytes::copy_from_slice(inbox_id(o).as_slice())
    });
    verify(Kind::IdentityUpdate, &updates, &sent_updates)?;
    let messages = group_messages(&provider, groups, from_block).await?;
    let sent_messages = sent(SINGLE_MESSAGES.iter().chain(&BATCH_MESSAGES), |g| {
        Bytes::copy_from_slice(group_id(g).as_slice())
    });
    verify(Kind::GroupMessage, &messages, &sent_messages)?;

    for section in [
        Section {
            contract: IDENTITY_UPDATES,
            address: identity,
            published: &updates,
            txs: &identity_txs,
        },
        Section {
            contract: GROUP_MESSAGES,
            address: groups,
            published: &messages,
            txs: &group_txs,
        },
    ] {
        writeln!(out)?;
        section.write(out)?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "ordering  {IDENTITY_UPDATES} 1..={} and {GROUP_MESSAGES} 1..={}: contiguous, matching what was sent",
        updates.len(),
        messages.len()
    )?;

    writeln!(out)?;
    let contracts = usage::Contracts {
        nodes: deployments.proxy(NODES)?,
        selection: deployments.proxy(NODE_SELECTION_MANAGER)?,
        payers: deployments.proxy(PAYERS)?,
        usdc: deployments.token(USDC)?,
        xmtp: deployments.token(XMTP)?,
    };
    let seated = usage::run(&chain, &provider, &contracts, out).await?;
    writeln!(out)?;
    let contracts = rewards::Contracts {
        selection: contracts.selection,
        distributor: deployments.proxy(REWARD_DISTRIBUTOR)?,
        tracker: deployments.proxy(NODE_EARNINGS_TRACKER)?,
    };
    rewards::run(&provider, &contracts, &seated, out).await?;
    writeln!(out)?;

    drop(chain);
    writeln!(out, "anvil     stopped")?;
    Ok(())
}

/// The demo's inbox id for `owner`: a stable stand-in for a real inbox id hash.
fn inbox_id(owner: &str) -> B256 {
    keccak256(format!("inbox:{owner}"))
}

/// The demo's group id for `group`: the first 16 bytes of a hash of its name.
fn group_id(group: &str) -> FixedBytes<16> {
    FixedBytes::from_slice(&keccak256(format!("group:{group}"))[..16])
}

/// What was sent, in publish order: (id bytes, payload).
fn sent<'a>(
    entries: impl Iterator<Item = &'a (&'a str, &'a str)>,
    id: impl Fn(&str) -> Bytes,
) -> Vec<(Bytes, Bytes)> {
    entries
        .map(|(key, text)| (id(key), Bytes::from(text.as_bytes().to_vec())))
        .collect()
}

/// Checks that `read` is numbered 1..=n and carries exactly `sent`, in order.
fn verify(kind: Kind, read: &[Published], sent: &[(Bytes, Bytes)]) -> Result<(), DemoError> {
    check_contiguous(read)?;
    if read.len() != sent.len() {
        return Err(DemoError::Count {
            kind,
            sent: sent.len(),
            read: read.len(),
        });
    }
    for (p, (id, payload)) in read.iter().zip(sent) {
        let detail = if &p.id != id {
            format!("id {} instead of {id}", p.id)
        } else if &p.payload != payload {
            format!("payload {} instead of {payload}", p.payload)
        } else {
            continue;
        };
        return Err(DemoError::Mismatch {
            kind,
            sequence_id: p.sequence_id,
            detail,
        });
    }
    Ok(())
}
