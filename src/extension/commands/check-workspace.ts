import * as vscode from 'vscode';
import type { DiagnosticsController } from '../checking/diagnostics-controller';
import { scanWorkspace, type WorkspaceScan } from '../checking/workspace-scan';
import type { SourceReader } from '../checking/source-reader';
import type { ConfigFiles } from '../config/config-file';
import type { CoreServices } from '../core-services';

export const CHECK_WORKSPACE_COMMAND = 'icpCheck.checkWorkspace';

/** "ICP Filing: Check Workspace": every file, with a cancellable progress notification, into Problems. */
export async function checkWorkspace(
  core: CoreServices,
  reader: SourceReader,
  configFiles: ConfigFiles,
  diagnostics: DiagnosticsController,
): Promise<WorkspaceScan | undefined> {
  const scan = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('ICP filing: checking the workspace'), cancellable: true },
    async (progress, token) => {
      let reported = 0;
      return scanWorkspace(core, reader, configFiles, (done, total) => {
        const percent = Math.floor((done / Math.max(total, 1)) * 100);
        progress.report({ increment: percent - reported, message: vscode.l10n.t('{0} of {1} files', done, total) });
        reported = percent;
      }, token);
    },
  );
  if (!scan) return undefined;
  scan.snapshots.forEach((s) => diagnostics.publishWorkspace(s));
  const errors = scan.result.findings.filter((f) => f.severity === 'error').length;
  void vscode.window.showInformationMessage(
    vscode.l10n.t('ICP filing: {0} files checked, {1} instances, {2} errors.', scan.result.checkedFiles.length, scan.result.instances.length, errors),
  );
  return scan;
}
