import type { SourceFile, CheckOptions, CheckResult } from './types';

/** Checks a set of files: Terraform files sharing a folder are one module. Parsers must be initialised first (`initCore`). */
export function check(_files: readonly SourceFile[], _options: CheckOptions = {}): CheckResult {
  throw new Error('not implemented yet');
}
