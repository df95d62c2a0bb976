//! How the tour prints amounts, addresses and counts.

use alloy::primitives::{I256, U256};

/// One USDC in token units (6 decimals).
pub(super) const USDC_UNIT: u64 = 1_000_000;

/// One XMTP in token units (18 decimals).
const XMTP_UNIT: u128 = 1_000_000_000_000_000_000;

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
pub(super) fn thousands(n: impl std::fmt::Display) -> String {
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

/// Token units with `decimals` as a whole part with thousands separators and two decimals,
/// truncated: `1234567890` with 6 decimals is `1,234.56`.
fn two_decimals(amount: U256, unit: U256) -> String {
    let cents = amount / (unit / U256::from(100));
    let hundred = U256::from(100);
    format!("{}.{:02}", thousands(cents / hundred), cents % hundred)
}

/// USDC token units with two decimals, e.g. `1,234.56`.
pub(super) fn usdc(amount: U256) -> String {
    two_decimals(amount, U256::from(USDC_UNIT))
}

/// A small USDC amount with as many decimals as it needs: `2000` units is `0.002`.
pub(super) fn usdc_exact(units: u64) -> String {
    let fraction = format!("{:06}", units % USDC_UNIT);
    let fraction = fraction.trim_end_matches('0');
    if fraction.is_empty() {
        (units / USDC_UNIT).to_string()
    } else {
        format!("{}.{fraction}", units / USDC_UNIT)
    }
}

/// Signed USDC token units with two decimals, e.g. `-5.00`.
pub(super) fn usdc_signed(amount: I256) -> String {
    let sign = if amount.is_negative() { "-" } else { "" };
    format!("{sign}{}", usdc(amount.unsigned_abs()))
}

/// XMTP token units with two decimals, e.g. `9,000.00`.
pub(super) fn xmtp(amount: U256) -> String {
    two_decimals(amount, U256::from(XMTP_UNIT))
}

/// Whole XMTP as token units.
pub(super) fn xmtp_units(whole: u64) -> U256 {
    U256::from(whole) * U256::from(XMTP_UNIT)
}

/// Whole USDC as token units.
pub(super) fn usdc_units(whole: u64) -> U256 {
    U256::from(whole) * U256::from(USDC_UNIT)
}

/// Basis points as a percentage with up to two decimals: `12500` is `125%`, `1250` `12.5%`.
pub(super) fn percent(bps: u64) -> String {
    let (whole, rest) = (bps / 100, bps % 100);
    match rest {
        0 => format!("{whole}%"),
        r if r % 10 == 0 => format!("{whole}.{}%", r / 10),
        r => format!("{whole}.{r:02}%"),
    }
}

/// `""` for one, `"s"` otherwise.
pub(super) fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Node ids as `3 7 12`, or `-` when there are none.
pub(super) fn ids(nodes: &[u32]) -> String {
    if nodes.is_empty() {
        return "-".to_owned();
    }
    nodes
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_hex_keeps_both_ends() {
        assert_eq!(short_hex(&[0xab; 32]), "0xabababab..abab");
        assert_eq!(short_hex(&[1, 2]), "0x0102");
    }

    #[test]
    fn thousands_groups_digits() {
        assert_eq!(thousands(0u64), "0");
        assert_eq!(thousands(999u64), "999");
        assert_eq!(thousands(1_000u64), "1,000");
        assert_eq!(thousands(1_234_567u64), "1,234,567");
    }

    #[test]
    fn amounts_have_two_decimals_and_separators() {
        assert_eq!(usdc(U256::from(1_234_567_890u64)), "1,234.56");
        assert_eq!(usdc(U256::ZERO), "0.00");
        assert_eq!(usdc_signed(I256::try_from(-5_000_000i64).unwrap()), "-5.00");
        assert_eq!(
            xmtp(U256::from(9_000u64) * U256::from(XMTP_UNIT)),
            "9,000.00"
        );
        assert_eq!(usdc_units(3), U256::from(3_000_000u64));
        assert_eq!(usdc_exact(2_000), "0.002");
        assert_eq!(usdc_exact(1_500_000), "1.5");
        assert_eq!(usdc_exact(3_000_000), "3");
    }

    #[test]
    fn percent_drops_trailing_zeros() {
        assert_eq!(percent(12_500), "125%");
        assert_eq!(percent(1_250), "12.5%");
        assert_eq!(percent(2_005), "20.05%");
    }

    #[test]
    fn ids_are_space_separated() {
        assert_eq!(ids(&[3, 7, 12]), "3 7 12");
        assert_eq!(ids(&[]), "-");
    }
}
