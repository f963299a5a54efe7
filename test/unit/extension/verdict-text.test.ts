import * as assert from 'node:assert/strict';
import type { CheckOptions, CheckResult, SourceFile } from '../../../src/core/engine/types';
import { buildReadiness } from '../../../src/core/report';
import { hoverMarkdown, lensTitle } from '../../../src/extension/verdicts/verdict-text';
import { realChecker } from '../bad-input/harness';

const PROVIDER = 'provider "alicloud" {\n  region = "cn-hangzhou"\n}\n';
const instance = (body: string, name = 'web') => `resource "alicloud_instance" "${name}" {\n${body}}\n`;
const GOOD =
  '  instance_charge_type = "PrePaid"\n  period = 3\n  internet_max_bandwidth_out = 5\n  renewal_status = "AutoRenewal"\n';

describe('verdicts in the editor: CodeLens titles and the header hover', function () {
  let check: (files: readonly SourceFile[], options?: CheckOptions) => CheckResult;
  before(async function () {
    this.timeout(30_000);
    check = await realChecker();
  });
  const readinessOf = (text: string, assumedRegion?: string) => {
    const result = check([{ path: 'w/main.tf', text }], { today: '2026-12-01', region: assumedRegion });
    return buildReadiness(result, { assumedRegion }).instances[0];
  };

  const cases: { name: string; text: string; region?: string; en: string; zh: string }[] = [
    { name: 'ready', text: PROVIDER + instance(GOOD), en: 'ICP: ready', zh: 'ICP：满足' },
    {
      name: 'pay-as-you-go and no public IP',
      text: PROVIDER + instance('  instance_charge_type = "PostPaid"\n'),
      en: 'ICP: not ready — pay-as-you-go, no public IP',
      zh: 'ICP：不满足 — 按量付费，无公网 IP',
    },
    {
      name: 'one month (singular)',
      text: PROVIDER + instance(GOOD.replace('period = 3', 'period = 1')),
      en: 'ICP: not ready — 1 month',
      zh: 'ICP：不满足 — 1 个月',
    },
    {
      name: 'two weeks (plural)',
      text: PROVIDER + instance(GOOD.replace('period = 3', 'period = 2\n  period_unit = "Week"')),
      en: 'ICP: not ready — 2 weeks',
      zh: 'ICP：不满足 — 2 周',
    },
    {
      name: 'Hong Kong: the region itself',
      text: PROVIDER.replace('cn-hangzhou', 'cn-hongkong') + instance(GOOD),
      en: 'ICP: not ready — cn-hongkong',
      zh: 'ICP：不满足 — cn-hongkong',
    },
    { name: 'no region anywhere', text: instance(GOOD), en: 'ICP: unknown — region', zh: 'ICP：未知 — 地域' },
    {
      name: 'no region, but one assumed',
      text: instance(GOOD),
      region: 'cn-shanghai',
      en: 'ICP: ready',
      zh: 'ICP：满足',
    },
    {
      name: 'spot',
      text: PROVIDER + instance('  spot_strategy = "SpotAsPriceGo"\n  internet_max_bandwidth_out = 5\n'),
      en: 'ICP: not ready — spot',
      zh: 'ICP：不满足 — 抢占式实例',
    },
    {
      name: 'not renewed: at risk',
      text: PROVIDER + instance(GOOD.replace('AutoRenewal', 'NotRenewal')),
      en: 'ICP: at risk — not renewed',
      zh: 'ICP：有风险 — 未续费',
    },
  ];
  for (const c of cases) {
    it(`lens: ${c.name}`, () => {
      const r = readinessOf(c.text, c.region);
      assert.equal(lensTitle(r, 'en'), c.en);
      assert.equal(lensTitle(r, 'zh-cn'), c.zh);
    });
  }

  it('hover: the requirement table, findings with their rule, n/a rows left out, user text escaped', () => {
    const r = readinessOf(
      PROVIDER +
        instance('  instance_charge_type = "PostPaid"\n  internet_max_bandwidth_out = 5\n', 'web_|_1'),
    );
    assert.equal(
      hoverMarkdown(r, 'en', 'command:icpCheck.showReport'),
      [
        '**ICP filing: not ready** · `alicloud_instance.web_|_1`',
        '',
        '| Requirement | Result | Details |',
        '| --- | --- | --- |',
        '| $(pass) Mainland China region | pass |  |',
        `| $(error) Subscription billing | fail | ICP002: ${r.requirements[1].findings[0].message.en.replace(/[_|]/g, (c) => `\\${c}`)} |`,
        '| $(pass) Public IP | pass |  |',
        '| $(pass) Not expired, renewed in time | pass |  |',
        '| $(pass) Running | pass |  |',
        '',
        '[Show in the readiness report](command:icpCheck.showReport)',
      ].join('\n'),
    );
    assert.match(hoverMarkdown(r, 'zh-cn'), /^\*\*ICP 备案：不满足\*\*.*\n\n\| 条件 \| 结果 \| 说明 \|/);
  });
});
