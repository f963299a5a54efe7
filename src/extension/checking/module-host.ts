import * as vscode from 'vscode';
import { gatherModuleSources, type ModuleHost } from '../../core';
import type { FileSnapshot } from './snapshot';
import type { SourceReader } from './source-reader';

/**
 * The core's module host in the editor: folders a module call names are listed with
 * `workspace.fs` (any file system provider) and their files read through the source reader, so an
 * open module file is read with its unsaved text. Paths are URI strings, as the checked files'.
 */
export class WorkspaceModuleHost implements ModuleHost {
  constructor(private readonly reader: SourceReader) {}

  async listFolder(folder: string): Promise<readonly string[] | 'missing' | 'file'> {
    const uri = vscode.Uri.parse(folder);
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if ((stat.type & vscode.FileType.Directory) === 0) return 'file';
      const entries = await vscode.workspace.fs.readDirectory(uri);
      return entries.filter(([, type]) => (type & vscode.FileType.File) !== 0).map(([name]) => name);
    } catch {
      return 'missing';
    }
  }

  async readFile(path: string): Promise<string | undefined> {
    return (await this.reader.read(vscode.Uri.parse(path)))?.text;
  }
}

/**
 * The files of a check with the modules they call: the given snapshots, then the called folders'
 * files (snapshots too, so related locations and fixes in them map to ranges), and what the core
 * needs to know about called folders that gave no files.
 */
export async function withModules(
  files: readonly FileSnapshot[],
  reader: SourceReader,
): Promise<{
  files: FileSnapshot[];
  moduleFolders: ReadonlyMap<string, 'missing' | 'file' | 'empty'>;
  followed: ReadonlySet<string>;
}> {
  const gathered = await gatherModuleSources(
    files.map((f) => ({ path: f.uri, text: f.text })),
    new WorkspaceModuleHost(reader),
  );
  const given = new Set(files.map((f) => f.uri));
  const extra: FileSnapshot[] = [];
  for (const file of gathered.files) {
    if (given.has(file.path)) continue;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.path);
    extra.push({
      uri: file.path,
      text: file.text,
      ...(open && open.getText() === file.text ? { version: open.version } : {}),
    });
  }
  const followed = new Set(gathered.files.filter((f) => f.followed).map((f) => f.path));
  return { files: [...files, ...extra], moduleFolders: gathered.moduleFolders, followed };
}
