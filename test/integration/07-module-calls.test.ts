import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension,
  open,
  rangeOf,
  revertAndCloseAll,
  waitForCodes,
  workspaceUri,
  writeOnDisk,
} from './helpers';

/** A local module modelled on the official ECS module: a pay-as-you-go default the call leaves out. */
const MODULE_MAIN = `resource "alicloud_instance" "this" {
  instance_charge_type       = var.instance_charge_type
  period                     = 12
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}
`;
const MODULE_VARIABLES = `variable "instance_charge_type" {
  default = "PostPaid"
}
`;
const ROOT = `provider "alicloud" {
  region = "cn-hangzhou"
}

module "web" {
  source = "../modules/web"
}
`;

describe('a root that calls a local module', () => {
  before(activateExtension);
  afterEach(revertAndCloseAll);
  after(async () => {
    // Written for this suite only; other suites count the workspace's instances.
    await vscode.workspace.fs.delete(workspaceUri('calls'), { recursive: true, useTrash: false });
  });

  it('shows the finding on the module call, with related information in the module folder it read', async () => {
    await writeOnDisk(workspaceUri('calls/modules/web/main.tf'), MODULE_MAIN);
    await writeOnDisk(workspaceUri('calls/modules/web/variables.tf'), MODULE_VARIABLES);
    await writeOnDisk(workspaceUri('calls/live/main.tf'), ROOT);
    const root = await open(workspaceUri('calls/live/main.tf'));
    const [diagnostic] = await waitForCodes(root.uri, ['ICP002']);
    assert.deepEqual(diagnostic.range, rangeOf(root, 'module "web"'));
    assert.match(diagnostic.message, /^module\.web\.alicloud_instance\.this is pay-as-you-go/);
    const related = (diagnostic.relatedInformation ?? []).map((r) => r.location.uri.path.split('/calls/')[1]);
    assert.deepEqual(related, ['modules/web/variables.tf', 'modules/web/main.tf']);
  });
});
