// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {XMTPTreasury} from "../../contracts/XMTPTreasury.sol";
import {IXMTPTreasury} from "../../contracts/interfaces/IXMTPTreasury.sol";
import {TreasuryFixture} from "../utils/TreasuryFixture.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @notice A 6-decimal token that calls back the sender and the recipient of every transfer when they ask for it: the
///         worst USDC the treasury could be given (real USDC has no hooks), to try reentrancy through the token.
contract HookedUSDC is ERC20 {
    mapping(address account => bool) public hooked;

    constructor() ERC20("Hooked USD", "HUSD") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function setHooked(address account, bool isHooked) external {
        hooked[account] = isHooked;
    }

    function decimals() public pure override returns (uint8) {
        return 6;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (hooked[from]) ReentrantDistributor(from).onTokenTransfer();
        if (hooked[to]) ReentrantDistributor(to).onTokenTransfer();
    }
}

/// @notice A distributor (it holds `DISTRIBUTOR_ROLE`) that, called back by the token mid-transfer, calls the treasury
///         again with `reentryData` and bubbles up any revert.
contract ReentrantDistributor {
    XMTPTreasury internal immutable treasury;
    bytes public reentryData;

    constructor(XMTPTreasury treasury_) {
        treasury = treasury_;
    }

    function reenterWith(bytes calldata data) external {
        reentryData = data;
    }

    function execute(bytes calldata data) external returns (bytes memory) {
        return _call(data);
    }

    function onTokenTransfer() external {
        if (reentryData.length != 0) _call(reentryData);
    }

    function _call(bytes memory data) internal returns (bytes memory result) {
        bool ok;
        (ok, result) = address(treasury).call(data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(result, 32), mload(result))
            }
        }
    }
}

contract XMTPTreasuryBasePayReserveTest is TreasuryFixture {
    /* ============ fundBasePayReserve ============ */

    function test_fundBasePayReserve_pullsAndEmits() public {
        usdc.mint(stranger, 500 * USDC);
        vm.prank(stranger);
        usdc.approve(address(treasury), 500 * USDC);

        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.BasePayReserveFunded(stranger, 500 * USDC, 500 * USDC);
        vm.prank(stranger);
        treasury.fundBasePayReserve(500 * USDC);

        assertEq(treasury.basePayReserve(), 500 * USDC);
        assertEq(usdc.balanceOf(address(treasury)), 500 * USDC);
        assertEq(usdc.balanceOf(stranger), 0);
        assertEq(treasury.buybackBalance(), 0, "no bucket credited");
        assertEq(treasury.stakingRewardsBalance(), 0, "no bucket credited");
        assertEq(treasury.treasuryBalance(), 0, "no bucket credited");
    }

    function test_fundBasePayReserve_accumulatesFromAnyFunder() public {
        _fundReserve(admin, 1000 * USDC);
        usdc.mint(alice, 1);
        vm.startPrank(alice);
        usdc.approve(address(treasury), 1);
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.BasePayReserveFunded(alice, 1, 1000 * USDC + 1);
        treasury.fundBasePayReserve(1);
        vm.stopPrank();
        assertEq(treasury.basePayReserve(), 1000 * USDC + 1);
    }

    function test_fundBasePayReserve_addsToTheExcessShare() public {
        _setReserveShare(1000);
        _handle(1000 * USDC); // 100 USDC to the reserve
        _fundReserve(admin, 50 * USDC);
        assertEq(treasury.basePayReserve(), 150 * USDC);
    }

    function test_fundBasePayReserve_revertsWhenZero() public {
        vm.expectRevert(IXMTPTreasury.ZeroAmount.selector);
        vm.prank(stranger);
        treasury.fundBasePayReserve(0);
    }

    function test_fundBasePayReserve_revertsWithoutTheTokens() public {
        usdc.mint(stranger, 99);
        vm.prank(stranger);
        usdc.approve(address(treasury), 100);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, stranger, 99, 100));
        vm.prank(stranger);
        treasury.fundBasePayReserve(100);
    }

    function test_fundBasePayReserve_revertsWithoutTheAllowance() public {
        usdc.mint(stranger, 100);
        vm.prank(stranger);
        usdc.approve(address(treasury), 99);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(treasury), 99, 100)
        );
        vm.prank(stranger);
        treasury.fundBasePayReserve(100);
        assertEq(treasury.basePayReserve(), 0, "the credit is undone with the transfer");
    }

    /* ============ drawBasePayReserve ============ */

    function test_drawBasePayReserve_sendsTheAmountAndEmits() public {
        _fundReserve(admin, 1000 * USDC);
        vm.expectEmit(address(usdc));
        emit IERC20.Transfer(address(treasury), distributor, 300 * USDC);
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.BasePayReserveDrawn(distributor, 300 * USDC, 700 * USDC);
        assertEq(_draw(300 * USDC), 300 * USDC);

        assertEq(treasury.basePayReserve(), 700 * USDC);
        assertEq(usdc.balanceOf(distributor), 300 * USDC);
        assertEq(usdc.balanceOf(address(treasury)), 700 * USDC);
    }

    function test_drawBasePayReserve_sendsAllTheReserveWhenItIsShort() public {
        _fundReserve(admin, 120 * USDC);
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.BasePayReserveDrawn(distributor, 120 * USDC, 0);
        assertEq(_draw(500 * USDC), 120 * USDC);
        assertEq(treasury.basePayReserve(), 0);
        assertEq(usdc.balanceOf(distributor), 120 * USDC);
    }

    function test_drawBasePayReserve_exactlyTheReserve() public {
        _fundReserve(admin, 120 * USDC);
        assertEq(_draw(120 * USDC), 120 * USDC);
        assertEq(treasury.basePayReserve(), 0);
    }

    function test_drawBasePayReserve_returnsZeroWhenEmpty() public {
        _handle(1000 * USDC); // USDC in the buckets, none in the reserve
        vm.recordLogs();
        assertEq(_draw(100 * USDC), 0);
        assertEq(vm.getRecordedLogs().length, 0, "no transfer, no event");
        assertEq(usdc.balanceOf(distributor), 0);
        assertEq(usdc.balanceOf(address(treasury)), 1000 * USDC);
    }

    function test_drawBasePayReserve_returnsZeroForZero() public {
        _fundReserve(admin, 100 * USDC);
        vm.recordLogs();
        assertEq(_draw(0), 0);
        assertEq(vm.getRecordedLogs().length, 0, "no transfer, no event");
        assertEq(treasury.basePayReserve(), 100 * USDC);
    }

    function test_drawBasePayReserve_revertsWhenNotDistributor() public {
        _fundReserve(admin, 100 * USDC);
        _expectUnauthorized(stranger, treasury.DISTRIBUTOR_ROLE());
        vm.prank(stranger);
        treasury.drawBasePayReserve(1);
    }

    function testFuzz_drawBasePayReserve_sendsTheLesser(uint256 funded, uint256 requested) public {
        funded = bound(funded, 0, 1e30);
        if (funded != 0) _fundReserve(admin, funded);
        uint256 expected = requested < funded ? requested : funded;
        assertEq(_draw(requested), expected);
        assertEq(usdc.balanceOf(distributor), expected);
        assertEq(treasury.basePayReserve(), funded - expected);
        assertEq(usdc.balanceOf(address(treasury)), funded - expected);
    }

    /* ============ setBasePayReserveShareBps ============ */

    function test_basePayReserveShareBps_isZeroByDefault() public view {
        assertEq(treasury.basePayReserveShareBps(), 0);
        assertEq(treasury.basePayReserve(), 0);
    }

    function test_setBasePayReserveShareBps_updatesAndEmits() public {
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.BasePayReserveShareUpdated(0, 2500);
        _setReserveShare(2500);
        assertEq(treasury.basePayReserveShareBps(), 2500);

        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.BasePayReserveShareUpdated(2500, 10_000);
        _setReserveShare(10_000);
        assertEq(treasury.basePayReserveShareBps(), 10_000);

        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.BasePayReserveShareUpdated(10_000, 0);
        _setReserveShare(0);
        assertEq(treasury.basePayReserveShareBps(), 0);
    }

    /// @dev The share and the reserve share a slot: writing one keeps the other.
    function test_setBasePayReserveShareBps_keepsTheReserve() public {
        _fundReserve(admin, type(uint240).max);
        _setReserveShare(9999);
        assertEq(treasury.basePayReserve(), type(uint240).max);
        _fundReserveAgainAfterDraw();
        assertEq(treasury.basePayReserveShareBps(), 9999);
        assertEq(treasury.basePayReserve(), type(uint240).max);
    }

    function test_setBasePayReserveShareBps_leavesTheThreeSharesAlone() public {
        _setReserveShare(5000);
        assertEq(treasury.buybackBps(), 4000);
        assertEq(treasury.stakingRewardsBps(), 3000);
        assertEq(treasury.treasuryBps(), 3000);
    }

    function test_setBasePayReserveShareBps_revertsAboveTheWhole() public {
        vm.expectRevert(abi.encodeWithSelector(IXMTPTreasury.InvalidBasePayReserveShare.selector, 10_001, 10_000));
        vm.prank(admin);
        treasury.setBasePayReserveShareBps(10_001);
    }

    function test_setBasePayReserveShareBps_revertsWhenNotAdmin() public {
        _expectUnauthorized(distributor, treasury.DEFAULT_ADMIN_ROLE());
        vm.prank(distributor);
        treasury.setBasePayReserveShareBps(1000);
    }

    function testFuzz_setBasePayReserveShareBps_acceptsExactlyZeroToTheWhole(uint16 bps) public {
        if (bps > 10_000) {
            vm.expectRevert(abi.encodeWithSelector(IXMTPTreasury.InvalidBasePayReserveShare.selector, bps, 10_000));
        }
        vm.prank(admin);
        treasury.setBasePayReserveShareBps(bps);
        assertEq(treasury.basePayReserveShareBps(), bps > 10_000 ? 0 : bps);
    }

    /* ============ handleExcessRewards with a reserve share ============ */

    function test_handleExcessRewards_creditsTheReserveShareFirst() public {
        _setReserveShare(2000);
        usdc.mint(distributor, 1000 * USDC);

        // 20% of 1,000 to the reserve; the default 40/30/30 of the remaining 800.
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.ExcessRewardsHandled(1000 * USDC, block.timestamp);
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.ExcessRewardsSplit(distributor, 320 * USDC, 240 * USDC, 240 * USDC);
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.BasePayReserveFunded(distributor, 200 * USDC, 200 * USDC);
        vm.prank(distributor);
        treasury.handleExcessRewards(1000 * USDC);

        assertEq(treasury.basePayReserve(), 200 * USDC);
        assertEq(treasury.buybackBalance(), 320 * USDC);
        assertEq(treasury.stakingRewardsBalance(), 240 * USDC);
        assertEq(treasury.treasuryBalance(), 240 * USDC);
        assertEq(usdc.balanceOf(address(treasury)), 1000 * USDC);
    }

    function test_handleExcessRewards_reportsTheReserveBalanceAfterTheShare() public {
        _fundReserve(admin, 5 * USDC);
        _setReserveShare(1000);
        usdc.mint(distributor, 100 * USDC);
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.BasePayReserveFunded(distributor, 10 * USDC, 15 * USDC);
        vm.prank(distributor);
        treasury.handleExcessRewards(100 * USDC);
    }

    function test_handleExcessRewards_roundsTheReserveShareDown() public {
        // 50% of 9 is 4 (rounded down); of the other 5, 40/30/30 gives 2, 1 and the treasury the remaining 2.
        _setReserveShare(5000);
        usdc.mint(distributor, 9);
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.ExcessRewardsSplit(distributor, 2, 1, 2);
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.BasePayReserveFunded(distributor, 4, 4);
        vm.prank(distributor);
        treasury.handleExcessRewards(9);
        assertEq(treasury.basePayReserve(), 4);
        assertEq(treasury.buybackBalance() + treasury.stakingRewardsBalance() + treasury.treasuryBalance(), 5);
    }

    function test_handleExcessRewards_allToTheReserve() public {
        _checkpoint(alice, 1 * XMTP);
        _setReserveShare(10_000);
        usdc.mint(distributor, 100);
        vm.recordLogs();
        vm.prank(distributor);
        treasury.handleExcessRewards(100);
        // Transfer, ExcessRewardsHandled, ExcessRewardsSplit(0, 0, 0), BasePayReserveFunded: no staking event.
        assertEq(vm.getRecordedLogs().length, 4);
        assertEq(treasury.basePayReserve(), 100);
        assertEq(treasury.buybackBalance(), 0);
        assertEq(treasury.stakingRewardsBalance(), 0);
        assertEq(treasury.treasuryBalance(), 0);
        assertEq(treasury.earnedStakingRewards(alice), 0);
    }

    function test_handleExcessRewards_withoutAReserveShareLeavesTheReserve() public {
        _fundReserve(admin, 7);
        _handle(1000 * USDC);
        assertEq(treasury.basePayReserve(), 7);
        assertEq(treasury.buybackBalance(), 400 * USDC);
        assertEq(treasury.stakingRewardsBalance(), 300 * USDC);
        assertEq(treasury.treasuryBalance(), 300 * USDC);
    }

    /// @dev The four parts add up to the amount, to the unit, whatever the shares and the amounts; each floor-divided
    ///      part is what its formula says, and the treasury holds the remainders.
    function testFuzz_handleExcessRewards_fourPartsSumToTheAmount(
        uint256[4] memory amounts,
        uint16 reserveShare,
        uint16 buyback,
        uint16 staking,
        bool stake
    ) public {
        reserveShare = SafeCast.toUint16(bound(reserveShare, 0, 10_000));
        buyback = SafeCast.toUint16(bound(buyback, 0, 10_000));
        staking = SafeCast.toUint16(bound(staking, 0, 10_000 - buyback));
        _setReserveShare(reserveShare);
        _setShares(buyback, staking, 10_000 - buyback - staking);
        if (stake) _checkpoint(alice, 3);

        uint256 total;
        for (uint256 i; i < amounts.length; ++i) {
            uint256 amount = bound(amounts[i], 1, 1e30);
            _handleAndCheckSplit(amount, reserveShare, buyback, staking);
            total += amount;
        }
        assertEq(
            treasury.basePayReserve() + treasury.buybackBalance() + treasury.stakingRewardsBalance()
                + treasury.treasuryBalance(),
            total
        );
        assertEq(usdc.balanceOf(address(treasury)), total);
    }

    /* ============ Attacks ============ */

    /// @dev Anyone without the distributor role (the admin and every other role holder included) cannot draw.
    function testFuzz_attack_nonDistributorDrainingTheReserve(address caller) public {
        if (caller == distributor) caller = stranger;
        _fundReserve(admin, 1000 * USDC);
        _expectUnauthorized(caller, treasury.DISTRIBUTOR_ROLE());
        vm.prank(caller);
        treasury.drawBasePayReserve(1000 * USDC);
        assertEq(treasury.basePayReserve(), 1000 * USDC);
    }

    function test_attack_roleHoldersDrainingTheReserve() public {
        _fundReserve(admin, 1000 * USDC);
        address[5] memory callers = [admin, stakeReporter, executor, slasher, alice];
        for (uint256 i; i < callers.length; ++i) {
            _expectUnauthorized(callers[i], treasury.DISTRIBUTOR_ROLE());
            vm.prank(callers[i]);
            treasury.drawBasePayReserve(1);
        }
        assertEq(treasury.basePayReserve(), 1000 * USDC);
    }

    /// @dev The treasury holds the reserve's USDC next to the treasury bucket's: a withdrawal is bounded by the bucket.
    function test_attack_treasuryWithdrawalTakingReserveMoney() public {
        _fundReserve(admin, 1000 * USDC);
        _handle(100 * USDC); // 30 USDC in the treasury bucket; 1,100 USDC held
        vm.expectRevert(
            abi.encodeWithSelector(IXMTPTreasury.InsufficientTreasuryBalance.selector, 30 * USDC, 30 * USDC + 1)
        );
        vm.prank(admin);
        treasury.withdrawTreasury(admin, 30 * USDC + 1);

        vm.prank(admin);
        treasury.withdrawTreasury(admin, 30 * USDC);
        assertEq(treasury.basePayReserve(), 1000 * USDC, "the reserve is untouched");
        assertEq(_draw(1000 * USDC), 1000 * USDC, "and all of it can still be drawn");
    }

    /// @dev Every other way USDC leaves (withdrawal, buyback, claims) empties only its own bucket: what is left is
    ///      exactly the reserve, and the distributor can still draw all of it.
    function test_attack_otherOutflowsSpendingTheReserve() public {
        _checkpoint(alice, 1 * XMTP);
        _setReserveShare(1000);
        _fundReserve(admin, 500 * USDC);
        _handle(1000 * USDC); // reserve 600; buyback 360, staking 270, treasury 270

        vm.expectRevert(
            abi.encodeWithSelector(IXMTPTreasury.InsufficientBuybackBalance.selector, 360 * USDC, 360 * USDC + 1)
        );
        vm.prank(executor);
        treasury.executeBuyback(360 * USDC + 1, 1);

        vm.prank(executor);
        treasury.executeBuyback(360 * USDC, 1);
        vm.prank(admin);
        treasury.withdrawTreasury(admin, 270 * USDC);
        assertEq(_claim(alice), 270 * USDC);

        assertEq(treasury.buybackBalance() + treasury.treasuryBalance() + treasury.stakingRewardsBalance(), 0);
        assertEq(usdc.balanceOf(address(treasury)), 600 * USDC, "only the reserve is left");
        assertEq(treasury.basePayReserve(), 600 * USDC);
        assertEq(_draw(type(uint256).max), 600 * USDC);
        assertEq(usdc.balanceOf(address(treasury)), 0);
    }

    /// @dev The distributor itself asking for everything gets the reserve and nothing of the buckets.
    function test_attack_distributorOverdrawingIntoTheBuckets() public {
        _handle(1000 * USDC);
        _fundReserve(admin, 10 * USDC);
        assertEq(_draw(type(uint256).max), 10 * USDC);
        assertEq(_draw(type(uint256).max), 0, "the buckets' USDC is not drawable");
        assertEq(usdc.balanceOf(address(treasury)), 1000 * USDC);
        assertEq(treasury.buybackBalance(), 400 * USDC);
        assertEq(treasury.stakingRewardsBalance(), 300 * USDC);
        assertEq(treasury.treasuryBalance(), 300 * USDC);
    }

    /// @dev USDC sent to the treasury directly is in no balance: it neither inflates the reserve (as a reported
    ///      figure) nor becomes drawable.
    function test_attack_directTransferInflatingTheReserve() public {
        _fundReserve(admin, 10 * USDC);
        usdc.mint(address(treasury), 1_000_000 * USDC);
        assertEq(treasury.basePayReserve(), 10 * USDC);
        assertEq(_draw(type(uint256).max), 10 * USDC);
    }

    /// @dev Many tiny excess amounts, each too small for the reserve's share to round to a unit: no unit vanishes,
    ///      the rounding goes to the buckets.
    function test_attack_dustExcessLosingUnitsInTheSplit() public {
        _setReserveShare(3333);
        uint256 total;
        for (uint256 amount = 1; amount <= 40; ++amount) {
            _handle(amount);
            total += amount;
        }
        uint256 sum = treasury.basePayReserve() + treasury.buybackBalance() + treasury.stakingRewardsBalance()
            + treasury.treasuryBalance();
        assertEq(sum, total);
        assertEq(usdc.balanceOf(address(treasury)), total);
    }

    /// @dev A funder cannot have the reserve credited without paying: the credit and the transfer revert together.
    function test_attack_fundingWithoutPaying() public {
        vm.prank(stranger);
        usdc.approve(address(treasury), type(uint256).max);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, stranger, 0, 1e12));
        vm.prank(stranger);
        treasury.fundBasePayReserve(1e12);
        assertEq(treasury.basePayReserve(), 0);
        assertEq(_draw(1e12), 0);
    }

    /// @dev Past 2^240 - 1 units the reserve refuses the deposit rather than wrap to a small balance. No USDC supply
    ///      comes near it (10^72 units); the test token mints freely.
    function test_attack_overflowingTheReserveToWrapIt() public {
        _fundReserve(admin, type(uint240).max);
        usdc.mint(stranger, 1);
        vm.startPrank(stranger);
        usdc.approve(address(treasury), 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                SafeCast.SafeCastOverflowedUintDowncast.selector, 240, uint256(type(uint240).max) + 1
            )
        );
        treasury.fundBasePayReserve(1);
        vm.stopPrank();
        assertEq(treasury.basePayReserve(), type(uint240).max);
    }

    /// @dev With a token that calls the recipient back mid-transfer, a (compromised) distributor re-entering the draw
    ///      cannot take the reserve twice: the whole draw reverts.
    function test_attack_reenteringTheDrawThroughTheToken() public {
        (XMTPTreasury hooked, HookedUSDC token, ReentrantDistributor attacker) = _hookedTreasury();
        _fundHooked(hooked, token, 100 * USDC);
        attacker.reenterWith(abi.encodeCall(XMTPTreasury.drawBasePayReserve, (100 * USDC)));
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        attacker.execute(abi.encodeCall(XMTPTreasury.drawBasePayReserve, (100 * USDC)));
        assertEq(hooked.basePayReserve(), 100 * USDC);
        assertEq(token.balanceOf(address(hooked)), 100 * USDC);
    }

    /// @dev The reserve is credited before the USDC arrives (checks, effects, transfer): a funder re-entering from the
    ///      token's callback to draw the credit before paying it is refused.
    function test_attack_reenteringTheFundingThroughTheToken() public {
        (XMTPTreasury hooked, HookedUSDC token, ReentrantDistributor attacker) = _hookedTreasury();
        _fundHooked(hooked, token, 100 * USDC);
        token.mint(address(attacker), 50 * USDC);
        attacker.reenterWith(abi.encodeCall(XMTPTreasury.drawBasePayReserve, (150 * USDC)));
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        attacker.execute(abi.encodeCall(XMTPTreasury.fundBasePayReserve, (50 * USDC)));
        assertEq(hooked.basePayReserve(), 100 * USDC);
        assertEq(token.balanceOf(address(hooked)), 100 * USDC);
    }

    /// @dev Nor can it re-enter the excess handling, which credits the reserve's share before pulling the USDC.
    function test_attack_reenteringTheExcessShareThroughTheToken() public {
        (XMTPTreasury hooked, HookedUSDC token, ReentrantDistributor attacker) = _hookedTreasury();
        vm.prank(admin);
        hooked.setBasePayReserveShareBps(10_000);
        token.mint(address(attacker), 100 * USDC);
        attacker.reenterWith(abi.encodeCall(XMTPTreasury.drawBasePayReserve, (100 * USDC)));
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        attacker.execute(abi.encodeCall(XMTPTreasury.handleExcessRewards, (100 * USDC)));
        assertEq(hooked.basePayReserve(), 0);
    }

    /* ============ Helpers ============ */

    /// @dev Hands over `amount` and checks each part against its formula, and that the four add up to it.
    function _handleAndCheckSplit(uint256 amount, uint256 reserveShare, uint256 buyback, uint256 staking) internal {
        uint256[4] memory before = _fourBalances();
        _handle(amount);
        uint256[4] memory part = _fourBalances();
        for (uint256 i; i < part.length; ++i) {
            part[i] -= before[i];
        }
        assertEq(part[0] + part[1] + part[2] + part[3], amount, "a unit lost or made");
        uint256 rest = amount - amount * reserveShare / 10_000;
        assertEq(part[0], amount * reserveShare / 10_000, "reserve share");
        assertEq(part[1], rest * buyback / 10_000, "buyback share");
        assertEq(part[2], rest * staking / 10_000, "staking share");
        // The treasury's part exceeds its exact share of the rest by under one unit per floor-divided share.
        assertLe(part[3], rest * (10_000 - buyback - staking) / 10_000 + 2, "treasury remainder");
        // The reserve's part is short of its exact share by under one unit.
        assertLe(amount * reserveShare - part[0] * 10_000, 9999, "reserve rounding");
    }

    /// @dev The reserve, buyback, staking-rewards and treasury balances, in that order.
    function _fourBalances() internal view returns (uint256[4] memory balances) {
        balances[0] = treasury.basePayReserve();
        balances[1] = treasury.buybackBalance();
        balances[2] = treasury.stakingRewardsBalance();
        balances[3] = treasury.treasuryBalance();
    }

    /// @dev A treasury on the hooked token whose distributor is the re-entering contract (approved, hooked).
    function _hookedTreasury() internal returns (XMTPTreasury hooked, HookedUSDC token, ReentrantDistributor attacker) {
        token = new HookedUSDC();
        hooked = XMTPTreasury(_deployProxy(address(new XMTPTreasury()), admin, address(token), address(xmtp)));
        attacker = new ReentrantDistributor(hooked);
        bytes32 role = hooked.DISTRIBUTOR_ROLE();
        vm.prank(admin);
        hooked.grantRole(role, address(attacker));
        vm.prank(address(attacker));
        token.approve(address(hooked), type(uint256).max);
        token.setHooked(address(attacker), true);
    }

    function _fundHooked(XMTPTreasury hooked, HookedUSDC token, uint256 amount) internal {
        token.mint(admin, amount);
        vm.startPrank(admin);
        token.approve(address(hooked), amount);
        hooked.fundBasePayReserve(amount);
        vm.stopPrank();
    }

    /// @dev Draws one unit and funds it back: a write to the reserve's half of the shared slot.
    function _fundReserveAgainAfterDraw() internal {
        assertEq(_draw(1), 1);
        vm.startPrank(distributor);
        usdc.approve(address(treasury), 1);
        treasury.fundBasePayReserve(1);
        vm.stopPrank();
    }
}
