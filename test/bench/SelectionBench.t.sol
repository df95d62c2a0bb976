// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {NodeSelectionManager} from "../../contracts/NodeSelectionManager.sol";
import {Nodes} from "../../contracts/Nodes.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {SelectionFixture} from "../utils/SelectionFixture.sol";
import {GasBench} from "./GasBench.sol";

/**
 * @notice Node operators' calls and the rotation. A rotation's floor is its rotation state (epoch, time, queue head)
 *         and, for each seat it swaps, the seat and the queue entry the leaving node takes; the candidates it reads
 *         and the seat history are left out. The rotation is measured with 100, 1,000 and 10,000 registered candidates
 *         (ten seats) and with active sets of 7, 10 and 20 (100 candidates).
 */
contract SelectionBench is SelectionFixture, GasBench {
    string internal constant TABLE = "Node selection";

    function setUp() public override(BaseTest, SelectionFixture) {
        super.setUp();
    }

    function test_bench_operator() public {
        _candidates(11);
        _bootstrap();
        address operator = operators[0];
        xmtp.mint(operator, 1000e18);
        Floor memory transfer = _floor(0, 3, 0, "XMTP: the operator's and the manager's balances; the operator's stake");
        transfer.accounts = 1;
        _bench(
            _row(TABLE, 300, "stake (top-up)"),
            operator,
            address(selection),
            abi.encodeCall(NodeSelectionManager.stake, (1000e18)),
            transfer
        );
        _bench(
            _row(TABLE, 301, "unstake (stays registered)"),
            operator,
            address(selection),
            abi.encodeCall(NodeSelectionManager.unstake, (500e18)),
            _floor(0, 1, 0, "the operator's stake and unbonding amount (one slot at best)")
        );
        vm.warp(block.timestamp + selection.unbondingPeriod());
        Floor memory withdrawal =
            _floor(0, 2, 1, "the unbonding entry cleared; XMTP: the manager's and operator's balances");
        withdrawal.accounts = 1;
        _bench(
            _row(TABLE, 302, "withdrawUnbonded"),
            operator,
            address(selection),
            abi.encodeCall(NodeSelectionManager.withdrawUnbonded, ()),
            withdrawal
        );

        (address newcomer,) = _operator("newcomer", selection.minimumStake());
        _stake(newcomer, selection.minimumStake());
        Floor memory registration =
            _floor(1, 2, 0, "the queue entry; the operator's record; the queue's length; the node registry (a proxy)");
        (registration.accounts, registration.proxies) = (1, 2);
        _bench(
            _row(TABLE, 303, "register (first registration, 11 candidates)"),
            newcomer,
            address(selection),
            abi.encodeCall(NodeSelectionManager.register, ()),
            registration
        );

        uint32 nodeId = operatorNodeIds[0];
        _bench(
            _row(TABLE, 304, "Nodes.setHttpAddress (node owner)"),
            nodes.ownerOf(nodeId),
            address(nodes),
            abi.encodeCall(Nodes.setHttpAddress, (nodeId, "https://node-0.example.org")),
            _floor(0, 1, 0, "the node's address (one slot, under 32 bytes)")
        );
    }

    function test_bench_rotateNodes_100Candidates() public {
        _benchRotation(310, 10, 100, "100");
    }

    function test_bench_rotateNodes_1000Candidates() public {
        _benchRotation(311, 10, 1000, "1,000");
    }

    /// @dev Registering 10,000 operators for real takes minutes of isolated transactions.
    function test_bench_rotateNodes_10000Candidates() public {
        _benchRotation(312, 10, 10_000, "10,000");
    }

    function test_bench_rotateNodes_7Seats() public {
        _benchRotation(313, 7, 100, "100");
    }

    function test_bench_rotateNodes_20Seats() public {
        _benchRotation(314, 20, 100, "100");
    }

    /// @dev The first rotation after the bootstrap fill that swaps a seat, with `seats` seats and `candidateCount`
    ///      registered candidates.
    function _benchRotation(uint256 order, uint256 seats, uint256 candidateCount, string memory candidates) internal {
        vm.prank(admin);
        selection.setActiveSetSize(seats);
        vm.pauseGasMetering();
        _candidates(candidateCount);
        vm.resumeGasMetering();
        _bootstrap();
        _rotate();
        uint32[] memory before = selection.getActiveNodeIds();
        vm.warp(selection.nextRotationAt());
        uint256 swaps;
        for (uint256 attempt; swaps == 0; ++attempt) {
            assertLt(attempt, 4, "no rotation swapped a seat");
            uint256 snapshot = vm.snapshotState();
            selection.rotateNodes();
            uint32[] memory seated = selection.getActiveNodeIds();
            swaps = _swaps(before, seated);
            if (swaps == 0) {
                before = seated;
                vm.warp(selection.nextRotationAt());
            } else {
                vm.revertToState(snapshot);
            }
        }
        string memory name = string.concat(
            "rotateNodes, ",
            vm.toString(seats),
            " seats, ",
            candidates,
            " candidates (",
            vm.toString(swaps),
            swaps == 1 ? " swap)" : " swaps)"
        );
        _bench(
            _row(TABLE, order, name, swaps, "swap"),
            stranger,
            address(selection),
            abi.encodeCall(NodeSelectionManager.rotateNodes, ()),
            _floor(0, 1 + 2 * swaps, 0, "the rotation state; per swap, the seat and the leaving node's queue entry")
        );
    }

    function _swaps(uint32[] memory before, uint32[] memory after_) internal pure returns (uint256 count) {
        for (uint256 i; i < after_.length; ++i) {
            bool seated;
            for (uint256 j; j < before.length; ++j) {
                if (before[j] == after_[i]) seated = true;
            }
            if (!seated) ++count;
        }
    }
}
