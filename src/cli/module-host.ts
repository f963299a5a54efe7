import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ModuleHost } from '../core';

/**
 * The core's module host on the local disk: folders a module call names are listed and read
 * relative to the working folder (as the CLI names files). Remembers where each file it read
 * lives, so `--fix` can write an argument added to a call in a child module back.
 */
export class DiskModuleHost implements ModuleHost {
  readonly absolute = new Map<string, string>();

  constructor(private readonly cwd: string) {}

  async listFolder(folder: string): Promise<readonly string[] | 'missing' | 'file'> {
    const path = resolve(this.cwd, folder === '' ? '.' : folder);
    try {
      if (!statSync(path).isDirectory()) return 'file';
      return readdirSync(path, { withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name);
    } catch {
      return 'missing';
    }
  }

  async readFile(path: string): Promise<string | undefined> {
    const absolute = resolve(this.cwd, path);
    try {
      const text = readFileSync(absolute, 'utf8');
      this.absolute.set(path, absolute);
      return text;
    } catch {
      return undefined;
    }
  }
}
