import type { CheckResult } from '../../../src/core/engine/types';
import type { AppliedSuppression, Finding, Severity } from '../../../src/core/model/finding';
import type { Instance } from '../../../src/core/model/instance';
import { instanceKey } from '../../../src/core/model/instance-key';
import { known, omitted, unknown } from '../../../src/core/model/value';
import type { ReportInput, RuleMeta } from '../../../src/core/report/types';

/** A hand-built CheckResult over two small files, so the formatters are tested without the engine. */

export const MAIN_TF = [
  'resource "alicloud_instance" "web" {', // line 1
  '  instance_charge_type = "PostPaid"', // line 2
  '  period               = var.period', // line 3
  '}',
  '',
  '# icp-ignore: ICP004 reason="bench"',
  'resource "alicloud_instance" "db" {', // line 7
  '  instance_charge_type = "PrePaid"',
  '  period               = data.x.months', // line 9
  '}',
  '',
].join('\n');

export const VARS_TF = ['variable "period" {', '  default = 1', '}', ''].join('\n');

const at = (file: string, text: string, needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`not found: ${needle}`);
  return { file, start, end: start + needle.length };
};

export const MAIN = 'infra/main.tf';
export const VARS = 'infra/variables.tf';

const webHeader = at(MAIN, MAIN_TF, 'resource "alicloud_instance" "web"');
const dbHeader = at(MAIN, MAIN_TF, 'resource "alicloud_instance" "db"');

function instance(name: string, header: typeof webHeader, extra: Partial<Instance> = {}): Instance {
  return {
    format: 'terraform',
    type: 'alicloud_instance',
    name,
    product: 'ecs',
    file: MAIN,
    header,
    extent: header,
    region: known('cn-hangzhou', header),
    chargeType: known('subscription', header),
    publicBandwidthMbps: known(5, header),
    eipAssociations: [],
    websites: [],
    setters: {},
    ...extra,
  };
}

export const WEB = instance('alicloud_instance.web', webHeader, {
  chargeType: known('pay-as-you-go', at(MAIN, MAIN_TF, '"PostPaid"')),
});
export const DB = instance('alicloud_instance.db', dbHeader, {
  period: unknown('data.x.months', at(MAIN, MAIN_TF, 'data.x.months')),
  publicBandwidthMbps: omitted(0, dbHeader),
});

function finding(
  ruleId: string,
  ruleName: string,
  severity: Severity,
  messageEn: string,
  where: Finding['at'],
  extra: Partial<Finding> = {},
): Finding {
  return {
    ruleId,
    ruleName,
    severity,
    messageId: 'm',
    message: { en: messageEn, 'zh-cn': `中文：${messageEn}` },
    at: where,
    related: [],
    fixes: [],
    ...extra,
  };
}

export const PAYG = finding(
  'ICP002',
  'pay-as-you-go',
  'error',
  'Pay-as-you-go instances cannot get an ICP service number.',
  WEB.chargeType!.at,
  {
    instance: WEB.name,
    instanceKeys: [instanceKey(WEB)],
    setting: 'chargeType',
    fixes: [
      {
        title: { en: 'Set PrePaid', 'zh-cn': '设为 PrePaid' },
        preferred: true,
        edits: [
          { file: MAIN, start: WEB.chargeType!.at.start, end: WEB.chargeType!.at.end, newText: '"PrePaid"' },
        ],
      },
    ],
  },
);
export const SHORT = finding(
  'ICP003',
  'subscription-too-short',
  'error',
  'The subscription is 1 month; at least 3 are needed.',
  at(MAIN, MAIN_TF, 'var.period'),
  {
    instance: WEB.name,
    instanceKeys: [instanceKey(WEB)],
    setting: 'period',
    related: [{ at: at(VARS, VARS_TF, '1'), message: { en: 'variable default', 'zh-cn': '变量默认值' } }],
    fixes: [
      {
        title: { en: 'Set 3 months', 'zh-cn': '设为 3 个月' },
        preferred: true,
        edits: [{ file: VARS, start: VARS_TF.indexOf('1'), end: VARS_TF.indexOf('1') + 1, newText: '3' }],
      },
    ],
  },
);
export const UNRESOLVED = finding(
  'ICP012',
  'value-unresolved',
  'info',
  'The period is data.x.months, which cannot be evaluated.',
  DB.period!.at,
  { instance: DB.name, instanceKeys: [instanceKey(DB)], setting: 'period' },
);
export const NO_IP: Finding = finding('ICP004', 'no-public-ip', 'error', 'No public IP.', dbHeader, {
  instance: DB.name,
  instanceKeys: [instanceKey(DB)],
  setting: 'publicBandwidthMbps',
});

export const SUPPRESSION: AppliedSuppression = {
  ruleId: 'ICP004',
  reason: 'bench',
  at: at(MAIN, MAIN_TF, '# icp-ignore: ICP004 reason="bench"'),
  suppressed: NO_IP,
};

export const RESULT: CheckResult = {
  findings: [UNRESOLVED, SHORT, PAYG],
  suppressions: [SUPPRESSION],
  instances: [WEB, DB],
  skipped: [],
  checkedFiles: [MAIN, VARS],
};

export const RULES: readonly RuleMeta[] = [
  ['ICP002', 'pay-as-you-go', 'error'],
  ['ICP003', 'subscription-too-short', 'error'],
  ['ICP004', 'no-public-ip', 'error'],
  ['ICP012', 'value-unresolved', 'info'],
].map(([id, name, severity]) => ({
  id,
  name,
  severity: severity as Severity,
  fixable: true,
  docs: {
    url: `https://example.test/rules/${id}`,
    summary: { en: `${name} summary`, 'zh-cn': `${name} 摘要` },
  },
}));

export function sampleInput(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    result: RESULT,
    texts: new Map([
      [MAIN, MAIN_TF],
      [VARS, VARS_TF],
    ]),
    rules: RULES,
    lang: 'en',
    tool: { name: 'icp-check', version: '9.9.9' },
    today: '2026-12-01',
    ...overrides,
  };
}
