// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {RewardDistributor} from "../../contracts/RewardDistributor.sol";
import {IErrors} from "../../contracts/interfaces/IErrors.sol";
import {INodeEarningsTracker} from "../../contracts/interfaces/INodeEarningsTracker.sol";
import {IRewardDistributor} from "../../contracts/interfaces/IRewardDistributor.sol";
import {RewardsFixture} from "../utils/RewardsFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";
import {ERC1967Utils} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Utils.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {SlotDerivation} from "@openzeppelin/contracts/utils/SlotDerivation.sol";

/// @notice The distributor's governance: parameters, pause, initialization, upgrades, and the admin's earnings
///         adjustments and the profit cap enforced after a change.
contract RewardDistributorGovernanceTest is RewardsFixture {
    /// @dev With this base pay one node's base cost for a 12-hour epoch of a 30-day period is 10 USDC.
    uint256 internal constant BASE_PAY = 600 * USDC;
    uint256 internal constant EPOCH_COST = 10 * USDC;

    address internal pauser = makeAddr("pauser");

    /* ============ Helpers ============ */

    function _expectUnauthorized(address account, bytes32 role) internal {
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, account, role));
    }

    function _newImplementation() internal returns (address) {
        return address(
            new RewardDistributor(
                address(usdc), address(selection), address(payers), address(nodes), address(tracker), address(treasury)
            )
        );
    }

    function _deployProxy(address implementation, address admin_) internal returns (RewardDistributor) {
        return RewardDistributor(
            address(new ERC1967Proxy(implementation, abi.encodeCall(RewardDistributor.initialize, (admin_))))
        );
    }

    /// @dev Seats `count` nodes, distributes the empty epochs before them, and sets the base pay to `BASE_PAY`.
    function _seatWithRoundCosts(uint256 count) internal {
        // Set before the seats fill: a price applies from the epoch after the one it is set in.
        vm.prank(admin);
        distributor.setBasePayPerMonth(BASE_PAY);
        _seat(count);
        distributor.distributeRewards();
        assertEq(_baseCost(), EPOCH_COST);
    }

    /// @dev Funds the pool with `amount`, closes the current epoch and distributes it.
    function _distributeEpoch(uint256 amount) internal {
        _fundPool(amount);
        _rotate();
        distributor.distributeRewards();
    }

    function _setCap(uint256 bps) internal {
        vm.prank(admin);
        distributor.setProfitCapBps(bps);
    }

    /* ============ initialize and constructor ============ */

    function test_initialize_setsDefaultsAndRoles() public view {
        assertEq(distributor.basePayPerMonth(), 1000 * USDC);
        assertEq(distributor.variableCostPerMessage(), 0);
        assertEq(distributor.payoutPeriod(), 30 days);
        assertEq(distributor.profitCapBps(), 12_500);
        assertFalse(distributor.paused());
        assertEq(distributor.nextEpoch(), selection.currentEpoch());
        assertEq(distributor.currentPeriod(), 0);
        (uint256 period, uint256 index) = distributor.payoutCursor();
        assertEq(period, 0);
        assertEq(index, 0);
        assertEq(distributor.pool(), 0);
        assertEq(distributor.unpaidEarnings(), 0);
        assertEq(distributor.totalClaimable(), 0);
        assertEq(distributor.totalOwed(), 0);
        assertEq(distributor.usdc(), address(usdc));
        assertEq(distributor.selection(), address(selection));
        assertEq(distributor.payers(), address(payers));
        assertEq(distributor.nodes(), address(nodes));
        assertEq(distributor.tracker(), address(tracker));
        assertEq(distributor.treasury(), address(treasury));
        assertEq(distributor.PAUSER_ROLE(), keccak256("PAUSER_ROLE"));
        assertTrue(distributor.hasRole(distributor.DEFAULT_ADMIN_ROLE(), admin));
        assertTrue(distributor.hasRole(distributor.PAUSER_ROLE(), admin));
        assertFalse(distributor.hasRole(distributor.DEFAULT_ADMIN_ROLE(), address(this)));
        assertFalse(distributor.hasRole(distributor.PAUSER_ROLE(), address(this)));
    }

    function test_initialize_startsAtTheSelectionsCurrentEpoch() public {
        _seat(1);
        uint256 current = selection.currentEpoch();
        assertGt(current, 0);
        RewardDistributor fresh = _deployProxy(_newImplementation(), admin);
        assertEq(fresh.nextEpoch(), current);
        assertEq(fresh.pendingEpochs(), 0);
        _rotate();
        assertEq(fresh.pendingEpochs(), 1);
    }

    function test_initialize_revertsWhenCalledTwice() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        distributor.initialize(stranger);
    }

    function test_initialize_revertsOnImplementation() public {
        RewardDistributor implementation = RewardDistributor(_newImplementation());
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        implementation.initialize(stranger);
    }

    function test_initialize_revertsOnTheDeployedImplementation() public {
        RewardDistributor implementation = RewardDistributor(suite.rewardDistributor.implementation);
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        implementation.initialize(stranger);
    }

    function test_initialize_revertsWhenAdminIsZero() public {
        address implementation = _newImplementation();
        vm.expectRevert(IErrors.ZeroAddress.selector);
        _deployProxy(implementation, address(0));
    }

    function test_constructor_revertsWhenAnAddressIsZero() public {
        address[6] memory args =
            [address(usdc), address(selection), address(payers), address(nodes), address(tracker), address(treasury)];
        for (uint256 i; i < 6; ++i) {
            address[6] memory a = args;
            a[i] = address(0);
            vm.expectRevert(IErrors.ZeroAddress.selector);
            new RewardDistributor(a[0], a[1], a[2], a[3], a[4], a[5]);
        }
    }

    function test_constructor_revertsWhenUsdcIsNotSixDecimals() public {
        vm.expectRevert(abi.encodeWithSelector(IRewardDistributor.InvalidUsdcDecimals.selector, 18));
        new RewardDistributor(
            address(xmtp), address(selection), address(payers), address(nodes), address(tracker), address(treasury)
        );
    }

    /* ============ setBasePayPerMonth ============ */

    function test_setBasePayPerMonth_updatesAndEmits() public {
        vm.expectEmit(address(distributor));
        emit IRewardDistributor.BasePayPerMonthUpdated(1000 * USDC, 2500 * USDC);
        vm.prank(admin);
        distributor.setBasePayPerMonth(2500 * USDC);
        assertEq(distributor.basePayPerMonth(), 2500 * USDC);
    }

    function test_setBasePayPerMonth_acceptsZeroAndTheMaximum() public {
        vm.startPrank(admin);
        distributor.setBasePayPerMonth(0);
        assertEq(distributor.basePayPerMonth(), 0);
        vm.expectEmit(address(distributor));
        emit IRewardDistributor.BasePayPerMonthUpdated(0, 1_000_000 * USDC);
        distributor.setBasePayPerMonth(1_000_000 * USDC);
        vm.stopPrank();
        assertEq(distributor.basePayPerMonth(), 1_000_000 * USDC);
    }

    function test_setBasePayPerMonth_revertsWhenOutOfBounds() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IRewardDistributor.ParameterOutOfBounds.selector, 1_000_000 * USDC + 1, 0, 1_000_000 * USDC
            )
        );
        vm.prank(admin);
        distributor.setBasePayPerMonth(1_000_000 * USDC + 1);
        assertEq(distributor.basePayPerMonth(), 1000 * USDC);
    }

    function testFuzz_setBasePayPerMonth_acceptsExactlyTheBounds(uint256 amount) public {
        if (amount > 1_000_000 * USDC) {
            vm.expectRevert(
                abi.encodeWithSelector(IRewardDistributor.ParameterOutOfBounds.selector, amount, 0, 1_000_000 * USDC)
            );
        }
        vm.prank(admin);
        distributor.setBasePayPerMonth(amount);
        assertEq(distributor.basePayPerMonth(), amount > 1_000_000 * USDC ? 1000 * USDC : amount);
    }

    function test_setBasePayPerMonth_revertsWhenNotAdmin() public {
        _expectUnauthorized(stranger, distributor.DEFAULT_ADMIN_ROLE());
        vm.prank(stranger);
        distributor.setBasePayPerMonth(1);
    }

    /* ============ setVariableCostPerMessage ============ */

    function test_setVariableCostPerMessage_updatesAndEmits() public {
        vm.expectEmit(address(distributor));
        emit IRewardDistributor.VariableCostPerMessageUpdated(0, 250);
        vm.prank(admin);
        distributor.setVariableCostPerMessage(250);
        assertEq(distributor.variableCostPerMessage(), 250);

        vm.expectEmit(address(distributor));
        emit IRewardDistributor.VariableCostPerMessageUpdated(250, USDC);
        vm.prank(admin);
        distributor.setVariableCostPerMessage(USDC);
        assertEq(distributor.variableCostPerMessage(), USDC);
    }

    function test_setVariableCostPerMessage_revertsWhenOutOfBounds() public {
        vm.expectRevert(abi.encodeWithSelector(IRewardDistributor.ParameterOutOfBounds.selector, USDC + 1, 0, USDC));
        vm.prank(admin);
        distributor.setVariableCostPerMessage(USDC + 1);
        assertEq(distributor.variableCostPerMessage(), 0);
    }

    function test_setVariableCostPerMessage_revertsWhenNotAdmin() public {
        bytes32 role = distributor.DEFAULT_ADMIN_ROLE();
        _expectUnauthorized(stranger, role);
        vm.prank(stranger);
        distributor.setVariableCostPerMessage(1);
    }

    /* ============ setPayoutPeriod ============ */

    function test_setPayoutPeriod_updatesAndEmits() public {
        vm.expectEmit(address(distributor));
        emit IRewardDistributor.PayoutPeriodUpdated(30 days, 7 days);
        vm.prank(admin);
        distributor.setPayoutPeriod(7 days);
        assertEq(distributor.payoutPeriod(), 7 days);
    }

    function test_setPayoutPeriod_acceptsTheBounds() public {
        vm.startPrank(admin);
        distributor.setPayoutPeriod(1 days);
        assertEq(distributor.payoutPeriod(), 1 days);
        distributor.setPayoutPeriod(365 days);
        assertEq(distributor.payoutPeriod(), 365 days);
        vm.stopPrank();
    }

    function test_setPayoutPeriod_revertsWhenOutOfBounds() public {
        vm.expectRevert(
            abi.encodeWithSelector(IRewardDistributor.ParameterOutOfBounds.selector, 1 days - 1, 1 days, 365 days)
        );
        vm.prank(admin);
        distributor.setPayoutPeriod(1 days - 1);

        vm.expectRevert(
            abi.encodeWithSelector(IRewardDistributor.ParameterOutOfBounds.selector, 365 days + 1, 1 days, 365 days)
        );
        vm.prank(admin);
        distributor.setPayoutPeriod(365 days + 1);

        vm.expectRevert(abi.encodeWithSelector(IRewardDistributor.ParameterOutOfBounds.selector, 0, 1 days, 365 days));
        vm.prank(admin);
        distributor.setPayoutPeriod(0);
        assertEq(distributor.payoutPeriod(), 30 days);
    }

    function test_setPayoutPeriod_revertsWhenNotAdmin() public {
        bytes32 role = distributor.DEFAULT_ADMIN_ROLE();
        _expectUnauthorized(pauser, role);
        vm.prank(pauser);
        distributor.setPayoutPeriod(1 days);
    }

    function test_setPayoutPeriod_appliesFromTheNextPeriodOn() public {
        (address operator,) = _candidate("operator");
        _bootstrap();
        uint256 firstEpoch = selection.currentEpoch();
        uint256 baseCost30 = _baseCost();
        vm.prank(admin);
        distributor.setPayoutPeriod(1 days);

        // Period 0 keeps the 30 days it opened with: 60 epochs of 12 hours, its base pay prorated over 30 days.
        uint256 endOfEpoch59 = selection.nextRotationAt() + (59 - firstEpoch) * 12 hours;
        // Fees that just cover base pay: costs are recorded when paid.
        _runPeriod(baseCost30);
        assertEq(distributor.periodClosedAt(0), endOfEpoch59);
        assertEq(distributor.nextEpoch(), 60);
        assertEq(distributor.currentPeriod(), 1);
        assertEq(tracker.costsOf(operator, 0), (60 - firstEpoch) * baseCost30);

        // Period 1 opened with 1 day: two epochs, each costing half the monthly base pay.
        _runPeriod(1000 * USDC / 2);
        assertEq(distributor.nextEpoch(), 62);
        assertEq(distributor.currentPeriod(), 2);
        assertEq(tracker.costsOf(operator, 1), 2 * (1000 * USDC / 2));
    }

    /* ============ setProfitCapBps ============ */

    function test_setProfitCapBps_updatesAndEmits() public {
        vm.expectEmit(address(distributor));
        emit IRewardDistributor.ProfitCapBpsUpdated(12_500, 20_000);
        _setCap(20_000);
        assertEq(distributor.profitCapBps(), 20_000);
    }

    function test_setProfitCapBps_acceptsTheBounds() public {
        _setCap(10_000);
        assertEq(distributor.profitCapBps(), 10_000);
        _setCap(100_000);
        assertEq(distributor.profitCapBps(), 100_000);
    }

    function test_setProfitCapBps_revertsWhenOutOfBounds() public {
        vm.expectRevert(abi.encodeWithSelector(IRewardDistributor.ParameterOutOfBounds.selector, 9999, 10_000, 100_000));
        _setCap(9999);

        vm.expectRevert(
            abi.encodeWithSelector(IRewardDistributor.ParameterOutOfBounds.selector, 100_001, 10_000, 100_000)
        );
        _setCap(100_001);
        assertEq(distributor.profitCapBps(), 12_500);
    }

    function testFuzz_setProfitCapBps_acceptsExactlyTheBounds(uint256 bps) public {
        bool within = bps >= 10_000 && bps <= 100_000;
        if (!within) {
            vm.expectRevert(
                abi.encodeWithSelector(IRewardDistributor.ParameterOutOfBounds.selector, bps, 10_000, 100_000)
            );
        }
        _setCap(bps);
        assertEq(distributor.profitCapBps(), within ? bps : 12_500);
    }

    function test_setProfitCapBps_revertsWhenNotAdmin() public {
        bytes32 role = distributor.DEFAULT_ADMIN_ROLE();
        _expectUnauthorized(stranger, role);
        vm.prank(stranger);
        distributor.setProfitCapBps(20_000);
    }

    /* ============ pause and unpause ============ */

    function test_pause_pausesAndEmits() public {
        vm.expectEmit(address(distributor));
        emit IRewardDistributor.Paused(admin);
        vm.prank(admin);
        distributor.pause();
        assertTrue(distributor.paused());
    }

    function test_pause_byAGrantedPauser() public {
        bytes32 role = distributor.PAUSER_ROLE();
        vm.prank(admin);
        distributor.grantRole(role, pauser);
        vm.expectEmit(address(distributor));
        emit IRewardDistributor.Paused(pauser);
        vm.prank(pauser);
        distributor.pause();
        assertTrue(distributor.paused());
    }

    function test_pause_revertsWhenNotPauser() public {
        bytes32 role = distributor.PAUSER_ROLE();
        _expectUnauthorized(stranger, role);
        vm.prank(stranger);
        distributor.pause();
    }

    function test_pause_revertsWhenPaused() public {
        vm.startPrank(admin);
        distributor.pause();
        vm.expectRevert(IRewardDistributor.EnforcedPause.selector);
        distributor.pause();
        vm.stopPrank();
    }

    function test_unpause_resumesAndEmits() public {
        vm.prank(admin);
        distributor.pause();
        vm.expectEmit(address(distributor));
        emit IRewardDistributor.Unpaused(admin);
        vm.prank(admin);
        distributor.unpause();
        assertFalse(distributor.paused());
    }

    function test_unpause_revertsWhenNotAdmin() public {
        bytes32 pauserRole = distributor.PAUSER_ROLE();
        bytes32 adminRole = distributor.DEFAULT_ADMIN_ROLE();
        vm.startPrank(admin);
        distributor.grantRole(pauserRole, pauser);
        distributor.pause();
        vm.stopPrank();
        // The pauser may pause but not resume.
        _expectUnauthorized(pauser, adminRole);
        vm.prank(pauser);
        distributor.unpause();
        assertTrue(distributor.paused());
    }

    function test_unpause_revertsWhenNotPaused() public {
        vm.expectRevert(IRewardDistributor.ExpectedPause.selector);
        vm.prank(admin);
        distributor.unpause();
    }

    function test_pause_stopsDistributionsPayoutsClaimsAndAdjustments() public {
        _seatWithRoundCosts(2);
        _distributeEpoch(20 * USDC);
        _fundPool(5 * USDC);
        vm.prank(admin);
        distributor.pause();

        vm.expectRevert(IRewardDistributor.EnforcedPause.selector);
        distributor.distributeRewards();
        vm.expectRevert(IRewardDistributor.EnforcedPause.selector);
        distributor.executePayouts(10);
        vm.expectRevert(IRewardDistributor.EnforcedPause.selector);
        vm.prank(operators[0]);
        distributor.claim();
        vm.expectRevert(IRewardDistributor.EnforcedPause.selector);
        vm.prank(operators[0]);
        distributor.claimTo(stranger);
        vm.expectRevert(IRewardDistributor.EnforcedPause.selector);
        vm.prank(admin);
        distributor.updateNodeEarnings(operators[0], USDC);
        vm.expectRevert(IRewardDistributor.EnforcedPause.selector);
        distributor.enforceProfitCap(operators[0]);
        vm.expectRevert(IRewardDistributor.EnforcedPause.selector);
        tracker.enforceProfitCap(operators[0]);
    }

    function test_unpause_resumesDistribution() public {
        _seatWithRoundCosts(2);
        vm.prank(admin);
        distributor.pause();
        _fundPool(40 * USDC);
        _rotate();
        _rotate();
        vm.prank(admin);
        distributor.unpause();

        // The epochs that closed while paused are distributed now, each with its share of the pool.
        assertEq(distributor.pendingEpochs(), 2);
        distributor.distributeRewards();
        assertEq(distributor.pendingEpochs(), 0);
        assertEq(tracker.earningsOf(operators[0], 0), 20 * USDC);
        assertEq(tracker.earningsOf(operators[1], 0), 20 * USDC);
        assertEq(distributor.unpaidEarnings(), 40 * USDC);
    }

    /* ============ Upgrades and storage ============ */

    function test_storageSlot_isTheErc7201SlotOfTheNamespace() public view {
        bytes32 slot = SlotDerivation.erc7201Slot("xmtp.storage.RewardDistributor");
        // The second word of the namespace holds the parameters: base pay in the lowest 64 bits, then the cost per
        // message, the payout period and the cap.
        uint256 params = uint256(vm.load(address(distributor), bytes32(uint256(slot) + 1)));
        assertEq(params & type(uint64).max, 1000 * USDC);
        assertEq((params >> 64) & type(uint64).max, 0);
        assertEq((params >> 128) & type(uint32).max, 30 days);
        assertEq((params >> 160) & type(uint32).max, 12_500);
    }

    function test_upgradeToAndCall_keepsAllState() public {
        _seatWithRoundCosts(2);
        _distributeEpoch(15 * USDC);
        _fundPool(3 * USDC);
        vm.startPrank(admin);
        distributor.setVariableCostPerMessage(7);
        distributor.setPayoutPeriod(10 days);
        distributor.setProfitCapBps(15_000);
        vm.stopPrank();
        uint256 owed = distributor.totalOwed();
        assertGt(owed, 0);
        bytes memory before = _state();

        address implementation = _newImplementation();
        vm.prank(admin);
        distributor.upgradeToAndCall(implementation, "");

        assertEq(
            address(uint160(uint256(vm.load(address(distributor), ERC1967Utils.IMPLEMENTATION_SLOT)))), implementation
        );
        assertEq(keccak256(_state()), keccak256(before), "state changed");
        // And it keeps working: the unsynced 3 USDC join the pool at the next distribution and repay 1.5 USDC of
        // each node's 2.5 USDC owed; that epoch's 20 USDC of costs are owed anew.
        _rotate();
        distributor.distributeRewards();
        assertEq(owed, 5 * USDC);
        assertEq(distributor.totalOwed(), owed - 3 * USDC + 2 * EPOCH_COST);
        assertEq(tracker.earningsOf(operators[0], 0), 9 * USDC);
    }

    function test_upgradeToAndCall_revertsWhenNotAdmin() public {
        address implementation = _newImplementation();
        bytes32 role = distributor.DEFAULT_ADMIN_ROLE();
        _expectUnauthorized(stranger, role);
        vm.prank(stranger);
        distributor.upgradeToAndCall(implementation, "");
        assertEq(
            address(uint160(uint256(vm.load(address(distributor), ERC1967Utils.IMPLEMENTATION_SLOT)))),
            suite.rewardDistributor.implementation
        );
    }

    function test_upgradeToAndCall_revertsForThePauser() public {
        address implementation = _newImplementation();
        bytes32 pauserRole = distributor.PAUSER_ROLE();
        bytes32 adminRole = distributor.DEFAULT_ADMIN_ROLE();
        vm.prank(admin);
        distributor.grantRole(pauserRole, pauser);
        _expectUnauthorized(pauser, adminRole);
        vm.prank(pauser);
        distributor.upgradeToAndCall(implementation, "");
    }

    function _state() internal view returns (bytes memory) {
        (uint256 payoutPeriod_, uint256 payoutIndex) = distributor.payoutCursor();
        return abi.encode(
            abi.encode(
                distributor.basePayPerMonth(),
                distributor.variableCostPerMessage(),
                distributor.payoutPeriod(),
                distributor.profitCapBps(),
                distributor.paused(),
                distributor.nextEpoch(),
                distributor.currentPeriod(),
                payoutPeriod_,
                payoutIndex
            ),
            abi.encode(
                distributor.pool(),
                distributor.unpaidEarnings(),
                distributor.totalClaimable(),
                distributor.totalOwed(),
                distributor.nextPayoutAt(),
                distributor.hasRole(distributor.DEFAULT_ADMIN_ROLE(), admin),
                distributor.hasRole(distributor.PAUSER_ROLE(), admin)
            )
        );
    }

    /* ============ updateNodeEarnings ============ */

    function test_updateNodeEarnings_movesPoolToTheNodesEarnings() public {
        _seatWithRoundCosts(2);
        _distributeEpoch(20 * USDC);
        address node = operators[0];
        assertEq(tracker.earningsOf(node, 0), 10 * USDC);
        // Not synced yet: the adjustment syncs the pool first.
        _fundPool(5 * USDC);
        uint256 treasuryBefore = _treasuryUsdc();

        vm.expectEmit(address(tracker));
        emit INodeEarningsTracker.EarningsUpdated(node, 12 * USDC, vm.getBlockTimestamp());
        vm.expectEmit(address(distributor));
        emit IRewardDistributor.EarningsAdjusted(node, 0, 2 * USDC, 0);
        vm.prank(admin);
        distributor.updateNodeEarnings(node, 2 * USDC);

        assertEq(tracker.earningsOf(node, 0), 12 * USDC);
        assertEq(tracker.getTotalEarnings(node), 12 * USDC);
        assertEq(tracker.earningsOf(operators[1], 0), 10 * USDC);
        assertEq(distributor.pool(), 3 * USDC);
        assertEq(distributor.unpaidEarnings(), 22 * USDC);
        assertEq(_treasuryUsdc(), treasuryBefore);
        assertEq(_distributorHeld(), usdc.balanceOf(address(distributor)));
    }

    function test_updateNodeEarnings_forwardsWhatIsAboveTheCap() public {
        _seatWithRoundCosts(2);
        _distributeEpoch(20 * USDC);
        address node = operators[0];
        _fundPool(5 * USDC);
        uint256 treasuryBefore = _treasuryUsdc();

        // The cap is 12.5 USDC on 10 USDC of costs: of 4 USDC, 1.5 go to the treasury.
        vm.expectEmit(address(tracker));
        emit INodeEarningsTracker.ProfitCapApplied(node, 0, 1.5e6);
        vm.expectEmit(address(distributor));
        emit IRewardDistributor.EarningsAdjusted(node, 0, 4 * USDC, 1.5e6);
        vm.expectEmit(address(distributor));
        emit IRewardDistributor.ExcessForwarded(address(treasury), 1.5e6);
        vm.prank(admin);
        distributor.updateNodeEarnings(node, 4 * USDC);

        assertEq(tracker.earningsOf(node, 0), 12.5e6);
        assertEq(tracker.getTotalEarnings(node), 12.5e6);
        assertEq(distributor.pool(), 1 * USDC);
        assertEq(distributor.unpaidEarnings(), 22.5e6);
        assertEq(_treasuryUsdc() - treasuryBefore, 1.5e6);
        assertEq(_treasuryHeld(), _treasuryUsdc());
        assertEq(_distributorHeld(), usdc.balanceOf(address(distributor)));
    }

    function test_updateNodeEarnings_forwardsAllWhenTheNodeHasNoCostsInThePeriod() public {
        // The node's costs are all in period 0; in the period just opened it has none yet, so its cap is zero.
        _seatWithRoundCosts(1);
        address node = operators[0];
        _runPeriod(1000 * USDC);
        assertEq(distributor.currentPeriod(), 1);
        _fundPool(3 * USDC);
        uint256 treasuryBefore = _treasuryUsdc();

        vm.expectEmit(address(distributor));
        emit IRewardDistributor.EarningsAdjusted(node, 1, 3 * USDC, 3 * USDC);
        vm.prank(admin);
        distributor.updateNodeEarnings(node, 3 * USDC);

        assertEq(tracker.earningsOf(node, 1), 0);
        assertEq(tracker.periodNodeCount(1), 1);
        assertEq(_treasuryUsdc() - treasuryBefore, 3 * USDC);
        assertEq(_distributorHeld(), usdc.balanceOf(address(distributor)));
    }

    function test_updateNodeEarnings_revertsWhenNotAdmin() public {
        _seatWithRoundCosts(1);
        _fundPool(5 * USDC);
        bytes32 role = distributor.DEFAULT_ADMIN_ROLE();
        _expectUnauthorized(stranger, role);
        vm.prank(stranger);
        distributor.updateNodeEarnings(operators[0], USDC);
    }

    function test_updateNodeEarnings_revertsWhenAmountIsZero() public {
        _seatWithRoundCosts(1);
        vm.expectRevert(IRewardDistributor.ZeroAmount.selector);
        vm.prank(admin);
        distributor.updateNodeEarnings(operators[0], 0);
    }

    function test_updateNodeEarnings_revertsWhenPoolIsShort() public {
        _seatWithRoundCosts(1);
        _distributeEpoch(10 * USDC);
        _fundPool(5 * USDC);
        // The unsynced 5 USDC count: the pool is 5 USDC.
        vm.expectRevert(abi.encodeWithSelector(IRewardDistributor.InsufficientPool.selector, 5 * USDC, 5 * USDC + 1));
        vm.prank(admin);
        distributor.updateNodeEarnings(operators[0], 5 * USDC + 1);
    }

    function test_updateNodeEarnings_revertsWhenNodeWasNeverActive() public {
        _seatWithRoundCosts(1);
        _fundPool(5 * USDC);
        vm.expectRevert(abi.encodeWithSelector(INodeEarningsTracker.UnknownNode.selector, stranger));
        vm.prank(admin);
        distributor.updateNodeEarnings(stranger, USDC);
    }

    function test_updateNodeEarnings_revertsForACandidateNotYetDistributed() public {
        // Seated, but no epoch of it was distributed: the tracker does not know its node id yet.
        _seatWithRoundCosts(1);
        _fundPool(5 * USDC);
        vm.expectRevert(abi.encodeWithSelector(INodeEarningsTracker.UnknownNode.selector, operators[0]));
        vm.prank(admin);
        distributor.updateNodeEarnings(operators[0], USDC);
    }

    /* ============ enforceProfitCap ============ */

    /// @dev Two nodes with 10 USDC of costs each and earnings at the 12.5-USDC cap.
    function _atTheCap() internal {
        _seatWithRoundCosts(2);
        _distributeEpoch(100 * USDC);
        assertEq(tracker.earningsOf(operators[0], 0), 12.5e6);
        assertEq(tracker.earningsOf(operators[1], 0), 12.5e6);
        // The distribution's own excess goes first, so that what follows measures only the enforcement's.
        distributor.forwardExcess();
    }

    function test_enforceProfitCap_movesTheExcessAfterTheCapIsLowered() public {
        _atTheCap();
        address node = operators[0];
        _setCap(10_000);
        uint256 treasuryBefore = _treasuryUsdc();
        uint256 unpaidBefore = distributor.unpaidEarnings();

        vm.expectEmit(address(tracker));
        emit INodeEarningsTracker.ProfitCapApplied(node, 0, 2.5e6);
        vm.expectEmit(address(tracker));
        emit INodeEarningsTracker.EarningsUpdated(node, 10 * USDC, vm.getBlockTimestamp());
        vm.expectEmit(address(distributor));
        emit IRewardDistributor.ProfitCapEnforced(node, 2.5e6);
        vm.expectEmit(address(distributor));
        emit IRewardDistributor.ExcessForwarded(address(treasury), 2.5e6);
        vm.prank(stranger);
        uint256 excess = distributor.enforceProfitCap(node);

        assertEq(excess, 2.5e6);
        assertEq(tracker.earningsOf(node, 0), 10 * USDC);
        assertEq(tracker.getTotalEarnings(node), 10 * USDC);
        assertEq(tracker.earningsOf(operators[1], 0), 12.5e6);
        assertEq(distributor.unpaidEarnings(), unpaidBefore - 2.5e6);
        assertEq(_treasuryUsdc() - treasuryBefore, 2.5e6);
        assertEq(_distributorHeld(), usdc.balanceOf(address(distributor)));
        // A second call finds nothing.
        assertEq(distributor.enforceProfitCap(node), 0);
    }

    function test_enforceProfitCap_returnsZeroWithinTheCap() public {
        _atTheCap();
        uint256 treasuryBefore = _treasuryUsdc();
        uint256 unpaidBefore = distributor.unpaidEarnings();
        vm.recordLogs();
        assertEq(distributor.enforceProfitCap(operators[0]), 0);
        assertEq(vm.getRecordedLogs().length, 0);
        assertEq(tracker.earningsOf(operators[0], 0), 12.5e6);
        assertEq(distributor.unpaidEarnings(), unpaidBefore);
        assertEq(_treasuryUsdc(), treasuryBefore);
    }

    function test_enforceProfitCap_returnsZeroForAnUnknownNode() public {
        _atTheCap();
        _setCap(10_000);
        assertEq(distributor.enforceProfitCap(stranger), 0);
    }

    function test_enforceProfitCap_throughTheTrackerByAnyone() public {
        _atTheCap();
        _setCap(11_000);
        uint256 treasuryBefore = _treasuryUsdc();

        vm.expectEmit(address(distributor));
        emit IRewardDistributor.ProfitCapEnforced(operators[1], 1.5e6);
        vm.prank(stranger);
        uint256 excess = tracker.enforceProfitCap(operators[1]);

        assertEq(excess, 1.5e6);
        assertEq(tracker.earningsOf(operators[1], 0), 11 * USDC);
        assertEq(_treasuryUsdc() - treasuryBefore, 1.5e6);
        assertEq(_distributorHeld(), usdc.balanceOf(address(distributor)));
    }

    function test_enforceProfitCap_leavesClosedPeriodsAlone() public {
        _atTheCap();
        // Close period 0 (the remaining epochs funded at costs), then lower the cap: period 0 may be paid already.
        _runPeriod(20 * USDC);
        assertEq(distributor.currentPeriod(), 1);
        uint256 earned = tracker.earningsOf(operators[0], 0);
        _setCap(10_000);
        assertEq(distributor.enforceProfitCap(operators[0]), 0);
        assertEq(tracker.earningsOf(operators[0], 0), earned);
    }
}
