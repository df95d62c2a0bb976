// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SelectionFixture} from "../utils/SelectionFixture.sol";

/**
 * @notice The fairness simulation: 100 candidates for 730 epochs (a year of 12-hour epochs' worth of rotations).
 *
 *         Full round-robin needs every seat to turn over each epoch. The cap counts replacements in any 24 hours, so
 *         with 10 seats full turnover every epoch needs either 20 replacements per 24 hours with 12-hour epochs (above
 *         the 10,000 bps bound) or 10 with 24-hour epochs: the simulation uses 24-hour epochs and
 *         `maxDailyTurnoverBps = 10,000`. Then each epoch serves the next 10 candidates in queue order and every one
 *         serves the same number of epochs within one (here exactly 73: 7,300 seat-epochs over 100 candidates).
 *
 *         With the defaults (one replacement per 12-hour epoch) the rotation is staggered: each node serves 10 epochs
 *         in a row, then waits for the 90 others. Over 730 epochs the counts then differ by at most the length of one
 *         stint, 10 epochs (checked too), since 730 is not a whole number of 100-epoch cycles.
 */
contract SelectionFairnessTest is SelectionFixture {
    uint256 internal constant CANDIDATES = 100;
    uint256 internal constant EPOCHS = 730;

    function test_fairness_fullRoundRobin_100Candidates730Epochs() public {
        vm.startPrank(admin);
        selection.setEpochDuration(24 hours);
        selection.setMaxDailyTurnoverBps(10_000);
        vm.stopPrank();
        uint256[] memory served = _simulate();
        (uint256 least, uint256 most) = _range(served);
        assertLe(most - least, 1, "full round-robin: within one epoch");
        assertEq(least, EPOCHS * 10 / CANDIDATES);
    }

    function test_fairness_staggeredDefaults_100Candidates730Epochs() public {
        uint256[] memory served = _simulate();
        (uint256 least, uint256 most) = _range(served);
        assertLe(most - least, selection.activeSetSize(), "staggered: within one stint");
    }

    /// @dev Registers the candidates, runs the bootstrap and `EPOCHS - 1` rotations, and counts each node's epochs
    ///      from the history (`activeNodeIdsAt`). `served[n - 1]` is the n-th node's, node id `n * 100`.
    function _simulate() internal returns (uint256[] memory served) {
        _candidates(CANDIDATES);
        _bootstrap();
        uint256 first = selection.currentEpoch();
        for (uint256 i = 1; i < EPOCHS; ++i) {
            _rotate();
        }
        served = new uint256[](CANDIDATES);
        for (uint256 e = first; e < first + EPOCHS; ++e) {
            uint32[] memory nodeIds = selection.activeNodeIdsAt(e);
            assertEq(nodeIds.length, 10);
            for (uint256 k; k < nodeIds.length; ++k) {
                assertEq(nodeIds[k] % 100, 0, "not a node id");
                ++served[nodeIds[k] / 100 - 1];
            }
        }
    }

    function _range(uint256[] memory served) internal pure returns (uint256 least, uint256 most) {
        least = type(uint256).max;
        for (uint256 i; i < served.length; ++i) {
            if (served[i] < least) least = served[i];
            if (served[i] > most) most = served[i];
        }
    }
}
