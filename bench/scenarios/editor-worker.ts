import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import type { SourceFile } from '../../src/core';
import type { CheckRunner } from '../../src/extension/checking/check-runner';
import { InProcessRunner } from '../../src/extension/checking/in-process-runner';
import { WorkerRunner } from '../../src/extension/checking/worker-runner';
import { BENCH_TODAY } from '../checker';
import { summarize } from '../measure/stats';
import type { Figure } from '../report/model';

/**
 * What the editor's worker buys: the 1 MB `.tf` file is re-checked after a one-character edit, as
 * typing does, by the in-process runner and by the worker runner, while a 1 ms timer on the main
 * thread (the extension host's) records the longest time it could not run. In-process that is the
 * whole check; with the worker it is the copy of the result back, and the check itself waits longer.
 */
export async function editorWorker(
  mainTf: SourceFile,
  others: readonly SourceFile[],
  terraformWasmPath: string,
  edits: number,
): Promise<Figure[]> {
  const script = join(__dirname, '..', '..', 'src', 'extension', 'node', 'check-worker.js');
  if (!existsSync(script))
    return [
      {
        name: 'editor: host blocked during a 1 MB re-check',
        value: 'not measured',
        notes: `${script} is not built`,
      },
    ];
  const runners: [string, CheckRunner][] = [
    ['in-process', new InProcessRunner()],
    ['worker', new WorkerRunner({ start: () => new Worker(script), init: { terraformWasmPath } })],
  ];
  const digits = [...mainTf.text.matchAll(/= (\d+)\n/g)].map((m) => m.index! + 2);
  const figures: Figure[] = [];
  for (const [name, runner] of runners) {
    const blocked: number[] = [];
    const waited: number[] = [];
    let text = mainTf.text;
    const request = (t: string) => ({
      files: [{ path: mainTf.path, text: t }, ...others],
      options: { today: BENCH_TODAY },
      timeBudgetMs: 30_000,
    });
    await runner.check(request(text));
    for (let i = 0; i < edits; i++) {
      const offset = digits[i % digits.length];
      text = text.slice(0, offset) + String((i % 9) + 1) + text.slice(offset + 1);
      let last = performance.now();
      let longest = 0;
      const tick = setInterval(() => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
      }, 1);
      // The check starts from a timer, as the editor's debounce starts it, so the ticks see it.
      const started = await new Promise<number>((resolve) => setTimeout(() => resolve(performance.now()), 5));
      await runner.check(request(text));
      waited.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 5));
      clearInterval(tick);
      blocked.push(longest);
    }
    runner.dispose();
    const block = summarize(blocked);
    const wait = summarize(waited);
    figures.push({
      name: `editor: longest extension-host block while the 1 MB .tf is re-checked ${name === 'worker' ? 'in the worker' : 'in-process'}`,
      value: `median ${block.median.toFixed(0)} ms, p95 ${block.p95.toFixed(0)} ms`,
      notes: `${edits} one-digit edits; the check's own time (what the squiggles wait): median ${wait.median.toFixed(0)} ms`,
    });
  }
  return figures;
}
