import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BENCH_TODAY } from '../checker';
import { interleave } from '../measure/interleave';
import { medianRatio, summarize } from '../measure/stats';
import type { Comparison } from '../report/model';
import type { Rounds } from './parse-floor';

interface Run {
  readonly status: number | null;
  readonly stderr: string;
}

function runCli(cli: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, '--format', 'json', '--today', BENCH_TODAY, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

/** Exit 0 or 1 is a completed check; anything else means the numbers would be about a failure. */
async function mustComplete(run: Promise<Run>): Promise<void> {
  const r = await run;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`icp-check exited ${r.status}: ${r.stderr.slice(0, 500)}`);
}

/**
 * (e) The CLI over the 1,000-file workspace, spawned as CI would, process start included, with
 * `--jobs 1` (one thread) and `--jobs 2` (the main thread and one worker thread) side by side.
 * `_folders` is kept for the caller's signature (it sharded the workspace into two processes before
 * the CLI had `--jobs`).
 */
export async function cliOverWorkspace(
  cli: string,
  workspaceDir: string,
  _folders: readonly string[],
  fileCount: number,
  rounds: Rounds,
): Promise<Comparison | undefined> {
  if (!existsSync(cli)) return undefined;
  const samples = await interleave(
    [
      { name: 'icp-check --jobs 2', run: () => mustComplete(runCli(cli, ['--jobs', '2', workspaceDir])) },
      { name: 'icp-check --jobs 1', run: () => mustComplete(runCli(cli, ['--jobs', '1', workspaceDir])) },
    ],
    rounds,
  );
  const sides = [...samples].map(([name, s]) => ({ name, summary: summarize(s) }));
  const perSecond = (ms: number) => Math.round((fileCount / ms) * 1000);
  const [two, one] = sides;
  const speedUp = medianRatio(samples.get('icp-check --jobs 1')!, samples.get('icp-check --jobs 2')!);
  return {
    id: 'e-cli',
    title: `CLI over the ${fileCount}-file workspace (files per second), --jobs 2 vs --jobs 1`,
    input: 'workspace',
    sides,
    ratioLabel: 'files / s with --jobs 2',
    ratio: perSecond(two.summary.median),
    notes: [
      ...sides.map((s) => `${s.name}: ${perSecond(s.summary.median)} files/s`),
      `--jobs 2 vs --jobs 1: ${speedUp.toFixed(2)}× (median of per-round ratios; above 1 is faster). The output is byte-identical (test/unit/cli/jobs.test.ts).`,
      `median ms: --jobs 2 ${two.summary.median.toFixed(0)}, --jobs 1 ${one.summary.median.toFixed(0)}`,
    ],
  };
}
