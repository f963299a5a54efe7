import type { CheckResult, Fix, Location, SourceFile, TextEdit } from '../../../src/core';

/** A broken promise of the engine, with enough said to reproduce it. */
export class InvariantViolation extends Error {}

function fail(message: string): never {
  throw new InvariantViolation(message);
}

/** 0 ≤ start ≤ end ≤ text.length, in a file that was handed to the engine. */
export function assertInside(at: Location, texts: ReadonlyMap<string, string>, what: string): void {
  const text = texts.get(at.file);
  if (text === undefined) fail(`${what} points at ${at.file}, which is not one of the checked files`);
  if (!(
    Number.isInteger(at.start) &&
    Number.isInteger(at.end) &&
    0 <= at.start &&
    at.start <= at.end &&
    at.end <= text.length
  )) {
    fail(`${what} has range [${at.start}, ${at.end}) outside its document of length ${text.length}`);
  }
}

/** Two edits of one file conflict when their replaced ranges overlap, or one inserts strictly inside the other's range. */
function overlap(a: TextEdit, b: TextEdit): boolean {
  if (a.file !== b.file) return false;
  if (a.start === a.end && b.start === b.end) return false; // two insertions at one point: both apply
  // Covers an insertion strictly inside a replaced range too; one at either end of it is fine.
  return a.start < b.end && b.start < a.end;
}

export function assertFixWellFormed(fix: Fix, texts: ReadonlyMap<string, string>, what: string): void {
  fix.edits.forEach((edit, i) => {
    assertInside({ file: edit.file, start: edit.start, end: edit.end }, texts, `${what}, edit ${i}`);
    if (typeof edit.newText !== 'string') fail(`${what}, edit ${i} has no newText`);
    fix.edits.forEach((other, j) => {
      if (j > i && overlap(edit, other))
        fail(
          `${what}: edits ${i} [${edit.start}, ${edit.end}) and ${j} [${other.start}, ${other.end}) overlap in ${edit.file}`,
        );
    });
  });
}

/** Applies a well-formed fix to the files, last edit first so earlier offsets stay valid. */
export function applyFix(files: readonly SourceFile[], fix: Fix): SourceFile[] {
  return files.map((file) => {
    const edits = fix.edits
      .filter((e) => e.file === file.path)
      .sort((a, b) => b.start - a.start || b.end - a.end);
    let text = file.text;
    for (const e of edits) text = text.slice(0, e.start) + e.newText + text.slice(e.end);
    return { path: file.path, text };
  });
}

/** Every location a result hands out lies inside its document; every fix is well formed. */
export function assertResultInside(files: readonly SourceFile[], result: CheckResult): void {
  const texts = new Map(files.map((f) => [f.path, f.text]));
  for (const f of result.findings) {
    const what = `${f.ruleId} (${f.messageId}) "${f.message.en}"`;
    assertInside(f.at, texts, what);
    f.related.forEach((r, i) => assertInside(r.at, texts, `${what}, related ${i}`));
    f.fixes.forEach((fix, i) => assertFixWellFormed(fix, texts, `${what}, fix ${i} "${fix.title.en}"`));
  }
  for (const s of result.suppressions) assertInside(s.at, texts, `suppression of ${s.ruleId}`);
  for (const i of result.instances) {
    assertInside(i.header, texts, `header of ${i.name}`);
    assertInside(i.extent, texts, `extent of ${i.name}`);
  }
}

export function invalidCountByFile(result: CheckResult): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of result.findings)
    if (f.ruleId === 'ICP000') counts.set(f.at.file, (counts.get(f.at.file) ?? 0) + 1);
  return counts;
}

/**
 * Applies each preferred fix alone (as a quick fix in the editor would) and re-checks: no file may
 * gain an ICP000. `limit` bounds the re-checks per input so the suite stays fast.
 */
export function assertPreferredFixesKeepFilesValid(
  files: readonly SourceFile[],
  result: CheckResult,
  check: (files: readonly SourceFile[]) => CheckResult,
  limit: number,
): void {
  const before = invalidCountByFile(result);
  const seen = new Set<string>();
  for (const finding of result.findings) {
    const fix = finding.fixes.find((f) => f.preferred);
    if (!fix || fix.edits.length === 0) continue;
    const key = JSON.stringify(fix.edits);
    if (seen.has(key)) continue;
    seen.add(key);
    if (seen.size > limit) return;
    const fixed = applyFix(files, fix);
    const after = check(fixed);
    assertResultInside(fixed, after);
    for (const [file, count] of invalidCountByFile(after)) {
      if (count > (before.get(file) ?? 0)) {
        const gained = after.findings
          .filter((f) => f.ruleId === 'ICP000' && f.at.file === file)
          .map((f) => f.message.en);
        fail(
          `the preferred fix "${fix.title.en}" for ${finding.ruleId} in ${finding.at.file} left ${file} with ${count} ICP000 (was ${before.get(file) ?? 0}): ${gained.join(' | ')}\n--- fixed text ---\n${fixed.find((f) => f.path === file)?.text}`,
        );
      }
    }
  }
}
