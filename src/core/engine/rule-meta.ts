import type { Finding, FindingReport, Severity } from '../model/finding';
import { instanceKey } from '../model/instance-key';
import { formatLocalized } from '../model/localized';
import { invalidInput } from '../rules/ICP000-invalid-input';
import { valueUnresolved } from '../rules/ICP012-value-unresolved';
import { invalidSuppression } from '../rules/ICP014-invalid-suppression';
import type { Rule } from '../rules/rule';

/** The rules the engine itself reports (parse problems, unresolved values, suppression problems). */
const ENGINE_RULES: readonly Rule[] = [invalidInput, valueUnresolved, invalidSuppression];

/** What the engine needs of a rule to write a finding for it. */
export type RuleMeta = Pick<Rule, 'id' | 'name' | 'severity' | 'messages'>;

/**
 * The registry's rule; for ICP000, ICP012 and ICP014, which the engine reports whatever registry it
 * runs with (a test's stub registry has none of them), the rule files themselves. Either way the
 * texts come from a rule file, never from a copy.
 */
export function ruleMeta(id: string, findRule: (idOrName: string) => Rule | undefined): RuleMeta {
  const rule = findRule(id) ?? ENGINE_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id} in the registry`);
  return rule;
}

/**
 * The one place a finding is made: a rule's (or the engine's) report, completed with the rule's id,
 * name and message text, and the instance's name and key. The configuration's setting wins over the
 * severity a rule chose; `off` gives no finding. An unknown message id throws, so the caller reports
 * the rule as broken.
 */
export function makeFinding(
  meta: RuleMeta,
  setting: Severity | 'off' | undefined,
  report: FindingReport,
): Finding | undefined {
  if (setting === 'off') return undefined;
  const template = Object.prototype.hasOwnProperty.call(meta.messages, report.messageId)
    ? meta.messages[report.messageId]
    : undefined;
  if (!template) throw new Error(`unknown message id "${report.messageId}"`);
  const about = report.instance;
  return {
    ruleId: meta.id,
    ruleName: meta.name,
    severity: setting ?? report.severity ?? meta.severity,
    messageId: report.messageId,
    message: formatLocalized(template, report.data, report.localizedData),
    at: report.at,
    related: report.related ?? [],
    fixes: report.fixes ?? [],
    ...(about ? { instance: about.name, instanceKeys: [instanceKey(about)] } : {}),
    ...(report.setting !== undefined ? { setting: report.setting } : {}),
  };
}

/** A short, single-line description of something thrown, for an ICP000 message. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
