// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {XMTPTreasury} from "../../../contracts/XMTPTreasury.sol";
import {IXMTPTreasury} from "../../../contracts/interfaces/IXMTPTreasury.sol";
import {MockSwapAdapter} from "../../../contracts/mocks/MockSwapAdapter.sol";
import {MockUSDC} from "../../../contracts/mocks/MockUSDC.sol";
import {MockXMTP} from "../../../contracts/mocks/MockXMTP.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

/**
 * @notice Drives the treasury through excess rewards, stake checkpoints, claims, buybacks, withdrawals, slashed XMTP
 *         deposits and withdrawals, base-pay reserve deposits, draws and share changes, bucket share changes and time,
 *         valid or rejected, with three stakers (who also fund the reserve). Predicts every revert, and keeps its own
 *         account of what entered and left each bucket and the reserve.
 */
contract XMTPTreasuryHandler is CommonBase, StdCheats, StdUtils {
    uint256 public constant STAKER_COUNT = 3;

    XMTPTreasury internal immutable treasury;
    MockUSDC internal immutable usdc;
    MockXMTP internal immutable xmtp;
    MockSwapAdapter internal immutable adapter;
    address internal immutable admin;
    address internal immutable distributor;
    address internal immutable stakeReporter;
    address internal immutable executor;
    address internal immutable slasher;

    address[STAKER_COUNT] internal stakers;

    uint256 public ghost_handled;
    uint256 public ghost_buybackIn;
    uint256 public ghost_buybackSpent;
    uint256 public ghost_treasuryIn;
    uint256 public ghost_treasuryOut;
    uint256 public ghost_stakingDeposited;
    uint256 public ghost_stakingClaimed;
    uint256 public ghost_xmtpBurned;
    uint256 public ghost_slashedIn;
    uint256 public ghost_slashedOut;
    uint256 public ghost_reserveFunded;
    uint256 public ghost_reserveFromExcess;
    uint256 public ghost_reserveDrawn;

    mapping(string action => uint256 count) public calls;

    constructor(
        XMTPTreasury treasury_,
        MockUSDC usdc_,
        MockXMTP xmtp_,
        MockSwapAdapter adapter_,
        address[5] memory roles // admin, distributor, stake reporter, executor, slasher
    ) {
        treasury = treasury_;
        usdc = usdc_;
        xmtp = xmtp_;
        adapter = adapter_;
        admin = roles[0];
        distributor = roles[1];
        stakeReporter = roles[2];
        executor = roles[3];
        slasher = roles[4];
        for (uint256 i; i < STAKER_COUNT; ++i) {
            stakers[i] = address(SafeCast.toUint160(0x2000 + i));
        }
    }

    function staker(uint256 index) external view returns (address) {
        return stakers[index];
    }

    /* ============ Excess rewards ============ */

    function handleExcessRewards(uint256 amount) external {
        // One time in sixteen zero; otherwise up to a million USDC.
        amount = amount % 16 == 0 ? 0 : _bound(amount, 1, 1e12);
        usdc.mint(distributor, amount);
        vm.prank(distributor);
        usdc.approve(address(treasury), amount);

        uint256 reserve = amount * treasury.basePayReserveShareBps() / 10_000;
        uint256 buyback = (amount - reserve) * treasury.buybackBps() / 10_000;
        uint256 staking = (amount - reserve) * treasury.stakingRewardsBps() / 10_000;
        vm.prank(distributor);
        if (amount == 0) vm.expectRevert(IXMTPTreasury.ZeroAmount.selector);
        treasury.handleExcessRewards(amount);
        if (amount != 0) {
            ghost_handled += amount;
            ghost_reserveFromExcess += reserve;
            ghost_buybackIn += buyback;
            ghost_stakingDeposited += staking;
            ghost_treasuryIn += amount - reserve - buyback - staking;
        }
        ++calls[amount != 0 ? "handleExcessRewards" : "handleExcessRewards rejected"];
    }

    function setShares(uint256 buyback, uint256 staking) external {
        buyback = _bound(buyback, 0, 10_000);
        staking = _bound(staking, 0, 10_000 - buyback);
        vm.prank(admin);
        treasury.setShares(
            SafeCast.toUint16(buyback), SafeCast.toUint16(staking), SafeCast.toUint16(10_000 - buyback - staking)
        );
        ++calls["setShares"];
    }

    /* ============ Base-pay reserve ============ */

    function fundBasePayReserve(uint256 funderSeed, uint256 amount) external {
        // One time in sixteen zero; otherwise up to a million USDC.
        amount = amount % 16 == 0 ? 0 : _bound(amount, 1, 1e12);
        address funder = _staker(funderSeed);
        usdc.mint(funder, amount);
        vm.prank(funder);
        usdc.approve(address(treasury), amount);
        vm.prank(funder);
        if (amount == 0) vm.expectRevert(IXMTPTreasury.ZeroAmount.selector);
        treasury.fundBasePayReserve(amount);
        ghost_reserveFunded += amount;
        ++calls[amount != 0 ? "fundBasePayReserve" : "fundBasePayReserve rejected"];
    }

    function drawBasePayReserve(uint256 amount) external {
        uint256 available = treasury.basePayReserve();
        // Mostly within the reserve, one time in four above it (and sometimes zero): a draw never reverts for want of
        // funds, it sends what there is.
        amount = amount % 4 == 0 ? _bound(amount, 0, available + 1e12) : _bound(amount, 0, available);
        uint256 before = usdc.balanceOf(distributor);
        vm.prank(distributor);
        uint256 drawn = treasury.drawBasePayReserve(amount);
        require(drawn == (amount < available ? amount : available), "drew other than the lesser");
        require(usdc.balanceOf(distributor) - before == drawn, "sent other than drawn");
        ghost_reserveDrawn += drawn;
        ++calls[drawn != 0 ? "drawBasePayReserve" : "drawBasePayReserve nothing"];
    }

    function setBasePayReserveShareBps(uint256 bps) external {
        // One time in eight above the whole (rejected).
        bps = bps % 8 == 0 ? _bound(bps, 10_001, type(uint16).max) : _bound(bps, 0, 10_000);
        vm.prank(admin);
        if (bps > 10_000) {
            vm.expectRevert(abi.encodeWithSelector(IXMTPTreasury.InvalidBasePayReserveShare.selector, bps, 10_000));
        }
        treasury.setBasePayReserveShareBps(SafeCast.toUint16(bps));
        ++calls[bps <= 10_000 ? "setBasePayReserveShareBps" : "setBasePayReserveShareBps rejected"];
    }

    /* ============ Staking ============ */

    function checkpointStake(uint256 stakerSeed, uint256 stake) external {
        // One time in five zero (unstaked); otherwise up to ten billion XMTP.
        stake = stake % 5 == 0 ? 0 : _bound(stake, 1, 1e28);
        vm.prank(stakeReporter);
        treasury.checkpointStake(_staker(stakerSeed), stake);
        ++calls["checkpointStake"];
    }

    function claimStakingRewards(uint256 stakerSeed) external {
        address who = _staker(stakerSeed);
        uint256 earned = treasury.earnedStakingRewards(who);
        vm.prank(who);
        if (earned == 0) vm.expectRevert(IXMTPTreasury.NothingToClaim.selector);
        uint256 amount = treasury.claimStakingRewards();
        if (earned != 0) {
            require(amount == earned, "claimed other than earned");
            ghost_stakingClaimed += amount;
        }
        ++calls[earned != 0 ? "claimStakingRewards" : "claimStakingRewards rejected"];
    }

    /* ============ Buyback ============ */

    function executeBuyback(uint256 amount, uint256 minSeed) external {
        uint256 available = treasury.buybackBalance();
        // Mostly within the bucket, one time in eight above it.
        amount = amount % 8 == 0 ? _bound(amount, 0, available + 10) : _bound(amount, 0, available);
        uint256 output = amount * adapter.rate();
        // Mostly a reachable minimum, one time in eight zero or just out of reach.
        uint256 mode = minSeed % 8;
        uint256 minXmtpOut = mode == 0 ? 0 : mode == 1 ? output + 1 : _bound(minSeed, 1, output == 0 ? 1 : output);

        bytes memory expected;
        if (amount == 0) {
            expected = abi.encodeWithSelector(IXMTPTreasury.ZeroAmount.selector);
        } else if (minXmtpOut == 0) {
            expected = abi.encodeWithSelector(IXMTPTreasury.ZeroMinimumOutput.selector);
        } else if (amount > available) {
            expected = abi.encodeWithSelector(IXMTPTreasury.InsufficientBuybackBalance.selector, available, amount);
        } else if (output < minXmtpOut) {
            expected = abi.encodeWithSelector(MockSwapAdapter.InsufficientOutput.selector, output, minXmtpOut);
        }

        vm.prank(executor);
        if (expected.length != 0) vm.expectRevert(expected);
        uint256 burned = treasury.executeBuyback(amount, minXmtpOut);
        if (expected.length == 0) {
            require(burned == output, "burned other than bought");
            ghost_buybackSpent += amount;
            ghost_xmtpBurned += burned;
        }
        ++calls[expected.length == 0 ? "executeBuyback" : "executeBuyback rejected"];
    }

    /* ============ Treasury and slashed XMTP ============ */

    function withdrawTreasury(uint256 amount) external {
        uint256 available = treasury.treasuryBalance();
        amount = amount % 8 == 0 ? _bound(amount, 0, available + 10) : _bound(amount, 0, available);
        bytes memory expected;
        if (amount == 0) {
            expected = abi.encodeWithSelector(IXMTPTreasury.ZeroAmount.selector);
        } else if (amount > available) {
            expected = abi.encodeWithSelector(IXMTPTreasury.InsufficientTreasuryBalance.selector, available, amount);
        }
        vm.prank(admin);
        if (expected.length != 0) vm.expectRevert(expected);
        treasury.withdrawTreasury(admin, amount);
        if (expected.length == 0) ghost_treasuryOut += amount;
        ++calls[expected.length == 0 ? "withdrawTreasury" : "withdrawTreasury rejected"];
    }

    function depositSlashedXmtp(uint256 operatorSeed, uint256 amount) external {
        amount = amount % 16 == 0 ? 0 : _bound(amount, 1, 1e24);
        xmtp.mint(slasher, amount);
        vm.prank(slasher);
        xmtp.approve(address(treasury), amount);
        vm.prank(slasher);
        if (amount == 0) vm.expectRevert(IXMTPTreasury.ZeroAmount.selector);
        treasury.depositSlashedXmtp(_staker(operatorSeed), amount);
        ghost_slashedIn += amount;
        ++calls[amount != 0 ? "depositSlashedXmtp" : "depositSlashedXmtp rejected"];
    }

    function withdrawSlashedXmtp(uint256 amount) external {
        uint256 available = treasury.slashedXmtp();
        amount = amount % 8 == 0 ? _bound(amount, 0, available + 10) : _bound(amount, 0, available);
        bytes memory expected;
        if (amount == 0) {
            expected = abi.encodeWithSelector(IXMTPTreasury.ZeroAmount.selector);
        } else if (amount > available) {
            expected = abi.encodeWithSelector(IXMTPTreasury.InsufficientSlashedXmtp.selector, available, amount);
        }
        vm.prank(admin);
        if (expected.length != 0) vm.expectRevert(expected);
        treasury.withdrawSlashedXmtp(admin, amount);
        if (expected.length == 0) ghost_slashedOut += amount;
        ++calls[expected.length == 0 ? "withdrawSlashedXmtp" : "withdrawSlashedXmtp rejected"];
    }

    /* ============ Time ============ */

    function warp(uint256 seconds_) external {
        vm.warp(block.timestamp + _bound(seconds_, 1, 30 days));
        ++calls["warp"];
    }

    function _staker(uint256 seed) internal view returns (address) {
        return stakers[seed % STAKER_COUNT];
    }
}
