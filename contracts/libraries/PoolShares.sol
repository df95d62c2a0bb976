// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/**
 * @title  PoolShares
 * @notice The arithmetic of a share-based pool of tokens (delegations, their unbonding) and of an operator's
 *         eligibility with its pool. Pure functions, proven by `test/halmos/`.
 *
 *         Rounding is always against the one asking: shares minted for tokens round down, shares burned for tokens
 *         round up, tokens paid for shares round down. So the holders' claims never exceed the pool's tokens. A pool
 *         holds only what was delegated into it (never a balance anyone can donate to), so no first-depositor
 *         inflation is possible: its first shares are minted one for one.
 */
library PoolShares {
    /// @dev The denominator of `minimumSelfStakeBps`.
    uint256 internal constant BPS = 10_000;

    /// @notice Shares minted for `amount` tokens into a pool of `shares` and `tokens` (rounded down). Requires
    ///         `tokens != 0` when `shares != 0` (a wiped pool is refused by the caller).
    function toShares(uint256 amount, uint256 shares, uint256 tokens) internal pure returns (uint256) {
        if (shares == 0) return amount;
        return Math.mulDiv(amount, shares, tokens);
    }

    /// @notice Shares burned to take `amount` tokens out (rounded up); `type(uint256).max` when the pool holds no
    ///         tokens, which no holder has.
    function toSharesUp(uint256 amount, uint256 shares, uint256 tokens) internal pure returns (uint256) {
        if (tokens == 0) return type(uint256).max;
        return Math.mulDiv(amount, shares, tokens, Math.Rounding.Ceil);
    }

    /// @notice What `held` shares of a pool of `shares` and `tokens` are worth (rounded down).
    function toTokens(uint256 held, uint256 shares, uint256 tokens) internal pure returns (uint256) {
        if (shares == 0) return 0;
        return Math.mulDiv(held, tokens, shares);
    }

    /**
     * @notice Whether an operator with `ownStake` and `delegated` tokens in its pool is eligible under `minimumStake`:
     *         its own stake at least `minimumSelfStakeBps` of the minimum, and both together at least the minimum.
     */
    function eligible(uint256 ownStake, uint256 delegated, uint256 minimumStake, uint256 minimumSelfStakeBps)
        internal
        pure
        returns (bool)
    {
        return ownStake * BPS >= minimumStake * minimumSelfStakeBps && ownStake + delegated >= minimumStake;
    }
}
