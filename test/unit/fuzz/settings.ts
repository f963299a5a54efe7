/**
 * Fixed seed and bounded effort: the suite is reproducible and stays well under a minute on two
 * busy cores. FUZZ_SEED / FUZZ_RUNS override them for a longer hunt by hand, never in CI.
 */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20260401);

export function runs(base: number): number {
  return process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : base;
}

/**
 * Wall-clock cap per property: a bound on effort, not an assertion about speed (the bench measures
 * speed). When it is reached the property stops early and passes on what it ran.
 */
export const PROPERTY_TIME_LIMIT_MS = 8000;

export function fcParams(numRuns: number) {
  return {
    seed: FUZZ_SEED,
    numRuns: runs(numRuns),
    interruptAfterTimeLimit: PROPERTY_TIME_LIMIT_MS,
    markInterruptAsFailure: false,
  };
}
