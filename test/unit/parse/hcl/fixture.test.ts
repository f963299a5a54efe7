import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from '../../helpers/repo-root';
import { describe as value, instanceNamed, parse, ready, textAt, type Files } from './helpers';

const FIXTURE = repoPath('test/fixtures/hcl/web-module');

describe('hcl: a realistic module', () => {
  before(ready);

  it('resolves every setting of the web instance across main.tf, variables.tf and terraform.tfvars', () => {
    const files: Files = Object.fromEntries(
      readdirSync(FIXTURE).map((n) => [n, readFileSync(join(FIXTURE, n), 'utf8')]),
    );
    const out = parse(files);
    assert.deepEqual(out.problems, []);
    const web = instanceNamed(out, 'alicloud_instance.web');
    assert.equal(value(files, web.region)?.value, 'cn-hangzhou');
    assert.deepEqual(value(files, web.region)?.origins, [
      'main.tf: var.region (region of provider alicloud)',
      'variables.tf: "cn-hangzhou" (default of variable "region")',
    ]);
    assert.equal(value(files, web.chargeType)?.value, 'subscription');
    assert.deepEqual(value(files, web.period), {
      kind: 'known',
      value: 3,
      omitted: false,
      at: 'var.period',
      origins: [
        'variables.tf: 1 (default of variable "period")',
        'terraform.tfvars: period = 3 (terraform.tfvars sets variable "period")',
      ],
    });
    assert.equal(value(files, web.autoRenew)?.value, true);
    assert.deepEqual(
      web.eipAssociations.map((l) => textAt(files, l)),
      ['resource "alicloud_eip_association" "web"'],
    );
  });

  it('still reads an instance next to an absurdly deep expression', () => {
    const n = 5000;
    const files = {
      'main.tf': `locals {\n  x = ${'('.repeat(n)}1${')'.repeat(n)}\n}\nresource "alicloud_instance" "a" {\n  period = 3\n}\n`,
    };
    const out = parse(files);
    assert.equal(instanceNamed(out, 'alicloud_instance.a').period?.kind, 'known');
  });
});
