import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import {
  activateExtension,
  EXTENSION_ID,
  ourDiagnostics,
  readOnDisk,
  revertAndCloseAll,
  waitFor,
  workspaceUri,
} from './helpers';

interface ReportSummary {
  verdict: string;
  instances: { name: string; file: string; verdict: string; requirements: Record<string, string> }[];
  suppressions: number;
  html: string;
}

describe('readiness report and workspace check', () => {
  before(activateExtension);
  after(revertAndCloseAll);

  it('"Check Workspace" fills the Problems panel for files that are not open', async () => {
    const summary = await vscode.commands.executeCommand<{
      files: number;
      instances: number;
      findings: number;
    }>('icpCheck.checkWorkspace');
    assert.ok(summary.files >= 5, `checked ${summary.files} files`);
    assert.equal(summary.instances, 4);
    const spec = workspaceUri('specs/sites.icp.yaml');
    await waitFor(() => ourDiagnostics(spec).length > 0, 'diagnostics on the (closed) spec');
  });

  it('"Show Readiness Report" lists every instance with each requirement and a verdict', async () => {
    const report = await vscode.commands.executeCommand<ReportSummary>('icpCheck.showReport');
    assert.equal(report.verdict, 'not-ready');
    const byName = new Map(report.instances.map((i) => [i.name, i]));
    assert.deepEqual([...byName.keys()].sort(), [
      'WebServer',
      'alicloud_instance.app',
      'alicloud_instance.web',
      'blog',
    ]);
    assert.equal(byName.get('alicloud_instance.app')!.verdict, 'ready');
    const web = byName.get('alicloud_instance.web')!;
    assert.equal(web.verdict, 'not-ready');
    assert.equal(web.requirements.region, 'fail');
    assert.equal(web.requirements.billing, 'fail');
    assert.equal(web.requirements['public-ip'], 'fail');
    assert.equal(byName.get('blog')!.requirements['service-numbers'], 'fail');
    // The page itself: a strict CSP with a nonce, and a row per instance.
    assert.match(report.html, /Content-Security-Policy" content="default-src 'none'/);
    assert.match(report.html, /script-src 'nonce-/);
    assert.equal((report.html.match(/class="instance-row/g) ?? []).length, 4);
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.ok(
      tab?.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('icpCheck.report'),
      'the report is the active tab',
    );
  });

  it('exports Markdown and SARIF', async () => {
    const dir = vscode.Uri.file(os.tmpdir());
    const md = await vscode.commands.executeCommand<vscode.Uri>(
      'icpCheck.exportMarkdown',
      vscode.Uri.joinPath(dir, `icp-${process.pid}.md`),
    );
    const markdown = await readOnDisk(md);
    assert.match(markdown, /alicloud_instance\.web/);
    const sarifUri = await vscode.commands.executeCommand<vscode.Uri>(
      'icpCheck.exportSarif',
      vscode.Uri.joinPath(dir, `icp-${process.pid}.sarif`),
    );
    const sarif = JSON.parse(await readOnDisk(sarifUri)) as {
      version: string;
      runs: { results: { ruleId: string }[] }[];
    };
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0].results.some((r) => r.ruleId === 'ICP002'));
    // Nothing left behind in the temp folder.
    await vscode.workspace.fs.delete(md);
    await vscode.workspace.fs.delete(sarifUri);
  });

  it('the exports are what the CLI prints when run in the workspace folder', async () => {
    const dir = vscode.Uri.file(os.tmpdir());
    const cli = join(
      vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath,
      'out',
      'src',
      'cli',
      'main.js',
    );
    const run = (format: string) =>
      spawnSync(process.execPath, [cli, '--format', format], {
        cwd: workspaceUri().fsPath,
        encoding: 'utf8',
        env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      });
    for (const format of ['markdown', 'sarif'] as const) {
      const target = vscode.Uri.joinPath(dir, `icp-cli-${process.pid}.${format}`);
      const uri = await vscode.commands.executeCommand<vscode.Uri>(
        format === 'markdown' ? 'icpCheck.exportMarkdown' : 'icpCheck.exportSarif',
        target,
      );
      const exported = await readOnDisk(uri);
      await vscode.workspace.fs.delete(uri);
      const printed = run(format);
      assert.equal(printed.status, 1, printed.stderr);
      // Line by line, so a failure names the first line that differs.
      const [ours, theirs] = [exported.split('\n'), printed.stdout.split('\n')];
      const first = ours.findIndex((line, i) => line !== theirs[i]);
      assert.equal(
        first,
        -1,
        `${format} export differs from the CLI at line ${first + 1}:\n  export: ${ours[first]}\n  CLI:    ${theirs[first]}`,
      );
      assert.equal(ours.length, theirs.length);
    }
  });
});
