import * as vscode from 'vscode';
import { VERDICT_SHORT, type Verdict } from '../../core/report';
import type { DiagnosticsController } from '../checking/diagnostics-controller';
import type { CoreServices } from '../core-services';
import { pick, plural } from '../language';
import { fileVerdict } from './file-verdict';

export const SHOW_REPORT_COMMAND = 'icpCheck.showReport';

const ICON: Readonly<Record<Verdict, string>> = {
  ready: '$(pass)',
  'at-risk': '$(warning)',
  waived: '$(eye-closed)',
  unknown: '$(question)',
  'not-ready': '$(error)',
};

/** "ICP: not ready": the active file's verdict; a click opens the readiness report. */
export class VerdictStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'icpCheck.verdict',
    vscode.StatusBarAlignment.Left,
    50,
  );
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(
    private readonly core: CoreServices,
    private readonly diagnostics: DiagnosticsController,
  ) {
    this.item.name = vscode.l10n.t('ICP filing verdict');
    this.item.command = SHOW_REPORT_COMMAND;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      diagnostics.onDidCheck((d) => {
        if (d === vscode.window.activeTextEditor?.document) this.update();
      }),
    );
    this.update();
  }

  /** The text shown, for tests. */
  get text(): string {
    return this.item.text;
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const snapshot = document && this.diagnostics.snapshotFor(document);
    const verdict = snapshot && fileVerdict(snapshot.result, document.uri.toString());
    if (!verdict) {
      this.item.hide();
      return;
    }
    this.item.text = `${ICON[verdict.verdict]} ${vscode.l10n.t('ICP: {0}', pick(VERDICT_SHORT[verdict.verdict], this.core.lang))}`;
    const lang = this.core.lang;
    const instances = plural(
      verdict.instances,
      lang,
      vscode.l10n.t('{0} instance', verdict.instances),
      vscode.l10n.t('{0} instances', verdict.instances),
    );
    const errors = plural(
      verdict.errors,
      lang,
      vscode.l10n.t('{0} error', verdict.errors),
      vscode.l10n.t('{0} errors', verdict.errors),
    );
    this.item.tooltip = vscode.l10n.t(
      'ICP filing: {0} in this file, {1}. Click for the readiness report.',
      instances,
      errors,
    );
    this.item.backgroundColor =
      verdict.verdict === 'not-ready' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
