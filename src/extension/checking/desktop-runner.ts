import { join } from 'node:path';
import type { CheckRunner } from './check-runner';
import { InProcessRunner } from './in-process-runner';
import { SizeRoutedRunner } from './size-routed-runner';
import { WorkerRunner } from './worker-runner';

/**
 * The desktop extension host's checks: small ones in-process, large ones in a worker thread that
 * is terminated when its time budget is spent. `dist` is the bundle's folder (check-worker.js and
 * the grammar beside it); without the worker's script everything is checked in-process.
 */
export function desktopRunner(dist: string): CheckRunner {
  const inProcess = new InProcessRunner();
  const script = join(dist, 'check-worker.js');
  if (!WorkerRunner.available(script)) return inProcess;
  return new SizeRoutedRunner(
    inProcess,
    new WorkerRunner({ script, terraformWasmPath: join(dist, 'tree-sitter-terraform.wasm') }),
  );
}
