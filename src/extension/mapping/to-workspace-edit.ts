import type * as vscode from 'vscode';
import type { LineIndex, TextEdit } from '../../core';
import { toRange } from './to-diagnostic';
import type { VscodeClasses } from './vscode-types';

/**
 * The core's edits (offsets into the texts a check ran on, possibly in several files) as one
 * WorkspaceEdit, so a fix that also changes a variable's default in variables.tf is one undo step.
 * Returns undefined when an edit names a file whose text is not known: never guess offsets.
 */
export function toWorkspaceEdit(
  edits: readonly TextEdit[],
  indexOf: (file: string) => LineIndex | undefined,
  classes: VscodeClasses,
): vscode.WorkspaceEdit | undefined {
  const byFile = new Map<string, vscode.TextEdit[]>();
  for (const e of edits) {
    const index = indexOf(e.file);
    if (!index) return undefined;
    const list = byFile.get(e.file) ?? [];
    list.push(new classes.TextEdit(toRange(index, e.start, e.end, classes), e.newText));
    byFile.set(e.file, list);
  }
  const workspaceEdit = new classes.WorkspaceEdit();
  for (const [file, list] of byFile) workspaceEdit.set(classes.Uri.parse(file), list);
  return workspaceEdit;
}
