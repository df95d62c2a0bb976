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

    /// @notice Deploys the suite with the key in `PRIVATE_KEY` and records it (see the contract's notice).
    function run() external returns (DeploySuite.Suite memory) {
        uint256 deployerKey = vm.envOr("PRIVATE_KEY", uint256(0));
        if (deployerKey == 0) revert MissingDeployerKey();
        address admin = vm.envOr("ADMIN", vm.addr(deployerKey));
        return deploy(deployerKey, admin, vm.envOr("DEPLOYMENTS_PATH", deploymentsPath(block.chainid)));
    }

    /**
     * @notice Deploys the suite from `deployerKey`'s account with every governance role granted to `admin`, and writes
     *         the record to `outputPath`.
     */
    function deploy(uint256 deployerKey, address admin, string memory outputPath)
        public
        returns (DeploySuite.Suite memory suite)
    {
        if (deployerKey == 0) revert MissingDeployerKey();
        vm.startBroadcast(deployerKey);
        suite = DeploySuite.deploy(admin);
        vm.stopBroadcast();

        _write(suite, outputPath);
    }

    function _write(DeploySuite.Suite memory suite, string memory outputPath) internal {
        string memory contracts = "contracts";
        _serialize(contracts, "IdentityUpdates", suite.identityUpdates);
        string memory contractsJson = _serialize(contracts, "GroupMessages", suite.groupMessages);

        string memory root = "root";
        vm.serializeUint(root, "chainId", block.chainid);
        string memory json = vm.serializeString(root, "contracts", contractsJson);
        vm.writeJson(json, outputPath);
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
