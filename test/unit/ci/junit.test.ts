import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JsonReport } from '../../../src/core/report/json';
import { runCli } from '../cli/helpers';
import { parseXml, type XmlElement } from './xml-tree';

/**
 * `--format junit` against the shape of Jenkins' junit-10.xsd (what Jenkins, GitLab and Azure
 * DevOps read): the elements and attributes each element may have, the required ones, and counts
 * that agree with the cases. Then the content: one case per instance, one failure per error or
 * warning at the same place the JSON report gives, exact lines for examples/terraform/bad.
 */
const ALLOWED: Readonly<
  Record<string, { attributes: readonly string[]; required: readonly string[]; children: readonly string[] }>
> = {
  testsuites: {
    attributes: ['name', 'time', 'tests', 'failures', 'errors'],
    required: [],
    children: ['testsuite'],
  },
  testsuite: {
    attributes: [
      'name',
      'tests',
      'failures',
      'errors',
      'group',
      'time',
      'skipped',
      'timestamp',
      'hostname',
      'id',
      'package',
      'file',
      'log',
      'url',
      'version',
    ],
    required: ['name', 'tests', 'failures', 'errors'],
    children: ['testsuite', 'properties', 'testcase', 'system-out', 'system-err'],
  },
  testcase: {
    attributes: ['name', 'time', 'classname', 'group'],
    required: ['name'],
    children: ['skipped', 'errors', 'failure', 'system-out', 'system-err'],
  },
  failure: { attributes: ['type', 'message'], required: [], children: [] },
  skipped: { attributes: ['type', 'message'], required: [], children: [] },
  'system-out': { attributes: [], required: [], children: [] },
};

function checkShape(e: XmlElement, path = e.name): void {
  const rule = ALLOWED[e.name];
  assert.ok(rule, `${path}: element <${e.name}> is not in the schema here`);
  for (const a of Object.keys(e.attributes))
    assert.ok(rule.attributes.includes(a), `${path}: attribute ${a} not allowed`);
  for (const a of rule.required) assert.ok(a in e.attributes, `${path}: attribute ${a} required`);
  for (const c of e.children) {
    assert.ok(rule.children.includes(c.name), `${path}: <${c.name}> not allowed inside <${e.name}>`);
    checkShape(c, `${path}/${c.name}[${c.attributes.name ?? ''}]`);
  }
}

const count = (e: XmlElement, name: string) => e.children.filter((c) => c.name === name);
const failed = (testcase: XmlElement) => count(testcase, 'failure').length > 0;

describe('ci: --format junit', function () {
  this.timeout(60_000);
  const args = ['--today', '2026-12-01', '--config', 'examples/.icpcheck.yaml', 'examples'];

  it('is well-formed XML in the junit-10.xsd shape, with counts that agree', () => {
    const run = runCli(['--format', 'junit', ...args]);
    assert.equal(run.status, 1, run.stderr);
    assert.ok(run.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites '));
    const root = parseXml(run.stdout);
    assert.equal(root.name, 'testsuites');
    checkShape(root);
    const suites = count(root, 'testsuite');
    const cases = suites.flatMap((s) => count(s, 'testcase'));
    assert.equal(root.attributes.tests, String(cases.length));
    assert.equal(root.attributes.failures, String(cases.filter(failed).length));
    for (const s of suites) {
      const own = count(s, 'testcase');
      assert.equal(s.attributes.tests, String(own.length));
      assert.equal(s.attributes.failures, String(own.filter(failed).length));
      assert.equal(s.attributes.skipped, String(own.filter((c) => count(c, 'skipped').length > 0).length));
      for (const c of own)
        assert.equal(c.attributes.classname, s.attributes.name, 'a case is classed by its file');
    }
  });

  it('has one case per instance and one failure per error or warning, where the JSON report puts it', () => {
    const json = JSON.parse(runCli(['--format', 'json', ...args]).stdout) as JsonReport;
    const root = parseXml(runCli(['--format', 'junit', ...args]).stdout);
    const cases = count(root, 'testsuite').flatMap((s) =>
      count(s, 'testcase').map((c) => ({ file: s.attributes.name, c })),
    );
    const instanceCases = cases.filter(({ file, c }) => c.attributes.name !== file);
    assert.deepEqual(
      instanceCases.map(({ file, c }) => `${file} ${c.attributes.name}`).sort(),
      json.instances.map((i) => `${i.location.path} ${i.name}`).sort(),
    );
    const want = json.files
      .flatMap((f) => f.findings)
      .filter((f) => f.severity === 'error' || f.severity === 'warning')
      .map(
        (f) =>
          `${f.instance ?? f.location.path} ${f.ruleId} ${f.location.path}:${f.location.startLine}:${f.location.startColumn}: ${f.message}`,
      )
      .sort();
    const got = cases
      .flatMap(({ c }) =>
        count(c, 'failure').map((x) => `${c.attributes.name} ${x.attributes.type} ${x.attributes.message}`),
      )
      .sort();
    assert.deepEqual(got, want);
  });

  it('examples/terraform/bad: exact lines, origins in the body, the waived instance skipped, hints out of the failures', () => {
    const root = parseXml(
      runCli(['--format', 'junit', '--today', '2026-12-01', 'examples/terraform/bad']).stdout,
    );
    const [suite] = count(root, 'testsuite');
    assert.equal(suite.attributes.name, 'examples/terraform/bad/main.tf');
    const summary = count(suite, 'testcase').map((c) => [
      c.attributes.name,
      ...count(c, 'failure').map((f) => `${f.attributes.type} ${f.attributes.message.split(': ')[0]}`),
      ...count(c, 'skipped').map(() => 'skipped'),
    ]);
    assert.deepEqual(summary, [
      ['alicloud_instance.payg', 'ICP002 examples/terraform/bad/main.tf:19:1'],
      ['alicloud_instance.hongkong', 'ICP001 examples/terraform/bad/main.tf:27:1'],
      ['alicloud_instance.one_month', 'ICP003 examples/terraform/bad/main.tf:43:32'],
      ['alicloud_instance.no_public_ip', 'ICP004 examples/terraform/bad/main.tf:56:32'],
      ['alicloud_instance.from_tfvars', 'ICP003 examples/terraform/bad/main.tf:66:32'],
      ['alicloud_instance.spot', 'ICP002 examples/terraform/bad/main.tf:77:32'],
      ['alicloud_instance.not_renewed', 'ICP005 examples/terraform/bad/main.tf:88:32'],
      ['alicloud_instance.bench', 'skipped'],
    ]);
    const fromTfvars = count(suite, 'testcase').find(
      (c) => c.attributes.name === 'alicloud_instance.from_tfvars',
    )!;
    assert.equal(
      count(fromTfvars, 'failure')[0].text,
      [
        'examples/terraform/bad/main.tf:66:32 ICP003 subscription-too-short (error)',
        'The 2-month subscription of alicloud_instance.from_tfvars is shorter than the 3-month minimum an ICP filing needs.',
        '  ↳ examples/terraform/bad/variables.tf:4:17 default of variable "period"',
        '  ↳ examples/terraform/bad/terraform.tfvars:2:1 terraform.tfvars sets variable "period"',
      ].join('\n'),
    );
    const bench = count(suite, 'testcase').find((c) => c.attributes.name === 'alicloud_instance.bench')!;
    assert.equal(
      count(bench, 'skipped')[0].attributes.message,
      'waived: every failure is suppressed by icp-ignore (ICP002: load-test bench, never carries a filed website)',
    );
    const zh = parseXml(
      runCli(['--format', 'junit', '--lang', 'zh-cn', '--today', '2026-12-01', 'examples/terraform/bad'])
        .stdout,
    );
    const zhBench = count(count(zh, 'testsuite')[0], 'testcase').find(
      (c) => c.attributes.name === 'alicloud_instance.bench',
    )!;
    assert.match(count(zhBench, 'skipped')[0].attributes.message, /^已豁免：/);
  });

  it('a file that cannot be parsed is a failing case named after the file, before its instances; a ready folder has no failure', () => {
    const dir = mkdtempSync(join(tmpdir(), 'icp-junit-'));
    try {
      writeFileSync(
        join(dir, 'main.tf'),
        'resource "alicloud_instance" "web" {\n  instance_charge_type = "PostPaid"\n}\n\nresource "oops" {\n',
      );
      const root = parseXml(
        runCli(['--format', 'junit', '--today', '2026-12-01', '--region', 'cn-hangzhou', '.'], { cwd: dir })
          .stdout,
      );
      checkShape(root);
      const cases = count(count(root, 'testsuite')[0], 'testcase');
      assert.deepEqual(
        cases.map((c) => [
          c.attributes.name,
          ...count(c, 'failure').map((f) => f.attributes.message.split(': ')[0] + ' ' + f.attributes.type),
        ]),
        [
          ['main.tf', 'main.tf:5:17 ICP000'],
          ['alicloud_instance.web', 'main.tf:1:1 ICP004', 'main.tf:2:26 ICP002'],
        ],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const good = parseXml(
      runCli(['--format', 'junit', '--today', '2026-12-01', 'examples/terraform/good']).stdout,
    );
    assert.equal(good.attributes.failures, '0');
    assert.ok(Number(good.attributes.tests) > 0);
    assert.ok(
      count(good, 'testsuite')
        .flatMap((s) => count(s, 'testcase'))
        .every((c) => count(c, 'failure').length === 0),
    );
  });

  it('escapes markup and replaces characters XML cannot carry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'icp-junit-'));
    try {
      const name = 'a<b>&c"d\u0001e';
      writeFileSync(
        join(dir, 'x.icp.yaml'),
        `kind: IcpInstanceSpec\ninstances:\n  ${JSON.stringify(name)}:\n    product: ecs\n    region: cn-hongkong\n    billing: subscription\n    period: 12\n    autoRenew: true\n    publicBandwidthMbps: 10\n`,
      );
      const root = parseXml(runCli(['--format', 'junit', '--today', '2026-12-01', '.'], { cwd: dir }).stdout);
      const [c] = count(count(root, 'testsuite')[0], 'testcase');
      assert.equal(c.attributes.name, 'a<b>&c"d\uFFFDe');
      assert.match(
        count(c, 'failure')[0].text,
        /^x\.icp\.yaml:5:13 ICP001 region-not-mainland \(error\)\na<b>&c"d\uFFFDe is deployed in cn-hongkong/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
