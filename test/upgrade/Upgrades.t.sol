// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Automation} from "../../contracts/Automation.sol";
import {GroupMessages} from "../../contracts/GroupMessages.sol";
import {IdentityUpdates} from "../../contracts/IdentityUpdates.sol";
import {MisbehaviorReports} from "../../contracts/MisbehaviorReports.sol";
import {NodeEarningsTracker} from "../../contracts/NodeEarningsTracker.sol";
import {NodeSelectionManager} from "../../contracts/NodeSelectionManager.sol";
import {Nodes} from "../../contracts/Nodes.sol";
import {Payers} from "../../contracts/Payers.sol";
import {RewardDistributor} from "../../contracts/RewardDistributor.sol";
import {XMTPTreasury} from "../../contracts/XMTPTreasury.sol";
import {IGroupMessages} from "../../contracts/interfaces/IGroupMessages.sol";
import {IIdentityUpdates} from "../../contracts/interfaces/IIdentityUpdates.sol";
import {IMisbehaviorReports} from "../../contracts/interfaces/IMisbehaviorReports.sol";
import {IPayers} from "../../contracts/interfaces/IPayers.sol";
import {IPayloadBroadcaster} from "../../contracts/interfaces/IPayloadBroadcaster.sol";
import {AutomationFixture} from "../utils/AutomationFixture.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {MisbehaviorFixture} from "../utils/MisbehaviorFixture.sol";
import {NodesFixture} from "../utils/NodesFixture.sol";
import {PayersFixture} from "../utils/PayersFixture.sol";
import {RewardsFixture} from "../utils/RewardsFixture.sol";
import {SelectionFixture} from "../utils/SelectionFixture.sol";
import {TreasuryFixture} from "../utils/TreasuryFixture.sol";
import {AutomationV2} from "../utils/upgrades/AutomationV2.sol";
import {GroupMessagesV2} from "../utils/upgrades/GroupMessagesV2.sol";
import {IdentityUpdatesV2} from "../utils/upgrades/IdentityUpdatesV2.sol";
import {MisbehaviorReportsV2} from "../utils/upgrades/MisbehaviorReportsV2.sol";
import {NodeEarningsTrackerV2} from "../utils/upgrades/NodeEarningsTrackerV2.sol";
import {NodeSelectionManagerV2} from "../utils/upgrades/NodeSelectionManagerV2.sol";
import {NodesV2} from "../utils/upgrades/NodesV2.sol";
import {NonUupsImplementation} from "../utils/upgrades/NonUupsImplementation.sol";
import {PayersV2} from "../utils/upgrades/PayersV2.sol";
import {RewardDistributorV2} from "../utils/upgrades/RewardDistributorV2.sol";
import {UpgradeV2} from "../utils/upgrades/UpgradeV2.sol";
import {XMTPTreasuryV2} from "../utils/upgrades/XMTPTreasuryV2.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC1967} from "@openzeppelin/contracts/interfaces/IERC1967.sol";
import {ERC1967Utils} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Utils.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts/proxy/utils/UUPSUpgradeable.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Test} from "forge-std/Test.sol";
import {Vm} from "forge-std/Vm.sol";

/**
 * @notice What an upgrade of any contract of the suite must do, written once. A concrete test contract puts real state
 *         into its contract (in `setUp`, through the contract's fixture) and names the proxy, a V2 of it (the real
 *         contract plus `UpgradeV2`, built as `DeploySuite` builds the original), its `initialize` call, a digest of
 *         its state read through the public views, a call showing it still works, and its roles other than the admin.
 *         Whether a new version's storage layout is compatible is checked elsewhere, against committed snapshots.
 */
abstract contract UpgradeTest is Test {
    uint256 internal constant MARKER = 0xC0FFEE;
    bytes32 internal constant ADMIN_ROLE = 0x00;

    /// @dev The proxy under test.
    function _proxy() internal view virtual returns (address);

    /// @dev The holder of its `DEFAULT_ADMIN_ROLE`.
    function _governance() internal view virtual returns (address);

    /// @dev Deploys a V2 implementation of it.
    function _newV2() internal virtual returns (address);

    /// @dev Its `initialize` calldata, for a stranger as admin.
    function _initializeCall() internal view virtual returns (bytes memory);

    /// @dev Its state as the public views give it: equal digests, equal state.
    function _state() internal view virtual returns (bytes memory);

    /// @dev Makes a state-changing call that builds on the state put in, and checks its outcome.
    function _keepsWorking() internal virtual;

    /// @dev Its roles other than `DEFAULT_ADMIN_ROLE`.
    function _otherRoles() internal view virtual returns (bytes32[] memory);

    /* ============ Upgrades ============ */

    function test_upgradeToAndCall_keepsTheState() public {
        bytes memory before = _state();
        address v2 = _newV2();

        vm.expectEmit(_proxy());
        emit IERC1967.Upgraded(v2);
        vm.prank(_governance());
        UUPSUpgradeable(_proxy()).upgradeToAndCall(v2, "");

        assertEq(_implementationOf(_proxy()), v2, "the proxy points at V2");
        assertEq(_state(), before, "state kept");
        assertEq(UpgradeV2(_proxy()).upgradeVersion(), 2, "V2 reachable through the proxy");
        assertEq(UpgradeV2(_proxy()).v2Marker(), 0, "no migration without a call");
    }

    function test_upgradeToAndCall_runsTheCallOnce() public {
        bytes memory before = _state();
        address v2 = _newV2();

        vm.expectEmit(_proxy());
        emit IERC1967.Upgraded(v2);
        vm.expectEmit(_proxy());
        emit UpgradeV2.MigratedToV2(MARKER);
        vm.expectEmit(_proxy());
        emit Initializable.Initialized(2);
        vm.prank(_governance());
        UUPSUpgradeable(_proxy()).upgradeToAndCall(v2, abi.encodeCall(UpgradeV2.initializeV2, (MARKER)));

        assertEq(UpgradeV2(_proxy()).v2Marker(), MARKER, "the migration ran");
        assertEq(_state(), before, "state kept");
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        vm.prank(_governance());
        UpgradeV2(_proxy()).initializeV2(1);
        assertEq(UpgradeV2(_proxy()).v2Marker(), MARKER);
    }

    function test_upgradeToAndCall_revertsWholeWhenTheCallReverts() public {
        bytes memory before = _state();
        address original = _implementationOf(_proxy());
        address v2 = _newV2();
        // `initialize` cannot run again, on V2 either: the upgrade does not happen.
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        vm.prank(_governance());
        UUPSUpgradeable(_proxy()).upgradeToAndCall(v2, _initializeCall());
        assertEq(_implementationOf(_proxy()), original);
        assertEq(_state(), before);
    }

    function test_upgradeToAndCall_keepsTheContractWorkingAndUpgradeable() public {
        address original = _implementationOf(_proxy());
        _upgradeToV2();
        _keepsWorking();
        bytes memory after_ = _state();

        // V2 is UUPS too: governance can move on, or back.
        vm.prank(_governance());
        UUPSUpgradeable(_proxy()).upgradeToAndCall(original, "");
        assertEq(_implementationOf(_proxy()), original);
        assertEq(_state(), after_, "state kept on the way back");
        vm.expectRevert();
        UpgradeV2(_proxy()).upgradeVersion();
    }

    function testFuzz_upgradeToAndCall_onlyTheAdmin(address caller) public {
        IAccessControl access = IAccessControl(_proxy());
        bool isAdmin = access.hasRole(ADMIN_ROLE, caller);
        if (!isAdmin) {
            // No other role of the contract is enough.
            bytes32[] memory roles = _otherRoles();
            vm.startPrank(_governance());
            for (uint256 i; i < roles.length; ++i) {
                access.grantRole(roles[i], caller);
            }
            vm.stopPrank();
        }
        address original = _implementationOf(_proxy());
        address v2 = _newV2();

        if (!isAdmin) {
            vm.expectRevert(
                abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, caller, ADMIN_ROLE)
            );
        }
        vm.prank(caller);
        UUPSUpgradeable(_proxy()).upgradeToAndCall(v2, "");
        assertEq(_implementationOf(_proxy()), isAdmin ? v2 : original);
    }

    function test_upgradeToAndCall_revertsWhenNotUups() public {
        address original = _implementationOf(_proxy());
        address notUups = address(new NonUupsImplementation());
        vm.startPrank(_governance());
        vm.expectRevert(abi.encodeWithSelector(ERC1967Utils.ERC1967InvalidImplementation.selector, notUups));
        UUPSUpgradeable(_proxy()).upgradeToAndCall(notUups, "");
        // A proxy is no implementation: its `proxiableUUID` refuses to answer through a delegatecall.
        vm.expectRevert(abi.encodeWithSelector(ERC1967Utils.ERC1967InvalidImplementation.selector, _proxy()));
        UUPSUpgradeable(_proxy()).upgradeToAndCall(_proxy(), "");
        // Nor is an account without code (its empty answer does not decode).
        address noCode = makeAddr("no code");
        vm.expectRevert();
        UUPSUpgradeable(_proxy()).upgradeToAndCall(noCode, "");
        vm.stopPrank();
        assertEq(_implementationOf(_proxy()), original);
    }

    function test_upgradeToAndCall_revertsOnTheImplementation() public {
        address implementation = _implementationOf(_proxy());
        address v2 = _newV2();
        vm.expectRevert(UUPSUpgradeable.UUPSUnauthorizedCallContext.selector);
        vm.prank(_governance());
        UUPSUpgradeable(implementation).upgradeToAndCall(v2, "");
    }

    /* ============ Initialization ============ */

    function test_initialize_revertsOnTheProxy() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        vm.prank(_governance());
        Address.functionCall(_proxy(), _initializeCall());
        _upgradeToV2();
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        Address.functionCall(_proxy(), _initializeCall());
    }

    function test_initialize_revertsOnTheImplementations() public {
        address v2 = _newV2();
        address[2] memory implementations = [_implementationOf(_proxy()), v2];
        for (uint256 i; i < implementations.length; ++i) {
            vm.expectRevert(Initializable.InvalidInitialization.selector);
            Address.functionCall(implementations[i], _initializeCall());
        }
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        UpgradeV2(v2).initializeV2(MARKER);
    }

    /* ============ Helpers ============ */

    function _upgradeToV2() internal {
        address v2 = _newV2();
        vm.prank(_governance());
        UUPSUpgradeable(_proxy()).upgradeToAndCall(v2, "");
    }

    function _implementationOf(address proxy) internal view returns (address) {
        return address(uint160(uint256(vm.load(proxy, ERC1967Utils.IMPLEMENTATION_SLOT))));
    }

    /// @dev `eip712Domain()` of `target`, as returned.
    function _eip712Domain(address target) internal view returns (bytes memory) {
        (bool ok, bytes memory domain) = target.staticcall(abi.encodeWithSignature("eip712Domain()"));
        assertTrue(ok, "eip712Domain");
        return domain;
    }

    function _roles(bytes32 a) internal pure returns (bytes32[] memory roles) {
        roles = new bytes32[](1);
        roles[0] = a;
    }
}

contract IdentityUpdatesUpgradeTest is BaseTest, UpgradeTest {
    function setUp() public override {
        super.setUp();
        vm.prank(admin);
        identityUpdates.setPayloadSizeBounds(2, 1000);
        for (uint256 i = 1; i <= 3; ++i) {
            vm.prank(publisher);
            identityUpdates.addIdentityUpdate(bytes32(i), _payload(10 * i));
        }
        vm.prank(admin);
        identityUpdates.pause();
    }

    function _proxy() internal view override returns (address) {
        return address(identityUpdates);
    }

    function _governance() internal view override returns (address) {
        return admin;
    }

    function _newV2() internal override returns (address) {
        return address(new IdentityUpdatesV2());
    }

    function _initializeCall() internal view override returns (bytes memory) {
        return abi.encodeCall(IdentityUpdates.initialize, (stranger));
    }

    function _state() internal view override returns (bytes memory) {
        return abi.encode(
            identityUpdates.lastSequenceId(),
            identityUpdates.minPayloadSize(),
            identityUpdates.maxPayloadSize(),
            identityUpdates.paused(),
            identityUpdates.hasRole(ADMIN_ROLE, admin),
            identityUpdates.hasRole(identityUpdates.PAUSER_ROLE(), admin),
            identityUpdates.hasRole(ADMIN_ROLE, stranger)
        );
    }

    function _keepsWorking() internal override {
        vm.prank(admin);
        identityUpdates.unpause();
        vm.expectEmit(address(identityUpdates));
        emit IIdentityUpdates.IdentityUpdateCreated(bytes32(uint256(4)), _payload(5), 4);
        vm.prank(publisher);
        identityUpdates.addIdentityUpdate(bytes32(uint256(4)), _payload(5));
        assertEq(identityUpdates.lastSequenceId(), 4, "numbering goes on");
    }

    function _otherRoles() internal view override returns (bytes32[] memory) {
        return _roles(identityUpdates.PAUSER_ROLE());
    }
}

contract GroupMessagesUpgradeTest is BaseTest, UpgradeTest {
    function setUp() public override {
        super.setUp();
        vm.prank(admin);
        groupMessages.setPayloadSizeBounds(3, 2000);
        for (uint256 i = 1; i <= 4; ++i) {
            vm.prank(publisher);
            groupMessages.addMessage(bytes16(SafeCast.toUint128(i)), _payload(20 * i));
        }
    }

    function _proxy() internal view override returns (address) {
        return address(groupMessages);
    }

    function _governance() internal view override returns (address) {
        return admin;
    }

    function _newV2() internal override returns (address) {
        return address(new GroupMessagesV2());
    }

    function _initializeCall() internal view override returns (bytes memory) {
        return abi.encodeCall(GroupMessages.initialize, (stranger));
    }

    function _state() internal view override returns (bytes memory) {
        return abi.encode(
            groupMessages.lastSequenceId(),
            groupMessages.minPayloadSize(),
            groupMessages.maxPayloadSize(),
            groupMessages.paused(),
            groupMessages.hasRole(ADMIN_ROLE, admin),
            groupMessages.hasRole(groupMessages.PAUSER_ROLE(), admin)
        );
    }

    function _keepsWorking() internal override {
        vm.expectEmit(address(groupMessages));
        emit IGroupMessages.MessageSent(bytes16(uint128(5)), _payload(3), 5);
        vm.prank(publisher);
        groupMessages.addMessage(bytes16(uint128(5)), _payload(3));
        // The bounds set before the upgrade still hold.
        vm.expectRevert(abi.encodeWithSelector(IPayloadBroadcaster.PayloadSizeOutOfBounds.selector, 2, 3, 2000));
        vm.prank(publisher);
        groupMessages.addMessage(bytes16(uint128(6)), _payload(2));
    }

    function _otherRoles() internal view override returns (bytes32[] memory) {
        return _roles(groupMessages.PAUSER_ROLE());
    }
}

contract NodesUpgradeTest is NodesFixture, UpgradeTest {
    address internal newOwner = makeAddr("new owner");
    address internal firstOwner = makeAddr("node-a");
    address internal rotatedOutSigner;

    function setUp() public override {
        super.setUp();
        _addNode("node-a");
        (, Vm.Wallet memory walletB) = _addNode("node-b");
        _addNode("node-c");
        rotatedOutSigner = walletB.addr;
        vm.startPrank(admin);
        nodes.rotateSigningKey(200, _publicKey(_signingWallet("node-b, second key")));
        nodes.disableNode(300);
        nodes.transferNode(100, newOwner);
        vm.stopPrank();
        vm.prank(newOwner);
        nodes.setHttpAddress(100, "https://moved.example");
    }

    function _proxy() internal view override returns (address) {
        return address(nodes);
    }

    function _governance() internal view override returns (address) {
        return admin;
    }

    function _newV2() internal override returns (address) {
        return address(new NodesV2());
    }

    function _initializeCall() internal view override returns (bytes memory) {
        return abi.encodeCall(Nodes.initialize, (stranger));
    }

    function _state() internal view override returns (bytes memory) {
        (bytes32 nodeSetHash, uint256 size) = nodes.nodeSet();
        bytes memory perNode;
        for (uint32 id = 100; id <= 300; id += 100) {
            perNode = bytes.concat(
                perNode, abi.encode(nodes.getNode(id), nodes.getSigner(id), nodes.ownerOf(id), nodes.isEnabled(id))
            );
        }
        return abi.encode(
            perNode,
            abi.encode(nodes.nodeCount(), nodeSetHash, size, nodes.enabledNodeIds(), nodes.selectionManager()),
            abi.encode(
                nodes.isSigner(200, rotatedOutSigner),
                nodes.nodeIdOfSigner(rotatedOutSigner),
                nodes.nodeIdOf(newOwner),
                nodes.nodeIdOf(firstOwner),
                nodes.balanceOf(newOwner),
                nodes.name(),
                nodes.symbol()
            ),
            abi.encode(nodes.hasRole(ADMIN_ROLE, admin), nodes.hasRole(nodes.NODE_MANAGER_ROLE(), admin))
        );
    }

    function _keepsWorking() internal override {
        (bytes32 before,) = nodes.nodeSet();
        (uint32 nodeId,) = _addNode("node-d");
        assertEq(nodeId, 400, "ids go on in steps of 100");
        (bytes32 nodeSetHash, uint256 size) = nodes.nodeSet();
        assertEq(nodeSetHash, keccak256(abi.encode(before, uint32(400), true)), "the hash chain goes on");
        assertEq(size, 3);
        vm.prank(admin);
        nodes.enableNode(300);
        assertTrue(nodes.isEnabled(300));
    }

    function _otherRoles() internal view override returns (bytes32[] memory) {
        return _roles(nodes.NODE_MANAGER_ROLE());
    }
}

contract PayersUpgradeTest is PayersFixture, UpgradeTest {
    address internal debtor = makeAddr("debtor");

    function setUp() public override {
        super.setUp();
        _addNodes(3);
        _fund(alice, 100 * USDC);
        _fund(bob, 50 * USDC);
        _putInDebt(debtor, 7 * USDC);
        IPayers.PayerFee[] memory fees = new IPayers.PayerFee[](2);
        fees[0] = IPayers.PayerFee({payer: alice, fee: SafeCast.toUint96(5 * USDC)});
        fees[1] = IPayers.PayerFee({payer: bob, fee: SafeCast.toUint96(3 * USDC)});
        uint256 reportId = _submitFees(fees);
        _settle(reportId, fees, 0, 2);
        vm.prank(alice);
        payers.requestWithdrawal(20 * USDC);
        vm.startPrank(admin);
        payers.setMinimumDeposit(20 * USDC);
        payers.setWithdrawalLockPeriod(3 days);
        vm.stopPrank();
    }

    function _proxy() internal view override returns (address) {
        return address(payers);
    }

    function _governance() internal view override returns (address) {
        return admin;
    }

    function _newV2() internal override returns (address) {
        return address(new PayersV2());
    }

    function _initializeCall() internal view override returns (bytes memory) {
        return abi.encodeCall(Payers.initialize, (stranger, address(usdc), address(nodes)));
    }

    function _state() internal view override returns (bytes memory) {
        return abi.encode(
            abi.encode(
                payers.balanceOf(alice),
                payers.balanceOf(bob),
                payers.balanceOf(debtor),
                payers.pendingWithdrawal(alice),
                payers.totalDebt(),
                payers.backedFees(),
                payers.totalPendingWithdrawals()
            ),
            abi.encode(
                payers.minimumDeposit(),
                payers.withdrawalLockPeriod(),
                payers.paused(),
                payers.feeToken(),
                payers.nodes(),
                payers.feeDistributor(),
                payers.nodeSelectionManager()
            ),
            abi.encode(
                payers.lastReportedSequenceId(nodeIds[0]),
                payers.messagesServed(EPOCH, nodeIds[0]),
                payers.reportCount(),
                usdc.balanceOf(address(payers)),
                _eip712Domain(address(payers))
            ),
            abi.encode(payers.hasRole(ADMIN_ROLE, admin), payers.hasRole(payers.PAUSER_ROLE(), admin))
        );
    }

    function _keepsWorking() internal override {
        // The deposit repays the debt first.
        _fund(debtor, 20 * USDC);
        assertEq(payers.balanceOf(debtor), _signed(13 * USDC));
        assertEq(payers.totalDebt(), 0);
        // Alice's withdrawal, requested before the upgrade, completes after the lock period set before it.
        vm.warp(vm.getBlockTimestamp() + 3 days);
        vm.prank(alice);
        payers.finalizeWithdrawal(alice);
        assertEq(usdc.balanceOf(alice), 20 * USDC);
    }

    function _otherRoles() internal view override returns (bytes32[] memory) {
        return _roles(payers.PAUSER_ROLE());
    }
}

contract NodeSelectionManagerUpgradeTest is SelectionFixture, UpgradeTest {
    function setUp() public override {
        super.setUp();
        _candidates(4);
        _bootstrap();
        uint256 extra = selection.minimumStake();
        xmtp.mint(operators[0], extra);
        _stake(operators[0], extra);
        vm.prank(operators[0]);
        selection.unstake(extra / 2);
        _candidates(2);
        vm.startPrank(admin);
        selection.setWaitingPeriod(2 days);
        selection.setJailPeriod(10 days);
        vm.stopPrank();
        _rotate();
    }

    function _proxy() internal view override returns (address) {
        return address(selection);
    }

    function _governance() internal view override returns (address) {
        return admin;
    }

    function _newV2() internal override returns (address) {
        return address(new NodeSelectionManagerV2());
    }

    function _initializeCall() internal view override returns (bytes memory) {
        return abi.encodeCall(NodeSelectionManager.initialize, (stranger, address(nodes), address(xmtp)));
    }

    function _state() internal view override returns (bytes memory) {
        uint256 epoch = selection.currentEpoch();
        (uint256 queueLength, uint256 queuePointer) = selection.queueInfo();
        bytes memory perOperator;
        for (uint256 i; i < operators.length; ++i) {
            perOperator = bytes.concat(
                perOperator,
                abi.encode(
                    selection.stakeOf(operators[i]),
                    selection.candidate(operators[i]),
                    selection.unbondingOf(operators[i]),
                    selection.operatorOfNode(operatorNodeIds[i]),
                    selection.isActiveAt(operatorNodeIds[i], epoch)
                )
            );
        }
        bytes memory queue;
        for (uint256 i; i < queueLength; ++i) {
            queue = bytes.concat(queue, abi.encode(selection.queueAt(i)));
        }
        return abi.encode(
            perOperator,
            queue,
            abi.encode(
                epoch,
                selection.nextRotationAt(),
                queuePointer,
                selection.getActiveNodeIds(),
                selection.activeNodesAt(epoch - 1),
                selection.activeNodeIdsAt(epoch)
            ),
            abi.encode(
                selection.epochDuration(),
                selection.activeSetSize(),
                selection.maxDailyTurnoverBps(),
                selection.turnoverCap(),
                selection.recentSwaps(),
                selection.minimumStake(),
                selection.waitingPeriod()
            ),
            abi.encode(
                selection.jailPeriod(),
                selection.unbondingPeriod(),
                selection.slashRecipient(),
                selection.treasury(),
                selection.nodes(),
                selection.xmtpToken(),
                selection.hasRole(ADMIN_ROLE, admin)
            )
        );
    }

    function _keepsWorking() internal override {
        uint256 epoch = selection.currentEpoch();
        _rotate();
        assertEq(selection.currentEpoch(), epoch + 1, "rotations go on");
        // The stake made before the upgrade unbonds on its schedule.
        vm.warp(selection.unbondingOf(operators[0]).releaseAt);
        uint256 balance = xmtp.balanceOf(operators[0]);
        vm.prank(operators[0]);
        selection.withdrawUnbonded();
        assertEq(xmtp.balanceOf(operators[0]), balance + selection.minimumStake() / 2);
    }

    function _otherRoles() internal view override returns (bytes32[] memory) {
        return _roles(selection.SLASHER_ROLE());
    }
}

contract XMTPTreasuryUpgradeTest is TreasuryFixture, UpgradeTest {
    function setUp() public override {
        super.setUp();
        _checkpoint(alice, 100 * XMTP);
        _checkpoint(bob, 300 * XMTP);
        _handle(1000 * USDC);
        _slash(operator, 50 * XMTP);
        _claim(alice);
        vm.prank(executor);
        treasury.executeBuyback(100 * USDC, 1);
        _setShares(5000, 2500, 2500);
    }

    function _proxy() internal view override returns (address) {
        return address(treasury);
    }

    function _governance() internal view override returns (address) {
        return admin;
    }

    function _newV2() internal override returns (address) {
        return address(new XMTPTreasuryV2());
    }

    function _initializeCall() internal view override returns (bytes memory) {
        return abi.encodeCall(XMTPTreasury.initialize, (stranger, address(usdc), address(xmtp)));
    }

    function _state() internal view override returns (bytes memory) {
        return abi.encode(
            abi.encode(
                treasury.usdc(),
                treasury.xmtp(),
                treasury.swapAdapter(),
                treasury.buybackBps(),
                treasury.stakingRewardsBps(),
                treasury.treasuryBps()
            ),
            abi.encode(
                treasury.buybackBalance(),
                treasury.treasuryBalance(),
                treasury.stakingRewardsBalance(),
                treasury.undistributedStakingRewards(),
                treasury.slashedXmtp(),
                treasury.totalStaked(),
                treasury.stakingRewardPerToken()
            ),
            abi.encode(
                treasury.stakedOf(alice),
                treasury.stakedOf(bob),
                treasury.earnedStakingRewards(alice),
                treasury.earnedStakingRewards(bob),
                usdc.balanceOf(address(treasury)),
                xmtp.balanceOf(address(treasury))
            ),
            abi.encode(
                treasury.hasRole(ADMIN_ROLE, admin),
                treasury.hasRole(treasury.DISTRIBUTOR_ROLE(), distributor),
                treasury.hasRole(treasury.STAKE_REPORTER_ROLE(), stakeReporter),
                treasury.hasRole(treasury.BUYBACK_EXECUTOR_ROLE(), executor),
                treasury.hasRole(treasury.SLASHER_ROLE(), slasher)
            )
        );
    }

    function _keepsWorking() internal override {
        uint256 earned = treasury.earnedStakingRewards(bob);
        assertGt(earned, 0);
        assertEq(_claim(bob), earned, "rewards accrued before the upgrade are paid after it");
        uint256 buyback = treasury.buybackBalance();
        _handle(100 * USDC);
        assertEq(treasury.buybackBalance(), buyback + 50 * USDC, "the shares set before the upgrade apply");
    }

    function _otherRoles() internal view override returns (bytes32[] memory roles) {
        roles = new bytes32[](5);
        roles[0] = treasury.DISTRIBUTOR_ROLE();
        roles[1] = treasury.STAKE_REPORTER_ROLE();
        roles[2] = treasury.BUYBACK_EXECUTOR_ROLE();
        roles[3] = treasury.SLASHER_ROLE();
        roles[4] = treasury.REWARDER_ROLE();
    }
}

/// @notice Three seated nodes through four distributed epochs: costs owed from a short epoch, then an epoch above the
///         profit cap with its excess set aside.
abstract contract RewardsUpgradeFixture is RewardsFixture {
    function setUp() public virtual override {
        super.setUp();
        _seat(3);
        while (distributor.pendingEpochs() != 0) {
            distributor.distributeRewards();
        }
        vm.startPrank(admin);
        distributor.setVariableCostPerMessage(7);
        distributor.setProfitCapBps(15_000);
        vm.stopPrank();
        _rotate();
        _fundPool(_baseCost());
        distributor.distributeRewards();
        assertGt(distributor.totalOwed(), 0, "a short epoch leaves costs owed");
        _rotate();
        _fundPool(100 * _baseCost());
        distributor.distributeRewards();
        assertGt(distributor.pendingExcess(), 0, "an epoch above the cap sets excess aside");
        _rotate();
        _fundPool(3 * _baseCost());
    }

    /// @dev Distributes the epochs pending and checks that the distribution reached the tracker.
    function _distributeAgain() internal {
        uint256 earned = tracker.getTotalEarnings(operators[0]);
        uint256 nextEpoch = distributor.nextEpoch();
        _fundPool(3 * _baseCost());
        distributor.distributeRewards();
        assertGt(distributor.nextEpoch(), nextEpoch, "distributions go on");
        assertGt(tracker.getTotalEarnings(operators[0]), earned, "the tracker records them");
    }
}

contract NodeEarningsTrackerUpgradeTest is RewardsUpgradeFixture, UpgradeTest {
    function _proxy() internal view override returns (address) {
        return address(tracker);
    }

    function _governance() internal view override returns (address) {
        return admin;
    }

    function _newV2() internal override returns (address) {
        return address(new NodeEarningsTrackerV2());
    }

    function _initializeCall() internal view override returns (bytes memory) {
        return abi.encodeCall(NodeEarningsTracker.initialize, (stranger));
    }

    function _state() internal view override returns (bytes memory) {
        bytes memory perNode;
        for (uint256 i; i < operators.length; ++i) {
            address node = operators[i];
            perNode = bytes.concat(
                perNode,
                abi.encode(
                    tracker.earningsOf(node, 0),
                    tracker.costsOf(node, 0),
                    tracker.getTotalEarnings(node),
                    tracker.account(node),
                    tracker.owedOf(node),
                    tracker.periodRecord(0, node)
                )
            );
        }
        return
            abi.encode(perNode, tracker.periodNodeCount(0), tracker.distributor(), tracker.hasRole(ADMIN_ROLE, admin));
    }

    function _keepsWorking() internal override {
        _distributeAgain();
    }

    function _otherRoles() internal pure override returns (bytes32[] memory) {
        return new bytes32[](0);
    }
}

contract RewardDistributorUpgradeTest is RewardsUpgradeFixture, UpgradeTest {
    function _proxy() internal view override returns (address) {
        return address(distributor);
    }

    function _governance() internal view override returns (address) {
        return admin;
    }

    function _newV2() internal override returns (address) {
        return address(
            new RewardDistributorV2(
                address(usdc),
                suite.nodeSelectionManager.proxy,
                suite.payers.proxy,
                suite.nodes.proxy,
                suite.earningsTracker.proxy,
                suite.treasury.proxy
            )
        );
    }

    function _initializeCall() internal view override returns (bytes memory) {
        return abi.encodeCall(RewardDistributor.initialize, (stranger));
    }

    function _state() internal view override returns (bytes memory) {
        (uint256 cursorPeriod, uint256 cursorIndex) = distributor.payoutCursor();
        return abi.encode(
            abi.encode(
                distributor.basePayPerMonth(),
                distributor.variableCostPerMessage(),
                distributor.payoutPeriod(),
                distributor.profitCapBps(),
                distributor.paused(),
                distributor.nextEpoch(),
                distributor.currentPeriod()
            ),
            abi.encode(
                cursorPeriod,
                cursorIndex,
                distributor.pool(),
                distributor.unpaidEarnings(),
                distributor.totalClaimable(),
                distributor.totalOwed(),
                distributor.pendingExcess()
            ),
            abi.encode(
                distributor.nextPayoutAt(),
                distributor.pendingEpochs(),
                distributor.pendingPayouts(),
                distributor.periodClosedAt(0),
                distributor.claimableOf(operators[0]),
                usdc.balanceOf(address(distributor))
            ),
            abi.encode(
                distributor.hasRole(ADMIN_ROLE, admin),
                distributor.hasRole(distributor.PAUSER_ROLE(), admin),
                distributor.usdc(),
                distributor.selection(),
                distributor.payers(),
                distributor.nodes(),
                distributor.tracker(),
                distributor.treasury()
            )
        );
    }

    function _keepsWorking() internal override {
        _distributeAgain();
        uint256 excess = distributor.pendingExcess();
        assertEq(distributor.forwardExcess(), excess, "the excess set aside before the upgrade is forwarded");
    }

    function _otherRoles() internal view override returns (bytes32[] memory) {
        return _roles(distributor.PAUSER_ROLE());
    }
}

contract MisbehaviorReportsUpgradeTest is MisbehaviorFixture, UpgradeTest {
    bytes32 internal reportId;

    function setUp() public override {
        super.setUp();
        (bytes memory a, bytes memory sigA) = _honest(7, 1000, 0);
        (bytes memory b, bytes memory sigB) = _honest(7, 2000, 0);
        vm.prank(reporter);
        reportId = reports.reportEquivocation(operatorNodeIds[0], a, sigA, b, sigB);
        vm.startPrank(admin);
        reports.setReporterRewardBps(2000);
        reports.setMinUptimeBps(9000);
        vm.stopPrank();
    }

    function _proxy() internal view override returns (address) {
        return address(reports);
    }

    function _governance() internal view override returns (address) {
        return admin;
    }

    function _newV2() internal override returns (address) {
        return
            address(new MisbehaviorReportsV2(suite.nodes.proxy, suite.nodeSelectionManager.proxy, suite.treasury.proxy));
    }

    function _initializeCall() internal view override returns (bytes memory) {
        return abi.encodeCall(MisbehaviorReports.initialize, (stranger));
    }

    function _state() internal view override returns (bytes memory) {
        uint32 node = operatorNodeIds[0];
        return abi.encode(
            abi.encode(reports.getReport(reportId), reports.isReported(node, 7), reports.isReported(node, 8)),
            abi.encode(
                reports.safetySlashBps(),
                reports.reporterRewardBps(),
                reports.minUptimeBps(),
                reports.uptimeWindowEpochs(),
                reports.livenessSlashBps(),
                reports.uptimeEnforcedUntil(node)
            ),
            abi.encode(
                reports.nodes(),
                reports.selection(),
                reports.treasury(),
                _eip712Domain(address(reports)),
                reports.hasRole(ADMIN_ROLE, admin)
            )
        );
    }

    function _keepsWorking() internal override {
        // The report made before the upgrade still counts: the same evidence is refused.
        (bytes memory a, bytes memory sigA) = _honest(7, 1000, 0);
        (bytes memory b, bytes memory sigB) = _honest(7, 3000, 0);
        vm.expectRevert(
            abi.encodeWithSelector(IMisbehaviorReports.SequenceAlreadyReported.selector, operatorNodeIds[0], 7)
        );
        reports.reportEquivocation(operatorNodeIds[0], a, sigA, b, sigB);
        // Another node's fault is reported, with the reward share set before the upgrade.
        uint32 node = operatorNodeIds[1];
        bytes memory c = _envelope(node, 9, 1000, _payerEnvelope(node, RETENTION), 0);
        bytes memory d = _envelope(node, 9, 2000, _payerEnvelope(node, RETENTION), 0);
        uint256 slashed = selection.stakeOf(operators[1]) * reports.safetySlashBps() / 10_000;
        uint256 rewardBefore = xmtp.balanceOf(reporter);
        _commit(reporter, node, 9);
        vm.prank(reporter);
        reports.reportEquivocation(node, c, _signAs(node, c), d, _signAs(node, d));
        assertTrue(reports.isReported(node, 9));
        assertEq(xmtp.balanceOf(reporter) - rewardBefore, slashed * 2000 / 10_000);
    }

    function _otherRoles() internal pure override returns (bytes32[] memory) {
        return new bytes32[](0);
    }
}

contract AutomationUpgradeTest is AutomationFixture, UpgradeTest {
    function setUp() public override {
        super.setUp();
        _seat(3);
        vm.prank(admin);
        automation.setPayoutBatchSize(13);
        vm.warp(selection.nextRotationAt());
        automation.performUpkeep("");
    }

    function _proxy() internal view override returns (address) {
        return address(automation);
    }

    function _governance() internal view override returns (address) {
        return admin;
    }

    function _newV2() internal override returns (address) {
        return address(
            new AutomationV2(
                suite.nodeSelectionManager.proxy,
                suite.payers.proxy,
                suite.rewardDistributor.proxy,
                suite.treasury.proxy
            )
        );
    }

    function _initializeCall() internal view override returns (bytes memory) {
        return abi.encodeCall(Automation.initialize, (stranger));
    }

    function _state() internal view override returns (bytes memory) {
        (bool needed, bytes memory performData) = automation.checkUpkeep("");
        return abi.encode(
            automation.payoutBatchSize(),
            automation.dueSteps(),
            needed,
            performData,
            automation.selection(),
            automation.payers(),
            automation.distributor(),
            automation.treasury(),
            automation.hasRole(ADMIN_ROLE, admin)
        );
    }

    function _keepsWorking() internal override {
        uint256 epoch = selection.currentEpoch();
        vm.warp(selection.nextRotationAt());
        automation.performUpkeep("");
        assertEq(selection.currentEpoch(), epoch + 1, "the upkeep goes on");
        assertEq(distributor.pendingEpochs(), 0);
    }

    function _otherRoles() internal pure override returns (bytes32[] memory) {
        return new bytes32[](0);
    }
}
