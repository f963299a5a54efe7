import type { Finding, Lang, LineIndex, TextEdit } from '../../core';
import { commentMarker } from '../file-kinds';
import { pick } from '../language';

/**
 * What the lightbulb offers for one finding, as plain data (the provider turns it into CodeActions).
 * The catalogue follows vscode-eslint: the rule's fixes (the preferred one first, then the other
 * region choices), "suppress with a reason", and "show documentation".
 */
export type ActionPlan =
  | {
      readonly kind: 'fix';
      readonly title: string;
      readonly preferred: boolean;
      readonly edits: readonly TextEdit[];
    }
  | {
      readonly kind: 'suppress';
      readonly file: string;
      readonly line: number;
      readonly snippet: string;
      readonly ruleId: string;
    }
  | { readonly kind: 'docs'; readonly url: string; readonly ruleId: string };

export interface PlanContext {
  readonly lang: Lang;
  readonly indexOf: (file: string) => LineIndex | undefined;
  readonly docsUrl: (ruleId: string) => string | undefined;
  /** Placeholder text of the reason, in the display language. */
  readonly reasonPlaceholder: string;
}

export function planActions(finding: Finding, ctx: PlanContext): ActionPlan[] {
  const plans: ActionPlan[] = [];
  const fixes = [...finding.fixes].sort((a, b) => Number(b.preferred) - Number(a.preferred));
  for (const fix of fixes) {
    if (fix.edits.length)
      plans.push({
        kind: 'fix',
        title: pick(fix.title, ctx.lang),
        preferred: fix.preferred,
        edits: fix.edits,
      });
  }
  const suppress = suppressionPlan(finding, ctx);
  if (suppress) plans.push(suppress);
  const url = ctx.docsUrl(finding.ruleId);
  if (url) plans.push({ kind: 'docs', url, ruleId: finding.ruleId });
  return plans;
}

/** Snippet syntax: `$`, `}` and `\` in the placeholder's text must be escaped. */
function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/**
 * An `icp-ignore` directive on its own line above the finding's line, with the finding's indentation.
 * On a resource header line it covers the whole resource; otherwise the line below (docs/contract.md, Suppressions).
 * Files without comments (JSON) get none.
 */
export function suppressionPlan(finding: Finding, ctx: PlanContext): ActionPlan | undefined {
  const marker = commentMarker(finding.at.file);
  const index = ctx.indexOf(finding.at.file);
  if (!marker || !index) return undefined;
  const line = index.positionAt(finding.at.start).line;
  const lineStart = index.offsetAt({ line, character: 0 });
  const indent = /^[ \t]*/.exec(index.text.slice(lineStart))?.[0] ?? '';
  const snippet = `${indent}${marker} icp-ignore: ${finding.ruleId} reason="\${1:${escapeSnippet(ctx.reasonPlaceholder)}}"\n`;
  return { kind: 'suppress', file: finding.at.file, line, snippet, ruleId: finding.ruleId };
}
