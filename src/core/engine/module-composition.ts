import type { Finding, RelatedLocation } from '../model/finding';
import type { Instance } from '../model/instance';
import { folderOf } from '../model/paths';
import { composeModules, hasModuleCalls, MODULES_JSON, type Composition } from '../parse/hcl/compose/index';
import type { HclFile } from '../parse/hcl/parse-file';
import type { ParseOutput } from '../parse/types';
import type { CheckOptions, SourceFile } from './types';

/** A Terraform folder's parse, as the pipeline made it. */
export interface FolderUnit {
  readonly folder: string;
  readonly output: ParseOutput;
}

/** Whether a file is the `modules.json` that `terraform init` writes under a root folder. */
export function isModulesJson(path: string): boolean {
  return path.replace(/\\/g, '/').endsWith(`/${MODULES_JSON}`) || path === MODULES_JSON;
}

/**
 * Module calls followed across the parsed Terraform folders. Undefined when no folder calls a
 * module (the usual flat configuration): then every folder is a root and nothing changes.
 */
export function composeFolders(
  units: readonly FolderUnit[],
  files: readonly SourceFile[],
  options: CheckOptions,
): Composition | undefined {
  const folders = new Map<string, readonly HclFile[]>();
  for (const unit of units) if (unit.output.terraform) folders.set(unit.folder, unit.output.terraform.files);
  const modulesJson = new Map<string, SourceFile>();
  for (const file of files)
    if (isModulesJson(file.path)) modulesJson.set(folderOf(folderOf(folderOf(file.path))), file);
  if (![...folders.values()].some(hasModuleCalls)) return undefined;
  const followed = new Set(files.filter((f) => f.followed).map((f) => folderOf(f.path)));
  return composeModules({ folders, followed, states: options.moduleFolders ?? new Map(), modulesJson });
}

/** The instances a check runs the rules on: called folders' own are replaced by those created through calls. */
export function composedInstances(units: readonly FolderUnit[], composition: Composition): Instance[] {
  const kept = units.filter((u) => !composition.called.has(u.folder)).flatMap((u) => u.output.instances);
  return [...kept, ...composition.instances];
}

/**
 * A literal in a called module that no call can change is reported once, on the literal, with
 * every call that reaches it as a related location: findings of different instances at the same
 * place in a called folder, for the same rule and message, become one, about all those instances.
 */
export function mergeFindingsInCalledFolders(
  findings: readonly Finding[],
  composition: Composition,
): Finding[] {
  const merged: Finding[] = [];
  const byPlace = new Map<string, { index: number; related: RelatedLocation[]; keys: string[] }>();
  for (const finding of findings) {
    if (!composition.called.has(folderOf(finding.at.file))) {
      merged.push(finding);
      continue;
    }
    const key = [finding.ruleId, finding.messageId, finding.at.file, finding.at.start, finding.at.end].join(
      '\u0000',
    );
    const seen = byPlace.get(key);
    if (!seen) {
      byPlace.set(key, {
        index: merged.length,
        related: [...finding.related],
        keys: [...(finding.instanceKeys ?? [])],
      });
      merged.push(finding);
      continue;
    }
    for (const r of finding.related) {
      if (
        !seen.related.some(
          (s) => s.at.file === r.at.file && s.at.start === r.at.start && s.at.end === r.at.end,
        )
      )
        seen.related.push(r);
    }
    for (const k of finding.instanceKeys ?? []) if (!seen.keys.includes(k)) seen.keys.push(k);
    merged[seen.index] = { ...merged[seen.index], related: seen.related, instanceKeys: seen.keys };
  }
  return merged;
}
