// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/**
 * @title  ProfitCap
 * @notice The profit cap, the one rule of it: of a node's period earnings it keeps at most `capBps / 10,000` of its
 *         period costs (rounded down); the rest is excess, which goes to the treasury. `NodeEarningsTracker` applies it
 *         when it records an epoch and when anyone enforces it on a node.
 */
library ProfitCap {
    /// @dev The denominator of `capBps`.
    uint256 internal constant BPS = 10_000;

    /**
     * @notice Splits `earnings` at the cap on `costs`: `kept` is `earnings` when within `costs * capBps / 10,000`
     *         (rounded down), else exactly that cap; `excess` is the rest. `kept + excess == earnings`.
     * @dev    Named `split`: the issue's name for it, `apply`, is a reserved word in Solidity. Reverts (checked
     *         arithmetic) only when `costs * capBps` overflows 256 bits.
     */
    function split(uint256 earnings, uint256 costs, uint256 capBps)
        internal
        pure
        returns (uint256 kept, uint256 excess)
    {
        kept = costs * capBps / BPS;
        if (earnings <= kept) return (earnings, 0);
        // Above the cap (`kept`): the difference cannot underflow.
        unchecked {
            excess = earnings - kept;
        }
    }
}
