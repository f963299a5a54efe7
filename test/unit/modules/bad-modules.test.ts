import assert from 'node:assert/strict';
import { check } from '../../../src/core/engine/check';
import { coreReady } from '../helpers/core-ready';
import { gatherModuleSources } from '../../../src/core/engine/module-sources';
import { renderFinding } from '../helpers/render';
import { MemoryHost } from './memory-host';

/**
 * Module calls that cannot be followed: each is a clear ICP000 or ICP015 at the place (the
 * `source` value, the call, the JSON), never a crash or a hang. Files are gathered through the
 * module host as the CLI and the extension do, from the root folder alone.
 */
async function checkRoot(files: Record<string, string>, given: string[] = ['live/main.tf']) {
  const host = new MemoryHost(files);
  const gathered = await gatherModuleSources(
    given.map((path) => ({ path, text: files[path] })),
    host,
  );
  const result = check(gathered.files, { today: '2026-12-01', moduleFolders: gathered.moduleFolders });
  return {
    result,
    rendered: result.findings
      .filter((f) => f.ruleId === 'ICP000' || f.ruleId === 'ICP015')
      .map((f) => renderFinding(f, files)),
    host,
  };
}

const CALL = (source: string) => `module "web" {\n  source = "${source}"\n}\n`;

describe('module calls that cannot be followed', function () {
  before(async function () {
    this.timeout(30_000);
    await coreReady();
  });

  it('a local source naming a missing folder: ICP000 on the source', async function () {
    this.timeout(5000);
    const { rendered } = await checkRoot({ 'live/main.tf': CALL('../modules/nowhere') });
    assert.deepEqual(rendered, [
      {
        rule: 'ICP000',
        severity: 'error',
        messageId: 'invalid',
        message: 'Module source "../modules/nowhere" names modules/nowhere, which does not exist.',
        range: '2:12-2:32',
        file: 'live/main.tf',
        related: [],
      },
    ]);
  });

  it('a local source naming a file: ICP000 on the source', async function () {
    this.timeout(5000);
    const { rendered } = await checkRoot({
      'live/main.tf': CALL('../modules/web.tf'),
      'modules/web.tf': 'resource "alicloud_instance" "x" {}\n',
    });
    assert.deepEqual(
      rendered.map((f) => [f.range, f.message]),
      [
        [
          '2:12-2:31',
          'Module source "../modules/web.tf" names modules/web.tf, which is a file; a module source must be a folder.',
        ],
      ],
    );
  });

  it('a local source naming a folder without .tf files: ICP000 on the source', async function () {
    this.timeout(5000);
    const { rendered } = await checkRoot({ 'live/main.tf': CALL('../docs'), 'docs/README.md': '# docs\n' });
    assert.deepEqual(
      rendered.map((f) => [f.range, f.message]),
      [['2:12-2:21', 'Module source "../docs" names docs, which holds no Terraform (.tf) files.']],
    );
  });

  it('a modules.json that is not JSON: ICP000 in modules.json, and the call gets ICP015', async function () {
    this.timeout(5000);
    const files = {
      'live/main.tf': CALL('alibaba/ecs-instance/alicloud'),
      'live/.terraform/modules/modules.json': '{"Modules": [',
    };
    const { rendered } = await checkRoot(files);
    assert.deepEqual(
      rendered.map((f) => [f.rule, f.file, f.range]),
      [
        ['ICP000', 'live/.terraform/modules/modules.json', '1:14-1:14'],
        ['ICP015', 'live/main.tf', '1:1-1:13'],
      ],
    );
    assert.match(rendered[0].message, /^\.terraform\/modules\/modules\.json is not valid JSON \(/);
  });

  it('a modules.json of another shape: ICP000 at the entry', async function () {
    this.timeout(5000);
    const files = {
      'live/main.tf': CALL('alibaba/ecs-instance/alicloud'),
      'live/.terraform/modules/modules.json': '{"Modules": [{"Key": "web"}]}',
    };
    const { rendered } = await checkRoot(files);
    assert.deepEqual(
      rendered.map((f) => [f.rule, f.file, f.range]),
      [
        ['ICP000', 'live/.terraform/modules/modules.json', '1:14-1:28'],
        ['ICP015', 'live/main.tf', '1:1-1:13'],
      ],
    );
  });

  it('a module that calls itself through three levels: ICP000 on the call that closes the cycle, no hang', async function () {
    this.timeout(5000);
    const files = {
      'live/main.tf': CALL('../modules/a'),
      'modules/a/main.tf': 'module "b" {\n  source = "../b"\n}\n',
      'modules/b/main.tf': 'module "c" {\n  source = "../c"\n}\n',
      'modules/c/main.tf':
        'module "a" {\n  source = "../a"\n}\n\nresource "alicloud_instance" "x" {\n  instance_charge_type = "PrePaid"\n}\n',
    };
    const { rendered, result } = await checkRoot(files);
    assert.deepEqual(rendered, [
      {
        rule: 'ICP000',
        severity: 'error',
        messageId: 'invalid',
        message:
          'Module call cycle: module.web → module.b → module.c → module.a. Terraform rejects a module that calls itself; the call is not followed again.',
        range: '1:1-1:11',
        file: 'modules/c/main.tf',
        related: [],
      },
    ]);
    assert.deepEqual(
      result.instances.map((i) => i.name),
      ['module.web.module.b.module.c.alicloud_instance.x'],
    );
  });

  it('a module calling its own folder: ICP000 on the call', async function () {
    this.timeout(5000);
    const { rendered } = await checkRoot({ 'live/main.tf': CALL('./') });
    assert.deepEqual(
      rendered.map((f) => [f.range, f.message]),
      [
        [
          '1:1-1:13',
          'Module call cycle: module.web. Terraform rejects a module that calls itself; the call is not followed again.',
        ],
      ],
    );
  });
});

describe('gatherModuleSources', function () {
  before(async function () {
    this.timeout(30_000);
    await coreReady();
  });

  it("follows `../..` from an example folder to the module's own folder, reads only its .tf files, and marks them followed", async function () {
    this.timeout(5000);
    const files = {
      'ecs/examples/basic/main.tf': 'module "ecs" {\n  source = "../.."\n}\n',
      'ecs/main.tf': 'resource "alicloud_instance" "this" {}\n',
      'ecs/terraform.tfvars': 'x = 1\n',
      'ecs/README.md': '#\n',
    };
    const host = new MemoryHost(files);
    const gathered = await gatherModuleSources(
      [{ path: 'ecs/examples/basic/main.tf', text: files['ecs/examples/basic/main.tf'] }],
      host,
    );
    assert.deepEqual(
      gathered.files.map((f) => [f.path, f.followed ?? false]),
      [
        ['ecs/examples/basic/main.tf', false],
        ['ecs/main.tf', true],
      ],
    );
    assert.equal(gathered.callsModules, true);
    // The example folder is a root with modules.json looked for; the module's folder is listed once.
    assert.deepEqual(host.listed, ['ecs']);
  });

  it("reads a root's modules.json and the folders it names, and asks for nothing when no module is called", async function () {
    this.timeout(5000);
    const files = {
      'live/main.tf': 'module "ecs" {\n  source = "alibaba/ecs-instance/alicloud"\n}\n',
      'live/.terraform/modules/modules.json':
        '{"Modules":[{"Key":"ecs","Source":"x","Dir":".terraform/modules/ecs"}]}',
      'live/.terraform/modules/ecs/main.tf': 'resource "alicloud_instance" "this" {}\n',
    };
    const gathered = await gatherModuleSources(
      [{ path: 'live/main.tf', text: files['live/main.tf'] }],
      new MemoryHost(files),
    );
    assert.deepEqual(
      gathered.files.map((f) => f.path),
      ['live/main.tf', 'live/.terraform/modules/modules.json', 'live/.terraform/modules/ecs/main.tf'],
    );
    const flat = new MemoryHost({});
    const none = await gatherModuleSources(
      [{ path: 'live/main.tf', text: 'resource "alicloud_instance" "x" {}\n' }],
      flat,
    );
    assert.deepEqual([none.files.length, none.callsModules, flat.listed], [1, false, []]);
  });
});
