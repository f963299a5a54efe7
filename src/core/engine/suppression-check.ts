import type { AppliedSuppression, Finding } from '../model/finding';
import type { Location } from '../model/location';
import type { MessageData } from '../model/localized';
import type { Rule } from '../rules/rule';
import type { SuppressionDirective } from './suppressions';

/** The rule that reports bad directives; its own findings can never be suppressed. */
export const INVALID_SUPPRESSION = 'ICP014';

/** Something wrong with a directive: becomes an ICP014 finding with this message id at `at`. */
export interface DirectiveProblem {
  readonly messageId:
    'noReason' | 'placeholderReason' | 'unknownRule' | 'invalidExpires' | 'expired' | 'forbidden';
  readonly data: MessageData;
  readonly at: Location;
}

/** A directive that is honoured, with the rule IDs it resolved to. */
export interface ActiveSuppression {
  readonly directive: SuppressionDirective;
  readonly ruleIds: ReadonlySet<string>;
}

export interface DirectivePolicy {
  readonly findRule: (idOrName: string) => Rule | undefined;
  /** YYYY-MM-DD: a directive whose `expires` is before this day no longer applies. */
  readonly today: string;
  /** `allowSuppressions` from the configuration. */
  readonly allowed: boolean;
}

/**
 * Decides which directives apply. A directive without a reason, or past its `expires`, applies to
 * nothing (the findings come back); an unknown rule token is reported and the others still apply.
 */
export function evaluateDirectives(
  directives: readonly SuppressionDirective[],
  policy: DirectivePolicy,
): { active: ActiveSuppression[]; problems: DirectiveProblem[] } {
  const active: ActiveSuppression[] = [];
  const problems: DirectiveProblem[] = [];
  for (const directive of directives) {
    if (!policy.allowed) {
      problems.push({ messageId: 'forbidden', data: {}, at: directive.at });
      continue;
    }
    const ruleIds = new Set<string>();
    for (const token of directive.rules) {
      const rule = policy.findRule(token.token);
      if (rule) ruleIds.add(rule.id);
      else problems.push({ messageId: 'unknownRule', data: { rule: token.token }, at: token.at });
    }
    if (directive.rules.length === 0)
      problems.push({ messageId: 'unknownRule', data: { rule: '' }, at: directive.at });
    if (!directive.reason) {
      problems.push({ messageId: 'noReason', data: { directive: directive.text }, at: directive.at });
      continue;
    }
    if (isPlaceholderReason(directive.reason)) {
      problems.push({
        messageId: 'placeholderReason',
        data: { directive: directive.text, reason: directive.reason.trim() },
        at: directive.at,
      });
      continue;
    }
    if (directive.expires !== undefined && !isIsoDate(directive.expires)) {
      // No such day (2027-02-30) or not a date: it applies to nothing, and the message says why, not "expired".
      const rule = directive.rules.map((r) => r.token).join(', ');
      problems.push({
        messageId: 'invalidExpires',
        data: { rule, expires: directive.expires },
        at: directive.at,
      });
      continue;
    }
    if (directive.expires !== undefined && !isStillValid(directive.expires, policy.today)) {
      const rule = directive.rules.map((r) => r.token).join(', ');
      problems.push({ messageId: 'expired', data: { rule, expires: directive.expires }, at: directive.at });
      continue;
    }
    if (ruleIds.size > 0) active.push({ directive, ruleIds });
  }
  return { active, problems };
}

/**
 * The reason the editor's "suppress with a reason" quick fix writes for the user to replace, in
 * each language. Left as it is, it says nothing about why: the same as no reason.
 */
export const REASON_PLACEHOLDER = { en: 'why this is acceptable', 'zh-cn': '可以接受的原因' } as const;

function isPlaceholderReason(reason: string): boolean {
  const said = reason.trim().toLowerCase();
  return said === REASON_PLACEHOLDER.en || said === REASON_PLACEHOLDER['zh-cn'];
}

/** True when `expires` is a real date on or after `today` (the directive still holds on its last day). */
export function isStillValid(expires: string, today: string): boolean {
  if (!isIsoDate(expires)) return false;
  return expires >= today;
}

export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * Removes the findings that an active directive covers (same file, start inside its span, rule
 * named) and records each as an applied suppression. ICP014 findings are never removed.
 */
export function applySuppressions(
  findings: readonly Finding[],
  active: readonly ActiveSuppression[],
): { kept: Finding[]; applied: AppliedSuppression[] } {
  const kept: Finding[] = [];
  const applied: AppliedSuppression[] = [];
  for (const finding of findings) {
    const match = finding.ruleId === INVALID_SUPPRESSION ? undefined : active.find((s) => covers(s, finding));
    if (!match) {
      kept.push(finding);
      continue;
    }
    applied.push({
      ruleId: finding.ruleId,
      reason: match.directive.reason ?? '',
      ...(match.directive.expires !== undefined ? { expires: match.directive.expires } : {}),
      at: match.directive.at,
      suppressed: finding,
    });
  }
  return { kept, applied };
}

function covers(suppression: ActiveSuppression, finding: Finding): boolean {
  const { directive } = suppression;
  return (
    suppression.ruleIds.has(finding.ruleId) &&
    finding.at.file === directive.file &&
    finding.at.start >= directive.covers.start &&
    finding.at.start <= directive.covers.end
  );
}
