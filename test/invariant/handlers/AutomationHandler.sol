// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Automation} from "../../../contracts/Automation.sol";
import {NodeSelectionManager} from "../../../contracts/NodeSelectionManager.sol";
import {Payers} from "../../../contracts/Payers.sol";
import {RewardDistributor} from "../../../contracts/RewardDistributor.sol";
import {XMTPTreasury} from "../../../contracts/XMTPTreasury.sol";
import {IAutomation} from "../../../contracts/interfaces/IAutomation.sol";
import {INodeSelectionManager} from "../../../contracts/interfaces/INodeSelectionManager.sol";
import {IPayers} from "../../../contracts/interfaces/IPayers.sol";
import {IRewardDistributor} from "../../../contracts/interfaces/IRewardDistributor.sol";
import {MockUSDC} from "../../../contracts/mocks/MockUSDC.sol";
import {UsageReports} from "../../utils/UsageReports.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";
import {Vm} from "forge-std/Vm.sol";

/**
 * @notice Several drivers race: three call `performUpkeep` (with honest, stale or forged data) while others call the
 *         steps directly (rotation, fee forwarding, distribution, excess, payouts), in any order, among usage (settled
 *         fees, messages served), USDC sent to the pool, upkeeps during pauses, a treasury that refuses excess, batch
 *         sizes and time.
 *         Every action is skipped when it would revert, but `performUpkeep`, whose reverts are recorded and judged.
 * @dev    Ghosts: rotations per closed epoch and their timing, every payout event, the USDC that reached the
 *         distributor, and every `performUpkeep` outcome against the `checkUpkeep` read just before it.
 */
contract AutomationHandler is CommonBase, StdCheats, StdUtils {
    uint256 internal constant USDC = 1e6;
    uint256 internal constant DISTRIBUTE = 1 << 2;
    uint256 internal constant FORWARD_EXCESS = 1 << 3;

    Automation internal immutable automation;
    NodeSelectionManager internal immutable selection;
    Payers internal immutable payers;
    RewardDistributor internal immutable distributor;
    XMTPTreasury internal immutable treasury;
    MockUSDC internal immutable usdc;
    address internal immutable admin;

    address[3] public drivers;
    address public immutable feePayer = makeAddr("automation fee payer");
    mapping(uint32 nodeId => uint256 privateKey) internal signingKeys;

    /// @dev USDC minted straight to the distributor, and fees Payers forwarded to it (from `FeesForwarded`).
    uint256 public ghost_funded;
    uint256 public ghost_feesForwarded;
    /// @dev Payout events: amounts paid and deferred, count and amount per (period, node), repeats.
    uint256 public ghost_paidOut;
    uint256 public ghost_deferred;
    mapping(uint256 period => mapping(address node => uint256)) public ghost_payouts;
    mapping(uint256 period => mapping(address node => uint256)) public ghost_payoutAmount;
    uint256 public ghost_repeatPayouts;
    /// @dev Rotations (`NodesRotated`), by the epoch each closed; a second one closing the same epoch, or one in a call
    ///      before the `nextRotationAt` read just before it, is counted apart.
    uint256 public ghost_rotations;
    mapping(uint256 epoch => uint256) public ghost_rotationsClosing;
    uint256 public ghost_doubleRotations;
    uint256 public ghost_earlyRotations;
    /// @dev `performUpkeep` against the `checkUpkeep` read just before it: it went through when nothing was due; it
    ///      reverted although a step that cannot fail here was due; it reverted with another error.
    uint256 public ghost_performedWhenNotNeeded;
    uint256 public ghost_revertedWhenNeeded;
    uint256 public ghost_wrongReverts;
    uint256 public ghost_stepsFailed;
    /// @dev A distribution (direct or in an upkeep) after which the distributor's balance differed from its books.
    uint256 public ghost_unsyncedAfterDistribution;

    mapping(bytes32 action => uint256 count) public calls;

    constructor(
        Automation automation_,
        NodeSelectionManager selection_,
        Payers payers_,
        RewardDistributor distributor_,
        XMTPTreasury treasury_,
        MockUSDC usdc_,
        address admin_
    ) {
        automation = automation_;
        selection = selection_;
        payers = payers_;
        distributor = distributor_;
        treasury = treasury_;
        usdc = usdc_;
        admin = admin_;
        drivers = [makeAddr("chainlink forwarder"), makeAddr("gelato executor"), makeAddr("keeper")];
    }

    /// @dev Each node's signing key, for usage reports (set by the test, never called by the fuzzer).
    function setSigningKey(uint32 nodeId, uint256 privateKey) external {
        signingKeys[nodeId] = privateKey;
    }

    /* ============ Automation ============ */

    /// @dev A driver calls `performUpkeep` with the data `checkUpkeep` gave, or with forged data.
    function performUpkeep(uint256 driverSeed, uint256 dataSeed) external {
        _performUpkeep(driverSeed, dataSeed);
    }

    /// @dev The same while Payers (seed 1), the distributor (seed 2) or both (seed 0) are paused, unpaused after: paused
    ///      contracts hide their steps, the rest goes on.
    function performUpkeepWhilePaused(uint256 pauseSeed, uint256 driverSeed, uint256 dataSeed) external {
        uint256 which = pauseSeed % 3;
        vm.startPrank(admin);
        if (which != 2) payers.pause();
        if (which != 1) distributor.pause();
        vm.stopPrank();
        _performUpkeep(driverSeed, dataSeed);
        vm.startPrank(admin);
        if (which != 2) payers.unpause();
        if (which != 1) distributor.unpause();
        vm.stopPrank();
        ++calls["performUpkeepWhilePaused"];
    }

    function _performUpkeep(uint256 driverSeed, uint256 dataSeed) internal {
        (bool needed, bytes memory checked) = automation.checkUpkeep("");
        uint256 due = abi.decode(checked, (uint256));
        bytes memory performData = dataSeed % 3 == 0 ? checked : abi.encode(dataSeed);
        bool treasuryAccepts = treasury.hasRole(treasury.DISTRIBUTOR_ROLE(), address(distributor));
        (uint256 epochBefore, uint256 dueAt) = (selection.currentEpoch(), selection.nextRotationAt());

        vm.recordLogs();
        vm.prank(drivers[driverSeed % drivers.length]);
        try automation.performUpkeep(performData) {
            Vm.Log[] memory logs = vm.getRecordedLogs();
            if (!needed) ++ghost_performedWhenNotNeeded;
            _record(logs, epochBefore, dueAt);
            if (_performed(logs) & DISTRIBUTE != 0) _checkSynced();
            ++calls["performUpkeep"];
        } catch (bytes memory reason) {
            if (keccak256(reason) != keccak256(abi.encodeWithSelector(IAutomation.UpkeepNotNeeded.selector))) {
                ++ghost_wrongReverts;
            }
            // Only the excess can fail here (the treasury refusing it): anything else due must have gone through.
            if (needed && (due & ~FORWARD_EXCESS != 0 || treasuryAccepts)) ++ghost_revertedWhenNeeded;
            if (needed) ++calls["performUpkeep, every step failed"];
            else ++calls["performUpkeep, not needed"];
        }
    }

    /// @dev Governance changes how many nodes one upkeep pays.
    function setPayoutBatchSize(uint256 size) external {
        vm.prank(admin);
        automation.setPayoutBatchSize(bound(size, 1, 20));
        ++calls["setPayoutBatchSize"];
    }

    /* ============ The steps, called directly ============ */

    function rotate() external {
        (uint256 epochBefore, uint256 dueAt) = (selection.currentEpoch(), selection.nextRotationAt());
        if (vm.getBlockTimestamp() < dueAt) return;
        vm.recordLogs();
        selection.rotateNodes();
        _record(vm.getRecordedLogs(), epochBefore, dueAt);
        ++calls["rotate"];
    }

    function forwardFees() external {
        if (payers.paused() || payers.backedFees() == 0) return;
        vm.recordLogs();
        payers.forwardFees();
        _record(vm.getRecordedLogs(), 0, 0);
        ++calls["forwardFees"];
    }

    function distribute() external {
        if (distributor.paused()) return;
        distributor.distributeRewards();
        _checkSynced();
        ++calls["distribute"];
    }

    function forwardExcess() external {
        if (distributor.paused() || distributor.pendingExcess() == 0) return;
        if (!treasury.hasRole(treasury.DISTRIBUTOR_ROLE(), address(distributor))) return;
        distributor.forwardExcess();
        ++calls["forwardExcess"];
    }

    function executePayouts(uint256 maxNodes) external {
        (uint256 period,) = distributor.payoutCursor();
        if (distributor.paused() || period >= distributor.currentPeriod()) return;
        vm.recordLogs();
        distributor.executePayouts(bound(maxNodes, 1, 15));
        _record(vm.getRecordedLogs(), 0, 0);
        ++calls["executePayouts"];
    }

    /* ============ Usage and money ============ */

    /// @dev A payer deposits and is charged `amount` in a settled report of the open epoch: backed fees in Payers.
    function settleFees(uint256 amount) external {
        if (payers.paused()) return;
        amount = bound(amount, 1, 2000 * USDC);
        uint256 deposit = amount < payers.minimumDeposit() ? payers.minimumDeposit() : amount;
        usdc.mint(feePayer, deposit);
        vm.startPrank(feePayer);
        usdc.approve(address(payers), deposit);
        payers.deposit(feePayer, deposit);
        vm.stopPrank();
        uint256 epoch = selection.currentEpoch();
        UsageReports.settle(
            payers,
            selection,
            SafeCast.toUint64(epoch),
            selection.activeNodeIdsAt(epoch)[0],
            IPayers.PayerFee({payer: feePayer, fee: SafeCast.toUint96(amount)}),
            _signingKey
        );
        ++calls["settleFees"];
    }

    /// @dev An active node served `count` messages in the open epoch (variable costs when it is distributed).
    function serve(uint256 seed, uint256 count) external {
        if (payers.paused()) return;
        uint256 epoch = selection.currentEpoch();
        uint32[] memory ids = selection.activeNodeIdsAt(epoch);
        UsageReports.serve(
            payers,
            selection,
            SafeCast.toUint64(epoch),
            ids[seed % ids.length],
            SafeCast.toUint64(bound(count, 0, 1_000_000)),
            _signingKey
        );
        ++calls["serve"];
    }

    /// @dev USDC sent to the distributor outside Payers: it joins the pool at the next sync.
    function fund(uint256 amount) external {
        amount = bound(amount, 1, 20_000 * USDC);
        usdc.mint(address(distributor), amount);
        ghost_funded += amount;
        ++calls["fund"];
    }

    /* ============ Failures ============ */

    /// @dev Governance revokes or grants the distributor's role on the treasury: excess forwarding fails meanwhile.
    function toggleTreasury() external {
        bytes32 role = treasury.DISTRIBUTOR_ROLE();
        bool has = treasury.hasRole(role, address(distributor));
        vm.prank(admin);
        if (has) treasury.revokeRole(role, address(distributor));
        else treasury.grantRole(role, address(distributor));
        ++calls["toggleTreasury"];
    }

    /* ============ Time ============ */

    function warp(uint256 seconds_) external {
        vm.warp(vm.getBlockTimestamp() + bound(seconds_, 1, 1 days));
        ++calls["warp"];
    }

    /* ============ Ghost bookkeeping ============ */

    /// @dev Counts the rotations, forwarded fees, payouts and failed steps in `logs` (one call's).
    function _record(Vm.Log[] memory logs, uint256 epochBefore, uint256 dueAt) internal {
        uint256 rotations;
        for (uint256 i; i < logs.length; ++i) {
            Vm.Log memory log = logs[i];
            bytes32 topic = log.topics[0];
            if (log.emitter == address(selection) && topic == INodeSelectionManager.NodesRotated.selector) {
                ++rotations;
            } else if (log.emitter == address(payers) && topic == IPayers.FeesForwarded.selector) {
                ghost_feesForwarded += abi.decode(log.data, (uint256));
            } else if (log.emitter == address(automation) && topic == IAutomation.UpkeepStepFailed.selector) {
                ++ghost_stepsFailed;
            } else if (log.emitter == address(distributor)) {
                bool executed = topic == IRewardDistributor.PayoutExecuted.selector;
                if (!executed && topic != IRewardDistributor.PayoutDeferred.selector) continue;
                uint256 period = uint256(log.topics[1]);
                address node = address(uint160(uint256(log.topics[2])));
                (, uint256 amount) = abi.decode(log.data, (uint32, uint256));
                if (ghost_payouts[period][node] != 0) ++ghost_repeatPayouts;
                ++ghost_payouts[period][node];
                ghost_payoutAmount[period][node] += amount;
                if (executed) ghost_paidOut += amount;
                else ghost_deferred += amount;
            }
        }
        if (rotations == 0) return;
        ghost_rotations += rotations;
        ghost_rotationsClosing[epochBefore] += rotations;
        if (ghost_rotationsClosing[epochBefore] > 1) ++ghost_doubleRotations;
        if (vm.getBlockTimestamp() < dueAt) ++ghost_earlyRotations;
    }

    /// @dev The steps an upkeep reported as done.
    function _performed(Vm.Log[] memory logs) internal view returns (uint256 performed) {
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter != address(automation)) continue;
            if (logs[i].topics[0] != IAutomation.UpkeepPerformed.selector) continue;
            (performed,) = abi.decode(logs[i].data, (uint256, uint256));
        }
    }

    /// @dev After a distribution the distributor holds exactly what its books say (see IRewardDistributor's @dev).
    function _checkSynced() internal {
        uint256 held = distributor.pool() + distributor.unpaidEarnings() + distributor.totalClaimable()
            + distributor.pendingExcess();
        if (usdc.balanceOf(address(distributor)) != held) ++ghost_unsyncedAfterDistribution;
    }

    function _signingKey(uint32 nodeId) internal view returns (uint256) {
        return signingKeys[nodeId];
    }
}
