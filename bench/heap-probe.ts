/**
 * Run in a fresh process with --expose-gc: loads the core, checks the files named on the command
 * line and prints the heap (after a full GC) before and after, while the result is still held,
 * as an editor holds the diagnostics of an open file. Also reports the cold start (require +
 * initCore), the main cost of activating the extension.
 */
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';

async function main(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  const t0 = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after t0 on purpose: the cold start includes loading the core
  const { loadChecker } = require('./checker') as typeof import('./checker');
  const checker = await loadChecker();
  const coldStartMs = performance.now() - t0;
  if ('unavailable' in checker) throw new Error(checker.unavailable);
  const files = process.argv.slice(2).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  gc();
  const before = process.memoryUsage();
  const result = checker.check(files);
  gc();
  const after = process.memoryUsage();
  const out = {
    coldStartMs,
    heapBefore: before.heapUsed,
    heapAfter: after.heapUsed,
    externalAfter: after.external,
    arrayBuffersAfter: after.arrayBuffers,
    rssAfter: after.rss,
    findings: result.findings.length,
    instances: result.instances.length,
  };
  process.stdout.write(JSON.stringify(out));
}

main().catch((e: unknown) => {
  process.stderr.write(String((e as Error).stack ?? e));
  process.exit(1);
});
