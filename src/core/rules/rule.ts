import type { Instance, SourceFormat } from '../model/instance';
import type { Finding, RelatedLocation, Severity } from '../model/finding';
import type { Fix } from '../model/fix';
import type { Location } from '../model/location';
import type { Localized, MessageData } from '../model/localized';
import type { Unknown } from '../model/value';

export type RuleId = `ICP0${number}`;

/** A snippet in a rule's documentation; the doc generator prints it, the registry test checks it. */
export interface DocExample {
  readonly format: SourceFormat;
  /** File name the snippet is checked as, e.g. `main.tf`, `template.ros.yaml`, `plan.icp.yaml`. */
  readonly file: string;
  readonly code: string;
}

export interface RuleDocs {
  readonly url: string;
  /** One line: what the rule reports. */
  readonly summary: Localized;
  /** Why the filing fails without it. */
  readonly why: Localized;
  readonly howToFix: Localized;
  /** IDs of the sources in docs/sources.md the rule rests on (`service-number-faq`, `terraform-provider`, …). */
  readonly sources: readonly string[];
  readonly failing: readonly DocExample[];
  readonly passing: readonly DocExample[];
}

export interface Report {
  readonly messageId: string;
  readonly data?: MessageData;
  readonly at: Location;
  readonly related?: readonly RelatedLocation[];
  readonly fixes?: readonly Fix[];
  /** Only for rules whose severity depends on the case (ICP005); configuration still wins. */
  readonly severity?: Severity;
  readonly instance?: Instance;
}

export interface RuleContext {
  /** ISO date (YYYY-MM-DD) that expiry is measured from. */
  readonly today: string;
  /** Mainland regions offered by region fixes, the configured preferred one first. */
  readonly regionChoices: readonly string[];
  report(report: Report): void;
  /** A value this rule needs is an expression that cannot be evaluated: ICP012 says so once, no finding is guessed. */
  unresolved(instance: Instance, value: Unknown, setting: string): void;
}

export interface Rule {
  readonly id: RuleId;
  readonly name: string;
  readonly severity: Severity;
  readonly docs: RuleDocs;
  readonly messages: Readonly<Record<string, Localized>>;
  /** Whether the rule offers a fix beyond "suppress" and "show documentation". */
  readonly fixable: boolean;
  readonly appliesTo: readonly SourceFormat[];
  /** Checks one instance. */
  checkInstance?(instance: Instance, context: RuleContext): void;
  /** Checks all instances of one file together (service numbers reused across a spec). */
  checkFile?(instances: readonly Instance[], context: RuleContext): void;
}

export type { Finding };
