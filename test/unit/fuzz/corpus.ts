import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { SourceFile } from '../../../src/core';
import { REPO_ROOT } from '../helpers/repo-root';

/** The repository root, found from package.json, so the suite works from test/ (tsx) and out/test/ (compiled). */
export function repoRoot(): string {
  return REPO_ROOT;
}

/**
 * Files checked together: a Terraform folder (one module) or one YAML/JSON file. The fuzzer
 * mutates one file of a case and checks the whole case, as the engine would see it.
 */
export interface Case {
  readonly name: string;
  readonly files: readonly SourceFile[];
}

const CHECKED = /\.(tf|tfvars|ya?ml|json)$/;

/** Cases from `examples/` (when present) and this suite's own fixtures, under virtual paths. */
export function loadCorpus(): Case[] {
  const root = repoRoot();
  const sources = [join(root, 'test', 'unit', 'fuzz', 'fixtures'), join(root, 'examples')].filter((d) =>
    existsSync(d),
  );
  const byFolder = new Map<string, SourceFile[]>();
  const singles: Case[] = [];
  for (const base of sources) {
    for (const path of walk(base)) {
      if (!CHECKED.test(path)) continue;
      const name = relative(root, path);
      // Virtual paths: findings must name the files as given, never touch the disk.
      const file: SourceFile = { path: `/fuzz/${name}`, text: readFileSync(path, 'utf8') };
      if (/\.(tf|tfvars)$/.test(path)) {
        const folder = dirname(name);
        byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
      } else {
        singles.push({ name, files: [file] });
      }
    }
  }
  const modules = [...byFolder].map(([name, files]) => ({ name, files }));
  return [...modules, ...singles].sort((a, b) => a.name.localeCompare(b.name));
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}
