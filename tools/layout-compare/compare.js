#!/usr/bin/env node
// Feeds OpenZeppelin's upgrades-core the same pairs of ERC-7201 layouts that lib/gov/tests/layout_vs_upgrades_core.rs
// feeds our checker (lib/gov/src/layout.rs), and prints, per pair, upgrades-core's verdict and what our checker reads:
// the source (for its `@custom:storage-location erc7201:` annotations) and solc's storage layout of a probe contract
// declaring the namespaced structs as state, as test/storage/StorageLayouts.sol does for the suite.
//
// Each version is one contract `Store` whose structs carry the annotations. upgrades-core finds namespaces the way its
// Hardhat and Foundry plugins do: `makeNamespacedInput` adds a variable per namespaced struct, the modified input is
// compiled a second time, and `validate` reads the namespaced layouts from that output.
//
// Usage: node tools/layout-compare/compare.js > verdicts.json (needs `npm install`: solc and upgrades-core).
'use strict';

const solc = require('solc');
const core = require('@openzeppelin/upgrades-core');
// Not re-exported at the top: the layout of one contract by its full name, with its namespaces.
const { unfoldStorageLayout } = require('@openzeppelin/upgrades-core/dist/validate/query');

const NS = 'erc7201:xmtp.storage.Test';
const EXTRA = 'erc7201:xmtp.storage.Extra';

// The version every pair starts from: a namespaced struct with a packed slot, a mapping of structs, a dynamic array,
// a fixed array and a gap; and a second namespace.
const BASE = {
  record: ['address owner', 'uint96 stake', 'uint64 since'],
  main: [
    'uint256 total',
    'address admin',
    'uint32 count',
    'mapping(uint256 => Record) records',
    'uint256[] history',
    'uint256[4] fixedSlots',
    'uint256[8] __gap',
  ],
  extra: ['uint256 flags'],
  mainId: NS,
  extraId: EXTRA,
};

const edit = (changes) => ({ ...BASE, ...changes });
const replace = (list, from, to) => list.map((line) => (line === from ? to : line));
const without = (list, gone) => list.filter((line) => line !== gone);
const insertBefore = (list, before, line) => list.flatMap((l) => (l === before ? [line, l] : [l]));

// Each pair: a name, then the new version (the old one is BASE).
const PAIRS = [
  ['identical', BASE],
  ['appended at the end', edit({ main: [...BASE.main, 'uint256 appended'] })],
  ['renamed', edit({ main: replace(BASE.main, 'address admin', 'address owner') })],
  ['retyped, same size', edit({ main: replace(BASE.main, 'uint256 total', 'int256 total') })],
  ['retyped, wider', edit({ main: replace(BASE.main, 'uint32 count', 'uint64 count') })],
  [
    'reordered',
    edit({ main: ['address admin', 'uint256 total', ...BASE.main.slice(2)] }),
  ],
  ['removed', edit({ main: without(BASE.main, 'uint32 count') })],
  ['inserted in the middle', edit({ main: insertBefore(BASE.main, 'address admin', 'uint256 inserted') })],
  [
    'inserted before the gap, gap shrunk by one',
    edit({ main: replace(insertBefore(BASE.main, 'uint256[8] __gap', 'uint256 added'), 'uint256[8] __gap', 'uint256[7] __gap') }),
  ],
  ['gap shrunk alone', edit({ main: replace(BASE.main, 'uint256[8] __gap', 'uint256[7] __gap') })],
  ['gap grown', edit({ main: replace(BASE.main, 'uint256[8] __gap', 'uint256[9] __gap') })],
  ['fixed array shrunk', edit({ main: replace(BASE.main, 'uint256[4] fixedSlots', 'uint256[3] fixedSlots') })],
  ['dynamic array retyped', edit({ main: replace(BASE.main, 'uint256[] history', 'uint128[] history') })],
  ['mapping key retyped', edit({ main: replace(BASE.main, 'mapping(uint256 => Record) records', 'mapping(address => Record) records') })],
  ['mapped struct: field appended', edit({ record: [...BASE.record, 'uint32 extra'] })],
  ['mapped struct: field renamed', edit({ record: replace(BASE.record, 'uint64 since', 'uint64 joined') })],
  ['mapped struct: field retyped', edit({ record: replace(BASE.record, 'uint96 stake', 'uint128 stake') })],
  ['mapped struct: field inserted', edit({ record: insertBefore(BASE.record, 'uint96 stake', 'uint32 inserted') })],
  ['mapped struct: field removed', edit({ record: without(BASE.record, 'uint64 since') })],
  ['namespace id changed', edit({ mainId: 'erc7201:xmtp.storage.Moved' })],
  ['namespace removed', edit({ extra: null })],
  ['namespace added', edit({ added: ['uint256 more'] })],
  ['second namespace: field retyped', edit({ extra: ['uint128 flags'] })],
];

function source(v) {
  const lines = (list) => list.map((line) => `        ${line};`).join('\n');
  const structs = [
    `    struct Record {\n${lines(v.record)}\n    }`,
    `    /// @custom:storage-location ${v.mainId}\n    struct MainStorage {\n${lines(v.main)}\n    }`,
  ];
  const probe = ['    Store.MainStorage internal main;'];
  if (v.extra) {
    structs.push(`    /// @custom:storage-location ${v.extraId}\n    struct ExtraStorage {\n${lines(v.extra)}\n    }`);
    probe.push('    Store.ExtraStorage internal extra;');
  }
  if (v.added) {
    structs.push(`    /// @custom:storage-location erc7201:xmtp.storage.Added\n    struct AddedStorage {\n${lines(v.added)}\n    }`);
    probe.push('    Store.AddedStorage internal added;');
  }
  return `// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

contract Store {
${structs.join('\n\n')}
}

contract StoreProbe {
${probe.join('\n')}
}
`;
}

function compile(input) {
  const output = JSON.parse(solc.compile(JSON.stringify(input)));
  const errors = (output.errors || []).filter((e) => e.severity === 'error');
  if (errors.length > 0) {
    throw new Error(errors.map((e) => e.formattedMessage).join('\n'));
  }
  return output;
}

const sources = { 'old/Base.sol': { content: source(BASE) } };
PAIRS.forEach(([, v], i) => {
  sources[`new/Pair${i}.sol`] = { content: source(v) };
});
const input = {
  language: 'Solidity',
  sources,
  settings: {
    outputSelection: { '*': { '*': ['storageLayout', 'evm.bytecode', 'evm.deployedBytecode', 'evm.methodIdentifiers'], '': ['ast'] } },
  },
};
const version = solc.semver();
const output = compile(input);
const namespacedOutput = compile(core.makeNamespacedInput(input, output, version));
const run = core.validate(output, core.solcInputOutputDecoder(input, output), version, input, namespacedOutput);
const layout = (file) => unfoldStorageLayout(run, `${file}:Store`);
const probe = (file) => output.contracts[file].StoreProbe.storageLayout;
const options = core.withValidationDefaults({});

const verdicts = PAIRS.map(([name], i) => {
  const file = `new/Pair${i}.sol`;
  const report = core.getStorageUpgradeReport(layout('old/Base.sol'), layout(file), options);
  return {
    name,
    upgradesCore: { ok: report.ok, explain: report.ok ? '' : report.explain(false) },
    old: { source: sources['old/Base.sol'].content, layout: probe('old/Base.sol') },
    new: { source: sources[file].content, layout: probe(file) },
  };
});
process.stdout.write(JSON.stringify({ solc: version, verdicts }, null, 1));
