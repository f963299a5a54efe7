// page.evaluate callbacks run in the browser, so these files see the DOM types.
/// <reference lib="dom" />
/**
 * The extension as a person uses it, in a real VS Code (code-server) driven by headless Chromium:
 * open a .tf file, see the squiggle, read the Problems panel, fix from the lightbulb, read the report.
 * Screenshots land in test-results/screenshots/.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
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

describe('ICP filing checks in the VS Code UI', () => {
  let workbench: Workbench;
  let page: Page;
  let workspace: string;

  before(async () => {
    workbench = await openWorkbench();
    ({ page, workspace } = workbench);
  });

  afterEach(async function () {
    await screenshotIfFailed(this.currentTest, page);
  });

  after(() => closeWorkbench(workbench));

  it('opens web/main.tf and shows squiggles', async () => {
    await quickOpen(page, 'web/main.tf');
    await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 60_000 });
    const squiggles = await page.$$('.monaco-editor .squiggly-error');
    assert.ok(squiggles.length >= 2, `${squiggles.length} error squiggles`);
    await screenshot(page, '01-squiggles');
  });

  it('hovering the charge type shows the message, the rule link and where the value came from', async () => {
    await goToLine(page, 8, 34);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    await page.waitForSelector('.monaco-hover .hover-row', { state: 'visible', timeout: 15_000 });
    const hover = await page.$eval('.monaco-hover', (e) => (e as HTMLElement).innerText);
    assert.match(hover, /ICP002/);
    await screenshot(page, '02-hover');
    await page.keyboard.press('Escape');
  });

  it('lists the findings in the Problems panel', async () => {
    await page.keyboard.press('Control+Shift+M');
    await page.waitForFunction(
      () => /ICP002/.test(document.querySelector('.markers-panel')?.textContent ?? ''),
      null,
      { timeout: 30_000 },
    );
    const rows = await page.$$eval('.markers-panel .monaco-list-row', (rs) =>
      rs.map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
    );
    console.log('      problems:', JSON.stringify(rows));
    for (const id of ['ICP001', 'ICP002', 'ICP004'])
      assert.ok(
        rows.some((r) => r.includes(id)),
        `${id} in Problems`,
      );
    await screenshot(page, '03-problems');
  });

  it('applies a quick fix from the lightbulb menu (Ctrl+.)', async () => {
    await page.click('.editor-instance .monaco-editor .view-lines');
    await goToLine(page, 11, 32);
    await page.keyboard.press('Control+.');
    await page.waitForSelector('.action-widget .monaco-list-row', { state: 'visible', timeout: 15_000 });
    const menu = await page.$$eval('.action-widget .monaco-list-row', (rs) =>
      rs.map((r) => (r as HTMLElement).innerText.trim()),
    );
    console.log('      quick fixes:', JSON.stringify(menu));
    assert.ok(
      menu.some((t) => /Suppress ICP004/.test(t)),
      'suppress offered',
    );
    assert.ok(
      menu.some((t) => /Show documentation for ICP004/.test(t)),
      'documentation offered',
    );
    await screenshot(page, '04-quick-fix-menu');
    // The first entry is the preferred fix; Enter applies it.
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        !/internet_max_bandwidth_out\s*=\s*0\b/.test(
          (
            document.querySelector('.editor-instance .monaco-editor .view-lines') as HTMLElement | null
          )?.innerText.replace(/\u00a0/g, ' ') ?? '',
        ),
      null,
      { timeout: 15_000 },
    );
    const text = await editorText(page);
    assert.match(text, /internet_max_bandwidth_out\s*=\s*[1-9]/);
    await page.keyboard.press('Control+S');
    const onDisk = join(workspace, 'web/main.tf');
    for (let i = 0; i < 100 && /= 0\n/.test(readFileSync(onDisk, 'utf8')); i++)
      await page.waitForTimeout(100);
    assert.doesNotMatch(readFileSync(onDisk, 'utf8'), /internet_max_bandwidth_out\s*=\s*0\n/);
    await page.waitForFunction(
      () => !/ICP004/.test(document.querySelector('.markers-panel')?.textContent ?? ''),
      null,
      { timeout: 15_000 },
    );
    await screenshot(page, '05-fixed');
  });

  it('highlights an icp-ignore directive inside a YAML comment (injection grammar)', async () => {
    await quickOpen(page, 'sites.icp.yaml');
    await goToLine(page, 1, 1);
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.type(
      '# icp-ignore-file: ICP010 reason="tracked in the renewal calendar" expires=2027-03-31',
    );
    const line = page.locator('.editor-instance .view-line', { hasText: 'icp-ignore-file' });
    await line.waitFor({ timeout: 30_000 });
    // A plain comment is one colour; the directive's keyword, rule ID, reason and date get their own.
    await page.waitForFunction(
      () => {
        const el = Array.from(document.querySelectorAll('.editor-instance .view-line')).find((l) =>
          l.textContent?.includes('icp-ignore-file'),
        );
        return (
          new Set(Array.from(el?.querySelectorAll('span > span') ?? []).map((s) => s.className)).size >= 4
        );
      },
      null,
      { timeout: 45_000 },
    ); // tokenising is asynchronous, and slow on a busy 2-core machine
    const classes = await line
      .locator('span > span')
      .evaluateAll((spans) => [...new Set(spans.map((s) => s.className))]);
    assert.ok(classes.length >= 4, `directive tokens coloured: ${classes.join(' ')}`);
    await page.waitForTimeout(1000); // let the debounced re-check settle for the picture
    await screenshot(page, '06-icp-ignore-highlight');
    await runCommand(page, 'File: Revert File');
  });

  it('opens the readiness report and reads its table', async () => {
    // Room for the report: hide the bottom panel.
    await runCommand(page, 'View: Hide Panel');
    await runCommand(page, 'ICP Filing: Show Readiness Report');
    const frame = reportFrame(page);
    await frame.locator('#summary tbody tr').first().waitFor({ timeout: 60_000 });
    const rows = await frame.locator('#summary tbody tr').allInnerTexts();
    console.log('      report rows:', JSON.stringify(rows.map((r) => r.replace(/\s+/g, ' ').trim())));
    await screenshot(page, '07-report');
    assert.equal(rows.length, 4);
    assert.ok(
      rows.some((r) => /alicloud_instance\.app/.test(r) && /\bready/.test(r) && !/not ready/.test(r)),
      'the compliant instance is ready',
    );
    assert.ok(
      rows.some((r) => /alicloud_instance\.web/.test(r) && /not ready/.test(r)),
      'the web instance is not ready',
    );
    const overall = await frame.locator('#overall').innerText();
    assert.match(overall, /Not ready/);
    // A row opens its source.
    await frame.locator('#summary tbody tr', { hasText: 'WebServer' }).locator('a.loc').click();
    await page.waitForFunction(
      () => /stack\.ros\.yaml/.test(document.querySelector('.tabs-container .tab.active')?.textContent ?? ''),
      null,
      { timeout: 15_000 },
    );
  });
});
