import { folderOf, isModulesJson, kindOf, mayBePlan, type SourceFile } from '../../core';

/**
 * The files as the engine's units of work: the Terraform files of one folder stay together (they
 * are one module), and a Terraform plan joins the module it reports into (its folder's, else the
 * current folder's; see `instancesWithSources`); every other file stands alone. Units keep the
 * files' order, each unit at the place of its first file, so any split into consecutive runs hands
 * each thread its files in the order a single check would see them.
 */
export function unitsOf(files: readonly SourceFile[]): SourceFile[][] {
  // Folders joined by module calls are one check. Which folder calls which is only known after
  // parsing, so when any Terraform file may call a module, all Terraform goes in one unit.
  const composes = files.some(
    (f) => isModulesJson(f.path) || (kindOf(f.path) === 'terraform' && f.text.includes('module')),
  );
  const terraformFolders = new Set(
    files.filter((f) => kindOf(f.path) === 'terraform').map((f) => folderOf(f.path)),
  );
  const groupOf = (file: SourceFile): string | undefined => {
    if (kindOf(file.path) === 'terraform' || (composes && isModulesJson(file.path)))
      return composes ? '' : folderOf(file.path);
    if (!mayBePlan(file) || terraformFolders.size === 0) return undefined;
    if (composes) return '';
    const folder = folderOf(file.path);
    return terraformFolders.has(folder) ? folder : terraformFolders.has('') ? '' : undefined;
  };
  const units: SourceFile[][] = [];
  const modules = new Map<string, SourceFile[]>();
  for (const file of files) {
    const folder = groupOf(file);
    if (folder !== undefined) {
      const module = modules.get(folder);
      if (module) {
        module.push(file);
        continue;
      }
      const created = [file];
      modules.set(folder, created);
      units.push(created);
    } else {
      units.push([file]);
    }
  }
  return units;
}

/**
 * Consecutive units grouped into chunks of about `targetChars` characters (a unit is never split):
 * small enough that threads finishing at different times still share the tail of the work.
 */
export function chunksOf(units: readonly SourceFile[][], targetChars: number): SourceFile[][] {
  const chunks: SourceFile[][] = [];
  let current: SourceFile[] = [];
  let size = 0;
  for (const unit of units) {
    current.push(...unit);
    for (const file of unit) size += file.text.length;
    if (size >= targetChars) {
      chunks.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
