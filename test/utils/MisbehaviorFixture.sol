// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {MisbehaviorReports} from "../../contracts/MisbehaviorReports.sol";
import {XMTPTreasury} from "../../contracts/XMTPTreasury.sol";
import {EnvelopeBuilder} from "./EnvelopeBuilder.sol";
import {SelectionFixture} from "./SelectionFixture.sol";
import {UsageReports} from "./UsageReports.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @notice Seated, staked nodes with signing keys, the misbehavior reports contract wired as deployed, and envelopes.
abstract contract MisbehaviorFixture is SelectionFixture {
    uint256 internal constant PAYER_KEY = 0xBA7E4;
    uint32 internal constant RETENTION = 30;

    MisbehaviorReports internal reports;
    XMTPTreasury internal treasury;
    address internal reporter = makeAddr("reporter");

    function setUp() public virtual override {
        super.setUp();
        reports = MisbehaviorReports(suite.misbehaviorReports.proxy);
        treasury = XMTPTreasury(suite.treasury.proxy);
        // As deployed: slashed XMTP goes to the treasury, which pays reporters their share.
        vm.prank(admin);
        selection.setTreasury(address(treasury));
        _candidates(3);
        _bootstrap();
    }

    /// @dev A payer envelope for `target`, signed by the test payer.
    function _payerEnvelope(uint32 target, uint32 retentionDays) internal pure returns (bytes memory) {
        bytes memory client = "client envelope: a message for a group";
        bytes memory signature = EnvelopeBuilder.sign(vm, PAYER_KEY, EnvelopeBuilder.payerDigest(client, target));
        return EnvelopeBuilder.payer(client, signature, target, retentionDays);
    }

    /// @dev An unsigned originator envelope of `nodeId`.
    function _envelope(uint32 nodeId, uint64 sequenceId, int64 originatorNs, bytes memory payerEnvelope, uint64 fee)
        internal
        pure
        returns (bytes memory)
    {
        return EnvelopeBuilder.originator(
            EnvelopeBuilder.Originator({
                nodeId: nodeId,
                sequenceId: sequenceId,
                originatorNs: originatorNs,
                payerEnvelope: payerEnvelope,
                fee: fee
            })
        );
    }

    /// @dev `nodeId`'s signature of `unsignedEnvelope` with its current key.
    function _signAs(uint32 nodeId, bytes memory unsignedEnvelope) internal view returns (bytes memory) {
        return EnvelopeBuilder.sign(vm, signingKeys[nodeId], EnvelopeBuilder.originatorDigest(unsignedEnvelope));
    }

    /// @dev A valid envelope of the first seated node at `sequenceId`, and its signature.
    function _honest(uint64 sequenceId, int64 originatorNs, uint64 fee)
        internal
        view
        returns (bytes memory unsignedEnvelope, bytes memory signature)
    {
        uint32 nodeId = operatorNodeIds[0];
        unsignedEnvelope = _envelope(nodeId, sequenceId, originatorNs, _payerEnvelope(nodeId, RETENTION), fee);
        signature = _signAs(nodeId, unsignedEnvelope);
    }

    /// @dev `who` commits to reporting (`nodeId`, `sequenceId`), and a block passes: its report may then earn the
    ///      reporter's reward.
    function _commit(address who, uint32 nodeId, uint64 sequenceId) internal {
        bytes32 commitment = keccak256(abi.encode(who, keccak256(abi.encode(nodeId, sequenceId))));
        vm.prank(who);
        reports.commitReport(commitment);
        vm.roll(vm.getBlockNumber() + 1);
    }

    /// @dev Has Payers accept usage reports of `nodeId` until its sequence ids up to `last` are covered, signed by the
    ///      current epoch's active nodes: what a rotation then records as the retired key's bound.
    function _coverSequenceIds(uint32 nodeId, uint64 last) internal {
        uint64 epoch = SafeCast.toUint64(selection.currentEpoch());
        while (payers.lastReportedSequenceId(nodeId) < last) {
            UsageReports.serve(payers, selection, epoch, nodeId, 1, _signingKey);
        }
    }

    function _signingKey(uint32 nodeId) internal view returns (uint256) {
        return signingKeys[nodeId];
    }
}
