// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {NodeIds} from "../../contracts/libraries/NodeIds.sol";

import {INodeSelectionManager} from "../../contracts/interfaces/INodeSelectionManager.sol";
import {IPayers} from "../../contracts/interfaces/IPayers.sol";
import {NodeSigning} from "./NodeSigning.sol";
import {PayerTree} from "./PayersFixture.sol";

/**
 * @notice Real usage reports for tests that need messages served on record (Payers counts `messagesServed` per epoch
 *         and originator when it accepts a report, which is what the reward distributor reads), or settled fees.
 * @dev    With a selection manager set, `epoch` must take reports: the current epoch, or the one just ended while its
 *         report window is open (`oldestReportableEpoch()`), and per originator no earlier than its last report.
 */
library UsageReports {
    /// @dev The one payer of every report made here, charged nothing: these reports only carry messages served.
    address internal constant PAYER = address(0xFEE);

    /**
     * @dev Submits a report in which `originator` served `count` messages in `epoch`, signed by every node active in
     *      that epoch. `keyOf(nodeId)` gives a node's signing key.
     */
    function serve(
        IPayers payers,
        INodeSelectionManager selection,
        uint64 epoch,
        uint32 originator,
        uint64 count,
        function(uint32) internal view returns (uint256) keyOf
    ) internal {
        bytes32 payersRoot = PayerTree.leafHash(IPayers.PayerFee({payer: PAYER, fee: 0}));
        _submit(payers, selection, _report(payers, epoch, originator, count, payersRoot), keyOf);
    }

    /**
     * @dev Submits a report in which `originator` served one message in `epoch` and `payer` owes `fee`, signed by every
     *      node active in that epoch, and settles it. The payer's balance must already cover `fee` for it to be backed
     *      (then it joins `backedFees`, ready for `forwardFees`); otherwise it becomes debt.
     */
    function settle(
        IPayers payers,
        INodeSelectionManager selection,
        uint64 epoch,
        uint32 originator,
        IPayers.PayerFee memory fee,
        function(uint32) internal view returns (uint256) keyOf
    ) internal {
        IPayers.PayerFee[] memory fees = new IPayers.PayerFee[](1);
        fees[0] = fee;
        bytes32[] memory leaves = PayerTree.leaves(fees);
        uint256 reportId =
            _submit(payers, selection, _report(payers, epoch, originator, 1, PayerTree.root(leaves)), keyOf);
        payers.settleUsage(reportId, fees, PayerTree.rangeProof(leaves, 0, 1));
    }

    /// @dev Submits `report` signed by every node active in its epoch.
    function _submit(
        IPayers payers,
        INodeSelectionManager selection,
        IPayers.UsageReport memory report,
        function(uint32) internal view returns (uint256) keyOf
    ) private returns (uint256 reportId) {
        bytes32 digest = payers.usageReportDigest(report);
        uint32[] memory signers = NodeIds.sortAscending(selection.activeNodeIdsAt(report.epoch));
        return payers.submitUsageReport(report, NodeSigning.signAll(digest, signers, keyOf));
    }

    /// @dev The next report of `originator`: one payer (the tree `payersRoot`), `count` messages served over as many
    ///      sequence ids (one for none), the fewest a report may cover for that count.
    function _report(IPayers payers, uint64 epoch, uint32 originator, uint64 count, bytes32 payersRoot)
        private
        view
        returns (IPayers.UsageReport memory)
    {
        (bytes32 nodeSetHash,) = payers.reportNodeSet(epoch);
        uint64 start = payers.lastReportedSequenceId(originator) + 1;
        return IPayers.UsageReport({
            originatorNodeId: originator,
            startSequenceId: start,
            endSequenceId: count == 0 ? start : start + count - 1,
            epoch: epoch,
            messagesServed: count,
            payerCount: 1,
            payersRoot: payersRoot,
            nodeSetHash: nodeSetHash
        });
    }
}
