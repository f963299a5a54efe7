import type { Rule } from '../rules/rule';
import type { ParseOutput } from '../parse/types';
import type { RuleMemo } from './run-rules';
import type { SourceFile } from './types';

/**
 * What the engine runs: the parsers and the rule registry. `check` binds the real ones; tests pass
 * stubs, so the engine's own behaviour (suppressions, crashes, ordering) is tested on its own.
 */
export interface CheckerParts {
  readonly rules: readonly Rule[];
  /** Looks a rule up by ID (`ICP002`) or name (`pay-as-you-go`). */
  readonly findRule: (idOrName: string) => Rule | undefined;
  /** The `.tf`, `terraform.tfvars` and `*.auto.tfvars` of one folder. */
  readonly parseTerraformModule: (files: readonly SourceFile[]) => ParseOutput;
  /** Undefined when the file is neither a ROS template nor an instance spec. */
  readonly parseYamlOrJsonFile: (file: SourceFile) => ParseOutput | undefined;
  /** Milliseconds, for the per-file time budget; `Date.now` unless a test drives the clock. */
  readonly now?: () => number;
  /**
   * Findings remembered per instance for one rule environment (`key` names today, the rule settings
   * and the region choices); `CheckSession` gives one, `check` none.
   */
  readonly ruleMemo?: (key: string) => RuleMemo | undefined;
}
