import * as vscode from 'vscode';
import type { ExtensionPlatform } from '../platform';
import type { CheckRunner } from './check-runner';
import { InProcessRunner } from './in-process-runner';
import { RoutedRunner } from './routed-runner';
import { WorkerRunner } from './worker-runner';

/**
 * Where the editor's checks run on this platform: where it can start worker threads (the desktop),
 * small checks in-process and large ones (or ones following module calls) in dist/check-worker.js, terminated when their time budget
 * is spent; elsewhere (the browser) all in-process.
 */
export function checkRunnerFor(platform: ExtensionPlatform, extensionUri: vscode.Uri): CheckRunner {
  const inProcess = new InProcessRunner();
  const start = platform.startWorker;
  if (!start) return inProcess;
  const dist = vscode.Uri.joinPath(extensionUri, 'dist');
  const worker = new WorkerRunner({
    start: () => start(vscode.Uri.joinPath(dist, 'check-worker.js')),
    // On the desktop the worker reads the grammar itself, and finds the runtime beside its bundle.
    init: { terraformWasmPath: vscode.Uri.joinPath(dist, 'tree-sitter-terraform.wasm').fsPath },
  });
  return new RoutedRunner(inProcess, worker);
}
