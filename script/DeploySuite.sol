// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {GroupMessages} from "../contracts/GroupMessages.sol";
import {IdentityUpdates} from "../contracts/IdentityUpdates.sol";
import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";

/**
 * @title  DeploySuite
 * @notice Builds the whole suite: each contract's implementation and its UUPS proxy, initialized in the proxy's
 *         constructor so that nobody can front-run `initialize`. Shared by `Deploy.s.sol` and the tests' `BaseTest`,
 *         so that tests run against exactly what the deploy script ships.
 */
library DeploySuite {
    /// @notice A deployed contract: the proxy everyone calls and the implementation behind it.
    struct Deployment {
        address proxy;
        address implementation;
    }

    /// @notice Every contract of the suite.
    struct Suite {
        Deployment identityUpdates;
        Deployment groupMessages;
    }

    /// @notice An address that must be set is zero.
    error ZeroAdmin();

    /**
     * @notice Deploys every contract behind its proxy, with governance roles granted to `admin`.
     * @param  admin The governance account (the multisig on a real chain).
     */
    function deploy(address admin) internal returns (Suite memory suite) {
        if (admin == address(0)) revert ZeroAdmin();
        suite.identityUpdates = deployIdentityUpdates(admin);
        suite.groupMessages = deployGroupMessages(admin);
    }

    function deployIdentityUpdates(address admin) internal returns (Deployment memory d) {
        d.implementation = address(new IdentityUpdates());
        d.proxy = address(new ERC1967Proxy(d.implementation, abi.encodeCall(IdentityUpdates.initialize, (admin))));
    }

    function deployGroupMessages(address admin) internal returns (Deployment memory d) {
        d.implementation = address(new GroupMessages());
        d.proxy = address(new ERC1967Proxy(d.implementation, abi.encodeCall(GroupMessages.initialize, (admin))));
    }
}
