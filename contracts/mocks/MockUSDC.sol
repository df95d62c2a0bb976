// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/**
 * @title  MockUSDC
 * @notice A stand-in for USDC on local chains (chain id 31337 only): 6 decimals, EIP-2612 permits, a `mint` that
 *         anyone may call, and a blocklist like USDC's (transfers to or from a blocked account revert), so that what
 *         happens to a recipient that cannot receive can be tried. Never deployed on a real chain.
 */
contract MockUSDC is ERC20, ERC20Permit {
    /// @notice Accounts that may neither send nor receive.
    mapping(address account => bool) public blocked;

    /// @notice Emitted when `account` is blocked or unblocked.
    event BlockedUpdated(address indexed account, bool blocked);

    /// @notice A transfer touched a blocked account.
    error AccountBlocked(address account);

    constructor() ERC20("USD Coin (mock)", "USDC") ERC20Permit("USD Coin (mock)") {}

    /// @notice Mints `amount` to `to`. Anyone may call: this is a test token.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Blocks or unblocks `account`. Anyone may call: this is a test token.
    function setBlocked(address account, bool isBlocked) external {
        blocked[account] = isBlocked;
        emit BlockedUpdated(account, isBlocked);
    }

    /// @inheritdoc ERC20
    function decimals() public pure override returns (uint8) {
        return 6;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (blocked[from]) revert AccountBlocked(from);
        if (blocked[to]) revert AccountBlocked(to);
        super._update(from, to, value);
    }
}
