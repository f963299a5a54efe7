import type { CliOptions } from '../args';

/**
 * How many threads check: `--jobs` when given (never more than there are files), else one. Workers
 * are opt-in because on the 2-core machines measured (bench/RESULTS.md, 1,000 files) a worker's own
 * start-up and JIT warm-up cost more wall time than the half of the check it took over. `--fix`
 * always checks in-process: it needs each instance's setters, which cannot cross threads.
 */
export function threadCount(options: Pick<CliOptions, 'jobs' | 'fix'>, fileCount: number): number {
  if (options.fix || options.jobs === undefined) return 1;
  return Math.max(1, Math.min(options.jobs, fileCount));
}
