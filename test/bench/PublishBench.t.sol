// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {GroupMessages} from "../../contracts/GroupMessages.sol";
import {IdentityUpdates} from "../../contracts/IdentityUpdates.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {PublishFixture} from "../utils/PublishFixture.sol";
import {GasBench} from "./GasBench.sol";

/**
 * @notice Publishing, one payload per transaction and in batches, from 78 B to the 256 KiB maximum. The floor of a
 *         publish is its calldata, its log (the payload is the log's data) and the one slot a broadcaster cannot avoid
 *         updating: its sequence id.
 */
contract PublishBench is PublishFixture, GasBench {
    string internal constant TABLE = "Publish";
    uint256 internal constant CHART_BATCH = 10;

    function setUp() public override(BaseTest, PublishFixture) {
        super.setUp();
    }

    function test_bench_addMessage() public {
        uint256[7] memory sizes = _sizes();
        // XMTP's deployed broadcaster, whole transactions, for the sizes it was measured at.
        uint256[5] memory reference_ = [uint256(36_700), 40_800, 63_200, 186_000, 678_000];
        for (uint256 i; i < sizes.length; ++i) {
            Row memory row = _row(TABLE, 100 + i, string.concat("addMessage ", _size(sizes[i])));
            row.chart = "single";
            row.payloadBytes = sizes[i];
            if (i < reference_.length) (row.referenceLow, row.referenceHigh) = (reference_[i], reference_[i]);
            bytes memory data = abi.encodeCall(GroupMessages.addMessage, (GROUP_ID, _payload(sizes[i])));
            _bench(row, publisher, address(groupMessages), data, _floor(0, 1, 0, "the sequence id"));
        }
    }

    /// @dev The chart's batched series: batches of ten payloads of each size up to 64 KiB (ten of 256 KiB would take
    ///      about 105 million gas, more than any block holds).
    function test_bench_addMessages_bySize() public {
        uint256[7] memory sizes = _sizes();
        for (uint256 i; i < sizes.length - 1; ++i) {
            string memory name = string.concat("addMessages ", vm.toString(CHART_BATCH), " x ", _size(sizes[i]));
            Row memory row = _row(TABLE, 110 + i, name, CHART_BATCH, "message");
            row.chart = "batched";
            row.payloadBytes = sizes[i];
            (bytes16[] memory groupIds, bytes[] memory messages) = _messageBatch(CHART_BATCH, sizes[i]);
            bytes memory data = abi.encodeCall(GroupMessages.addMessages, (groupIds, messages));
            _bench(row, publisher, address(groupMessages), data, _floor(0, 1, 0, "the sequence id, once a batch"));
        }
    }

    function test_bench_addMessages_byCount() public {
        uint256[4] memory counts = [uint256(1), 10, 50, 100];
        for (uint256 i; i < counts.length; ++i) {
            string memory name = string.concat("addMessages ", vm.toString(counts[i]), " x 256 B");
            (bytes16[] memory groupIds, bytes[] memory messages) = _messageBatch(counts[i], 256);
            bytes memory data = abi.encodeCall(GroupMessages.addMessages, (groupIds, messages));
            _bench(
                _row(TABLE, 120 + i, name, counts[i], "message"),
                publisher,
                address(groupMessages),
                data,
                _floor(0, 1, 0, "the sequence id, once a batch")
            );
        }
    }

    function test_bench_addIdentityUpdate() public {
        bytes memory data = abi.encodeCall(IdentityUpdates.addIdentityUpdate, (INBOX_ID, _payload(256)));
        _bench(
            _row(TABLE, 130, "addIdentityUpdate 256 B"),
            publisher,
            address(identityUpdates),
            data,
            _floor(0, 1, 0, "the sequence id")
        );
        bytes32[] memory inboxIds = new bytes32[](50);
        for (uint256 i; i < inboxIds.length; ++i) {
            inboxIds[i] = bytes32(i + 1);
        }
        data = abi.encodeCall(IdentityUpdates.addIdentityUpdates, (inboxIds, _payloads(50, 256)));
        _bench(
            _row(TABLE, 131, "addIdentityUpdates 50 x 256 B", 50, "update"),
            publisher,
            address(identityUpdates),
            data,
            _floor(0, 1, 0, "the sequence id, once a batch")
        );
    }

    function _sizes() internal pure returns (uint256[7] memory) {
        return [uint256(78), 256, 1024, 4096, 16_384, 65_536, 262_144];
    }

    function _size(uint256 bytes_) internal pure returns (string memory) {
        return
            bytes_ < 1024 ? string.concat(vm.toString(bytes_), " B") : string.concat(vm.toString(bytes_ / 1024), " KiB");
    }
}
