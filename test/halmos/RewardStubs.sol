// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice The two things the reward distributor asks the node selection manager for when it distributes, and nothing
///         else: the epoch clock (advanced by hand) and a fixed active set of two nodes. Enough for halmos to run the
///         real `RewardDistributor.distributeRewards` without the rotation machinery (see `RewardArithmeticHalmos`).
contract SelectionStub {
    uint32 internal constant NODE_ID_A = 1;
    uint32 internal constant NODE_ID_B = 2;

    address internal immutable _operatorA;
    address internal immutable _operatorB;

    /// @notice The epoch in progress.
    uint256 public currentEpoch = 1;

    /// @notice Every epoch's length, in seconds.
    uint256 public epochDuration;

    constructor(address operatorA, address operatorB, uint256 duration) {
        _operatorA = operatorA;
        _operatorB = operatorB;
        epochDuration = duration;
    }

    /// @notice Starts the next `count` epochs.
    function advance(uint256 count) external {
        currentEpoch += count;
    }

    /// @notice When the current epoch ends: far enough ahead that the distributor's arithmetic on it never underflows.
    function nextRotationAt() external view returns (uint256) {
        return 1_000_000_000 + currentEpoch * epochDuration;
    }

    /// @notice The same two nodes in every epoch.
    function activeSetAt(uint256) external view returns (uint32[] memory nodeIds, address[] memory operators) {
        nodeIds = new uint32[](2);
        operators = new address[](2);
        (nodeIds[0], nodeIds[1]) = (NODE_ID_A, NODE_ID_B);
        (operators[0], operators[1]) = (_operatorA, _operatorB);
    }
}

/// @notice What Payers tells the distributor about usage: the messages each node served, set by hand, the same in every
///         epoch.
contract PayersStub {
    mapping(uint32 nodeId => uint64) public served;

    function setServed(uint32 nodeId, uint64 count) external {
        served[nodeId] = count;
    }

    function messagesServedBatch(uint64, uint32[] calldata nodeIds) external view returns (uint64[] memory counts) {
        counts = new uint64[](nodeIds.length);
        for (uint256 i; i < nodeIds.length; ++i) {
            counts[i] = served[nodeIds[i]];
        }
    }
}
