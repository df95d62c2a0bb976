// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISwapAdapter} from "../interfaces/ISwapAdapter.sol";
import {MockXMTP} from "./MockXMTP.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/**
 * @title  MockSwapAdapter
 * @notice A stand-in exchange for the treasury's buyback on local chains (chain id 31337 only): USDC in, freshly minted
 *         MockXMTP out, at a fixed rate set at deployment and never changed. The USDC it takes stays here. Never
 *         deployed on a real chain.
 */
contract MockSwapAdapter is ISwapAdapter {
    using SafeERC20 for IERC20;

    /// @notice The token it takes.
    address public immutable usdc;

    /// @notice The token it mints.
    address public immutable xmtp;

    /// @notice XMTP units delivered per USDC unit taken (1e12 is one XMTP per USDC).
    uint256 public immutable rate;

    /// @notice Only USDC for XMTP.
    error UnsupportedPair(address tokenIn, address tokenOut);

    /// @notice The fixed rate gives less than the caller's minimum.
    error InsufficientOutput(uint256 amountOut, uint256 minAmountOut);

    /// @notice The rate must be non-zero.
    error ZeroRate();

    constructor(address usdc_, address xmtp_, uint256 rate_) {
        if (rate_ == 0) revert ZeroRate();
        usdc = usdc_;
        xmtp = xmtp_;
        rate = rate_;
    }

    /// @inheritdoc ISwapAdapter
    function swap(address tokenIn, address tokenOut, uint256 amountIn, uint256 minAmountOut, address recipient)
        external
        returns (uint256 amountOut)
    {
        if (tokenIn != usdc || tokenOut != xmtp) revert UnsupportedPair(tokenIn, tokenOut);
        amountOut = amountIn * rate;
        if (amountOut < minAmountOut) revert InsufficientOutput(amountOut, minAmountOut);
        IERC20(usdc).safeTransferFrom(msg.sender, address(this), amountIn);
        MockXMTP(xmtp).mint(recipient, amountOut);
    }
}
