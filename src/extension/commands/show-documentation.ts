import * as vscode from 'vscode';

export const SHOW_DOCUMENTATION_COMMAND = 'icpCheck.showDocumentation';

/**
 * Opens a rule's documentation. The page ships inside the extension (`docs/rules/ICP0xx.md`) and
 * opens in VS Code's Markdown preview, so it works offline and where the project's site is slow or
 * unreachable; only when the page is missing does the browser open the web URL.
 */
export async function showDocumentation(extensionUri: vscode.Uri, url: unknown): Promise<boolean> {
  if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return false;
  const page = /\/(ICP\d{3})\.md$/.exec(url)?.[1];
  if (page) {
    const local = vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${page}.md`);
    if (await exists(local)) {
      await vscode.commands.executeCommand('markdown.showPreview', local);
      return true;
    }
  }
  return vscode.env.openExternal(vscode.Uri.parse(url));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
