import type { Location } from './location';
import type { Localized, MessageData } from './localized';
import type { Fix } from './fix';
import type { Instance } from './instance';
import type { InstanceSetting } from './setting';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export interface RelatedLocation {
  readonly at: Location;
  readonly message: Localized;
}

export interface Finding {
  readonly ruleId: string;
  readonly ruleName: string;
  readonly severity: Severity;
  /** The message id within the rule's `messages`, so tests and translations can name it. */
  readonly messageId: string;
  readonly message: Localized;
  readonly at: Location;
  readonly related: readonly RelatedLocation[];
  readonly fixes: readonly Fix[];
  /** The name of the instance the finding is about, for people; `instanceKeys` says which instance it is. */
  readonly instance?: string;
  /**
   * The keys (`instanceKey`) of the instances the finding is about: one, or every instance that
   * reaches a literal in a called module that no call can change (reported once, on the literal).
   */
  readonly instanceKeys?: readonly string[];
  /** The setting of the instance the finding is about: the filing requirement it counts against. */
  readonly setting?: InstanceSetting;
}

/**
 * What a rule, or the engine, reports: a finding before `makeFinding` (engine/rule-meta.ts)
 * adds the rule's id, name, severity and message text, and the instance's name and key. A severity
 * is only for rules whose severity depends on the case (ICP005); the configuration still wins.
 */
export type FindingReport = Pick<Finding, 'messageId' | 'at'> &
  Partial<Pick<Finding, 'related' | 'fixes' | 'severity' | 'setting'>> & {
    readonly data?: MessageData;
    /** Per-language data, for placeholders whose value is itself localized (an ICP000 detail). */
    readonly localizedData?: Readonly<Record<string, Localized>>;
    /** The instance the finding is about, when there is one; a rule's own instance by default. */
    readonly instance?: Instance;
  };

/** An `icp-ignore` directive that matched, counted in reports. */
export interface AppliedSuppression {
  readonly ruleId: string;
  readonly reason: string;
  readonly expires?: string;
  readonly at: Location;
  readonly suppressed: Finding;
}
