// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {XMTPTreasury} from "../../contracts/XMTPTreasury.sol";
import {SelectionFixture} from "../utils/SelectionFixture.sol";

/**
 * @notice Gas of whole NodeSelectionManager transactions, proxy included (tests run isolated: each call is its own
 *         transaction, with cold storage, intrinsic and calldata cost). Figures go to
 *         `snapshots/SelectionGasTest.json`; the issue's ceilings are asserted.
 *
 *         A rotation's work does not depend on the queue's length (it reads the seats and the few queue entries it
 *         scans), so the same rotation is measured at 100, 1,000 and 10,000 candidates, all registered for real.
 *         Steady state: the rotation swaps one seat whose history word already exists; every seat's such swap is
 *         measured and the costliest kept (later seats cost a few dozen gas more, and about one rotation in 25 searches
 *         the seats for its candidate in full when the seated filter cannot rule it out). Worst case measured: the
 *         swapped seat's history needs a fresh storage word (once every four swaps of a seat).
 */
contract SelectionGasTest is SelectionFixture {
    /// @dev The issue's ceiling for a one-swap rotation. About 68,100 of it is fixed: 21,064 intrinsic, ~4,900 proxy,
    ///      14 cold slots (rotation state, 10 seats, one queue entry, its candidate, the seat's history word: 29,400),
    ///      3 slot updates (8,700) and the `NodesRotated` log (4,078); execution is the rest (~8,700).
    uint256 internal constant ROTATE_ONE_SWAP_CEILING = 80_000;
    /// @dev The same with the swapped seat's history needing a fresh word (17,100 more for a zero-to-non-zero write),
    ///      once every four swaps of a seat.
    uint256 internal constant ROTATE_ONE_SWAP_FRESH_WORD_CEILING = 98_000;
    /// @dev A fresh word costs 17,100 more than an existing one; other differences between seats are far below this.
    uint256 internal constant FRESH_WORD_MARGIN = 10_000;
    uint256 internal constant REGISTER_CEILING = 150_000;
    /// @dev The issue's "within 5%" across queue lengths.
    uint256 internal constant SPREAD_BPS = 500;

    uint256 internal baseline;

    function test_rotateNodes_oneSwap_100_gas() public {
        _measureRotation(100);
    }

    function test_rotateNodes_oneSwap_1000_gas() public {
        uint256 steady = _measureRotation(1000);
        _assertWithinSpread(steady, _baseline());
    }

    /// @dev Registering 10,000 operators takes about ten minutes of isolated transactions, too slow for every
    ///      `make test`: it runs in the deep profile (`make deep-test`). The bounded queue scan makes the figure the
    ///      same as at 100 and 1,000 candidates, which the default profile checks.
    function test_rotateNodes_oneSwap_10000_gas() public {
        if (keccak256(bytes(vm.envOr("FOUNDRY_PROFILE", string("default")))) != keccak256("deep")) {
            vm.skip(true);
        }
        uint256 steady = _measureRotation(10_000);
        _assertWithinSpread(steady, _baseline());
    }

    /// @dev A first registration: the queue entry and the node's operator record are new slots.
    function test_register_gas() public {
        _candidates(10);
        uint256 minimum = selection.minimumStake();
        (address operator,) = _operator("measured", minimum);
        _stake(operator, minimum);
        vm.prank(operator);
        selection.register();
        uint256 gasUsed = vm.snapshotGasLastCall("register (first registration)");
        assertLe(gasUsed, REGISTER_CEILING, "register above ceiling");
    }

    /// @dev Staking figures without a treasury: a top-up, a partial unstake, a slash of a seated operator (refilled).
    function test_staking_gas() public {
        _measureStaking("");
    }

    /// @dev The same wired to the treasury: each adds a stake report, the slash a deposit through an allowance.
    function test_staking_treasuryWired_gas() public {
        XMTPTreasury treasury = XMTPTreasury(suite.treasury.proxy);
        vm.startPrank(admin);
        treasury.grantRole(treasury.STAKE_REPORTER_ROLE(), address(selection));
        treasury.grantRole(treasury.SLASHER_ROLE(), address(selection));
        selection.setTreasury(address(treasury));
        vm.stopPrank();
        _measureStaking(", treasury wired");
    }

    function _measureStaking(string memory suffix) internal {
        _candidates(11);
        _bootstrap();
        address operator = operators[0];
        xmtp.mint(operator, 1000e18);
        _stake(operator, 1000e18);
        vm.snapshotGasLastCall(string.concat("stake (top-up)", suffix));
        vm.prank(operator);
        selection.unstake(500e18);
        vm.snapshotGasLastCall(string.concat("unstake (stays registered)", suffix));
        address slasher = makeAddr("slasher");
        bytes32 role = selection.SLASHER_ROLE();
        vm.prank(admin);
        selection.grantRole(role, slasher);
        vm.prank(slasher);
        selection.slash(operator, 1000);
        vm.snapshotGasLastCall(string.concat("slash 10% (seated, refilled)", suffix));
    }

    /// @dev Steady and fresh-word rotations with `candidateCount` candidates; returns the steady figure.
    function _measureRotation(uint256 candidateCount) internal returns (uint256 steady) {
        // Registering 10,000 operators for real (node, mint, approve, stake, register) exceeds a test's gas limit:
        // the setup is not metered. The measured calls are (`snapshotGasLastCall` reads each transaction's own gas).
        vm.pauseGasMetering();
        _candidates(candidateCount);
        vm.resumeGasMetering();
        _bootstrap();
        // Swap 1: seat 0's second checkpoint, in its existing history word.
        _rotate();
        steady =
            vm.snapshotGasLastCall(string.concat("rotateNodes 1 swap, ", vm.toString(candidateCount), " candidates"));
        // Each seat's checkpoints 2-4 share its first word; its fifth (its fourth swap) opens a second word. Every
        // seat's swap is measured: the costliest steady one (an existing word) is held to the target too.
        uint256 costliest = steady;
        for (uint256 i = 1; i < 30; ++i) {
            _rotate();
            uint256 gasUsed = vm.lastCallGas().gasTotalUsed;
            if (gasUsed < steady + FRESH_WORD_MARGIN && gasUsed > costliest) costliest = gasUsed;
        }
        vm.snapshotValue(
            string.concat("rotateNodes 1 swap, costliest seat, ", vm.toString(candidateCount), " candidates"), costliest
        );
        _rotate();
        uint256 freshWord = vm.snapshotGasLastCall(
            string.concat("rotateNodes 1 swap, new history word, ", vm.toString(candidateCount), " candidates")
        );
        assertLe(steady, ROTATE_ONE_SWAP_CEILING, "rotation above the issue's target");
        assertLe(costliest, ROTATE_ONE_SWAP_CEILING, "a seat's rotation above the issue's target");
        assertLe(freshWord, ROTATE_ONE_SWAP_FRESH_WORD_CEILING, "fresh-word rotation above ceiling");
        assertGt(freshWord, steady + FRESH_WORD_MARGIN);
    }

    /// @dev The 100-candidate figure, measured in a fresh copy of the suite so that both see the same setup.
    function _baseline() internal returns (uint256 gasUsed) {
        uint256 snapshot = vm.snapshotState();
        delete operators;
        delete operatorNodeIds;
        setUp();
        vm.pauseGasMetering();
        _candidates(100);
        vm.resumeGasMetering();
        _bootstrap();
        _rotate();
        gasUsed = vm.lastCallGas().gasTotalUsed;
        vm.revertToState(snapshot);
    }

    function _assertWithinSpread(uint256 measured, uint256 reference_) internal pure {
        uint256 difference = measured > reference_ ? measured - reference_ : reference_ - measured;
        assertLe(difference * 10_000, reference_ * SPREAD_BPS, "rotation gas depends on the queue length");
    }
}
