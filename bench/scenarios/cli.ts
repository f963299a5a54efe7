import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BENCH_TODAY } from '../checker';
import { interleave } from '../measure/interleave';
import { summarize } from '../measure/stats';
import type { Comparison } from '../report/model';
import type { Rounds } from './parse-floor';

interface Run {
  readonly status: number | null;
  readonly stderr: string;
}

function runCli(cli: string, paths: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, '--format', 'json', '--today', BENCH_TODAY, ...paths], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

/** Exit 0 or 1 is a completed check; anything else means the numbers would be about a failure. */
async function mustComplete(run: Promise<Run>): Promise<void> {
  const r = await run;
  if (r.status !== 0 && r.status !== 1) throw new Error(`icp-check exited ${r.status}: ${r.stderr.slice(0, 500)}`);
}

/**
 * (e) The CLI over the 1,000-file workspace, spawned as CI would, process start included. The CLI
 * has no worker option, so "both cores" is two processes over the two halves of the workspace
 * folders (a Terraform module never straddles the halves), as a CI job would shard it.
 */
export async function cliOverWorkspace(cli: string, workspaceDir: string, folders: readonly string[], fileCount: number, rounds: Rounds): Promise<Comparison | undefined> {
  if (!existsSync(cli)) return undefined;
  const half = Math.ceil(folders.length / 2);
  const samples = await interleave(
    [
      { name: 'one process', run: () => mustComplete(runCli(cli, [workspaceDir])) },
      { name: 'two processes (halves, in parallel)', run: () => Promise.all([mustComplete(runCli(cli, folders.slice(0, half))), mustComplete(runCli(cli, folders.slice(half)))]) },
    ],
    rounds,
  );
  const sides = [...samples].map(([name, s]) => ({ name, summary: summarize(s) }));
  const best = Math.min(...sides.map((s) => s.summary.median));
  const perSecond = (ms: number) => Math.round((fileCount / ms) * 1000);
  return {
    id: 'e-cli',
    title: `CLI over the ${fileCount}-file workspace (files per second)`,
    input: 'workspace',
    sides,
    ratioLabel: 'files / s (best median)',
    ratio: perSecond(best),
    notes: sides.map((s) => `${s.name}: ${perSecond(s.summary.median)} files/s`),
  };
}
