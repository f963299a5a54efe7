import * as vscode from 'vscode';
import { check, type CheckResult } from '../../core';
import type { ConfigFiles } from '../config/config-file';
import type { CoreServices } from '../core-services';
import { isCheckable } from '../file-kinds';
import { optionsFor } from './check-options';
import { CheckSnapshot, type FileSnapshot } from './snapshot';
import type { SourceReader } from './source-reader';
import { withModules } from './module-host';

const CANDIDATES = '**/*.{tf,tfvars,yaml,yml,json}';
/** Folders that hold tool state or dependencies, never the user's infrastructure. */
const EXCLUDE = '**/{node_modules,.git,.terraform,.terragrunt-cache}/**';

export interface WorkspaceScan {
  /** One check per workspace folder, each with that folder's settings and `.icpcheck.yaml`. */
  readonly snapshots: readonly CheckSnapshot[];
  /** All folders' results together, for the report. */
  readonly result: CheckResult;
  readonly texts: ReadonlyMap<string, string>;
}

/** Checks every recognised file of the workspace (open documents with their unsaved text). */
export async function scanWorkspace(
  core: CoreServices,
  reader: SourceReader,
  configFiles: ConfigFiles,
  progress?: (done: number, total: number) => void,
  token?: vscode.CancellationToken,
): Promise<WorkspaceScan | undefined> {
  await core.ready;
  const uris = await vscode.workspace.findFiles(CANDIDATES, EXCLUDE, undefined, token);
  const byFolder = new Map<string, { folder: vscode.Uri; files: FileSnapshot[] }>();
  let done = 0;
  for (const uri of uris) {
    if (token?.isCancellationRequested) return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri ?? vscode.Uri.joinPath(uri, '..');
    const file = await reader.read(uri);
    progress?.(++done, uris.length);
    if (!file || !isCheckable(file.uri, file.text)) continue;
    const group = byFolder.get(folder.toString()) ?? { folder, files: [] };
    group.files.push(file);
    byFolder.set(folder.toString(), group);
  }
  const snapshots: CheckSnapshot[] = [];
  for (const { folder, files } of byFolder.values()) {
    const { settings, options } = await optionsFor(folder, configFiles);
    if (!settings.enable) continue;
    files.sort((a, b) => a.uri.localeCompare(b.uri));
    const modules = await withModules(files, reader);
    const sources = modules.files.map((f) =>
      modules.followed.has(f.uri)
        ? { path: f.uri, text: f.text, followed: true }
        : { path: f.uri, text: f.text },
    );
    const moduleOptions = { ...options, moduleFolders: modules.moduleFolders };
    snapshots.push(new CheckSnapshot(modules.files, check(sources, moduleOptions), moduleOptions));
  }
  return {
    snapshots,
    result: mergeResults(snapshots.map((s) => s.result)),
    texts: new Map(snapshots.flatMap((s) => [...s.texts])),
  };
}

/** Several checks' results as one (the workspace folders, for the report and its exports). */
export function mergeResults(results: readonly CheckResult[]): CheckResult {
  return {
    findings: results.flatMap((r) => r.findings),
    suppressions: results.flatMap((r) => r.suppressions),
    instances: results.flatMap((r) => r.instances),
    skipped: results.flatMap((r) => r.skipped),
    checkedFiles: results.flatMap((r) => r.checkedFiles),
  };
}
