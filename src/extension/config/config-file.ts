import * as vscode from 'vscode';
import { parse } from 'yaml';
import { loadConfig, type Config, type ConfigProblem } from '../../core';
import { CONFIG_FILE_NAME, configCandidates } from '../../core/engine/config-lookup';

export { CONFIG_FILE_NAME };

/** A workspace folder's `.icpcheck.yaml`, as loaded by the core (the same loader as the CLI). */
export interface ConfigFileState {
  readonly uri: vscode.Uri;
  readonly text: string;
  /** Undefined when the file is invalid; `problems` then says why. */
  readonly config?: Config;
  /** Top-level keys the file writes: only these override the settings. */
  readonly keys: ReadonlySet<string>;
  readonly problems: readonly ConfigProblem[];
}

/**
 * Finds and loads the `.icpcheck.yaml` that applies to a file: the nearest one from its folder up
 * to its workspace folder, the lookup the CLI makes. Caches each and re-loads it when it changes.
 */
export class ConfigFiles implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<ConfigFileState | undefined>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires with the config file's URI when it is created, changed or deleted. */
  readonly onDidChange = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const reload = (uri: vscode.Uri) => {
      this.cache.delete(uri.toString());
      this.changed.fire(uri);
    };
    this.disposables.push(
      watcher,
      watcher.onDidChange(reload),
      watcher.onDidCreate(reload),
      watcher.onDidDelete(reload),
      this.changed,
    );
  }

  /** The configuration file that applies to `resource`: the nearest one inside its workspace folder. */
  async forResource(resource: vscode.Uri): Promise<ConfigFileState | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(resource);
    if (!folder) return undefined;
    // A workspace folder itself (the whole-workspace scan) starts at its own config, a file at its folder's.
    const isFolder = resource.toString() === folder.uri.toString();
    const from = isFolder ? resource.path : resource.path.slice(0, resource.path.lastIndexOf('/')) || '/';
    for (const path of configCandidates(from, folder.uri.path)) {
      const state = await this.load(resource.with({ path }));
      if (state) return state;
    }
    return undefined;
  }

  /** Reads a config file: the open document's text wins over the disk (so typing shows ICP000 live). */
  load(uri: vscode.Uri): Promise<ConfigFileState | undefined> {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (open) return Promise.resolve(stateOf(uri, open.getText()));
    let pending = this.cache.get(key);
    if (!pending) {
      pending = Promise.resolve(vscode.workspace.fs.readFile(uri)).then(
        (bytes) => stateOf(uri, new TextDecoder('utf-8').decode(bytes)),
        () => undefined,
      );
      this.cache.set(key, pending);
    }
    return pending;
  }

  /** The open document changed (or closed): drop the cached disk state. */
  invalidate(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

function stateOf(uri: vscode.Uri, text: string): ConfigFileState {
  const loaded = loadConfig(text, uri.toString());
  return 'config' in loaded
    ? { uri, text, config: loaded.config, keys: topLevelKeys(text), problems: [] }
    : { uri, text, keys: new Set(), problems: loaded.problems };
}

function topLevelKeys(text: string): Set<string> {
  try {
    const data: unknown = parse(text);
    return new Set(data && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data) : []);
  } catch {
    return new Set();
  }
}
