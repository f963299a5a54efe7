import type { Finding } from '../../../src/core/model/finding';
import type { CheckOptions, CheckResult, SourceFile } from '../../../src/core/engine/types';
import type { check as CheckFn } from '../../../src/core/engine/check';
import { renderFinding, type RenderedFinding, type Texts } from './render';
import { applyFixTo, TEST_TODAY } from './run-rule';

/**
 * The end-to-end harness: files in, rendered findings out, through the real parsers and engine.
 * `init.ts` is loaded lazily, so rule tests still run while the engine is being written.
 */
let ready: Promise<boolean> | undefined;
let check: typeof CheckFn = () => {
  throw new Error('the engine is not loaded: await engineReady() first');
};

export function engineReady(): Promise<boolean> {
  ready ??= (async () => {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const init = require('../../../src/core/engine/init') as { initCore?: () => Promise<void> };
      await init.initCore?.();
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      check = (require('../../../src/core/engine/check') as { check: typeof CheckFn }).check;
      check([{ path: 'probe.icp.yaml', text: 'kind: IcpInstanceSpec\ninstances: {}\n' }], { today: TEST_TODAY });
      return true;
    } catch {
      return false;
    }
  })();
  return ready;
}

/** Skips the calling suite or test (mocha `this`) until the engine and parsers exist. */
export async function requireEngine(ctx: Mocha.Context): Promise<void> {
  if (!(await engineReady())) ctx.skip();
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
