// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {NodeEarningsTracker} from "../../contracts/NodeEarningsTracker.sol";
import {RewardDistributor} from "../../contracts/RewardDistributor.sol";
import {XMTPTreasury} from "../../contracts/XMTPTreasury.sol";
import {INodeEarningsTracker} from "../../contracts/interfaces/INodeEarningsTracker.sol";
import {MockUSDC} from "../../contracts/mocks/MockUSDC.sol";
import {PayersStub, SelectionStub} from "./RewardStubs.sol";
import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";
import {Test} from "forge-std/Test.sol";

/**
 * @title  RewardArithmeticHalmos
 * @notice Symbolic checks (halmos, `make halmos`) of the reward arithmetic: the profit cap and the conservation of
 *         USDC, for every input within the bounds below, not a sample of them. `forge test` does not run `check_`
 *         functions; halmos runs each one over symbolic arguments and fails on any input that breaks an assertion.
 *
 * @dev    Scope. The code checked is the real code: `NodeEarningsTracker`, `RewardDistributor` and `XMTPTreasury`
 *         deployed behind ERC-1967 proxies and wired as the deployment wires them, with the real `MockUSDC`. Their
 *         arithmetic lives in private functions, so the checks call the external entry points that run it. Two stubs
 *         stand for the node selection manager (an epoch clock and a fixed active set of two nodes) and Payers (the
 *         messages each node served): their own logic is not what is checked here, and the rotation
 *         machinery behind them is out of reach of a symbolic run.
 *
 *         Bounds (each check's NatSpec says the same). Each epoch's earnings and costs below 2^40 units (1.1 million
 *         USDC) and any cap governance may set for the tracker; any excess below 2^48 units (281 million USDC) and
 *         any split of the treasury's shares; any pool below 2^48 units for a distribution, at the default parameters.
 *
 *         Limits. Properties are stated with the contracts' own rounded-down divisions (a cap is `costs * capBps /
 *         10,000`): the solvers do not decide facts about how a 256-bit division rounds in reasonable time (even
 *         `10,000 * (x / 10,000) <= x` times out), so nothing here depends on one. Distributions with a symbolic base
 *         pay, cap or messages served explode into thousands of paths and did not finish in 10 minutes, so the
 *         distribution check fixes them; the fuzz and invariant suites sample them instead.
 */
contract RewardArithmeticHalmos is Test {
    uint256 internal constant BPS = 10_000;
    uint32 internal constant NODE_ID_A = 1;
    uint32 internal constant NODE_ID_B = 2;
    address internal constant NODE_A = address(0xA0);
    address internal constant NODE_B = address(0xB0);
    /// @dev Neither called nor read by what is checked here (payouts go through it).
    address internal constant NODES_REGISTRY = address(0x721);
    address internal constant XMTP = address(0x1de);

    MockUSDC internal usdc;
    SelectionStub internal selection;
    PayersStub internal payers;
    NodeEarningsTracker internal tracker;
    XMTPTreasury internal treasury;
    RewardDistributor internal distributor;

    function setUp() public {
        usdc = new MockUSDC();
        // One epoch is the whole first payout period (30 days): every distribution closes it, so the excess above
        // the cap reaches the treasury in the same call.
        selection = new SelectionStub(NODE_A, NODE_B, 30 days);
        payers = new PayersStub();
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
        RewardDistributor implementation = new RewardDistributor(
            address(usdc), address(selection), address(payers), NODES_REGISTRY, address(tracker), address(treasury)
        );
        distributor = RewardDistributor(
            address(
                new ERC1967Proxy(address(implementation), abi.encodeCall(RewardDistributor.initialize, (address(this))))
            )
        );
        tracker.setDistributor(address(distributor));
        treasury.grantRole(treasury.DISTRIBUTOR_ROLE(), address(distributor));
    }

    /* ============ The tracker's cap ============ */

    /**
     * @notice Two epochs recorded for one node in one period at any cap. After each: the node's period earnings are
     *         within its cap, `costs * capBps / 10,000` rounded down (for whole units, the same as earnings * 10,000
     *         <= costs * capBps), and when the cap took anything the node keeps exactly its cap (no more is taken than
     *         must be). Over both: costs add up, and earnings kept plus the excess returned is exactly what was
     *         recorded. (An excess taken is not given back when later costs raise the cap: that is the contract's rule,
     *         and the check does not assume otherwise.)
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
        vm.assume(capBps >= distributor.MIN_PROFIT_CAP_BPS() && capBps <= distributor.MAX_PROFIT_CAP_BPS());

        uint256 excess1 = _recordAndCheck(earnings1, costs1, capBps);
        uint256 excess2 = _recordAndCheck(earnings2, costs2, capBps);

        INodeEarningsTracker.PeriodRecord memory record = tracker.periodRecord(0, NODE_A);
        assertEq(record.costs, uint256(costs1) + costs2, "costs add up");
        assertEq(
            uint256(record.earnings) + excess1 + excess2, uint256(earnings1) + earnings2, "kept + excess = recorded"
        );
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
        usdc.mint(address(distributor), amount);

        vm.prank(address(distributor));
        treasury.handleExcessRewards(amount);

        uint256 buyback = treasury.buybackBalance();
        uint256 staking = treasury.stakingRewardsBalance();
        assertEq(buyback + staking + treasury.treasuryBalance(), amount, "buckets sum to the excess");
        assertEq(usdc.balanceOf(address(treasury)), amount, "the treasury holds the excess");
        assertEq(usdc.balanceOf(address(distributor)), 0, "the distributor kept none");
        assertEq(buyback, amount * buybackBps / BPS, "buyback gets its share");
        assertEq(staking, amount * stakingBps / BPS, "staking rewards get their share");
        assertEq(treasury.stakingRewardPerToken(), 0, "with no stake, no staker is credited");
    }

    /* ============ One distribution, end to end ============ */

    /**
     * @notice One epoch distributed to two nodes with equal costs (the default base pay of 1,000 USDC a period, no
     *         cost per message, the default 1.25x cap), from any pool below 2^48 units (281 million USDC): short of
     *         the costs (each node paid pro rata, the rest owed), between costs and cap, or far above the cap (the
     *         excess to the treasury). In every case each node's period earnings are within its cap, and every USDC
     *         unit that came in is accounted for exactly (see `_distributeAndCheck`).
     */
    function check_distribute_equalCosts(uint48 funded) public {
        _distributeAndCheck(funded, 1000e6, 0, 0, 0, 12_500);
    }

    /* ============ Helpers ============ */

    /**
     * @dev Sets the parameters, funds the pool with `funded`, distributes the epoch (which closes the period, so any
     *      excess is forwarded to the treasury) and checks: each node's period earnings within its cap; the
     *      distributor's unpaid earnings equal to the nodes' earnings; pool + earnings + excess (pending or in the
     *      treasury's buckets) = `funded`; and the USDC balances of the distributor and the treasury equal what each
     *      accounts for.
     */
    function _distributeAndCheck(
        uint256 funded,
        uint256 basePay,
        uint256 perMessage,
        uint256 servedA,
        uint256 servedB,
        uint256 capBps
    ) internal {
        vm.assume(basePay <= distributor.MAX_BASE_PAY_PER_MONTH());
        vm.assume(perMessage <= distributor.MAX_VARIABLE_COST_PER_MESSAGE());
        vm.assume(capBps >= distributor.MIN_PROFIT_CAP_BPS() && capBps <= distributor.MAX_PROFIT_CAP_BPS());
        distributor.setBasePayPerMonth(basePay);
        distributor.setVariableCostPerMessage(perMessage);
        distributor.setProfitCapBps(capBps);
        // forge-lint: disable-next-line(unsafe-typecast)
        payers.setServed(NODE_ID_A, uint64(servedA));
        // forge-lint: disable-next-line(unsafe-typecast)
        payers.setServed(NODE_ID_B, uint64(servedB));
        usdc.mint(address(distributor), funded);
        selection.advance(1);

        distributor.distributeRewards();

        INodeEarningsTracker.PeriodRecord memory a = tracker.periodRecord(0, NODE_A);
        INodeEarningsTracker.PeriodRecord memory b = tracker.periodRecord(0, NODE_B);
        assertLe(a.earnings, _cap(a.costs, capBps), "node A within its cap");
        assertLe(b.earnings, _cap(b.costs, capBps), "node B within its cap");

        uint256 toTreasury = treasury.buybackBalance() + treasury.stakingRewardsBalance() + treasury.treasuryBalance();
        assertEq(distributor.unpaidEarnings(), uint256(a.earnings) + b.earnings, "unpaid = the nodes' earnings");
        assertEq(
            distributor.pool() + a.earnings + b.earnings + distributor.pendingExcess() + toTreasury,
            funded,
            "pool + earnings + excess = what came in"
        );
        assertEq(usdc.balanceOf(address(treasury)), toTreasury, "the treasury holds its buckets");
        assertEq(
            usdc.balanceOf(address(distributor)),
            distributor.pool() + distributor.unpaidEarnings() + distributor.pendingExcess(),
            "the distributor holds what it accounts for"
        );
    }

    /// @dev The profit cap on `costs` as `INodeEarningsTracker` defines it: `capBps / 10,000` of them, rounded down.
    ///      Stated with the division: a solver cannot prove properties of 256-bit division's rounding in reasonable
    ///      time, but sees that both sides divide the same product.
    function _cap(uint256 costs, uint256 capBps) internal pure returns (uint256) {
        return costs * capBps / BPS;
    }

    /// @dev Records one epoch of node A's (as the distributor) and checks the cap right after it; returns the excess.
    function _recordAndCheck(uint256 earnings, uint256 costs, uint256 capBps) internal returns (uint256 excess) {
        vm.prank(address(distributor));
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
