import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import { activateExtension, type IcpCheckApi } from '../extension';
import type { ExtensionPlatform } from '../platform';

/** The desktop entry point (package.json `main`): the shared extension, with Node's worker threads. */
const node: ExtensionPlatform = {
  name: 'node',
  startWorker: (script) => new Worker(script.fsPath),
};

export function activate(context: vscode.ExtensionContext): IcpCheckApi {
  return activateExtension(context, node);
}

export function deactivate(): void {}
