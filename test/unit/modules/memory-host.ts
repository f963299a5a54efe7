import type { ModuleHost } from '../../../src/core/engine/module-sources';
import { folderOf } from '../../../src/core/model/paths';

/** A module host over texts in memory: a folder exists when a file is in it, a path is a file when it is listed. */
export class MemoryHost implements ModuleHost {
  readonly listed: string[] = [];

  constructor(private readonly files: Readonly<Record<string, string>>) {}

  async listFolder(folder: string): Promise<readonly string[] | 'missing' | 'file'> {
    this.listed.push(folder);
    if (folder in this.files) return 'file';
    const names = Object.keys(this.files)
      .filter((p) => folderOf(p) === folder)
      .map((p) => p.slice(folder === '' ? 0 : folder.length + 1));
    const nested = Object.keys(this.files).some((p) => p.startsWith(`${folder}/`));
    return names.length > 0 || nested ? names : 'missing';
  }

  async readFile(path: string): Promise<string | undefined> {
    return this.files[path];
  }
}
