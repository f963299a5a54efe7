import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BENCH_TODAY } from '../checker';
import { interleave } from '../measure/interleave';
import { summarize } from '../measure/stats';
import type { Comparison, Figure } from '../report/model';
import type { Rounds } from './parse-floor';

/** Spawns node with `args` and waits for it; stdout goes to a pipe that is read and dropped, as CI would capture it. */
function spawnNode(args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.resume();
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) =>
      status === 0 || status === 1 ? resolve() : reject(new Error(`exit ${status}: ${stderr.slice(0, 500)}`)),
    );
  });
}

/**
 * (f) The whole process, as a CI job or a terminal pays for it: bare `node` against
 * `icp-check --version` (answered before the core is loaded, in the bundle and the tsc build),
 * and the 1 MB Terraform module checked with `--format stylish` against `--format json`.
 */
export async function wholeProcess(
  bundledCli: string,
  builtCli: string,
  terraformDir: string,
  rounds: Rounds,
): Promise<Comparison[]> {
  if (!existsSync(bundledCli)) return [];
  const startup = await interleave(
    [
      { name: 'node -e 0', run: () => spawnNode(['-e', '0']) },
      { name: 'icp-check --version (bundle)', run: () => spawnNode([bundledCli, '--version']) },
      ...(existsSync(builtCli)
        ? [{ name: 'icp-check --version (tsc build)', run: () => spawnNode([builtCli, '--version']) }]
        : []),
    ],
    { warmup: 2, rounds: rounds.rounds * 2 },
  );
  const sides = [...startup].map(([name, s]) => ({ name, summary: summarize(s) }));
  const bare = sides[0].summary.median;
  const version = sides[1].summary.median;

  const check = (format: string) => () =>
    spawnNode([bundledCli, '--format', format, '--today', BENCH_TODAY, terraformDir]);
  const formats = await interleave(
    [
      { name: 'icp-check --format json', run: check('json') },
      { name: 'icp-check --format stylish', run: check('stylish') },
    ],
    rounds,
  );
  const formatSides = [...formats].map(([name, s]) => ({ name, summary: summarize(s) }));
  const [json, stylish] = formatSides;
  return [
    {
      id: 'f-startup',
      title: 'whole process: `icp-check --version` vs bare `node`',
      input: 'none',
      sides: [sides[1], sides[0], ...sides.slice(2)],
      ratioLabel: 'ms over bare node',
      ratio: version - bare,
      notes: [
        'Spawned and waited for, as a shell does. The bundle (dist/cli, the published package) is split ES modules: the entry answers a lone --version; everything else is a chunk it loads to run. The tsc build answers it before loading run.ts likewise.',
        ...sides.map((s) => `${s.name}: median ${s.summary.median.toFixed(0)} ms`),
      ],
    },
    {
      id: 'f-json',
      title: 'whole process: 1 MB Terraform module, `--format json` vs `--format stylish`',
      input: 'Terraform module',
      sides: formatSides,
      ratioLabel: 'ms json adds',
      ratio: json.summary.median - stylish.summary.median,
      notes: [
        'Both check the same 900 instances with the bundled CLI; the difference is building and writing the report (JSON is the larger output).',
      ],
    },
  ];
}

/** The npm package's size, from `npm pack --dry-run` over the built bundle (no scripts run). */
export function packageSize(root: string, limitBytes: number): Figure {
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0)
    return { name: 'npm package (packed)', value: 'not measured', notes: r.stderr.split('\n')[0] };
  const [pack] = JSON.parse(r.stdout.slice(r.stdout.indexOf('['))) as {
    size: number;
    unpackedSize: number;
    entryCount: number;
  }[];
  const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
  return {
    name: 'npm package (packed)',
    value: `${kb(pack.size)} (${kb(pack.unpackedSize)} unpacked, ${pack.entryCount} files)`,
    goal: { text: `< ${(limitBytes / 2 ** 20).toFixed(1)} MB`, met: pack.size < limitBytes },
    notes:
      'the bundled CLI, its .wasm files, the instance-spec schema and the rule pages; no runtime dependencies',
  };
}
