// page.evaluate callbacks run in the browser, so these files see the DOM types.
/// <reference lib="dom" />
/** Small, named steps for driving the VS Code workbench through the keyboard, as a person would. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';

export const SCREENSHOTS = join(__dirname, '..', '..', 'test-results', 'screenshots');

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
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
