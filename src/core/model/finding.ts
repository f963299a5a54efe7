import type { Location } from './location';
import type { Localized } from './localized';
import type { Fix } from './fix';

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
  /** The instance the finding is about, when there is one. */
  readonly instance?: string;
}

/** An `icp-ignore` directive that matched, counted in reports. */
export interface AppliedSuppression {
  readonly ruleId: string;
  readonly reason: string;
  readonly expires?: string;
  readonly at: Location;
  readonly suppressed: Finding;
}
