import type { Finding, Severity } from '../../../src/core/model/finding';
import type { Instance } from '../../../src/core/model/instance';
import { format } from '../../../src/core/model/localized';
import type { Report, Rule, RuleContext } from '../../../src/core/rules/rule';
import { applyEdits } from '../../../src/core/engine/apply-edits';
import { renderFinding, type RenderedFinding, type Texts } from './render';

export const TEST_TODAY = '2026-05-01';

export interface UnresolvedCall {
  readonly instance: string;
  readonly setting: string;
  readonly expression: string;
}

export interface RuleRun {
  readonly findings: readonly Finding[];
  readonly rendered: readonly RenderedFinding[];
  readonly unresolved: readonly UnresolvedCall[];
}

/**
 * Runs one rule over hand-built instances with a context that formats reports the way the engine
 * does, so rule tests do not depend on the parsers or the engine.
 */
export function runRule(
  rule: Rule,
  instances: readonly Instance[],
  texts: Texts,
  options: { today?: string; regionChoices?: readonly string[] } = {},
): RuleRun {
  const findings: Finding[] = [];
  const unresolved: UnresolvedCall[] = [];
  const context: RuleContext = {
    today: options.today ?? TEST_TODAY,
    regionChoices: options.regionChoices ?? ['cn-hangzhou', 'cn-shanghai'],
    report(report: Report) {
      const template = rule.messages[report.messageId];
      if (!template) throw new Error(`${rule.id}: no message "${report.messageId}"`);
      const severity: Severity = report.severity ?? rule.severity;
      findings.push({
        ruleId: rule.id,
        ruleName: rule.name,
        severity,
        messageId: report.messageId,
        message: format(template, report.data),
        at: report.at,
        related: report.related ?? [],
        fixes: report.fixes ?? [],
        ...(report.instance ? { instance: report.instance.name } : {}),
      });
    },
    unresolved(instance, value, setting) {
      unresolved.push({ instance: instance.name, setting, expression: value.expression });
    },
  };
  for (const instance of instances) if (rule.checkInstance && rule.appliesTo.includes(instance.format)) rule.checkInstance(instance, context);
  if (rule.checkFile) rule.checkFile(instances.filter((i) => rule.appliesTo.includes(i.format)), context);
  return { findings, rendered: findings.map((f) => renderFinding(f, texts)), unresolved };
}

/** The texts after applying a finding's fix (the preferred one unless `index` is given). */
export function applyFixTo(texts: Texts, finding: Finding, index?: number): Record<string, string> {
  const fix = index === undefined ? finding.fixes.find((f) => f.preferred) : finding.fixes[index];
  if (!fix) throw new Error(`${finding.ruleId}: no fix${index === undefined ? ' is preferred' : ` at ${index}`}`);
  const out: Record<string, string> = { ...texts };
  for (const file of new Set(fix.edits.map((e) => e.file))) {
    const result = applyEdits(out[file] ?? '', fix.edits.filter((e) => e.file === file));
    if (result.dropped.length > 0) throw new Error(`${finding.ruleId}: fix edits conflict in ${file}`);
    out[file] = result.text;
  }
  return out;
}
