/**
 * The words an instance's verdict is shown with in the editor itself: the CodeLens above the
 * instance ("ICP: not ready — pay-as-you-go, 1 month") and the hover on its header (the requirement
 * table in Markdown). Pure: built from the core's readiness model, tested without VS Code.
 */
import type { Lang, Localized } from '../../core';
import { text } from '../../core/model/localized';
import { counted } from '../../core/report/texts';
import {
  REQUIREMENT_TEXT,
  STATUS_TEXT,
  VERDICT_SHORT,
  type InstanceReadiness,
  type RequirementCheck,
  type RequirementId,
  type RequirementStatus,
  type Verdict,
} from '../../core/report';

export const VERDICT_TEXTS = {
  lens: text('ICP: {verdict}', 'ICP：{verdict}'),
  lensWithReasons: text('ICP: {verdict} — {reasons}', 'ICP：{verdict} — {reasons}'),
  reasonSeparator: text(', ', '，'),
  hoverTitle: text('ICP filing: {verdict}', 'ICP 备案：{verdict}'),
  requirement: text('Requirement', '条件'),
  result: text('Result', '结果'),
  details: text('Details', '说明'),
  openReport: text('Show in the readiness report', '在就绪报告中查看'),
  lensTooltip: text(
    'Open the ICP filing readiness report at this instance',
    '在 ICP 备案就绪报告中查看此实例',
  ),
} as const satisfies Record<string, Localized>;

/** What blocks the filing, in a word or two: the lens says why without opening anything. */
const FAILED: Readonly<Record<RequirementId, Localized>> = {
  region: text('region outside mainland China', '非中国内地地域'),
  billing: text('pay-as-you-go', '按量付费'),
  period: text('subscription too short', '购买时长不足'),
  'public-ip': text('no public IP', '无公网 IP'),
  expiry: text('expiry', '到期'),
  status: text('stopped', '已停机'),
  quota: text('over quota', '超出配额'),
  'service-numbers': text('service number reused', '备案服务号重复使用'),
  order: text('order below minimum', '订单金额不足'),
};

/** What cannot be resolved: the requirement's own name, short. */
const UNKNOWN: Readonly<Record<RequirementId, Localized>> = {
  region: text('region', '地域'),
  billing: text('billing', '计费方式'),
  period: text('period', '购买时长'),
  'public-ip': text('public IP', '公网 IP'),
  expiry: text('expiry', '到期时间'),
  status: text('status', '运行状态'),
  quota: text('quota', '配额'),
  'service-numbers': text('service numbers', '备案服务号'),
  order: text('order', '订单'),
};

const WARNED: Readonly<Partial<Record<RequirementId, Localized>>> = {
  expiry: text('not renewed', '未续费'),
  status: text('stopped', '已停机'),
};

const PERIOD: Readonly<Record<'week' | 'month' | 'year', Localized>> = {
  week: text('{n} week|{n} weeks', '{n} 周'),
  month: text('{n} month|{n} months', '{n} 个月'),
  year: text('{n} year|{n} years', '{n} 年'),
};

const SPOT = text('spot', '抢占式实例');

/** Which requirement statuses explain a verdict. */
const EXPLAINED_BY: Readonly<Record<Verdict, RequirementStatus | undefined>> = {
  'not-ready': 'fail',
  unknown: 'unknown',
  'at-risk': 'warn',
  waived: undefined,
  ready: undefined,
};

/** "pay-as-you-go", "1 month", "cn-hongkong": the requirement's failure with the instance's own value where it says more. */
function reason(check: RequirementCheck, instance: InstanceReadiness['instance'], lang: Lang): string {
  if (check.status === 'unknown') return UNKNOWN[check.id][lang];
  if (check.status === 'warn') return (WARNED[check.id] ?? FAILED[check.id])[lang];
  const known = <T>(v: { kind: string; value?: T } | undefined): T | undefined =>
    v?.kind === 'known' ? v.value : undefined;
  switch (check.id) {
    case 'region': {
      const region = known(instance.region);
      return region ?? FAILED.region[lang];
    }
    case 'billing':
      return known(instance.chargeType) === 'spot' || known(instance.spotStrategy) !== undefined
        ? SPOT[lang]
        : FAILED.billing[lang];
    case 'period': {
      const n = known(instance.period);
      const unit = known(instance.periodUnit) ?? 'month';
      return n === undefined ? FAILED.period[lang] : counted(PERIOD[unit], n, lang);
    }
    default:
      return FAILED[check.id][lang];
  }
}

/** "ICP: ready", "ICP: not ready — pay-as-you-go, 1 month", "ICP: unknown — region". */
export function lensTitle(readiness: InstanceReadiness, lang: Lang): string {
  const verdict = VERDICT_SHORT[readiness.verdict][lang];
  const status = EXPLAINED_BY[readiness.verdict];
  const reasons =
    status === undefined
      ? []
      : readiness.requirements
          .filter((r) => r.status === status)
          .map((r) => reason(r, readiness.instance, lang));
  const unique = [...new Set(reasons)];
  if (unique.length === 0) return VERDICT_TEXTS.lens[lang].replace('{verdict}', verdict);
  return VERDICT_TEXTS.lensWithReasons[lang]
    .replace('{verdict}', verdict)
    .replace('{reasons}', unique.join(VERDICT_TEXTS.reasonSeparator[lang]));
}

/** Theme icons (codicons), drawn by VS Code in the editor's colours whatever fonts the system has. */
const STATUS_ICON: Readonly<Record<RequirementStatus, string>> = {
  pass: '$(pass)',
  fail: '$(error)',
  warn: '$(warning)',
  unknown: '$(question)',
  suppressed: '$(eye-closed)',
  'not-applicable': '$(dash)',
};

/** Markdown text in a table cell: one line, no `|` splitting it, no markup from user text. */
function cell(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(/[\\`*_{}[\]<>|]/g, (c) => `\\${c}`);
}

/**
 * The hover on an instance's header: its verdict, then each requirement that applies with its
 * result and the findings (rule ID and message) or suppressions behind it.
 */
export function hoverMarkdown(readiness: InstanceReadiness, lang: Lang, reportLink?: string): string {
  const t = (l: Localized) => l[lang];
  const lines = [
    `**${cell(VERDICT_TEXTS.hoverTitle[lang].replace('{verdict}', VERDICT_SHORT[readiness.verdict][lang]))}** · \`${readiness.instance.name}\``,
    '',
    `| ${t(VERDICT_TEXTS.requirement)} | ${t(VERDICT_TEXTS.result)} | ${t(VERDICT_TEXTS.details)} |`,
    '| --- | --- | --- |',
  ];
  for (const r of readiness.requirements) {
    if (r.status === 'not-applicable') continue;
    const notes = [
      ...r.findings.map((f) => `${f.ruleId}: ${f.message[lang]}`),
      ...r.suppressions.map((s) => `${s.ruleId}: ${s.reason}`),
    ];
    // The icon leads the requirement's name: in the narrow result column VS Code would wrap it away from its word.
    lines.push(
      `| ${STATUS_ICON[r.status]} ${cell(t(REQUIREMENT_TEXT[r.id]))} | ${cell(t(STATUS_TEXT[r.status]))} | ${notes.map(cell).join('<br>')} |`,
    );
  }
  if (reportLink) lines.push('', `[${t(VERDICT_TEXTS.openReport)}](${reportLink})`);
  return lines.join('\n');
}
