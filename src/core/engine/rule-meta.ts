import type { Finding, RelatedLocation, Severity } from '../model/finding';
import type { Fix } from '../model/fix';
import type { Location } from '../model/location';
import { format, type Localized, type MessageData } from '../model/localized';
import { invalidInput } from '../rules/ICP000-invalid-input';
import { valueUnresolved } from '../rules/ICP012-value-unresolved';
import { invalidSuppression } from '../rules/ICP014-invalid-suppression';
import type { Rule } from '../rules/rule';

/** The rules the engine itself reports (parse problems, unresolved values, suppression problems). */
const ENGINE_RULES: readonly Rule[] = [invalidInput, valueUnresolved, invalidSuppression];

/** What the engine needs of a rule to write a finding for it. */
export interface RuleMeta {
  readonly id: string;
  readonly name: string;
  readonly severity: Severity;
  readonly messages: Readonly<Record<string, Localized>>;
}

/**
 * The registry's rule; for ICP000, ICP012 and ICP014, which the engine reports whatever registry it
 * runs with (a test's stub registry has none of them), the rule files themselves. Either way the
 * texts come from a rule file, never from a copy.
 */
export function ruleMeta(id: string, findRule: (idOrName: string) => Rule | undefined): RuleMeta {
  const rule = findRule(id) ?? ENGINE_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id} in the registry`);
  return { id: rule.id, name: rule.name, severity: rule.severity, messages: rule.messages };
}

export interface FindingDraft {
  readonly messageId: string;
  readonly data?: MessageData;
  /** Per-language data, for placeholders whose value is itself localized (an ICP000 detail). */
  readonly localizedData?: Readonly<Record<string, Localized>>;
  readonly at: Location;
  readonly related?: readonly RelatedLocation[];
  readonly fixes?: readonly Fix[];
  readonly severity?: Severity;
  readonly instance?: string;
}

/**
 * Turns a report into a finding. The configuration's setting wins over the severity a rule chose;
 * `off` gives no finding. An unknown message id throws, so the caller reports the rule as broken.
 */
export function makeFinding(
  meta: RuleMeta,
  setting: Severity | 'off' | undefined,
  draft: FindingDraft,
): Finding | undefined {
  if (setting === 'off') return undefined;
  const template = Object.prototype.hasOwnProperty.call(meta.messages, draft.messageId)
    ? meta.messages[draft.messageId]
    : undefined;
  if (!template) throw new Error(`unknown message id "${draft.messageId}"`);
  return {
    ruleId: meta.id,
    ruleName: meta.name,
    severity: setting ?? draft.severity ?? meta.severity,
    messageId: draft.messageId,
    message: fill(template, draft.data, draft.localizedData),
    at: draft.at,
    related: draft.related ?? [],
    fixes: draft.fixes ?? [],
    ...(draft.instance !== undefined ? { instance: draft.instance } : {}),
  };
}

function fill(
  template: Localized,
  data: MessageData = {},
  localizedData: Readonly<Record<string, Localized>> = {},
): Localized {
  // Data the same in both languages fills both at once.
  if (Object.keys(localizedData).length === 0) return format(template, data);
  const en = format(template, { ...data, ...pick(localizedData, 'en') }).en;
  const zh = format(template, { ...data, ...pick(localizedData, 'zh-cn') })['zh-cn'];
  return { en, 'zh-cn': zh };
}

function pick(data: Readonly<Record<string, Localized>>, lang: 'en' | 'zh-cn'): Record<string, string> {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v[lang]]));
}

/** A short, single-line description of something thrown, for an ICP000 message. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
