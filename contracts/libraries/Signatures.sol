// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/**
 * @title  Signatures
 * @notice secp256k1 signatures judged as xmtpd's released binaries judge them: the one rule every contract of the
 *         suite and the Rust `evidence` module use.
 *
 *         xmtpd recovers a 65-byte `r ‖ s ‖ v` with go-ethereum's `crypto.SigToPub`. Its releases are built with
 *         `CGO_ENABLED=0`, where that passes the byte `v + 27` to decred's `RecoverCompact`, which takes the codes 27
 *         to 34. So a signature is
 *         - invalid unless it is 65 bytes, `v` is 0 to 7 (8 to 255 are refused, 27 and 28 included; 229 to 255 wrap
 *           below 27), and `r` and `s` are in [1, n − 1]. A high `s` is valid: there is no low-s rule;
 *         - of recovery id `v & 3`: 4 to 7 are 0 to 3 with decred's "compressed" flag, which changes nothing here;
 *         - unverifiable when the id is 2 or 3 (x = r + n) and r + n is below the field prime: it may recover off
 *           chain, but the EVM's precompile only takes x = r. Such a signature is never evidence either way;
 *         - otherwise valid exactly when the precompile recovers it with `27 + (v & 1)` (the precompile itself takes
 *           a high `s`).
 *
 *         A node's own signature (an originator envelope, a usage or witness report) also reads `v` 27 and 28 as 0
 *         and 1, the Ethereum encoding of the same signature: whoever holds it can re-encode it, so refusing it
 *         would protect no one.
 */
library Signatures {
    /// @notice How xmtpd judges a signature, as far as the chain can tell.
    enum Verdict {
        Valid,
        Invalid,
        Unverifiable
    }

    /// @dev The order n of secp256k1's group.
    uint256 internal constant N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;

    /// @dev p − n: an `r` at or above it has no x = r + n below the field prime p (decred: "R + N >= P").
    uint256 internal constant P_MINUS_N = 0x14551231950B75FC4402DA1722FC9BAEE;

    /// @dev The signer of `digest` and xmtpd's verdict on `signature` (a payer's, as xmtpd's publish checks it). The
    ///      signer is zero unless the verdict is `Valid`.
    function recover(bytes32 digest, bytes calldata signature) internal pure returns (address signer, Verdict verdict) {
        if (signature.length != 65) return (address(0), Verdict.Invalid);
        return _recover(digest, bytes32(signature[0:32]), bytes32(signature[32:64]), uint8(signature[64]));
    }

    /// @dev The signer of a node's signature over `digest`, or zero when it is not a valid one: `v` 27 and 28 are
    ///      read as 0 and 1, then `recover`'s rule must find it `Valid`.
    function recoverNode(bytes32 digest, bytes calldata signature) internal pure returns (address signer) {
        if (signature.length != 65) return address(0);
        uint256 v = uint8(signature[64]);
        if (v == 27 || v == 28) v -= 27;
        Verdict verdict;
        (signer, verdict) = _recover(digest, bytes32(signature[0:32]), bytes32(signature[32:64]), v);
        if (verdict != Verdict.Valid) signer = address(0);
    }

    function _recover(bytes32 digest, bytes32 r, bytes32 s, uint256 v)
        private
        pure
        returns (address signer, Verdict verdict)
    {
        uint256 rValue = uint256(r);
        uint256 sValue = uint256(s);
        if (v > 7 || rValue == 0 || rValue >= N || sValue == 0 || sValue >= N) return (address(0), Verdict.Invalid);
        if (v & 2 != 0) return (address(0), rValue >= P_MINUS_N ? Verdict.Invalid : Verdict.Unverifiable);
        // Cannot truncate: v & 1 is 0 or 1.
        // forge-lint: disable-next-line(unsafe-typecast)
        signer = ecrecover(digest, uint8(27 + (v & 1)), r, s);
        verdict = signer == address(0) ? Verdict.Invalid : Verdict.Valid;
    }
}
