// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {DeploySuite} from "./DeploySuite.sol";
import {Script} from "forge-std/Script.sol";

/**
 * @title  Deploy
 * @notice Deploys the suite and writes `deployments/<chainId>.json`.
 *
 *         PRIVATE_KEY=0x… forge script script/Deploy.s.sol:Deploy --rpc-url URL --broadcast
 *
 *         Environment: `PRIVATE_KEY` (the deployer, required), `ADMIN` (the governance account that receives every
 *         role; defaults to the deployer), `DEPLOYMENTS_PATH` (where to write the record instead of
 *         `deployments/<chainId>.json`; it must lie under `deployments/`, the only folder forge may write).
 */
contract Deploy is Script {
    /// @notice `PRIVATE_KEY` is not set or is zero.
    error MissingDeployerKey();

    /// @notice The deployment's output file, `deployments/<chainId>.json`.
    function deploymentsPath(uint256 chainId) public view returns (string memory) {
        return string.concat(vm.projectRoot(), "/deployments/", vm.toString(chainId), ".json");
    }

    /// @notice Deploys the suite with the key in `PRIVATE_KEY` and records it.
    function run() external returns (DeploySuite.Suite memory suite) {
        uint256 deployerKey = vm.envOr("PRIVATE_KEY", uint256(0));
        if (deployerKey == 0) revert MissingDeployerKey();
        address deployer = vm.addr(deployerKey);
        address admin = vm.envOr("ADMIN", deployer);

        vm.startBroadcast(deployerKey);
        suite = DeploySuite.deploy(admin);
        vm.stopBroadcast();

        _write(suite);
    }

    function _write(DeploySuite.Suite memory suite) internal {
        string memory contracts = "contracts";
        _serialize(contracts, "IdentityUpdates", suite.identityUpdates);
        string memory contractsJson = _serialize(contracts, "GroupMessages", suite.groupMessages);

        string memory root = "root";
        vm.serializeUint(root, "chainId", block.chainid);
        string memory json = vm.serializeString(root, "contracts", contractsJson);
        vm.writeJson(json, vm.envOr("DEPLOYMENTS_PATH", deploymentsPath(block.chainid)));
    }

    function _serialize(string memory objectKey, string memory name, DeploySuite.Deployment memory d)
        internal
        returns (string memory)
    {
        vm.serializeAddress(name, "proxy", d.proxy);
        string memory entry = vm.serializeAddress(name, "implementation", d.implementation);
        return vm.serializeString(objectKey, name, entry);
    }
}
