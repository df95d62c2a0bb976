// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {NodeEarningsTracker} from "../../contracts/NodeEarningsTracker.sol";
import {XMTPTreasury} from "../../contracts/XMTPTreasury.sol";
import {INodeEarningsTracker} from "../../contracts/interfaces/INodeEarningsTracker.sol";
import {NodeQuorum} from "../../contracts/libraries/NodeQuorum.sol";
import {ProfitCap} from "../../contracts/libraries/ProfitCap.sol";
import {RewardSplit} from "../../contracts/libraries/RewardSplit.sol";
import {MockUSDC} from "../../contracts/mocks/MockUSDC.sol";
import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";
import {Test} from "forge-std/Test.sol";

/**
 * @title  RewardArithmeticHalmos
 * @notice Symbolic checks (halmos, `make halmos`) of the reward arithmetic: the pure rules themselves (`RewardSplit`,
 *         `ProfitCap`, `NodeQuorum.size`) over symbolic parameters, and the contracts that hold the money (the
 *         tracker's cap, the treasury's split) for every input within the bounds below, not a sample of them.
 *         `forge test` does not run `check_` functions; halmos runs each one over symbolic arguments and fails on any
 *         input that breaks an assertion.
 *
 * @dev    Scope. The libraries are called directly, as `RewardDistributor`, `NodeEarningsTracker`, `Payers` and
 *         `WitnessReports` call them (internal pure functions: the same code). `NodeEarningsTracker` and
 *         `XMTPTreasury` run for real behind ERC-1967 proxies, with the real `MockUSDC`; this contract stands in for
 *         the reward distributor that writes to them. No stub: what the distributor composes is the libraries'
 *         arithmetic, checked here rule by rule, and the fuzz and invariant suites run the composition.
 *
 *         Bounds (each check's NatSpec says the same). Amounts below 2^128 USDC units (the distributor's pool and
 *         unpaid earnings are 128-bit), counts of nodes below 2^16, and caps across governance's ranges or any 32-bit
 *         value where the rule does not depend on them.
 *
 *         Limits. The solvers do not decide some facts about how a 256-bit division rounds in reasonable time (even
 *         `10,000 * (x / 10,000) <= x` timed out), so the properties are stated with the rules' own divisions where
 *         they can be, and the checks that need a rounding fact say which one they prove.
 */
contract RewardArithmeticHalmos is Test {
    uint256 internal constant BPS = 10_000;
    /// @dev Governance's range of the profit cap (`RewardDistributor.MIN_PROFIT_CAP_BPS`, `MAX_PROFIT_CAP_BPS`).
    uint256 internal constant MIN_PROFIT_CAP_BPS = 10_000;
    uint256 internal constant MAX_PROFIT_CAP_BPS = 100_000;
    uint32 internal constant NODE_ID_A = 1;
    address internal constant NODE_A = address(0xA0);
    address internal constant XMTP = address(0x1de);

    MockUSDC internal usdc;
    NodeEarningsTracker internal tracker;
    XMTPTreasury internal treasury;

    function setUp() public {
        usdc = new MockUSDC();
        tracker = NodeEarningsTracker(
            address(
                new ERC1967Proxy(
                    address(new NodeEarningsTracker()), abi.encodeCall(NodeEarningsTracker.initialize, (address(this)))
                )
            )
        );
        treasury = XMTPTreasury(
            address(
                new ERC1967Proxy(
                    address(new XMTPTreasury()),
                    abi.encodeCall(XMTPTreasury.initialize, (address(this), address(usdc), XMTP))
                )
            )
        );
        // This contract writes to both as the distributor does.
        tracker.setDistributor(address(this));
        treasury.grantRole(treasury.DISTRIBUTOR_ROLE(), address(this));
    }

    /* ============ ProfitCap ============ */

    /**
     * @notice `ProfitCap.split` at any cap: what is kept is within the cap (`costs * capBps / 10,000`, rounded down),
     *         exactly the cap when anything is taken, all of `earnings` otherwise; kept plus excess is `earnings`.
     * @dev    Bounds: earnings and costs below 2^128 units, `capBps` any 32-bit value (governance's range and beyond:
     *         the rule does not depend on it). Stated with the rule's own division (see the contract's limits).
     */
    function check_profitCap_splitsAtTheCap(uint128 earnings, uint128 costs, uint32 capBps) public pure {
        (uint256 kept, uint256 excess) = ProfitCap.split(earnings, costs, capBps);
        uint256 cap = uint256(costs) * capBps / BPS;
        assertEq(kept + excess, earnings, "kept + excess = earnings");
        assertLe(kept, cap, "kept within the cap");
        if (excess != 0) assertEq(kept, cap, "capped earnings are the cap");
        else assertEq(kept, earnings, "within the cap, all is kept");
    }

    /* ============ The tracker's cap ============ */

    /**
     * @notice Two epochs recorded for one node in one period at any cap of governance's range, through the real
     *         tracker. After each: the node's period earnings are within its cap, `costs * capBps / 10,000` rounded
     *         down (for whole units, the same as earnings * 10,000 <= costs * capBps), and when the cap took anything
     *         the node keeps exactly its cap (no more is taken than must be). Over both: costs add up, and earnings
     *         kept plus the excess returned is exactly what was recorded. (An excess taken is not given back when
     *         later costs raise the cap: that is the contract's rule, and the check does not assume otherwise.)
     * @dev    Bounds: each epoch's earnings and costs below 2^40 units (1.1 million USDC); `capBps` within
     *         governance's range.
     */
    function check_tracker_capsPeriodEarnings(
        uint40 earnings1,
        uint40 costs1,
        uint40 earnings2,
        uint40 costs2,
        uint24 capBps
    ) public {
        vm.assume(capBps >= MIN_PROFIT_CAP_BPS && capBps <= MAX_PROFIT_CAP_BPS);

        uint256 excess1 = _recordAndCheck(earnings1, costs1, capBps);
        uint256 excess2 = _recordAndCheck(earnings2, costs2, capBps);

        INodeEarningsTracker.PeriodRecord memory record = tracker.periodRecord(0, NODE_A);
        assertEq(record.costs, uint256(costs1) + costs2, "costs add up");
        assertEq(
            uint256(record.earnings) + excess1 + excess2, uint256(earnings1) + earnings2, "kept + excess = recorded"
        );
    }

    /* ============ RewardSplit ============ */

    /**
     * @notice `RewardSplit.evenPay`: no node gets more than it is due, nor more than its even part of what is
     *         available (`available / count`, rounded down), and each gets exactly its due when its even part covers
     *         it.
     * @dev    Bounds: `available` and `amountEach` below 2^128 units, 1 to 2^16 - 1 nodes. Stated with the rule's own
     *         division: that the parts together stay within `available` (`(a / c) * c <= a`) is a rounding fact the
     *         solver did not finish in minutes; the fuzz and invariant tests sample it.
     */
    function check_rewardSplit_evenPayWithinTheEvenPart(uint128 available, uint128 amountEach, uint16 count)
        public
        pure
    {
        vm.assume(count != 0);
        uint256 pay = RewardSplit.evenPay(available, amountEach, count);
        uint256 part = uint256(available) / count;
        assertLe(pay, amountEach, "no node paid above its due");
        assertLe(pay, part, "no node paid above its even part");
        if (part >= amountEach) assertEq(pay, amountEach, "all due paid when covered");
        else assertEq(pay, part, "short: the even part");
    }

    /**
     * @notice `RewardSplit.evenSplit`: each share is the even part (`amount / count`, rounded down), and the shares and
     *         the rest add up to the amount exactly.
     * @dev    Bounds: `amount` below 2^128 units, 1 to 2^16 - 1 nodes. Not proven here: that the rest is below one unit
     *         per node (a rounding fact the solver did not finish in minutes).
     */
    function check_rewardSplit_evenSplitConserves(uint128 amount, uint16 count) public pure {
        vm.assume(count != 0);
        (uint256 each, uint256 rest) = RewardSplit.evenSplit(amount, count);
        assertEq(each, uint256(amount) / count, "each share is the even part");
        assertEq(each * count + rest, amount, "shares + rest = amount");
    }

    /**
     * @notice `RewardSplit.proRata` over two parts of a total (two nodes' owed, or their variable costs): both paid in
     *         full when `available` covers the total, and nothing paid from nothing.
     * @dev    Bounds: the parts and `available` below 2^64 units. Not proven here: that the parts paid when short stay
     *         within `available` (`x * a / t + x * b / t <= x` for `a + b = t`, a rounding fact the solver did not
     *         finish in minutes); the fuzz and invariant tests sample it.
     */
    function check_rewardSplit_proRataInFullWhenCovered(uint64 partA, uint64 partB, uint64 available) public pure {
        uint256 total = uint256(partA) + partB;
        vm.assume(total != 0);
        uint256 paidA = RewardSplit.proRata(partA, available, total);
        uint256 paidB = RewardSplit.proRata(partB, available, total);
        if (available >= total) {
            assertEq(paidA, partA, "part A in full when covered");
            assertEq(paidB, partB, "part B in full when covered");
        }
        if (available == 0) assertEq(paidA + paidB, 0, "nothing from nothing");
    }

    /**
     * @notice `RewardSplit.owe` at any cap: what is owed after and what is written off add up to what was owed plus
     *         the shortfall; a node never loses what it was owed; it is owed at most the cap, unless it was above a
     *         since-lowered cap already (then it keeps what it had and gains nothing).
     * @dev    Bounds: amounts below 2^128 units.
     */
    function check_rewardSplit_oweConserves(uint128 before, uint128 shortfall, uint128 cap) public pure {
        (uint256 owed, uint256 writtenOff) = RewardSplit.owe(before, shortfall, cap);
        assertEq(owed + writtenOff, uint256(before) + shortfall, "owed + written off = before + shortfall");
        assertGe(owed, before, "nothing owed is lost");
        if (before <= cap) assertLe(owed, cap, "owed within the cap");
        else assertEq(owed, before, "above a lowered cap: kept, not grown");
    }

    /* ============ NodeQuorum ============ */

    /**
     * @notice `NodeQuorum.size` is a strict majority, the smallest: for any population, `size` signers are more than
     *         half of it and `size - 1` are not. So the one rule serves both reports, whatever the population (a usage
     *         report's whole set, a performance report's set less the accused).
     * @dev    Bounds: any population below 2^32.
     */
    function check_nodeQuorum_sizeIsTheSmallestStrictMajority(uint32 population) public pure {
        uint256 size = NodeQuorum.size(population);
        assertGt(2 * size, population, "size signers are a strict majority");
        assertLe(2 * (size - 1), population, "one fewer is not");
    }

    /* ============ The treasury's split ============ */

    /**
     * @notice Any excess under any split of the treasury's shares: the three buckets grow by exactly the excess,
     *         which the treasury then holds in USDC; buyback and staking rewards get `excess * bps / 10,000` rounded
     *         down, and the treasury bucket the rest (its share and the rounding).
     * @dev    Bounds: the excess below 2^48 units (281 million USDC); shares any three that sum to 10,000 bps. Nothing
     *         is staked (staking rewards wait undistributed), as after deployment. Not proven here: that the rest is
     *         within two units of the treasury's own share (that needs the solver to reason about the rounding of
     *         two divisions, which times out; the unit tests check it on examples).
     */
    function check_treasury_splitSumsToExcess(uint48 excess, uint16 buybackBps, uint16 stakingBps) public {
        uint256 amount = excess;
        vm.assume(amount != 0);
        vm.assume(uint256(buybackBps) + stakingBps <= BPS);
        // forge-lint: disable-next-line(unsafe-typecast)
        treasury.setShares(buybackBps, stakingBps, uint16(BPS - buybackBps - stakingBps));
        usdc.mint(address(this), amount);
        usdc.approve(address(treasury), amount);

        treasury.handleExcessRewards(amount);

        uint256 buyback = treasury.buybackBalance();
        uint256 staking = treasury.stakingRewardsBalance();
        assertEq(buyback + staking + treasury.treasuryBalance(), amount, "buckets sum to the excess");
        assertEq(usdc.balanceOf(address(treasury)), amount, "the treasury holds the excess");
        assertEq(usdc.balanceOf(address(this)), 0, "the distributor kept none");
        assertEq(buyback, amount * buybackBps / BPS, "buyback gets its share");
        assertEq(staking, amount * stakingBps / BPS, "staking rewards get their share");
        assertEq(treasury.stakingRewardPerToken(), 0, "with no stake, no staker is credited");
    }

    /* ============ Helpers ============ */

    /// @dev The profit cap on `costs` as `INodeEarningsTracker` defines it: `capBps / 10,000` of them, rounded down.
    ///      Stated with the division: a solver cannot prove properties of 256-bit division's rounding in reasonable
    ///      time, but sees that both sides divide the same product.
    function _cap(uint256 costs, uint256 capBps) internal pure returns (uint256) {
        return costs * capBps / BPS;
    }

    /// @dev Records one epoch of node A's (as the distributor) and checks the cap right after it; returns the excess.
    function _recordAndCheck(uint256 earnings, uint256 costs, uint256 capBps) internal returns (uint256 excess) {
        excess = tracker.recordEpoch(0, _entry(NODE_A, NODE_ID_A, earnings, costs), capBps);
        INodeEarningsTracker.PeriodRecord memory record = tracker.periodRecord(0, NODE_A);
        uint256 cap = _cap(record.costs, capBps);
        assertLe(record.earnings, cap, "earnings within the cap");
        if (excess != 0) assertEq(record.earnings, cap, "capped earnings are the cap");
    }

    function _entry(address node, uint32 nodeId, uint256 earnings, uint256 costs)
        internal
        pure
        returns (INodeEarningsTracker.EpochEntry[] memory entries)
    {
        entries = new INodeEarningsTracker.EpochEntry[](1);
        entries[0] = INodeEarningsTracker.EpochEntry({
            node: node, nodeId: nodeId, syncOwed: false, earnings: earnings, costs: costs, owed: 0
        });
    }
}
