import { text, type Lang, type Localized } from '../model/localized';
import type { Severity } from '../model/finding';
import type { RequirementId, RequirementStatus, Verdict, OverallVerdict } from './readiness';

/** Every word the reports print, in both languages, kept in one place so translations stay complete. */

export const SEVERITY_TEXT: Readonly<Record<Severity, Localized>> = {
  error: text('error', '错误'),
  warning: text('warning', '警告'),
  info: text('info', '信息'),
  hint: text('hint', '提示'),
};

export const REQUIREMENT_TEXT: Readonly<Record<RequirementId, Localized>> = {
  region: text('Mainland China region', '中国内地地域'),
  billing: text('Subscription billing', '包年包月计费'),
  period: text('Subscription period long enough', '购买时长满足最低要求'),
  'public-ip': text('Public IP', '公网 IP'),
  expiry: text('Not expired, renewed in time', '未到期且及时续费'),
  status: text('Running', '运行中'),
  quota: text('Service number quota', '备案服务号配额'),
  'service-numbers': text('Service numbers used once', '备案服务号未重复使用'),
  order: text('Order minimum', '订单最低金额'),
};

export const STATUS_TEXT: Readonly<Record<RequirementStatus, Localized>> = {
  pass: text('pass', '通过'),
  fail: text('fail', '不通过'),
  warn: text('warning', '警告'),
  unknown: text('unknown', '未知'),
  suppressed: text('suppressed', '已忽略'),
  'not-applicable': text('n/a', '不适用'),
};

export const VERDICT_TEXT: Readonly<Record<OverallVerdict, Localized>> = {
  ready: text('Ready for ICP filing', '满足 ICP 备案条件'),
  'at-risk': text('Ready, with warnings', '满足备案条件，但有警告'),
  unknown: text('Cannot tell: some values cannot be resolved', '无法判断：部分取值无法解析'),
  'not-ready': text('Not ready for ICP filing', '不满足 ICP 备案条件'),
  'no-instances': text('No instances found', '未发现实例'),
};

export const VERDICT_SHORT: Readonly<Record<Verdict, Localized>> = {
  ready: text('ready', '满足'),
  'at-risk': text('at risk', '有风险'),
  waived: text('waived (suppressed)', '已豁免（已忽略）'),
  unknown: text('unknown', '未知'),
  'not-ready': text('not ready', '不满足'),
};

export const REPORT_TEXT = {
  problems: text('{n} problem|{n} problems', '{n} 个问题'),
  errors: text('{n} error|{n} errors', '{n} 个错误'),
  warnings: text('{n} warning|{n} warnings', '{n} 个警告'),
  infos: text('{n} info|{n} infos', '{n} 条信息'),
  hints: text('{n} hint|{n} hints', '{n} 条提示'),
  listSeparator: text(', ', '，'),
  noProblems: text('No problems', '没有问题'),
  fixable: text(
    '{n} problem can be fixed with the `--fix` option.|{n} problems can be fixed with the `--fix` option.',
    '{n} 个问题可以用 `--fix` 选项自动修复。',
  ),
  suppressed: text(
    '{n} finding suppressed by an icp-ignore comment.|{n} findings suppressed by icp-ignore comments.',
    '{n} 个问题被 icp-ignore 注释忽略。',
  ),
  instancesLine: text(
    '{n} instance: {ready} ready, {atRisk} at risk, {waived} waived, {unknown} unknown, {notReady} not ready|{n} instances: {ready} ready, {atRisk} at risk, {waived} waived, {unknown} unknown, {notReady} not ready',
    '{n} 个实例：{ready} 个满足，{atRisk} 个有风险，{waived} 个已豁免，{unknown} 个未知，{notReady} 个不满足',
  ),
  problemsLine: text('✖ {problems} ({breakdown})', '✖ {problems}（{breakdown}）'),
  skipped: text('Skipped {file}: {reason}', '已跳过 {file}：{reason}'),
  // markdown
  title: text('ICP filing readiness', 'ICP 备案就绪检查'),
  verdict: text('Verdict', '结论'),
  checkedOn: text(
    'Checked on {today} with {tool} {version}; {files}, {instances}.',
    '检查日期 {today}，工具 {tool} {version}；{files}，{instances}。',
  ),
  files: text('{n} file|{n} files', '{n} 个文件'),
  instanceCount: text('{n} instance|{n} instances', '{n} 个实例'),
  assumedRegion: text('Region assumed where none is stated: `{region}`.', '未指定地域时假定为 `{region}`。'),
  instances: text('Instances', '实例'),
  requirement: text('Requirement', '条件'),
  result: text('Result', '结果'),
  details: text('Details', '说明'),
  findings: text('Findings', '问题'),
  location: text('Location', '位置'),
  rule: text('Rule', '规则'),
  severity: text('Severity', '级别'),
  message: text('Message', '说明'),
  suppressions: text('Suppressions in effect', '生效的忽略注释'),
  reason: text('Reason', '理由'),
  expires: text('Expires', '到期'),
  never: text('never', '不过期'),
  noSuppressions: text('None.', '无。'),
  noFindings: text('None.', '无。'),
  counts: text('Counts', '统计'),
  fixableCount: text('fixable with `--fix`', '可用 `--fix` 修复'),
  suppressedCount: text('suppressed', '已忽略'),
  skippedFiles: text('Skipped files', '跳过的文件'),
} as const satisfies Record<string, Localized>;

const PLURAL_RULES: Readonly<Record<Lang, Intl.PluralRules>> = {
  en: new Intl.PluralRules('en'),
  'zh-cn': new Intl.PluralRules('zh-CN'),
};

/**
 * Picks the form of a count (`one|other`, as the language's plural rules say: Chinese has one form)
 * and fills `{n}`: "1 file", "2 files", "1 个文件".
 */
export function counted(template: Localized, n: number, lang: Lang): string {
  const forms = template[lang].split('|');
  const form = forms.length > 1 && PLURAL_RULES[lang].select(n) !== 'one' ? forms[1] : forms[0];
  return form.replace(/\{n\}/g, String(n));
}

/**
 * Messages joined as sentences: each ends with its full stop (added where a text has none, such as
 * a suppression's reason), separated by a space in English and by nothing in Chinese. Never ".; ".
 */
export function sentences(parts: readonly string[], lang: Lang): string {
  const stop = lang === 'zh-cn' ? '。' : '.';
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => (/[.!?。！？]$/.test(p) ? p : p + stop))
    .join(lang === 'zh-cn' ? '' : ' ');
}

/** Fills `{name}` placeholders of one language. */
export function fill(
  template: Localized,
  lang: Lang,
  data: Readonly<Record<string, string | number>> = {},
): string {
  return template[lang].replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

/** "17 instances: 3 ready, …" for the stylish and markdown summaries. */
export function instancesSummary(
  counts: Readonly<Record<Verdict, number>> & { readonly total: number },
  lang: Lang,
): string {
  return counted(REPORT_TEXT.instancesLine, counts.total, lang).replace(/\{(\w+)\}/g, (m, k: string) => {
    const values: Record<string, number> = {
      ready: counts.ready,
      atRisk: counts['at-risk'],
      waived: counts.waived,
      unknown: counts.unknown,
      notReady: counts['not-ready'],
    };
    return k in values ? String(values[k]) : m;
  });
}
