import assert from 'node:assert/strict';
import { fixAll } from '../../../src/core/engine/check';
import { ConfigSchema } from '../../../src/core/engine/config';
import type { CheckOptions, CheckResult, SourceFile } from '../../../src/core/engine/types';
import { realChecker, textAt, TODAY } from '../bad-input/harness';

/** The engine over small real inputs, through the real parsers and rules. */
describe('engine over real Terraform', function () {
  let check: (files: readonly SourceFile[], options?: CheckOptions) => CheckResult;

  before(async function () {
    this.timeout(30_000);
    check = await realChecker();
  });

  const MAIN = `provider "alicloud" {
  region = "cn-hongkong"
}

# icp-ignore: region-not-mainland reason="Hong Kong bench, filed elsewhere" expires=2027-03-31
resource "alicloud_instance" "bench" {
  instance_charge_type       = "PostPaid" // icp-ignore: ICP002 reason="load tests"
  internet_max_bandwidth_out = 5
}

resource "alicloud_instance" "web" {
  instance_charge_type       = "PostPaid"
  internet_max_bandwidth_out = 5
  name = "# icp-ignore: ICP002 reason=inside a string"
}
`;
  const run = (files: SourceFile[], options: CheckOptions = {}) => check(files, { today: TODAY, ...options });
  const rendered = (result: CheckResult, text: string) =>
    result.findings.map((f) => `${f.ruleId} ${f.instance ?? ''} ${textAt(text, f).split('\n')[0]}`);

  it('applies resource-wide and end-of-line suppressions from real comments; a string is no comment', function () {
    this.timeout(5000);
    const result = run([{ path: 'm/main.tf', text: MAIN }]);
    assert.deepEqual(rendered(result, MAIN), [
      'ICP001 alicloud_instance.web resource "alicloud_instance" "web"',
      'ICP002 alicloud_instance.web "PostPaid"',
    ]);
    assert.deepEqual(
      result.suppressions.map((s) => `${s.ruleId} ${s.suppressed.instance} ${s.reason}`).sort(),
      [
        'ICP001 alicloud_instance.bench Hong Kong bench, filed elsewhere',
        'ICP002 alicloud_instance.bench load tests',
      ],
    );
  });

  it('an expired suppression brings the finding back with an ICP014 at the directive', function () {
    this.timeout(5000);
    const result = run([{ path: 'm/main.tf', text: MAIN }], { today: '2027-04-01' });
    assert.deepEqual(rendered(result, MAIN), [
      'ICP014  icp-ignore: region-not-mainland reason="Hong Kong bench, filed elsewhere" expires=2027-03-31',
      'ICP001 alicloud_instance.bench resource "alicloud_instance" "bench"',
      'ICP001 alicloud_instance.web resource "alicloud_instance" "web"',
      'ICP002 alicloud_instance.web "PostPaid"',
    ]);
    assert.equal(result.findings[0].messageId, 'expired');
  });

  it('allowSuppressions: false reports each directive and suppresses nothing', function () {
    this.timeout(5000);
    const result = run([{ path: 'm/main.tf', text: MAIN }], {
      config: ConfigSchema.parse({ allowSuppressions: false }),
    });
    assert.equal(
      result.findings.filter((f) => f.ruleId === 'ICP014' && f.messageId === 'forbidden').length,
      2,
    );
    assert.equal(result.suppressions.length, 0);
  });

  it('a file-wide suppression and rules turned off by name', function () {
    this.timeout(5000);
    const text = `# icp-ignore-file: ICP004 reason="bandwidth bought separately"\nresource "alicloud_instance" "web" {\n  instance_charge_type = "PostPaid"\n}\n`;
    const config = ConfigSchema.parse({ rules: { 'region-unresolved': 'off', ICP002: 'warning' } });
    const result = run([{ path: 'main.tf', text }], { config });
    assert.deepEqual(
      result.findings.map((f) => `${f.ruleId} ${f.severity}`),
      ['ICP002 warning'],
    );
    assert.equal(result.suppressions[0].ruleId, 'ICP004');
  });

  it('the default region applies only where none is stated', function () {
    this.timeout(5000);
    const text = `resource "alicloud_instance" "web" {\n  instance_charge_type = "PrePaid"\n  period = 12\n  internet_max_bandwidth_out = 5\n}\n`;
    const ids = (result: CheckResult) => result.findings.map((f) => `${f.ruleId} ${f.instance}`);
    assert.deepEqual(ids(run([{ path: 'main.tf', text }])), [
      'ICP010 alicloud_instance.web',
      'ICP011 alicloud_instance.web',
    ]);
    const assumedAbroad = run([{ path: 'main.tf', text }], { region: 'ap-southeast-1' });
    assert.deepEqual(ids(assumedAbroad), ['ICP001 alicloud_instance.web', 'ICP010 alicloud_instance.web']);
    assert.equal(assumedAbroad.instances[0].region?.kind, 'known');
    const assumedMainland = run([{ path: 'main.tf', text }], {
      config: ConfigSchema.parse({ region: 'cn-hangzhou' }),
    });
    assert.deepEqual(ids(assumedMainland), ['ICP010 alicloud_instance.web']);
  });

  it('fixAll converges across files and re-checking the result finds no errors', function () {
    this.timeout(10_000);
    const files = [
      {
        path: 'm/main.tf',
        text: `provider "alicloud" {\n  region = "cn-hongkong"\n}\n\nresource "alicloud_instance" "web" {\n  instance_charge_type = var.billing\n  spot_strategy = "SpotAsPriceGo"\n}\n`,
      },
      { path: 'm/variables.tf', text: `variable "billing" {\n  default = "PostPaid"\n}\n` },
    ];
    const result = fixAll(files, {
      today: TODAY,
      config: ConfigSchema.parse({ preferredRegions: ['cn-shanghai'] }),
    });
    assert.deepEqual(
      result.result.findings.filter((f) => f.severity === 'error'),
      [],
    );
    assert.deepEqual(result.rejected, []);
    assert.ok(result.passes >= 1 && result.passes <= 10);
    const fixedMain = result.files.find((f) => f.path === 'm/main.tf')!.text;
    assert.match(fixedMain, /region = "cn-shanghai"/, 'the preferred region is the one fix-all applies');
    assert.match(result.files.find((f) => f.path === 'm/variables.tf')!.text, /default = "PrePaid"/);
    const recheck = run(
      result.files.concat(files.filter((f) => !result.files.some((c) => c.path === f.path))),
    );
    // Auto-renewal costs money: fix all leaves the hint for the user to apply.
    assert.deepEqual(
      recheck.findings.map((f) => `${f.ruleId} ${f.severity}`),
      ['ICP010 hint'],
    );
  });

  it('YAML comments: above a ROS logical ID covers the resource, at the end of a line covers that line; above a spec key covers the entry', function () {
    this.timeout(5000);
    const ros = `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  # icp-ignore: ICP002, no-public-ip reason="bench"
  WebServer:
    Type: ALIYUN::ECS::Instance
    Properties:
      InstanceChargeType: PostPaid
      ZoneId: cn-hangzhou-h
  Api:
    Type: ALIYUN::ECS::Instance
    Properties:
      InstanceChargeType: PostPaid # icp-ignore: ICP002 reason="x"
      ZoneId: cn-hangzhou-h
`;
    const spec = `\uFEFFkind: IcpInstanceSpec\r\ninstances:\r\n  # icp-ignore: ICP002 reason="plan"\r\n  web-1:\r\n    product: ecs\r\n    region: cn-hangzhou\r\n    billing: pay-as-you-go\r\n    publicBandwidthMbps: 5\r\n`;
    const result = run([
      { path: 't.ros.yaml', text: ros },
      { path: 'p.icp.yaml', text: spec },
    ]);
    assert.deepEqual(
      result.findings.map((f) => `${f.at.file} ${f.ruleId} ${f.instance}`),
      ['t.ros.yaml ICP004 Api'],
    );
    assert.deepEqual(
      result.suppressions.map((s) => `${s.ruleId} ${s.suppressed.instance}`),
      ['ICP002 web-1', 'ICP004 WebServer', 'ICP002 WebServer', 'ICP002 Api'],
    );
  });
});

describe('engine: fixes in a file that does not parse', function () {
  let check: (files: readonly SourceFile[], options?: CheckOptions) => CheckResult;

  before(async function () {
    this.timeout(30_000);
    check = await realChecker();
  });

  const INSTANCE = `resource "alicloud_instance" "web" {
  availability_zone          = "cn-hangzhou-h"
  instance_charge_type       = "PostPaid"
  period                     = 12
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}
`;
  const payAsYouGo = (result: CheckResult) => result.findings.find((f) => f.ruleId === 'ICP002');
  const where = (result: CheckResult) =>
    result.findings.map((f) => `${f.ruleId} ${f.at.file} fixes: ${f.fixes.length}`);

  it('offers the fix while the file parses', () => {
    assert.equal(
      payAsYouGo(check([{ path: 'm/main.tf', text: INSTANCE }], { today: TODAY }))?.fixes.length,
      1,
    );
  });

  it('withholds it while the file has a syntax error, and still reports the finding', () => {
    const result = check(
      [{ path: 'm/main.tf', text: `${INSTANCE}\nresource "alicloud_vswitch" "half" {\n  zone_id = \n` }],
      { today: TODAY },
    );
    assert.deepEqual(where(result), ['ICP002 m/main.tf fixes: 0', 'ICP000 m/main.tf fixes: 0']);
  });

  it('keeps the fix when only another file of the module is broken', () => {
    const result = check(
      [
        { path: 'm/main.tf', text: INSTANCE },
        { path: 'm/other.tf', text: 'locals {\n  x = \n' },
      ],
      { today: TODAY },
    );
    assert.deepEqual(where(result), ['ICP002 m/main.tf fixes: 1', 'ICP000 m/other.tf fixes: 0']);
  });
});

describe('engine: fix all, scoped to one file', function () {
  before(async function () {
    this.timeout(30_000);
    await realChecker();
  });

  const MAIN = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_instance" "web" {
  instance_charge_type       = "PrePaid"
  period                     = var.period
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}
`;
  const VARS = `variable "period" {
  default = 1
}
`;
  const OTHER = `resource "alicloud_instance" "api" {
  availability_zone          = "cn-hangzhou-h"
  instance_charge_type       = "PostPaid"
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}
`;

  it("fixes the findings of that file, editing the variable default they come from, and leaves the siblings' findings", () => {
    const files = [
      { path: 'm/main.tf', text: MAIN },
      { path: 'm/variables.tf', text: VARS },
      { path: 'm/other.tf', text: OTHER },
    ];
    const result = fixAll(files, { today: TODAY }, { findingsIn: 'm/main.tf' });
    assert.deepEqual(
      result.files.map((f) => f.path),
      ['m/variables.tf'],
    );
    assert.equal(result.files[0].text, 'variable "period" {\n  default = 3\n}\n');
    assert.deepEqual(
      result.result.findings.filter((f) => f.severity === 'error').map((f) => `${f.at.file} ${f.ruleId}`),
      ['m/other.tf ICP002'],
    );
  });
});
