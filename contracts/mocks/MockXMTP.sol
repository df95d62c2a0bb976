// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/**
 * @title  MockXMTP
 * @notice A stand-in for the XMTP token on local chains (chain id 31337 only): 18 decimals, EIP-2612 permits, holders
 *         may burn their tokens (the treasury's buyback burns what it buys), and a `mint` that anyone may call. Never
 *         deployed on a real chain.
 */
contract MockXMTP is ERC20, ERC20Burnable, ERC20Permit {
    constructor() ERC20("XMTP (mock)", "XMTP") ERC20Permit("XMTP (mock)") {}

    /// @notice Mints `amount` to `to`. Anyone may call: this is a test token.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}
