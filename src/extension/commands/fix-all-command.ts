import * as vscode from 'vscode';
import type { DiagnosticsController } from '../checking/diagnostics-controller';
import { fixAllEdit } from '../code-actions/fix-all-edit';

export const FIX_ALL_COMMAND = 'icpCheck.fixAllInFile';

/**
 * "Fix all in this file": re-checks the active document now (so the fixes match its current text),
 * then applies the preferred fix of every finding in it as one workspace edit. Returns how many were applied.
 */
export async function fixAllInFile(diagnostics: DiagnosticsController, uri?: vscode.Uri): Promise<number> {
  const document = uri
    ? await vscode.workspace.openTextDocument(uri)
    : vscode.window.activeTextEditor?.document;
  if (!document) return 0;
  const snapshot = await diagnostics.checkNow(document);
  const result =
    snapshot && document.version === snapshot.file(document.uri.toString())?.version
      ? fixAllEdit(snapshot, document.uri.toString())
      : undefined;
  if (!result) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('No ICP filing problem in this file can be fixed automatically.'),
    );
    return 0;
  }
  if (!(await vscode.workspace.applyEdit(result.edit))) return 0;
  await diagnostics.checkNow(document);
  return result.count;
}
