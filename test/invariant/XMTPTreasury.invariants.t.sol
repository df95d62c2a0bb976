// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {TreasuryFixture} from "../utils/TreasuryFixture.sol";
import {XMTPTreasuryHandler} from "./handlers/XMTPTreasuryHandler.sol";
import {console} from "forge-std/console.sol";

/**
 * @notice Whatever the sequence of excess rewards, stake changes, claims, buybacks, withdrawals, slashed deposits and
 *         base-pay reserve deposits, draws and share changes: the USDC held is exactly the three buckets and the
 *         reserve, no outflow but a draw reaches the reserve, stakers are never paid more than their share brought in and
 *         lose at most a sub-unit remainder each, every XMTP bought is burned, and the XMTP held is exactly the
 *         slashed XMTP accounted.
 */
contract XMTPTreasuryInvariantTest is TreasuryFixture {
    XMTPTreasuryHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new XMTPTreasuryHandler(
            treasury, usdc, xmtp, adapter, [admin, distributor, stakeReporter, executor, slasher]
        );

        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](13);
        selectors[0] = XMTPTreasuryHandler.handleExcessRewards.selector;
        selectors[1] = XMTPTreasuryHandler.setShares.selector;
        selectors[2] = XMTPTreasuryHandler.checkpointStake.selector;
        selectors[3] = XMTPTreasuryHandler.claimStakingRewards.selector;
        selectors[4] = XMTPTreasuryHandler.executeBuyback.selector;
        selectors[5] = XMTPTreasuryHandler.withdrawTreasury.selector;
        selectors[6] = XMTPTreasuryHandler.depositSlashedXmtp.selector;
        selectors[7] = XMTPTreasuryHandler.withdrawSlashedXmtp.selector;
        selectors[8] = XMTPTreasuryHandler.warp.selector;
        // Weighted: excess rewards twice as often as the rest.
        selectors[9] = XMTPTreasuryHandler.handleExcessRewards.selector;
        selectors[10] = XMTPTreasuryHandler.fundBasePayReserve.selector;
        selectors[11] = XMTPTreasuryHandler.drawBasePayReserve.selector;
        selectors[12] = XMTPTreasuryHandler.setBasePayReserveShareBps.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// @dev Nobody sends USDC to the treasury but through it, so the buckets and the reserve account for it to the unit.
    function invariant_usdcHeldIsExactlyTheBucketsAndTheReserve() public view {
        assertEq(
            usdc.balanceOf(address(treasury)),
            treasury.buybackBalance() + treasury.treasuryBalance() + treasury.stakingRewardsBalance()
                + treasury.basePayReserve()
        );
    }

    function invariant_everyUnitHandledIsInOneBucketOrTheReserve() public view {
        assertEq(
            handler.ghost_handled(),
            handler.ghost_reserveFromExcess() + handler.ghost_buybackIn() + handler.ghost_stakingDeposited()
                + handler.ghost_treasuryIn(),
            "split lost a unit"
        );
        assertEq(treasury.buybackBalance(), handler.ghost_buybackIn() - handler.ghost_buybackSpent(), "buyback");
        assertEq(treasury.treasuryBalance(), handler.ghost_treasuryIn() - handler.ghost_treasuryOut(), "treasury");
        assertEq(
            treasury.stakingRewardsBalance(),
            handler.ghost_stakingDeposited() - handler.ghost_stakingClaimed(),
            "staking rewards"
        );
    }

    /// @dev The reserve is what was deposited and shared into it less what the distributor drew: no withdrawal,
    ///      buyback or claim ever took from it, and draws never took more than went in.
    function invariant_reserveIsDepositsAndSharesLessDraws() public view {
        assertEq(
            treasury.basePayReserve(),
            handler.ghost_reserveFunded() + handler.ghost_reserveFromExcess() - handler.ghost_reserveDrawn()
        );
    }

    function invariant_stakersAreNeverPaidMoreThanTheirShareBroughtIn() public view {
        assertLe(handler.ghost_stakingClaimed(), handler.ghost_stakingDeposited());
    }

    /// @dev What stakers can claim, plus what is held undistributed, never exceeds what is held for them; the gap is
    ///      the sub-unit remainders (one per staker) and the division carry (under one unit).
    function invariant_stakingRewardsAreAccountedToTheUnit() public view {
        uint256 claimable = treasury.undistributedStakingRewards();
        uint256 stakes;
        for (uint256 i; i < handler.STAKER_COUNT(); ++i) {
            claimable += treasury.earnedStakingRewards(handler.staker(i));
            stakes += treasury.stakedOf(handler.staker(i));
        }
        uint256 held = treasury.stakingRewardsBalance();
        assertLe(claimable, held, "promised more than held");
        assertLe(held - claimable, handler.STAKER_COUNT() + 1, "dust beyond the remainders");
        assertEq(treasury.totalStaked(), stakes, "totalStaked drift");
    }

    function invariant_xmtpHeldIsExactlyTheSlashedXmtp() public view {
        assertEq(xmtp.balanceOf(address(treasury)), treasury.slashedXmtp());
        assertEq(treasury.slashedXmtp(), handler.ghost_slashedIn() - handler.ghost_slashedOut());
    }

    /// @dev XMTP is minted only for the slasher and by the swap: all the swap minted was burned.
    function invariant_everyXmtpBoughtIsBurned() public view {
        assertEq(xmtp.totalSupply(), handler.ghost_slashedIn());
        assertEq(usdc.allowance(address(treasury), address(adapter)), 0);
    }

    /// @dev Shows with `-vv` how the runs spread over the actions, rejected ones included.
    function invariant_callSummary() public view {
        string[21] memory actions = [
            "handleExcessRewards",
            "handleExcessRewards rejected",
            "fundBasePayReserve",
            "fundBasePayReserve rejected",
            "drawBasePayReserve",
            "drawBasePayReserve nothing",
            "setBasePayReserveShareBps",
            "setBasePayReserveShareBps rejected",
            "setShares",
            "checkpointStake",
            "claimStakingRewards",
            "claimStakingRewards rejected",
            "executeBuyback",
            "executeBuyback rejected",
            "withdrawTreasury",
            "withdrawTreasury rejected",
            "depositSlashedXmtp",
            "depositSlashedXmtp rejected",
            "withdrawSlashedXmtp",
            "withdrawSlashedXmtp rejected",
            "warp"
        ];
        for (uint256 i; i < actions.length; ++i) {
            console.log(actions[i], handler.calls(actions[i]));
        }
    }
}
