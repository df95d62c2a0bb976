// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Payers} from "../../contracts/Payers.sol";
import {INodeQuorum} from "../../contracts/interfaces/INodeQuorum.sol";
import {IPayers} from "../../contracts/interfaces/IPayers.sol";
import {PayersFixture} from "../utils/PayersFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {SlotDerivation} from "@openzeppelin/contracts/utils/SlotDerivation.sol";

/**
 * @notice What a usage report may claim, whatever its signers: its range, the messages it counts, and its epoch
 *         against the originator's last report.
 *
 *         Threat model. Anyone submits a report; what it says is only as good as the strict majority that signed it,
 *         and that majority may be hostile (a cartel holding the set, or a node that alone formed a bootstrap set).
 *         - The range end: a report ending at 2^64 - 1 would leave the originator no next sequence id, so every honest
 *           report for it would revert (its `expectedStart` overflows). Now a range covers at most `maxReportRange()`
 *           ids: reaching 2^64 - 1 takes over 10^11 reports.
 *         - The messages served: a count of 2^64 - 1 would make the next report's sum overflow (every later report for
 *           that originator and epoch reverts) and, with a cost per message set, the reward distributor's cost sum.
 *           Now a report counts at most one message per sequence id of its range, so an originator's messages over
 *           all time are at most 2^64 - 1: the stored counter never overflows.
 *         - The epoch: a majority of a later set cannot rewrite the usage of an epoch the originator already moved
 *           past; epochs per originator never go back.
 *         The worst a hostile majority gains now: to charge for the current (or just-ended) epoch's usage up to the
 *         range bound, which is what a majority can always do; it cannot stop the originator or the engine.
 */
contract PayersReportBoundsTest is PayersFixture {
    IPayers.PayerFee[] internal storedFees;

    function setUp() public override {
        super.setUp();
        _addNodes(5); // a strict majority is 3
        IPayers.PayerFee[] memory fees = _payerFees(2, 1);
        for (uint256 i; i < fees.length; ++i) {
            storedFees.push(fees[i]);
        }
    }

    /* ============ Range bound ============ */

    function test_maxReportRange_isTheDefault() public view {
        assertEq(payers.maxReportRange(), 100_000_000);
        assertEq(Payers(address(payers)).DEFAULT_MAX_REPORT_RANGE(), 100_000_000);
    }

    function test_submitUsageReport_acceptsTheLongestRange() public {
        vm.prank(admin);
        payers.setMaxReportRange(50);
        IPayers.UsageReport memory report = _report(100, 50, storedFees);
        _submit(report);
        assertEq(payers.lastReportedSequenceId(100), 50);
    }

    function test_submitUsageReport_revertsWhenTheRangeIsTooLarge() public {
        vm.prank(admin);
        payers.setMaxReportRange(50);
        IPayers.UsageReport memory report = _report(100, 51, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, nodeIds);
        vm.expectRevert(abi.encodeWithSelector(IPayers.ReportRangeTooLarge.selector, 51, 50));
        payers.submitUsageReport(report, signatures);
    }

    /// @dev The attack: every node signs one report from the next id to 2^64 - 1. It would have left the originator no
    ///      next sequence id (each later report reverting on `expectedStart`); the bound refuses it, and the
    ///      originator's honest reports go on.
    function test_submitUsageReport_majorityCannotEndARangeAt2To64Minus1() public {
        _submit(_report(100, 10, storedFees));
        IPayers.UsageReport memory attack = _report(100, 1, storedFees);
        attack.endSequenceId = type(uint64).max;
        INodeQuorum.NodeSignature[] memory signatures = _sign(attack, nodeIds);
        vm.expectRevert(
            abi.encodeWithSelector(IPayers.ReportRangeTooLarge.selector, uint256(type(uint64).max) - 10, 100_000_000)
        );
        payers.submitUsageReport(attack, signatures);

        _submit(_report(100, 10, storedFees));
        assertEq(payers.lastReportedSequenceId(100), 20, "the originator still reports");
    }

    /* ============ Messages served ============ */

    function test_submitUsageReport_acceptsOneMessagePerSequenceId() public {
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        assertEq(report.messagesServed, 10);
        _submit(report);
        assertEq(payers.messagesServed(EPOCH, 100), 10);
    }

    function test_submitUsageReport_revertsWhenMessagesServedExceedTheRange() public {
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        report.messagesServed = 11;
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, nodeIds);
        vm.expectRevert(abi.encodeWithSelector(IPayers.MessagesServedExceedRange.selector, 11, 10));
        payers.submitUsageReport(report, signatures);
    }

    /// @dev The attack: a report of 2^64 - 1 messages. It would have made every later report of the originator in that
    ///      epoch overflow the counter, and any cost per message the distributor's arithmetic. Refused; an honest
    ///      report of the same epoch lands after it.
    function test_submitUsageReport_majorityCannotOverflowMessagesServed() public {
        _submit(_report(100, 10, storedFees));
        IPayers.UsageReport memory attack = _report(100, 10, storedFees);
        attack.messagesServed = type(uint64).max;
        INodeQuorum.NodeSignature[] memory signatures = _sign(attack, nodeIds);
        vm.expectRevert(abi.encodeWithSelector(IPayers.MessagesServedExceedRange.selector, type(uint64).max, 10));
        payers.submitUsageReport(attack, signatures);

        _submit(_report(100, 10, storedFees));
        assertEq(payers.messagesServed(EPOCH, 100), 20);
    }

    /// @dev Reports of the most messages each range allows, in any lengths, keep the counter equal to the last
    ///      sequence id reported: it is bounded by 2^64 - 1 and never overflows.
    function testFuzz_submitUsageReport_messagesServedNeverExceedTheLastSequenceId(uint256 seed) public {
        vm.prank(admin);
        payers.setMaxReportRange(type(uint64).max);
        uint64 last;
        for (uint256 i; i < 4; ++i) {
            // Half of what is left at most: the fixture's `start + length - 1` stays within 64 bits.
            uint256 room = uint256(type(uint64).max) - last;
            uint64 length = uint64(bound(uint256(keccak256(abi.encode(seed, i))), 1, room / 2));
            IPayers.UsageReport memory report = _report(100, length, storedFees);
            _submit(report);
            last = report.endSequenceId;
            assertEq(payers.messagesServed(EPOCH, 100), last);
        }
    }

    /* ============ Epochs per originator ============ */

    function test_submitUsageReport_recordsTheOriginatorsEpoch() public {
        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        report.epoch = EPOCH + 3;
        _submit(report);
        assertEq(payers.lastReportedSequenceId(100), 10);
        assertEq(_lastReportedEpoch(100), EPOCH + 3);
        assertEq(_lastReportedEpoch(200), 0, "another originator's epoch is its own");
    }

    function test_submitUsageReport_acceptsTheSameEpochAgain() public {
        _submit(_report(100, 10, storedFees));
        _submit(_report(100, 10, storedFees));
        assertEq(payers.messagesServed(EPOCH, 100), 20);
    }

    /// @dev The attack: once an originator reported epoch e + 1, a majority (today's, or an old set's) names epoch e to
    ///      add usage to an epoch the distributor may already have paid out. Refused.
    function test_submitUsageReport_majorityCannotGoBackAnEpoch() public {
        IPayers.UsageReport memory later = _report(100, 10, storedFees);
        later.epoch = EPOCH + 1;
        _submit(later);

        IPayers.UsageReport memory earlier = _report(100, 10, storedFees);
        INodeQuorum.NodeSignature[] memory signatures = _sign(earlier, nodeIds);
        vm.expectRevert(abi.encodeWithSelector(IPayers.ReportEpochRegressed.selector, 100, EPOCH + 1, EPOCH));
        payers.submitUsageReport(earlier, signatures);

        // Another originator is not held back by it.
        _submit(_report(200, 10, storedFees));
    }

    /* ============ setMaxReportRange ============ */

    function test_setMaxReportRange_updatesAndEmits() public {
        vm.expectEmit(address(payers));
        emit IPayers.MaxReportRangeUpdated(100_000_000, 1);
        vm.prank(admin);
        payers.setMaxReportRange(1);
        assertEq(payers.maxReportRange(), 1);

        vm.expectEmit(address(payers));
        emit IPayers.MaxReportRangeUpdated(1, type(uint64).max);
        vm.prank(admin);
        payers.setMaxReportRange(type(uint64).max);
        assertEq(payers.maxReportRange(), type(uint64).max);
    }

    function test_setMaxReportRange_revertsWhenZero() public {
        vm.expectRevert(abi.encodeWithSelector(IPayers.InvalidMaxReportRange.selector, 0));
        vm.prank(admin);
        payers.setMaxReportRange(0);
    }

    function test_setMaxReportRange_revertsWhenItDoesNotFit() public {
        uint256 tooLarge = uint256(type(uint64).max) + 1;
        vm.expectRevert(abi.encodeWithSelector(IPayers.InvalidMaxReportRange.selector, tooLarge));
        vm.prank(admin);
        payers.setMaxReportRange(tooLarge);
    }

    function test_setMaxReportRange_revertsWhenNotAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, payers.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(stranger);
        payers.setMaxReportRange(10);
    }

    /* ============ Storage ============ */

    /// @dev The range bound shares the selection manager's slot (both read by every report): appended after it.
    function test_storage_packsTheMaxReportRangeWithTheSelectionManager() public {
        vm.startPrank(admin);
        payers.setNodeSelectionManager(address(selection));
        payers.setMaxReportRange(12_345);
        vm.stopPrank();
        bytes32 slot = bytes32(uint256(SlotDerivation.erc7201Slot("xmtp.storage.Payers")) + 10);
        uint256 word = uint256(vm.load(address(payers), slot));
        // casting to 'uint160' is safe because it selects the field's 160 bits by design
        // forge-lint: disable-next-line(unsafe-typecast)
        assertEq(address(uint160(word)), address(selection), "the manager in bits 0-159");
        assertEq(word >> 160, 12_345, "the range bound in bits 160-223");
    }

    /// @dev A proxy upgraded from the version without the bound holds zero there: it reads as the default.
    function test_maxReportRange_readsZeroAsTheDefault() public {
        vm.prank(admin);
        payers.setMaxReportRange(5);
        bytes32 slot = bytes32(uint256(SlotDerivation.erc7201Slot("xmtp.storage.Payers")) + 10);
        vm.store(address(payers), slot, bytes32(0));
        assertEq(payers.maxReportRange(), 100_000_000);
        vm.expectEmit(address(payers));
        emit IPayers.MaxReportRangeUpdated(100_000_000, 7);
        vm.prank(admin);
        payers.setMaxReportRange(7);
    }

    /// @dev The mapping's value became a struct whose first member is the sequence id: a value written by the version
    ///      that stored the id alone reads as that id, with epoch 0, and the originator's next report follows it.
    function test_storage_readsAnOriginatorsSequenceIdStoredAlone() public {
        bytes32 mappingSlot = bytes32(uint256(SlotDerivation.erc7201Slot("xmtp.storage.Payers")) + 7);
        bytes32 valueSlot = keccak256(abi.encode(uint256(100), mappingSlot));
        vm.store(address(payers), valueSlot, bytes32(uint256(41)));
        assertEq(payers.lastReportedSequenceId(100), 41);
        assertEq(_lastReportedEpoch(100), 0);

        IPayers.UsageReport memory report = _report(100, 10, storedFees);
        assertEq(report.startSequenceId, 42);
        _submit(report);
        uint256 word = uint256(vm.load(address(payers), valueSlot));
        // casting to 'uint64' is safe because it selects the field's 64 bits by design
        // forge-lint: disable-next-line(unsafe-typecast)
        assertEq(uint64(word), 51, "the sequence id in bits 0-63");
        assertEq(word >> 64, EPOCH, "the epoch in bits 64-127");
    }

    /// @dev The epoch of the originator's last report, read from storage (no view: Payers is near EIP-170's limit).
    function _lastReportedEpoch(uint32 originator) internal view returns (uint64) {
        bytes32 mappingSlot = bytes32(uint256(SlotDerivation.erc7201Slot("xmtp.storage.Payers")) + 7);
        return uint64(uint256(vm.load(address(payers), keccak256(abi.encode(uint256(originator), mappingSlot)))) >> 64);
    }
}
