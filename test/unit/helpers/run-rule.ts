import type { Finding } from '../../../src/core/model/finding';
import type { Instance } from '../../../src/core/model/instance';
import type { Rule } from '../../../src/core/rules/rule';
import { ruleById } from '../../../src/core/rules/index';
import { applyEdits } from '../../../src/core/engine/apply-edits';
import { ruleMeta } from '../../../src/core/engine/rule-meta';
import { runRules } from '../../../src/core/engine/run-rules';
import { FileBudget } from '../../../src/core/engine/file-budget';
import { renderFinding, type RenderedFinding, type Texts } from './render';

export const TEST_TODAY = '2026-05-01';

export interface RuleRun {
  /** The rule's own findings. */
  readonly findings: readonly Finding[];
  readonly rendered: readonly RenderedFinding[];
  /** The ICP012 findings the engine wrote for the values the rule could not read, rendered. */
  readonly unresolved: readonly RenderedFinding[];
}

/**
 * Runs one rule over hand-built instances through the engine's own rule runner (the one `check`
 * uses), so rule tests do not depend on the parsers yet see exactly the findings users see. A rule
 * that throws fails the test with its error instead of becoming an ICP000.
 */
export function runRule(
  rule: Rule,
  instances: readonly Instance[],
  texts: Texts,
  options: { today?: string; regionChoices?: readonly string[] } = {},
): RuleRun {
  const findRule = (idOrName: string) =>
    idOrName === rule.id || idOrName === rule.name ? rule : ruleById(idOrName);
  const run = runRules(instances, {
    rules: [rule],
    settings: new Map(),
    meta: (id) => ruleMeta(id, findRule),
    today: options.today ?? TEST_TODAY,
    regionChoices: options.regionChoices ?? ['cn-hangzhou', 'cn-shanghai'],
    budget: FileBudget.unlimited(),
  });
  if (run.crashes.size > 0) {
    const crashes = run.findings.filter((f) => f.ruleId === 'ICP000').map((f) => f.message.en);
    throw new Error(`${rule.id} threw: ${crashes.join('; ')}`);
  }
  const findings = run.findings.filter((f) => f.ruleId === rule.id);
  const unresolved = rule.id === 'ICP012' ? [] : run.findings.filter((f) => f.ruleId === 'ICP012');
  return {
    findings,
    rendered: findings.map((f) => renderFinding(f, texts)),
    unresolved: unresolved.map((f) => renderFinding(f, texts)),
  };
}

/** The texts after applying a finding's fix (the preferred one unless `index` is given). */
export function applyFixTo(texts: Texts, finding: Finding, index?: number): Record<string, string> {
  const fix = index === undefined ? finding.fixes.find((f) => f.preferred) : finding.fixes[index];
  if (!fix)
    throw new Error(`${finding.ruleId}: no fix${index === undefined ? ' is preferred' : ` at ${index}`}`);
  const out: Record<string, string> = { ...texts };
  for (const file of new Set(fix.edits.map((e) => e.file))) {
    const result = applyEdits(
      out[file] ?? '',
      fix.edits.filter((e) => e.file === file),
    );
    if (result.dropped.length > 0) throw new Error(`${finding.ruleId}: fix edits conflict in ${file}`);
    out[file] = result.text;
  }
  return out;
}
