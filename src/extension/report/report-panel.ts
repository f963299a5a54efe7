import { openRequest } from './open-request';
import * as vscode from 'vscode';
import type { Location } from '../../core';
import { buildReadiness, formatMarkdown, formatSarif, type ReadinessReport } from '../../core/report';
import type { WorkspaceScan } from '../checking/workspace-scan';
import type { CoreServices } from '../core-services';
import { exportInput } from './export-input';
import { renderReportHtml } from './report-html';

export const REPORT_VIEW_TYPE = 'icpCheck.report';

/** What the report command returns, so tests can read the model the view shows. */
export interface ReportSummary {
  readonly verdict: string;
  readonly instances: readonly {
    name: string;
    file: string;
    verdict: string;
    requirements: Readonly<Record<string, string>>;
  }[];
  readonly suppressions: number;
  readonly html: string;
  /** The instance the page was opened at, if any. */
  readonly focused?: string;
}

/**
 * "ICP Filing: Show Readiness Report": one webview panel (re-used), rendered from a fresh workspace
 * check. Rows open their source; Markdown and SARIF exports use the same formatters as the CLI.
 */
export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private scan: WorkspaceScan | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly core: CoreServices,
    private readonly runScan: () => Promise<WorkspaceScan | undefined>,
  ) {}

  /** Opens (or reveals) the report; `focus`: an instance header to scroll to (from a CodeLens or hover). */
  async show(focus?: Location): Promise<ReportSummary | undefined> {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        REPORT_VIEW_TYPE,
        vscode.l10n.t('ICP Filing Readiness'),
        vscode.ViewColumn.Active,
        {
          enableScripts: true,
          localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'codicons')],
        },
      );
      this.attach(this.panel);
    } else {
      this.panel.reveal();
    }
    return this.refresh(focus);
  }

  /** Re-opens a report panel VS Code restored after a reload. */
  restore(panel: vscode.WebviewPanel): Promise<ReportSummary | undefined> {
    this.panel = panel;
    panel.webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'codicons')],
    };
    this.attach(panel);
    return this.refresh();
  }

  private attach(panel: vscode.WebviewPanel): void {
    panel.onDidDispose(
      () => {
        this.panel = undefined;
      },
      null,
      this.disposables,
    );
    panel.webview.onDidReceiveMessage(
      (m: { type: string; at?: unknown }) => this.onMessage(m),
      null,
      this.disposables,
    );
  }

  async refresh(focus?: Location): Promise<ReportSummary | undefined> {
    this.scan = await this.runScan();
    if (!this.panel || !this.scan) return undefined;
    const readiness = buildReadiness(this.scan.result, { assumedRegion: this.assumedRegion() });
    const webview = this.panel.webview;
    const html = renderReportHtml({
      readiness,
      texts: this.scan.texts,
      lang: this.core.lang,
      focus,
      nonce: scriptNonce(),
      cspSource: webview.cspSource,
      codiconsCssUri: webview
        .asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'codicons', 'codicon.css'))
        .toString(),
      relativePath: (file) =>
        vscode.workspace.asRelativePath(
          vscode.Uri.parse(file),
          (vscode.workspace.workspaceFolders?.length ?? 0) > 1,
        ),
      chrome: {
        refresh: vscode.l10n.t('Refresh'),
        exportMarkdown: vscode.l10n.t('Export Markdown'),
        exportSarif: vscode.l10n.t('Export SARIF'),
        instance: vscode.l10n.t('Instance'),
        where: vscode.l10n.t('Defined at'),
        openHint: vscode.l10n.t('Open in the editor'),
        generatedAt: vscode.l10n.t('Checked {0}', new Date().toLocaleString(vscode.env.language)),
        otherFindings: vscode.l10n.t('Findings outside instances'),
        search: vscode.l10n.t('Filter by name, type or file'),
        allVerdicts: vscode.l10n.t('All verdicts'),
        // The placeholders stay for the page to fill as the filter changes.
        shown: {
          one: vscode.l10n.t('{0} of {1} instance shown', '{0}', '{1}'),
          other: vscode.l10n.t('{0} of {1} instances shown', '{0}', '{1}'),
        },
      },
    });
    webview.html = html;
    return summarize(readiness, html, focus);
  }

  /** Writes the report as Markdown or SARIF: to `target`, or where the user picks. */
  async export(format: 'markdown' | 'sarif', target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const scan = this.scan ?? (await this.runScan());
    if (!scan) return undefined;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = format === 'markdown' ? 'icp-readiness.md' : 'icp-readiness.sarif';
    const uri =
      target ??
      (await vscode.window.showSaveDialog({
        defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
        filters: format === 'markdown' ? { Markdown: ['md'] } : { SARIF: ['sarif', 'json'] },
        saveLabel: format === 'markdown' ? vscode.l10n.t('Export Markdown') : vscode.l10n.t('Export SARIF'),
      }));
    if (!uri) return undefined;
    const pkg = this.context.extension.packageJSON as { name: string; version: string };
    const input = exportInput(scan, this.core.lang, { name: pkg.name, version: pkg.version }, localToday());
    // SARIF artifact URIs relative to the workspace, as the CLI writes them when run from there.
    const text =
      format === 'markdown'
        ? formatMarkdown(input)
        : formatSarif(input, { srcRoot: folder ? `${folder.toString()}/` : undefined });
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    void vscode.window.showInformationMessage(
      vscode.l10n.t('ICP filing report written to {0}', vscode.workspace.asRelativePath(uri)),
    );
    return uri;
  }

  private assumedRegion(): string | undefined {
    return this.scan?.snapshots[0]?.options.config?.region;
  }

  private async onMessage(message: { type: string; at?: unknown }): Promise<void> {
    switch (message.type) {
      case 'refresh':
        await this.refresh();
        break;
      case 'exportMarkdown':
        await this.export('markdown');
        break;
      case 'exportSarif':
        await this.export('sarif');
        break;
      case 'open': {
        // Only a place in a file this report was built from: the webview's messages are not trusted.
        const at = this.scan ? openRequest(message, this.scan.texts) : undefined;
        if (at) await openLocation(at);
        break;
      }
    }
  }

  dispose(): void {
    this.panel?.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}

/** Opens a core Location (offsets) in an editor beside the report, with the range selected. */
export async function openLocation(at: Location): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(at.file));
  const range = new vscode.Range(document.positionAt(at.start), document.positionAt(at.end));
  return vscode.window.showTextDocument(document, {
    selection: range,
    viewColumn: vscode.ViewColumn.One,
    preview: true,
  });
}

function summarize(readiness: ReadinessReport, html: string, focus?: Location): ReportSummary {
  return {
    verdict: readiness.verdict,
    focused:
      focus &&
      readiness.instances.find(
        (i) => i.instance.header.file === focus.file && i.instance.header.start === focus.start,
      )?.instance.name,
    instances: readiness.instances.map((i) => ({
      name: i.instance.name,
      file: i.instance.file,
      verdict: i.verdict,
      requirements: Object.fromEntries(i.requirements.map((r) => [r.id, r.status])),
    })),
    suppressions: readiness.suppressions.length,
    html,
  };
}

/** Today in the local time zone, as the CLI dates its reports. */
function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * A fresh nonce for the page's script (its Content-Security-Policy allows only that script):
 * 16 random bytes from Web Crypto, which both Node and the browser's worker have, in base64.
 */
function scriptNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
