import { byFileAndOffset, compareFindings, type CheckResult, type AppliedSuppression } from '../../core';

/**
 * The results of checks over disjoint sets of whole units, as one check over all of them would give:
 * every list sorted by the engine's own comparators. A tie can only be between two entries about
 * the same file, which come from the same part in the order that check produced them, and the sorts
 * are stable, so the merged order is the single check's order.
 */
export function mergeResults(parts: readonly CheckResult[]): CheckResult {
  if (parts.length === 1) return parts[0];
  return {
    findings: parts.flatMap((p) => p.findings).sort(compareFindings),
    suppressions: parts.flatMap((p) => p.suppressions).sort(compareSuppressions),
    instances: parts.flatMap((p) => p.instances).sort((a, b) => byFileAndOffset(a.header, b.header)),
    skipped: parts.flatMap((p) => p.skipped).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    checkedFiles: [...new Set(parts.flatMap((p) => p.checkedFiles))].sort(),
  };
}

/** The engine's order of applied suppressions (engine/pipeline.ts). */
function compareSuppressions(a: AppliedSuppression, b: AppliedSuppression): number {
  return byFileAndOffset(a.at, b.at) || compareFindings(a.suppressed, b.suppressed);
}
