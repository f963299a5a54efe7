import { Session } from 'node:inspector';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/**
 * Where `run` spends its time: V8's sampling profiler over a few runs, self time summed per source
 * file (and per function for the top ones). Says why a goal is missed, not just that it is.
 */
export async function selfTimeByFile(run: () => unknown, repeats: number, root: string): Promise<string[]> {
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params?: object) =>
    new Promise<T>((resolve, reject) =>
      session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))),
    );
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  for (let i = 0; i < repeats; i++) run();
  const { profile } = await post<{ profile: Profile }>('Profiler.stop');
  session.disconnect();

  const time = new Map<number, number>();
  profile.samples.forEach((id, i) => time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byPlace = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const t = time.get(node.id) ?? 0;
    if (t === 0 || node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)')
      continue;
    const url = node.callFrame.url.replace(/^file:\/\//, '').replace(root + '/', '');
    const file =
      url === ''
        ? node.callFrame.functionName
        : url.includes('node_modules/')
          ? url.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1 (dependency)')
          : url.startsWith('wasm')
            ? 'tree-sitter WebAssembly'
            : url;
    byPlace.set(file, (byPlace.get(file) ?? 0) + t);
    total += t;
  }
  return [...byPlace]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([place, t]) => `${((t / total) * 100).toFixed(0)}% ${place}`);
}
