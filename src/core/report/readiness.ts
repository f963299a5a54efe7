import type { CheckResult, SkippedFile } from '../engine/types';
import type { AppliedSuppression, Finding, Severity } from '../model/finding';
import type { Instance } from '../model/instance';
import { instanceKey } from '../model/instance-key';
import { REQUIREMENT_IDS, type RequirementId } from '../model/requirement';
import { settingValue } from '../model/setting';
import { RULES } from '../rules/index';
import type { Requirement } from '../rules/rule';

export { REQUIREMENT_IDS, type RequirementId };

/**
 * The go / no-go model behind the markdown report, the JSON `instances` and the extension's report
 * view: per instance, each filing requirement with its status, and a verdict per instance and overall.
 * Built from a CheckResult alone (no texts, no positions), so every surface shows the same answer.
 */

/** `warn`: a warning-level finding that does not block the filing today (e.g. no renewal). */
export type RequirementStatus = 'pass' | 'fail' | 'warn' | 'unknown' | 'suppressed' | 'not-applicable';
/**
 * `waived`: it would fail, but every failing finding is silenced by an `icp-ignore` with a reason
 * (a test bench never meant to be filed). Not `ready`: it still cannot carry a filing.
 */
export type Verdict = 'ready' | 'at-risk' | 'waived' | 'unknown' | 'not-ready';
/** Waived instances do not fail the run (the exit status ignores suppressed findings), so the whole is never `waived`. */
export type OverallVerdict = Exclude<Verdict, 'waived'> | 'no-instances';

export interface RequirementCheck {
  readonly id: RequirementId;
  readonly status: RequirementStatus;
  /** Unsuppressed findings about this requirement (including info and hint notes such as ICP013). */
  readonly findings: readonly Finding[];
  readonly suppressions: readonly AppliedSuppression[];
}

export interface InstanceReadiness {
  readonly instance: Instance;
  readonly verdict: Verdict;
  readonly requirements: readonly RequirementCheck[];
  /** Every unsuppressed finding about the instance, requirement or not (ICP000 in its body, say). */
  readonly findings: readonly Finding[];
  readonly suppressions: readonly AppliedSuppression[];
}

export interface SeverityCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly hint: number;
}

export interface ReadinessReport {
  readonly verdict: OverallVerdict;
  readonly instances: readonly InstanceReadiness[];
  /** Findings tied to no instance: unparsable files, invalid suppressions, configuration. */
  readonly otherFindings: readonly Finding[];
  readonly suppressions: readonly AppliedSuppression[];
  readonly skipped: readonly SkippedFile[];
  readonly counts: {
    readonly findings: SeverityCounts;
    readonly total: number;
    /** Findings with a preferred fix, what `--fix` would change. */
    readonly fixable: number;
    readonly suppressed: number;
    readonly files: number;
    readonly instances: Readonly<Record<Verdict, number>> & { readonly total: number };
  };
}

/**
 * Each requirement as the rule that decides it declares it (its settings, whether it applies), in
 * the reports' order. A finding counts against the requirement whose settings include its own.
 */
const REQUIREMENTS: readonly Requirement[] = REQUIREMENT_IDS.map((id) => {
  const requirement = RULES.find((rule) => rule.requirement?.id === id)?.requirement;
  if (!requirement) throw new Error(`no rule declares the filing requirement ${id}`);
  return requirement;
});

/** The rules (ICP011, ICP012) whose findings make a requirement unknown rather than failed. */
const UNRESOLVED_RULES = new Set(RULES.filter((rule) => rule.meansUnknown).map((rule) => rule.id as string));

function requirementOf(finding: Finding): RequirementId | undefined {
  const setting = finding.setting;
  return setting === undefined ? undefined : REQUIREMENTS.find((r) => r.settings.includes(setting))?.id;
}

function statusOf(
  instance: Instance,
  requirement: Requirement,
  findings: readonly Finding[],
  suppressions: readonly AppliedSuppression[],
  assumedRegion: string | undefined,
): RequirementStatus {
  const applies = requirement.applies?.(instance) ?? true;
  // Read from a part of a file that did not parse: nothing about it is known.
  if (instance.unread) return applies ? 'unknown' : 'not-applicable';
  if (!applies) return findings.length > 0 ? (worstStatus(findings) ?? 'pass') : 'not-applicable';
  const worst = worstStatus(findings);
  if (worst) return worst;
  if (requirement.settings.some((s) => settingValue(instance, s)?.kind === 'unknown')) return 'unknown';
  if (requirement.id === 'region' && instance.region === undefined && assumedRegion === undefined)
    return 'unknown';
  if (suppressions.length > 0) return 'suppressed';
  return 'pass';
}

/** fail > warn > unknown, from the findings alone; undefined when none of them decides. */
function worstStatus(findings: readonly Finding[]): RequirementStatus | undefined {
  if (findings.some((f) => f.severity === 'error' && !UNRESOLVED_RULES.has(f.ruleId))) return 'fail';
  if (findings.some((f) => f.severity === 'warning' && !UNRESOLVED_RULES.has(f.ruleId))) return 'warn';
  if (findings.some((f) => UNRESOLVED_RULES.has(f.ruleId))) return 'unknown';
  return undefined;
}

function verdictOf(
  requirements: readonly RequirementCheck[],
  findings: readonly Finding[],
  suppressions: readonly AppliedSuppression[],
): Verdict {
  const statuses = new Set(requirements.map((r) => r.status));
  if (statuses.has('fail') || findings.some((f) => f.severity === 'error')) return 'not-ready';
  if (statuses.has('unknown') || findings.some((f) => UNRESOLVED_RULES.has(f.ruleId))) return 'unknown';
  if (suppressions.some((s) => s.suppressed.severity === 'error')) return 'waived';
  if (statuses.has('warn') || findings.some((f) => f.severity === 'warning')) return 'at-risk';
  return 'ready';
}

export function countSeverities(findings: readonly Finding[]): SeverityCounts {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function isFixable(finding: Finding): boolean {
  return finding.fixes.some((fix) => fix.preferred && fix.edits.length > 0);
}

export interface ReadinessOptions {
  /** Region assumed where none is stated (`--region`, configuration); a missing region is then not unknown. */
  readonly assumedRegion?: string;
}

export function buildReadiness(result: CheckResult, options: ReadinessOptions = {}): ReadinessReport {
  const findingsOf = new Map<string, Finding[]>();
  const suppressionsOf = new Map<string, AppliedSuppression[]>();
  const otherFindings: Finding[] = [];
  const keys = new Set(result.instances.map(instanceKey));
  const aboutKeys = (finding: Finding) => (finding.instanceKeys ?? []).filter((key) => keys.has(key));

  const add = <T>(lists: Map<string, T[]>, key: string, item: T) => {
    const list = lists.get(key);
    if (list) list.push(item);
    else lists.set(key, [item]);
  };
  for (const finding of result.findings) {
    const about = aboutKeys(finding);
    if (about.length === 0) otherFindings.push(finding);
    for (const key of about) add(findingsOf, key, finding);
  }
  for (const suppression of result.suppressions)
    for (const key of aboutKeys(suppression.suppressed)) add(suppressionsOf, key, suppression);

  const instances = result.instances.map((instance): InstanceReadiness => {
    const findings = findingsOf.get(instanceKey(instance)) ?? [];
    const suppressions = suppressionsOf.get(instanceKey(instance)) ?? [];
    const requirements = REQUIREMENTS.map((requirement): RequirementCheck => {
      const mine = findings.filter((f) => requirementOf(f) === requirement.id);
      const mySuppressions = suppressions.filter((s) => requirementOf(s.suppressed) === requirement.id);
      return {
        id: requirement.id,
        status: statusOf(instance, requirement, mine, mySuppressions, options.assumedRegion),
        findings: mine,
        suppressions: mySuppressions,
      };
    });
    return {
      instance,
      verdict: verdictOf(requirements, findings, suppressions),
      requirements,
      findings,
      suppressions,
    };
  });

  const byVerdict: Record<Verdict, number> = {
    ready: 0,
    'at-risk': 0,
    waived: 0,
    unknown: 0,
    'not-ready': 0,
  };
  for (const i of instances) byVerdict[i.verdict]++;
  const severities = countSeverities(result.findings);

  return {
    verdict: overallVerdict(instances, severities, result.findings),
    instances,
    otherFindings,
    suppressions: result.suppressions,
    skipped: result.skipped,
    counts: {
      findings: severities,
      total: result.findings.length,
      fixable: result.findings.filter(isFixable).length,
      suppressed: result.suppressions.length,
      files: result.checkedFiles.length,
      instances: { ...byVerdict, total: instances.length },
    },
  };
}

/** Not ready exactly when an error-level finding remains, so the verdict agrees with the exit status. */
function overallVerdict(
  instances: readonly InstanceReadiness[],
  severities: SeverityCounts,
  findings: readonly Finding[],
): OverallVerdict {
  if (severities.error > 0) return 'not-ready';
  if (instances.length === 0) return 'no-instances';
  if (instances.some((i) => i.verdict === 'unknown') || findings.some((f) => UNRESOLVED_RULES.has(f.ruleId)))
    return 'unknown';
  if (severities.warning > 0 || instances.some((i) => i.verdict === 'at-risk')) return 'at-risk';
  return 'ready';
}
