import assert from 'node:assert/strict';
import { ConfigSchema } from '../../../../src/core/engine/config';
import type { CheckOptions } from '../../../../src/core/engine/types';
import { checkFiles, requireEngine } from '../../helpers/check-files';
import { rangeOf, type Texts } from '../../helpers/render';
import { ruleTable } from '../../helpers/rule-table';

/**
 * `icp-ignore` suppressions end to end (comment → parser comments → engine → findings and the
 * counted suppressions) in Terraform, ROS YAML and instance specs, and ICP014 for bad directives.
 * TEST_TODAY is 2026-05-01.
 */

interface Outcome {
  /** `rule messageId range` of every finding left. */
  readonly findings: string[];
  /** `rule reason range-of-the-suppressed-finding` of every applied suppression. */
  readonly suppressed: string[];
}

function outcome(files: Texts, options: CheckOptions = {}): Outcome {
  const { result } = checkFiles(files, options);
  return {
    findings: result.findings.map((f) => `${f.ruleId} ${f.messageId} ${rangeOf(f.at, files)}`),
    suppressed: result.suppressions.map(
      (s) => `${s.ruleId} ${JSON.stringify(s.reason)} ${rangeOf(s.suppressed.at, files)}`,
    ),
  };
}

const TF = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_instance" "bench" {
  instance_charge_type = "PostPaid"
}
`;

/** Without suppressions: pay-as-you-go on the value, no public IP on the header. */
const TF_FINDINGS = ['ICP004 omitted 5:1-5:37', 'ICP002 payAsYouGo 6:26-6:36'];

describe('suppressions end to end: Terraform', function () {
  before(async function () {
    this.timeout(30000);
    await requireEngine();
  });

  it('the unsuppressed findings', () => {
    assert.deepEqual(outcome({ 'main.tf': TF }), { findings: TF_FINDINGS, suppressed: [] });
  });

  it('own line: covers the next line only', () => {
    const text = TF.replace(
      '  instance_charge_type',
      '  # icp-ignore: ICP002 reason="test bench, never filed"\n  instance_charge_type',
    );
    assert.deepEqual(outcome({ 'main.tf': text }), {
      findings: ['ICP004 omitted 5:1-5:37'],
      suppressed: ['ICP002 "test bench, never filed" 7:26-7:36'],
    });
  });

  it('own line with // in HCL', () => {
    const text = TF.replace(
      '  instance_charge_type',
      '  // icp-ignore: ICP002 reason="bench"\n  instance_charge_type',
    );
    assert.deepEqual(outcome({ 'main.tf': text }), {
      findings: ['ICP004 omitted 5:1-5:37'],
      suppressed: ['ICP002 "bench" 7:26-7:36'],
    });
  });

  it('end of line: covers that line', () => {
    const text = TF.replace('"PostPaid"', '"PostPaid" # icp-ignore: ICP002 reason="bench"');
    assert.deepEqual(outcome({ 'main.tf': text }), {
      findings: ['ICP004 omitted 5:1-5:37'],
      suppressed: ['ICP002 "bench" 6:26-6:36'],
    });
  });

  it('above the resource header: covers the whole resource; rules by ID and by name', () => {
    const text = TF.replace(
      'resource "alicloud_instance"',
      '# icp-ignore: pay-as-you-go, ICP004 reason="bench" expires=2027-03-31\nresource "alicloud_instance"',
    );
    assert.deepEqual(outcome({ 'main.tf': text }), {
      findings: [],
      suppressed: ['ICP004 "bench" 6:1-6:37', 'ICP002 "bench" 7:26-7:36'],
    });
  });

  it('a directive on a line that is not the finding’s covers nothing', () => {
    const text = TF.replace(
      '  instance_charge_type',
      '  # icp-ignore: ICP004 reason="bench"\n  instance_charge_type',
    );
    assert.deepEqual(outcome({ 'main.tf': text }).findings, [
      'ICP004 omitted 5:1-5:37',
      'ICP002 payAsYouGo 7:26-7:36',
    ]);
  });

  it('icp-ignore-file: covers the whole file', () => {
    const text = `# icp-ignore-file: ICP004 reason="private network bench"\n${TF}`;
    assert.deepEqual(outcome({ 'main.tf': text }), {
      findings: ['ICP002 payAsYouGo 7:26-7:36'],
      suppressed: ['ICP004 "private network bench" 6:1-6:37'],
    });
  });

  it('a directive inside a string is not a directive', () => {
    const text = TF.replace(
      'resource "alicloud_instance" "bench" {\n',
      'resource "alicloud_instance" "bench" {\n  description = "# icp-ignore: ICP002 reason=\\"x\\""\n',
    );
    assert.deepEqual(outcome({ 'main.tf': text }).suppressed, []);
  });

  it('allowSuppressions: false makes every directive an ICP014 and suppresses nothing', () => {
    const text = TF.replace('"PostPaid"', '"PostPaid" # icp-ignore: ICP002 reason="bench"');
    const { rendered } = checkFiles(
      { 'main.tf': text },
      { config: ConfigSchema.parse({ allowSuppressions: false }) },
    );
    assert.deepEqual(
      rendered.map((f) => `${f.rule} ${f.messageId} ${f.range}`),
      ['ICP004 omitted 5:1-5:37', 'ICP002 payAsYouGo 6:26-6:36', 'ICP014 forbidden 6:39-6:72'],
    );
  });
});

const ROS = `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  Bench:
    Type: ALIYUN::ECS::Instance
    Properties:
      ZoneId: cn-hangzhou-h
      InstanceChargeType: PostPaid
`;

describe('suppressions end to end: ROS YAML', function () {
  before(async function () {
    this.timeout(30000);
    await requireEngine();
  });

  it('the unsuppressed findings', () => {
    assert.deepEqual(outcome({ 'stack.ros.yaml': ROS }).findings, [
      'ICP004 omitted 3:3-3:8',
      'ICP002 payAsYouGo 7:27-7:35',
    ]);
  });

  it('own line: covers the next line', () => {
    const text = ROS.replace(
      '      InstanceChargeType',
      '      # icp-ignore: ICP002 reason="bench"\n      InstanceChargeType',
    );
    assert.deepEqual(outcome({ 'stack.ros.yaml': text }), {
      findings: ['ICP004 omitted 3:3-3:8'],
      suppressed: ['ICP002 "bench" 8:27-8:35'],
    });
  });

  it('end of line', () => {
    const text = ROS.replace('PostPaid', 'PostPaid # icp-ignore: pay-as-you-go reason="bench"');
    assert.deepEqual(outcome({ 'stack.ros.yaml': text }), {
      findings: ['ICP004 omitted 3:3-3:8'],
      suppressed: ['ICP002 "bench" 7:27-7:35'],
    });
  });

  it('above the logical ID: covers the whole resource', () => {
    const text = ROS.replace('  Bench:', '  # icp-ignore: ICP002, ICP004 reason="bench"\n  Bench:');
    assert.deepEqual(outcome({ 'stack.ros.yaml': text }), {
      findings: [],
      suppressed: ['ICP004 "bench" 4:3-4:8', 'ICP002 "bench" 8:27-8:35'],
    });
  });

  it('icp-ignore-file', () => {
    const text = `# icp-ignore-file: no-public-ip reason="bench"\n${ROS}`;
    assert.deepEqual(outcome({ 'stack.ros.yaml': text }), {
      findings: ['ICP002 payAsYouGo 8:27-8:35'],
      suppressed: ['ICP004 "bench" 4:3-4:8'],
    });
  });
});

const SPEC = `kind: IcpInstanceSpec
instances:
  bench:
    product: ecs
    region: cn-hangzhou
    billing: pay-as-you-go
    publicBandwidthMbps: 5
`;

describe('suppressions end to end: instance spec', function () {
  before(async function () {
    this.timeout(30000);
    await requireEngine();
  });

  it('end of line and above the entry', () => {
    assert.deepEqual(
      outcome({
        'plan.icp.yaml': SPEC.replace('pay-as-you-go', 'pay-as-you-go # icp-ignore: ICP002 reason="bench"'),
      }),
      {
        findings: [],
        suppressed: ['ICP002 "bench" 6:14-6:27'],
      },
    );
    assert.deepEqual(
      outcome({
        'plan.icp.yaml': SPEC.replace('  bench:', '  # icp-ignore: ICP002 reason="bench"\n  bench:'),
      }),
      {
        findings: [],
        suppressed: ['ICP002 "bench" 7:14-7:27'],
      },
    );
  });
});

const TF_NO_REASON = TF.replace('"PostPaid"', '"PostPaid" # icp-ignore: ICP002');
const TF_EXPIRED = TF.replace(
  'resource "alicloud_instance"',
  '# icp-ignore: ICP002 reason="bench" expires=2026-04-30\nresource "alicloud_instance"',
);
const TF_UNKNOWN = TF.replace('"PostPaid"', '"PostPaid" # icp-ignore: ICP002, ICP099 reason="bench"');
const ROS_NO_REASON = ROS.replace(
  '      InstanceChargeType',
  '      # icp-ignore: ICP002\n      InstanceChargeType',
);
const ROS_EXPIRED = ROS.replace(
  'PostPaid',
  'PostPaid # icp-ignore: ICP002 reason="bench" expires=2026-01-31',
);

ruleTable('ICP014', 'warning', 'invalid-suppression: Terraform', {
  valid: [
    {
      name: 'a directive with a reason',
      files: { 'infra/main.tf': TF.replace('"PostPaid"', '"PostPaid" # icp-ignore: ICP002 reason="bench"') },
    },
    {
      name: 'expires today is still valid',
      files: { 'infra/main.tf': TF_EXPIRED.replace('2026-04-30', '2026-05-01') },
    },
  ],
  invalid: [
    {
      name: 'no reason: on the directive, the finding stays',
      files: { 'infra/main.tf': TF_NO_REASON },
      errors: [
        {
          range: '6:39-6:57',
          messageId: 'noReason',
          message:
            '`icp-ignore: ICP002` has no reason; write reason="…" so that others know why the finding is suppressed. It suppresses nothing until then.',
        },
      ],
      output: null,
    },
    {
      name: 'expired: on the directive',
      files: { 'infra/main.tf': TF_EXPIRED },
      errors: [
        {
          range: '5:3-5:55',
          messageId: 'expired',
          message: 'The suppression of ICP002 expired on 2026-04-30; the finding is reported again.',
        },
      ],
    },
    {
      name: 'an impossible expires date (2027-02-30) is invalid, not expired: on the directive, the finding stays',
      files: { 'infra/main.tf': TF_EXPIRED.replace('2026-04-30', '2027-02-30') },
      errors: [
        {
          range: '5:3-5:55',
          messageId: 'invalidExpires',
          message:
            'The suppression of ICP002 has expires=2027-02-30, an invalid date (that day does not exist; write YYYY-MM-DD); it suppresses nothing.',
        },
      ],
    },
    {
      name: 'an unknown rule: on the token, the known one still applies',
      files: { 'infra/main.tf': TF_UNKNOWN },
      errors: [
        {
          range: '6:59-6:65',
          messageId: 'unknownRule',
          message: '`ICP099` is not an icp-check rule ID or name.',
        },
      ],
    },
  ],
});

ruleTable('ICP014', 'warning', 'invalid-suppression: ROS YAML', {
  valid: [
    {
      name: 'a directive with a reason',
      files: { 'stack.ros.yaml': ROS_EXPIRED.replace(' expires=2026-01-31', '') },
    },
  ],
  invalid: [
    {
      name: 'no reason',
      files: { 'stack.ros.yaml': ROS_NO_REASON },
      errors: [
        {
          range: '7:9-7:27',
          messageId: 'noReason',
          message:
            '`icp-ignore: ICP002` has no reason; write reason="…" so that others know why the finding is suppressed. It suppresses nothing until then.',
        },
      ],
    },
    {
      name: 'expired',
      files: { 'stack.ros.yaml': ROS_EXPIRED },
      errors: [
        {
          range: '7:38-7:90',
          messageId: 'expired',
          message: 'The suppression of ICP002 expired on 2026-01-31; the finding is reported again.',
        },
      ],
    },
  ],
});

describe('suppressions that do not apply bring the finding back', function () {
  before(async function () {
    this.timeout(30000);
    await requireEngine();
  });

  const cases: [string, Texts, string[]][] = [
    [
      'Terraform, no reason',
      { 'main.tf': TF_NO_REASON },
      ['ICP002 payAsYouGo 6:26-6:36', 'ICP014 noReason 6:39-6:57'],
    ],
    [
      'Terraform, expired',
      { 'main.tf': TF_EXPIRED },
      ['ICP014 expired 5:3-5:55', 'ICP002 payAsYouGo 7:26-7:36'],
    ],
    [
      'Terraform, unknown rule beside a known one',
      { 'main.tf': TF_UNKNOWN },
      ['ICP014 unknownRule 6:59-6:65'],
    ],
    [
      'ROS YAML, no reason',
      { 'stack.ros.yaml': ROS_NO_REASON },
      ['ICP014 noReason 7:9-7:27', 'ICP002 payAsYouGo 8:27-8:35'],
    ],
    [
      'ROS YAML, expired',
      { 'stack.ros.yaml': ROS_EXPIRED },
      ['ICP002 payAsYouGo 7:27-7:35', 'ICP014 expired 7:38-7:90'],
    ],
  ];
  for (const [name, files, expected] of cases) {
    it(name, () => {
      const found = outcome(files).findings.filter((f) => f.startsWith('ICP002') || f.startsWith('ICP014'));
      assert.deepEqual(found, expected);
    });
  }
});
