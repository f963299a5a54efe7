/**
 * Renders media/icon.svg to media/icon.png (128×128, the size the Marketplace and the Extensions
 * view show) with the same headless Chromium the end-to-end tests use. Run: npx tsx scripts/vscode/render-icon.ts
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, PROJECT_ROOT } from './code-server';

async function main(): Promise<void> {
  const svg = readFileSync(join(PROJECT_ROOT, 'media', 'icon.svg'), 'utf8');
  const runDir = mkdtempSync(join(tmpdir(), 'icp-icon-'));
  const browser = await launchBrowser(runDir, { width: 400, height: 300 });
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace(/<svg /, '<svg style="display:block" ')}</body></html>`,
    );
    await page.screenshot({
      path: join(PROJECT_ROOT, 'media', 'icon.png'),
      omitBackground: true,
      clip: { x: 0, y: 0, width: 128, height: 128 },
    });
  } finally {
    await browser.close();
    rmSync(runDir, { recursive: true, force: true });
  }
  console.log('wrote media/icon.png');
}

void main();
