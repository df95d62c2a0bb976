// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/**
 * @notice Errors every contract of the suite may raise, declared once (as OpenZeppelin's `draft-IERC6093.sol` declares
 *         the token errors once): each contract's interface inherits them, so their selectors and names are the same
 *         everywhere.
 */
interface IErrors {
    /// @notice An address that must be set is zero.
    error ZeroAddress();
}
