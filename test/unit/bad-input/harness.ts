import assert from 'node:assert/strict';
import { repoPath } from '../helpers/repo-root';
import { check } from '../../../src/core/engine/check';
import { coreReady } from '../helpers/core-ready';
import type { CheckResult } from '../../../src/core/engine/types';
import type { Finding } from '../../../src/core/model/finding';

export const TODAY = '2026-11-27';

/** `test/fixtures/bad-input`, found from here whether the tests run from source (tsx) or compiled into `out/`. */
export function fixturesDir(): string {
  return repoPath('test', 'fixtures', 'bad-input');
}

/** The real engine (real parsers and rules), initialised once. */
export async function realChecker(): Promise<typeof check> {
  await coreReady();
  return check;
}

/** Checks one file and asserts the outcome is stated at that file: an ICP000 there or a skip notice. */
export function invalidAt(result: CheckResult, path: string): Finding[] {
  const invalid = result.findings.filter((f) => f.ruleId === 'ICP000' && f.at.file === path);
  assert.ok(
    invalid.length > 0,
    `expected an ICP000 at ${path}, got ${JSON.stringify(result.findings.map((f) => `${f.ruleId} ${f.message.en}`))}`,
  );
  for (const f of invalid) {
    assert.ok(
      f.message.en.trim().length > 0 && f.message['zh-cn'].trim().length > 0,
      'the message says what is wrong, in both languages',
    );
    assert.ok(f.at.start >= 0 && f.at.end >= f.at.start, 'a valid location');
  }
  return invalid;
}

export function skippedAt(result: CheckResult, path: string): void {
  const skipped = result.skipped.filter((s) => s.file === path);
  assert.equal(skipped.length, 1, `expected a skip notice for ${path}`);
  assert.ok(skipped[0].reason.en && skipped[0].reason['zh-cn']);
  // Not checked is an error, never a clean report: one ICP000 at the file, nothing else.
  assert.deepEqual(
    result.findings.filter((f) => f.at.file === path).map((f) => `${f.ruleId} ${f.severity} ${f.message.en}`),
    [`ICP000 error ${skipped[0].reason.en}`],
  );
}

/** The text a finding points at. */
export function textAt(text: string, finding: Finding): string {
  return text.slice(finding.at.start, finding.at.end);
}
