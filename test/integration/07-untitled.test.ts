import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAll, codeOf, ourDiagnostics, waitFor, waitForCodes } from './helpers';

/** A buffer never saved has no file name: its language mode says how to read it. */
describe('untitled documents', () => {
  before(activateExtension);
  after(async () => {
    // Untitled buffers would ask to be saved: revert them before closing.
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.isUntitled) {
        await vscode.window.showTextDocument(editor.document);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    }
    await closeAll();
  });

  it('a new Terraform buffer with a pay-as-you-go instance gets ICP002 at the value', async () => {
    const text =
      'resource "alicloud_instance" "web" {\n  instance_charge_type       = "PostPaid"\n  internet_max_bandwidth_out = 5\n}\n';
    const document = await vscode.workspace.openTextDocument({ language: 'terraform', content: text });
    await vscode.window.showTextDocument(document);
    assert.equal(document.uri.scheme, 'untitled');
    const diagnostics = await waitForCodes(document.uri, ['ICP002', 'ICP011']);
    const payg = diagnostics.find((d) => codeOf(d) === 'ICP002')!;
    const start = text.indexOf('"PostPaid"');
    assert.deepEqual(
      payg.range,
      new vscode.Range(document.positionAt(start), document.positionAt(start + '"PostPaid"'.length)),
    );
  });

  it('typing into an untitled buffer re-checks it, and a plain-text buffer is left alone', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'terraform',
      content: 'resource "alicloud_instance" "web" {\n  internet_max_bandwidth_out = 5\n}\n',
    });
    const editor = await vscode.window.showTextDocument(document);
    await waitForCodes(document.uri, ['ICP002', 'ICP011']);
    await editor.edit((b) =>
      b.insert(new vscode.Position(1, 0), '  instance_charge_type = "PrePaid"\n  period = 3\n'),
    );
    await waitForCodes(document.uri, ['ICP010', 'ICP011']);

    const plain = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: 'resource "alicloud_instance" "web" {}\n',
    });
    await vscode.window.showTextDocument(plain);
    // The Terraform buffer's check proves the checker ran since; the plain one still has nothing.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), 'resource "alicloud_instance" "other" {}\n');
    await vscode.workspace.applyEdit(edit);
    await waitFor(
      () => ourDiagnostics(document.uri).some((d) => d.range.start.line === 0),
      'the Terraform buffer re-checked',
    );
    assert.deepEqual(ourDiagnostics(plain.uri), []);
  });

  it('an untitled ROS template in YAML mode is recognised by its content', async () => {
    const text =
      'ROSTemplateFormatVersion: "2015-09-01"\nResources:\n  Web:\n    Type: ALIYUN::ECS::Instance\n    Properties:\n      ZoneId: cn-hangzhou-h\n      InstanceChargeType: PostPaid\n      InternetMaxBandwidthOut: 5\n';
    const document = await vscode.workspace.openTextDocument({ language: 'yaml', content: text });
    await vscode.window.showTextDocument(document);
    const diagnostics = await waitFor(
      () => ourDiagnostics(document.uri).find((d) => codeOf(d) === 'ICP002'),
      'ICP002 on the untitled template',
    );
    const start = text.indexOf('PostPaid');
    assert.deepEqual(
      diagnostics.range,
      new vscode.Range(document.positionAt(start), document.positionAt(start + 'PostPaid'.length)),
    );
  });
});
