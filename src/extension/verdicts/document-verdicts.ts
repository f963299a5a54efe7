import * as vscode from 'vscode';
import { buildReadiness, type InstanceReadiness } from '../../core/report';
import type { DiagnosticsController } from '../checking/diagnostics-controller';
import type { CheckSnapshot } from '../checking/snapshot';
import { isCheckableDocument } from '../file-kinds';

/**
 * The readiness of the instances defined in one document, from the check its diagnostics came from,
 * so the CodeLens, the hover and the Problems panel always tell the same story. One readiness model
 * per check (a module's files share it).
 */
export class DocumentVerdicts {
  private readonly cache = new WeakMap<CheckSnapshot, readonly InstanceReadiness[]>();

  constructor(private readonly diagnostics: DiagnosticsController) {}

  /** Fires when a document's verdicts may have changed. */
  get onDidChange(): vscode.Event<vscode.TextDocument> {
    return this.diagnostics.onDidCheck;
  }

  /**
   * The verdicts for the document as it is now: after the pending check when the text has moved on
   * (so a lens never sits on a stale line), undefined when the document is not checked.
   */
  async forDocument(
    document: vscode.TextDocument,
    token?: vscode.CancellationToken,
  ): Promise<{ snapshot: CheckSnapshot; instances: readonly InstanceReadiness[] } | undefined> {
    const key = document.uri.toString();
    let snapshot = this.diagnostics.snapshotFor(document);
    if (!snapshot) {
      if (!isCheckableDocument(key, document.languageId, document.getText())) return undefined;
      snapshot = await this.nextCheck(document, token);
      if (!snapshot) return undefined;
    }
    return { snapshot, instances: this.all(snapshot).filter((i) => i.instance.file === key) };
  }

  /** Waits for the controller's next check of the document (debounced as the settings say), never forcing one. */
  private nextCheck(
    document: vscode.TextDocument,
    token?: vscode.CancellationToken,
  ): Promise<CheckSnapshot | undefined> {
    return new Promise((resolve) => {
      const done = (snapshot: CheckSnapshot | undefined) => {
        listeners.forEach((l) => l.dispose());
        resolve(snapshot);
      };
      const listeners = [
        this.diagnostics.onDidCheck((checked) => {
          if (checked === document) done(this.diagnostics.snapshotFor(document));
        }),
        ...(token ? [token.onCancellationRequested(() => done(undefined))] : []),
      ];
    });
  }

  private all(snapshot: CheckSnapshot): readonly InstanceReadiness[] {
    let instances = this.cache.get(snapshot);
    if (!instances) {
      instances = buildReadiness(snapshot.result, {
        assumedRegion: snapshot.options.config?.region,
      }).instances;
      this.cache.set(snapshot, instances);
    }
    return instances;
  }
}
