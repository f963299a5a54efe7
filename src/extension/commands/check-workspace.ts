import * as vscode from 'vscode';
import type { DiagnosticsController } from '../checking/diagnostics-controller';
import { scanWorkspace, type WorkspaceScan } from '../checking/workspace-scan';
import type { SourceReader } from '../checking/source-reader';
import type { ConfigFiles } from '../config/config-file';
import type { CoreServices } from '../core-services';
import { plural } from '../language';

export const CHECK_WORKSPACE_COMMAND = 'icpCheck.checkWorkspace';

/** "ICP Filing: Check Workspace": every file, with a cancellable progress notification, into Problems. */
export async function checkWorkspace(
  core: CoreServices,
  reader: SourceReader,
  configFiles: ConfigFiles,
  diagnostics: DiagnosticsController,
): Promise<WorkspaceScan | undefined> {
  const scan = await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: vscode.l10n.t('ICP filing: checking the workspace'),
      cancellable: true,
    },
    async (progress, token) => {
      let reported = 0;
      return scanWorkspace(
        core,
        reader,
        configFiles,
        (done, total) => {
          const percent = Math.floor((done / Math.max(total, 1)) * 100);
          progress.report({
            increment: percent - reported,
            message: plural(
              total,
              core.lang,
              vscode.l10n.t('{0} of {1} file', done, total),
              vscode.l10n.t('{0} of {1} files', done, total),
            ),
          });
          reported = percent;
        },
        token,
      );
    },
  );
  if (!scan) return undefined;
  scan.snapshots.forEach((s) => diagnostics.publishWorkspace(s));
  const errors = scan.result.findings.filter((f) => f.severity === 'error').length;
  const files = scan.result.checkedFiles.length;
  const instances = scan.result.instances.length;
  void vscode.window.showInformationMessage(
    vscode.l10n.t(
      'ICP filing: {0} checked, {1}, {2}.',
      plural(files, core.lang, vscode.l10n.t('{0} file', files), vscode.l10n.t('{0} files', files)),
      plural(
        instances,
        core.lang,
        vscode.l10n.t('{0} instance', instances),
        vscode.l10n.t('{0} instances', instances),
      ),
      plural(errors, core.lang, vscode.l10n.t('{0} error', errors), vscode.l10n.t('{0} errors', errors)),
    ),
  );
  return scan;
}
