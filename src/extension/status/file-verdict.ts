import { buildReadiness, type Verdict } from '../../core/report';
import type { CheckResult } from '../../core';

/** From best to worst: a waived instance is better than one that cannot be judged. */
const ORDER: readonly Verdict[] = ['ready', 'at-risk', 'waived', 'unknown', 'not-ready'];

export interface FileVerdict {
  readonly verdict: Verdict;
  readonly instances: number;
  readonly errors: number;
}

/**
 * The verdict of one file for the status bar: the worst verdict of the instances defined in it.
 * Undefined when the file defines no instance (a variables.tf, say). Pure.
 */
export function fileVerdict(result: CheckResult, file: string): FileVerdict | undefined {
  const readiness = buildReadiness(result);
  const mine = readiness.instances.filter((i) => i.instance.file === file);
  if (mine.length === 0) return undefined;
  const verdict = mine.reduce<Verdict>(
    (worst, i) => (ORDER.indexOf(i.verdict) > ORDER.indexOf(worst) ? i.verdict : worst),
    'ready',
  );
  const errors = result.findings.filter((f) => f.at.file === file && f.severity === 'error').length;
  return { verdict, instances: mine.length, errors };
}
