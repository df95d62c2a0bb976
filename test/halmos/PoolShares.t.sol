// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PoolShares} from "../../contracts/libraries/PoolShares.sol";
import {Test} from "forge-std/Test.sol";

/**
 * @title  PoolSharesHalmos
 * @notice Symbolic checks (halmos, `make halmos`) of `PoolShares`, the arithmetic of delegation pools: shares minted
 *         round down, shares burned round up, tokens paid round down, so no holder can take out more than it put in
 *         and no holder loses by another's exit; and the eligibility rule is exactly its two conditions.
 * @dev    Bounds: amounts, shares and tokens below 2^64 units (so the products fit the 128 bits the solver handles
 *         quickly); the rounding does not depend on the magnitude. The fuzz tests (test/libraries/PoolShares.t.sol)
 *         sample the same properties up to 10^30.
 */
contract PoolSharesHalmos is Test {
    /// @notice Minted shares are the exact quotient rounded down.
    function check_toShares_roundsDown(uint64 amount, uint64 shares, uint64 tokens) public pure {
        vm.assume(shares != 0 && tokens != 0);
        uint256 minted = PoolShares.toShares(amount, shares, tokens);
        assertLe(minted * tokens, uint256(amount) * shares, "not above the exact quotient");
        assertGt((minted + 1) * tokens, uint256(amount) * shares, "less than one share below it");
    }

    /// @notice Burned shares are at least the exact quotient, and at most one share above the minted amount.
    function check_toSharesUp_atLeastExact(uint64 amount, uint64 shares, uint64 tokens) public pure {
        vm.assume(shares != 0 && tokens != 0);
        uint256 burned = PoolShares.toSharesUp(amount, shares, tokens);
        assertGe(burned * tokens, uint256(amount) * shares, "not below the exact quotient");
        uint256 minted = PoolShares.toShares(amount, shares, tokens);
        assertGe(burned, minted, "burning costs at least what minting gives");
        assertLe(burned - minted, 1, "by at most one share");
    }

    /// @notice What freshly minted shares are worth never exceeds the amount paid for them.
    function check_toTokens_ofToShares(uint64 amount, uint64 shares, uint64 tokens) public pure {
        vm.assume(shares != 0 && tokens != 0);
        uint256 minted = PoolShares.toShares(amount, shares, tokens);
        uint256 worth = PoolShares.toTokens(minted, uint256(shares) + minted, uint256(tokens) + amount);
        assertLe(worth, amount, "no profit from delegating");
    }

    /// @notice A holding's worth rounds down and never exceeds the pool.
    function check_toTokens_roundsDown(uint64 held, uint64 shares, uint64 tokens) public pure {
        vm.assume(shares != 0 && held <= shares);
        uint256 worth = PoolShares.toTokens(held, shares, tokens);
        assertLe(worth * shares, uint256(held) * tokens, "not above the exact worth");
        assertLe(worth, tokens, "a part is worth at most the pool");
    }

    /// @notice Eligibility is exactly: own stake at least its share of the minimum, and own plus pool at least the
    ///         minimum; own stake at the minimum is always enough.
    function check_eligible_truthTable(uint96 own, uint96 delegated, uint96 minimum, uint16 bps) public pure {
        vm.assume(bps <= 10_000);
        bool expected = uint256(own) * 10_000 >= uint256(minimum) * bps && uint256(own) + delegated >= minimum;
        assertEq(PoolShares.eligible(own, delegated, minimum, bps), expected, "the rule");
        if (own >= minimum) assertTrue(PoolShares.eligible(own, delegated, minimum, bps), "own minimum suffices");
    }
}
