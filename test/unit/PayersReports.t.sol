// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Payers} from "../../contracts/Payers.sol";
import {INodeQuorum} from "../../contracts/interfaces/INodeQuorum.sol";
import {IPayers} from "../../contracts/interfaces/IPayers.sol";
import {NodeSigning} from "../utils/NodeSigning.sol";
import {PayersFixture} from "../utils/PayersFixture.sol";
import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";
import {Vm} from "forge-std/Vm.sol";

contract PayersReportTest is PayersFixture {
    IPayers.PayerFee[] internal storedFees;

    function setUp() public override {
        super.setUp();
        _addNodes(5); // a strict majority is 3
        IPayers.PayerFee[] memory fees = _payerFees(4, 1);
        for (uint256 i; i < fees.length; ++i) {
            storedFees.push(fees[i]);
        }
    }

    /* ============ Accepted reports ============ */

    function test_submitUsageReport_recordsReportAndEmits() public {
        IPayers.UsageReport memory report = _report(200, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _ids(100, 300, 500));

        vm.expectEmit(address(payers));
        emit IPayers.UsageReportSubmitted(0, 200, EPOCH, 1, 10, 10, 4, report.payersRoot, 3);
        vm.prank(stranger);
        uint256 reportId = payers.submitUsageReport(report, signatures);

        assertEq(reportId, 0);
        assertEq(payers.reportCount(), 1);
        assertEq(payers.lastReportedSequenceId(200), 10);
        assertEq(payers.lastReportedSequenceId(100), 0);
        assertEq(payers.messagesServed(EPOCH, 200), 10);
        (uint32 originator, uint32 payerCount, uint32 settledCount, bytes32 root) = payers.getReport(0);
        assertEq(originator, 200);
        assertEq(payerCount, 4);
        assertEq(settledCount, 0);
        assertEq(root, report.payersRoot);
    }

    function test_submitUsageReport_countsEveryValidSignature() public {
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        vm.expectEmit(address(payers));
        emit IPayers.UsageReportSubmitted(0, 100, EPOCH, 1, 10, 10, 4, report.payersRoot, 5);
        _submit(report);
    }

    function test_submitUsageReport_continuesTheOriginatorsRange() public {
        _submit(_report(100, 10, storedFees));
        _submit(_report(200, 4, storedFees));
        IPayers.UsageReport memory report = _report(100, 1, storedFees);
        assertEq(report.startSequenceId, 11);

        vm.expectEmit(address(payers));
        emit IPayers.UsageReportSubmitted(2, 100, EPOCH, 11, 11, 1, 4, report.payersRoot, 5);
        uint256 reportId = _submit(report);

        assertEq(reportId, 2);
        assertEq(payers.reportCount(), 3);
        assertEq(payers.lastReportedSequenceId(100), 11);
        assertEq(payers.lastReportedSequenceId(200), 4);
    }

    function test_submitUsageReport_addsUpMessagesServedPerEpoch() public {
        _submit(_report(100, 10, storedFees)); // 10 messages in EPOCH
        _submit(_report(100, 2, storedFees)); // 2 more in EPOCH
        IPayers.UsageReport memory report = _report(100, 5, storedFees);
        report.epoch = EPOCH + 1;
        _submit(report); // 5 messages in EPOCH + 1

        assertEq(payers.messagesServed(EPOCH, 100), 12);
        assertEq(payers.messagesServed(EPOCH + 1, 100), 5);
        assertEq(payers.messagesServed(EPOCH, 200), 0);
    }

    function test_submitUsageReport_acceptsADisabledOriginator() public {
        // A disabled node still exists: it is paid for what it served before.
        vm.prank(admin);
        nodes.disableNode(500);
        IPayers.UsageReport memory report = _report(500, 3, storedFees);
        vm.prank(stranger);
        payers.submitUsageReport(report, _sign(report, _ids(100, 200, 300)));
        assertEq(payers.lastReportedSequenceId(500), 3);
    }

    function testFuzz_submitUsageReport_requiresAStrictMajority(uint256 extraNodes, uint256 signerCount) public {
        extraNodes = bound(extraNodes, 0, 7);
        _addNodes(extraNodes);
        uint256 size = nodeIds.length;
        signerCount = bound(signerCount, 0, size);
        uint256 required = size / 2 + 1;

        IPayers.UsageReport memory report = _report(100, 1, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _firstNodes(signerCount));
        if (signerCount < required) {
            vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, signerCount, required));
        }
        vm.prank(stranger);
        payers.submitUsageReport(report, signatures);
        assertEq(payers.reportCount(), signerCount < required ? 0 : 1);
    }

    /* ============ Report checks ============ */

    function test_submitUsageReport_revertsWhenPaused() public {
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, nodeIds);
        vm.prank(admin);
        payers.pause();
        vm.expectRevert(IPayers.EnforcedPause.selector);
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_revertsWithoutPayers() public {
        IPayers.UsageReport memory report = _report(100, 10, new IPayers.PayerFee[](0));
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, nodeIds);
        vm.expectRevert(IPayers.EmptyReport.selector);
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_revertsWhenOriginatorIsZero() public {
        IPayers.UsageReport memory report = _report(0, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, nodeIds);
        vm.expectRevert(abi.encodeWithSelector(IPayers.UnknownOriginator.selector, 0));
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_revertsWhenOriginatorIsPastTheLastNode() public {
        IPayers.UsageReport memory report = _report(600, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, nodeIds);
        vm.expectRevert(abi.encodeWithSelector(IPayers.UnknownOriginator.selector, 600));
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_revertsForXmtpdsReservedOriginators() public {
        // Below nodeCount (5) all the same: 1 is xmtpd's identity-update originator and 10-14 its migrator's, never
        // a node, so nobody can be paid for their messages.
        uint32[6] memory reserved = [uint32(1), 10, 11, 12, 13, 14];
        for (uint256 i; i < reserved.length; ++i) {
            IPayers.UsageReport memory report = _report(reserved[i], 10, storedFees);
            INodeQuorum.NodeSignature[] memory signatures = _sign(report, nodeIds);
            vm.expectRevert(abi.encodeWithSelector(IPayers.UnknownOriginator.selector, reserved[i]));
            payers.submitUsageReport(report, signatures);
        }
    }

    function test_submitUsageReport_revertsWhenOriginatorIsBetweenNodeIds() public {
        IPayers.UsageReport memory report = _report(150, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, nodeIds);
        vm.expectRevert(abi.encodeWithSelector(IPayers.UnknownOriginator.selector, 150));
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_revertsWhenFirstReportSkipsIdOne() public {
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        report.startSequenceId = 2;
        _expectRangeRevert(report, 1);
    }

    function test_submitUsageReport_revertsWhenStartIsZero() public {
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        report.startSequenceId = 0;
        _expectRangeRevert(report, 1);
    }

    function test_submitUsageReport_revertsWhenRangeLeavesAGap() public {
        _submit(_report(100, 10, storedFees));
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        report.startSequenceId = 12;
        report.endSequenceId = 20;
        _expectRangeRevert(report, 11);
    }

    function test_submitUsageReport_revertsWhenRangeOverlaps() public {
        _submit(_report(100, 10, storedFees));
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        report.startSequenceId = 10;
        _expectRangeRevert(report, 11);
    }

    function test_submitUsageReport_revertsWhenSameReportIsSubmittedTwice() public {
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, nodeIds);
        payers.submitUsageReport(report, signatures);
        vm.expectRevert(abi.encodeWithSelector(IPayers.InvalidSequenceRange.selector, 100, 11, 1, 10));
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_revertsWhenRangeEndsBeforeStart() public {
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        report.endSequenceId = 0;
        _expectRangeRevert(report, 1);
    }

    function test_submitUsageReport_revertsWhenNodeSetHashIsStale() public {
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, nodeIds);
        bytes32 signedFor = report.nodeSetHash;
        _addNodes(1);
        (bytes32 current,) = nodes.nodeSet();

        vm.expectRevert(abi.encodeWithSelector(IPayers.NodeSetMismatch.selector, current, signedFor));
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_revertsWhenNodeSetHashIsWrong() public {
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        (bytes32 current,) = nodes.nodeSet();
        report.nodeSetHash = keccak256("another set");
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, nodeIds);
        vm.expectRevert(abi.encodeWithSelector(IPayers.NodeSetMismatch.selector, current, report.nodeSetHash));
        payers.submitUsageReport(report, signatures);
    }

    /* ============ Signatures ============ */

    function test_submitUsageReport_revertsWithAMinority() public {
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _ids(100, 500));
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 2, 3));
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_revertsWithoutSignatures() public {
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 0, 3));
        payers.submitUsageReport(report, new INodeQuorum.NodeSignature[](0));
    }

    function test_submitUsageReport_revertsWhenSignaturesAreUnsorted() public {
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _ids(200, 100, 300));
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.UnsortedSignatures.selector, 200, 100));
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_revertsWhenASignerRepeats() public {
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _ids(100, 200, 200));
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.UnsortedSignatures.selector, 200, 200));
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_revertsWhenNodeIdIsZero() public {
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _ids(100, 200, 300));
        signatures[0].nodeId = 0;
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.UnsortedSignatures.selector, 0, 0));
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_ignoresASignatureByAnotherKey() public {
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _ids(100, 200, 300));
        Vm.Wallet memory impostor = vm.createWallet("impostor");
        signatures[2].signature = NodeSigning.sign(impostor.privateKey, payers.usageReportDigest(report));
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 2, 3));
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_ignoresAnotherNodesSignatureUnderThisId() public {
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _ids(100, 200, 300));
        // Node 100 signs once for itself and once more in node 300's place.
        signatures[2].signature = signatures[0].signature;
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 2, 3));
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_ignoresASignatureOfAnotherReport() public {
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _ids(100, 200, 300));
        report.messagesServed -= 1; // still within its range: only the signatures are wrong
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 0, 3));
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_ignoresADisabledNodesSignature() public {
        vm.prank(admin);
        nodes.disableNode(500); // 4 enabled: a strict majority is still 3
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory withDisabled = _sign(report, _ids(100, 200, 500));
        INodeQuorum.NodeSignature[] memory all = _sign(report, nodeIds);

        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 2, 3));
        payers.submitUsageReport(report, withDisabled);

        vm.expectEmit(address(payers));
        emit IPayers.UsageReportSubmitted(0, 100, EPOCH, 1, 10, 10, 4, report.payersRoot, 4);
        payers.submitUsageReport(report, all);
    }

    function test_submitUsageReport_ignoresARotatedOutKey() public {
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _ids(100, 200, 300));
        Vm.Wallet memory newKey = vm.createWallet("node3 new key");
        vm.prank(admin);
        nodes.rotateSigningKey(300, _publicKey(newKey));

        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 2, 3));
        payers.submitUsageReport(report, signatures);

        signatures[2].signature = NodeSigning.sign(newKey.privateKey, payers.usageReportDigest(report));
        payers.submitUsageReport(report, signatures);
        assertEq(payers.reportCount(), 1);
    }

    function test_submitUsageReport_ignoresAnUnknownNodeId() public {
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _ids(100, 200, 300));
        signatures[2].nodeId = 350; // between nodes 300 and 400: sorted, but no node's
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 2, 3));
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_ignoresMalformedSignatures() public {
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _ids(100, 200, 300));
        signatures[1].signature = bytes.concat(signatures[1].signature, hex"00"); // 66 bytes
        signatures[2].signature = new bytes(65); // v = 0
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 1, 3));
        payers.submitUsageReport(report, signatures);
    }

    /// @dev A node's high-s signature (s' = n − s, the other v) is still that node's signature under the shared
    ///      `Signatures` rule, and counts once: node ids must be strictly ascending, so it cannot count twice.
    function test_submitUsageReport_countsAHighSSignatureOnceAsTheNodes() public {
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _ids(100, 200, 300));
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(_walletOf(300).privateKey, payers.usageReportDigest(report));
        uint256 n = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
        signatures[2].signature = abi.encodePacked(r, bytes32(n - uint256(s)), v == 27 ? uint8(28) : uint8(27));
        payers.submitUsageReport(report, signatures);
        assertEq(payers.lastReportedSequenceId(100), 10);

        // The same node's two encodings side by side are a repeated node id.
        report = _report(100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory twice = new INodeQuorum.NodeSignature[](2);
        twice[0] = _sign(report, _ids(300))[0];
        twice[1] = INodeQuorum.NodeSignature({nodeId: 300, signature: signatures[2].signature});
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.UnsortedSignatures.selector, 300, 300));
        payers.submitUsageReport(report, twice);
    }

    /// @dev `v` of 8 or more (27 and 28 aside, Ethereum's encoding of 0 and 1) counts for nothing.
    function test_submitUsageReport_ignoresASignatureWithAnInvalidV() public {
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _ids(100, 200, 300));
        signatures[2].signature[64] = bytes1(uint8(29));
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 2, 3));
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_rejectsAReplayOnAnotherChain() public {
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, nodeIds);
        vm.chainId(8453);
        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 0, 3));
        payers.submitUsageReport(report, signatures);
    }

    function test_submitUsageReport_rejectsAReplayOnAnotherPayersContract() public {
        Payers other = Payers(
            address(
                new ERC1967Proxy(
                    suite.payers.implementation,
                    abi.encodeCall(Payers.initialize, (admin, address(usdc), address(nodes)))
                )
            )
        );
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, nodeIds);

        vm.expectRevert(abi.encodeWithSelector(INodeQuorum.InsufficientSignatures.selector, 0, 3));
        other.submitUsageReport(report, signatures);
        payers.submitUsageReport(report, signatures);
    }

    /* ============ messagesServedBatch ============ */

    function test_messagesServedBatch_matchesMessagesServedPerNode() public {
        _submit(_report(100, 10, storedFees)); // node 100: 10 in EPOCH
        _submit(_report(300, 4, storedFees)); // node 300: 4 in EPOCH
        IPayers.UsageReport memory later = _report(300, 5, storedFees);
        later.epoch = EPOCH + 1;
        _submit(later); // node 300: 5 in EPOCH + 1

        // Any order, duplicates, nodes that served nothing and unknown ids.
        uint32[] memory ids = new uint32[](6);
        (ids[0], ids[1], ids[2], ids[3], ids[4], ids[5]) = (300, 100, 200, 300, 0, 99);
        uint64[] memory counts = payers.messagesServedBatch(EPOCH, ids);
        assertEq(counts.length, ids.length);
        for (uint256 i; i < ids.length; ++i) {
            assertEq(counts[i], payers.messagesServed(EPOCH, ids[i]));
        }
        assertEq(counts[0], 4);
        assertEq(counts[1], 10);
        assertEq(counts[2], 0);
        assertEq(counts[3], 4);
        assertEq(counts[4], 0);
        assertEq(counts[5], 0);

        counts = payers.messagesServedBatch(EPOCH + 1, _ids(100, 300));
        assertEq(counts[0], 0);
        assertEq(counts[1], 5);
    }

    function test_messagesServedBatch_returnsNothingForNoNodes() public view {
        assertEq(payers.messagesServedBatch(EPOCH, new uint32[](0)).length, 0);
    }

    /* ============ usageReportDigest ============ */

    function test_usageReportDigest_isTheEip712TypedDataHash() public view {
        IPayers.UsageReport memory report = _report(300, 10, storedFees);
        bytes32 typeHash = keccak256(
            "UsageReport(uint32 originatorNodeId,uint64 startSequenceId,uint64 endSequenceId,uint64 epoch,"
            "uint64 messagesServed,uint32 payerCount,bytes32 payersRoot,bytes32 nodeSetHash)"
        );
        bytes32 structHash = keccak256(
            abi.encode(
                typeHash,
                report.originatorNodeId,
                report.startSequenceId,
                report.endSequenceId,
                report.epoch,
                report.messagesServed,
                report.payerCount,
                report.payersRoot,
                report.nodeSetHash
            )
        );
        bytes32 domainSeparator = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("XMTP Payers"),
                keccak256("1"),
                block.chainid,
                address(payers)
            )
        );
        assertEq(payers.USAGE_REPORT_TYPEHASH(), typeHash);
        assertEq(payers.usageReportDigest(report), keccak256(abi.encodePacked("\x19\x01", domainSeparator, structHash)));
    }

    function test_eip712Domain_namesXmtpPayers() public view {
        (bytes1 fields, string memory name, string memory version, uint256 chainId, address verifyingContract,,) =
            payers.eip712Domain();
        assertEq(fields, hex"0f");
        assertEq(name, "XMTP Payers");
        assertEq(version, "1");
        assertEq(chainId, block.chainid);
        assertEq(verifyingContract, address(payers));
    }

    /* ============ Helpers ============ */

    function _expectRangeRevert(IPayers.UsageReport memory report, uint64 expectedStart) internal {
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, nodeIds);
        vm.expectRevert(
            abi.encodeWithSelector(
                IPayers.InvalidSequenceRange.selector,
                report.originatorNodeId,
                expectedStart,
                report.startSequenceId,
                report.endSequenceId
            )
        );
        payers.submitUsageReport(report, signatures);
    }
}
