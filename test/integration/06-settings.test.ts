import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension,
  checked,
  codeOf,
  extensionApi,
  open,
  ourDiagnostics,
  rangeOf,
  revertAndCloseAll,
  waitFor,
  waitForCodes,
  workspaceUri,
} from './helpers';

describe('settings and .icpcheck.yaml', () => {
  before(activateExtension);
  afterEach(revertAndCloseAll);
  afterEach(async () => {
    const c = vscode.workspace.getConfiguration('icpCheck');
    for (const key of ['rules', 'run', 'enable'])
      await c.update(key, undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('a per-rule severity setting takes effect at once', async () => {
    const main = workspaceUri('web/main.tf');
    await open(main);
    await waitForCodes(main, ['ICP001', 'ICP002', 'ICP004']);
    await vscode.workspace
      .getConfiguration('icpCheck')
      .update('rules', { ICP004: 'off', 'pay-as-you-go': 'warning' }, vscode.ConfigurationTarget.Workspace);
    await waitForCodes(main, ['ICP001', 'ICP002']);
    const payg = ourDiagnostics(main).find((d) => codeOf(d) === 'ICP002')!;
    assert.equal(payg.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('"run": "onSave" checks on save, not while typing', async () => {
    await vscode.workspace
      .getConfiguration('icpCheck')
      .update('run', 'onSave', vscode.ConfigurationTarget.Workspace);
    const ros = workspaceUri('ros/stack.ros.yaml');
    const document = await open(ros);
    await waitForCodes(ros, ['ICP001', 'ICP002']);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(ros, rangeOf(document, 'cn-hongkong-b'), 'cn-hangzhou-h');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const { diagnostics } = await extensionApi();
    assert.equal(diagnostics.hasScheduledCheck(ros), false, 'typing schedules no check');
    assert.deepEqual(ourDiagnostics(ros).map(codeOf).sort(), ['ICP001', 'ICP002'], 'unchanged while typing');
    await document.save();
    await checked(document);
    assert.deepEqual(ourDiagnostics(ros).map(codeOf), ['ICP002']);
    // Put the file back for the other suites.
    const back = new vscode.WorkspaceEdit();
    back.replace(ros, rangeOf(document, 'cn-hangzhou-h'), 'cn-hongkong-b');
    await vscode.workspace.applyEdit(back);
    await document.save();
  });

  it('"enable": false clears the squiggles', async () => {
    const main = workspaceUri('web/main.tf');
    await open(main);
    await waitForCodes(main, ['ICP001', 'ICP002', 'ICP004']);
    await vscode.workspace
      .getConfiguration('icpCheck')
      .update('enable', false, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => ourDiagnostics(main).length === 0, 'cleared');
  });

  it('a broken .icpcheck.yaml shows ICP000 on itself', async () => {
    const config = workspaceUri('.icpcheck.yaml');
    const document = await open(config);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(config, new vscode.Position(document.lineCount, 0), 'preferedRegions: [cn-beijing]\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const [problem] = await waitForCodes(config, ['ICP000']);
    assert.equal(problem.range.start.line, rangeOf(document, 'preferedRegions').start.line);
    assert.match(problem.message, /preferedRegions/);
    assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
    // The engine writes it, so the severity settings apply to it as to any other ICP000.
    await vscode.workspace
      .getConfiguration('icpCheck')
      .update('rules', { 'invalid-input': 'warning' }, vscode.ConfigurationTarget.Workspace);
    await waitFor(
      () => ourDiagnostics(config)[0]?.severity === vscode.DiagnosticSeverity.Warning,
      'ICP000 on .icpcheck.yaml as a warning',
    );
  });
});
