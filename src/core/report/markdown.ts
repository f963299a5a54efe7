import type { Finding } from '../model/finding';
import type { Location } from '../model/location';
import {
  buildReadiness,
  type RequirementCheck,
  type RequirementStatus,
  type Verdict,
  type OverallVerdict,
} from './readiness';
import { compareText, sortFindings, sortSuppressions } from './order';
import { Positions } from './positions';
import {
  REPORT_TEXT,
  REQUIREMENT_TEXT,
  SEVERITY_TEXT,
  STATUS_TEXT,
  VERDICT_SHORT,
  VERDICT_TEXT,
  counted,
  fill,
  instancesSummary,
  sentences,
} from './texts';
import type { ReportInput } from './types';
import { markdownCode, markdownText } from './safe-text';

/**
 * `--format markdown`: the readiness report a person reads (a CI job summary, a PR comment): the
 * verdict, a table per instance with each requirement, then every finding, the suppressions in
 * effect and the counts.
 */

const STATUS_ICON: Readonly<Record<RequirementStatus, string>> = {
  pass: '✅',
  fail: '❌',
  warn: '⚠️',
  unknown: '❔',
  suppressed: '🔕',
  'not-applicable': '➖',
};
const VERDICT_ICON: Readonly<Record<Verdict | OverallVerdict, string>> = {
  ready: '✅',
  'at-risk': '⚠️',
  waived: '🔕',
  unknown: '❔',
  'not-ready': '❌',
  'no-instances': '➖',
};

/*
 * Every string from the workspace (paths, names, messages quoting them, reasons) goes through
 * `markdownText` or `markdownCode` exactly once: both keep it on one line with `|` escaped, so it
 * is safe in a heading, a list and a table cell alike.
 */

export function formatMarkdown(input: ReportInput): string {
  const { lang, result } = input;
  const positions = new Positions(input.texts);
  const readiness = buildReadiness(result, { assumedRegion: input.assumedRegion });
  const where = (at: Location): string => markdownCode(positions.where(at));
  const t = (s: { en: string; 'zh-cn': string }) => s[lang];
  const out: string[] = [];

  out.push(`# ${t(REPORT_TEXT.title)}`, '');
  out.push(
    `**${t(REPORT_TEXT.verdict)}: ${VERDICT_ICON[readiness.verdict]} ${t(VERDICT_TEXT[readiness.verdict])}**`,
    '',
  );
  out.push(
    fill(REPORT_TEXT.checkedOn, lang, {
      today: input.today,
      tool: input.tool.name,
      version: input.tool.version,
      files: counted(REPORT_TEXT.files, readiness.counts.files, lang),
      instances: counted(REPORT_TEXT.instanceCount, readiness.counts.instances.total, lang),
    }),
  );
  if (input.assumedRegion)
    out.push('', fill(REPORT_TEXT.assumedRegion, lang, { region: input.assumedRegion }));
  out.push('');

  if (readiness.instances.length > 0) {
    out.push(`## ${t(REPORT_TEXT.instances)}`, '');
    const instances = [...readiness.instances].sort(
      (a, b) =>
        compareText(a.instance.file, b.instance.file) || a.instance.header.start - b.instance.header.start,
    );
    for (const r of instances) {
      const verdict: Verdict = r.verdict;
      out.push(
        `### ${VERDICT_ICON[verdict]} ${markdownCode(r.instance.name)} — ${t(VERDICT_SHORT[verdict])}`,
        '',
      );
      out.push(
        `${markdownText(r.instance.type)} (${markdownText(r.instance.product)}), ${where(r.instance.header)}`,
        '',
      );
      out.push(
        ...table(
          [t(REPORT_TEXT.requirement), t(REPORT_TEXT.result), t(REPORT_TEXT.details)],
          r.requirements
            .filter((q) => q.status !== 'not-applicable')
            .map((q) => [
              t(REQUIREMENT_TEXT[q.id]),
              `${STATUS_ICON[q.status]} ${t(STATUS_TEXT[q.status])}`,
              details(q, lang),
            ]),
        ),
      );
    }
  }

  out.push(
    `## ${t(REPORT_TEXT.findings)}`,
    '',
    ...table(
      [t(REPORT_TEXT.location), t(REPORT_TEXT.severity), t(REPORT_TEXT.rule), t(REPORT_TEXT.message)],
      sortFindings(result.findings).map((f) => [
        where(f.at),
        t(SEVERITY_TEXT[f.severity]),
        ruleCell(f, input),
        messageWithOrigins(f, lang, where),
      ]),
      t(REPORT_TEXT.noFindings),
    ),
  );

  out.push(
    `## ${t(REPORT_TEXT.suppressions)}`,
    '',
    ...table(
      [
        t(REPORT_TEXT.location),
        t(REPORT_TEXT.rule),
        t(REPORT_TEXT.reason),
        t(REPORT_TEXT.expires),
        t(REPORT_TEXT.message),
      ],
      sortSuppressions(result.suppressions).map((s) => [
        where(s.at),
        s.ruleId,
        markdownText(s.reason),
        s.expires ? markdownText(s.expires) : t(REPORT_TEXT.never),
        markdownText(s.suppressed.message[lang]),
      ]),
      t(REPORT_TEXT.noSuppressions),
    ),
  );

  if (result.skipped.length > 0) {
    out.push(`## ${t(REPORT_TEXT.skippedFiles)}`, '');
    for (const s of result.skipped) out.push(`- ${markdownCode(s.file)}: ${markdownText(s.reason[lang])}`);
    out.push('');
  }

  const c = readiness.counts;
  out.push(`## ${t(REPORT_TEXT.counts)}`, '');
  out.push(
    `- ${counted(REPORT_TEXT.problems, c.total, lang)}: ${[counted(REPORT_TEXT.errors, c.findings.error, lang), counted(REPORT_TEXT.warnings, c.findings.warning, lang), counted(REPORT_TEXT.infos, c.findings.info, lang), counted(REPORT_TEXT.hints, c.findings.hint, lang)].join(t(REPORT_TEXT.listSeparator))}`,
  );
  out.push(`- ${t(REPORT_TEXT.fixableCount)}: ${c.fixable}`);
  out.push(`- ${t(REPORT_TEXT.suppressedCount)}: ${c.suppressed}`);
  out.push(`- ${instancesSummary(c.instances, lang)}`);
  return out.join('\n') + '\n';
}

function details(q: RequirementCheck, lang: 'en' | 'zh-cn'): string {
  const notes = q.findings.map((f) => `${f.ruleId}: ${markdownText(f.message[lang])}`);
  for (const s of q.suppressions) notes.push(`${s.ruleId}: ${markdownText(s.reason)}`);
  return sentences(notes, lang);
}

function ruleCell(f: Finding, input: ReportInput): string {
  const url = input.rules.find((r) => r.id === f.ruleId)?.docs.url;
  const label = `${f.ruleId} ${f.ruleName}`;
  return url ? `[${label}](${url})` : label;
}

function messageWithOrigins(f: Finding, lang: 'en' | 'zh-cn', where: (at: Location) => string): string {
  const message = markdownText(f.message[lang]);
  if (f.related.length === 0) return message;
  const from = f.related.map((r) => `${markdownText(r.message[lang])} ${where(r.at)}`).join(', ');
  return `${message} (${from})`;
}

/**
 * A table: the header, its `---` row, a row per entry, then a blank line; `none` instead when there
 * are no rows and it is given. Cells come escaped.
 */
function table(header: readonly string[], rows: readonly (readonly string[])[], none?: string): string[] {
  if (rows.length === 0 && none !== undefined) return [none, ''];
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [row(header), row(header.map(() => '---')), ...rows.map(row), ''];
}
