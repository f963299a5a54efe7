import { CheckSession, type CheckResult } from '../../core';
import type { CheckRequest, CheckRunner } from './check-runner';

/**
 * Checks in the extension host's own thread, keeping each file's tree between checks (typing
 * reparses only the edit). For small files, where a check takes milliseconds, and on the web.
 * Nothing can interrupt it: only the engine's work budget stops a file here.
 */
export class InProcessRunner implements CheckRunner {
  private readonly session = new CheckSession();

  check(request: CheckRequest): Promise<CheckResult | undefined> {
    try {
      return Promise.resolve(this.session.check(request.files, request.options));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  forget(path: string): void {
    this.session.remove(path);
  }

  dispose(): void {
    this.session.dispose();
  }
}
