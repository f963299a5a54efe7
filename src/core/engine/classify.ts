import { baseName, folderOf, hasExtension } from '../model/paths';
import { isTerraformJson } from '../parse/tfjson/names';
import type { SourceFile } from './types';

/** What the engine does with a file, decided by its name alone. */
export type FileKind = 'terraform' | 'yaml' | 'ignored';

export function kindOf(path: string): FileKind {
  // URIs may carry a query or fragment (untitled documents, notebooks); the name is what precedes them.
  const name = baseName(path.replace(/[?#].*$/, '')).toLowerCase();
  if (
    name.endsWith('.tf') ||
    name === 'terraform.tfvars' ||
    name.endsWith('.auto.tfvars') ||
    isTerraformJson(name)
  )
    return 'terraform';
  if (name.endsWith('.yaml') || name.endsWith('.yml') || name.endsWith('.json')) return 'yaml';
  return 'ignored';
}

/** By the name when it says, else by the file's `syntax` (an untitled buffer's language mode). */
export function kindOfFile(file: SourceFile): FileKind {
  const byName = kindOf(file.path);
  if (byName !== 'ignored' || hasExtension(file.path) || file.syntax === undefined) return byName;
  return file.syntax === 'terraform' ? 'terraform' : 'yaml';
}

export interface Classified {
  /** Terraform modules keyed by folder, files in input order. */
  readonly modules: ReadonlyMap<string, readonly SourceFile[]>;
  readonly yaml: readonly SourceFile[];
}

export function classify(files: readonly SourceFile[]): Classified {
  const modules = new Map<string, SourceFile[]>();
  const yaml: SourceFile[] = [];
  for (const file of files) {
    const kind = kindOfFile(file);
    if (kind === 'terraform') {
      const folder = folderOf(file.path);
      const module = modules.get(folder);
      if (module) module.push(file);
      else modules.set(folder, [file]);
    } else if (kind === 'yaml') {
      yaml.push(file);
    }
  }
  return { modules, yaml };
}
