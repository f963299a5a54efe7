import * as vscode from 'vscode';
import type { Location } from '../../core';
import type { CoreServices } from '../core-services';
import { SHOW_REPORT_COMMAND } from '../status/status-bar';
import type { DocumentVerdicts } from './document-verdicts';
import { lensTitle, VERDICT_TEXTS } from './verdict-text';

/** `icpCheck.codeLens`: the verdict above each instance (on unless turned off). */
export const CODE_LENS_SETTING = 'codeLens';

/** "ICP: not ready — pay-as-you-go" above each instance header; a click opens the report at that instance. */
export class VerdictLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(
    private readonly core: CoreServices,
    private readonly verdicts: DocumentVerdicts,
  ) {
    this.disposables.push(
      verdicts.onDidChange(() => this.changed.fire()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`icpCheck.${CODE_LENS_SETTING}`)) this.changed.fire();
      }),
    );
  }

  async provideCodeLenses(
    document: vscode.TextDocument,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeLens[]> {
    if (!vscode.workspace.getConfiguration('icpCheck', document.uri).get<boolean>(CODE_LENS_SETTING, true))
      return [];
    const found = await this.verdicts.forDocument(document, token);
    if (!found) return [];
    const index = found.snapshot.indexOf(document.uri.toString());
    if (!index) return [];
    return found.instances.map((i) => {
      const start = index.positionAt(i.instance.header.start);
      const at: Location = i.instance.header;
      return new vscode.CodeLens(new vscode.Range(start.line, 0, start.line, 0), {
        title: lensTitle(i, this.core.lang),
        tooltip: VERDICT_TEXTS.lensTooltip[this.core.lang],
        command: SHOW_REPORT_COMMAND,
        arguments: [at],
      });
    });
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
