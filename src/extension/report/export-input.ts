import * as vscode from 'vscode';
import { check, RULES, type CheckResult, type Lang } from '../../core';
import type { ReportInput } from '../../core/report';
import { mergeResults, type WorkspaceScan } from '../checking/workspace-scan';
import { toSource } from '../checking/snapshot';

/**
 * What the exports are written from, so they are the CLI's output run at the workspace folder: the
 * same files checked under workspace-relative paths (`web/main.tf`, not a `file://` URI), the same
 * date, tool name and version. The texts are the ones the report showed (unsaved edits included).
 */
export function exportInput(
  scan: WorkspaceScan,
  lang: Lang,
  tool: { name: string; version: string },
  today: string,
): ReportInput {
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  const relative = (uri: string) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri), multiRoot);
  const results: CheckResult[] = [];
  const texts = new Map<string, string>();
  for (const snapshot of scan.snapshots) {
    const files = snapshot.allFiles.map((f) => ({ ...toSource(f), path: relative(f.uri) }));
    files.forEach((f) => texts.set(f.path, f.text));
    results.push(check(files, { ...snapshot.options, today }));
  }
  const result = mergeResults(results);
  return {
    result,
    texts,
    rules: RULES,
    lang,
    tool,
    today,
    assumedRegion: scan.snapshots[0]?.options.config?.region,
  };
}
