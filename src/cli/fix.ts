import { fixAll, type CheckOptions, type CheckResult, type SourceFile } from '../core';

export interface FixOutcome {
  /** Every file, with fixed texts in place of the originals. */
  readonly files: SourceFile[];
  /** Only the files whose text changed, to be written back. */
  readonly changed: ReadonlyMap<string, string>;
  /** The check of the fixed texts: what remains to report. */
  readonly result: CheckResult;
}

/** `--fix`: the engine applies preferred fixes until the files converge; this only merges the new texts in. */
export function applyFixes(files: readonly SourceFile[], options: CheckOptions, hints = false): FixOutcome {
  const outcome = fixAll(files, options, { hints });
  const changed = new Map(outcome.files.map((f) => [f.path, f.text]));
  return {
    files: files.map((f) => (changed.has(f.path) ? { ...f, text: changed.get(f.path)! } : f)),
    changed,
    result: outcome.result,
  };
}
