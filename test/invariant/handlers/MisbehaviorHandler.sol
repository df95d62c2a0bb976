// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {MisbehaviorReports} from "../../../contracts/MisbehaviorReports.sol";
import {EnvelopeBuilder} from "../../utils/EnvelopeBuilder.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

/**
 * @notice Submits provable-fault reports of every sort: real equivocations, honest re-signs, signatures by the wrong
 *         key, other originators, mangled bytes, and lets time pass. The invalid ones must revert and change nothing;
 *         the handler counts the valid ones per node, and predicts which of them slash: the first, then the first a
 *         jail period or more after the last slash of the node's owner.
 */
contract MisbehaviorHandler is CommonBase, StdCheats, StdUtils {
    MisbehaviorReports internal immutable reports;
    uint32[] internal nodeIds;
    mapping(uint32 nodeId => uint256 key) internal keys;
    uint256 internal immutable strangerKey = uint256(keccak256("not a node key"));

    uint256 internal immutable jailPeriod;

    /// @dev Accepted reports per node, and those that should have slashed.
    mapping(uint32 nodeId => uint256) public ghost_accepted;
    mapping(uint32 nodeId => uint256) public ghost_slashes;
    mapping(uint32 nodeId => uint256) internal ghost_lastSlashAt;
    uint256 public ghost_refused;

    constructor(MisbehaviorReports reports_, uint32[] memory nodeIds_, uint256[] memory keys_, uint256 jailPeriod_) {
        reports = reports_;
        jailPeriod = jailPeriod_;
        nodeIds = nodeIds_;
        for (uint256 i; i < nodeIds_.length; ++i) {
            keys[nodeIds_[i]] = keys_[i];
        }
    }

    /// @dev One report; `mode` picks what is wrong with it, if anything.
    function report(uint256 nodeSeed, uint64 sequenceId, int64 nsA, int64 nsB, uint256 mode, bytes calldata junk)
        external
    {
        uint32 node = nodeIds[nodeSeed % nodeIds.length];
        mode = mode % 5;
        uint32 originator = mode == 3 ? node + 1 : node;
        if (mode == 1) nsB = nsA; // an honest re-sign: only the fee differs
        bytes memory payer = EnvelopeBuilder.payer("client", new bytes(65), node, 30);
        bytes memory a = _envelope(originator, sequenceId, nsA, payer, 1);
        bytes memory b = _envelope(originator, sequenceId, nsB, payer, 2);
        if (mode == 4) b = junk;
        uint256 keyB = mode == 2 ? strangerKey : keys[node];
        bytes memory sigA = EnvelopeBuilder.sign(vm, keys[node], EnvelopeBuilder.originatorDigest(a));
        bytes memory sigB = EnvelopeBuilder.sign(vm, keyB, EnvelopeBuilder.originatorDigest(b));
        try reports.reportEquivocation(node, a, sigA, b, sigB) {
            ++ghost_accepted[node];
            uint256 last = ghost_lastSlashAt[node];
            // forge-lint: disable-next-line(block-timestamp)
            if (last == 0 || block.timestamp >= last + jailPeriod) {
                ++ghost_slashes[node];
                ghost_lastSlashAt[node] = block.timestamp;
            }
        } catch {
            ++ghost_refused;
        }
    }

    /// @dev Time passes: up to two jail periods.
    function warp(uint256 seconds_) external {
        vm.warp(block.timestamp + bound(seconds_, 0, 2 * jailPeriod));
    }

    function _envelope(uint32 node, uint64 sequenceId, int64 ns, bytes memory payer, uint64 fee)
        internal
        pure
        returns (bytes memory)
    {
        return EnvelopeBuilder.originator(
            EnvelopeBuilder.Originator({
                nodeId: node, sequenceId: sequenceId, originatorNs: ns, payerEnvelope: payer, fee: fee
            })
        );
    }
}
