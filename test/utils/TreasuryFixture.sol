// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {XMTPTreasury} from "../../contracts/XMTPTreasury.sol";
import {ISwapAdapter} from "../../contracts/interfaces/ISwapAdapter.sol";
import {MockSwapAdapter} from "../../contracts/mocks/MockSwapAdapter.sol";
import {MockXMTP} from "../../contracts/mocks/MockXMTP.sol";
import {BaseTest} from "./BaseTest.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/**
 * @notice An adapter that misbehaves in one of several ways, to check that the treasury trusts only what it measures.
 *         `takeBps` of `amountIn` is pulled, `deliverBps` of the fixed-rate output is minted to the recipient, and the
 *         returned amount is always the full fixed-rate output (a lie whenever `deliverBps` < 10,000).
 */
contract FaultySwapAdapter is ISwapAdapter {
    using SafeERC20 for IERC20;

    address internal immutable usdc;
    MockXMTP internal immutable xmtp;
    uint256 internal immutable rate;
    uint256 public takeBps = 10_000;
    uint256 public deliverBps = 10_000;
    /// @dev When set, the adapter calls it back during the swap (with the data below) and bubbles up any revert.
    address public reenterTarget;
    bytes public reenterData;

    constructor(address usdc_, MockXMTP xmtp_, uint256 rate_) {
        usdc = usdc_;
        xmtp = xmtp_;
        rate = rate_;
    }

    function configure(uint256 takeBps_, uint256 deliverBps_) external {
        takeBps = takeBps_;
        deliverBps = deliverBps_;
    }

    function reenter(address target, bytes calldata data) external {
        reenterTarget = target;
        reenterData = data;
    }

    function swap(address, address, uint256 amountIn, uint256, address recipient) external returns (uint256 amountOut) {
        amountOut = amountIn * rate;
        IERC20(usdc).safeTransferFrom(msg.sender, address(this), amountIn * takeBps / 10_000);
        xmtp.mint(recipient, amountOut * deliverBps / 10_000);
        if (reenterTarget != address(0)) {
            (bool ok, bytes memory result) = reenterTarget.call(reenterData);
            if (!ok) {
                assembly ("memory-safe") {
                    revert(add(result, 32), mload(result))
                }
            }
        }
    }
}

/// @notice The treasury behind an ERC1967 proxy, its role holders and a mock swap adapter.
abstract contract TreasuryFixture is BaseTest {
    uint256 internal constant USDC = 1e6;
    uint256 internal constant XMTP = 1e18;
    /// @dev Two XMTP per USDC: 2e18 XMTP units per 1e6 USDC units.
    uint256 internal constant RATE = 2e12;

    address internal distributor = makeAddr("distributor");
    address internal stakeReporter = makeAddr("stakeReporter");
    address internal executor = makeAddr("executor");
    address internal slasher = makeAddr("slasher");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");
    address internal operator = makeAddr("operator");

    XMTPTreasury internal treasury;
    MockSwapAdapter internal adapter;

    function setUp() public virtual override {
        super.setUp();
        treasury = XMTPTreasury(_deployProxy(address(new XMTPTreasury()), admin, address(usdc), address(xmtp)));
        adapter = new MockSwapAdapter(address(usdc), address(xmtp), RATE);
        vm.startPrank(admin);
        treasury.grantRole(treasury.DISTRIBUTOR_ROLE(), distributor);
        treasury.grantRole(treasury.STAKE_REPORTER_ROLE(), stakeReporter);
        treasury.grantRole(treasury.BUYBACK_EXECUTOR_ROLE(), executor);
        treasury.grantRole(treasury.SLASHER_ROLE(), slasher);
        treasury.setSwapAdapter(address(adapter));
        vm.stopPrank();
        vm.prank(distributor);
        usdc.approve(address(treasury), type(uint256).max);
        vm.prank(slasher);
        xmtp.approve(address(treasury), type(uint256).max);
    }

    /// @dev Alice stakes 3 XMTP and Bob 1, then the distributor (holding 2,000 USDC) hands the treasury 1,000 USDC of
    ///      excess: the treasury's steady state, with staking rewards to claim.
    function _stakersWithExcess() internal {
        _checkpoint(alice, 3 * XMTP);
        _checkpoint(bob, 1 * XMTP);
        usdc.mint(distributor, 2000 * USDC);
        vm.prank(distributor);
        treasury.handleExcessRewards(1000 * USDC);
    }

    function _deployProxy(address implementation, address admin_, address usdc_, address xmtp_)
        internal
        returns (address)
    {
        return address(
            new ERC1967Proxy(implementation, abi.encodeCall(XMTPTreasury.initialize, (admin_, usdc_, xmtp_)))
        );
    }

    /// @dev The distributor hands over `amount` (minted to it first).
    function _handle(uint256 amount) internal {
        usdc.mint(distributor, amount);
        vm.prank(distributor);
        treasury.handleExcessRewards(amount);
    }

    /// @dev `funder` deposits `amount` into the base-pay reserve (minted to it and approved first).
    function _fundReserve(address funder, uint256 amount) internal {
        usdc.mint(funder, amount);
        vm.startPrank(funder);
        usdc.approve(address(treasury), amount);
        treasury.fundBasePayReserve(amount);
        vm.stopPrank();
    }

    /// @dev The distributor draws up to `amount` from the base-pay reserve.
    function _draw(uint256 amount) internal returns (uint256) {
        vm.prank(distributor);
        return treasury.drawBasePayReserve(amount);
    }

    function _setReserveShare(uint16 bps) internal {
        vm.prank(admin);
        treasury.setBasePayReserveShareBps(bps);
    }

    function _checkpoint(address staker, uint256 stake) internal {
        vm.prank(stakeReporter);
        treasury.checkpointStake(staker, stake);
    }

    function _claim(address staker) internal returns (uint256) {
        vm.prank(staker);
        return treasury.claimStakingRewards();
    }

    function _slash(address operator_, uint256 amount) internal {
        xmtp.mint(slasher, amount);
        vm.prank(slasher);
        treasury.depositSlashedXmtp(operator_, amount);
    }

    /// @dev Sets every share in one call (only staking rewards: useful for staking tests).
    function _setShares(uint16 buyback, uint16 staking, uint16 treasuryShare) internal {
        vm.prank(admin);
        treasury.setShares(buyback, staking, treasuryShare);
    }

    function _expectUnauthorized(address account, bytes32 role) internal {
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, account, role));
    }
}
