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

const moduleNames = FORBIDDEN_MODULES.join('|');
/** `import … from 'x'`, `import 'x'`, `require('x')`, `import('x')`, `export … from 'x'`, with or without `node:`. */
export const FORBIDDEN_IMPORT = new RegExp(
  String.raw`(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"\`](?:node:)?(?:${moduleNames})(?:/[^'"\`]*)?['"\`]`,
  'g',
);

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
