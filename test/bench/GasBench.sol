// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {BaseTest} from "../utils/BaseTest.sol";
import {Vm} from "forge-std/Vm.sol";

/**
 * @notice The `make bench` gas table's measuring side. Each measured call is a whole transaction (`--isolate`): its
 *         gas, its calldata and the logs it emitted are written with what the design cannot avoid for it (the storage
 *         it must write, the contracts it must call, the proxies it goes through, the signatures it must check) as one
 *         JSON row in `target/bench/gas/`. `gas-report` (the `bench/` crate) turns the rows into the physical floor
 *         of each operation, the Markdown table and the chart.
 *
 *         The floor counts are the least any implementation of the design needs, not what ours happens to do: an
 *         account's fields that fit one slot count as one slot, and a slot the design needs only in some states is left
 *         out. A row whose measured gas falls below its floor is therefore a bug in the counts, and the report fails.
 * @dev Not run by `make test` (the 10,000-candidate queue alone takes minutes); `make bench` runs `test/bench/`.
 */
abstract contract GasBench is BaseTest {
    /// @dev What the design cannot avoid for an operation, beyond the intrinsic cost, calldata and logs.
    struct Floor {
        uint256 slotsCreated; // zero to non-zero, cold
        uint256 slotsUpdated; // non-zero to non-zero, cold
        uint256 slotsCleared; // non-zero to zero, cold (refunded in part)
        uint256 accounts; // other contracts the operation must call, cold
        uint256 proxies; // proxies it goes through: a cold implementation slot and a cold delegatecall each
        uint256 signatures; // ECRECOVERs
        string what; // which slots and contracts, in words
    }

    /// @dev How a row is shown: its section, position, name, what it handles and XMTP's deployed figure.
    struct Row {
        string table;
        uint256 order;
        string name;
        uint256 units;
        string unit;
        string chart;
        uint256 payloadBytes;
        uint256 referenceLow;
        uint256 referenceHigh;
    }

    string internal constant ROWS_DIR = "target/bench/gas/";

    /// @dev Sends `data` to `target` from `caller` as its own transaction and records it as `row`.
    function _bench(Row memory row, address caller, address target, bytes memory data, Floor memory floor)
        internal
        returns (uint256 gasUsed)
    {
        vm.recordLogs();
        vm.getRecordedLogs(); // drop whatever the setup emitted
        vm.prank(caller);
        (bool success, bytes memory returned) = target.call(data);
        if (!success) {
            assembly ("memory-safe") {
                revert(add(returned, 0x20), mload(returned))
            }
        }
        gasUsed = vm.lastCallGas().gasTotalUsed;
        _write(row, gasUsed, data, vm.getRecordedLogs(), floor);
    }

    /// @dev A row that is not charted and has no reference.
    function _row(string memory table, uint256 order, string memory name) internal pure returns (Row memory) {
        return Row(table, order, name, 1, "", "", 0, 0, 0);
    }

    /// @dev `_row` handling `units` `unit`s in one transaction.
    function _row(string memory table, uint256 order, string memory name, uint256 units, string memory unit)
        internal
        pure
        returns (Row memory row)
    {
        row = _row(table, order, name);
        row.units = units;
        row.unit = unit;
    }

    function _floor(uint256 created, uint256 updated, uint256 cleared, string memory what)
        internal
        pure
        returns (Floor memory)
    {
        return Floor(created, updated, cleared, 0, 1, 0, what);
    }

    function _write(Row memory row, uint256 gasUsed, bytes memory data, Vm.Log[] memory logs, Floor memory floor)
        private
    {
        string memory key = vm.toString(row.order);
        vm.serializeString(key, "table", row.table);
        vm.serializeUint(key, "order", row.order);
        vm.serializeString(key, "name", row.name);
        vm.serializeUint(key, "gas", gasUsed);
        vm.serializeUint(key, "units", row.units);
        vm.serializeString(key, "unit", row.unit);
        vm.serializeString(key, "chart", row.chart);
        vm.serializeUint(key, "payloadBytes", row.payloadBytes);
        vm.serializeUint(key, "calldataBytes", data.length);
        vm.serializeUint(key, "calldataZeroBytes", _zeroBytes(data));
        uint256 topics;
        uint256 logData;
        for (uint256 i; i < logs.length; ++i) {
            topics += logs[i].topics.length;
            logData += logs[i].data.length;
        }
        vm.serializeUint(key, "logCount", logs.length);
        vm.serializeUint(key, "logTopics", topics);
        vm.serializeUint(key, "logDataBytes", logData);
        vm.serializeUint(key, "slotsCreated", floor.slotsCreated);
        vm.serializeUint(key, "slotsUpdated", floor.slotsUpdated);
        vm.serializeUint(key, "slotsCleared", floor.slotsCleared);
        vm.serializeUint(key, "accounts", floor.accounts);
        vm.serializeUint(key, "proxies", floor.proxies);
        vm.serializeUint(key, "signatures", floor.signatures);
        vm.serializeString(key, "storage", floor.what);
        vm.serializeUint(key, "referenceLow", row.referenceLow);
        string memory json = vm.serializeUint(key, "referenceHigh", row.referenceHigh);
        vm.createDir(ROWS_DIR, true);
        vm.writeJson(json, string.concat(ROWS_DIR, key, ".json"));
    }

    function _zeroBytes(bytes memory data) private pure returns (uint256 count) {
        for (uint256 i; i < data.length; ++i) {
            if (data[i] == 0) ++count;
        }
    }
}
