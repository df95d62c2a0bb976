// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {INodeQuorum} from "../../contracts/interfaces/INodeQuorum.sol";
import {IPayers} from "../../contracts/interfaces/IPayers.sol";
import {PayerTree, PayersFixture} from "../utils/PayersFixture.sol";

/**
 * @notice Gas of whole Payers transactions, proxy included (tests run isolated: each call is its own transaction, with
 *         cold storage, intrinsic and calldata cost). Figures go to `snapshots/PayersGasTest.json`; the issue's
 *         ceilings are asserted. Every figure is a steady state: the storage a call updates already holds non-zero
 *         values, as on a live network (a payer's first deposit or an originator's first report in an epoch pays
 *         20,000 more per slot it creates).
 */
contract PayersGasTest is PayersFixture {
    uint256 internal constant DEPOSIT_CEILING = 60_000;
    uint256 internal constant REPORT_6_OF_10_CEILING = 300_000;
    uint256 internal constant SETTLEMENT_PER_PAYER_CEILING = 11_000;

    /// @dev Leaves of the payer tree settled in batches of 1, 10 and 100, from its start.
    uint256 internal constant TREE_SIZE = 128;

    /* ============ deposit ============ */

    function test_deposit_gas() public {
        usdc.mint(alice, 1000 * USDC);
        vm.prank(alice);
        usdc.approve(address(payers), type(uint256).max);
        vm.prank(alice);
        payers.deposit(alice, 10 * USDC);

        vm.prank(alice);
        payers.deposit(alice, 10 * USDC);
        uint256 gasUsed = vm.snapshotGasLastCall("deposit (funded payer, max approval)");
        assertLe(gasUsed, DEPOSIT_CEILING, "deposit above ceiling");
    }

    /* ============ submitUsageReport ============ */

    function test_submitUsageReport_4of7_gas() public {
        _measureReport(7, 4);
    }

    function test_submitUsageReport_6of10_gas() public {
        uint256 gasUsed = _measureReport(10, 6);
        assertLe(gasUsed, REPORT_6_OF_10_CEILING, "report 6 of 10 above ceiling");
    }

    function test_submitUsageReport_11of20_gas() public {
        _measureReport(20, 11);
    }

    /// @dev The dearest report: the originator's first, in a new epoch, creating its counters' slots.
    function test_submitUsageReport_6of10_firstReport_gas() public {
        _addNodes(10);
        IPayers.PayerFee[] memory warmUp = _payerFees(1, 0);
        _submit(_report(200, 1, warmUp)); // another node's report: reportCount is non-zero
        IPayers.UsageReport memory report = _report(100, 1000, _payerFees(100, 2));
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _firstNodes(6));
        vm.prank(stranger);
        payers.submitUsageReport(report, signatures);
        uint256 gasUsed = vm.snapshotGasLastCall("submitUsageReport 6 of 10 nodes, originator's first");
        assertLe(gasUsed, REPORT_6_OF_10_CEILING, "first report 6 of 10 above ceiling");
    }

    /// @dev The same reports checked against an epoch's active set (the selection manager set), every node seated.
    function test_submitUsageReport_active_4of7_gas() public {
        _measureActiveReport(7, 4);
    }

    function test_submitUsageReport_active_6of10_gas() public {
        uint256 gasUsed = _measureActiveReport(10, 6);
        assertLe(gasUsed, REPORT_6_OF_10_CEILING, "report 6 of 10 active nodes above ceiling");
    }

    function test_submitUsageReport_active_11of20_gas() public {
        _measureActiveReport(20, 11);
    }

    /* ============ settleUsage ============ */

    function test_settleUsage_gas() public {
        (uint256 reportId, IPayers.PayerFee[] memory fees, bytes32[] memory leaves) = _unsettledReport(TREE_SIZE);

        uint256[3] memory counts = [uint256(1), 10, 100];
        uint256 first;
        for (uint256 i; i < counts.length; ++i) {
            IPayers.PayerFee[] memory batch = PayerTree.slice(fees, first, counts[i]);
            bytes32[] memory proof = PayerTree.rangeProof(leaves, first, counts[i]);
            vm.prank(stranger);
            payers.settleUsage(reportId, batch, proof);
            string memory name = string.concat("settleUsage batch of ", vm.toString(counts[i]));
            uint256 gasUsed = vm.snapshotGasLastCall(name);
            uint256 perPayer = gasUsed / counts[i];
            vm.snapshotValue(string.concat(name, ", per payer"), perPayer);
            if (counts[i] == 100) {
                assertLe(perPayer, SETTLEMENT_PER_PAYER_CEILING, "settlement per payer above ceiling");
            }
            first += counts[i];
        }
    }

    /* ============ Helpers ============ */

    /// @dev Registers `nodeCount` nodes; node 100 reports once, then its next report, signed by the first `signerCount`
    ///      nodes, is measured.
    function _measureReport(uint256 nodeCount, uint256 signerCount) internal returns (uint256 gasUsed) {
        _addNodes(nodeCount);
        IPayers.PayerFee[] memory fees = _payerFees(100, 2);
        _submitFees(fees);

        IPayers.UsageReport memory report = _report(100, 1000, fees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _firstNodes(signerCount));
        vm.prank(stranger);
        payers.submitUsageReport(report, signatures);
        gasUsed = vm.snapshotGasLastCall(
            string.concat("submitUsageReport ", vm.toString(signerCount), " of ", vm.toString(nodeCount), " nodes")
        );
    }

    /// @dev `_measureReport` with all `nodeCount` nodes seated in descending id order (the sort's worst case) and
    ///      Payers checking reports against the epoch's active set.
    function _measureActiveReport(uint256 nodeCount, uint256 signerCount) internal returns (uint256 gasUsed) {
        _addNodes(nodeCount);
        uint32[] memory seats = new uint32[](nodeCount);
        for (uint256 i; i < nodeCount; ++i) {
            seats[i] = nodeIds[nodeCount - 1 - i];
        }
        uint64 epoch = _activate(seats);
        IPayers.PayerFee[] memory fees = _payerFees(100, 2);
        _submit(_reportIn(epoch, nodeIds[0], 10, fees));

        IPayers.UsageReport memory report = _reportIn(epoch, 100, 1000, fees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _firstNodes(signerCount));
        vm.prank(stranger);
        payers.submitUsageReport(report, signatures);
        gasUsed = vm.snapshotGasLastCall(
            string.concat(
                "submitUsageReport ", vm.toString(signerCount), " of ", vm.toString(nodeCount), " active nodes"
            )
        );
    }
}
