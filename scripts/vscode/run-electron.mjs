#!/usr/bin/env node
// `npm run test:electron`: the same integration suite in desktop VS Code via @vscode/test-electron,
// for machines that can download VS Code (this one cannot: use `npm run test:integration`).
// Needs `npm install --no-save @vscode/test-electron` first; it is not a dependency on purpose.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
let runTests;
try {
  ({ runTests } = await import('@vscode/test-electron'));
} catch {
  console.error('@vscode/test-electron is not installed: npm install --no-save @vscode/test-electron (it downloads VS Code at run time).');
  process.exit(2);
}
const workspace = mkdtempSync(join(tmpdir(), 'icp-electron-'));
cpSync(join(root, 'test/fixtures/workspace'), workspace, { recursive: true });
try {
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out/vscode-tests/integration/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (error) {
  console.error(error);
  process.exit(1);
}
