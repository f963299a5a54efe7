import type { AppliedSuppression, Finding, Severity } from '../model/finding';
import type { Fix } from '../model/fix';
import type { Location } from '../model/location';
import {
  buildReadiness,
  isFixable,
  type OverallVerdict,
  type RequirementId,
  type RequirementStatus,
  type SeverityCounts,
  type Verdict,
} from './readiness';
import { compareText, sortFindings, sortSuppressions } from './order';
import { Positions } from './positions';
import type { ReportInput } from './types';

/**
 * `--format json`: a stable, documented shape (docs/cli.md). Lines and columns are 1-based, columns
 * count UTF-16 code units and `endColumn` is exclusive, as in SARIF. Bump `schemaVersion` on any
 * change that is not purely additive.
 */
export interface JsonReport {
  readonly schemaVersion: 1;
  readonly tool: { readonly name: string; readonly version: string };
  readonly today: string;
  readonly language: string;
  readonly assumedRegion: string | null;
  readonly verdict: OverallVerdict;
  readonly summary: {
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
    readonly hints: number;
    readonly fixable: number;
    readonly suppressed: number;
    readonly filesChecked: number;
    readonly instances: Readonly<Record<Verdict, number>> & { readonly total: number };
  };
  /** Every checked file, with its findings (possibly none), in path order. */
  readonly files: readonly { readonly path: string; readonly findings: readonly JsonFinding[] }[];
  readonly instances: readonly JsonInstance[];
  readonly suppressions: readonly JsonSuppression[];
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
}

export interface JsonLocation {
  readonly path: string;
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface JsonFinding {
  readonly ruleId: string;
  readonly ruleName: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly message: string;
  readonly location: JsonLocation;
  readonly instance: string | null;
  readonly related: readonly { readonly location: JsonLocation; readonly message: string }[];
  /** True when `--fix` would change something for it (a preferred fix exists). */
  readonly fixable: boolean;
  readonly fixes: readonly {
    readonly title: string;
    readonly preferred: boolean;
    readonly files: readonly string[];
  }[];
}

export interface JsonInstance {
  readonly name: string;
  readonly type: string;
  readonly format: string;
  readonly product: string;
  readonly location: JsonLocation;
  readonly verdict: Verdict;
  readonly requirements: readonly {
    readonly id: RequirementId;
    readonly status: RequirementStatus;
    readonly rules: readonly string[];
  }[];
}

export interface JsonSuppression {
  readonly ruleId: string;
  readonly reason: string;
  readonly expires: string | null;
  readonly location: JsonLocation;
  readonly suppressed: {
    readonly ruleId: string;
    readonly message: string;
    readonly location: JsonLocation;
    readonly instance: string | null;
  };
}

export function buildJsonReport(input: ReportInput): JsonReport {
  const { result, lang } = input;
  const positions = new Positions(input.texts);
  const where = (at: Location): JsonLocation => ({ path: at.file, ...positions.range(at) });
  const readiness = buildReadiness(result, { assumedRegion: input.assumedRegion });
  const counts: SeverityCounts = readiness.counts.findings;

  const finding = (f: Finding): JsonFinding => ({
    ruleId: f.ruleId,
    ruleName: f.ruleName,
    severity: f.severity,
    messageId: f.messageId,
    message: f.message[lang],
    location: where(f.at),
    instance: f.instance ?? null,
    related: f.related.map((r) => ({ location: where(r.at), message: r.message[lang] })),
    fixable: isFixable(f),
    fixes: f.fixes.map((fix: Fix) => ({
      title: fix.title[lang],
      preferred: fix.preferred,
      files: [...new Set(fix.edits.map((e) => e.file))].sort(compareText),
    })),
  });

  const paths = [...new Set([...result.checkedFiles, ...result.findings.map((f) => f.at.file)])].sort(
    compareText,
  );
  const sorted = sortFindings(result.findings);

  const suppression = (s: AppliedSuppression): JsonSuppression => ({
    ruleId: s.ruleId,
    reason: s.reason,
    expires: s.expires ?? null,
    location: where(s.at),
    suppressed: {
      ruleId: s.suppressed.ruleId,
      message: s.suppressed.message[lang],
      location: where(s.suppressed.at),
      instance: s.suppressed.instance ?? null,
    },
  });

  return {
    schemaVersion: 1,
    tool: { name: input.tool.name, version: input.tool.version },
    today: input.today,
    language: lang,
    assumedRegion: input.assumedRegion ?? null,
    verdict: readiness.verdict,
    summary: {
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
      hints: counts.hint,
      fixable: readiness.counts.fixable,
      suppressed: readiness.counts.suppressed,
      filesChecked: readiness.counts.files,
      instances: readiness.counts.instances,
    },
    files: paths.map((path) => ({ path, findings: sorted.filter((f) => f.at.file === path).map(finding) })),
    instances: [...readiness.instances]
      .sort(
        (a, b) =>
          compareText(a.instance.file, b.instance.file) || a.instance.header.start - b.instance.header.start,
      )
      .map((r) => ({
        name: r.instance.name,
        type: r.instance.type,
        format: r.instance.format,
        product: r.instance.product,
        location: where(r.instance.header),
        verdict: r.verdict,
        requirements: r.requirements.map((q) => ({
          id: q.id,
          status: q.status,
          rules: [...new Set(q.findings.map((f) => f.ruleId))].sort(compareText),
        })),
      })),
    suppressions: sortSuppressions(result.suppressions).map(suppression),
    skipped: [...result.skipped]
      .sort((a, b) => compareText(a.file, b.file))
      .map((s) => ({ path: s.file, reason: s.reason[lang] })),
  };
}

export function formatJson(input: ReportInput): string {
  return JSON.stringify(buildJsonReport(input), null, 2) + '\n';
}
