import type { Instance, SourceFormat } from '../model/instance';
import type { Finding, FindingReport, Severity } from '../model/finding';
import type { Localized } from '../model/localized';
import type { InstanceSetting } from '../model/setting';
import type { Unknown } from '../model/value';
import type { RequirementId } from '../model/requirement';
import type { SettingKey } from './settings';

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
  /** IDs of the sources in docs/sources.md the rule rests on (`service-number-faq`, `terraform-provider`, …). */
  readonly sources: readonly string[];
  /** One line: what the rule reports. */
  readonly summary: Localized;
  /** Why the filing fails without it. */
  readonly why: Localized;
  readonly howToFix: Localized;
  readonly failing: readonly DocExample[];
  readonly passing: readonly DocExample[];
}

export interface RuleContext {
  /** A finding about the instance being checked (or the one `report.instance` names). */
  report(report: FindingReport): void;
  /** A value this rule needs is an expression that cannot be evaluated: ICP012 says so once, no finding is guessed. */
  unresolved(instance: Instance, value: Unknown, setting: SettingKey): void;
  /** ISO date (YYYY-MM-DD) that expiry is measured from. */
  readonly today: string;
  /** Mainland regions offered by region fixes, the configured preferred one first. */
  readonly regionChoices: readonly string[];
}

export interface Rule {
  readonly id: RuleId;
  readonly name: string;
  readonly severity: Severity;
  readonly docs: RuleDocs;
  readonly messages: Readonly<Record<string, Localized>>;
  /** Whether the rule offers a fix beyond "suppress" and "show documentation". */
  readonly fixable: boolean;
  /** The titles of the fixes the rule offers, by id; their `{placeholders}` are filled like a message's. */
  readonly fixTitles?: Readonly<Record<string, Localized>>;
  /** The filing requirement the rule decides, for the readiness report (ICP001–ICP009 one each). */
  readonly requirement?: Requirement;
  /** Its findings say a value cannot be determined: the requirement they count against is unknown, not failed. */
  readonly meansUnknown?: true;
  readonly appliesTo: readonly SourceFormat[];
  /** Checks one instance. */
  checkInstance?(instance: Instance, context: RuleContext): void;
  /** Checks all instances of one file together (service numbers reused across a spec). */
  checkFile?(instances: readonly Instance[], context: RuleContext): void;
}

/**
 * One filing requirement, as the readiness report shows it: the instance settings it depends on
 * (findings about them count against it; one of them unknown makes it unknown) and whether it
 * applies to an instance at all.
 */
export interface Requirement {
  readonly id: RequirementId;
  readonly settings: readonly InstanceSetting[];
  /** Undefined: it applies to every instance. */
  applies?(instance: Instance): boolean;
}

export type { Finding, FindingReport };
