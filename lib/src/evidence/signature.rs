//! Node and payer signatures: 65 bytes `r ‖ s ‖ v` over a raw 32-byte digest (no EIP-191
//! prefix), recovered exactly as the contract does with OpenZeppelin's `ECDSA.tryRecover`.

use alloy::{
    primitives::{uint, Address, Bytes, Signature, B256, U256},
    signers::{local::PrivateKeySigner, SignerSync},
};

/// The order `n` of the secp256k1 group.
pub const SECP256K1_N: U256 =
    uint!(0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141_U256);

/// The largest `s` a signature may carry (`n / 2`); above it `ECDSA.tryRecover` refuses it.
pub const MAX_LOW_S: U256 =
    uint!(0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0_U256);

/// Why a signature did not yield a signer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    /// The signature is not 65 bytes long.
    #[error("signature is {0} bytes, not 65")]
    InvalidLength(usize),
    /// `v` is not 0, 1, 27 or 28; `r` or `s` is out of range (`s` above `n / 2` included); or no
    /// key recovers from it.
    #[error("signature does not recover to a signer")]
    Invalid,
}

/// Signs `digest` as the node software does: `r ‖ s ‖ v` with `v` 0 or 1, and a low `s`.
pub fn sign_digest(key: &PrivateKeySigner, digest: &B256) -> Result<Bytes, alloy::signers::Error> {
    let signature = key.sign_hash_sync(digest)?.normalized_s();
    Ok(Bytes::from(signature.as_rsy()))
}

/// The signer of `digest` under `signature` (`r ‖ s ‖ v`, `v` 0/1 or 27/28), with the contract's
/// rules: 65 bytes, `0 < r < n`, `0 < s <= n / 2`.
pub fn recover_signer(digest: &B256, signature: &[u8]) -> Result<Address, SignatureError> {
    let bytes: &[u8; 65] = signature
        .try_into()
        .map_err(|_| SignatureError::InvalidLength(signature.len()))?;
    let r = U256::from_be_slice(&bytes[..32]);
    let s = U256::from_be_slice(&bytes[32..64]);
    let y_parity = match bytes[64] {
        0 | 27 => false,
        1 | 28 => true,
        _ => return Err(SignatureError::Invalid),
    };
    if r.is_zero() || r >= SECP256K1_N || s.is_zero() || s > MAX_LOW_S {
        return Err(SignatureError::Invalid);
    }
    Signature::new(r, s, y_parity)
        .recover_address_from_prehash(digest)
        .map_err(|_| SignatureError::Invalid)
}

/// The same signature with `s` replaced by `n - s` and the parity flipped: it recovers to the same
/// key in plain ECDSA, and the contract must refuse it.
pub fn malleate(signature: &[u8; 65]) -> [u8; 65] {
    let s = U256::from_be_slice(&signature[32..64]);
    let mut out = *signature;
    out[32..64].copy_from_slice(&(SECP256K1_N - s).to_be_bytes::<32>());
    out[64] = match signature[64] {
        0 => 1,
        1 => 0,
        27 => 28,
        28 => 27,
        other => other,
    };
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::keccak256;

    #[test]
    fn half_order_constant_is_n_over_two() {
        assert_eq!(MAX_LOW_S, SECP256K1_N >> 1);
    }

    #[test]
    fn signs_low_s_with_v_zero_or_one_and_recovers() {
        let key = PrivateKeySigner::from_bytes(&keccak256("some key")).unwrap();
        for i in 0..32u8 {
            let digest = keccak256([i]);
            let signature = sign_digest(&key, &digest).unwrap();
            assert_eq!(signature.len(), 65);
            assert!(signature[64] <= 1);
            assert!(U256::from_be_slice(&signature[32..64]) <= MAX_LOW_S);
            assert_eq!(recover_signer(&digest, &signature), Ok(key.address()));
            let mut legacy = signature.to_vec();
            legacy[64] += 27;
            assert_eq!(recover_signer(&digest, &legacy), Ok(key.address()));
        }
    }

    #[test]
    fn refuses_what_try_recover_refuses() {
        let key = PrivateKeySigner::from_bytes(&keccak256("some key")).unwrap();
        let digest = keccak256("digest");
        let signature: [u8; 65] = sign_digest(&key, &digest)
            .unwrap()
            .as_ref()
            .try_into()
            .unwrap();
        assert_eq!(
            recover_signer(&digest, &signature[..64]),
            Err(SignatureError::InvalidLength(64))
        );
        assert_eq!(
            recover_signer(&digest, &[0; 66]),
            Err(SignatureError::InvalidLength(66))
        );
        // Plain ECDSA would accept the malleated twin; the contract does not.
        assert_eq!(
            recover_signer(&digest, &malleate(&signature)),
            Err(SignatureError::Invalid)
        );
        for v in [2u8, 26, 29, 255] {
            let mut bad = signature;
            bad[64] = v;
            assert_eq!(recover_signer(&digest, &bad), Err(SignatureError::Invalid));
        }
        let mut zero_r = signature;
        zero_r[..32].fill(0);
        assert_eq!(
            recover_signer(&digest, &zero_r),
            Err(SignatureError::Invalid)
        );
        let mut big_r = signature;
        big_r[..32].copy_from_slice(&SECP256K1_N.to_be_bytes::<32>());
        assert_eq!(
            recover_signer(&digest, &big_r),
            Err(SignatureError::Invalid)
        );
        assert_eq!(
            recover_signer(&digest, &[0; 65]),
            Err(SignatureError::Invalid)
        );
    }
}
