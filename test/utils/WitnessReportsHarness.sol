// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {WitnessReports} from "../../contracts/abstract/WitnessReports.sol";
import {INodeSelectionManager} from "../../contracts/interfaces/INodeSelectionManager.sol";
import {INodes} from "../../contracts/interfaces/INodes.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";

/**
 * @notice The smallest concrete `WitnessReports`: a plain contract (no proxy, no upgrades) initialized in its
 *         constructor, whose hooks use the suite's real NodeSelectionManager and Nodes. `_punish` slashes the node's
 *         owner (the Node Operator NFT's holder, the operator that registers it) through the manager's `slash`, so the harness needs the manager's
 *         `SLASHER_ROLE`; `_recordReport` keeps each report's node, kind and reporter and emits `MisbehaviorReported`,
 *         as the misbehavior reports contract does.
 */
contract WitnessReportsHarness is WitnessReports {
    /// @notice How many epochs of the range have a Liveness report (`_reportedEpochs`).
    function reportedEpochs(uint32 nodeId, uint64 firstEpoch, uint256 epochCount) external view returns (uint256) {
        return _reportedEpochs(nodeId, firstEpoch, epochCount);
    }

    /// @dev The common record of an accepted report.
    struct Record {
        uint32 nodeId;
        uint8 kind;
        address reporter;
    }

    INodeSelectionManager internal immutable SELECTION;
    INodes internal immutable NODES;

    mapping(bytes32 reportId => Record) internal records;
    uint256 public reportCount;

    constructor(INodeSelectionManager selection_, INodes nodes_, address admin) initializer {
        SELECTION = selection_;
        NODES = nodes_;
        __EIP712_init("XMTP Misbehavior Reports", "1");
        __AccessControl_init();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        __WitnessReports_init();
    }

    /// @notice The record of report `reportId` (all zero for an unknown id).
    function reportOf(bytes32 reportId) external view returns (Record memory) {
        return records[reportId];
    }

    function _selectionManager() internal view override returns (INodeSelectionManager) {
        return SELECTION;
    }

    function _nodesRegistry() internal view override returns (INodes) {
        return NODES;
    }

    function _punish(uint32 nodeId, uint256 bps) internal override returns (uint256 slashed) {
        return SELECTION.slash(IERC721(address(NODES)).ownerOf(nodeId), bps);
    }

    function _recordReport(bytes32 reportId, uint32 nodeId, uint8 kind) internal override {
        records[reportId] = Record({nodeId: nodeId, kind: kind, reporter: msg.sender});
        ++reportCount;
        emit MisbehaviorReported(reportId, nodeId, kind, msg.sender);
    }
}
