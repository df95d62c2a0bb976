// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {BaseTest} from "./BaseTest.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice Node operators with real secp256k1 keys, and registering them through governance.
abstract contract NodesFixture is BaseTest {
    /// @dev A node's signing wallet (key, address, public key) by name.
    function _signingWallet(string memory name) internal returns (Vm.Wallet memory) {
        return vm.createWallet(string.concat("signer:", name));
    }

    /// @dev The 65-byte uncompressed public key `0x04 ‖ X ‖ Y` that `Nodes.addNode` takes.
    function _publicKey(Vm.Wallet memory wallet) internal pure returns (bytes memory) {
        return abi.encodePacked(bytes1(0x04), bytes32(wallet.publicKeyX), bytes32(wallet.publicKeyY));
    }

    /// @dev Registers a node for operator `name` (owner `makeAddr(name)`), returning its id and signing wallet.
    function _addNode(string memory name) internal returns (uint32 nodeId, Vm.Wallet memory wallet) {
        wallet = _signingWallet(name);
        vm.prank(admin);
        nodeId = nodes.addNode(makeAddr(name), _publicKey(wallet), string.concat("https://", name, ".example"));
    }
}
