/** The configuration file's name, looked up the same way by the CLI and the editor. */
export const CONFIG_FILE_NAME = '.icpcheck.yaml';

/**
 * Where `.icpcheck.yaml` is looked for, nearest first: the folder `from` and each folder above it,
 * up to and including `top` (the editor's workspace folder, the CLI's working folder), or up to the
 * root when `from` is not inside `top`. The first one that exists applies, so `icp-check examples`
 * run from the repository and the editor on `examples/…` pick the same file. Absolute paths with `/`.
 */
export function configCandidates(from: string, top: string): string[] {
  const start = segmentsOf(from);
  const stop = segmentsOf(top);
  const inside = stop.length <= start.length && stop.every((s, i) => start[i] === s);
  const last = inside ? stop.length : 0;
  const found: string[] = [];
  for (let n = start.length; n >= last; n--)
    found.push(`/${[...start.slice(0, n), CONFIG_FILE_NAME].join('/')}`);
  return found;
}

/** `/a/b/../c/` → ['a', 'c']. */
function segmentsOf(path: string): string[] {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out;
}
