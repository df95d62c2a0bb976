//! Node and payer signatures: 65 bytes `r ‖ s ‖ v` over a raw 32-byte digest (no EIP-191
//! prefix), judged as xmtpd's released binaries judge them (spec section 2).
//!
//! xmtpd's releases are built without cgo, so its `SigToPub` is go-ethereum's pure-Go one: it
//! hands decred's `RecoverCompact` the code `v + 27` (a byte, so it wraps), which takes codes
//! 27..34, `r` and `s` in `[1, n - 1]` and no low-s rule. The contract can only recover with the
//! `ecrecover` precompile, which knows recovery ids 0 and 1; a signature with id 2 or 3 may
//! recover off chain but can be checked by nobody on chain, hence [`Verdict::Unverifiable`].
//!
//! The recovery itself is libsecp256k1's (the `secp256k1` crate), several times faster than alloy's `k256`: the
//! watcher recovers two signatures per envelope it reads. Both are handed only what every rule above has already
//! admitted (`r` and `s` in `[1, n - 1]`, `s` low, recovery id 0 or 1), where they agree; a differential test holds
//! them to it.

use std::sync::OnceLock;

use alloy::{
    primitives::{uint, Address, Bytes, B256, U256},
    signers::{local::PrivateKeySigner, SignerSync},
};
use secp256k1::{
    ecdsa::{RecoverableSignature, RecoveryId},
    Message, Secp256k1, VerifyOnly,
};

/// The order `n` of the secp256k1 group.
pub const SECP256K1_N: U256 =
    uint!(0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141_U256);

/// The field prime `p` of secp256k1.
pub const SECP256K1_P: U256 =
    uint!(0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F_U256);

/// The largest low `s` (`n / 2`).
pub const MAX_LOW_S: U256 =
    uint!(0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0_U256);

/// The largest `v` decred takes after go-ethereum adds 27 (codes 27..34).
pub const MAX_V: u8 = 7;

/// Why a signature is invalid under xmtpd's rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvalidReason {
    /// Not 65 bytes.
    Length(usize),
    /// `v` above 7 (27 and 28 included: `v + 27` is no recovery code).
    RecoveryCode(u8),
    /// `r` is 0 or at least `n`.
    R,
    /// `s` is 0 or at least `n`.
    S,
    /// Recovery id 2 or 3 with `r + n >= p`: decred refuses it.
    ROverflow,
    /// No public key recovers (the point is not on the curve, or the key is at infinity).
    NoKey,
}

/// What a signature proves about a digest, under xmtpd's rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Every build of xmtpd and the precompile recover this signer.
    Valid(Address),
    /// Every build of xmtpd refuses it.
    Invalid(InvalidReason),
    /// Recovery id 2 or 3: xmtpd may accept it, the precompile cannot check it.
    Unverifiable,
}

/// Why a node signature does not name a signer. The contract's `InvalidSignatureLength(len)` and
/// `InvalidSignature()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    /// The signature is not 65 bytes long.
    #[error("signature is {0} bytes, not 65")]
    InvalidLength(usize),
    /// The signature is not [`Verdict::Valid`] (after reading `v` 27/28 as 0/1).
    #[error("signature does not recover to a signer")]
    Invalid,
}

/// Signs `digest` as the node software does: `r ‖ s ‖ v` with `v` 0 or 1, and a low `s`.
pub fn sign_digest(key: &PrivateKeySigner, digest: &B256) -> Result<Bytes, alloy::signers::Error> {
    let signature = key.sign_hash_sync(digest)?.normalized_s();
    Ok(Bytes::from(signature.as_rsy()))
}

/// Judges a payer signature over `digest` as xmtpd does (spec section 2).
pub fn judge(digest: &B256, signature: &[u8]) -> Verdict {
    let Ok(bytes) = <&[u8; 65]>::try_from(signature) else {
        return Verdict::Invalid(InvalidReason::Length(signature.len()));
    };
    let v = bytes[64];
    if v > MAX_V {
        return Verdict::Invalid(InvalidReason::RecoveryCode(v));
    }
    let r = U256::from_be_slice(&bytes[..32]);
    let s = U256::from_be_slice(&bytes[32..64]);
    if r.is_zero() || r >= SECP256K1_N {
        return Verdict::Invalid(InvalidReason::R);
    }
    if s.is_zero() || s >= SECP256K1_N {
        return Verdict::Invalid(InvalidReason::S);
    }
    // v 4..7 carry decred's "compressed key" flag, which changes nothing about the signer.
    let recovery_id = v & 3;
    if recovery_id & 2 != 0 {
        // x = r + n: only a point if it is below p.
        return if r >= SECP256K1_P - SECP256K1_N {
            Verdict::Invalid(InvalidReason::ROverflow)
        } else {
            Verdict::Unverifiable
        };
    }
    let (s, y_parity) = low_s(s, recovery_id == 1);
    // libsecp256k1's recovery takes high s too, but the precompile's and k256's rules are about
    // low s: normalising here keeps the rule independent of what a dependency does.
    match recover_address(digest, r, s, y_parity) {
        Some(address) => Verdict::Valid(address),
        None => Verdict::Invalid(InvalidReason::NoKey),
    }
}

/// The verification context, made once (it holds no secrets).
fn context() -> &'static Secp256k1<VerifyOnly> {
    static CONTEXT: OnceLock<Secp256k1<VerifyOnly>> = OnceLock::new();
    CONTEXT.get_or_init(Secp256k1::verification_only)
}

/// The address whose key signed `digest` as (`r`, `s`, `y_parity`), by libsecp256k1; `None` when no key recovers
/// (no point has the x-coordinate `r`, or the key would be the point at infinity). The caller has checked `r` and
/// `s` to be in `[1, n - 1]`.
fn recover_address(digest: &B256, r: U256, s: U256, y_parity: bool) -> Option<Address> {
    let mut compact = [0u8; 64];
    compact[..32].copy_from_slice(&r.to_be_bytes::<32>());
    compact[32..].copy_from_slice(&s.to_be_bytes::<32>());
    let id = if y_parity {
        RecoveryId::One
    } else {
        RecoveryId::Zero
    };
    let signature = RecoverableSignature::from_compact(&compact, id).ok()?;
    let key = context()
        .recover_ecdsa(Message::from_digest(digest.0), &signature)
        .ok()?;
    Some(Address::from_raw_public_key(
        &key.serialize_uncompressed()[1..],
    ))
}

/// `s` in low form with the parity that recovers the same key.
fn low_s(s: U256, y_parity: bool) -> (U256, bool) {
    if s > MAX_LOW_S {
        (SECP256K1_N - s, !y_parity)
    } else {
        (s, y_parity)
    }
}

/// `v` of a node signature as the payer rule reads it: Ethereum tooling's 27/28 are 0/1.
fn node_v(v: u8) -> u8 {
    match v {
        27 | 28 => v - 27,
        other => other,
    }
}

/// The signer of a node signature over `digest`: high or low `s`, `v` 0..7 or 27/28, and it must
/// be [`Verdict::Valid`].
pub fn recover_signer(digest: &B256, signature: &[u8]) -> Result<Address, SignatureError> {
    let mut bytes: [u8; 65] = signature
        .try_into()
        .map_err(|_| SignatureError::InvalidLength(signature.len()))?;
    bytes[64] = node_v(bytes[64]);
    match judge(digest, &bytes) {
        Verdict::Valid(address) => Ok(address),
        Verdict::Invalid(_) | Verdict::Unverifiable => Err(SignatureError::Invalid),
    }
}

/// A node signature in the one form every verifier takes (low `s`, `v` 0 or 1), with its signer;
/// refused when [`recover_signer`] refuses it. The relay sends this form, so a node signature
/// written by tooling with high `s` or `v` 27/28 reaches the contract in the cheapest shape.
pub fn normalize(digest: &B256, signature: &[u8]) -> Result<([u8; 65], Address), SignatureError> {
    let signer = recover_signer(digest, signature)?;
    // recover_signer accepted it: 65 bytes, and a recovery id of 0 or 1.
    let mut bytes: [u8; 65] = signature
        .try_into()
        .map_err(|_| SignatureError::InvalidLength(signature.len()))?;
    let s = U256::from_be_slice(&bytes[32..64]);
    let (s, y_parity) = low_s(s, node_v(bytes[64]) & 1 == 1);
    bytes[32..64].copy_from_slice(&s.to_be_bytes::<32>());
    bytes[64] = u8::from(y_parity);
    Ok((bytes, signer))
}

/// The same signature with `s` replaced by `n - s` and the parity flipped (`v` 0↔1, 27↔28, and
/// so on): it recovers to the same key.
pub fn malleate(signature: &[u8; 65]) -> [u8; 65] {
    let s = U256::from_be_slice(&signature[32..64]);
    let mut out = *signature;
    out[32..64].copy_from_slice(&(SECP256K1_N - s).to_be_bytes::<32>());
    // 27 is odd: flipping its parity bit would give 26, not 28.
    out[64] = match signature[64] {
        27 => 28,
        28 => 27,
        other => other ^ 1,
    };
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::keccak256;

    fn key() -> PrivateKeySigner {
        PrivateKeySigner::from_bytes(&keccak256("some key")).unwrap()
    }

    fn signed(digest: &B256) -> [u8; 65] {
        sign_digest(&key(), digest)
            .unwrap()
            .as_ref()
            .try_into()
            .unwrap()
    }

    fn with_v(signature: &[u8; 65], v: u8) -> [u8; 65] {
        let mut out = *signature;
        out[64] = v;
        out
    }

    #[test]
    fn constants() {
        assert_eq!(MAX_LOW_S, SECP256K1_N >> 1);
        // p - n is about 2^128: recovery ids 2 and 3 are possible only for tiny r.
        assert!(SECP256K1_P - SECP256K1_N < U256::from(1) << 129);
    }

    #[test]
    fn signs_low_s_with_v_zero_or_one_and_recovers() {
        for i in 0..32u8 {
            let digest = keccak256([i]);
            let signature = signed(&digest);
            assert!(signature[64] <= 1);
            assert!(U256::from_be_slice(&signature[32..64]) <= MAX_LOW_S);
            assert_eq!(judge(&digest, &signature), Verdict::Valid(key().address()));
        }
    }

    #[test]
    fn payer_rule_takes_high_s_and_v_up_to_7() {
        let digest = keccak256("digest");
        let signature = signed(&digest);
        let high = malleate(&signature);
        assert!(U256::from_be_slice(&high[32..64]) > MAX_LOW_S);
        assert_eq!(judge(&digest, &high), Verdict::Valid(key().address()));
        for flag in [0u8, 4] {
            assert_eq!(
                judge(&digest, &with_v(&signature, signature[64] | flag)),
                Verdict::Valid(key().address())
            );
            assert_eq!(
                judge(&digest, &with_v(&high, high[64] | flag)),
                Verdict::Valid(key().address())
            );
            // The other parity recovers some other key (or none), never this one.
            assert_ne!(
                judge(&digest, &with_v(&signature, (signature[64] ^ 1) | flag)),
                Verdict::Valid(key().address())
            );
        }
    }

    #[test]
    fn payer_rule_refuses_v_8_and_above_27_and_28_included() {
        let digest = keccak256("digest");
        let signature = signed(&digest);
        for v in [8u8, 26, 27, 28, 34, 228, 229, 255] {
            assert_eq!(
                judge(&digest, &with_v(&signature, v)),
                Verdict::Invalid(InvalidReason::RecoveryCode(v)),
                "{v}"
            );
        }
    }

    #[test]
    fn payer_rule_range_checks_r_and_s() {
        let digest = keccak256("digest");
        let signature = signed(&digest);
        let mut zero_r = signature;
        zero_r[..32].fill(0);
        assert_eq!(judge(&digest, &zero_r), Verdict::Invalid(InvalidReason::R));
        let mut n_r = signature;
        n_r[..32].copy_from_slice(&SECP256K1_N.to_be_bytes::<32>());
        assert_eq!(judge(&digest, &n_r), Verdict::Invalid(InvalidReason::R));
        let mut zero_s = signature;
        zero_s[32..64].fill(0);
        assert_eq!(judge(&digest, &zero_s), Verdict::Invalid(InvalidReason::S));
        let mut n_s = signature;
        n_s[32..64].copy_from_slice(&SECP256K1_N.to_be_bytes::<32>());
        assert_eq!(judge(&digest, &n_s), Verdict::Invalid(InvalidReason::S));
        assert_eq!(
            judge(&digest, &signature[..64]),
            Verdict::Invalid(InvalidReason::Length(64))
        );
        assert_eq!(
            judge(&digest, &[]),
            Verdict::Invalid(InvalidReason::Length(0))
        );
    }

    #[test]
    fn recovery_ids_2_and_3_are_unverifiable_unless_r_plus_n_overflows() {
        let digest = keccak256("digest");
        let signature = signed(&digest);
        // An ordinary r is far above p - n.
        for v in [2u8, 3, 6, 7] {
            assert_eq!(
                judge(&digest, &with_v(&signature, v)),
                Verdict::Invalid(InvalidReason::ROverflow)
            );
        }
        let mut small_r = signature;
        small_r[..32].copy_from_slice(&U256::from(5).to_be_bytes::<32>());
        for v in [2u8, 3, 6, 7] {
            assert_eq!(
                judge(&digest, &with_v(&small_r, v)),
                Verdict::Unverifiable,
                "{v}"
            );
        }
        let mut edge = signature;
        edge[..32].copy_from_slice(&(SECP256K1_P - SECP256K1_N).to_be_bytes::<32>());
        assert_eq!(
            judge(&digest, &with_v(&edge, 2)),
            Verdict::Invalid(InvalidReason::ROverflow)
        );
        edge[..32]
            .copy_from_slice(&(SECP256K1_P - SECP256K1_N - U256::from(1)).to_be_bytes::<32>());
        assert_eq!(judge(&digest, &with_v(&edge, 2)), Verdict::Unverifiable);
    }

    #[test]
    fn node_rule_accepts_high_s_and_v_27_28_and_refuses_the_rest() {
        let digest = keccak256("digest");
        let signature = signed(&digest);
        let high = malleate(&signature);
        for accepted in [
            signature,
            high,
            with_v(&signature, signature[64] + 27),
            with_v(&high, high[64] + 27),
            with_v(&signature, signature[64] + 4),
        ] {
            assert_eq!(recover_signer(&digest, &accepted), Ok(key().address()));
        }
        assert_eq!(
            recover_signer(&digest, &signature[..64]),
            Err(SignatureError::InvalidLength(64))
        );
        assert_eq!(
            recover_signer(&digest, &[0; 66]),
            Err(SignatureError::InvalidLength(66))
        );
        for v in [2u8, 8, 26, 29, 255] {
            assert_eq!(
                recover_signer(&digest, &with_v(&signature, v)),
                Err(SignatureError::Invalid),
                "{v}"
            );
        }
        assert_eq!(
            recover_signer(&digest, &[0; 65]),
            Err(SignatureError::Invalid)
        );
    }

    /// `judge` as it was with alloy's recovery (k256), the reference the libsecp256k1 one must equal.
    fn judge_by_alloy(digest: &B256, signature: &[u8]) -> Verdict {
        let Ok(bytes) = <&[u8; 65]>::try_from(signature) else {
            return Verdict::Invalid(InvalidReason::Length(signature.len()));
        };
        let v = bytes[64];
        if v > MAX_V {
            return Verdict::Invalid(InvalidReason::RecoveryCode(v));
        }
        let r = U256::from_be_slice(&bytes[..32]);
        let s = U256::from_be_slice(&bytes[32..64]);
        if r.is_zero() || r >= SECP256K1_N {
            return Verdict::Invalid(InvalidReason::R);
        }
        if s.is_zero() || s >= SECP256K1_N {
            return Verdict::Invalid(InvalidReason::S);
        }
        let recovery_id = v & 3;
        if recovery_id & 2 != 0 {
            return if r >= SECP256K1_P - SECP256K1_N {
                Verdict::Invalid(InvalidReason::ROverflow)
            } else {
                Verdict::Unverifiable
            };
        }
        let (s, y_parity) = low_s(s, recovery_id == 1);
        match alloy::primitives::Signature::new(r, s, y_parity).recover_address_from_prehash(digest)
        {
            Ok(address) => Verdict::Valid(address),
            Err(_) => Verdict::Invalid(InvalidReason::NoKey),
        }
    }

    /// Both recoveries, on the raw (r, s, parity), high `s` included.
    fn same_recovery(digest: &B256, r: U256, s: U256, y_parity: bool) {
        let alloy = alloy::primitives::Signature::new(r, s, y_parity)
            .recover_address_from_prehash(digest)
            .ok();
        assert_eq!(
            recover_address(digest, r, s, y_parity),
            alloy,
            "{digest} {r} {s} {y_parity}"
        );
    }

    fn differential(digest: &B256, signature: &[u8; 65]) {
        assert_eq!(judge(digest, signature), judge_by_alloy(digest, signature));
        let node = recover_signer(digest, signature);
        let by_alloy = {
            let mut bytes = *signature;
            bytes[64] = node_v(bytes[64]);
            match judge_by_alloy(digest, &bytes) {
                Verdict::Valid(address) => Ok(address),
                _ => Err(SignatureError::Invalid),
            }
        };
        assert_eq!(node, by_alloy);
    }

    #[test]
    fn recovery_equals_alloys_at_the_edges() {
        let n_minus = |k: u64| SECP256K1_N - U256::from(k);
        let digests = [
            B256::ZERO,
            B256::from(SECP256K1_N.to_be_bytes::<32>()),
            B256::from(n_minus(1).to_be_bytes::<32>()),
            B256::repeat_byte(0xff),
            keccak256("digest"),
        ];
        // Small r (some are no x-coordinate), r just below n, s at both ends and the middle.
        let rs = [
            U256::from(1),
            U256::from(2),
            U256::from(3),
            U256::from(5),
            U256::from(7),
            n_minus(1),
            n_minus(2),
            SECP256K1_P - SECP256K1_N - U256::from(1),
            U256::from_be_slice(&signed(&keccak256("digest"))[..32]),
        ];
        let ss = [
            U256::from(1),
            MAX_LOW_S,
            MAX_LOW_S + U256::from(1),
            n_minus(1),
        ];
        for digest in &digests {
            for r in rs {
                for s in ss {
                    for parity in [false, true] {
                        same_recovery(digest, r, s, parity);
                        let mut bytes = [0u8; 65];
                        bytes[..32].copy_from_slice(&r.to_be_bytes::<32>());
                        bytes[32..64].copy_from_slice(&s.to_be_bytes::<32>());
                        for v in [0u8, 1, 2, 3, 4, 5, 6, 7, 8, 27, 28] {
                            bytes[64] = v ^ u8::from(parity && v < 8);
                            differential(digest, &bytes);
                        }
                    }
                }
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

        /// Random keys and digests, signed, malleated, with every `v`: the same verdicts and signers as alloy's.
        #[test]
        fn recovery_equals_alloys_on_signatures(
            key in proptest::array::uniform32(proptest::prelude::any::<u8>()),
            digest in proptest::array::uniform32(proptest::prelude::any::<u8>()),
            v in proptest::prelude::any::<u8>(),
        ) {
            let Ok(key) = PrivateKeySigner::from_bytes(&B256::from(key)) else {
                return Ok(());
            };
            let digest = B256::from(digest);
            let signature: [u8; 65] = sign_digest(&key, &digest).unwrap().as_ref().try_into().unwrap();
            let high = malleate(&signature);
            for candidate in [signature, high] {
                differential(&digest, &candidate);
                proptest::prop_assert_eq!(
                    judge(&digest, &candidate),
                    Verdict::Valid(key.address())
                );
                let mut other_v = candidate;
                other_v[64] = v;
                differential(&digest, &other_v);
            }
        }

        /// Random `r`, `s`, parity and digest: most recover some key, some none; both libraries agree.
        #[test]
        fn recovery_equals_alloys_on_random_scalars(
            r in proptest::array::uniform32(proptest::prelude::any::<u8>()),
            s in proptest::array::uniform32(proptest::prelude::any::<u8>()),
            digest in proptest::array::uniform32(proptest::prelude::any::<u8>()),
            parity in proptest::prelude::any::<bool>(),
            small_r in proptest::prelude::any::<u16>(),
        ) {
            let digest = B256::from(digest);
            let s = U256::from_be_bytes(s) % (SECP256K1_N - U256::from(1)) + U256::from(1);
            for r in [
                U256::from_be_bytes(r) % (SECP256K1_N - U256::from(1)) + U256::from(1),
                U256::from(small_r) + U256::from(1),
            ] {
                same_recovery(&digest, r, s, parity);
                let mut bytes = [0u8; 65];
                bytes[..32].copy_from_slice(&r.to_be_bytes::<32>());
                bytes[32..64].copy_from_slice(&s.to_be_bytes::<32>());
                bytes[64] = u8::from(parity);
                differential(&digest, &bytes);
            }
        }
    }

    #[test]
    fn normalize_gives_low_s_and_v_0_or_1_for_the_same_signer() {
        let digest = keccak256("digest");
        let signature = signed(&digest);
        let high = malleate(&signature);
        for input in [
            signature,
            high,
            with_v(&high, high[64] + 27),
            with_v(&signature, signature[64] + 4),
        ] {
            let (normal, signer) = normalize(&digest, &input).unwrap();
            assert_eq!(normal, signature);
            assert_eq!(signer, key().address());
        }
        assert_eq!(
            normalize(&digest, &with_v(&signature, 9)),
            Err(SignatureError::Invalid)
        );
        assert_eq!(
            normalize(&digest, &signature[..1]),
            Err(SignatureError::InvalidLength(1))
        );
    }
}
