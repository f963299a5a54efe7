import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildReadiness } from '../../../src/core/report/readiness';
import { checkFiles, requireEngine } from '../helpers/check-files';
import { repoPath } from '../helpers/repo-root';

const example = (...path: string[]) => readFileSync(repoPath('examples', ...path), 'utf8');
/** The findings as `rule line:col-line:col message`, sorted as the engine sorts them. */
const lines = (files: Record<string, string>) =>
  checkFiles(files, { today: '2026-12-01' }).rendered.map((f) => `${f.rule} ${f.range} ${f.message}`);
const verdicts = (files: Record<string, string>) => {
  const report = buildReadiness(checkFiles(files, { today: '2026-12-01' }).result);
  return report.instances.map((i) => `${i.instance.name}: ${i.verdict}`);
};

/**
 * A file that does not parse: one ICP000 per damaged region, in plain words, at the first bad
 * token; blocks that parsed cleanly keep their findings; instances in or after the damage get no
 * other finding and are "unknown", never "not ready" on a misread value.
 */
describe('recovery: a syntax error does not cascade', () => {
  before(async function () {
    await requireEngine();
  });

  describe('Terraform', () => {
    const bad = example('terraform', 'bad', 'main.tf');
    const variables = example('terraform', 'bad', 'variables.tf');
    const tfvars = example('terraform', 'bad', 'terraform.tfvars');
    // The `}` closing `resource "alicloud_instance" "payg"` (line 24) deleted.
    const unclosed = bad.replace(
      '  internet_max_bandwidth_out = 10\n}\n',
      '  internet_max_bandwidth_out = 10\n',
    );

    it('a deleted `}`: one ICP000 naming the block, no finding on the resources swallowed after it', () => {
      assert.notEqual(unclosed, bad);
      const files = {
        'bad/main.tf': unclosed,
        'bad/variables.tf': variables,
        'bad/terraform.tfvars': tfvars,
      };
      assert.deepEqual(lines(files), [
        'ICP000 19:37-19:38 Syntax error: missing "}" to close resource "alicloud_instance" "payg".',
      ]);
      assert.deepEqual(verdicts(files), [
        'alicloud_instance.payg: unknown',
        'alicloud_instance.hongkong: unknown',
        'alicloud_instance.one_month: unknown',
        'alicloud_instance.no_public_ip: unknown',
        'alicloud_instance.from_tfvars: unknown',
        'alicloud_instance.spot: unknown',
        'alicloud_instance.not_renewed: unknown',
        'alicloud_instance.bench: unknown',
      ]);
    });

    it('damage inside one block: blocks before and after keep their findings, the damaged one has none', () => {
      const text = [
        'resource "alicloud_instance" "a" {',
        '  instance_charge_type = "PostPaid"',
        '  internet_max_bandwidth_out = 5',
        '}',
        'resource "alicloud_instance" "b" {',
        '  instance_charge_type = "PrePaid"',
        '  period = 1 +',
        '}',
        'resource "alicloud_instance" "c" {',
        '  instance_charge_type = "PrePaid"',
        '  period = 1',
        '  internet_max_bandwidth_out = 5',
        '}',
        '',
      ].join('\n');
      const files = { 'm/main.tf': text };
      const found = lines(files).filter((l) => !l.startsWith('ICP011'));
      assert.deepEqual(found, [
        'ICP002 2:26-2:36 alicloud_instance.a is pay-as-you-go; an ICP filing needs a subscription (PrePaid) instance.',
        "ICP000 7:14-7:15 Syntax error: unexpected '+'.",
        'ICP010 9:1-9:33 alicloud_instance.c does not renew automatically: once its remaining time drops below the minimum it can no longer apply for a service number, and when it expires its websites lose their filing access.',
        'ICP003 11:12-11:13 The 1-month subscription of alicloud_instance.c is shorter than the 3-month minimum an ICP filing needs.',
      ]);
      assert.deepEqual(verdicts(files), [
        'alicloud_instance.a: not-ready',
        'alicloud_instance.b: unknown',
        'alicloud_instance.c: not-ready',
      ]);
    });

    it('a value read from a damaged block makes the instance that reads it unknown, not failed', () => {
      const files = {
        'm/main.tf':
          'resource "alicloud_instance" "a" {\n  instance_charge_type = "PrePaid"\n  period = var.period\n  internet_max_bandwidth_out = 5\n}\n',
        'm/variables.tf': 'variable "period" {\n  default = 1 ]\n}\n',
      };
      assert.deepEqual(
        lines(files).filter((l) => !l.startsWith('ICP011')),
        ["ICP000 2:15-2:16 Syntax error: unexpected ']'."],
      );
      assert.deepEqual(verdicts(files), ['alicloud_instance.a: unknown']);
    });

    it('damage in a block other instances read (an EIP association): every instance of the module is unknown', () => {
      const files = {
        'm/main.tf': [
          'resource "alicloud_instance" "app" {',
          '  instance_charge_type = "PrePaid"',
          '  period = 12',
          '}',
          'resource "alicloud_eip_association" "app" {',
          '  allocation_id = "eip-1',
          '  instance_id = alicloud_instance.app.id',
          '}',
          '',
        ].join('\n'),
      };
      const found = lines(files).filter((l) => !l.startsWith('ICP011') && !l.startsWith('ICP010'));
      assert.equal(found.length, 1, found.join('\n'));
      assert.match(found[0], /^ICP000 /);
      assert.deepEqual(verdicts(files), ['alicloud_instance.app: unknown']);
    });

    it('`period = 1e3` is valid HCL: no syntax error, and the value is 1000', () => {
      const files = {
        'm/main.tf':
          'resource "alicloud_instance" "a" {\n  instance_charge_type = "PrePaid"\n  period = 1e3\n  internet_max_bandwidth_out = 5\n  renewal_status = "AutoRenewal"\n}\n',
      };
      assert.deepEqual(
        lines(files).filter((l) => !l.startsWith('ICP011')),
        [],
      );
      const small = {
        'm/main.tf':
          'resource "alicloud_instance" "a" {\n  instance_charge_type = "PrePaid"\n  period = 1E-1\n}\n',
      };
      assert.ok(!lines(small).some((l) => l.startsWith('ICP000')), lines(small).join('\n'));
    });
  });

  describe('instance spec', () => {
    const spec = example('specs', 'websites.icp.yaml');
    // One unclosed `[` in legacy-ecs.
    const broken = spec.replace('    period: 3\n', '    period: [3\n');

    it('one unclosed `[`: one ICP000 in plain words at the `[`, clean instances keep their findings (ICP008 stays)', () => {
      assert.notEqual(broken, spec);
      const files = { 'specs/websites.icp.yaml': broken };
      assert.deepEqual(lines(files), [
        'ICP007 24:9-24:34 shop-ecs lists 6 websites, but this product yields at most 5 service numbers (one website each): events.example.cn has none left.',
        'ICP008 35:24-35:36 Service number 1100000002 is already used for m.shop.example.cn; a service number serves one website only and can never be reused.',
        'ICP000 43:13-43:14 Syntax error: missing "]" to close the list opened here.',
      ]);
      assert.deepEqual(verdicts(files), [
        'shop-ecs: not-ready',
        'docs-sas: not-ready',
        'legacy-ecs: unknown',
      ]);
    });

    it('an unclosed `[` whose recovery swallows the following keys: still one ICP000 and no schema complaints', () => {
      const files = {
        'specs/websites.icp.yaml': spec.replace('    region: cn-hangzhou\n', '    region: [cn-hangzhou\n'),
      };
      assert.deepEqual(
        lines(files),
        [
          'ICP000 8:13-8:14 Syntax error: missing "]" to close the list opened here.',
          'ICP005 44:16-44:26 legacy-ecs expires on 2027-01-20, less than the 3-month minimum away; renew it before applying for a service number.',
          'ICP010 39:3-39:13 legacy-ecs does not renew automatically: once its remaining time drops below the minimum it can no longer apply for a service number, and when it expires its websites lose their filing access.',
        ].sort((a, b) => lineOf(a) - lineOf(b)),
      );
      assert.deepEqual(verdicts(files), ['shop-ecs: unknown', 'docs-sas: ready', 'legacy-ecs: at-risk']);
    });
  });

  describe('ROS template', () => {
    const ros = example('ros', 'web-stack.ros.yaml');

    it('an unclosed `[` in one resource: one ICP000, the other resource keeps its findings', () => {
      const broken = ros.replace(
        '      InstanceChargeType: !Ref ChargeType\n',
        '      InstanceChargeType: [!Ref ChargeType\n',
      );
      assert.notEqual(broken, ros);
      const files = { 'ros/web-stack.ros.yaml': broken };
      const found = lines(files);
      assert.equal(found.filter((l) => l.startsWith('ICP000')).length, 1, found.join('\n'));
      assert.match(
        found.find((l) => l.startsWith('ICP000')) ?? '',
        /^ICP000 \d+:\d+-\d+:\d+ Syntax error: missing "\]" to close the list opened here\.$/,
      );
      assert.ok(
        found.some((l) => l.startsWith('ICP004')),
        'AdminHost keeps its ICP004',
      );
      assert.deepEqual(verdicts(files), ['WebServer: unknown', 'AdminHost: not-ready']);
    });
  });
});

function lineOf(rendered: string): number {
  return Number(/^\S+ (\d+):/.exec(rendered)?.[1] ?? 0);
}
