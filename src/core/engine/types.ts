import type { Config } from './config';
import type { AppliedSuppression, Finding } from '../model/finding';
import type { Instance } from '../model/instance';
import type { Localized } from '../model/localized';

/** A file handed to the engine. The engine never reads the file system itself. */
export interface SourceFile {
  /** Path or URI, used verbatim in every Location. Terraform files sharing a folder form one module. */
  readonly path: string;
  readonly text: string;
  /**
   * How to read a file whose name does not say (an editor buffer never saved, `untitled:Untitled-1`):
   * its language mode. A name that says `.tf`, `.yaml` or `.json` always decides.
   */
  readonly syntax?: SourceSyntax;
}

export type SourceSyntax = 'terraform' | 'yaml' | 'json';

export interface CheckOptions {
  readonly config?: Config;
  /** YYYY-MM-DD; defaults to the current date. */
  readonly today?: string;
  /** `--region`: assumed where no region can be determined (wins over the configuration's `region`). */
  readonly region?: string;
  /**
   * Milliseconds a file may take (its share of parsing plus its rules) before the remaining rules
   * for it are skipped and it is listed in `skipped` with `partial: true`. Default 10 000.
   */
  readonly fileTimeBudgetMs?: number;
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
