import type { Finding, FindingReport, Severity } from '../model/finding';
import type { Instance } from '../model/instance';
import type { Unknown } from '../model/value';
import type { Rule, RuleContext } from '../rules/rule';
import { settingName, type SettingKey } from '../rules/settings';
import { format } from '../model/localized';
import { ENGINE_MESSAGES } from './messages';
import { describeError, makeFinding, type RuleMeta } from './rule-meta';
import type { FileBudget } from './file-budget';
import { findingsWork, WORK_COST } from './work-budget';

export interface RuleRunEnvironment {
  readonly rules: readonly Rule[];
  readonly settings: ReadonlyMap<string, Severity | 'off'>;
  readonly meta: (id: string) => RuleMeta;
  readonly today: string;
  readonly regionChoices: readonly string[];
  readonly budget: FileBudget;
  /** Findings of instances checked before under the same environment (a `CheckSession` keeps them). */
  readonly memo?: RuleMemo;
}

/**
 * What the rules found for an instance, kept across checks. `recall` gives the findings of an
 * instance that equals one checked before (the same object, or one carried over from it with its
 * locations moved); only instances whose rules all ran without throwing are remembered.
 */
export interface RuleMemo {
  recall(instance: Instance): readonly Finding[] | undefined;
  remember(instance: Instance, findings: readonly Finding[]): void;
}

export interface RuleRunResult {
  readonly findings: Finding[];
  /** ICP000 findings for rules that threw, counted per file whatever the configuration says (fixAll compares them). */
  readonly crashes: ReadonlyMap<string, number>;
  /** Files where rules were left unrun because the time budget was spent. */
  readonly cutShort: ReadonlySet<string>;
}

/**
 * Runs every enabled rule over the instances, file by file: `checkInstance` per instance, then
 * `checkFile` per file. A throwing rule becomes one ICP000 per rule and file; unresolved values
 * become one ICP012 per instance and setting.
 */
export function runRules(instances: readonly Instance[], env: RuleRunEnvironment): RuleRunResult {
  const findings: Finding[] = [];
  const crashes = new Map<string, number>();
  const crashedRuleInFile = new Set<string>();
  const unresolvedSeen = new Set<string>();
  const cutShort = new Set<string>();
  const enabled = env.rules.filter((rule) => env.settings.get(rule.id) !== 'off');
  const icp000 = env.meta('ICP000');
  const icp012 = env.meta('ICP012');

  const push = (finding: Finding | undefined) => {
    if (finding) findings.push(finding);
  };

  const reportCrash = (rule: Rule, file: string, instance: Instance | undefined, error: unknown) => {
    const key = `${rule.id}\u0000${file}`;
    if (crashedRuleInFile.has(key)) return;
    crashedRuleInFile.add(key);
    crashes.set(file, (crashes.get(file) ?? 0) + 1);
    const detail = instance
      ? format(ENGINE_MESSAGES.ruleCrashed, {
          rule: `${rule.id} (${rule.name})`,
          instance: instance.name,
          error: describeError(error),
        })
      : format(ENGINE_MESSAGES.ruleCrashedOnFile, {
          rule: `${rule.id} (${rule.name})`,
          error: describeError(error),
        });
    push(
      makeFinding(icp000, env.settings.get('ICP000'), {
        messageId: 'invalid',
        localizedData: { detail },
        at: instance ? instance.header : { file, start: 0, end: 0 },
        instance,
      }),
    );
  };

  const contextFor = (rule: Rule, current: Instance | undefined): RuleContext => ({
    today: env.today,
    regionChoices: env.regionChoices,
    report(report: FindingReport) {
      push(makeFinding(rule, env.settings.get(rule.id), { ...report, instance: report.instance ?? current }));
    },
    unresolved(instance: Instance, value: Unknown, setting: SettingKey) {
      const key = `${instance.file}\u0000${instance.header.start}\u0000${instance.name}\u0000${setting}`;
      if (unresolvedSeen.has(key)) return;
      unresolvedSeen.add(key);
      push(
        makeFinding(icp012, env.settings.get('ICP012'), {
          messageId: 'unresolved',
          data: {
            setting: settingName(instance, setting),
            expression: shorten(value.expression),
            instance: instance.name,
          },
          at: value.at,
          related: value.origins.map((origin) => ({ at: origin.at, message: origin.label })),
          instance,
          setting,
        }),
      );
    },
  });

  /**
   * Runs one rule call unless the file's budget is spent, charging its work (the call, for
   * `calls` instances, and what it reported); a throw becomes an ICP000. False when it did not run to its end.
   */
  const attempt = (
    rule: Rule,
    file: string,
    instance: Instance | undefined,
    calls: number,
    call: (context: RuleContext) => void,
  ): boolean => {
    if (env.budget.isSpent(file)) {
      cutShort.add(file);
      return false;
    }
    const first = findings.length;
    const ran = env.budget.measure([file], () => {
      try {
        call(contextFor(rule, instance));
        return true;
      } catch (error) {
        reportCrash(rule, file, instance, error);
        return false;
      }
    });
    env.budget.charge(file, WORK_COST.ruleCall * calls + findingsWork(findings.slice(first)));
    return ran;
  };

  const memo = env.memo;
  for (const [file, ofFile] of groupByFile(instances)) {
    for (const instance of ofFile) {
      const recalled = memo && !env.budget.isSpent(file) ? memo.recall(instance) : undefined;
      if (recalled) {
        // The same work as running them: a file's budget must not depend on what was remembered.
        const calls = enabled.filter(
          (rule) => rule.checkInstance && rule.appliesTo.includes(instance.format),
        );
        env.budget.charge(file, WORK_COST.ruleCall * calls.length + findingsWork(recalled));
        for (const finding of recalled) findings.push(finding);
        continue;
      }
      const first = findings.length;
      let complete = true;
      for (const rule of enabled) {
        if (!rule.checkInstance || !rule.appliesTo.includes(instance.format)) continue;
        if (!attempt(rule, file, instance, 1, (context) => rule.checkInstance!(instance, context)))
          complete = false;
      }
      if (memo && complete) memo.remember(instance, findings.slice(first));
    }
    for (const rule of enabled) {
      if (!rule.checkFile) continue;
      const applicable = ofFile.filter((instance) => rule.appliesTo.includes(instance.format));
      if (applicable.length === 0) continue;
      attempt(rule, file, undefined, applicable.length, (context) => rule.checkFile!(applicable, context));
    }
  }
  return { findings, crashes, cutShort };
}

function groupByFile(instances: readonly Instance[]): Map<string, Instance[]> {
  const byFile = new Map<string, Instance[]>();
  for (const instance of instances) {
    const list = byFile.get(instance.file);
    if (list) list.push(instance);
    else byFile.set(instance.file, [instance]);
  }
  return byFile;
}

/** An expression as it reads in a one-line message: whitespace collapsed, at most 80 characters. */
function shorten(expression: string): string {
  const line = expression.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
