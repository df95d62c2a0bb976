// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Signatures} from "../../contracts/libraries/Signatures.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Exposes the rule to external calls with calldata, as the contracts use it.
contract SignatureJudge {
    function recover(bytes32 digest, bytes calldata signature)
        external
        pure
        returns (address signer, Signatures.Verdict verdict)
    {
        return Signatures.recover(digest, signature);
    }

    function recoverNode(bytes32 digest, bytes calldata signature) external pure returns (address) {
        return Signatures.recoverNode(digest, signature);
    }
}

/// @notice xmtpd's signature rule (go-ethereum's no-cgo `SigToPub` over decred's `RecoverCompact`): every case of it.
contract SignaturesTest is Test {
    uint256 internal constant N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
    uint256 internal constant P = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F;

    SignatureJudge internal judge = new SignatureJudge();

    function test_constants_areTheCurvesOrderAndPrimeMinusOrder() public pure {
        assertEq(Signatures.N, N);
        assertEq(Signatures.P_MINUS_N, P - N);
    }

    /// @dev Any key, any digest: the low-s signature (`v` 0/1), its high-s twin and the same with decred's
    ///      "compressed" flag (`v` + 4) all recover to the signer; `v` + 27 and `v` + 8 are refused.
    function testFuzz_recover_followsXmtpdOnEveryEncodingOfOneSignature(uint256 key, bytes32 digest) public view {
        key = bound(key, 1, N - 1);
        address signer = vm.addr(key);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        uint8 id = v - 27;
        _assertValid(digest, abi.encodePacked(r, s, id), signer);
        _assertValid(digest, abi.encodePacked(r, bytes32(N - uint256(s)), id ^ 1), signer);
        _assertValid(digest, abi.encodePacked(r, s, id + 4), signer);
        _assertInvalid(digest, abi.encodePacked(r, s, v));
        _assertInvalid(digest, abi.encodePacked(r, s, id + 8));
        // A node's signature: 27/28 are Ethereum's encoding of the same ids.
        assertEq(judge.recoverNode(digest, abi.encodePacked(r, s, v)), signer);
        assertEq(judge.recoverNode(digest, abi.encodePacked(r, bytes32(N - uint256(s)), id ^ 1)), signer);
        assertEq(judge.recoverNode(digest, abi.encodePacked(r, s, id + 8)), address(0));
    }

    function testFuzz_recover_refusesEveryVFrom8(uint8 v) public view {
        v = uint8(bound(v, 8, 255));
        (, bytes32 r, bytes32 s) = vm.sign(1, keccak256("digest"));
        _assertInvalid(keccak256("digest"), abi.encodePacked(r, s, v));
    }

    function test_recover_refusesROrSOutOfRange() public view {
        bytes32 digest = keccak256("digest");
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(1, digest);
        uint8 id = v - 27;
        _assertInvalid(digest, abi.encodePacked(bytes32(0), s, id));
        _assertInvalid(digest, abi.encodePacked(r, bytes32(0), id));
        _assertInvalid(digest, abi.encodePacked(bytes32(N), s, id));
        _assertInvalid(digest, abi.encodePacked(r, bytes32(N), id));
        _assertInvalid(digest, abi.encodePacked(r, bytes32(type(uint256).max), id));
    }

    function test_recover_refusesAnyOtherLength() public view {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(1, keccak256("digest"));
        _assertInvalid(keccak256("digest"), abi.encodePacked(r, s));
        _assertInvalid(keccak256("digest"), abi.encodePacked(r, s, v - 27, uint8(0)));
        assertEq(judge.recoverNode(keccak256("digest"), abi.encodePacked(r, s)), address(0));
    }

    /// @dev Recovery ids 2 and 3 name x = r + n: refused by decred when r + n ≥ p, beyond the precompile otherwise.
    function test_recover_judgesRecoveryIds2And3ByR() public view {
        bytes32 digest = keccak256("digest");
        bytes32 s = bytes32(uint256(1));
        uint8[4] memory ids = [2, 3, 6, 7];
        for (uint256 i; i < ids.length; ++i) {
            (, Signatures.Verdict small) = judge.recover(digest, abi.encodePacked(bytes32(uint256(1)), s, ids[i]));
            assertEq(uint8(small), uint8(Signatures.Verdict.Unverifiable));
            (, Signatures.Verdict edge) = judge.recover(digest, abi.encodePacked(bytes32(P - N - 1), s, ids[i]));
            assertEq(uint8(edge), uint8(Signatures.Verdict.Unverifiable));
            (, Signatures.Verdict past) = judge.recover(digest, abi.encodePacked(bytes32(P - N), s, ids[i]));
            assertEq(uint8(past), uint8(Signatures.Verdict.Invalid));
        }
        assertEq(judge.recoverNode(digest, abi.encodePacked(bytes32(uint256(1)), s, uint8(2))), address(0));
    }

    function test_recover_refusesAnRThatIsNoCurvePoint() public view {
        // x = 5: 5^3 + 7 = 132 is not a square modulo p, so no point has it: the precompile recovers nothing.
        _assertInvalid(keccak256("digest"), abi.encodePacked(bytes32(uint256(5)), bytes32(uint256(1)), uint8(0)));
    }

    function _assertValid(bytes32 digest, bytes memory signature, address signer) internal view {
        (address recovered, Signatures.Verdict verdict) = judge.recover(digest, signature);
        assertEq(uint8(verdict), uint8(Signatures.Verdict.Valid));
        assertEq(recovered, signer);
    }

    function _assertInvalid(bytes32 digest, bytes memory signature) internal view {
        (address recovered, Signatures.Verdict verdict) = judge.recover(digest, signature);
        assertEq(uint8(verdict), uint8(Signatures.Verdict.Invalid));
        assertEq(recovered, address(0));
    }
}
