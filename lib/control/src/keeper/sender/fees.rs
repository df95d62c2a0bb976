//! Fee settings per chain: the cap on `maxFeePerGas` and the tip, from what the operator set
//! or from the chain's defaults, resolved once the chain id is known.
//!
//! A single default cannot fit every chain: mainnet's 200 gwei would let a transaction on Base,
//! where the base fee is usually a few thousandths of a gwei, pay tens of thousands of times
//! the going rate during a spike. So the defaults are per chain, and a chain without defaults
//! needs an explicit cap. A tip the operator did not set is clamped to the cap (with a warning);
//! a tip they did set above the cap is refused, naming the settings they actually set.
//!
//! Then the prices of one nonce's transactions: the first attempt's fees ([`initial_fees`]),
//! a replacement's ([`bump_fees`], both raised by the bump in basis points, rounded up, at most
//! the cap), the gas limit's margin, and the latest base fee.

use std::fmt;

use alloy::{eips::BlockNumberOrTag, providers::Provider};

use super::{refusal::SendError, Sender};

/// One gwei, in wei.
const GWEI: u128 = 1_000_000_000;

/// Above this cap the keeper warns at start: no chain it serves should need it.
pub const SANE_CAP_WEI: u128 = 10_000 * GWEI;

/// Above this cap the keeper refuses to start: a typo, not a price.
pub const MAX_CAP_WEI: u128 = 1_000_000 * GWEI;

/// A chain's default fee cap and tip, wei per gas.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChainFees {
    /// The default cap on `maxFeePerGas`.
    pub cap: u128,
    /// The default tip (`maxPriorityFeePerGas`).
    pub tip: u128,
}

/// The defaults for `chain_id`, if the keeper knows the chain.
pub fn chain_defaults(chain_id: u64) -> Option<ChainFees> {
    let fees = |cap: u128, tip: u128| Some(ChainFees { cap, tip });
    match chain_id {
        // Ethereum mainnet: base fees of 5-50 gwei, spikes into the hundreds; a 1 gwei tip is
        // what block builders take in ordinary times.
        1 => fees(200 * GWEI, GWEI),
        // OP-stack chains (Optimism, Base, Base Sepolia): the base fee sits around 0.001-0.05
        // gwei and has reached a few tenths in the busiest hours; 0.5 gwei keeps every job
        // going through those while bounding a spike's cost to about ten times the usual
        // price of an L1 transfer. Sequencers order by tip; 0.001 gwei is the usual one.
        10 | 8453 | 84532 => fees(GWEI / 2, GWEI / 1_000),
        // Arbitrum One: the base fee floor is 0.01 gwei and rarely goes far above it; the
        // sequencer is first come, first served, so a tip buys nothing.
        42161 => fees(GWEI / 2, 0),
        // Local devnets (anvil, hardhat): fees are play money; generous so nothing stalls.
        31337 | 1337 => fees(1_000 * GWEI, GWEI),
        _ => None,
    }
}

/// What the operator set (each `None` when left to the chain's default), and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeeSettings {
    /// The cap, wei per gas.
    pub cap: Option<u128>,
    /// Where the cap was set: `sender.max_fee_per_gas_gwei` or `--max-fee-gwei`.
    pub cap_source: &'static str,
    /// The tip, wei per gas.
    pub tip: Option<u128>,
}

/// The fees a sender uses, resolved for one chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResolvedFees {
    /// The cap on `maxFeePerGas`, wei per gas.
    pub cap: u128,
    /// The tip, wei per gas, at most the cap.
    pub tip: u128,
    /// Warnings to log at start, one line each.
    pub warnings: [Option<FeeWarning>; 2],
}

/// A fee setting taken, but worth a line in the log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeeWarning {
    /// The chain's default tip is above the cap the operator set: the tip is the cap.
    TipClamped {
        /// The default tip, wei.
        tip: u128,
        /// The cap, wei.
        cap: u128,
    },
    /// The cap is above [`SANE_CAP_WEI`].
    CapAboveSanity {
        /// The cap, wei.
        cap: u128,
    },
}

impl fmt::Display for FeeWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TipClamped { tip, cap } => write!(
                f,
                "the chain's default tip {} gwei is above the fee cap {} gwei: the tip is the cap \
                 (set sender.max_priority_fee_per_gas_gwei to choose another)",
                gwei(*tip),
                gwei(*cap)
            ),
            Self::CapAboveSanity { cap } => write!(
                f,
                "the fee cap {} gwei is above {} gwei: a transaction may cost far more than the \
                 chain's usual price",
                gwei(*cap),
                gwei(SANE_CAP_WEI)
            ),
        }
    }
}

/// Fee settings that cannot be used on this chain.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FeeSettingsError {
    /// The chain has no defaults and no cap was set.
    #[error("chain {chain_id} has no default fee cap: set sender.max_fee_per_gas_gwei (or --max-fee-gwei)")]
    NoCapForChain {
        /// The chain.
        chain_id: u64,
    },
    /// The tip set is above the cap set.
    #[error("sender.max_priority_fee_per_gas_gwei = {} is above {cap_source} = {}", gwei(*tip), gwei(*cap))]
    TipAboveCap {
        /// The tip, wei.
        tip: u128,
        /// The cap, wei.
        cap: u128,
        /// Where the cap was set.
        cap_source: &'static str,
    },
    /// The tip set is above the chain's default cap.
    #[error("sender.max_priority_fee_per_gas_gwei = {} is above chain {chain_id}'s default fee cap of {} gwei: lower it, or set sender.max_fee_per_gas_gwei", gwei(*tip), gwei(*cap))]
    TipAboveDefaultCap {
        /// The tip, wei.
        tip: u128,
        /// The default cap, wei.
        cap: u128,
        /// The chain.
        chain_id: u64,
    },
    /// The cap is absurd.
    #[error("{cap_source} = {} is above {} gwei: refused as a mistake", gwei(*cap), gwei(MAX_CAP_WEI))]
    CapAbsurd {
        /// The cap, wei.
        cap: u128,
        /// Where it was set.
        cap_source: &'static str,
    },
}

/// The cap and tip for `chain_id` from `settings` and the chain's defaults.
pub fn resolve(chain_id: u64, settings: FeeSettings) -> Result<ResolvedFees, FeeSettingsError> {
    let defaults = chain_defaults(chain_id);
    let cap = match (settings.cap, defaults) {
        (Some(cap), _) => cap,
        (None, Some(defaults)) => defaults.cap,
        (None, None) => return Err(FeeSettingsError::NoCapForChain { chain_id }),
    };
    if cap > MAX_CAP_WEI {
        return Err(FeeSettingsError::CapAbsurd {
            cap,
            cap_source: settings.cap_source,
        });
    }
    let mut warnings = [None, None];
    let tip = match settings.tip {
        Some(tip) if tip > cap => {
            return Err(match settings.cap {
                Some(_) => FeeSettingsError::TipAboveCap {
                    tip,
                    cap,
                    cap_source: settings.cap_source,
                },
                None => FeeSettingsError::TipAboveDefaultCap { tip, cap, chain_id },
            })
        }
        Some(tip) => tip,
        None => {
            // Without chain defaults the cap was set: mainnet's tip is the fallback.
            let tip = defaults.map_or(GWEI, |defaults| defaults.tip);
            if tip > cap {
                warnings[0] = Some(FeeWarning::TipClamped { tip, cap });
                cap
            } else {
                tip
            }
        }
    };
    if cap > SANE_CAP_WEI {
        warnings[1] = Some(FeeWarning::CapAboveSanity { cap });
    }
    Ok(ResolvedFees { cap, tip, warnings })
}

/// Wei as gwei, for messages (`0.5`, `200`).
fn gwei(wei: u128) -> String {
    let whole = wei / GWEI;
    let fraction = wei % GWEI;
    if fraction == 0 {
        return whole.to_string();
    }
    let digits = format!("{fraction:09}");
    format!("{whole}.{}", digits.trim_end_matches('0'))
}

/// Both EIP-1559 fees of one transaction, wei per gas.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Fees {
    pub(super) max_fee_per_gas: u128,
    pub(super) max_priority_fee_per_gas: u128,
}

/// The fees of a first attempt: the configured tip (at most the cap) and twice the base fee plus
/// the tip (at most the cap); `None` if the cap is below the base fee.
pub(super) fn initial_fees(base_fee: u128, priority: u128, cap: u128) -> Option<Fees> {
    if cap < base_fee {
        return None;
    }
    let priority = priority.min(cap);
    Some(Fees {
        max_fee_per_gas: base_fee.saturating_mul(2).saturating_add(priority).min(cap),
        max_priority_fee_per_gas: priority,
    })
}

/// `value` raised by `bps` basis points, rounded up.
pub(super) fn raise(value: u128, bps: u64) -> u128 {
    value
        .saturating_mul(10_000 + u128::from(bps))
        .div_ceil(10_000)
}

/// The fees of a replacement: both raised by `bps` basis points (rounded up), the fee cap also to at least
/// twice the current base fee plus the tip if known, all at most `cap`. `None` if the fee cap
/// cannot rise any more (it is at the cap), so no node would take a replacement.
pub(super) fn bump_fees(
    previous: Fees,
    base_fee: Option<u128>,
    bps: u64,
    cap: u128,
) -> Option<Fees> {
    let priority = raise(previous.max_priority_fee_per_gas, bps);
    let floor = base_fee.map_or(0, |base| base.saturating_mul(2).saturating_add(priority));
    let max_fee = raise(previous.max_fee_per_gas, bps).max(floor).min(cap);
    if max_fee <= previous.max_fee_per_gas {
        return None;
    }
    Some(Fees {
        max_fee_per_gas: max_fee,
        max_priority_fee_per_gas: priority.min(max_fee),
    })
}

/// `estimate` plus `percent` of it, rounded up.
pub(super) fn with_margin(estimate: u64, percent: u64) -> u64 {
    let limit = u128::from(estimate)
        .saturating_mul(100 + u128::from(percent))
        .div_ceil(100);
    u64::try_from(limit).unwrap_or(u64::MAX)
}

impl Sender {
    /// The latest block's base fee.
    pub(super) async fn base_fee(&self, label: &'static str) -> Result<u128, SendError> {
        let block = self
            .provider
            .get_block_by_number(BlockNumberOrTag::Latest)
            .await
            .map_err(|source| SendError::Rpc {
                label,
                method: "eth_getBlockByNumber",
                source,
            })?;
        block
            .and_then(|block| block.header.base_fee_per_gas)
            .map(u128::from)
            .ok_or(SendError::NoBaseFee { label })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keeper::sender::MIN_FEE_BUMP_BPS;

    const FILE: &str = "sender.max_fee_per_gas_gwei";
    const FLAG: &str = "--max-fee-gwei";

    fn set(cap: Option<u128>, tip: Option<u128>) -> FeeSettings {
        FeeSettings {
            cap,
            cap_source: FILE,
            tip,
        }
    }

    #[test]
    fn each_known_chain_has_its_own_defaults() {
        let mainnet = resolve(1, set(None, None)).unwrap();
        assert_eq!((mainnet.cap, mainnet.tip), (200 * GWEI, GWEI));
        for base in [8453, 84532, 10] {
            let fees = resolve(base, set(None, None)).unwrap();
            assert_eq!((fees.cap, fees.tip), (GWEI / 2, GWEI / 1_000), "{base}");
            assert_eq!(fees.warnings, [None, None]);
        }
        assert_eq!(resolve(42161, set(None, None)).unwrap().tip, 0);
        assert!(resolve(31337, set(None, None)).unwrap().cap >= 200 * GWEI);
    }

    #[test]
    fn an_unknown_chain_needs_an_explicit_cap() {
        let error = resolve(999, set(None, None)).unwrap_err();
        assert_eq!(error, FeeSettingsError::NoCapForChain { chain_id: 999 });
        assert!(error.to_string().contains("sender.max_fee_per_gas_gwei"));
        let fees = resolve(999, set(Some(3 * GWEI), None)).unwrap();
        assert_eq!((fees.cap, fees.tip), (3 * GWEI, GWEI));
    }

    #[test]
    fn a_low_cap_alone_clamps_the_default_tip_and_names_no_tip_setting() {
        // `--max-fee-gwei 0.5` on mainnet: below the default 1 gwei tip.
        let fees = resolve(
            1,
            FeeSettings {
                cap: Some(GWEI / 2),
                cap_source: FLAG,
                tip: None,
            },
        )
        .unwrap();
        assert_eq!((fees.cap, fees.tip), (GWEI / 2, GWEI / 2));
        let warning = fees.warnings[0].unwrap().to_string();
        assert!(warning.contains("tip is the cap"), "{warning}");
    }

    #[test]
    fn an_explicit_tip_above_the_cap_names_the_settings_set() {
        let error = resolve(
            1,
            FeeSettings {
                cap: Some(GWEI / 2),
                cap_source: FLAG,
                tip: Some(GWEI),
            },
        )
        .unwrap_err();
        assert_eq!(
            error.to_string(),
            "sender.max_priority_fee_per_gas_gwei = 1 is above --max-fee-gwei = 0.5"
        );
        let error = resolve(8453, set(None, Some(GWEI))).unwrap_err();
        assert_eq!(
            error.to_string(),
            "sender.max_priority_fee_per_gas_gwei = 1 is above chain 8453's default fee cap of \
             0.5 gwei: lower it, or set sender.max_fee_per_gas_gwei"
        );
    }

    #[test]
    fn absurd_caps_warn_then_are_refused() {
        let fees = resolve(1, set(Some(20_000 * GWEI), None)).unwrap();
        assert!(matches!(
            fees.warnings[1],
            Some(FeeWarning::CapAboveSanity { .. })
        ));
        let error = resolve(
            1,
            FeeSettings {
                cap: Some(1_000_000_000 * GWEI),
                cap_source: FLAG,
                tip: None,
            },
        )
        .unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("--max-fee-gwei = 1000000000 is above"),
            "{error}"
        );
    }

    fn fees(max: u128, priority: u128) -> Fees {
        Fees {
            max_fee_per_gas: max,
            max_priority_fee_per_gas: priority,
        }
    }

    #[test]
    fn first_fees_are_twice_the_base_fee_plus_the_tip_under_the_cap() {
        assert_eq!(initial_fees(100, 10, 1_000), Some(fees(210, 10)));
        assert_eq!(initial_fees(100, 10, 150), Some(fees(150, 10)));
        assert_eq!(initial_fees(100, 500, 150), Some(fees(150, 150)));
        assert_eq!(initial_fees(100, 10, 100), Some(fees(100, 10)));
        assert_eq!(initial_fees(101, 10, 100), None);
    }

    #[test]
    fn bumps_raise_both_fees_by_the_basis_points_rounded_up() {
        // 13% (1,300 bps) of 1000 and of 3, rounded up: 1130 and 4 (3.39 -> 4).
        assert_eq!(
            bump_fees(fees(1_000, 3), None, 1_300, 10_000),
            Some(fees(1_130, 4))
        );
        // 12.5% exactly, rounded up: 1125 and 4 (3.375 -> 4).
        assert_eq!(
            bump_fees(fees(1_000, 3), None, MIN_FEE_BUMP_BPS, 10_000),
            Some(fees(1_125, 4))
        );
        // Always at least 12.5% on both.
        for (max, tip) in [(1u128, 1u128), (7, 3), (999, 998), (1_000_000_007, 13)] {
            let bumped = bump_fees(fees(max, tip), None, MIN_FEE_BUMP_BPS, u128::MAX).unwrap();
            assert!(bumped.max_fee_per_gas * 1_000 >= max * 1_125, "{max}");
            assert!(
                bumped.max_priority_fee_per_gas * 1_000 >= tip * 1_125,
                "{tip}"
            );
        }
        // A risen base fee lifts the fee cap further.
        assert_eq!(
            bump_fees(fees(1_000, 10), Some(900), 1_300, 10_000),
            Some(fees(1_812, 12))
        );
    }

    #[test]
    fn bumps_stop_at_the_cap() {
        assert_eq!(
            bump_fees(fees(1_000, 10), None, 1_300, 1_050),
            Some(fees(1_050, 12))
        );
        assert_eq!(bump_fees(fees(1_050, 12), None, 1_300, 1_050), None);
        // The tip never exceeds the fee cap.
        assert_eq!(
            bump_fees(fees(100, 100), None, 5_000, 120),
            Some(fees(120, 120))
        );
    }

    #[test]
    fn gas_margin_rounds_up() {
        assert_eq!(with_margin(100_000, 20), 120_000);
        assert_eq!(with_margin(21_001, 10), 23_102);
        assert_eq!(with_margin(5, 0), 5);
        assert_eq!(with_margin(u64::MAX, 50), u64::MAX);
    }
}
