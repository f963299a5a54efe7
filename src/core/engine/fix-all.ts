import type { Finding } from '../model/finding';
import type { Fix, TextEdit } from '../model/fix';
import { applyEdits, editsConflict } from './apply-edits';
import type { CheckerParts } from './parts';
import { runPipeline, type PipelineResult } from './pipeline';
import type { CheckOptions, CheckResult, SourceFile } from './types';

/** Enough for fixes that uncover others (a charge type, then the period it now needs); bounded so nothing can loop. */
export const MAX_FIX_PASSES = 10;

export interface AppliedFix {
  readonly finding: Finding;
  readonly fix: Fix;
}

export interface FixAllResult {
  /** The files whose text changed, with their new text. */
  readonly files: readonly SourceFile[];
  /** Each fix applied, with the finding it was for (as reported before it was applied). */
  readonly fixed: readonly AppliedFix[];
  /** Fixes that were undone because the fixed text gained an ICP000 (a parser-breaking edit). */
  readonly rejected: readonly AppliedFix[];
  /** The check of the final texts. */
  readonly result: CheckResult;
  readonly passes: number;
}

/**
 * Applies each finding's preferred fix, pass by pass: one batch of non-conflicting fixes, then a
 * re-check, until nothing is left to fix or `MAX_FIX_PASSES` is reached. A file that gains an
 * ICP000 after a pass is reverted (with every file a reverted fix also touched); from then on it
 * takes one fix per pass, and a fix that breaks it alone is rejected and not tried again. A fix
 * whose finding comes back after it was applied is not applied twice.
 */
export interface FixAllScope {
  /** Only findings located in this file are fixed (their fixes may still edit other files, such as a variable's default). */
  readonly findingsIn?: string;
  /**
   * Also apply fixes of hint-level rules (`--fix-hints`). Off by default: such a fix (turning on
   * auto-renewal) costs money, so it is offered one by one, never applied in bulk unasked. A rule
   * whose default level is hint stays so when the configuration raises it.
   */
  readonly hints?: boolean;
}

export function fixAllWith(
  parts: CheckerParts,
  files: readonly SourceFile[],
  options: CheckOptions = {},
  scope: FixAllScope = {},
): FixAllResult {
  const original = new Map(files.map((file) => [file.path, file.text]));
  const followed = new Set(files.filter((file) => file.followed).map((file) => file.path));
  let texts = new Map(original);
  let current = runPipeline(parts, files, options);
  const fixed: AppliedFix[] = [];
  const rejected: AppliedFix[] = [];
  const tried = new Set<string>();
  /** Files a batch broke: from then on they take one fix per pass, so a breaking fix is found alone. */
  const cautious = new Set<string>();
  let passes = 0;

  while (passes < MAX_FIX_PASSES) {
    const isHint = (f: Finding) => f.severity === 'hint' || parts.findRule(f.ruleId)?.severity === 'hint';
    const inScope = current.result.findings.filter(
      (f) =>
        (scope.findingsIn === undefined || f.at.file === scope.findingsIn) && (scope.hints || !isHint(f)),
    );
    const batch = chooseBatch(inScope, texts, tried, cautious);
    if (batch.length === 0) break;
    passes++;
    for (const item of batch) tried.add(fixKey(item));

    const attempt = applyBatch(texts, batch);
    let next = runPipeline(parts, toFiles(attempt, followed), options);
    const broken = filesGainingInvalid(current, next, changedFiles(texts, attempt));
    let kept = batch;
    let nextTexts = attempt;
    if (broken.size > 0) {
      const revert = revertClosure(batch, broken);
      kept = batch.filter((item) => !touches(item, revert));
      for (const item of batch) {
        if (!touches(item, revert)) continue;
        // Alone in a file that broke, a fix is the culprit: rejected for good. Otherwise it is
        // only suspected, so it gets another chance, one fix per pass in that file.
        const culprit = [...broken].some(
          (file) =>
            touches(item, new Set([file])) &&
            batch.filter((other) => touches(other, new Set([file]))).length === 1,
        );
        if (culprit) rejected.push(item);
        else tried.delete(fixKey(item));
      }
      for (const file of revert) cautious.add(file);
      nextTexts = new Map(attempt);
      for (const file of revert) nextTexts.set(file, texts.get(file)!);
      next = runPipeline(parts, toFiles(nextTexts, followed), options);
    }
    fixed.push(...kept);
    texts = nextTexts;
    current = next;
  }

  const changed = [...texts]
    .filter(([path, text]) => original.get(path) !== text)
    .map(([path, text]) => ({ path, text }));
  return { files: changed, fixed, rejected, result: current.result, passes };
}

/** The preferred fix of each finding, skipping those already tried and any that conflict with an earlier one. */
function chooseBatch(
  findings: readonly Finding[],
  texts: ReadonlyMap<string, string>,
  tried: ReadonlySet<string>,
  cautious: ReadonlySet<string>,
): AppliedFix[] {
  const batch: AppliedFix[] = [];
  const taken: TextEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((f) => f.preferred);
    if (!fix || fix.edits.length === 0) continue;
    const item = { finding, fix };
    if (tried.has(fixKey(item))) continue;
    if (!fix.edits.every((edit) => texts.has(edit.file))) continue;
    const conflicts = (edits: readonly TextEdit[], edit: TextEdit) =>
      edits.some((other) => other !== edit && other.file === edit.file && editsConflict(other, edit));
    if (fix.edits.some((edit) => conflicts(fix.edits, edit) || conflicts(taken, edit))) continue;
    if (fix.edits.some((edit) => cautious.has(edit.file) && taken.some((other) => other.file === edit.file)))
      continue;
    taken.push(...fix.edits);
    batch.push(item);
  }
  return batch;
}

function applyBatch(texts: ReadonlyMap<string, string>, batch: readonly AppliedFix[]): Map<string, string> {
  const byFile = new Map<string, TextEdit[]>();
  for (const { fix } of batch) {
    for (const edit of fix.edits) {
      const list = byFile.get(edit.file);
      if (list) list.push(edit);
      else byFile.set(edit.file, [edit]);
    }
  }
  const result = new Map(texts);
  for (const [file, edits] of byFile) result.set(file, applyEdits(texts.get(file)!, edits).text);
  return result;
}

/** Files whose ICP000 count rose from one check to the next. */
function filesGainingInvalid(
  before: PipelineResult,
  after: PipelineResult,
  changed: ReadonlySet<string>,
): Set<string> {
  const broken = new Set<string>();
  for (const file of changed) {
    if ((after.invalidByFile.get(file) ?? 0) > (before.invalidByFile.get(file) ?? 0)) broken.add(file);
  }
  return broken;
}

/**
 * Reverting a file undoes every fix in it; a fix that also edited another file would be left
 * half-applied, so that file is reverted too, until no kept fix touches a reverted file.
 */
function revertClosure(batch: readonly AppliedFix[], broken: ReadonlySet<string>): Set<string> {
  const revert = new Set(broken);
  let grew = true;
  while (grew) {
    grew = false;
    for (const item of batch) {
      if (!touches(item, revert)) continue;
      for (const edit of item.fix.edits) {
        if (!revert.has(edit.file)) {
          revert.add(edit.file);
          grew = true;
        }
      }
    }
  }
  return revert;
}

function touches(item: AppliedFix, files: ReadonlySet<string>): boolean {
  return item.fix.edits.some((edit) => files.has(edit.file));
}

function changedFiles(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): Set<string> {
  return new Set([...after].filter(([path, text]) => before.get(path) !== text).map(([path]) => path));
}

/** The files with their current texts; a module folder read only for its callers stays marked so. */
function toFiles(
  texts: ReadonlyMap<string, string>,
  followed: ReadonlySet<string> = new Set(),
): SourceFile[] {
  return [...texts].map(([path, text]) =>
    followed.has(path) ? { path, text, followed: true } : { path, text },
  );
}

/**
 * Names a fix for a finding without offsets (earlier fixes shift them): if the same finding comes
 * back with the same fix after it was applied, applying it again would not help.
 */
function fixKey({ finding, fix }: AppliedFix): string {
  return [
    finding.at.file,
    finding.ruleId,
    finding.instance ?? '',
    finding.messageId,
    finding.message.en,
    fix.title.en,
  ].join('\u0000');
}
