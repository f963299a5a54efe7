#!/usr/bin/env node
// `npm run test:electron`: the same integration suite (test/integration) in desktop VS Code, the
// way @vscode/test-electron runs extension tests. It downloads VS Code 1.100.3 first (cached in
// .cache/vscode-electron); a machine that cannot download it gets a clear message and exit status 2,
// and runs the suite with `npm run test:integration` (code-server, offline, the default) instead.
// Env: ICP_ELECTRON_DOWNLOAD_TIMEOUT_MS (idle download timeout, default 30000).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests, SilentReporter } from '@vscode/test-electron';

const VERSION = '1.100.3'; // the VS Code that code-server 4.100.3 is, so both runners test the same editor
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

let vscodeExecutablePath;
try {
  vscodeExecutablePath = await downloadAndUnzipVSCode({
    version: VERSION,
    cachePath: join(root, '.cache', 'vscode-electron'),
    timeout: Number(process.env.ICP_ELECTRON_DOWNLOAD_TIMEOUT_MS ?? 30_000),
    reporter: new SilentReporter(),
  });
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(
    [
      `test:electron: desktop VS Code ${VERSION} could not be downloaded, so the suite did not run.`,
      `  reason: ${reason}`,
      '  @vscode/test-electron needs network access to download VS Code once (then it is cached).',
      '  Without it, run the same suite in code-server, which works offline: npm run test:integration',
    ].join('\n'),
  );
  process.exit(2);
}

const workspace = mkdtempSync(join(tmpdir(), 'icp-electron-'));
cpSync(join(root, 'test/fixtures/workspace'), workspace, { recursive: true });
let status = 0;
try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out/vscode-tests/integration/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (error) {
  console.error(
    `test:electron: the integration suite failed in VS Code ${VERSION}:`,
    error instanceof Error ? error.message : error,
  );
  status = 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
process.exit(status);
