// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {XMTPTreasury} from "../../contracts/XMTPTreasury.sol";
import {IXMTPTreasury} from "../../contracts/interfaces/IXMTPTreasury.sol";
import {MockSwapAdapter} from "../../contracts/mocks/MockSwapAdapter.sol";
import {FaultySwapAdapter, TreasuryFixture} from "../utils/TreasuryFixture.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

contract XMTPTreasuryBuybackTest is TreasuryFixture {
    FaultySwapAdapter internal faulty;

    function setUp() public override {
        super.setUp();
        faulty = new FaultySwapAdapter(address(usdc), xmtp, RATE);
        _handle(1000 * USDC); // 400 USDC in the buyback bucket
    }

    /* ============ executeBuyback ============ */

    function test_executeBuyback_swapsAndBurnsAndEmits() public {
        vm.expectEmit(address(xmtp));
        emit IERC20.Transfer(address(0), address(treasury), 200 * XMTP);
        vm.expectEmit(address(xmtp));
        emit IERC20.Transfer(address(treasury), address(0), 200 * XMTP);
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.BuybackExecuted(executor, address(adapter), 100 * USDC, 200 * XMTP);
        vm.prank(executor);
        uint256 burned = treasury.executeBuyback(100 * USDC, 200 * XMTP);

        assertEq(burned, 200 * XMTP);
        assertEq(xmtp.totalSupply(), 0, "every XMTP bought was burned");
        assertEq(xmtp.balanceOf(address(treasury)), 0);
        assertEq(treasury.buybackBalance(), 300 * USDC);
        assertEq(usdc.balanceOf(address(adapter)), 100 * USDC);
        assertEq(usdc.balanceOf(address(treasury)), 900 * USDC);
        assertEq(usdc.allowance(address(treasury), address(adapter)), 0);
        assertEq(treasury.treasuryBalance(), 300 * USDC, "other buckets untouched");
        assertEq(treasury.stakingRewardsBalance(), 300 * USDC, "other buckets untouched");
    }

    function test_executeBuyback_theWholeBucket() public {
        vm.prank(executor);
        treasury.executeBuyback(400 * USDC, 1);
        assertEq(treasury.buybackBalance(), 0);
    }

    function test_executeBuyback_leavesSlashedXmtpAlone() public {
        _slash(operator, 5 * XMTP);
        vm.prank(executor);
        uint256 burned = treasury.executeBuyback(10 * USDC, 20 * XMTP);
        assertEq(burned, 20 * XMTP);
        assertEq(treasury.slashedXmtp(), 5 * XMTP);
        assertEq(xmtp.balanceOf(address(treasury)), 5 * XMTP);
        assertEq(xmtp.totalSupply(), 5 * XMTP);
    }

    function test_executeBuyback_burnsWhatArrivedNotWhatTheAdapterSays() public {
        _useFaulty();
        faulty.configure(10_000, 9000); // delivers 90%, claims 100%
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.BuybackExecuted(executor, address(faulty), 100 * USDC, 180 * XMTP);
        vm.prank(executor);
        uint256 burned = treasury.executeBuyback(100 * USDC, 180 * XMTP);
        assertEq(burned, 180 * XMTP);
        assertEq(xmtp.totalSupply(), 0);
    }

    function test_executeBuyback_returnsUntakenUsdcToTheBucketAndResetsTheAllowance() public {
        _useFaulty();
        faulty.configure(2500, 10_000); // takes a quarter of the USDC
        vm.expectEmit(address(treasury));
        emit IXMTPTreasury.BuybackExecuted(executor, address(faulty), 25 * USDC, 200 * XMTP);
        vm.prank(executor);
        treasury.executeBuyback(100 * USDC, 1);
        assertEq(treasury.buybackBalance(), 375 * USDC);
        assertEq(usdc.allowance(address(treasury), address(faulty)), 0, "no allowance left behind");
        assertEq(usdc.balanceOf(address(treasury)), 975 * USDC);
        assertEq(
            usdc.balanceOf(address(treasury)),
            treasury.buybackBalance() + treasury.treasuryBalance() + treasury.stakingRewardsBalance()
        );
    }

    function test_executeBuyback_revertsWhenTooLittleXmtpArrives() public {
        _useFaulty();
        faulty.configure(10_000, 5000);
        vm.expectRevert(
            abi.encodeWithSelector(IXMTPTreasury.InsufficientXmtpReceived.selector, 100 * XMTP, 100 * XMTP + 1)
        );
        vm.prank(executor);
        treasury.executeBuyback(100 * USDC, 100 * XMTP + 1);
    }

    function test_executeBuyback_revertsWhenTheAdapterCannotMeetTheMinimum() public {
        vm.expectRevert(abi.encodeWithSelector(MockSwapAdapter.InsufficientOutput.selector, 200 * XMTP, 200 * XMTP + 1));
        vm.prank(executor);
        treasury.executeBuyback(100 * USDC, 200 * XMTP + 1);
    }

    function test_executeBuyback_revertsOnReentry() public {
        _checkpoint(address(faulty), 1);
        _handle(1000 * USDC); // the faulty adapter, as a staker, earns 300 USDC
        _useFaulty();
        faulty.reenter(address(treasury), abi.encodeCall(XMTPTreasury.claimStakingRewards, ()));
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        vm.prank(executor);
        treasury.executeBuyback(100 * USDC, 1);
    }

    function test_executeBuyback_revertsAboveTheBucket() public {
        vm.expectRevert(
            abi.encodeWithSelector(IXMTPTreasury.InsufficientBuybackBalance.selector, 400 * USDC, 400 * USDC + 1)
        );
        vm.prank(executor);
        treasury.executeBuyback(400 * USDC + 1, 1);
    }

    function test_executeBuyback_revertsWhenZeroAmount() public {
        vm.expectRevert(IXMTPTreasury.ZeroAmount.selector);
        vm.prank(executor);
        treasury.executeBuyback(0, 1);
    }

    function test_executeBuyback_revertsWhenZeroMinimum() public {
        vm.expectRevert(IXMTPTreasury.ZeroMinimumOutput.selector);
        vm.prank(executor);
        treasury.executeBuyback(1, 0);
    }

    function test_executeBuyback_revertsWithoutAnAdapter() public {
        XMTPTreasury fresh =
            XMTPTreasury(_deployProxy(address(new XMTPTreasury()), admin, address(usdc), address(xmtp)));
        bytes32 role = fresh.BUYBACK_EXECUTOR_ROLE();
        vm.prank(admin);
        fresh.grantRole(role, executor);
        vm.expectRevert(IXMTPTreasury.NoSwapAdapter.selector);
        vm.prank(executor);
        fresh.executeBuyback(1, 1);
    }

    function test_executeBuyback_revertsWhenNotExecutor() public {
        _expectUnauthorized(admin, treasury.BUYBACK_EXECUTOR_ROLE());
        vm.prank(admin);
        treasury.executeBuyback(1, 1);
    }

    function testFuzz_executeBuyback_keepsTheBooks(uint256 amount, uint256 takeBps, uint256 deliverBps) public {
        amount = bound(amount, 1, 400 * USDC);
        takeBps = bound(takeBps, 0, 10_000);
        deliverBps = bound(deliverBps, 1, 10_000);
        _useFaulty();
        faulty.configure(takeBps, deliverBps);
        uint256 expectedBurn = amount * RATE * deliverBps / 10_000;
        vm.assume(expectedBurn > 0);
        uint256 taken = amount * takeBps / 10_000;

        vm.prank(executor);
        uint256 burned = treasury.executeBuyback(amount, expectedBurn);
        assertEq(burned, expectedBurn);
        assertEq(xmtp.totalSupply(), 0);
        assertEq(treasury.buybackBalance(), 400 * USDC - taken);
        assertEq(
            usdc.balanceOf(address(treasury)),
            treasury.buybackBalance() + treasury.treasuryBalance() + treasury.stakingRewardsBalance()
        );
        assertEq(usdc.allowance(address(treasury), address(faulty)), 0);
    }

    /* ============ MockSwapAdapter ============ */

    function test_mockSwapAdapter_rejectsOtherPairs() public {
        vm.expectRevert(abi.encodeWithSelector(MockSwapAdapter.UnsupportedPair.selector, address(xmtp), address(usdc)));
        adapter.swap(address(xmtp), address(usdc), 1, 0, address(this));
    }

    function test_mockSwapAdapter_rejectsAZeroRate() public {
        vm.expectRevert(MockSwapAdapter.ZeroRate.selector);
        new MockSwapAdapter(address(usdc), address(xmtp), 0);
    }

    function test_mockSwapAdapter_swapsAtItsRate() public {
        usdc.mint(address(this), 3);
        usdc.approve(address(adapter), 3);
        assertEq(adapter.swap(address(usdc), address(xmtp), 3, 3 * RATE, alice), 3 * RATE);
        assertEq(xmtp.balanceOf(alice), 3 * RATE);
        assertEq(adapter.rate(), RATE);
        assertEq(adapter.usdc(), address(usdc));
        assertEq(adapter.xmtp(), address(xmtp));
    }

    /* ============ Helpers ============ */

    function _useFaulty() internal {
        vm.prank(admin);
        treasury.setSwapAdapter(address(faulty));
    }
}
