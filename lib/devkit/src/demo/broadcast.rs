//! The first chapter: payloads published to both broadcasters, singly and in a batch, read back
//! from their events and checked for order and content.

use std::io::Write;

use alloy::{
    primitives::{keccak256, Address, Bytes, FixedBytes, B256},
    providers::{DynProvider, Provider},
};

use super::{
    report::{plural, thousands},
    DemoError,
};
use crate::{
    broadcasters::{
        add_identity_update, add_identity_updates, add_message, add_messages, check_contiguous,
        group_messages, identity_updates, Kind, Published,
    },
    deployments::{GROUP_MESSAGES, IDENTITY_UPDATES},
};

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

/// The broadcasters' proxies.
pub(super) struct Contracts {
    pub(super) identity: Address,
    pub(super) groups: Address,
}

/// Gas of the publishing transactions: each single publish, then the batch.
struct Gas {
    singles: Vec<u64>,
    batch: u64,
}

/// Publishes to both broadcasters, reads the events back, checks them and prints one line each.
pub(super) async fn run(
    provider: &DynProvider,
    contracts: &Contracts,
    out: &mut impl Write,
) -> Result<(), DemoError> {
    // Deployment emits no publish events, so reading from the current head on is complete.
    let from_block = provider.get_block_number().await.map_err(DemoError::Rpc)?;

    let mut singles = Vec::new();
    for (owner, text) in SINGLE_UPDATES {
        let receipt = add_identity_update(
            provider,
            contracts.identity,
            inbox_id(owner),
            Bytes::from(text),
        )
        .await?;
        singles.push(receipt.gas_used);
    }
    let (ids, payloads) = BATCH_UPDATES
        .iter()
        .map(|(o, t)| (inbox_id(o), Bytes::from(*t)))
        .unzip();
    let batch = add_identity_updates(provider, contracts.identity, ids, payloads)
        .await?
        .gas_used;
    let updates_gas = Gas { singles, batch };

    let mut singles = Vec::new();
    for (group, text) in SINGLE_MESSAGES {
        let receipt = add_message(
            provider,
            contracts.groups,
            group_id(group),
            Bytes::from(text),
        )
        .await?;
        singles.push(receipt.gas_used);
    }
    let (ids, payloads) = BATCH_MESSAGES
        .iter()
        .map(|(g, t)| (group_id(g), Bytes::from(*t)))
        .unzip();
    let batch = add_messages(provider, contracts.groups, ids, payloads)
        .await?
        .gas_used;
    let messages_gas = Gas { singles, batch };

    let updates = identity_updates(provider, contracts.identity, from_block).await?;
    let sent_updates = sent(SINGLE_UPDATES.iter().chain(&BATCH_UPDATES), |o| {
        Bytes::copy_from_slice(inbox_id(o).as_slice())
    });
    verify(Kind::IdentityUpdate, &updates, &sent_updates)?;
    let messages = group_messages(provider, contracts.groups, from_block).await?;
    let sent_messages = sent(SINGLE_MESSAGES.iter().chain(&BATCH_MESSAGES), |g| {
        Bytes::copy_from_slice(group_id(g).as_slice())
    });
    verify(Kind::GroupMessage, &messages, &sent_messages)?;

    writeln!(out, "Broadcasters")?;
    for (name, address, published, gas, batch_len) in [
        (
            IDENTITY_UPDATES,
            contracts.identity,
            &updates,
            &updates_gas,
            BATCH_UPDATES.len(),
        ),
        (
            GROUP_MESSAGES,
            contracts.groups,
            &messages,
            &messages_gas,
            BATCH_MESSAGES.len(),
        ),
    ] {
        let singles = gas
            .singles
            .iter()
            .map(|g| thousands(*g))
            .collect::<Vec<_>>()
            .join(", ");
        writeln!(
            out,
            "  {name:<15} {address}: {} single publish{} and a batch of {batch_len}, read back as \
             sequence ids 1..={} in order with the payloads sent (gas {singles}; batch {})",
            gas.singles.len(),
            if gas.singles.len() == 1 { "" } else { "es" },
            published.len(),
            thousands(gas.batch)
        )?;
    }
    let sample = messages
        .last()
        .map(|p| String::from_utf8_lossy(&p.payload).into_owned())
        .unwrap_or_default();
    writeln!(
        out,
        "  e.g. {GROUP_MESSAGES} #{}: {:?} ({} event{} read in all)",
        messages.len(),
        sample,
        updates.len() + messages.len(),
        plural(updates.len() + messages.len())
    )?;
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
