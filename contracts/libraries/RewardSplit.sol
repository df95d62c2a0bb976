// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/**
 * @title  RewardSplit
 * @notice The arithmetic of one epoch's rewards, as `RewardDistributor` allocates them: each node's base pay for the
 *         epoch, the same for all (`evenPay`), what a node short of it is owed up to the owed cap (`owe`), the owed
 *         shortfall and the variable costs paid pro rata when the money is short (`proRata`), and what is left shared
 *         evenly as a bonus (`evenSplit`). Pure functions: the distributor does the reading, drawing and recording,
 *         and `test/halmos/` proves these directly.
 *
 *         Every division rounds down, so a split never hands out more than it has: the units that do not divide stay
 *         with the caller (in the pool).
 */
library RewardSplit {
    /// @dev The denominator of `owedCapBps`.
    uint256 internal constant BPS = 10_000;

    /**
     * @notice The base pay of an epoch `duration` long, at `basePayPerPeriod` for a payout period `periodLength` long
     *         (rounded down). `periodLength` is never zero (the distributor's periods are at least a day).
     */
    function epochBasePay(uint256 basePayPerPeriod, uint256 duration, uint256 periodLength)
        internal
        pure
        returns (uint256)
    {
        return basePayPerPeriod * duration / periodLength;
    }

    /// @notice The most a node may be owed: `owedCapBps / 10,000` of a payout period's base pay (rounded down).
    function owedCap(uint256 owedCapBps, uint256 basePayPerPeriod) internal pure returns (uint256) {
        return owedCapBps * basePayPerPeriod / BPS;
    }

    /**
     * @notice What each of `count` nodes is paid towards `amountEach` from `available`: `amountEach` when `available`
     *         covers all of them, else the same part of it to each, rounded down (`available / count`). So
     *         `pay <= amountEach` and `pay * count <= available`. `count` is never zero (reverts if it is).
     */
    function evenPay(uint256 available, uint256 amountEach, uint256 count) internal pure returns (uint256 pay) {
        pay = available / count;
        if (pay > amountEach) pay = amountEach;
    }

    /**
     * @notice The even split of `amount` among `count` nodes: `each` gets `amount / count` and the units that do not
     *         divide are `rest` (`each * count + rest == amount`, `rest < count`). `count` is never zero.
     */
    function evenSplit(uint256 amount, uint256 count) internal pure returns (uint256 each, uint256 rest) {
        each = amount / count;
        // `each * count` is at most `amount`: neither the product nor the difference can overflow. The product of the
        // rounded-down quotient is the point: it is what the shares take, the rest what they leave.
        unchecked {
            // slither-disable-next-line divide-before-multiply
            rest = amount - each * count;
        }
    }

    /**
     * @notice The part of `amount` paid when `available` funds a `total` that `amount` is part of: all of it when
     *         `available` covers `total`, else the same fraction `available / total` of it, rounded down. Summed over
     *         the parts of `total`, never more than `available`. `total` is never zero when `available` is short of it.
     */
    function proRata(uint256 amount, uint256 available, uint256 total) internal pure returns (uint256) {
        return available >= total ? amount : available * amount / total;
    }

    /**
     * @notice A node owed `before` falls `shortfall` short: what it is owed after (`owed`, at most `cap`, except that
     *         a node already above a since-lowered cap keeps what it had and gains nothing) and what is written off
     *         (`owed + writtenOff == before + shortfall`, `owed >= before`).
     */
    function owe(uint256 before, uint256 shortfall, uint256 cap)
        internal
        pure
        returns (uint256 owed, uint256 writtenOff)
    {
        uint256 owedNow = before + shortfall;
        owed = owedNow <= cap ? owedNow : (before > cap ? before : cap);
        // `owed` is at most `owedNow` (`before` and `cap` are, where chosen).
        unchecked {
            writtenOff = owedNow - owed;
        }
    }
}
