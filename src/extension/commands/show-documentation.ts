import * as vscode from 'vscode';

export const SHOW_DOCUMENTATION_COMMAND = 'icpCheck.showDocumentation';

/** Opens a rule's documentation page in the browser. */
export async function showDocumentation(url: unknown): Promise<boolean> {
  if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return false;
  return vscode.env.openExternal(vscode.Uri.parse(url));
}
