import type { CheckResult, SkippedFile } from '../engine/types';
import type { AppliedSuppression, Finding, Severity } from '../model/finding';
import type { Instance } from '../model/instance';
import type { Location } from '../model/location';
import { folderOf } from '../model/paths';
import type { Value } from '../model/value';

/**
 * The go / no-go model behind the markdown report, the JSON `instances` and the extension's report
 * view: per instance, each filing requirement with its status, and a verdict per instance and overall.
 * Built from a CheckResult alone (no texts, no positions), so every surface shows the same answer.
 */

export type RequirementId =
  'region' | 'billing' | 'period' | 'public-ip' | 'expiry' | 'status' | 'quota' | 'service-numbers' | 'order';
export const REQUIREMENT_IDS: readonly RequirementId[] = [
  'region',
  'billing',
  'period',
  'public-ip',
  'expiry',
  'status',
  'quota',
  'service-numbers',
  'order',
];

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

/** Which rules speak about which requirement. ICP011 / ICP012 make it unknown rather than failed. */
const RULES_OF: Readonly<Record<RequirementId, readonly string[]>> = {
  region: ['ICP001', 'ICP011'],
  billing: ['ICP002'],
  period: ['ICP003'],
  'public-ip': ['ICP004', 'ICP013'],
  expiry: ['ICP005', 'ICP010'],
  status: ['ICP006'],
  quota: ['ICP007'],
  'service-numbers': ['ICP008'],
  order: ['ICP009'],
};

const UNRESOLVED_RULES = new Set(['ICP011', 'ICP012']);

/** The instance values each requirement depends on; an ICP012 finding at one of them belongs to it. */
function valuesOf(instance: Instance, id: RequirementId): readonly (Value<unknown> | undefined)[] {
  switch (id) {
    case 'region':
      return [instance.region];
    case 'billing':
      return [instance.chargeType, instance.spotStrategy];
    case 'period':
      return [instance.period, instance.periodUnit];
    case 'public-ip':
      return [instance.publicBandwidthMbps, instance.allocatePublicIp, instance.eipDeclared];
    case 'expiry':
      return [instance.expiresOn, instance.autoRenew, instance.renewalStatus];
    case 'status':
      return [instance.status];
    case 'order':
      return instance.order ? [instance.order.amount, instance.order.currency] : [];
    case 'quota':
    case 'service-numbers':
      return [];
  }
}

function applies(instance: Instance, id: RequirementId): boolean {
  switch (id) {
    case 'quota':
    case 'service-numbers':
      return instance.format === 'spec';
    case 'order':
      return (
        instance.order !== undefined ||
        instance.product === 'iot-package' ||
        instance.product === 'marketplace-site'
      );
    case 'period':
      // A pay-as-you-go instance has no subscription period to pass: a tick there would mislead.
      return instance.chargeType?.kind !== 'known' || instance.chargeType.value === 'subscription';
    case 'public-ip':
      // Only ECS and ENS have a configurable public IP; a Simple Application Server always has one.
      return (
        instance.product === 'ecs' ||
        instance.product === 'ens' ||
        instance.product === 'simple-application-server'
      );
    default:
      return true;
  }
}

function sameLocation(a: Location, b: Location): boolean {
  return a.file === b.file && a.start === b.start && a.end === b.end;
}

function requirementOf(finding: Finding, instance: Instance | undefined): RequirementId | undefined {
  for (const id of REQUIREMENT_IDS) if (RULES_OF[id].includes(finding.ruleId)) return id;
  if (finding.ruleId === 'ICP012' && instance) {
    for (const id of REQUIREMENT_IDS) {
      if (valuesOf(instance, id).some((v) => v !== undefined && sameLocation(v.at, finding.at))) return id;
    }
  }
  return undefined;
}

/**
 * Finds the instance a finding is about. `Finding.instance` is a name, and names repeat across
 * modules (`alicloud_instance.web` in two folders), so the file decides between equal names: the
 * instance's own file first, then its Terraform module (folder).
 */
export function instanceMatcher(instances: readonly Instance[]): (finding: Finding) => Instance | undefined {
  const byName = new Map<string, Instance[]>();
  for (const instance of instances) {
    const list = byName.get(instance.name) ?? [];
    list.push(instance);
    byName.set(instance.name, list);
  }
  return (finding) => {
    if (finding.instance === undefined) return undefined;
    const candidates = byName.get(finding.instance) ?? [];
    if (candidates.length <= 1) return candidates[0];
    return (
      candidates.find((i) => i.file === finding.at.file) ??
      candidates.find((i) => folderOf(i.file) === folderOf(finding.at.file)) ??
      candidates[0]
    );
  };
}

function statusOf(
  instance: Instance,
  id: RequirementId,
  findings: readonly Finding[],
  suppressions: readonly AppliedSuppression[],
  assumedRegion: string | undefined,
): RequirementStatus {
  // Read from a part of a file that did not parse: nothing about it is known.
  if (instance.unread) return applies(instance, id) ? 'unknown' : 'not-applicable';
  if (!applies(instance, id))
    return findings.length > 0 ? (worstStatus(findings) ?? 'pass') : 'not-applicable';
  const worst = worstStatus(findings);
  if (worst) return worst;
  const values = valuesOf(instance, id);
  if (values.some((v) => v?.kind === 'unknown')) return 'unknown';
  if (id === 'region' && instance.region === undefined && assumedRegion === undefined) return 'unknown';
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
  const matchInstance = instanceMatcher(result.instances);
  const findingsOf = new Map<Instance, Finding[]>();
  const suppressionsOf = new Map<Instance, AppliedSuppression[]>();
  const otherFindings: Finding[] = [];

  for (const finding of result.findings) {
    const instance = matchInstance(finding);
    if (!instance) otherFindings.push(finding);
    else findingsOf.set(instance, [...(findingsOf.get(instance) ?? []), finding]);
  }
  for (const suppression of result.suppressions) {
    const instance = matchInstance(suppression.suppressed);
    if (instance) suppressionsOf.set(instance, [...(suppressionsOf.get(instance) ?? []), suppression]);
  }

  const instances = result.instances.map((instance): InstanceReadiness => {
    const findings = findingsOf.get(instance) ?? [];
    const suppressions = suppressionsOf.get(instance) ?? [];
    const requirements = REQUIREMENT_IDS.map((id): RequirementCheck => {
      const mine = findings.filter((f) => requirementOf(f, instance) === id);
      const mySuppressions = suppressions.filter((s) => requirementOf(s.suppressed, instance) === id);
      return {
        id,
        status: statusOf(instance, id, mine, mySuppressions, options.assumedRegion),
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
