/**
 * Run in a fresh process, so its peak memory is the input's alone: `blow-up-probe <name>` checks one
 * of the hostile inputs (`generate/hostile.ts`) with the core, and `blow-up-probe cli <args…>` runs
 * the command line in-process on the given arguments. Prints the wall time, the peak resident set
 * and what came out, as JSON.
 */
import { performance } from 'node:perf_hooks';
import { HOSTILE_INPUTS } from './generate/hostile';
import { paths } from './paths';

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  if (name === 'cli') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { run } = require('../src/cli/run') as typeof import('../src/cli/run');
    let stderr = '';
    const started = performance.now();
    const status = await run(args, {
      cwd: process.cwd(),
      env: {},
      stdoutIsTTY: false,
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
    });
    const ms = performance.now() - started;
    print({ ms, outcome: `exit ${status}${stderr ? `: ${stderr.split('\n')[0]}` : ''}` });
    return;
  }
  const input = HOSTILE_INPUTS[name];
  if (!input) throw new Error(`no hostile input ${name}`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const core = require('../src/core') as typeof import('../src/core');
  await core.initCore({ terraformWasmPath: paths.terraformWasm() });
  const files = input.files();
  const started = performance.now();
  // The budgets are the defaults: an input past the work budget is reported as not checked, the
  // same on every run, which is the point; its time is what that costs.
  const result = core.check(files, { today: '2026-04-01' });
  const ms = performance.now() - started;
  const byRule = new Map<string, number>();
  for (const f of result.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  print({
    ms,
    outcome: `${result.instances.length} instances; ${[...byRule].map(([id, n]) => `${n} ${id}`).join(', ') || 'no findings'}; ${result.skipped.length} not checked`,
  });
}

function print(out: { ms: number; outcome: string }): void {
  process.stdout.write(JSON.stringify({ ...out, peakRssBytes: process.resourceUsage().maxRSS * 1024 }));
}

main().catch((e: unknown) => {
  process.stderr.write(String((e as Error).stack ?? e));
  process.exit(1);
});
