//! A fake xmtpd network for the watcher's tests and the demo: nodes that serve `QueryEnvelopes`, `GetSyncCursor`
//! and `GetVersion` over gRPC-Web on `127.0.0.1`, each originating envelopes signed with its own key and
//! replicating them to its peers, and knobs that make one node misbehave in each way the watcher must notice.
//!
//! Honest by default: a published envelope is held by its originator and delivered at once to every peer. With
//! [`FakeNetwork::shuffle_replication`] deliveries wait in per-peer queues and arrive in a scrambled order when
//! [`FakeNetwork::replicate_now`] (or [`FakeNetwork::replicate_some`]) runs: network reordering, which is nobody's
//! fault, and nodes still answer queries sorted.
//!
//! The knobs: [`FakeNetwork::equivocate`] (a second signed version served by the originator only),
//! [`FakeNetwork::omit`] (the originator skips one of its own envelopes while counting it in its sync cursor),
//! [`FakeNetwork::fail`] (every call answers `UNAVAILABLE`), [`FakeNetwork::publish_invalid_payer`] (a payer
//! signature the contract's payload rule rejects) and [`FakeNetwork::publish_high_s`] (a high-`s` payer signature,
//! which xmtpd accepts).
//!
//! For many envelopes (the watcher's bench): [`FakeNetwork::preload`] gives every node the same envelopes of an
//! originator, shared rather than copied, and [`FakeNetwork::serve_own_first`] has each node answer a query for
//! several originators with its own envelopes first. Every node counts the calls it receives
//! ([`FakeNode::requests`]).

use std::{
    collections::{BTreeMap, BTreeSet},
    future::ready,
    sync::{
        atomic::{AtomicBool, AtomicU64, Ordering},
        Arc, Mutex, MutexGuard, PoisonError,
    },
    time::{SystemTime, UNIX_EPOCH},
};

use alloy::{primitives::Bytes, signers::local::PrivateKeySigner};
use tokio::{net::TcpListener, sync::oneshot, task::JoinHandle};
use xmtp_node_api::{
    grpc_web::Code,
    proto::{associations, envelopes, message_api, metadata_api},
    server::{self, BoxFuture, NodeApi, Status},
    MAX_QUERY_LIMIT,
};

use crate::evidence::{
    envelope::{PayerEnvelope, SignedOriginatorEnvelope, UnsignedOriginatorEnvelope},
    signature::malleate,
};

/// What every fake node answers to `GetVersion`.
pub const FAKE_VERSION: &str = "v1.0.0-fake";
/// The retention the fake payers ask for, in days (inside the contract's `[2, 365]`).
pub const RETENTION_DAYS: u32 = 30;

/// Why the fake network refused something.
#[derive(Debug, thiserror::Error)]
pub enum FakeNetError {
    /// Binding a node's listener failed.
    #[error("binding node {node_id}'s listener failed: {source}")]
    Bind {
        /// The node.
        node_id: u32,
        /// The socket error.
        #[source]
        source: std::io::Error,
    },
    /// Two nodes share an id.
    #[error("node {0} is listed twice")]
    DuplicateNode(u32),
    /// No node has this id.
    #[error("no node {0} in the fake network")]
    UnknownNode(u32),
    /// The node does not hold its own envelope with this sequence id.
    #[error("node {node_id} holds no envelope {sequence_id} of its own")]
    UnknownSequence {
        /// The node.
        node_id: u32,
        /// The sequence id asked for.
        sequence_id: u64,
    },
    /// A held envelope does not decode (only hand-made bytes could do that).
    #[error("node {node_id}'s envelope {sequence_id} does not decode")]
    Undecodable {
        /// The node.
        node_id: u32,
        /// The envelope's sequence id.
        sequence_id: u64,
    },
    /// Signing an envelope failed.
    #[error("signing failed: {0}")]
    Sign(#[from] alloy::signers::Error),
}

/// An envelope a node originated, as it signed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    /// Its sequence id at the originator.
    pub sequence_id: u64,
    /// The signed envelope.
    pub envelope: SignedOriginatorEnvelope,
}

/// `signed` as the API serves it: the raw unsigned bytes and the originator's signature.
pub fn originator_envelope(signed: &SignedOriginatorEnvelope) -> envelopes::OriginatorEnvelope {
    envelopes::OriginatorEnvelope {
        unsigned_originator_envelope: signed.unsigned.to_vec(),
        proof: Some(envelopes::originator_envelope::Proof::OriginatorSignature(
            associations::RecoverableEcdsaSignature {
                bytes: signed.signature.to_vec(),
            },
        )),
    }
}

/// The signed envelope in an API envelope; `None` for a blockchain-proof (or proofless) envelope.
pub fn signed_envelope(
    envelope: &envelopes::OriginatorEnvelope,
) -> Option<SignedOriginatorEnvelope> {
    match &envelope.proof {
        Some(envelopes::originator_envelope::Proof::OriginatorSignature(signature)) => {
            Some(SignedOriginatorEnvelope {
                unsigned: Bytes::copy_from_slice(&envelope.unsigned_originator_envelope),
                signature: Bytes::copy_from_slice(&signature.bytes),
            })
        }
        _ => None,
    }
}

/// One fake xmtpd node: what it holds and how it misbehaves.
#[derive(Debug)]
pub struct FakeNode {
    /// The node's id.
    pub node_id: u32,
    /// The node's signing key.
    pub key: PrivateKeySigner,
    state: Mutex<NodeState>,
    /// Calls received (every method, failing or not).
    requests: AtomicU64,
    /// Answers a query for several originators with this node's own envelopes first.
    own_first: AtomicBool,
}

/// Envelopes of one originator with sequence ids 1, 2, … in order, held by several nodes at once.
pub type SharedEnvelopes = Arc<[envelopes::OriginatorEnvelope]>;

#[derive(Debug, Default)]
struct NodeState {
    /// Per originator, by sequence id: what this node holds (the honest versions).
    held: BTreeMap<u32, BTreeMap<u64, envelopes::OriginatorEnvelope>>,
    /// Per originator, its envelopes 1..=len, shared with other nodes; below what `held` holds of it.
    preloaded: BTreeMap<u32, SharedEnvelopes>,
    /// The last sequence id this node gave an envelope of its own.
    last_sequence_id: u64,
    /// Own envelopes served to queries in place of the held version.
    equivocations: BTreeMap<u64, envelopes::OriginatorEnvelope>,
    /// Own envelopes left out of query answers.
    omitted: BTreeSet<u64>,
    /// Every call answers `UNAVAILABLE`.
    failing: bool,
}

impl FakeNode {
    /// A node holding nothing.
    pub fn new(node_id: u32, key: PrivateKeySigner) -> Self {
        Self {
            node_id,
            key,
            state: Mutex::new(NodeState::default()),
            requests: AtomicU64::new(0),
            own_first: AtomicBool::new(false),
        }
    }

    /// The calls this node has received (`QueryEnvelopes`, `GetSyncCursor` and `GetVersion`, answered or failed).
    pub fn requests(&self) -> u64 {
        self.requests.load(Ordering::Relaxed)
    }

    fn count_request(&self) {
        self.requests.fetch_add(1, Ordering::Relaxed);
    }

    // A panic while holding the lock leaves no half-made change worth refusing to read.
    fn state(&self) -> MutexGuard<'_, NodeState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Stores `envelope` of `originator` at `sequence_id`; the first version stored stays.
    fn hold(&self, originator: u32, sequence_id: u64, envelope: envelopes::OriginatorEnvelope) {
        self.state()
            .held
            .entry(originator)
            .or_default()
            .entry(sequence_id)
            .or_insert(envelope);
    }

    /// Whether this node holds `originator`'s envelope `sequence_id`.
    pub fn holds(&self, originator: u32, sequence_id: u64) -> bool {
        self.state().envelope(originator, sequence_id).is_some()
    }

    /// The highest sequence id held per originator: what `GetSyncCursor` answers (omitted envelopes included).
    pub fn sync_cursor(&self) -> BTreeMap<u32, u64> {
        let state = self.state();
        let mut cursor: BTreeMap<u32, u64> = state
            .preloaded
            .iter()
            .filter(|(_, envelopes)| !envelopes.is_empty())
            .map(|(originator, envelopes)| (*originator, envelopes.len() as u64))
            .collect();
        for (originator, envelopes) in &state.held {
            if let Some(seq) = envelopes.keys().next_back() {
                let highest = cursor.entry(*originator).or_default();
                *highest = (*highest).max(*seq);
            }
        }
        cursor
    }

    fn query(
        &self,
        request: &message_api::QueryEnvelopesRequest,
    ) -> Result<message_api::QueryEnvelopesResponse, Status> {
        let state = self.state();
        if state.failing {
            return Err(unavailable());
        }
        let query = request.query.clone().unwrap_or_default();
        if !query.topics.is_empty() {
            return Err(Status::new(
                Code::InvalidArgument,
                "invalid query: the fake network serves originator queries only",
            ));
        }
        let limit = match request.limit {
            0 => MAX_QUERY_LIMIT,
            limit => limit.min(MAX_QUERY_LIMIT),
        };
        let limit = usize::try_from(limit).unwrap_or(usize::MAX);
        let cursor = query.last_seen.unwrap_or_default().node_id_to_sequence_id;
        let mut originators = query.originator_node_ids;
        if self.own_first.load(Ordering::Relaxed) {
            if let Some(own) = originators.iter().position(|id| *id == self.node_id) {
                originators[..=own].rotate_right(1);
            }
        }
        let mut seen = BTreeSet::new();
        let mut answer = Vec::new();
        for originator in originators {
            if !seen.insert(originator) {
                continue;
            }
            let after = cursor.get(&originator).copied().unwrap_or(0);
            let own = originator == self.node_id;
            for (seq, envelope) in state.envelopes_after(originator, after) {
                if answer.len() >= limit {
                    break;
                }
                if own && state.omitted.contains(&seq) {
                    continue;
                }
                let served = match state.equivocations.get(&seq) {
                    Some(second) if own => second,
                    _ => envelope,
                };
                answer.push(served.clone());
            }
        }
        Ok(message_api::QueryEnvelopesResponse { envelopes: answer })
    }

    fn failing(&self) -> bool {
        self.state().failing
    }
}

impl NodeState {
    /// `originator`'s envelope `sequence_id`, held or preloaded.
    fn envelope(
        &self,
        originator: u32,
        sequence_id: u64,
    ) -> Option<&envelopes::OriginatorEnvelope> {
        self.held
            .get(&originator)
            .and_then(|held| held.get(&sequence_id))
            .or_else(|| {
                let index = usize::try_from(sequence_id.checked_sub(1)?).ok()?;
                self.preloaded.get(&originator)?.get(index)
            })
    }

    /// `originator`'s envelopes with sequence ids above `after`, ascending: the preloaded ones, then the held ones
    /// above them.
    fn envelopes_after(
        &self,
        originator: u32,
        after: u64,
    ) -> impl Iterator<Item = (u64, &envelopes::OriginatorEnvelope)> {
        let preloaded = self
            .preloaded
            .get(&originator)
            .map_or(&[][..], |envelopes| &envelopes[..]);
        let preloaded_len = preloaded.len() as u64;
        let rest = usize::try_from(after)
            .ok()
            .and_then(|after| preloaded.get(after..))
            .unwrap_or(&[]);
        let shared = (after.saturating_add(1)..).zip(rest);
        let held = self
            .held
            .get(&originator)
            .into_iter()
            .flat_map(move |held| held.range(after.max(preloaded_len).saturating_add(1)..))
            .map(|(seq, envelope)| (*seq, envelope));
        shared.chain(held)
    }
}

fn unavailable() -> Status {
    Status::new(Code::Unavailable, "fake node failing on purpose")
}

impl NodeApi for FakeNode {
    fn query_envelopes(
        &self,
        request: message_api::QueryEnvelopesRequest,
    ) -> BoxFuture<'_, Result<message_api::QueryEnvelopesResponse, Status>> {
        self.count_request();
        Box::pin(ready(self.query(&request)))
    }

    fn get_sync_cursor(
        &self,
        _request: metadata_api::GetSyncCursorRequest,
    ) -> BoxFuture<'_, Result<metadata_api::GetSyncCursorResponse, Status>> {
        self.count_request();
        let answer = if self.failing() {
            Err(unavailable())
        } else {
            Ok(metadata_api::GetSyncCursorResponse {
                latest_sync: Some(envelopes::Cursor {
                    node_id_to_sequence_id: self.sync_cursor(),
                }),
            })
        };
        Box::pin(ready(answer))
    }

    fn get_version(
        &self,
        _request: metadata_api::GetVersionRequest,
    ) -> BoxFuture<'_, Result<metadata_api::GetVersionResponse, Status>> {
        self.count_request();
        let answer = if self.failing() {
            Err(unavailable())
        } else {
            Ok(metadata_api::GetVersionResponse {
                version: FAKE_VERSION.to_owned(),
            })
        };
        Box::pin(ready(answer))
    }
}

/// A node of the network and its server.
#[derive(Debug)]
struct Running {
    node: Arc<FakeNode>,
    url: String,
    stop: oneshot::Sender<()>,
    task: JoinHandle<()>,
}

/// An envelope on its way to a peer.
#[derive(Debug, Clone)]
struct Delivery {
    originator: u32,
    sequence_id: u64,
    envelope: envelopes::OriginatorEnvelope,
}

#[derive(Debug, Default)]
struct Replication {
    /// The scrambler's state when shuffling, `None` when deliveries are immediate.
    shuffle: Option<u64>,
    /// Per peer, what waits to be delivered.
    queues: BTreeMap<u32, Vec<Delivery>>,
}

/// A running fake network. Dropping it stops the servers.
#[derive(Debug)]
pub struct FakeNetwork {
    nodes: BTreeMap<u32, Running>,
    replication: Mutex<Replication>,
}

impl FakeNetwork {
    /// Starts one node per `(node_id, key)`, each serving on its own `127.0.0.1` port.
    pub async fn start(nodes: Vec<(u32, PrivateKeySigner)>) -> Result<Self, FakeNetError> {
        let mut running = BTreeMap::new();
        for (node_id, key) in nodes {
            if running.contains_key(&node_id) {
                return Err(FakeNetError::DuplicateNode(node_id));
            }
            let bind = |source| FakeNetError::Bind { node_id, source };
            let listener = TcpListener::bind("127.0.0.1:0").await.map_err(bind)?;
            let url = format!("http://{}", listener.local_addr().map_err(bind)?);
            let node = Arc::new(FakeNode::new(node_id, key));
            let (stop, stopped) = oneshot::channel::<()>();
            let api: Arc<dyn NodeApi> = node.clone();
            // A dropped sender stops the server as surely as a sent stop.
            let task = tokio::spawn(server::serve(listener, api, async {
                let _ = stopped.await;
            }));
            running.insert(
                node_id,
                Running {
                    node,
                    url,
                    stop,
                    task,
                },
            );
        }
        Ok(Self {
            nodes: running,
            replication: Mutex::new(Replication::default()),
        })
    }

    /// Stops every server and waits for them.
    pub async fn stop(self) {
        let mut tasks = Vec::new();
        for running in self.nodes.into_values() {
            // A server already gone has nothing to be told.
            let _ = running.stop.send(());
            tasks.push(running.task);
        }
        for task in tasks {
            let _ = task.await;
        }
    }

    /// The node ids, ascending.
    pub fn node_ids(&self) -> Vec<u32> {
        self.nodes.keys().copied().collect()
    }

    /// The base URL of `node_id`'s API, e.g. `http://127.0.0.1:41234`.
    pub fn url(&self, node_id: u32) -> Result<String, FakeNetError> {
        Ok(self.running(node_id)?.url.clone())
    }

    /// `node_id`'s node, to look at what it holds.
    pub fn node(&self, node_id: u32) -> Result<&Arc<FakeNode>, FakeNetError> {
        Ok(&self.running(node_id)?.node)
    }

    fn running(&self, node_id: u32) -> Result<&Running, FakeNetError> {
        self.nodes
            .get(&node_id)
            .ok_or(FakeNetError::UnknownNode(node_id))
    }

    fn replication(&self) -> MutexGuard<'_, Replication> {
        self.replication
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Turns scrambled replication on (`Some(seed)`: deliveries queue until [`Self::replicate_now`] or
    /// [`Self::replicate_some`], then arrive in an order drawn from `seed`) or off (`None`: what is queued is
    /// delivered now, and later publishes are delivered at once).
    pub fn shuffle_replication(&self, seed: Option<u64>) {
        self.replication().shuffle = seed;
        if seed.is_none() {
            self.replicate_now();
        }
    }

    /// Delivers everything queued, to every peer, in a scrambled order per peer when shuffling.
    pub fn replicate_now(&self) {
        self.replicate_some(usize::MAX);
    }

    /// Delivers at most `per_peer` queued envelopes to each peer (in the scrambled order when shuffling): a
    /// peer can hold a later envelope before an earlier one, as in a network that reorders.
    pub fn replicate_some(&self, per_peer: usize) {
        let mut replication = self.replication();
        let Replication { shuffle, queues } = &mut *replication;
        for (peer, queue) in queues.iter_mut() {
            if let Some(state) = shuffle {
                scramble(queue, state);
            }
            let take = per_peer.min(queue.len());
            let Ok(running) = self.running(*peer) else {
                continue;
            };
            for delivery in queue.drain(..take) {
                running
                    .node
                    .hold(delivery.originator, delivery.sequence_id, delivery.envelope);
            }
        }
        queues.retain(|_, queue| !queue.is_empty());
    }

    /// How many deliveries wait in the queues.
    pub fn pending_deliveries(&self) -> usize {
        self.replication().queues.values().map(Vec::len).sum()
    }

    /// `node_id`'s next envelope takes a sequence id after `last_sequence_id` (when it has not gone past it already):
    /// a node that originated envelopes before the fake network started serving them.
    pub fn continue_after(&self, node_id: u32, last_sequence_id: u64) -> Result<(), FakeNetError> {
        let mut state = self.running(node_id)?.node.state();
        state.last_sequence_id = state.last_sequence_id.max(last_sequence_id);
        Ok(())
    }

    /// `node_id` originates an envelope carrying `payload` (its next sequence id, a fresh payer's valid signature)
    /// and replicates it to every peer.
    pub fn publish(&self, node_id: u32, payload: &[u8]) -> Result<Published, FakeNetError> {
        let payer = PayerEnvelope::signed(
            &PrivateKeySigner::random(),
            Bytes::copy_from_slice(payload),
            node_id,
            RETENTION_DAYS,
        )?;
        self.publish_payer(node_id, &payer)
    }

    /// Like [`Self::publish`], but the payer signs with Ethereum's `v` of 27/28, which xmtpd's rule refuses: the
    /// envelope's payload is invalid and `verify_invalid_payload` proves it (violation `PayerSignature`).
    pub fn publish_invalid_payer(&self, node_id: u32) -> Result<Published, FakeNetError> {
        let mut payer = PayerEnvelope::signed(
            &PrivateKeySigner::random(),
            Bytes::from_static(b"a payload whose payer signed with v 27/28"),
            node_id,
            RETENTION_DAYS,
        )?;
        if let Some(signature) = &payer.payer_signature {
            let mut bytes = signature.to_vec();
            if let Some(v) = bytes.last_mut() {
                *v += 27;
            }
            payer.payer_signature = Some(bytes.into());
        }
        self.publish_payer(node_id, &payer)
    }

    /// Like [`Self::publish`], but the payer's signature has a high `s` (the same signature malleated): xmtpd
    /// accepts it, so the payload is valid and the node is not at fault.
    pub fn publish_high_s(&self, node_id: u32) -> Result<Published, FakeNetError> {
        let mut payer = PayerEnvelope::signed(
            &PrivateKeySigner::random(),
            Bytes::from_static(b"a payload whose payer signature has a high s"),
            node_id,
            RETENTION_DAYS,
        )?;
        if let Some(signature) = &payer.payer_signature {
            if let Ok(bytes) = <[u8; 65]>::try_from(signature.as_ref()) {
                payer.payer_signature = Some(Bytes::copy_from_slice(&malleate(&bytes)));
            }
        }
        self.publish_payer(node_id, &payer)
    }

    fn publish_payer(
        &self,
        node_id: u32,
        payer: &PayerEnvelope,
    ) -> Result<Published, FakeNetError> {
        let running = self.running(node_id)?;
        let node = &running.node;
        // The sequence id is taken under the lock so that concurrent publishes never share one.
        let sequence_id = {
            let mut state = node.state();
            state.last_sequence_id += 1;
            state.last_sequence_id
        };
        let unsigned = UnsignedOriginatorEnvelope {
            originator_node_id: node_id,
            originator_sequence_id: sequence_id,
            originator_ns: now_ns(),
            payer_envelope_bytes: payer.encode(),
            other_fields: Bytes::new(),
        };
        let envelope = SignedOriginatorEnvelope::sign(&unsigned, &node.key)?;
        let served = originator_envelope(&envelope);
        node.hold(node_id, sequence_id, served.clone());
        let mut replication = self.replication();
        for (peer, running) in &self.nodes {
            if *peer == node_id {
                continue;
            }
            if replication.shuffle.is_some() {
                replication.queues.entry(*peer).or_default().push(Delivery {
                    originator: node_id,
                    sequence_id,
                    envelope: served.clone(),
                });
            } else {
                running.node.hold(node_id, sequence_id, served.clone());
            }
        }
        Ok(Published {
            sequence_id,
            envelope,
        })
    }

    /// `node_id` equivocates on its envelope `sequence_id`: from now on it serves, to queries of its own
    /// envelopes, a second version it signed with another `originator_ns`, while its peers keep the first.
    /// Returns the second version.
    pub fn equivocate(
        &self,
        node_id: u32,
        sequence_id: u64,
    ) -> Result<SignedOriginatorEnvelope, FakeNetError> {
        let node = &self.running(node_id)?.node;
        let missing = FakeNetError::UnknownSequence {
            node_id,
            sequence_id,
        };
        let first = node
            .state()
            .envelope(node_id, sequence_id)
            .cloned()
            .ok_or(missing)?;
        let mut unsigned = UnsignedOriginatorEnvelope::decode(&first.unsigned_originator_envelope)
            .map_err(|_| FakeNetError::Undecodable {
                node_id,
                sequence_id,
            })?;
        unsigned.originator_ns = unsigned.originator_ns.wrapping_add(1);
        let second = SignedOriginatorEnvelope::sign(&unsigned, &node.key)?;
        node.state()
            .equivocations
            .insert(sequence_id, originator_envelope(&second));
        Ok(second)
    }

    /// `node_id` leaves its own envelope `sequence_id` out of its query answers from now on, while its peers hold
    /// it and its sync cursor still counts it.
    pub fn omit(&self, node_id: u32, sequence_id: u64) -> Result<(), FakeNetError> {
        let node = &self.running(node_id)?.node;
        if !node.holds(node_id, sequence_id) {
            return Err(FakeNetError::UnknownSequence {
                node_id,
                sequence_id,
            });
        }
        node.state().omitted.insert(sequence_id);
        Ok(())
    }

    /// Every node holds `envelopes` as `originator`'s envelopes with sequence ids 1, 2, … (replacing what was
    /// preloaded for it before), shared between the nodes rather than copied: a replicated network of many
    /// envelopes in the memory of one. Held envelopes of the same sequence ids are hidden under them; the
    /// originator's next [`Self::publish`] follows them.
    pub fn preload(&self, originator: u32, envelopes: SharedEnvelopes) -> Result<(), FakeNetError> {
        let origin = &self.running(originator)?.node;
        {
            let mut state = origin.state();
            state.last_sequence_id = state.last_sequence_id.max(envelopes.len() as u64);
        }
        for running in self.nodes.values() {
            running
                .node
                .state()
                .preloaded
                .insert(originator, Arc::clone(&envelopes));
        }
        Ok(())
    }

    /// With `own_first`, each node answers a query for several originators with its own envelopes first (then the
    /// others in the order asked), as a node may order its answer; otherwise in the order asked.
    pub fn serve_own_first(&self, own_first: bool) {
        for running in self.nodes.values() {
            running.node.own_first.store(own_first, Ordering::Relaxed);
        }
    }

    /// The calls each node has received, by node id.
    pub fn requests(&self) -> BTreeMap<u32, u64> {
        self.nodes
            .iter()
            .map(|(node_id, running)| (*node_id, running.node.requests()))
            .collect()
    }

    /// While `failing`, every call to `node_id` answers gRPC status `UNAVAILABLE` (14).
    pub fn fail(&self, node_id: u32, failing: bool) -> Result<(), FakeNetError> {
        self.running(node_id)?.node.state().failing = failing;
        Ok(())
    }
}

/// Fisher–Yates with splitmix64 draws: a deterministic scramble for a given seed.
fn scramble<T>(items: &mut [T], state: &mut u64) {
    for i in (1..items.len()).rev() {
        *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = *state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        let bound = u64::try_from(i + 1).unwrap_or(u64::MAX);
        let j = usize::try_from(z % bound).unwrap_or(0);
        items.swap(i, j);
    }
}

/// Nanoseconds since the epoch (0 on a clock before it; an i64 of ns lasts until 2262).
fn now_ns() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|elapsed| i64::try_from(elapsed.as_nanos()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scramble_is_a_deterministic_permutation() {
        let mut a: Vec<u32> = (0..20).collect();
        let mut b = a.clone();
        scramble(&mut a, &mut 7);
        scramble(&mut b, &mut 7);
        assert_eq!(a, b);
        assert_ne!(a, (0..20).collect::<Vec<_>>());
        a.sort_unstable();
        assert_eq!(a, (0..20).collect::<Vec<_>>());
    }
}
