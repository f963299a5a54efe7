import type * as vscode from 'vscode';

/**
 * The VS Code classes the mapping builds. Injected rather than imported so the mapping stays pure:
 * the extension passes the real `vscode` module, unit tests pass small stand-ins.
 */
export type VscodeClasses = Pick<
  typeof vscode,
  | 'Position'
  | 'Range'
  | 'Location'
  | 'Uri'
  | 'Diagnostic'
  | 'DiagnosticSeverity'
  | 'DiagnosticRelatedInformation'
  | 'WorkspaceEdit'
  | 'TextEdit'
  | 'SnippetTextEdit'
  | 'SnippetString'
>;
