import type { Finding, Severity } from '../model/finding';
import type { Lang } from '../model/localized';
import { buildReadiness } from './readiness';
import { groupByFile } from './order';
import { oneLine } from '../model/text';
import { Positions } from './positions';
import { REPORT_TEXT, SEVERITY_TEXT, counted, fill, instancesSummary } from './texts';
import type { ReportInput } from './types';
import { printable } from './safe-text';

/**
 * `--format stylish` (the default), shaped like eslint's: findings grouped by file,
 * `line:col  severity  message  rule-id`, where a value came from indented below, then a summary.
 */
export interface StylishOptions {
  /** ANSI colours; the CLI turns them on only for a TTY without NO_COLOR. */
  readonly color: boolean;
}

const ANSI = {
  reset: '\x1b[0m',
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  underline: '\x1b[4m',
  red: '\x1b[31m',
  yellow: '\x1b[33m',
  blue: '\x1b[34m',
  green: '\x1b[32m',
  gray: '\x1b[90m',
} as const;

type Paint = (style: keyof typeof ANSI, s: string) => string;

const SEVERITY_STYLE: Readonly<Record<Severity, keyof typeof ANSI>> = {
  error: 'red',
  warning: 'yellow',
  info: 'blue',
  hint: 'gray',
};

/** Display width: CJK characters take two columns, so zh-cn tables still line up. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}

function pad(s: string, to: number): string {
  return s + ' '.repeat(Math.max(0, to - width(s)));
}

export function formatStylish(input: ReportInput, options: StylishOptions): string {
  const { lang } = input;
  const paint: Paint = options.color ? (style, s) => ANSI[style] + s + ANSI.reset : (_style, s) => s;
  const positions = new Positions(input.texts);
  const readiness = buildReadiness(input.result, { assumedRegion: input.assumedRegion });
  const out: string[] = [];

  for (const [file, findings] of groupByFile(input.result.findings)) {
    out.push('', paint('underline', printable(file)));
    const rows = findings.map((f) => row(f, positions, lang));
    const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => width(r.cells[c]))));
    for (const r of rows) {
      const [place, severity, message, rule] = r.cells;
      out.push(
        `  ${paint('dim', pad(place, widths[0]))}  ${paint(SEVERITY_STYLE[r.finding.severity], pad(severity, widths[1]))}  ${pad(message, widths[2])}  ${paint('dim', rule)}`,
      );
      for (const related of r.finding.related) {
        const p = positions.range(related.at);
        const at =
          related.at.file === file
            ? `${p.startLine}:${p.startColumn}`
            : `${printable(related.at.file)}:${p.startLine}:${p.startColumn}`;
        out.push(paint('gray', `      ↳ ${at}  ${printable(related.message[lang])}`));
      }
    }
  }

  for (const s of input.result.skipped)
    out.push(
      '',
      paint(
        'yellow',
        fill(REPORT_TEXT.skipped, lang, { file: printable(s.file), reason: printable(s.reason[lang]) }),
      ),
    );

  const c = readiness.counts;
  out.push('');
  if (c.total === 0) {
    out.push(paint('green', `✔ ${REPORT_TEXT.noProblems[lang]}`));
  } else {
    const sep = REPORT_TEXT.listSeparator[lang];
    const parts = [
      counted(REPORT_TEXT.errors, c.findings.error, lang),
      counted(REPORT_TEXT.warnings, c.findings.warning, lang),
    ];
    if (c.findings.info > 0) parts.push(counted(REPORT_TEXT.infos, c.findings.info, lang));
    if (c.findings.hint > 0) parts.push(counted(REPORT_TEXT.hints, c.findings.hint, lang));
    const line = fill(REPORT_TEXT.problemsLine, lang, {
      problems: counted(REPORT_TEXT.problems, c.total, lang),
      breakdown: parts.join(sep),
    });
    out.push(paint('bold', paint(c.findings.error > 0 ? 'red' : 'yellow', line)));
  }
  if (c.fixable > 0) out.push(paint('dim', `  ${counted(REPORT_TEXT.fixable, c.fixable, lang)}`));
  if (c.suppressed > 0) out.push(paint('dim', `  ${counted(REPORT_TEXT.suppressed, c.suppressed, lang)}`));
  if (c.instances.total > 0) out.push(paint('dim', `  ${instancesSummary(c.instances, lang)}`));
  return out.join('\n').replace(/^\n/, '') + '\n';
}

function row(
  finding: Finding,
  positions: Positions,
  lang: Lang,
): { finding: Finding; cells: [string, string, string, string] } {
  const p = positions.range(finding.at);
  return {
    finding,
    cells: [
      `${p.startLine}:${p.startColumn}`,
      SEVERITY_TEXT[finding.severity][lang],
      printable(oneLine(finding.message[lang])),
      finding.ruleId,
    ],
  };
}
