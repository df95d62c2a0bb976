// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IMisbehaviorReports} from "../../contracts/interfaces/IMisbehaviorReports.sol";
import {IWitnessReports} from "../../contracts/interfaces/IWitnessReports.sol";
import {Envelopes} from "../../contracts/libraries/Envelopes.sol";
import {Protobuf} from "../../contracts/libraries/Protobuf.sol";
import {EnvelopeBuilder} from "../utils/EnvelopeBuilder.sol";
import {MisbehaviorFixture} from "../utils/MisbehaviorFixture.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice Equivocation and invalid payloads: what counts as proof, what an honest node may do, and the slash.
contract MisbehaviorReportsSafetyTest is MisbehaviorFixture {
    uint32 internal node;
    address internal operator;

    function setUp() public override {
        super.setUp();
        node = operatorNodeIds[0];
        operator = operators[0];
    }

    /* ============ Equivocation ============ */

    function test_reportEquivocation_slashesTheOperatorAndRewardsTheReporter() public {
        (bytes memory a, bytes memory sigA) = _honest(7, 1000, 0);
        (bytes memory b, bytes memory sigB) = _honest(7, 2000, 0);
        uint256 stake = selection.stakeOf(operator);
        uint256 slashed = stake * reports.safetySlashBps() / 10_000;
        uint256 reward = slashed * reports.reporterRewardBps() / 10_000;
        bytes32 expectedId = keccak256(abi.encode(node, uint64(7)));
        _commit(reporter, node, 7);

        vm.expectEmit(address(reports));
        emit IWitnessReports.MisbehaviorReported(expectedId, node, 0, reporter);
        vm.prank(reporter);
        bytes32 reportId = reports.reportEquivocation(node, a, sigA, b, sigB);

        assertEq(reportId, expectedId);
        assertEq(selection.stakeOf(operator), stake - slashed, "slashed");
        assertEq(xmtp.balanceOf(reporter), reward, "the reporter's share");
        assertEq(treasury.slashedXmtp(), slashed - reward, "the rest in the treasury");
        assertGt(selection.candidate(operator).jailedUntil, vm.getBlockTimestamp(), "jailed");
        assertFalse(_contains(selection.getActiveNodes(), operator), "out of its seat");
        IMisbehaviorReports.Report memory r = reports.getReport(reportId);
        assertEq(r.nodeId, node);
        assertEq(r.kind, 0);
        assertEq(r.reporter, reporter);
        assertEq(r.sequenceId, 7);
        assertEq(r.slashed, slashed);
        assertTrue(reports.isReported(node, 7));
    }

    function test_reportEquivocation_acceptsDifferentPayloads() public {
        bytes memory a = _envelope(node, 7, 1000, _payerEnvelope(node, RETENTION), 0);
        bytes memory b = _envelope(node, 7, 1000, _payerEnvelope(node, RETENTION + 1), 0);
        reports.reportEquivocation(node, a, _signAs(node, a), b, _signAs(node, b));
        assertTrue(reports.isReported(node, 7));
    }

    function test_reportEquivocation_refusesAnHonestResign() public {
        // Same timestamp and payload, a new fee: what an honest node does when it re-signs.
        (bytes memory a, bytes memory sigA) = _honest(7, 1000, 10);
        (bytes memory b, bytes memory sigB) = _honest(7, 1000, 20);
        assertTrue(keccak256(a) != keccak256(b));
        vm.expectRevert(IMisbehaviorReports.NotEquivocation.selector);
        reports.reportEquivocation(node, a, sigA, b, sigB);
    }

    function test_reportEquivocation_refusesTheSameEnvelopeTwice() public {
        (bytes memory a, bytes memory sigA) = _honest(7, 1000, 0);
        vm.expectRevert(IMisbehaviorReports.NotEquivocation.selector);
        reports.reportEquivocation(node, a, sigA, a, sigA);
    }

    function test_reportEquivocation_refusesDifferentSequenceIds() public {
        (bytes memory a, bytes memory sigA) = _honest(7, 1000, 0);
        (bytes memory b, bytes memory sigB) = _honest(8, 2000, 0);
        vm.expectRevert(abi.encodeWithSelector(IMisbehaviorReports.SequenceIdMismatch.selector, 7, 8));
        reports.reportEquivocation(node, a, sigA, b, sigB);
    }

    function test_reportEquivocation_refusesAnotherOriginatorsEnvelope() public {
        uint32 other = operatorNodeIds[1];
        // Signed by the accused's key but naming another originator.
        bytes memory a = _envelope(other, 7, 1000, _payerEnvelope(other, RETENTION), 0);
        (bytes memory b, bytes memory sigB) = _honest(7, 2000, 0);
        vm.expectRevert(abi.encodeWithSelector(IMisbehaviorReports.OriginatorMismatch.selector, node, other));
        reports.reportEquivocation(node, a, _signAs(node, a), b, sigB);
    }

    function test_reportEquivocation_refusesSignaturesOfAnotherKey() public {
        (bytes memory a, bytes memory sigA) = _honest(7, 1000, 0);
        bytes memory b = _envelope(node, 7, 2000, _payerEnvelope(node, RETENTION), 0);
        Vm.Wallet memory stranger_ = vm.createWallet("not a node");
        bytes memory forged = EnvelopeBuilder.sign(vm, stranger_.privateKey, EnvelopeBuilder.originatorDigest(b));
        vm.expectRevert(abi.encodeWithSelector(IMisbehaviorReports.NotNodeSigner.selector, node, stranger_.addr));
        reports.reportEquivocation(node, a, sigA, b, forged);
    }

    function test_reportEquivocation_holdsAnOldKeyToWhatItSigned() public {
        (bytes memory a, bytes memory sigA) = _honest(7, 1000, 0);
        Vm.Wallet memory next = vm.createWallet("node 0 next key");
        _coverSequenceIds(node, 7);
        vm.prank(admin);
        nodes.rotateSigningKey(node, _publicKey(next));
        bytes memory b = _envelope(node, 7, 2000, _payerEnvelope(node, RETENTION), 0);
        bytes memory sigB = EnvelopeBuilder.sign(vm, next.privateKey, EnvelopeBuilder.originatorDigest(b));
        reports.reportEquivocation(node, a, sigA, b, sigB);
        assertTrue(reports.isReported(node, 7));
    }

    function test_reportEquivocation_acceptsV27And28() public {
        (bytes memory a, bytes memory sigA) = _honest(7, 1000, 0);
        (bytes memory b, bytes memory sigB) = _honest(7, 2000, 0);
        sigA[64] = bytes1(uint8(sigA[64]) + 27);
        reports.reportEquivocation(node, a, sigA, b, sigB);
        assertTrue(reports.isReported(node, 7));
    }

    function test_reportEquivocation_refusesASignatureOfAnotherLength() public {
        (bytes memory a, bytes memory sigA) = _honest(7, 1000, 0);
        (bytes memory b,) = _honest(7, 2000, 0);
        vm.expectRevert(abi.encodeWithSelector(Envelopes.InvalidSignatureLength.selector, 64));
        reports.reportEquivocation(node, a, sigA, b, new bytes(64));
    }

    function test_reportEquivocation_refusesASignatureThatDoesNotRecover() public {
        (bytes memory a, bytes memory sigA) = _honest(7, 1000, 0);
        (bytes memory b,) = _honest(7, 2000, 0);
        vm.expectRevert(Envelopes.InvalidSignature.selector);
        reports.reportEquivocation(node, a, sigA, b, new bytes(65));
    }

    function test_reportEquivocation_countsASequenceIdOnce() public {
        (bytes memory a, bytes memory sigA) = _honest(7, 1000, 0);
        (bytes memory b, bytes memory sigB) = _honest(7, 2000, 0);
        (bytes memory c, bytes memory sigC) = _honest(7, 3000, 0);
        reports.reportEquivocation(node, a, sigA, b, sigB);
        vm.expectRevert(abi.encodeWithSelector(IMisbehaviorReports.SequenceAlreadyReported.selector, node, 7));
        reports.reportEquivocation(node, a, sigA, c, sigC);
    }

    /// @dev The attack: a key of a node nobody staked for (a retired key works as well) forges equivocations at fresh
    ///      sequence ids for a relayer to send. Each would slash nothing and pay no bounty, so each is refused: the
    ///      relayer's simulation stops it, and nothing goes on record.
    function test_reportEquivocation_forgedFaultsOfAnUnstakedNodeCannotCostARelayerGas() public {
        (uint32 lone, Vm.Wallet memory wallet) = _addNode("unstaked node");
        address loneOwner = makeAddr("unstaked node");
        assertEq(reports.expectedReporterReward(loneOwner), 0, "nothing to earn");
        for (uint64 seq = 1; seq <= 3; seq++) {
            bytes memory a = _envelope(lone, seq, 1, _payerEnvelope(lone, RETENTION), 0);
            bytes memory b = _envelope(lone, seq, 2, _payerEnvelope(lone, RETENTION), 0);
            bytes memory sigA = EnvelopeBuilder.sign(vm, wallet.privateKey, EnvelopeBuilder.originatorDigest(a));
            bytes memory sigB = EnvelopeBuilder.sign(vm, wallet.privateKey, EnvelopeBuilder.originatorDigest(b));
            vm.expectRevert(abi.encodeWithSelector(IMisbehaviorReports.NothingToSlash.selector, loneOwner));
            reports.reportEquivocation(lone, a, sigA, b, sigB);
            assertFalse(reports.isReported(lone, seq), "nothing on record");
        }
        assertEq(treasury.slashedXmtp(), 0);
    }

    /// @dev The same for an invalid payload: an envelope of an unstaked node is refused before it is recorded.
    function test_reportInvalidPayload_refusesAFaultThatWouldSlashNothing() public {
        (uint32 lone, Vm.Wallet memory wallet) = _addNode("unstaked node");
        address loneOwner = makeAddr("unstaked node");
        bytes memory unsigned = _envelope(lone, 4, 1, _payerEnvelope(lone + 1, RETENTION), 0);
        bytes memory sig = EnvelopeBuilder.sign(vm, wallet.privateKey, EnvelopeBuilder.originatorDigest(unsigned));
        vm.expectRevert(abi.encodeWithSelector(IMisbehaviorReports.NothingToSlash.selector, loneOwner));
        reports.reportInvalidPayload(lone, unsigned, sig);
        assertFalse(reports.isReported(lone, 4));
    }

    /// @dev Stake that is unbonding is still at risk: a fault committed before the unstake is slashed from it.
    function test_reportEquivocation_slashesStakeThatIsUnbonding() public {
        uint256 stake = selection.stakeOf(operator);
        vm.prank(operator);
        selection.unstake(stake);
        assertGt(reports.expectedReporterReward(operator), 0, "the unbonding amount is at risk");
        (bytes memory a, bytes memory sigA) = _honest(7, 1000, 0);
        (bytes memory b, bytes memory sigB) = _honest(7, 2000, 0);
        bytes32 id = reports.reportEquivocation(node, a, sigA, b, sigB);
        assertEq(reports.getReport(id).slashed, stake * reports.safetySlashBps() / 10_000);
    }

    function test_reportEquivocation_refusesMalformedEnvelopes() public {
        (bytes memory b, bytes memory sigB) = _honest(7, 2000, 0);
        // A key with a continuation bit and nothing after it.
        bytes memory truncated = hex"08";
        vm.expectRevert(Protobuf.ProtobufTruncated.selector);
        reports.reportEquivocation(node, truncated, sigB, b, sigB);
        // Field 1 opens a group that never ends.
        vm.expectRevert(Protobuf.ProtobufTruncated.selector);
        reports.reportEquivocation(node, hex"0b", sigB, b, sigB);
        // An end-group tag with no group open.
        vm.expectRevert(abi.encodeWithSelector(Protobuf.ProtobufUnexpectedEndGroup.selector, 1));
        reports.reportEquivocation(node, hex"0c", sigB, b, sigB);
        // The reserved wire type 6.
        vm.expectRevert(abi.encodeWithSelector(Protobuf.ProtobufUnsupportedWireType.selector, 6));
        reports.reportEquivocation(node, hex"0e", sigB, b, sigB);
        // An 11-byte varint.
        vm.expectRevert(Protobuf.ProtobufVarintTooLong.selector);
        reports.reportEquivocation(node, hex"10ffffffffffffffffffff01", sigB, b, sigB);
        // Field number 0.
        vm.expectRevert(Protobuf.ProtobufInvalidFieldNumber.selector);
        reports.reportEquivocation(node, hex"0001", sigB, b, sigB);
        // A length past the end.
        vm.expectRevert(Protobuf.ProtobufTruncated.selector);
        reports.reportEquivocation(node, hex"220501", sigB, b, sigB);
    }

    /* ============ Invalid payloads ============ */

    function _reportPayload(bytes memory payerEnvelope) internal returns (bytes32 reportId) {
        bytes memory e = _envelope(node, 9, 1000, payerEnvelope, 0);
        vm.prank(reporter);
        return reports.reportInvalidPayload(node, e, _signAs(node, e));
    }

    function _expectPayloadValid(bytes memory payerEnvelope) internal {
        bytes memory e = _envelope(node, 9, 1000, payerEnvelope, 0);
        bytes memory sig = _signAs(node, e);
        (IMisbehaviorReports.PayloadViolation violation,) = reports.payloadViolation(node, e, sig);
        assertEq(uint8(violation), uint8(IMisbehaviorReports.PayloadViolation.None));
        vm.expectRevert(IMisbehaviorReports.PayloadValid.selector);
        reports.reportInvalidPayload(node, e, sig);
    }

    function test_reportInvalidPayload_slashesForAnotherTarget() public {
        uint256 stake = selection.stakeOf(operator);
        bytes32 id = keccak256(abi.encode(node, uint64(9)));
        vm.expectEmit(address(reports));
        emit IMisbehaviorReports.InvalidPayloadReported(id, IMisbehaviorReports.PayloadViolation.TargetOriginator);
        assertEq(_reportPayload(_payerEnvelope(node + 1, RETENTION)), id);
        assertLt(selection.stakeOf(operator), stake);
        assertEq(reports.getReport(id).kind, 1);
    }

    function test_reportInvalidPayload_slashesForRetentionOutOfRange() public {
        uint32[3] memory bad = [uint32(0), 1, 366];
        for (uint256 i; i < bad.length; ++i) {
            // forge-lint: disable-next-line(unsafe-typecast)
            bytes memory e = _envelope(node, uint64(100 + i), 1000, _payerEnvelope(node, bad[i]), 0);
            (IMisbehaviorReports.PayloadViolation violation,) = reports.payloadViolation(node, e, _signAs(node, e));
            assertEq(uint8(violation), uint8(IMisbehaviorReports.PayloadViolation.Retention));
        }
        _reportPayload(_payerEnvelope(node, 366));
    }

    function test_reportInvalidPayload_acceptsEveryValidRetention() public {
        _expectPayloadValid(_payerEnvelope(node, 2));
        _expectPayloadValid(_payerEnvelope(node, 365));
        _expectPayloadValid(_payerEnvelope(node, type(uint32).max));
    }

    function test_reportInvalidPayload_slashesForAPayerSignatureThatDoesNotRecover() public {
        bytes memory client = "client envelope";
        bytes memory garbage = new bytes(65);
        _reportPayload(EnvelopeBuilder.payer(client, garbage, node, RETENTION));
        IMisbehaviorReports.Report memory r = reports.getReport(keccak256(abi.encode(node, uint64(9))));
        assertEq(r.reporter, reporter);
    }

    function test_reportInvalidPayload_slashesForAMissingPayerSignature() public view {
        bytes memory e = _envelope(node, 9, 1000, EnvelopeBuilder.payer("client", "", node, RETENTION), 0);
        (IMisbehaviorReports.PayloadViolation violation,) = reports.payloadViolation(node, e, _signAs(node, e));
        assertEq(uint8(violation), uint8(IMisbehaviorReports.PayloadViolation.PayerSignature));
    }

    function test_reportInvalidPayload_checksTheTargetBeforeTheRest() public view {
        bytes memory e = _envelope(node, 9, 1000, EnvelopeBuilder.payer("client", "", node + 1, 0), 0);
        (IMisbehaviorReports.PayloadViolation violation,) = reports.payloadViolation(node, e, _signAs(node, e));
        assertEq(uint8(violation), uint8(IMisbehaviorReports.PayloadViolation.TargetOriginator));
    }

    function test_reportInvalidPayload_refusesAValidPayload() public {
        _expectPayloadValid(_payerEnvelope(node, RETENTION));
    }

    function test_reportInvalidPayload_sharesTheOncePerSequenceIdRule() public {
        (bytes memory a, bytes memory sigA) = _honest(9, 1000, 0);
        (bytes memory b, bytes memory sigB) = _honest(9, 2000, 0);
        reports.reportEquivocation(node, a, sigA, b, sigB);
        bytes memory e = _envelope(node, 9, 1000, _payerEnvelope(node + 1, RETENTION), 0);
        bytes memory sig = _signAs(node, e);
        vm.expectRevert(abi.encodeWithSelector(IMisbehaviorReports.SequenceAlreadyReported.selector, node, 9));
        reports.reportInvalidPayload(node, e, sig);
    }

    /* ============ Attacks on the evidence rules ============ */

    /// @dev The attack: a client malleates its own payer signature (s → n − s, the other parity). xmtpd accepts it, so
    ///      the honest node signs the envelope; the contract must find nothing wrong with it.
    function test_reportInvalidPayload_neverSlashesAnHonestNodeForAHighSPayerSignature() public {
        bytes memory client = "client envelope: a message for a group";
        bytes memory low = EnvelopeBuilder.sign(vm, PAYER_KEY, EnvelopeBuilder.payerDigest(client, node));
        _expectPayloadValid(EnvelopeBuilder.payer(client, _malleate(low), node, RETENTION));
    }

    /// @dev decred reads `v` 4 to 7 as the ids 0 to 3 with a "compressed" flag: xmtpd's releases accept them.
    function test_reportInvalidPayload_acceptsPayerSignaturesWithV4To7() public {
        bytes memory client = "client envelope: a message for a group";
        bytes memory sig = EnvelopeBuilder.sign(vm, PAYER_KEY, EnvelopeBuilder.payerDigest(client, node));
        sig[64] = bytes1(uint8(sig[64]) + 4);
        _expectPayloadValid(EnvelopeBuilder.payer(client, sig, node, RETENTION));
    }

    /// @dev `v` 27 and 28 (and anything from 8) are refused by every xmtpd build: a node that signed such a payload
    ///      let an invalid one through.
    function test_reportInvalidPayload_slashesForAPayerSignatureWithV27Or28() public view {
        bytes memory client = "client envelope: a message for a group";
        bytes memory sig = EnvelopeBuilder.sign(vm, PAYER_KEY, EnvelopeBuilder.payerDigest(client, node));
        sig[64] = bytes1(uint8(sig[64]) + 27);
        bytes memory e = _envelope(node, 9, 1000, EnvelopeBuilder.payer(client, sig, node, RETENTION), 0);
        (IMisbehaviorReports.PayloadViolation violation,) = reports.payloadViolation(node, e, _signAs(node, e));
        assertEq(uint8(violation), uint8(IMisbehaviorReports.PayloadViolation.PayerSignature));
    }

    /// @dev Recovery id 2 or 3 (x = r + n) may recover off chain, and the precompile cannot tell: never evidence.
    function test_reportInvalidPayload_revertsWhenThePayerSignatureIsUnverifiable() public {
        bytes memory sig = abi.encodePacked(bytes32(uint256(1)), bytes32(uint256(1)), uint8(2));
        bytes memory e = _envelope(node, 9, 1000, EnvelopeBuilder.payer("client", sig, node, RETENTION), 0);
        bytes memory nodeSig = _signAs(node, e);
        vm.expectRevert(IMisbehaviorReports.PayerSignatureUnverifiable.selector);
        reports.payloadViolation(node, e, nodeSig);
        vm.expectRevert(IMisbehaviorReports.PayerSignatureUnverifiable.selector);
        reports.reportInvalidPayload(node, e, nodeSig);
    }

    /// @dev A node's high-s signature is still the node's signature: the equivocation stands.
    function test_reportEquivocation_acceptsAHighSNodeSignature() public {
        (bytes memory a, bytes memory sigA) = _honest(7, 1000, 0);
        (bytes memory b, bytes memory sigB) = _honest(7, 2000, 0);
        reports.reportEquivocation(node, a, _malleate(sigA), b, sigB);
        assertTrue(reports.isReported(node, 7));
    }

    /// @dev The attack: a leaked key, rotated out, forges "equivocations" at sequence ids the node never reached while
    ///      it held the key. Refused: a retired key counts only up to what usage reports had covered.
    function test_reportEquivocation_refusesALeakedRetiredKeyBeyondItsCoverage() public {
        _coverSequenceIds(node, 7);
        uint256 leaked = signingKeys[node];
        address leakedSigner = vm.addr(leaked);
        vm.prank(admin);
        nodes.rotateSigningKey(node, _publicKey(vm.createWallet("node 0 next key")));
        bytes memory a = _envelope(node, 8, 1000, _payerEnvelope(node, RETENTION), 0);
        bytes memory b = _envelope(node, 8, 2000, _payerEnvelope(node, RETENTION), 0);
        bytes memory sigA = EnvelopeBuilder.sign(vm, leaked, EnvelopeBuilder.originatorDigest(a));
        bytes memory sigB = EnvelopeBuilder.sign(vm, leaked, EnvelopeBuilder.originatorDigest(b));
        vm.expectRevert(
            abi.encodeWithSelector(IMisbehaviorReports.SignedAfterRetirement.selector, node, leakedSigner, 8, 7)
        );
        reports.reportEquivocation(node, a, sigA, b, sigB);
    }

    /// @dev The attack: governance moves the NFT to a new operator with a new key; the previous owner keeps its old
    ///      key and forges an equivocation. It can only reach its own stake, never the new operator's.
    function test_reportEquivocation_oldKeyAfterATransferSlashesOnlyThePreviousOwner() public {
        (uint256 oldKey, address newOwner,) = _transferWithSequenceIdsCovered(7);
        _mintAndStake(newOwner, selection.minimumStake());
        uint256 newOwnerStake = selection.stakeOf(newOwner);
        uint256 previousStake = selection.stakeOf(operator);

        bytes memory a = _envelope(node, 5, 1000, _payerEnvelope(node, RETENTION), 0);
        bytes memory b = _envelope(node, 5, 2000, _payerEnvelope(node, RETENTION), 0);
        reports.reportEquivocation(
            node,
            a,
            EnvelopeBuilder.sign(vm, oldKey, EnvelopeBuilder.originatorDigest(a)),
            b,
            EnvelopeBuilder.sign(vm, oldKey, EnvelopeBuilder.originatorDigest(b))
        );
        assertEq(selection.stakeOf(newOwner), newOwnerStake, "the new owner's stake is untouched");
        assertLt(selection.stakeOf(operator), previousStake, "the previous owner answers for its key");
    }

    /// @dev Two keys answering to different owners cannot make one equivocation.
    function test_reportEquivocation_refusesSignersOfDifferentOwners() public {
        (uint256 oldKey, address newOwner, Vm.Wallet memory newKey) = _transferWithSequenceIdsCovered(7);
        bytes memory a = _envelope(node, 5, 1000, _payerEnvelope(node, RETENTION), 0);
        bytes memory b = _envelope(node, 5, 2000, _payerEnvelope(node, RETENTION), 0);
        bytes memory sigA = EnvelopeBuilder.sign(vm, oldKey, EnvelopeBuilder.originatorDigest(a));
        bytes memory sigB = EnvelopeBuilder.sign(vm, newKey.privateKey, EnvelopeBuilder.originatorDigest(b));
        vm.expectRevert(
            abi.encodeWithSelector(IMisbehaviorReports.SignersOfDifferentOwners.selector, operator, newOwner)
        );
        reports.reportEquivocation(node, a, sigA, b, sigB);
    }

    /// @dev The attack: a leaked current key forges a fault at every sequence id. The owner loses one slash per jail
    ///      period; a report within it is refused (it would slash nothing), so no relayer pays for it, and the fault
    ///      can be reported once the jail period is over.
    function test_reportEquivocation_slashesAnOwnerOncePerJailPeriod() public {
        (bytes memory a, bytes memory sigA) = _honest(7, 1000, 0);
        (bytes memory b, bytes memory sigB) = _honest(7, 2000, 0);
        reports.reportEquivocation(node, a, sigA, b, sigB);
        uint256 afterFirst = selection.stakeOf(operator);
        uint256 until = vm.getBlockTimestamp() + selection.jailPeriod();
        assertEq(reports.expectedReporterReward(operator), 0, "nothing to earn within the jail period");

        (bytes memory a8, bytes memory sigA8) = _honest(8, 1000, 0);
        (bytes memory b8, bytes memory sigB8) = _honest(8, 2000, 0);
        vm.expectRevert(abi.encodeWithSelector(IMisbehaviorReports.SlashedInJailPeriod.selector, operator, until));
        reports.reportEquivocation(node, a8, sigA8, b8, sigB8);
        assertEq(selection.stakeOf(operator), afterFirst, "no second slash within the jail period");
        assertFalse(reports.isReported(node, 8), "nothing on record");

        vm.warp(until - 1);
        vm.expectRevert(abi.encodeWithSelector(IMisbehaviorReports.SlashedInJailPeriod.selector, operator, until));
        reports.reportEquivocation(node, a8, sigA8, b8, sigB8);

        vm.warp(until);
        uint256 expected = reports.expectedReporterReward(operator);
        assertEq(expected, afterFirst * reports.safetySlashBps() / 10_000 * reports.reporterRewardBps() / 10_000);
        _commit(reporter, node, 8);
        vm.roll(vm.getBlockNumber() + 1);
        vm.prank(reporter);
        reports.reportEquivocation(node, a8, sigA8, b8, sigB8);
        assertLt(selection.stakeOf(operator), afterFirst, "slashed again once the jail period is over");
        assertEq(xmtp.balanceOf(reporter), expected, "the reward the view promised");
    }

    /// @dev The view a relayer weighs its gas against: what a committed report pays, for any stake and unbonding
    ///      amount, and never more than one unit above the reward actually paid.
    function testFuzz_expectedReporterReward_isWhatACommittedReportPays(uint96 stake, uint96 unbond) public {
        stake = uint96(bound(stake, selection.minimumStake(), 1e27));
        address owner = operators[1];
        uint32 ownerNode = operatorNodeIds[1];
        uint256 current = selection.stakeOf(owner);
        _mintAndStake(owner, stake);
        unbond = uint96(bound(unbond, 0, current + stake));
        if (unbond != 0) {
            vm.prank(owner);
            selection.unstake(unbond);
        }

        uint256 expected = reports.expectedReporterReward(owner);
        bytes memory a = _envelope(ownerNode, 3, 1000, _payerEnvelope(ownerNode, RETENTION), 0);
        bytes memory b = _envelope(ownerNode, 3, 2000, _payerEnvelope(ownerNode, RETENTION), 0);
        _commit(reporter, ownerNode, 3);
        vm.roll(vm.getBlockNumber() + 1);
        vm.prank(reporter);
        reports.reportEquivocation(ownerNode, a, _signAs(ownerNode, a), b, _signAs(ownerNode, b));
        uint256 paid = xmtp.balanceOf(reporter);
        assertLe(paid, expected, "never more than promised");
        assertLe(expected - paid, 1, "at most one unit of rounding below");
    }

    /* ============ Reporter reward: commit, then report ============ */

    function test_reportEquivocation_paysNoRewardWithoutACommitment() public {
        (bytes memory a, bytes memory sigA) = _honest(7, 1000, 0);
        (bytes memory b, bytes memory sigB) = _honest(7, 2000, 0);
        uint256 stake = selection.stakeOf(operator);
        vm.prank(reporter);
        reports.reportEquivocation(node, a, sigA, b, sigB);
        assertLt(selection.stakeOf(operator), stake, "slashed all the same");
        assertEq(xmtp.balanceOf(reporter), 0, "no reward");
        assertEq(treasury.slashedXmtp(), stake - selection.stakeOf(operator), "all of it in the treasury");
    }

    /// @dev The attack: a bot copies a watcher's report from the mempool and gets it mined first. It slashes the node
    ///      (as the watcher would have) but earns nothing; the watcher's own transaction then fails harmlessly.
    function test_reportEquivocation_copiedFromTheMempoolEarnsNothing() public {
        (bytes memory a, bytes memory sigA) = _honest(7, 1000, 0);
        (bytes memory b, bytes memory sigB) = _honest(7, 2000, 0);
        _commit(reporter, node, 7);
        address copier = makeAddr("mempool copier");
        vm.prank(copier);
        reports.reportEquivocation(node, a, sigA, b, sigB);
        assertEq(xmtp.balanceOf(copier), 0, "the copier earns nothing");
        vm.expectRevert(abi.encodeWithSelector(IMisbehaviorReports.SequenceAlreadyReported.selector, node, 7));
        vm.prank(reporter);
        reports.reportEquivocation(node, a, sigA, b, sigB);
    }

    /// @dev A commitment in the report's own block does not count: a copier could bundle both.
    function test_reportEquivocation_paysNoRewardForACommitmentInTheSameBlock() public {
        (bytes memory a, bytes memory sigA) = _honest(7, 1000, 0);
        (bytes memory b, bytes memory sigB) = _honest(7, 2000, 0);
        address copier = makeAddr("mempool copier");
        vm.startPrank(copier);
        reports.commitReport(keccak256(abi.encode(copier, keccak256(abi.encode(node, uint64(7))))));
        reports.reportEquivocation(node, a, sigA, b, sigB);
        vm.stopPrank();
        assertEq(xmtp.balanceOf(copier), 0);
    }

    function test_commitReport_recordsTheBlockOnce() public {
        bytes32 commitment = keccak256(abi.encode(reporter, keccak256(abi.encode(node, uint64(7)))));
        vm.expectEmit(address(reports));
        emit IMisbehaviorReports.ReportCommitted(commitment, reporter);
        vm.prank(reporter);
        reports.commitReport(commitment);
        assertEq(reports.commitmentBlock(commitment), vm.getBlockNumber());
        uint256 committedAt = vm.getBlockNumber();
        vm.roll(committedAt + 5);
        vm.expectRevert(abi.encodeWithSelector(IMisbehaviorReports.AlreadyCommitted.selector, commitment, committedAt));
        reports.commitReport(commitment);
    }

    /// @dev Usage reports cover the node's sequence ids up to `covered`, then governance moves the node to a new owner
    ///      with a new key: the old key (returned) is retired, answering to the previous owner up to `covered`.
    function _transferWithSequenceIdsCovered(uint64 covered)
        internal
        returns (uint256 oldKey, address newOwner, Vm.Wallet memory newKey)
    {
        _coverSequenceIds(node, covered);
        oldKey = signingKeys[node];
        newOwner = makeAddr("new node owner");
        newKey = vm.createWallet("new owner's key");
        vm.prank(admin);
        nodes.transferNodeWithKey(node, newOwner, _publicKey(newKey));
    }

    /// @dev `s` → n − s with the other parity: the same signer, the other encoding.
    function _malleate(bytes memory signature) internal pure returns (bytes memory) {
        uint256 n = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
        (bytes32 r, bytes32 s) = abi.decode(signature, (bytes32, bytes32));
        uint8 v = uint8(signature[64]);
        return abi.encodePacked(r, bytes32(n - uint256(s)), v >= 27 ? (v == 27 ? uint8(28) : uint8(27)) : v ^ 1);
    }

    /* ============ Fuzz ============ */

    function testFuzz_reportEquivocation_neverSlashesAnHonestResign(int64 ns, uint64 seq, uint64 feeA, uint64 feeB)
        public
    {
        (bytes memory a, bytes memory sigA) = _honest(seq, ns, feeA);
        (bytes memory b, bytes memory sigB) = _honest(seq, ns, feeB);
        uint256 stake = selection.stakeOf(operator);
        vm.expectRevert(IMisbehaviorReports.NotEquivocation.selector);
        reports.reportEquivocation(node, a, sigA, b, sigB);
        assertEq(selection.stakeOf(operator), stake);
    }

    function testFuzz_reportEquivocation_slashesEveryTimestampChange(int64 nsA, int64 nsB, uint64 seq) public {
        vm.assume(nsA != nsB);
        (bytes memory a, bytes memory sigA) = _honest(seq, nsA, 0);
        (bytes memory b, bytes memory sigB) = _honest(seq, nsB, 0);
        reports.reportEquivocation(node, a, sigA, b, sigB);
        assertTrue(reports.isReported(node, seq));
    }

    /* ============ Governance ============ */

    function test_setSafetySlashBps_updatesWithinBounds() public {
        vm.expectEmit(address(reports));
        emit IMisbehaviorReports.SafetySlashBpsUpdated(1000, 2500);
        vm.prank(admin);
        reports.setSafetySlashBps(2500);
        assertEq(reports.safetySlashBps(), 2500);
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(IMisbehaviorReports.InvalidBps.selector, 0, 10_000));
        reports.setSafetySlashBps(0);
        vm.expectRevert(abi.encodeWithSelector(IMisbehaviorReports.InvalidBps.selector, 10_001, 10_000));
        reports.setSafetySlashBps(10_001);
        vm.stopPrank();
    }

    function test_setReporterRewardBps_updatesWithinBounds() public {
        vm.prank(admin);
        reports.setReporterRewardBps(0);
        assertEq(reports.reporterRewardBps(), 0);
        vm.prank(admin);
        vm.expectRevert(abi.encodeWithSelector(IMisbehaviorReports.InvalidBps.selector, 5001, 5000));
        reports.setReporterRewardBps(5001);
    }

    function test_setters_revertForStrangers() public {
        vm.startPrank(stranger);
        vm.expectRevert();
        reports.setSafetySlashBps(10);
        vm.expectRevert();
        reports.setReporterRewardBps(10);
        vm.stopPrank();
    }

    function test_initialize_setsDefaultsAndCannotRunTwice() public {
        assertEq(reports.safetySlashBps(), 1000);
        assertEq(reports.reporterRewardBps(), 1000);
        vm.expectRevert();
        reports.initialize(admin);
    }
}
