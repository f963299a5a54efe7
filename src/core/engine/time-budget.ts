import { PerFileMeter } from './per-file-meter';

/**
 * Wall time spent per file, against a limit: the last-resort guard behind the work budget
 * (work-budget.ts), which is what decides on any input it measures. The clock only stops a file
 * whose work the work budget does not see (a parser or rule slower than its cost says); such a stop
 * depends on the machine, so the limit sits far above what any file within its work budget takes.
 * The engine is synchronous, so a parser call cannot be interrupted; the guard stops the rules that
 * would run after it is spent. The editor also terminates a worker at its own wall-clock limit.
 */
export const DEFAULT_FILE_TIME_BUDGET_MS = 30_000;

/**
 * How long the editor waits for a large file's check in its worker before terminating it (the
 * `icpCheck.timeBudgetMs` setting's default): someone is waiting for the squiggles, and the largest
 * realistic files (the bench's 1 MB Terraform file) take 1 to 2 s here even under load.
 */
export const DEFAULT_EDITOR_TIME_BUDGET_MS = 10_000;

/** No caller can give a file more time than this: a budget is a bound, not a wish. */
export const MAX_FILE_TIME_BUDGET_MS = 30_000;

/** The limit a check runs with: the one asked for (else the default), never above the ceiling. */
export function boundedBudgetMs(requested: number | undefined): number {
  const ms = requested ?? DEFAULT_FILE_TIME_BUDGET_MS;
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, MAX_FILE_TIME_BUDGET_MS) : DEFAULT_FILE_TIME_BUDGET_MS;
}

export class TimeBudget {
  private readonly meter: PerFileMeter;

  constructor(
    budgetMs: number,
    private readonly now: () => number,
  ) {
    this.meter = new PerFileMeter(budgetMs);
  }

  get budgetMs(): number {
    return this.meter.limit;
  }

  /** Runs `work`, charging its time to `files` (shared evenly), and returns its result. */
  measure<T>(files: readonly string[], work: () => T): T {
    const started = this.now();
    try {
      return work();
    } finally {
      const share = (this.now() - started) / Math.max(1, files.length);
      for (const file of files) this.meter.charge(file, share);
    }
  }

  isSpent(file: string): boolean {
    return this.meter.isSpent(file);
  }

  /** Files whose budget ran out, in the order they ran out. */
  get spentFiles(): readonly string[] {
    return this.meter.spentFiles;
  }
}
