import type { Finding } from '../model/finding';
import { ruleById } from '../rules/index';
import { compareFindings } from './ordering';
import { makeFinding, ruleMeta, type RuleMeta } from './rule-meta';
import type { CheckResult, SkippedFile } from './types';

/**
 * A file that was not checked (too large, not text, past its time budget) is an error, whatever the
 * configuration says of ICP000: a report must never read as clean when part of it was not checked.
 */
export function skippedFileFinding(skip: SkippedFile, meta: RuleMeta): Finding {
  return makeFinding(meta, 'error', {
    messageId: 'invalid',
    localizedData: { detail: skip.reason },
    at: { file: skip.file, start: 0, end: 0 },
  })!;
}

/** Adds files the caller could not hand to the engine (the CLI's too-large or undecodable files) to a result. */
export function withSkippedFiles(result: CheckResult, skipped: readonly SkippedFile[]): CheckResult {
  if (skipped.length === 0) return result;
  const meta = ruleMeta('ICP000', ruleById);
  return {
    ...result,
    findings: [...result.findings, ...skipped.map((skip) => skippedFileFinding(skip, meta))].sort(
      compareFindings,
    ),
    skipped: [...result.skipped, ...skipped].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
  };
}
