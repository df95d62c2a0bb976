//! `NodeSelectionManager`: operators staking and joining the candidate queue, rotating the
//! active set, and (on a local chain) seating a set of nodes from scratch.

use alloy::{
    primitives::{Address, U256},
    providers::{DynProvider, Provider},
    rpc::types::TransactionReceipt,
    signers::local::PrivateKeySigner,
    transports::TransportError,
};
use xmtp_bindings::{
    mock_xmtp::MockXMTP::{self, MockXMTPErrors},
    node_selection_manager::NodeSelectionManager::{self, NodeSelectionManagerErrors},
};

use crate::{
    devnet::{self, LocalChain},
    nodes::{add_node, AddNodeError},
    tx::{self, Revert, TxError},
};

use crate::deployments::NODE_SELECTION_MANAGER as MANAGER;

/// Why a call to `NodeSelectionManager` did not land, with its error decoded by name.
pub type SelectionError = TxError<Revert<NodeSelectionManagerErrors>>;

/// Why a call to the (mock) XMTP token did not land.
pub type StakeTokenError = TxError<Revert<MockXMTPErrors>>;

/// Why an operator could not stake and join the candidate queue.
#[derive(Debug, thiserror::Error)]
pub enum JoinError {
    /// Minting or approving the stake failed.
    #[error(transparent)]
    Token(#[from] StakeTokenError),
    /// The manager refused the stake or the registration.
    #[error(transparent)]
    Selection(#[from] SelectionError),
}

/// What a rotation attempt found.
#[derive(Debug, Clone)]
pub enum Rotation {
    /// This call rotated the set; the receipt holds its `EpochStarted`.
    Rotated(Box<TransactionReceipt>),
    /// The current epoch is not over: nothing to do (another keeper may have rotated already).
    NotDue {
        /// When the next rotation may happen (unix seconds).
        next_rotation_at: U256,
    },
}

/// Approves the manager for `amount` XMTP, stakes it and joins the candidate queue, as the
/// operator that signs for `provider`. The operator must own an enabled node NFT and hold
/// `amount` XMTP.
pub async fn stake_and_register<P: Provider>(
    provider: &P,
    selection: Address,
    xmtp: Address,
    amount: U256,
) -> Result<(), JoinError> {
    tx::send::<_, _, MockXMTPErrors, Revert<MockXMTPErrors>>(
        MockXMTP::new(xmtp, provider).approve(selection, amount),
        "XMTP",
        "approve",
    )
    .await?;
    let manager = NodeSelectionManager::new(selection, provider);
    send(manager.stake(amount), "stake").await?;
    send(manager.register(), "register").await?;
    Ok(())
}

/// Rotates the active set if the current epoch is over. "Not due" is an outcome, not a failure:
/// it is what a second keeper finds after the first one rotated.
pub async fn rotate<P: Provider>(
    provider: &P,
    selection: Address,
) -> Result<Rotation, SelectionError> {
    let manager = NodeSelectionManager::new(selection, provider);
    match send(manager.rotateNodes(), "rotateNodes").await {
        Ok(receipt) => Ok(Rotation::Rotated(Box::new(receipt))),
        Err(err) => match err.rejection() {
            Some(Revert::Known(NodeSelectionManagerErrors::RotationNotDue(e))) => {
                Ok(Rotation::NotDue {
                    next_rotation_at: e.nextRotationAt,
                })
            }
            _ => Err(err),
        },
    }
}

/// A node seated by [`seat_nodes`].
#[derive(Debug, Clone)]
pub struct SeatedNode {
    /// The node id (its NFT's token id).
    pub id: u32,
    /// The operator: owner of the node NFT, staker, and the address the manager knows it by.
    pub operator: PrivateKeySigner,
    /// The node's signing key (signs usage reports).
    pub signing_key: PrivateKeySigner,
}

/// The addresses [`seat_nodes`] needs.
#[derive(Debug, Clone, Copy)]
pub struct SeatingContracts {
    /// The node registry.
    pub nodes: Address,
    /// The node selection manager.
    pub selection: Address,
    /// The (mock) XMTP token that operators stake.
    pub xmtp: Address,
}

impl SeatingContracts {
    /// The addresses a deployment record lists for them.
    pub fn from_deployments(
        deployments: &crate::deployments::Deployments,
    ) -> Result<Self, crate::deployments::DeploymentsError> {
        use crate::deployments::{NODES, NODE_SELECTION_MANAGER, XMTP};
        Ok(Self {
            nodes: deployments.proxy(NODES)?,
            selection: deployments.proxy(NODE_SELECTION_MANAGER)?,
            xmtp: deployments.token(XMTP)?,
        })
    }
}

/// Why [`seat_nodes`] stopped.
#[derive(Debug, thiserror::Error)]
pub enum SeatError {
    /// anvil has fewer spare dev accounts than nodes were asked for.
    #[error("{wanted} operators wanted, anvil has {available} spare dev accounts")]
    NotEnoughAccounts {
        /// Nodes asked for.
        wanted: usize,
        /// Dev accounts after the deployer.
        available: usize,
    },
    /// A node could not be added.
    #[error("adding a node")]
    AddNode(#[from] AddNodeError),
    /// An operator could not stake or register.
    #[error("staking and registering operator {operator}")]
    Join {
        /// The operator.
        operator: Address,
        /// The failure.
        #[source]
        source: JoinError,
    },
    /// The rotation was refused.
    #[error("rotating the set")]
    Rotate(#[from] SelectionError),
    /// The rotation was not due after advancing the clock.
    #[error("rotation still not due (next at {0}) after advancing the clock")]
    StillNotDue(U256),
    /// A view call failed.
    #[error("reading NodeSelectionManager.{0}")]
    Read(&'static str, #[source] Box<alloy::contract::Error>),
    /// anvil's clock could not be moved.
    #[error("advancing anvil's clock")]
    Clock(#[source] TransportError),
}

/// On a local chain: gives `count` of anvil's spare dev accounts a node each (added by `admin`,
/// the node manager), has each stake the minimum (mock XMTP it mints itself) and register, then
/// advances the clock past the waiting period and rotates. Returns the nodes, ids ascending, and
/// the epoch from which they hold the active set.
pub async fn seat_nodes(
    chain: &LocalChain,
    admin: &DynProvider,
    contracts: SeatingContracts,
    count: usize,
) -> Result<(Vec<SeatedNode>, u64), SeatError> {
    let seated = register_nodes(chain, admin, contracts, count).await?;
    let manager = NodeSelectionManager::new(contracts.selection, admin);
    // Registered candidates become eligible after the waiting period; the rotation after that
    // seats them.
    let waiting = read(manager.waitingPeriod().call().await, "waitingPeriod")?;
    let epoch = read(manager.epochDuration().call().await, "epochDuration")?;
    let wait = u64::try_from(waiting + epoch).unwrap_or(u64::MAX);
    devnet::advance_time(admin, wait)
        .await
        .map_err(SeatError::Clock)?;
    if let Rotation::NotDue { next_rotation_at } = rotate(admin, contracts.selection).await? {
        return Err(SeatError::StillNotDue(next_rotation_at));
    }
    let current = read(manager.currentEpoch().call().await, "currentEpoch")?;
    Ok((seated, u64::try_from(current).unwrap_or(u64::MAX)))
}

/// On a local chain: gives `count` of anvil's spare dev accounts a node each (added by `admin`,
/// the node manager), and has each stake the minimum (mock XMTP it mints itself) and register.
/// Nobody is seated yet: the candidates become eligible after the waiting period, and the first
/// rotation after that seats them (see [`seat_nodes`], which does both). Returns the nodes, ids
/// ascending.
pub async fn register_nodes(
    chain: &LocalChain,
    admin: &DynProvider,
    contracts: SeatingContracts,
    count: usize,
) -> Result<Vec<SeatedNode>, SeatError> {
    let operators = chain.other_dev_signers();
    if operators.len() < count {
        return Err(SeatError::NotEnoughAccounts {
            wanted: count,
            available: operators.len(),
        });
    }
    let manager = NodeSelectionManager::new(contracts.selection, admin);
    let minimum = read(manager.minimumStake().call().await, "minimumStake")?;
    let mut seated = Vec::with_capacity(count);
    for (i, operator) in operators.into_iter().take(count).enumerate() {
        let signing_key = PrivateKeySigner::random();
        let id = add_node(
            admin,
            contracts.nodes,
            operator.address(),
            &signing_key,
            &format!("https://node{i}.example"),
        )
        .await?;
        let provider = chain.provider_for(&operator);
        let join = async {
            tx::send::<_, _, MockXMTPErrors, Revert<MockXMTPErrors>>(
                MockXMTP::new(contracts.xmtp, &provider).mint(operator.address(), minimum),
                "XMTP",
                "mint",
            )
            .await?;
            stake_and_register(&provider, contracts.selection, contracts.xmtp, minimum).await
        };
        join.await.map_err(|source| SeatError::Join {
            operator: operator.address(),
            source,
        })?;
        seated.push(SeatedNode {
            id,
            operator,
            signing_key,
        });
    }
    Ok(seated)
}

async fn send<P: Provider, C: alloy::sol_types::SolCall>(
    call: alloy::contract::SolCallBuilder<P, C>,
    function: &'static str,
) -> Result<TransactionReceipt, SelectionError> {
    tx::send::<_, _, NodeSelectionManagerErrors, _>(call, MANAGER, function).await
}

fn read<T>(result: Result<T, alloy::contract::Error>, what: &'static str) -> Result<T, SeatError> {
    result.map_err(|e| SeatError::Read(what, Box::new(e)))
}
