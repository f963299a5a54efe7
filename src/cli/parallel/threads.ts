import { availableParallelism } from 'node:os';
import type { CliOptions } from '../args';

/**
 * How many threads check: `--jobs` when given (never more than there are files or cores), else one. Workers
 * are opt-in because on the 2-core machines measured (bench/RESULTS.md, 1,000 files) a worker's own
 * start-up and JIT warm-up cost more wall time than the half of the check it took over. `--fix`
 * always checks in-process: it needs each instance's setters, which cannot cross threads.
 */
export function threadCount(
  options: Pick<CliOptions, 'jobs' | 'fix'>,
  fileCount: number,
  cores: number = availableParallelism(),
): number {
  if (options.fix || options.jobs === undefined) return 1;
  // More threads than cores only adds start-up and memory (each worker holds its own parsers): `-j 100` is capped.
  return Math.max(1, Math.min(options.jobs, fileCount, cores));
}
