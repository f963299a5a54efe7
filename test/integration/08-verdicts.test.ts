import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, open, revertAndCloseAll, waitFor, workspaceUri } from './helpers';

interface ReportSummary {
  focused?: string;
  instances: { name: string }[];
}

const ours = (lenses: vscode.CodeLens[]) =>
  lenses.filter((l) => l.command?.command === 'icpCheck.showReport');
const lensesOf = async (uri: vscode.Uri) =>
  ours(await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri));
const hoverText = async (uri: vscode.Uri, position: vscode.Position) => {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    uri,
    position,
  );
  return hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .filter((v) => v.includes('ICP filing:'));
};

/** Each instance's verdict where the code is: a CodeLens above it and a hover on its header. */
describe('verdicts in the editor (CodeLens and hover)', () => {
  before(activateExtension);
  afterEach(async () => {
    await vscode.workspace
      .getConfiguration('icpCheck')
      .update('codeLens', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace
      .getConfiguration('icpCheck')
      .update('hover', undefined, vscode.ConfigurationTarget.Global);
  });
  after(revertAndCloseAll);

  it('a CodeLens above each instance says its verdict and why', async () => {
    const web = workspaceUri('web/main.tf');
    await open(web);
    const lenses = await waitFor(async () => {
      const l = await lensesOf(web);
      return l.length > 0 && l;
    }, 'the verdict lens on web/main.tf');
    assert.deepEqual(
      lenses.map((l) => [l.range.start.line, l.command?.title]),
      [[4, 'ICP: not ready — cn-hongkong, pay-as-you-go, no public IP']],
    );
    const good = workspaceUri('good/main.tf');
    await open(good);
    const ready = await waitFor(async () => {
      const l = await lensesOf(good);
      return l.length > 0 && l;
    }, 'the verdict lens on good/main.tf');
    assert.deepEqual(
      ready.map((l) => [l.range.start.line, l.command?.title]),
      [[4, 'ICP: ready']],
    );
  });

  it('ROS templates and instance specs get their lens above the logical ID and the spec key', async () => {
    const cases: [string, number, string][] = [
      ['ros/stack.ros.yaml', 7, 'ICP: not ready — cn-hongkong, pay-as-you-go'],
      ['specs/sites.icp.yaml', 2, 'ICP: not ready — service number reused'],
    ];
    for (const [path, line, title] of cases) {
      const uri = workspaceUri(path);
      await open(uri);
      const lenses = await waitFor(async () => {
        const l = await lensesOf(uri);
        return l.length > 0 && l;
      }, `the verdict lens on ${path}`);
      assert.deepEqual(
        lenses.map((l) => [l.range.start.line, l.command?.title]),
        [[line, title]],
      );
    }
  });

  it('the lens follows an edit: fixing the billing drops it from the reasons', async () => {
    const web = workspaceUri('web/main.tf');
    const document = await open(web);
    const edit = new vscode.WorkspaceEdit();
    const line = document.lineAt(7);
    edit.replace(web, line.range, '  instance_charge_type       = "PrePaid"');
    await vscode.workspace.applyEdit(edit);
    await waitFor(
      async () =>
        (await lensesOf(web))[0]?.command?.title === 'ICP: not ready — cn-hongkong, 1 month, no public IP',
      'the lens after the edit',
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('clicking the lens opens the readiness report at that instance', async () => {
    const web = workspaceUri('web/main.tf');
    await open(web);
    const [lens] = await waitFor(async () => {
      const l = await lensesOf(web);
      return l.length > 0 && l;
    }, 'the lens');
    const report = await vscode.commands.executeCommand<ReportSummary>(
      lens.command!.command,
      ...(lens.command!.arguments ?? []),
    );
    assert.equal(report.focused, 'alicloud_instance.web');
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.ok(
      tab?.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('icpCheck.report'),
      'the report is the active tab',
    );
  });

  it('hovering the instance header shows its requirements table', async () => {
    const web = workspaceUri('web/main.tf');
    await open(web);
    const [markdown] = await waitFor(async () => {
      const h = await hoverText(web, new vscode.Position(4, 12));
      return h.length > 0 && h;
    }, 'the header hover');
    const lines = markdown.split('\n');
    assert.equal(lines[0], '**ICP filing: not ready** · `alicloud_instance.web`');
    assert.equal(lines[2], '| Requirement | Result | Details |');
    assert.match(markdown, /\| \$\(error\) Mainland China region \| fail \| ICP001: /);
    assert.match(markdown, /\| \$\(error\) Subscription billing \| fail \| ICP002: /);
    assert.match(markdown, /\| \$\(error\) Public IP \| fail \| ICP004: /);
    assert.doesNotMatch(markdown, /Subscription period/, 'not applicable to pay-as-you-go: left out');
    // Inside the body, away from the header: no table.
    assert.deepEqual(await hoverText(web, new vscode.Position(5, 4)), []);
  });

  it('each can be turned off in the settings', async () => {
    const web = workspaceUri('web/main.tf');
    await open(web);
    await waitFor(async () => (await lensesOf(web)).length > 0, 'the lens, before');
    await vscode.workspace
      .getConfiguration('icpCheck')
      .update('codeLens', false, vscode.ConfigurationTarget.Global);
    await waitFor(async () => (await lensesOf(web)).length === 0, 'no lens once turned off');
    assert.ok((await hoverText(web, new vscode.Position(4, 12))).length > 0, 'the hover stays on');
    await vscode.workspace
      .getConfiguration('icpCheck')
      .update('hover', false, vscode.ConfigurationTarget.Global);
    await waitFor(
      async () => (await hoverText(web, new vscode.Position(4, 12))).length === 0,
      'no hover once turned off',
    );
  });
});
