// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {XMTPTreasury} from "../../contracts/XMTPTreasury.sol";
import {IErrors} from "../../contracts/interfaces/IErrors.sol";
import {IXMTPTreasury} from "../../contracts/interfaces/IXMTPTreasury.sol";
import {TreasuryFixture} from "../utils/TreasuryFixture.sol";
import {ERC1967Utils} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Utils.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {SlotDerivation} from "@openzeppelin/contracts/utils/SlotDerivation.sol";

contract XMTPTreasuryGovernanceTest is TreasuryFixture {
    /* ============ initialize ============ */

    function test_initialize_setsDefaultsAndRoles() public view {
        assertEq(treasury.usdc(), address(usdc));
        assertEq(treasury.xmtp(), address(xmtp));
        assertEq(treasury.buybackBps(), 4000);
        assertEq(treasury.stakingRewardsBps(), 3000);
        assertEq(treasury.treasuryBps(), 3000);
        assertEq(treasury.DEFAULT_BUYBACK_BPS(), 4000);
        assertEq(treasury.DEFAULT_STAKING_REWARDS_BPS(), 3000);
        assertEq(treasury.DEFAULT_TREASURY_BPS(), 3000);
        assertEq(treasury.BPS(), 10_000);
        assertEq(treasury.REWARD_PRECISION(), 1e36);
        assertEq(treasury.buybackBalance(), 0);
        assertEq(treasury.treasuryBalance(), 0);
        assertEq(treasury.stakingRewardsBalance(), 0);
        assertEq(treasury.undistributedStakingRewards(), 0);
        assertEq(treasury.slashedXmtp(), 0);
        assertEq(treasury.totalStaked(), 0);
        assertEq(treasury.stakingRewardPerToken(), 0);
        assertEq(treasury.basePayReserve(), 0);
        assertEq(treasury.basePayReserveShareBps(), 0);
        assertEq(treasury.DISTRIBUTOR_ROLE(), keccak256("DISTRIBUTOR_ROLE"));
        assertEq(treasury.STAKE_REPORTER_ROLE(), keccak256("STAKE_REPORTER_ROLE"));
        assertEq(treasury.BUYBACK_EXECUTOR_ROLE(), keccak256("BUYBACK_EXECUTOR_ROLE"));
        assertEq(treasury.SLASHER_ROLE(), keccak256("SLASHER_ROLE"));
        assertTrue(treasury.hasRole(treasury.DEFAULT_ADMIN_ROLE(), admin));
        assertFalse(treasury.hasRole(treasury.DEFAULT_ADMIN_ROLE(), address(this)));
    }

    function test_initialize_grantsOnlyTheAdminRole() public {
        XMTPTreasury fresh =
            XMTPTreasury(_deployProxy(address(new XMTPTreasury()), admin, address(usdc), address(xmtp)));
        assertTrue(fresh.hasRole(fresh.DEFAULT_ADMIN_ROLE(), admin));
        assertFalse(fresh.hasRole(fresh.DISTRIBUTOR_ROLE(), admin));
        assertFalse(fresh.hasRole(fresh.STAKE_REPORTER_ROLE(), admin));
        assertFalse(fresh.hasRole(fresh.BUYBACK_EXECUTOR_ROLE(), admin));
        assertFalse(fresh.hasRole(fresh.SLASHER_ROLE(), admin));
        assertEq(fresh.swapAdapter(), address(0));
    }

    function test_initialize_emitsTheDefaultShares() public {
        address implementation = address(new XMTPTreasury());
        vm.expectEmit();
        emit IXMTPTreasury.SharesUpdated(0, 0, 0, 4000, 3000, 3000);
        _deployProxy(implementation, admin, address(usdc), address(xmtp));
    }

    function test_initialize_revertsWhenCalledTwice() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        treasury.initialize(stranger, address(usdc), address(xmtp));
    }

    function test_initialize_revertsOnImplementation() public {
        XMTPTreasury implementation = new XMTPTreasury();
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        implementation.initialize(stranger, address(usdc), address(xmtp));
    }

    function test_initialize_revertsWhenAdminIsZero() public {
        address implementation = address(new XMTPTreasury());
        vm.expectRevert(IErrors.ZeroAddress.selector);
        _deployProxy(implementation, address(0), address(usdc), address(xmtp));
    }

    function test_initialize_revertsWhenUsdcIsZero() public {
        address implementation = address(new XMTPTreasury());
        vm.expectRevert(IErrors.ZeroAddress.selector);
        _deployProxy(implementation, admin, address(0), address(xmtp));
    }

    function test_initialize_revertsWhenXmtpIsZero() public {
        address implementation = address(new XMTPTreasury());
        vm.expectRevert(IErrors.ZeroAddress.selector);
        _deployProxy(implementation, admin, address(usdc), address(0));
    }

    function test_initialize_revertsWhenUsdcIsNotSixDecimals() public {
        address implementation = address(new XMTPTreasury());
        vm.expectRevert(abi.encodeWithSelector(IXMTPTreasury.InvalidUsdcDecimals.selector, 18));
        _deployProxy(implementation, admin, address(xmtp), address(usdc));
    }

    /* ============ setShares ============ */

    function test_setShares_updatesAndEmits() public {
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.SharesUpdated(4000, 3000, 3000, 5000, 2500, 2500);
        _setShares(5000, 2500, 2500);
        assertEq(treasury.buybackBps(), 5000);
        assertEq(treasury.stakingRewardsBps(), 2500);
        assertEq(treasury.treasuryBps(), 2500);

        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.SharesUpdated(5000, 2500, 2500, 0, 0, 10_000);
        _setShares(0, 0, 10_000);
        assertEq(treasury.treasuryBps(), 10_000);
    }

    function test_setShares_keepsTheTokenInTheSameSlot() public {
        _setShares(10_000, 0, 0);
        assertEq(treasury.usdc(), address(usdc));
        assertEq(treasury.buybackBps(), 10_000);
    }

    function testFuzz_setShares_acceptsExactlyTheSplitsOfTheWhole(uint16 buyback, uint16 staking, uint16 treasuryShare)
        public
    {
        if (uint256(buyback) + staking + treasuryShare != 10_000) {
            vm.expectRevert(
                abi.encodeWithSelector(IXMTPTreasury.InvalidShares.selector, buyback, staking, treasuryShare)
            );
        }
        _setShares(buyback, staking, treasuryShare);
    }

    function test_setShares_revertsBelowTheWhole() public {
        vm.expectRevert(abi.encodeWithSelector(IXMTPTreasury.InvalidShares.selector, 4000, 3000, 2999));
        _setShares(4000, 3000, 2999);
    }

    function test_setShares_revertsAboveTheWhole() public {
        vm.expectRevert(abi.encodeWithSelector(IXMTPTreasury.InvalidShares.selector, 65_535, 65_535, 65_535));
        _setShares(type(uint16).max, type(uint16).max, type(uint16).max);
    }

    function test_setShares_revertsWhenNotAdmin() public {
        _expectUnauthorized(stranger, treasury.DEFAULT_ADMIN_ROLE());
        vm.prank(stranger);
        treasury.setShares(4000, 3000, 3000);
    }

    /* ============ setSwapAdapter ============ */

    function test_setSwapAdapter_updatesAndEmits() public {
        address next = makeAddr("next adapter");
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.SwapAdapterUpdated(address(adapter), next);
        vm.prank(admin);
        treasury.setSwapAdapter(next);
        assertEq(treasury.swapAdapter(), next);
    }

    function test_setSwapAdapter_fromZero() public {
        XMTPTreasury fresh =
            XMTPTreasury(_deployProxy(address(new XMTPTreasury()), admin, address(usdc), address(xmtp)));
        vm.expectEmit(address(fresh));
        emit IXMTPTreasury.SwapAdapterUpdated(address(0), address(adapter));
        vm.prank(admin);
        fresh.setSwapAdapter(address(adapter));
    }

    function test_setSwapAdapter_revertsWhenZero() public {
        vm.expectRevert(IErrors.ZeroAddress.selector);
        vm.prank(admin);
        treasury.setSwapAdapter(address(0));
    }

    function test_setSwapAdapter_revertsWhenNotAdmin() public {
        _expectUnauthorized(stranger, treasury.DEFAULT_ADMIN_ROLE());
        vm.prank(stranger);
        treasury.setSwapAdapter(address(adapter));
    }

    /* ============ Upgrades and storage ============ */

    function test_upgradeToAndCall_keepsAllState() public {
        _checkpoint(alice, 3 * XMTP);
        _checkpoint(bob, 1 * XMTP);
        _handle(1000 * USDC);
        _slash(operator, 7 * XMTP);
        vm.prank(executor);
        treasury.executeBuyback(100 * USDC, 1);
        _setShares(2000, 5000, 3000);
        _setReserveShare(1500);
        _fundReserve(admin, 321 * USDC);
        Snapshot memory before = _snapshot();

        address newImplementation = address(new XMTPTreasury());
        vm.prank(admin);
        treasury.upgradeToAndCall(newImplementation, "");

        assertEq(
            address(uint160(uint256(vm.load(address(treasury), ERC1967Utils.IMPLEMENTATION_SLOT)))), newImplementation
        );
        Snapshot memory afterUpgrade = _snapshot();
        assertEq(keccak256(abi.encode(afterUpgrade)), keccak256(abi.encode(before)), "state changed");
        assertEq(afterUpgrade.aliceEarned, 225 * USDC);

        // And it keeps working.
        assertEq(_claim(alice), 225 * USDC);
        _handle(100 * USDC);
        // 15% of the 100 USDC to the reserve, then 50% of the other 85 to the stakers: a quarter of it is Bob's.
        assertEq(treasury.earnedStakingRewards(bob), 75 * USDC + 85 * USDC / 2 / 4);
        assertEq(treasury.basePayReserve(), 336 * USDC);
        assertEq(_draw(336 * USDC), 336 * USDC);
    }

    function test_upgradeToAndCall_revertsWhenNotAdmin() public {
        address newImplementation = address(new XMTPTreasury());
        _expectUnauthorized(stranger, treasury.DEFAULT_ADMIN_ROLE());
        vm.prank(stranger);
        treasury.upgradeToAndCall(newImplementation, "");
    }

    function test_upgradeToAndCall_revertsForTheOtherRoles() public {
        address newImplementation = address(new XMTPTreasury());
        address[4] memory holders = [distributor, stakeReporter, executor, slasher];
        for (uint256 i; i < holders.length; ++i) {
            _expectUnauthorized(holders[i], treasury.DEFAULT_ADMIN_ROLE());
            vm.prank(holders[i]);
            treasury.upgradeToAndCall(newImplementation, "");
        }
    }

    function test_storage_usesErc7201Slot() public {
        _setShares(1234, 4321, 4445);
        bytes32 slot = SlotDerivation.erc7201Slot("xmtp.storage.XMTPTreasury");
        assertEq(slot, 0x6fc61a2d29d80775d89762d40ad74901dce42e268fb12a407cade481443df600);
        uint256 word = uint256(vm.load(address(treasury), slot));
        assertEq(word & type(uint160).max, uint160(address(usdc)), "usdc in bits 0-159");
        assertEq((word >> 160) & type(uint16).max, 1234, "buybackBps in bits 160-175");
        assertEq((word >> 176) & type(uint16).max, 4321, "stakingRewardsBps in bits 176-191");
        assertEq((word >> 192) & type(uint16).max, 4445, "treasuryBps in bits 192-207");
        assertEq(word >> 208, 0, "nothing above");
        assertEq(address(uint160(uint256(vm.load(address(treasury), bytes32(uint256(slot) + 1))))), address(xmtp));
        assertEq(address(uint160(uint256(vm.load(address(treasury), bytes32(uint256(slot) + 2))))), address(adapter));
    }

    function test_storage_holdsTheBucketsAfterTheAddresses() public {
        _checkpoint(alice, 1);
        _handle(100);
        _slash(operator, 9);
        uint256 base = uint256(SlotDerivation.erc7201Slot("xmtp.storage.XMTPTreasury"));
        assertEq(uint256(vm.load(address(treasury), bytes32(base + 3))), 40, "buybackBalance");
        assertEq(uint256(vm.load(address(treasury), bytes32(base + 4))), 30, "treasuryBalance");
        assertEq(uint256(vm.load(address(treasury), bytes32(base + 5))), 30, "stakingRewardsBalance");
        assertEq(uint256(vm.load(address(treasury), bytes32(base + 6))), 9, "slashedXmtp");
        assertEq(uint256(vm.load(address(treasury), bytes32(base + 7))), 1, "totalStaked");
        assertEq(uint256(vm.load(address(treasury), bytes32(base + 8))), 30 * 1e36, "rewardPerToken");
    }

    /// @dev Appended after the stakers mapping (slot 10): the reserve in bits 0-239 and its share above, one slot.
    function test_storage_appendsTheReserveAfterTheStakers() public {
        _setReserveShare(1234);
        _fundReserve(admin, 5678);
        uint256 base = uint256(SlotDerivation.erc7201Slot("xmtp.storage.XMTPTreasury"));
        uint256 word = uint256(vm.load(address(treasury), bytes32(base + 11)));
        assertEq(word & type(uint240).max, 5678, "basePayReserve in bits 0-239");
        assertEq(word >> 240, 1234, "basePayReserveShareBps in bits 240-255");
        assertEq(uint256(vm.load(address(treasury), bytes32(base + 12))), 0, "nothing after");
    }

    /* ============ Helpers ============ */

    struct Snapshot {
        address usdc;
        address xmtp;
        address swapAdapter;
        uint16 buybackBps;
        uint16 stakingRewardsBps;
        uint16 treasuryBps;
        uint256 buybackBalance;
        uint256 treasuryBalance;
        uint256 stakingRewardsBalance;
        uint256 undistributed;
        uint256 slashedXmtp;
        uint256 totalStaked;
        uint256 aliceStake;
        uint256 bobStake;
        uint256 aliceEarned;
        uint256 bobEarned;
        uint256 rewardPerToken;
        uint256 basePayReserve;
        uint16 basePayReserveShareBps;
        bool isAdmin;
        bool isDistributor;
        bool isExecutor;
    }

    function _snapshot() internal view returns (Snapshot memory s) {
        s.usdc = treasury.usdc();
        s.xmtp = treasury.xmtp();
        s.swapAdapter = treasury.swapAdapter();
        s.buybackBps = treasury.buybackBps();
        s.stakingRewardsBps = treasury.stakingRewardsBps();
        s.treasuryBps = treasury.treasuryBps();
        s.buybackBalance = treasury.buybackBalance();
        s.treasuryBalance = treasury.treasuryBalance();
        s.stakingRewardsBalance = treasury.stakingRewardsBalance();
        s.undistributed = treasury.undistributedStakingRewards();
        s.slashedXmtp = treasury.slashedXmtp();
        s.totalStaked = treasury.totalStaked();
        s.aliceStake = treasury.stakedOf(alice);
        s.bobStake = treasury.stakedOf(bob);
        s.aliceEarned = treasury.earnedStakingRewards(alice);
        s.bobEarned = treasury.earnedStakingRewards(bob);
        s.rewardPerToken = treasury.stakingRewardPerToken();
        s.basePayReserve = treasury.basePayReserve();
        s.basePayReserveShareBps = treasury.basePayReserveShareBps();
        s.isAdmin = treasury.hasRole(treasury.DEFAULT_ADMIN_ROLE(), admin);
        s.isDistributor = treasury.hasRole(treasury.DISTRIBUTOR_ROLE(), distributor);
        s.isExecutor = treasury.hasRole(treasury.BUYBACK_EXECUTOR_ROLE(), executor);
    }
}
