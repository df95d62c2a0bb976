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
import {DeploySuite} from "./DeploySuite.sol";
import {Script} from "forge-std/Script.sol";

/**
 * @title  Upgrade
 * @notice Deploys a new implementation of one contract of the suite, for the governance multisig to upgrade its proxy
 *         to. It never upgrades anything itself: `xmtp-ops gov upgrade` (the `xmtp-gov` library) checks the storage
 *         layout first, runs this script, and writes the Safe Transaction Builder batch calling `upgradeToAndCall`.
 *
 *         PRIVATE_KEY=0x… CONTRACT=RewardDistributor DEPLOYMENTS_PATH=deployments/8453.json \
 *           OUTPUT_PATH=deployments/tmp/upgrade.json forge script script/Upgrade.s.sol:Upgrade --rpc-url URL --broadcast
 *
 *         Environment: `PRIVATE_KEY` (the implementation's deployer, any funded account: never the Safe),
 *         `CONTRACT` (the deployment record's name of the contract), `DEPLOYMENTS_PATH` (the record to read the suite's
 *         addresses from), `OUTPUT_PATH` (where to write `{"contract", "proxy", "implementation"}`; under
 *         `deployments/`, the only folder forge may write). Constructor arguments are the record's addresses, exactly as
 *         `DeploySuite` passes them, and each must equal what the live proxy reports, so that a wrong record cannot
 *         produce an implementation wired to other contracts.
 */
contract Upgrade is Script {
    /// @dev The suite's addresses that implementations take as constructor arguments (zero where unused).
    struct Addresses {
        address usdc;
        address nodes;
        address payers;
        address selection;
        address tracker;
        address treasury;
        address distributor;
    }

    /// @notice `PRIVATE_KEY` is not set or is zero.
    error MissingDeployerKey();

    /// @notice `name` is not an upgradeable contract of the suite.
    error UnknownContract(string name);

    /// @notice The record has no entry `key` (e.g. `.contracts.Nodes.proxy`).
    error MissingRecordEntry(string key);

    /// @notice The recorded `proxy` of `name` has no code on this chain: wrong record or wrong chain.
    error NoCodeAtProxy(string name, address proxy);

    /// @notice The live proxy of `name` reports `current` for `field`, while the record says `recorded`.
    error ConstructorArgumentMismatch(string name, string field, address recorded, address current);

    /// @notice Deploys the implementation named by the environment (see the contract's notice) and records it.
    function run() external returns (address proxy, address implementation) {
        return deployImplementation(
            vm.envOr("PRIVATE_KEY", uint256(0)),
            vm.envString("CONTRACT"),
            vm.envString("DEPLOYMENTS_PATH"),
            vm.envString("OUTPUT_PATH")
        );
    }

    /**
     * @notice Deploys a new implementation of contract `name` from `deployerKey`'s account, with the constructor
     *         arguments read from the record at `recordPath`, and writes `{"contract", "proxy", "implementation"}` to
     *         `outputPath`.
     * @return proxy          The contract's proxy, from the record.
     * @return implementation The new implementation.
     */
    function deployImplementation(
        uint256 deployerKey,
        string memory name,
        string memory recordPath,
        string memory outputPath
    ) public returns (address proxy, address implementation) {
        if (deployerKey == 0) revert MissingDeployerKey();
        if (!isUpgradeable(name)) revert UnknownContract(name);
        string memory record = vm.readFile(recordPath);
        proxy = _address(record, string.concat(".contracts.", name, ".proxy"));
        if (proxy.code.length == 0) revert NoCodeAtProxy(name, proxy);
        Addresses memory args = _constructorArguments(name, record, proxy);

        vm.startBroadcast(deployerKey);
        implementation = _new(name, args);
        vm.stopBroadcast();

        // An object key of its own: serialized objects outlive the call (the deploy script's use contract names).
        string memory key = string.concat("upgrade.", name);
        vm.serializeString(key, "contract", name);
        vm.serializeAddress(key, "proxy", proxy);
        vm.writeJson(vm.serializeAddress(key, "implementation", implementation), outputPath);
    }

    /// @notice Whether `name` is a record name of an upgradeable contract of the suite.
    function isUpgradeable(string memory name) public pure returns (bool) {
        string[] memory names = DeploySuite.names();
        for (uint256 i; i < names.length; ++i) {
            if (_eq(name, names[i])) return true;
        }
        return false;
    }

    /// @dev The constructor arguments of `name`'s implementation, from the record, each checked against the live proxy.
    function _constructorArguments(string memory name, string memory record, address proxy)
        private
        view
        returns (Addresses memory args)
    {
        if (_eq(name, "RewardDistributor")) {
            RewardDistributor live = RewardDistributor(proxy);
            args.usdc = _checked(name, "usdc", _address(record, ".tokens.USDC"), live.usdc());
            args.selection = _checked(name, "selection", _proxyOf(record, "NodeSelectionManager"), live.selection());
            args.payers = _checked(name, "payers", _proxyOf(record, "Payers"), live.payers());
            args.nodes = _checked(name, "nodes", _proxyOf(record, "Nodes"), live.nodes());
            args.tracker = _checked(name, "tracker", _proxyOf(record, "NodeEarningsTracker"), live.tracker());
            args.treasury = _checked(name, "treasury", _proxyOf(record, "XMTPTreasury"), live.treasury());
        } else if (_eq(name, "MisbehaviorReports")) {
            MisbehaviorReports live = MisbehaviorReports(proxy);
            args.nodes = _checked(name, "nodes", _proxyOf(record, "Nodes"), live.nodes());
            args.selection = _checked(name, "selection", _proxyOf(record, "NodeSelectionManager"), live.selection());
            args.treasury = _checked(name, "treasury", _proxyOf(record, "XMTPTreasury"), live.treasury());
        } else if (_eq(name, "Automation")) {
            Automation live = Automation(proxy);
            args.selection = _checked(name, "selection", _proxyOf(record, "NodeSelectionManager"), live.selection());
            args.payers = _checked(name, "payers", _proxyOf(record, "Payers"), live.payers());
            args.distributor = _checked(name, "distributor", _proxyOf(record, "RewardDistributor"), live.distributor());
            args.treasury = _checked(name, "treasury", _proxyOf(record, "XMTPTreasury"), live.treasury());
        }
    }

    /// @dev Deploys `name`'s implementation with `args`, as `DeploySuite` does.
    function _new(string memory name, Addresses memory args) private returns (address) {
        if (_eq(name, "IdentityUpdates")) return address(new IdentityUpdates());
        if (_eq(name, "GroupMessages")) return address(new GroupMessages());
        if (_eq(name, "Nodes")) return address(new Nodes());
        if (_eq(name, "Payers")) return address(new Payers());
        if (_eq(name, "NodeSelectionManager")) return address(new NodeSelectionManager());
        if (_eq(name, "XMTPTreasury")) return address(new XMTPTreasury());
        if (_eq(name, "NodeEarningsTracker")) return address(new NodeEarningsTracker());
        if (_eq(name, "Delegation")) return address(new Delegation());
        if (_eq(name, "RewardDistributor")) {
            return address(
                new RewardDistributor(args.usdc, args.selection, args.payers, args.nodes, args.tracker, args.treasury)
            );
        }
        if (_eq(name, "MisbehaviorReports")) {
            return address(new MisbehaviorReports(args.nodes, args.selection, args.treasury));
        }
        if (_eq(name, "Automation")) {
            return address(new Automation(args.selection, args.payers, args.distributor, args.treasury));
        }
        revert UnknownContract(name);
    }

    function _checked(string memory name, string memory field, address recorded, address current)
        private
        pure
        returns (address)
    {
        if (recorded != current) revert ConstructorArgumentMismatch(name, field, recorded, current);
        return recorded;
    }

    function _proxyOf(string memory record, string memory name) private view returns (address) {
        return _address(record, string.concat(".contracts.", name, ".proxy"));
    }

    function _address(string memory record, string memory key) private view returns (address) {
        if (!vm.keyExistsJson(record, key)) revert MissingRecordEntry(key);
        return vm.parseJsonAddress(record, key);
    }

    function _eq(string memory a, string memory b) private pure returns (bool) {
        return keccak256(bytes(a)) == keccak256(bytes(b));
    }
}
