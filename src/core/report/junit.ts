import type { AppliedSuppression, Finding } from '../model/finding';
import type { Location } from '../model/location';
import { buildReadiness } from './readiness';
import { compareText, sortFindings, sortSuppressions } from './order';
import { Positions } from './positions';
import { text as localized } from '../model/localized';
import { SEVERITY_TEXT, fill } from './texts';
import type { ReportInput } from './types';

/**
 * `--format junit`: JUnit XML as Jenkins, GitLab and Azure DevOps read it (the shape of Jenkins'
 * junit-10.xsd). One test suite per file; one test case per instance, named after it; findings
 * that belong to no instance (a file that cannot be parsed, a bad suppression) make one test case
 * named after the file. Each error or warning is a `<failure>` of its test case: both make an
 * instance not ready or at risk. Infos and hints never fail a case; they are listed in its
 * `<system-out>`. An instance whose failures are all silenced by `icp-ignore` is `<skipped>`, with
 * the written reasons. There is no time attribute: formatters have no clock.
 */

interface TestCase {
  readonly name: string;
  readonly file: string;
  readonly order: number;
  readonly findings: readonly Finding[];
  readonly suppressions: readonly AppliedSuppression[];
}

const FAILING = new Set(['error', 'warning']);

const JUNIT_TEXT = {
  waived: localized(
    'waived: every failure is suppressed by icp-ignore ({reasons})',
    '已豁免：所有失败均被 icp-ignore 忽略（{reasons}）',
  ),
} as const;

export function formatJunit(input: ReportInput): string {
  const { lang, result } = input;
  const positions = new Positions(input.texts);
  const readiness = buildReadiness(result, { assumedRegion: input.assumedRegion });
  const where = (at: Location): string => positions.where(at);

  const cases: TestCase[] = readiness.instances.map((r) => ({
    name: r.instance.name,
    file: r.instance.file,
    order: r.instance.header.start,
    findings: sortFindings(r.findings),
    suppressions: sortSuppressions(r.suppressions),
  }));
  const byFile = new Map<string, Finding[]>();
  for (const f of readiness.otherFindings) byFile.set(f.at.file, [...(byFile.get(f.at.file) ?? []), f]);
  // A file-level case sorts before the file's instances: a file that cannot be parsed comes first.
  for (const [file, findings] of byFile)
    cases.push({ name: file, file, order: -1, findings: sortFindings(findings), suppressions: [] });

  const files = [...new Set(cases.map((c) => c.file))].sort(compareText);
  const failed = (c: TestCase) => c.findings.some((f) => FAILING.has(f.severity));
  const skipped = (c: TestCase) =>
    !failed(c) && c.suppressions.some((s) => FAILING.has(s.suppressed.severity));

  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(
    `<testsuites name="${attr(input.tool.name)}" tests="${cases.length}" failures="${cases.filter(failed).length}" errors="0">`,
  );
  for (const file of files) {
    const inFile = cases
      .filter((c) => c.file === file)
      .sort((a, b) => a.order - b.order || compareText(a.name, b.name));
    out.push(
      `  <testsuite name="${attr(file)}" tests="${inFile.length}" failures="${inFile.filter(failed).length}" errors="0" skipped="${inFile.filter(skipped).length}">`,
    );
    for (const c of inFile) {
      const failures = c.findings.filter((f) => FAILING.has(f.severity));
      const notes = c.findings.filter((f) => !FAILING.has(f.severity));
      const body: string[] = [];
      for (const f of failures) {
        const detail = [
          `${where(f.at)} ${f.ruleId} ${f.ruleName} (${SEVERITY_TEXT[f.severity][lang]})`,
          f.message[lang],
          ...f.related.map((r) => `  ↳ ${where(r.at)} ${r.message[lang]}`),
        ];
        body.push(
          `      <failure type="${attr(f.ruleId)}" message="${attr(`${where(f.at)}: ${f.message[lang]}`)}">${text(detail.join('\n'))}</failure>`,
        );
      }
      if (skipped(c)) {
        const reasons = c.suppressions.map((s) => `${s.ruleId}: ${s.reason}`).join('; ');
        body.push(`      <skipped message="${attr(fill(JUNIT_TEXT.waived, lang, { reasons }))}"/>`);
      }
      if (notes.length > 0)
        body.push(
          `      <system-out>${text(notes.map((f) => `${where(f.at)} ${f.ruleId} (${SEVERITY_TEXT[f.severity][lang]}): ${f.message[lang]}`).join('\n'))}</system-out>`,
        );
      const open = `    <testcase name="${attr(c.name)}" classname="${attr(c.file)}"`;
      out.push(...(body.length === 0 ? [`${open}/>`] : [`${open}>`, ...body, '    </testcase>']));
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}

/** Characters XML 1.0 cannot carry at all (controls, lone surrogates) become U+FFFD. */
function xmlSafe(s: string): string {
  return s.replace(
    // eslint-disable-next-line no-control-regex -- matching the control characters XML 1.0 forbids is the point
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

function text(s: string): string {
  return xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values also escape quotes and keep line breaks (which attribute normalisation would turn into spaces). */
function attr(s: string): string {
  return text(s)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}
