import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../src/core';

/** Reads a folder's files (recursively) as the CLI would hand them to the engine. */
export function readFolder(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push({ path: p, text: readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

export function readOne(path: string): SourceFile {
  return { path, text: readFileSync(path, 'utf8') };
}

export function totalBytes(files: readonly SourceFile[]): number {
  return files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
}

export function countMatches(files: readonly SourceFile[], pattern: RegExp): number {
  return files.reduce((n, f) => n + (f.text.match(pattern)?.length ?? 0), 0);
}
