// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {DeploySuite} from "./DeploySuite.sol";
import {Script} from "forge-std/Script.sol";

/**
 * @title  Deploy
 * @notice Deploys the suite, wires it, hands its roles to governance and writes `deployments/<chainId>.json`.
 *
 *         PRIVATE_KEY=0x… ADMIN=0xSafe… forge script script/Deploy.s.sol:Deploy --rpc-url URL --broadcast
 *
 *         The deployer deploys every contract as their first admin, makes the wiring calls (`DeploySuite.wire`), grants
 *         each governance role to its holder and renounces every role it holds (`DeploySuite.handOver`): unless it is
 *         a holder itself, the deployer key keeps nothing.
 *
 *         Environment: `PRIVATE_KEY` (the deployer, required); `ADMIN` (`DEFAULT_ADMIN_ROLE` on every contract:
 *         upgrades, parameters, unpausing, roles; defaults to the deployer); `PAUSER` (`PAUSER_ROLE` on every pausable
 *         contract; defaults to `ADMIN`); `NODE_MANAGER` (`NODE_MANAGER_ROLE` on Nodes; defaults to `ADMIN`);
 *         `TIMELOCK_DELAY` (seconds, optional: deploys a `TimelockController` with that minimum delay, `ADMIN` its only
 *         proposer and executor, and makes it the admin of every contract instead of `ADMIN`); `USDC` and
 *         `XMTP_TOKEN` (the token addresses; required except on local chains, chain id 31337, where mock tokens are
 *         deployed instead); `VARIABLE_COST_PER_MESSAGE` (USDC units, 6 decimals, that each message a node originates
 *         adds to its costs, `RewardDistributor.setVariableCostPerMessage`; default 0, at most
 *         `MAX_VARIABLE_COST_PER_MESSAGE`, 1 USDC); `DEPLOYMENTS_PATH` (where to write the record instead of
 *         `deployments/<chainId>.json`; it must lie under `deployments/`, the only folder forge may write).
 */
contract Deploy is Script {
    /// @notice The chain id of local development chains (anvil), where mock tokens are deployed.
    uint256 public constant LOCAL_CHAIN_ID = 31_337;

    /// @notice The shortest `TIMELOCK_DELAY` accepted, in seconds. Leave the variable unset for no timelock.
    uint256 public constant MIN_TIMELOCK_DELAY = 1;

    /// @notice The longest `TIMELOCK_DELAY` accepted, in seconds: a longer one (a value in milliseconds, say) would
    ///         lock governance out of every upgrade and parameter change, the timelock's own delay included.
    uint256 public constant MAX_TIMELOCK_DELAY = 30 days;

    /// @notice The highest `VARIABLE_COST_PER_MESSAGE` accepted: `RewardDistributor.MAX_VARIABLE_COST_PER_MESSAGE` (1
    ///         USDC), checked before anything is broadcast.
    uint256 public constant MAX_VARIABLE_COST_PER_MESSAGE = 1e6;

    /// @notice `PRIVATE_KEY` is not set or is zero.
    error MissingDeployerKey();

    /// @notice A token address is needed on this chain and its variable is not set.
    error MissingTokenAddress(string variable);

    /// @notice `TIMELOCK_DELAY` is set outside `[minDelay, maxDelay]`.
    error TimelockDelayOutOfBounds(uint256 delay, uint256 minDelay, uint256 maxDelay);

    /// @notice `VARIABLE_COST_PER_MESSAGE` is above the distributor's `MAX_VARIABLE_COST_PER_MESSAGE`.
    error VariableCostOutOfBounds(uint256 variableCostPerMessage, uint256 maximum);

    /// @notice The deployment's output file, `deployments/<chainId>.json`.
    function deploymentsPath(uint256 chainId) public view returns (string memory) {
        return string.concat(vm.projectRoot(), "/deployments/", vm.toString(chainId), ".json");
    }

    /**
     * @notice Deploys the suite with the key in `PRIVATE_KEY` and records it (see the contract's notice).
     * @return suite    The suite's proxies and implementations.
     * @return tokens   The tokens it uses.
     * @return timelock The `TimelockController` holding the admin role, or zero without `TIMELOCK_DELAY`.
     */
    function run()
        external
        returns (DeploySuite.Suite memory suite, DeploySuite.Tokens memory tokens, address timelock)
    {
        uint256 deployerKey = vm.envOr("PRIVATE_KEY", uint256(0));
        if (deployerKey == 0) revert MissingDeployerKey();
        address admin = vm.envOr("ADMIN", vm.addr(deployerKey));
        DeploySuite.Roles memory roles = DeploySuite.Roles({
            admin: admin, pauser: vm.envOr("PAUSER", admin), nodeManager: vm.envOr("NODE_MANAGER", admin)
        });
        uint256 timelockDelay;
        if (vm.envExists("TIMELOCK_DELAY")) {
            timelockDelay = vm.envUint("TIMELOCK_DELAY");
            // Zero means "no timelock" to `deploy`: a variable set to zero is a mistake, not a request for none.
            if (timelockDelay == 0) revert TimelockDelayOutOfBounds(0, MIN_TIMELOCK_DELAY, MAX_TIMELOCK_DELAY);
        }
        tokens = DeploySuite.Tokens({usdc: vm.envOr("USDC", address(0)), xmtp: vm.envOr("XMTP_TOKEN", address(0))});
        DeploySuite.Params memory params =
            DeploySuite.Params({variableCostPerMessage: vm.envOr("VARIABLE_COST_PER_MESSAGE", uint256(0))});
        return deploy(
            deployerKey,
            roles,
            timelockDelay,
            tokens,
            params,
            vm.envOr("DEPLOYMENTS_PATH", deploymentsPath(block.chainid))
        );
    }

    /**
     * @notice Deploys the suite from `deployerKey`'s account, wires it, hands the governance roles to `roles` and
     *         writes the record to `outputPath`. On a local chain, zero token addresses are replaced by freshly
     *         deployed mocks. Every input is checked before anything is sent.
     * @param  deployerKey   The deployer's private key.
     * @param  roles         The holders of the governance roles after deployment.
     * @param  timelockDelay Zero for none; otherwise a `TimelockController` with this minimum delay (seconds), driven by
     *                       `roles.admin`, becomes the admin of every contract in its place.
     * @param  tokens        The USDC and XMTP token addresses (zero for a mock, on local chains only).
     * @param  params        The parameters set at deployment, by the deployer before it hands the roles over.
     * @param  outputPath    Where to write the record.
     * @return suite         The suite's proxies and implementations.
     * @return               The tokens it uses.
     * @return timelock      The `TimelockController`, or zero.
     */
    function deploy(
        uint256 deployerKey,
        DeploySuite.Roles memory roles,
        uint256 timelockDelay,
        DeploySuite.Tokens memory tokens,
        DeploySuite.Params memory params,
        string memory outputPath
    ) public returns (DeploySuite.Suite memory suite, DeploySuite.Tokens memory, address timelock) {
        if (deployerKey == 0) revert MissingDeployerKey();
        DeploySuite.checkRoles(roles);
        if (params.variableCostPerMessage > MAX_VARIABLE_COST_PER_MESSAGE) {
            revert VariableCostOutOfBounds(params.variableCostPerMessage, MAX_VARIABLE_COST_PER_MESSAGE);
        }
        if (timelockDelay > MAX_TIMELOCK_DELAY) {
            revert TimelockDelayOutOfBounds(timelockDelay, MIN_TIMELOCK_DELAY, MAX_TIMELOCK_DELAY);
        }
        bool local = block.chainid == LOCAL_CHAIN_ID;
        if (!local && tokens.usdc == address(0)) revert MissingTokenAddress("USDC");
        if (!local && tokens.xmtp == address(0)) revert MissingTokenAddress("XMTP_TOKEN");
        address deployer = vm.addr(deployerKey);

        vm.startBroadcast(deployerKey);
        if (local && (tokens.usdc == address(0) || tokens.xmtp == address(0))) {
            DeploySuite.Tokens memory mocks = DeploySuite.deployMockTokens();
            if (tokens.usdc == address(0)) tokens.usdc = mocks.usdc;
            if (tokens.xmtp == address(0)) tokens.xmtp = mocks.xmtp;
        }
        // The deployer is the first admin, so that it can wire the suite whoever governs it afterwards.
        suite = DeploySuite.deploy(deployer, tokens);
        DeploySuite.wire(suite);
        DeploySuite.configure(suite, params);
        DeploySuite.Roles memory holders = roles;
        if (timelockDelay != 0) {
            timelock = DeploySuite.deployTimelock(timelockDelay, roles.admin);
            holders = DeploySuite.Roles({admin: timelock, pauser: roles.pauser, nodeManager: roles.nodeManager});
        }
        DeploySuite.handOver(suite, holders, deployer);
        vm.stopBroadcast();

        _write(suite, tokens, timelock, outputPath);
        return (suite, tokens, timelock);
    }

    function _write(
        DeploySuite.Suite memory suite,
        DeploySuite.Tokens memory tokens,
        address timelock,
        string memory outputPath
    ) internal {
        string memory contracts = "contracts";
        // Not a proxy: the entry keeps the record's shape, with the timelock's address as both fields.
        if (timelock != address(0)) {
            _serialize(
                contracts, "TimelockController", DeploySuite.Deployment({proxy: timelock, implementation: timelock})
            );
        }
        string[] memory names = DeploySuite.names();
        DeploySuite.Deployment[] memory deployed = DeploySuite.deployments(suite);
        string memory contractsJson;
        for (uint256 i; i < names.length; ++i) {
            contractsJson = _serialize(contracts, names[i], deployed[i]);
        }

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
