// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {NodeEarningsTracker} from "../../contracts/NodeEarningsTracker.sol";
import {IErrors} from "../../contracts/interfaces/IErrors.sol";
import {INodeEarningsTracker} from "../../contracts/interfaces/INodeEarningsTracker.sol";
import {IRewardDistributor} from "../../contracts/interfaces/IRewardDistributor.sol";
import {RewardsFixture} from "../utils/RewardsFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";
import {ERC1967Utils} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Utils.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {SlotDerivation} from "@openzeppelin/contracts/utils/SlotDerivation.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice The earnings ledger: who may write, what `recordEpoch`, `addRewards` and `applyProfitCap` record, and the
///         views. Writes are made as the wired distributor (`vm.prank`), the tracker's only writer.
contract NodeEarningsTrackerTest is RewardsFixture {
    address internal nodeA = makeAddr("node A");
    address internal nodeB = makeAddr("node B");
    address internal nodeC = makeAddr("node C");

    /* ============ Helpers ============ */

    function _expectUnauthorized(address account, bytes32 role) internal {
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, account, role));
    }

    function _entry(address node, uint32 nodeId, uint256 earnings, uint256 costs, uint256 owed)
        internal
        pure
        returns (INodeEarningsTracker.EpochEntry memory)
    {
        return INodeEarningsTracker.EpochEntry({
            node: node, nodeId: nodeId, syncOwed: true, earnings: earnings, costs: costs, owed: owed
        });
    }

    function _one(INodeEarningsTracker.EpochEntry memory entry)
        internal
        pure
        returns (INodeEarningsTracker.EpochEntry[] memory entries)
    {
        entries = new INodeEarningsTracker.EpochEntry[](1);
        entries[0] = entry;
    }

    function _record(uint256 period, INodeEarningsTracker.EpochEntry[] memory entries, uint256 capBps)
        internal
        returns (uint256 excess)
    {
        vm.prank(address(distributor));
        return tracker.recordEpoch(period, entries, capBps);
    }

    /// @dev Nodes A, B and C (ids 1, 2, 3) recorded in `period` with earnings 10, 20, 30 USDC at costs 100 USDC each.
    function _recordThree(uint256 period) internal {
        INodeEarningsTracker.EpochEntry[] memory entries = new INodeEarningsTracker.EpochEntry[](3);
        entries[0] = _entry(nodeA, 1, 10 * USDC, 100 * USDC, 0);
        entries[1] = _entry(nodeB, 2, 20 * USDC, 100 * USDC, 0);
        entries[2] = _entry(nodeC, 3, 30 * USDC, 100 * USDC, 0);
        assertEq(_record(period, entries, 12_500), 0);
    }

    function _countLogs(Vm.Log[] memory logs, bytes32 topic) internal pure returns (uint256 count) {
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].topics[0] == topic) ++count;
        }
    }

    /* ============ initialize ============ */

    function test_initialize_setsTheAdminAndLeavesTheDistributorToGovernance() public {
        assertTrue(tracker.hasRole(tracker.DEFAULT_ADMIN_ROLE(), admin));
        assertFalse(tracker.hasRole(tracker.DEFAULT_ADMIN_ROLE(), address(this)));
        assertEq(tracker.distributor(), address(distributor));

        NodeEarningsTracker fresh = NodeEarningsTracker(
            address(
                new ERC1967Proxy(
                    address(new NodeEarningsTracker()), abi.encodeCall(NodeEarningsTracker.initialize, (admin))
                )
            )
        );
        assertEq(fresh.distributor(), address(0));
        assertTrue(fresh.hasRole(fresh.DEFAULT_ADMIN_ROLE(), admin));
        // Nobody may write before the distributor is set (the zero address never calls).
        vm.expectRevert(abi.encodeWithSelector(INodeEarningsTracker.NotDistributor.selector, address(distributor)));
        vm.prank(address(distributor));
        fresh.recordEpoch(0, _one(_entry(nodeA, 1, 1, 1, 0)), 12_500);
    }

    function test_initialize_revertsWhenAdminIsZero() public {
        address implementation = address(new NodeEarningsTracker());
        vm.expectRevert(IErrors.ZeroAddress.selector);
        new ERC1967Proxy(implementation, abi.encodeCall(NodeEarningsTracker.initialize, (address(0))));
    }

    function test_initialize_revertsWhenCalledTwice() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        tracker.initialize(stranger);
    }

    function test_initialize_revertsOnImplementation() public {
        NodeEarningsTracker implementation = NodeEarningsTracker(suite.earningsTracker.implementation);
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        implementation.initialize(stranger);
    }

    /* ============ Upgrades and storage ============ */

    function test_storageSlot_isTheErc7201SlotOfTheNamespace() public view {
        bytes32 slot = SlotDerivation.erc7201Slot("xmtp.storage.NodeEarningsTracker");
        // The first field is the distributor.
        assertEq(address(uint160(uint256(vm.load(address(tracker), slot)))), address(distributor));
    }

    function test_upgradeToAndCall_keepsAllState() public {
        _recordThree(0);
        _record(1, _one(_entry(nodeA, 1, 5 * USDC, 4 * USDC, 7)), 12_500);
        address implementation = address(new NodeEarningsTracker());
        vm.prank(admin);
        tracker.upgradeToAndCall(implementation, "");

        assertEq(address(uint160(uint256(vm.load(address(tracker), ERC1967Utils.IMPLEMENTATION_SLOT)))), implementation);
        assertEq(tracker.distributor(), address(distributor));
        assertEq(tracker.periodNodeCount(0), 3);
        assertEq(tracker.periodNodeCount(1), 1);
        assertEq(tracker.earningsOf(nodeC, 0), 30 * USDC);
        assertEq(tracker.earningsOf(nodeA, 1), 5 * USDC);
        assertEq(tracker.getTotalEarnings(nodeA), 15 * USDC);
        assertEq(tracker.owedOf(nodeA), 7);
    }

    function test_upgradeToAndCall_revertsWhenNotAdmin() public {
        address implementation = address(new NodeEarningsTracker());
        bytes32 role = tracker.DEFAULT_ADMIN_ROLE();
        _expectUnauthorized(address(distributor), role);
        vm.prank(address(distributor));
        tracker.upgradeToAndCall(implementation, "");
    }

    /* ============ setDistributor ============ */

    function test_setDistributor_updatesAndEmits() public {
        address next = makeAddr("next distributor");
        vm.expectEmit(address(tracker));
        emit INodeEarningsTracker.DistributorUpdated(address(distributor), next);
        vm.prank(admin);
        tracker.setDistributor(next);
        assertEq(tracker.distributor(), next);

        // The previous distributor may no longer write; the new one may.
        vm.expectRevert(abi.encodeWithSelector(INodeEarningsTracker.NotDistributor.selector, address(distributor)));
        vm.prank(address(distributor));
        tracker.recordEpoch(0, _one(_entry(nodeA, 1, 1, 1, 0)), 12_500);
        vm.prank(next);
        tracker.recordEpoch(0, _one(_entry(nodeA, 1, 1, 1, 0)), 12_500);
        assertEq(tracker.earningsOf(nodeA, 0), 1);
    }

    function test_setDistributor_revertsWhenZero() public {
        vm.expectRevert(IErrors.ZeroAddress.selector);
        vm.prank(admin);
        tracker.setDistributor(address(0));
    }

    function test_setDistributor_revertsWhenNotAdmin() public {
        bytes32 role = tracker.DEFAULT_ADMIN_ROLE();
        _expectUnauthorized(address(distributor), role);
        vm.prank(address(distributor));
        tracker.setDistributor(stranger);
        assertEq(tracker.distributor(), address(distributor));
    }

    /* ============ Access control of the writes ============ */

    function test_addRewards_revertsWhenNotDistributor() public {
        vm.expectRevert(abi.encodeWithSelector(INodeEarningsTracker.NotDistributor.selector, stranger));
        vm.prank(stranger);
        tracker.addRewards(nodeA, 1);

        vm.expectRevert(abi.encodeWithSelector(INodeEarningsTracker.NotDistributor.selector, admin));
        vm.prank(admin);
        tracker.addRewards(nodeA, 1);
    }

    function test_recordEpoch_revertsWhenNotDistributor() public {
        INodeEarningsTracker.EpochEntry[] memory entries = _one(_entry(nodeA, 1, 1, 1, 0));
        vm.expectRevert(abi.encodeWithSelector(INodeEarningsTracker.NotDistributor.selector, stranger));
        vm.prank(stranger);
        tracker.recordEpoch(0, entries, 12_500);

        vm.expectRevert(abi.encodeWithSelector(INodeEarningsTracker.NotDistributor.selector, admin));
        vm.prank(admin);
        tracker.recordEpoch(0, entries, 12_500);
    }

    function test_applyProfitCap_revertsWhenNotDistributor() public {
        vm.expectRevert(abi.encodeWithSelector(INodeEarningsTracker.NotDistributor.selector, stranger));
        vm.prank(stranger);
        tracker.applyProfitCap(nodeA, 10_000, 0);

        vm.expectRevert(abi.encodeWithSelector(INodeEarningsTracker.NotDistributor.selector, address(treasury)));
        vm.prank(address(treasury));
        tracker.applyProfitCap(nodeA, 10_000, 0);
    }

    /* ============ recordEpoch ============ */

    function test_recordEpoch_createsRecordsAndThePayoutList() public {
        _recordThree(4);

        assertEq(tracker.periodNodeCount(4), 3);
        assertEq(tracker.periodNodeCount(3), 0);
        assertEq(tracker.periodNodeCount(5), 0);
        (address[] memory list, INodeEarningsTracker.PeriodRecord[] memory records) = tracker.periodNodes(4, 0, 3);
        assertEq(list.length, 3);
        assertEq(list[0], nodeA);
        assertEq(list[1], nodeB);
        assertEq(list[2], nodeC);
        assertEq(records[1].earnings, 20 * USDC);
        assertEq(records[1].costs, 100 * USDC);
        assertEq(records[1].nodeId, 2);

        INodeEarningsTracker.PeriodRecord memory record = tracker.periodRecord(4, nodeC);
        assertEq(record.earnings, 30 * USDC);
        assertEq(record.costs, 100 * USDC);
        assertEq(record.nodeId, 3);
        assertEq(tracker.earningsOf(nodeC, 4), 30 * USDC);
        assertEq(tracker.costsOf(nodeC, 4), 100 * USDC);
        assertEq(tracker.earningsOf(nodeC, 3), 0);

        INodeEarningsTracker.Account memory acct = tracker.account(nodeB);
        assertEq(acct.owed, 0);
        assertEq(acct.nodeId, 2);
        assertEq(acct.lastPeriod, 4);
        assertEq(tracker.getTotalEarnings(nodeB), 20 * USDC);
    }

    function test_recordEpoch_emitsEarningsUpdatedPerNode() public {
        INodeEarningsTracker.EpochEntry[] memory entries = new INodeEarningsTracker.EpochEntry[](2);
        entries[0] = _entry(nodeA, 1, 10 * USDC, 100 * USDC, 0);
        entries[1] = _entry(nodeB, 2, 20 * USDC, 100 * USDC, 0);
        vm.expectEmit(address(tracker));
        emit INodeEarningsTracker.EarningsUpdated(nodeA, 10 * USDC, vm.getBlockTimestamp());
        vm.expectEmit(address(tracker));
        emit INodeEarningsTracker.EarningsUpdated(nodeB, 20 * USDC, vm.getBlockTimestamp());
        vm.recordLogs();
        _record(0, entries, 12_500);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        // Within the cap and nothing owed: nothing else.
        assertEq(logs.length, 2);
    }

    function test_recordEpoch_accumulatesInAPeriodWithoutListingTwice() public {
        _recordThree(0);
        vm.expectEmit(address(tracker));
        emit INodeEarningsTracker.EarningsUpdated(nodeB, 25 * USDC, vm.getBlockTimestamp());
        _record(0, _one(_entry(nodeB, 2, 5 * USDC, 10 * USDC, 0)), 12_500);

        assertEq(tracker.periodNodeCount(0), 3);
        assertEq(tracker.earningsOf(nodeB, 0), 25 * USDC);
        assertEq(tracker.costsOf(nodeB, 0), 110 * USDC);
        assertEq(tracker.getTotalEarnings(nodeB), 25 * USDC);
        // A node first recorded later in the period joins the end of the list.
        address nodeD = makeAddr("node D");
        _record(0, _one(_entry(nodeD, 4, 1, 1, 0)), 12_500);
        assertEq(tracker.periodNodeCount(0), 4);
        (address[] memory list,) = tracker.periodNodes(0, 3, 1);
        assertEq(list[0], nodeD);
    }

    function test_recordEpoch_keepsLifetimeTotalsAcrossPeriods() public {
        _recordThree(0);
        _recordThree(1);
        _record(2, _one(_entry(nodeA, 1, 7 * USDC, 7 * USDC, 0)), 12_500);

        assertEq(tracker.getTotalEarnings(nodeA), 27 * USDC);
        assertEq(tracker.getTotalEarnings(nodeB), 40 * USDC);
        assertEq(tracker.getTotalEarnings(nodeC), 60 * USDC);
        // Period 2 reuses period 0's slots: its list and node A's record are period 2's now.
        assertEq(tracker.earningsOf(nodeA, 0), 0);
        assertEq(tracker.earningsOf(nodeA, 1), 10 * USDC);
        assertEq(tracker.earningsOf(nodeA, 2), 7 * USDC);
        assertEq(tracker.periodNodeCount(0), 0);
        assertEq(tracker.periodNodeCount(1), 3);
        assertEq(tracker.periodNodeCount(2), 1);
        (address[] memory listed,) = tracker.periodNodes(2, 0, 10);
        assertEq(listed.length, 1);
        assertEq(listed[0], nodeA);
        assertEq(tracker.account(nodeA).lastPeriod, 2);
        assertEq(tracker.account(nodeB).lastPeriod, 1);
    }

    function test_recordEpoch_appliesTheCapAndReturnsTheExcess() public {
        INodeEarningsTracker.EpochEntry[] memory entries = new INodeEarningsTracker.EpochEntry[](2);
        entries[0] = _entry(nodeA, 1, 200 * USDC, 100 * USDC, 0);
        entries[1] = _entry(nodeB, 2, 110 * USDC, 100 * USDC, 0);

        vm.expectEmit(address(tracker));
        emit INodeEarningsTracker.EarningsUpdated(nodeA, 125 * USDC, vm.getBlockTimestamp());
        vm.expectEmit(address(tracker));
        emit INodeEarningsTracker.EarningsUpdated(nodeB, 110 * USDC, vm.getBlockTimestamp());
        vm.recordLogs();
        uint256 excess = _record(3, entries, 12_500);
        Vm.Log[] memory logs = vm.getRecordedLogs();

        assertEq(excess, 75 * USDC);
        // The excess is reported in total by the distributor, not per node here.
        assertEq(_countLogs(logs, INodeEarningsTracker.ProfitCapApplied.selector), 0);
        assertEq(logs.length, 2);
        assertEq(tracker.earningsOf(nodeA, 3), 125 * USDC);
        assertEq(tracker.costsOf(nodeA, 3), 100 * USDC);
        assertEq(tracker.getTotalEarnings(nodeA), 125 * USDC);
        assertEq(tracker.earningsOf(nodeB, 3), 110 * USDC);
    }

    function test_recordEpoch_capsOnThePeriodsCumulativeCosts() public {
        _record(0, _one(_entry(nodeA, 1, 100 * USDC, 100 * USDC, 0)), 12_500);
        // No costs this epoch, but 25 USDC of room is left from the period's costs: 15 of 40 go over.
        uint256 excess = _record(0, _one(_entry(nodeA, 1, 40 * USDC, 0, 0)), 12_500);
        assertEq(excess, 15 * USDC);
        assertEq(tracker.earningsOf(nodeA, 0), 125 * USDC);
        assertEq(tracker.getTotalEarnings(nodeA), 125 * USDC);
        // A new period starts with no room: costs of another period do not count.
        assertEq(_record(1, _one(_entry(nodeA, 1, 3 * USDC, 0, 0)), 12_500), 3 * USDC);
        assertEq(tracker.earningsOf(nodeA, 1), 0);
        assertEq(tracker.getTotalEarnings(nodeA), 125 * USDC);
        // It still joins the period's payout list.
        assertEq(tracker.periodNodeCount(1), 1);
    }

    function test_recordEpoch_takesNothingAtExactlyTheCap() public {
        assertEq(_record(0, _one(_entry(nodeA, 1, 125 * USDC, 100 * USDC, 0)), 12_500), 0);
        assertEq(tracker.earningsOf(nodeA, 0), 125 * USDC);
        assertEq(_record(0, _one(_entry(nodeA, 1, 1, 0, 0)), 12_500), 1);
    }

    function test_recordEpoch_usesTheCapItIsGiven() public {
        // The same record under a higher cap keeps more.
        assertEq(_record(0, _one(_entry(nodeA, 1, 300 * USDC, 100 * USDC, 0)), 25_000), 50 * USDC);
        assertEq(tracker.earningsOf(nodeA, 0), 250 * USDC);
        assertEq(_record(0, _one(_entry(nodeB, 2, 300 * USDC, 100 * USDC, 0)), 10_000), 200 * USDC);
        assertEq(tracker.earningsOf(nodeB, 0), 100 * USDC);
    }

    function testFuzz_recordEpoch_neverExceedsTheCap(uint256 earnings, uint256 costs, uint256 more, uint256 capBps)
        public
    {
        earnings = bound(earnings, 0, 1e15);
        costs = bound(costs, 0, 1e15);
        more = bound(more, 0, 1e15);
        capBps = bound(capBps, 10_000, 100_000);
        uint256 excess = _record(0, _one(_entry(nodeA, 1, earnings, costs, 0)), capBps);
        excess += _record(0, _one(_entry(nodeA, 1, more, costs / 2, 0)), capBps);

        uint256 totalCosts = costs + costs / 2;
        uint256 cap = totalCosts * capBps / 10_000;
        uint256 kept = tracker.earningsOf(nodeA, 0);
        assertLe(kept, cap);
        assertEq(kept + excess, earnings + more, "earnings are kept or returned as excess");
        assertEq(tracker.getTotalEarnings(nodeA), kept);
        assertEq(tracker.costsOf(nodeA, 0), totalCosts);
        // Each record takes only what is above the cap at that point; what was taken does not come back.
        uint256 firstCap = costs * capBps / 10_000;
        uint256 keptFirst = earnings < firstCap ? earnings : firstCap;
        uint256 expected = keptFirst + more < cap ? keptFirst + more : cap;
        assertEq(kept, expected);
    }

    function test_recordEpoch_setsOwedAndEmitsWhenItChanges() public {
        vm.expectEmit(address(tracker));
        emit INodeEarningsTracker.OwedUpdated(nodeA, 7 * USDC);
        _record(0, _one(_entry(nodeA, 1, 3 * USDC, 10 * USDC, 7 * USDC)), 12_500);
        assertEq(tracker.owedOf(nodeA), 7 * USDC);
        assertEq(tracker.account(nodeA).owed, 7 * USDC);

        // Unchanged: no event.
        vm.recordLogs();
        _record(0, _one(_entry(nodeA, 1, 0, 0, 7 * USDC)), 12_500);
        assertEq(_countLogs(vm.getRecordedLogs(), INodeEarningsTracker.OwedUpdated.selector), 0);

        // Repaid: back to zero.
        vm.expectEmit(address(tracker));
        emit INodeEarningsTracker.OwedUpdated(nodeA, 0);
        _record(1, _one(_entry(nodeA, 1, 7 * USDC, 7 * USDC, 0)), 12_500);
        assertEq(tracker.owedOf(nodeA), 0);
    }

    function test_recordEpoch_leavesOwedAloneWithoutSyncOwed() public {
        _record(0, _one(_entry(nodeA, 1, 3 * USDC, 10 * USDC, 7 * USDC)), 12_500);
        INodeEarningsTracker.EpochEntry memory entry = _entry(nodeA, 1, 1 * USDC, 1 * USDC, 0);
        entry.syncOwed = false;
        vm.recordLogs();
        _record(0, _one(entry), 12_500);
        assertEq(_countLogs(vm.getRecordedLogs(), INodeEarningsTracker.OwedUpdated.selector), 0);
        assertEq(tracker.owedOf(nodeA), 7 * USDC);
        // Not even when the node enters a new period.
        _record(1, _one(entry), 12_500);
        assertEq(tracker.owedOf(nodeA), 7 * USDC);
        assertEq(tracker.account(nodeA).lastPeriod, 1);
    }

    function test_recordEpoch_carriesLifetimeEarningsIntoANewPeriod() public {
        _record(0, _one(_entry(nodeA, 1, 10 * USDC, 10 * USDC, 0)), 12_500);
        _record(0, _one(_entry(nodeA, 1, 2 * USDC, 2 * USDC, 0)), 12_500);
        _record(2, _one(_entry(nodeA, 1, 5 * USDC, 5 * USDC, 0)), 12_500);
        assertEq(tracker.periodRecord(0, nodeA).priorEarnings, 0);
        assertEq(tracker.periodRecord(2, nodeA).priorEarnings, 12 * USDC);
        assertEq(tracker.getTotalEarnings(nodeA), 17 * USDC);
        vm.expectEmit(address(tracker));
        emit INodeEarningsTracker.EarningsUpdated(nodeA, 18 * USDC, vm.getBlockTimestamp());
        _record(2, _one(_entry(nodeA, 1, 1 * USDC, 1 * USDC, 0)), 12_500);
    }

    function test_recordEpoch_revertsWhenNodeIdIsZero() public {
        INodeEarningsTracker.EpochEntry[] memory entries = new INodeEarningsTracker.EpochEntry[](2);
        entries[0] = _entry(nodeA, 1, 10 * USDC, 10 * USDC, 0);
        entries[1] = _entry(nodeB, 0, 10 * USDC, 10 * USDC, 0);
        vm.expectRevert(abi.encodeWithSelector(INodeEarningsTracker.ZeroNodeId.selector, nodeB));
        _record(0, entries, 12_500);
        // Nothing of the call stays.
        assertEq(tracker.periodNodeCount(0), 0);
        assertEq(tracker.getTotalEarnings(nodeA), 0);
    }

    function test_recordEpoch_withNoEntriesRecordsNothing() public {
        vm.recordLogs();
        assertEq(_record(0, new INodeEarningsTracker.EpochEntry[](0), 12_500), 0);
        assertEq(vm.getRecordedLogs().length, 0);
        assertEq(tracker.periodNodeCount(0), 0);
    }

    /* ============ periodNodes ============ */

    function test_periodNodes_clampsToTheList() public {
        _recordThree(0);
        address[] memory list;
        INodeEarningsTracker.PeriodRecord[] memory records;

        (list, records) = tracker.periodNodes(0, 0, 10);
        assertEq(list.length, 3);
        assertEq(records.length, 3);
        (list, records) = tracker.periodNodes(0, 1, 1);
        assertEq(list.length, 1);
        assertEq(list[0], nodeB);
        assertEq(records[0].nodeId, 2);
        (list, records) = tracker.periodNodes(0, 2, 5);
        assertEq(list.length, 1);
        assertEq(list[0], nodeC);
        assertEq(records[0].earnings, 30 * USDC);
        (list, records) = tracker.periodNodes(0, 1, type(uint256).max);
        assertEq(list.length, 2);
        assertEq(list[1], nodeC);
        (list, records) = tracker.periodNodes(0, 3, 1);
        assertEq(list.length, 0);
        assertEq(records.length, 0);
        (list, records) = tracker.periodNodes(0, type(uint256).max, type(uint256).max);
        assertEq(list.length, 0);
        (list, records) = tracker.periodNodes(0, 0, 0);
        assertEq(list.length, 0);
        (list, records) = tracker.periodNodes(9, 0, 10);
        assertEq(list.length, 0);
    }

    /* ============ addRewards ============ */

    function test_addRewards_addsToTheDistributorsCurrentPeriodUncapped() public {
        _record(0, _one(_entry(nodeA, 1, 10 * USDC, 10 * USDC, 0)), 12_500);
        assertEq(distributor.currentPeriod(), 0);

        vm.expectEmit(address(tracker));
        emit INodeEarningsTracker.EarningsUpdated(nodeA, 30 * USDC, vm.getBlockTimestamp());
        vm.prank(address(distributor));
        tracker.addRewards(nodeA, 20 * USDC);

        // Above the cap: the distributor applies it right after.
        assertEq(tracker.earningsOf(nodeA, 0), 30 * USDC);
        assertEq(tracker.costsOf(nodeA, 0), 10 * USDC);
        assertEq(tracker.getTotalEarnings(nodeA), 30 * USDC);
        assertEq(tracker.periodNodeCount(0), 1);
    }

    function test_addRewards_listsANodeNewToThePeriod() public {
        // Known from period 3; the distributor's current period is 0.
        _record(3, _one(_entry(nodeB, 2, 10 * USDC, 10 * USDC, 0)), 12_500);
        vm.prank(address(distributor));
        tracker.addRewards(nodeB, 4 * USDC);

        assertEq(tracker.periodNodeCount(0), 1);
        INodeEarningsTracker.PeriodRecord memory record = tracker.periodRecord(0, nodeB);
        assertEq(record.earnings, 4 * USDC);
        assertEq(record.costs, 0);
        assertEq(record.nodeId, 2);
        // It carries the lifetime earnings of its latest record (period 3's: periods never go back in real use, so
        // the latest period is the one read as latest).
        assertEq(record.priorEarnings, 10 * USDC);
        assertEq(tracker.account(nodeB).lastPeriod, 3);
    }

    function test_addRewards_revertsWhenNodeIsUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(INodeEarningsTracker.UnknownNode.selector, nodeA));
        vm.prank(address(distributor));
        tracker.addRewards(nodeA, 1);
    }

    /* ============ applyProfitCap ============ */

    function test_applyProfitCap_takesTheExcessOfTheOpenPeriod() public {
        _record(0, _one(_entry(nodeA, 1, 125 * USDC, 100 * USDC, 0)), 12_500);

        vm.expectEmit(address(tracker));
        emit INodeEarningsTracker.ProfitCapApplied(nodeA, 0, 15 * USDC);
        vm.expectEmit(address(tracker));
        emit INodeEarningsTracker.EarningsUpdated(nodeA, 110 * USDC, vm.getBlockTimestamp());
        vm.prank(address(distributor));
        uint256 excess = tracker.applyProfitCap(nodeA, 11_000, 0);

        assertEq(excess, 15 * USDC);
        assertEq(tracker.earningsOf(nodeA, 0), 110 * USDC);
        assertEq(tracker.costsOf(nodeA, 0), 100 * USDC);
        assertEq(tracker.getTotalEarnings(nodeA), 110 * USDC);
    }

    function test_applyProfitCap_returnsZeroWithinTheCap() public {
        _record(0, _one(_entry(nodeA, 1, 110 * USDC, 100 * USDC, 0)), 12_500);
        vm.recordLogs();
        vm.prank(address(distributor));
        assertEq(tracker.applyProfitCap(nodeA, 11_000, 0), 0);
        assertEq(vm.getRecordedLogs().length, 0);
        assertEq(tracker.earningsOf(nodeA, 0), 110 * USDC);
    }

    function test_applyProfitCap_leavesOtherPeriodsAlone() public {
        _record(0, _one(_entry(nodeA, 1, 125 * USDC, 100 * USDC, 0)), 12_500);
        vm.prank(address(distributor));
        assertEq(tracker.applyProfitCap(nodeA, 10_000, 1), 0);
        assertEq(tracker.earningsOf(nodeA, 0), 125 * USDC);
        // Only the latest record counts: once the node is recorded in period 1, period 0 is out of reach.
        _record(1, _one(_entry(nodeA, 1, 10 * USDC, 10 * USDC, 0)), 12_500);
        vm.prank(address(distributor));
        assertEq(tracker.applyProfitCap(nodeA, 10_000, 0), 0);
        assertEq(tracker.earningsOf(nodeA, 0), 125 * USDC);
    }

    function test_applyProfitCap_returnsZeroForAnUnknownNode() public {
        vm.prank(address(distributor));
        assertEq(tracker.applyProfitCap(nodeA, 10_000, 0), 0);
    }

    /* ============ Views ============ */

    function test_views_areZeroForAnUnknownNode() public view {
        assertEq(tracker.getTotalEarnings(nodeA), 0);
        assertEq(tracker.earningsOf(nodeA, 0), 0);
        assertEq(tracker.costsOf(nodeA, 0), 0);
        assertEq(tracker.owedOf(nodeA), 0);
        INodeEarningsTracker.Account memory acct = tracker.account(nodeA);
        assertEq(acct.nodeId, 0);
        assertEq(acct.lastPeriod, 0);
        INodeEarningsTracker.PeriodRecord memory record = tracker.periodRecord(0, nodeA);
        assertEq(record.nodeId, 0);
        assertEq(tracker.periodNodeCount(0), 0);
    }

    function test_owedOfBatch_returnsEachNodesOwedInOrder() public {
        _record(0, _one(_entry(nodeA, 1, 0, 5, 5)), 12_500);
        _record(0, _one(_entry(nodeC, 3, 0, 9, 9)), 12_500);
        address[] memory query = new address[](4);
        query[0] = nodeC;
        query[1] = nodeB;
        query[2] = nodeA;
        query[3] = nodeC;
        uint256[] memory owed = tracker.owedOfBatch(query);
        assertEq(owed.length, 4);
        assertEq(owed[0], 9);
        assertEq(owed[1], 0);
        assertEq(owed[2], 5);
        assertEq(owed[3], 9);
        assertEq(tracker.owedOfBatch(new address[](0)).length, 0);
    }

    /* ============ enforceProfitCap ============ */

    function test_enforceProfitCap_asksTheDistributor() public {
        // Through the real distributor: nothing recorded there for this node, so nothing to move.
        vm.prank(stranger);
        assertEq(tracker.enforceProfitCap(nodeA), 0);
        vm.prank(admin);
        distributor.pause();
        vm.expectRevert(IRewardDistributor.EnforcedPause.selector);
        tracker.enforceProfitCap(nodeA);
    }
}
