// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {INodeEarningsTracker} from "./interfaces/INodeEarningsTracker.sol";
import {IRewardDistributor} from "./interfaces/IRewardDistributor.sol";
import {ProfitCap} from "./libraries/ProfitCap.sol";
import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/**
 * @title  NodeEarningsTracker
 * @notice Per-node, per-period earnings and costs, lifetime earnings and owed shortfalls (see `INodeEarningsTracker`).
 *         Behind a UUPS proxy; written only by the reward distributor.
 */
contract NodeEarningsTracker is INodeEarningsTracker, Initializable, AccessControlUpgradeable, UUPSUpgradeable {
    using SafeCast for uint256;

    uint256 private constant MASK_64 = type(uint64).max;
    uint256 private constant MASK_16 = type(uint16).max;
    uint256 private constant MASK_32 = type(uint32).max;
    uint256 private constant MASK_80 = type(uint80).max;
    uint256 private constant COSTS_OFFSET = 64;
    uint256 private constant PRIOR_OFFSET = 128;
    /// @dev The record's key: its period (low 16 bits) and node id, compared in one step on the hot path.
    uint256 private constant KEY_OFFSET = 208;
    uint256 private constant NODE_ID_OFFSET = 224;

    /* ============ Storage ============ */

    /**
     * @custom:storage-location erc7201:xmtp.storage.NodeEarningsTracker
     * @dev    Records and payout lists live in two generations, by period parity: period `p + 2` writes over the slots
     *         of period `p`, so a period's first distribution updates slots instead of creating them (2,900 gas a slot
     *         instead of 20,000). The distributor pays period `p` out before it enters period `p + 2`.
     */
    struct NodeEarningsTrackerStorage {
        address distributor;
        /// @dev `PeriodRecord`s packed by hand (`_load`, `_store`), by period parity: earnings (64 bits), costs (64),
        ///      prior earnings (80), the period's low 16 bits and the node id (32). One read and one write per epoch
        ///      and node.
        mapping(uint256 parity => mapping(address node => uint256 packed)) records;
        /// @dev By period parity: the nodes with a record in the period, in order of their first record (the payout
        ///      list). Entries past the period's count are an older period's, written over as the list grows.
        mapping(uint256 parity => address[] nodes) periodNodes;
        mapping(address node => Account) accounts;
        /// @dev By period parity: `period << 128 | count`, the period the list holds and its length.
        mapping(uint256 parity => uint256 head) periodHeads;
    }

    // keccak256(abi.encode(uint256(keccak256("xmtp.storage.NodeEarningsTracker")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant TRACKER_STORAGE = 0x4cb255304f5c6dc6a8adde9b09f8fe06e6ca1fc7a96860fd1ccebcb42f690c00;

    function _getNodeEarningsTrackerStorage() private pure returns (NodeEarningsTrackerStorage storage $) {
        assembly {
            $.slot := TRACKER_STORAGE
        }
    }

    modifier onlyDistributor() {
        if (msg.sender != _getNodeEarningsTrackerStorage().distributor) revert NotDistributor(msg.sender);
        _;
    }

    /* ============ Initialization ============ */

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /**
     * @notice Initializes the proxy. The distributor is set later (`setDistributor`): it is deployed after the
     *         tracker, whose address it needs.
     * @param  admin Receives `DEFAULT_ADMIN_ROLE` (the distributor setting and upgrades).
     */
    function initialize(address admin) external initializer {
        if (admin == address(0)) revert ZeroAddress();
        __AccessControl_init();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /* ============ Proposal interface ============ */

    /// @inheritdoc INodeEarningsTracker
    function addRewards(address node, uint256 amount) external onlyDistributor {
        NodeEarningsTrackerStorage storage $ = _getNodeEarningsTrackerStorage();
        if ($.accounts[node].nodeId == 0) revert UnknownNode(node);
        uint256 period = IRewardDistributor(msg.sender).currentPeriod();
        uint256 packed = $.records[period & 1][node];
        // New to the period: under the node id of its latest record.
        if (!_isOf(packed, period)) packed = _enterPeriod($, node, period, 0, packed);
        PeriodRecord memory record = _unpack(packed);
        // Widened explicitly: solc widens the sum anyway, but Slither would type it narrow and skip this function.
        record.earnings = (uint256(record.earnings) + amount).toUint64();
        _store($, period, node, record);
        emit EarningsUpdated(node, uint256(record.priorEarnings) + record.earnings, block.timestamp);
    }

    /// @inheritdoc INodeEarningsTracker
    function getTotalEarnings(address node) external view returns (uint256) {
        NodeEarningsTrackerStorage storage $ = _getNodeEarningsTrackerStorage();
        uint256 latest = _latest($.records[0][node], $.records[1][node]);
        return ((latest >> PRIOR_OFFSET) & MASK_80) + (latest & MASK_64);
    }

    /// @inheritdoc INodeEarningsTracker
    function enforceProfitCap(address node) external returns (uint256 excess) {
        return IRewardDistributor(_getNodeEarningsTrackerStorage().distributor).enforceProfitCap(node);
    }

    /* ============ Distributor writes ============ */

    /// @inheritdoc INodeEarningsTracker
    function recordEpoch(uint256 period, EpochEntry[] calldata entries, uint256 capBps)
        external
        onlyDistributor
        returns (uint256 excess)
    {
        NodeEarningsTrackerStorage storage $ = _getNodeEarningsTrackerStorage();
        // The period's records, located once for every node (each lookup hashes).
        mapping(address node => uint256 packed) storage records = $.records[period & 1];
        for (uint256 i; i < entries.length; ++i) {
            excess += _recordNode($, records, period, entries[i], capBps);
        }
    }

    /// @inheritdoc INodeEarningsTracker
    function applyProfitCap(address node, uint256 capBps, uint256 openPeriod)
        external
        onlyDistributor
        returns (uint256 excess)
    {
        NodeEarningsTrackerStorage storage $ = _getNodeEarningsTrackerStorage();
        uint256 period = openPeriod;
        // Closed periods are final (they may be paid already): only the node's latest record, of the open period.
        uint256 packed = $.records[period & 1][node];
        if (!_isOf(packed, period) || _latest(packed, $.records[(period + 1) & 1][node]) != packed) return 0;
        PeriodRecord memory record = _unpack(packed);
        uint256 kept;
        (kept, excess) = ProfitCap.split(record.earnings, record.costs, capBps);
        if (excess == 0) return 0;
        record.earnings = kept.toUint64();
        _store($, period, node, record);
        emit ProfitCapApplied(node, period, excess);
        emit EarningsUpdated(node, uint256(record.priorEarnings) + kept, block.timestamp);
    }

    /* ============ Governance ============ */

    /// @inheritdoc INodeEarningsTracker
    function setDistributor(address distributor_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (distributor_ == address(0)) revert ZeroAddress();
        NodeEarningsTrackerStorage storage $ = _getNodeEarningsTrackerStorage();
        emit DistributorUpdated($.distributor, distributor_);
        $.distributor = distributor_;
    }

    /* ============ Views ============ */

    /// @inheritdoc INodeEarningsTracker
    function distributor() external view returns (address) {
        return _getNodeEarningsTrackerStorage().distributor;
    }

    /// @inheritdoc INodeEarningsTracker
    function periodRecord(uint256 period, address node) external view returns (PeriodRecord memory) {
        return _load(_getNodeEarningsTrackerStorage(), period, node);
    }

    /// @inheritdoc INodeEarningsTracker
    function earningsOf(address node, uint256 period) external view returns (uint256) {
        return _load(_getNodeEarningsTrackerStorage(), period, node).earnings;
    }

    /// @inheritdoc INodeEarningsTracker
    function costsOf(address node, uint256 period) external view returns (uint256) {
        return _load(_getNodeEarningsTrackerStorage(), period, node).costs;
    }

    /// @inheritdoc INodeEarningsTracker
    function account(address node) external view returns (Account memory acct) {
        NodeEarningsTrackerStorage storage $ = _getNodeEarningsTrackerStorage();
        acct = $.accounts[node];
        uint256 latest = _latest($.records[0][node], $.records[1][node]);
        if (latest >> NODE_ID_OFFSET == 0) return acct;
        // forge-lint: disable-next-line(unsafe-typecast)
        acct.nodeId = uint32(latest >> NODE_ID_OFFSET);
        // The full period from its low 16 bits: the latest period at or before the distributor's open one.
        uint256 open = IRewardDistributor($.distributor).currentPeriod();
        uint256 tag = (latest >> KEY_OFFSET) & MASK_16;
        uint256 back = (open + (1 << 16) - tag) & MASK_16;
        acct.lastPeriod = (open >= back ? open - back : tag).toUint32();
    }

    /// @inheritdoc INodeEarningsTracker
    function owedOf(address node) external view returns (uint256) {
        return _getNodeEarningsTrackerStorage().accounts[node].owed;
    }

    /// @inheritdoc INodeEarningsTracker
    function owedOfBatch(address[] calldata nodes) external view returns (uint256[] memory owed) {
        NodeEarningsTrackerStorage storage $ = _getNodeEarningsTrackerStorage();
        owed = new uint256[](nodes.length);
        for (uint256 i; i < nodes.length; ++i) {
            owed[i] = $.accounts[nodes[i]].owed;
        }
    }

    /// @inheritdoc INodeEarningsTracker
    function periodNodeCount(uint256 period) external view returns (uint256) {
        return _periodNodeCount(_getNodeEarningsTrackerStorage(), period);
    }

    /// @inheritdoc INodeEarningsTracker
    function periodNodes(uint256 period, uint256 start, uint256 count)
        external
        view
        returns (address[] memory nodes, PeriodRecord[] memory records)
    {
        NodeEarningsTrackerStorage storage $ = _getNodeEarningsTrackerStorage();
        address[] storage list = $.periodNodes[period & 1];
        uint256 length = _periodNodeCount($, period);
        uint256 end = start >= length ? start : (count > length - start ? length : start + count);
        uint256 n = end - start;
        nodes = new address[](n);
        records = new PeriodRecord[](n);
        for (uint256 i; i < n; ++i) {
            address node = list[start + i];
            nodes[i] = node;
            records[i] = _load($, period, node);
        }
    }

    /* ============ Internal ============ */

    /// @dev Adds one node's epoch to its record in `records` (`$.records` of the period's parity) and to its account,
    ///      when that changes, applying the cap; returns the excess.
    function _recordNode(
        NodeEarningsTrackerStorage storage $,
        mapping(address node => uint256 packed) storage records,
        uint256 period,
        EpochEntry calldata entry,
        uint256 capBps
    ) private returns (uint256 excess) {
        address node = entry.node;
        uint32 nodeId = entry.nodeId;
        if (nodeId == 0) revert ZeroNodeId(node);
        uint256 packed = records[node];
        // The account is read only when something in it changes: a new period (the slot holds an older one's record,
        // or none), a new node id or the owed shortfall.
        if (packed >> KEY_OFFSET != (uint256(nodeId) << 16 | (period & MASK_16)) || entry.syncOwed) {
            packed = _updateAccount($, period, entry, packed);
        }

        // The epoch's hot path works on the packed word: one read, one write.
        uint256 costs = ((packed >> COSTS_OFFSET) & MASK_64) + entry.costs;
        uint256 earnings;
        (earnings, excess) = ProfitCap.split((packed & MASK_64) + entry.earnings, costs, capBps);
        if (costs > MASK_64) revert SafeCast.SafeCastOverflowedUintDowncast(64, costs);
        if (earnings > MASK_64) revert SafeCast.SafeCastOverflowedUintDowncast(64, earnings);
        records[node] = (packed & ~((MASK_64 << COSTS_OFFSET) | MASK_64)) | (costs << COSTS_OFFSET) | earnings;
        emit EarningsUpdated(node, ((packed >> PRIOR_OFFSET) & MASK_80) + earnings, block.timestamp);
    }

    /// @dev The slow path of `_recordNode`: a new period or node id, or an owed shortfall to write. Returns the record.
    function _updateAccount(
        NodeEarningsTrackerStorage storage $,
        uint256 period,
        EpochEntry calldata entry,
        uint256 packed
    ) private returns (uint256) {
        address node = entry.node;
        uint32 nodeId = entry.nodeId;
        if (!_isOf(packed, period)) {
            packed = _enterPeriod($, node, period, nodeId, packed);
        } else if (packed >> NODE_ID_OFFSET != nodeId) {
            packed = (packed & ~(MASK_32 << NODE_ID_OFFSET)) | (uint256(nodeId) << NODE_ID_OFFSET);
        }
        // The account only for the owed shortfall: a new period costs no account write.
        if (entry.syncOwed) {
            Account storage acct = $.accounts[node];
            if (acct.owed != entry.owed) {
                acct.owed = entry.owed.toUint96();
                emit OwedUpdated(node, entry.owed);
            }
        }
        return packed;
    }

    /**
     * @dev `node`'s first record in `period` (packed; `stale` is what its slot holds now): it joins the payout list,
     *      and carries the lifetime earnings before it, its latest record's (in this slot or the other: only this node
     *      writes there). `nodeId` zero: the latest record's. A node never recorded before gets its account.
     */
    function _enterPeriod(
        NodeEarningsTrackerStorage storage $,
        address node,
        uint256 period,
        uint32 nodeId,
        uint256 stale
    ) private returns (uint256) {
        uint256 parity = period & 1;
        uint256 count = _periodNodeCount($, period);
        address[] storage list = $.periodNodes[parity];
        // Over the list of period `period - 2`, paid out by now: an update, and none when the node sits at the same
        // place it did then (a set that did not change).
        if (count >= list.length) list.push(node);
        else if (list[count] != node) list[count] = node;
        $.periodHeads[parity] = period << 128 | (count + 1);
        uint256 latest = _latest(stale, $.records[1 - parity][node]);
        // forge-lint: disable-next-line(unsafe-typecast)
        if (nodeId == 0) nodeId = uint32(latest >> NODE_ID_OFFSET);
        // Never recorded: the account says the node is known (`addRewards`); it is written once.
        if (latest == 0) $.accounts[node].nodeId = nodeId;
        uint256 prior = ((latest >> PRIOR_OFFSET) & MASK_80) + (latest & MASK_64);
        if (prior > MASK_80) revert SafeCast.SafeCastOverflowedUintDowncast(80, prior);
        return (prior << PRIOR_OFFSET) | ((period & MASK_16) << KEY_OFFSET) | (uint256(nodeId) << NODE_ID_OFFSET);
    }

    /**
     * @dev The later of a node's two records (its two slots hold periods of different parity; zero when neither holds
     *      one). Their periods' low 16 bits tell which: the later is less than 2^15 periods after the other.
     */
    function _latest(uint256 a, uint256 b) private pure returns (uint256) {
        if (b >> NODE_ID_OFFSET == 0) return a >> NODE_ID_OFFSET == 0 ? 0 : a;
        if (a >> NODE_ID_OFFSET == 0) return b;
        uint256 after_ = ((a >> KEY_OFFSET) + (1 << 16) - ((b >> KEY_OFFSET) & MASK_16)) & MASK_16;
        return after_ < 1 << 15 ? a : b;
    }

    /// @dev `node`'s record of `period`: zero when its slot holds another period's, or nothing.
    function _load(NodeEarningsTrackerStorage storage $, uint256 period, address node)
        private
        view
        returns (PeriodRecord memory record)
    {
        uint256 packed = $.records[period & 1][node];
        if (_isOf(packed, period)) record = _unpack(packed);
    }

    function _store(NodeEarningsTrackerStorage storage $, uint256 period, address node, PeriodRecord memory record)
        private
    {
        $.records[period & 1][node] = _pack(record, period);
    }

    /// @dev Whether `packed` is a record of `period` (records always have a node id).
    function _isOf(uint256 packed, uint256 period) private pure returns (bool) {
        return packed >> NODE_ID_OFFSET != 0 && (packed >> KEY_OFFSET) & MASK_16 == period & MASK_16;
    }

    function _periodNodeCount(NodeEarningsTrackerStorage storage $, uint256 period) private view returns (uint256) {
        uint256 head = $.periodHeads[period & 1];
        return head >> 128 == period ? head & type(uint128).max : 0;
    }

    function _unpack(uint256 packed) private pure returns (PeriodRecord memory record) {
        // The masks make every cast exact.
        // forge-lint: disable-next-line(unsafe-typecast)
        record.earnings = uint64(packed & MASK_64);
        // forge-lint: disable-next-line(unsafe-typecast)
        record.costs = uint64((packed >> COSTS_OFFSET) & MASK_64);
        // forge-lint: disable-next-line(unsafe-typecast)
        record.priorEarnings = uint96((packed >> PRIOR_OFFSET) & MASK_80);
        // forge-lint: disable-next-line(unsafe-typecast)
        record.nodeId = uint32(packed >> NODE_ID_OFFSET);
    }

    function _pack(PeriodRecord memory record, uint256 period) private pure returns (uint256) {
        // Prior earnings fit 80 bits: `_enterPeriod` casts them checked (2^80 units is over 10^18 USDC).
        return uint256(record.earnings) | (uint256(record.costs) << COSTS_OFFSET)
            | (uint256(record.priorEarnings) << PRIOR_OFFSET) | ((period & MASK_16) << KEY_OFFSET)
            | (uint256(record.nodeId) << NODE_ID_OFFSET);
    }

    /// @dev Upgrades are governance's.
    function _authorizeUpgrade(address) internal override onlyRole(DEFAULT_ADMIN_ROLE) {}
}
