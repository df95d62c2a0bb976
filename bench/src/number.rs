//! How the report writes numbers: thousands separators, two-decimal ratios, megabytes. One place,
//! so the table, the derivation and the keeper section agree.

/// `36531` → `"36,531"`.
pub fn thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// `numerator / denominator` rounded to the nearest integer, with thousands separators: the per
/// unit figures. `denominator` is at least 1 for every row (the row check makes sure).
pub fn per_unit(numerator: u64, denominator: u64) -> String {
    let denominator = denominator.max(1);
    thousands(numerator.saturating_add(denominator / 2) / denominator)
}

/// `numerator / denominator` with two decimals (`"1.09"`); `"—"` when the denominator is 0.
pub fn ratio(numerator: u64, denominator: u64) -> String {
    if denominator == 0 {
        return "—".to_owned();
    }
    format!("{:.2}", numerator as f64 / denominator as f64)
}

/// Kibibytes as megabytes with one decimal (`10776` → `"10.5 MB"`), as `ps` and the goal count them.
pub fn megabytes(kib: u64) -> String {
    format!("{:.1} MB", kib as f64 / 1024.0)
}

/// `count` followed by `noun`, plural when count is not 1 (`"1 log"`, `"2 logs"`).
pub fn counted(count: u64, singular: &str, plural: &str) -> String {
    let noun = if count == 1 { singular } else { plural };
    format!("{} {noun}", thousands(count))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_separates_every_three_digits() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
        assert_eq!(thousands(36_531), "36,531");
        assert_eq!(thousands(10_506_760), "10,506,760");
        assert_eq!(thousands(u64::MAX), "18,446,744,073,709,551,615");
    }

    #[test]
    fn ratios_and_per_unit_figures_round() {
        assert_eq!(ratio(36_531, 33_659), "1.09");
        assert_eq!(ratio(1, 0), "—");
        assert_eq!(per_unit(36_535, 10), "3,654");
        assert_eq!(per_unit(36_534, 10), "3,653");
        assert_eq!(megabytes(10_776), "10.5 MB");
        assert_eq!(counted(1, "log", "logs"), "1 log");
        assert_eq!(counted(1_200, "log", "logs"), "1,200 logs");
    }
}
