// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {INodeQuorum} from "../../contracts/interfaces/INodeQuorum.sol";
import {IWitnessReports} from "../../contracts/interfaces/IWitnessReports.sol";
import {WitnessReportsFixture} from "../utils/WitnessReportsFixture.sol";

/**
 * @notice Gas of whole WitnessReports transactions through the plain harness (no proxy; its `_recordReport` writes one
 *         slot of its own and emits `MisbehaviorReported`, as the misbehavior reports contract's will, roughly). Tests
 *         run isolated: each call is its own transaction, with cold storage, intrinsic and calldata cost. Figures go
 *         to `snapshots/WitnessReportsGasTest.json`.
 *
 *         Every accepted report creates its (node, epoch, kind) slot: there is no cheaper steady state.
 */
contract WitnessReportsGasTest is WitnessReportsFixture {
    uint32 internal accused;

    function setUp() public override {
        super.setUp();
        accused = operatorNodeIds[0];
        // Another report first: the harness's report counter is non-zero, as on a live contract.
        _submit(_report(operatorNodeIds[1], epoch, LIVENESS, 1000, 10));
    }

    /// @dev Seven active nodes: six witnesses, four of them sign (a strict majority).
    function test_submitPerformanceReport_4of6_gas() public {
        IWitnessReports.PerformanceReport memory report = _report(accused, epoch, LIVENESS, 1000, 60);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _first(_witnesses(accused, epoch), 4));
        vm.prank(stranger);
        harness.submitPerformanceReport(report, signatures);
        vm.snapshotGasLastCall("submitPerformanceReport 4 of 6 witnesses");
    }

    function test_submitPerformanceReport_6of6_gas() public {
        IWitnessReports.PerformanceReport memory report = _report(accused, epoch, LIVENESS, 1000, 60);
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, _witnesses(accused, epoch));
        vm.prank(stranger);
        harness.submitPerformanceReport(report, signatures);
        vm.snapshotGasLastCall("submitPerformanceReport 6 of 6 witnesses");
    }

    /// @dev The default 60-epoch window, every epoch reported (60 cold slots read), below the threshold: the slash
    ///      included.
    function test_enforceUptime_60epochs_gas() public {
        for (uint64 i; i < 60; ++i) {
            _submitInWindow(_report(accused, epoch + i, LIVENESS, 1000, 100)); // each as it closes: epoch + 60 is current
        }
        vm.prank(stranger);
        harness.enforceUptime(accused, epoch);
        vm.snapshotGasLastCall("enforceUptime 60-epoch window, slash");
    }
}
