//! The two broadcaster contracts, `IdentityUpdates` and `GroupMessages`: publishing to them,
//! reading their publishes back, and checking the ordering they guarantee.
//!
//! Both contracts assign each publish the next sequence id (1, 2, 3, …) and emit it in an
//! event; the event log, not contract storage, is what clients read.

mod events;
mod ordering;
mod publish;
mod rejection;

pub use events::{
    group_messages, identity_updates, last_sequence_id, EventsError, Kind, Published,
};
pub use ordering::{check_contiguous, OrderingError};
pub use publish::{
    add_identity_update, add_identity_updates, add_message, add_messages, PublishError,
};
pub use rejection::Rejection;
