import * as vscode from 'vscode';
import { configProblemFindings, LineIndex, type CheckResult } from '../../core';
import type { ConfigFiles } from '../config/config-file';
import { isCheckableDocument, isConfigFile } from '../file-kinds';
import { toDiagnostic, type MappingContext } from '../mapping/to-diagnostic';
import type { CoreServices } from '../core-services';
import type { CheckRunner } from './check-runner';
import { optionsFor } from './check-options';
import { InProcessRunner } from './in-process-runner';
import { CheckSnapshot, toSource, type FileSnapshot } from './snapshot';
import type { SourceReader } from './source-reader';
import { withModules } from './module-host';

/** Typing pauses shorter than this do not start a check (the engine is fast, the UI should stay calm). */
export const DEBOUNCE_MS = 250;

/**
 * Keeps the Problems panel in step with open documents: checks a document with its module folder
 * (debounced on type, or on save), publishes diagnostics for every open file of that module,
 * re-checks when a sibling file or `.icpcheck.yaml` changes, and clears a document when it closes.
 * The last snapshot per document is kept for code actions, which only trust it at the same version.
 */
export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('icp-check');
  private readonly snapshots = new Map<string, CheckSnapshot>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Files whose diagnostics came from "Check Workspace": kept when closed. */
  private readonly fromWorkspaceCheck = new Set<string>();
  private readonly generation = new Map<string, number>();
  private readonly checked = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [this.collection, this.checked];
  /** Fires after a document's diagnostics were refreshed. */
  readonly onDidCheck = this.checked.event;

  constructor(
    private readonly core: CoreServices,
    private readonly reader: SourceReader,
    private readonly configFiles: ConfigFiles,
    /**
     * Where checks run; each keeps every Terraform file's tree and converted form between checks, so
     * typing reparses only the edit. The desktop extension routes large files to a worker.
     */
    private readonly runner: CheckRunner = new InProcessRunner(),
  ) {
    this.disposables.push(
      { dispose: () => this.runner.dispose() },
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onChange(e)),
      vscode.workspace.onDidSaveTextDocument((d) => this.onSave(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.onClose(d)),
      // VS Code disposes a document some time after its last editor closes; the tab closing is what
      // the user sees, so that is when its squiggles go. Re-shown editors are checked again.
      vscode.window.tabGroups.onDidChangeTabs((e) => this.onTabsClosed(e.closed)),
      vscode.window.onDidChangeVisibleTextEditors((editors) =>
        editors.forEach((ed) => {
          if (!this.snapshots.has(ed.document.uri.toString())) this.schedule(ed.document, 0);
        }),
      ),
      reader.onDidChangeFolder((folder) => this.recheckFolder(folder)),
      configFiles.onDidChange(() => this.recheckAll()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('icpCheck')) this.recheckAll();
      }),
      // Trust lifts the Restricted Mode limits on what the workspace configures.
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.recheckAll()),
    );
  }

  /** Checks every open document once (at activation). */
  start(): void {
    vscode.workspace.textDocuments.forEach((d) => this.schedule(d, 0));
  }

  /** The snapshot a document's diagnostics were computed from, if it still matches the document. */
  snapshotFor(document: vscode.TextDocument): CheckSnapshot | undefined {
    const snapshot = this.snapshots.get(document.uri.toString());
    return snapshot?.file(document.uri.toString())?.version === document.version ? snapshot : undefined;
  }

  /** Whether a check of the document is waiting for its debounce (tests: typing in "onSave" mode schedules none). */
  hasScheduledCheck(uri: vscode.Uri): boolean {
    return this.timers.has(uri.toString());
  }

  /** Checks now (no debounce) and resolves when diagnostics are published. */
  async checkNow(document: vscode.TextDocument): Promise<CheckSnapshot | undefined> {
    this.clearTimer(document.uri.toString());
    return this.run(document);
  }

  /** Publishes a whole-workspace result ("Check Workspace"), for open and closed files alike. */
  publishWorkspace(snapshot: CheckSnapshot): void {
    const grouped = this.diagnosticsByFile(snapshot);
    for (const uri of snapshot.result.checkedFiles) {
      this.fromWorkspaceCheck.add(uri);
      this.collection.set(vscode.Uri.parse(uri), grouped.get(uri) ?? []);
    }
  }

  mappingContext(snapshot: CheckSnapshot): MappingContext {
    return { vscode, lang: this.core.lang, indexOf: snapshot.indexOf, docsUrl: this.core.docsUrl };
  }

  private onChange(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0) return;
    if (isConfigFile(e.document.uri.toString())) {
      this.configFiles.invalidate(e.document.uri);
      this.schedule(e.document, DEBOUNCE_MS);
      this.recheckAll(DEBOUNCE_MS);
      return;
    }
    const key = e.document.uri.toString();
    const run = this.core.settings(e.document.uri).run;
    if (run === 'onType') {
      this.schedule(e.document, DEBOUNCE_MS);
      this.recheckSiblings(e.document, DEBOUNCE_MS);
    } else {
      // On save only: what is shown no longer matches the text, so hide it until the next save.
      this.clearTimer(key);
    }
  }

  private onSave(document: vscode.TextDocument): void {
    if (this.core.settings(document.uri).run === 'onSave') {
      this.schedule(document, 0);
      this.recheckSiblings(document, 0);
    }
  }

  private onClose(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.clearTimer(key);
    this.snapshots.delete(key);
    this.runner.forget(key);
    this.reader.forget(document.uri);
    if (isConfigFile(key)) this.configFiles.invalidate(document.uri);
    if (!this.fromWorkspaceCheck.has(key)) this.collection.delete(document.uri);
    // Its siblings were checked with the typed text; re-check them with what is on disk now.
    this.recheckSiblings(document, 0);
  }

  private onTabsClosed(closed: readonly vscode.Tab[]): void {
    const stillOpen = new Set(
      vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .map(tabUri)
        .filter((u) => u !== undefined),
    );
    for (const tab of closed) {
      const uri = tabUri(tab);
      if (!uri || stillOpen.has(uri) || this.fromWorkspaceCheck.has(uri)) continue;
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
      if (document?.isDirty) continue;
      this.clearTimer(uri);
      this.snapshots.delete(uri);
      this.collection.delete(vscode.Uri.parse(uri));
    }
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    const key = document.uri.toString();
    if (!this.isRelevant(document)) return;
    this.clearTimer(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.run(document);
      }, delay),
    );
  }

  private isRelevant(document: vscode.TextDocument): boolean {
    const key = document.uri.toString();
    if (
      document.uri.scheme === 'output' ||
      document.uri.scheme === 'vscode-webview' ||
      document.uri.scheme === 'git'
    )
      return false;
    return (
      isConfigFile(key) ||
      isCheckableDocument(key, document.languageId, document.getText()) ||
      this.collection.has(document.uri)
    );
  }

  private recheckSiblings(document: vscode.TextDocument, delay: number): void {
    const folder = vscode.Uri.joinPath(document.uri, '..').toString();
    for (const other of vscode.workspace.textDocuments) {
      if (other !== document && vscode.Uri.joinPath(other.uri, '..').toString() === folder)
        this.schedule(other, delay);
    }
  }

  private recheckFolder(folder: string): void {
    for (const d of vscode.workspace.textDocuments) {
      // Its own folder, or a module folder its last check read through a module call.
      const read = this.snapshots
        .get(d.uri.toString())
        ?.uris.some((uri) => vscode.Uri.joinPath(vscode.Uri.parse(uri), '..').toString() === folder);
      if (vscode.Uri.joinPath(d.uri, '..').toString() === folder || read) this.schedule(d, DEBOUNCE_MS);
    }
  }

  private recheckAll(delay = 0): void {
    vscode.workspace.textDocuments.forEach((d) => this.schedule(d, delay));
  }

  private clearTimer(key: string): void {
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
  }

  private async run(document: vscode.TextDocument): Promise<CheckSnapshot | undefined> {
    const key = document.uri.toString();
    const generation = (this.generation.get(key) ?? 0) + 1;
    this.generation.set(key, generation);
    if (document.isClosed) return undefined;
    if (isConfigFile(key)) {
      await this.publishConfigProblems(document);
      return undefined;
    }
    const { settings, options } = await optionsFor(document.uri, this.configFiles);
    if (!settings.enable || !isCheckableDocument(key, document.languageId, document.getText())) {
      this.collection.delete(document.uri);
      this.snapshots.delete(key);
      this.checked.fire(document);
      return undefined;
    }
    await this.core.ready;
    // The folder's files, then the folders its module calls name (the root's squiggle is on the call).
    const modules = await withModules(await this.reader.readWithModule(document), this.reader);
    const files: FileSnapshot[] = modules.files;
    // A newer run started while the siblings were read, or the text moved on: that run publishes.
    if (this.generation.get(key) !== generation || document.isClosed || files[0].version !== document.version)
      return undefined;
    const checkOptions = { ...options, moduleFolders: modules.moduleFolders };
    let result: CheckResult;
    try {
      const sources = files.map((f) =>
        modules.followed.has(f.uri) ? { ...toSource(f), followed: true } : toSource(f),
      );
      const checked = await this.runner.check({
        files: sources,
        options: checkOptions,
        key,
        timeBudgetMs: settings.timeBudgetMs,
      });
      // Replaced by a newer check of this document before it ran, or one started meanwhile: that one publishes.
      if (!checked || this.generation.get(key) !== generation || document.isClosed) return undefined;
      result = checked;
    } catch (error) {
      this.core.log(`check failed for ${key}: ${error instanceof Error ? error.stack : String(error)}`);
      return undefined;
    }
    const snapshot = new CheckSnapshot(files, result, checkOptions);
    const grouped = this.diagnosticsByFile(snapshot);
    // Every open file of the module gets the same, consistent answer (a called module's files get their own check).
    for (const f of files) {
      if (f.version === undefined || modules.followed.has(f.uri)) continue;
      this.snapshots.set(f.uri, snapshot);
      this.collection.set(vscode.Uri.parse(f.uri), grouped.get(f.uri) ?? []);
    }
    this.checked.fire(document);
    return snapshot;
  }

  private diagnosticsByFile(snapshot: CheckSnapshot): Map<string, vscode.Diagnostic[]> {
    const ctx = this.mappingContext(snapshot);
    const grouped = new Map<string, vscode.Diagnostic[]>();
    for (const finding of snapshot.result.findings) {
      const diagnostic = toDiagnostic(finding, ctx);
      if (!diagnostic) continue;
      const list = grouped.get(finding.at.file) ?? [];
      list.push(diagnostic);
      grouped.set(finding.at.file, list);
    }
    return grouped;
  }

  /**
   * An invalid `.icpcheck.yaml` shows its problems as ICP000 on the file itself, written by the
   * engine with the settings that apply meanwhile (so `icpCheck.rules` can lower or silence ICP000).
   */
  private async publishConfigProblems(document: vscode.TextDocument): Promise<void> {
    const state = await this.configFiles.load(document.uri);
    const { options } = await optionsFor(document.uri, this.configFiles);
    const findings = configProblemFindings(state?.problems ?? [], options.config);
    const index = new LineIndex(document.getText());
    const ctx: MappingContext = {
      vscode,
      lang: this.core.lang,
      indexOf: () => index,
      docsUrl: this.core.docsUrl,
    };
    this.collection.set(
      document.uri,
      findings.map((f) => toDiagnostic(f, ctx)).filter((d): d is vscode.Diagnostic => d !== undefined),
    );
    this.checked.fire(document);
  }

  dispose(): void {
    this.timers.forEach(clearTimeout);
    this.disposables.forEach((d) => d.dispose());
  }
}

function tabUri(tab: vscode.Tab): string | undefined {
  return tab.input instanceof vscode.TabInputText ? tab.input.uri.toString() : undefined;
}
