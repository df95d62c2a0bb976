// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Nodes} from "../../contracts/Nodes.sol";
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

contract NodesAddNodeTest is NodesFixture {
    function test_addNode_mintsNftAndRecordsNode() public {
        Vm.Wallet memory wallet = _signingWallet("alice");
        address owner = makeAddr("alice");
        bytes memory key = _publicKey(wallet);

        vm.expectEmit(address(nodes));
        emit INodes.NodeAdded(1, owner, wallet.addr, key, "https://alice.example");
        vm.expectEmit(address(nodes));
        emit IERC721.Transfer(address(0), owner, 1);
        vm.expectEmit(address(nodes));
        emit INodes.NodeSetUpdated(keccak256(abi.encode(bytes32(0), uint32(1), true)), 1);
        vm.prank(admin);
        uint32 nodeId = nodes.addNode(owner, key, "https://alice.example");

        assertEq(nodeId, 1);
        assertEq(nodes.ownerOf(1), owner);
        assertEq(nodes.nodeIdOf(owner), 1);
        assertEq(nodes.getSigner(1), wallet.addr);
        assertEq(nodes.nodeIdOfSigner(wallet.addr), 1);
        assertTrue(nodes.isSigner(1, wallet.addr));
        assertTrue(nodes.isEnabled(1));
        assertEq(nodes.nodeCount(), 1);
        INodes.Node memory node = nodes.getNode(1);
        assertEq(node.signer, wallet.addr);
        assertFalse(node.disabled);
        assertEq(node.signingPublicKey, key);
        assertEq(node.httpAddress, "https://alice.example");
    }

    function test_addNode_numbersNodesFromOne() public {
        (uint32 first,) = _addNode("alice");
        (uint32 second,) = _addNode("bob");
        assertEq(first, 1);
        assertEq(second, 2);
        assertEq(nodes.nodeCount(), 2);
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
        vm.expectRevert(abi.encodeWithSelector(INodes.OwnerAlreadyHasNode.selector, owner, 1));
        vm.prank(admin);
        nodes.addNode(owner, key, "https://x");
    }

    function test_addNode_revertsWhenSignerAlreadyRegistered() public {
        (, Vm.Wallet memory wallet) = _addNode("alice");
        bytes memory key = _publicKey(wallet);
        vm.expectRevert(abi.encodeWithSelector(INodes.SignerAlreadyRegistered.selector, wallet.addr, 1));
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
        emit INodes.HttpAddressUpdated(1, "https://alice.example", "https://alice.new");
        vm.prank(makeAddr("alice"));
        nodes.setHttpAddress(1, "https://alice.new");
        assertEq(nodes.getNode(1).httpAddress, "https://alice.new");
    }

    function test_setHttpAddress_revertsWhenNotOwner() public {
        _addNode("alice");
        vm.expectRevert(abi.encodeWithSelector(INodes.NotNodeOwner.selector, 1, admin));
        vm.prank(admin);
        nodes.setHttpAddress(1, "https://evil");
    }

    function test_setHttpAddress_revertsWhenEmpty() public {
        _addNode("alice");
        vm.expectRevert(abi.encodeWithSelector(INodes.InvalidHttpAddress.selector, 0));
        vm.prank(makeAddr("alice"));
        nodes.setHttpAddress(1, "");
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
        emit INodes.SigningKeyRotated(1, oldWallet.addr, newWallet.addr, newKey);
        vm.prank(admin);
        nodes.rotateSigningKey(1, newKey);

        assertEq(nodes.getSigner(1), newWallet.addr);
        assertEq(nodes.getNode(1).signingPublicKey, newKey);
        assertTrue(nodes.isSigner(1, oldWallet.addr));
        assertTrue(nodes.isSigner(1, newWallet.addr));
        assertFalse(nodes.isSigner(2, newWallet.addr));
        assertFalse(nodes.isSigner(0, address(0)));
    }

    function test_rotateSigningKey_revertsWhenSignerWasEverUsed() public {
        (, Vm.Wallet memory aliceWallet) = _addNode("alice");
        _addNode("bob");
        bytes memory key = _publicKey(aliceWallet);
        vm.expectRevert(abi.encodeWithSelector(INodes.SignerAlreadyRegistered.selector, aliceWallet.addr, 1));
        vm.prank(admin);
        nodes.rotateSigningKey(2, key);
    }

    function test_rotateSigningKey_revertsWhenNotNodeManager() public {
        _addNode("alice");
        bytes memory key = _publicKey(_signingWallet("x"));
        bytes32 role = nodes.NODE_MANAGER_ROLE();
        address owner = makeAddr("alice");
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, owner, role));
        vm.prank(owner);
        nodes.rotateSigningKey(1, key);
    }

    function test_rotateSigningKey_revertsWhenNodeUnknown() public {
        bytes memory key = _publicKey(_signingWallet("x"));
        vm.expectRevert(abi.encodeWithSelector(INodes.NodeNotFound.selector, 3));
        vm.prank(admin);
        nodes.rotateSigningKey(3, key);
    }

    function test_disableNode_removesItFromTheNodeSet() public {
        _addNode("alice");
        _addNode("bob");
        (bytes32 before,) = nodes.nodeSet();
        bytes32 expected = keccak256(abi.encode(before, uint32(1), false));

        vm.expectEmit(address(nodes));
        emit INodes.NodeSetUpdated(expected, 1);
        vm.expectEmit(address(nodes));
        emit INodes.NodeDisabled(1);
        vm.prank(admin);
        nodes.disableNode(1);

        (bytes32 hash, uint256 size) = nodes.nodeSet();
        assertEq(hash, expected);
        assertEq(size, 1);
        assertFalse(nodes.isEnabled(1));
        assertTrue(nodes.getNode(1).disabled);
        uint32[] memory enabled = nodes.enabledNodeIds();
        assertEq(enabled.length, 1);
        assertEq(enabled[0], 2);
    }

    function test_enableNode_restoresItWithANewCommitment() public {
        _addNode("alice");
        (bytes32 initial,) = nodes.nodeSet();
        vm.startPrank(admin);
        nodes.disableNode(1);
        vm.expectEmit(address(nodes));
        emit INodes.NodeEnabled(1);
        nodes.enableNode(1);
        vm.stopPrank();

        (bytes32 hash, uint256 size) = nodes.nodeSet();
        assertEq(size, 1);
        assertTrue(nodes.isEnabled(1));
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
        vm.expectCall(address(selection), abi.encodeCall(INodeSelectionManager.onNodeDisabled, (1)));
        vm.prank(admin);
        nodes.disableNode(1);
    }

    function test_disableNode_withoutSelectionManagerCallsNobody() public {
        _addNode("alice");
        vm.startPrank(admin);
        nodes.setSelectionManager(address(0));
        vm.expectCall(address(selection), abi.encodeCall(INodeSelectionManager.onNodeDisabled, (1)), 0);
        nodes.disableNode(1);
        vm.stopPrank();
        assertFalse(nodes.isEnabled(1));
    }

    function test_disableNode_revertsWhenAlreadyDisabled() public {
        _addNode("alice");
        vm.startPrank(admin);
        nodes.disableNode(1);
        vm.expectRevert(abi.encodeWithSelector(INodes.NodeAlreadyInState.selector, 1, true));
        nodes.disableNode(1);
        vm.stopPrank();
    }

    function test_enableNode_revertsWhenAlreadyEnabled() public {
        _addNode("alice");
        vm.expectRevert(abi.encodeWithSelector(INodes.NodeAlreadyInState.selector, 1, false));
        vm.prank(admin);
        nodes.enableNode(1);
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
        nodes.disableNode(1);
    }

    function test_enableNode_revertsWhenNotNodeManager() public {
        _addNode("alice");
        vm.prank(admin);
        nodes.disableNode(1);
        bytes32 role = nodes.NODE_MANAGER_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role)
        );
        vm.prank(stranger);
        nodes.enableNode(1);
    }

    function test_quorumView_returnsSignersOfEnabledNodesOnly() public {
        (, Vm.Wallet memory alice) = _addNode("alice");
        _addNode("bob");
        vm.prank(admin);
        nodes.disableNode(2);
        uint32[] memory ids = new uint32[](3);
        ids[0] = 1;
        ids[1] = 2;
        ids[2] = 9;

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
        nodes.transferFrom(owner, stranger, 1);
    }

    function test_safeTransferFrom_revertsForTheOwner() public {
        _addNode("alice");
        address owner = makeAddr("alice");
        vm.expectRevert(INodes.TransferNotAllowed.selector);
        vm.prank(owner);
        nodes.safeTransferFrom(owner, stranger, 1);
    }

    function test_approve_reverts() public {
        _addNode("alice");
        vm.expectRevert(INodes.TransferNotAllowed.selector);
        vm.prank(makeAddr("alice"));
        nodes.approve(stranger, 1);
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
        nodes.transferFrom(owner, admin, 1);
    }

    function test_transferNode_movesTheNftAndTheOwnerIndex() public {
        _addNode("alice");
        address previousOwner = makeAddr("alice");
        address newOwner = makeAddr("carol");

        vm.expectEmit(address(nodes));
        emit INodes.NodeTransferred(1, previousOwner, newOwner);
        vm.expectEmit(address(nodes));
        emit IERC721.Transfer(previousOwner, newOwner, 1);
        vm.prank(admin);
        nodes.transferNode(1, newOwner);

        assertEq(nodes.ownerOf(1), newOwner);
        assertEq(nodes.nodeIdOf(newOwner), 1);
        assertEq(nodes.nodeIdOf(previousOwner), 0);
    }

    function test_transferNode_revertsWhenNewOwnerHasANode() public {
        _addNode("alice");
        _addNode("bob");
        address bob = makeAddr("bob");
        vm.expectRevert(abi.encodeWithSelector(INodes.OwnerAlreadyHasNode.selector, bob, 2));
        vm.prank(admin);
        nodes.transferNode(1, bob);
    }

    function test_transferNode_revertsWhenNewOwnerIsZero() public {
        _addNode("alice");
        vm.expectRevert(abi.encodeWithSelector(INodes.InvalidOwner.selector, address(0)));
        vm.prank(admin);
        nodes.transferNode(1, address(0));
    }

    function test_transferNode_revertsWhenNodeUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(INodes.NodeNotFound.selector, 4));
        vm.prank(admin);
        nodes.transferNode(4, stranger);
    }

    function test_transferNode_revertsWhenNotNodeManager() public {
        _addNode("alice");
        bytes32 role = nodes.NODE_MANAGER_ROLE();
        address owner = makeAddr("alice");
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, owner, role));
        vm.prank(owner);
        nodes.transferNode(1, stranger);
    }
}

contract NodesViewsTest is NodesFixture {
    function test_getNodes_paginates() public {
        _addNode("a");
        _addNode("b");
        _addNode("c");
        (uint32[] memory ids, INodes.Node[] memory records) = nodes.getNodes(2, 5);
        assertEq(ids.length, 2);
        assertEq(ids[0], 2);
        assertEq(ids[1], 3);
        assertEq(records[1].httpAddress, "https://c.example");

        (ids,) = nodes.getNodes(0, 2);
        assertEq(ids.length, 2);
        assertEq(ids[0], 1);

        (ids,) = nodes.getNodes(4, 10);
        assertEq(ids.length, 0);
    }

    function test_getNode_revertsWhenNodeUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(INodes.NodeNotFound.selector, 1));
        nodes.getNode(1);
    }

    function test_getSigner_revertsWhenNodeUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(INodes.NodeNotFound.selector, 1));
        nodes.getSigner(1);
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
        vm.expectRevert(INodes.ZeroAddress.selector);
        new ERC1967Proxy(implementation, abi.encodeCall(Nodes.initialize, (address(0))));
    }

    function test_upgradeToAndCall_keepsNodes() public {
        (, Vm.Wallet memory wallet) = _addNode("alice");
        vm.prank(admin);
        nodes.disableNode(1);
        (bytes32 hash,) = nodes.nodeSet();

        address implementation = address(new Nodes());
        vm.prank(admin);
        nodes.upgradeToAndCall(implementation, "");

        assertEq(address(uint160(uint256(vm.load(address(nodes), ERC1967Utils.IMPLEMENTATION_SLOT)))), implementation);
        assertEq(nodes.getSigner(1), wallet.addr);
        assertEq(nodes.ownerOf(1), makeAddr("alice"));
        assertFalse(nodes.isEnabled(1));
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
