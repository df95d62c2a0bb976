// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Delegation} from "../../contracts/Delegation.sol";
import {GroupMessages} from "../../contracts/GroupMessages.sol";
import {IdentityUpdates} from "../../contracts/IdentityUpdates.sol";
import {NodeSelectionManager} from "../../contracts/NodeSelectionManager.sol";
import {Nodes} from "../../contracts/Nodes.sol";
import {Payers} from "../../contracts/Payers.sol";
import {MockUSDC} from "../../contracts/mocks/MockUSDC.sol";
import {MockXMTP} from "../../contracts/mocks/MockXMTP.sol";
import {DeploySuite} from "../../script/DeploySuite.sol";
import {Test} from "forge-std/Test.sol";

/// @notice The shared fixture: the suite deployed behind real proxies by `DeploySuite`, exactly as the deploy script does.
abstract contract BaseTest is Test {
    address internal deployer = makeAddr("deployer");
    address internal admin = makeAddr("admin");
    address internal publisher = makeAddr("publisher");
    address internal stranger = makeAddr("stranger");

    DeploySuite.Suite internal suite;
    DeploySuite.Tokens internal tokens;
    IdentityUpdates internal identityUpdates;
    GroupMessages internal groupMessages;
    Nodes internal nodes;
    Payers internal payers;
    NodeSelectionManager internal selection;
    Delegation internal delegation;
    MockUSDC internal usdc;
    MockXMTP internal xmtp;

    function setUp() public virtual {
        tokens = DeploySuite.deployMockTokens();
        // As the deploy script does: `deployer` is the first admin, wires the suite and hands every governance role to
        // `admin`, keeping none. (Its calls are pranked so that this contract's nonce, and with it the address of
        // every contract a test deploys, stays what it was.)
        suite = DeploySuite.deploy(deployer, tokens);
        vm.startPrank(deployer);
        DeploySuite.wire(suite);
        DeploySuite.handOver(suite, DeploySuite.Roles({admin: admin, pauser: admin, nodeManager: admin}), deployer);
        vm.stopPrank();
        identityUpdates = IdentityUpdates(suite.identityUpdates.proxy);
        groupMessages = GroupMessages(suite.groupMessages.proxy);
        nodes = Nodes(suite.nodes.proxy);
        payers = Payers(suite.payers.proxy);
        selection = NodeSelectionManager(suite.nodeSelectionManager.proxy);
        delegation = Delegation(suite.delegation.proxy);
        usdc = MockUSDC(tokens.usdc);
        xmtp = MockXMTP(tokens.xmtp);
    }

    /// @dev Mints `amount` XMTP to `owner` and stakes it for `owner` in the selection manager.
    function _mintAndStake(address owner, uint256 amount) internal {
        xmtp.mint(owner, amount);
        vm.startPrank(owner);
        xmtp.approve(address(selection), amount);
        selection.stake(amount);
        vm.stopPrank();
    }

    /// @dev A payload of `size` non-zero bytes `(i % 255) + 1`: the shape XMTP's own gas figures were measured with.
    function _payload(uint256 size) internal pure returns (bytes memory payload) {
        payload = new bytes(size);
        for (uint256 i; i < size; ++i) {
            payload[i] = bytes1(uint8((i % 255) + 1));
        }
    }

    /// @dev `count` payloads of `size` bytes each.
    function _payloads(uint256 count, uint256 size) internal pure returns (bytes[] memory payloads) {
        payloads = new bytes[](count);
        bytes memory payload = _payload(size);
        for (uint256 i; i < count; ++i) {
            payloads[i] = payload;
        }
    }

    /// @dev What a transaction with this calldata pays at least since EIP-7623: 21,000 + 10 gas per calldata token,
    ///      where a zero byte is one token and any other byte four.
    function _calldataFloor(bytes memory data) internal pure returns (uint256) {
        uint256 tokenCount;
        for (uint256 i; i < data.length; ++i) {
            tokenCount += data[i] == 0 ? 1 : 4;
        }
        return 21_000 + 10 * tokenCount;
    }
}
