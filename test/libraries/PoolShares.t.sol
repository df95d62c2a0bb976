// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PoolShares} from "../../contracts/libraries/PoolShares.sol";
import {Test} from "forge-std/Test.sol";

contract PoolSharesTest is Test {
    /// @dev Amounts and pools of up to 10^30 units (a trillion 18-decimal tokens).
    uint256 internal constant MAX = 1e30;

    function test_toShares_oneForOneIntoAnEmptyPool() public pure {
        assertEq(PoolShares.toShares(123, 0, 0), 123);
        assertEq(PoolShares.toShares(5e18, 0, 7), 5e18);
    }

    function test_toShares_roundsDown() public pure {
        // 3 shares for 2 tokens: 1 token buys 1.5 shares.
        assertEq(PoolShares.toShares(1, 3, 2), 1);
        assertEq(PoolShares.toShares(3, 3, 2), 4);
    }

    function test_toSharesUp_roundsUp() public pure {
        assertEq(PoolShares.toSharesUp(1, 3, 2), 2);
        assertEq(PoolShares.toSharesUp(2, 3, 2), 3);
        assertEq(PoolShares.toSharesUp(0, 3, 2), 0);
    }

    function test_toSharesUp_ofAnEmptyPoolIsUnpayable() public pure {
        assertEq(PoolShares.toSharesUp(1, 5, 0), type(uint256).max);
        assertEq(PoolShares.toSharesUp(0, 0, 0), type(uint256).max);
    }

    function test_toTokens_roundsDownAndIsZeroWithoutShares() public pure {
        assertEq(PoolShares.toTokens(1, 3, 2), 0);
        assertEq(PoolShares.toTokens(2, 3, 2), 1);
        assertEq(PoolShares.toTokens(3, 3, 2), 2);
        assertEq(PoolShares.toTokens(7, 0, 100), 0);
    }

    function test_eligible_truthTable() public pure {
        uint256 minimum = 10_000;
        // Own at the 10% share and the pool making up the rest.
        assertTrue(PoolShares.eligible(1000, 9000, minimum, 1000));
        // Pool one short.
        assertFalse(PoolShares.eligible(1000, 8999, minimum, 1000));
        // Own one below its share, whatever the pool.
        assertFalse(PoolShares.eligible(999, 1e30, minimum, 1000));
        // Own stake at the minimum needs no pool.
        assertTrue(PoolShares.eligible(minimum, 0, minimum, 1000));
        // A 100% share asks the whole minimum of the operator.
        assertFalse(PoolShares.eligible(9999, 1e30, minimum, 10_000));
        assertTrue(PoolShares.eligible(minimum, 0, minimum, 10_000));
        // A zero minimum makes everyone eligible.
        assertTrue(PoolShares.eligible(0, 0, 0, 1000));
        // Neither condition.
        assertFalse(PoolShares.eligible(0, 0, minimum, 1000));
    }

    function testFuzz_toShares_roundsDown(uint256 amount, uint256 shares, uint256 tokens) public pure {
        amount = bound(amount, 0, MAX);
        shares = bound(shares, 1, MAX);
        tokens = bound(tokens, 1, MAX);
        uint256 minted = PoolShares.toShares(amount, shares, tokens);
        // minted <= amount * shares / tokens < minted + 1
        assertLe(minted * tokens, amount * shares);
        assertGt((minted + 1) * tokens, amount * shares);
    }

    function testFuzz_toSharesUp_atLeastExact(uint256 amount, uint256 shares, uint256 tokens) public pure {
        amount = bound(amount, 0, MAX);
        shares = bound(shares, 1, MAX);
        tokens = bound(tokens, 1, MAX);
        uint256 burned = PoolShares.toSharesUp(amount, shares, tokens);
        assertGe(burned * tokens, amount * shares);
        if (burned != 0) assertLt((burned - 1) * tokens, amount * shares);
        assertGe(burned, PoolShares.toShares(amount, shares, tokens));
        assertLe(burned - PoolShares.toShares(amount, shares, tokens), 1);
    }

    function testFuzz_toTokens_roundsDown(uint256 held, uint256 shares, uint256 tokens) public pure {
        shares = bound(shares, 1, MAX);
        held = bound(held, 0, shares);
        tokens = bound(tokens, 0, MAX);
        uint256 worth = PoolShares.toTokens(held, shares, tokens);
        assertLe(worth * shares, held * tokens);
        assertGt((worth + 1) * shares, held * tokens);
        assertLe(worth, tokens, "a part of the pool is worth at most the pool");
    }

    /// @dev Delegating then asking what the shares are worth never returns more than was put in.
    function testFuzz_toTokens_ofToSharesNeverExceedsTheAmount(uint256 amount, uint256 shares, uint256 tokens)
        public
        pure
    {
        amount = bound(amount, 0, MAX);
        shares = bound(shares, 0, MAX);
        // A pool without shares holds no tokens (its last holder took them all).
        tokens = shares == 0 ? 0 : bound(tokens, 1, MAX);
        uint256 minted = PoolShares.toShares(amount, shares, tokens);
        uint256 worth = PoolShares.toTokens(minted, shares + minted, tokens + amount);
        assertLe(worth, amount);
    }

    /// @dev Taking `amount` out by burning the rounded-up shares never leaves the rest worth more per share.
    function testFuzz_toSharesUp_burnLeavesThePriceNoLower(uint256 amount, uint256 shares, uint256 tokens) public pure {
        shares = bound(shares, 1, MAX);
        tokens = bound(tokens, 1, MAX);
        amount = bound(amount, 0, tokens);
        uint256 burned = PoolShares.toSharesUp(amount, shares, tokens);
        if (burned > shares) return; // refused by the caller (InsufficientShares)
        // (tokens - amount) / (shares - burned) >= tokens / shares: the holders left lose nothing.
        assertGe((tokens - amount) * shares, tokens * (shares - burned));
    }

    function testFuzz_eligible_matchesBothConditions(uint256 own, uint256 delegated, uint256 minimum, uint256 bps)
        public
        pure
    {
        own = bound(own, 0, MAX);
        delegated = bound(delegated, 0, MAX);
        minimum = bound(minimum, 0, MAX);
        bps = bound(bps, 0, 10_000);
        bool ownShare = own * 10_000 >= minimum * bps;
        bool total = own + delegated >= minimum;
        assertEq(PoolShares.eligible(own, delegated, minimum, bps), ownShare && total);
        // Own stake at the minimum is enough whatever the pool and the share.
        if (own >= minimum) assertTrue(PoolShares.eligible(own, delegated, minimum, bps));
    }
}
