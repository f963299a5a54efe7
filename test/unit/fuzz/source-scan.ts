import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Node modules that open the network, start processes or compile code: none belongs in the core or the extension. */
export const FORBIDDEN_MODULES = [
  'child_process',
  'http',
  'https',
  'http2',
  'net',
  'tls',
  'dgram',
  'dns',
  'vm',
  'worker_threads',
  'cluster',
  'inspector',
];

/** `import … from 'x'`, `import 'x'`, `require('x')`, `import('x')`, `export … from 'x'`, with or without `node:`, for each of `modules`. */
export function importPattern(modules: readonly string[]): RegExp {
  return new RegExp(
    String.raw`(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"\`](?:node:)?(?:${modules.join('|')})(?:/[^'"\`]*)?['"\`]`,
    'g',
  );
}

export const FORBIDDEN_IMPORT = importPattern(FORBIDDEN_MODULES);

/**
 * The one exception: the desktop extension checks large files in a worker thread. Only the desktop
 * entry's folder (src/extension/node) may use it: `main` starts the bundle's own script
 * (dist/check-worker.js) and `check-worker` is that thread; a worker runs a file of the bundle,
 * never code from a string (no `eval: true`, see WORKER_FROM_STRING).
 */
export const WORKER_FILES = /[\\/]extension[\\/]node[\\/](?:main|check-worker)\.(?:ts|js)$/;

/** What those files may not import: the rest of the list. */
export const FORBIDDEN_IMPORT_BESIDE_WORKERS = importPattern(
  FORBIDDEN_MODULES.filter((name) => name !== 'worker_threads'),
);

/** A worker started on code given as a string (`new Worker(code, { eval: true })`). */
export const WORKER_FROM_STRING = /\beval\s*:\s*(?:true|!0)\b/g;

/** Ways to turn a string into code: `eval(`, `new Function`, `Function(`, and aliasing the constructor (`= Function;`, as zod does; a `type X = Function;` is no code). */
export const CODE_FROM_STRING =
  /\beval\s*\(|\bnew\s+Function\b|(?<![\w.$])Function\s*\(|(?<!\btype\s+[\w$]+\s*)=\s*Function\s*[;,)]|\bsetTimeout\s*\(\s*['"`]|\bsetInterval\s*\(\s*['"`]/g;

/** Removes comments (so a comment may say "no eval(" without tripping the scan); strings are kept: `require('x')` needs them. */
export function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

export function filesUnder(dir: string, extensions: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, extensions));
    else if (extensions.some((e) => name.endsWith(e))) out.push(p);
  }
  return out;
}

export interface Hit {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

export function scan(file: string, pattern: RegExp, options: { stripComments: boolean }): Hit[] {
  const raw = readFileSync(file, 'utf8');
  const source = options.stripComments ? stripComments(raw) : raw;
  const hits: Hit[] = [];
  for (const m of source.matchAll(pattern)) {
    const line = source.slice(0, m.index).split('\n').length;
    hits.push({
      file,
      line,
      text: source.slice(Math.max(0, m.index! - 60), m.index! + m[0].length + 60).replace(/\s+/g, ' '),
    });
  }
  return hits;
}
