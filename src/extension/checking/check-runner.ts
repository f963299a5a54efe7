import {
  ENGINE_MESSAGES,
  format,
  withSkippedFiles,
  type CheckOptions,
  type CheckResult,
  type Localized,
  type SourceFile,
} from '../../core';

/** One check the editor asks for: a document's files (its module, and the folders its calls read). */
export interface CheckRequest {
  readonly files: readonly SourceFile[];
  readonly options: CheckOptions;
  /**
   * Whose check this is (the document's URI): a queued check is dropped when a newer one with the
   * same key arrives, since only the newest text's result will be shown.
   */
  readonly key?: string;
  /** Wall-clock milliseconds the check may take where it can be stopped (a worker); see settings. */
  readonly timeBudgetMs: number;
}

/**
 * Where a check runs. In-process (small files, and the web, which has no worker threads) or in a
 * worker thread that is terminated when the time budget runs out, so the extension host never
 * waits on a large file. Either way the result is the engine's: findings and fixes are data and
 * cross threads; instances come without their setters (functions), which nothing in the editor
 * reads from a result ("fix all" checks again in-process).
 */
export interface CheckRunner {
  /** The result, or undefined when a newer check of the same key replaced this one before it ran. */
  check(request: CheckRequest): Promise<CheckResult | undefined>;
  /** Forgets what is kept for a file (closed, deleted): its tree, its findings. */
  forget(path: string): void;
  dispose(): void;
}

/**
 * The result of a check that could not finish: every file it was given (but the module folders
 * only read through a call, which are checked from their callers) is not checked, an error ICP000
 * with `reason`, as the engine reports a file past its budget.
 */
export function notCheckedResult(files: readonly SourceFile[], reason: Localized): CheckResult {
  const own = files.filter((file) => !file.followed).map((file) => file.path);
  const empty: CheckResult = {
    findings: [],
    suppressions: [],
    instances: [],
    skipped: [],
    checkedFiles: own,
  };
  return withSkippedFiles(
    empty,
    own.map((file) => ({ file, reason })),
  );
}

/** The engine's text for a check stopped at its time budget. */
export function pastTimeBudget(budgetMs: number): Localized {
  return format(ENGINE_MESSAGES.timeBudgetExceeded, { budgetMs });
}
