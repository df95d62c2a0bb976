// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {MisbehaviorReports} from "../../contracts/MisbehaviorReports.sol";
import {Nodes} from "../../contracts/Nodes.sol";
import {RewardDistributor} from "../../contracts/RewardDistributor.sol";
import {Deploy} from "../../script/Deploy.s.sol";
import {DeploySuite} from "../../script/DeploySuite.sol";
import {Upgrade} from "../../script/Upgrade.s.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";
import {ERC1967Utils} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Utils.sol";
import {Test} from "forge-std/Test.sol";

contract UpgradeScriptTest is Test {
    uint256 internal constant DEPLOYER_KEY = 0xA11CE;
    uint256 internal constant IMPLEMENTATION_DEPLOYER_KEY = 0xB0B;

    Upgrade internal script;
    DeploySuite.Suite internal suite;
    DeploySuite.Tokens internal tokens;
    string internal recordPath;
    string internal outputPath;

    function setUp() public {
        script = new Upgrade();
    }

    /// @dev Deploys the suite (the deployer as admin) and records it in files named after `test`: tests run in parallel.
    function _deploySuite(string memory test) internal {
        string memory dir = string.concat(vm.projectRoot(), "/deployments/tmp/");
        vm.createDir(dir, true);
        string memory prefix = string.concat(dir, "upgrade-script-test-", test);
        recordPath = string.concat(prefix, "-record.json");
        outputPath = string.concat(prefix, "-output.json");
        address deployer = vm.addr(DEPLOYER_KEY);
        DeploySuite.Roles memory roles = DeploySuite.Roles({admin: deployer, pauser: deployer, nodeManager: deployer});
        (suite, tokens,) = new Deploy()
            .deploy(DEPLOYER_KEY, roles, 0, _noTokens(), DeploySuite.Params({variableCostPerMessage: 0}), recordPath);
    }

    function test_deployImplementation_deploysEveryContractForItsProxy() public {
        _deploySuite("deployImplementation_deploysEveryContractForItsProxy");
        string[] memory names = DeploySuite.names();
        string memory record = vm.readFile(recordPath);
        for (uint256 i; i < names.length; ++i) {
            string memory key = string.concat(".contracts.", names[i]);
            address proxy = vm.parseJsonAddress(record, string.concat(key, ".proxy"));
            address previous = vm.parseJsonAddress(record, string.concat(key, ".implementation"));

            (address recordedProxy, address implementation) =
                script.deployImplementation(IMPLEMENTATION_DEPLOYER_KEY, names[i], recordPath, outputPath);

            assertEq(recordedProxy, proxy, names[i]);
            assertGt(implementation.code.length, 0, names[i]);
            assertNotEq(implementation, previous, names[i]);
            string memory output = vm.readFile(outputPath);
            assertEq(vm.parseJsonString(output, ".contract"), names[i]);
            assertEq(vm.parseJsonAddress(output, ".proxy"), proxy);
            assertEq(vm.parseJsonAddress(output, ".implementation"), implementation);
            // The admin can upgrade to it; the script itself upgraded nothing.
            assertEq(_implementationOf(proxy), previous, names[i]);
            vm.prank(vm.addr(DEPLOYER_KEY));
            UUPSUpgradeable(proxy).upgradeToAndCall(implementation, "");
            assertEq(_implementationOf(proxy), implementation, names[i]);
        }
        vm.removeFile(outputPath);
        vm.removeFile(recordPath);
        // The immutables of the new implementations are the record's addresses.
        RewardDistributor distributor = RewardDistributor(suite.rewardDistributor.proxy);
        assertEq(distributor.usdc(), tokens.usdc);
        assertEq(distributor.treasury(), suite.treasury.proxy);
        assertEq(MisbehaviorReports(suite.misbehaviorReports.proxy).selection(), suite.nodeSelectionManager.proxy);
        // State survived: the wiring the deploy script made.
        assertEq(Nodes(suite.nodes.proxy).selectionManager(), suite.nodeSelectionManager.proxy);
    }

    function test_deployImplementation_revertsWithoutDeployerKey() public {
        _deploySuite("deployImplementation_revertsWithoutDeployerKey");
        vm.expectRevert(Upgrade.MissingDeployerKey.selector);
        script.deployImplementation(0, "Nodes", recordPath, outputPath);
        vm.removeFile(recordPath);
    }

    function test_deployImplementation_revertsForAnUnknownContract() public {
        _deploySuite("deployImplementation_revertsForAnUnknownContract");
        vm.expectRevert(abi.encodeWithSelector(Upgrade.UnknownContract.selector, "MockUSDC"));
        script.deployImplementation(IMPLEMENTATION_DEPLOYER_KEY, "MockUSDC", recordPath, outputPath);
        vm.removeFile(recordPath);
    }

    function test_deployImplementation_revertsWhenTheRecordDisagreesWithTheProxy() public {
        _deploySuite("deployImplementation_revertsWhenTheRecordDisagreesWithTheProxy");
        address otherUsdc = makeAddr("otherUsdc");
        string memory path = _record(otherUsdc, suite.rewardDistributor.proxy);
        vm.expectRevert(
            abi.encodeWithSelector(
                Upgrade.ConstructorArgumentMismatch.selector, "RewardDistributor", "usdc", otherUsdc, tokens.usdc
            )
        );
        script.deployImplementation(IMPLEMENTATION_DEPLOYER_KEY, "RewardDistributor", path, outputPath);
        vm.removeFile(path);
        vm.removeFile(recordPath);
    }

    function test_deployImplementation_revertsWhenTheProxyHasNoCode() public {
        _deploySuite("deployImplementation_revertsWhenTheProxyHasNoCode");
        address nowhere = makeAddr("nowhere");
        string memory path = _record(tokens.usdc, nowhere);
        vm.expectRevert(abi.encodeWithSelector(Upgrade.NoCodeAtProxy.selector, "RewardDistributor", nowhere));
        script.deployImplementation(IMPLEMENTATION_DEPLOYER_KEY, "RewardDistributor", path, outputPath);
        vm.removeFile(path);
        vm.removeFile(recordPath);
    }

    function test_deployImplementation_revertsWhenTheRecordLacksTheContract() public {
        _deploySuite("deployImplementation_revertsWhenTheRecordLacksTheContract");
        string memory path = string.concat(recordPath, ".empty.json");
        vm.writeFile(path, '{"chainId": 31337, "contracts": {}}');
        vm.expectRevert(abi.encodeWithSelector(Upgrade.MissingRecordEntry.selector, ".contracts.Nodes.proxy"));
        script.deployImplementation(IMPLEMENTATION_DEPLOYER_KEY, "Nodes", path, outputPath);
        vm.removeFile(path);
        vm.removeFile(recordPath);
    }

    function test_isUpgradeable_namesTheSuiteOnly() public view {
        assertTrue(script.isUpgradeable("RewardDistributor"));
        assertTrue(script.isUpgradeable("Automation"));
        assertFalse(script.isUpgradeable("MockUSDC"));
        assertFalse(script.isUpgradeable("rewarddistributor"));
    }

    /// @dev A record whose USDC is `usdc` and whose RewardDistributor proxy is `distributor`, the rest as deployed.
    function _record(address usdc, address distributor) internal returns (string memory path) {
        path = string.concat(recordPath, ".modified.json");
        string memory json = vm.readFile(recordPath);
        // Object keys of this test's own: serialized objects persist across calls, the deploy script's included.
        string memory contracts = "modifiedContracts";
        string[5] memory others = ["NodeSelectionManager", "Payers", "Nodes", "NodeEarningsTracker", "XMTPTreasury"];
        for (uint256 i; i < others.length; ++i) {
            address proxy = vm.parseJsonAddress(json, string.concat(".contracts.", others[i], ".proxy"));
            vm.serializeString(
                contracts, others[i], vm.serializeAddress(string.concat("modified", others[i]), "proxy", proxy)
            );
        }
        string memory distributorJson = vm.serializeAddress("modifiedDistributor", "proxy", distributor);
        string memory contractsJson = vm.serializeString(contracts, "RewardDistributor", distributorJson);
        string memory tokensJson = vm.serializeAddress("modifiedTokens", "USDC", usdc);
        vm.serializeString("modifiedRoot", "tokens", tokensJson);
        vm.writeJson(vm.serializeString("modifiedRoot", "contracts", contractsJson), path);
    }

    function _implementationOf(address proxy) internal view returns (address) {
        return address(uint160(uint256(vm.load(proxy, ERC1967Utils.IMPLEMENTATION_SLOT))));
    }

    function _noTokens() internal pure returns (DeploySuite.Tokens memory) {
        return DeploySuite.Tokens({usdc: address(0), xmtp: address(0)});
    }
}
