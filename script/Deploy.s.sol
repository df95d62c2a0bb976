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
 *         role; defaults to the deployer), `USDC` and `XMTP_TOKEN` (the token addresses; required except on local
 *         chains, chain id 31337, where mock tokens are deployed instead), `DEPLOYMENTS_PATH` (where to write the record
 *         instead of `deployments/<chainId>.json`; it must lie under `deployments/`, the only folder forge may write).
 */
contract Deploy is Script {
    /// @notice The chain id of local development chains (anvil), where mock tokens are deployed.
    uint256 public constant LOCAL_CHAIN_ID = 31_337;

    /// @notice `PRIVATE_KEY` is not set or is zero.
    error MissingDeployerKey();

    /// @notice A token address is needed on this chain and its variable is not set.
    error MissingTokenAddress(string variable);

    /// @notice The deployment's output file, `deployments/<chainId>.json`.
    function deploymentsPath(uint256 chainId) public view returns (string memory) {
        return string.concat(vm.projectRoot(), "/deployments/", vm.toString(chainId), ".json");
    }

    /// @notice Deploys the suite with the key in `PRIVATE_KEY` and records it (see the contract's notice).
    function run() external returns (DeploySuite.Suite memory, DeploySuite.Tokens memory) {
        uint256 deployerKey = vm.envOr("PRIVATE_KEY", uint256(0));
        if (deployerKey == 0) revert MissingDeployerKey();
        address admin = vm.envOr("ADMIN", vm.addr(deployerKey));
        DeploySuite.Tokens memory tokens =
            DeploySuite.Tokens({usdc: vm.envOr("USDC", address(0)), xmtp: vm.envOr("XMTP_TOKEN", address(0))});
        return deploy(deployerKey, admin, tokens, vm.envOr("DEPLOYMENTS_PATH", deploymentsPath(block.chainid)));
    }

    /**
     * @notice Deploys the suite from `deployerKey`'s account with every governance role granted to `admin`, and writes
     *         the record to `outputPath`. On a local chain, zero token addresses are replaced by freshly deployed mocks.
     */
    function deploy(uint256 deployerKey, address admin, DeploySuite.Tokens memory tokens, string memory outputPath)
        public
        returns (DeploySuite.Suite memory suite, DeploySuite.Tokens memory)
    {
        if (deployerKey == 0) revert MissingDeployerKey();
        bool local = block.chainid == LOCAL_CHAIN_ID;
        if (!local && tokens.usdc == address(0)) revert MissingTokenAddress("USDC");
        if (!local && tokens.xmtp == address(0)) revert MissingTokenAddress("XMTP_TOKEN");

        vm.startBroadcast(deployerKey);
        if (local && (tokens.usdc == address(0) || tokens.xmtp == address(0))) {
            DeploySuite.Tokens memory mocks = DeploySuite.deployMockTokens();
            if (tokens.usdc == address(0)) tokens.usdc = mocks.usdc;
            if (tokens.xmtp == address(0)) tokens.xmtp = mocks.xmtp;
        }
        suite = DeploySuite.deploy(admin, tokens);
        // The admin's wiring, done here when the deployer is the admin (local chains, tests); otherwise governance
        // makes these calls itself.
        if (admin == vm.addr(deployerKey)) DeploySuite.wire(suite);
        vm.stopBroadcast();

        _write(suite, tokens, outputPath);
        return (suite, tokens);
    }

    function _write(DeploySuite.Suite memory suite, DeploySuite.Tokens memory tokens, string memory outputPath)
        internal
    {
        string memory contracts = "contracts";
        _serialize(contracts, "IdentityUpdates", suite.identityUpdates);
        _serialize(contracts, "GroupMessages", suite.groupMessages);
        _serialize(contracts, "Nodes", suite.nodes);
        _serialize(contracts, "Payers", suite.payers);
        _serialize(contracts, "NodeSelectionManager", suite.nodeSelectionManager);
        _serialize(contracts, "XMTPTreasury", suite.treasury);
        _serialize(contracts, "NodeEarningsTracker", suite.earningsTracker);
        _serialize(contracts, "RewardDistributor", suite.rewardDistributor);
        _serialize(contracts, "MisbehaviorReports", suite.misbehaviorReports);
        string memory contractsJson = _serialize(contracts, "Automation", suite.automation);

        string memory tokensKey = "tokens";
        vm.serializeAddress(tokensKey, "USDC", tokens.usdc);
        string memory tokensJson = vm.serializeAddress(tokensKey, "XMTP", tokens.xmtp);

        string memory root = "root";
        vm.serializeUint(root, "chainId", block.chainid);
        vm.serializeString(root, "tokens", tokensJson);
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
