// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {MisbehaviorReports} from "../../contracts/MisbehaviorReports.sol";
import {IMisbehaviorReports} from "../../contracts/interfaces/IMisbehaviorReports.sol";
import {Envelopes} from "../../contracts/libraries/Envelopes.sol";
import {Protobuf} from "../../contracts/libraries/Protobuf.sol";
import {ProtobufReader} from "../libraries/Protobuf.t.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/**
 * @notice The independent encoder's vectors (`test/vectors/wire.json`, written by `tools/wire-vectors/generate.py` with
 *         Python's protobuf package and coincurve, judged there by upb and libsecp256k1 under xmtpd's rules): the
 *         contract reads every accepted envelope to the same values, refuses exactly the bytes protobuf refuses, and
 *         reaches the same verdict on every payload and equivocation. The Rust codec judges the same file
 *         (`lib/control/tests/wire_vectors.rs`).
 */
contract WireVectorsTest is BaseTest {
    string internal json;
    MisbehaviorReports internal reports;
    ProtobufReader internal reader = new ProtobufReader();

    function setUp() public override {
        super.setUp();
        // Reading the vectors re-parses the file on every cheatcode call: gas that measures forge, not the contracts.
        vm.pauseGasMetering();
        reports = MisbehaviorReports(suite.misbehaviorReports.proxy);
        json = vm.readFile(string.concat(vm.projectRoot(), "/test/vectors/wire.json"));
        vm.startPrank(admin);
        for (uint256 i; vm.keyExistsJson(json, _at(".nodes", i)); ++i) {
            string memory path = _at(".nodes", i);
            uint32 nodeId = SafeCast.toUint32(vm.parseJsonUint(json, string.concat(path, ".node_id")));
            bytes memory publicKey = vm.parseJsonBytes(json, string.concat(path, ".public_key"));
            assertEq(nodes.addNode(makeAddr(vm.toString(nodeId)), publicKey, "https://wire.example"), nodeId);
            assertEq(nodes.getSigner(nodeId), vm.parseJsonAddress(json, string.concat(path, ".signer")));
        }
        vm.stopPrank();
        // Each owner stakes: a report that would slash nothing is refused, and the vectors judge the evidence itself.
        for (uint256 i; vm.keyExistsJson(json, _at(".nodes", i)); ++i) {
            uint32 nodeId = SafeCast.toUint32(vm.parseJsonUint(json, string.concat(_at(".nodes", i), ".node_id")));
            _mintAndStake(makeAddr(vm.toString(nodeId)), selection.minimumStake());
        }
    }

    function test_wireVectors_payloads() public {
        vm.pauseGasMetering();
        uint256 count;
        for (; vm.keyExistsJson(json, _at(".payload_cases", count)); ++count) {
            string memory path = _at(".payload_cases", count);
            string memory name = vm.parseJsonString(json, string.concat(path, ".name"));
            uint32 nodeId = SafeCast.toUint32(vm.parseJsonUint(json, string.concat(path, ".node_id")));
            bytes memory unsigned = vm.parseJsonBytes(json, string.concat(path, ".unsigned_originator_envelope"));
            bytes memory signature = vm.parseJsonBytes(json, string.concat(path, ".node_signature"));
            bytes32 expect = keccak256(bytes(vm.parseJsonString(json, string.concat(path, ".expect"))));

            (bool ok, bytes memory result) =
                address(reports).staticcall(abi.encodeCall(reports.payloadViolation, (nodeId, unsigned, signature)));
            if (expect == keccak256("refused")) {
                assertFalse(ok, name);
                assertTrue(_isProtobufError(result), string.concat(name, ": a protobuf error"));
                continue;
            }
            _assertDecoded(path, name, unsigned);
            if (expect == keccak256("PayerSignatureUnverifiable")) {
                assertFalse(ok, name);
                assertEq(result, abi.encodePacked(IMisbehaviorReports.PayerSignatureUnverifiable.selector), name);
                continue;
            }
            assertTrue(ok, name);
            (IMisbehaviorReports.PayloadViolation violation,) =
                abi.decode(result, (IMisbehaviorReports.PayloadViolation, uint64));
            assertEq(uint8(violation), uint8(_violation(expect)), name);
        }
        assertGt(count, 100, "the file's payload cases");
    }

    function test_wireVectors_equivocations() public {
        vm.pauseGasMetering();
        uint256 count;
        for (; vm.keyExistsJson(json, _at(".equivocation_cases", count)); ++count) {
            string memory path = _at(".equivocation_cases", count);
            string memory name = vm.parseJsonString(json, string.concat(path, ".name"));
            uint32 nodeId = SafeCast.toUint32(vm.parseJsonUint(json, string.concat(path, ".node_id")));
            bytes memory call = abi.encodeCall(
                reports.reportEquivocation,
                (
                    nodeId,
                    vm.parseJsonBytes(json, string.concat(path, ".a.unsigned_originator_envelope")),
                    vm.parseJsonBytes(json, string.concat(path, ".a.node_signature")),
                    vm.parseJsonBytes(json, string.concat(path, ".b.unsigned_originator_envelope")),
                    vm.parseJsonBytes(json, string.concat(path, ".b.node_signature"))
                )
            );
            bytes32 expect = keccak256(bytes(vm.parseJsonString(json, string.concat(path, ".expect"))));
            uint256 snapshot = vm.snapshotState();
            (bool ok, bytes memory result) = address(reports).call(call);
            vm.revertToState(snapshot);
            if (expect == keccak256("equivocation")) {
                assertTrue(ok, name);
            } else if (expect == keccak256("NotEquivocation")) {
                assertFalse(ok, name);
                assertEq(result, abi.encodePacked(IMisbehaviorReports.NotEquivocation.selector), name);
            } else {
                assertEq(expect, keccak256("refused"), string.concat(name, ": a known expectation"));
                assertFalse(ok, name);
                assertTrue(_isProtobufError(result), string.concat(name, ": a protobuf error"));
            }
        }
        assertGt(count, 10, "the file's equivocation cases");
    }

    /// @dev The contract reads the envelope to the values the Python side decoded.
    function _assertDecoded(string memory path, string memory name, bytes memory unsigned) internal view {
        string memory decoded = string.concat(path, ".decoded");
        Envelopes.OriginatorEnvelope memory e = reader.parseOriginator(unsigned);
        assertEq(e.originatorNodeId, _uint(decoded, ".originator_node_id"), string.concat(name, ": node id"));
        assertEq(e.sequenceId, _uint(decoded, ".originator_sequence_id"), string.concat(name, ": sequence id"));
        assertEq(
            e.originatorNs,
            vm.parseInt(vm.parseJsonString(json, string.concat(decoded, ".originator_ns"))),
            string.concat(name, ": timestamp")
        );
        bytes memory payerBytes = _slice(unsigned, e.payerStart, e.payerEnd);
        assertEq(payerBytes, vm.parseJsonBytes(json, string.concat(decoded, ".payer_envelope_bytes")), name);
        Envelopes.PayerEnvelope memory p = reader.parsePayer(payerBytes);
        assertEq(p.targetOriginator, _uint(decoded, ".target_originator"), string.concat(name, ": target"));
        assertEq(p.retentionDays, _uint(decoded, ".message_retention_days"), string.concat(name, ": retention"));
        assertEq(
            _slice(payerBytes, p.clientStart, p.clientEnd),
            vm.parseJsonBytes(json, string.concat(decoded, ".unsigned_client_envelope")),
            string.concat(name, ": client envelope")
        );
        assertEq(
            _slice(payerBytes, p.signatureStart, p.signatureEnd),
            vm.parseJsonBytes(json, string.concat(decoded, ".payer_signature")),
            string.concat(name, ": payer signature")
        );
    }

    function _uint(string memory decoded, string memory key) internal view returns (uint256) {
        return vm.parseUint(vm.parseJsonString(json, string.concat(decoded, key)));
    }

    function _slice(bytes memory data, uint256 start, uint256 end) internal pure returns (bytes memory out) {
        out = new bytes(end - start);
        for (uint256 i; i < out.length; ++i) {
            out[i] = data[start + i];
        }
    }

    function _violation(bytes32 expect) internal pure returns (IMisbehaviorReports.PayloadViolation) {
        if (expect == keccak256("TargetOriginator")) return IMisbehaviorReports.PayloadViolation.TargetOriginator;
        if (expect == keccak256("Retention")) return IMisbehaviorReports.PayloadViolation.Retention;
        if (expect == keccak256("PayerSignature")) return IMisbehaviorReports.PayloadViolation.PayerSignature;
        assertEq(expect, keccak256("valid"), "a known expectation");
        return IMisbehaviorReports.PayloadViolation.None;
    }

    function _isProtobufError(bytes memory reason) internal pure returns (bool) {
        if (reason.length < 4) return false;
        // casting to 'bytes4' is safe because the length was checked: the first four bytes are the selector
        // forge-lint: disable-next-line(unsafe-typecast)
        bytes4 selector = bytes4(reason);
        return selector == Protobuf.ProtobufTruncated.selector || selector == Protobuf.ProtobufVarintTooLong.selector
            || selector == Protobuf.ProtobufUnsupportedWireType.selector
            || selector == Protobuf.ProtobufInvalidFieldNumber.selector
            || selector == Protobuf.ProtobufUnexpectedEndGroup.selector
            || selector == Protobuf.ProtobufGroupTooDeep.selector;
    }

    function _at(string memory key, uint256 i) internal pure returns (string memory) {
        return string.concat(key, "[", vm.toString(i), "]");
    }
}
