import type { CheckResult } from '../engine/types';
import type { Severity } from '../model/finding';
import type { Lang, Localized } from '../model/localized';

/**
 * What a formatter needs to know about a rule. A structural subset of `Rule`, so the CLI passes the
 * registry as is and tests can pass a hand-built list.
 */
export interface RuleMeta {
  readonly id: string;
  readonly name: string;
  readonly severity: Severity;
  readonly fixable?: boolean;
  readonly docs: { readonly url: string; readonly summary: Localized };
}

/** Everything a formatter turns into text. Formatters are pure: no clock, no file system, no env. */
export interface ReportInput {
  readonly result: CheckResult;
  /** Text of every file handed to the engine (and edited by fixes), keyed by the path used in Locations. */
  readonly texts: ReadonlyMap<string, string>;
  readonly rules: readonly RuleMeta[];
  readonly lang: Lang;
  readonly tool: { readonly name: string; readonly version: string };
  /** The date expiry was measured from (YYYY-MM-DD). */
  readonly today: string;
  /** Region assumed where none is stated (`--region` or the configuration), if any. */
  readonly assumedRegion?: string;
}

export type ReportFormat = 'stylish' | 'json' | 'sarif' | 'markdown' | 'junit' | 'gitlab';
export const REPORT_FORMATS: readonly ReportFormat[] = [
  'stylish',
  'json',
  'sarif',
  'markdown',
  'junit',
  'gitlab',
];
