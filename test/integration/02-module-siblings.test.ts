import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension,
  codes,
  open,
  rangeOf,
  readOnDisk,
  revertAndCloseAll,
  waitForCodes,
  workspaceUri,
  writeOnDisk,
} from './helpers';

describe('a Terraform module is checked as a whole', () => {
  before(activateExtension);
  afterEach(revertAndCloseAll);

  it('typing in variables.tf updates main.tf’s squiggles', async () => {
    const main = workspaceUri('web/main.tf');
    await open(main);
    await waitForCodes(main, ['ICP001', 'ICP002', 'ICP004']);
    const variables = await open(workspaceUri('web/variables.tf'));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(variables.uri, rangeOf(variables, 'PostPaid'), 'PrePaid');
    assert.ok(await vscode.workspace.applyEdit(edit));
    // Subscription now, so its one-month period is too short.
    await waitForCodes(main, ['ICP001', 'ICP003', 'ICP004', 'ICP010']);
  });

  it('a .tfvars changed on disk (not open) updates main.tf through the file watcher', async () => {
    const main = workspaceUri('web/main.tf');
    const tfvars = workspaceUri('web/terraform.tfvars');
    const original = await readOnDisk(tfvars);
    await open(main);
    await waitForCodes(main, ['ICP001', 'ICP002', 'ICP004']);
    try {
      await writeOnDisk(tfvars, 'region = "cn-shanghai"\n');
      await waitForCodes(main, ['ICP002', 'ICP004']);
    } finally {
      await writeOnDisk(tfvars, original);
    }
    await waitForCodes(main, ['ICP001', 'ICP002', 'ICP004']);
    assert.ok(codes(main).includes('ICP001'));
  });
});
