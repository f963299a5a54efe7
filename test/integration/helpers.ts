import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { IcpCheckApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'icp-check.icp-check';

/** The copy of test/fixtures/workspace the runner opened. */
export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** The extension's API (what `activate` returns), once its core is ready. */
export async function extensionApi(): Promise<IcpCheckApi> {
  const ext = vscode.extensions.getExtension<IcpCheckApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  const api = await ext.activate();
  await api.ready;
  return api;
}

export async function activateExtension(): Promise<void> {
  await extensionApi();
}

/**
 * Resolves once the extension has checked `document` as it is now: its diagnostics and the status
 * bar are then up to date. At once when that check has already completed (the extension has a result
 * for this document version), else at the check's completion event. Empty diagnostics before any
 * check ran do not count.
 */
export async function checked(document: vscode.TextDocument, timeoutMs = 15_000): Promise<void> {
  const { diagnostics } = await extensionApi();
  const seen: string[] = [];
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    };
    // Only a guard against waiting forever, saying what was seen instead of a bare mocha timeout.
    const timer = setTimeout(() => {
      listener.dispose();
      reject(
        new Error(
          `no check of ${document.uri.path} (version ${document.version}) completed; checks seen: ${seen.join(', ') || '(none)'}`,
        ),
      );
    }, timeoutMs);
    const listener = diagnostics.onDidCheck((checkedDocument) => {
      seen.push(`${checkedDocument.uri.path} v${checkedDocument.version}`);
      if (checkedDocument === document && diagnostics.snapshotFor(document)) done();
    });
    if (diagnostics.snapshotFor(document)) done();
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls until `probe` returns a truthy value (diagnostics arrive asynchronously, debounced). */
export async function waitFor<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await sleep(50);
  }
}

export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'icp-check');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

export function codes(uri: vscode.Uri): string[] {
  return ourDiagnostics(uri).map(codeOf).sort();
}

/** Waits until the file's rule IDs are exactly `expected` (sorted, with repeats). */
export async function waitForCodes(
  uri: vscode.Uri,
  expected: string[],
  timeoutMs = 15_000,
): Promise<vscode.Diagnostic[]> {
  const want = [...expected].sort().join(',');
  try {
    await waitFor(() => codes(uri).join(',') === want, `codes ${want} on ${uri.path}`, timeoutMs);
  } catch (e) {
    throw new Error(
      `${(e as Error).message}; have ${codes(uri).join(',') || '(none)'}: ${ourDiagnostics(uri)
        .map((d) => d.message)
        .join(' | ')}`,
      { cause: e },
    );
  }
  return ourDiagnostics(uri);
}

export async function open(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return document;
}

/** The range of the `nth` occurrence of `needle` in the document (what a finding must point at). */
export function rangeOf(document: vscode.TextDocument, needle: string, nth = 0): vscode.Range {
  const text = document.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" #${nth} is in ${document.uri.path}`);
  }
  return new vscode.Range(document.positionAt(at), document.positionAt(at + needle.length));
}

/** The range of `value` right after `prefix` (an attribute's value expression). */
export function valueRange(document: vscode.TextDocument, prefix: string, value: string): vscode.Range {
  const at = document.getText().indexOf(prefix + value);
  assert.ok(at >= 0, `"${prefix}${value}" is in ${document.uri.path}`);
  const start = at + prefix.length;
  return new vscode.Range(document.positionAt(start), document.positionAt(start + value.length));
}

/** The range of the line holding `needle`, trimmed of indentation. */
export function lineRangeOf(document: vscode.TextDocument, needle: string): vscode.Range {
  const line = document.lineAt(rangeOf(document, needle).start.line);
  return new vscode.Range(
    line.lineNumber,
    line.firstNonWhitespaceCharacterIndex,
    line.lineNumber,
    line.text.length,
  );
}

export async function quickFixes(
  uri: vscode.Uri,
  diagnostic: vscode.Diagnostic,
): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  // Actions for the diagnostic's rule (titles name it; the rule's own fixes have their own titles).
  return actions;
}

/** Writes a file on disk behind the editor's back (as git or a terminal would). */
export async function writeOnDisk(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function readOnDisk(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Reverts and closes every editor so the next test starts from the files on disk. */
export async function revertAndCloseAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (document.isDirty && document.uri.scheme === 'file') {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  await closeAll();
}
