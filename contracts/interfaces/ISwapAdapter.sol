// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/**
 * @title  ISwapAdapter
 * @notice A venue-agnostic exchange used by the treasury's buyback: it pulls `amountIn` of `tokenIn` from the caller
 *         (who approved it) and delivers at least `minAmountOut` of `tokenOut` to `recipient`.
 * @dev    The treasury never trusts the returned amount: it measures what it actually received.
 */
interface ISwapAdapter {
    /**
     * @notice Swaps `amountIn` of `tokenIn`, pulled from the caller, for at least `minAmountOut` of `tokenOut` sent to
     *         `recipient`.
     * @return amountOut What the adapter says it delivered to `recipient`.
     */
    function swap(address tokenIn, address tokenOut, uint256 amountIn, uint256 minAmountOut, address recipient)
        external
        returns (uint256 amountOut);
}
