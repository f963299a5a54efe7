import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { HOSTILE_INPUTS } from '../../bench/generate/hostile';
import {
  activateExtension,
  codes,
  ourDiagnostics,
  open,
  revertAndCloseAll,
  waitFor,
  waitForCodes,
  workspaceUri,
  writeOnDisk,
} from './helpers';

/**
 * Large files are checked in a worker thread: the extension host keeps answering while one is
 * checked, and a check past `icpCheck.timeBudgetMs` is stopped (the worker terminated) and reported
 * as not checked. The file: the 2.7 MB spec listing 50,000 websites, whose check takes seconds and
 * then crosses the engine's work budget.
 */
describe('large files: checked in a worker, stopped at the time budget', function () {
  this.timeout(180_000);
  const big = () => workspaceUri('large/big.icp.yaml');
  const setBudget = (ms: number | undefined) =>
    vscode.workspace
      .getConfiguration('icpCheck')
      .update('timeBudgetMs', ms, vscode.ConfigurationTarget.Workspace);

  before(async () => {
    await activateExtension();
    await writeOnDisk(big(), HOSTILE_INPUTS['spec-50k-websites'].files()[0].text);
  });
  afterEach(revertAndCloseAll);
  after(async () => {
    await setBudget(undefined);
    // The other suites scan the workspace: the big files leave with this suite.
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(big(), '..'), { recursive: true });
    await vscode.workspace.fs.delete(workspaceUri('many'), { recursive: true });
  });

  it('while a large file is checked, a small file`s diagnostics arrive; the large one then stops at its work budget', async () => {
    await setBudget(30_000);
    await open(big());
    const small = workspaceUri('web/main.tf');
    await open(small);
    await waitForCodes(small, ['ICP001', 'ICP002', 'ICP004']);
    // Its check takes seconds: had it run in the extension host, the small file would have waited for it.
    assert.deepEqual(codes(big()), [], 'the large file is still being checked');
    const [stopped] = await waitForCodes(big(), ['ICP000'], 120_000);
    assert.equal(stopped.severity, vscode.DiagnosticSeverity.Error);
    assert.match(stopped.message, /needs more work than the per-file budget of 12,000,000 work units/);
  });

  it('past icpCheck.timeBudgetMs the worker is terminated and the file reported as not checked; the next check works', async () => {
    await setBudget(200);
    await open(big());
    const [stopped] = await waitFor(
      () => {
        const found = ourDiagnostics(big());
        return found.length === 1 && /time budget of 200 ms/.test(found[0].message) && found;
      },
      'the time budget ICP000 on the large file',
      60_000,
    );
    assert.equal(stopped.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(stopped.range.start.line, 0);
    // A fresh worker checks a large file that fits: the same spec cut to its first 2,000 websites (64 K characters and up).
    const fits = workspaceUri('large/fits.icp.yaml');
    const text = HOSTILE_INPUTS['spec-50k-websites'].files()[0].text;
    const cut = text.split('\n').slice(0, 2_010).join('\n') + '\n';
    assert.ok(cut.length >= 64 * 1024, `${cut.length} characters`);
    await setBudget(30_000);
    await writeOnDisk(fits, cut);
    await open(fits);
    const found = await waitFor(
      () => codes(fits).length > 0 && codes(fits),
      'findings on the spec that fits',
      60_000,
    );
    assert.ok(found.includes('ICP008') && !found.includes('ICP000'), found.join(','));
  });

  it('a small file whose module call is slow to compose is checked in the worker too, and stopped at the budget', async () => {
    const main = workspaceUri('many/main.tf');
    // 1,000 copies of a module whose locals multiply: each copy's settings run the evaluator to its step limit.
    const slowModule = HOSTILE_INPUTS['multiplying-locals'].files()[0].text;
    await writeOnDisk(workspaceUri('many/mod/main.tf'), slowModule);
    await writeOnDisk(main, 'module "fleet" {\n  source = "./mod"\n  count  = 1000\n}\n');
    await setBudget(500);
    await open(main);
    const [stopped] = await waitForCodes(main, ['ICP000'], 60_000);
    assert.match(stopped.message, /time budget of 500 ms/);
  });
});
