// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {MisbehaviorReports} from "../../contracts/MisbehaviorReports.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {MisbehaviorFixture} from "../utils/MisbehaviorFixture.sol";
import {GasBench} from "./GasBench.sol";

/**
 * @notice An equivocation report that slashes a seated node, as deployed (slashed XMTP to the treasury, which pays the
 *         reporter its share).
 */
contract MisbehaviorBench is MisbehaviorFixture, GasBench {
    function setUp() public override(BaseTest, MisbehaviorFixture) {
        super.setUp();
    }

    function test_bench_reportEquivocation() public {
        uint32 node = operatorNodeIds[0];
        bytes memory payer = _payerEnvelope(node, RETENTION);
        bytes memory a = _envelope(node, 123_456, 1_732_500_000_000_000_000, payer, 1000);
        bytes memory b = _envelope(node, 123_456, 1_732_500_000_000_000_001, payer, 1000);
        xmtp.mint(stranger, 1); // the reporter already holds XMTP
        Floor memory floor = _floor(
            1,
            4,
            0,
            "the report; the offender's stake; XMTP: the manager's, the treasury's and the reporter's balances; "
            "the registry, the manager and the treasury (proxies) and the XMTP token"
        );
        (floor.accounts, floor.proxies, floor.signatures) = (4, 4, 2);
        _bench(
            _row(
                "Misbehavior",
                500,
                string.concat("reportEquivocation, two ", vm.toString(a.length), "-byte envelopes (slash)")
            ),
            stranger,
            address(reports),
            abi.encodeCall(MisbehaviorReports.reportEquivocation, (node, a, _signAs(node, a), b, _signAs(node, b))),
            floor
        );
    }
}
