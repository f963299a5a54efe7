import type { Finding, Severity } from '../model/finding';
import { fingerprint } from './fingerprint';
import { sortFindings } from './order';
import { Positions } from './positions';
import type { ReportInput } from './types';

/**
 * `--format gitlab`: a GitLab Code Quality report (`artifacts:reports:codequality`), the subset of
 * the Code Climate issue format GitLab reads: an array of { description, check_name, fingerprint,
 * severity, location: { path, lines: { begin } } }, lines 1-based.
 *
 * The merge-request widget tells new findings from fixed ones by fingerprint, so a fingerprint
 * leaves out everything that moves when unrelated lines change (line, column, the value in the
 * message): it is the rule, the message id, the file and the instance; for a finding about no
 * instance, its message instead; and a counter for findings that would otherwise collide.
 * Suppressed findings are not reported (Code Quality has no notion of a waived issue).
 */
export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/** As the common linters map theirs: errors rank above warnings; notes are informational. */
const SEVERITY: Readonly<Record<Severity, CodeQualitySeverity>> = {
  error: 'major',
  warning: 'minor',
  info: 'info',
  hint: 'info',
};

export interface CodeQualityIssue {
  readonly description: string;
  readonly check_name: string;
  readonly fingerprint: string;
  readonly severity: CodeQualitySeverity;
  readonly location: { readonly path: string; readonly lines: { readonly begin: number } };
}

export function buildCodeQuality(input: ReportInput): CodeQualityIssue[] {
  const positions = new Positions(input.texts);
  const seen = new Map<string, number>();
  return sortFindings(input.result.findings).map((f) => {
    const identity = identityOf(f);
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    return {
      description: `${f.ruleId}: ${f.message[input.lang]}`,
      check_name: f.ruleId,
      fingerprint: fingerprint(`${identity}\u0000${occurrence}`),
      severity: SEVERITY[f.severity],
      location: { path: f.at.file, lines: { begin: positions.range(f.at).startLine } },
    };
  });
}

function identityOf(f: Finding): string {
  return [
    f.ruleId,
    f.messageId,
    f.at.file,
    f.instance ?? '',
    f.instance === undefined ? f.message.en : '',
  ].join('\u0000');
}

export function formatGitlab(input: ReportInput): string {
  return JSON.stringify(buildCodeQuality(input), null, 2) + '\n';
}
