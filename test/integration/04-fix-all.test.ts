import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension,
  codeOf,
  codes,
  open,
  ourDiagnostics,
  revertAndCloseAll,
  waitFor,
  waitForCodes,
  workspaceUri,
} from './helpers';

const errors = (uri: vscode.Uri) =>
  ourDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);

describe('fix all', () => {
  before(activateExtension);
  afterEach(revertAndCloseAll);

  it('"Fix All in This File" clears every error of the file, editing the module files its values come from (fixes that uncover others included)', async () => {
    const main = workspaceUri('web/main.tf');
    await open(main);
    await waitForCodes(main, ['ICP001', 'ICP002', 'ICP004']);
    const applied = await vscode.commands.executeCommand<number>('icpCheck.fixAllInFile');
    assert.ok(applied >= 3, `applied ${applied} fixes`);
    await waitFor(() => errors(main).length === 0, 'no errors left');
    assert.ok(!codes(main).includes('ICP000'));
  });

  it('source.fixAll.icpCheck is offered as a source action (for editor.codeActionsOnSave)', async () => {
    const ros = workspaceUri('ros/stack.ros.yaml');
    const document = await open(ros);
    await waitForCodes(ros, ['ICP001', 'ICP002']);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      ros,
      new vscode.Range(0, 0, 0, 0),
      'source.fixAll.icpCheck',
    );
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.icpCheck');
    assert.ok(fixAll?.edit, 'a fix-all source action with an edit');
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    // Billing and the period it then needs are fixed; a zone is not guessed (no fix for ICP001 in ROS).
    await waitFor(
      () => errors(ros).every((d) => codeOf(d) === 'ICP001'),
      'only the zone is left in the template',
    );
    assert.match(document.getText(), /Default: PrePaid/);
  });
});
