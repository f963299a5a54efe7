import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension,
  codeOf,
  codes,
  checked,
  extensionApi,
  open,
  rangeOf,
  revertAndCloseAll,
  valueRange,
  waitFor,
  waitForCodes,
  workspaceUri,
} from './helpers';

describe('diagnostics', () => {
  before(activateExtension);
  afterEach(revertAndCloseAll);

  it('a Terraform module: exact ranges, rule links, severities, related locations into sibling files', async () => {
    const main = workspaceUri('web/main.tf');
    const document = await open(main);
    const diagnostics = await waitForCodes(main, ['ICP001', 'ICP002', 'ICP004']);
    const byCode = new Map(diagnostics.map((d) => [codeOf(d), d]));

    // The charge type comes from a variable: the squiggle is on `var.billing`, related info walks to its default.
    const payg = byCode.get('ICP002')!;
    assert.deepEqual(payg.range, rangeOf(document, 'var.billing'));
    assert.equal(payg.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(
      typeof payg.code === 'object' && /ICP002/.test(payg.code.target.toString()),
      'code links to the rule documentation',
    );
    const related = payg.relatedInformation ?? [];
    assert.ok(
      related.some((r) => r.location.uri.path.endsWith('/web/variables.tf')),
      'related information points at variables.tf',
    );
    const variables = await vscode.workspace.openTextDocument(workspaceUri('web/variables.tf'));
    const atDefault = related.find((r) => r.location.uri.path.endsWith('/web/variables.tf'))!;
    assert.equal(variables.getText(atDefault.location.range), '"PostPaid"');

    // Omitted / zero bandwidth: on the value.
    assert.deepEqual(byCode.get('ICP004')!.range, valueRange(document, 'internet_max_bandwidth_out = ', '0'));

    // The region comes from the provider block (var → tfvars): on the header, related info walks there.
    const region = byCode.get('ICP001')!;
    assert.equal(region.range.start.line, rangeOf(document, 'resource "alicloud_instance" "web"').start.line);
    const regionSteps = (region.relatedInformation ?? []).map((r) => r.location.uri.path.split('/').pop());
    assert.ok(
      regionSteps.includes('terraform.tfvars'),
      `related steps ${regionSteps.join(', ')} include terraform.tfvars`,
    );
  });

  it('a ROS template and an instance spec are recognised by content and name', async () => {
    const ros = workspaceUri('ros/stack.ros.yaml');
    const rosDoc = await open(ros);
    const rosDiagnostics = await waitForCodes(ros, ['ICP001', 'ICP002']);
    const zone = rosDiagnostics.find((d) => codeOf(d) === 'ICP001')!;
    assert.deepEqual(zone.range, rangeOf(rosDoc, 'cn-hongkong-b'));

    const spec = workspaceUri('specs/sites.icp.yaml');
    const specDoc = await open(spec);
    const specDiagnostics = await waitForCodes(spec, ['ICP008']);
    // On the second use of the service number.
    assert.deepEqual(specDiagnostics[0].range, rangeOf(specDoc, '"1234567890"', 1));
  });

  it('a compliant instance has no squiggle, and the status bar says so', async () => {
    const { statusBar } = await extensionApi();
    const good = workspaceUri('good/main.tf');
    await checked(await open(good));
    assert.deepEqual(vscode.languages.getDiagnostics(good), []);
    assert.equal(statusBar.text, '$(pass) ICP: ready');
  });

  it('clears a document’s diagnostics when it is closed', async () => {
    const ros = workspaceUri('ros/stack.ros.yaml');
    await open(ros);
    await waitForCodes(ros, ['ICP001', 'ICP002']);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    // Closing the editor is not closing the document: VS Code closes it a little later.
    await waitFor(() => vscode.languages.getDiagnostics(ros).length === 0, 'cleared on close', 30_000);
  });

  it('updates while typing, debounced', async () => {
    const ros = workspaceUri('ros/stack.ros.yaml');
    const document = await open(ros);
    await waitForCodes(ros, ['ICP001', 'ICP002']);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(ros, rangeOf(document, 'cn-hongkong-b'), 'cn-hangzhou-h');
    const { diagnostics } = await extensionApi();
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(diagnostics.hasScheduledCheck(ros), true, 'the edit scheduled a debounced check');
    await checked(document);
    assert.deepEqual(codes(ros), ['ICP002']);
  });
});

describe('status bar', () => {
  before(activateExtension);
  afterEach(revertAndCloseAll);

  it('shows the active file’s verdict', async () => {
    const { statusBar } = await extensionApi();
    const main = workspaceUri('web/main.tf');
    await checked(await open(main));
    assert.deepEqual(codes(main), ['ICP001', 'ICP002', 'ICP004']);
    assert.equal(statusBar.text, '$(error) ICP: not ready');
    const good = workspaceUri('good/main.tf');
    await checked(await open(good));
    assert.equal(statusBar.text, '$(pass) ICP: ready');
  });
});
