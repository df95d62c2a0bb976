// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {XMTPTreasury} from "../../contracts/XMTPTreasury.sol";
import {SelectionFixture} from "../utils/SelectionFixture.sol";
import {SelectionHandler} from "./handlers/SelectionHandler.sol";
import {console} from "forge-std/console.sol";

/**
 * @notice Whatever the sequence of stakes, registrations, unstakes, withdrawals, rotations, slashes, disabled nodes and
 *         time: the active set never holds a node twice nor a disabled node, each rotation leaves it
 *         `min(activeSetSize, eligible)` strong, no 24-hour window holds more swaps than the cap, and every XMTP unit
 *         deposited is staked, unbonding, slashed (to the slash recipient or the treasury) or withdrawn. This variant
 *         runs without a treasury; `SelectionTreasuryInvariantTest` runs the same wired to one.
 */
contract SelectionInvariantTest is SelectionFixture {
    SelectionHandler internal handler;
    address internal slasher = makeAddr("slasher");
    /// @dev The suite's treasury when the run wires it, else zero.
    XMTPTreasury internal treasury;

    /// @dev Whether the run wires the treasury (and lets the handler unwire and rewire it).
    function _wired() internal pure virtual returns (bool) {
        return false;
    }

    function setUp() public override {
        super.setUp();
        bytes32 role = selection.SLASHER_ROLE();
        vm.startPrank(admin);
        selection.grantRole(role, slasher);
        // A minimum the handler's stakes reach often, so that operators fall below it and climb back.
        selection.setMinimumStake(100e18);
        // Four seats for twelve operators, so that rotations swap; 5,000 bps keeps the cap at two per 24 hours.
        selection.setActiveSetSize(4);
        selection.setMaxDailyTurnoverBps(5000);
        // Slashed operators come back within the runs.
        selection.setJailPeriod(1 days);
        if (_wired()) {
            treasury = XMTPTreasury(suite.treasury.proxy);
            treasury.grantRole(treasury.STAKE_REPORTER_ROLE(), address(selection));
            treasury.grantRole(treasury.SLASHER_ROLE(), address(selection));
            selection.setTreasury(address(treasury));
            // The treasury's own stake accounting, as before delegation: stake reports go to the treasury only while
            // no delegation contract is wired (`Delegation.invariants.t.sol` covers the wired suite).
            selection.setDelegation(address(0));
        }
        vm.stopPrank();
        handler = new SelectionHandler(selection, nodes, xmtp, admin, slasher, treasury);

        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](_wired() ? 13 : 12);
        selectors[0] = SelectionHandler.stake.selector;
        selectors[1] = SelectionHandler.stake.selector;
        selectors[2] = SelectionHandler.register.selector;
        selectors[3] = SelectionHandler.register.selector;
        selectors[4] = SelectionHandler.unstake.selector;
        selectors[5] = SelectionHandler.withdrawUnbonded.selector;
        selectors[6] = SelectionHandler.rotate.selector;
        selectors[7] = SelectionHandler.rotate.selector;
        selectors[8] = SelectionHandler.slash.selector;
        selectors[9] = SelectionHandler.toggleNode.selector;
        selectors[10] = SelectionHandler.warp.selector;
        selectors[11] = SelectionHandler.rotate.selector;
        if (_wired()) selectors[12] = SelectionHandler.toggleTreasury.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    function invariant_activeSetIsDistinctAndEnabled() public view {
        address[] memory active = selection.getActiveNodes();
        uint32[] memory ids = selection.getActiveNodeIds();
        assertEq(ids.length, active.length);
        assertLe(active.length, selection.activeSetSize());
        for (uint256 i; i < active.length; ++i) {
            assertTrue(nodes.isEnabled(ids[i]), "a disabled node holds a seat");
            for (uint256 j = i + 1; j < active.length; ++j) {
                assertTrue(active[i] != active[j], "operator seated twice");
                assertTrue(ids[i] != ids[j], "node seated twice");
            }
        }
    }

    function invariant_rotationsFillTheSetFromTheEligible() public view {
        assertEq(handler.ghost_shortRotations(), 0);
    }

    function invariant_noDayExceedsTheTurnoverCap() public view {
        uint256 cap = selection.turnoverCap();
        uint256 count = handler.swapCount();
        // Swap times are in order: swap i and the one `cap` before it must be 24 hours apart.
        for (uint256 i = cap; i < count; ++i) {
            assertGe(handler.ghost_swapTimes(i) - handler.ghost_swapTimes(i - cap), 1 days, "cap exceeded");
        }
        assertLe(selection.recentSwaps(), cap);
    }

    function invariant_xmtpIsConserved() public view {
        uint256 held;
        for (uint256 i; i < handler.operatorCount(); ++i) {
            address operator = handler.operators(i);
            held += selection.stakeOf(operator) + selection.unbondingOf(operator).amount;
        }
        assertEq(xmtp.balanceOf(address(selection)), held, "balance is stakes plus unbonding");
        assertEq(held + handler.ghost_slashed() + handler.ghost_withdrawn(), handler.ghost_deposited());
        uint256 toTreasury = address(treasury) == address(0) ? 0 : treasury.slashedXmtp();
        assertEq(xmtp.balanceOf(admin) + toTreasury, handler.ghost_slashed(), "slashed XMTP went elsewhere");
        assertEq(toTreasury, address(treasury) == address(0) ? 0 : xmtp.balanceOf(address(treasury)));
    }

    /// @dev While wired, the treasury knows every operator's stake (unbonding excluded) and their sum.
    function invariant_treasuryMirrorsStakes() public view {
        if (selection.treasury() == address(0)) return;
        uint256 total;
        for (uint256 i; i < handler.operatorCount(); ++i) {
            address operator = handler.operators(i);
            assertEq(treasury.stakedOf(operator), selection.stakeOf(operator), "treasury stake differs");
            total += selection.stakeOf(operator);
        }
        assertEq(treasury.totalStaked(), total);
        assertEq(xmtp.allowance(address(selection), address(treasury)), 0, "allowance left behind");
    }

    function invariant_callSummary() public view {
        console.log("stake", handler.calls("stake"));
        console.log("register", handler.calls("register"));
        console.log("unstake", handler.calls("unstake"));
        console.log("withdrawUnbonded", handler.calls("withdrawUnbonded"));
        console.log("rotate", handler.calls("rotate"));
        console.log("slash", handler.calls("slash"));
        console.log("toggleNode", handler.calls("toggleNode"));
        console.log("warp", handler.calls("warp"));
        console.log("toggleTreasury", handler.calls("toggleTreasury"));
        console.log("swaps", handler.swapCount());
    }
}

/// @notice The same invariants with the manager wired to the suite's treasury (unwired and rewired along the way).
contract SelectionTreasuryInvariantTest is SelectionInvariantTest {
    function _wired() internal pure override returns (bool) {
        return true;
    }
}
