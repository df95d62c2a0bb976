// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {MisbehaviorReports} from "../../contracts/MisbehaviorReports.sol";
import {EnvelopeBuilder} from "../utils/EnvelopeBuilder.sol";
import {MisbehaviorFixture} from "../utils/MisbehaviorFixture.sol";

/**
 * @notice Gas of `reportEquivocation` with two 300-byte envelopes, whole transaction (isolated), and the same without
 *         its calldata (4 gas a zero byte, 16 a non-zero one). The issue's ceiling applies to the latter.
 */
contract MisbehaviorGasTest is MisbehaviorFixture {
    /// @dev The ceiling for the report apart from calldata and the selection manager's work: verification, record and
    ///      the slash's bookkeeping here. It was 120,000 for verification and record alone, measured on a node nobody
    ///      staked for; that report is now refused (`NothingToSlash`), so every accepted report also writes the owner's
    ///      once-per-jail-period timestamp (a fresh slot: 22,100), calls the selection manager twice and emits
    ///      `SafetyFaultSlashed`. The selection manager's slash is measured in the next test.
    uint256 internal constant EQUIVOCATION_CEILING_WITHOUT_CALLDATA = 135_000;

    /// @dev The verification and the record alone: the selection manager is stubbed to report a stake but slash
    ///      nothing, so what is measured is this contract's work (a real node with nothing at stake is refused).
    function test_reportEquivocation_300ByteEnvelopes_verificationOnly_gas() public {
        (uint32 node,) = _addNode("stubbed node");
        address owner = makeAddr("stubbed node");
        uint256 key = _signingWallet("stubbed node").privateKey;
        vm.mockCall(
            address(selection),
            abi.encodeCall(selection.slashableStakeOf, (owner)),
            abi.encode(uint256(1), selection.jailPeriod())
        );
        vm.mockCall(address(selection), abi.encodeWithSelector(selection.slash.selector), abi.encode(uint256(0)));
        (bytes memory a, bytes memory b) = _envelopes(node);
        bytes memory sigA = EnvelopeBuilder.sign(vm, key, EnvelopeBuilder.originatorDigest(a));
        bytes memory sigB = EnvelopeBuilder.sign(vm, key, EnvelopeBuilder.originatorDigest(b));
        reports.reportEquivocation(node, a, sigA, b, sigB);
        uint256 gasUsed = vm.snapshotGasLastCall("reportEquivocation, two 300-byte envelopes, slash stubbed");
        uint256 withoutCalldata =
            gasUsed - _calldataGas(abi.encodeCall(MisbehaviorReports.reportEquivocation, (node, a, sigA, b, sigB)));
        vm.snapshotValue("reportEquivocation, two 300-byte envelopes, slash stubbed, without calldata", withoutCalldata);
        assertLe(withoutCalldata, EQUIVOCATION_CEILING_WITHOUT_CALLDATA, "over the ceiling");
    }

    /// @dev The whole report: verification, record, the selection manager's slash (treasury wired: stake checkpoint,
    ///      slashed XMTP deposited, seat refilled, operator jailed) and the reporter's reward.
    function test_reportEquivocation_300ByteEnvelopes_gas() public {
        uint32 node = operatorNodeIds[0];
        (bytes memory a, bytes memory b) = _envelopes(node);
        bytes memory sigA = _signAs(node, a);
        bytes memory sigB = _signAs(node, b);
        reports.reportEquivocation(node, a, sigA, b, sigB);
        uint256 gasUsed = vm.snapshotGasLastCall("reportEquivocation, two 300-byte envelopes (slash, treasury wired)");
        uint256 withoutCalldata =
            gasUsed - _calldataGas(abi.encodeCall(MisbehaviorReports.reportEquivocation, (node, a, sigA, b, sigB)));
        vm.snapshotValue("reportEquivocation, two 300-byte envelopes (slash), without calldata", withoutCalldata);
    }

    function _calldataGas(bytes memory data) internal pure returns (uint256 gas_) {
        for (uint256 i; i < data.length; ++i) {
            gas_ += data[i] == 0 ? 4 : 16;
        }
    }

    /// @dev Two envelopes of about 300 bytes for one sequence id, differing in their timestamp.
    function _envelopes(uint32 node) internal pure returns (bytes memory a, bytes memory b) {
        bytes memory client = new bytes(202);
        for (uint256 i; i < client.length; ++i) {
            client[i] = bytes1(uint8((i % 255) + 1));
        }
        bytes memory payer = EnvelopeBuilder.payer(
            client, EnvelopeBuilder.sign(vm, PAYER_KEY, EnvelopeBuilder.payerDigest(client, node)), node, RETENTION
        );
        a = _envelope(node, 123_456, 1_732_500_000_000_000_000, payer, 1000);
        b = _envelope(node, 123_456, 1_732_500_000_000_000_001, payer, 1000);
        assertApproxEqAbs(a.length, 300, 10, "300-byte envelopes");
    }
}
