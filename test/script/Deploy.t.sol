// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Automation} from "../../contracts/Automation.sol";
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
import {ERC1967Utils} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Utils.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {Test} from "forge-std/Test.sol";

contract DeployScriptTest is Test {
    uint256 internal constant DEPLOYER_KEY = 0xA11CE;

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

        (DeploySuite.Suite memory suite, DeploySuite.Tokens memory tokens) =
            script.deploy(DEPLOYER_KEY, governance, _noTokens(), outputPath);

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
        _assertRecordedContracts(json);
        // A separate admin wires the contracts itself: the deployer cannot.
        assertEq(Nodes(suite.nodes.proxy).selectionManager(), address(0));
        assertEq(tracker.distributor(), address(0));
    }

    function test_deploy_wiresTheSuiteWhenTheDeployerIsTheAdmin() public {
        // Its own file: tests run in parallel, and the other deploying tests use theirs.
        string memory path = string.concat(outputPath, ".wired.json");
        (DeploySuite.Suite memory suite,) = script.deploy(DEPLOYER_KEY, vm.addr(DEPLOYER_KEY), _noTokens(), path);
        vm.removeFile(path);
        assertEq(Nodes(suite.nodes.proxy).selectionManager(), suite.nodeSelectionManager.proxy);
        assertEq(Payers(suite.payers.proxy).feeDistributor(), suite.rewardDistributor.proxy);
        assertEq(Payers(suite.payers.proxy).nodeSelectionManager(), suite.nodeSelectionManager.proxy);
        assertEq(NodeEarningsTracker(suite.earningsTracker.proxy).distributor(), suite.rewardDistributor.proxy);
        XMTPTreasury treasury = XMTPTreasury(suite.treasury.proxy);
        assertTrue(treasury.hasRole(treasury.DISTRIBUTOR_ROLE(), suite.rewardDistributor.proxy));
        assertTrue(treasury.hasRole(treasury.STAKE_REPORTER_ROLE(), suite.nodeSelectionManager.proxy));
        assertTrue(treasury.hasRole(treasury.SLASHER_ROLE(), suite.nodeSelectionManager.proxy));
        assertEq(NodeSelectionManager(suite.nodeSelectionManager.proxy).treasury(), suite.treasury.proxy);
        assertTrue(treasury.hasRole(treasury.REWARDER_ROLE(), suite.misbehaviorReports.proxy));
        NodeSelectionManager selection = NodeSelectionManager(suite.nodeSelectionManager.proxy);
        assertTrue(selection.hasRole(selection.SLASHER_ROLE(), suite.misbehaviorReports.proxy));
    }

    function test_deploy_automationHasNothingDueOnAFreshSuite() public {
        string memory path = string.concat(outputPath, ".automation.json");
        (DeploySuite.Suite memory suite,) = script.deploy(DEPLOYER_KEY, vm.addr(DEPLOYER_KEY), _noTokens(), path);
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
        script.deploy(0, makeAddr("governance"), _noTokens(), outputPath);
    }

    function test_deploy_revertsWhenAdminIsZero() public {
        vm.expectRevert(DeploySuite.ZeroAdmin.selector);
        script.deploy(DEPLOYER_KEY, address(0), _noTokens(), outputPath);
    }

    function test_deploy_usesGivenTokensWithoutMocks() public {
        DeploySuite.Tokens memory given = DeploySuite.Tokens({usdc: makeAddr("usdc"), xmtp: makeAddr("xmtp")});
        // Payers.initialize checks the fee token's decimals: the given USDC must answer like USDC.
        vm.mockCall(given.usdc, abi.encodeCall(IERC20Metadata.decimals, ()), abi.encode(uint8(6)));
        // Its own file: tests run in parallel, and the other deploying test reads `outputPath` back.
        string memory path = string.concat(outputPath, ".given-tokens.json");
        (, DeploySuite.Tokens memory used) = script.deploy(DEPLOYER_KEY, makeAddr("governance"), given, path);
        vm.removeFile(path);
        assertEq(used.usdc, given.usdc);
        assertEq(used.xmtp, given.xmtp);
    }

    function test_deploy_revertsWithoutTokensOffLocalChains() public {
        vm.chainId(8453);
        vm.expectRevert(abi.encodeWithSelector(Deploy.MissingTokenAddress.selector, "USDC"));
        script.deploy(DEPLOYER_KEY, makeAddr("governance"), _noTokens(), outputPath);
    }

    function _noTokens() internal pure returns (DeploySuite.Tokens memory) {
        return DeploySuite.Tokens({usdc: address(0), xmtp: address(0)});
    }

    function test_deploymentsPath_isPerChain() public view {
        assertEq(script.deploymentsPath(8453), string.concat(vm.projectRoot(), "/deployments/8453.json"));
    }

    /// @dev The record names every contract of the suite, and nothing else.
    function _assertRecordedContracts(string memory json) internal pure {
        string[10] memory expected = [
            "IdentityUpdates",
            "GroupMessages",
            "Nodes",
            "Payers",
            "NodeSelectionManager",
            "XMTPTreasury",
            "NodeEarningsTracker",
            "RewardDistributor",
            "MisbehaviorReports",
            "Automation"
        ];
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
