// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

// STUB: replaced by the Payers implementation.
contract Payers {
    function initialize(address admin, address feeToken_, address nodes_) external {}
}
