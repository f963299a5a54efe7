// page.evaluate callbacks run in the browser, so these files see the DOM types.
/// <reference lib="dom" />
/**
 * Verdicts where the code is, and the report at scale, as a person sees them in a real VS Code
 * (code-server) driven by headless Chromium: the CodeLens above each instance, the requirements
 * hover on an instance header, and the readiness report over 500 instances, filtered and searched.
 * Screenshots land in test-results/screenshots/ (the README's come from here).
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  closeWorkbench,
  goToLine,
  openWorkbench,
  quickOpen,
  reportFrame,
  screenshot,
  screenshotIfFailed,
  type Workbench,
} from './workbench';

/** 500 instances with every verdict: pay-as-you-go, one month, ready, and a charge type no one set. */
function manyInstances(count: number): string {
  const blocks = [
    'provider "alicloud" {\n  region = "cn-hangzhou"\n}\n\nvariable "billing" {\n  type = string\n}\n',
  ];
  for (let n = 0; n < count; n++) {
    const kind = n % 4;
    const charge = kind === 0 ? '"PostPaid"' : kind === 3 ? 'var.billing' : '"PrePaid"';
    const period = kind === 1 ? 1 : 12;
    blocks.push(`resource "alicloud_instance" "web_${String(n).padStart(3, '0')}" {
  instance_type              = "ecs.g7.large"
  instance_charge_type       = ${charge}
  period                     = ${period}
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}
`);
  }
  return blocks.join('\n');
}

describe('verdicts in the code and the report at scale, in the VS Code UI', () => {
  let workbench: Workbench;
  let page: Page;

  before(async () => {
    workbench = await openWorkbench(
      { 'workbench.editor.enablePreview': false, 'editor.hover.above': false },
      (workspace) => {
        mkdirSync(join(workspace, 'many'), { recursive: true });
        writeFileSync(join(workspace, 'many', 'main.tf'), manyInstances(500));
      },
    );
    ({ page } = workbench);
  });

  afterEach(async function () {
    await screenshotIfFailed(this.currentTest, page);
  });

  after(() => closeWorkbench(workbench));

  it('shows the verdict above each instance as a CodeLens', async () => {
    await quickOpen(page, 'web/main.tf');
    const lens = page.locator('.codelens-decoration', { hasText: 'ICP:' });
    await lens.first().waitFor({ timeout: 60_000 });
    const text = await lens.first().innerText();
    assert.equal(text.trim(), 'ICP: not ready — cn-hongkong, pay-as-you-go, no public IP');
    await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 30_000 });
    await screenshot(page, 'codelens');
  });

  it('hovering the instance header shows its requirements table', async () => {
    // web_001 in many/main.tf: one month, reported at its period, so the header hover is the table alone.
    await quickOpen(page, 'many/main.tf');
    await page.locator('.codelens-decoration', { hasText: 'ICP:' }).first().waitFor({ timeout: 60_000 });
    await page.click('.editor-instance .monaco-editor .view-lines');
    await goToLine(page, 17, 25);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover', { hasText: 'Requirement' });
    await hover.waitFor({ state: 'visible', timeout: 15_000 });
    const text = await hover.innerText();
    assert.match(text, /ICP filing: not ready · alicloud_instance\.web_001/);
    assert.match(text, /Subscription period long enough\s+fail\s+ICP003: /);
    // The hover fades in: the picture waits for its animations to finish.
    await hover.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
    await screenshot(page, 'hover-requirements');
    await page.keyboard.press('Escape');
  });

  it('opens the report at the instance from its CodeLens', async () => {
    await quickOpen(page, 'web/main.tf');
    await page.locator('.codelens-decoration a', { hasText: 'ICP:' }).first().click();
    const frame = reportFrame(page);
    await frame.locator('section.instance.focused').waitFor({ timeout: 90_000 });
    assert.match(await frame.locator('section.instance.focused h3').innerText(), /alicloud_instance\.web\b/);
  });

  it('keeps the report usable with 500 instances: filter by verdict, search, aligned tables', async () => {
    const frame = reportFrame(page);
    await frame.locator('#summary tbody tr').nth(500).waitFor({ state: 'attached', timeout: 90_000 });
    assert.equal(await frame.locator('#summary tbody tr').count(), 504);
    assert.equal((await frame.locator('#shown').innerText()).trim(), '504 of 504 instances shown');
    await frame.locator('#verdict-filter').selectOption('not-ready');
    await frame.locator('#search').fill('web_00');
    await page.waitForFunction(() => true);
    const shown = (await frame.locator('#shown').innerText()).trim();
    // web_000 … web_009 are in many/main.tf: 0, 4, 8 are pay-as-you-go and 1, 5, 9 one month (not ready).
    assert.equal(shown, '6 of 504 instances shown');
    assert.equal(await frame.locator('#summary tbody tr:not([hidden])').count(), 6);
    // Every per-instance table starts its columns at the same x.
    const lefts = await frame
      .locator('section.instance:not([hidden]) table.requirements')
      .evaluateAll((tables) =>
        tables.map((t) =>
          Array.from((t as HTMLTableElement).rows[0].cells)
            .map((c) => Math.round(c.getBoundingClientRect().left))
            .join(','),
        ),
      );
    assert.equal(new Set(lefts).size, 1, `column positions: ${lefts.join(' | ')}`);
    await frame.locator('h1').scrollIntoViewIfNeeded();
    await screenshot(page, 'report-500');
  });
});
