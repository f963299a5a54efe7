import type { Config } from './config';
import type { AppliedSuppression, Finding } from '../model/finding';
import type { Instance } from '../model/instance';
import type { Localized } from '../model/localized';

// Defined in the model, so parsers need not import the engine; kept here for the engine's own imports.
export type { SourceFile, SourceSyntax } from '../model/source-file';

export interface CheckOptions {
  readonly config?: Config;
  /** YYYY-MM-DD; defaults to the current date. */
  readonly today?: string;
  /** `--region`: assumed where no region can be determined (wins over the configuration's `region`). */
  readonly region?: string;
  /**
   * Units of work a file may take (its characters, instances, rule calls and findings, each at its
   * cost in work-budget.ts) before it is not checked: an error ICP000 and none of its findings, the
   * same on every run. Default 12 000 000, at most 400 000 000.
   */
  readonly fileWorkBudget?: number;
  /**
   * The last-resort wall-clock guard: milliseconds a file may take (its share of parsing plus its
   * rules) before it is not checked, like the work budget but machine-dependent. Default and ceiling 30 000.
   */
  readonly fileTimeBudgetMs?: number;
  /**
   * What the host found at folders that module calls name but that supplied no files (a missing
   * folder, a file, a folder without `.tf` files), from `gatherModuleSources`.
   */
  readonly moduleFolders?: ReadonlyMap<string, 'missing' | 'file' | 'empty'>;
}

export interface SkippedFile {
  readonly file: string;
  readonly reason: Localized;
  /** True when the file was checked but not completely (time budget spent); its findings so far are reported. */
  readonly partial?: boolean;
}

export interface CheckResult {
  readonly findings: readonly Finding[];
  readonly suppressions: readonly AppliedSuppression[];
  readonly instances: readonly Instance[];
  readonly skipped: readonly SkippedFile[];
  /** Files recognised as Terraform, ROS or an instance spec. */
  readonly checkedFiles: readonly string[];
}
