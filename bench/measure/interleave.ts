import { performance } from 'node:perf_hooks';

export interface Subject {
  readonly name: string;
  /** One run of the thing measured; a returned promise is awaited inside the timing. */
  run(): unknown;
}

export interface InterleaveOptions {
  readonly warmup: number;
  readonly rounds: number;
}

/**
 * Runs every subject once per round, rotating which goes first, so machine load (the other
 * engineers compile and test on the same two cores) lands on all subjects alike. Returns the
 * samples (ms) per subject, index-aligned by round.
 */
export async function interleave(
  subjects: readonly Subject[],
  options: InterleaveOptions,
): Promise<Map<string, number[]>> {
  for (let w = 0; w < options.warmup; w++) {
    for (const s of subjects) await s.run();
  }
  const samples = new Map<string, number[]>(subjects.map((s) => [s.name, []]));
  for (let round = 0; round < options.rounds; round++) {
    for (let k = 0; k < subjects.length; k++) {
      const s = subjects[(round + k) % subjects.length];
      const t0 = performance.now();
      await s.run();
      samples.get(s.name)!.push(performance.now() - t0);
    }
  }
  return samples;
}
