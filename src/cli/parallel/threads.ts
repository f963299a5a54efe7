import { availableParallelism } from 'node:os';
import type { CliOptions } from '../args';

/** Beyond this many threads the main thread's reading, merging and formatting dominate. */
export const MAX_DEFAULT_THREADS = 8;

/**
 * Below this many files a worker thread costs more than it saves. Measured with the bench workspace
 * (CPU time, user + sys, of `--jobs 2` vs `--jobs 1`): a worker adds about 0.4 s at 100 files (its
 * start-up: loading the core and compiling the grammar, then warming up the JIT for its own share),
 * 0.9 s at 300 and 1.3 s at 1,000, while the check that can be shared is about 0.4 s, 1 s and 2.8 s;
 * only from about 300 files does half of the shared work outweigh what the worker adds.
 */
export const MIN_FILES_FOR_WORKERS = 300;

/**
 * How many threads check: `--jobs` when given (never more than there are files); otherwise the
 * cores, at most MAX_DEFAULT_THREADS, once there are files enough to repay the workers. `--fix`
 * always checks in-process: it needs each instance's setters, which cannot cross threads.
 */
export function threadCount(options: Pick<CliOptions, 'jobs' | 'fix'>, fileCount: number, cores: number = availableParallelism()): number {
  if (options.fix) return 1;
  if (options.jobs !== undefined) return Math.max(1, Math.min(options.jobs, fileCount));
  if (fileCount < MIN_FILES_FOR_WORKERS) return 1;
  return Math.max(1, Math.min(cores, MAX_DEFAULT_THREADS));
}
