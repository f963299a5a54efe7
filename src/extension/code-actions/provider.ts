import * as vscode from 'vscode';
import type { Finding } from '../../core';
import type { DiagnosticsController } from '../checking/diagnostics-controller';
import type { CheckSnapshot } from '../checking/snapshot';
import type { CoreServices } from '../core-services';
import { DIAGNOSTIC_SOURCE, diagnosticKey, toDiagnostic } from '../mapping/to-diagnostic';
import { toWorkspaceEdit } from '../mapping/to-workspace-edit';
import { fixAllEdit } from './fix-all-edit';
import { FIX_ALL_KIND } from './kinds';
import { planActions, type ActionPlan } from './plan';
import { SHOW_DOCUMENTATION_COMMAND } from '../commands/show-documentation';
import { FIX_ALL_COMMAND } from '../commands/fix-all-command';

/**
 * The lightbulb. Actions are built from the snapshot the diagnostics came from, and only while the
 * document (and every other file a fix edits) is still at that version: a stale fix is never offered.
 */
export class IcpCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(
    private readonly core: CoreServices,
    private readonly diagnostics: DiagnosticsController,
  ) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const snapshot = this.diagnostics.snapshotFor(document);
    if (!snapshot || !isCurrent(snapshot)) return [];
    // Asked for source actions only (fix on save, "Source Action…"): the fix-all action alone.
    if (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix)) {
      return context.only.intersects(FIX_ALL_KIND)
        ? this.fixAllActions(snapshot, document, FIX_ALL_KIND)
        : [];
    }
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    if (ours.length === 0) return [];
    const byKey = this.findingsByKey(snapshot, document);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const finding = byKey.get(diagnosticKey(diagnostic));
      if (!finding) continue;
      for (const plan of planActions(finding, this.planContext(snapshot))) {
        const action = this.toAction(plan, diagnostic, snapshot);
        if (action) actions.push(action);
      }
    }
    const fixable = snapshot.result.findings.filter(
      (f) => f.at.file === document.uri.toString() && f.fixes.some((x) => x.preferred),
    );
    if (fixable.length > 1) {
      // The lightbulb asks on every cursor move: fix-all runs only when chosen, through the command.
      const action = new vscode.CodeAction(
        vscode.l10n.t('Fix all ICP filing problems in this file'),
        vscode.CodeActionKind.QuickFix,
      );
      action.command = { command: FIX_ALL_COMMAND, title: action.title, arguments: [document.uri] };
      actions.push(action);
    }
    return actions;
  }

  private planContext(snapshot: CheckSnapshot) {
    return {
      lang: this.core.lang,
      indexOf: snapshot.indexOf,
      docsUrl: this.core.docsUrl,
      reasonPlaceholder: vscode.l10n.t('why this is acceptable'),
    };
  }

  private findingsByKey(snapshot: CheckSnapshot, document: vscode.TextDocument): Map<string, Finding> {
    const ctx = this.diagnostics.mappingContext(snapshot);
    const map = new Map<string, Finding>();
    for (const finding of snapshot.result.findings) {
      if (finding.at.file !== document.uri.toString()) continue;
      const d = toDiagnostic(finding, ctx);
      if (d) map.set(diagnosticKey(d), finding);
    }
    return map;
  }

  private toAction(
    plan: ActionPlan,
    diagnostic: vscode.Diagnostic,
    snapshot: CheckSnapshot,
  ): vscode.CodeAction | undefined {
    switch (plan.kind) {
      case 'fix': {
        const edit = toWorkspaceEdit(plan.edits, snapshot.indexOf, vscode);
        if (!edit) return undefined;
        const action = new vscode.CodeAction(plan.title, vscode.CodeActionKind.QuickFix);
        action.edit = edit;
        action.diagnostics = [diagnostic];
        action.isPreferred = plan.preferred;
        return action;
      }
      case 'suppress': {
        const action = new vscode.CodeAction(
          vscode.l10n.t('Suppress {0} here, with a reason', plan.ruleId),
          vscode.CodeActionKind.QuickFix,
        );
        const edit = new vscode.WorkspaceEdit();
        edit.set(vscode.Uri.parse(plan.file), [
          vscode.SnippetTextEdit.insert(
            new vscode.Position(plan.line, 0),
            new vscode.SnippetString(plan.snippet),
          ),
        ]);
        action.edit = edit;
        action.diagnostics = [diagnostic];
        return action;
      }
      case 'docs': {
        const action = new vscode.CodeAction(
          vscode.l10n.t('Show documentation for {0}', plan.ruleId),
          vscode.CodeActionKind.QuickFix,
        );
        action.command = { command: SHOW_DOCUMENTATION_COMMAND, title: action.title, arguments: [plan.url] };
        action.diagnostics = [diagnostic];
        return action;
      }
    }
  }

  /** `source.fixAll.icpCheck` carries its edit, so `editor.codeActionsOnSave` applies it before saving. */
  private fixAllActions(
    snapshot: CheckSnapshot,
    document: vscode.TextDocument,
    kind: vscode.CodeActionKind,
  ): vscode.CodeAction[] {
    const result = fixAllEdit(snapshot, document.uri.toString());
    if (!result) return [];
    const action = new vscode.CodeAction(vscode.l10n.t('Fix all ICP filing problems in this file'), kind);
    action.edit = result.edit;
    return [action];
  }
}

/** Every open file the snapshot read is still at the version it read (fixes may edit any of them). */
export function isCurrent(snapshot: CheckSnapshot): boolean {
  for (const file of snapshot.allFiles) {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.uri);
    if (!open) continue;
    if (
      file.version === undefined
        ? open.isDirty && open.getText() !== file.text
        : open.version !== file.version
    )
      return false;
  }
  return true;
}
