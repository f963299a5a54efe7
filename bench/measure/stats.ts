/** Order statistics over samples in milliseconds. Medians, not means: a busy neighbour skews means. */
export interface Summary {
  readonly runs: number;
  readonly median: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    min: sorted[0] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
  };
}

/** Linear interpolation between closest ranks, over already sorted samples. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/**
 * Median of the per-round ratios a/b. Both sides of a round ran back to back, so a load spike
 * from another process tends to hit both and cancel out of that round's ratio.
 */
export function medianRatio(a: readonly number[], b: readonly number[]): number {
  const ratios = a.map((x, i) => x / b[i]).sort((x, y) => x - y);
  return quantile(ratios, 0.5);
}
