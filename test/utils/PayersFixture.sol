// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Payers} from "../../contracts/Payers.sol";
import {INodeQuorum} from "../../contracts/interfaces/INodeQuorum.sol";
import {IPayers} from "../../contracts/interfaces/IPayers.sol";
import {NodeSigning} from "./NodeSigning.sol";
import {NodesFixture} from "./NodesFixture.sol";
import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Vm} from "forge-std/Vm.sol";

/**
 * @notice A plain reference of the payer tree (see `IPayers`): builds every level from the leaves and reads range proofs
 *         off them, with no cleverness, so that it can check `MerkleRange` and feed `settleUsage`.
 */
library PayerTree {
    function leafHash(IPayers.PayerFee memory fee) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(uint8(0), fee.payer, fee.fee));
    }

    function nodeHash(bytes32 left, bytes32 right) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(uint8(1), left, right));
    }

    function leaves(IPayers.PayerFee[] memory fees) internal pure returns (bytes32[] memory hashes) {
        hashes = new bytes32[](fees.length);
        for (uint256 i; i < fees.length; ++i) {
            hashes[i] = leafHash(fees[i]);
        }
    }

    /// @dev Every level of the tree, leaves first, root last.
    function levels(bytes32[] memory leafHashes) internal pure returns (bytes32[][] memory all) {
        uint256 depth = 1;
        for (uint256 width = leafHashes.length; width > 1; width = (width + 1) / 2) {
            ++depth;
        }
        all = new bytes32[][](depth);
        all[0] = leafHashes;
        for (uint256 d = 1; d < depth; ++d) {
            bytes32[] memory below = all[d - 1];
            bytes32[] memory level = new bytes32[]((below.length + 1) / 2);
            for (uint256 i; i < level.length; ++i) {
                // The last node of an odd-length level has no sibling and moves up unchanged.
                level[i] = 2 * i + 1 < below.length ? nodeHash(below[2 * i], below[2 * i + 1]) : below[2 * i];
            }
            all[d] = level;
        }
    }

    function root(bytes32[] memory leafHashes) internal pure returns (bytes32) {
        bytes32[][] memory all = levels(leafHashes);
        return all[all.length - 1][0];
    }

    /// @dev The proof of leaves `[first, first + count)`: per level, the left-edge then the right-edge sibling if needed.
    function rangeProof(bytes32[] memory leafHashes, uint256 first, uint256 count)
        internal
        pure
        returns (bytes32[] memory proof)
    {
        bytes32[][] memory all = levels(leafHashes);
        proof = new bytes32[](2 * all.length);
        uint256 used;
        uint256 last = first + count - 1;
        for (uint256 d; d + 1 < all.length; ++d) {
            bytes32[] memory level = all[d];
            if (first % 2 == 1) proof[used++] = level[first - 1];
            if (last % 2 == 0 && last + 1 < level.length) proof[used++] = level[last + 1];
            first /= 2;
            last /= 2;
        }
        assembly ("memory-safe") {
            mstore(proof, used)
        }
    }

    function slice(IPayers.PayerFee[] memory fees, uint256 first, uint256 count)
        internal
        pure
        returns (IPayers.PayerFee[] memory part)
    {
        part = new IPayers.PayerFee[](count);
        for (uint256 i; i < count; ++i) {
            part[i] = fees[first + i];
        }
    }
}

/**
 * @notice The Payers fixture: nodes with real secp256k1 keys, funded payers, payer trees, signed usage reports and
 *         range-proved settlements.
 */
abstract contract PayersFixture is NodesFixture {
    uint256 internal constant USDC = 1e6;
    uint256 internal constant DEFAULT_MINIMUM_DEPOSIT = 10 * USDC;
    uint32 internal constant DEFAULT_LOCK_PERIOD = 2 days;
    uint64 internal constant EPOCH = 7;

    /// @dev The nodes `_addNodes` registered, in id order, their signing wallets (`wallets[i]` signs for `ids[i]`) and
    ///      their operators (the NFT owners, who stake and register in the selection manager).
    uint32[] internal nodeIds;
    Vm.Wallet[] internal nodeWallets;
    address[] internal nodeOperators;

    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");

    function setUp() public virtual override {
        super.setUp();
        // Payers tests check reports against the registry's enabled nodes unless they switch to the selection
        // manager's epochs (`_useSelection`), whatever the deployment wiring does.
        if (payers.nodeSelectionManager() != address(0)) {
            vm.prank(admin);
            payers.setNodeSelectionManager(address(0));
        }
    }

    /// @dev A Payers proxy as `initialize` leaves it, before governance wires it (the suite's is wired).
    function _unwiredPayers() internal returns (Payers) {
        bytes memory init = abi.encodeCall(Payers.initialize, (admin, address(usdc), address(nodes)));
        return Payers(address(new ERC1967Proxy(address(new Payers()), init)));
    }

    /* ============ Nodes ============ */

    /// @dev Registers `count` more nodes, named "node<n>" for the n-th node (whose id is n * 100).
    function _addNodes(uint256 count) internal {
        for (uint256 i; i < count; ++i) {
            string memory name = string.concat("node", vm.toString(nodeIds.length + 1));
            (uint32 nodeId, Vm.Wallet memory wallet) = _addNode(name);
            nodeIds.push(nodeId);
            nodeWallets.push(wallet);
            nodeOperators.push(makeAddr(name));
        }
    }

    function _operatorOf(uint32 nodeId) internal view returns (address) {
        for (uint256 i; i < nodeIds.length; ++i) {
            if (nodeIds[i] == nodeId) return nodeOperators[i];
        }
        revert("PayersFixture: unknown node");
    }

    function _walletOf(uint32 nodeId) internal view returns (Vm.Wallet memory) {
        for (uint256 i; i < nodeIds.length; ++i) {
            if (nodeIds[i] == nodeId) return nodeWallets[i];
        }
        revert("PayersFixture: unknown node");
    }

    /// @dev The first `count` registered node ids.
    function _firstNodes(uint256 count) internal view returns (uint32[] memory ids) {
        ids = new uint32[](count);
        for (uint256 i; i < count; ++i) {
            ids[i] = nodeIds[i];
        }
    }

    function _ids(uint32 a) internal pure returns (uint32[] memory ids) {
        ids = new uint32[](1);
        ids[0] = a;
    }

    function _ids(uint32 a, uint32 b) internal pure returns (uint32[] memory ids) {
        ids = new uint32[](2);
        (ids[0], ids[1]) = (a, b);
    }

    function _ids(uint32 a, uint32 b, uint32 c) internal pure returns (uint32[] memory ids) {
        ids = new uint32[](3);
        (ids[0], ids[1], ids[2]) = (a, b, c);
    }

    /* ============ Selection ============ */

    /// @dev Governance points Payers at the selection manager: reports are checked against an epoch's active set.
    function _useSelection() internal {
        vm.prank(admin);
        payers.setNodeSelectionManager(address(selection));
    }

    /// @dev The operators of `ids` stake the minimum and join the candidate queue, in that order.
    function _registerCandidates(uint32[] memory ids) internal {
        uint256 minimum = selection.minimumStake();
        for (uint256 i; i < ids.length; ++i) {
            address operator = _operatorOf(ids[i]);
            xmtp.mint(operator, minimum);
            vm.startPrank(operator);
            xmtp.approve(address(selection), minimum);
            selection.stake(minimum);
            selection.register();
            vm.stopPrank();
        }
    }

    /// @dev Warps past the waiting period and the next rotation, then rotates; returns the new epoch. With the default
    ///      24-hour wait and 12-hour epochs the rotation is late: epochs are missed, and the epoch before the new one
    ///      closed to reports at once (a late rotation's previous epoch ended when it was due).
    function _rotateSelection() internal returns (uint64 epoch) {
        uint256 at = vm.getBlockTimestamp() + selection.waitingPeriod();
        if (at < selection.nextRotationAt()) at = selection.nextRotationAt();
        vm.warp(at);
        selection.rotateNodes();
        return SafeCast.toUint64(selection.currentEpoch());
    }

    /// @dev Rotates at the rotation time, no later: no epoch is missed, so the epoch that ends is the one before the
    ///      new current epoch, and its report window is open. Returns the new epoch.
    function _rotateOnTime() internal returns (uint64 epoch) {
        vm.warp(selection.nextRotationAt());
        selection.rotateNodes();
        return SafeCast.toUint64(selection.currentEpoch());
    }

    /// @dev Makes `ids` the active set (the set must have room for all of them) and switches Payers to the selection
    ///      manager; returns the epoch they are active in.
    function _activate(uint32[] memory ids) internal returns (uint64 epoch) {
        if (ids.length > selection.activeSetSize()) {
            vm.prank(admin);
            selection.setActiveSetSize(ids.length);
        }
        _registerCandidates(ids);
        epoch = _rotateSelection();
        _useSelection();
    }

    /// @dev `count` consecutive node ids from `first`: `first`, `first + 100`, … (`Nodes` numbers nodes in 100s).
    function _range(uint32 first, uint256 count) internal pure returns (uint32[] memory ids) {
        ids = new uint32[](count);
        for (uint256 i; i < count; ++i) {
            ids[i] = first + SafeCast.toUint32(i * 100);
        }
    }

    /* ============ Payers ============ */

    /// @dev A token amount as a balance.
    function _signed(uint256 amount) internal pure returns (int256) {
        return SafeCast.toInt256(amount);
    }

    /// @dev Mints `amount` to `payer`, who approves and deposits it for itself.
    /// @dev An EIP-2612 permit from `owner` letting Payers spend `value` of its USDC until `deadline`.
    function _permit(Vm.Wallet memory owner, uint256 value, uint256 deadline)
        internal
        view
        returns (uint8 v, bytes32 r, bytes32 s)
    {
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"),
                owner.addr,
                address(payers),
                value,
                usdc.nonces(owner.addr),
                deadline
            )
        );
        return vm.sign(owner.privateKey, keccak256(abi.encodePacked("\x19\x01", usdc.DOMAIN_SEPARATOR(), structHash)));
    }

    function _fund(address payer, uint256 amount) internal {
        usdc.mint(payer, amount);
        vm.prank(payer);
        usdc.approve(address(payers), amount);
        vm.prank(payer);
        payers.deposit(payer, amount);
    }

    /// @dev `count` distinct payers with fees from `seed` (each 1 … 5 USDC).
    function _payerFees(uint256 count, uint256 seed) internal pure returns (IPayers.PayerFee[] memory fees) {
        fees = new IPayers.PayerFee[](count);
        for (uint256 i; i < count; ++i) {
            fees[i] = IPayers.PayerFee({
                payer: address(SafeCast.toUint160(uint256(keccak256(abi.encode("payer", seed, i))) >> 96)),
                fee: SafeCast.toUint96(1 + uint256(keccak256(abi.encode("fee", seed, i))) % (5 * USDC))
            });
        }
    }

    /* ============ Reports ============ */

    /// @dev A report of `originator`'s next `length` sequence ids over the payer tree of `fees`, in `EPOCH`, for the
    ///      set in force (without a selection manager).
    function _report(uint32 originator, uint64 length, IPayers.PayerFee[] memory fees)
        internal
        view
        returns (IPayers.UsageReport memory report)
    {
        return _reportIn(EPOCH, originator, length, fees);
    }

    /// @dev `_report` in `epoch`, naming the node set `payers.reportNodeSet(epoch)` says signers sign for.
    function _reportIn(uint64 epoch, uint32 originator, uint64 length, IPayers.PayerFee[] memory fees)
        internal
        view
        returns (IPayers.UsageReport memory report)
    {
        (bytes32 nodeSetHash,) = payers.reportNodeSet(epoch);
        uint64 start = payers.lastReportedSequenceId(originator) + 1;
        report = IPayers.UsageReport({
            originatorNodeId: originator,
            startSequenceId: start,
            endSequenceId: start + length - 1,
            epoch: epoch,
            messagesServed: length, // one message per sequence id, the most a report may count
            payerCount: SafeCast.toUint32(fees.length),
            payersRoot: fees.length == 0 ? bytes32(0) : PayerTree.root(PayerTree.leaves(fees)),
            nodeSetHash: nodeSetHash
        });
    }

    /// @dev Each node of `signerIds` (in that order) signs `report` on `payers`.
    function _sign(IPayers.UsageReport memory report, uint32[] memory signerIds)
        internal
        view
        returns (INodeQuorum.NodeSignature[] memory signatures)
    {
        return NodeSigning.signAll(payers.usageReportDigest(report), signerIds, _signingKeyOf);
    }

    /// @dev Node `nodeId`'s signing key (its wallet's).
    function _signingKeyOf(uint32 nodeId) internal view returns (uint256) {
        return _walletOf(nodeId).privateKey;
    }

    /// @dev Submits `report` signed by every registered node.
    function _submit(IPayers.UsageReport memory report) internal returns (uint256 reportId) {
        INodeQuorum.NodeSignature[] memory signatures = _sign(report, nodeIds);
        vm.prank(stranger);
        return payers.submitUsageReport(report, signatures);
    }

    /// @dev Submits a report of `fees` from the first node, signed by every node.
    function _submitFees(IPayers.PayerFee[] memory fees) internal returns (uint256 reportId) {
        return _submit(_report(nodeIds[0], 10, fees));
    }

    /* ============ Settlement ============ */

    /// @dev Settlement in a steady state: three nodes, one report already settled (so the backed fees are non-zero,
    ///      as once the network runs), then an accepted report charging `payerCount` funded payers, not yet settled.
    function _unsettledReport(uint256 payerCount)
        internal
        returns (uint256 reportId, IPayers.PayerFee[] memory fees, bytes32[] memory leaves)
    {
        _addNodes(3);
        IPayers.PayerFee[] memory warmUp = _payerFees(1, 0);
        _fund(warmUp[0].payer, 10 * USDC);
        _settle(_submitFees(warmUp), warmUp, 0, 1);

        fees = _payerFees(payerCount, 1);
        for (uint256 i; i < payerCount; ++i) {
            _fund(fees[i].payer, 10 * USDC);
        }
        reportId = _submitFees(fees);
        leaves = PayerTree.leaves(fees);
    }

    /// @dev Settles leaves `[first, first + count)` of `fees` (the whole tree of report `reportId`).
    function _settle(uint256 reportId, IPayers.PayerFee[] memory fees, uint256 first, uint256 count) internal {
        bytes32[] memory proof = PayerTree.rangeProof(PayerTree.leaves(fees), first, count);
        vm.prank(stranger);
        payers.settleUsage(reportId, PayerTree.slice(fees, first, count), proof);
    }

    /// @dev Drives `payer` (with no balance) `debt` into debt through a settled report.
    function _putInDebt(address payer, uint256 debt) internal {
        if (nodeIds.length == 0) _addNodes(1);
        IPayers.PayerFee[] memory fees = new IPayers.PayerFee[](1);
        fees[0] = IPayers.PayerFee({payer: payer, fee: SafeCast.toUint96(debt)});
        uint256 reportId = _submitFees(fees);
        _settle(reportId, fees, 0, 1);
        assertEq(payers.balanceOf(payer), -_signed(debt));
    }
}
