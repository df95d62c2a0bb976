// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IntervalRewards} from "../../contracts/libraries/IntervalRewards.sol";
import {Test} from "forge-std/Test.sol";

/// @notice A pot and a few positions, driven as a contract drives them: every action rolls the pot to the current
///         interval first and settles the position it touches.
contract IntervalRewardsHarness {
    using IntervalRewards for IntervalRewards.Pot;

    IntervalRewards.Pot internal pot;
    mapping(uint256 id => IntervalRewards.Position) internal positions;
    uint256 public current;
    /// @dev Scaled reward added, and whole units taken, in total.
    uint256 public added;
    uint256 public taken;

    function advance(uint256 intervals) external {
        current += intervals;
    }

    /// @dev Records the accumulator only when weight was pending, as a members' pot does: the harder mode for
    ///      `settle`, which must then never read an unrecorded interval.
    function roll() public returns (bool) {
        return pot.roll(current, false);
    }

    function add(uint256 scaledAmount) external {
        roll();
        pot.add(scaledAmount);
        added += scaledAmount;
    }

    function increase(uint256 id, uint256 weight) external {
        roll();
        pot.settle(positions[id]);
        pot.increase(positions[id], weight);
    }

    function decrease(uint256 id, uint256 weight) external {
        roll();
        pot.settle(positions[id]);
        pot.decrease(positions[id], weight);
    }

    function settle(uint256 id) external {
        roll();
        pot.settle(positions[id]);
    }

    function take(uint256 id) external returns (uint256 amount) {
        roll();
        pot.settle(positions[id]);
        amount = IntervalRewards.take(positions[id]);
        taken += amount;
    }

    function earned(uint256 id) external view returns (uint256) {
        return IntervalRewards.earned(pot, positions[id]);
    }

    function owed(uint256 id) external view returns (uint256) {
        return positions[id].owed;
    }

    function weightOf(uint256 id) external view returns (uint256 effective, uint256 pending) {
        return (positions[id].effective, positions[id].pending);
    }

    function potState() external view returns (uint256 held, uint256 effective, uint256 pending, uint256 interval) {
        return (pot.held, pot.effective, pot.pending, pot.interval);
    }
}

contract IntervalRewardsTest is Test {
    uint256 internal constant P = IntervalRewards.PRECISION;
    uint256 internal constant COUNT = 3;

    IntervalRewardsHarness internal h;

    function setUp() public {
        h = new IntervalRewardsHarness();
    }

    function test_intervalOf_dividesTime() public pure {
        assertEq(IntervalRewards.intervalOf(0, 7 days), 0);
        assertEq(IntervalRewards.intervalOf(7 days - 1, 7 days), 0);
        assertEq(IntervalRewards.intervalOf(7 days, 7 days), 1);
    }

    function test_roll_onlyForward() public {
        assertFalse(h.roll());
        h.advance(1);
        assertTrue(h.roll());
        assertFalse(h.roll());
    }

    function test_positionAddedInIntervalK_earnsNothingOfK() public {
        h.increase(0, 100); // interval 0: effective from 1
        h.advance(1);
        h.increase(1, 100); // interval 1 = k
        h.add(1000 * P); // arrives during k
        h.advance(1);
        h.settle(0);
        h.settle(1);
        assertEq(h.owed(0), 1000 * P);
        assertEq(h.owed(1), 0);
        // From k + 1 on both earn.
        h.add(1000 * P);
        h.advance(1);
        h.settle(0);
        h.settle(1);
        assertEq(h.owed(0), 1500 * P);
        assertEq(h.owed(1), 500 * P);
    }

    function test_rewardsWithNoEffectiveWeightAreHeldForTheNextCredit() public {
        h.add(700 * P); // nothing staked
        h.increase(0, 10); // pending through interval 0
        h.advance(1);
        h.settle(0);
        assertEq(h.owed(0), 0);
        (uint256 held,,,) = h.potState();
        assertEq(held, 700 * P);
        h.advance(1);
        h.settle(0);
        assertEq(h.owed(0), 700 * P);
    }

    function test_decrease_isImmediateAndPendingFirst() public {
        h.increase(0, 100);
        h.advance(1);
        h.increase(0, 50); // 100 effective, 50 pending
        h.decrease(0, 60); // 50 pending then 10 effective
        (uint256 effective, uint256 pending) = h.weightOf(0);
        assertEq(effective, 90);
        assertEq(pending, 0);
        h.increase(1, 10); // pending in this interval
        h.add(900 * P);
        h.advance(1);
        h.settle(0);
        assertEq(h.owed(0), 900 * P, "90 effective earned everything; the removed weight nothing");
    }

    function test_take_leavesTheFraction() public {
        h.increase(0, 3);
        h.advance(1);
        h.add(10 * P + 5);
        h.advance(1);
        assertEq(h.take(0), 10);
        // 10 * P + 5 over 3: 3 * floor((10P + 5) / 3) settled; the remainder held.
        assertEq(h.owed(0), 3 * ((10 * P + 5) / 3) - 10 * P);
    }

    function test_decrease_revertsAboveTheWeight() public {
        h.increase(0, 5);
        vm.expectRevert(abi.encodeWithSelector(IntervalRewards.WeightExceeded.selector, 5, 6));
        h.decrease(0, 6);
    }

    function test_increase_revertsAbove112Bits() public {
        uint256 max = type(uint112).max;
        h.increase(0, max);
        vm.expectRevert(abi.encodeWithSelector(IntervalRewards.WeightExceeded.selector, max, max + 1));
        h.increase(0, 1);
    }

    function test_earned_matchesWhatSettleWrites() public {
        h.increase(0, 7);
        h.increase(1, 11);
        h.advance(1);
        h.add(12_345 * P + 17);
        h.advance(2);
        h.roll();
        uint256 e0 = h.earned(0);
        uint256 e1 = h.earned(1);
        h.settle(0);
        h.settle(1);
        assertEq(h.owed(0), e0);
        assertEq(h.owed(1), e1);
    }

    /// @dev Sum of every position's owed reward plus what the pot holds equals what was added, to the scaled unit,
    ///      whatever the sequence of increases, decreases, additions, takes and interval changes.
    function testFuzz_conservation(uint256[24] memory ops) public {
        for (uint256 i; i < ops.length; ++i) {
            uint256 op = ops[i];
            uint256 kind = op % 6;
            uint256 id = (op >> 8) % COUNT;
            uint256 value = op >> 16;
            if (kind == 0) {
                h.increase(id, bound(value, 1, 1e30));
            } else if (kind == 1) {
                (uint256 effective, uint256 pending) = h.weightOf(id);
                if (effective + pending != 0) h.decrease(id, bound(value, 1, effective + pending));
            } else if (kind == 2) {
                h.add(bound(value, 0, 1e12) * P + bound(value >> 64, 0, P - 1));
            } else if (kind == 3) {
                h.advance(bound(value, 1, 3));
            } else if (kind == 4) {
                h.take(id);
            } else {
                h.settle(id);
            }
        }
        h.roll();
        uint256 owedSum;
        for (uint256 id; id < COUNT; ++id) {
            h.settle(id);
            owedSum += h.owed(id);
        }
        (uint256 held,,,) = h.potState();
        assertEq(owedSum + held + h.taken() * P, h.added());
    }

    /// @dev Weight added in the interval a reward arrives in earns nothing of it, however large.
    function testFuzz_lateWeightEarnsNothingOfItsInterval(uint96 early, uint96 late, uint96 reward) public {
        uint256 e = bound(early, 1, 1e28);
        uint256 l = bound(late, 1, 1e28);
        uint256 r = bound(reward, 1, 1e15) * P;
        h.increase(0, e);
        h.advance(1);
        h.add(r);
        h.increase(1, l);
        h.advance(1);
        h.settle(0);
        h.settle(1);
        assertEq(h.owed(1), 0);
        (uint256 held,,,) = h.potState();
        assertEq(h.owed(0) + held, r);
        assertLt(held, e, "what the early weight could not divide stays held");
    }
}
