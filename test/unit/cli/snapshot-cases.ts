/**
 * The CLI runs whose output is kept under test/snapshots/. The snapshot test compares against them
 * and `scripts/update-snapshots.ts` (or `UPDATE_SNAPSHOTS=1` with the test) rewrites them; a
 * reviewer reads the diff. Fixed `--today` and relative paths keep the output the same everywhere.
 */
export interface SnapshotCase {
  readonly file: string;
  readonly args: readonly string[];
}

export const SNAPSHOT_TODAY = '2026-12-01';

export const SNAPSHOT_CASES: readonly SnapshotCase[] = [
  {
    file: 'examples.json',
    args: ['--format', 'json', '--today', SNAPSHOT_TODAY, '--config', 'examples/.icpcheck.yaml', 'examples'],
  },
];
