import type { AppliedSuppression, Finding } from '../model/finding';
import type { Instance } from '../model/instance';
import type { Location } from '../model/location';
import { format } from '../model/localized';
import { instancesWithSources } from '../parse/plan/index';
import type { ParseOutput, ParseProblem } from '../parse/types';
import { classify, kindOfFile } from './classify';
import { DEFAULT_CONFIG } from './config';
import { applyDefaultRegion, defaultRegion } from './default-region';
import { guardFile, neutraliseBom } from './input-guard';
import { settleProblems } from './damage';
import { skippedFileFinding } from './skipped-files';
import { ENGINE_MESSAGES } from './messages';
import type { CheckerParts } from './parts';
import { regionChoices } from './region-choices';
import { describeError, makeFinding, ruleMeta } from './rule-meta';
import { ruleSettings } from './rule-settings';
import { runRules } from './run-rules';
import { byFileAndOffset, compareFindings } from './ordering';
import { applySuppressions, evaluateDirectives, type ActiveSuppression } from './suppression-check';
import { findSuppressions } from './suppressions';
import { FileBudget } from './file-budget';
import { boundedBudgetMs } from './time-budget';
import { boundedWorkBudget, WORK_COST } from './work-budget';
import type { CheckOptions, CheckResult, SkippedFile, SourceFile } from './types';
import { withholdFixesInBrokenFiles } from './withhold-fixes';
import {
  composedInstances,
  composeFolders,
  isModulesJson,
  mergeFindingsInCalledFolders,
} from './module-composition';

export interface PipelineResult {
  readonly result: CheckResult;
  /**
   * ICP000s per file (parse problems, parser and rule crashes) before configuration and
   * suppressions: what `fixAll` compares to make sure a fix never breaks a file.
   */
  readonly invalidByFile: ReadonlyMap<string, number>;
}

/** One parse: the files it covered and what it produced. */
interface ParsedUnit {
  readonly files: readonly string[];
  readonly output: ParseOutput;
  /** The folder of a Terraform unit. */
  readonly folder?: string;
}

/**
 * The whole check, with its parts passed in: guard and classify the files, parse, assume the
 * default region, run the rules, read suppressions, order the result. Never throws for any input.
 */
export function runPipeline(
  parts: CheckerParts,
  files: readonly SourceFile[],
  options: CheckOptions = {},
): PipelineResult {
  const config = options.config ?? DEFAULT_CONFIG;
  const today = options.today ?? localToday();
  const budget = new FileBudget(
    boundedWorkBudget(options.fileWorkBudget),
    boundedBudgetMs(options.fileTimeBudgetMs),
    parts.now ?? Date.now,
  );
  const settings = ruleSettings(config, parts.findRule);
  const meta = (id: string) => ruleMeta(id, parts.findRule);
  const invalidByFile = new Map<string, number>();
  const countInvalid = (file: string) => invalidByFile.set(file, (invalidByFile.get(file) ?? 0) + 1);
  const findings: Finding[] = [];
  const skipped: SkippedFile[] = [];

  // 1. Only files a parser would read are guarded; a big binary .png is none of our business.
  const accepted: SourceFile[] = [];
  for (const file of files) {
    if (kindOfFile(file) === 'ignored') continue;
    const guarded = guardFile(file, config.maxFileSizeKb);
    if ('skipped' in guarded) skipped.push(guarded.skipped);
    else accepted.push(guarded.file);
  }
  const texts = new Map(accepted.map((file) => [file.path, file.text]));

  // 2. Parse: one unit per Terraform folder, one per YAML/JSON file. A throwing parser is an ICP000 at each of its files.
  const units: ParsedUnit[] = [];
  const checkedFiles: string[] = [];
  const parserCrashed = (parser: string, paths: readonly string[], error: unknown) => {
    const detail = format(ENGINE_MESSAGES.parserCrashed, { parser, error: describeError(error) });
    for (const path of paths) {
      countInvalid(path);
      const finding = makeFinding(meta('ICP000'), settings.get('ICP000'), {
        messageId: 'invalid',
        localizedData: { detail },
        at: { file: path, start: 0, end: 0 },
      });
      if (finding) findings.push(finding);
    }
  };
  const { modules, yaml } = classify(accepted);
  for (const [folder, moduleFiles] of modules) {
    const paths = moduleFiles.map((file) => file.path);
    checkedFiles.push(...paths);
    for (const file of moduleFiles) budget.charge(file.path, WORK_COST.character * file.text.length);
    budget.measure(paths, () => {
      try {
        units.push({
          folder,
          files: paths,
          output: parts.parseTerraformModule(
            moduleFiles.map((file) => ({ path: file.path, text: neutraliseBom(file.text) })),
          ),
        });
      } catch (error) {
        parserCrashed('Terraform', paths, error);
      }
    });
  }
  for (const file of yaml) {
    if (isModulesJson(file.path)) continue;
    budget.measure([file.path], () => {
      try {
        const output = parts.parseYamlOrJsonFile(file);
        if (output) {
          units.push({ files: [file.path], output });
          checkedFiles.push(file.path);
          // Only a file read as a template, spec or plan is charged: a large lockfile is no concern of ours.
          budget.charge(file.path, WORK_COST.character * file.text.length);
        }
      } catch (error) {
        // Whether it was a template is unknown, but a crash is worth seeing rather than hiding.
        checkedFiles.push(file.path);
        parserCrashed('YAML/JSON', [file.path], error);
      }
    });
  }

  // 3. Parse problems become ICP000 at the place the parser named: one per damaged region, whose instances are not checked.
  const comments = new Map<string, readonly Location[]>();
  let instances: Instance[] = [];
  const problems: ParseProblem[] = [];
  for (const unit of units) {
    problems.push(...(unit.output.problems ?? []));
    for (const [file, list] of unit.output.comments ?? []) comments.set(file, list);
  }
  const settled = settleProblems(problems);
  for (const problem of settled.problems) {
    if (!problem.valueOnly) countInvalid(problem.at.file);
    const finding = makeFinding(meta('ICP000'), settings.get('ICP000'), {
      messageId: 'invalid',
      localizedData: { detail: problem.message },
      at: insideText(problem.at, texts.get(problem.at.file)),
    });
    if (finding) findings.push(finding);
  }
  // A plan checked with its configuration reports at the source, and the configuration is not checked twice.
  instances.push(...instancesWithSources(units));

  // 3b. Module calls: called folders are checked through their callers (ICP000 for what cannot be followed, ICP015 for what is not).
  const terraformUnits = units.flatMap((u) =>
    u.folder === undefined ? [] : [{ folder: u.folder, output: u.output }],
  );
  const composition = composeFolders(terraformUnits, accepted, options);
  if (composition) {
    instances = instancesWithSources(units, [
      ...composedInstances(terraformUnits, composition),
      ...units.filter((u) => u.folder === undefined).flatMap((u) => u.output.instances ?? []),
    ]);
    for (const problem of composition.problems) {
      countInvalid(problem.at.file);
      if (!checkedFiles.includes(problem.at.file)) checkedFiles.push(problem.at.file);
      const finding = makeFinding(meta('ICP000'), settings.get('ICP000'), {
        messageId: 'invalid',
        localizedData: { detail: problem.message },
        at: insideText(problem.at, texts.get(problem.at.file)),
      });
      if (finding) findings.push(finding);
    }
    for (const notice of composition.notFollowed) {
      const finding = makeFinding(meta('ICP015'), settings.get('ICP015'), {
        messageId: notice.messageId,
        data: notice.data,
        at: notice.at,
      });
      if (finding) findings.push(finding);
    }
  }

  // Instances in, or reading from, a damaged region are not checked (after composition, which may replace them).
  instances = instances.map((instance) => {
    const unread = settled.damageReadBy(instance);
    return unread ? { ...instance, unread } : instance;
  });

  for (const instance of instances) budget.charge(instance.file, WORK_COST.instance);

  // 4. Assume the default region where none is stated, then run the rules on every instance read whole.
  const assumed = defaultRegion(options.region, config.region);
  instances = applyDefaultRegion(instances, assumed);
  const choices = regionChoices(config.preferredRegions, assumed?.region);
  const memo = parts.ruleMemo?.(JSON.stringify([today, [...settings], choices]));
  const run = runRules(
    instances.filter((instance) => !instance.unread),
    {
      rules: parts.rules,
      settings,
      meta,
      today,
      regionChoices: choices,
      budget,
      ...(memo ? { memo } : {}),
    },
  );
  for (const [file, count] of run.crashes) invalidByFile.set(file, (invalidByFile.get(file) ?? 0) + count);
  const ruleFindings = composition ? mergeFindingsInCalledFolders(run.findings, composition) : run.findings;
  findings.push(...withholdFixesInBrokenFiles(ruleFindings, invalidByFile));
  // A file past its budget is not checked at all, wherever it stopped, so the report is the same on every run that stops.
  const overBudget = new Set([...budget.spentFiles, ...run.cutShort]);
  for (const file of [...overBudget].sort())
    skipped.push({
      file,
      reason:
        budget.stopOf(file) === 'work'
          ? format(ENGINE_MESSAGES.workBudgetExceeded, { budget: budget.work.limit.toLocaleString('en-US') })
          : format(ENGINE_MESSAGES.timeBudgetExceeded, { budgetMs: budget.time.budgetMs }),
    });

  // 5. Suppressions, read from the comments of each checked file.
  const active: ActiveSuppression[] = [];
  const instancesOf = new Map<string, Instance[]>();
  for (const instance of instances) {
    const list = instancesOf.get(instance.file);
    if (list) list.push(instance);
    else instancesOf.set(instance.file, [instance]);
  }
  for (const path of checkedFiles) {
    const text = texts.get(path);
    if (text === undefined) continue;
    const directives = findSuppressions(path, text, comments.get(path), instancesOf.get(path) ?? []);
    const evaluated = evaluateDirectives(directives, {
      findRule: parts.findRule,
      today,
      allowed: config.allowSuppressions,
    });
    active.push(...evaluated.active);
    for (const problem of evaluated.problems) {
      const finding = makeFinding(meta('ICP014'), settings.get('ICP014'), problem);
      if (finding) findings.push(finding);
    }
  }
  const checkedWhole =
    overBudget.size === 0 ? findings : findings.filter((finding) => !overBudget.has(finding.at.file));
  const { kept, applied } = applySuppressions(checkedWhole, active);
  const icp000 = meta('ICP000');
  for (const skip of skipped) kept.push(skippedFileFinding(skip, icp000));

  return {
    result: {
      findings: kept.sort(compareFindings),
      suppressions: applied.sort(compareSuppressions),
      instances: instances.sort((a, b) => byFileAndOffset(a.header, b.header)),
      skipped: skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
      checkedFiles: [...new Set(checkedFiles)].sort(),
    },
    invalidByFile,
  };
}

/** A parser's location, kept inside its file's text (an error "at the end" may be one past it). */
function insideText(at: Location, text: string | undefined): Location {
  if (text === undefined) return at;
  const start = Math.max(0, Math.min(at.start, text.length));
  return { file: at.file, start, end: Math.max(start, Math.min(at.end, text.length)) };
}

function compareSuppressions(a: AppliedSuppression, b: AppliedSuppression): number {
  return byFileAndOffset(a.at, b.at) || compareFindings(a.suppressed, b.suppressed);
}

/** Today's date where the user is: an expiry is a calendar day, not a UTC instant. */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
