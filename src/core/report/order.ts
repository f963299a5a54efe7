import type { AppliedSuppression, Finding } from '../model/finding';

/** One stable order for every report: by file, then position, then rule, so output diffs stay small. */
export function byPlace(a: Finding, b: Finding): number {
  return (
    compareText(a.at.file, b.at.file) ||
    a.at.start - b.at.start ||
    a.at.end - b.at.end ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.messageId, b.messageId)
  );
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(byPlace);
}

export function sortSuppressions(suppressions: readonly AppliedSuppression[]): AppliedSuppression[] {
  return [...suppressions].sort(
    (a, b) =>
      compareText(a.at.file, b.at.file) || a.at.start - b.at.start || byPlace(a.suppressed, b.suppressed),
  );
}

/** Code-unit order, not locale order: the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Groups findings by file, files in path order. */
export function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of sortFindings(findings)) {
    const list = groups.get(f.at.file);
    if (list) list.push(f);
    else groups.set(f.at.file, [f]);
  }
  return groups;
}
