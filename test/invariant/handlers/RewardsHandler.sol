// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {NodeEarningsTracker} from "../../../contracts/NodeEarningsTracker.sol";
import {NodeSelectionManager} from "../../../contracts/NodeSelectionManager.sol";
import {RewardDistributor} from "../../../contracts/RewardDistributor.sol";
import {XMTPTreasury} from "../../../contracts/XMTPTreasury.sol";
import {INodeSelectionManager} from "../../../contracts/interfaces/INodeSelectionManager.sol";
import {IPayers} from "../../../contracts/interfaces/IPayers.sol";
import {IRewardDistributor} from "../../../contracts/interfaces/IRewardDistributor.sol";
import {MockUSDC} from "../../../contracts/mocks/MockUSDC.sol";
import {MockXMTP} from "../../../contracts/mocks/MockXMTP.sol";
import {UsageReports} from "../../utils/UsageReports.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";
import {Vm} from "forge-std/Vm.sol";

/**
 * @notice Funds the pool, rotates, distributes, pays out in random batches when due, blocks and unblocks operators'
 *         USDC, claims, serves messages, adjusts earnings, changes governance parameters within their bounds and warps
 *         time, in random order, keeping what the distributor must account for: USDC in, USDC paid and claimed, and
 *         every (node, period) payout seen.
 * @dev    When the cap is lowered the handler enforces it on every operator at once (anyone may), so the open period
 *         is within the cap in force after every call. Every action is bounded or skipped so that none reverts.
 */
contract RewardsHandler is CommonBase, StdCheats, StdUtils {
    RewardDistributor internal immutable distributor;
    NodeEarningsTracker internal immutable tracker;
    NodeSelectionManager internal immutable selection;
    address internal immutable payers;
    MockUSDC internal immutable usdc;
    address internal immutable admin;
    MockXMTP internal immutable xmtp;

    address[] public operators;
    /// @dev Where a blocked operator claims to.
    address public immutable receiver = makeAddr("claim receiver");

    uint256 public ghost_funded;
    /// @dev USDC put into the treasury's base-pay reserve.
    uint256 public ghost_reserveFunded;
    /// @dev `distributeRewards` calls that left a distributable epoch undistributed.
    uint256 public ghost_stalledDistributions;
    XMTPTreasury public treasury;
    uint256 public ghost_paidOut;
    uint256 public ghost_deferred;
    uint256 public ghost_claimed;
    /// @dev Payout events seen per (period, node), and their amounts.
    mapping(uint256 period => mapping(address node => uint256)) public ghost_payouts;
    mapping(uint256 period => mapping(address node => uint256)) public ghost_payoutAmount;
    /// @dev Payout events for a (period, node) that had one already.
    uint256 public ghost_repeatPayouts;

    mapping(bytes32 => uint256) public calls;

    constructor(
        RewardDistributor distributor_,
        NodeEarningsTracker tracker_,
        NodeSelectionManager selection_,
        address payers_,
        MockUSDC usdc_,
        address admin_,
        address[] memory operators_,
        MockXMTP xmtp_
    ) {
        xmtp = xmtp_;
        distributor = distributor_;
        tracker = tracker_;
        selection = selection_;
        payers = payers_;
        usdc = usdc_;
        admin = admin_;
        operators = operators_;
    }

    function operatorCount() external view returns (uint256) {
        return operators.length;
    }

    /* ============ Money in ============ */

    function fund(uint256 amount) external {
        amount = bound(amount, 1, 50_000e6);
        usdc.mint(address(distributor), amount);
        ghost_funded += amount;
        ++calls["fund"];
    }

    /* ============ Keeper work ============ */

    function rotate() external {
        vm.warp(selection.nextRotationAt());
        selection.rotateNodes();
        ++calls["rotate"];
    }

    /// @dev Whatever reports were accepted, a distribution with epochs pending makes progress (and never reverts:
    ///      the invariant run fails on any revert).
    function distribute() external {
        uint256 pending = distributor.pendingEpochs();
        uint256 next = distributor.nextEpoch();
        distributor.distributeRewards();
        if (pending != 0 && distributor.nextEpoch() == next) ++ghost_stalledDistributions;
        ++calls["distribute"];
    }

    /// @dev Anyone (here governance) funds the base-pay reserve.
    function fundReserve(uint256 amount) external {
        amount = bound(amount, 1, 20_000e6);
        usdc.mint(address(this), amount);
        usdc.approve(address(treasury), amount);
        treasury.fundBasePayReserve(amount);
        ghost_reserveFunded += amount;
        ++calls["fundReserve"];
    }

    function setTreasury(XMTPTreasury treasury_) external {
        treasury = treasury_;
    }

    function executePayouts(uint256 maxNodes) external {
        (uint256 period,) = distributor.payoutCursor();
        if (period >= distributor.currentPeriod()) return;
        maxNodes = bound(maxNodes, 1, 15);
        vm.recordLogs();
        distributor.executePayouts(maxNodes);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            bytes32 topic = logs[i].topics[0];
            bool executed = topic == IRewardDistributor.PayoutExecuted.selector;
            if (!executed && topic != IRewardDistributor.PayoutDeferred.selector) continue;
            uint256 paidPeriod = uint256(logs[i].topics[1]);
            address node = address(uint160(uint256(logs[i].topics[2])));
            (, uint256 amount) = abi.decode(logs[i].data, (uint32, uint256));
            if (ghost_payouts[paidPeriod][node] != 0) ++ghost_repeatPayouts;
            ++ghost_payouts[paidPeriod][node];
            ghost_payoutAmount[paidPeriod][node] += amount;
            if (executed) ghost_paidOut += amount;
            else ghost_deferred += amount;
        }
        ++calls["executePayouts"];
    }

    /* ============ Recipients ============ */

    function toggleBlocked(uint256 seed) external {
        address operator = operators[seed % operators.length];
        usdc.setBlocked(operator, !usdc.blocked(operator));
        ++calls["toggleBlocked"];
    }

    function claim(uint256 seed) external {
        // The first operator from `seed` on with something to claim.
        uint256 count = operators.length;
        for (uint256 k; k < count; ++k) {
            address operator = operators[(seed % count + k) % count];
            if (distributor.claimableOf(operator) == 0) continue;
            // A blocked operator cannot receive: it claims to another address.
            bool blocked = usdc.blocked(operator);
            vm.prank(operator);
            uint256 amount = blocked ? distributor.claimTo(receiver) : distributor.claim();
            ghost_claimed += amount;
            ++calls["claim"];
            return;
        }
    }

    /* ============ Usage ============ */

    /// @dev Each node's signing key, for usage reports (set by the test, never called by the fuzzer).
    mapping(uint32 nodeId => uint256 privateKey) internal signingKeys;
    /// @dev The latest epoch each originator was reported for.
    mapping(uint32 originator => uint256 epoch) internal lastServedEpoch;

    function setSigningKey(uint32 nodeId, uint256 privateKey) external {
        signingKeys[nodeId] = privateKey;
    }

    /// @dev Payers accepts a usage report in which an active node served `count` messages in the open epoch (counted
    ///      when the epoch is distributed), signed by the epoch's active nodes.
    function serve(uint256 seed, uint256 count) external {
        // The open epoch, or the one before while its report window is open (a report landing late, in time).
        uint256 epoch = seed % 2 == 0 ? selection.currentEpoch() : selection.oldestReportableEpoch();
        uint32[] memory ids = selection.activeNodeIdsAt(epoch);
        if (ids.length == 0) return;
        uint32 originator = ids[seed % ids.length];
        // Per originator, report epochs never go back (Payers refuses that).
        if (epoch < lastServedEpoch[originator]) return;
        lastServedEpoch[originator] = epoch;
        // Up to the largest range a report may cover: absurd, but accepted.
        // forge-lint: disable-next-line(unsafe-typecast)
        uint64 served = uint64(bound(count, 1, 100_000_000));
        // forge-lint: disable-next-line(unsafe-typecast)
        UsageReports.serve(IPayers(payers), selection, uint64(epoch), originator, served, _signingKey);
        ++calls["serve"];
    }

    function _signingKey(uint32 nodeId) internal view returns (uint256) {
        return signingKeys[nodeId];
    }

    /* ============ Operators come and go ============ */

    /// @dev The slasher takes `bps` of an operator's stake: it leaves its seat (refilled at once) and is jailed, and
    ///      what it earned so far stays its own.
    function slash(uint256 seed, uint256 bps) external {
        address operator = operators[seed % operators.length];
        if (selection.stakeOf(operator) == 0 && selection.unbondingOf(operator).amount == 0) return;
        selection.slash(operator, bound(bps, 1, 10_000));
        ++calls["slash"];
    }

    /// @dev An operator unstakes everything: it leaves the queue, and its seat at the next rotation.
    function unstake(uint256 seed) external {
        address operator = operators[seed % operators.length];
        uint256 stake = selection.stakeOf(operator);
        if (stake == 0) return;
        vm.prank(operator);
        selection.unstake(stake);
        ++calls["unstake"];
    }

    /// @dev An operator out of the queue stakes the minimum again and registers (when not jailed).
    function rejoin(uint256 seed) external {
        address operator = operators[seed % operators.length];
        INodeSelectionManager.Candidate memory c = selection.candidate(operator);
        if (c.registered || c.jailedUntil > vm.getBlockTimestamp()) return;
        uint256 minimum = selection.minimumStake();
        uint256 stake = selection.stakeOf(operator);
        if (stake < minimum) {
            xmtp.mint(operator, minimum - stake);
            vm.startPrank(operator);
            xmtp.approve(address(selection), minimum - stake);
            selection.stake(minimum - stake);
            vm.stopPrank();
        }
        vm.prank(operator);
        selection.register();
        ++calls["rejoin"];
    }

    /* ============ Governance ============ */

    function setProfitCap(uint256 bps) external {
        bps = bound(bps, 10_000, 100_000);
        bool lower = bps < distributor.profitCapBps();
        vm.prank(admin);
        distributor.setProfitCapBps(bps);
        // Records made under the higher cap are brought under the new one at once.
        if (lower) {
            for (uint256 i; i < operators.length; ++i) {
                // Through the tracker or the distributor: both are open to anyone.
                if (i % 2 == 0) tracker.enforceProfitCap(operators[i]);
                else distributor.enforceProfitCap(operators[i]);
            }
        }
        ++calls["setProfitCap"];
    }

    function setBasePay(uint256 amount) external {
        amount = bound(amount, 0, 5000e6);
        vm.prank(admin);
        distributor.setBasePayPerMonth(amount);
        ++calls["setBasePay"];
    }

    function setVariableCost(uint256 amount) external {
        amount = bound(amount, 0, distributor.MAX_VARIABLE_COST_PER_MESSAGE());
        vm.prank(admin);
        distributor.setVariableCostPerMessage(amount);
        ++calls["setVariableCost"];
    }

    function setPayoutPeriod(uint256 period) external {
        period = bound(period, 1 days, 3 days);
        vm.prank(admin);
        distributor.setPayoutPeriod(period);
        ++calls["setPayoutPeriod"];
    }

    function setOwedCap(uint256 bps) external {
        bps = bound(bps, 0, 120_000);
        vm.prank(admin);
        distributor.setOwedCapBps(bps);
        ++calls["setOwedCap"];
    }

    function setReserveShare(uint256 bps) external {
        // forge-lint: disable-next-line(unsafe-typecast)
        uint16 share = uint16(bound(bps, 0, 10_000));
        vm.prank(admin);
        treasury.setBasePayReserveShareBps(share);
        ++calls["setReserveShare"];
    }

    /// @dev Anyone hands the excess set aside to the treasury.
    function forwardExcess() external {
        if (distributor.pendingExcess() == 0) return;
        distributor.forwardExcess();
        ++calls["forwardExcess"];
    }

    /// @dev The admin moves part of the pool to a known node's earnings in the open period.
    function adjustEarnings(uint256 seed, uint256 amount) external {
        address node = operators[seed % operators.length];
        if (tracker.account(node).nodeId == 0) return;
        // The open period would write over the slots of the period two back, not paid out yet.
        (uint256 payoutPeriod,) = distributor.payoutCursor();
        if (distributor.currentPeriod() >= payoutPeriod + 2) return;
        // The pool after the sync the call makes: what arrived since the last sync counts.
        uint256 held = distributor.pool() + distributor.unpaidEarnings() + distributor.totalClaimable()
            + distributor.pendingExcess();
        uint256 available = distributor.pool() + usdc.balanceOf(address(distributor)) - held;
        if (available == 0) return;
        amount = bound(amount, 1, available);
        vm.prank(admin);
        distributor.updateNodeEarnings(node, amount);
        ++calls["adjustEarnings"];
    }

    /* ============ Time ============ */

    function warp(uint256 seconds_) external {
        vm.warp(vm.getBlockTimestamp() + bound(seconds_, 1, 1 days));
        ++calls["warp"];
    }
}
