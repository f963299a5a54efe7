import { TimeBudget } from './time-budget';
import { WorkBudget } from './work-budget';

/** Why a file was left unchecked: its work (the same on every run) or, as a last resort, the clock. */
export type BudgetStop = 'work' | 'time';

/**
 * A file's two budgets together: the work budget decides; the wall-clock guard only catches what
 * the work does not measure. A file past either is not checked at all.
 */
export class FileBudget {
  readonly work: WorkBudget;
  readonly time: TimeBudget;

  constructor(workLimit: number, timeLimitMs: number, now: () => number) {
    this.work = new WorkBudget(workLimit);
    this.time = new TimeBudget(timeLimitMs, now);
  }

  /** A budget that never runs out (tests of a single rule). */
  static unlimited(): FileBudget {
    return new FileBudget(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, () => 0);
  }

  charge(file: string, units: number): void {
    this.work.charge(file, units);
  }

  measure<T>(files: readonly string[], work: () => T): T {
    return this.time.measure(files, work);
  }

  isSpent(file: string): boolean {
    return this.work.isSpent(file) || this.time.isSpent(file);
  }

  /** Why `file` was stopped: its work when that ran out (whatever the clock said), else its time. */
  stopOf(file: string): BudgetStop {
    return this.work.isSpent(file) ? 'work' : 'time';
  }

  get spentFiles(): readonly string[] {
    return [...new Set([...this.work.spentFiles, ...this.time.spentFiles])];
  }
}
