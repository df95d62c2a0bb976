// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {XMTPTreasury} from "../../contracts/XMTPTreasury.sol";
import {IDelegation} from "../../contracts/interfaces/IDelegation.sol";
import {INodeSelectionManager} from "../../contracts/interfaces/INodeSelectionManager.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {DelegationHandler} from "./handlers/DelegationHandler.sol";
import {console} from "forge-std/console.sol";

/**
 * @notice Whatever the sequence of delegations, undelegations, withdrawals, redelegations, own stakes and unstakes,
 *         slashes, commission changes, staking rewards, claims and time: XMTP is conserved to the unit across the
 *         stakes, the pools, their unbonding and the treasury's slashed XMTP; no pool's delegators hold claims beyond
 *         the pool; rewards claimed never exceed rewards handed over, and the treasury holds exactly the rest.
 */
contract DelegationInvariantTest is BaseTest {
    DelegationHandler internal handler;
    XMTPTreasury internal treasury;

    function setUp() public override {
        super.setUp();
        treasury = XMTPTreasury(suite.treasury.proxy);
        handler = new DelegationHandler(
            delegation, selection, treasury, xmtp, usdc, suite.rewardDistributor.proxy, nodes, admin
        );
        bytes32 role = selection.SLASHER_ROLE();
        vm.prank(admin);
        selection.grantRole(role, address(handler));

        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](16);
        selectors[0] = DelegationHandler.delegate.selector;
        selectors[1] = DelegationHandler.delegate.selector;
        selectors[2] = DelegationHandler.undelegate.selector;
        selectors[3] = DelegationHandler.withdrawUnbonded.selector;
        selectors[4] = DelegationHandler.redelegate.selector;
        selectors[5] = DelegationHandler.claim.selector;
        selectors[6] = DelegationHandler.claim.selector;
        selectors[7] = DelegationHandler.stake.selector;
        selectors[8] = DelegationHandler.unstake.selector;
        selectors[9] = DelegationHandler.withdrawOwn.selector;
        selectors[10] = DelegationHandler.setCommission.selector;
        selectors[11] = DelegationHandler.slash.selector;
        selectors[12] = DelegationHandler.handStakingRewards.selector;
        selectors[13] = DelegationHandler.handStakingRewards.selector;
        selectors[14] = DelegationHandler.warp.selector;
        selectors[15] = DelegationHandler.warp.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// @dev The delegation contract holds exactly its pools' bonded and unbonding tokens.
    function invariant_delegationXmtpIsThePools() public view {
        address[] memory operators = handler.allOperators();
        uint256 pools;
        for (uint256 i; i < operators.length; ++i) {
            IDelegation.PoolView memory p = delegation.pool(operators[i]);
            pools += p.delegatedTokens + p.unbondingTokens;
        }
        assertEq(xmtp.balanceOf(address(delegation)), pools);
    }

    /// @dev The selection manager holds exactly the own stakes and their unbonding, and reported each own stake.
    function invariant_selectionXmtpIsTheOwnStakes() public view {
        address[] memory operators = handler.allOperators();
        uint256 own;
        for (uint256 i; i < operators.length; ++i) {
            uint256 staked = selection.stakeOf(operators[i]);
            INodeSelectionManager.Unbonding memory u = selection.unbondingOf(operators[i]);
            own += staked + u.amount;
            assertEq(delegation.pool(operators[i]).ownStake, staked, "own stake reported");
        }
        assertEq(xmtp.balanceOf(address(selection)), own);
    }

    /// @dev Every XMTP unit minted is with an actor, staked, delegated, unbonding, or slashed into the treasury.
    function invariant_xmtpConserved() public view {
        address[] memory operators = handler.allOperators();
        address[] memory delegators = handler.allDelegators();
        uint256 held;
        for (uint256 i; i < operators.length; ++i) {
            held += xmtp.balanceOf(operators[i]);
        }
        for (uint256 i; i < delegators.length; ++i) {
            held += xmtp.balanceOf(delegators[i]);
        }
        held += xmtp.balanceOf(address(selection)) + xmtp.balanceOf(address(delegation)) + treasury.slashedXmtp();
        assertEq(xmtp.totalSupply(), handler.ghost_xmtpMinted(), "minted");
        assertEq(held, handler.ghost_xmtpMinted(), "XMTP lost or created");
        assertEq(xmtp.balanceOf(address(treasury)), treasury.slashedXmtp(), "treasury's slashed XMTP");
        assertEq(treasury.slashedXmtp(), handler.ghost_slashed(), "slashed");
    }

    /// @dev Per pool: the delegators' shares add up to the pool's, and what they are worth never exceeds its tokens.
    function invariant_delegatorsClaimsNeverExceedThePool() public view {
        address[] memory operators = handler.allOperators();
        address[] memory delegators = handler.allDelegators();
        for (uint256 i; i < operators.length; ++i) {
            IDelegation.PoolView memory p = delegation.pool(operators[i]);
            uint256 shares;
            uint256 tokens;
            uint256 unbondingShares;
            uint256 unbondingTokens;
            uint256 members;
            for (uint256 j; j < delegators.length; ++j) {
                IDelegation.DelegationView memory d = delegation.delegation(delegators[j], operators[i]);
                shares += d.shares;
                tokens += d.tokens;
                unbondingShares += d.unbondingShares;
                unbondingTokens += d.unbondingTokens;
                if (d.shares != 0) ++members;
            }
            assertEq(shares, p.delegatedShares, "shares");
            assertLe(tokens, p.delegatedTokens, "bonded claims above the pool");
            assertEq(unbondingShares, p.unbondingShares, "unbonding shares");
            assertLe(unbondingTokens, p.unbondingTokens, "unbonding claims above the pool");
            assertEq(members, p.delegators, "delegator count");
        }
    }

    /// @dev Claimed never exceeds handed over; the pool holds exactly the rest, and the treasury's USDC is its buckets.
    function invariant_rewardsClaimedNeverExceedRewardsHandedOver() public view {
        (uint256 notified, uint256 claimed) = delegation.stakingRewardTotals();
        assertEq(notified, handler.ghost_notified(), "notified");
        assertEq(claimed, handler.ghost_claimed(), "claimed");
        assertLe(claimed, notified);
        assertEq(usdc.balanceOf(address(delegation)), notified - claimed, "the pool's USDC");
        assertEq(treasury.stakingRewardsBalance(), 0, "the treasury credits no staking rewards itself");
        assertEq(
            usdc.balanceOf(address(treasury)),
            treasury.buybackBalance() + treasury.treasuryBalance() + treasury.stakingRewardsBalance()
                + treasury.basePayReserve(),
            "treasury USDC is its buckets"
        );
    }

    /// @dev What the positions have settled (as of each pool's last sync) and what is held never exceeds what is left.
    function invariant_settledRewardsWithinWhatIsLeft() public view {
        address[] memory operators = handler.allOperators();
        address[] memory delegators = handler.allDelegators();
        uint256 settled = delegation.heldStakingRewards();
        for (uint256 i; i < operators.length; ++i) {
            settled += delegation.operatorRewards(operators[i]);
            for (uint256 j; j < delegators.length; ++j) {
                settled += delegation.delegation(delegators[j], operators[i]).rewards;
            }
        }
        (uint256 notified, uint256 claimed) = delegation.stakingRewardTotals();
        assertLe(settled, notified - claimed);
    }

    /// @dev Shows with `-vv` how the runs spread over the actions, skipped ones included.
    function invariant_callSummary() public view {
        console.log("delegate", handler.calls("delegate"));
        console.log("delegate wiped pool", handler.calls("delegate wiped pool"));
        console.log("delegate share overflow", handler.calls("delegate share overflow"));
        console.log("undelegate", handler.calls("undelegate"));
        console.log("undelegate wiped unbonding", handler.calls("undelegate wiped unbonding"));
        console.log("withdrawUnbonded", handler.calls("withdrawUnbonded"));
        console.log("redelegate", handler.calls("redelegate"));
        console.log("claim", handler.calls("claim"));
        console.log("claim nothing", handler.calls("claim nothing"));
        console.log("stake", handler.calls("stake"));
        console.log("unstake", handler.calls("unstake"));
        console.log("withdrawOwn", handler.calls("withdrawOwn"));
        console.log("setCommission", handler.calls("setCommission"));
        console.log("slash", handler.calls("slash"));
        console.log("handStakingRewards", handler.calls("handStakingRewards"));
        console.log("warp", handler.calls("warp"));
    }
}
