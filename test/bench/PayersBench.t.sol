// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Payers} from "../../contracts/Payers.sol";
import {INodeQuorum} from "../../contracts/interfaces/INodeQuorum.sol";
import {IPayers} from "../../contracts/interfaces/IPayers.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {PayerTree, PayersFixture} from "../utils/PayersFixture.sol";
import {GasBench} from "./GasBench.sol";
import {Vm} from "forge-std/Vm.sol";

/**
 * @notice Payers: deposits, withdrawals, usage reports and settlements, in a steady state (every balance a call
 *         changes already non-zero, as on a live network). A USDC transfer's floor is the token contract (a cold
 *         account) and the two balances it moves.
 */
contract PayersBench is PayersFixture, GasBench {
    string internal constant TABLE = "Payers";
    uint256 internal constant TREE_SIZE = 128;

    function setUp() public override(BaseTest, PayersFixture) {
        super.setUp();
    }

    function test_bench_deposit() public {
        _fund(alice, 10 * USDC);
        usdc.mint(alice, 1000 * USDC);
        vm.prank(alice);
        usdc.approve(address(payers), type(uint256).max);
        Row memory row = _row(TABLE, 200, "deposit (funded payer, max approval)");
        (row.referenceLow, row.referenceHigh) = (65_000, 82_000);
        Floor memory floor = _floor(0, 3, 0, "USDC: the payer's and Payers' balances; the payer's deposit balance");
        floor.accounts = 1;
        _bench(row, alice, address(payers), abi.encodeCall(Payers.deposit, (alice, 10 * USDC)), floor);
    }

    function test_bench_depositWithPermit() public {
        Vm.Wallet memory owner = vm.createWallet("permit owner");
        usdc.mint(owner.addr, 1000 * USDC);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _permit(owner, 10 * USDC, deadline);
        vm.prank(owner.addr);
        payers.depositWithPermit(owner.addr, 10 * USDC, deadline, v, r, s);
        (v, r, s) = _permit(owner, 10 * USDC, deadline);
        Floor memory floor = _floor(
            0, 4, 0, "USDC: the payer's and Payers' balances and the owner's permit nonce; the payer's deposit balance"
        );
        (floor.accounts, floor.signatures) = (1, 1);
        _bench(
            _row(TABLE, 201, "depositWithPermit (funded payer)"),
            owner.addr,
            address(payers),
            abi.encodeCall(Payers.depositWithPermit, (owner.addr, 10 * USDC, deadline, v, r, s)),
            floor
        );
    }

    function test_bench_withdrawals() public {
        _fund(alice, 100 * USDC);
        usdc.mint(bob, 1); // the recipient already holds USDC
        // Steady state: another payer's withdrawal is pending, so the pending total is already non-zero.
        address other = makeAddr("other payer");
        _fund(other, 100 * USDC);
        vm.prank(other);
        payers.requestWithdrawal(10 * USDC);
        Row memory row = _row(TABLE, 202, "requestWithdrawal");
        (row.referenceLow, row.referenceHigh) = (38_000, 38_000);
        _bench(
            row,
            alice,
            address(payers),
            abi.encodeCall(Payers.requestWithdrawal, (10 * USDC)),
            _floor(0, 1, 0, "the payer's balance and pending withdrawal (one slot at best)")
        );
        _bench(
            _row(TABLE, 203, "cancelWithdrawal"),
            alice,
            address(payers),
            abi.encodeCall(Payers.cancelWithdrawal, ()),
            _floor(0, 1, 0, "the payer's balance and pending withdrawal (one slot at best)")
        );
        vm.prank(alice);
        payers.requestWithdrawal(10 * USDC);
        vm.warp(block.timestamp + payers.withdrawalLockPeriod());
        row = _row(TABLE, 204, "finalizeWithdrawal");
        (row.referenceLow, row.referenceHigh) = (60_000, 60_000);
        Floor memory floor =
            _floor(0, 2, 1, "the pending withdrawal cleared; USDC: Payers' and the recipient's balances");
        floor.accounts = 1;
        _bench(row, alice, address(payers), abi.encodeCall(Payers.finalizeWithdrawal, (bob)), floor);
    }

    function test_bench_submitUsageReport_4of7() public {
        _benchReport(210, 7, 4, 0);
    }

    function test_bench_submitUsageReport_6of10() public {
        _benchReport(211, 10, 6, 342_000);
    }

    function test_bench_submitUsageReport_11of20() public {
        _benchReport(212, 20, 11, 0);
    }

    function test_bench_settleUsage() public {
        (uint256 reportId, IPayers.PayerFee[] memory fees, bytes32[] memory leaves) = _unsettledReport(TREE_SIZE);
        uint256[3] memory counts = [uint256(1), 10, 100];
        uint256[3] memory reference_ = [uint256(91_000), 203_000, 1_310_000];
        uint256 first;
        for (uint256 i; i < counts.length; ++i) {
            Row memory row = _row(
                TABLE,
                220 + i,
                string.concat("settleUsage ", vm.toString(counts[i]), counts[i] == 1 ? " payer" : " payers"),
                counts[i],
                "payer"
            );
            (row.referenceLow, row.referenceHigh) = (reference_[i], reference_[i]);
            bytes memory data = abi.encodeCall(
                Payers.settleUsage,
                (reportId, PayerTree.slice(fees, first, counts[i]), PayerTree.rangeProof(leaves, first, counts[i]))
            );
            _bench(
                row,
                stranger,
                address(payers),
                data,
                _floor(0, counts[i] + 2, 0, "each payer's balance; the report's settled count; the backed fees")
            );
            first += counts[i];
        }
    }

    /// @dev Node 100's second report of the epoch, signed by the first `signerCount` of `nodeCount` registered nodes.
    function _benchReport(uint256 order, uint256 nodeCount, uint256 signerCount, uint256 reference_) internal {
        _addNodes(nodeCount);
        IPayers.PayerFee[] memory fees = _payerFees(100, 2);
        _submitFees(fees);
        IPayers.UsageReport memory report = _report(100, 1000, fees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _firstNodes(signerCount));
        Row memory row = _row(
            TABLE,
            order,
            string.concat(
                "submitUsageReport, ", vm.toString(signerCount), " of ", vm.toString(nodeCount), " signatures"
            )
        );
        (row.referenceLow, row.referenceHigh) = (reference_, reference_);
        Floor memory floor = _floor(
            1,
            2,
            0,
            "the report; the originator's last sequence id and its messages this epoch; the node registry (a proxy)"
        );
        (floor.accounts, floor.proxies, floor.signatures) = (1, 2, signerCount);
        _bench(row, stranger, address(payers), abi.encodeCall(Payers.submitUsageReport, (report, signatures)), floor);
    }
}
