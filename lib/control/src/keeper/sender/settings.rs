//! How the sender prices, waits and replaces: one settings struct.

use std::time::Duration;

use super::GWEI;

/// The smallest allowed `fee_bump_percent`: 12.5%, rounded up to a whole percent. Nodes refuse
/// a replacement that raises the fees by less than their threshold (10% on geth).
pub const MIN_FEE_BUMP_PERCENT: u64 = 13;

/// How the sender prices, waits and replaces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SenderConfig {
    /// Blocks a transaction must have (its own included) before it counts as confirmed.
    pub confirmations: u64,
    /// How long to wait for a receipt before replacing the transaction; also how long to wait
    /// for the confirmations once it is mined.
    pub confirmation_timeout: Duration,
    /// The cap on `maxFeePerGas`, wei per gas: no transaction or replacement pays more.
    pub max_fee_per_gas: u128,
    /// The priority fee (tip) of a first attempt, wei per gas; at most the cap.
    pub max_priority_fee_per_gas: u128,
    /// How much a replacement raises both fees, in percent; at least [`MIN_FEE_BUMP_PERCENT`].
    pub fee_bump_percent: u64,
    /// How often to ask for receipts and the block height while waiting.
    pub poll_interval: Duration,
    /// Added to the gas estimate, in percent of it.
    pub gas_limit_margin_percent: u64,
    /// Simulate, estimate, price and print, but sign and send nothing.
    pub dry_run: bool,
}

impl Default for SenderConfig {
    /// 1 confirmation within 120 s, a 50 gwei cap, a 0.1 gwei tip, 13% bumps, polling every 2 s,
    /// a 50% gas margin, sending for real. The margin is wide because a rotation can swap one
    /// more seat than estimated when the 24-hour turnover window moves between the estimate
    /// and the block (+23% gas on anvil).
    fn default() -> Self {
        Self {
            confirmations: 1,
            confirmation_timeout: Duration::from_secs(120),
            max_fee_per_gas: 50 * GWEI,
            max_priority_fee_per_gas: GWEI / 10,
            fee_bump_percent: MIN_FEE_BUMP_PERCENT,
            poll_interval: Duration::from_secs(2),
            gas_limit_margin_percent: 50,
            dry_run: false,
        }
    }
}

/// A [`SenderConfig`] that cannot work.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SenderConfigError {
    /// `confirmations` is 0.
    #[error("confirmations must be at least 1")]
    NoConfirmations,
    /// `confirmation_timeout` is 0.
    #[error("confirmation_timeout must be more than zero")]
    NoConfirmationTimeout,
    /// `poll_interval` is 0.
    #[error("poll_interval must be more than zero")]
    NoPollInterval,
    /// `max_fee_per_gas` is 0.
    #[error("max_fee_per_gas (the fee cap) must be more than zero")]
    NoFeeCap,
    /// `max_priority_fee_per_gas` is above the cap.
    #[error("max_priority_fee_per_gas {priority} wei is above max_fee_per_gas {cap} wei")]
    PriorityAboveCap {
        /// The configured priority fee.
        priority: u128,
        /// The configured cap.
        cap: u128,
    },
    /// `fee_bump_percent` is below what nodes accept for a replacement.
    #[error("fee_bump_percent {percent} is below the minimum of {MIN_FEE_BUMP_PERCENT} (12.5%)")]
    FeeBumpTooSmall {
        /// The configured bump.
        percent: u64,
    },
}

impl SenderConfig {
    /// Checks that the configuration can work.
    pub fn validate(&self) -> Result<(), SenderConfigError> {
        if self.confirmations == 0 {
            return Err(SenderConfigError::NoConfirmations);
        }
        if self.confirmation_timeout.is_zero() {
            return Err(SenderConfigError::NoConfirmationTimeout);
        }
        if self.poll_interval.is_zero() {
            return Err(SenderConfigError::NoPollInterval);
        }
        if self.max_fee_per_gas == 0 {
            return Err(SenderConfigError::NoFeeCap);
        }
        if self.max_priority_fee_per_gas > self.max_fee_per_gas {
            return Err(SenderConfigError::PriorityAboveCap {
                priority: self.max_priority_fee_per_gas,
                cap: self.max_fee_per_gas,
            });
        }
        if self.fee_bump_percent < MIN_FEE_BUMP_PERCENT {
            return Err(SenderConfigError::FeeBumpTooSmall {
                percent: self.fee_bump_percent,
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates_the_configuration() {
        assert_eq!(SenderConfig::default().validate(), Ok(()));
        let bad = |change: fn(&mut SenderConfig)| {
            let mut config = SenderConfig::default();
            change(&mut config);
            config.validate().unwrap_err()
        };
        assert_eq!(
            bad(|c| c.fee_bump_percent = 12),
            SenderConfigError::FeeBumpTooSmall { percent: 12 }
        );
        assert_eq!(
            bad(|c| c.confirmations = 0),
            SenderConfigError::NoConfirmations
        );
        assert_eq!(
            bad(|c| c.confirmation_timeout = Duration::ZERO),
            SenderConfigError::NoConfirmationTimeout
        );
        assert_eq!(
            bad(|c| c.poll_interval = Duration::ZERO),
            SenderConfigError::NoPollInterval
        );
        assert_eq!(bad(|c| c.max_fee_per_gas = 0), SenderConfigError::NoFeeCap);
        assert!(matches!(
            bad(|c| c.max_priority_fee_per_gas = c.max_fee_per_gas + 1),
            SenderConfigError::PriorityAboveCap { .. }
        ));
        let minimum = SenderConfig {
            fee_bump_percent: MIN_FEE_BUMP_PERCENT,
            ..SenderConfig::default()
        };
        assert_eq!(minimum.validate(), Ok(()));
    }
}
