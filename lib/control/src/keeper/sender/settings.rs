//! How the sender prices, waits and replaces: the one settings struct, with one unit per
//! quantity (wei per gas, basis points, whole percent for the gas margin, [`Duration`]) and one
//! set of defaults ([`SenderSettings::DEFAULT`]), which the configuration file's table of
//! ranges reads (`keeper::config::knobs`) and the README documents.

use std::time::Duration;

use super::fees::{self, ChainFees, FeeSettings, FeeSettingsError};

/// The smallest allowed fee bump: 12.5%, in basis points. Nodes refuse a replacement that raises
/// the fees by less than their threshold (10% on geth); 12.5% is also what the base fee can
/// rise in one block.
pub const MIN_FEE_BUMP_BPS: u64 = 1_250;

/// Where the fee cap is set in the configuration file: what a message names when the operator
/// did not use the flag.
pub const MAX_FEE_KEY: &str = "sender.max_fee_per_gas_gwei";

/// How the sender prices, waits and replaces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SenderSettings {
    /// Blocks a transaction must have (its own included) before it counts as confirmed.
    pub confirmations: u64,
    /// How long to wait for a receipt before replacing the transaction; also how long to wait
    /// for the confirmations once it is mined.
    pub confirmation_timeout: Duration,
    /// The cap on `maxFeePerGas`, wei per gas: no transaction or replacement pays more. `None`:
    /// the chain's default ([`fees::chain_defaults`]), resolved by [`super::Sender::new`].
    pub max_fee_per_gas: Option<u128>,
    /// Where the cap was set, for messages: [`MAX_FEE_KEY`] or `--max-fee-gwei`.
    pub max_fee_source: &'static str,
    /// The priority fee (tip) of a first attempt, wei per gas; at most the cap. `None`: the
    /// chain's default.
    pub max_priority_fee_per_gas: Option<u128>,
    /// How much a replacement raises both fees, in basis points; at least
    /// [`MIN_FEE_BUMP_BPS`].
    pub fee_bump_bps: u64,
    /// How often to ask for receipts and the block height while waiting.
    pub poll_interval: Duration,
    /// Added to the gas estimate, in percent of it.
    pub gas_limit_margin_percent: u64,
    /// Simulate, estimate, price and print, but sign and send nothing.
    pub dry_run: bool,
}

impl SenderSettings {
    /// The defaults, what an empty `[sender]` section gives: 1 confirmation within 60 s, the
    /// chain's fee cap and tip, 12.5% bumps, polling every second, a 50% gas margin, sending for
    /// real. The margin is wide because a rotation can swap one more seat than estimated when
    /// the 24-hour turnover window moves between the estimate and the block (+23% gas on anvil).
    pub const DEFAULT: Self = Self {
        confirmations: 1,
        confirmation_timeout: Duration::from_secs(60),
        max_fee_per_gas: None,
        max_fee_source: MAX_FEE_KEY,
        max_priority_fee_per_gas: None,
        fee_bump_bps: MIN_FEE_BUMP_BPS,
        poll_interval: Duration::from_secs(1),
        gas_limit_margin_percent: 50,
        dry_run: false,
    };

    /// The fee settings the operator made, for [`fees::resolve`].
    pub fn fee_settings(&self) -> FeeSettings {
        FeeSettings {
            cap: self.max_fee_per_gas,
            cap_source: self.max_fee_source,
            tip: self.max_priority_fee_per_gas,
        }
    }

    /// Checks that the settings can work on chain `chain_id`, and resolves its fee cap and tip
    /// (logging the resolution's warnings).
    pub fn validate(&self, chain_id: u64) -> Result<ChainFees, SenderSettingsError> {
        if self.confirmations == 0 {
            return Err(SenderSettingsError::NoConfirmations);
        }
        if self.confirmation_timeout.is_zero() {
            return Err(SenderSettingsError::NoConfirmationTimeout);
        }
        if self.poll_interval.is_zero() {
            return Err(SenderSettingsError::NoPollInterval);
        }
        if self.fee_bump_bps < MIN_FEE_BUMP_BPS {
            return Err(SenderSettingsError::FeeBumpTooSmall {
                bps: self.fee_bump_bps,
            });
        }
        let resolved = fees::resolve(chain_id, self.fee_settings())?;
        if resolved.cap == 0 {
            return Err(SenderSettingsError::NoFeeCap);
        }
        for warning in resolved.warnings.iter().flatten() {
            tracing::warn!(chain_id, "{warning}");
        }
        Ok(ChainFees {
            cap: resolved.cap,
            tip: resolved.tip,
        })
    }
}

impl Default for SenderSettings {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// [`SenderSettings`] that cannot work.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SenderSettingsError {
    /// `confirmations` is 0.
    #[error("confirmations must be at least 1")]
    NoConfirmations,
    /// `confirmation_timeout` is 0.
    #[error("confirmation_timeout must be more than zero")]
    NoConfirmationTimeout,
    /// `poll_interval` is 0.
    #[error("poll_interval must be more than zero")]
    NoPollInterval,
    /// The fee cap is 0.
    #[error("max_fee_per_gas (the fee cap) must be more than zero")]
    NoFeeCap,
    /// The fee bump is below what nodes accept for a replacement.
    #[error("fee bump {bps} bps is below the minimum of {MIN_FEE_BUMP_BPS} bps (12.5%)")]
    FeeBumpTooSmall {
        /// The configured bump.
        bps: u64,
    },
    /// The fee cap and tip do not fit the chain.
    #[error(transparent)]
    Fees(#[from] FeeSettingsError),
}

#[cfg(test)]
mod tests {
    use super::*;

    const GWEI: u128 = 1_000_000_000;

    #[test]
    fn validates_the_settings() {
        assert_eq!(
            SenderSettings::default().validate(1),
            Ok(ChainFees {
                cap: 200 * GWEI,
                tip: GWEI
            })
        );
        let bad = |change: fn(&mut SenderSettings)| {
            let mut settings = SenderSettings::default();
            change(&mut settings);
            settings.validate(1).unwrap_err()
        };
        assert_eq!(
            bad(|s| s.fee_bump_bps = 1_249),
            SenderSettingsError::FeeBumpTooSmall { bps: 1_249 }
        );
        assert_eq!(
            bad(|s| s.confirmations = 0),
            SenderSettingsError::NoConfirmations
        );
        assert_eq!(
            bad(|s| s.confirmation_timeout = Duration::ZERO),
            SenderSettingsError::NoConfirmationTimeout
        );
        assert_eq!(
            bad(|s| s.poll_interval = Duration::ZERO),
            SenderSettingsError::NoPollInterval
        );
        assert_eq!(
            bad(|s| {
                s.max_fee_per_gas = Some(0);
                s.max_priority_fee_per_gas = Some(0);
            }),
            SenderSettingsError::NoFeeCap
        );
        assert!(matches!(
            bad(|s| {
                s.max_fee_per_gas = Some(GWEI);
                s.max_priority_fee_per_gas = Some(GWEI + 1);
            }),
            SenderSettingsError::Fees(FeeSettingsError::TipAboveCap { .. })
        ));
        // An unknown chain needs an explicit cap.
        assert!(matches!(
            SenderSettings::default().validate(999),
            Err(SenderSettingsError::Fees(
                FeeSettingsError::NoCapForChain { .. }
            ))
        ));
    }
}
