import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { displayPath, findFiles } from '../../../src/cli/walk';
import { UsageError } from '../../../src/cli/args';

describe('cli: finding files', () => {
  let root: string;
  let outside: string;
  before(() => {
    const temp = mkdtempSync(join(tmpdir(), 'icp-walk-'));
    root = join(temp, 'repo');
    outside = join(temp, 'elsewhere');
    for (const dir of ['infra', 'node_modules/pkg', '.git', 'infra/.terraform/modules', 'ros', 'docs'])
      mkdirSync(join(root, dir), { recursive: true });
    mkdirSync(outside);
    const files: Record<string, string> = {
      'infra/main.tf': '',
      'infra/terraform.tfvars': '',
      'infra/prod.auto.tfvars': '',
      'infra/other.tfvars': '',
      'infra/.terraform/modules/m.tf': '',
      'node_modules/pkg/x.tf': '',
      '.git/config.yaml': '',
      'ros/stack.yaml': '',
      'ros/stack.json': '',
      'docs/readme.md': '',
      '.icpcheck.yaml': '',
    };
    for (const [path, content] of Object.entries(files)) writeFileSync(join(root, path), content);
    writeFileSync(join(outside, 'secret.tf'), '');
    symlinkSync(outside, join(root, 'link-out'));
    symlinkSync(join(root, 'ros'), join(root, 'link-in'));
    symlinkSync(root, join(root, 'infra', 'loop'));
  });
  after(() => rmSync(join(root, '..'), { recursive: true, force: true }));

  it('picks the engine formats, skips node_modules, .git, .terraform and the configuration', () => {
    const found = findFiles(['.'], root).map((f) => f.path);
    assert.deepEqual(found, [
      'infra/main.tf',
      'infra/prod.auto.tfvars',
      'infra/terraform.tfvars',
      'ros/stack.json',
      'ros/stack.yaml',
    ]);
  });

  it('follows no symbolic link out of the tree, and ends a link loop', () => {
    const found = findFiles(['.'], root).map((f) => f.path);
    assert.ok(!found.some((p) => p.includes('secret')));
  });

  it('refuses a file named on the command line whose name the engine does not read, naming it', () => {
    assert.throws(
      () => findFiles(['docs/readme.md'], root),
      (e: unknown) =>
        e instanceof UsageError && /docs\/readme\.md: its name is not one icp-check reads/.test(e.text.en),
    );
    assert.deepEqual(
      findFiles(['infra/main.tf'], root).map((f) => f.path),
      ['infra/main.tf'],
    );
  });

  it('names files relative to the working folder with forward slashes', () => {
    assert.equal(displayPath(join(root, 'infra', 'main.tf'), root), 'infra/main.tf');
    assert.equal(displayPath(join(outside, 'secret.tf'), root), join(outside, 'secret.tf'));
  });

  it('refuses a missing path with a usage error', () => {
    assert.throws(
      () => findFiles(['nope'], root),
      (e: unknown) => e instanceof UsageError && /no such file or folder/.test(e.text.en),
    );
  });
});
