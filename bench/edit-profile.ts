/**
 * `node out/bench/edit-profile.js [typing]` (after `npm run build` and one `npm run bench`, which
 * generates bench/work): the edit loop of scenario (d) under V8's sampling profiler, and where its
 * time goes, stage by stage (inclusive shares of the session's check, garbage collection apart).
 * bench/README.md quotes it for the goals the edit loop misses.
 */
import { Session } from 'node:inspector';
import { performance } from 'node:perf_hooks';
import { CheckSession, initCore } from '../src/core';
import { BENCH_TODAY } from './checker';
import { Random } from './generate/random';
import { readFolder } from './inputs';
import { paths } from './paths';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string };
  readonly children?: readonly number[];
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Stages of a keystroke's check, by the function that does each (the first one found up the stack names it). */
const STAGES: readonly [string, string][] = [
  ['parse', 'tree-sitter incremental parse'],
  ['getChangedRanges', 'tree-sitter changed ranges'],
  ['movedItem', 'copying the items after the edit (positions moved)'],
  ['readAroundChange', 'reading the items around the edit'],
  ['readItems', 'reading every top-level item'],
  ['fileFromTree', 'gathering the file'],
  ['buildModule', 'module index'],
  ['shiftInstance', 'copying the instances after the edit'],
  ['assemble', 'carrying and reading instances'],
  ['resolveIncrementally', 'incremental resolution'],
  ['runRules', 'rules (remembered findings)'],
  ['findSuppressions', 'suppressions'],
  ['applySuppressions', 'suppressions'],
  ['runPipeline', 'rest of the check'],
];

async function main(): Promise<void> {
  const typing = process.argv.includes('typing');
  await initCore({ terraformWasmPath: paths.terraformWasm() });
  const single = readFolder(`${paths.work()}/terraform-single`);
  const mainTf = single.find((f) => f.path.endsWith('main.tf'))!;
  const others = single.filter((f) => f !== mainTf);
  const digits = [...mainTf.text.matchAll(/= (\d+)\n/g)].map((m) => m.index! + 2);
  const rng = new Random(7);
  const session = new CheckSession();
  session.check([mainTf, ...others], { today: BENCH_TODAY });
  let text = mainTf.text;
  let typed: number | undefined;
  const texts: string[] = [];
  for (let i = 0; i < 83; i++) {
    const deleting = typing && typed !== undefined;
    const offset = deleting ? typed! : rng.pick(digits);
    const char = String(rng.int(1, 9));
    const [removed, inserted] = !typing ? [1, 1] : deleting ? [1, 0] : [0, 1];
    text = Buffer.from(
      text.slice(0, offset) + (inserted ? char : '') + text.slice(offset + removed),
    ).toString();
    typed = typing && !deleting ? offset : undefined;
    texts.push(text);
  }
  for (const t of texts.slice(0, 3))
    session.check([{ path: mainTf.path, text: t }, ...others], { today: BENCH_TODAY });

  const inspector = new Session();
  inspector.connect();
  const post = <T>(method: string, params?: object) =>
    new Promise<T>((resolve, reject) =>
      inspector.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))),
    );
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
  await post('Profiler.start');
  const started = performance.now();
  for (const t of texts.slice(3))
    session.check([{ path: mainTf.path, text: t }, ...others], { today: BENCH_TODAY });
  const elapsed = performance.now() - started;
  const { profile } = await post<{ profile: Profile }>('Profiler.stop');
  inspector.disconnect();
  session.dispose();

  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const shares = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const t = profile.timeDeltas[i] ?? 0;
    const own = byId.get(id)!.callFrame.functionName;
    if (own === '(idle)' || own === '(program)') return;
    let stage = own === '(garbage collector)' ? 'garbage collection' : undefined;
    let inCheck = false;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)!.callFrame.functionName;
      if (name === 'check') inCheck = true;
      stage ??= STAGES.find(([fn]) => fn === name)?.[1];
    }
    if (!inCheck && stage !== 'garbage collection') return;
    stage ??= 'rest of the check';
    shares.set(stage, (shares.get(stage) ?? 0) + t);
    total += t;
  });
  process.stdout.write(
    `${typing ? 'typing (insert / delete)' : 'one-character replacement'}: ${texts.length - 3} checks, ${(elapsed / (texts.length - 3)).toFixed(1)} ms each under the profiler\n`,
  );
  for (const [stage, t] of [...shares].sort((a, b) => b[1] - a[1]))
    process.stdout.write(`${((t / total) * 100).toFixed(0).padStart(4)}%  ${stage}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
