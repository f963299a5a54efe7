import type * as vscode from 'vscode';
import type { Finding, Lang, LineIndex, Severity } from '../../core';
import { pick } from '../language';
import type { VscodeClasses } from './vscode-types';

/** Shown as the diagnostic's source in the Problems panel and hovers. */
export const DIAGNOSTIC_SOURCE = 'icp-check';

export interface MappingContext {
  readonly vscode: VscodeClasses;
  readonly lang: Lang;
  /** The line index of the exact text the findings were computed on, per file (URI string). */
  indexOf(file: string): LineIndex | undefined;
  /** The rule's documentation page. */
  docsUrl(ruleId: string): string | undefined;
}

export function toSeverity(severity: Severity, classes: VscodeClasses): vscode.DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return classes.DiagnosticSeverity.Error;
    case 'warning':
      return classes.DiagnosticSeverity.Warning;
    case 'info':
      return classes.DiagnosticSeverity.Information;
    case 'hint':
      return classes.DiagnosticSeverity.Hint;
  }
}

export function toRange(index: LineIndex, start: number, end: number, classes: VscodeClasses): vscode.Range {
  const r = index.range(start, end);
  return new classes.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** A finding as a VS Code diagnostic: exact range, rule link, related locations where the value came from. */
export function toDiagnostic(finding: Finding, ctx: MappingContext): vscode.Diagnostic | undefined {
  const { vscode: classes } = ctx;
  const index = ctx.indexOf(finding.at.file);
  if (!index) return undefined;
  const diagnostic = new classes.Diagnostic(
    toRange(index, finding.at.start, finding.at.end, classes),
    pick(finding.message, ctx.lang),
    toSeverity(finding.severity, classes),
  );
  diagnostic.source = DIAGNOSTIC_SOURCE;
  const url = ctx.docsUrl(finding.ruleId);
  diagnostic.code = url ? { value: finding.ruleId, target: classes.Uri.parse(url) } : finding.ruleId;
  const related: vscode.DiagnosticRelatedInformation[] = [];
  for (const step of finding.related) {
    const stepIndex = ctx.indexOf(step.at.file);
    if (!stepIndex) continue;
    const location = new classes.Location(
      classes.Uri.parse(step.at.file),
      toRange(stepIndex, step.at.start, step.at.end, classes),
    );
    related.push(new classes.DiagnosticRelatedInformation(location, pick(step.message, ctx.lang)));
  }
  if (related.length) diagnostic.relatedInformation = related;
  return diagnostic;
}

/**
 * Identifies a diagnostic across the extension-host boundary: the objects VS Code hands back to a
 * code action provider are copies, so they are matched by rule, range and message (as vscode-eslint does).
 */
export function diagnosticKey(d: Pick<vscode.Diagnostic, 'code' | 'range' | 'message'>): string {
  const code = typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
  const r = d.range;
  return `${String(code)}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}:${d.message}`;
}
