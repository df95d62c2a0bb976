// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {XMTPTreasury} from "../../contracts/XMTPTreasury.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {TreasuryFixture} from "../utils/TreasuryFixture.sol";
import {GasBench} from "./GasBench.sol";

/**
 * @notice A staker's claim of its share of the excess rewards, the staker already holding USDC.
 */
contract TreasuryBench is TreasuryFixture, GasBench {
    function setUp() public override(BaseTest, TreasuryFixture) {
        super.setUp();
        _stakersWithExcess();
    }

    function test_bench_claimStakingRewards() public {
        usdc.mint(alice, 1); // the staker already holds USDC
        Floor memory floor = _floor(
            0,
            4,
            0,
            "USDC: the treasury's and the staker's balances; the staker's reward checkpoint; the staking-rewards bucket"
        );
        floor.accounts = 1;
        _bench(
            _row("Treasury", 600, "claimStakingRewards"),
            alice,
            address(treasury),
            abi.encodeCall(XMTPTreasury.claimStakingRewards, ()),
            floor
        );
    }
}
