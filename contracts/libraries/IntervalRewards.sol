// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/**
 * @title  IntervalRewards
 * @notice Rewards shared among weights (stake or shares) where a weight earns only from the start of the interval after
 *         it was added: the rule that makes staking rewards impossible to capture just in time. Time is cut into
 *         intervals (`interval = timestamp / length`); a weight added during interval `k` is pending until `k` ends, and
 *         what a pot credits at the end of `k` goes to the weights that were effective through all of `k`. Removing
 *         weight is immediate (pending weight first), so a weight that left during `k` earns nothing of `k`.
 *
 *         A `Pot` is the shared side (a reward-per-weight accumulator, the total effective and pending weight, and the
 *         accumulator's value after each interval it left); a `Position` is one holder's side. Both are lazy: a pot
 *         rolls at its first touch in a new interval, a position settles when its holder acts. Everything is O(1): a
 *         roll writes one `accAfter` entry, whatever the number of positions.
 *
 *         Rounding: rewards are scaled by `PRECISION`; what does not divide by the effective weight stays `held` for the
 *         next credit, so the sum of every position's settled and pending rewards plus `held` equals what was added,
 *         to the scaled unit. Positions round down, never up.
 */
library IntervalRewards {
    /// @notice The scale of rewards and of the accumulator: one unit of a 6-decimal token spread over 10^27 weight
    ///         units still moves the accumulator by 10^9.
    uint256 internal constant PRECISION = 1e36;

    /// @dev The shared side. `interval` is the interval of the last roll; `held` is scaled reward not yet credited.
    /// @dev The weights and the interval share a slot: a roll check and a weight change read one.
    struct Pot {
        uint256 acc;
        uint256 held;
        uint112 effective;
        uint112 pending;
        uint32 interval;
        mapping(uint256 interval => uint256 acc) accAfter;
    }

    /// @dev One holder. `pending` became (or becomes) effective at the end of `interval`; `paid` is the pot's `acc` at
    ///      the last settlement and `owed` the scaled reward settled and not yet taken.
    struct Position {
        uint112 effective;
        uint112 pending;
        uint32 interval;
        uint256 paid;
        uint256 owed;
    }

    /// @notice A weight removed exceeds the position's weight.
    error WeightExceeded(uint256 weight, uint256 removed);

    /// @notice The interval `timestamp` falls in, for intervals `length` seconds long.
    function intervalOf(uint256 timestamp, uint256 length) internal pure returns (uint256) {
        return timestamp / length;
    }

    /**
     * @notice Brings `pot` into interval `current`: when it left an earlier one, credits what that interval held to the
     *         weights effective through it, records the accumulator after it, and makes the pending weight effective.
     * @dev    With `recordAlways` false, the accumulator is recorded only when weight was pending (the only reader is
     *         `settle` activating a position's pending weight), which saves a new slot per interval for a pot nobody
     *         joined. A pot whose positions are settled with `settleSplit` must record always.
     * @return rolled Whether the pot left an interval.
     */
    function roll(Pot storage pot, uint256 current, bool recordAlways) internal returns (bool rolled) {
        uint256 last = pot.interval;
        if (current <= last) return false;
        distribute(pot);
        uint256 pending = pot.pending;
        if (recordAlways || pending != 0) pot.accAfter[last] = pot.acc;
        if (pending != 0) {
            // Cannot truncate: `pending` came from the 112-bit field; the sum is checked.
            // forge-lint: disable-next-line(unsafe-typecast)
            pot.effective += uint112(pending);
            pot.pending = 0;
        }
        // Cannot truncate: week-long intervals of a timestamp fit 32 bits for 80 billion years.
        // forge-lint: disable-next-line(unsafe-typecast)
        pot.interval = uint32(current);
        return true;
    }

    /// @notice Adds `scaledAmount` to what `pot` holds for its current interval (credited by `roll` or `distribute`).
    function add(Pot storage pot, uint256 scaledAmount) internal {
        pot.held += scaledAmount;
    }

    /// @notice Credits what `pot` holds to its effective weight now; the remainder of the division stays held.
    function distribute(Pot storage pot) internal {
        uint256 effective = pot.effective;
        uint256 held = pot.held;
        if (effective == 0 || held == 0) return;
        pot.acc += held / effective;
        pot.held = held % effective;
    }

    /**
     * @notice Settles `position` against `pot` (rolled to the current interval) into its `owed`: its pending weight, if
     *         its interval ended, earns from the accumulator after that interval on; its effective weight up to now.
     * @dev    A position with nothing pending reads no `accAfter` entry, so it works on a pot that records sparsely.
     */
    function settle(Pot storage pot, Position storage position) internal {
        if (position.pending != 0) {
            (uint256 beforeActivation, uint256 afterActivation) = settleSplit(pot, position);
            uint256 earnedNow = beforeActivation + afterActivation;
            if (earnedNow != 0) position.owed += earnedNow;
            return;
        }
        uint256 effective = position.effective;
        uint256 acc = pot.acc;
        uint256 paid = position.paid;
        if (effective == 0 || acc == paid) return;
        position.owed += effective * (acc - paid);
        position.paid = acc;
    }

    /**
     * @notice Settles `position` as `settle` does but returns what it earned instead of adding it to `owed`, in two
     *         parts: until the end of the position's interval (when that interval ended), and after it. A holder that
     *         shares its earnings with its own positions (a pool with its delegators) credits the first part before its
     *         own pot leaves that interval and the second after.
     */
    function settleSplit(Pot storage pot, Position storage position)
        internal
        returns (uint256 beforeActivation, uint256 afterActivation)
    {
        uint256 effective = position.effective;
        uint256 pending = position.pending;
        // An empty position earns nothing and has nothing to activate: `increase` sets its interval when it fills.
        if (effective == 0 && pending == 0) return (0, 0);
        uint256 acc = pot.acc;
        uint256 paid = position.paid;
        uint256 potInterval = pot.interval;
        if (position.interval < potInterval) {
            uint256 accAtActivation = pot.accAfter[position.interval];
            beforeActivation = effective * (accAtActivation - paid);
            paid = accAtActivation;
            if (pending != 0) {
                effective += pending;
                position.pending = 0;
                // Cannot truncate: the sum of a position's weights is what `increase` checked into 112 bits.
                // forge-lint: disable-next-line(unsafe-typecast)
                position.effective = uint112(effective);
            }
            // Cannot truncate: see `roll`; intervals of a week fit 32 bits for 80 billion years.
            // forge-lint: disable-next-line(unsafe-typecast)
            position.interval = uint32(potInterval);
        }
        afterActivation = effective * (acc - paid);
        // Without effective weight `paid` means nothing (an activation sets it): a new position saves the slot.
        if (effective != 0 && position.paid != acc) position.paid = acc;
    }

    /// @notice Adds `weight` to `position` and to `pot`, pending until the pot's current interval ends. Settle first.
    function increase(Pot storage pot, Position storage position, uint256 weight) internal {
        uint256 pending = position.pending + weight;
        if (pending + position.effective > type(uint112).max) revert WeightExceeded(type(uint112).max, pending);
        // Cannot truncate: checked above.
        // forge-lint: disable-next-line(unsafe-typecast)
        position.pending = uint112(pending);
        // Cannot truncate: as a position's interval, set by the settlement before.
        // forge-lint: disable-next-line(unsafe-typecast)
        position.interval = uint32(pot.interval);
        // Cannot truncate: at most the position's 112 bits, checked above; the pot's sum is checked (a pot past 2^112
        // refuses the weight rather than wrapping).
        // forge-lint: disable-next-line(unsafe-typecast)
        pot.pending += uint112(weight);
    }

    /// @notice Removes `weight` from `position` and `pot`, pending weight first. Settle first.
    function decrease(Pot storage pot, Position storage position, uint256 weight) internal {
        uint256 pending = position.pending;
        uint256 effective = position.effective;
        if (weight > pending + effective) revert WeightExceeded(pending + effective, weight);
        uint256 fromPending = weight < pending ? weight : pending;
        uint256 fromEffective = weight - fromPending;
        // Cannot truncate or underflow: each part is at most the weight it is taken from.
        // forge-lint: disable-next-line(unsafe-typecast)
        position.pending = uint112(pending - fromPending);
        // forge-lint: disable-next-line(unsafe-typecast)
        position.effective = uint112(effective - fromEffective);
        // forge-lint: disable-next-line(unsafe-typecast)
        pot.pending -= uint112(fromPending);
        // forge-lint: disable-next-line(unsafe-typecast)
        pot.effective -= uint112(fromEffective);
    }

    /// @notice Takes the whole units of `position`'s settled reward, leaving the fraction. Settle first.
    function take(Position storage position) internal returns (uint256 amount) {
        uint256 owed = position.owed;
        amount = owed / PRECISION;
        if (amount != 0) position.owed = owed % PRECISION;
    }

    /// @notice What `settle` would leave `position` owed (scaled), without writing: as of `pot`'s last roll.
    function earned(Pot storage pot, Position storage position) internal view returns (uint256 scaled) {
        uint256 effective = position.effective;
        uint256 paid = position.paid;
        scaled = position.owed;
        if (position.interval < pot.interval && position.pending != 0) {
            uint256 accAtActivation = pot.accAfter[position.interval];
            scaled += effective * (accAtActivation - paid);
            paid = accAtActivation;
            effective += position.pending;
        }
        scaled += effective * (pot.acc - paid);
    }
}
