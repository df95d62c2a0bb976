//! The events in a transaction's receipt, decoded by the bindings.

use alloy::{rpc::types::TransactionReceipt, sol_types::SolEvent};

/// The first event of type `E` in `receipt`'s logs.
pub fn find_event<E: SolEvent>(receipt: &TransactionReceipt) -> Option<E> {
    receipt
        .inner
        .logs()
        .iter()
        .find_map(|log| log.log_decode::<E>().ok())
        .map(|log| log.inner.data)
}

/// Every event of type `E` in `receipt`'s logs, in log order.
pub fn find_events<E: SolEvent>(receipt: &TransactionReceipt) -> Vec<E> {
    receipt
        .inner
        .logs()
        .iter()
        .filter_map(|log| log.log_decode::<E>().ok())
        .map(|log| log.inner.data)
        .collect()
}
