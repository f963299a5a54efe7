import * as vscode from 'vscode';
import type { Location } from '../core';
import { DiagnosticsController } from './checking/diagnostics-controller';
import { checkRunnerFor } from './checking/platform-runner';
import { scanWorkspace } from './checking/workspace-scan';
import { SourceReader } from './checking/source-reader';
import { IcpCodeActionProvider } from './code-actions/provider';
import { checkWorkspace, CHECK_WORKSPACE_COMMAND } from './commands/check-workspace';
import { fixAllInFile, FIX_ALL_COMMAND } from './commands/fix-all-command';
import { showDocumentation, SHOW_DOCUMENTATION_COMMAND } from './commands/show-documentation';
import { ConfigFiles } from './config/config-file';
import { createCoreServices } from './core-services';
import type { ExtensionPlatform } from './platform';
import { REPORT_VIEW_TYPE, ReportPanel } from './report/report-panel';
import { SHOW_REPORT_COMMAND, VerdictStatusBar } from './status/status-bar';
import { DocumentVerdicts } from './verdicts/document-verdicts';
import { VerdictHoverProvider } from './verdicts/verdict-hover-provider';
import { VerdictLensProvider } from './verdicts/verdict-lens-provider';

/**
 * Files the extension looks at, by language id (when the Terraform / YAML extensions or VS Code name
 * them) and by pattern (when nothing does): it never claims a language or a grammar of its own.
 */
export const DOCUMENT_SELECTOR: vscode.DocumentSelector = [
  { language: 'terraform' },
  { language: 'terraform-vars' },
  { language: 'yaml' },
  { language: 'json' },
  { pattern: '**/*.{tf,tfvars}' },
  { pattern: '**/*.{yaml,yml,json}' },
];

/** What tests reach through `extension.exports`. */
export interface IcpCheckApi {
  /** The extension host it runs in: `node` (desktop, code-server) or `web` (a browser's worker). */
  readonly platform: ExtensionPlatform['name'];
  readonly ready: Promise<void>;
  readonly diagnostics: DiagnosticsController;
  readonly statusBar: VerdictStatusBar;
}

/** Activates the extension; the entry points (`node/main.ts`, `web/main.ts`) say which platform it is on. */
export function activateExtension(
  context: vscode.ExtensionContext,
  platform: ExtensionPlatform,
): IcpCheckApi {
  const output = vscode.window.createOutputChannel('ICP Filing', { log: true });
  const core = createCoreServices(context, output);
  const reader = new SourceReader();
  const configFiles = new ConfigFiles();
  // Large files are checked in a worker thread, so the extension host is never blocked by one.
  const runner = checkRunnerFor(platform, context.extensionUri);
  const diagnostics = new DiagnosticsController(core, reader, configFiles, runner);
  const statusBar = new VerdictStatusBar(core, diagnostics);
  const report = new ReportPanel(context, core, () => scanWorkspace(core, reader, configFiles));
  const verdicts = new DocumentVerdicts(diagnostics);
  const lenses = new VerdictLensProvider(core, verdicts);

  context.subscriptions.push(
    output,
    reader,
    configFiles,
    diagnostics,
    statusBar,
    report,
    lenses,
    vscode.languages.registerCodeLensProvider(DOCUMENT_SELECTOR, lenses),
    vscode.languages.registerHoverProvider(DOCUMENT_SELECTOR, new VerdictHoverProvider(core, verdicts)),
    vscode.languages.registerCodeActionsProvider(
      DOCUMENT_SELECTOR,
      new IcpCodeActionProvider(core, diagnostics),
      IcpCodeActionProvider.metadata,
    ),
    vscode.commands.registerCommand(SHOW_REPORT_COMMAND, (at?: unknown) => report.show(asLocation(at))),
    vscode.commands.registerCommand(CHECK_WORKSPACE_COMMAND, async () =>
      summarizeScan(await checkWorkspace(core, reader, configFiles, diagnostics)),
    ),
    vscode.commands.registerCommand(FIX_ALL_COMMAND, (uri?: vscode.Uri) => fixAllInFile(diagnostics, uri)),
    vscode.commands.registerCommand(SHOW_DOCUMENTATION_COMMAND, (url: unknown) =>
      showDocumentation(context.extensionUri, url),
    ),
    vscode.commands.registerCommand('icpCheck.exportMarkdown', (target?: vscode.Uri) =>
      report.export('markdown', target),
    ),
    vscode.commands.registerCommand('icpCheck.exportSarif', (target?: vscode.Uri) =>
      report.export('sarif', target),
    ),
    vscode.window.registerWebviewPanelSerializer(REPORT_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => {
        await report.restore(panel);
      },
    }),
  );
  diagnostics.start();
  output.info(
    `ICP filing checks active (VS Code ${vscode.version}, ${platform.name} extension host, language ${vscode.env.language})`,
  );
  return { platform: platform.name, ready: core.ready, diagnostics, statusBar };
}

/** The report command's optional argument: an instance header (from a CodeLens or the hover), checked for shape. */
function asLocation(at: unknown): Location | undefined {
  if (typeof at !== 'object' || at === null) return undefined;
  const { file, start, end } = at as Record<string, unknown>;
  return typeof file === 'string' && typeof start === 'number' && typeof end === 'number'
    ? { file, start, end }
    : undefined;
}

function summarizeScan(scan: Awaited<ReturnType<typeof checkWorkspace>>) {
  return (
    scan && {
      files: scan.result.checkedFiles.length,
      instances: scan.result.instances.length,
      findings: scan.result.findings.length,
    }
  );
}
