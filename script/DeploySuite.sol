// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Automation} from "../contracts/Automation.sol";
import {Delegation} from "../contracts/Delegation.sol";
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
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";

/**
 * @title  DeploySuite
 * @notice Builds the whole suite: each contract's implementation and its UUPS proxy, initialized in the proxy's
 *         constructor so that nobody can front-run `initialize`, then wires it and hands its roles to their holders.
 *         Shared by `Deploy.s.sol` and the tests' `BaseTest`, so that tests run against exactly what the deploy script
 *         ships.
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
        Deployment delegation;
    }

    /**
     * @notice Who holds the suite's governance roles once the deployer has handed them over (see `handOver`).
     * @param  admin       `DEFAULT_ADMIN_ROLE` on every contract: upgrades, parameters, unpausing, granting and revoking
     *                     roles (the governance multisig, or a `TimelockController` it drives).
     * @param  pauser      `PAUSER_ROLE` on IdentityUpdates, GroupMessages, Payers and RewardDistributor: pausing only
     *                     (a fast-response key).
     * @param  nodeManager `NODE_MANAGER_ROLE` on Nodes: adding nodes, rotating their keys, disabling, re-enabling and
     *                     moving them.
     */
    struct Roles {
        address admin;
        address pauser;
        address nodeManager;
    }

    /**
     * @notice The parameters the deploy script sets before handing the roles over (the contracts' defaults otherwise).
     * @param  variableCostPerMessage USDC units each message a node originates adds to its costs
     *                                (`RewardDistributor.setVariableCostPerMessage`); 0 leaves the default, zero.
     */
    struct Params {
        uint256 variableCostPerMessage;
    }

    /// @notice The admin is the zero address.
    error ZeroAdmin();

    /// @notice The pauser is the zero address.
    error ZeroPauser();

    /// @notice The node manager is the zero address.
    error ZeroNodeManager();

    /// @notice A token address is zero.
    error ZeroToken();

    /**
     * @notice Deploys every contract behind its proxy, with every governance role granted to `admin`.
     * @param  admin  The initial holder of every governance role: the deployer, which wires the suite and then hands the
     *                roles over (`wire`, `handOver`), or the governance account itself (tests).
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
        // `wire` then calls `Nodes.setSelectionManager(nodeSelectionManager)` so that disabled nodes lose their seats.
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
        // `wire` makes it the selection manager's pool reader and the treasury's staking-rewards pool.
        suite.delegation = _deployProxy(
            address(new Delegation()),
            abi.encodeCall(
                Delegation.initialize, (admin, suite.nodeSelectionManager.proxy, suite.treasury.proxy, tokens.xmtp)
            )
        );
    }

    /**
     * @notice The admin-only calls that connect the contracts. The caller must hold the admin role of each.
     *         - `Nodes` tells the selection manager when a node is disabled, so that it loses its seat at once, and
     *           reads from `Payers` the sequence ids a retired signing key's evidence may still name.
     *         - `Payers` forwards settled fees to the reward distributor, and checks each usage report against the
     *           active set of its epoch.
     *         - The tracker takes writes from the distributor only; the treasury takes its excess rewards.
     *         - The selection manager hands the treasury slashed XMTP, counts delegated pools through the delegation
     *           contract and reports every own-stake change there; the treasury hands it the staking rewards and pays
     *           its claims.
     *         - Misbehavior reports slash through the selection manager and reward reporters from the treasury.
     */
    function wire(Suite memory suite) internal {
        Nodes(suite.nodes.proxy).setSelectionManager(suite.nodeSelectionManager.proxy);
        Nodes(suite.nodes.proxy).setPayers(suite.payers.proxy);
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
        selection.setDelegation(suite.delegation.proxy);
        treasury.setStakingRewardsPool(suite.delegation.proxy);
    }

    /**
     * @notice Sets the deployment's parameters (see `Params`). The caller must hold the admin role of each contract
     *         called; a parameter left at its default costs no transaction. A price set here applies from the epoch
     *         after the current one, as any price change does, which is before the first epoch nodes serve in.
     */
    function configure(Suite memory suite, Params memory params) internal {
        if (params.variableCostPerMessage != 0) {
            RewardDistributor(suite.rewardDistributor.proxy).setVariableCostPerMessage(params.variableCostPerMessage);
        }
    }

    /**
     * @notice Hands the suite's governance roles from `deployer` to their holders: grants `roles.admin`
     *         `DEFAULT_ADMIN_ROLE` on every contract, `roles.pauser` `PAUSER_ROLE` on every pausable contract and
     *         `roles.nodeManager` `NODE_MANAGER_ROLE` on Nodes, makes `roles.admin` the selection manager's slash
     *         recipient in the deployer's place, then has `deployer` renounce each of these roles it holds and is not
     *         meant to keep, the admin role last. The caller must be `deployer`, holding every governance role (as
     *         `deploy(deployer, …)` leaves it). A holder that is the deployer keeps its role and costs no transaction,
     *         so a deployer that is also every holder (local chains) sends nothing.
     * @param  suite    The suite, as `deploy` returned it.
     * @param  roles    The final holders; none may be zero.
     * @param  deployer The account making the calls, which holds every governance role until now.
     */
    function handOver(Suite memory suite, Roles memory roles, address deployer) internal {
        checkRoles(roles);
        Deployment[] memory all = deployments(suite);
        bytes32 adminRole = Nodes(suite.nodes.proxy).DEFAULT_ADMIN_ROLE();
        address[4] memory pausable =
            [suite.identityUpdates.proxy, suite.groupMessages.proxy, suite.payers.proxy, suite.rewardDistributor.proxy];
        bytes32[4] memory pauserRoles = [
            IdentityUpdates(suite.identityUpdates.proxy).PAUSER_ROLE(),
            GroupMessages(suite.groupMessages.proxy).PAUSER_ROLE(),
            Payers(suite.payers.proxy).PAUSER_ROLE(),
            RewardDistributor(suite.rewardDistributor.proxy).PAUSER_ROLE()
        ];
        bytes32 nodeManagerRole = Nodes(suite.nodes.proxy).NODE_MANAGER_ROLE();

        // Every holder gets its role before the deployer gives up its own, so that no contract is ever left without.
        for (uint256 i; i < all.length; ++i) {
            _grant(all[i].proxy, adminRole, roles.admin);
        }
        for (uint256 i; i < pausable.length; ++i) {
            _grant(pausable[i], pauserRoles[i], roles.pauser);
        }
        _grant(suite.nodes.proxy, nodeManagerRole, roles.nodeManager);

        for (uint256 i; i < pausable.length; ++i) {
            _renounce(pausable[i], pauserRoles[i], deployer, roles.pauser);
        }
        _renounce(suite.nodes.proxy, nodeManagerRole, deployer, roles.nodeManager);
        // `initialize` made the first admin the selection manager's slash recipient (where slashed XMTP goes while no
        // treasury is set): it follows the admin role.
        NodeSelectionManager selection = NodeSelectionManager(suite.nodeSelectionManager.proxy);
        if (selection.slashRecipient() == deployer && roles.admin != deployer) {
            selection.setSlashRecipient(roles.admin);
        }
        for (uint256 i; i < all.length; ++i) {
            _renounce(all[i].proxy, adminRole, deployer, roles.admin);
        }
    }

    /// @notice Reverts with the matching error when a holder of `roles` is the zero address.
    function checkRoles(Roles memory roles) internal pure {
        if (roles.admin == address(0)) revert ZeroAdmin();
        if (roles.pauser == address(0)) revert ZeroPauser();
        if (roles.nodeManager == address(0)) revert ZeroNodeManager();
    }

    /**
     * @notice Deploys an OpenZeppelin `TimelockController` that `governance` drives: it alone proposes (and cancels)
     *         and executes, after at least `minDelay` seconds. The timelock administers itself (no admin account), so
     *         only an operation that went through the delay can change its delay or roles.
     * @param  minDelay   The least time between scheduling an operation and executing it, in seconds.
     * @param  governance The proposer, canceller and executor (the governance multisig).
     * @return timelock   The timelock's address; `handOver` with it as `roles.admin` makes it the suite's admin.
     */
    function deployTimelock(uint256 minDelay, address governance) internal returns (address timelock) {
        if (governance == address(0)) revert ZeroAdmin();
        address[] memory accounts = new address[](1);
        accounts[0] = governance;
        return address(new TimelockController(minDelay, accounts, accounts, address(0)));
    }

    /// @notice Deploys the mock USDC and XMTP tokens of local chains.
    function deployMockTokens() internal returns (Tokens memory tokens) {
        tokens.usdc = address(new MockUSDC());
        tokens.xmtp = address(new MockXMTP());
    }

    /**
     * @notice The suite's contracts by their deployment record's names (the record's `contracts` keys, the upgrade
     *         script's `CONTRACT`), in deployment order: the one list of them in Solidity, which the scripts and tests
     *         read. Every one is upgradeable (a UUPS proxy). The Makefile's `BIND_SELECT` binds these and the
     *         `mocks()`; `test/script/SuiteNames.t.sol` checks that it does.
     */
    function names() internal pure returns (string[] memory list) {
        string[11] memory fixedList = [
            "IdentityUpdates",
            "GroupMessages",
            "Nodes",
            "Payers",
            "NodeSelectionManager",
            "XMTPTreasury",
            "NodeEarningsTracker",
            "RewardDistributor",
            "MisbehaviorReports",
            "Automation",
            "Delegation"
        ];
        list = new string[](fixedList.length);
        for (uint256 i; i < fixedList.length; ++i) {
            list[i] = fixedList[i];
        }
    }

    /// @notice The mock contracts of local chains and tests, bound to Rust with the suite but never part of it.
    function mocks() internal pure returns (string[] memory list) {
        list = new string[](3);
        (list[0], list[1], list[2]) = ("MockUSDC", "MockXMTP", "MockSwapAdapter");
    }

    /// @notice Every deployment of `suite`, in the order of `names()`.
    function deployments(Suite memory suite) internal pure returns (Deployment[] memory list) {
        Deployment[11] memory fixedList = [
            suite.identityUpdates,
            suite.groupMessages,
            suite.nodes,
            suite.payers,
            suite.nodeSelectionManager,
            suite.treasury,
            suite.earningsTracker,
            suite.rewardDistributor,
            suite.misbehaviorReports,
            suite.automation,
            suite.delegation
        ];
        list = new Deployment[](fixedList.length);
        for (uint256 i; i < fixedList.length; ++i) {
            list[i] = fixedList[i];
        }
    }

    function _grant(address target, bytes32 role, address account) private {
        if (!IAccessControl(target).hasRole(role, account)) IAccessControl(target).grantRole(role, account);
    }

    function _renounce(address target, bytes32 role, address deployer, address holder) private {
        if (deployer != holder && IAccessControl(target).hasRole(role, deployer)) {
            IAccessControl(target).renounceRole(role, deployer);
        }
    }

    function _deployProxy(address implementation, bytes memory initializeCall) private returns (Deployment memory) {
        return
            Deployment({
                proxy: address(new ERC1967Proxy(implementation, initializeCall)), implementation: implementation
            });
    }
}
