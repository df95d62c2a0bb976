// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Automation} from "../../contracts/Automation.sol";
import {Payers} from "../../contracts/Payers.sol";
import {RewardDistributor} from "../../contracts/RewardDistributor.sol";
import {AutomationFixture} from "../utils/AutomationFixture.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {GasBench} from "./GasBench.sol";

/**
 * @notice Fees, rewards and payouts, in the middle of a payout period (each node's record for the period exists), with
 *         active sets of 7, 10 and 20 nodes. The floors count the other suite contracts each call must reach (the
 *         selection manager for the active set, the earnings tracker for the books, the registry for NFT owners) as
 *         cold accounts behind proxies.
 */
contract RewardsBench is AutomationFixture, GasBench {
    string internal constant TABLE = "Rewards and payouts";

    function setUp() public override(BaseTest, AutomationFixture) {
        super.setUp();
    }

    function test_bench_distributeRewards_7Nodes() public {
        _benchDistribution(400, 7);
    }

    function test_bench_distributeRewards_10Nodes() public {
        _benchDistribution(401, 10);
    }

    function test_bench_distributeRewards_20Nodes() public {
        _benchDistribution(402, 20);
    }

    function test_bench_executePayouts() public {
        _seatNodes(20);
        _runPeriod(20 * _baseCost());
        for (uint256 i; i < operators.length; ++i) {
            usdc.mint(nodes.ownerOf(operatorNodeIds[i]), 1); // recipients already hold USDC
        }
        uint256[3] memory batches = [uint256(1), 10, 9];
        for (uint256 i; i < batches.length; ++i) {
            Floor memory floor = _floor(
                0,
                2 + 2 * batches[i],
                0,
                "the distributor's USDC balance and payout cursor; per node, its owner's USDC balance and its paid mark"
            );
            (floor.accounts, floor.proxies) = (3, 3);
            string memory name = string.concat(
                "executePayouts, ", vm.toString(batches[i]), batches[i] == 1 ? " node" : " nodes", " of 20"
            );
            _bench(
                _row(TABLE, 410 + i, name, batches[i], "node"),
                stranger,
                address(distributor),
                abi.encodeCall(RewardDistributor.executePayouts, (batches[i])),
                floor
            );
        }
    }

    function test_bench_forwardFees() public {
        _seatNodes(10);
        _settleFees(10 * _baseCost());
        distributor.distributeRewards();
        _settleFees(10 * _baseCost());
        Floor memory floor = _floor(0, 2, 1, "the backed fees cleared; USDC: Payers' and the distributor's balances");
        floor.accounts = 1;
        _bench(
            _row(TABLE, 420, "Payers.forwardFees"),
            stranger,
            address(payers),
            abi.encodeCall(Payers.forwardFees, ()),
            floor
        );
    }

    function test_bench_forwardExcess() public {
        _seatNodes(10);
        for (uint256 i; i < 2; ++i) {
            _rotate();
            _fundPool(10 * _baseCost() * 3);
            distributor.distributeRewards();
            if (i == 0) distributor.forwardExcess();
        }
        Floor memory floor = _floor(
            0,
            3,
            1,
            "the pending excess cleared; USDC: the distributor's and the treasury's balances; the treasury's buckets"
        );
        (floor.accounts, floor.proxies) = (2, 2);
        _bench(
            _row(TABLE, 421, "forwardExcess"),
            stranger,
            address(distributor),
            abi.encodeCall(RewardDistributor.forwardExcess, ()),
            floor
        );
    }

    /// @dev One keeper transaction: the rotation (no swap: every node seated), the fees forwarded and the epoch
    ///      distributed; the floor is the three calls' floors in one transaction.
    function test_bench_performUpkeep() public {
        _seatNodes(10);
        _settleFees(10 * _baseCost() * 11 / 10);
        vm.warp(selection.nextRotationAt());
        automation.performUpkeep("");
        _settleFees(10 * _baseCost() * 11 / 10);
        vm.warp(selection.nextRotationAt());
        // A keeper that runs at rotations only: the epoch before the one just ended has its report window closed.
        assertEq(automation.dueSteps(), ROTATE | FORWARD_FEES | DISTRIBUTE);
        Floor memory floor = _floor(
            0,
            2 + 2 + 10 + 1,
            1,
            "the rotation state; the backed fees (cleared) and two USDC balances; 10 nodes' records and the cursor"
        );
        (floor.accounts, floor.proxies) = (5, 5);
        _bench(
            _row(TABLE, 430, "Automation.performUpkeep: rotation + fees + distribution, 10 nodes"),
            stranger,
            address(automation),
            abi.encodeCall(Automation.performUpkeep, ("")),
            floor
        );
    }

    /// @dev Seats `count` nodes and distributes every epoch reached so far.
    function _seatNodes(uint256 count) internal {
        vm.prank(admin);
        selection.setActiveSetSize(count);
        _seat(count);
        while (distributor.pendingEpochs() != 0) {
            distributor.distributeRewards();
        }
    }

    /// @dev The distribution of one epoch within the cap, `count` nodes seated, their records for the period existing.
    function _benchDistribution(uint256 order, uint256 count) internal {
        _seatNodes(count);
        _rotate();
        _fundPool(count * _baseCost());
        distributor.distributeRewards();
        _rotate();
        _fundPool(count * _baseCost() * 11 / 10);
        Floor memory floor = _floor(
            0,
            1 + count,
            0,
            "the distributor's epoch cursor and pool; each node's earnings; the selection manager and the tracker"
        );
        (floor.accounts, floor.proxies) = (2, 3);
        _bench(
            _row(
                TABLE, order, string.concat("distributeRewards, 1 epoch, ", vm.toString(count), " nodes"), count, "node"
            ),
            stranger,
            address(distributor),
            abi.encodeCall(RewardDistributor.distributeRewards, ()),
            floor
        );
        assertEq(distributor.pendingEpochs(), 0);
    }
}
