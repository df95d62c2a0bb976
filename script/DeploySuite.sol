// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Automation} from "../contracts/Automation.sol";
import {GroupMessages} from "../contracts/GroupMessages.sol";
import {IdentityUpdates} from "../contracts/IdentityUpdates.sol";
import {MisbehaviorReports} from "../contracts/MisbehaviorReports.sol";
import {NodeEarningsTracker} from "../contracts/NodeEarningsTracker.sol";
import {NodeSelectionManager} from "../contracts/NodeSelectionManager.sol";
import {Nodes} from "../contracts/Nodes.sol";
import {Payers} from "../contracts/Payers.sol";
import {RewardDistributor} from "../contracts/RewardDistributor.sol";
import {XMTPTreasury} from "../contracts/XMTPTreasury.sol";
import {MockUSDC} from "../contracts/mocks/MockUSDC.sol";
import {MockXMTP} from "../contracts/mocks/MockXMTP.sol";
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

    /// @notice The tokens the suite uses.
    struct Tokens {
        address usdc;
        address xmtp;
    }

    /// @notice Every contract of the suite.
    struct Suite {
        Deployment identityUpdates;
        Deployment groupMessages;
        Deployment nodes;
        Deployment payers;
        Deployment nodeSelectionManager;
        Deployment treasury;
        Deployment earningsTracker;
        Deployment rewardDistributor;
        Deployment misbehaviorReports;
        Deployment automation;
    }

    /// @notice The admin is the zero address.
    error ZeroAdmin();

    /// @notice A token address is zero.
    error ZeroToken();

    /**
     * @notice Deploys every contract behind its proxy, with governance roles granted to `admin`.
     * @param  admin  The governance account (the multisig on a real chain).
     * @param  tokens The fee token (USDC) and the XMTP token.
     */
    function deploy(address admin, Tokens memory tokens) internal returns (Suite memory suite) {
        if (admin == address(0)) revert ZeroAdmin();
        if (tokens.usdc == address(0) || tokens.xmtp == address(0)) revert ZeroToken();
        suite.identityUpdates =
            _deployProxy(address(new IdentityUpdates()), abi.encodeCall(IdentityUpdates.initialize, (admin)));
        suite.groupMessages =
            _deployProxy(address(new GroupMessages()), abi.encodeCall(GroupMessages.initialize, (admin)));
        suite.nodes = _deployProxy(address(new Nodes()), abi.encodeCall(Nodes.initialize, (admin)));
        suite.payers = _deployProxy(
            address(new Payers()), abi.encodeCall(Payers.initialize, (admin, tokens.usdc, suite.nodes.proxy))
        );
        // Governance then wires `Nodes.setSelectionManager(nodeSelectionManager)` so that disabled nodes lose their
        // seats: an admin call, which the deployer cannot make for a separate admin.
        suite.nodeSelectionManager = _deployProxy(
            address(new NodeSelectionManager()),
            abi.encodeCall(NodeSelectionManager.initialize, (admin, suite.nodes.proxy, tokens.xmtp))
        );
        suite.treasury = _deployProxy(
            address(new XMTPTreasury()), abi.encodeCall(XMTPTreasury.initialize, (admin, tokens.usdc, tokens.xmtp))
        );
        suite.earningsTracker =
            _deployProxy(address(new NodeEarningsTracker()), abi.encodeCall(NodeEarningsTracker.initialize, (admin)));
        // The distributor's implementation holds the addresses it reads on every distribution as immutables.
        suite.rewardDistributor = _deployProxy(
            address(
                new RewardDistributor(
                    tokens.usdc,
                    suite.nodeSelectionManager.proxy,
                    suite.payers.proxy,
                    suite.nodes.proxy,
                    suite.earningsTracker.proxy,
                    suite.treasury.proxy
                )
            ),
            abi.encodeCall(RewardDistributor.initialize, (admin))
        );
        suite.misbehaviorReports = _deployProxy(
            address(new MisbehaviorReports(suite.nodes.proxy, suite.nodeSelectionManager.proxy, suite.treasury.proxy)),
            abi.encodeCall(MisbehaviorReports.initialize, (admin))
        );
        // Chainlink-Automation-compatible driver of the periodic steps; every step it calls is permissionless, so it
        // needs no wiring.
        suite.automation = _deployProxy(
            address(
                new Automation(
                    suite.nodeSelectionManager.proxy,
                    suite.payers.proxy,
                    suite.rewardDistributor.proxy,
                    suite.treasury.proxy
                )
            ),
            abi.encodeCall(Automation.initialize, (admin))
        );
    }

    /**
     * @notice The admin-only calls that connect the contracts. The caller must hold the admin role of each.
     *         - `Nodes` tells the selection manager when a node is disabled, so that it loses its seat at once.
     *         - `Payers` forwards settled fees to the reward distributor, and checks each usage report against the
     *           active set of its epoch.
     *         - The tracker takes writes from the distributor only; the treasury takes its excess rewards.
     *         - The selection manager reports every stake change to the treasury (staking rewards) and hands it slashed
     *           XMTP.
     *         - Misbehavior reports slash through the selection manager and reward reporters from the treasury.
     */
    function wire(Suite memory suite) internal {
        Nodes(suite.nodes.proxy).setSelectionManager(suite.nodeSelectionManager.proxy);
        Payers payers = Payers(suite.payers.proxy);
        payers.setFeeDistributor(suite.rewardDistributor.proxy);
        payers.setNodeSelectionManager(suite.nodeSelectionManager.proxy);
        NodeEarningsTracker(suite.earningsTracker.proxy).setDistributor(suite.rewardDistributor.proxy);
        XMTPTreasury treasury = XMTPTreasury(suite.treasury.proxy);
        treasury.grantRole(treasury.DISTRIBUTOR_ROLE(), suite.rewardDistributor.proxy);
        treasury.grantRole(treasury.STAKE_REPORTER_ROLE(), suite.nodeSelectionManager.proxy);
        treasury.grantRole(treasury.SLASHER_ROLE(), suite.nodeSelectionManager.proxy);
        treasury.grantRole(treasury.REWARDER_ROLE(), suite.misbehaviorReports.proxy);
        NodeSelectionManager selection = NodeSelectionManager(suite.nodeSelectionManager.proxy);
        selection.setTreasury(suite.treasury.proxy);
        selection.grantRole(selection.SLASHER_ROLE(), suite.misbehaviorReports.proxy);
    }

    /// @notice Deploys the mock USDC and XMTP tokens of local chains.
    function deployMockTokens() internal returns (Tokens memory tokens) {
        tokens.usdc = address(new MockUSDC());
        tokens.xmtp = address(new MockXMTP());
    }

    function _deployProxy(address implementation, bytes memory initializeCall) private returns (Deployment memory) {
        return
            Deployment({
                proxy: address(new ERC1967Proxy(implementation, initializeCall)), implementation: implementation
            });
    }
}
