import { baseName, folderOf, joinPath } from '../model/paths';
import { isLocalSource, readCall } from '../parse/hcl/compose/calls';
import { MODULES_JSON, type FolderState } from '../parse/hcl/compose/index';
import { readModulesJson } from '../parse/hcl/compose/modules-json';
import { parseHclFile } from '../parse/hcl/parse-file';
import { kindOf } from './classify';
import type { SourceFile } from './types';

/**
 * How the core asks its caller for the files of another folder, since it never touches a file
 * system itself: the CLI answers from the disk, the extension from `workspace.fs`, tests from memory.
 * Paths are spelled like the checked files' paths (OS paths or URIs), joined with `/`.
 */
export interface ModuleHost {
  /** The names of the files in a folder, or what is there instead. */
  listFolder(folder: string): Promise<readonly string[] | 'missing' | 'file'>;
  /** A file's text; undefined when it cannot be read. */
  readFile(path: string): Promise<string | undefined>;
}

export interface ModuleSources {
  /** The files given, then the `.tf` files of every folder a module call leads to (marked `followed`) and each root's `modules.json`. */
  readonly files: readonly SourceFile[];
  /** For `CheckOptions.moduleFolders`: what the host found at called folders that gave no files. */
  readonly moduleFolders: ReadonlyMap<string, FolderState>;
  /** Whether any Terraform folder calls a module: then its folders must be checked together, in one check. */
  readonly callsModules: boolean;
}

/**
 * The first phase of checking Terraform that calls modules: follows every module call in the
 * given files (local sources by path, wherever they are; downloaded ones through the calling
 * folder's `.terraform/modules/modules.json`) and asks the host for the files Terraform would load
 * there, to any depth. Nothing is fetched from a network. Pass the result to `check` with
 * `{ moduleFolders }`. Parsers must be initialised first (`initCore`).
 */
export async function gatherModuleSources(
  files: readonly SourceFile[],
  host: ModuleHost,
): Promise<ModuleSources> {
  const out: SourceFile[] = [...files];
  const known = new Set(out.map((f) => f.path));
  const byFolder = new Map<string, SourceFile[]>();
  for (const file of files) {
    if (kindOf(file.path) !== 'terraform') continue;
    const folder = folderOf(file.path);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
  }
  const states = new Map<string, FolderState>();
  const queue = [...byFolder.keys()];
  const seen = new Set(queue);
  const given = new Set(queue);

  const visit = async (folder: string) => {
    if (seen.has(folder)) return;
    seen.add(folder);
    const listing = await host.listFolder(folder);
    if (listing === 'missing' || listing === 'file') {
      states.set(folder, listing);
      return;
    }
    // A called module's tfvars never apply (Terraform ignores them there): only its `.tf` files.
    const names = listing.filter((name) => name.endsWith('.tf')).sort();
    const read: SourceFile[] = [];
    for (const name of names) {
      const path = inFolder(folder, name);
      const text = known.has(path) ? undefined : await host.readFile(path);
      if (text !== undefined) read.push({ path, text, followed: true });
    }
    if (read.length === 0 && !byFolder.has(folder)) {
      states.set(folder, 'empty');
      return;
    }
    for (const file of read) known.add(file.path);
    out.push(...read);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), ...read]);
    queue.push(folder);
  };

  let callsModules = false;
  while (queue.length > 0) {
    const folder = queue.shift() as string;
    const sources = callSourcesIn(byFolder.get(folder) ?? []);
    callsModules ||= sources.length > 0;
    for (const source of sources.filter(isLocalSource)) await visit(joinPath(folder, source));
    // Downloaded modules are recorded by `terraform init` in the root folder: a checked folder that calls any module may be one.
    if (!given.has(folder) || sources.length === 0) continue;
    const path = inFolder(folder, MODULES_JSON);
    if (known.has(path)) continue;
    const text = await host.readFile(path);
    if (text === undefined) continue;
    known.add(path);
    const file = { path, text, followed: true };
    out.push(file);
    for (const entry of readModulesJson(file).modules.values()) await visit(joinPath(folder, entry.dir));
  }
  return { files: out, moduleFolders: states, callsModules };
}

/** The `source` of every module call in a folder's `.tf` files. */
function callSourcesIn(files: readonly SourceFile[]): string[] {
  const sources: string[] = [];
  for (const file of files) {
    // Only a file that says "module" can call one; the others need no parse here.
    if (!baseName(file.path).endsWith('.tf') || !file.text.includes('module')) continue;
    const parsed = parseHclFile(file);
    try {
      for (const block of parsed.body.blocks) {
        if (block.type !== 'module' || block.labels.length === 0) continue;
        const source = readCall(block.labels[0].value, { file: parsed, node: block }).source?.value;
        if (source !== undefined) sources.push(source);
      }
    } finally {
      parsed.tree?.delete();
    }
  }
  return sources;
}

/** `name` inside `folder`, where '' is the current folder. */
function inFolder(folder: string, name: string): string {
  return folder === '' ? name : `${folder}/${name}`;
}
