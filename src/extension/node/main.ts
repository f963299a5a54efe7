import type * as vscode from 'vscode';
import { Worker } from 'node:worker_threads';
import { activateExtension, type IcpCheckApi } from '../extension';
import type { ExtensionPlatform } from '../platform';

/**
 * The desktop entry point (package.json `main`: VS Code, code-server): the shared extension on
 * Node. Node-only capabilities (`ExtensionPlatform.startWorker`) are given here and only here.
 */
const node: ExtensionPlatform = {
  name: 'node',
  // A script file of the bundle, never code from a string. The heap is capped, so a runaway check
  // runs out of memory inside the worker, which then exits; the extension host is untouched.
  startWorker: (script) => new Worker(script.fsPath, { resourceLimits: { maxOldGenerationSizeMb: 2048 } }),
};

export function activate(context: vscode.ExtensionContext): IcpCheckApi {
  return activateExtension(context, node);
}

export function deactivate(): void {}
