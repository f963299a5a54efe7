import { isMainland, MAINLAND_REGIONS } from '../domain/regions';

/** Enough for a quick-pick; the full list is in the docs. */
export const REGION_CHOICE_COUNT = 6;

/**
 * The mainland regions a region fix offers: the configured preferred ones first (non-mainland
 * entries dropped: a fix must make the instance pass), then the assumed default region, then the rest.
 */
export function regionChoices(preferred: readonly string[], assumed?: string): string[] {
  const ordered = [...preferred, ...(assumed ? [assumed] : []), ...MAINLAND_REGIONS].filter((r) =>
    isMainland(r),
  );
  return [...new Set(ordered)].slice(0, REGION_CHOICE_COUNT);
}
