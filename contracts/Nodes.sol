// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

// STUB: replaced by the Nodes implementation.
contract Nodes {
    function initialize(address admin) external {}
}
