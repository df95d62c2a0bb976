//! The tour's printed report: one small table per broadcaster.

use std::{collections::HashMap, io::Write};

use alloy::{
    primitives::{Address, TxHash},
    rpc::types::TransactionReceipt,
};

use crate::broadcasters::Published;

/// One publishing transaction, for the report's transaction lines.
#[derive(Debug, Clone)]
pub(super) struct TxSummary {
    function: &'static str,
    tx_hash: TxHash,
    gas_used: u64,
}

impl TxSummary {
    /// Summarizes `receipt` of a call to `function`.
    pub(super) fn new(function: &'static str, receipt: &TransactionReceipt) -> Self {
        Self {
            function,
            tx_hash: receipt.transaction_hash,
            gas_used: receipt.gas_used,
        }
    }
}

/// One broadcaster's part of the report.
#[derive(Debug)]
pub(super) struct Section<'a> {
    /// The contract's name.
    pub(super) contract: &'static str,
    /// Its proxy address.
    pub(super) address: Address,
    /// Its publishes, in sequence-id order.
    pub(super) published: &'a [Published],
    /// The transactions that published them, in sending order.
    pub(super) txs: &'a [TxSummary],
}

impl Section<'_> {
    /// Writes the header, the table of publishes and the transaction lines.
    pub(super) fn write(&self, out: &mut impl Write) -> std::io::Result<()> {
        // A transaction that emitted several events was a batch: the table shows that rather
        // than trusting which function the caller thinks it used.
        let mut events_per_tx: HashMap<TxHash, usize> = HashMap::new();
        for p in self.published {
            *events_per_tx.entry(p.tx_hash).or_default() += 1;
        }

        writeln!(out, "{} at {}", self.contract, self.address)?;
        writeln!(
            out,
            "  {:>3}  {:<14}  {:<6}  {:>4}  payload",
            "seq", "id", "tx", "size"
        )?;
        for p in self.published {
            let tx = if events_per_tx.get(&p.tx_hash).copied().unwrap_or(0) > 1 {
                "batch"
            } else {
                "single"
            };
            let text = String::from_utf8_lossy(&p.payload);
            writeln!(
                out,
                "  {:>3}  {:<14}  {:<6}  {:>4}  {}",
                p.sequence_id,
                short_hex(&p.id),
                tx,
                p.payload.len(),
                text.escape_debug()
            )?;
        }
        writeln!(out, "  transactions:")?;
        for tx in self.txs {
            let events = events_per_tx.get(&tx.tx_hash).copied().unwrap_or(0);
            writeln!(
                out,
                "    tx {:<14}  {:<18}  {} event{:<1}  gas used {:>7}",
                short_hex(tx.tx_hash.as_slice()),
                tx.function,
                events,
                if events == 1 { "" } else { "s" },
                thousands(tx.gas_used)
            )?;
        }
        Ok(())
    }
}

/// `0x` + the first 4 and last 2 bytes, e.g. `0x1a2b3c4d..e5f6`.
pub(super) fn short_hex(bytes: &[u8]) -> String {
    if bytes.len() <= 6 {
        return format!("0x{}", alloy::hex::encode(bytes));
    }
    format!(
        "0x{}..{}",
        alloy::hex::encode(&bytes[..4]),
        alloy::hex::encode(&bytes[bytes.len() - 2..])
    )
}

/// `1234567` as `1,234,567`.
pub(super) fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::broadcasters::Kind;
    use alloy::primitives::Bytes;

    #[test]
    fn short_hex_keeps_both_ends() {
        assert_eq!(short_hex(&[0xab; 32]), "0xabababab..abab");
        assert_eq!(short_hex(&[1, 2]), "0x0102");
    }

    #[test]
    fn thousands_groups_digits() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(40_800), "40,800");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn section_marks_batches_and_aligns_rows() {
        let single = TxHash::repeat_byte(1);
        let batch = TxHash::repeat_byte(2);
        let published: Vec<Published> = [(1, single), (2, batch), (3, batch)]
            .into_iter()
            .map(|(sequence_id, tx_hash)| Published {
                kind: Kind::GroupMessage,
                id: Bytes::from(vec![7u8; 16]),
                sequence_id,
                payload: Bytes::from(format!("msg {sequence_id}").into_bytes()),
                block_number: 1,
                tx_hash,
            })
            .collect();
        let txs = [
            TxSummary {
                function: "addMessage",
                tx_hash: single,
                gas_used: 50_000,
            },
            TxSummary {
                function: "addMessages",
                tx_hash: batch,
                gas_used: 70_000,
            },
        ];
        let section = Section {
            contract: "GroupMessages",
            address: Address::ZERO,
            published: &published,
            txs: &txs,
        };
        let mut out = Vec::new();
        section.write(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let rows: Vec<&str> = text.lines().filter(|l| l.contains("msg ")).collect();
        assert_eq!(rows.len(), 3, "{text}");
        assert!(
            rows[0].contains("single") && rows[1].contains("batch"),
            "{text}"
        );
        assert_eq!(
            rows[0].find("msg"),
            rows[2].find("msg"),
            "columns align:\n{text}"
        );
        assert!(text.contains("gas used  70,000"), "{text}");
        assert!(text.contains("2 events"), "{text}");
    }
}
