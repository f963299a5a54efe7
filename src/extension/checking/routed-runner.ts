import type { CheckResult } from '../../core';
import type { CheckRequest, CheckRunner } from './check-runner';

/**
 * Checks of at least this many characters (a document with its module) go to the worker. The
 * engine needs about 0.3 µs a character here and about 1 µs on the 2-core bench machine under load
 * (see the work budget), so a smaller check takes at most some 60 ms, less than the typing
 * debounce, and costs less in-process than copying its texts to a thread and its result back;
 * above it a check could take long enough to be felt, so it must not hold the extension host.
 */
export const WORKER_THRESHOLD_CHARS = 64 * 1024;

/**
 * Whether a check belongs in the worker: a large one, or one that follows module calls, whose cost
 * is not its size (`count = 200000` on a call is one line that makes 200,000 instances).
 */
export function needsWorker(request: CheckRequest, thresholdChars = WORKER_THRESHOLD_CHARS): boolean {
  let size = 0;
  for (const file of request.files) {
    if (file.followed) return true;
    size += file.text.length;
  }
  return size >= thresholdChars;
}

/** Small checks in-process, large ones (and those that follow module calls) in the worker. */
export class RoutedRunner implements CheckRunner {
  constructor(
    private readonly small: CheckRunner,
    private readonly large: CheckRunner,
    private readonly thresholdChars = WORKER_THRESHOLD_CHARS,
  ) {}

  check(request: CheckRequest): Promise<CheckResult | undefined> {
    return (needsWorker(request, this.thresholdChars) ? this.large : this.small).check(request);
  }

  forget(path: string): void {
    this.small.forget(path);
    this.large.forget(path);
  }

  dispose(): void {
    this.small.dispose();
    this.large.dispose();
  }
}
