import * as vscode from 'vscode';
import { fixAll } from '../../core';
import { toSource, type CheckSnapshot } from '../checking/snapshot';
import { minimalEdit } from '../mapping/text-diff';
import { toWorkspaceEdit } from '../mapping/to-workspace-edit';

/**
 * Every preferred fix for the findings in one document, as one WorkspaceEdit: the fixes may edit
 * the module's other files (a variable's default), but findings located in those files are left
 * for their own "fix all". The core re-checks between passes, so a fix that uncovers another in
 * this document is followed. Undefined when there is nothing to fix.
 */
export function fixAllEdit(
  snapshot: CheckSnapshot,
  documentUri: string,
): { edit: vscode.WorkspaceEdit; count: number } | undefined {
  const files = snapshot.allFiles.map(toSource);
  const fixed = fixAll(files, snapshot.options, { findingsIn: documentUri });
  const edits = fixed.files
    .map((f) => minimalEdit(f.path, snapshot.file(f.path)?.text ?? '', f.text))
    .filter((e) => e !== undefined);
  if (edits.length === 0) return undefined;
  const edit = toWorkspaceEdit(edits, snapshot.indexOf, vscode);
  return edit ? { edit, count: fixed.fixed.length } : undefined;
}
