// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {TreasuryFixture} from "../utils/TreasuryFixture.sol";

/**
 * @notice Gas of whole treasury transactions, proxy included (tests run isolated: each call is its own transaction).
 *         Figures go to `snapshots/XMTPTreasuryGasTest.json`. Every figure is a steady state: the buckets, the stakes
 *         and the accumulator already hold non-zero values, as on a live network; the base-pay reserve is funded (its
 *         share of excess is 0 unless a test sets it).
 */
contract XMTPTreasuryGasTest is TreasuryFixture {
    function setUp() public override {
        super.setUp();
        _stakersWithExcess();
        vm.prank(executor);
        treasury.executeBuyback(1 * USDC, 1); // the adapter already holds USDC
        _fundReserve(admin, 10_000 * USDC); // the distributor keeps 1,000 USDC: a draw adds to a non-zero balance
    }

    function test_handleExcessRewards_gas() public {
        vm.prank(distributor);
        treasury.handleExcessRewards(1000 * USDC);
        vm.snapshotGasLastCall("handleExcessRewards (stakers present)");
    }

    function test_handleExcessRewards_reserveShare_gas() public {
        _setReserveShare(1000);
        vm.prank(distributor);
        treasury.handleExcessRewards(1000 * USDC);
        vm.snapshotGasLastCall("handleExcessRewards (stakers present, 10% to the funded reserve)");
    }

    function test_fundBasePayReserve_gas() public {
        usdc.mint(admin, 1000 * USDC);
        vm.prank(admin);
        usdc.approve(address(treasury), 1000 * USDC);
        vm.prank(admin);
        treasury.fundBasePayReserve(1000 * USDC);
        vm.snapshotGasLastCall("fundBasePayReserve (funded reserve)");
    }

    function test_drawBasePayReserve_gas() public {
        _draw(800 * USDC);
        vm.snapshotGasLastCall("drawBasePayReserve (part of a funded reserve)");
    }

    function test_drawBasePayReserve_empty_gas() public {
        _draw(type(uint256).max);
        _draw(800 * USDC);
        vm.snapshotGasLastCall("drawBasePayReserve (empty reserve)");
    }

    function test_checkpointStake_gas() public {
        _checkpoint(alice, 5 * XMTP);
        vm.snapshotGasLastCall("checkpointStake (existing staker with rewards to settle)");
    }

    function test_claimStakingRewards_gas() public {
        _claim(alice);
        vm.snapshotGasLastCall("claimStakingRewards (the staker's first USDC)");
    }

    function test_executeBuyback_gas() public {
        vm.prank(executor);
        treasury.executeBuyback(100 * USDC, 1);
        vm.snapshotGasLastCall("executeBuyback (mock adapter)");
    }

    function test_depositSlashedXmtp_gas() public {
        _slash(operator, 1 * XMTP);
        _slash(operator, 1 * XMTP);
        vm.snapshotGasLastCall("depositSlashedXmtp");
    }
}
