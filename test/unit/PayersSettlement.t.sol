// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPayers} from "../../contracts/interfaces/IPayers.sol";
import {MerkleRange} from "../../contracts/libraries/MerkleRange.sol";
import {PayerTree, PayersFixture} from "../utils/PayersFixture.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

contract PayersSettlementTest is PayersFixture {
    address internal carol = makeAddr("carol");
    address internal distributor = makeAddr("distributor");

    function setUp() public override {
        super.setUp();
        _addNodes(3);
    }

    /* ============ settleUsage ============ */

    function test_settleUsage_debitsEveryPayerOfTheBatch() public {
        IPayers.PayerFee[] memory fees = _payerFees(7, 1);
        uint256 total;
        for (uint256 i; i < fees.length; ++i) {
            _fund(fees[i].payer, 10 * USDC);
            total += fees[i].fee;
        }
        uint256 reportId = _submitFees(fees);

        vm.expectEmit(address(payers));
        emit IPayers.UsageSettled(reportId, 0, 7, total, 0);
        _settle(reportId, fees, 0, 7);

        for (uint256 i; i < fees.length; ++i) {
            assertEq(payers.balanceOf(fees[i].payer), _signed(10 * USDC) - _signed(fees[i].fee));
        }
        (,, uint32 settledCount,) = payers.getReport(reportId);
        assertEq(settledCount, 7);
        assertEq(payers.backedFees(), total);
        assertEq(payers.totalDebt(), 0);
    }

    function test_settleUsage_settlesInConsecutiveBatches() public {
        IPayers.PayerFee[] memory fees = _payerFees(7, 2);
        uint256 reportId = _submitFees(fees);
        uint256 firstBatchTotal = uint256(fees[0].fee) + fees[1].fee + fees[2].fee;
        uint256 secondBatchTotal = uint256(fees[3].fee) + fees[4].fee + fees[5].fee + fees[6].fee;

        vm.expectEmit(address(payers));
        emit IPayers.UsageSettled(reportId, 0, 3, firstBatchTotal, firstBatchTotal);
        _settle(reportId, fees, 0, 3);
        (,, uint32 settledCount,) = payers.getReport(reportId);
        assertEq(settledCount, 3);

        vm.expectEmit(address(payers));
        emit IPayers.UsageSettled(reportId, 3, 4, secondBatchTotal, secondBatchTotal);
        _settle(reportId, fees, 3, 4);
        (,, settledCount,) = payers.getReport(reportId);
        assertEq(settledCount, 7);
        assertEq(payers.totalDebt(), firstBatchTotal + secondBatchTotal);
    }

    function test_settleUsage_chargesWhatBalancesDoNotCoverAsDebt() public {
        _fund(alice, 10 * USDC);
        _fund(carol, 10 * USDC);
        IPayers.PayerFee[] memory fees = new IPayers.PayerFee[](3);
        fees[0] = _fee(alice, 13 * USDC); // 10 covered, 3 uncovered
        fees[1] = _fee(bob, 4 * USDC); // no balance: all uncovered
        fees[2] = _fee(carol, 5 * USDC); // covered
        uint256 reportId = _submitFees(fees);

        vm.expectEmit(address(payers));
        emit IPayers.UsageSettled(reportId, 0, 3, 22 * USDC, 7 * USDC);
        _settle(reportId, fees, 0, 3);

        assertEq(payers.balanceOf(alice), -_signed(3 * USDC));
        assertEq(payers.balanceOf(bob), -_signed(4 * USDC));
        assertEq(payers.balanceOf(carol), _signed(5 * USDC));
        assertEq(payers.totalDebt(), 7 * USDC);
        assertEq(payers.backedFees(), 15 * USDC);
    }

    function test_settleUsage_addsToExistingDebt() public {
        _putInDebt(alice, 2 * USDC);
        IPayers.PayerFee[] memory fees = new IPayers.PayerFee[](1);
        fees[0] = _fee(alice, 3 * USDC);
        uint256 reportId = _submitFees(fees);

        vm.expectEmit(address(payers));
        emit IPayers.UsageSettled(reportId, 0, 1, 3 * USDC, 3 * USDC);
        _settle(reportId, fees, 0, 1);
        assertEq(payers.balanceOf(alice), -_signed(5 * USDC));
        assertEq(payers.totalDebt(), 5 * USDC);
        assertEq(payers.backedFees(), 0);
    }

    function test_settleUsage_chargesAPayerListedTwiceTwice() public {
        _fund(alice, 10 * USDC);
        IPayers.PayerFee[] memory fees = new IPayers.PayerFee[](2);
        fees[0] = _fee(alice, 6 * USDC);
        fees[1] = _fee(alice, 6 * USDC);
        uint256 reportId = _submitFees(fees);

        vm.expectEmit(address(payers));
        emit IPayers.UsageSettled(reportId, 0, 2, 12 * USDC, 2 * USDC);
        _settle(reportId, fees, 0, 2);
        assertEq(payers.balanceOf(alice), -_signed(2 * USDC));
        assertEq(payers.backedFees(), 10 * USDC);
        assertEq(payers.totalDebt(), 2 * USDC);
    }

    function test_settleUsage_acceptsAZeroFee() public {
        _fund(alice, 10 * USDC);
        IPayers.PayerFee[] memory fees = new IPayers.PayerFee[](1);
        fees[0] = _fee(alice, 0);
        uint256 reportId = _submitFees(fees);
        _settle(reportId, fees, 0, 1);
        assertEq(payers.balanceOf(alice), _signed(10 * USDC));
        (,, uint32 settledCount,) = payers.getReport(reportId);
        assertEq(settledCount, 1);
    }

    function test_settleUsage_revertsWhenPaused() public {
        IPayers.PayerFee[] memory fees = _payerFees(3, 3);
        uint256 reportId = _submitFees(fees);
        vm.prank(admin);
        payers.pause();
        bytes32[] memory proof = PayerTree.rangeProof(PayerTree.leaves(fees), 0, 3);
        vm.expectRevert(IPayers.EnforcedPause.selector);
        payers.settleUsage(reportId, fees, proof);
    }

    function test_settleUsage_revertsWhenReportDoesNotExist() public {
        IPayers.PayerFee[] memory fees = _payerFees(3, 3);
        _submitFees(fees);
        bytes32[] memory proof = PayerTree.rangeProof(PayerTree.leaves(fees), 0, 3);
        vm.expectRevert(abi.encodeWithSelector(IPayers.ReportNotFound.selector, 1));
        payers.settleUsage(1, fees, proof);
    }

    function test_settleUsage_revertsWhenBatchIsEmpty() public {
        uint256 reportId = _submitFees(_payerFees(7, 3));
        vm.expectRevert(abi.encodeWithSelector(IPayers.InvalidSettlementRange.selector, reportId, 0, 0, 7));
        payers.settleUsage(reportId, new IPayers.PayerFee[](0), new bytes32[](0));
    }

    function test_settleUsage_revertsWhenBatchRunsPastTheLastLeaf() public {
        IPayers.PayerFee[] memory fees = _payerFees(7, 3);
        uint256 reportId = _submitFees(fees);
        _settle(reportId, fees, 0, 5);
        IPayers.PayerFee[] memory tooMany = _payerFees(3, 4);
        vm.expectRevert(abi.encodeWithSelector(IPayers.InvalidSettlementRange.selector, reportId, 5, 3, 7));
        payers.settleUsage(reportId, tooMany, new bytes32[](0));
    }

    function test_settleUsage_revertsWhenReportIsFullySettled() public {
        IPayers.PayerFee[] memory fees = _payerFees(7, 3);
        uint256 reportId = _submitFees(fees);
        _settle(reportId, fees, 0, 7);
        bytes32[] memory proof = PayerTree.rangeProof(PayerTree.leaves(fees), 6, 1);
        vm.expectRevert(abi.encodeWithSelector(IPayers.InvalidSettlementRange.selector, reportId, 7, 1, 7));
        payers.settleUsage(reportId, PayerTree.slice(fees, 6, 1), proof);
    }

    function test_settleUsage_revertsWhenLeavesAreSettledAgain() public {
        IPayers.PayerFee[] memory fees = _payerFees(7, 3);
        uint256 reportId = _submitFees(fees);
        _settle(reportId, fees, 0, 2);
        // The same two leaves and their (valid) proof, but the report now expects leaves 2 and 3.
        bytes32[] memory proof = PayerTree.rangeProof(PayerTree.leaves(fees), 0, 2);
        IPayers.PayerFee[] memory again = PayerTree.slice(fees, 0, 2);
        vm.expectRevert(abi.encodeWithSelector(IPayers.InvalidPayersProof.selector, reportId));
        payers.settleUsage(reportId, again, proof);
    }

    function test_settleUsage_revertsWhenAFeeIsAltered() public {
        IPayers.PayerFee[] memory fees = _payerFees(7, 3);
        uint256 reportId = _submitFees(fees);
        bytes32[] memory proof = PayerTree.rangeProof(PayerTree.leaves(fees), 0, 4);
        IPayers.PayerFee[] memory batch = PayerTree.slice(fees, 0, 4);
        batch[2].fee -= 1;
        vm.expectRevert(abi.encodeWithSelector(IPayers.InvalidPayersProof.selector, reportId));
        payers.settleUsage(reportId, batch, proof);
    }

    function test_settleUsage_revertsWhenAPayerIsSwapped() public {
        IPayers.PayerFee[] memory fees = _payerFees(7, 3);
        uint256 reportId = _submitFees(fees);
        bytes32[] memory proof = PayerTree.rangeProof(PayerTree.leaves(fees), 0, 4);
        IPayers.PayerFee[] memory batch = PayerTree.slice(fees, 0, 4);
        batch[1].payer = alice;
        vm.expectRevert(abi.encodeWithSelector(IPayers.InvalidPayersProof.selector, reportId));
        payers.settleUsage(reportId, batch, proof);
    }

    function test_settleUsage_revertsWhenAProofHashIsWrong() public {
        IPayers.PayerFee[] memory fees = _payerFees(7, 3);
        uint256 reportId = _submitFees(fees);
        bytes32[] memory proof = PayerTree.rangeProof(PayerTree.leaves(fees), 0, 4);
        proof[0] = bytes32(uint256(proof[0]) ^ 1);
        IPayers.PayerFee[] memory batch = PayerTree.slice(fees, 0, 4);
        vm.expectRevert(abi.encodeWithSelector(IPayers.InvalidPayersProof.selector, reportId));
        payers.settleUsage(reportId, batch, proof);
    }

    function test_settleUsage_revertsWithAnotherReportsLeaves() public {
        IPayers.PayerFee[] memory fees = _payerFees(4, 3);
        _submitFees(fees);
        uint256 otherId = _submitFees(_payerFees(4, 4));
        bytes32[] memory proof = PayerTree.rangeProof(PayerTree.leaves(fees), 0, 4);
        vm.expectRevert(abi.encodeWithSelector(IPayers.InvalidPayersProof.selector, otherId));
        payers.settleUsage(otherId, fees, proof);
    }

    function test_settleUsage_revertsWhenProofIsTooShort() public {
        IPayers.PayerFee[] memory fees = _payerFees(7, 3);
        uint256 reportId = _submitFees(fees);
        bytes32[] memory proof = PayerTree.rangeProof(PayerTree.leaves(fees), 0, 1); // 3 hashes
        bytes32[] memory short = new bytes32[](2);
        (short[0], short[1]) = (proof[0], proof[1]);
        IPayers.PayerFee[] memory batch = PayerTree.slice(fees, 0, 1);
        vm.expectRevert(abi.encodeWithSelector(MerkleRange.ProofTooShort.selector, 2));
        payers.settleUsage(reportId, batch, short);
    }

    function test_settleUsage_revertsWhenProofIsTooLong() public {
        IPayers.PayerFee[] memory fees = _payerFees(7, 3);
        uint256 reportId = _submitFees(fees);
        bytes32[] memory proof = PayerTree.rangeProof(PayerTree.leaves(fees), 0, 1);
        bytes32[] memory long = new bytes32[](4);
        (long[0], long[1], long[2]) = (proof[0], proof[1], proof[2]);
        IPayers.PayerFee[] memory batch = PayerTree.slice(fees, 0, 1);
        vm.expectRevert(abi.encodeWithSelector(MerkleRange.ProofTooLong.selector, 3, 4));
        payers.settleUsage(reportId, batch, long);
    }

    function testFuzz_settleUsage_debitsEveryLeafOnceWhateverTheBatches(
        uint256 size,
        uint256 seed,
        uint256 fundedMask,
        uint256 splitSeed
    ) public {
        size = bound(size, 1, 64);
        IPayers.PayerFee[] memory fees = _payerFees(size, seed);
        vm.prank(admin);
        payers.setMinimumDeposit(1);
        uint256 deposited;
        for (uint256 i; i < size; ++i) {
            // About half the payers hold 3 USDC: less than some of their fees (1 unit to 5 USDC), more than others.
            if ((fundedMask >> i) & 1 == 1) {
                _fund(fees[i].payer, 3 * USDC);
                deposited += 3 * USDC;
            }
        }
        uint256 reportId = _submitFees(fees);

        uint256 settled;
        uint256 batches;
        while (settled < size) {
            uint256 count = 1 + uint256(keccak256(abi.encode(splitSeed, batches++))) % (size - settled);
            _settle(reportId, fees, settled, count);
            settled += count;
            (,, uint32 settledCount,) = payers.getReport(reportId);
            assertEq(settledCount, settled);
        }

        uint256 positive;
        uint256 negative;
        for (uint256 i; i < size; ++i) {
            int256 expected = ((fundedMask >> i) & 1 == 1 ? _signed(3 * USDC) : int256(0)) - _signed(fees[i].fee);
            int256 balance = payers.balanceOf(fees[i].payer);
            assertEq(balance, expected);
            if (balance > 0) positive += SafeCast.toUint256(balance);
            else negative += SafeCast.toUint256(-balance);
        }
        assertEq(payers.totalDebt(), negative, "totalDebt is the sum of negative balances");
        assertEq(positive + payers.backedFees(), deposited, "every deposited unit is a balance or a backed fee");
    }

    /* ============ forwardFees ============ */

    function test_forwardFees_sendsBackedFeesToTheDistributor() public {
        _fund(alice, 10 * USDC);
        IPayers.PayerFee[] memory fees = new IPayers.PayerFee[](2);
        fees[0] = _fee(alice, 4 * USDC);
        fees[1] = _fee(bob, 3 * USDC); // uncovered: stays behind
        _settle(_submitFees(fees), fees, 0, 2);
        vm.prank(admin);
        payers.setFeeDistributor(distributor);

        vm.expectEmit(address(payers));
        emit IPayers.FeesForwarded(distributor, 4 * USDC);
        vm.prank(stranger);
        uint256 amount = payers.forwardFees();

        assertEq(amount, 4 * USDC);
        assertEq(usdc.balanceOf(distributor), 4 * USDC);
        assertEq(payers.backedFees(), 0);
        assertEq(usdc.balanceOf(address(payers)), 6 * USDC);
        assertEq(payers.totalDebt(), 3 * USDC);
    }

    function test_forwardFees_forwardsDebtOnceRepaid() public {
        _putInDebt(bob, 3 * USDC);
        vm.prank(admin);
        payers.setFeeDistributor(distributor);
        _fund(bob, 10 * USDC);

        vm.prank(stranger);
        assertEq(payers.forwardFees(), 3 * USDC);
        assertEq(usdc.balanceOf(distributor), 3 * USDC);
        assertEq(payers.balanceOf(bob), _signed(7 * USDC));
    }

    function test_forwardFees_revertsWithoutDistributor() public {
        // The suite's Payers is wired to the reward distributor; one as `initialize` leaves it is not.
        IPayers unwired = _unwiredPayers();
        vm.expectRevert(IPayers.NoFeeDistributor.selector);
        unwired.forwardFees();
    }

    function test_forwardFees_sendsToTheWiredRewardDistributor() public {
        _fund(alice, 10 * USDC);
        IPayers.PayerFee[] memory fees = new IPayers.PayerFee[](1);
        fees[0] = _fee(alice, 4 * USDC);
        _settle(_submitFees(fees), fees, 0, 1);
        assertEq(payers.forwardFees(), 4 * USDC);
        assertEq(usdc.balanceOf(suite.rewardDistributor.proxy), 4 * USDC);
    }

    function test_forwardFees_revertsWhenNothingIsBacked() public {
        vm.prank(admin);
        payers.setFeeDistributor(distributor);
        _putInDebt(bob, 3 * USDC); // settled but not backed
        vm.expectRevert(IPayers.NothingToForward.selector);
        payers.forwardFees();
    }

    function test_forwardFees_revertsWhenAlreadyForwarded() public {
        _fund(alice, 10 * USDC);
        IPayers.PayerFee[] memory fees = new IPayers.PayerFee[](1);
        fees[0] = _fee(alice, 4 * USDC);
        _settle(_submitFees(fees), fees, 0, 1);
        vm.prank(admin);
        payers.setFeeDistributor(distributor);
        payers.forwardFees();
        vm.expectRevert(IPayers.NothingToForward.selector);
        payers.forwardFees();
    }

    function test_forwardFees_revertsWhenPaused() public {
        vm.startPrank(admin);
        payers.setFeeDistributor(distributor);
        payers.pause();
        vm.stopPrank();
        vm.expectRevert(IPayers.EnforcedPause.selector);
        payers.forwardFees();
    }

    /* ============ Helpers ============ */

    function _fee(address payer, uint256 fee) internal pure returns (IPayers.PayerFee memory) {
        return IPayers.PayerFee({payer: payer, fee: SafeCast.toUint96(fee)});
    }
}
