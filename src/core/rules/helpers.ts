import type { RelatedLocation } from '../model/finding';
import type { Fix, TextEdit } from '../model/fix';
import type { Instance } from '../model/instance';
import { formatLocalized, type Localized, type MessageData } from '../model/localized';
import type { Known, Value } from '../model/value';
import type { Rule, RuleContext } from './rule';
import type { SettingKey } from './settings';

/** A value's chain of origins as related locations (variable default, tfvars line, provider block …). */
export function originsOf(value: Value<unknown> | undefined): RelatedLocation[] {
  return value ? value.origins.map((o) => ({ at: o.at, message: o.label })) : [];
}

/** A title from the rule's `fixTitles`, filled like a message; an unknown id throws, as an unknown message id does. */
export function fixTitle(
  rule: Rule,
  id: string,
  data?: MessageData,
  localizedData?: Readonly<Record<string, Localized>>,
): Localized {
  const titles = rule.fixTitles ?? {};
  if (!Object.prototype.hasOwnProperty.call(titles, id))
    throw new Error(`${rule.id} has no fix title "${id}"`);
  return formatLocalized(titles[id], data, localizedData);
}

/**
 * A fix from setter results. Any part that is undefined (no setter, or the setter cannot write
 * here) means no fix at all: a fix that only half works would leave the instance failing.
 */
export function fixOf(
  title: Localized,
  preferred: boolean,
  ...parts: (readonly TextEdit[] | undefined)[]
): Fix | undefined {
  if (parts.length === 0 || parts.some((p) => p === undefined)) return undefined;
  const edits = joinInsertions(parts.flatMap((p) => p ?? []));
  return edits.length > 0 ? { title, preferred, edits } : undefined;
}

/**
 * Two settings added at one place (a charge type and a period on a module call) become one edit
 * with both lines in order: edits starting at one offset would otherwise conflict.
 */
function joinInsertions(edits: readonly TextEdit[]): TextEdit[] {
  const joined: TextEdit[] = [];
  for (const edit of edits) {
    const i = joined.findIndex(
      (e) => e.file === edit.file && e.start === e.end && edit.start === edit.end && e.start === edit.start,
    );
    if (i < 0) joined.push(edit);
    else joined[i] = { ...joined[i], newText: joined[i].newText + edit.newText };
  }
  return joined;
}

export function fixesOf(...fixes: (Fix | undefined)[]): Fix[] {
  return fixes.filter((f): f is Fix => f !== undefined);
}

/**
 * The known value of a setting, or undefined. An unknown value is handed to ICP012 (`unresolved`)
 * and also yields undefined, so the rule reports nothing: an unknown is never guessed.
 */
export function knownOrUnresolved<T>(
  instance: Instance,
  value: Value<T> | undefined,
  key: SettingKey,
  context: RuleContext,
): Known<T> | undefined {
  if (value === undefined) return undefined;
  if (value.kind === 'unknown') {
    // A value the platform rejects is already an ICP000; it is not "cannot be evaluated".
    if (!value.notAllowed) context.unresolved(instance, value, key);
    return undefined;
  }
  return value;
}

/** The known value without reporting anything (for values another rule already reports as unresolved). */
export function knownOnly<T>(value: Value<T> | undefined): Known<T> | undefined {
  return value?.kind === 'known' ? value : undefined;
}

/** A number of months for a fix title, in each language (English needs the plural, Chinese does not). */
export function monthsOf(n: number): Localized {
  return { en: n === 1 ? '1 month' : `${n} months`, 'zh-cn': `${n} 个月` };
}
