// page.evaluate callbacks run in the browser, so these files see the DOM types.
/// <reference lib="dom" />
/** Small, named steps for driving the VS Code workbench through the keyboard, as a person would. */
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import {
  launchBrowser,
  PROJECT_ROOT,
  startCodeServer,
  type CodeServer,
} from '../../scripts/vscode/code-server';

export const SCREENSHOTS = join(__dirname, '..', '..', 'test-results', 'screenshots');

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

export interface Workbench {
  readonly server: CodeServer;
  readonly browser: BrowserContext;
  readonly page: Page;
  /** The copy of `test/fixtures/workspace` that the workbench has open. */
  readonly workspace: string;
}

/** The settings every UI suite shares, so screenshots look alike. */
const LOOK = {
  'workbench.colorTheme': 'Default Dark Modern',
  'editor.fontSize': 14,
  'window.zoomLevel': 0,
  'editor.minimap.enabled': false,
};

/**
 * code-server with the extension installed (the packaged .vsix when `npm run package` made one, what
 * a user installs; else the working tree; or the given folder), a copy of the fixture workspace (`prepare` may add to it
 * before it opens), and Chromium showing it.
 */
export async function openWorkbench(
  settings: Record<string, unknown> = {},
  prepare?: (workspace: string) => void,
  /** An extension folder to install instead (e.g. a copy of the manifest for the browser's host). */
  extensionFolder?: string,
): Promise<Workbench> {
  const vsix = join(PROJECT_ROOT, 'icp-check.vsix');
  const server = await startCodeServer({
    ...(extensionFolder
      ? { installFrom: extensionFolder }
      : existsSync(vsix) && !process.env.ICP_E2E_FROM_TREE
        ? { installVsix: vsix }
        : { installFrom: PROJECT_ROOT }),
    settings: { ...LOOK, ...settings },
  });
  const workspace = join(server.runDir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  cpSync(join(PROJECT_ROOT, 'test/fixtures/workspace'), workspace, { recursive: true });
  prepare?.(workspace);
  const browser = await launchBrowser(server.runDir, { width: 1400, height: 860 });
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(server.urlFor(workspace));
  await waitForWorkbench(page);
  return { server, browser, page, workspace };
}

export async function closeWorkbench(workbench: Workbench | undefined): Promise<void> {
  await workbench?.browser.close().catch(() => undefined);
  await workbench?.server.stop();
}

/** For an `afterEach`: what the screen showed when a test failed. */
export async function screenshotIfFailed(
  test: Mocha.Test | undefined,
  page: Page | undefined,
): Promise<void> {
  if (test?.state === 'failed' && page)
    await screenshot(page, `failed-${test.title.replace(/\W+/g, '-').slice(0, 60)}`);
}

export async function waitForWorkbench(page: Page): Promise<void> {
  await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 90_000 });
}

/** Ctrl+P, type, Enter: opens a file by (part of) its path. */
export async function quickOpen(page: Page, path: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(path);
  await page.waitForSelector('.quick-input-list .monaco-list-row', { state: 'visible' });
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.editor-instance .monaco-editor .view-lines', { timeout: 30_000 });
}

/** F1, type the command's title, Enter. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(title);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${title.split(': ').pop()}"]`, {
    state: 'visible',
    timeout: 15_000,
  });
  await page.keyboard.press('Enter');
}

/** Ctrl+G, line number: puts the cursor at the start of a 1-based line. */
export async function goToLine(page: Page, line: number, column = 1): Promise<void> {
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
}

export async function editorText(page: Page): Promise<string> {
  return page.$eval('.editor-instance .monaco-editor .view-lines', (e) =>
    (e as HTMLElement).innerText.replace(/\u00a0/g, ' '),
  );
}

/** The readiness report's document: a webview is an iframe holding the page's own iframe. */
export function reportFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}
