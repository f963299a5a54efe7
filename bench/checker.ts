import * as core from '../src/core';
import type { CheckResult, SourceFile } from '../src/core';
import { paths } from './paths';

/** `initCore` lands in the core after the bench was written; typed loosely so the bench compiles either way. */
type InitCore = (options?: { terraformWasmPath?: string }) => Promise<void>;

export interface Checker {
  check(files: readonly SourceFile[]): CheckResult;
}

/** Fixed so expiry findings do not change with the day the bench runs. */
export const BENCH_TODAY = '2026-04-01';

/**
 * Loads the checker the way the CLI does (initCore, then check). Returns why not when the engine
 * is still a stub, so the bench can still measure and report the baselines.
 */
export async function loadChecker(): Promise<Checker | { unavailable: string }> {
  const initCore = (core as unknown as { initCore?: InitCore }).initCore;
  try {
    if (initCore) await initCore({ terraformWasmPath: paths.terraformWasm() });
    const checker: Checker = { check: (files) => core.check(files, { today: BENCH_TODAY }) };
    checker.check([{ path: '/bench-probe/main.tf', text: 'resource "alicloud_instance" "a" {}\n' }]);
    return checker;
  } catch (e) {
    return { unavailable: `the checker cannot run yet: ${(e as Error).message}` };
  }
}
