// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {NodeSelectionManager} from "../../contracts/NodeSelectionManager.sol";
import {XMTPTreasury} from "../../contracts/XMTPTreasury.sol";
import {IErrors} from "../../contracts/interfaces/IErrors.sol";
import {INodeSelectionManager} from "../../contracts/interfaces/INodeSelectionManager.sol";
import {IXMTPTreasury} from "../../contracts/interfaces/IXMTPTreasury.sol";
import {SelectionFixture} from "../utils/SelectionFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";
import {ERC1967Utils} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Utils.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {SlotDerivation} from "@openzeppelin/contracts/utils/SlotDerivation.sol";
import {Vm} from "forge-std/Vm.sol";

contract SelectionStakingTest is SelectionFixture {
    address internal alice;

    function setUp() public override {
        super.setUp();
        (alice,) = _operator("alice", 100_000e18);
    }

    function test_stake_pullsTokensAndEmits() public {
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.Staked(alice, 3e18, 3e18);
        _stake(alice, 3e18);
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.Staked(alice, 2e18, 5e18);
        _stake(alice, 2e18);
        assertEq(selection.stakeOf(alice), 5e18);
        assertEq(xmtp.balanceOf(address(selection)), 5e18);
        assertEq(xmtp.balanceOf(alice), 100_000e18 - 5e18);
    }

    function test_stake_revertsOnZero() public {
        vm.expectRevert(INodeSelectionManager.ZeroAmount.selector);
        _stake(alice, 0);
    }

    function test_unstake_startsUnbonding() public {
        _stake(alice, 10e18);
        uint256 releaseAt = block.timestamp + 7 days;
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.UnstakeStarted(alice, 4e18, 6e18, releaseAt);
        vm.prank(alice);
        selection.unstake(4e18);
        assertEq(selection.stakeOf(alice), 6e18);
        INodeSelectionManager.Unbonding memory u = selection.unbondingOf(alice);
        assertEq(u.amount, 4e18);
        assertEq(u.releaseAt, releaseAt);
    }

    function test_unstake_againRestartsTheClockForTheWholeAmount() public {
        _stake(alice, 10e18);
        vm.prank(alice);
        selection.unstake(4e18);
        vm.warp(block.timestamp + 3 days);
        vm.prank(alice);
        selection.unstake(1e18);
        INodeSelectionManager.Unbonding memory u = selection.unbondingOf(alice);
        assertEq(u.amount, 5e18);
        assertEq(u.releaseAt, block.timestamp + 7 days);
    }

    function test_unstake_revertsOnZero() public {
        vm.expectRevert(INodeSelectionManager.ZeroAmount.selector);
        vm.prank(alice);
        selection.unstake(0);
    }

    function test_unstake_revertsAboveStake() public {
        _stake(alice, 1e18);
        vm.expectRevert(abi.encodeWithSelector(INodeSelectionManager.UnstakeExceedsStake.selector, 1e18, 2e18));
        vm.prank(alice);
        selection.unstake(2e18);
    }

    function test_withdrawUnbonded_paysAfterThePeriod() public {
        _stake(alice, 10e18);
        vm.prank(alice);
        selection.unstake(4e18);
        uint256 releaseAt = block.timestamp + 7 days;
        vm.warp(releaseAt - 1);
        vm.expectRevert(abi.encodeWithSelector(INodeSelectionManager.StillUnbonding.selector, releaseAt));
        vm.prank(alice);
        selection.withdrawUnbonded();

        vm.warp(releaseAt);
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.UnbondedWithdrawn(alice, 4e18);
        vm.prank(alice);
        selection.withdrawUnbonded();
        assertEq(xmtp.balanceOf(alice), 100_000e18 - 6e18);
        assertEq(selection.unbondingOf(alice).amount, 0);
    }

    function test_withdrawUnbonded_revertsWithNothing() public {
        vm.expectRevert(INodeSelectionManager.NothingUnbonding.selector);
        vm.prank(alice);
        selection.withdrawUnbonded();
    }

    function testFuzz_stakeAndUnstake_conserveTokens(uint96 staked, uint96 unstaked) public {
        staked = uint96(bound(staked, 1, 100_000e18));
        unstaked = uint96(bound(unstaked, 1, staked));
        _stake(alice, staked);
        vm.prank(alice);
        selection.unstake(unstaked);
        assertEq(selection.stakeOf(alice) + selection.unbondingOf(alice).amount, staked);
        assertEq(xmtp.balanceOf(address(selection)), staked);
        vm.warp(block.timestamp + selection.unbondingPeriod());
        vm.prank(alice);
        selection.withdrawUnbonded();
        assertEq(xmtp.balanceOf(alice), 100_000e18 - staked + unstaked);
    }
}

contract SelectionRegisterTest is SelectionFixture {
    function test_register_queuesTheOperator() public {
        uint256 minimum = selection.minimumStake();
        (address alice, uint32 nodeId) = _operator("alice", minimum);
        _stake(alice, minimum);
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.NodeRegistered(alice, block.timestamp);
        vm.prank(alice);
        selection.register();

        INodeSelectionManager.Candidate memory c = selection.candidate(alice);
        assertTrue(c.registered);
        assertEq(c.nodeId, nodeId);
        assertEq(c.queueIndex, 0);
        assertEq(c.eligibleAt, block.timestamp + 24 hours);
        assertEq(c.stake, minimum);
        (uint256 length, uint256 pointer) = selection.queueInfo();
        assertEq(length, 1);
        assertEq(pointer, 0);
        assertEq(selection.queueAt(0), alice);
    }

    function test_register_revertsWithoutNode() public {
        xmtp.mint(stranger, 10_000e18);
        vm.startPrank(stranger);
        xmtp.approve(address(selection), type(uint256).max);
        selection.stake(10_000e18);
        vm.expectRevert(abi.encodeWithSelector(INodeSelectionManager.NotNodeOperator.selector, stranger));
        selection.register();
        vm.stopPrank();
    }

    function test_register_revertsWhenNodeDisabled() public {
        (address alice, uint32 nodeId) = _operator("alice", 10_000e18);
        _stake(alice, 10_000e18);
        vm.prank(admin);
        nodes.disableNode(nodeId);
        vm.expectRevert(abi.encodeWithSelector(INodeSelectionManager.NodeNotEnabled.selector, nodeId));
        vm.prank(alice);
        selection.register();
    }

    function test_register_revertsBelowMinimumStake() public {
        (address alice,) = _operator("alice", 10_000e18);
        _stake(alice, 9999e18);
        // The suite wires delegation: the pool (empty here) is counted with the own stake.
        vm.expectRevert(abi.encodeWithSelector(INodeSelectionManager.InsufficientPool.selector, 9999e18, 0, 10_000e18));
        vm.prank(alice);
        selection.register();
    }

    function test_register_revertsBelowMinimumStakeWithoutDelegation() public {
        vm.prank(admin);
        selection.setDelegation(address(0));
        (address alice,) = _operator("alice", 10_000e18);
        _stake(alice, 9999e18);
        vm.expectRevert(abi.encodeWithSelector(INodeSelectionManager.InsufficientStake.selector, 9999e18, 10_000e18));
        vm.prank(alice);
        selection.register();
    }

    function test_register_revertsWhenAlreadyRegistered() public {
        (address alice,) = _candidate("alice");
        vm.expectRevert(abi.encodeWithSelector(INodeSelectionManager.AlreadyRegistered.selector, alice));
        vm.prank(alice);
        selection.register();
    }

    function test_register_revertsWhenJailed() public {
        (address alice,) = _candidate("alice");
        bytes32 role = selection.SLASHER_ROLE();
        vm.prank(admin);
        selection.grantRole(role, admin);
        vm.prank(admin);
        selection.slash(alice, 1);
        uint256 jailedUntil = block.timestamp + selection.jailPeriod();
        vm.expectRevert(abi.encodeWithSelector(INodeSelectionManager.Jailed.selector, jailedUntil));
        vm.prank(alice);
        selection.register();
    }

    function test_register_revertsWhenThePreviousOwnerIsStillRegistered() public {
        (address alice, uint32 nodeId) = _candidate("alice");
        address bob = makeAddr("bob");
        vm.prank(admin);
        nodes.transferNode(nodeId, bob);
        xmtp.mint(bob, 10_000e18);
        vm.startPrank(bob);
        xmtp.approve(address(selection), type(uint256).max);
        selection.stake(10_000e18);
        vm.expectRevert(abi.encodeWithSelector(INodeSelectionManager.NodeAlreadyRegistered.selector, nodeId, alice));
        selection.register();
        vm.stopPrank();
    }

    function test_register_againAfterLeavingAppendsANewEntry() public {
        (address alice,) = _candidate("alice");
        vm.prank(alice);
        selection.unstake(1);
        xmtp.mint(alice, 1);
        _stake(alice, 1);
        vm.prank(alice);
        selection.register();
        assertEq(selection.candidate(alice).queueIndex, 1);
        (uint256 length,) = selection.queueInfo();
        assertEq(length, 2);
    }

    function test_unstake_belowMinimumLeavesTheQueue() public {
        (address alice, uint32 nodeId) = _candidate("alice");
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.CandidateLeft(alice, nodeId, INodeSelectionManager.LeaveReason.Unstaked);
        vm.prank(alice);
        selection.unstake(1);
        assertFalse(selection.candidate(alice).registered);
    }
}

contract SelectionRotationTest is SelectionFixture {
    function test_initialize_setsDefaults() public view {
        assertEq(selection.currentEpoch(), 0);
        assertEq(selection.nextRotationAt(), block.timestamp + 12 hours);
        assertEq(selection.epochDuration(), 12 hours);
        assertEq(selection.activeSetSize(), 10);
        assertEq(selection.maxDailyTurnoverBps(), 2000);
        assertEq(selection.turnoverCap(), 2);
        assertEq(selection.minimumStake(), 10_000e18);
        assertEq(selection.waitingPeriod(), 24 hours);
        assertEq(selection.jailPeriod(), 30 days);
        assertEq(selection.unbondingPeriod(), 7 days);
        assertEq(selection.slashRecipient(), admin);
        assertEq(selection.nodes(), address(nodes));
        assertEq(selection.xmtpToken(), address(xmtp));
        assertEq(selection.getActiveNodes().length, 0);
    }

    function test_rotateNodes_revertsBeforeDue() public {
        uint256 due = selection.nextRotationAt();
        vm.warp(due - 1);
        vm.expectRevert(abi.encodeWithSelector(INodeSelectionManager.RotationNotDue.selector, due));
        selection.rotateNodes();
    }

    function test_rotateNodes_withoutCandidatesRunsShort() public {
        uint256 due = selection.nextRotationAt();
        vm.warp(due);
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.NodesRotated(new address[](0), due);
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.ActiveSetShort(1, 0, 10);
        vm.recordLogs();
        selection.rotateNodes();
        _assertNoEpochStarted();
        assertEq(selection.currentEpoch(), 1);
        assertEq(selection.nextRotationAt(), due + 12 hours);
    }

    function test_rotateNodes_skipsCandidatesInTheirWaitingPeriod() public {
        _candidates(3);
        _rotate(); // 12 hours in: nobody is eligible yet
        assertEq(selection.getActiveNodes().length, 0);
        _rotate(); // 24 hours in: all are
        assertEq(selection.getActiveNodes().length, 3);
    }

    function test_rotateNodes_bootstrapFillsEverySeatWithoutTurnover() public {
        _candidates(12);
        _bootstrap();
        address[] memory active = selection.getActiveNodes();
        assertEq(active.length, 10);
        for (uint256 i; i < 10; ++i) {
            assertEq(active[i], operators[i]);
        }
        assertEq(selection.recentSwaps(), 0);
        (, uint256 pointer) = selection.queueInfo();
        assertEq(pointer, 10);
    }

    function test_rotateNodes_replacesTheLongestServingOnePerEpoch() public {
        _candidates(12);
        _bootstrap();
        uint256 epoch = selection.currentEpoch();

        vm.warp(selection.nextRotationAt());
        address[] memory expected = new address[](10);
        expected[0] = operators[10];
        for (uint256 i = 1; i < 10; ++i) {
            expected[i] = operators[i];
        }
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.NodesRotated(expected, block.timestamp);
        vm.recordLogs();
        selection.rotateNodes();
        _assertNoEpochStarted();
        assertEq(selection.currentEpoch(), epoch + 1);
        assertEq(selection.nextRotationAt(), block.timestamp + 12 hours);
        assertEq(selection.recentSwaps(), 1);

        _rotate();
        address[] memory active = selection.getActiveNodes();
        assertEq(active[1], operators[11]);
        // The pointer wraps: operator 0 is next, then 1 (which is serving, so skipped after it comes back).
        _rotate();
        active = selection.getActiveNodes();
        assertEq(active[2], operators[0]);
        assertEq(selection.recentSwaps(), 2);
    }

    function test_rotateNodes_catchesUpMissedEpochsInOneCall() public {
        _candidates(12);
        _bootstrap();
        uint256 epoch = selection.currentEpoch();
        uint256 due = selection.nextRotationAt();
        vm.warp(due + 5 * 12 hours + 1);
        selection.rotateNodes();
        assertEq(selection.currentEpoch(), epoch + 6);
        assertEq(selection.nextRotationAt(), due + 6 * 12 hours);
        // One swap only, and the missed epochs keep the previous set.
        assertEq(selection.recentSwaps(), 1);
        for (uint256 e = epoch; e < epoch + 6; ++e) {
            address[] memory set = selection.activeNodesAt(e);
            assertEq(set[0], operators[0]);
        }
        assertEq(selection.activeNodesAt(epoch + 6)[0], operators[10]);
    }

    function test_rotateNodes_neverExceedsTheCapInADay() public {
        _candidates(30);
        _bootstrap();
        vm.startPrank(admin);
        // One-hour epochs need a report window no longer than one.
        selection.setReportWindow(1 hours);
        selection.setEpochDuration(1 hours);
        vm.stopPrank();
        uint256[] memory swapTimes = new uint256[](40);
        uint256 swapCount;
        for (uint256 i; i < 40; ++i) {
            address[] memory before = selection.getActiveNodes();
            _rotate();
            address[] memory active = selection.getActiveNodes();
            for (uint256 k; k < active.length; ++k) {
                if (active[k] != before[k]) swapTimes[swapCount++] = block.timestamp;
            }
            assertLe(selection.recentSwaps(), 2);
        }
        // Every 24-hour window holds at most 2 swaps: no swap has 2 others in the 24 hours before it.
        for (uint256 i = 2; i < swapCount; ++i) {
            assertGe(swapTimes[i] - swapTimes[i - 2], 24 hours);
        }
        assertGe(swapCount, 3);
    }

    function test_rotateNodes_fullTurnoverWhenTheCapAllows() public {
        vm.startPrank(admin);
        selection.setEpochDuration(24 hours);
        selection.setMaxDailyTurnoverBps(10_000);
        vm.stopPrank();
        _candidates(20);
        _bootstrap();
        _rotate();
        address[] memory active = selection.getActiveNodes();
        for (uint256 i; i < 10; ++i) {
            assertEq(active[i], operators[10 + i]);
        }
    }

    function test_unstake_leavesTheSeatAtTheNextRotation() public {
        _candidates(11);
        _bootstrap();
        address leaver = operators[3];
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.SeatVacated(3, leaver, false);
        vm.prank(leaver);
        selection.unstake(1);
        assertTrue(_contains(selection.getActiveNodes(), leaver));
        _rotate();
        address[] memory active = selection.getActiveNodes();
        assertFalse(_contains(active, leaver));
        // The vacated seat was filled (not turnover) and one swap happened too: 10 members.
        assertEq(active.length, 10);
        assertEq(selection.recentSwaps(), 0);
    }

    function test_rotateNodes_scansABoundedNumberOfEntries() public {
        _candidates(45);
        _bootstrap();
        // Entries 10..44 leave: the queue now holds 35 stale entries after the serving ten.
        for (uint256 i = 10; i < 45; ++i) {
            vm.prank(operators[i]);
            selection.unstake(1);
        }
        _rotate();
        (, uint256 pointer) = selection.queueInfo();
        // The scan stopped after MAX_QUEUE_SCAN entries without finding anyone.
        assertEq(pointer, 10 + selection.MAX_QUEUE_SCAN());
        assertEq(selection.recentSwaps(), 0);
        _rotate();
        // It went on from there, wrapped, and found the serving nodes ineligible (seated): no swap.
        assertEq(selection.getActiveNodes().length, 10);
    }

    /// @dev `EpochStarted` is declared but not emitted (see its NatSpec): only `NodesRotated` and `ActiveSetShort`.
    function _assertNoEpochStarted() internal {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            assertTrue(logs[i].topics[0] != INodeSelectionManager.EpochStarted.selector, "EpochStarted emitted");
        }
    }

    function testFuzz_rotateNodes_keepsTheSetDistinctAndFull(uint8 count, uint8 rotations) public {
        count = uint8(bound(count, 1, 25));
        rotations = uint8(bound(rotations, 1, 30));
        _candidates(count);
        _bootstrap();
        for (uint256 r; r < rotations; ++r) {
            _rotate();
            address[] memory active = selection.getActiveNodes();
            assertEq(active.length, count < 10 ? count : 10);
            for (uint256 i; i < active.length; ++i) {
                for (uint256 j = i + 1; j < active.length; ++j) {
                    assertTrue(active[i] != active[j]);
                }
            }
        }
    }
}

contract SelectionSlashTest is SelectionFixture {
    address internal slasher = makeAddr("slasher");

    function setUp() public override {
        super.setUp();
        bytes32 role = selection.SLASHER_ROLE();
        vm.prank(admin);
        selection.grantRole(role, slasher);
    }

    function test_slash_takesAShareRemovesRefillsAndJails() public {
        _candidates(11);
        _bootstrap();
        address target = operators[2];
        vm.prank(target);
        selection.unstake(1000e18); // leaves at the next rotation; 1,000 unbonding
        uint256 jailedUntil = block.timestamp + 30 days;

        vm.expectEmit(address(selection));
        emit INodeSelectionManager.Slashed(target, 5000, 5000e18, admin, jailedUntil);
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.SeatVacated(2, target, true);
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.SeatFilled(2, operators[10], operatorNodeIds[10]);
        vm.prank(slasher);
        uint256 amount = selection.slash(target, 5000);

        assertEq(amount, 5000e18);
        assertEq(selection.stakeOf(target), 4500e18);
        assertEq(selection.unbondingOf(target).amount, 500e18);
        assertEq(xmtp.balanceOf(admin), 5000e18);
        assertEq(selection.candidate(target).jailedUntil, jailedUntil);
        address[] memory active = selection.getActiveNodes();
        assertEq(active[2], operators[10]);
        assertEq(selection.recentSwaps(), 0);
        // The history of the current epoch shows the replacement.
        assertFalse(selection.isActiveAt(operatorNodeIds[2], selection.currentEpoch()));
        assertTrue(selection.isActiveAt(operatorNodeIds[10], selection.currentEpoch()));
    }

    function test_slash_unregistersAQueuedCandidate() public {
        (address alice, uint32 nodeId) = _candidate("alice");
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.CandidateLeft(alice, nodeId, INodeSelectionManager.LeaveReason.Slashed);
        vm.prank(slasher);
        selection.slash(alice, 10_000);
        assertFalse(selection.candidate(alice).registered);
        assertEq(selection.stakeOf(alice), 0);
    }

    function test_slash_withoutReplacementRunsShort() public {
        _candidates(3);
        _bootstrap();
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.ActiveSetShort(selection.currentEpoch(), 2, 10);
        vm.prank(slasher);
        selection.slash(operators[0], 100);
        assertEq(selection.getActiveNodes().length, 2);
    }

    function test_slash_revertsWhenNotSlasher() public {
        bytes32 role = selection.SLASHER_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role)
        );
        vm.prank(stranger);
        selection.slash(stranger, 1);
    }

    function test_slash_revertsOnInvalidBps() public {
        vm.startPrank(slasher);
        vm.expectRevert(abi.encodeWithSelector(INodeSelectionManager.InvalidSlashBps.selector, 0));
        selection.slash(stranger, 0);
        vm.expectRevert(abi.encodeWithSelector(INodeSelectionManager.InvalidSlashBps.selector, 10_001));
        selection.slash(stranger, 10_001);
        vm.stopPrank();
    }

    function test_slash_sendsToTheSlashRecipient() public {
        (address alice,) = _candidate("alice");
        address treasury = makeAddr("treasury");
        vm.prank(admin);
        selection.setSlashRecipient(treasury);
        vm.prank(slasher);
        selection.slash(alice, 100);
        assertEq(xmtp.balanceOf(treasury), 100e18);
    }

    function testFuzz_slash_conservesTokens(uint256 bps, uint96 unbonding) public {
        bps = bound(bps, 1, 10_000);
        (address alice,) = _candidate("alice");
        unbonding = uint96(bound(unbonding, 0, 10_000e18));
        if (unbonding != 0) {
            vm.prank(alice);
            selection.unstake(unbonding);
        }
        vm.prank(slasher);
        uint256 amount = selection.slash(alice, bps);
        assertEq(amount, xmtp.balanceOf(admin));
        assertEq(selection.stakeOf(alice) + selection.unbondingOf(alice).amount + amount, 10_000e18, "stake conserved");
        assertEq(xmtp.balanceOf(address(selection)) + amount, 10_000e18);
    }

    function test_onNodeDisabled_removesAndRefillsAtOnce() public {
        _candidates(11);
        _bootstrap();
        uint32 nodeId = operatorNodeIds[4];
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.CandidateLeft(operators[4], nodeId, INodeSelectionManager.LeaveReason.NodeDisabled);
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.SeatVacated(4, operators[4], true);
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.SeatFilled(4, operators[10], operatorNodeIds[10]);
        vm.prank(admin);
        nodes.disableNode(nodeId);
        assertEq(selection.getActiveNodes()[4], operators[10]);
        assertFalse(selection.candidate(operators[4]).registered);
        assertEq(selection.recentSwaps(), 0);
    }

    function test_onNodeDisabled_ignoresUnregisteredNodes() public {
        (uint32 nodeId,) = _addNode("alice");
        vm.prank(admin);
        nodes.disableNode(nodeId);
        assertEq(selection.getActiveNodes().length, 0);
    }

    function test_onNodeDisabled_revertsWhenNotNodes() public {
        vm.expectRevert(abi.encodeWithSelector(INodeSelectionManager.NotNodes.selector, stranger));
        vm.prank(stranger);
        selection.onNodeDisabled(1);
    }
}

/// @notice The manager wired to the suite's treasury: stake reports and slashed XMTP.
contract SelectionTreasuryTest is SelectionFixture {
    address internal slasher = makeAddr("slasher");
    address internal distributor = makeAddr("distributor");
    XMTPTreasury internal treasury;
    address internal alice;
    address internal bob;

    function setUp() public override {
        super.setUp();
        treasury = XMTPTreasury(suite.treasury.proxy);
        bytes32 slasherRole = selection.SLASHER_ROLE();
        vm.startPrank(admin);
        selection.grantRole(slasherRole, slasher);
        // What the deploy script grants once the selection is wired to the treasury.
        treasury.grantRole(treasury.STAKE_REPORTER_ROLE(), address(selection));
        treasury.grantRole(treasury.SLASHER_ROLE(), address(selection));
        treasury.grantRole(treasury.DISTRIBUTOR_ROLE(), distributor);
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.TreasuryUpdated(address(0), address(treasury));
        selection.setTreasury(address(treasury));
        // The treasury's own stake accounting: what stake reports do while no delegation contract is wired.
        selection.setDelegation(address(0));
        treasury.setStakingRewardsPool(address(0));
        vm.stopPrank();
        (alice,) = _operator("alice", 100_000e18);
        (bob,) = _operator("bob", 100_000e18);
    }

    function test_setTreasury_setsAndUnsets() public {
        assertEq(selection.treasury(), address(treasury));
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.TreasuryUpdated(address(treasury), address(0));
        vm.prank(admin);
        selection.setTreasury(address(0));
        assertEq(selection.treasury(), address(0));
    }

    function test_setTreasury_revertsWhenNotAdmin() public {
        bytes32 role = selection.DEFAULT_ADMIN_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role)
        );
        vm.prank(stranger);
        selection.setTreasury(stranger);
    }

    function test_stake_reportsTheNewStake() public {
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.StakeCheckpointed(alice, 0, 3e18, 3e18);
        _stake(alice, 3e18);
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.StakeCheckpointed(bob, 0, 5e18, 8e18);
        _stake(bob, 5e18);
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.StakeCheckpointed(alice, 3e18, 4e18, 9e18);
        _stake(alice, 1e18);
        assertEq(treasury.stakedOf(alice), selection.stakeOf(alice));
        assertEq(treasury.stakedOf(bob), selection.stakeOf(bob));
        assertEq(treasury.totalStaked(), 9e18);
    }

    function test_unstake_reportsTheStakeLeftWithoutTheUnbonding() public {
        _stake(alice, 10e18);
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.StakeCheckpointed(alice, 10e18, 6e18, 6e18);
        vm.prank(alice);
        selection.unstake(4e18);
        assertEq(treasury.stakedOf(alice), 6e18);
        assertEq(treasury.totalStaked(), 6e18);
    }

    function test_withdrawUnbonded_reportsNothing() public {
        _stake(alice, 10e18);
        vm.prank(alice);
        selection.unstake(4e18);
        vm.warp(block.timestamp + selection.unbondingPeriod());
        vm.expectCall(address(treasury), abi.encodeWithSelector(IXMTPTreasury.checkpointStake.selector), 0);
        vm.prank(alice);
        selection.withdrawUnbonded();
        assertEq(treasury.stakedOf(alice), 6e18);
    }

    function test_slash_depositsInTheTreasuryAndReportsTheStake() public {
        _candidates(11);
        _bootstrap();
        address target = operators[2];
        vm.prank(target);
        selection.unstake(1000e18);
        uint256 jailedUntil = block.timestamp + selection.jailPeriod();

        // The stake is reported as it is taken, before the slash is announced and the XMTP deposited.
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.StakeCheckpointed(target, 9000e18, 4500e18, 10 * 10_000e18 + 4500e18);
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.Slashed(target, 5000, 5000e18, address(treasury), jailedUntil);
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.SlashedXmtpDeposited(target, address(selection), 5000e18);
        vm.prank(slasher);
        uint256 amount = selection.slash(target, 5000);

        assertEq(amount, 5000e18);
        assertEq(treasury.slashedXmtp(), 5000e18);
        assertEq(xmtp.balanceOf(address(treasury)), 5000e18);
        assertEq(xmtp.balanceOf(admin), 0, "the slash recipient gets nothing while a treasury is wired");
        assertEq(xmtp.allowance(address(selection), address(treasury)), 0, "allowance left behind");
        assertEq(treasury.stakedOf(target), selection.stakeOf(target));
        assertEq(treasury.stakedOf(target), 4500e18);
        assertEq(xmtp.balanceOf(address(selection)), 11 * 10_000e18 - 5000e18);
        // The seat was refilled as without a treasury.
        assertEq(selection.getActiveNodes()[2], operators[10]);
    }

    function test_slash_ofUnbondingStakeOnlyReportsNothing() public {
        _stake(alice, 10e18);
        vm.prank(alice);
        selection.unstake(10e18);
        vm.expectCall(address(treasury), abi.encodeWithSelector(IXMTPTreasury.checkpointStake.selector), 0);
        vm.prank(slasher);
        selection.slash(alice, 10_000);
        assertEq(treasury.slashedXmtp(), 10e18);
        assertEq(treasury.stakedOf(alice), 0);
    }

    function test_slash_ofNothingMovesNothing() public {
        vm.expectCall(address(treasury), abi.encodeWithSelector(IXMTPTreasury.depositSlashedXmtp.selector), 0);
        vm.prank(slasher);
        assertEq(selection.slash(stranger, 10_000), 0);
        assertEq(treasury.slashedXmtp(), 0);
    }

    function test_slash_afterUnwiringPaysTheSlashRecipient() public {
        _stake(alice, 10e18);
        vm.prank(admin);
        selection.setTreasury(address(0));
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.Slashed(alice, 1000, 1e18, admin, block.timestamp + selection.jailPeriod());
        vm.prank(slasher);
        selection.slash(alice, 1000);
        assertEq(xmtp.balanceOf(admin), 1e18);
        assertEq(treasury.slashedXmtp(), 0);
        // The treasury still holds the stake it was last told of.
        assertEq(treasury.stakedOf(alice), 10e18);
    }

    function test_stake_revertsWhenTheTreasuryDidNotGrantTheRole() public {
        bytes32 role = treasury.STAKE_REPORTER_ROLE();
        vm.prank(admin);
        treasury.revokeRole(role, address(selection));
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, address(selection), role)
        );
        _stake(alice, 1e18);
    }

    function test_syncStake_reportsAStakeMadeBeforeWiring() public {
        vm.prank(admin);
        selection.setTreasury(address(0));
        _stake(alice, 7e18);
        vm.prank(admin);
        selection.setTreasury(address(treasury));
        assertEq(treasury.stakedOf(alice), 0);
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.StakeCheckpointed(alice, 0, 7e18, 7e18);
        vm.prank(stranger);
        selection.syncStake(alice);
        assertEq(treasury.stakedOf(alice), 7e18);
    }

    function test_syncStake_revertsWhenNotWired() public {
        vm.prank(admin);
        selection.setTreasury(address(0));
        vm.expectRevert(INodeSelectionManager.TreasuryNotSet.selector);
        selection.syncStake(alice);
    }

    /// @dev End to end: rewards handed to the treasury go to the stakers by stake over time.
    function test_stakingRewards_followTheReportedStakes() public {
        vm.prank(admin);
        treasury.setShares(0, 10_000, 0);
        _stake(alice, 1e18);
        _stake(bob, 3e18);
        _handExcess(400e6);
        vm.prank(bob);
        selection.unstake(2e18);
        _handExcess(300e6);
        // 400 split 1:3, then 300 split 1:1.
        assertEq(treasury.earnedStakingRewards(alice), 100e6 + 150e6);
        assertEq(treasury.earnedStakingRewards(bob), 300e6 + 150e6);
    }

    function testFuzz_treasuryMirrorsStakes(uint96 staked, uint96 unstaked, uint256 bps) public {
        staked = uint96(bound(staked, 1, 100_000e18));
        unstaked = uint96(bound(unstaked, 0, staked));
        bps = bound(bps, 1, 10_000);
        _stake(alice, staked);
        _stake(bob, 1e18);
        if (unstaked != 0) {
            vm.prank(alice);
            selection.unstake(unstaked);
        }
        vm.prank(slasher);
        uint256 amount = selection.slash(alice, bps);
        assertEq(treasury.stakedOf(alice), selection.stakeOf(alice));
        assertEq(treasury.totalStaked(), selection.stakeOf(alice) + selection.stakeOf(bob));
        assertEq(treasury.slashedXmtp(), amount);
        assertEq(selection.stakeOf(alice) + selection.unbondingOf(alice).amount + amount, staked);
        assertEq(xmtp.allowance(address(selection), address(treasury)), 0);
    }

    function _handExcess(uint256 amount) internal {
        usdc.mint(distributor, amount);
        vm.startPrank(distributor);
        usdc.approve(address(treasury), amount);
        treasury.handleExcessRewards(amount);
        vm.stopPrank();
    }
}

contract SelectionGovernanceTest is SelectionFixture {
    function test_setters_updateAndEmit() public {
        vm.startPrank(admin);
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.EpochDurationUpdated(12 hours, 6 hours);
        selection.setEpochDuration(6 hours);
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.ActiveSetSizeUpdated(10, 20);
        selection.setActiveSetSize(20);
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.MaxDailyTurnoverBpsUpdated(2000, 5000);
        selection.setMaxDailyTurnoverBps(5000);
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.MinimumStakeUpdated(10_000e18, 5e18);
        selection.setMinimumStake(5e18);
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.WaitingPeriodUpdated(24 hours, 0);
        selection.setWaitingPeriod(0);
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.JailPeriodUpdated(30 days, 60 days);
        selection.setJailPeriod(60 days);
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.UnbondingPeriodUpdated(7 days, 14 days);
        selection.setUnbondingPeriod(14 days);
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.SlashRecipientUpdated(admin, stranger);
        selection.setSlashRecipient(stranger);
        vm.stopPrank();

        assertEq(selection.epochDuration(), 6 hours);
        assertEq(selection.activeSetSize(), 20);
        assertEq(selection.maxDailyTurnoverBps(), 5000);
        assertEq(selection.turnoverCap(), 10);
        assertEq(selection.minimumStake(), 5e18);
        assertEq(selection.waitingPeriod(), 0);
        assertEq(selection.jailPeriod(), 60 days);
        assertEq(selection.unbondingPeriod(), 14 days);
        assertEq(selection.slashRecipient(), stranger);
    }

    function test_setters_revertOutOfBounds() public {
        vm.startPrank(admin);
        // The shortest epoch is the report window (6 hours by default) when that is longer than the 1-hour minimum.
        _expectBounds(30 minutes, 6 hours, 30 days);
        selection.setEpochDuration(30 minutes);
        selection.setReportWindow(1);
        _expectBounds(30 minutes, 1 hours, 30 days);
        selection.setEpochDuration(30 minutes);
        _expectBounds(31 days, 1 hours, 30 days);
        selection.setEpochDuration(31 days);
        _expectBounds(0, 1, 32);
        selection.setActiveSetSize(0);
        _expectBounds(33, 1, 32);
        selection.setActiveSetSize(33);
        _expectBounds(10_001, 0, 10_000);
        selection.setMaxDailyTurnoverBps(10_001);
        _expectBounds(0, 1e18, uint256(0xFFFFFFFFFF) * 1e18);
        selection.setMinimumStake(0);
        vm.expectRevert(abi.encodeWithSelector(INodeSelectionManager.MinimumStakeNotWholeTokens.selector, 1.5e18));
        selection.setMinimumStake(1.5e18);
        _expectBounds(31 days, 0, 30 days);
        selection.setWaitingPeriod(31 days);
        _expectBounds(366 days, 0, 365 days);
        selection.setJailPeriod(366 days);
        _expectBounds(1 hours, 1 days, 90 days);
        selection.setUnbondingPeriod(1 hours);
        vm.expectRevert(IErrors.ZeroAddress.selector);
        selection.setSlashRecipient(address(0));
        vm.stopPrank();
    }

    function test_setters_revertWhenNotAdmin() public {
        bytes32 role = selection.DEFAULT_ADMIN_ROLE();
        bytes memory err =
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role);
        vm.startPrank(stranger);
        vm.expectRevert(err);
        selection.setEpochDuration(1 hours);
        vm.expectRevert(err);
        selection.setActiveSetSize(1);
        vm.expectRevert(err);
        selection.setMaxDailyTurnoverBps(1);
        vm.expectRevert(err);
        selection.setMinimumStake(1e18);
        vm.expectRevert(err);
        selection.setWaitingPeriod(1);
        vm.expectRevert(err);
        selection.setJailPeriod(1);
        vm.expectRevert(err);
        selection.setUnbondingPeriod(1 days);
        vm.expectRevert(err);
        selection.setSlashRecipient(stranger);
        vm.expectRevert(err);
        selection.setTreasury(stranger);
        vm.stopPrank();
    }

    function test_setActiveSetSize_shrinkingEmptiesTheTopSeatsAtOnce() public {
        _candidates(10);
        _bootstrap();
        vm.expectEmit(address(selection));
        emit INodeSelectionManager.SeatVacated(9, operators[9], true);
        vm.prank(admin);
        selection.setActiveSetSize(9);
        assertEq(selection.getActiveNodes().length, 9);
        assertFalse(selection.isActiveAt(operatorNodeIds[9], selection.currentEpoch()));
        assertTrue(selection.isActiveAt(operatorNodeIds[9], selection.currentEpoch() - 1) == false);
        assertEq(selection.turnoverCap(), 1);
    }

    function test_setActiveSetSize_growingFillsAtTheNextRotation() public {
        _candidates(12);
        _bootstrap();
        vm.prank(admin);
        selection.setActiveSetSize(12);
        _rotate();
        assertEq(selection.getActiveNodes().length, 12);
        assertEq(selection.activeNodeIdsAt(selection.currentEpoch()).length, 12);
    }

    function _expectBounds(uint256 value, uint256 minimum, uint256 maximum) internal {
        vm.expectRevert(
            abi.encodeWithSelector(INodeSelectionManager.ParameterOutOfBounds.selector, value, minimum, maximum)
        );
    }
}

contract SelectionHistoryTest is SelectionFixture {
    function test_history_recordsEveryEpoch() public {
        _candidates(15);
        _bootstrap();
        uint256 first = selection.currentEpoch();
        uint32[][] memory sets = new uint32[][](20);
        sets[0] = selection.getActiveNodeIds();
        for (uint256 i = 1; i < 20; ++i) {
            _rotate();
            sets[i] = selection.getActiveNodeIds();
        }
        for (uint256 i; i < 20; ++i) {
            uint32[] memory recorded = selection.activeNodeIdsAt(first + i);
            assertEq(recorded.length, sets[i].length);
            address[] memory operatorsAt = selection.activeNodesAt(first + i);
            for (uint256 k; k < recorded.length; ++k) {
                assertEq(recorded[k], sets[i][k]);
                assertTrue(selection.isActiveAt(recorded[k], first + i));
                assertEq(nodes.nodeIdOf(operatorsAt[k]), recorded[k]);
            }
        }
        assertEq(selection.activeNodeIdsAt(0).length, 0);
        assertFalse(selection.isActiveAt(0, first));
    }

    function test_activeSetAt_matchesTheSeparateViewsEveryEpoch() public {
        _candidates(13);
        _bootstrap();
        uint256 first = selection.currentEpoch();
        // A slash empties and refills a seat within an epoch; a disabled node without replacement leaves a gap.
        bytes32 role = selection.SLASHER_ROLE();
        vm.prank(admin);
        selection.grantRole(role, admin);
        for (uint256 i; i < 6; ++i) {
            _rotate();
            if (i == 2) {
                vm.prank(admin);
                selection.slash(operators[5], 100);
            }
        }
        vm.prank(admin);
        nodes.disableNode(operatorNodeIds[7]);
        vm.prank(admin);
        nodes.disableNode(operatorNodeIds[8]);
        vm.prank(admin);
        nodes.disableNode(operatorNodeIds[9]);
        for (uint256 epoch; epoch <= selection.currentEpoch(); ++epoch) {
            (uint32[] memory ids, address[] memory ops) = selection.activeSetAt(epoch);
            assertEq(keccak256(abi.encode(ids)), keccak256(abi.encode(selection.activeNodeIdsAt(epoch))));
            assertEq(keccak256(abi.encode(ops)), keccak256(abi.encode(selection.activeNodesAt(epoch))));
            assertEq(ids.length, ops.length);
            for (uint256 k; k < ids.length; ++k) {
                assertEq(nodes.nodeIdOf(ops[k]), ids[k]);
            }
        }
        (uint32[] memory none, address[] memory nobody) = selection.activeSetAt(0);
        assertEq(none.length, 0);
        assertEq(nobody.length, 0);
        (uint32[] memory current, address[] memory currentOperators) = selection.activeSetAt(selection.currentEpoch());
        assertEq(keccak256(abi.encode(current)), keccak256(abi.encode(selection.getActiveNodeIds())));
        assertEq(keccak256(abi.encode(currentOperators)), keccak256(abi.encode(selection.getActiveNodes())));
        // The disabled nodes left, and the queue did not hold enough replacements: the set runs short.
        assertLt(current.length, 10);
        for (uint256 k; k < current.length; ++k) {
            assertTrue(current[k] != operatorNodeIds[7] && current[k] != operatorNodeIds[8]);
            assertTrue(current[k] != operatorNodeIds[9]);
        }
        assertGt(selection.currentEpoch(), first);
    }

    function test_history_revertsForFutureEpochs() public {
        uint256 next = selection.currentEpoch() + 1;
        vm.expectRevert(abi.encodeWithSelector(INodeSelectionManager.EpochNotReached.selector, next, next - 1));
        selection.activeNodesAt(next);
        vm.expectRevert(abi.encodeWithSelector(INodeSelectionManager.EpochNotReached.selector, next, next - 1));
        selection.activeNodeIdsAt(next);
        vm.expectRevert(abi.encodeWithSelector(INodeSelectionManager.EpochNotReached.selector, next, next - 1));
        selection.isActiveAt(1, next);
        vm.expectRevert(abi.encodeWithSelector(INodeSelectionManager.EpochNotReached.selector, next, next - 1));
        selection.activeSetAt(next);
    }
}

contract SelectionUpgradeTest is SelectionFixture {
    function test_initialize_revertsWhenCalledTwice() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        selection.initialize(stranger, stranger, stranger);
    }

    function test_initialize_revertsOnImplementation() public {
        NodeSelectionManager implementation = new NodeSelectionManager();
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        implementation.initialize(stranger, stranger, stranger);
    }

    function test_initialize_revertsOnZeroAddresses() public {
        address implementation = address(new NodeSelectionManager());
        vm.expectRevert(IErrors.ZeroAddress.selector);
        new ERC1967Proxy(
            implementation, abi.encodeCall(NodeSelectionManager.initialize, (address(0), stranger, stranger))
        );
        vm.expectRevert(IErrors.ZeroAddress.selector);
        new ERC1967Proxy(
            implementation, abi.encodeCall(NodeSelectionManager.initialize, (stranger, address(0), stranger))
        );
        vm.expectRevert(IErrors.ZeroAddress.selector);
        new ERC1967Proxy(
            implementation, abi.encodeCall(NodeSelectionManager.initialize, (stranger, stranger, address(0)))
        );
    }

    function test_upgradeToAndCall_keepsState() public {
        _candidates(11);
        _bootstrap();
        _rotate();
        address[] memory active = selection.getActiveNodes();
        uint256 epoch = selection.currentEpoch();

        address implementation = address(new NodeSelectionManager());
        vm.prank(admin);
        selection.upgradeToAndCall(implementation, "");

        assertEq(
            address(uint160(uint256(vm.load(address(selection), ERC1967Utils.IMPLEMENTATION_SLOT)))), implementation
        );
        assertEq(selection.currentEpoch(), epoch);
        assertEq(keccak256(abi.encode(selection.getActiveNodes())), keccak256(abi.encode(active)));
        assertEq(selection.activeNodeIdsAt(epoch - 1).length, 10);
        assertEq(selection.stakeOf(operators[0]), 10_000e18);
    }

    function test_upgradeToAndCall_revertsWhenNotAdmin() public {
        address implementation = address(new NodeSelectionManager());
        bytes32 role = selection.DEFAULT_ADMIN_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role)
        );
        vm.prank(stranger);
        selection.upgradeToAndCall(implementation, "");
    }

    function test_storage_usesErc7201Slot() public view {
        bytes32 slot = SlotDerivation.erc7201Slot("xmtp.storage.NodeSelectionManager");
        uint256 state = uint256(vm.load(address(selection), slot));
        // RotationState: nextRotationAt at bits 32-71, epoch duration at 72-95, size at 192-199.
        assertEq((state >> 32) & 0xFFFFFFFFFF, selection.nextRotationAt());
        assertEq((state >> 72) & 0xFFFFFF, 12 hours);
        assertEq((state >> 192) & 0xFF, 10);
        // The slot after it holds `Config`, then `nodes`.
        assertEq(address(uint160(uint256(vm.load(address(selection), bytes32(uint256(slot) + 2))))), address(nodes));
    }

    /// @dev The rotation reads seat `i` at the namespace's slot plus 5 plus `i`, without the compiler's help.
    function test_storage_seatsAtTheirFixedSlots() public {
        _candidates(10);
        _bootstrap();
        bytes32 slot = SlotDerivation.erc7201Slot("xmtp.storage.NodeSelectionManager");
        address[] memory active = selection.getActiveNodes();
        for (uint256 i; i < 10; ++i) {
            uint256 seat = uint256(vm.load(address(selection), bytes32(uint256(slot) + 5 + i)));
            // casting to 'uint160' is safe because it selects the seat's operator field (bits 0-159) by design
            // forge-lint: disable-next-line(unsafe-typecast)
            assertEq(address(uint160(seat)), active[i]);
        }
    }
}
