/**
 * Regenerates test/snapshots/ by running the CLI exactly as the snapshot test does
 * (test/unit/cli/snapshot-cases.ts). Run with `npx tsx scripts/update-snapshots.ts`, then read the
 * diff: it is the review of what the checker now says about examples/.
 * Same effect: `UPDATE_SNAPSHOTS=1 npx mocha --require tsx/cjs test/unit/cli/formats.test.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, runCli } from '../test/unit/cli/helpers';
import { SNAPSHOT_CASES } from '../test/unit/cli/snapshot-cases';

const folder = join(repoRoot(__dirname), 'test', 'snapshots');
mkdirSync(folder, { recursive: true });
let failed = false;
for (const c of SNAPSHOT_CASES) {
  const r = runCli(c.args);
  // 0 and 1 are answers; anything else means the CLI could not run, and a snapshot of that is worthless.
  if (r.status !== 0 && r.status !== 1) {
    process.stderr.write(`${c.file}: icp-check ${c.args.join(' ')} exited ${r.status}\n${r.stderr}`);
    failed = true;
    continue;
  }
  writeFileSync(join(folder, c.file), r.stdout);
  process.stdout.write(`wrote test/snapshots/${c.file}\n`);
}
process.exitCode = failed ? 1 : 0;
