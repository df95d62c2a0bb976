// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {NodeSelectionManager} from "../../contracts/NodeSelectionManager.sol";
import {Payers} from "../../contracts/Payers.sol";
import {IErrors} from "../../contracts/interfaces/IErrors.sol";
import {IPayers} from "../../contracts/interfaces/IPayers.sol";
import {PayersFixture} from "../utils/PayersFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";
import {ERC1967Utils} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Utils.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {SlotDerivation} from "@openzeppelin/contracts/utils/SlotDerivation.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

contract PayersGovernanceTest is PayersFixture {
    address internal distributor = makeAddr("distributor");

    /* ============ initialize ============ */

    function test_initialize_setsDefaultsAndRoles() public {
        Payers fresh = _unwiredPayers();
        assertEq(fresh.feeToken(), address(usdc));
        assertEq(fresh.nodes(), address(nodes));
        assertEq(fresh.minimumDeposit(), 10_000_000);
        assertEq(fresh.withdrawalLockPeriod(), 2 days);
        assertEq(fresh.MAX_WITHDRAWAL_LOCK_PERIOD(), 7 days);
        assertEq(fresh.feeDistributor(), address(0));
        assertEq(fresh.nodeSelectionManager(), address(0));
        assertFalse(fresh.paused());
        assertEq(fresh.totalDebt(), 0);
        assertEq(fresh.backedFees(), 0);
        assertEq(fresh.totalPendingWithdrawals(), 0);
        assertEq(fresh.reportCount(), 0);
        assertTrue(fresh.hasRole(fresh.DEFAULT_ADMIN_ROLE(), admin));
        assertTrue(fresh.hasRole(fresh.PAUSER_ROLE(), admin));
        assertFalse(fresh.hasRole(fresh.DEFAULT_ADMIN_ROLE(), address(this)));
    }

    function test_initialize_emitsTheDefaults() public {
        address implementation = address(new Payers());
        vm.expectEmit();
        emit IPayers.MinimumDepositUpdated(0, 10_000_000);
        vm.expectEmit();
        emit IPayers.WithdrawalLockPeriodUpdated(0, 2 days);
        _deployProxy(implementation, admin, address(usdc), address(nodes));
    }

    function test_initialize_revertsWhenCalledTwice() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        payers.initialize(stranger, address(usdc), address(nodes));
    }

    function test_initialize_revertsOnImplementation() public {
        Payers implementation = new Payers();
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        implementation.initialize(stranger, address(usdc), address(nodes));
    }

    function test_initialize_revertsWhenAdminIsZero() public {
        address implementation = address(new Payers());
        vm.expectRevert(IErrors.ZeroAddress.selector);
        _deployProxy(implementation, address(0), address(usdc), address(nodes));
    }

    function test_initialize_revertsWhenFeeTokenIsZero() public {
        address implementation = address(new Payers());
        vm.expectRevert(IErrors.ZeroAddress.selector);
        _deployProxy(implementation, admin, address(0), address(nodes));
    }

    function test_initialize_revertsWhenNodesIsZero() public {
        address implementation = address(new Payers());
        vm.expectRevert(IErrors.ZeroAddress.selector);
        _deployProxy(implementation, admin, address(usdc), address(0));
    }

    function test_initialize_revertsWhenFeeTokenIsNotSixDecimals() public {
        address implementation = address(new Payers());
        vm.expectRevert(abi.encodeWithSelector(IPayers.InvalidFeeTokenDecimals.selector, 18));
        _deployProxy(implementation, admin, address(xmtp), address(nodes));
    }

    /* ============ setMinimumDeposit ============ */

    function test_setMinimumDeposit_updatesAndEmits() public {
        vm.expectEmit(address(payers));
        emit IPayers.MinimumDepositUpdated(10_000_000, 1);
        vm.prank(admin);
        payers.setMinimumDeposit(1);
        assertEq(payers.minimumDeposit(), 1);
    }

    function test_setMinimumDeposit_acceptsTheLargestPackedValue() public {
        vm.prank(admin);
        payers.setMinimumDeposit(type(uint64).max);
        assertEq(payers.minimumDeposit(), type(uint64).max);
    }

    function test_setMinimumDeposit_keepsTheRestOfTheConfiguration() public {
        vm.startPrank(admin);
        payers.setWithdrawalLockPeriod(3 days);
        payers.pause();
        payers.setMinimumDeposit(77);
        vm.stopPrank();
        assertEq(payers.withdrawalLockPeriod(), 3 days);
        assertTrue(payers.paused());
        assertEq(payers.feeToken(), address(usdc));
    }

    function test_setMinimumDeposit_revertsWhenZero() public {
        vm.expectRevert(abi.encodeWithSelector(IPayers.InvalidMinimumDeposit.selector, 0));
        vm.prank(admin);
        payers.setMinimumDeposit(0);
    }

    function test_setMinimumDeposit_revertsWhenItDoesNotFit() public {
        uint256 tooLarge = uint256(type(uint64).max) + 1;
        vm.expectRevert(abi.encodeWithSelector(IPayers.InvalidMinimumDeposit.selector, tooLarge));
        vm.prank(admin);
        payers.setMinimumDeposit(tooLarge);
    }

    function test_setMinimumDeposit_revertsWhenNotAdmin() public {
        _expectUnauthorized(stranger, payers.DEFAULT_ADMIN_ROLE());
        vm.prank(stranger);
        payers.setMinimumDeposit(1);
    }

    /* ============ setWithdrawalLockPeriod ============ */

    function test_setWithdrawalLockPeriod_updatesAndEmits() public {
        vm.expectEmit(address(payers));
        emit IPayers.WithdrawalLockPeriodUpdated(2 days, 7 days);
        vm.prank(admin);
        payers.setWithdrawalLockPeriod(7 days);
        assertEq(payers.withdrawalLockPeriod(), 7 days);
    }

    function test_setWithdrawalLockPeriod_acceptsZero() public {
        vm.prank(admin);
        payers.setWithdrawalLockPeriod(0);
        assertEq(payers.withdrawalLockPeriod(), 0);
        assertEq(payers.minimumDeposit(), 10_000_000);
    }

    function test_setWithdrawalLockPeriod_revertsAboveTheMaximum() public {
        vm.expectRevert(abi.encodeWithSelector(IPayers.InvalidWithdrawalLockPeriod.selector, 7 days + 1));
        vm.prank(admin);
        payers.setWithdrawalLockPeriod(7 days + 1);
    }

    function test_setWithdrawalLockPeriod_revertsWhenNotAdmin() public {
        _expectUnauthorized(stranger, payers.DEFAULT_ADMIN_ROLE());
        vm.prank(stranger);
        payers.setWithdrawalLockPeriod(1 days);
    }

    /* ============ setFeeDistributor ============ */

    function test_setFeeDistributor_updatesAndEmits() public {
        // The deployment wired the reward distributor.
        assertEq(payers.feeDistributor(), suite.rewardDistributor.proxy);
        vm.expectEmit(address(payers));
        emit IPayers.FeeDistributorUpdated(suite.rewardDistributor.proxy, distributor);
        vm.prank(admin);
        payers.setFeeDistributor(distributor);
        assertEq(payers.feeDistributor(), distributor);

        address next = makeAddr("next distributor");
        vm.expectEmit(address(payers));
        emit IPayers.FeeDistributorUpdated(distributor, next);
        vm.prank(admin);
        payers.setFeeDistributor(next);
        assertEq(payers.feeDistributor(), next);
    }

    function test_setFeeDistributor_revertsWhenZero() public {
        vm.expectRevert(IErrors.ZeroAddress.selector);
        vm.prank(admin);
        payers.setFeeDistributor(address(0));
    }

    function test_setFeeDistributor_revertsWhenNotAdmin() public {
        _expectUnauthorized(stranger, payers.DEFAULT_ADMIN_ROLE());
        vm.prank(stranger);
        payers.setFeeDistributor(distributor);
    }

    /* ============ setNodeSelectionManager ============ */

    function test_setNodeSelectionManager_updatesAndEmits() public {
        vm.expectEmit(address(payers));
        emit IPayers.NodeSelectionManagerUpdated(address(0), address(selection));
        vm.prank(admin);
        payers.setNodeSelectionManager(address(selection));
        assertEq(payers.nodeSelectionManager(), address(selection));
    }

    function test_setNodeSelectionManager_unsetsWithZero() public {
        vm.startPrank(admin);
        payers.setNodeSelectionManager(address(selection));
        vm.expectEmit(address(payers));
        emit IPayers.NodeSelectionManagerUpdated(address(selection), address(0));
        payers.setNodeSelectionManager(address(0));
        vm.stopPrank();
        assertEq(payers.nodeSelectionManager(), address(0));
        // Back to the registry's enabled nodes.
        (bytes32 registryHash, uint256 registrySize) = nodes.nodeSet();
        (bytes32 nodeSetHash, uint256 size) = payers.reportNodeSet(EPOCH);
        assertEq(nodeSetHash, registryHash);
        assertEq(size, registrySize);
    }

    function test_setNodeSelectionManager_revertsWhenItReadsAnotherRegistry() public {
        address otherNodes = makeAddr("other nodes");
        address other = address(
            new ERC1967Proxy(
                suite.nodeSelectionManager.implementation,
                abi.encodeCall(NodeSelectionManager.initialize, (admin, otherNodes, address(xmtp)))
            )
        );
        vm.expectRevert(
            abi.encodeWithSelector(IPayers.NodeSelectionManagerRegistryMismatch.selector, address(nodes), otherNodes)
        );
        vm.prank(admin);
        payers.setNodeSelectionManager(other);
    }

    function test_setNodeSelectionManager_revertsWhenNotAdmin() public {
        _expectUnauthorized(stranger, payers.DEFAULT_ADMIN_ROLE());
        vm.prank(stranger);
        payers.setNodeSelectionManager(address(selection));
    }

    /* ============ pause / unpause ============ */

    function test_pause_pausesAndEmits() public {
        address pauser = makeAddr("pauser");
        bytes32 pauserRole = payers.PAUSER_ROLE();
        vm.prank(admin);
        payers.grantRole(pauserRole, pauser);

        vm.expectEmit(address(payers));
        emit IPayers.Paused(pauser);
        vm.prank(pauser);
        payers.pause();
        assertTrue(payers.paused());
        assertEq(payers.minimumDeposit(), 10_000_000, "the rest of the configuration is kept");
    }

    function test_pause_revertsWhenNotPauser() public {
        _expectUnauthorized(stranger, payers.PAUSER_ROLE());
        vm.prank(stranger);
        payers.pause();
    }

    function test_pause_revertsWhenAlreadyPaused() public {
        vm.startPrank(admin);
        payers.pause();
        vm.expectRevert(IPayers.EnforcedPause.selector);
        payers.pause();
        vm.stopPrank();
    }

    function test_unpause_unpausesAndEmits() public {
        vm.startPrank(admin);
        payers.pause();
        vm.expectEmit(address(payers));
        emit IPayers.Unpaused(admin);
        payers.unpause();
        vm.stopPrank();
        assertFalse(payers.paused());
        _fund(alice, 10 * USDC);
    }

    function test_unpause_revertsWhenOnlyPauser() public {
        address pauser = makeAddr("pauser");
        vm.startPrank(admin);
        payers.grantRole(payers.PAUSER_ROLE(), pauser);
        payers.pause();
        vm.stopPrank();

        _expectUnauthorized(pauser, payers.DEFAULT_ADMIN_ROLE());
        vm.prank(pauser);
        payers.unpause();
    }

    function test_unpause_revertsWhenNotPaused() public {
        vm.expectRevert(IPayers.ExpectedPause.selector);
        vm.prank(admin);
        payers.unpause();
    }

    /* ============ Upgrades and storage ============ */

    function test_upgradeToAndCall_keepsAllState() public {
        _addNodes(3);
        _fund(alice, 50 * USDC);
        IPayers.PayerFee[] memory fees = _payerFees(5, 9);
        fees[0].payer = alice;
        uint256 reportId = _submitFees(fees);
        _settle(reportId, fees, 0, 2);
        vm.prank(alice);
        payers.requestWithdrawal(20 * USDC);
        vm.startPrank(admin);
        payers.setFeeDistributor(distributor);
        payers.setMinimumDeposit(12 * USDC);
        payers.setWithdrawalLockPeriod(1 days);
        vm.stopPrank();
        Snapshot memory before = _snapshot(alice);

        address newImplementation = address(new Payers());
        vm.prank(admin);
        payers.upgradeToAndCall(newImplementation, "");

        assertEq(
            address(uint160(uint256(vm.load(address(payers), ERC1967Utils.IMPLEMENTATION_SLOT)))), newImplementation
        );
        Snapshot memory afterUpgrade = _snapshot(alice);
        assertEq(keccak256(abi.encode(afterUpgrade)), keccak256(abi.encode(before)), "state changed");
        assertEq(afterUpgrade.settledCount, 2);
        assertEq(afterUpgrade.lastReported, 10);

        // And it keeps working: the rest of the report settles, signatures still verify.
        _settle(reportId, fees, 2, 3);
        _submitFees(fees);
        assertEq(payers.reportCount(), 2);
    }

    function test_upgradeToAndCall_keepsTheNodeSelectionManager() public {
        vm.prank(admin);
        payers.setNodeSelectionManager(address(selection));
        address newImplementation = address(new Payers());
        vm.prank(admin);
        payers.upgradeToAndCall(newImplementation, "");
        assertEq(payers.nodeSelectionManager(), address(selection));
    }

    function test_upgradeToAndCall_revertsWhenNotAdmin() public {
        address newImplementation = address(new Payers());
        _expectUnauthorized(stranger, payers.DEFAULT_ADMIN_ROLE());
        vm.prank(stranger);
        payers.upgradeToAndCall(newImplementation, "");
    }

    function test_upgradeToAndCall_revertsForThePauser() public {
        address pauser = makeAddr("pauser");
        vm.startPrank(admin);
        payers.grantRole(payers.PAUSER_ROLE(), pauser);
        vm.stopPrank();
        address newImplementation = address(new Payers());
        _expectUnauthorized(pauser, payers.DEFAULT_ADMIN_ROLE());
        vm.prank(pauser);
        payers.upgradeToAndCall(newImplementation, "");
    }

    function test_storage_usesErc7201Slot() public {
        vm.startPrank(admin);
        payers.setMinimumDeposit(123_456);
        payers.setWithdrawalLockPeriod(3 days);
        payers.pause();
        vm.stopPrank();

        bytes32 slot = SlotDerivation.erc7201Slot("xmtp.storage.Payers");
        assertEq(slot, 0x233240f685bd74e771cd62fa936c2901dfbc08d074ff73e0a4419ef926463600);
        uint256 word = uint256(vm.load(address(payers), slot));
        assertEq(word & type(uint160).max, uint160(address(usdc)), "feeToken in bits 0-159");
        assertEq((word >> 160) & type(uint64).max, 123_456, "minimumDeposit in bits 160-223");
        assertEq((word >> 224) & type(uint24).max, 3 days, "withdrawalLockPeriod in bits 224-247");
        assertEq(word >> 248, 1, "paused in bit 248");
    }

    function test_storage_packsTheTotalsInOneSlot() public {
        _addNodes(1);
        _fund(alice, 10 * USDC);
        IPayers.PayerFee[] memory fees = new IPayers.PayerFee[](2);
        fees[0] = IPayers.PayerFee({payer: alice, fee: SafeCast.toUint96(4 * USDC)});
        fees[1] = IPayers.PayerFee({payer: bob, fee: SafeCast.toUint96(3 * USDC)});
        _settle(_submitFees(fees), fees, 0, 2);

        bytes32 slot = bytes32(uint256(SlotDerivation.erc7201Slot("xmtp.storage.Payers")) + 1);
        uint256 word = uint256(vm.load(address(payers), slot));
        assertEq(word & type(uint128).max, 3 * USDC, "totalDebt in the low half");
        assertEq(word >> 128, 4 * USDC, "backedFees in the high half");
    }

    function test_storage_appendsTheNodeSelectionManager() public {
        vm.prank(admin);
        payers.setNodeSelectionManager(address(selection));
        // After the ten fields of the first version: config, totals, pending, nodes + reportCount, feeDistributor and
        // five mappings.
        bytes32 slot = bytes32(uint256(SlotDerivation.erc7201Slot("xmtp.storage.Payers")) + 10);
        assertEq(address(uint160(uint256(vm.load(address(payers), slot)))), address(selection));
    }

    /* ============ Helpers ============ */

    struct Snapshot {
        int256 balance;
        IPayers.Withdrawal pending;
        address feeToken;
        address nodes;
        address feeDistributor;
        uint256 minimumDeposit;
        uint32 lockPeriod;
        uint256 totalDebt;
        uint256 backedFees;
        uint256 totalPendingWithdrawals;
        bool paused;
        uint256 reportCount;
        uint64 lastReported;
        uint64 messagesServed;
        uint32 settledCount;
        bytes32 payersRoot;
        bool isAdmin;
        bytes32 digestOfEmptyReport;
    }

    function _snapshot(address payer) internal view returns (Snapshot memory s) {
        s.balance = payers.balanceOf(payer);
        s.pending = payers.pendingWithdrawal(payer);
        s.feeToken = payers.feeToken();
        s.nodes = payers.nodes();
        s.feeDistributor = payers.feeDistributor();
        s.minimumDeposit = payers.minimumDeposit();
        s.lockPeriod = payers.withdrawalLockPeriod();
        s.totalDebt = payers.totalDebt();
        s.backedFees = payers.backedFees();
        s.totalPendingWithdrawals = payers.totalPendingWithdrawals();
        s.paused = payers.paused();
        s.reportCount = payers.reportCount();
        s.lastReported = payers.lastReportedSequenceId(nodeIds[0]);
        s.messagesServed = payers.messagesServed(EPOCH, nodeIds[0]);
        (,, s.settledCount, s.payersRoot) = payers.getReport(0);
        s.isAdmin = payers.hasRole(payers.DEFAULT_ADMIN_ROLE(), admin);
        IPayers.UsageReport memory empty;
        s.digestOfEmptyReport = payers.usageReportDigest(empty);
    }

    function _deployProxy(address implementation, address admin_, address feeToken, address nodes_)
        internal
        returns (address)
    {
        return address(new ERC1967Proxy(implementation, abi.encodeCall(Payers.initialize, (admin_, feeToken, nodes_))));
    }

    function _expectUnauthorized(address account, bytes32 role) internal {
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, account, role));
    }
}
