// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Automation} from "../../contracts/Automation.sol";
import {Delegation} from "../../contracts/Delegation.sol";
import {GroupMessages} from "../../contracts/GroupMessages.sol";
import {IdentityUpdates} from "../../contracts/IdentityUpdates.sol";
import {MisbehaviorReports} from "../../contracts/MisbehaviorReports.sol";
import {NodeEarningsTracker} from "../../contracts/NodeEarningsTracker.sol";
import {NodeSelectionManager} from "../../contracts/NodeSelectionManager.sol";
import {Nodes} from "../../contracts/Nodes.sol";
import {Payers} from "../../contracts/Payers.sol";
import {RewardDistributor} from "../../contracts/RewardDistributor.sol";
import {XMTPTreasury} from "../../contracts/XMTPTreasury.sol";
import {MockUSDC} from "../../contracts/mocks/MockUSDC.sol";
import {Deploy} from "../../script/Deploy.s.sol";
import {DeploySuite} from "../../script/DeploySuite.sol";
import {IdentityUpdatesV2} from "../utils/upgrades/IdentityUpdatesV2.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IERC1967} from "@openzeppelin/contracts/interfaces/IERC1967.sol";
import {ERC1967Utils} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Utils.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts/proxy/utils/UUPSUpgradeable.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {Test} from "forge-std/Test.sol";
import {Vm} from "forge-std/Vm.sol";

contract DeployScriptTest is Test {
    uint256 internal constant DEPLOYER_KEY = 0xA11CE;
    uint256 internal constant TIMELOCK_DELAY = 2 days;

    /// @dev One role held by one account on one contract.
    struct Holding {
        address target;
        bytes32 role;
        address account;
    }

    Deploy internal script;
    string internal outputPath;

    function setUp() public {
        script = new Deploy();
        vm.createDir(string.concat(vm.projectRoot(), "/deployments/tmp"), true);
        outputPath = string.concat(
            vm.projectRoot(), "/deployments/tmp/deploy-script-test-", vm.toString(address(this)), ".json"
        );
    }

    function test_deploy_deploysInitializedProxiesAndWritesThem() public {
        address governance = makeAddr("governance");

        (DeploySuite.Suite memory suite, DeploySuite.Tokens memory tokens,) =
            script.deploy(DEPLOYER_KEY, _roles(governance), 0, _noTokens(), _noParams(), outputPath);

        _assertDeployed(suite.identityUpdates, governance);
        _assertDeployed(suite.groupMessages, governance);
        string memory json = vm.readFile(outputPath);
        vm.removeFile(outputPath);
        assertEq(vm.parseJsonUint(json, ".chainId"), block.chainid);
        assertEq(vm.parseJsonAddress(json, ".contracts.IdentityUpdates.proxy"), suite.identityUpdates.proxy);
        assertEq(
            vm.parseJsonAddress(json, ".contracts.IdentityUpdates.implementation"), suite.identityUpdates.implementation
        );
        assertEq(vm.parseJsonAddress(json, ".contracts.GroupMessages.proxy"), suite.groupMessages.proxy);
        assertEq(vm.parseJsonAddress(json, ".contracts.Nodes.proxy"), suite.nodes.proxy);
        assertEq(vm.parseJsonAddress(json, ".contracts.Nodes.implementation"), suite.nodes.implementation);
        assertEq(vm.parseJsonAddress(json, ".contracts.Payers.proxy"), suite.payers.proxy);
        assertEq(vm.parseJsonAddress(json, ".contracts.Payers.implementation"), suite.payers.implementation);
        assertEq(vm.parseJsonAddress(json, ".contracts.NodeSelectionManager.proxy"), suite.nodeSelectionManager.proxy);
        assertEq(
            vm.parseJsonAddress(json, ".contracts.NodeSelectionManager.implementation"),
            suite.nodeSelectionManager.implementation
        );
        NodeSelectionManager selection = NodeSelectionManager(suite.nodeSelectionManager.proxy);
        assertTrue(selection.hasRole(selection.DEFAULT_ADMIN_ROLE(), governance));
        assertEq(selection.nodes(), suite.nodes.proxy);
        assertEq(selection.xmtpToken(), tokens.xmtp);
        address selectionImplementation =
            address(uint160(uint256(vm.load(suite.nodeSelectionManager.proxy, ERC1967Utils.IMPLEMENTATION_SLOT))));
        assertEq(selectionImplementation, suite.nodeSelectionManager.implementation);
        assertEq(vm.parseJsonAddress(json, ".tokens.USDC"), tokens.usdc);
        assertEq(vm.parseJsonAddress(json, ".tokens.XMTP"), tokens.xmtp);
        assertEq(MockUSDC(tokens.usdc).decimals(), 6);
        assertEq(
            vm.parseJsonAddress(json, ".contracts.GroupMessages.implementation"), suite.groupMessages.implementation
        );
        assertEq(vm.parseJsonAddress(json, ".contracts.XMTPTreasury.proxy"), suite.treasury.proxy);
        assertEq(vm.parseJsonAddress(json, ".contracts.XMTPTreasury.implementation"), suite.treasury.implementation);
        XMTPTreasury treasury = XMTPTreasury(suite.treasury.proxy);
        assertTrue(treasury.hasRole(treasury.DEFAULT_ADMIN_ROLE(), governance));
        assertEq(vm.parseJsonAddress(json, ".contracts.NodeEarningsTracker.proxy"), suite.earningsTracker.proxy);
        assertEq(
            vm.parseJsonAddress(json, ".contracts.NodeEarningsTracker.implementation"),
            suite.earningsTracker.implementation
        );
        assertEq(vm.parseJsonAddress(json, ".contracts.RewardDistributor.proxy"), suite.rewardDistributor.proxy);
        assertEq(
            vm.parseJsonAddress(json, ".contracts.RewardDistributor.implementation"),
            suite.rewardDistributor.implementation
        );
        RewardDistributor distributor = RewardDistributor(suite.rewardDistributor.proxy);
        assertTrue(distributor.hasRole(distributor.DEFAULT_ADMIN_ROLE(), governance));
        assertTrue(distributor.hasRole(distributor.PAUSER_ROLE(), governance));
        assertEq(distributor.usdc(), tokens.usdc);
        assertEq(distributor.selection(), suite.nodeSelectionManager.proxy);
        assertEq(distributor.payers(), suite.payers.proxy);
        assertEq(distributor.nodes(), suite.nodes.proxy);
        assertEq(distributor.tracker(), suite.earningsTracker.proxy);
        assertEq(distributor.treasury(), suite.treasury.proxy);
        NodeEarningsTracker tracker = NodeEarningsTracker(suite.earningsTracker.proxy);
        assertTrue(tracker.hasRole(tracker.DEFAULT_ADMIN_ROLE(), governance));
        assertEq(vm.parseJsonAddress(json, ".contracts.MisbehaviorReports.proxy"), suite.misbehaviorReports.proxy);
        MisbehaviorReports reports = MisbehaviorReports(suite.misbehaviorReports.proxy);
        assertTrue(reports.hasRole(reports.DEFAULT_ADMIN_ROLE(), governance));
        assertEq(reports.nodes(), suite.nodes.proxy);
        assertEq(reports.selection(), suite.nodeSelectionManager.proxy);
        assertEq(reports.treasury(), suite.treasury.proxy);
        assertEq(vm.parseJsonAddress(json, ".contracts.Automation.proxy"), suite.automation.proxy);
        assertEq(vm.parseJsonAddress(json, ".contracts.Automation.implementation"), suite.automation.implementation);
        assertGt(suite.automation.proxy.code.length, 0, "Automation proxy has code");
        assertGt(suite.automation.implementation.code.length, 0, "Automation implementation has code");
        address automationImplementation =
            address(uint160(uint256(vm.load(suite.automation.proxy, ERC1967Utils.IMPLEMENTATION_SLOT))));
        assertEq(automationImplementation, suite.automation.implementation, "Automation proxy points at it");
        Automation automation = Automation(suite.automation.proxy);
        assertTrue(automation.hasRole(automation.DEFAULT_ADMIN_ROLE(), governance));
        assertFalse(automation.hasRole(automation.DEFAULT_ADMIN_ROLE(), vm.addr(DEPLOYER_KEY)));
        assertEq(automation.selection(), suite.nodeSelectionManager.proxy);
        assertEq(automation.payers(), suite.payers.proxy);
        assertEq(automation.distributor(), suite.rewardDistributor.proxy);
        assertEq(automation.treasury(), suite.treasury.proxy);
        assertEq(automation.payoutBatchSize(), automation.DEFAULT_PAYOUT_BATCH_SIZE());
        _assertRecordedContracts(json, false);
        // The deployer wired the suite before handing it over.
        _assertWired(suite);
    }

    function test_deploy_wiresTheSuiteWhenTheDeployerIsTheAdmin() public {
        // Its own file: tests run in parallel, and the other deploying tests use theirs.
        string memory path = string.concat(outputPath, ".wired.json");
        address deployer = vm.addr(DEPLOYER_KEY);
        vm.recordLogs();
        (DeploySuite.Suite memory suite,,) =
            script.deploy(DEPLOYER_KEY, _roles(deployer), 0, _noTokens(), _noParams(), path);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        vm.removeFile(path);
        _assertWired(suite);
        // A local chain's deployer keeps every governance role, and nothing was granted or renounced after wiring.
        _assertHoldings(logs, _expectedHoldings(suite, DeploySuite.Roles(deployer, deployer, deployer), address(0)));
        assertEq(NodeSelectionManager(suite.nodeSelectionManager.proxy).slashRecipient(), deployer);
    }

    function test_deploy_handsEachRoleToItsHolderAndKeepsNone() public {
        string memory path = string.concat(outputPath, ".roles.json");
        DeploySuite.Roles memory roles = DeploySuite.Roles({
            admin: makeAddr("governance"), pauser: makeAddr("pauser"), nodeManager: makeAddr("node manager")
        });
        vm.recordLogs();
        (DeploySuite.Suite memory suite,, address timelock) =
            script.deploy(DEPLOYER_KEY, roles, 0, _noTokens(), _noParams(), path);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        string memory json = vm.readFile(path);
        vm.removeFile(path);

        assertEq(timelock, address(0), "no timelock unless asked");
        _assertHoldings(logs, _expectedHoldings(suite, roles, address(0)));
        _assertHoldsNothing(suite, vm.addr(DEPLOYER_KEY));
        // The slash recipient `initialize` gave the deployer follows the admin role.
        assertEq(NodeSelectionManager(suite.nodeSelectionManager.proxy).slashRecipient(), roles.admin);
        _assertWired(suite);
        _assertRecordedContracts(json, false);
        // Each holder can do its job, and only its job.
        IdentityUpdates broadcaster = IdentityUpdates(suite.identityUpdates.proxy);
        vm.prank(roles.pauser);
        broadcaster.pause();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, roles.pauser, broadcaster.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(roles.pauser);
        broadcaster.unpause();
        vm.prank(roles.admin);
        broadcaster.unpause();
        Nodes nodes = Nodes(suite.nodes.proxy);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, roles.admin, nodes.NODE_MANAGER_ROLE()
            )
        );
        vm.prank(roles.admin);
        nodes.disableNode(100);
    }

    function test_deploy_makesATimelockTheAdmin() public {
        string memory path = string.concat(outputPath, ".timelock.json");
        DeploySuite.Roles memory roles = DeploySuite.Roles({
            admin: makeAddr("governance"), pauser: makeAddr("pauser"), nodeManager: makeAddr("node manager")
        });
        vm.recordLogs();
        (DeploySuite.Suite memory suite,, address timelock) =
            script.deploy(DEPLOYER_KEY, roles, TIMELOCK_DELAY, _noTokens(), _noParams(), path);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        string memory json = vm.readFile(path);
        vm.removeFile(path);

        assertGt(timelock.code.length, 0, "timelock deployed");
        TimelockController controller = TimelockController(payable(timelock));
        assertEq(controller.getMinDelay(), TIMELOCK_DELAY);
        // The timelock holds the admin role everywhere, ADMIN none: ADMIN proposes, cancels and executes through it.
        _assertHoldings(logs, _expectedHoldings(suite, roles, timelock));
        _assertHoldsNothing(suite, vm.addr(DEPLOYER_KEY));
        assertEq(NodeSelectionManager(suite.nodeSelectionManager.proxy).slashRecipient(), timelock);
        _assertWired(suite);
        assertEq(vm.parseJsonAddress(json, ".contracts.TimelockController.proxy"), timelock);
        assertEq(vm.parseJsonAddress(json, ".contracts.TimelockController.implementation"), timelock);
        _assertRecordedContracts(json, true);
    }

    function test_deploy_timelockUpgradesOnlyAfterTheDelay() public {
        string memory path = string.concat(outputPath, ".timelock-upgrade.json");
        address governance = makeAddr("governance");
        (DeploySuite.Suite memory suite,, address timelock) =
            script.deploy(DEPLOYER_KEY, _roles(governance), TIMELOCK_DELAY, _noTokens(), _noParams(), path);
        vm.removeFile(path);
        TimelockController controller = TimelockController(payable(timelock));
        address proxy = suite.identityUpdates.proxy;
        address v2 = address(new IdentityUpdatesV2());
        bytes memory upgrade = abi.encodeCall(UUPSUpgradeable.upgradeToAndCall, (v2, ""));
        bytes32 salt = keccak256("upgrade IdentityUpdates");
        bytes32 id = controller.hashOperation(proxy, 0, upgrade, bytes32(0), salt);

        // ADMIN no longer upgrades directly.
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, governance, bytes32(0))
        );
        vm.prank(governance);
        UUPSUpgradeable(proxy).upgradeToAndCall(v2, "");
        // Nobody else schedules, and nothing is scheduled with less than the delay.
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, address(this), controller.PROPOSER_ROLE()
            )
        );
        controller.schedule(proxy, 0, upgrade, bytes32(0), salt, TIMELOCK_DELAY);
        vm.expectRevert(
            abi.encodeWithSelector(
                TimelockController.TimelockInsufficientDelay.selector, TIMELOCK_DELAY - 1, TIMELOCK_DELAY
            )
        );
        vm.prank(governance);
        controller.schedule(proxy, 0, upgrade, bytes32(0), salt, TIMELOCK_DELAY - 1);

        vm.prank(governance);
        controller.schedule(proxy, 0, upgrade, bytes32(0), salt, TIMELOCK_DELAY);
        // Not before the delay has passed.
        vm.warp(vm.getBlockTimestamp() + TIMELOCK_DELAY - 1);
        bytes32 ready = bytes32(2 ** uint256(TimelockController.OperationState.Ready));
        vm.expectRevert(abi.encodeWithSelector(TimelockController.TimelockUnexpectedOperationState.selector, id, ready));
        vm.prank(governance);
        controller.execute(proxy, 0, upgrade, bytes32(0), salt);

        vm.warp(vm.getBlockTimestamp() + 1);
        // Only ADMIN executes.
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, address(this), controller.EXECUTOR_ROLE()
            )
        );
        controller.execute(proxy, 0, upgrade, bytes32(0), salt);
        vm.expectEmit(proxy);
        emit IERC1967.Upgraded(v2);
        vm.prank(governance);
        controller.execute(proxy, 0, upgrade, bytes32(0), salt);

        assertEq(address(uint160(uint256(vm.load(proxy, ERC1967Utils.IMPLEMENTATION_SLOT)))), v2);
        assertEq(IdentityUpdatesV2(proxy).upgradeVersion(), 2);
        assertTrue(controller.isOperationDone(id));
    }

    function test_run_readsTheEnvironment() public {
        // The only test that sets these variables: they are the process's, shared by tests running in parallel.
        string memory path = string.concat(outputPath, ".env.json");
        address governance = makeAddr("governance");
        address pauser = makeAddr("pauser");
        address nodeManager = makeAddr("node manager");
        vm.setEnv("PRIVATE_KEY", vm.toString(bytes32(DEPLOYER_KEY)));
        vm.setEnv("ADMIN", vm.toString(governance));
        vm.setEnv("PAUSER", vm.toString(pauser));
        vm.setEnv("NODE_MANAGER", vm.toString(nodeManager));
        vm.setEnv("DEPLOYMENTS_PATH", path);
        vm.setEnv("TIMELOCK_DELAY", "0");
        vm.expectRevert(
            abi.encodeWithSelector(
                Deploy.TimelockDelayOutOfBounds.selector, 0, script.MIN_TIMELOCK_DELAY(), script.MAX_TIMELOCK_DELAY()
            )
        );
        script.run();

        vm.setEnv("TIMELOCK_DELAY", vm.toString(TIMELOCK_DELAY));
        vm.setEnv("VARIABLE_COST_PER_MESSAGE", "2000");
        (DeploySuite.Suite memory suite,, address timelock) = script.run();
        vm.setEnv("VARIABLE_COST_PER_MESSAGE", "0");
        string memory json = vm.readFile(path);
        vm.removeFile(path);
        assertEq(TimelockController(payable(timelock)).getMinDelay(), TIMELOCK_DELAY);
        assertEq(vm.parseJsonAddress(json, ".contracts.TimelockController.proxy"), timelock);
        assertEq(vm.parseJsonAddress(json, ".contracts.Nodes.proxy"), suite.nodes.proxy);
        Nodes nodes = Nodes(suite.nodes.proxy);
        assertTrue(nodes.hasRole(nodes.DEFAULT_ADMIN_ROLE(), timelock));
        assertFalse(nodes.hasRole(nodes.DEFAULT_ADMIN_ROLE(), governance));
        assertTrue(nodes.hasRole(nodes.NODE_MANAGER_ROLE(), nodeManager));
        Payers payers = Payers(suite.payers.proxy);
        assertTrue(payers.hasRole(payers.PAUSER_ROLE(), pauser));
        assertTrue(TimelockController(payable(timelock)).hasRole(keccak256("PROPOSER_ROLE"), governance));
        assertEq(RewardDistributor(suite.rewardDistributor.proxy).variableCostPerMessage(), 2000);
        _assertHoldsNothing(suite, vm.addr(DEPLOYER_KEY));
    }

    function test_deploy_automationHasNothingDueOnAFreshSuite() public {
        string memory path = string.concat(outputPath, ".automation.json");
        (DeploySuite.Suite memory suite,,) =
            script.deploy(DEPLOYER_KEY, _roles(vm.addr(DEPLOYER_KEY)), 0, _noTokens(), _noParams(), path);
        vm.removeFile(path);
        Automation automation = Automation(suite.automation.proxy);
        (bool needed, bytes memory performData) = automation.checkUpkeep("");
        assertFalse(needed);
        assertEq(performData, abi.encode(uint256(0)));
        // The first rotation falls due one epoch after deployment, with nothing else.
        vm.warp(NodeSelectionManager(suite.nodeSelectionManager.proxy).nextRotationAt());
        assertEq(automation.dueSteps(), automation.ROTATE_STEP());
    }

    function test_deploy_revertsWithoutDeployerKey() public {
        vm.expectRevert(Deploy.MissingDeployerKey.selector);
        script.deploy(0, _roles(makeAddr("governance")), 0, _noTokens(), _noParams(), outputPath);
    }

    function test_deploy_revertsWhenAdminIsZero() public {
        vm.expectRevert(DeploySuite.ZeroAdmin.selector);
        script.deploy(DEPLOYER_KEY, _roles(address(0)), 0, _noTokens(), _noParams(), outputPath);
    }

    function test_deploy_revertsWhenPauserIsZero() public {
        DeploySuite.Roles memory roles = _roles(makeAddr("governance"));
        roles.pauser = address(0);
        vm.expectRevert(DeploySuite.ZeroPauser.selector);
        script.deploy(DEPLOYER_KEY, roles, 0, _noTokens(), _noParams(), outputPath);
    }

    function test_deploy_revertsWhenNodeManagerIsZero() public {
        DeploySuite.Roles memory roles = _roles(makeAddr("governance"));
        roles.nodeManager = address(0);
        vm.expectRevert(DeploySuite.ZeroNodeManager.selector);
        script.deploy(DEPLOYER_KEY, roles, 0, _noTokens(), _noParams(), outputPath);
    }

    function test_deploy_revertsWhenTheTimelockDelayIsTooLong() public {
        uint256 delay = script.MAX_TIMELOCK_DELAY() + 1;
        vm.expectRevert(
            abi.encodeWithSelector(
                Deploy.TimelockDelayOutOfBounds.selector, delay, script.MIN_TIMELOCK_DELAY(), delay - 1
            )
        );
        script.deploy(DEPLOYER_KEY, _roles(makeAddr("governance")), delay, _noTokens(), _noParams(), outputPath);
    }

    function test_deploy_setsTheVariableCostPerMessage() public {
        string memory path = string.concat(outputPath, ".variable-cost.json");
        address governance = makeAddr("governance");
        (DeploySuite.Suite memory suite,,) = script.deploy(
            DEPLOYER_KEY, _roles(governance), 0, _noTokens(), DeploySuite.Params({variableCostPerMessage: 2000}), path
        );
        vm.removeFile(path);
        RewardDistributor distributor = RewardDistributor(suite.rewardDistributor.proxy);
        assertEq(distributor.variableCostPerMessage(), 2000);
        // The script's bound is the distributor's.
        assertEq(script.MAX_VARIABLE_COST_PER_MESSAGE(), distributor.MAX_VARIABLE_COST_PER_MESSAGE());
        // Set by the deployer before the hand-over: it keeps no role.
        assertFalse(distributor.hasRole(distributor.DEFAULT_ADMIN_ROLE(), vm.addr(DEPLOYER_KEY)));
    }

    function test_deploy_revertsWhenTheVariableCostIsTooHigh() public {
        uint256 maximum = script.MAX_VARIABLE_COST_PER_MESSAGE();
        vm.expectRevert(abi.encodeWithSelector(Deploy.VariableCostOutOfBounds.selector, maximum + 1, maximum));
        script.deploy(
            DEPLOYER_KEY,
            _roles(makeAddr("governance")),
            0,
            _noTokens(),
            DeploySuite.Params({variableCostPerMessage: maximum + 1}),
            outputPath
        );
    }

    function test_deploy_usesGivenTokensWithoutMocks() public {
        DeploySuite.Tokens memory given = DeploySuite.Tokens({usdc: makeAddr("usdc"), xmtp: makeAddr("xmtp")});
        // Payers.initialize checks the fee token's decimals: the given USDC must answer like USDC.
        vm.mockCall(given.usdc, abi.encodeCall(IERC20Metadata.decimals, ()), abi.encode(uint8(6)));
        // Its own file: tests run in parallel, and the other deploying test reads `outputPath` back.
        string memory path = string.concat(outputPath, ".given-tokens.json");
        (, DeploySuite.Tokens memory used,) =
            script.deploy(DEPLOYER_KEY, _roles(makeAddr("governance")), 0, given, _noParams(), path);
        vm.removeFile(path);
        assertEq(used.usdc, given.usdc);
        assertEq(used.xmtp, given.xmtp);
    }

    function test_deploy_revertsWithoutTokensOffLocalChains() public {
        vm.chainId(8453);
        vm.expectRevert(abi.encodeWithSelector(Deploy.MissingTokenAddress.selector, "USDC"));
        script.deploy(DEPLOYER_KEY, _roles(makeAddr("governance")), 0, _noTokens(), _noParams(), outputPath);
    }

    function _roles(address admin) internal pure returns (DeploySuite.Roles memory) {
        return DeploySuite.Roles({admin: admin, pauser: admin, nodeManager: admin});
    }

    function _noParams() internal pure returns (DeploySuite.Params memory) {
        return DeploySuite.Params({variableCostPerMessage: 0});
    }

    function _noTokens() internal pure returns (DeploySuite.Tokens memory) {
        return DeploySuite.Tokens({usdc: address(0), xmtp: address(0)});
    }

    function test_deploymentsPath_isPerChain() public view {
        assertEq(script.deploymentsPath(8453), string.concat(vm.projectRoot(), "/deployments/8453.json"));
    }

    /// @dev The record names every contract of the suite (and the timelock when there is one), and nothing else.
    function _assertRecordedContracts(string memory json, bool withTimelock) internal pure {
        string[] memory suite = DeploySuite.names();
        string[] memory expected = new string[](withTimelock ? suite.length + 1 : suite.length);
        for (uint256 i; i < suite.length; ++i) {
            expected[i] = suite[i];
        }
        if (withTimelock) expected[suite.length] = "TimelockController";
        string[] memory recorded = vm.parseJsonKeys(json, ".contracts");
        assertEq(recorded.length, expected.length, "recorded contracts");
        for (uint256 i; i < expected.length; ++i) {
            bool found;
            for (uint256 j; j < recorded.length; ++j) {
                if (keccak256(bytes(recorded[j])) == keccak256(bytes(expected[i]))) found = true;
            }
            assertTrue(found, string.concat(expected[i], " is recorded"));
        }
    }

    /// @dev The admin-only calls of `DeploySuite.wire` were made.
    function _assertWired(DeploySuite.Suite memory suite) internal view {
        assertEq(Nodes(suite.nodes.proxy).selectionManager(), suite.nodeSelectionManager.proxy);
        assertEq(Payers(suite.payers.proxy).feeDistributor(), suite.rewardDistributor.proxy);
        assertEq(Payers(suite.payers.proxy).nodeSelectionManager(), suite.nodeSelectionManager.proxy);
        assertEq(NodeEarningsTracker(suite.earningsTracker.proxy).distributor(), suite.rewardDistributor.proxy);
        assertEq(NodeSelectionManager(suite.nodeSelectionManager.proxy).treasury(), suite.treasury.proxy);
        XMTPTreasury treasury = XMTPTreasury(suite.treasury.proxy);
        assertTrue(treasury.hasRole(treasury.DISTRIBUTOR_ROLE(), suite.rewardDistributor.proxy));
        assertTrue(treasury.hasRole(treasury.STAKE_REPORTER_ROLE(), suite.nodeSelectionManager.proxy));
        assertTrue(treasury.hasRole(treasury.SLASHER_ROLE(), suite.nodeSelectionManager.proxy));
        assertTrue(treasury.hasRole(treasury.REWARDER_ROLE(), suite.misbehaviorReports.proxy));
        NodeSelectionManager selection = NodeSelectionManager(suite.nodeSelectionManager.proxy);
        assertTrue(selection.hasRole(selection.SLASHER_ROLE(), suite.misbehaviorReports.proxy));
        assertEq(selection.delegation(), suite.delegation.proxy);
        assertEq(treasury.stakingRewardsPool(), suite.delegation.proxy);
        Delegation delegation = Delegation(suite.delegation.proxy);
        assertEq(delegation.selectionManager(), suite.nodeSelectionManager.proxy);
        assertEq(delegation.treasury(), suite.treasury.proxy);
    }

    /**
     * @dev Every role on every contract after deployment, as the README's role matrix gives it: the admin role on every
     *      contract (the timelock's when there is one), the pauser on the four pausable contracts, the node manager on
     *      Nodes, the wiring's roles, and the timelock's own (itself as admin, `roles.admin` proposer, canceller and
     *      executor).
     */
    function _expectedHoldings(DeploySuite.Suite memory suite, DeploySuite.Roles memory roles, address timelock)
        internal
        view
        returns (Holding[] memory expected)
    {
        address admin = timelock == address(0) ? roles.admin : timelock;
        address[11] memory all = [
            suite.identityUpdates.proxy,
            suite.groupMessages.proxy,
            suite.nodes.proxy,
            suite.payers.proxy,
            suite.nodeSelectionManager.proxy,
            suite.treasury.proxy,
            suite.earningsTracker.proxy,
            suite.rewardDistributor.proxy,
            suite.misbehaviorReports.proxy,
            suite.automation.proxy,
            suite.delegation.proxy
        ];
        expected = new Holding[](timelock == address(0) ? 21 : 25);
        uint256 n;
        for (uint256 i; i < all.length; ++i) {
            expected[n++] = Holding(all[i], bytes32(0), admin);
        }
        bytes32 pauser = keccak256("PAUSER_ROLE");
        expected[n++] = Holding(suite.identityUpdates.proxy, pauser, roles.pauser);
        expected[n++] = Holding(suite.groupMessages.proxy, pauser, roles.pauser);
        expected[n++] = Holding(suite.payers.proxy, pauser, roles.pauser);
        expected[n++] = Holding(suite.rewardDistributor.proxy, pauser, roles.pauser);
        expected[n++] = Holding(suite.nodes.proxy, keccak256("NODE_MANAGER_ROLE"), roles.nodeManager);
        expected[n++] =
            Holding(suite.nodeSelectionManager.proxy, keccak256("SLASHER_ROLE"), suite.misbehaviorReports.proxy);
        expected[n++] = Holding(suite.treasury.proxy, keccak256("DISTRIBUTOR_ROLE"), suite.rewardDistributor.proxy);
        expected[n++] =
            Holding(suite.treasury.proxy, keccak256("STAKE_REPORTER_ROLE"), suite.nodeSelectionManager.proxy);
        expected[n++] = Holding(suite.treasury.proxy, keccak256("SLASHER_ROLE"), suite.nodeSelectionManager.proxy);
        expected[n++] = Holding(suite.treasury.proxy, keccak256("REWARDER_ROLE"), suite.misbehaviorReports.proxy);
        if (timelock != address(0)) {
            TimelockController controller = TimelockController(payable(timelock));
            expected[n++] = Holding(timelock, bytes32(0), timelock);
            expected[n++] = Holding(timelock, controller.PROPOSER_ROLE(), roles.admin);
            expected[n++] = Holding(timelock, controller.CANCELLER_ROLE(), roles.admin);
            expected[n++] = Holding(timelock, controller.EXECUTOR_ROLE(), roles.admin);
        }
        assertEq(n, expected.length);
    }

    /**
     * @dev Replays every `RoleGranted` and `RoleRevoked` in `logs` into the roles held at the end, and checks they are
     *      exactly `expected` (none missing, none more), each confirmed by `hasRole`.
     */
    function _assertHoldings(Vm.Log[] memory logs, Holding[] memory expected) internal view {
        Holding[] memory held = new Holding[](logs.length);
        bool[] memory live = new bool[](logs.length);
        uint256 count;
        for (uint256 i; i < logs.length; ++i) {
            bytes32 topic = logs[i].topics[0];
            bool granted = topic == IAccessControl.RoleGranted.selector;
            if (!granted && topic != IAccessControl.RoleRevoked.selector) continue;
            Holding memory h = Holding(logs[i].emitter, logs[i].topics[1], address(uint160(uint256(logs[i].topics[2]))));
            uint256 at = _indexOf(held, count, h);
            if (at == count) held[count++] = h;
            live[at] = granted;
        }
        uint256 liveCount;
        for (uint256 i; i < count; ++i) {
            if (!live[i]) continue;
            ++liveCount;
            assertTrue(
                _indexOf(expected, expected.length, held[i]) < expected.length,
                string.concat(
                    "unexpected holder ",
                    vm.toString(held[i].account),
                    " of ",
                    vm.toString(held[i].role),
                    " on ",
                    vm.toString(held[i].target)
                )
            );
        }
        for (uint256 i; i < expected.length; ++i) {
            Holding memory e = expected[i];
            assertTrue(IAccessControl(e.target).hasRole(e.role, e.account), "expected holder");
        }
        assertEq(liveCount, expected.length, "roles held");
    }

    function _indexOf(Holding[] memory list, uint256 length, Holding memory h) internal pure returns (uint256) {
        for (uint256 i; i < length; ++i) {
            if (list[i].target == h.target && list[i].role == h.role && list[i].account == h.account) return i;
        }
        return length;
    }

    /// @dev `account` holds no role of any contract of the suite.
    function _assertHoldsNothing(DeploySuite.Suite memory suite, address account) internal view {
        bytes32[9] memory roles = [
            bytes32(0),
            keccak256("PAUSER_ROLE"),
            keccak256("NODE_MANAGER_ROLE"),
            keccak256("SLASHER_ROLE"),
            keccak256("DISTRIBUTOR_ROLE"),
            keccak256("STAKE_REPORTER_ROLE"),
            keccak256("BUYBACK_EXECUTOR_ROLE"),
            keccak256("REWARDER_ROLE"),
            keccak256("PROPOSER_ROLE")
        ];
        address[11] memory all = [
            suite.identityUpdates.proxy,
            suite.groupMessages.proxy,
            suite.nodes.proxy,
            suite.payers.proxy,
            suite.nodeSelectionManager.proxy,
            suite.treasury.proxy,
            suite.earningsTracker.proxy,
            suite.rewardDistributor.proxy,
            suite.misbehaviorReports.proxy,
            suite.automation.proxy,
            suite.delegation.proxy
        ];
        for (uint256 i; i < all.length; ++i) {
            for (uint256 j; j < roles.length; ++j) {
                assertFalse(IAccessControl(all[i]).hasRole(roles[j], account), "holds a role");
            }
        }
    }

    function _assertDeployed(DeploySuite.Deployment memory d, address admin) internal view {
        assertGt(d.proxy.code.length, 0, "proxy has code");
        address implementation = address(uint160(uint256(vm.load(d.proxy, ERC1967Utils.IMPLEMENTATION_SLOT))));
        assertEq(implementation, d.implementation, "proxy points at the implementation");
        IdentityUpdates broadcaster = IdentityUpdates(d.proxy);
        assertTrue(broadcaster.hasRole(broadcaster.DEFAULT_ADMIN_ROLE(), admin));
        assertTrue(broadcaster.hasRole(broadcaster.PAUSER_ROLE(), admin));
        assertEq(broadcaster.maxPayloadSize(), 256 * 1024);
        GroupMessages(d.proxy).lastSequenceId();
    }
}
