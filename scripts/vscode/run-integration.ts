/**
 * `npm run test:integration`: runs test/integration inside the real extension host of code-server,
 * the @vscode/test-electron way. code-server has no --extensionDevelopmentPath flag, but its
 * workbench takes extensionDevelopmentPath / extensionTestsPath from the page URL's `payload`, and
 * reports the suite's exit code through window.codeAutomationExit. The workspace is a fresh copy of
 * test/fixtures/workspace, so tests may edit files freely.
 * Env: ICP_TEST_TIMEOUT_S (default 600), ICP_TEST_GREP (mocha grep), ICP_KEEP_RUN=1 (keep the run folder; otherwise nothing is left in the temp folder).
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { launchBrowser, PROJECT_ROOT, remoteUri, startCodeServer } from './code-server';

/** The workbench's own start-up chatter, forwarded through the same hook as mocha's output. */
const WORKBENCH_NOISE =
  /^(Resolving connection|Resolved connection|Creating a socket|Creation of workbench|Ignoring fetching|Updating additional|ChatSessionStore|\[Service Worker\]|Started local extension host|Extension host agent)/;

interface SuiteResult {
  passes: number;
  failures: number;
  pending: number;
  failed: { title: string; error: string }[];
}

async function main(): Promise<number> {
  const testsIndex = join(PROJECT_ROOT, 'out/vscode-tests/integration/index.js');
  if (!existsSync(testsIndex) || !existsSync(join(PROJECT_ROOT, 'dist/extension.js'))) {
    throw new Error('run `node scripts/vscode/bundle.mjs --tests` first');
  }
  const timeoutS = Number(process.env.ICP_TEST_TIMEOUT_S ?? 600);
  const tStart = Date.now();
  const server = await startCodeServer({
    env: (runDir) => ({
      ICP_TEST_RESULT: join(runDir, 'result.json'),
      ICP_TEST_GREP: process.env.ICP_TEST_GREP ?? '',
    }),
  });
  const workspace = join(server.runDir, 'workspace');
  const resultFile = join(server.runDir, 'result.json');
  mkdirSync(workspace, { recursive: true });
  cpSync(join(PROJECT_ROOT, 'test/fixtures/workspace'), workspace, { recursive: true });
  const t0 = Date.now();
  console.log(
    `code-server on ${server.authority} (${((Date.now() - tStart) / 1000).toFixed(1)}s); run folder ${server.runDir}`,
  );
  const context = await launchBrowser(server.runDir);
  let code: number | 'timeout';
  let result: SuiteResult | undefined;
  const timers: NodeJS.Timeout[] = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    let exit!: (code: number) => void;
    const exited = new Promise<number>((r) => {
      exit = r;
    });
    await page.exposeFunction('codeAutomationExit', (c: number) => exit(c));
    // mocha's reporter output from the extension host arrives here.
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
      const line = format(...(args ?? []));
      if (!WORKBENCH_NOISE.test(line)) console.log(line);
    });
    page.on('pageerror', (e) => console.log('[workbench error]', e.message));
    const payload: [string, string][] = [
      ['extensionDevelopmentPath', remoteUri(server, PROJECT_ROOT)],
      ['extensionTestsPath', remoteUri(server, testsIndex)],
    ];
    await page.goto(server.urlFor(workspace, payload));
    code = await Promise.race([
      exited,
      new Promise<'timeout'>((r) => timers.push(setTimeout(() => r('timeout'), timeoutS * 1000))),
    ]);
    if (code !== 0) {
      mkdirSync(join(PROJECT_ROOT, 'test-results'), { recursive: true });
      await page
        .screenshot({ path: join(PROJECT_ROOT, 'test-results/integration-failure.png') })
        .catch(() => undefined);
    }
    // The run folder goes with the server; what explains a failure stays in test-results/.
    if (code !== 0 && existsSync(server.log))
      copyFileSync(server.log, join(PROJECT_ROOT, 'test-results/integration-code-server.log'));
    // Read before stop() removes the run folder with it.
    if (existsSync(resultFile)) result = JSON.parse(readFileSync(resultFile, 'utf8')) as SuiteResult;
  } finally {
    timers.forEach(clearTimeout);
    await context.close().catch(() => undefined);
    await server.stop();
  }
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (result) {
    for (const f of result.failed) console.log(`FAILED: ${f.title}\n  ${f.error}`);
    console.log(`integration (VS Code extension host) in ${seconds}s:`);
    console.log(
      `${result.passes} passed, ${result.failures} failed${result.pending ? `, ${result.pending} skipped` : ''}`,
    );
  } else {
    console.log(
      `no result file (exit ${code} after ${seconds}s); code-server log: test-results/integration-code-server.log`,
    );
  }
  if (process.env.ICP_KEEP_RUN) console.log(`run folder kept: ${server.runDir}`);
  return code === 'timeout' ? 124 : code;
}

main().then(
  (c) => process.exit(c),
  (e: unknown) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exit(2);
  },
);
