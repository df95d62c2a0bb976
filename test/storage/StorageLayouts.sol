// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Automation} from "../../contracts/Automation.sol";
import {Delegation} from "../../contracts/Delegation.sol";
import {MisbehaviorReports} from "../../contracts/MisbehaviorReports.sol";
import {NodeEarningsTracker} from "../../contracts/NodeEarningsTracker.sol";
import {NodeSelectionManager} from "../../contracts/NodeSelectionManager.sol";
import {Nodes} from "../../contracts/Nodes.sol";
import {Payers} from "../../contracts/Payers.sol";
import {RewardDistributor} from "../../contracts/RewardDistributor.sol";
import {XMTPTreasury} from "../../contracts/XMTPTreasury.sol";
import {PayloadBroadcaster} from "../../contracts/abstract/PayloadBroadcaster.sol";
import {WitnessReports} from "../../contracts/abstract/WitnessReports.sol";

/*
 * Storage-layout probes. Every upgradeable contract keeps all of its state in ERC-7201 namespaced structs, which solc's
 * storage layout of the contract itself does not show (it is empty). Each probe below declares the contract's
 * namespaced struct(s) as ordinary state, so that its `storageLayout` artifact (foundry.toml's `extra_output`) lists
 * every field with its slot, offset, size and type, relative to the namespace's root. `xmtp-gov`'s `layout`
 * reads them from `out/StorageLayouts.sol/<Contract>StorageLayout.json`, compares them with the committed snapshots in
 * `snapshots/storage/` (`make storage-layouts` rewrites those) and refuses an upgrade that reorders, retypes, renames
 * or removes a field. One member per namespace, in the order the contract inherits them. Never deployed.
 */

/// @notice `Automation`'s namespaced storage.
contract AutomationStorageLayout {
    Automation.AutomationStorage internal automation;
}

/// @notice `Delegation`'s namespaced storage.
contract DelegationStorageLayout {
    Delegation.DelegationStorage internal delegation;
}

/// @notice `GroupMessages`' namespaced storage (the `PayloadBroadcaster` base holds all of it).
contract GroupMessagesStorageLayout {
    PayloadBroadcaster.PayloadBroadcasterStorage internal payloadBroadcaster;
}

/// @notice `IdentityUpdates`' namespaced storage (the `PayloadBroadcaster` base holds all of it).
contract IdentityUpdatesStorageLayout {
    PayloadBroadcaster.PayloadBroadcasterStorage internal payloadBroadcaster;
}

/// @notice `MisbehaviorReports`' namespaced storage: the witness reports base's, then its own.
contract MisbehaviorReportsStorageLayout {
    WitnessReports.WitnessReportsStorage internal witnessReports;
    MisbehaviorReports.MisbehaviorReportsStorage internal misbehaviorReports;
}

/// @notice `NodeEarningsTracker`'s namespaced storage.
contract NodeEarningsTrackerStorageLayout {
    NodeEarningsTracker.NodeEarningsTrackerStorage internal nodeEarningsTracker;
}

/// @notice `NodeSelectionManager`'s namespaced storage.
contract NodeSelectionManagerStorageLayout {
    NodeSelectionManager.NodeSelectionManagerStorage internal nodeSelectionManager;
}

/// @notice `Nodes`' namespaced storage.
contract NodesStorageLayout {
    Nodes.NodesStorage internal nodes;
}

/// @notice `Payers`' namespaced storage.
contract PayersStorageLayout {
    Payers.PayersStorage internal payers;
}

/// @notice `RewardDistributor`'s namespaced storage.
contract RewardDistributorStorageLayout {
    RewardDistributor.RewardDistributorStorage internal rewardDistributor;
}

/// @notice `XMTPTreasury`'s namespaced storage.
contract XMTPTreasuryStorageLayout {
    XMTPTreasury.XMTPTreasuryStorage internal treasury;
}
