import * as vscode from 'vscode';

/** `source.fixAll.icpCheck`: what `editor.codeActionsOnSave` names to fix on save. */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('icpCheck');
