// page.evaluate callbacks run in the browser, so these files see the DOM types.
/// <reference lib="dom" />
/**
 * The browser build (package.json `browser`, dist/web/extension.js) in a real browser extension
 * host: code-server's web worker host, the one vscode.dev and github.dev use. A copy of the manifest
 * with `extensionKind: ["web"]` and no `main` makes code-server run the extension in Chromium's web
 * worker instead of its Node extension host; everything else is the packaged extension's files
 * (the .vsix's, so a file the package leaves out fails here).
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../scripts/vscode/code-server';
import {
  closeWorkbench,
  editorText,
  goToLine,
  openWorkbench,
  quickOpen,
  reportFrame,
  runCommand,
  screenshot,
  screenshotIfFailed,
  type Workbench,
} from './workbench';

/**
 * The extension's files with a manifest only the browser can run, in a new temp folder: the packaged
 * .vsix's (what a user installs; `npm run package` made it), else links to the working tree's.
 * Returns the temp folder (to remove) and the extension folder in it.
 */
function webOnlyExtension(): { temp: string; folder: string } {
  const temp = mkdtempSync(join(tmpdir(), 'icp-web-extension-'));
  try {
    const vsix = join(PROJECT_ROOT, 'icp-check.vsix');
    const folder = join(temp, 'extension');
    if (existsSync(vsix) && !process.env.ICP_E2E_FROM_TREE) {
      execFileSync('unzip', ['-q', vsix, 'extension/*', '-d', temp]);
    } else {
      mkdirSync(folder);
      for (const entry of readdirSync(PROJECT_ROOT))
        if (entry !== 'package.json') symlinkSync(join(PROJECT_ROOT, entry), join(folder, entry));
      writeFileSync(join(folder, 'package.json'), readFileSync(join(PROJECT_ROOT, 'package.json')));
    }
    const { main: _desktopEntry, ...manifest } = JSON.parse(
      readFileSync(join(folder, 'package.json'), 'utf8'),
    ) as Record<string, unknown>;
    writeFileSync(
      join(folder, 'package.json'),
      JSON.stringify({ ...manifest, extensionKind: ['web'] }, null, 2),
    );
    return { temp, folder };
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
}

/** A problem as the Problems panel copies it (1-based lines and columns, end exclusive). */
interface CopiedProblem {
  resource: string;
  source: string;
  code: { value: string; target: { scheme: string; authority: string; path: string } };
  severity: number;
  message: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/** A pay-as-you-go instance: ICP002 on `"PostPaid"` (line 7, columns 32 to 42), and nothing else. */
const PAY_AS_YOU_GO = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_instance" "web" {
  instance_type              = "ecs.g7.large"
  instance_charge_type       = "PostPaid"
  internet_max_bandwidth_out = 5
}
`;

describe('the browser build in the web worker extension host (vscode.dev, github.dev)', () => {
  let extension: { temp: string; folder: string };
  let workbench: Workbench;
  let page: Page;

  before(async () => {
    extension = webOnlyExtension();
    workbench = await openWorkbench(
      { 'workbench.editor.enablePreview': false },
      (workspace) => {
        mkdirSync(join(workspace, 'browser'), { recursive: true });
        writeFileSync(join(workspace, 'browser', 'main.tf'), PAY_AS_YOU_GO);
      },
      extension.folder,
    );
    ({ page } = workbench);
    await workbench.browser.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(page.url()).origin,
    });
  });

  afterEach(async function () {
    await screenshotIfFailed(this.currentTest, page);
  });

  after(async () => {
    await closeWorkbench(workbench);
    if (extension) rmSync(extension.temp, { recursive: true, force: true });
  });

  it('opens a .tf file and squiggles the pay-as-you-go charge type', async () => {
    await quickOpen(page, 'browser/main.tf');
    await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 60_000 });
    await screenshot(page, 'web-01-squiggle');
  });

  it('puts ICP002 at the exact range of "PostPaid", with its message and rule link', async () => {
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'ICP002' });
    await row.waitFor({ timeout: 30_000 });
    await row.click();
    // The Problems panel copies the selected problems as JSON: what VS Code itself holds for them.
    await page.keyboard.press('Control+C');
    const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as CopiedProblem[];
    assert.deepEqual(
      copied.map((p) => ({
        file: p.resource.replace(/^.*\/workspace\//, ''),
        source: p.source,
        code: p.code.value,
        docs: `${p.code.target.scheme}://${p.code.target.authority}${p.code.target.path}`,
        severity: p.severity,
        message: p.message,
        range: [p.startLineNumber, p.startColumn, p.endLineNumber, p.endColumn],
      })),
      [
        {
          file: 'browser/main.tf',
          source: 'icp-check',
          code: 'ICP002',
          docs: 'https://github.com/icp-check/icp-check/blob/main/docs/rules/ICP002.md',
          severity: 8, // error
          message:
            'alicloud_instance.web is pay-as-you-go; an ICP filing needs a subscription (PrePaid) instance.',
          range: [7, 32, 7, 42],
        },
      ],
    );
    await screenshot(page, 'web-02-problems');
  });

  it('fixes it from the lightbulb (the edit goes through the browser host)', async () => {
    await quickOpen(page, 'browser/main.tf');
    await goToLine(page, 7, 33);
    await page.keyboard.press('Control+.');
    await page.waitForSelector('.action-widget .monaco-list-row', { state: 'visible', timeout: 15_000 });
    // The first entry is the preferred fix; Enter applies it.
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        !/"PostPaid"/.test(
          (document.querySelector('.editor-instance .monaco-editor .view-lines') as HTMLElement | null)
            ?.innerText ?? '',
        ),
      null,
      { timeout: 15_000 },
    );
    assert.match(await editorText(page), /instance_charge_type\s*=\s*"PrePaid"/);
    await page.waitForFunction(
      () => !/ICP002/.test(document.querySelector('.markers-panel')?.textContent ?? ''),
      null,
      { timeout: 15_000 },
    );
  });

  it('opens the readiness report (a webview, scanning the workspace through workspace.fs)', async () => {
    await runCommand(page, 'View: Hide Panel');
    await runCommand(page, 'ICP Filing: Show Readiness Report');
    const frame = reportFrame(page);
    await frame.locator('#summary tbody tr').first().waitFor({ timeout: 60_000 });
    const rows = (await frame.locator('#summary tbody tr').allInnerTexts()).map((r) =>
      r.replace(/\s+/g, ' '),
    );
    // The fixture workspace's four instances and this suite's one, the last now fixed to PrePaid.
    assert.equal(rows.length, 5, rows.join('\n'));
    assert.ok(
      rows.some((r) => /browser\/main\.tf/.test(r)),
      rows.join('\n'),
    );
    await screenshot(page, 'web-03-report');
  });

  it('runs in the web worker, not in a Node extension host', async () => {
    await runCommand(page, 'Developer: Show Running Extensions');
    const row = page.locator('.runtime-extensions-editor .monaco-list-row', {
      hasText: 'ICP Filing Readiness',
    });
    await row.waitFor({ timeout: 30_000 });
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    assert.match(text, /web worker/i, text);
    await screenshot(page, 'web-04-running-extensions');
  });
});
