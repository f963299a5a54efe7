import * as vscode from 'vscode';
import { decodeText } from '../../core';
import { documentSyntax, isModuleFile, isTerraformFile } from '../file-kinds';
import type { FileSnapshot } from './snapshot';

/**
 * Reads what a check needs: an open document's live text (with its version), and for Terraform the
 * other files of its module folder through `workspace.fs` (so it works on any file system provider).
 * Disk reads are cached until a watcher says the file changed; `onDidChangeFolder` then tells the
 * controller to re-check open documents of that folder (editing variables.tf re-checks main.tf).
 */
export class SourceReader implements vscode.Disposable {
  private readonly diskCache = new Map<string, string | null>();
  private readonly changed = new vscode.EventEmitter<string>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires with a folder URI string whose module files changed on disk. */
  readonly onDidChangeFolder = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{tf,tfvars,tf.json,tfvars.json}');
    const invalidate = (uri: vscode.Uri) => {
      this.diskCache.delete(uri.toString());
      this.changed.fire(vscode.Uri.joinPath(uri, '..').toString());
    };
    this.disposables.push(
      watcher,
      watcher.onDidChange(invalidate),
      watcher.onDidCreate(invalidate),
      watcher.onDidDelete(invalidate),
      this.changed,
    );
  }

  /** The live text of an open document, or the file on disk; undefined when it cannot be read. */
  async read(uri: vscode.Uri): Promise<FileSnapshot | undefined> {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (open)
      return {
        uri: key,
        text: open.getText(),
        version: open.version,
        syntax: documentSyntax(key, open.languageId),
      };
    if (!this.diskCache.has(key)) {
      try {
        // UTF-8, or UTF-16 with a byte-order mark, as the CLI reads it; other bytes are not text to check.
        const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
        this.diskCache.set(key, 'text' in decoded ? decoded.text : null);
      } catch {
        this.diskCache.set(key, null);
      }
    }
    const text = this.diskCache.get(key);
    return text == null ? undefined : { uri: key, text };
  }

  /** A document and, for Terraform, the files Terraform would load with it from the same folder. */
  async readWithModule(document: vscode.TextDocument): Promise<FileSnapshot[]> {
    const own: FileSnapshot = {
      uri: document.uri.toString(),
      text: document.getText(),
      version: document.version,
      syntax: documentSyntax(document.uri.toString(), document.languageId),
    };
    if (!isTerraformFile(own.uri)) return [own];
    const folder = vscode.Uri.joinPath(document.uri, '..');
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(folder);
    } catch {
      return [own];
    }
    const siblings = entries
      .filter(([name, type]) => type === vscode.FileType.File && isModuleFile(name))
      .map(([name]) => vscode.Uri.joinPath(folder, name))
      .filter((uri) => uri.toString() !== own.uri);
    const read = await Promise.all(siblings.map((uri) => this.read(uri)));
    return [own, ...read.filter((f): f is FileSnapshot => f !== undefined)];
  }

  /** Forget a file's cached disk text (a document closed: its disk text may differ from what was typed). */
  forget(uri: vscode.Uri): void {
    this.diskCache.delete(uri.toString());
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
