// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Nodes} from "../../contracts/Nodes.sol";
import {IErrors} from "../../contracts/interfaces/IErrors.sol";
import {INodeSelectionManager} from "../../contracts/interfaces/INodeSelectionManager.sol";
import {INodes} from "../../contracts/interfaces/INodes.sol";
import {NodesFixture} from "../utils/NodesFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";
import {ERC1967Utils} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Utils.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {SlotDerivation} from "@openzeppelin/contracts/utils/SlotDerivation.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice Sets `Nodes`' count directly, to reach the ids near the uint32 limit without adding 42 million nodes.
abstract contract NodesCountFixture is NodesFixture {
    /// @dev nodeCount is bits 0-31 of the namespace's first slot; the rest (enabledCount) is kept.
    function _setNodeCount(uint32 count) internal {
        bytes32 slot = SlotDerivation.erc7201Slot("xmtp.storage.Nodes");
        uint256 packed = uint256(vm.load(address(nodes), slot));
        vm.store(address(nodes), slot, bytes32((packed & ~uint256(type(uint32).max)) | count));
        assertEq(nodes.nodeCount(), count);
    }
}

contract NodesAddNodeTest is NodesCountFixture {
    function test_addNode_mintsNftAndRecordsNode() public {
        Vm.Wallet memory wallet = _signingWallet("alice");
        address owner = makeAddr("alice");
        bytes memory key = _publicKey(wallet);

        vm.expectEmit(address(nodes));
        emit INodes.NodeAdded(100, owner, wallet.addr, key, "https://alice.example");
        vm.expectEmit(address(nodes));
        emit IERC721.Transfer(address(0), owner, 100);
        vm.expectEmit(address(nodes));
        emit INodes.NodeSetUpdated(keccak256(abi.encode(bytes32(0), uint32(100), true)), 1);
        vm.prank(admin);
        uint32 nodeId = nodes.addNode(owner, key, "https://alice.example");

        assertEq(nodeId, 100, "the first node is 100");
        assertEq(nodes.ownerOf(100), owner);
        assertEq(nodes.nodeIdOf(owner), 100);
        assertEq(nodes.getSigner(100), wallet.addr);
        assertEq(nodes.nodeIdOfSigner(wallet.addr), 100);
        assertTrue(nodes.isSigner(100, wallet.addr));
        assertTrue(nodes.isEnabled(100));
        assertEq(nodes.nodeCount(), 1);
        INodes.Node memory node = nodes.getNode(100);
        assertEq(node.signer, wallet.addr);
        assertFalse(node.disabled);
        assertEq(node.signingPublicKey, key);
        assertEq(node.httpAddress, "https://alice.example");
    }

    function test_addNode_numbersNodesInStepsOfOneHundred() public {
        (uint32 first,) = _addNode("alice");
        (uint32 second,) = _addNode("bob");
        (uint32 third,) = _addNode("carol");
        assertEq(nodes.NODE_INCREMENT(), 100);
        assertEq(first, 100);
        assertEq(second, 200);
        assertEq(third, 300);
        assertEq(nodes.nodeCount(), 3);
        assertEq(nodes.ownerOf(300), makeAddr("carol"), "the NFT id is the node id");
    }

    function test_addNode_assignsTheLastIdThatFitsAUint32() public {
        // 42,949,672 * 100 = 4,294,967,200 is the highest multiple of 100 a uint32 holds.
        _setNodeCount(42_949_671);
        (uint32 nodeId,) = _addNode("alice");
        assertEq(nodeId, 4_294_967_200);
        assertEq(nodes.ownerOf(4_294_967_200), makeAddr("alice"));
        assertTrue(nodes.nodeExists(4_294_967_200));
    }

    function test_addNode_revertsWithMaxNodesReachedPastUint32() public {
        _setNodeCount(42_949_672);
        bytes memory key = _publicKey(_signingWallet("alice"));
        vm.expectRevert(INodes.MaxNodesReached.selector);
        vm.prank(admin);
        nodes.addNode(makeAddr("alice"), key, "https://alice.example");
    }

    function test_addNode_revertsWhenNotNodeManager() public {
        bytes memory key = _publicKey(_signingWallet("alice"));
        bytes32 role = nodes.NODE_MANAGER_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role)
        );
        vm.prank(stranger);
        nodes.addNode(stranger, key, "https://x");
    }

    function test_addNode_revertsWhenOwnerIsZero() public {
        bytes memory key = _publicKey(_signingWallet("alice"));
        vm.expectRevert(abi.encodeWithSelector(INodes.InvalidOwner.selector, address(0)));
        vm.prank(admin);
        nodes.addNode(address(0), key, "https://x");
    }

    function test_addNode_revertsWhenOwnerAlreadyHasNode() public {
        _addNode("alice");
        bytes memory key = _publicKey(_signingWallet("alice-2"));
        address owner = makeAddr("alice");
        vm.expectRevert(abi.encodeWithSelector(INodes.OwnerAlreadyHasNode.selector, owner, 100));
        vm.prank(admin);
        nodes.addNode(owner, key, "https://x");
    }

    function test_addNode_revertsWhenSignerAlreadyRegistered() public {
        (, Vm.Wallet memory wallet) = _addNode("alice");
        bytes memory key = _publicKey(wallet);
        vm.expectRevert(abi.encodeWithSelector(INodes.SignerAlreadyRegistered.selector, wallet.addr, 100));
        vm.prank(admin);
        nodes.addNode(makeAddr("bob"), key, "https://x");
    }

    function test_addNode_revertsWhenKeyHasWrongLength() public {
        bytes memory key = abi.encodePacked(bytes1(0x04), bytes32(uint256(1)));
        vm.expectRevert(abi.encodeWithSelector(INodes.InvalidSigningPublicKey.selector, 33));
        vm.prank(admin);
        nodes.addNode(stranger, key, "https://x");
    }

    function test_addNode_revertsWhenKeyIsCompressedOrPrefixed() public {
        Vm.Wallet memory wallet = _signingWallet("alice");
        bytes memory key = abi.encodePacked(bytes1(0x02), bytes32(wallet.publicKeyX), bytes32(wallet.publicKeyY));
        vm.expectRevert(abi.encodeWithSelector(INodes.InvalidSigningPublicKey.selector, 65));
        vm.prank(admin);
        nodes.addNode(stranger, key, "https://x");
    }

    function test_addNode_revertsWhenKeyIsNotOnCurve() public {
        Vm.Wallet memory wallet = _signingWallet("alice");
        bytes memory key = abi.encodePacked(bytes1(0x04), bytes32(wallet.publicKeyX), bytes32(wallet.publicKeyY + 1));
        vm.expectRevert(abi.encodeWithSelector(INodes.InvalidSigningPublicKey.selector, 65));
        vm.prank(admin);
        nodes.addNode(stranger, key, "https://x");
    }

    function test_addNode_revertsWhenHttpAddressEmpty() public {
        bytes memory key = _publicKey(_signingWallet("alice"));
        vm.expectRevert(abi.encodeWithSelector(INodes.InvalidHttpAddress.selector, 0));
        vm.prank(admin);
        nodes.addNode(stranger, key, "");
    }

    function test_addNode_revertsWhenHttpAddressTooLong() public {
        bytes memory key = _publicKey(_signingWallet("alice"));
        string memory tooLong = string(new bytes(513));
        vm.expectRevert(abi.encodeWithSelector(INodes.InvalidHttpAddress.selector, 513));
        vm.prank(admin);
        nodes.addNode(stranger, key, tooLong);
    }

    function testFuzz_signerOf_matchesTheKeysAddress(uint256 privateKey) public {
        privateKey = bound(privateKey, 1, 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364140);
        Vm.Wallet memory wallet = vm.createWallet(privateKey);
        assertEq(nodes.signerOf(_publicKey(wallet)), wallet.addr);
    }
}

contract NodesOwnerTest is NodesFixture {
    function test_setHttpAddress_updatesAndEmits() public {
        _addNode("alice");
        vm.expectEmit(address(nodes));
        emit INodes.HttpAddressUpdated(100, "https://alice.example", "https://alice.new");
        vm.prank(makeAddr("alice"));
        nodes.setHttpAddress(100, "https://alice.new");
        assertEq(nodes.getNode(100).httpAddress, "https://alice.new");
    }

    function test_setHttpAddress_revertsWhenNotOwner() public {
        _addNode("alice");
        vm.expectRevert(abi.encodeWithSelector(INodes.NotNodeOwner.selector, 100, admin));
        vm.prank(admin);
        nodes.setHttpAddress(100, "https://evil");
    }

    function test_setHttpAddress_revertsWhenEmpty() public {
        _addNode("alice");
        vm.expectRevert(abi.encodeWithSelector(INodes.InvalidHttpAddress.selector, 0));
        vm.prank(makeAddr("alice"));
        nodes.setHttpAddress(100, "");
    }

    function test_setHttpAddress_revertsWhenNodeUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(INodes.NodeNotFound.selector, 7));
        nodes.setHttpAddress(7, "https://x");
    }
}

contract NodesGovernanceTest is NodesFixture {
    function test_rotateSigningKey_keepsPreviousSignerOnRecord() public {
        (, Vm.Wallet memory oldWallet) = _addNode("alice");
        Vm.Wallet memory newWallet = _signingWallet("alice-rotated");
        bytes memory newKey = _publicKey(newWallet);

        vm.expectEmit(address(nodes));
        emit INodes.SigningKeyRotated(100, oldWallet.addr, newWallet.addr, newKey);
        vm.prank(admin);
        nodes.rotateSigningKey(100, newKey);

        assertEq(nodes.getSigner(100), newWallet.addr);
        assertEq(nodes.getNode(100).signingPublicKey, newKey);
        assertTrue(nodes.isSigner(100, oldWallet.addr));
        assertTrue(nodes.isSigner(100, newWallet.addr));
        assertFalse(nodes.isSigner(200, newWallet.addr));
        assertFalse(nodes.isSigner(0, address(0)));
    }

    function test_rotateSigningKey_revertsWhenSignerWasEverUsed() public {
        (, Vm.Wallet memory aliceWallet) = _addNode("alice");
        _addNode("bob");
        bytes memory key = _publicKey(aliceWallet);
        vm.expectRevert(abi.encodeWithSelector(INodes.SignerAlreadyRegistered.selector, aliceWallet.addr, 100));
        vm.prank(admin);
        nodes.rotateSigningKey(200, key);
    }

    function test_rotateSigningKey_revertsWhenNotNodeManager() public {
        _addNode("alice");
        bytes memory key = _publicKey(_signingWallet("x"));
        bytes32 role = nodes.NODE_MANAGER_ROLE();
        address owner = makeAddr("alice");
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, owner, role));
        vm.prank(owner);
        nodes.rotateSigningKey(100, key);
    }

    function test_rotateSigningKey_revertsWhenNodeUnknown() public {
        bytes memory key = _publicKey(_signingWallet("x"));
        vm.expectRevert(abi.encodeWithSelector(INodes.NodeNotFound.selector, 100));
        vm.prank(admin);
        nodes.rotateSigningKey(100, key);
    }

    function test_disableNode_removesItFromTheNodeSet() public {
        _addNode("alice");
        _addNode("bob");
        (bytes32 before,) = nodes.nodeSet();
        bytes32 expected = keccak256(abi.encode(before, uint32(100), false));

        vm.expectEmit(address(nodes));
        emit INodes.NodeSetUpdated(expected, 1);
        vm.expectEmit(address(nodes));
        emit INodes.NodeDisabled(100);
        vm.prank(admin);
        nodes.disableNode(100);

        (bytes32 hash, uint256 size) = nodes.nodeSet();
        assertEq(hash, expected);
        assertEq(size, 1);
        assertFalse(nodes.isEnabled(100));
        assertTrue(nodes.getNode(100).disabled);
        uint32[] memory enabled = nodes.enabledNodeIds();
        assertEq(enabled.length, 1);
        assertEq(enabled[0], 200);
    }

    function test_enableNode_restoresItWithANewCommitment() public {
        _addNode("alice");
        (bytes32 initial,) = nodes.nodeSet();
        vm.startPrank(admin);
        nodes.disableNode(100);
        vm.expectEmit(address(nodes));
        emit INodes.NodeEnabled(100);
        nodes.enableNode(100);
        vm.stopPrank();

        (bytes32 hash, uint256 size) = nodes.nodeSet();
        assertEq(size, 1);
        assertTrue(nodes.isEnabled(100));
        // Same set as before, but a different history: a report signed for the old commitment no longer counts.
        assertTrue(hash != initial);
    }

    function test_setSelectionManager_setsAndEmits() public {
        address manager = makeAddr("manager");
        vm.expectEmit(address(nodes));
        emit INodes.SelectionManagerUpdated(address(selection), manager);
        vm.prank(admin);
        nodes.setSelectionManager(manager);
        assertEq(nodes.selectionManager(), manager);
    }

    function test_setSelectionManager_revertsWhenNotAdmin() public {
        bytes32 role = nodes.DEFAULT_ADMIN_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role)
        );
        vm.prank(stranger);
        nodes.setSelectionManager(stranger);
    }

    function test_disableNode_tellsTheSelectionManager() public {
        _addNode("alice");
        vm.expectCall(address(selection), abi.encodeCall(INodeSelectionManager.onNodeDisabled, (100)));
        vm.prank(admin);
        nodes.disableNode(100);
    }

    function test_disableNode_withoutSelectionManagerCallsNobody() public {
        _addNode("alice");
        vm.startPrank(admin);
        nodes.setSelectionManager(address(0));
        vm.expectCall(address(selection), abi.encodeCall(INodeSelectionManager.onNodeDisabled, (100)), 0);
        nodes.disableNode(100);
        vm.stopPrank();
        assertFalse(nodes.isEnabled(100));
    }

    function test_disableNode_revertsWhenAlreadyDisabled() public {
        _addNode("alice");
        vm.startPrank(admin);
        nodes.disableNode(100);
        vm.expectRevert(abi.encodeWithSelector(INodes.NodeAlreadyInState.selector, 100, true));
        nodes.disableNode(100);
        vm.stopPrank();
    }

    function test_enableNode_revertsWhenAlreadyEnabled() public {
        _addNode("alice");
        vm.expectRevert(abi.encodeWithSelector(INodes.NodeAlreadyInState.selector, 100, false));
        vm.prank(admin);
        nodes.enableNode(100);
    }

    function test_disableNode_revertsWhenNodeUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(INodes.NodeNotFound.selector, 0));
        vm.prank(admin);
        nodes.disableNode(0);
    }

    function test_disableNode_revertsWhenNotNodeManager() public {
        _addNode("alice");
        bytes32 role = nodes.NODE_MANAGER_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role)
        );
        vm.prank(stranger);
        nodes.disableNode(100);
    }

    function test_enableNode_revertsWhenNotNodeManager() public {
        _addNode("alice");
        vm.prank(admin);
        nodes.disableNode(100);
        bytes32 role = nodes.NODE_MANAGER_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role)
        );
        vm.prank(stranger);
        nodes.enableNode(100);
    }

    function test_quorumView_returnsSignersOfEnabledNodesOnly() public {
        (, Vm.Wallet memory alice) = _addNode("alice");
        _addNode("bob");
        vm.prank(admin);
        nodes.disableNode(200);
        uint32[] memory ids = new uint32[](3);
        ids[0] = 100;
        ids[1] = 200;
        ids[2] = 150;

        (bytes32 hash, uint256 size, address[] memory signers) = nodes.quorumView(ids);
        (bytes32 expectedHash,) = nodes.nodeSet();
        assertEq(hash, expectedHash);
        assertEq(size, 1);
        assertEq(signers[0], alice.addr);
        assertEq(signers[1], address(0), "disabled node");
        assertEq(signers[2], address(0), "unknown node");
    }
}

contract NodesTransferTest is NodesFixture {
    function test_transferFrom_revertsForTheOwner() public {
        _addNode("alice");
        address owner = makeAddr("alice");
        vm.expectRevert(INodes.TransferNotAllowed.selector);
        vm.prank(owner);
        nodes.transferFrom(owner, stranger, 100);
    }

    function test_safeTransferFrom_revertsForTheOwner() public {
        _addNode("alice");
        address owner = makeAddr("alice");
        vm.expectRevert(INodes.TransferNotAllowed.selector);
        vm.prank(owner);
        nodes.safeTransferFrom(owner, stranger, 100);
    }

    function test_approve_reverts() public {
        _addNode("alice");
        vm.expectRevert(INodes.TransferNotAllowed.selector);
        vm.prank(makeAddr("alice"));
        nodes.approve(stranger, 100);
    }

    function test_setApprovalForAll_reverts() public {
        vm.expectRevert(INodes.TransferNotAllowed.selector);
        vm.prank(makeAddr("alice"));
        nodes.setApprovalForAll(stranger, true);
    }

    function test_transferFrom_revertsEvenForTheNodeManager() public {
        _addNode("alice");
        address owner = makeAddr("alice");
        vm.expectRevert(INodes.TransferNotAllowed.selector);
        vm.prank(admin);
        nodes.transferFrom(owner, admin, 100);
    }

    function test_transferNode_movesTheNftAndTheOwnerIndex() public {
        _addNode("alice");
        address previousOwner = makeAddr("alice");
        address newOwner = makeAddr("carol");

        vm.expectEmit(address(nodes));
        emit INodes.NodeTransferred(100, previousOwner, newOwner);
        vm.expectEmit(address(nodes));
        emit IERC721.Transfer(previousOwner, newOwner, 100);
        vm.prank(admin);
        nodes.transferNode(100, newOwner);

        assertEq(nodes.ownerOf(100), newOwner);
        assertEq(nodes.nodeIdOf(newOwner), 100);
        assertEq(nodes.nodeIdOf(previousOwner), 0);
    }

    function test_transferNode_revertsWhenNewOwnerHasANode() public {
        _addNode("alice");
        _addNode("bob");
        address bob = makeAddr("bob");
        vm.expectRevert(abi.encodeWithSelector(INodes.OwnerAlreadyHasNode.selector, bob, 200));
        vm.prank(admin);
        nodes.transferNode(100, bob);
    }

    function test_transferNode_revertsWhenNewOwnerIsZero() public {
        _addNode("alice");
        vm.expectRevert(abi.encodeWithSelector(INodes.InvalidOwner.selector, address(0)));
        vm.prank(admin);
        nodes.transferNode(100, address(0));
    }

    function test_transferNode_revertsWhenNodeUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(INodes.NodeNotFound.selector, 400));
        vm.prank(admin);
        nodes.transferNode(400, stranger);
    }

    function test_transferNode_revertsWhenNotNodeManager() public {
        _addNode("alice");
        bytes32 role = nodes.NODE_MANAGER_ROLE();
        address owner = makeAddr("alice");
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, owner, role));
        vm.prank(owner);
        nodes.transferNode(100, stranger);
    }
}

contract NodesViewsTest is NodesCountFixture {
    function test_getNodes_paginates() public {
        _addNode("a");
        _addNode("b");
        _addNode("c");
        (uint32[] memory ids, INodes.Node[] memory records) = nodes.getNodes(200, 5);
        assertEq(ids.length, 2);
        assertEq(ids[0], 200);
        assertEq(ids[1], 300);
        assertEq(records[1].httpAddress, "https://c.example");

        (ids,) = nodes.getNodes(0, 2);
        assertEq(ids.length, 2);
        assertEq(ids[0], 100);
        assertEq(ids[1], 200);

        // The next page starts at the last id returned plus one.
        (ids, records) = nodes.getNodes(201, 10);
        assertEq(ids.length, 1);
        assertEq(ids[0], 300);
        assertEq(records[0].httpAddress, "https://c.example");

        (ids,) = nodes.getNodes(301, 10);
        assertEq(ids.length, 0);
        (ids,) = nodes.getNodes(type(uint32).max, 10);
        assertEq(ids.length, 0);
    }

    function test_enabledNodeIds_listsEnabledIdsAscending() public {
        _addNode("a");
        _addNode("b");
        _addNode("c");
        vm.prank(admin);
        nodes.disableNode(200);
        uint32[] memory ids = nodes.enabledNodeIds();
        assertEq(ids.length, 2);
        assertEq(ids[0], 100);
        assertEq(ids[1], 300);
    }

    function test_getNode_revertsWhenIdIsNotAMultipleOfOneHundred() public {
        _addNode("a");
        _addNode("b");
        // 1 and 10 are xmtpd's identity-update and migrator originators; 150 falls between two nodes.
        uint32[4] memory notNodes = [uint32(1), 10, 150, 201];
        for (uint256 i; i < notNodes.length; ++i) {
            assertFalse(nodes.nodeExists(notNodes[i]));
            assertFalse(nodes.isEnabled(notNodes[i]));
            vm.expectRevert(abi.encodeWithSelector(INodes.NodeNotFound.selector, notNodes[i]));
            nodes.getNode(notNodes[i]);
        }
    }

    function test_getNode_revertsWhenIdIsPastTheCount() public {
        _addNode("a");
        _addNode("b");
        assertTrue(nodes.nodeExists(200));
        assertFalse(nodes.nodeExists(300));
        vm.expectRevert(abi.encodeWithSelector(INodes.NodeNotFound.selector, 300));
        nodes.getNode(300);
    }

    function testFuzz_nodeExists_matchesTheIdRule(uint32 nodeId, uint32 count) public {
        count = uint32(bound(count, 0, type(uint32).max / 100));
        // Half the runs near the registered ids, where the rule's three conditions meet.
        if (nodeId % 2 == 0) nodeId = uint32(bound(nodeId, 0, uint256(count) * 100 + 200));
        _setNodeCount(count);
        bool expected = nodeId != 0 && nodeId % 100 == 0 && nodeId / 100 <= count;
        assertEq(nodes.nodeExists(nodeId), expected);
        if (!expected) {
            vm.expectRevert(abi.encodeWithSelector(INodes.NodeNotFound.selector, nodeId));
            nodes.getSigner(nodeId);
        }
    }

    function test_getNode_revertsWhenNodeUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(INodes.NodeNotFound.selector, 100));
        nodes.getNode(100);
    }

    function test_getSigner_revertsWhenNodeUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(INodes.NodeNotFound.selector, 100));
        nodes.getSigner(100);
    }

    function test_nodeIdOf_isZeroWithoutNode() public view {
        assertEq(nodes.nodeIdOf(stranger), 0);
        assertEq(nodes.nodeIdOfSigner(stranger), 0);
        assertFalse(nodes.isEnabled(0));
    }

    function test_supportsInterface_erc721AndAccessControl() public view {
        assertTrue(nodes.supportsInterface(type(IERC721).interfaceId));
        assertTrue(nodes.supportsInterface(type(IAccessControl).interfaceId));
        assertEq(nodes.name(), "XMTP Node Operator");
        assertEq(nodes.symbol(), "XMTPNODE");
    }
}

contract NodesUpgradeTest is NodesFixture {
    function test_initialize_revertsWhenCalledTwice() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        nodes.initialize(stranger);
    }

    function test_initialize_revertsOnImplementation() public {
        Nodes implementation = new Nodes();
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        implementation.initialize(stranger);
    }

    function test_initialize_revertsWhenAdminIsZero() public {
        address implementation = address(new Nodes());
        vm.expectRevert(IErrors.ZeroAddress.selector);
        new ERC1967Proxy(implementation, abi.encodeCall(Nodes.initialize, (address(0))));
    }

    function test_upgradeToAndCall_keepsNodes() public {
        (, Vm.Wallet memory wallet) = _addNode("alice");
        vm.prank(admin);
        nodes.disableNode(100);
        (bytes32 hash,) = nodes.nodeSet();

        address implementation = address(new Nodes());
        vm.prank(admin);
        nodes.upgradeToAndCall(implementation, "");

        assertEq(address(uint160(uint256(vm.load(address(nodes), ERC1967Utils.IMPLEMENTATION_SLOT)))), implementation);
        assertEq(nodes.getSigner(100), wallet.addr);
        assertEq(nodes.ownerOf(100), makeAddr("alice"));
        assertFalse(nodes.isEnabled(100));
        (bytes32 hashAfter,) = nodes.nodeSet();
        assertEq(hashAfter, hash);
    }

    function test_upgradeToAndCall_revertsWhenNotAdmin() public {
        address implementation = address(new Nodes());
        bytes32 role = nodes.DEFAULT_ADMIN_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role)
        );
        vm.prank(stranger);
        nodes.upgradeToAndCall(implementation, "");
    }

    function test_storage_usesErc7201Slot() public {
        _addNode("alice");
        bytes32 slot = SlotDerivation.erc7201Slot("xmtp.storage.Nodes");
        // nodeCount (bits 0-31) and enabledCount (bits 32-63) share the namespace's first slot.
        assertEq(uint256(vm.load(address(nodes), slot)), 1 | (1 << 32));
    }
}

/// @notice Who answers for each signing key: the owner that claimed it, and how far a retired key still counts.
contract NodesSignerRecordTest is NodesFixture {
    function test_addNode_recordsACurrentSignerAnsweringToTheOwner() public {
        (uint32 nodeId, Vm.Wallet memory wallet) = _addNode("alice");
        INodes.SignerRecord memory record = nodes.signerRecord(wallet.addr);
        assertEq(record.nodeId, nodeId);
        assertEq(record.owner, makeAddr("alice"));
        assertEq(record.lastCoveredSequenceId, type(uint64).max, "a current key covers every sequence id");
        assertEq(nodes.signerRetiredAt(wallet.addr), 0);
        assertEq(nodes.signerRecord(stranger).nodeId, 0, "never a signer");
    }

    function test_rotateSigningKey_retiresThePreviousSignerAtTheCoveredSequenceId() public {
        (uint32 nodeId, Vm.Wallet memory oldWallet) = _addNode("alice");
        Vm.Wallet memory newWallet = _signingWallet("alice-rotated");
        assertEq(nodes.payers(), address(payers), "wired by the deployment");
        uint64 covered = payers.lastReportedSequenceId(nodeId);
        vm.warp(1_800_000_000);

        vm.expectEmit(address(nodes));
        emit INodes.SignerRetired(nodeId, oldWallet.addr, makeAddr("alice"), covered);
        vm.prank(admin);
        nodes.rotateSigningKey(nodeId, _publicKey(newWallet));

        INodes.SignerRecord memory retired = nodes.signerRecord(oldWallet.addr);
        assertEq(retired.nodeId, nodeId);
        assertEq(retired.owner, makeAddr("alice"));
        assertEq(retired.lastCoveredSequenceId, covered);
        assertEq(nodes.signerRetiredAt(oldWallet.addr), 1_800_000_000);
        assertEq(nodes.signerRecord(newWallet.addr).lastCoveredSequenceId, type(uint64).max);
    }

    function test_rotateSigningKey_coversNothingWithoutPayers() public {
        (uint32 nodeId, Vm.Wallet memory oldWallet) = _addNode("alice");
        vm.startPrank(admin);
        nodes.setPayers(address(0));
        nodes.rotateSigningKey(nodeId, _publicKey(_signingWallet("alice-rotated")));
        vm.stopPrank();
        assertEq(nodes.signerRecord(oldWallet.addr).lastCoveredSequenceId, 0);
    }

    /// @dev The attack it closes: after a move, the previous owner's key must have no power over the new owner.
    function test_transferNodeWithKey_givesTheNewOwnerItsOwnKey() public {
        (uint32 nodeId, Vm.Wallet memory oldWallet) = _addNode("alice");
        address newOwner = makeAddr("carol");
        Vm.Wallet memory newWallet = _signingWallet("carol");

        vm.expectEmit(address(nodes));
        emit INodes.NodeTransferred(nodeId, makeAddr("alice"), newOwner);
        vm.expectEmit(address(nodes));
        emit INodes.SignerRetired(nodeId, oldWallet.addr, makeAddr("alice"), 0);
        vm.prank(admin);
        nodes.transferNodeWithKey(nodeId, newOwner, _publicKey(newWallet));

        assertEq(nodes.ownerOf(nodeId), newOwner);
        assertEq(nodes.getSigner(nodeId), newWallet.addr);
        assertEq(nodes.signerRecord(newWallet.addr).owner, newOwner, "the new key answers to the new owner");
        assertEq(nodes.signerRecord(oldWallet.addr).owner, makeAddr("alice"), "the old key to the previous one");
    }

    function test_transferNode_leavesTheKeyAnsweringToTheOwnerThatClaimedIt() public {
        (uint32 nodeId, Vm.Wallet memory wallet) = _addNode("alice");
        vm.prank(admin);
        nodes.transferNode(nodeId, makeAddr("carol"));
        assertEq(nodes.signerRecord(wallet.addr).owner, makeAddr("alice"));
        assertEq(nodes.signerRecord(wallet.addr).lastCoveredSequenceId, type(uint64).max);
    }

    function test_transferNodeWithKey_revertsForStrangers() public {
        (uint32 nodeId,) = _addNode("alice");
        bytes memory key = _publicKey(_signingWallet("carol"));
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, nodes.NODE_MANAGER_ROLE()
            )
        );
        vm.prank(stranger);
        nodes.transferNodeWithKey(nodeId, makeAddr("carol"), key);
    }

    function test_setPayers_updatesAndEmits() public {
        address previous = nodes.payers();
        vm.expectEmit(address(nodes));
        emit INodes.PayersUpdated(previous, address(0xBEEF));
        vm.prank(admin);
        nodes.setPayers(address(0xBEEF));
        assertEq(nodes.payers(), address(0xBEEF));
    }

    function test_setPayers_revertsForStrangers() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, nodes.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(stranger);
        nodes.setPayers(address(0xBEEF));
    }
}
