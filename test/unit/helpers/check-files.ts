import type { Finding } from '../../../src/core/model/finding';
import type { CheckOptions, CheckResult, SourceFile } from '../../../src/core/engine/types';
import { check } from '../../../src/core/engine/check';
import { renderFinding, type RenderedFinding, type Texts } from './render';
import { applyFixTo, TEST_TODAY } from './run-rule';
import { coreReady } from './core-ready';

/**
 * The end-to-end harness: files in, rendered findings out, through the real parsers and engine.
 * Suites call `requireEngine()` in a `before` hook: an engine that cannot load fails them.
 */
export function requireEngine(): Promise<void> {
  return coreReady();
}

export interface Checked {
  readonly result: CheckResult;
  readonly findings: readonly Finding[];
  readonly rendered: readonly RenderedFinding[];
}

export function checkFiles(files: Texts, options: CheckOptions = {}): Checked {
  const sources: SourceFile[] = Object.entries(files).map(([path, text]) => ({ path, text }));
  const result = check(sources, { today: TEST_TODAY, ...options });
  return { result, findings: result.findings, rendered: result.findings.map((f) => renderFinding(f, files)) };
}

/** The file texts after the finding's fix (preferred unless `index` is given). */
export function applyFix(files: Texts, finding: Finding, index?: number): Record<string, string> {
  return applyFixTo(files, finding, index);
}

/** Findings of one rule only, rendered. */
export function ofRule(checked: Checked, ruleId: string): RenderedFinding[] {
  return checked.rendered.filter((f) => f.rule === ruleId);
}
