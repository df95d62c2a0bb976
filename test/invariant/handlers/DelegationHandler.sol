// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Delegation} from "../../../contracts/Delegation.sol";
import {NodeSelectionManager} from "../../../contracts/NodeSelectionManager.sol";
import {Nodes} from "../../../contracts/Nodes.sol";
import {XMTPTreasury} from "../../../contracts/XMTPTreasury.sol";
import {IDelegation} from "../../../contracts/interfaces/IDelegation.sol";
import {INodeSelectionManager} from "../../../contracts/interfaces/INodeSelectionManager.sol";
import {MockUSDC} from "../../../contracts/mocks/MockUSDC.sol";
import {MockXMTP} from "../../../contracts/mocks/MockXMTP.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";
import {Vm} from "forge-std/Vm.sol";

/**
 * @notice Delegations, undelegations, withdrawals, redelegations, operators' own stakes and unstakes, slashes (this
 *         handler holds the manager's `SLASHER_ROLE`), commission changes, staking rewards handed over by the treasury
 *         (the distributor pranked into `handleExcessRewards`), claims and time, in random order, keeping what went in
 *         and out.
 */
contract DelegationHandler is CommonBase, StdCheats, StdUtils {
    uint256 public constant OPERATOR_COUNT = 3;
    uint256 public constant DELEGATOR_COUNT = 5;

    Delegation internal immutable delegation;
    NodeSelectionManager internal immutable selection;
    XMTPTreasury internal immutable treasury;
    MockXMTP internal immutable xmtp;
    MockUSDC internal immutable usdc;
    address internal immutable distributor;

    address[] public operators;
    address[] public delegators;

    uint256 public ghost_xmtpMinted;
    uint256 public ghost_slashed;
    uint256 public ghost_notified;
    uint256 public ghost_claimed;
    uint256 public ghost_usdcHandled;

    mapping(bytes32 => uint256) public calls;

    constructor(
        Delegation delegation_,
        NodeSelectionManager selection_,
        XMTPTreasury treasury_,
        MockXMTP xmtp_,
        MockUSDC usdc_,
        address distributor_,
        Nodes nodes_,
        address admin_
    ) {
        delegation = delegation_;
        selection = selection_;
        treasury = treasury_;
        xmtp = xmtp_;
        usdc = usdc_;
        distributor = distributor_;
        for (uint256 i; i < OPERATOR_COUNT; ++i) {
            address operator = makeAddr(string.concat("delegation-operator-", vm.toString(i)));
            operators.push(operator);
            // Delegations go to node operators only.
            Vm.Wallet memory wallet = vm.createWallet(string.concat("delegation-key-", vm.toString(i)));
            bytes memory key = abi.encodePacked(bytes1(0x04), bytes32(wallet.publicKeyX), bytes32(wallet.publicKeyY));
            vm.prank(admin_);
            nodes_.addNode(operator, key, "https://node.example");
            vm.prank(operator);
            xmtp.approve(address(selection), type(uint256).max);
        }
        for (uint256 i; i < DELEGATOR_COUNT; ++i) {
            address delegator = makeAddr(string.concat("delegator-", vm.toString(i)));
            delegators.push(delegator);
            vm.prank(delegator);
            xmtp.approve(address(delegation), type(uint256).max);
        }
        vm.prank(distributor);
        usdc.approve(address(treasury), type(uint256).max);
    }

    /* ============ Delegators ============ */

    function delegate(uint256 delegatorSeed, uint256 operatorSeed, uint256 amount) external {
        address delegator = _delegator(delegatorSeed);
        address operator = _operator(operatorSeed);
        IDelegation.PoolView memory p = delegation.pool(operator);
        if (p.delegatedShares != 0 && p.delegatedTokens == 0) {
            ++calls["delegate wiped pool"];
            return;
        }
        amount = bound(amount, 1e15, 1_000_000e18);
        if (_overflows(p, amount)) {
            ++calls["delegate share overflow"];
            return;
        }
        _mint(delegator, amount);
        vm.prank(delegator);
        delegation.delegate(operator, amount);
        ++calls["delegate"];
    }

    function undelegate(uint256 delegatorSeed, uint256 operatorSeed, uint256 amount) external {
        address delegator = _delegator(delegatorSeed);
        address operator = _operator(operatorSeed);
        uint256 tokens = delegation.delegation(delegator, operator).tokens;
        if (tokens == 0) return;
        IDelegation.PoolView memory p = delegation.pool(operator);
        // Worked around (see /work/bugs18.md): an unbonding pool slashed to nothing while shares remain divides by zero.
        if (p.unbondingShares != 0 && p.unbondingTokens == 0) {
            ++calls["undelegate wiped unbonding"];
            return;
        }
        amount = bound(amount, 1, tokens);
        if (p.unbondingShares != 0 && amount * p.unbondingShares / p.unbondingTokens > type(uint96).max) return;
        vm.prank(delegator);
        delegation.undelegate(operator, amount);
        ++calls["undelegate"];
    }

    function withdrawUnbonded(uint256 delegatorSeed, uint256 operatorSeed) external {
        address delegator = _delegator(delegatorSeed);
        address operator = _operator(operatorSeed);
        IDelegation.DelegationView memory d = delegation.delegation(delegator, operator);
        if (d.unbondingShares == 0 || vm.getBlockTimestamp() < d.releaseAt) return;
        vm.prank(delegator);
        delegation.withdrawUnbonded(operator);
        ++calls["withdrawUnbonded"];
    }

    function redelegate(uint256 delegatorSeed, uint256 fromSeed, uint256 toSeed, uint256 amount) external {
        address delegator = _delegator(delegatorSeed);
        address from = _operator(fromSeed);
        address to = _operator(toSeed);
        if (from == to) to = _operator(fromSeed % OPERATOR_COUNT + 1);
        uint256 tokens = delegation.delegation(delegator, from).tokens;
        if (tokens == 0) return;
        uint256 period = selection.unbondingPeriod();
        if (!_redelegable(delegation.delegation(delegator, from).redelegatedAt, period)) return;
        if (!_redelegable(delegation.delegation(delegator, to).redelegatedAt, period)) return;
        IDelegation.PoolView memory p = delegation.pool(to);
        if (p.delegatedShares != 0 && p.delegatedTokens == 0) return;
        amount = bound(amount, 1, tokens);
        // The destination must mint at least one share.
        if (p.delegatedShares != 0 && amount * p.delegatedShares < p.delegatedTokens) return;
        if (_overflows(p, amount)) return;
        vm.prank(delegator);
        delegation.redelegate(from, to, amount);
        ++calls["redelegate"];
    }

    function claim(uint256 accountSeed, uint256 operatorSeed) external {
        address operator = _operator(operatorSeed);
        // Operators claim in their own pool; delegators anywhere.
        address account = accountSeed % 4 == 0 ? operator : _delegator(accountSeed);
        if (delegation.claimableStakingRewards(operator, account) == 0) {
            ++calls["claim nothing"];
            return;
        }
        vm.prank(account);
        ghost_claimed += delegation.claimStakingRewards(operator);
        ++calls["claim"];
    }

    /* ============ Operators ============ */

    function stake(uint256 operatorSeed, uint256 amount) external {
        address operator = _operator(operatorSeed);
        amount = bound(amount, 1, 100_000e18);
        _mint(operator, amount);
        vm.prank(operator);
        selection.stake(amount);
        ++calls["stake"];
    }

    function unstake(uint256 operatorSeed, uint256 amount) external {
        address operator = _operator(operatorSeed);
        uint256 staked = selection.stakeOf(operator);
        if (staked == 0) return;
        amount = bound(amount, 1, staked);
        vm.prank(operator);
        selection.unstake(amount);
        ++calls["unstake"];
    }

    function withdrawOwn(uint256 operatorSeed) external {
        address operator = _operator(operatorSeed);
        INodeSelectionManager.Unbonding memory u = selection.unbondingOf(operator);
        if (u.amount == 0 || vm.getBlockTimestamp() < u.releaseAt) return;
        vm.prank(operator);
        selection.withdrawUnbonded();
        ++calls["withdrawOwn"];
    }

    function setCommission(uint256 operatorSeed, uint256 bps) external {
        address operator = _operator(operatorSeed);
        bps = bound(bps, 0, delegation.maxCommissionBps());
        vm.prank(operator);
        delegation.setCommission(bps);
        ++calls["setCommission"];
    }

    /// @dev Mostly partial slashes; one in eight takes everything.
    function slash(uint256 operatorSeed, uint256 bps) external {
        address operator = _operator(operatorSeed);
        bps = bps % 8 == 0 ? 10_000 : bound(bps, 1, 5000);
        ghost_slashed += selection.slash(operator, bps);
        ++calls["slash"];
    }

    /* ============ Rewards and time ============ */

    function handStakingRewards(uint256 amount) external {
        amount = bound(amount, 1, 100_000e6);
        (uint256 before,) = delegation.stakingRewardTotals();
        usdc.mint(distributor, amount);
        vm.prank(distributor);
        treasury.handleExcessRewards(amount);
        (uint256 after_,) = delegation.stakingRewardTotals();
        ghost_notified += after_ - before;
        ghost_usdcHandled += amount;
        ++calls["handStakingRewards"];
    }

    function warp(uint256 seconds_) external {
        vm.warp(vm.getBlockTimestamp() + bound(seconds_, 1, 8 days));
        ++calls["warp"];
    }

    /* ============ Views ============ */

    function allOperators() external view returns (address[] memory) {
        return operators;
    }

    function allDelegators() external view returns (address[] memory) {
        return delegators;
    }

    /* ============ Internals ============ */

    /// @dev Whether the shares `amount` buys in a heavily slashed pool exceed what a position holds (see bugs18.md).
    function _overflows(IDelegation.PoolView memory p, uint256 amount) internal pure returns (bool) {
        if (p.delegatedShares == 0) return false;
        return amount * p.delegatedShares / p.delegatedTokens + p.delegatedShares > type(uint104).max;
    }

    function _redelegable(uint256 last, uint256 period) internal view returns (bool) {
        return last == 0 || vm.getBlockTimestamp() >= last + period;
    }

    function _mint(address to, uint256 amount) internal {
        xmtp.mint(to, amount);
        ghost_xmtpMinted += amount;
    }

    function _operator(uint256 seed) internal view returns (address) {
        return operators[seed % OPERATOR_COUNT];
    }

    function _delegator(uint256 seed) internal view returns (address) {
        return delegators[seed % DELEGATOR_COUNT];
    }
}
