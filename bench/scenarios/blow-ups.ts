import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { HOSTILE_INPUTS } from '../generate/hostile';
import type { Figure } from '../report/model';

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/**
 * The hostile inputs of issue 9, each checked in a fresh process: wall time and peak resident set
 * (the process's own, node and the core included, so about 60 MB is the floor). Also the command
 * line on `/dev/zero`, a FIFO and `-j 100` over the bench workspace.
 */
export function blowUps(workDir: string, workspaceDir: string): Figure[] {
  const probe = join(__dirname, '..', `blow-up-probe${extname(__filename)}`);
  const measure = (title: string, args: string[]): Figure => {
    try {
      const out = execFileSync(process.execPath, [...process.execArgv, probe, ...args], {
        encoding: 'utf8',
        maxBuffer: 1 << 24,
        timeout: 600_000,
      });
      const r = JSON.parse(out) as { ms: number; peakRssBytes: number; outcome: string };
      return {
        name: `hostile: ${title}`,
        value: `${r.ms.toFixed(0)} ms, peak RSS ${mb(r.peakRssBytes)}`,
        notes: r.outcome,
      };
    } catch (e) {
      return {
        name: `hostile: ${title}`,
        value: 'failed',
        notes: String((e as Error).message).split('\n')[0],
      };
    }
  };
  const figures = Object.entries(HOSTILE_INPUTS).map(([name, input]) => measure(input.title, [name]));
  figures.push(measure('`icp-check /dev/zero`', ['cli', '/dev/zero']));
  const fifoDir = join(workDir, 'fifo');
  rmSync(fifoDir, { recursive: true, force: true });
  mkdirSync(fifoDir, { recursive: true });
  const fifo = join(fifoDir, 'main.tf');
  if (spawnSync('mkfifo', [fifo]).status === 0)
    figures.push(measure('`icp-check` on a FIFO named main.tf', ['cli', fifo]));
  figures.push(
    measure(`\`icp-check -j 100\` over the workspace (${availableParallelism()} cores)`, [
      'cli',
      '-j',
      '100',
      '--today',
      '2026-04-01',
      workspaceDir,
    ]),
  );
  return figures;
}
