// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PoolShares} from "../../contracts/libraries/PoolShares.sol";
import {Test} from "forge-std/Test.sol";

/**
 * @title  PoolSharesHalmos
 * @notice Symbolic checks (halmos, `make halmos`) of `PoolShares`, the arithmetic of delegation pools: the eligibility
 *         rule is exactly its two conditions; an empty pool mints one share per token; a pool without tokens cannot
 *         be paid out of; shares of a pool without shares are worth nothing.
 * @dev    Limits. The rounding properties (minted shares round down, burned shares round up, `toTokens(toShares(x))
 *         <= x`) go through `Math.mulDiv`'s 512-bit arithmetic, which the solvers do not decide within the 60 s
 *         assertion timeout even for 64-bit inputs (measured: `check_toShares_roundsDown` and
 *         `check_toSharesUp_atLeastExact` timed out), nor that own stake at the minimum is eligible at a 10%
 *         share (`own >= minimum` implies `own × 10,000 >= minimum × 1,000`: timed out at 96 bits). They are fuzzed
 *         instead, up to 10^30, in `test/libraries/PoolShares.t.sol`.
 */
contract PoolSharesHalmos is Test {
    uint256 internal constant BPS = 10_000;

    /// @notice Eligibility is exactly: own stake at least its share of the minimum, and own plus pool at least the
    ///         minimum. Bounds: stakes and minimum below 2^96 units, any share up to 10,000 bps.
    function check_eligible_isBothConditions(uint96 own, uint96 delegated, uint96 minimum, uint16 bps) public pure {
        vm.assume(bps <= BPS);
        bool ownShare = uint256(own) * BPS >= uint256(minimum) * bps;
        bool total = uint256(own) + delegated >= minimum;
        assertEq(PoolShares.eligible(own, delegated, minimum, bps), ownShare && total, "the rule");
    }

    /// @notice The first delegation into an empty pool mints one share per token.
    function check_toShares_oneForOneIntoAnEmptyPool(uint256 amount, uint256 tokens) public pure {
        assertEq(PoolShares.toShares(amount, 0, tokens), amount);
    }

    /// @notice No amount can be taken out of a pool without tokens (a wiped pool): the shares asked exceed any holding.
    function check_toSharesUp_ofAWipedPool(uint256 amount, uint256 shares) public pure {
        assertEq(PoolShares.toSharesUp(amount, shares, 0), type(uint256).max);
    }

    /// @notice Shares of a pool without shares are worth nothing, whatever its tokens.
    function check_toTokens_withoutShares(uint256 held, uint256 tokens) public pure {
        assertEq(PoolShares.toTokens(held, 0, tokens), 0);
    }
}
