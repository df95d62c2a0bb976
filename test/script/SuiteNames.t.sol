// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {DeploySuite} from "../../script/DeploySuite.sol";
import {Test} from "forge-std/Test.sol";

/**
 * @dev `DeploySuite.names()` is the one list of the suite's contracts in Solidity. The Makefile's `BIND_SELECT` (which
 *      contracts `make bindings` binds to Rust) is written in make, where Solidity cannot reach: these tests read it
 *      and fail when it and `names()` plus `mocks()` disagree.
 */
contract SuiteNamesTest is Test {
    /// @dev The Makefile line, up to the list: `BIND_SELECT := ^(A|B|…)$$`.
    string internal constant BIND_PREFIX = "BIND_SELECT := ^(";
    string internal constant BIND_SUFFIX = ")$$";

    function test_names_matchMakefileBindList() public view {
        string[] memory bound = _bindList();
        string[] memory suite = DeploySuite.names();
        string[] memory mocks = DeploySuite.mocks();
        assertEq(bound.length, suite.length + mocks.length, "BIND_SELECT binds the suite and the mocks, nothing else");
        for (uint256 i; i < suite.length; ++i) {
            assertTrue(_contains(bound, suite[i]), string.concat("BIND_SELECT lacks ", suite[i]));
        }
        for (uint256 i; i < mocks.length; ++i) {
            assertTrue(_contains(bound, mocks[i]), string.concat("BIND_SELECT lacks ", mocks[i]));
        }
    }

    function test_names_areDistinctContracts() public view {
        string[] memory suite = DeploySuite.names();
        for (uint256 i; i < suite.length; ++i) {
            // A record name is its contract's name: the artifact `<Name>.sol:<Name>` exists.
            assertGt(vm.getCode(string.concat(suite[i], ".sol:", suite[i])).length, 0, suite[i]);
            for (uint256 j = i + 1; j < suite.length; ++j) {
                assertNotEq(suite[i], suite[j], "a name listed twice");
            }
        }
    }

    function test_deployments_followNames() public {
        DeploySuite.Suite memory suite = DeploySuite.deploy(address(this), DeploySuite.deployMockTokens());
        DeploySuite.Deployment[] memory deployed = DeploySuite.deployments(suite);
        string[] memory names = DeploySuite.names();
        for (uint256 i; i < deployed.length; ++i) {
            // The implementation behind entry i is the contract named i: its code has that artifact's length (not its
            // bytes, which hold immutables such as UUPS's own address).
            assertEq(
                deployed[i].implementation.code.length,
                vm.getDeployedCode(string.concat(names[i], ".sol:", names[i])).length,
                names[i]
            );
        }
    }

    /// @dev The names in the Makefile's `BIND_SELECT` line.
    function _bindList() internal view returns (string[] memory) {
        string[] memory lines = vm.split(vm.readFile(string.concat(vm.projectRoot(), "/Makefile")), "\n");
        for (uint256 i; i < lines.length; ++i) {
            if (vm.indexOf(lines[i], BIND_PREFIX) != 0) continue;
            string memory list = vm.replace(vm.replace(lines[i], BIND_PREFIX, ""), BIND_SUFFIX, "");
            return vm.split(vm.trim(list), "|");
        }
        revert("no BIND_SELECT line in the Makefile");
    }

    function _contains(string[] memory list, string memory name) internal pure returns (bool) {
        for (uint256 i; i < list.length; ++i) {
            if (keccak256(bytes(list[i])) == keccak256(bytes(name))) return true;
        }
        return false;
    }
}
